"""The shared text infrastructure's faster forms give what their first forms gave: the token
pattern and tokens, line groups, sentence ends, boilerplate, sentence-pieces, narrator spans and
the letter-or-digit pattern."""

from __future__ import annotations

import random
import re
import sys

from framing.ingest import is_boilerplate
from framing.model import Document, Sentence, Statement, Token, Voice
from framing.text import segment
from framing.text.tokenize import ALNUM, TOKEN_RE, _tokens, normalize, tokenize
from framing.voices import narrator_spans, sentence_pieces, statement_at

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


def _first_line_groups(text: str) -> list[tuple[int, int]]:
    """segment._line_groups as first written: lines by ``[^\\n]+``, each stripped in Python."""
    groups: list[tuple[int, int]] = []
    para: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        line = text[s:e]
        stripped = line.strip()
        if not stripped:
            if para:
                segment._group_paragraph(text, para, groups)
            para = []
            continue
        s += len(line) - len(line.lstrip())
        e = s + len(stripped)
        if para and text.count("\n", para[-1][1], s) > 1:
            segment._group_paragraph(text, para, groups)
            para = []
        para.append((s, e))
    if para:
        segment._group_paragraph(text, para, groups)
    return groups


def test_line_groups_as_first_written():
    alphabet = "ab C.,!\n\n \t\x0b\u2028\u3000x" + "y" * 8 + " " * 6
    texts = _random_texts(alphabet, 4000, 2)
    texts += [" \n \n", "", "a", "Title\n\n  Body one.\n \t\nBody two  \n"]
    texts += ["".join(random.Random(i).choice(["word " * 12, "\n", "\n\n", " \n", ". "])
                      for _ in range(30)) for i in range(300)]
    for text in texts:
        assert segment._line_groups(text) == _first_line_groups(text), repr(text)


def test_terminated_as_the_first_pattern():
    first = re.compile(r"[.!?…][\"'”’»)\]]*$")
    for text in _random_texts("a.!?…\"'”’»)] x", 5000, 4) + ["", ".", "a.)", ")", "…”"]:
        assert segment._terminated(text, 0, len(text)) == bool(first.search(text)), text


def test_a_paragraph_of_boilerplate_lines_is_boilerplate_and_one_line_is_itself():
    assert is_boilerplate("Advertisement\nFollow us on Twitter")  # only line by line
    assert is_boilerplate("  Advertisement \n\t")
    assert not is_boilerplate("Advertisement\nNorthland troops advanced.")
    assert not is_boilerplate("Advertisement: Northland troops advanced.")


def _random_cuts(rng: random.Random, size: int, n: int) -> list[list[int]]:
    """``n`` ordered, non-overlapping ``[start, end]`` spans inside ``range(size)``."""
    cuts = sorted(rng.sample(range(size), 2 * n))
    return [cuts[i:i + 2] for i in range(0, 2 * n, 2)]


def test_sentence_pieces_cut_every_span_at_every_sentence():
    rng = random.Random(5)
    for _ in range(500):
        sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(_random_cuts(rng, 200, 8))]
        spans = _random_cuts(rng, 200, rng.randint(0, 6))
        expected = [[max(s, st.start), min(e, st.end), st.index] for s, e in spans
                    for st in sentences if max(s, st.start) < min(e, st.end)]
        assert sentence_pieces(spans, sentences) == expected


def test_statement_at_is_the_statement_whose_span_holds_the_offset():
    rng = random.Random(6)
    for _ in range(300):
        spans = _random_cuts(rng, 120, rng.randint(1, 6))
        voice = Voice("a", "side", "A", [f"s{i}" for i in range(len(spans))], spans)
        for offset in range(-1, 122):
            inside = [i for i, (s, e) in enumerate(spans) if s <= offset < e]
            assert statement_at(voice, offset) == (f"s{inside[0]}" if inside else None)
    assert statement_at(Voice("narrator", "narrator", "Narrator", [], [[0, 9]]), 3) is None


def make_statement(start: int, end: int) -> Statement:
    return Statement(f"s{start}", "", start, end, "", "a", "say", "said", "neutral", False,
                     "named", 0)


def test_narrator_spans_keep_stretches_with_a_letter_or_digit_trimmed():
    text = " «Ünal» said: “ … ” ‐ 7 ¶ _ é\u3000 x"
    rng = random.Random(7)
    for _ in range(300):
        statements = [make_statement(s, e) for s, e in _random_cuts(rng, len(text), 3)]
        expected, pos = [], 0
        for s, e in [(st.start, st.end) for st in statements] + [(len(text), len(text))]:
            chunk = text[pos:s]
            if any(c.isalnum() for c in chunk):
                lead = len(chunk) - len(chunk.lstrip())
                expected.append([pos + lead, pos + lead + len(chunk.strip())])
            pos = max(pos, e)
        assert narrator_spans(Document("d", text), statements) == expected


def _first_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens as first found: one match object per token."""
    return [Token(m.group(), m.start(), m.end(), normalize(m.group()))
            for m in TOKEN_RE.finditer(text, start, end)]


def test_tokens_and_their_offsets_as_found_match_by_match():
    rng = random.Random(8)
    texts = _random_texts("ab Cé.,!-'’_ \n1U.S.", 1500, 9) + ["", "U.S.-led talks, don't."]
    for text in texts:
        for start, end in [(0, len(text)), (rng.randint(-3, 12), rng.randint(-3, len(text) + 3)),
                           (rng.randint(0, len(text)), len(text) + 5)]:
            expected = _first_tokens(text, start, end)
            got = tokenize(text, start, end)
            assert got == expected, (text, start, end)
            if (start, end) == (0, len(text)):
                assert _tokens(text, start, end) == (expected, [t.start for t in expected])


def test_alnum_pattern_is_str_isalnum_for_every_character():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(ALNUM.findall(every)) == "".join(filter(str.isalnum, every))


def test_alnum_search_stays_within_the_piece():
    text = "a -- ... b"
    assert ALNUM.search(text, 1, 9) is None
    assert ALNUM.search(text, 1, 10) is not None
