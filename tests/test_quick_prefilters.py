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


@pytest.mark.parametrize("text", [
    "BORDER CLASHES and Exchanges Of Fire followed a flare-up near the town.",
    "Clashes broke out; a ſtand-off and ıntense fighting (dotless i) followed the clashes.",
])
def test_event_nouns_of_a_lower_cased_scan_are_those_of_the_case_insensitive_one(text):
    from framing.analyzers.agency import _events, find_events

    pattern, mapping = _events()
    for start, end in ((0, len(text)), (7, len(text) - 9)):
        assert find_events(text, start, end) == [
            (m.start(), m.end(), m.group(0), mapping[" ".join(m.group(0).lower().split())])
            for m in pattern.finditer(text, start, end)]
    assert len(find_events(text, 0, len(text))) >= 2


def test_a_fused_name_is_found_only_where_a_hyphen_is():
    from framing.text.predicate_actors import actor_mentions
    from tests.helpers import DEFAULT_SIDES

    text = "Northland-held ports and Southland-run camps were shelled."
    found = actor_mentions(text, 0, len(text), DEFAULT_SIDES, None)
    assert [(m.actor, m.alias) for m in found] == [
        ("northland", "Northland"), ("southland", "Southland")]
    assert actor_mentions(text, 15, len(text), DEFAULT_SIDES, None)[0].alias == "Southland"


@pytest.mark.parametrize("text", [
    "“We shelled THE ENEMY's positions, and Enemies fled,” the Northland army said.",
    "“Our troops held the line against the enemy,” the Northland army said.",
    "“İt was the enemy,” the Northland army said.",  # not lowered plainly: no quick test
    "“We held the line,” the Northland army said.",
])
def test_the_enemy_is_found_as_without_its_quick_test(text):
    from framing.text import predicate_actors
    from tests.helpers import DEFAULT_SIDES

    enemies = [(m.start(), m.end()) for m in predicate_actors._ENEMY.finditer(text)]
    found = predicate_actors.actor_mentions(text, 0, len(text), DEFAULT_SIDES, "northland")
    assert [(m.start, m.end) for m in found if m.actor == "southland"] == enemies
    assert (not enemies) == ("enem" not in text.lower())


def _quoted_share(unit: str, start: int, end: int) -> bool:
    """mostly_quoted as it was, counting char by char with no shortcut."""
    from framing.attribution.report import _QUOTE_CLOSES, OPEN_QUOTES

    if start > 0 and unit[start - 1] in OPEN_QUOTES and _QUOTE_CLOSES.match(unit, end):
        return True
    quoted, inside = 0, False
    for ch in unit[start:end]:
        if ch in "“”\"":
            inside = ch == "“" or (ch == '"' and not inside)
            continue
        quoted += inside
    return quoted * 2 > end - start


@pytest.mark.parametrize("unit", [
    "The ministry said two bridges had been destroyed.",
    "The ministry said “two bridges had been destroyed” on Monday, and “more” later.",
    'He said "we will respond" and left.',
    "“We will not retreat,” the army said.",
])
def test_mostly_quoted_counts_as_without_its_shortcut(unit):
    from framing.attribution.report import mostly_quoted

    for start in range(len(unit)):
        for end in (start - 1, start, start + 7, len(unit)):
            assert mostly_quoted(unit, start, end) == _quoted_share(unit, start, end)


@pytest.mark.parametrize("words", [
    ("we", "We", "our", "Our", "us", "ours", "Ours"),
    ("it", "It", "its", "Its", "they", "They", "their", "Their"),
    ("a", "an", "and", "Ann"),
])
def test_whole_words_matches_as_the_plain_alternation(words):
    import random
    import re

    from framing.text.alias_pattern import whole_words

    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w-])")
    quick = whole_words(words)
    text = ("We said our troops, not ours-only units, told us: Ours is theirs; they, They and "
            "their men (It, its, it's) hit -its post; US usage; weour we_ an and Ann ann a-an "
            "Anna. Its THEIR they")
    rng = random.Random(3)
    windows = [(0, len(text))] + [tuple(sorted(rng.randint(0, len(text)) for _ in range(2)))
                                  for _ in range(80)]
    for lo, hi in windows:
        assert [m.span() for m in quick.finditer(text, lo, hi)] == \
            [m.span() for m in plain.finditer(text, lo, hi)]
    assert len(plain.findall(text)) >= 3
