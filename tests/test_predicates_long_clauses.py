"""A long clause costs the predicate finder work in proportion to its length: the mentions
before, after or around a predicate are found by bisection (what the scans of every mention
found), not by a scan per predicate."""

from __future__ import annotations

import random
from pathlib import Path

from framing.model import Mention
from framing.sides import load_sides
from framing.text import predicates
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
