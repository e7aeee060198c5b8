"""Side detection keeps the casing test of each alias as written (bounded): same answers."""

from __future__ import annotations

import framing.sides.detect as detect
from framing.text.alias_pattern import match_key


def test_cased_is_the_casing_test_of_the_canonical_alias(monkeypatch) -> None:
    gazetteer = detect._gazetteer(())
    gazetteer.casing.clear()  # a cache: clearing it changes no answer
    monkeypatch.setattr(detect, "_CASING_MAX", 3)  # cleared when full: answers stay the same
    found = ["Turkey", "turkey", "TURKEY", "EU", "Eu", "eu", "Russia", "russia", "Turkey", "eu"]
    for _ in range(3):
        for alias in found:
            expected = detect._cased(alias, gazetteer.canonical[match_key(alias)])
            assert gazetteer.cased(alias) is expected, alias
            assert len(gazetteer.casing) <= 3
    assert [gazetteer.cased(a) for a in ("Turkey", "turkey", "EU", "Eu")] == [True, False, True,
                                                                              False]


def test_units_are_the_title_and_the_sentences() -> None:
    from framing.model import Document, Sentence

    doc = Document("d", "Body one. Body two.", title="Another title")
    units = detect._units(doc, [Sentence(0, 0, 9), Sentence(1, 10, 19)])
    assert [(u.start, u.end, u.weight, u.rank) for u in units] == [
        (0, 13, detect.HEADLINE_WEIGHT, 0), (0, 9, 1.0, 1), (10, 19, 1.0, 1)]
