"""Vocabulary: each voice's words and phrases, and the terms that set one side apart.

Terms are 1-, 2- and 3-grams of stemmed word tokens (``Token.norm``) inside one voice's spans,
never crossing punctuation or a sentence boundary; an n-gram may contain stop words inside
("peace and security") but not start or end with one. Names of the actors themselves (any alias of
a side or third party) are kept apart as ``actor_terms``: they show who is talked about, not how.
Distinctive terms are ranked by the log-odds ratio with informative Dirichlet prior
(:func:`framing.stats.log_odds_dirichlet`).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.analyzers import register
from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis, Sentence, Token, Voice
from framing.stats import log_odds_dirichlet
from framing.text.tokenize import display_forms, is_stopword, is_word, tokens_between

METHOD = (
    "1–3-gram counts per voice; distinctive terms by the log-odds ratio with informative "
    "Dirichlet prior (Monroe, Colaresi & Quinn 2008, \"Fightin' Words\", Political Analysis 16:4)."
)
#: α0 = ALPHA_PER_TERM × (content n-gram occurrences in the document): each occurrence of a term
#: in the article lends it 0.2 pseudo-counts, near where a one-off exclusive term's z peaks.
ALPHA_PER_TERM = 0.2
STRONG_Z = 1.96
MODERATE_Z = 1.0
MAX_N = 3
MAX_SPANS = 5
TOP_K = 25
TOP_K_VOICE = 15
#: Ties at a side's top-k cut are kept (no arbitrary cut among equals), up to this many items.
MAX_ITEMS = 60


@dataclass
class TermCounts:
    """Counts of the content n-grams of some text, keyed by space-joined stems."""

    counts: Counter[str] = field(default_factory=Counter)
    spans: dict[str, list[list[int]]] = field(default_factory=dict)
    surfaces: list[Token] = field(default_factory=list)  # one pseudo-token per occurrence
    actor: set[str] = field(default_factory=set)
    n_words: int = 0

    def content(self) -> dict[str, int]:
        """Counts of the terms that do not name an actor, in first-seen order."""
        return {k: c for k, c in self.counts.items() if k not in self.actor}


def token_runs(text: str, spans: list[list[int]], sentences: list[Sentence]) -> list[list[Token]]:
    """Runs of word tokens inside ``spans``, broken at punctuation and sentence boundaries."""
    starts = [s.start for s in sentences]
    runs: list[list[Token]] = []
    for start, end in spans:
        run: list[Token] = []
        sent = None
        for tok in tokens_between(text, start, end):
            s = bisect.bisect_right(starts, tok.start)
            if not is_word(tok) or s != sent:
                if run:
                    runs.append(run)
                run = []
                sent = s
            if is_word(tok):
                run.append(tok)
        if run:
            runs.append(run)
    return runs


def statement_at(voice: Voice, start: int) -> str | None:
    """Id of the voice's statement whose span contains offset ``start`` (None for the narrator)."""
    if not voice.statement_ids:
        return None
    # statement spans are in text order: bisect on their starts
    i = bisect.bisect_right(voice.spans, [start, float("inf")]) - 1
    if i >= 0 and voice.spans[i][0] <= start < voice.spans[i][1]:
        return voice.statement_ids[i]
    return None


def count_terms(
    runs: list[list[Token]], actor_starts: set[int] | frozenset[int] = frozenset()
) -> TermCounts:
    """Content 1–3-grams of ``runs``; n-grams with a token in ``actor_starts`` are actor terms."""
    out = TermCounts()
    counts, all_spans = out.counts, out.spans
    for run in runs:
        out.n_words += len(run)
        stop = [_edge_stop(t) for t in run]
        actor = [t.start in actor_starts for t in run]
        for i, first in enumerate(run):
            if stop[i]:
                continue
            key = ""
            for j in range(i, min(i + MAX_N, len(run))):
                key = run[j].norm if j == i else f"{key} {run[j].norm}"
                if stop[j]:
                    continue
                counts[key] += 1
                spans = all_spans.setdefault(key, [])
                # surface forms and evidence from the first occurrences are enough
                if len(spans) < MAX_SPANS:
                    last = run[j]
                    spans.append([first.start, last.end])
                    surface = " ".join(t.text for t in run[i:j + 1])
                    out.surfaces.append(Token(surface, first.start, last.end, key))
                if any(actor[i:j + 1]):
                    out.actor.add(key)
    return out


