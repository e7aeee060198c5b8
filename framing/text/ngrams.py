"""Term counting: the content 1–3-grams of a text, of a whole article and of each voice.

Terms are n-grams of stemmed word tokens (``Token.norm``) inside runs of word tokens, never
crossing punctuation or a sentence boundary; an n-gram may contain stop words inside ("peace and
security") but not start or end with a stop word, a number or a one-letter token. An n-gram with a
token that names an actor is an *actor term*.

A document is indexed once (:class:`TermIndex`, cached by content): every n-gram occurrence of the
whole text by token position. The counts of any spans (a voice, the whole article) are then the
occurrences lying inside them, found by bisection; evidence spans and surface forms are looked
up only for the terms that are shown.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise

from framing.model import ArticleAnalysis, Sentence, Token
from framing.text.tokenize import (
    document_tokens,
    is_stopword_text,
    most_frequent,
    surface,
    token_slice,
    tokens_between,
)

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
                 actor_starts: set[int] | frozenset[int] = frozenset()) -> None:
        self.tokens = tokens
        size = len(tokens)
        run_of = [-1] * (size + MAX_N)  # run number of each position; -1 outside runs
        edge = [True] * (size + MAX_N)  # no term starts or ends here
        for r, (a, b) in enumerate(runs):
            run_of[a:b] = [r] * (b - a)
            edge[a:b] = [_edge_stop(t.text) for t in tokens[a:b]]
        norms = [t.norm for t in tokens]
        heads = [p for a, b in runs for p in range(a, b) if not edge[p]]
        self.first: list[list[int]] = [heads]
        self.keys: list[list[str]] = [[norms[p] for p in heads]]
        for n in range(1, MAX_N):
            firsts = [p for p in heads if run_of[p + n] == run_of[p] and not edge[p + n]]
            self.first.append(firsts)
            self.keys.append([" ".join(norms[p:p + n + 1]) for p in firsts])
        # actor occurrences: those with a token in actor_starts (prefix counts of actor tokens)
        actor = [t.start in actor_starts for t in tokens] if actor_starts else []
        self.actor_first: list[list[int]] = [[] for _ in range(MAX_N)]
        self.actor_keys: list[list[str]] = [[] for _ in range(MAX_N)]
        if any(actor):
            before = list(accumulate(actor, initial=0))
            for n in range(MAX_N):
                hits = [i for i, p in enumerate(self.first[n]) if before[p + n + 1] > before[p]]
                self.actor_first[n] = [self.first[n][i] for i in hits]
                self.actor_keys[n] = [self.keys[n][i] for i in hits]
        self.words_before = list(accumulate((r >= 0 for r in run_of[:size]), initial=0))
        self._where: dict[str, list[int]] | None = None
        self._shown: list[str] | None = None

    @property
    def where(self) -> dict[str, list[int]]:
        """Term → start positions of its occurrences, ascending."""
        if self._where is None:
            where: defaultdict[str, list[int]] = defaultdict(list)
            for firsts, keys in zip(self.first, self.keys, strict=True):
                for p, key in zip(firsts, keys, strict=True):
                    where[key].append(p)
            self._where = where
        return self._where

    def count(self, slices: list[tuple[int, int]]) -> TermCounts:
        """Counts of the occurrences lying wholly inside one of ``slices`` (position ranges)."""
        slices = [(i, j) for i, j in slices if i < j]
        found: list[str] = []
        actor: list[str] = []
        left = bisect.bisect_left
        for p0, p1 in slices:
            for n in range(MAX_N):
                firsts = self.first[n]
                lo = left(firsts, p0)
                found += self.keys[n][lo:left(firsts, p1 - n, lo)]
                firsts = self.actor_first[n]
                if firsts:
                    lo = left(firsts, p0)
                    actor += self.actor_keys[n][lo:left(firsts, p1 - n, lo)]
        words = self.words_before
        n_words = sum(words[j] - words[i] for i, j in slices)
        ordered = all(slices[k - 1][1] <= slices[k][0] for k in range(1, len(slices)))
        return TermCounts(Counter(found), set(actor), n_words, self, slices,
                          [i for i, _ in slices] if ordered else None)

    def span(self, f: int, n: int) -> list[int]:
        return [self.tokens[f].start, self.tokens[f + n].end]

    def surface(self, f: int, n: int) -> str:
        if self._shown is None:
            self._shown = [surface(t.text) for t in self.tokens]
        return " ".join(self._shown[f:f + n + 1])


@dataclass
class TermCounts:
    """Counts of the content n-grams of some text, keyed by space-joined stems.

    ``index`` and ``slices`` say where the occurrences are, for evidence spans and the surface
    forms a term is shown in (from its first :data:`MAX_SPANS` occurrences).
    """

    counts: Counter[str] = field(default_factory=Counter)
    actor: set[str] = field(default_factory=set)
    n_words: int = 0
    index: TermIndex | None = None
    slices: list[tuple[int, int]] = field(default_factory=list)
    #: Starts of ``slices`` when they are in order and disjoint (occurrences found by bisection).
    starts: list[int] | None = None
    _found: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    _slice_of: list[int] | None = field(default=None, repr=False, compare=False)
    _shown: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def content(self) -> dict[str, int]:
        """Counts of the terms that do not name an actor."""
        actor = self.actor
        return {k: c for k, c in self.counts.items() if k not in actor} if actor else \
            dict(self.counts)

    def positions(self, key: str) -> list[int]:
        """Start positions of the first :data:`MAX_SPANS` occurrences of ``key`` (slice order)."""
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._positions(key, MAX_SPANS)
        return found

    def _positions(self, key: str, limit: int) -> list[int]:
        if self.index is None or key not in self.counts:
            return []
        where, n = self.index.where[key], key.count(" ")
        if self.starts is None:  # slices out of order or overlapping: take them in turn
            return [f for i, j in self.slices for f in where if i <= f and f + n < j][:limit]
        if self._slice_of is None:
            # the number (from 1) of the slice each position is in; 0 outside every slice
            self._slice_of = [0] * (len(self.index.tokens) + MAX_N)
            for number, (i, j) in enumerate(self.slices, 1):
                self._slice_of[i:j] = [number] * (j - i)
        slice_of = self._slice_of
        return [f for f in where if slice_of[f] and slice_of[f] == slice_of[f + n]][:limit]

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
            elif len(found) == 1:
                shown = index.surface(found[0], n)
            else:
                shown = most_frequent(index.surface(f, n) for f in found)
            self._shown[key] = shown
        return shown

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """``(key, surface)`` of the first :data:`MAX_SPANS` occurrences of every term."""
        if self.index is None:
            return
        seen: Counter[str] = Counter()
        idx = self.index
        for p0, p1 in self.slices:
            for n in range(MAX_N):
                firsts, keys = idx.first[n], idx.keys[n]
                lo = bisect.bisect_left(firsts, p0)
                for k in range(lo, bisect.bisect_left(firsts, p1 - n, lo)):
                    key = keys[k]
                    if seen[key] < MAX_SPANS:
                        seen[key] += 1
                        yield key, idx.surface(firsts[k], n)

    def display_forms(self) -> dict[str, str]:
        """The display form of every term (what :meth:`display` gives, for all at once)."""
        forms: defaultdict[str, list[str]] = defaultdict(list)
        for key, form in self.surface_forms():
            forms[key].append(form)
        return {k: f[0] if len(f) == 1 else most_frequent(f) for k, f in forms.items()}


@lru_cache(maxsize=50_000)
def _edge_stop(text: str) -> bool:
    """A token no term may start or end with: stop word, number, one character."""
    return is_stopword_text(text) or text.isdigit() or len(text) == 1


def _segments(tokens: list[Token], starts: list[int], ascending: bool) -> list[int]:
    """``bisect_right(starts, t.start)`` of each token (its sentence), walking in step."""
    if not ascending or not tokens:
        return [bisect.bisect_right(starts, t.start) for t in tokens]
    k, end, out = bisect.bisect_right(starts, tokens[0].start), len(starts), []
    for t in tokens:
        while k < end and starts[k] <= t.start:
            k += 1
        out.append(k)
    return out


def _ascending(values: list[int]) -> bool:
    return all(a <= b for a, b in pairwise(values))


def token_runs(text: str, spans: list[list[int]], sentences: list[Sentence]) -> list[list[Token]]:
    """Runs of word tokens inside ``spans``, broken at punctuation and sentence boundaries."""
    starts = [s.start for s in sentences]
    ascending = _ascending(starts)
    runs: list[list[Token]] = []
    for start, end in spans:
        tokens = tokens_between(text, start, end)
        run: list[Token] = []
        sent = None
        for tok, s in zip(tokens, _segments(tokens, starts, ascending), strict=True):
            word = tok.text[:1].isalnum()
            if not word or s != sent:
                if run:
                    runs.append(run)
                run = []
                sent = s
            if word:
                run.append(tok)
        if run:
            runs.append(run)
    return runs


def count_terms(
    runs: list[list[Token]], actor_starts: set[int] | frozenset[int] = frozenset()
) -> TermCounts:
    """Content 1–3-grams of ``runs``; n-grams with a token in ``actor_starts`` are actor terms."""
    flat = [t for run in runs for t in run]
    ends = list(accumulate(len(run) for run in runs))
    ranges = [(e - len(run), e) for run, e in zip(runs, ends, strict=True)]
    return TermIndex(flat, ranges, actor_starts).count([(0, len(flat))])


@lru_cache(maxsize=4)
def _document_index(text: str, sentence_starts: tuple[int, ...],
                    actor_starts: frozenset[int]) -> TermIndex:
    tokens, _ = document_tokens(text)
    segments = _segments(tokens, list(sentence_starts), _ascending(list(sentence_starts)))
    runs: list[tuple[int, int]] = []
    a = -1
    for p, (tok, s) in enumerate(zip(tokens, segments, strict=True)):
        word = tok.text[:1].isalnum()
        if a >= 0 and (not word or s != segments[a]):
            runs.append((a, p))
            a = -1
        if word and a < 0:
            a = p
    if a >= 0:
        runs.append((a, len(tokens)))
    return TermIndex(tokens, runs, actor_starts)


def span_counts(text: str, sentences: list[Sentence], spans: list[list[int]],
                actor_starts: set[int] | frozenset[int] = frozenset()) -> TermCounts:
    """:func:`count_terms` of ``token_runs(text, spans, sentences)``, from one document index."""
    index = _document_index(text, tuple(s.start for s in sentences), frozenset(actor_starts))
    return index.count([token_slice(text, s, e) for s, e in spans])


def actor_token_starts(analysis: ArticleAnalysis) -> frozenset[int]:
    """Start offsets of the tokens that begin inside a mention of an actor.

    A token may run past the mention ("Cambodia's" for the alias "Cambodia"): it still names
    the actor.
    """
    text = analysis.document.text
    _, starts = document_tokens(text)
    found: set[int] = set()
    for m in analysis.sides.mentions(text):
        i = bisect.bisect_left(starts, m.start)
        while i < len(starts) and starts[i] < m.end:
            found.add(starts[i])
            i += 1
    return frozenset(found)


def article_term_counts(
    analysis: ArticleAnalysis, actor_starts: set[int] | frozenset[int] | None = None
) -> tuple[TermCounts, dict[str, TermCounts]]:
    """Term counts of the whole article (its sentences) and of each voice, by voice id.

    ``actor_starts``: start offsets of the tokens that name an actor (default: the tokens of
    every ``SideSet.mentions`` of the text).
    """
    text, sentences = analysis.document.text, analysis.sentences
    if actor_starts is None:
        actor_starts = actor_token_starts(analysis)
    index = _document_index(text, tuple(s.start for s in sentences), frozenset(actor_starts))
    whole = [[s.start, s.end] for s in sentences] or [[0, len(text)]]
    total = index.count([token_slice(text, s, e) for s, e in whole])
    return total, {v.id: index.count([token_slice(text, s, e) for s, e in v.spans])
                   for v in analysis.voices}
