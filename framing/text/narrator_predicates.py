"""Predicates in the narrator's own text: :func:`find_predicates` over the narrator's
sentence-pieces, computed once per analysis for the analyzers that ask (stance and agency)."""

from __future__ import annotations

import weakref

from framing.model import NARRATOR, ArticleAnalysis, Voice
from framing.text.document_cache import forget_with_documents
from framing.text.predicate_lexicon import spans_with_forms
from framing.text.predicates import PredicateHit, find_predicates
from framing.voices import sentence_pieces

Narrated = list[tuple[PredicateHit, int]]

# The last narrator_scan result: (the analysis, what it was computed from, hits, pieces).
_last_narrated: tuple[weakref.ref[ArticleAnalysis], tuple, Narrated, list[list[int]]] | None = None


@forget_with_documents
def _forget_narrated() -> None:
    """Drop the last result (its hits hold the last article's text) when the next one starts."""
    global _last_narrated
    _last_narrated = None


def narrator_predicates(analysis: ArticleAnalysis) -> Narrated:
    """Predicates in the narrator's own text, each with its sentence index.

    Arguments may be found anywhere in the predicate's clause, even inside a quote, but only
    predicates that start in narrator text are returned. See :func:`narrator_scan`.
    """
    return narrator_scan(analysis)[0]


def narrator_scan(analysis: ArticleAnalysis) -> tuple[Narrated, list[list[int]]]:
    """:func:`narrator_predicates` and the narrator's sentence-pieces they were looked for in
    (:func:`~framing.voices.sentence_pieces`).

    Stance and agency both ask for them: the last result is reused while the same analysis
    object asks again with unchanged text, sides, sentences and narrator spans (the hits and
    pieces are shared: do not change them).
    """
    global _last_narrated
    narrator = analysis.voice(NARRATOR)
    key = (analysis.document.text, analysis.sides,
           tuple((s.index, s.start, s.end) for s in analysis.sentences),
           tuple(map(tuple, narrator.spans)) if narrator is not None else None)
    last = _last_narrated
    if last is not None and last[0]() is analysis and last[1] == key:
        return list(last[2]), last[3]
    found, pieces = _narrator_predicates(analysis, narrator)
    _last_narrated = (weakref.ref(analysis), key, found, pieces)
    return list(found), pieces


def _narrator_predicates(analysis: ArticleAnalysis, narrator: Voice | None
                         ) -> tuple[Narrated, list[list[int]]]:
    sentences = {s.index: s for s in analysis.sentences}
    pieces = sentence_pieces(narrator.spans if narrator else [], analysis.sentences)
    return [(hit, index)
            for start, end, index in spans_with_forms(analysis.document.text, pieces)
            for hit in find_predicates(analysis.document.text, start, end, analysis.sides,
                                       context=(sentences[index].start, sentences[index].end))
            ], pieces
