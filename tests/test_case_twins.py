"""Letters that case-insensitive patterns take for ASCII ones (long s, Kelvin sign, dotted and
dotless i) must not break the lookups that follow a match."""

import re
from pathlib import Path

import pytest

from framing.model import Document
from framing.pipeline import analyze
from framing.text.alias_pattern import match_key

SEED = next((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("matched, key", [
    ("confirmſ", "confirms"), ("\u212aILLED", "killed"), ("sayıng", "saying"),
    ("İncursion", "incursion"), ("Said", "said"),
])
def test_match_key_reads_twins_as_the_ascii_letters_they_match(matched, key):
    assert match_key(matched) == key
    assert re.fullmatch(re.escape(key), matched, re.IGNORECASE)


def _twinned(text: str) -> str:
    """Every second 's', every 'k' and every 'i' before 'ng' as its case-insensitive twin."""
    text = re.sub(r"i(?=ng\b)", "ı", text)
    text = text.replace("k", "\u212a").replace("I", "İ")
    return "".join("ſ" if c == "s" and i % 2 else c for i, c in enumerate(text))


@pytest.mark.parametrize("sides", [None, "examples/sides_armenia_azerbaijan.yaml"])
def test_an_article_full_of_twins_is_analysed(sides):
    text = _twinned(SEED.read_text(encoding="utf-8"))
    assert "ſ" in text and "ı" in text and "\u212a" in text
    root = Path(__file__).parent.parent
    analysis = analyze(Document("twins", text, source="<test>"),
                       sides=None if sides is None else root / sides)
    assert analysis.statements
    assert all(0 <= s.start < s.end <= len(text) for s in analysis.statements)
    assert analysis.to_json(None)
