"""The shared text infrastructure's faster forms give what their first forms gave."""

from __future__ import annotations

import random
import re

from framing.text.tokenize import TOKEN_RE

#: The tokeniser's pattern as first written (initials as ``{2,}``).
FIRST_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]"
)


def _random_texts(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_token_pattern_cuts_as_first_written():
    texts = _random_texts("aZb.U.S.-'’_ \n1é,!x.Y", 5000, 1)
    texts += ["U.S. and U.N. envoys", "A.B", "e.g. the U.S.-led", "J. F. K.", "a.b.c.d. x"]
    for text in texts:
        got = [m.span() for m in TOKEN_RE.finditer(text)]
        assert got == [m.span() for m in FIRST_TOKEN_RE.finditer(text)], text
    assert TOKEN_RE.findall("the U.S. said") == ["the", "U.S.", "said"]
