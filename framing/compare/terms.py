"""Corpus term counts per group, and distinctive terms between groups.

Counts are the vocabulary analyzer's own: content 1–3-grams of stemmed words per voice
(:func:`framing.analyzers.vocabulary.count_terms`), actor names kept apart. Over a corpus the
counts are summed per group (a side, an outlet's narrator …) while articles stream past; no text
is kept. Distinctive terms use the same log-odds ratio with informative Dirichlet prior
(:func:`framing.stats.log_odds_dirichlet`), the prior being the whole corpus (or a background
file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.analyzers.vocabulary import (
    ALPHA_PER_TERM,
    MODERATE_Z,
    STRONG_Z,
    TermCounts,
    article_term_counts,
    background_frequencies,
    drop_subsumed,
)
from framing.model import ArticleAnalysis
from framing.stats import log_odds_dirichlet
from framing.text.ngrams import MAX_SPANS
from framing.text.tokenize import most_counted_form

#: A group's counter is pruned (its rarest terms dropped) when it holds more distinct terms
#: than this; below it every count is exact.
MAX_TERMS = 250_000
TOP_TERMS = 20
#: A term must be used this often by a group to be listed as distinctive of it.
MIN_COUNT = 2


#: The key of the whole-article block in a batch store's ``terms_json`` (never a voice id).
ARTICLE_KEY = "(article)"


def article_terms(analysis: ArticleAnalysis) -> tuple[TermCounts, dict[str, TermCounts]]:
    """Term counts of the whole article and of each voice (keyed by voice id).

    The same counting (and the same cached index) as the vocabulary analyzer's.
    """
    return article_term_counts(analysis)


@dataclass
class ArticleTerms:
    """What a corpus comparison takes from one article's term counts.

    ``terms``: the whole article's content terms as :func:`encode_forms` writes them (counts and
    surface forms); ``voices``: voice id → (content-term counts, words).
    """

    terms: list[Any]
    n_words: int
    voices: dict[str, tuple[dict[str, int], int]]


def counted_terms(analysis: ArticleAnalysis) -> ArticleTerms:
    """:class:`ArticleTerms` counted from the article's text (:func:`article_terms`)."""
    total, by_voice = article_terms(analysis)
    return ArticleTerms(article_block(total)["terms"], total.n_words,
                        {vid: (tc.content(), tc.n_words) for vid, tc in by_voice.items()})


def article_block(total: TermCounts,
                  forms: Mapping[str, Mapping[str, int]] | None = None) -> dict[str, Any]:
    """The whole-article counts stored under :data:`ARTICLE_KEY` (read by :func:`stored_terms`).

    ``{n_words, terms}``, ``terms`` as :func:`encode_forms` writes them; ``forms``: the
    article's :meth:`TermCounts.surface_forms`, if the caller has them.
    """
    forms = total.surface_forms() if forms is None else forms
    return {"n_words": total.n_words, "terms": encode_forms(total.content(), forms)}