def _edge_stop(tok: Token) -> bool:
    return is_stopword(tok) or tok.text.isdigit() or len(tok.text) == 1


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


def _subsumed(keys: list[str], signature: dict[str, tuple[int, ...]]) -> dict[str, list[str]]:
    """For each key, the shorter keys it makes redundant (same counts everywhere, contained)."""
    present = set(keys)
    out: dict[str, list[str]] = {}
    for key in keys:
        words = key.split(" ")
        for n in range(1, len(words)):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i:i + n])
                if sub in present and signature[sub] == signature[key]:
                    out.setdefault(key, []).append(sub)
    return out


def drop_subsumed(
    ranked: list[str], signature: dict[str, tuple[int, ...]]
) -> tuple[list[str], dict[str, list[str]]]:
    subs = _subsumed(ranked, signature)
    gone = {s for lst in subs.values() for s in lst}
    return [k for k in ranked if k not in gone], subs


@register
class VocabularyAnalyzer:
    """Per-voice term counts, distinctive terms of each side, shared terms."""

    name = "vocabulary"

    def __init__(self, config: AnalysisConfig, top_k: int = TOP_K) -> None:
        self.config = config
        self.top_k = top_k

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        doc = analysis.document
        actor_starts = {
            t.start
            for m in analysis.sides.mentions(doc.text)
            for t in tokens_between(doc.text, m.start, m.end)
        }
        whole = [[s.start, s.end] for s in analysis.sentences] or [[0, len(doc.text)]]
        doc_counts = count_terms(token_runs(doc.text, whole, analysis.sentences), actor_starts)
        by_voice = {
            v.id: count_terms(token_runs(doc.text, v.spans, analysis.sentences), actor_starts)
            for v in analysis.voices
        }
        prior, prior_name = self._prior(doc_counts)
        alpha0 = max(1.0, ALPHA_PER_TERM * sum(doc_counts.content().values()))
        fmt = _Formatter(display_forms(doc_counts.surfaces), by_voice)
        a, b = analysis.sides.side_ids
        block: dict[str, Any] = {
            "method": METHOD,
            "prior": prior_name,
            "alpha0": round(alpha0, 4),
            "sides": [a, b],
            "thresholds": {"strong": STRONG_Z, "moderate": MODERATE_Z},
        }
        block.update(self._sides(analysis, by_voice, prior, alpha0, fmt))
        block["voices"] = {
            v.id: self._voice(v, doc_counts, prior, alpha0, fmt) for v in analysis.voices
        }
        return block

    def _prior(self, doc_counts: TermCounts) -> tuple[dict[str, float], str]:
        if self.config.background is not None:
            path = Path(self.config.background)
            return background_frequencies(str(path), path.stat().st_mtime), "background"
        content = doc_counts.content()
        total = sum(content.values()) or 1
        return {k: c / total for k, c in content.items()}, "document"

    def _sides(self, analysis: ArticleAnalysis, by_voice: dict[str, TermCounts],
               prior: dict[str, float], alpha0: float, fmt: _Formatter) -> dict[str, Any]:
        a, b = analysis.sides.side_ids
        ca, cb = by_voice[a].content(), by_voice[b].content()
        scores = log_odds_dirichlet(ca, cb, prior, alpha0)
        sig = {k: (ca.get(k, 0), cb.get(k, 0)) for k in scores}
        voices = {v.id: v for v in analysis.voices}
        distinctive: dict[str, list[dict[str, Any]]] = {}
        for side, sign, own in ((a, 1.0, 0), (b, -1.0, 1)):
            keys = [k for k in scores if sig[k][own] > 0 and sig[k][1 - own] == 0]
            keys.sort(key=lambda k: (-sign * scores[k][2], -sig[k][own], -k.count(" "), k))
            keys, subs = drop_subsumed(keys, sig)
            distinctive[side] = [
                fmt.item(k, sign * scores[k][2], sign * scores[k][0], sig[k], voices[side],
                         subs.get(k, []))
                for k in _cut(keys, {k: (round(scores[k][2], 4), sig[k][own]) for k in keys},
                              self.top_k)
            ]
        shared_keys = [k for k in scores if sig[k][0] > 0 and sig[k][1] > 0]
        shared_keys.sort(key=lambda k: (-min(sig[k]), -sum(sig[k]), abs(scores[k][2]), k))
        shared_keys, subs = drop_subsumed(shared_keys, sig)
        shared = []
        for k in shared_keys[: self.top_k]:
            delta, _, z = scores[k]
            item = fmt.base(k, z, delta, None)
            item.update(count_a=sig[k][0], count_b=sig[k][1],
                        leans=(a if z > 0 else b) if abs(z) >= STRONG_Z else None,
                        spans_a=by_voice[a].spans[k], spans_b=by_voice[b].spans[k],
                        subsumes=[fmt.term(s) for s in subs.get(k, [])])
            shared.append(item)
        return {"distinctive": distinctive, "shared": shared}

    def _voice(self, voice: Voice, doc_counts: TermCounts, prior: dict[str, float],
               alpha0: float, fmt: _Formatter) -> dict[str, Any]:
        tc = fmt.by_voice[voice.id]
        own = tc.content()
        rest = {k: c - own.get(k, 0) for k, c in doc_counts.content().items()}
        rest = {k: c for k, c in rest.items() if c > 0}
        scores = log_odds_dirichlet(own, rest, prior, alpha0)
        sig = {k: (own.get(k, 0), rest.get(k, 0)) for k in scores}
        ranked = [k for k in own if scores[k][2] > 0]
        ranked.sort(key=lambda k: (-scores[k][2], -own[k], -k.count(" "), k))
        ranked, subs = drop_subsumed(ranked, sig)
        top = []
        rank = {k: (round(scores[k][2], 4), own[k]) for k in ranked}
        kept = ranked[:TOP_K_VOICE]
        tied_out = len(_cut(ranked, rank, TOP_K_VOICE)) - len(kept)
        for k in kept:
            delta, _, z = scores[k]
            item = fmt.base(k, z, delta, voice.id)
            item.update(count=own[k], count_rest=sig[k][1], spans=tc.spans[k],
                        subsumes=[fmt.term(s, voice.id) for s in subs.get(k, [])])
            top.append(item)
        frequent = sorted(own, key=lambda k: (-own[k], k.count(" "), k))[:TOP_K_VOICE]
        actors = sorted(tc.actor, key=lambda k: (-tc.counts[k], k))[:TOP_K_VOICE]
        return {
            "n_words": tc.n_words,
            "n_terms": len(own),
            "frequent": [fmt.counted(k, own[k], voice.id) for k in frequent],
            "top_terms": top,
            "top_terms_tied_beyond_cut": tied_out,
            "actor_terms": [fmt.counted(k, tc.counts[k], voice.id) for k in actors],
        }


