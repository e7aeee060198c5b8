"""Frames: how much each voice talks in each Media Frames Corpus dimension, from cue words.

Dimensions after the Media Frames Corpus codebook (Boydstun et al. 2014; Card et al. 2015).
Cues are ``lexicons/frames.tsv`` (term, frame), matched with the
:class:`~framing.text.term_matcher.TermMatcher` loaded language uses too (multi-word,
inflection-aware).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from framing.analyzers import Analyzer, register
from framing.model import ArticleAnalysis
from framing.text.term_matcher import TermMatcher, lexicon_rows, voice_tokens
from framing.voices import statement_at

METHOD = (
    "Cue-word hits per 100 words for the frame dimensions of the Media Frames Corpus codebook "
    "(Card et al. 2015, \"The Media Frames Corpus\", ACL); cue words by the framing project."
)

#: The codebook's 15 dimensions, in its order.
FRAMES = (
    "economic",
    "capacity_and_resources",
    "morality",
    "fairness_and_equality",
    "legality_constitutionality_jurisprudence",
    "policy_prescription_and_evaluation",
    "crime_and_punishment",
    "security_and_defense",
    "health_and_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation_and_reputation",
    "other",
)


@lru_cache(maxsize=1)
def _matcher() -> TermMatcher:
    rows = lexicon_rows("frames")
    unknown = sorted({frame for _, frame in rows} - set(FRAMES))
    if unknown:
        raise ValueError(f"frames.tsv names unknown frames: {unknown}")
    return TermMatcher(rows)


@register
class FramesAnalyzer(Analyzer):
    """Per-voice frame scores (hits per 100 words), triggering cues with spans, dominant frames."""

    name = "frames"

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        matcher = _matcher()
        voices: dict[str, Any] = {}
        for voice in analysis.voices:
            runs = voice_tokens(analysis, voice)
            n_words = len(runs.tokens)
            counts = dict.fromkeys(FRAMES, 0)
            cues: dict[str, dict[str, dict[str, Any]]] = {}  # frames with a hit only
            # each cue's statement ids, as a set: "not in" its list, per hit, was quadratic
            # (a cue in 30,000 statements of a 1 MB text: 3.4 s)
            listed: dict[tuple[str, str], set[str]] = {}
            for start, end, entry in matcher.spans(runs):
                counts[entry.label] += 1
                by_term = cues.get(entry.label)
                if by_term is None:
                    by_term = cues[entry.label] = {}
                cue = by_term.get(entry.term)
                if cue is None:
                    cue = by_term[entry.term] = {
                        "term": entry.term, "count": 0, "spans": [], "statement_ids": []}
                cue["count"] += 1
                cue["spans"].append([start, end])
                sid = statement_at(voice, start)
                ids = listed.setdefault((entry.label, entry.term), set())
                if sid and sid not in ids:
                    ids.add(sid)
                    cue["statement_ids"].append(sid)
            voices[voice.id] = _voice_block(n_words, counts, cues)
        return {"method": METHOD, "frames": list(FRAMES), "voices": voices}


def _voice_block(n_words: int, counts: dict[str, int],
                 cues: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """One voice's scores, dominant frames and cues from its per-frame counts and cues (only
    frames with a hit are in ``cues``; the others score 0)."""
    top = max(counts.values())
    scores = dict.fromkeys(FRAMES, 0.0)
    listed: dict[str, list[dict[str, Any]]] = {f: [] for f in FRAMES}
    for f, by_term in cues.items():
        scores[f] = round(100.0 * counts[f] / n_words, 4)
        listed[f] = sorted(by_term.values(), key=_cue_order) if len(by_term) > 1 \
            else list(by_term.values())
    return {
        "n_words": n_words,
        "total_hits": sum(counts.values()),
        "counts": counts,
        "scores": scores,
        "dominant": [f for f in FRAMES if counts[f] == top] if top else [],
        "cues": listed,
    }


def _cue_order(cue: dict[str, Any]) -> tuple[int, str]:
    """Most counted first, then alphabetical."""
    return -cue["count"], cue["term"]
