"""The sentiment analyzer's shortcuts: which narrator pieces it scores."""

from __future__ import annotations

import sys

from framing.text.tokenize import ALNUM


def test_alnum_pattern_is_str_isalnum_for_every_character():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(ALNUM.findall(every)) == "".join(filter(str.isalnum, every))


def test_alnum_search_stays_within_the_piece():
    text = "a -- ... b"
    assert ALNUM.search(text, 1, 9) is None
    assert ALNUM.search(text, 1, 10) is not None
