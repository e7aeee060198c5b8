"""A long clause costs the predicate finder work in proportion to its length: the mentions
before, after or around a predicate are found by bisection (what the scans of every mention
found), not by a scan per predicate."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from framing.model import Mention
from framing.sides import load_sides
from framing.text import predicate_actors, predicates
from framing.text.mention_search import (
    MentionList,
    covered_by,
    ending_between,
    last_two_before,
    starting_between,
    without_overlaps,
)

SIDES = Path(__file__).resolve().parent.parent / "examples" / "corpus" / "sides.yaml"


def _mentions(rng: random.Random) -> list[Mention]:
    spans = sorted((s, s + rng.randint(1, 6)) for s in
                   (rng.randint(0, 40) for _ in range(rng.randint(0, 12))))
    return [Mention("a", s, e, "x") for s, e in spans]


def test_mention_queries_find_what_scans_of_every_mention_found():
    rng = random.Random(3)
    for _ in range(3000):
        plain = _mentions(rng)
        mentions = MentionList(plain)
        a, b = sorted((rng.randint(0, 48), rng.randint(0, 48)))
        assert last_two_before(mentions, a, b) == \
            [m for m in plain if a <= m.start and m.end <= b][-2:]
        near = [m for m in ending_between(mentions, a, b) if m.end <= b]
        assert [m for m in near if m.end >= a] == [m for m in plain if a <= m.end <= b]
        assert list(starting_between(mentions, a, b)) == [m for m in plain if a <= m.start <= b]
        found = _mentions(rng)
        assert without_overlaps(plain, found) == [
            x for x in plain if not any(f.start < x.end and x.start < f.end for f in found)]


def test_predicates_of_a_long_clause_look_at_each_mention_a_bounded_number_of_times(monkeypatch):
    # "Valdoria accused Kestria of accusing Valdoria of …" with no comma: one clause, hundreds of
    # acts and actors; each act scanned every mention (200 KB: 18 s, quadratic)
    visits = [0]

    class Counting(MentionList):
        def __iter__(self):
            for m in super().__iter__():
                visits[0] += 1
                yield m

        def __getitem__(self, k):
            visits[0] += 1
            return super().__getitem__(k)

    monkeypatch.setattr(predicates, "MentionList", Counting)
    sides = load_sides(SIDES)
    counts = []
    for n in (200, 400):
        text = "Valdoria accused Kestria of accusing Valdoria of " * n + "shelling."
        visits[0] = 0
        hits = predicates.find_predicates(text, 0, len(text), sides)
        assert len(hits) == 2 * n + 1
        assert (hits[0].agent, hits[0].target) == ("valdoria", "kestria")
        counts.append(visits[0])
    assert counts[1] < 2.5 * counts[0]  # linear; a scan per act would be about 4 times


def test_covered_by_is_any_span_holding_the_position():
    rng = random.Random(9)
    for _ in range(2000):
        spans = [sorted((rng.randint(0, 30), rng.randint(0, 30))) for _ in range(rng.randint(0, 6))]
        covered = covered_by(spans)
        for pos in range(-1, 32):
            assert covered(pos) == any(a <= pos < b for a, b in spans), (spans, pos)


@pytest.mark.parametrize("long_span", [0, 20, 200])  # every span long, some, none
def test_speaks_finds_what_a_search_of_the_span_finds(monkeypatch, long_span):
    monkeypatch.setattr(predicate_actors, "_LONG_SPAN", long_span)
    forms = ["said", "say", "told", "called on", "accused", "x", " ", "-", "Said", "calledon"]
    rng = random.Random(4)
    pattern = predicate_actors._reporting_forms()
    for _ in range(1500):
        text = "".join(rng.choice(forms) + rng.choice(" -a") for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        for end in range(start, len(text) + 1):
            assert predicate_actors.speaks(text, start, end) == \
                (pattern.search(text, start, end) is not None), (text, start, end)


def test_speaks_reads_the_text_after_one_start_once(monkeypatch):
    # Each act of a long clause asks whether a reporting verb stands between its subject and
    # it: a search from the subject each time was quadratic ("Kestria attacked killed killed …")
    real = predicate_actors._reporting_forms()
    read = [0]

    class Counting:
        pattern, flags = real.pattern, real.flags

        def search(self, text, pos=0, endpos=None):
            endpos = len(text) if endpos is None else endpos
            read[0] += max(0, endpos - pos)
            return real.search(text, pos, endpos)

    monkeypatch.setattr(predicate_actors, "_reporting_forms", Counting)
    text = "Kestria attacked " + "killed " * 5000 + "ı"  # dotless i: no lower-cased stand-in
    ends = range(20, len(text), 7)
    assert not any(predicate_actors.speaks(text, 7, end) for end in ends)
    assert read[0] < 2 * len(text) + 40 * len(ends)


@pytest.mark.parametrize("direct_tokens", [0, 5, 64])  # from the index, mixed, read directly
def test_clause_word_windows_are_slices_of_the_clause_words(monkeypatch, direct_tokens):
    from framing.text import clause_words as cw

    monkeypatch.setattr(cw, "DIRECT_TOKENS", direct_tokens)
    rng = random.Random(12)
    vocabulary = ["has", "been", "was", "Kestria", "attacked", "not", ",", "also", "the", "1"]
    for _ in range(300):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 20)))
        for _ in range(10):
            a, b = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
            i, j = cw.token_slice(text, a, b)
            every = [t.text.lower() for t in cw.document_tokens(text)[0][i:j]
                     if t.text[:1].isalnum()]
            assert cw.words(text, a, b) == every
            n = rng.randint(0, 8)
            assert cw.first_words(text, a, b, n) == every[:n]
            assert cw.last_words(text, a, b, n) == (every[-n:] if n else [])
            assert cw.all_verb_group(text, a, b) == cw.VERB_GROUP.issuperset(every)
            outside = [w for w in every if w not in cw.VERB_GROUP]
            assert cw.last_outside_verb_group(text, a, b) == (outside[-1] if outside else None)


def test_predicates_of_a_long_clause_read_a_bounded_number_of_words(monkeypatch):
    # each act took the words of its whole clause on both sides (quadratic: "Kestria attacked
    # killed killed …", 1 MB: 33 s); now the last six before and the first four after
    read = [0]

    def counted(module, name):
        first = getattr(module, name)

        def reading(*args):
            found = first(*args)
            read[0] += len(found)
            return found

        monkeypatch.setattr(module, name, reading)

    for name in ("words", "first_words", "last_words"):
        if hasattr(predicates, name):
            counted(predicates, name)
    counted(predicate_actors, "words")
    sides = load_sides(SIDES)
    counts = []
    for n in (300, 600):
        text = "Valdoria said Kestria attacked " + "killed " * n + "them."
        read[0] = 0
        predicates.find_predicates(text, 0, len(text), sides)
        counts.append(read[0])
    assert counts[1] < 2.5 * counts[0]
