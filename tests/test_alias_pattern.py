"""Alias matching: the cached, single-scan and lower-cased paths give what one plain scan gives,
and whole_words' pattern matches as the plain alternation of its words."""

from __future__ import annotations

import random
import re

import pytest

from framing.model import Side, SideSet
from framing.sides.detect import _gazetteer
from framing.text.alias_pattern import (
    alias_index,
    alias_pairs,
    for_lowered,
    lowers_plainly,
    whole_words,
)
from tests.helpers import random_spans

TEXTS = [
    "Northland troops shelled Southland villages, the Southland ministry said on Monday.",
    "The US and the EU urged both sides to show restraint; us and eu are not actors.",
    "U.S.-backed forces crossed into Ukraine. Kyiv’s army, Russia's army and RUSSIA's navy.",
    "“Azerbaijani forces opened fire,” Armenia’s defence ministry said. Nagorno-Karabakh too.",
    "Türkiye and TURKEY; the Côte d'Ivoire army; Bucureşti and Chişinău; İstanbul and ISTANBUL.",
    "Anti-Israel protests in Israel-Gaza; Israelis and Palestinians; HamasHamas Hamas-led.",
    "A long ſ in ſome words and a dotless ı in yıl: no lower-cased scan for this text.",
]


def plain_scan(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_side_sets_with_the_same_aliases_share_one_compiled_pattern():
    a = SideSet([Side("n", "Northland", ["Nordia"]), Side("s", "Southland", ["SL"])])
    b = SideSet([Side("n", "Northland", ["Nordia"]), Side("s", "Southland", ["SL"])])
    c = SideSet([Side("n", "Northland", ["Nordia"]), Side("s", "Southland", [])])
    assert a._alias_pattern() is b._alias_pattern()
    assert a._alias_pattern() is not c._alias_pattern()
    text = "Nordia said SL and sl fought."
    assert [(m.actor, m.alias) for m in a.mentions(text)] == [("n", "Nordia"), ("s", "SL")]
    assert [m.alias for m in c.mentions(text)] == ["Nordia"]


def test_first_actor_listing_an_alias_owns_it_and_capitals_rule_holds():
    index = alias_index((("Korea", "south"), ("korea", "north"), ("US", "usa")))
    assert index is not None
    assert index.find("KOREA and us, US") == [("south", 0, 5, "KOREA"), ("usa", 14, 16, "US")]
    assert alias_index(()) is None
    assert SideSet([Side("a", "", []), Side("b", "", [])]).mentions("anything") == []


def test_find_each_equals_scanning_each_span_alone():
    index = _gazetteer(()).index
    rng = random.Random(7)
    for text in TEXTS:
        for _ in range(30):
            spans = random_spans(text, rng)
            assert index.find_each(text, spans) == [index.find(text, s, e) for s, e in spans]


def test_find_each_rescans_a_span_cut_inside_an_alias_or_a_word():
    index = alias_index(alias_pairs([Side("sk", "South Korea", ["Korea"])]))
    assert index is not None
    text = "South Korea. South Koreans"
    cut = text.index("Korea")
    spans = [(0, cut), (cut, 12), (13, 24), (13, len(text))]
    found = index.find_each(text, spans)
    assert found == [index.find(text, s, e) for s, e in spans]
    # a span ending after "South" cuts the alias "South Korea": alone it holds no alias
    assert found[0] == [] and found[1] == [("sk", 6, 11, "Korea")]
    # a span ending inside "Koreans" sees "South Korea" end there; the whole text does not
    assert found[2] == [("sk", 13, 24, "South Korea")] and found[3] == []


def test_lower_cased_scan_matches_the_case_insensitive_pattern():
    index = _gazetteer(()).index
    assert index._lowered is not None
    rng = random.Random(3)
    for text in TEXTS:
        for _ in range(30):
            s, e = random_spans(text, rng, 1)[0]
            assert index._scan(text, s, e) == plain_scan(index.pattern, text, s, e)


def test_special_letters_fall_back_to_case_insensitive_matching():
    assert lowers_plainly("Kyiv’s “forces” — Côte d'Ivoire, Bucureşti")
    assert not lowers_plainly("Ruſſia")  # long s matches "s" only case-insensitively
    assert not lowers_plainly("Türkıye")
    index = alias_index((("russia", "ru"),))
    assert index is not None and index._lowered is not None
    # the long s is found as the case-insensitive pattern finds it (lower-casing would miss it)
    assert index._scan("Ruſſia and RUSSIA", 0, 17) == [(0, 6), (11, 17)]


def test_letters_that_fold_specially_do_not_crash_matching():
    sides = SideSet([Side("a", "Istanbul", ["İstanbul"]), Side("b", "Bee", [])])
    for text in ["ıstanbul said", "ſtanbul", "İstanbul said", "ISTANBUL"]:
        found = sides.mentions(text)
        assert all(m.actor == "a" for m in found)
    assert sides.mentions("ıstanbul said")[0].actor == "a"


def test_find_on_a_long_text_answers_every_span_from_one_scan():
    sides = SideSet([Side("n", "Northland", ["Nordia", "SL"]), Side("s", "Southland", ["Korea"])],
                    [Side("sk", "South Korea", ["Seoul"])])
    index = sides._alias_pattern()
    assert index is not None
    extra = "South Korea. South Koreans, Nordia-led; SL and sl; Seoulite Seoul."
    text = " ".join([*TEXTS, extra] * 3)
    rng = random.Random(5)
    for s, e in [(0, len(text)), *random_spans(text, rng, 300)]:
        expected = index._accept(text, plain_scan(index.pattern, text, s, e))
        assert index.find(text, s, e) == expected
        assert index._memo[0][0] == text  # scanned whole once, kept
    # short phrases are scanned on their own and leave the kept scan alone
    assert index.find("Nordia said") == [("n", 0, 6, "Nordia")] and index._memo[0][0] == text


def test_alias_sets_in_another_order_share_one_compiled_pattern():
    a = alias_index((("Northland", "n"), ("Southland", "s")))
    b = alias_index((("southland", "x"), ("NORTHLAND", "y")))
    assert a is not None and b is not None and a is not b
    assert a.pattern is b.pattern and a._lowered is b._lowered
    assert b.find("NORTHLAND, Northland") == [("y", 0, 9, "NORTHLAND")]  # capitals only


def test_for_lowered_drops_only_ignorecase_and_compiles_once():
    pattern = re.compile(r"(?<![\w-])(?:said|warned)\b", re.IGNORECASE | re.MULTILINE)
    plain = for_lowered(pattern)
    assert plain.pattern == pattern.pattern
    assert plain.flags == pattern.flags & ~re.IGNORECASE
    assert for_lowered(re.compile(pattern.pattern, pattern.flags)) is plain
    assert plain.search("He SAID") is None and plain.search("he said")


@pytest.mark.parametrize("words", [
    ("we", "We", "our", "Our", "us", "ours", "Ours"),
    ("it", "It", "its", "Its", "they", "They", "their", "Their"),
    ("a", "an", "and", "Ann"),
])
def test_whole_words_matches_as_the_plain_alternation(words):
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w-])")
    quick = whole_words(words)
    text = ("We said our troops, not ours-only units, told us: Ours is theirs; they, They and "
            "their men (It, its, it's) hit -its post; US usage; weour we_ an and Ann ann a-an "
            "Anna. Its THEIR they")
    rng = random.Random(3)
    for lo, hi in [(0, len(text)), *random_spans(text, rng, 80)]:
        assert [m.span() for m in quick.finditer(text, lo, hi)] == \
            [m.span() for m in plain.finditer(text, lo, hi)]
    assert len(plain.findall(text)) >= 3


def test_an_alias_of_thousands_of_letters_compiles_and_matches():
    # a sides file may name a side with a pasted paragraph: one recursion per letter overflowed
    long_name = "Northland " + "x" * 5000
    sides = SideSet([Side("n", long_name, [long_name, "Northland"]),
                     Side("s", "Southland", ["Southland"])])
    text = f"{long_name} and Southland"
    found = [(m.actor, m.end - m.start) for m in sides.mentions(text)]
    assert found == [("n", len(long_name)), ("s", len("Southland"))]
