"""Sentence segmentation with compiled regular expressions (no downloaded models, linear time).

The text is cut in three steps:

1. paragraphs (blank lines) always end a sentence;
2. inside a paragraph, a line break ends a sentence unless the text is hard-wrapped there (a long
   line without final punctuation, or one ending in a comma or followed by a lower-case word);
   a line shorter than 40 characters always ends one (headlines, datelines, list items);
3. inside a run of joined lines, a sentence ends at ``. ! ? …`` (with any closing quotes and
   brackets, which belong to the sentence) followed by white space, except after the
   abbreviations of ``abbreviations.tsv``, single initials ("John F. Kennedy"; not a capital
   letter after a lower-case word, "posted on X. The …") and before a lower-case word.

A line that ends without final punctuation and stands alone (headline, subheading) is a sentence
with ``heading=True``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lexicons import load_mapping
from framing.model import Sentence
from framing.text.tokenize import ALNUM, stopwords

_SHORT_LINE = 40
_WRAP_WIDTH = 120
_HEADING_MAX = 200
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["

#: A line's text without its surrounding white space (group 1; lines of white space have none).
_LINE = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")
# Only at a run's first terminator: tried at each point of "....." (no white space after), the
# greedy run would be re-read from every offset, quadratic in the run's length.
_BOUNDARY = re.compile(rf"(?<![.!?…])([.!?…]+)([{re.escape(_CLOSERS)}]*)\s+")
_TERMINATORS = (".", "!", "?", "…")
_WORD_BEFORE = re.compile(r"\S+$")
_NEXT_WORD = re.compile(rf"[{re.escape(_OPENERS)}]*([^\W\d_]*)")
_INITIALS = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Lower-cased abbreviation (with its final dot) → class (title, prefix or other)."""
    return load_mapping("abbreviations")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, spans trimmed of white space, never overlapping.

    Spans with no letter or digit (``* * *`` separators) are left out.
    """
    sentences: list[Sentence] = []
    for gs, ge in _line_groups(text):
        start = gs
        for m in _BOUNDARY.finditer(text, gs, ge):
            if _ends_sentence(text, m, start):
                _add(text, start, m.end(2), ge, sentences)
                start = m.end()
        _add(text, start, ge, ge, sentences)
    return sentences


def _add(text: str, start: int, end: int, group_end: int, out: list[Sentence]) -> None:
    if start >= end or not ALNUM.search(text, start, end):
        return
    heading = (
        end == group_end
        and (start == 0 or text[start - 1] == "\n")
        and end - start <= _HEADING_MAX
        and "\n" not in text[start:end]
        and text[end - 1] not in ",;:"
        and not _terminated(text, start, end)
    )
    out.append(Sentence(len(out), start, end, heading))


def _terminated(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (one line) end with ``. ! ? …`` and any closing quotes/brackets?"""
    return text[start:end].rstrip(_CLOSERS).endswith(_TERMINATORS)


def _line_groups(text: str) -> list[tuple[int, int]]:
    """Spans of runs of lines joined by soft (hard-wrap) line breaks, trimmed."""
    groups: list[tuple[int, int]] = []
    para: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        s, e = m.span(1)
        if para and text.count("\n", para[-1][1], s) > 1:  # a blank line between
            _group_paragraph(text, para, groups)
            para = []
        para.append((s, e))
    _group_paragraph(text, para, groups)
    return groups


def _group_paragraph(text: str, lines: list[tuple[int, int]], out: list[tuple[int, int]]) -> None:
    if len(lines) < 2:
        out += lines
        return
    longest = max(e - s for s, e in lines)
    start = lines[0][0]
    for (ps, pe), (ns, _) in zip(lines, lines[1:], strict=False):
        if _hard_break(text, ps, pe, ns, longest):
            out.append((start, pe))
            start = ns
    out.append((start, lines[-1][1]))


def _hard_break(text: str, ps: int, pe: int, ns: int, longest: int) -> bool:
    """Does the line break after line ``text[ps:pe]`` (next line at ``ns``) end a sentence?"""
    n = pe - ps
    if n < _SHORT_LINE:
        return True
    if _terminated(text, ps, pe):
        return False  # joined; the full-stop rules decide (so "Mr.⏎Smith" stays together)
    if text[ns].islower() or text[pe - 1] in ",;-–—(/&":
        return False
    return not (n <= _WRAP_WIDTH and n >= 0.7 * longest)


def _after_common_word(text: str, word: re.Match[str] | None) -> bool:
    """Is the one capital letter ``word`` a word, not a name's initial: after a lower-case word
    ("posted on X. Eritrea …", "Plan B. The …"; not "John F. Kennedy")?"""
    if word is None or len(word.group(0)) != 1:
        return False
    previous = _WORD_BEFORE.search(text, max(0, word.start() - 40), word.start() - 1)
    return previous is not None and previous.group(0)[:1].islower()


def _ends_sentence(text: str, m: re.Match[str], sent_start: int) -> bool:
    """Is the candidate boundary ``m`` (terminator, closers, white space) a sentence end?"""
    if m.end(2) - sent_start <= 3:
        return False  # "1." or "a)" opening a list item
    nxt = _NEXT_WORD.match(text, m.end())
    word_after = nxt.group(1) if nxt else ""
    following = text[nxt.end()] if nxt and nxt.end() < len(text) else ""
    if word_after[:1].islower():
        return False  # "… and then", "“Why?” he asked", "e.g. the"
    term = m.group(1)
    if term != "." or m.group(2):
        return True
    before = _WORD_BEFORE.search(text, max(sent_start, m.start(1) - 40), m.start(1))
    word = before.group(0).lstrip(_OPENERS) if before else ""
    cls = abbreviations().get(word.lower() + ".")
    if cls is None and _INITIALS.fullmatch(word) and not _after_common_word(text, before):
        cls = "prefix"
    if cls is None:
        return True
    if not word_after and following.isdigit():
        return False  # "Jan. 5", "No. 3"
    if cls == "title":
        return False
    if cls == "prefix":
        return word_after.lower() in stopwords()  # "the U.S. The move" vs "U.S. officials"
    return True
