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


def test_phrases_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(alias_pattern, "_PHRASES_KEPT", 3)
    index = alias_pattern.alias_index((("Kestria", "k"), ("Valdoria", "v"), ("Zed", "z")))
    for n in range(10):
        assert index.find_phrase(f"Kestria {n}") == (("k", 0, 7, "Kestria"),)
        assert len(index._phrases) <= 3
