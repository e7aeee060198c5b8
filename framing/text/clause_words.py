"""The lower-cased words of a span of the document, from one pass over its tokens.

The predicate finder asks, for each act, about the words of its clause on either side: the last
few before it, the first few after it, whether those before are all auxiliaries. In a long
clause (a run-on sentence of hundreds of acts) building those lists whole for every act was
quadratic; these read a bounded window, or prefix counts, instead.
"""

from __future__ import annotations

from bisect import bisect_left

from framing.text.document_cache import document_cache
from framing.text.tokenize import document_tokens, is_word, token_slice, words_before

AUX = frozenset("is are was were be been being get got gets getting".split())
#: auxiliaries and adverbs that may stand between a subject and its verb
VERB_GROUP = frozenset("has have had will would could may might also reportedly".split()) | AUX


#: A span of at most this many tokens is read directly; a longer one from the document's index,
#: which costs a pass over the whole article to build, so short clauses (nearly all) skip it.
DIRECT_TOKENS = 64


@document_cache
def _document_words(text: str) -> tuple[list[str], list[int]]:
    """The lower-cased words of :func:`document_tokens`, and for each word index the number of
    words before it not in :data:`VERB_GROUP` (word indexes of tokens: :func:`words_before`)."""
    lowered = [t.text.lower() for t in document_tokens(text)[0] if is_word(t.text)]
    ungrouped = [0]
    for word in lowered:
        ungrouped.append(ungrouped[-1] + (word not in VERB_GROUP))
    return lowered, ungrouped


def _direct(text: str, i: int, j: int) -> list[str] | None:
    """The words of tokens ``i:j`` read directly, or None when the span is long."""
    if j - i > DIRECT_TOKENS:
        return None
    return [t.text.lower() for t in document_tokens(text)[0][i:j] if is_word(t.text)]


def _word_range(text: str, i: int, j: int) -> tuple[int, int]:
    before = words_before(text)
    return before[i], before[j]


def words(text: str, start: int, end: int) -> list[str]:
    """The lower-cased words among the tokens inside ``text[start:end]``."""
    i, j = token_slice(text, start, end)
    direct = _direct(text, i, j)
    if direct is not None:
        return direct
    a, b = _word_range(text, i, j)
    return _document_words(text)[0][a:b]


def first_words(text: str, start: int, end: int, n: int) -> list[str]:
    """``words(text, start, end)[:n]``."""
    i, j = token_slice(text, start, end)
    direct = _direct(text, i, j)
    if direct is not None:
        return direct[:n]
    a, b = _word_range(text, i, j)
    return _document_words(text)[0][a:min(b, a + n)]


def last_words(text: str, start: int, end: int, n: int) -> list[str]:
    """``words(text, start, end)[-n:]``."""
    i, j = token_slice(text, start, end)
    direct = _direct(text, i, j)
    if direct is not None:
        return direct[max(0, len(direct) - n):]
    a, b = _word_range(text, i, j)
    return _document_words(text)[0][max(a, b - n):b]


def all_verb_group(text: str, start: int, end: int) -> bool:
    """Are all the words of ``text[start:end]`` in :data:`VERB_GROUP` (true of none)?"""
    i, j = token_slice(text, start, end)
    direct = _direct(text, i, j)
    if direct is not None:
        return VERB_GROUP.issuperset(direct)
    a, b = _word_range(text, i, j)
    ungrouped = _document_words(text)[1]
    return ungrouped[b] == ungrouped[a]


def last_outside_verb_group(text: str, start: int, end: int) -> str | None:
    """The last word of ``text[start:end]`` not in :data:`VERB_GROUP`, if any."""
    i, j = token_slice(text, start, end)
    direct = _direct(text, i, j)
    if direct is not None:
        return next((w for w in reversed(direct) if w not in VERB_GROUP), None)
    a, b = _word_range(text, i, j)
    lowered, ungrouped = _document_words(text)
    k = bisect_left(ungrouped, ungrouped[b], a, b + 1)  # words k.. up to b are all in the group
    return lowered[k - 1] if k > a else None
