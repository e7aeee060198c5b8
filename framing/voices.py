"""Group statements into voices: one per side, per third party, one for unattributed statements
(when there are any), and the narrator."""

from __future__ import annotations

from bisect import bisect_right

from framing.model import (
    BOTH,
    NARRATOR,
    UNKNOWN,
    Document,
    Sentence,
    SideSet,
    Statement,
    Voice,
)
from framing.text.tokenize import ALNUM

_INF = float("inf")


def build_voices(document: Document, sides: SideSet, statements: list[Statement]) -> list[Voice]:
    """Voices in a fixed order: the two sides, third parties, unattributed (if any), narrator.

    A statement of :data:`BOTH` belongs to both sides' voices. The narrator is every stretch of
    text outside all statements (reporting clauses such as "the ministry said" included).
    """
    voices = [Voice(s.id, "side", s.name) for s in sides.sides]
    voices += [Voice(t.id, "third_party", t.name) for t in sides.third_parties]
    by_id = {v.id: v for v in voices}
    unknown = Voice(UNKNOWN, "unknown", "Unattributed")
    for st in statements:
        owners = sides.side_ids if st.side == BOTH else [st.side]
        for owner in owners:
            voice = by_id.get(owner, unknown)
            voice.statement_ids.append(st.id)
            voice.spans.append([st.start, st.end])
    if unknown.statement_ids:
        voices.append(unknown)
    narrator = Voice(NARRATOR, "narrator", "Narrator", spans=narrator_spans(document, statements))
    voices.append(narrator)
    return voices


def narrator_spans(document: Document, statements: list[Statement]) -> list[list[int]]:
    """The complement of all statement spans, each trimmed of surrounding whitespace."""
    text = document.text
    spans: list[list[int]] = []
    pos = 0
    for start, end in sorted((s.start, s.end) for s in statements):
        _add_trimmed(text, pos, start, spans)
        pos = max(pos, end)
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[list[int]]) -> None:
    if ALNUM.search(text, start, end) is None:
        return
    chunk = text[start:end]
    stripped = chunk.strip()
    lead = len(chunk) - len(chunk.lstrip())
    spans.append([start + lead, start + lead + len(stripped)])


def statement_at(voice: Voice, start: int) -> str | None:
    """Id of the voice's statement whose span contains offset ``start`` (None for the narrator)."""
    if not voice.statement_ids:
        return None
    # statement spans are in text order: bisect on their starts (the span found starts at or
    # before ``start``)
    i = bisect_right(voice.spans, [start, _INF]) - 1
    if i >= 0 and start < voice.spans[i][1]:
        return voice.statement_ids[i]
    return None


def sentence_pieces(spans: list[list[int]], sentences: list[Sentence]) -> list[list[int]]:
    """Voice spans cut at sentence boundaries: ``[start, end, sentence index]`` per piece.

    Sentences are in text order and do not overlap, so each span finds its first sentence by
    bisection: linear in the number of pieces, not spans × sentences.
    """
    ends = [s.end for s in sentences]
    n = len(sentences)
    pieces: list[list[int]] = []
    for s, e in spans:
        i = bisect_right(ends, s)
        while i < n:
            sentence = sentences[i]
            a, b = sentence.start, sentence.end
            if a >= e:
                break
            if a < s:
                a = s
            if b > e:
                b = e
            if a < b:
                pieces.append([a, b, sentence.index])
            i += 1
    return pieces
