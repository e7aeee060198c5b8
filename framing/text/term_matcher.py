"""Matching lexicon terms (one or more words) in runs of word tokens, inflection-aware.

Shared by the loaded-language and frames analyzers: multi-word, case-insensitive, whole words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count
from operator import attrgetter
from typing import NamedTuple

from framing.lexicons import load_rows
from framing.model import ArticleAnalysis, Token, Voice
from framing.text.ngrams import token_runs
from framing.text.tokenize import bare_word, is_word, normalize, tokenize

_NORM = attrgetter("norm")


class RunTokens(NamedTuple):
    """Runs of word tokens laid end to end: the tokens, the position where each run ends among
    them, and the tokens' stems (``Token.norm``)."""

    tokens: list[Token]
    ends: list[int]
    norms: list[str]

    @classmethod
    def of(cls, runs: Sequence[list[Token]]) -> RunTokens:
        """``runs`` laid end to end."""
        tokens = list(chain.from_iterable(runs))
        return cls(tokens, list(accumulate(map(len, runs))), list(map(_NORM, tokens)))


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
    return bare_word(token.text)


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
            words = [surface(t) for t in tokenize(term.lower()) if is_word(t.text)]
            if not words:
                continue
            entry = LexEntry(term.lower(), label, tuple(inflections(w) for w in words))
            for key in sorted({normalize(f) for f in entry.forms[0]}):
                self._index.setdefault(key, []).append(entry)
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e.forms))  # stable: lexicon order among equals

    def find(self, run: list[Token]) -> list[tuple[int, int, LexEntry]]:
        """``(first, end, entry)`` token-index ranges of the matches in ``run``."""
        return self._matches(RunTokens.of([run]))

    def spans(self, runs: RunTokens) -> list[tuple[int, int, LexEntry]]:
        """``(start, end, entry)`` character spans of the matches in ``runs``: :meth:`find` of
        each run, in order, from one scan of them all."""
        tokens = runs.tokens
        return [(tokens[i].start, tokens[j - 1].end, e) for i, j, e in self._matches(runs)]

    def _matches(self, runs: RunTokens) -> list[tuple[int, int, LexEntry]]:
        """:meth:`find` of each of ``runs``, in positions among all their tokens: a match may
        not cross a run's end, and one ends before the next starts."""
        index = self._index
        tokens, ends, norms = runs
        out = []
        pos = 0  # a match ends here: the next one starts no earlier
        for i in compress(count(), map(index.__contains__, norms)):
            if i < pos:
                continue
            first = surface(tokens[i])
            end = 0  # the end of i's run, looked up when a longer term needs it
            for e in index[norms[i]]:
                forms = e.forms
                if first not in forms[0]:
                    continue
                n = len(forms)
                if n > 1:
                    end = end or ends[bisect_right(ends, i)]
                    # the second word first: most multi-word candidates fail there
                    if i + n > end or surface(tokens[i + 1]) not in forms[1] or not all(
                            surface(tokens[i + k]) in forms[k] for k in range(2, n)):
                        continue
                out.append((i, i + n, e))
                pos = i + n
                break
        return out


def voice_tokens(analysis: ArticleAnalysis, voice: Voice) -> RunTokens:
    """One voice's :func:`~framing.text.ngrams.token_runs` laid end to end, computed once per
    analysis (loaded language and frames both ask for them; kept in ``analysis.derived``).

    They are shared between callers: do not change them.
    """
    cached = analysis.derived.setdefault("voice_tokens", {})
    if voice.id not in cached:
        cached[voice.id] = RunTokens.of(
            token_runs(analysis.document.text, voice.spans, analysis.sentences))
    return cached[voice.id]


def lexicon_rows(name: str, extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``(term, label)`` rows of a shipped lexicon, then user files; a later row for the same
    term replaces the earlier one."""
    merged: dict[str, str] = {}
    for source in (name, *extra):
        for row in load_rows(source):
            if len(row) >= 2 and row[0] and row[1]:
                merged[row[0].lower()] = row[1]
    return list(merged.items())
