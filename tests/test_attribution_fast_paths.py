"""Speaker phrases are looked up once per phrase: the answers are those of a fresh look-up."""

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
    from framing.attribution.speakers import SpeakerResolver

    resolver = SpeakerResolver("", _sides(), [])
    found = resolver._fused_mentions("the Hamas-run health ministry")
    assert [(m.actor, m.start, m.end) for m in found] == [("hamas", 4, 9)]
    # a backer only when it is a side
    assert [m.actor for m in resolver._fused_mentions("an Israeli-backed militia")] == ["israel"]
    assert resolver._fused_mentions("a Washington-backed militia") == []


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
