"""Attribution's shortcuts give what the longer ways gave: speaker phrases looked up once per
phrase (the answers of a fresh look-up), the joints between clauses opening with a one-character
class, the quick tests before the relative-clause patterns, and the quoted share of a unit."""

from __future__ import annotations

import random
import re

import pytest

from framing.attribution import relative
from framing.attribution.patterns import _COORDINATED, _SECOND_CLAUSE
from framing.attribution.report import _QUOTE_CLOSES, OPEN_QUOTES, mostly_quoted
from framing.model import Side, SideSet
from framing.text import alias_pattern


def _sides() -> SideSet:
    return SideSet([Side("israel", "Israel", ["Israeli", "IDF"]), Side("hamas", "Hamas", [])],
                   [Side("us", "United States", ["US", "Washington"])])


PHRASES = ["Israel's military", "the IDF", "us officials", "US officials", "Hamas-run ministry",
           "a Washington-based analyst", "he", "", "the Israeli and Hamas negotiators"]


def test_phrase_mentions_are_mentions():
    sides = _sides()
    for _ in range(2):  # found, then kept
        for phrase in PHRASES:
            assert sides.phrase_mentions(phrase) == sides.mentions(phrase)


def test_kept_mentions_are_not_shared_with_callers():
    sides = _sides()
    first = sides.phrase_mentions("Israel's military")
    first[0].actor = "changed"
    first.clear()
    assert [m.actor for m in sides.phrase_mentions("Israel's military")] == ["israel"]


def test_phrases_kept_are_bounded_and_each_index_keeps_its_own():
    a = alias_pattern.alias_index((("Kestria", "k"), ("Valdoria", "v")))
    b = alias_pattern.alias_index((("Kestria", "x"), ("Valdoria", "v")))
    assert a.pattern is b.pattern and a != b  # the same aliases, other owners
    assert a.find_phrase("Kestria said") == (("k", 0, 7, "Kestria"),)
    assert b.find_phrase("Kestria said") == (("x", 0, 7, "Kestria"),)
    assert alias_pattern._found_in_phrase.cache_info().maxsize == 8192


def test_organ_side_follows_the_sides_not_the_first_phrase_kept():
    from framing.attribution.speaker_actors import organ_side

    state_vs_group = SideSet([Side("nigeria", "Nigeria", [], "state"),
                              Side("iswap", "ISWAP", [], "non_state")])
    two_states = SideSet([Side("armenia", "Armenia", [], "state"),
                          Side("azerbaijan", "Azerbaijan", [], "state")])
    for _ in range(2):
        assert organ_side("the military", state_vs_group).side == "nigeria"
        assert organ_side("the group's spokesman", state_vs_group).side == "iswap"
        assert organ_side("the military", two_states) is None
        assert organ_side("the group", two_states) is None
        assert organ_side("relatives of a soldier", state_vs_group) is None


def test_resolver_remembers_heads_and_names_of_each_phrase():
    from framing.attribution.speakers import SpeakerResolver
    from framing.model import Sentence

    text = "Israel's defence ministry and spokesman Avi Levin said it. Residents said so."
    resolver = SpeakerResolver(text, _sides(), [Sentence(0, 0, len(text))])
    for _ in range(2):
        resolver._remember("Israel's defence ministry spokesman Avi Levin", "israel")
        assert resolver.by_head == {"ministry": "israel", "spokesman": "israel"}
        assert resolver.by_name == {"Israel": "israel", "Avi": "israel", "Levin": "israel"}
        resolver._remember("Residents", "hamas")
        assert resolver.by_head["residents"] == "hamas" and "Residents" not in resolver.by_name
        resolver.by_head.clear()
        resolver.by_name.clear()


def test_fused_actors_are_found_with_the_phrase_offsets():
    from framing.attribution.speaker_actors import fused_mentions

    sides = _sides()
    found = fused_mentions("the Hamas-run health ministry", sides)
    assert [(m.actor, m.start, m.end) for m in found] == [("hamas", 4, 9)]
    # a backer only when it is a side
    assert [m.actor for m in fused_mentions("an Israeli-backed militia", sides)] == ["israel"]
    assert fused_mentions("a Washington-backed militia", sides) == []


