"""Streaming aggregation: many :class:`ArticleAnalysis` in, one :class:`CorpusComparison` out.

Each article is reduced to small numbers as it streams past (statement and word counts,
per-article sums for the bootstrap, summed term counts); the analysis itself is dropped, so a
corpus of any length needs memory only for the groups, the per-article sums and the term tables.

Consecutive slices of a corpus may be folded apart (in parallel) and their accumulators merged in
slice order (:meth:`_Accumulator.merge`): the comparison is then exactly that of one fold over the
whole corpus, as long as the term tables are not pruned (see :meth:`TermTable.merge`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from framing.compare.bootstrap import N_RESAMPLES, SEED, ratio_ci, share_ci
from framing.compare.digest import THIRD as THIRD
from framing.compare.digest import UNKNOWN_VOICE as UNKNOWN_VOICE
from framing.compare.digest import article_digest
from framing.compare.periods import PERIODS, period_of
from framing.compare.speakers import SpeakerTable, rows_of
from framing.compare.terms import MAX_TERMS, TermTable
from framing.model import ArticleAnalysis

BY = ("outlet", "side", "date")
ALL = "All articles"
NO_OUTLET = "(no outlet)"
NO_DATE = "(no date)"
#: Verb classes whose share of a side's statements gets a confidence interval.
LOADED = ("doubt", "endorsing", "accusatory")
#: Pairwise outlet comparisons are made for at most this many groups (k·(k−1)/2 pairs).
MAX_PAIRWISE_GROUPS = 8


@dataclass
class _Ratio:
    """Per-article numerators and denominators of one figure: a ``mean`` (:func:`ratio_ci`), a
    ``share`` or a ``balance`` (:func:`share_ci`)."""

    kind: str = "mean"
    num: list[float] = field(default_factory=list)
    den: list[float] = field(default_factory=list)

    def add(self, num: float, den: float) -> None:
        if den:
            self.num.append(num)
            self.den.append(den)

    def extend(self, other: _Ratio) -> None:
        """Append the articles of ``other`` (the bootstrap depends on their order)."""
        self.num += other.num
        self.den += other.den

    def estimate(self, n_resamples: int, seed: int) -> dict[str, Any]:
        if self.kind == "mean":
            est = ratio_ci(self.num, self.den, n_resamples=n_resamples, seed=seed,
                           bounds=(-1.0, 1.0))  # means are of VADER compounds
        else:
            est = share_ci(self.num, self.den, balance=self.kind == "balance",
                           n_resamples=n_resamples, seed=seed)
        return est.to_dict()


@dataclass
class _SideCell:
    statements: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    sentiment: _Ratio = field(default_factory=_Ratio)
    stance: _Ratio = field(default_factory=lambda: _Ratio("balance"))
    loaded: dict[str, _Ratio] = field(default_factory=lambda: {c: _Ratio("share")
                                                               for c in LOADED})

    def merge(self, other: _SideCell) -> None:
        self.statements += other.statements
        self.classes.update(other.classes)
        self.sentiment.extend(other.sentiment)
        self.stance.extend(other.stance)
        for cls, ratio in other.loaded.items():
            self.loaded[cls].extend(ratio)


@dataclass
class _GroupCell:
    articles: int = 0
    words: int = 0
    statements: Counter[str] = field(default_factory=Counter)  # by voice category
    resolutions: Counter[str] = field(default_factory=Counter)  # how sides were found
    voice_words: Counter[str] = field(default_factory=Counter)
    narrator_sentiment: _Ratio = field(default_factory=_Ratio)
    as_agent: Counter[str] = field(default_factory=Counter)
    as_target: Counter[str] = field(default_factory=Counter)
    frames: dict[str, Counter[str]] = field(
        default_factory=lambda: {"narrator": Counter(), "quoted": Counter()})
    frame_words: Counter[str] = field(default_factory=Counter)

    def merge(self, other: _GroupCell) -> None:
        self.articles += other.articles
        self.words += other.words
        self.statements.update(other.statements)
        self.resolutions.update(other.resolutions)
        self.voice_words.update(other.voice_words)
        self.narrator_sentiment.extend(other.narrator_sentiment)
        self.as_agent.update(other.as_agent)
        self.as_target.update(other.as_target)
        for kind, counts in other.frames.items():
            self.frames[kind].update(counts)
        self.frame_words.update(other.frame_words)


@dataclass
class CorpusComparison:
    """Everything the batch report and ``framing compare`` show; JSON-ready via :meth:`to_dict`.

    Group-keyed tables (``voice_share``, ``sentiment``, ``stance``, ``narrator_acts``, ``verbs``,
    ``frames``) hold one entry per group (outlet, period, or only :data:`ALL`), side tables one
    entry per side name of ``sides``. Figures with intervals are :class:`Estimate` dicts.
    """

    by: str
    period: str
    n_articles: int
    sides: list[str]
    other_sides: dict[str, int]
    groups: list[str]
    group_articles: dict[str, int]
    voice_share: dict[str, Any]
    sentiment: dict[str, Any]
    stance: dict[str, Any]
    narrator_acts: dict[str, Any]
    verbs: dict[str, Any]
    frame_names: list[str]
    frames: dict[str, Any]
    terms: dict[str, Any]
    timeline: dict[str, Any]
    articles: list[dict[str, Any]]
    speakers: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    bootstrap: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


class _Accumulator:
    """Folds articles, one at a time, into per-group and per-side sums."""

    def __init__(self, by: str, period: str, max_terms: int) -> None:
        self.by, self.period = by, period
        self.n = 0
        self.groups: dict[str, _GroupCell] = {}
        self.cells: dict[tuple[str, str], _SideCell] = {}
        self.side_articles: Counter[str] = Counter()
        self.side_first_a: Counter[str] = Counter()
        self.side_order: dict[str, int] = {}
        self.frame_names: list[str] = []
        self.side_terms = TermTable(max_terms)
        self.narrator_terms = TermTable(max_terms)
        self.timeline: dict[str, dict[str, Any]] = {}
        # (period, side) → each article's Σcompound, in article order: summed only at the end
        # (in that order), so that merged slices give the bits of one pass over all articles
        self.compounds: dict[tuple[str, str], list[float]] = {}
        self.articles: list[dict[str, Any]] = []
        self.speakers = SpeakerTable()
        self.undated = 0  # articles without a readable date: not in the time series
        self.unread_dates: list[str] = []  # a few of the dates that could not be read

    def group_of(self, outlet: str | None, date: str | None) -> str:
        if self.by == "outlet":
            return outlet or NO_OUTLET
        if self.by == "date":
            return period_of(date, self.period) or NO_DATE
        return ALL

    def add(self, a: ArticleAnalysis, stored: Mapping[str, Any] | None = None) -> None:
        """Fold in one article; ``stored``: its term counts, if known (see article_digest)."""
        self.add_digest(article_digest(a, stored))

    def add_digest(self, d: Mapping[str, Any]) -> None:
        """Fold in one article's :func:`~framing.compare.digest.article_digest`."""
        self.n += 1
        names = d["names"]
        for i, name in enumerate(names.values()):
            self.side_articles[name] += 1
            self.side_first_a[name] += i == 0
            self.side_order.setdefault(name, len(self.side_order))
        row = d["article"]
        keys = [self.group_of(row["outlet"], row["date"])] + ([ALL] if self.by != "side" else [])
        self.side_terms.add_encoded(d["terms"])
        for name, content in d["side_terms"]:
            self.side_terms.add(name, content)
        if d["narrator_terms"] is not None:
            self.narrator_terms.add(keys[0], d["narrator_terms"])
        if d["frame_names"] and not self.frame_names:
            self.frame_names = list(d["frame_names"])
        per_side = d["per_side"]
        for key in keys:
            self._fold_group(key, d["general"])
            for name, nums in per_side.items():
                self._fold_side(key, name, nums)
        self._fold_period(row["date"], per_side)
        self.speakers.add(rows_of(d), row["outlet"])
        self.articles.append(dict(row))

    # -- folding -------------------------------------------------------------------------------
    def _fold_group(self, key: str, g: dict[str, Any]) -> None:
        cell = self.groups.setdefault(key, _GroupCell())
        cell.articles += 1
        cell.words += g["words"]
        _add_counts(cell.statements, g["statements"])
        _add_counts(cell.resolutions, g.get("resolutions", {}))  # digests stored before: none
        _add_counts(cell.voice_words, g["voice_words"])
        cell.narrator_sentiment.add(*g["narrator_sentiment"])
        _add_counts(cell.as_agent, g["as_agent"])
        _add_counts(cell.as_target, g["as_target"])
        for kind, counts in g["frames"].items():
            _add_counts(cell.frames[kind], counts)
        _add_counts(cell.frame_words, g["frame_words"])

    def _fold_side(self, key: str, name: str, s: dict[str, Any]) -> None:
        cell = self.cells.setdefault((key, name), _SideCell())
        cell.statements += s["n"]
        _add_counts(cell.classes, s["classes"])
        cell.sentiment.add(*s["sentiment"])
        cell.stance.add(*s["stance"])
        for cls in LOADED:
            cell.loaded[cls].add(s["classes"].get(cls, 0), s["n"])

    def _fold_period(self, date: str | None, per_side: Mapping[str, dict]) -> None:
        p = period_of(date, self.period)
        if p is None:
            self.undated += 1
            if date:
                self.unread_dates = _examples(self.unread_dates, [str(date)[:40]])
            return
        row = self.timeline.setdefault(p, {"articles": 0, "sides": {}})
        row["articles"] += 1
        for name, s in per_side.items():
            cell = row["sides"].setdefault(name, [0, 0, 0])  # statements, n scored, doubt
            cell[0] += s["n"]
            cell[1] += s["sentiment"][1]
            cell[2] += s["classes"].get("doubt", 0)
            self.compounds.setdefault((p, name), []).append(s["sentiment"][0])

    # -- merging -------------------------------------------------------------------------------
    def merge(self, other: _Accumulator) -> None:
        """Fold in ``other``, the accumulator of the articles that follow this one's.

        Per-article lists are concatenated and counters added in first-seen order, so the
        result equals one accumulator fed both runs of articles in turn (term tables: see
        :meth:`TermTable.merge`).
        """
        self.n += other.n
        self.side_articles.update(other.side_articles)
        self.side_first_a.update(other.side_first_a)
        for name in other.side_order:
            self.side_order.setdefault(name, len(self.side_order))
        if not self.frame_names:
            self.frame_names = list(other.frame_names)
        self.side_terms.merge(other.side_terms)
        self.narrator_terms.merge(other.narrator_terms)
        for key, group in other.groups.items():
            self.groups.setdefault(key, _GroupCell()).merge(group)
        for key, cell in other.cells.items():
            self.cells.setdefault(key, _SideCell()).merge(cell)
        for p, row in other.timeline.items():
            mine = self.timeline.setdefault(p, {"articles": 0, "sides": {}})
            mine["articles"] += row["articles"]
            for name, counts in row["sides"].items():
                cell = mine["sides"].setdefault(name, [0, 0, 0])
                for i, n in enumerate(counts):
                    cell[i] += n
                self.compounds.setdefault((p, name), []).extend(other.compounds[(p, name)])
        self.articles += other.articles
        self.speakers.merge(other.speakers)
        self.undated += other.undated
        self.unread_dates = _examples(self.unread_dates, other.unread_dates)


