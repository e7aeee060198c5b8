"""Loaded language: dysphemisms, imputed intent, hedges, boosters, victimhood and status labels.

Terms come from ``lexicons/loaded_language.tsv`` plus any user files in
``AnalysisConfig.extra_lexicons``. :class:`TermMatcher` is the lexicon matcher the frames analyzer
shares: multi-word, case-insensitive, whole words, inflection-aware.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from framing.analyzers import register
from framing.analyzers.vocabulary import statement_at, token_runs
from framing.config import AnalysisConfig
from framing.lexicons import load_rows
from framing.model import ArticleAnalysis, Token
from framing.text.tokenize import is_word, normalize, tokenize

METHOD = (
    "Matches of a categorised lexicon of loaded terms (hedges and boosters after Hyland 2005, "
    "Metadiscourse; other categories written by the framing project), per voice, per 1000 words."
)


def inflections(word: str) -> frozenset[str]:
    """``word`` and its regular inflections (enemy → enemies, attack → attacked, stop → stopped)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" \
            and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return frozenset(forms)


def surface(token: Token) -> str:
    """A token's lower-cased text, straight apostrophes, possessive ``'s`` dropped."""
    w = token.text.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


@dataclass(frozen=True)
class LexEntry:
    """One lexicon term: its text, its label (category or frame) and accepted forms per word."""

    term: str
    label: str
    forms: tuple[frozenset[str], ...]


class TermMatcher:
    """Longest-first, non-overlapping matches of lexicon terms in runs of word tokens.

    Candidates are looked up by stem (``Token.norm``); a candidate matches only if every token's
    surface form is the lexicon word or one of its regular inflections. The stem alone would
    over-reach: Snowball gives "reportedly" and "reported" the same stem, "liberated" and "liberal".
    """

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self._index: dict[str, list[LexEntry]] = {}
        for term, label in rows:
            words = [surface(t) for t in tokenize(term.lower()) if is_word(t)]
            if not words:
                continue
            entry = LexEntry(term.lower(), label, tuple(inflections(w) for w in words))
            for key in sorted({normalize(f) for f in entry.forms[0]}):
                self._index.setdefault(key, []).append(entry)
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e.forms))  # stable: lexicon order among equals

    def find(self, run: list[Token]) -> list[tuple[int, int, LexEntry]]:
        """``(first, end, entry)`` token-index ranges of the matches in ``run``."""
        out = []
        i = 0
        while i < len(run):
            for e in self._index.get(run[i].norm, ()):
                n = len(e.forms)
                if i + n <= len(run) and all(surface(run[i + k]) in e.forms[k] for k in range(n)):
                    out.append((i, i + n, e))
                    i += n
                    break
            else:
                i += 1
        return out


def lexicon_rows(name: str, extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``(term, label)`` rows of a shipped lexicon, then user files; a later row for the same
    term replaces the earlier one."""
    merged: dict[str, str] = {}
    for source in (name, *extra):
        for row in load_rows(source):
            if len(row) >= 2 and row[0] and row[1]:
                merged[row[0].lower()] = row[1]
    return list(merged.items())


@lru_cache(maxsize=16)
def _lexicon(extra: tuple[str, ...]) -> tuple[TermMatcher, tuple[str, ...]]:
    rows = lexicon_rows("loaded_language", extra)
    categories = tuple(dict.fromkeys(label for _, label in rows))
    return TermMatcher(rows), categories


@register
class LoadedLanguageAnalyzer:
    """Loaded-language hits per voice, by category, with spans and statement ids."""

    name = "loaded_language"

    def __init__(self, config: AnalysisConfig) -> None:
        self.extra = tuple(str(p) for p in config.extra_lexicons)

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        matcher, categories = _lexicon(self.extra)
        text = analysis.document.text
        voices: dict[str, Any] = {}
        flat: list[dict[str, Any]] = []
        for voice in analysis.voices:
            runs = token_runs(text, voice.spans, analysis.sentences)
            n_words = sum(len(r) for r in runs)
            by_cat: dict[str, list[dict[str, Any]]] = {c: [] for c in categories}
            for run in runs:
                for i, j, entry in matcher.find(run):
                    start, end = run[i].start, run[j - 1].end
                    hit = {"term": entry.term, "matched": text[start:end],
                           "category": entry.label, "span": [start, end],
                           "statement_id": statement_at(voice, start)}
                    by_cat[entry.label].append(hit)
                    flat.append({"voice": voice.id, **hit})
            counts = {c: len(h) for c, h in by_cat.items()}
            total = sum(counts.values())
            voices[voice.id] = {
                "n_words": n_words,
                "total": total,
                "counts": counts,
                "rate_per_1000": {c: _rate(k, n_words) for c, k in counts.items()},
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
