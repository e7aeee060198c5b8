"""Boilerplate rules with a quick piece (boilerplate.tsv's fourth column) are tried only on
paragraphs that hold it; the same paragraphs are chrome as when every rule is tried."""

from __future__ import annotations

import random
import re

from framing.ingest import _boilerplate, _is_chrome, is_boilerplate
from framing.lexicons import load_rows

_PIECES = ("All", "rights", "Rights", "RIGHTS", "reserved", "Reserved.", "all", "hall",
           "reservedly", "rıghts", "rightſ", "RİGHTS", "©", "2024", "Copyright", "Reuters",
           "The", "army", "said", "on", "Monday.", "—", "“quoted”", "\n", "  ", "\t", ".",
           "cookies", "Read", "more:", "Advertisement")


def _reference(chunk: str) -> bool:
    """Every rule of the file tried on the whole paragraph, as first written."""
    flat = " ".join(chunk.split())
    return bool(flat) and any(len(flat) <= int(row[1]) and re.fullmatch(row[0], flat, re.I | re.S)
                              for row in load_rows("boilerplate"))


def test_the_shipped_rules_have_a_quick_piece_apart() -> None:
    chrome = _boilerplate()
    assert [piece for _, _, piece in chrome.quick] == ["all rights reserved"]
    assert all(piece == piece.lower() for _, _, piece in chrome.quick)
    assert len(chrome.plain) + len(chrome.quick) == len(load_rows("boilerplate"))


def test_chrome_as_with_every_rule_tried() -> None:
    fixed = ["All rights reserved", "© 2024 Reuters. All Rights Reserved.", "ALL RIGHTS RESERVED",
             "All rıghts reserved", "All rightſ reserved", "hall rights reserved",
             "All rights reservedly", "The army said all rights reserved on Monday.",
             "all  rights\nreserved", "Read more: all rights reserved",
             "x" * 240 + " all rights reserved"]
    rng = random.Random(5)
    texts = fixed + [" ".join(rng.choices(_PIECES, k=rng.randint(1, 12))) for _ in range(4000)]
    hits = 0
    for text in texts:
        assert _is_chrome(text) == _reference(text), text
        hits += _reference(text)
    assert hits > 100  # the quick rule and the others both matched often
    assert is_boilerplate("Copyright 2024\nAll rights reserved")
