"""Vocabulary: each voice's words and phrases, and the terms that set one side apart.

Terms are 1-, 2- and 3-grams of stemmed word tokens (``Token.norm``) inside one voice's spans,
never crossing punctuation or a sentence boundary; an n-gram may contain stop words inside
("peace and security") but not start or end with one (:mod:`framing.text.ngrams`). Names of the
actors themselves (any alias of a side or third party, the outlet, a statement's speaker phrase)
are kept apart as ``actor_terms``: they show who is talked about or who speaks, not how.
Distinctive terms are ranked by the log-odds ratio with informative
Dirichlet prior (:func:`framing.stats.log_odds_dirichlet`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.analyzers import Analyzer, register
from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis, Voice
from framing.stats import LogOdds, Score, Signature
from framing.text.ngrams import (
    MAX_N,
    MAX_SPANS,
    TermCounts,
    article_term_counts,
    count_terms,
    token_runs,
)
from framing.text.term_rank import Group, drop_subsumed, most_counted, top_ranked
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


def _strength(z: float) -> str:
    z = abs(z)
    return "strong" if z >= STRONG_Z else "moderate" if z >= MODERATE_Z else "weak"


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
        own = {vid: tc.content() for vid, tc in by_voice.items()}
        a, b = analysis.sides.side_ids
        block: dict[str, Any] = {
            "method": METHOD,
            "prior": prior_name,
            "alpha0": round(alpha0, 4),
            "sides": [a, b],
            "thresholds": {"strong": STRONG_Z, "moderate": MODERATE_Z},
        }
        block.update(self._sides(analysis, own, odds, fmt))
        block["voices"] = {
            v.id: self._voice(v, own[v.id], content, total, odds, fmt) for v in analysis.voices
        }
        return block

    def _prior(self, content: dict[str, int], total: int) -> tuple[dict[str, float], str]:
        if self.config.background is not None:
            path = Path(self.config.background)
            return background_frequencies(str(path), path.stat().st_mtime), "background"
        total = total or 1
        return {k: c / total for k, c in content.items()}, "document"

    def _sides(self, analysis: ArticleAnalysis, own: dict[str, dict[str, int]],
               odds: LogOdds, fmt: _Formatter) -> dict[str, Any]:
        """Distinctive terms of each side against the other, and the terms both use."""
        a, b = analysis.sides.side_ids
        ca, cb = own[a], own[b]
        groups = odds.grouped(ca, cb)
        scores = odds.score_groups(groups, (sum(ca.values()), sum(cb.values())))
        voices = {v.id: v for v in analysis.voices}
        distinctive: dict[str, list[dict[str, Any]]] = {}
        for side, sign, mine in ((a, 1.0, 0), (b, -1.0, 1)):
            # terms the other side never uses: a term's own count is its whole signature
            exclusive: list[Group] = [(sign * scores[sig][2], sig[mine], sig[mine], keys)
                                      for sig, keys in groups.items() if not sig[1 - mine]]
            ranked = top_ranked(exclusive, self.top_k)
            score_of = _score_of(groups, scores, ranked.keys)
            distinctive[side] = [
                fmt.item(k, sign * score_of[k][1][2], sign * score_of[k][1][0],
                         score_of[k][0][:2], voices[side], ranked.folds(k))
                for k in ranked.keys
            ]
        both = [k for sig, keys in groups.items() if sig[0] and sig[1] for k in keys]
        score_of = _score_of(groups, scores, both)
        sig = {k: score_of[k][0][:2] for k in both}
        z = {k: score_of[k][1][2] for k in both}
        shared_keys = sorted(sig, key=lambda k: (-min(sig[k]), -sum(sig[k]), abs(z[k]), k))
        shared_keys, subs = drop_subsumed(shared_keys, sig)
        shared = []
        for k in shared_keys[: self.top_k]:
            item = fmt.base(k, z[k], score_of[k][1][0], None)
            item.update(count_a=sig[k][0], count_b=sig[k][1],
                        leans=(a if z[k] > 0 else b) if abs(z[k]) >= STRONG_Z else None,
                        spans_a=fmt.by_voice[a].spans(k), spans_b=fmt.by_voice[b].spans(k),
                        subsumes=[fmt.term(s) for s in subs.get(k, [])])
            shared.append(item)
        return {"distinctive": distinctive, "shared": shared}

    def _voice(self, voice: Voice, own: dict[str, int], doc: dict[str, int], doc_total: int,
               odds: LogOdds, fmt: _Formatter) -> dict[str, Any]:
        """The voice against the rest of the article (article counts minus the voice's)."""
        tc = fmt.by_voice[voice.id]
        groups, totals = odds.against_rest(own, doc, doc_total)
        scores = odds.score_groups(groups, totals)
        # a term folds into a longer one with the same (own, rest) counts
        positive: list[Group] = [(scores[sig][2], sig[0], sig[:2], keys)
                                 for sig, keys in groups.items() if scores[sig][2] > 0]
        listed = top_ranked(positive, TOP_K_VOICE)
        kept = listed.keys[:TOP_K_VOICE]
        score_of = _score_of(groups, scores, kept)
        top = []
        for k in kept:
            (count, count_rest, _), (delta, _, z) = score_of[k]
            top.append({"term": fmt.term(k, voice.id), "norm": k, "z": round(z, 4),
                        "delta": round(delta, 4), "count": count, "count_rest": count_rest,
                        "spans": tc.spans(k, VOICE_SPANS),
                        "subsumes": [fmt.term(s, voice.id) for s in listed.folds(k)]})
        frequent = most_counted(own, TOP_K_LISTED)
        actors = sorted(tc.actor)  # then the most counted first (a stable sort)
        actors.sort(key=tc.counts.__getitem__, reverse=True)
        return {
            "n_words": tc.n_words,
            "n_terms": len(own),
            "frequent": [fmt.counted(k, own[k], voice.id) for k in frequent],
            "top_terms": top,
            "top_terms_tied_beyond_cut": len(listed.keys) - len(kept),
            "actor_terms": [fmt.counted(k, tc.counts[k], voice.id) for k in actors[:TOP_K_LISTED]],
        }


def _score_of(groups: Mapping[Signature, list[str]], scores: Mapping[Signature, Score],
              keys: list[str]) -> dict[str, tuple[Signature, Score]]:
    """The signature and score of each of ``keys`` (all in ``groups``)."""
    wanted = set(keys)
    return {k: (sig, scores[sig]) for sig, group in groups.items() for k in group if k in wanted}


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
