"""Vocabulary: each voice's words and phrases, and the terms that set one side apart.

Terms are 1-, 2- and 3-grams of stemmed word tokens (``Token.norm``) inside one voice's spans,
never crossing punctuation or a sentence boundary; an n-gram may contain stop words inside
("peace and security") but not start or end with one (:mod:`framing.text.ngrams`). Names of the
actors themselves (any alias of a side or third party) are kept apart as ``actor_terms``: they show
who is talked about, not how. Distinctive terms are ranked by the log-odds ratio with informative
Dirichlet prior (:func:`framing.stats.log_odds_dirichlet`).
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.analyzers import Analyzer, register
from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis, Voice
from framing.stats import LogOdds
from framing.text.ngrams import (
    MAX_N,
    MAX_SPANS,
    TermCounts,
    article_term_counts,
    count_terms,
    token_runs,
)
from framing.voices import statement_at

__all__ = [
    "MAX_N", "MAX_SPANS", "TermCounts", "VocabularyAnalyzer", "article_term_counts",
    "background_frequencies", "count_terms", "drop_subsumed", "token_runs",
]

METHOD = (
    "1–3-gram counts per voice; distinctive terms by the log-odds ratio with informative "
    "Dirichlet prior (Monroe, Colaresi & Quinn 2008, \"Fightin' Words\", Political Analysis 16:4)."
)
#: α0 = ALPHA_PER_TERM × (content n-gram occurrences in the document): each occurrence of a term
#: in the article lends it 0.2 pseudo-counts, near where a one-off exclusive term's z peaks.
ALPHA_PER_TERM = 0.2
STRONG_Z = 1.96
MODERATE_Z = 1.0
TOP_K = 25
TOP_K_VOICE = 15
#: Length of a voice's ``frequent`` and ``actor_terms`` lists (no evidence spans).
TOP_K_LISTED = 10
#: Evidence spans per item of a voice's ``top_terms``.
VOICE_SPANS = 3
#: Ties at a side's top-k cut are kept (no arbitrary cut among equals), up to this many items.
MAX_ITEMS = 60


@lru_cache(maxsize=8)
def background_frequencies(path: str, mtime: float) -> dict[str, float]:
    text = Path(path).read_text(encoding="utf-8")
    lines = [[m, m + len(line)] for m, line in _line_offsets(text)]
    counts = count_terms(token_runs(text, lines, [])).counts
    total = sum(counts.values()) or 1
    return {k: c / total for k, c in counts.items()}


def _line_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _cut(ranked: list[str], rank: dict[str, tuple[float, int]], k: int) -> list[str]:
    """The first ``k`` of ``ranked`` plus any tied with the k-th, at most MAX_ITEMS."""
    end = min(k, len(ranked))
    while 0 < end < min(len(ranked), MAX_ITEMS) and rank[ranked[end]] == rank[ranked[end - 1]]:
        end += 1
    return ranked[:end]


def _strength(z: float) -> str:
    z = abs(z)
    return "strong" if z >= STRONG_Z else "moderate" if z >= MODERATE_Z else "weak"


def _subsumed(keys: list[str], signature: Mapping[str, Hashable]) -> dict[str, list[str]]:
    """For each key, the shorter keys it makes redundant (same counts everywhere, contained)."""
    present = set(keys)
    out: dict[str, list[str]] = {}
    for key in keys:
        if " " not in key:
            continue
        sig = signature[key]
        subs = [sub for sub in _parts(key) if sub in present and signature[sub] == sig]
        if subs:
            out[key] = subs
    return out


@lru_cache(maxsize=100_000)
def _parts(key: str) -> tuple[str, ...]:
    """The shorter n-grams inside ``key``: by length, then position."""
    words = key.split(" ")
    return tuple(" ".join(words[i:i + n]) for n in range(1, len(words))
                 for i in range(len(words) - n + 1))


def _top(keys: list[str], score: Mapping[str, float], k: int) -> list[str]:
    """Those of ``keys`` whose score reaches the k-th highest (all of them if there are <= k)."""
    if len(keys) <= k:
        return keys
    floor = sorted((score[x] for x in keys), reverse=True)[k - 1]
    return [x for x in keys if score[x] >= floor]


def drop_subsumed(
    ranked: list[str], signature: Mapping[str, Hashable]
) -> tuple[list[str], dict[str, list[str]]]:
    """``ranked`` without the keys a longer one makes redundant, and what each longer one folds."""
    subs = _subsumed(ranked, signature)
    gone = {s for lst in subs.values() for s in lst}
    return [k for k in ranked if k not in gone], subs


@register
class VocabularyAnalyzer(Analyzer):
    """Per-voice term counts, distinctive terms of each side, shared terms."""

    name = "vocabulary"

    def __init__(self, config: AnalysisConfig, top_k: int = TOP_K) -> None:
        super().__init__(config)
        self.top_k = top_k

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        doc_counts, by_voice = article_term_counts(analysis)
        content = doc_counts.content()
        total = sum(content.values())
        prior, prior_name = self._prior(content, total)
        alpha0 = max(1.0, ALPHA_PER_TERM * total)
        odds = LogOdds(prior, alpha0)
        fmt = _Formatter(doc_counts, by_voice)
        a, b = analysis.sides.side_ids
        block: dict[str, Any] = {
            "method": METHOD,
            "prior": prior_name,
            "alpha0": round(alpha0, 4),
            "sides": [a, b],
            "thresholds": {"strong": STRONG_Z, "moderate": MODERATE_Z},
        }
        block.update(self._sides(analysis, by_voice, odds, fmt))
        block["voices"] = {
            v.id: self._voice(v, content, total, odds, fmt) for v in analysis.voices
        }
        return block

    def _prior(self, content: dict[str, int], total: int) -> tuple[dict[str, float], str]:
        if self.config.background is not None:
            path = Path(self.config.background)
            return background_frequencies(str(path), path.stat().st_mtime), "background"
        total = total or 1
        return {k: c / total for k, c in content.items()}, "document"

    def _sides(self, analysis: ArticleAnalysis, by_voice: dict[str, TermCounts],
               odds: LogOdds, fmt: _Formatter) -> dict[str, Any]:
        a, b = analysis.sides.side_ids
        ca, cb = by_voice[a].content(), by_voice[b].content()
        z, delta = odds.z_delta(ca, cb)
        voices = {v.id: v for v in analysis.voices}
        distinctive: dict[str, list[dict[str, Any]]] = {}
        for side, sign, own, other in ((a, 1.0, ca, cb), (b, -1.0, cb, ca)):
            # the other side's count is 0: a term's own count is its whole signature
            keys = [k for k in own if k not in other]
            keys.sort(key=lambda k: (-sign * z[k], -own[k], -k.count(" "), k))
            keys, subs = drop_subsumed(keys, own)
            distinctive[side] = [
                fmt.item(k, sign * z[k], sign * delta[k], (ca.get(k, 0), cb.get(k, 0)),
                         voices[side], subs.get(k, []))
                for k in _cut(keys, {k: (round(z[k], 4), own[k]) for k in keys[:MAX_ITEMS]},
                              self.top_k)
            ]
        sig = {k: (c, cb[k]) for k, c in ca.items() if k in cb}
        shared_keys = sorted(sig, key=lambda k: (-min(sig[k]), -sum(sig[k]), abs(z[k]), k))
        shared_keys, subs = drop_subsumed(shared_keys, sig)
        shared = []
        for k in shared_keys[: self.top_k]:
            item = fmt.base(k, z[k], delta[k], None)
            item.update(count_a=sig[k][0], count_b=sig[k][1],
                        leans=(a if z[k] > 0 else b) if abs(z[k]) >= STRONG_Z else None,
                        spans_a=by_voice[a].spans(k), spans_b=by_voice[b].spans(k),
                        subsumes=[fmt.term(s) for s in subs.get(k, [])])
            shared.append(item)
        return {"distinctive": distinctive, "shared": shared}

    def _voice(self, voice: Voice, doc: dict[str, int], doc_total: int, odds: LogOdds,
               fmt: _Formatter) -> dict[str, Any]:
        """The voice against the rest of the article (article counts minus the voice's)."""
        tc = fmt.by_voice[voice.id]
        own = tc.content()
        rest: dict[str, int] = {}
        overlap = 0  # occurrences of the voice's terms that the article's counts include
        for k, c in own.items():
            d = doc.get(k, 0)
            if d > c:
                rest[k] = d - c
            overlap += min(c, d)
        z, delta = odds.z_delta(own, rest, terms=own,
                                totals=(sum(own.values()), doc_total - overlap))
        ranked = [k for k in own if z[k] > 0]
        # (own, rest) packed in one int: the signature of a term for folding
        ranked, subs = drop_subsumed(ranked, {k: own[k] << 32 | rest.get(k, 0) for k in ranked})
        # only the first MAX_ITEMS matter (the cut and its ties): sort those
        ranked = _top(ranked, z, MAX_ITEMS)
        ranked.sort(key=lambda k: (-z[k], -own[k], -k.count(" "), k))
        rank = {k: (round(z[k], 4), own[k]) for k in ranked[:MAX_ITEMS]}
        kept = ranked[:TOP_K_VOICE]
        top = []
        for k in kept:
            top.append({"term": fmt.term(k, voice.id), "norm": k, "z": round(z[k], 4),
                        "delta": round(delta[k], 4), "count": own[k], "count_rest": rest.get(k, 0),
                        "spans": tc.spans(k, VOICE_SPANS),
                        "subsumes": [fmt.term(s, voice.id) for s in subs.get(k, [])]})
        frequent = sorted(_top(list(own), own, TOP_K_LISTED),
                          key=lambda k: (-own[k], k.count(" "), k))[:TOP_K_LISTED]
        actors = heapq.nsmallest(TOP_K_LISTED, tc.actor, key=lambda k: (-tc.counts[k], k))
        return {
            "n_words": tc.n_words,
            "n_terms": len(own),
            "frequent": [fmt.counted(k, own[k], voice.id) for k in frequent],
            "top_terms": top,
            "top_terms_tied_beyond_cut": len(_cut(ranked, rank, TOP_K_VOICE)) - len(kept),
            "actor_terms": [fmt.counted(k, tc.counts[k], voice.id) for k in actors],
        }


class _Formatter:
    """Turns a term key and its numbers into a JSON-ready item.

    A term is shown in the surface form its own voice uses most ("enemy" for the side that said
    "the enemy", even if the narrator wrote "enemies"); shared terms in the document's form.
    """

    def __init__(self, doc: TermCounts, by_voice: dict[str, TermCounts]) -> None:
        self.doc = doc
        self.by_voice = by_voice

    def term(self, key: str, voice_id: str | None = None) -> str:
        counts = self.doc if voice_id is None else self.by_voice[voice_id]
        return (counts if key in counts.counts else self.doc).display(key)

    def base(self, key: str, z: float, delta: float, voice_id: str | None) -> dict[str, Any]:
        return {"term": self.term(key, voice_id), "norm": key, "n": key.count(" ") + 1,
                "z": round(z, 4), "delta": round(delta, 4), "strength": _strength(z)}

    def counted(self, key: str, count: int, voice_id: str) -> dict[str, Any]:
        return {"term": self.term(key, voice_id), "norm": key, "count": count}

    def item(self, key: str, z: float, delta: float, counts: tuple[int, ...], voice: Voice,
             subs: list[str]) -> dict[str, Any]:
        spans = self.by_voice[voice.id].spans(key)
        sids = [statement_at(voice, s) for s, _ in spans]
        out = self.base(key, z, delta, voice.id)
        out.update(count_a=counts[0], count_b=counts[1], spans=spans,
                   statement_ids=list(dict.fromkeys(s for s in sids if s)),
                   subsumes=[self.term(s, voice.id) for s in subs])
        return out
