"""Side detection's shortcuts give the answers of the longer ways: SideSet's side helpers read the
sides without building lists, the casing test of each alias is kept, the quick tests for a
mediator and for even-handed calls never hide a match, and the body is scanned once."""

from __future__ import annotations

import random
import re
from itertools import product

import pytest

import framing.sides.detect as detect
from framing.model import Document, Sentence, Side, SideSet
from framing.sides import detect_sides
from framing.sides.detect import _EVEN_HANDED, _MEDIATOR_BEFORE, _last_even_handed, _links, _Unit
from framing.text.alias_pattern import match_key

KINDS = ("state", "non_state", None, "other")


def _state_side(sides: SideSet) -> str | None:
    states = [s.id for s in sides.sides if s.kind == "state"]
    return states[0] if len(states) == 1 else None


def _armed_group_side(sides: SideSet) -> str | None:
    state = _state_side(sides)
    other = sides.get(sides.other(state)) if state else None
    return other.id if other and other.kind in ("non_state", None) else None


def _side_set(kind_a: str | None, kind_b: str | None) -> SideSet:
    return SideSet([Side("a", "A", [], kind_a), Side("b", "B", [], kind_b)],
                   [Side("c", "C", [], "state")])


def test_helpers_as_first_written_for_every_pair_of_kinds() -> None:
    for kind_a, kind_b in product(KINDS, repeat=2):
        sides = _side_set(kind_a, kind_b)
        assert sides.state_side() == _state_side(sides), (kind_a, kind_b)
        assert sides.armed_group_side() == _armed_group_side(sides), (kind_a, kind_b)
        assert sides.side_ids == ["a", "b"]


def test_helpers_follow_a_change_of_the_sides() -> None:
    sides = _side_set("state", "non_state")
    assert (sides.state_side(), sides.armed_group_side()) == ("a", "b")
    ids = sides.side_ids
    ids.append("x")  # a new list each time: changing it changes nothing
    assert sides.side_ids == ["a", "b"]
    sides.sides[0].kind = "non_state"
    sides.sides[1].kind = "state"
    assert (sides.state_side(), sides.armed_group_side()) == ("b", "a")
    sides.sides[1] = Side("d", "D", [], None)
    assert (sides.state_side(), sides.armed_group_side()) == (None, None)
    assert sides.side_ids == ["a", "d"]


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
    doc = Document("d", "Body one. Body two.", title="Another title")
    units = detect._units(doc, [Sentence(0, 0, 9), Sentence(1, 10, 19)])
    assert [(u.start, u.end, u.weight, u.rank) for u in units] == [
        (0, 13, detect.HEADLINE_WEIGHT, 0), (0, 9, 1.0, 1), (10, 19, 1.0, 1)]


@pytest.mark.parametrize("before", [
    "a truce brokered by ", "a truce brokered by the ", "They called on\n", "urged to  the\t",
    "allying with ", "mediation of the ", "brokered by bathe ", "the ", "said by", "", " ",
    "Moscow called ON THE ", "recalled on the ", "a ceasefire brokered by\n",
])
def test_mediator_quick_test_never_hides_a_match(before):
    if _MEDIATOR_BEFORE.search(before):
        assert _links(before)


def test_even_handed_bound_never_hides_a_match():
    rng = random.Random(2)
    parts = ["both sides", "the parties", "restraint", "de-escalation", "ceasefire", "cease fire",
             "peace talks", "negotiations", "Russia", "urged", "said", "BOTH SIDES", "Côte",
             "talks", ",", "ſides"]
    for _ in range(300):
        text = " ".join(rng.choices(parts, k=rng.randint(1, 8)))
        unit = _Unit(text, 0, len(text), 1.0, 1)
        last = _last_even_handed(unit)
        for pos in range(len(text) + 1):  # where a mention may end: before a non-word
            if pos > last and not re.match(r"[\w-]", text[pos:pos + 1]):
                assert _EVEN_HANDED.search(text[pos:]) is None
        if "ſides" not in text and "sides" in text.lower():
            assert last >= text.lower().rindex("sides")


def test_detection_scans_the_body_once_and_counts_as_before():
    text = ("Armenia and Azerbaijan clashed on the border. Azerbaijani troops attacked. "
            "Russia, which brokered the truce, urged both sides to show restraint. Armenian "
            "soldiers were killed. The EU called on Azerbaijan and Armenia to stop.")
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    sentences = [Sentence(i, s + (text[s] == " "), e) for i, (s, e) in enumerate(bounds)]
    sides = detect_sides(Document("d", text, title="Clashes on the Armenia–Azerbaijan border"),
                         sentences)
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert [a.id for a in sides.third_parties] == ["russia", "eu"]
    assert isinstance(sides, SideSet) and all(isinstance(a, Side) for a in sides.actors)