def test_alias_only_strips_article_kind_and_document_once_per_phrase():
    from framing.attribution.speaker_actors import alias_only

    sides = SideSet([Side("jnim", "JNIM", []), Side("mali", "Mali", [])],
                    [Side("hrw", "Human Rights Watch", [])])
    for _ in range(2):
        assert alias_only("JNIM", sides)
        assert alias_only("a Human Rights Watch report", sides)
        assert alias_only("the rights group Human Rights Watch", sides)
        assert alias_only("Human Rights Watch (HRW)", sides)
        assert not alias_only("Human Rights Watch researchers", sides)
        assert not alias_only("the Malian army", sides)


# the patterns as first written: each alternative tried at every offset
_COORDINATED_AS_WRITTEN = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:later|also|then|again|repeatedly)\s+)?")
_SECOND_CLAUSE_AS_WRITTEN = re.compile(
    r"(?:,\s*|;\s*|\s+)(?:while|whereas|but|and)\s+(?=[A-Z])"
    r"|[,;]\s*(?:while|whereas|but|and)\s+"
    r"(?=(?:the|a|an|he|she|it|they|state|local|officials|police)\s)|;\s+")

_PIECES = [" ", "  ", "\n", "\t", ",", ";", "and", "but", "while", "whereas", "also", "later",
           "The", "the", "he", "police", "Army", "x", ".", "and\u00a0", "AND", "; ;"]


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_joints_match_as_first_written():
    rng = random.Random(11)
    texts = ["Armenia said it acted in self-defence, while Azerbaijan said the attack was "
             "unprovoked; Russia urged calm, and the army blamed the rebels but later retreated",
             "A, and The B; and the police said ;  but he added"]
    texts += ["".join(rng.choices(_PIECES, k=rng.randint(1, 14))) for _ in range(3000)]
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 3)),
                           (rng.randint(0, len(text)), len(text))):
            if 0 < start < len(text) and text[start - 1].isspace() and text[start].isspace():
                # white space opens a match only where its run does (linear in a long run);
                # the finders never start a search inside a run (after "said", a target, …)
                continue
            assert _spans(_COORDINATED, text, start, end) == \
                _spans(_COORDINATED_AS_WRITTEN, text, start, end)
            assert _spans(_SECOND_CLAUSE, text, start, end) == \
                _spans(_SECOND_CLAUSE_AS_WRITTEN, text, start, end)


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
    "Southland released footage that it said showed a launcher.",
    "Southland released footage\nthat it said showed a launcher.",
    "Northland held soldiers who it said had crossed.",
    "Southland released footage that\tit said showed a launcher.",
    "Southland released footage That it said showed a launcher.",  # upper case: no clause
]


def _slow(unit: str, start: int, end: int):
    found = [m for search, _ in relative._CLAUSES
             if (m := search(unit, start, end)) is not None]
    restrictive = next((m for m in relative._RESTRICTIVE_REPORT.finditer(unit, start, end)
                        if relative._gapped(unit, m)), None)
    found += [restrictive] if restrictive else []
    m = min(found, key=lambda x: x.start()) if found else None
    return None if m is None or relative.inside_quote(unit, m.start()) else m


@pytest.mark.parametrize("unit", SENTENCES)
def test_relative_clause_finds_what_its_patterns_find(unit):
    for start, end in ((0, len(unit)), (5, len(unit) - 5), (10, 40)):
        quick, slow = relative.relative_clause(unit, start, end), _slow(unit, start, end)
        assert (quick and quick.span()) == (slow and slow.span())
    assert sum(_slow(u, 0, len(u)) is not None for u in SENTENCES) >= 6


def _quoted_share(unit: str, start: int, end: int) -> bool:
    """mostly_quoted as it was, counting char by char with no shortcut."""
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
    for start in range(len(unit)):
        for end in (start - 1, start, start + 7, len(unit)):
            assert mostly_quoted(unit, start, end) == _quoted_share(unit, start, end)
