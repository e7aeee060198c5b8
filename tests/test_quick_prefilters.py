"""The quick tests that spare slow searches never skip a match: each finder gives what its slow
search alone gives, on sentences that do and do not hold what the quick test looks for."""

from __future__ import annotations

import pytest

from framing.attribution import clauses

SENTENCES = [
    "The army shelled the town, which it said had killed two patients.",
    "A Human Rights Watch report that accused Northland troops of killing 30 civilians was cited.",
    "A Human Rights Watch STATEMENT THAT ACCUSED Northland troops of killing civilians was cited.",
    "Sanctions were imposed on Northland, which he blamed for the massacre.",
    "Fighting resumed hours after Prime Minister Ivo Dal vowed to crush the rebels.",
    "Fighting resumed,AS the army said it had retaken the town.",
    "Fighting resumed\nwhile the ministry claimed the town had fallen.",
    "Fighting resumed as ſouthland ſaid it had retaken the town.",  # long s folds to "s"
    "The ministry said two bridges had been destroyed.",
    "Northland troops shelled the village that lies near the border.",
]


def _slow(unit: str, start: int, end: int):
    found = [m for pattern, _ in clauses._CLAUSES
             if (m := pattern.search(unit, start, end)) is not None]
    m = min(found, key=lambda x: x.start()) if found else None
    return None if m is None or clauses.inside_quote(unit, m.start()) else m


@pytest.mark.parametrize("unit", SENTENCES)
def test_relative_clause_finds_what_its_patterns_find(unit):
    for start, end in ((0, len(unit)), (5, len(unit) - 5), (10, 40)):
        quick, slow = clauses.relative_clause(unit, start, end), _slow(unit, start, end)
        assert (quick and quick.span()) == (slow and slow.span())
    assert sum(_slow(u, 0, len(u)) is not None for u in SENTENCES) >= 6
