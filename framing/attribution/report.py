"""A reporting act found in the text (:class:`Report`), and the span helpers the finders of
:mod:`framing.attribution.patterns` share: quotation marks, trimming content, offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.text.alias_pattern import match_key

OPEN_QUOTES = "“\"‘«"
#: A speaker phrase up to a comma, semicolon or end mark, where the points of titles and
#: initialisms end nothing ("Lt. Col. Abubakar Danjuma", "Dr. Fatuma Abdi", "the U.N. office")
NAME_PART = (r"(?:\b(?:Lt|Col|Gen|Maj|Capt|Brig|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Rev|St|Prof)\."
             r"|\b(?:[A-Z]\.){2,}|[^,.;!?])+")
CLOSE_QUOTES = "”\"’»"
_QUOTE_CLOSES = re.compile(r"[.,!?]?[”\"’»]")
_SPACES = re.compile(r"\s+")


@dataclass
class Report:
    """One reporting act found in the text (offsets into the document)."""

    speaker: tuple[int, int]
    verb: tuple[int, int]
    lemma: str
    verb_class: str
    content: tuple[int, int]
    direct: bool
    reciprocal: bool = False
    target: tuple[int, int] | None = None
    kind: str = "said"  # "said" | "according_to" | "participle" ("…, adding that …")
    #: for a pronoun speaker in a relative clause, the subject of the sentence it stands for
    #: ("Kestria released footage that it said showed …": "Kestria")
    refers_to: tuple[int, int] | None = None


def inside_quote(unit: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation (more opening than closing marks before it)?"""
    curly = unit.count("“", 0, pos) > unit.count("”", 0, pos)
    return curly or unit.count('"', 0, pos) % 2 == 1


def mostly_quoted(unit: str, start: int, end: int) -> bool:
    """Is the content a direct quotation (wrapped in quote marks, or mostly inside them)?"""
    if start > 0 and unit[start - 1] in OPEN_QUOTES and _QUOTE_CLOSES.match(unit, end):
        return True
    piece = unit[start:end]
    if "“" not in piece and "”" not in piece and '"' not in piece:
        return end < start  # no quote marks: nothing inside them (as the count below gives)
    quoted, inside = 0, False
    for ch in piece:
        if ch in "“”\"":
            inside = ch == "“" or (ch == '"' and not inside)
            continue
        quoted += inside
    return quoted * 2 > end - start


def strip_end(unit: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and final punctuation; drop quote marks that wrap the whole content."""
    while start < end and unit[start].isspace():
        start += 1
    while end > start and (unit[end - 1].isspace() or unit[end - 1] in ".,;:"):
        end -= 1
    if end - start > 2 and unit[start] in OPEN_QUOTES and unit[end - 1] in CLOSE_QUOTES:
        inner = unit[start + 1:end - 1]
        if not any(q in inner for q in "“”\""):
            return strip_end(unit, start + 1, end - 1)
    return start, end


def norm_form(form: str) -> str:
    """A verb form as the reporting-verb table keys it: lower case (:func:`match_key`), single
    spaces."""
    return _SPACES.sub(" ", match_key(form))


def shift(span: tuple[int, int], base: int) -> tuple[int, int]:
    """``span`` of a unit starting at ``base``, as offsets into the document."""
    return span[0] + base, span[1] + base
