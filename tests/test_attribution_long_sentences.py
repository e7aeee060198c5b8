"""Long sentences and articles cost reports work in proportion to their length: joined reports
are looked for within a budget of tries, a verb's subject asks no new search of the sentence's
commas, the joint patterns read a run of white space once, and a speaker named before is looked
for without scanning the text before it again."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from framing.attribution import clauses, patterns
from framing.attribution.patterns import TRIES, find_reports


class _TooManyCalls(Exception):
    pass


@pytest.fixture
def speaker_verb_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts calls of ``patterns._speaker_verb``; stops a run that makes more than 2,000."""
    calls: list[int] = []
    first = patterns._speaker_verb

    def counted(*args, **kwargs):
        calls.append(1)
        if len(calls) > 2000:
            raise _TooManyCalls
        return first(*args, **kwargs)

    monkeypatch.setattr(patterns, "_speaker_verb", counted)
    return calls


def test_failing_joined_reports_are_tried_within_a_budget(speaker_verb_calls):
    # Each "Kestria said;" has no content, so every try of the rest fails, and the tries nested:
    # their number doubled with each verb (2**30 here; a 500-character sentence never finished).
    text = "Valdoria said " + "Tarsk; Kestria said; " * 30 + "."
    reports = find_reports(text, 0, len(text))
    assert len(speaker_verb_calls) <= TRIES + 2
    assert [text[slice(*r.speaker)] for r in reports][:1] == ["Valdoria"]


def test_no_joined_report_is_looked_for_after_the_last_verb(speaker_verb_calls):
    # "said" opens a list of 400 dates: the rest of the sentence after each ";" holds no
    # reporting verb, so none is tried (each try read the rest of it: quadratic)
    text = "Valdoria said " + "; ".join(f"March {i % 28 + 1}, {1990 + i}" for i in range(400)) + "."
    reports = find_reports(text, 0, len(text))
    assert len(speaker_verb_calls) == 1
    assert [(r.lemma, text[slice(*r.speaker)]) for r in reports] == [("say", "Valdoria")]


def test_commas_before_a_verb_are_those_a_search_up_to_it_finds():
    rng = random.Random(7)
    comma = re.compile(r"[,;]\s+")
    for _ in range(2000):
        unit = "".join(rng.choice("ab ,;\n") for _ in range(rng.randint(0, 30)))
        for pos in range(len(unit) + 1):
            assert clauses.commas_before(unit, pos) == \
                [m.span() for m in comma.finditer(unit, 0, pos)], (unit, pos)


def test_joint_patterns_open_white_space_only_where_its_run_does():
    # Tried at every offset of a run of tabs, "\s*" re-read the rest of the run (50 KB: 18 s).
    first_coordinated = re.compile(
        r"[,\s]\s*(?:and|but)\s+(?:(?:later|also|then|again|repeatedly)\s+)?")
    first_second = re.compile(r"[,;\s](?:\s*(?:while|whereas|but|and)\s+(?=[A-Z])"
                              r"|(?<=[,;])\s*(?:while|whereas|but|and)\s+"
                              r"(?=(?:the|a|an|he|she|it|they|state|local|officials|police)\s)"
                              r"|(?<=;)\s+)")
    for pattern in (patterns._COORDINATED, patterns._SECOND_CLAUSE):
        assert pattern.match("said" + "\t" * 100 + "and The", 5) is None
    rng = random.Random(11)
    pieces = ["\t", " ", "\u00a0", ",", ";", "and", "but", "while", "The", "the", "x", "also"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for new, first in ((patterns._COORDINATED, first_coordinated),
                           (patterns._SECOND_CLAUSE, first_second)):
            assert [m.span() for m in new.finditer(text)] == \
                [m.span() for m in first.finditer(text)], text


def test_speakers_named_before_rescan_no_more_than_a_sentence(monkeypatch):
    # "The coalition said" looks for an earlier "U.S.-led coalition": the mentions of all the
    # text before the sentence; ending at a word's start, that span was scanned again whole, for
    # each such speaker (quadratic in the article: 1 MB of news, ~1 s of 4.6)
    import json

    from framing.pipeline import analyze
    from framing.text import alias_pattern

    corpus = Path(__file__).resolve().parent.parent / "examples" / "corpus"
    texts = [json.loads(line)["text"] for line in (corpus / "articles.jsonl").open()]
    text = "\n\n".join(texts * 2)
    first, spans = alias_pattern.AliasIndex._plain, []

    def plain(self, text, start, end):
        spans.append(end - start)
        return first(self, text, start, end)

    monkeypatch.setattr(alias_pattern.AliasIndex, "_plain", plain)
    analysis = analyze(text, sides=corpus / "sides.yaml")
    assert analysis.statements and spans
    assert max(spans) < 1000
