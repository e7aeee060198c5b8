"""Term counting: the content 1–3-grams of a text, of a whole article and of each voice.

Terms are n-grams of stemmed word tokens (``Token.norm``) inside runs of word tokens, never
crossing punctuation or a sentence boundary; an n-gram may contain stop words inside ("peace and
security") but not start or end with a stop word, a number or a one-letter token. An n-gram with a
token that names an actor (:mod:`framing.text.actor_tokens`) is an *actor term*.

A document is indexed once (:class:`TermIndex`, cached by content): every n-gram occurrence of the
whole text by token position. The counts of any spans (a voice, the whole article) are then the
occurrences lying inside them, found by bisection; evidence spans and surface forms are looked
up only for the terms that are shown.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, pairwise
from operator import not_

from framing.model import ArticleAnalysis, Sentence, Token
from framing.text.actor_tokens import actor_token_starts
from framing.text.document_cache import document_cache
from framing.text.tokenize import (
    document_tokens,
    is_stopword_text,
    is_word,
    most_frequent,
    token_slice,
)
from framing.text.word_class import CONTENT, is_phrase, penn_tag, shown_form, tag_classes

MAX_N = 3
#: Occurrences per term kept as evidence and used for its surface form.
MAX_SPANS = 5


class TermIndex:
    """Every content n-gram occurrence in runs of word tokens, by token position.

    ``runs`` are ``(a, b)`` position ranges of ``tokens`` holding only word tokens, in position
    order and disjoint; the n-gram of
    ``n + 1`` words starting at position ``f`` ends at ``f + n``. Occurrences of each length are
    listed in position order, so the occurrences inside a range of positions are a slice.
    """

    def __init__(self, tokens: list[Token], runs: list[tuple[int, int]],
                 actor: Iterable[int] = (), facts: _Facts | None = None) -> None:
        """``actor``: the positions of the tokens that name an actor; ``facts``: the tokens'
        :func:`token_facts`, if the caller has them."""
        self.tokens = tokens
        size = len(tokens)
        run_of = [-1] * (size + MAX_N)  # run number of each position; -1 outside runs
        in_run = [False] * size
        if facts is None:
            facts = token_facts([t.text for t in tokens])
        _, edges, tags, shown = facts
        # no term starts or ends at an edge: a stop word, number, one letter, or outside the runs
        edge = [*edges, *[True] * MAX_N]
        end = 0
        for r, (a, b) in enumerate(runs):
            edge[end:a] = [True] * (a - end)
            run_of[a:b] = [r] * (b - a)
            in_run[a:b] = [True] * (b - a)
            end = b
        edge[end:size] = [True] * (size - end)
        norms = [t.norm for t in tokens]
        classes = tag_classes(tags)
        heads = list(compress(range(size), map(not_, edge)))
        words = [p for p in heads if classes[p] in CONTENT]
        self.first: list[list[int]] = [words]
        self.keys: list[list[str]] = [[norms[p] for p in words]]
        # a phrase ends before a following noun only where it cuts a compound ("in border clashes")
        cut = {q for q in map(re.Match.start, _COMPOUND.finditer(classes))
               if run_of[q] == run_of[q + 1]}
        first_key: dict[str, str] = {}  # a phrase's repeats share one key (less memory)
        for n in range(1, MAX_N):
            firsts = [p for p in heads if run_of[p + n] == run_of[p] and not edge[p + n]
                      and p + n not in cut and is_phrase(classes[p:p + n + 1])]
            self.first.append(firsts)
            joined = [" ".join(norms[p:p + n + 1]) for p in firsts]
            self.keys.append(list(map(first_key.setdefault, joined, joined)))
        # actor occurrences: those starting at most n positions before an actor token
        self.actor_hits: list[list[bool]] = []  # per n, beside ``first``
        actor = set(actor)
        near: set[int] = set()
        for n in range(MAX_N):
            near.update([q - n for q in actor])
            self.actor_hits.append(list(map(near.__contains__, self.first[n])))
        self.words_before = array("q", accumulate(in_run, initial=0))  # 8 bytes a token
        self._shown = shown

    def count(self, slices: list[tuple[int, int]]) -> TermCounts:
        """Counts of the occurrences lying wholly inside one of ``slices`` (position ranges)."""
        slices = [(i, j) for i, j in slices if i < j]
        found: list[str] = []
        at: list[int] = []
        hits: list[bool] = []  # is the occurrence an actor occurrence
        first, keys, actor_hits, left = self.first, self.keys, self.actor_hits, bisect.bisect_left
        for p0, p1 in slices:
            for n in range(MAX_N):
                firsts = first[n]
                lo = left(firsts, p0)
                hi = left(firsts, p1 - n, lo)
                found += keys[n][lo:hi]
                at += firsts[lo:hi]
                hits += actor_hits[n][lo:hi]
        words = self.words_before
        n_words = sum(words[j] - words[i] for i, j in slices)
        actor = set(compress(found, hits))
        return TermCounts(Counter(found), actor, n_words, self, slices, found, at)

    def span(self, f: int, n: int) -> list[int]:
        return [self.tokens[f].start, self.tokens[f + n].end]

    def surface(self, f: int, n: int) -> str:
        """The surface form of the n-gram of ``n + 1`` words starting at position ``f``."""
        return " ".join(self.shown()[f:f + n + 1])

    def surfaces(self, firsts: list[int], n: int) -> list[str]:
        """:meth:`surface` of the n-gram at each of ``firsts``."""
        shown = self.shown()
        if n == 0:
            return [shown[f] for f in firsts]
        return [" ".join(shown[f:f + n + 1]) for f in firsts]

    def shown(self) -> Sequence[str]:
        """The surface form of every token (:func:`~framing.text.word_class.shown_form`)."""
        return self._shown


@dataclass
class TermCounts:
    """Counts of the content n-grams of some text, keyed by space-joined stems.

    ``index``, ``slices`` and the occurrences (``found`` keys at positions ``at``, in slice order)
    say where the terms are, for evidence spans and the surface forms a term is shown in (from
    its first :data:`MAX_SPANS` occurrences); the occurrences are emptied once those first
    positions are indexed.
    """

    counts: Counter[str] = field(default_factory=Counter)
    actor: set[str] = field(default_factory=set)
    n_words: int = 0
    index: TermIndex | None = None
    slices: list[tuple[int, int]] = field(default_factory=list)
    found: list[str] = field(default_factory=list, repr=False, compare=False)
    at: list[int] = field(default_factory=list, repr=False, compare=False)
    _positions: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    _shown: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _content: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def content(self) -> dict[str, int]:
        """Counts of the terms that do not name an actor (computed once: do not modify)."""
        if self._content is None:
            # a copy, then the actor terms dropped: far fewer of them than terms to copy
            self._content = content = dict(self.counts)
            for key in self.actor:
                content.pop(key, None)
        return self._content

    def positions(self, key: str) -> list[int]:
        """Start positions of the first :data:`MAX_SPANS` occurrences of ``key`` (slice order)."""
        if not self._positions and self.found:
            self._index_positions()
        out = self._positions.get(key)
        if out is None:
            out = self._positions[key] = []
        return out

    def _index_positions(self) -> None:
        """The first :data:`MAX_SPANS` positions of every term, in one pass over the occurrences
        (a list per term: cheaper than a search per term once a voice shows a few dozen)."""
        first: dict[str, list[int]] = {}
        for key, f in zip(self.found, self.at, strict=True):
            positions = first.get(key)
            if positions is None:
                first[key] = [f]
            elif len(positions) < MAX_SPANS:
                positions.append(f)
        self._positions.update(first)
        self.found, self.at = [], []  # the positions answer every later question

    def spans(self, key: str, limit: int = MAX_SPANS) -> list[list[int]]:
        """``[start, end]`` of the first ``limit`` occurrences of ``key``."""
        n, index = key.count(" "), self.index
        return [index.span(f, n) for f in self.positions(key)[:limit]] if index else []

    def display(self, key: str) -> str:
        """The most frequent surface form of ``key`` among its first occurrences."""
        shown = self._shown.get(key)
        if shown is None:
            found, n, index = self.positions(key), key.count(" "), self.index
            if not found or index is None:
                shown = key
            elif len(found) == 1:  # most terms: nothing to choose from
                shown = index.surface(found[0], n)
            else:
                forms = index.surfaces(found, n)
                # usually all in one form: nothing to count
                shown = forms[0] if forms.count(forms[0]) == len(forms) else most_frequent(forms)
            self._shown[key] = shown
        return shown

    def surface_forms(self) -> dict[str, dict[str, int]]:
        """Key → ``{surface form: occurrences}`` over the first :data:`MAX_SPANS` occurrences of
        every term (keys and forms in order of first appearance)."""
        if self.index is None:
            return {}
        if not self._positions and self.found:
            self._index_positions()  # usually done already: the analyzer showed some terms
        shown, positions = self.index.shown(), self._positions
        out: dict[str, dict[str, int]] = {}
        for key in self.counts:
            n = key.count(" ") + 1
            forms: dict[str, int] = {}
            for f in positions[key]:
                form = shown[f] if n == 1 else " ".join(shown[f:f + n])
                forms[form] = forms.get(form, 0) + 1
            out[key] = forms
        return out


#: Where a noun or adjective is followed by a noun (in :func:`tag_classes` letters).
_COMPOUND = re.compile("(?=[NA]N)")


def _edge_stop(text: str) -> bool:
    """A token no term may start or end with: stop word, number, one character."""
    return is_stopword_text(text) or text.isdigit() or len(text) == 1


#: Per token: is it a word, may no term start or end with it, its Penn tag, its shown form.
_Facts = tuple[tuple[bool, ...], tuple[bool, ...], tuple[str, ...], tuple[str, ...]]


def token_facts(texts: list[str]) -> _Facts:
    """What term counting asks of each token's text (:func:`~framing.text.tokenize.is_word`,
    :func:`_edge_stop`, :func:`~framing.text.word_class.penn_tag`,
    :func:`~framing.text.word_class.shown_form`), from one cached look-up per token."""
    words, edges, tags, shown = zip(*map(_word_facts, texts), strict=True) if texts \
        else ((), (), (), ())
    return words, edges, tags, shown


@lru_cache(maxsize=50_000)
def _word_facts(text: str) -> tuple[bool, bool, str, str]:
    return is_word(text), _edge_stop(text), penn_tag(text), shown_form(text)


def _segments(tokens: list[Token], starts: list[int]) -> list[int]:
    """``bisect_right(starts, t.start)`` of each token (its sentence)."""
    return [bisect.bisect_right(starts, t.start) for t in tokens]


def _ascending(values: list[int]) -> bool:
    return all(a <= b for a, b in pairwise(values))


def token_runs(text: str, spans: list[list[int]], sentences: list[Sentence]) -> list[list[Token]]:
    """Runs of word tokens inside ``spans``, broken at punctuation and sentence boundaries: the
    runs of the whole document (:func:`_document_runs`) cut to each span."""
    tokens, runs, run_starts, _ = _document_runs(text, tuple([s.start for s in sentences]))
    out: list[list[Token]] = []
    n_runs = len(runs)
    for start, end in spans:
        i, j = token_slice(text, start, end)
        k = bisect.bisect_right(run_starts, i) - 1
        if k < 0:
            k = 0
        while k < n_runs:
            a, b = runs[k]
            if a >= j:
                break
            if a < i:
                a = i
            if b > j:
                b = j
            if a < b:
                out.append(tokens[a:b])
            k += 1
    return out


def count_terms(
    runs: list[list[Token]], actor_starts: set[int] | frozenset[int] = frozenset()
) -> TermCounts:
    """Content 1–3-grams of ``runs``; n-grams with a token in ``actor_starts`` are actor terms."""
    flat = [t for run in runs for t in run]
    ends = list(accumulate(len(run) for run in runs))
    ranges = [(e - len(run), e) for run, e in zip(runs, ends, strict=True)]
    actor = [p for p, t in enumerate(flat) if t.start in actor_starts]
    return TermIndex(flat, ranges, actor).count([(0, len(flat))])


@document_cache
def _document_runs(text: str, sentence_starts: tuple[int, ...]
                   ) -> tuple[list[Token], list[tuple[int, int]], list[int], _Facts]:
    """All tokens of ``text``, the position ranges of its runs of word tokens (broken at
    punctuation and where a sentence starts), the first position of each run and the tokens'
    :func:`token_facts`."""
    tokens, starts = document_tokens(text)
    sentences = list(sentence_starts)
    if _ascending(sentences):  # runs break at the first token of each sentence
        cuts = {bisect.bisect_left(starts, s) for s in sentences}
    else:
        segments = _segments(tokens, sentences)
        cuts = {p for p in range(1, len(tokens)) if segments[p] != segments[p - 1]}
    facts = token_facts([t.text for t in tokens])
    runs = _runs(facts[0], cuts)
    return tokens, runs, [a for a, _ in runs], facts


@document_cache
def _document_index(text: str, sentence_starts: tuple[int, ...],
                    actor_starts: frozenset[int]) -> TermIndex:
    tokens, runs, _, facts = _document_runs(text, sentence_starts)
    starts = document_tokens(text)[1]
    near = (bisect.bisect_left(starts, s) for s in actor_starts)  # where a start would be
    actor = [p for p in near if p < len(starts) and starts[p] in actor_starts]
    return TermIndex(tokens, runs, actor, facts)


def _runs(words: Sequence[bool], cuts: set[int]) -> list[tuple[int, int]]:
    """Maximal position ranges of word tokens (``words``) that no position in ``cuts`` splits."""
    size = len(words)
    runs = []
    a = 0
    for q in sorted({*compress(range(size), map(not_, words)), *cuts, size}):
        if a < q:
            runs.append((a, q))
        a = q if q >= size or words[q] else q + 1
    return runs


def span_counts(text: str, sentences: list[Sentence], spans: list[list[int]],
                actor_starts: set[int] | frozenset[int] = frozenset()) -> TermCounts:
    """:func:`count_terms` of ``token_runs(text, spans, sentences)``, from one document index."""
    index = _document_index(text, tuple(s.start for s in sentences), frozenset(actor_starts))
    return _count_spans(index, text, spans)


def _count_spans(index: TermIndex, text: str, spans: list[list[int]]) -> TermCounts:
    """The counts of ``index``'s occurrences inside the character ``spans`` of ``text``."""
    return index.count([token_slice(text, s, e) for s, e in spans])


def article_term_counts(
    analysis: ArticleAnalysis, actor_starts: set[int] | frozenset[int] | None = None
) -> tuple[TermCounts, dict[str, TermCounts]]:
    """Term counts of the whole article (its sentences) and of each voice, by voice id.

    ``actor_starts``: start offsets of the tokens that name an actor (default: the tokens of
    every ``SideSet.mentions`` of the text; those counts are kept in ``analysis.derived``).
    """
    if actor_starts is None:
        cached = analysis.derived.get("term_counts")
        if cached is None:
            cached = analysis.derived["term_counts"] = article_term_counts(
                analysis, actor_token_starts(analysis))
        return cached
    text, sentences = analysis.document.text, analysis.sentences
    index = _document_index(text, tuple(s.start for s in sentences), frozenset(actor_starts))
    whole = [[s.start, s.end] for s in sentences] or [[0, len(text)]]
    return _count_spans(index, text, whole), {v.id: _count_spans(index, text, v.spans)
                                              for v in analysis.voices}