def _examples(known: list[str], more: list[str], k: int = 3) -> list[str]:
    """The first ``k`` different ones of ``known`` then ``more``: a note's examples."""
    return list(dict.fromkeys(known + more))[:k]


def _add_counts(counter: Counter[str], counts: Mapping[str, int]) -> None:
    """``counter.update(counts)``, without the check of ``counts``' type that made
    :meth:`Counter.update` cost more than the adding (about 90 calls per article)."""
    get = counter.get
    for key, n in counts.items():
        counter[key] = get(key, 0) + n


def fold(acc: _Accumulator, items: Iterable[Any]) -> _Accumulator:
    """Fold articles into ``acc`` (items as :func:`compare_corpus` takes them); returns it."""
    for item in items:
        if isinstance(item, tuple):
            acc.add(*item)
        elif isinstance(item, Mapping):
            acc.add_digest(item)
        else:
            acc.add(item)
    return acc


def accumulator(by: str = "outlet", period: str = "month",
                max_terms: int = MAX_TERMS) -> _Accumulator:
    """An empty accumulator for :func:`fold` (``by`` and ``period`` checked)."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    return _Accumulator(by, period, max_terms)


def compare_partials(partials: Iterable[_Accumulator], background: str | Path | None = None,
                     n_resamples: int = N_RESAMPLES, seed: int = SEED) -> CorpusComparison:
    """The comparison of consecutive slices of a corpus, folded apart, merged in slice order."""
    acc: _Accumulator | None = None
    for part in partials:
        if acc is None:
            acc = part
        else:
            acc.merge(part)
    if acc is None:
        raise ValueError("no accumulator to compare")
    from framing.compare.summary import summarise

    return summarise(acc, background, n_resamples, seed)


def compare_corpus(
    analyses: Iterable[ArticleAnalysis | tuple[ArticleAnalysis, Mapping[str, Any] | None]
                       | Mapping[str, Any]],
    by: str = "outlet",
    background: str | Path | None = None,
    period: str = "month",
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
    max_terms: int = MAX_TERMS,
) -> CorpusComparison:
    """Compare the sides and the groups (outlets, periods) of a corpus of analysed articles.

    Parameters
    ----------
    analyses
        Any iterable, e.g. a generator over a batch store; consumed once, never held in memory.
        An item may also be ``(analysis, terms)``, ``terms`` being the article's term counts
        (:func:`framing.batch.exports.voice_terms`, or an older batch store's ``terms_json``):
        they are then used instead of recounting the text (same results, faster); or an
        article's digest (a dict, :func:`framing.compare.digest.article_digest`), as batch stores
        hold them (fastest).
    by
        ``outlet`` (one group per outlet), ``date`` (one per ``period``) or ``side`` (one group:
        the whole corpus). An "All articles" group is added for ``outlet`` and ``date``.
    background
        A plain-text file for the vocabulary prior; default: the corpus itself.
    period
        ``month`` or ``week``: the bins of the time series (and of ``by="date"``).
    n_resamples, seed
        Of the percentile bootstrap (over articles) behind every confidence interval.
    """
    acc = fold(accumulator(by, period, max_terms), analyses)
    return compare_partials([acc], background, n_resamples, seed)
