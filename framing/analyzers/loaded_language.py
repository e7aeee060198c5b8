"""Loaded language: dysphemisms, imputed intent, hedges, boosters, victimhood and status labels.

Terms come from ``lexicons/loaded_language.tsv`` plus any user files in
``AnalysisConfig.extra_lexicons``, matched by :class:`~framing.text.term_matcher.TermMatcher`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from framing.analyzers import Analyzer, register
from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis
from framing.text.term_matcher import TermMatcher, lexicon_rows, voice_tokens
from framing.voices import statement_at

METHOD = (
    "Matches of a categorised lexicon of loaded terms (hedges and boosters after Hyland 2005, "
    "Metadiscourse; other categories written by the framing project), per voice, per 1000 words."
)


@lru_cache(maxsize=16)
def _lexicon(extra: tuple[str, ...]) -> tuple[TermMatcher, tuple[str, ...]]:
    rows = lexicon_rows("loaded_language", extra)
    categories = tuple(dict.fromkeys(label for _, label in rows))
    return TermMatcher(rows), categories


@register
class LoadedLanguageAnalyzer(Analyzer):
    """Loaded-language hits per voice, by category, with spans and statement ids."""

    name = "loaded_language"

    def __init__(self, config: AnalysisConfig) -> None:
        super().__init__(config)
        self.extra = tuple(str(p) for p in config.extra_lexicons)

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        matcher, categories = _lexicon(self.extra)
        text = analysis.document.text
        voices: dict[str, Any] = {}
        flat: list[dict[str, Any]] = []
        for voice in analysis.voices:
            runs = voice_tokens(analysis, voice)
            n_words = len(runs.tokens)
            by_cat: dict[str, list[dict[str, Any]]] = {c: [] for c in categories}
            for start, end, entry in matcher.spans(runs):
                hit = {"term": entry.term, "matched": text[start:end],
                       "category": entry.label, "span": [start, end],
                       "statement_id": statement_at(voice, start)}
                by_cat[entry.label].append(hit)
                flat.append({"voice": voice.id, **hit})
            counts = dict.fromkeys(categories, 0)
            rates = dict.fromkeys(categories, 0.0)
            for c, hits in by_cat.items():
                if hits:
                    counts[c] = len(hits)
                    rates[c] = _rate(len(hits), n_words)
            total = sum(counts.values())
            voices[voice.id] = {
                "n_words": n_words,
                "total": total,
                "counts": counts,
                "rate_per_1000": rates,
                "total_rate_per_1000": _rate(total, n_words),
                "hits": by_cat,
            }
        flat.sort(key=lambda h: (h["span"][0], h["voice"]))
        return {
            "method": METHOD,
            "categories": list(categories),
            "lexicons": ["loaded_language", *self.extra],
            "voices": voices,
            "hits": flat,
        }


def _rate(count: int, n_words: int) -> float:
    return round(1000.0 * count / n_words, 4) if n_words else 0.0
