"""The caches keyed by a document's text hold one article at most: a new analysis drops the
previous article's tokens and n-gram index (a batch worker would otherwise keep several large
articles' worth of them alive)."""

from __future__ import annotations

import gc
import weakref

from framing.model import Document
from framing.pipeline import analyze
from framing.text.document_cache import forget_documents
from framing.text.tokenize import document_tokens
from tests.helpers import BORDER_REPORT, DEFAULT_SIDES


def _term_index(text: str) -> weakref.ref:
    analysis = analyze(Document("a", text), sides=DEFAULT_SIDES)
    return weakref.ref(analysis.derived["term_counts"][0].index)


def test_next_analysis_drops_the_previous_articles_index():
    index = _term_index(BORDER_REPORT)
    gc.collect()
    assert index() is not None  # still cached: the batch runner's exports may ask again
    # an analysis that builds no term index of its own still lets the previous one go
    from framing.config import AnalysisConfig

    analyze(Document("b", "Southland denied it. " + BORDER_REPORT), sides=DEFAULT_SIDES,
            config=AnalysisConfig(analyzers=("reporting_verbs",)))
    gc.collect()
    assert index() is None


def test_forget_documents_empties_the_token_cache():
    text = "Northland said it. " + BORDER_REPORT
    first = document_tokens(text)[0]
    assert document_tokens(text)[0] is first
    forget_documents()
    again = document_tokens(text)[0]
    assert again is not first and again == first  # computed anew, the same tokens


def test_the_next_analysis_drops_the_previous_articles_lowered_text_and_predicates():
    """``plain_lower``, ``_starts`` and the last narrator scan held the previous article's text,
    its form offsets and its predicate hits (about 6.6 MB per MB of text) until several more
    articles had passed."""
    from framing.text import narrator_predicates
    from framing.text.alias_pattern import plain_lower
    from framing.text.predicate_lexicon import _starts

    text = "Southland said it. " + BORDER_REPORT
    analyze(Document("a", text), sides=DEFAULT_SIDES)
    assert plain_lower.cache_info().currsize and _starts.cache_info().currsize
    assert narrator_predicates._last_narrated is not None  # stance asked for it
    forget_documents()
    assert plain_lower.cache_info().currsize == 0 and _starts.cache_info().currsize == 0
    assert narrator_predicates._last_narrated is None


def test_forget_documents_empties_the_clause_word_and_verb_form_caches():
    """The clause words of a long span and the first reporting verb of a scanned text are kept
    per document too: a batch worker must not hold the previous article's."""
    from framing.text.clause_words import _document_words
    from framing.text.predicate_actors import _first_form

    text = "Southland said it. " + BORDER_REPORT
    _document_words(text)
    _first_form(text.lower(), 0, False)
    assert _document_words.cache_info().currsize and _first_form.cache_info().currsize
    forget_documents()
    assert _document_words.cache_info().currsize == 0
    assert _first_form.cache_info().currsize == 0