def display_of(forms: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """Term key → its most frequent surface form in ``forms`` (an article's
    :meth:`TermCounts.surface_forms`), as :meth:`TermCounts.display` picks it."""
    # most terms have one form: no call for them
    return {key: next(iter(f)) if len(f) == 1 else most_counted_form(f)
            for key, f in forms.items()}


def encode_forms(content: Mapping[str, int], forms: Mapping[str, Mapping[str, int]]
                 ) -> list[Any]:
    """Content-term counts and their surface forms, compactly: ``[[key, count, forms], …]``.

    In ``content`` order; ``forms``: key → ``{form: occurrences}`` (as
    :meth:`TermCounts.surface_forms` gives them), written as they are, or just the form when it
    is the only one and its occurrences are ``min(count, MAX_SPANS)`` (the usual case).
    :func:`decode_forms` reads it back.
    """
    terms = []
    for key, count in content.items():
        shown = forms.get(key) or {}
        if len(shown) == 1:
            ((only, n),) = shown.items()
            if n == (count if count < MAX_SPANS else MAX_SPANS):
                terms.append([key, count, only])
                continue
        terms.append([key, count, shown])
    return terms


def decode_forms(terms: Iterable[Any]) -> tuple[dict[str, int], list[tuple[str, str, int]]]:
    """Content-term counts and ``(key, form, occurrences)`` from :func:`encode_forms`' list."""
    content: dict[str, int] = {}
    forms: list[tuple[str, str, int]] = []
    for key, count, shown in terms:
        content[key] = count
        if isinstance(shown, str):
            forms.append((key, shown, min(count, MAX_SPANS)))
        else:
            forms += [(key, form, n) for form, n in shown.items()]
    return content, forms


def stored_terms(stored: Mapping[str, Any] | None) -> ArticleTerms | None:
    """:class:`ArticleTerms` from a batch store's ``terms_json`` (None if it lacks them)."""
    block = stored.get(ARTICLE_KEY) if stored else None
    if block is None:
        return None
    voices = {
        vid: ({norm: count for _, norm, _, count, actor in v["terms"] if not actor},
              v["n_words"])
        for vid, v in stored.items() if vid != ARTICLE_KEY
    }
    return ArticleTerms(block["terms"], block["n_words"], voices)


@dataclass
class TermTable:
    """Summed content-term counts per group key, plus the corpus total and display forms."""

    max_terms: int = MAX_TERMS
    groups: dict[str, Counter[str]] = field(default_factory=dict)
    total: Counter[str] = field(default_factory=Counter)
    surfaces: dict[str, Counter[str]] = field(default_factory=dict)
    pruned: bool = False

    def add(self, key: str, content: Mapping[str, int]) -> None:
        """Add one voice's (or one article's) content-term counts to group ``key``."""
        group = self.groups.setdefault(key, Counter())
        group.update(content)
        self._prune(group)

    def add_encoded(self, terms: Iterable[Any]) -> None:
        """Add one whole article to the corpus total (the prior) and learn its surface forms:
        its terms as :func:`encode_forms` writes them (read without decoding them into lists)."""
        total, surfaces = self.total, self.surfaces
        get = total.get
        for key, count, shown in terms:  # keys are unique: encode_forms writes a dict's items
            total[key] = get(key, 0) + count
            one = isinstance(shown, str)  # the usual case: one form, as often as the term
            if not (one or shown):
                continue
            known = surfaces.get(key)
            if known is None:
                known = surfaces[key] = Counter()
            # known.get, not known[form] += n: a Counter's missing key is a Python-level call
            if one:
                known[shown] = known.get(shown, 0) + min(count, MAX_SPANS)
            else:
                for form, n in shown.items():
                    known[form] = known.get(form, 0) + n
        self._prune(self.total)

    def merge(self, other: TermTable) -> None:
        """Add ``other``'s counts (those of the articles that follow this table's).

        Counts, surface forms and their first-seen order are then exactly those of one table fed
        both runs of articles, as long as neither table was pruned and no merged counter
        outgrows ``max_terms`` (then a single table would never have been pruned either). Past
        that, the merged counters are pruned as :meth:`add` prunes, but each part had been
        pruned on its own, at other moments than a single table: the rare-term counts (lower
        bounds either way) may then differ from a single fold's, and ``pruned`` is set, so the
        report says so.
        """
        for key, counts in other.groups.items():
            group = self.groups.setdefault(key, Counter())
            group.update(counts)
            self._prune(group)
        self.total.update(other.total)
        for key, forms in other.surfaces.items():
            known = self.surfaces.get(key)
            if known is None:
                known = self.surfaces[key] = Counter()
            known.update(forms)
        self._prune(self.total)
        self.pruned = self.pruned or other.pruned

    def _prune(self, counter: Counter[str]) -> None:
        if len(counter) <= self.max_terms:
            return
        self.pruned = True
        floor = 1
        while len(counter) > 0.8 * self.max_terms:
            for k in [k for k, c in counter.items() if c <= floor]:
                del counter[k]
            floor += 1
        if counter is self.total:
            for k in [k for k in self.surfaces if k not in self.total]:
                del self.surfaces[k]

    def summed(self) -> Counter[str]:
        """Counts of all groups together."""
        every: Counter[str] = Counter()
        for counts in self.groups.values():
            every.update(counts)
        return every

    def rest(self, key: str, summed: Counter[str] | None = None) -> Counter[str]:
        """Counts of every group except ``key``: :meth:`summed` (pass it when asking for many
        groups) less this group's."""
        return (self.summed() if summed is None else summed) - self.groups[key]

    def term(self, norm: str) -> str:
        """The most frequent surface form of a stem key (ties: alphabetical)."""
        forms = self.surfaces.get(norm)
        return most_counted_form(forms) if forms else norm


def pooled_prior(pool: Mapping[str, int], background: str | Path | None = None
                 ) -> tuple[dict[str, float], float]:
    """The prior of one comparison: p_w and α0 (0.2 per occurrence of ``pool``).

    ``pool``: the two compared groups' counts together. p_w is each term's share of them (the
    corpus's own text of the kind compared), or its share of the ``background`` file. A prior
    from other text (e.g. the whole corpus, quotations included, for a comparison of narrators)
    would make every term the groups use less than that text lean towards the smaller group:
    with y_w ≪ α_w, δ_w ≈ log((n_j + α0) / (n_i + α0)), however the groups use it.
    """
    occurrences = sum(pool.values())
    alpha0 = max(1.0, ALPHA_PER_TERM * occurrences)
    if background is not None:
        path = Path(background)
        return background_frequencies(str(path), path.stat().st_mtime), alpha0
    return {k: c / (occurrences or 1) for k, c in pool.items()}, alpha0


def distinctive(
    table: TermTable,
    counts_i: Mapping[str, int],
    counts_j: Mapping[str, int],
    prior: Mapping[str, float],
    alpha0: float,
    top: int = TOP_TERMS,
    min_count: int = MIN_COUNT,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The terms most distinctive of group i vs group j, and of j vs i.

    Returns two lists of ``{term, norm, z, delta, count, count_other, strength, subsumes}``,
    each sorted by z (descending, oriented so that positive favours the listed group); a term is
    listed only if its group used it at least ``min_count`` times. As in the article analyzer,
    a shorter n-gram with exactly the counts of a longer one it is part of is folded into it.
    """
    scores = log_odds_dirichlet(counts_i, counts_j, prior, alpha0)
    sig = {k: (counts_i.get(k, 0), counts_j.get(k, 0)) for k in scores}
    out: list[list[dict[str, Any]]] = []
    for sign, own, other in ((1.0, counts_i, counts_j), (-1.0, counts_j, counts_i)):
        keys = [k for k, s in scores.items() if sign * s[2] > 0 and own.get(k, 0) >= min_count]
        keys.sort(key=lambda k: (-sign * scores[k][2], -own.get(k, 0), -k.count(" "), k))
        keys, subs = drop_subsumed(keys[: top * 4], sig)
        out.append([
            {"term": table.term(k), "norm": k, "z": round(sign * scores[k][2], 3),
             "delta": round(sign * scores[k][0], 4), "count": own.get(k, 0),
             "count_other": other.get(k, 0),
             "strength": _strength(sign * scores[k][2]),
             "subsumes": [table.term(x) for x in subs.get(k, [])]}
            for k in keys[:top]
        ])
    return out[0], out[1]


def _strength(z: float) -> str:
    return "strong" if z >= STRONG_Z else "moderate" if z >= MODERATE_Z else "weak"