class _Formatter:
    """Turns a term key and its numbers into a JSON-ready item.

    A term is shown in the surface form its own voice uses most ("enemy" for the side that said
    "the enemy", even if the narrator wrote "enemies"); shared terms in the document's form.
    """

    def __init__(self, display: dict[str, str], by_voice: dict[str, TermCounts]) -> None:
        self.display = display
        self.by_voice = by_voice
        self._voice_display: dict[str, dict[str, str]] = {}

    def term(self, key: str, voice_id: str | None = None) -> str:
        if voice_id is None:
            return self.display.get(key, key)
        if voice_id not in self._voice_display:
            self._voice_display[voice_id] = display_forms(self.by_voice[voice_id].surfaces)
        return self._voice_display[voice_id].get(key) or self.display.get(key, key)

    def base(self, key: str, z: float, delta: float, voice_id: str | None) -> dict[str, Any]:
        return {"term": self.term(key, voice_id), "norm": key, "n": key.count(" ") + 1,
                "z": round(z, 4), "delta": round(delta, 4), "strength": _strength(z)}

    def counted(self, key: str, count: int, voice_id: str) -> dict[str, Any]:
        return {"term": self.term(key, voice_id), "norm": key, "n": key.count(" ") + 1,
                "count": count, "spans": self.by_voice[voice_id].spans[key]}

    def item(self, key: str, z: float, delta: float, counts: tuple[int, ...], voice: Voice,
             subs: list[str]) -> dict[str, Any]:
        spans = self.by_voice[voice.id].spans[key]
        sids = [statement_at(voice, s) for s, _ in spans]
        out = self.base(key, z, delta, voice.id)
        out.update(count_a=counts[0], count_b=counts[1], spans=spans,
                   statement_ids=list(dict.fromkeys(s for s in sids if s)),
                   subsumes=[self.term(s, voice.id) for s in subs])
        return out
