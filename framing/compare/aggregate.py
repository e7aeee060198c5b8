"""Streaming aggregation: many :class:`ArticleAnalysis` in, one :class:`CorpusComparison` out.

Each article is reduced to small numbers as it streams past (statement and word counts,
per-article sums for the bootstrap, summed term counts); the analysis itself is dropped, so a
corpus of any length needs memory only for the groups, the per-article sums and the term tables.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from framing.compare.bootstrap import N_RESAMPLES, SEED, ratio_ci
from framing.compare.terms import MAX_TERMS, ArticleTerms, TermTable, counted_terms, stored_terms
from framing.model import BOTH, NARRATOR, ArticleAnalysis
from framing.text.tokenize import TOKEN_RE

BY = ("outlet", "side", "date")
PERIODS = ("week", "month")
ALL = "All articles"
NO_OUTLET = "(no outlet)"
NO_DATE = "(no date)"
THIRD = "third parties"
UNKNOWN_VOICE = "unattributed"
#: Verb classes whose share of a side's statements gets a confidence interval.
LOADED = ("doubt", "endorsing", "accusatory")
#: Pairwise outlet comparisons are made for at most this many groups (k·(k−1)/2 pairs).
MAX_PAIRWISE_GROUPS = 8


def period_of(date: str | None, period: str = "month") -> str | None:
    """``2024-03`` (month) or ``2024-W09`` (ISO week) of an ISO date string, None if unparsable."""
    if not date:
        return None
    try:
        d = Date.fromisoformat(str(date)[:10])
    except ValueError:
        return None
    if period == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{d.year:04d}-{d.month:02d}"


@dataclass
class _Ratio:
    """Per-article numerators and denominators of one figure (for :func:`ratio_ci`)."""

    num: list[float] = field(default_factory=list)
    den: list[float] = field(default_factory=list)

    def add(self, num: float, den: float) -> None:
        if den:
            self.num.append(num)
            self.den.append(den)

    def estimate(self, n_resamples: int, seed: int) -> dict[str, Any]:
        return ratio_ci(self.num, self.den, n_resamples=n_resamples, seed=seed).to_dict()


@dataclass
class _SideCell:
    statements: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    sentiment: _Ratio = field(default_factory=_Ratio)
    stance: _Ratio = field(default_factory=_Ratio)
    loaded: dict[str, _Ratio] = field(default_factory=lambda: {c: _Ratio() for c in LOADED})


@dataclass
class _GroupCell:
    articles: int = 0
    words: int = 0
    statements: Counter[str] = field(default_factory=Counter)  # by voice category
    voice_words: Counter[str] = field(default_factory=Counter)
    narrator_sentiment: _Ratio = field(default_factory=_Ratio)
    as_agent: Counter[str] = field(default_factory=Counter)
    as_target: Counter[str] = field(default_factory=Counter)
    frames: dict[str, Counter[str]] = field(
        default_factory=lambda: {"narrator": Counter(), "quoted": Counter()})
    frame_words: Counter[str] = field(default_factory=Counter)


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
        self.articles: list[dict[str, Any]] = []

    def group_of(self, a: ArticleAnalysis) -> str:
        if self.by == "outlet":
            return a.document.outlet or NO_OUTLET
        if self.by == "date":
            return period_of(a.document.date, self.period) or NO_DATE
        return ALL

    def add(self, a: ArticleAnalysis, stored: Mapping[str, Any] | None = None) -> None:
        """Fold in one article; ``stored``: its batch-store ``terms_json`` (saves recounting)."""
        self.n += 1
        names = {s.id: s.name for s in a.sides.sides}
        for i, name in enumerate(names.values()):
            self.side_articles[name] += 1
            self.side_first_a[name] += i == 0
            self.side_order.setdefault(name, len(self.side_order))
        keys = [self.group_of(a)] + ([ALL] if self.by != "side" else [])
        terms = stored_terms(stored) or counted_terms(a)
        self.side_terms.add_total(terms.content, terms.forms)
        for sid, name in names.items():
            if sid in terms.voices:
                self.side_terms.add(name, terms.voices[sid][0])
        if NARRATOR in terms.voices:
            self.narrator_terms.add(keys[0], terms.voices[NARRATOR][0])
        per_side = self._side_numbers(a, names)
        general = self._group_numbers(a, names, terms)
        for key in keys:
            self._fold_group(key, general)
            for name, nums in per_side.items():
                self._fold_side(key, name, nums)
        self._fold_period(a, per_side)
        self.articles.append({
            "doc_id": a.document.id, "title": a.document.title, "outlet": a.document.outlet,
            "date": a.document.date, "statements": len(a.statements),
            "by_side": {name: general["statements"].get(name, 0) for name in names.values()},
        })

    # -- one article's numbers ---------------------------------------------------------------
    def _side_numbers(self, a: ArticleAnalysis, names: dict[str, str]) -> dict[str, dict]:
        compound = {s["statement_id"]: s["compound"]
                    for s in a.results.get("sentiment", {}).get("statements", [])}
        stance = a.results.get("stance", {}).get("voices", {})
        by_id = {s.id: s for s in a.statements}
        out = {}
        for sid, name in names.items():
            voice = a.voice(sid)
            sts = [by_id[i] for i in (voice.statement_ids if voice else []) if i in by_id]
            scores = [compound[s.id] for s in sts if s.id in compound]
            toward = stance.get(sid, {}).get("stance", {}).get(a.sides.other(sid) or "", {})
            hostile, coop = toward.get("hostile", 0), toward.get("cooperative", 0)
            out[name] = {
                "n": len(sts), "classes": Counter(s.verb_class for s in sts),
                "sentiment": (sum(scores), len(scores)),
                "stance": (coop - hostile, coop + hostile),
            }
        return out

    def _group_numbers(self, a: ArticleAnalysis, names: dict[str, str],
                       terms: ArticleTerms) -> dict[str, Any]:
        third = {t.id for t in a.sides.third_parties}
        text = a.document.text
        statements: Counter[str] = Counter()
        vwords: Counter[str] = Counter()
        for st in a.statements:
            cat = (names.get(st.side) or ("both" if st.side == BOTH else None)
                   or (THIRD if st.side in third else UNKNOWN_VOICE))
            statements[cat] += 1
            # the word tokens of tokenize(text, st.start, st.end), without building them
            vwords[cat] += sum(1 for m in TOKEN_RE.finditer(text, st.start, st.end)
                               if m.group(0)[:1].isalnum())
        narrator = terms.voices.get(NARRATOR)
        vwords[NARRATOR] = narrator[1] if narrator else 0
        sent = a.results.get("sentiment", {}).get("voices", {}).get(NARRATOR, {})
        acts = a.results.get("stance", {}).get("voices", {}).get(NARRATOR, {})
        frames = a.results.get("frames", {})
        if frames.get("frames") and not self.frame_names:
            self.frame_names = list(frames["frames"])
        fcounts = {"narrator": Counter(), "quoted": Counter()}
        fwords: Counter[str] = Counter()
        for vid, block in frames.get("voices", {}).items():
            kind = "narrator" if vid == NARRATOR else "quoted"
            fcounts[kind].update(block.get("counts", {}))
            fwords[kind] += block.get("n_words", 0)
        mean, n = sent.get("mean_compound"), sent.get("n", 0)
        return {
            "words": terms.n_words, "statements": statements, "voice_words": vwords,
            "narrator_sentiment": ((mean or 0.0) * n, n if mean is not None else 0),
            "as_agent": {names[s]: v.get("n", 0) for s, v in acts.get("as_agent", {}).items()
                         if s in names},
            "as_target": {names[s]: v.get("n", 0) for s, v in acts.get("as_target", {}).items()
                          if s in names},
            "frames": fcounts, "frame_words": fwords,
        }

    # -- folding -------------------------------------------------------------------------------
    def _fold_group(self, key: str, g: dict[str, Any]) -> None:
        cell = self.groups.setdefault(key, _GroupCell())
        cell.articles += 1
        cell.words += g["words"]
        cell.statements.update(g["statements"])
        cell.voice_words.update(g["voice_words"])
        cell.narrator_sentiment.add(*g["narrator_sentiment"])
        cell.as_agent.update(g["as_agent"])
        cell.as_target.update(g["as_target"])
        for kind, counts in g["frames"].items():
            cell.frames[kind].update(counts)
        cell.frame_words.update(g["frame_words"])

    def _fold_side(self, key: str, name: str, s: dict[str, Any]) -> None:
        cell = self.cells.setdefault((key, name), _SideCell())
        cell.statements += s["n"]
        cell.classes.update(s["classes"])
        cell.sentiment.add(*s["sentiment"])
        cell.stance.add(*s["stance"])
        for cls in LOADED:
            cell.loaded[cls].add(s["classes"].get(cls, 0), s["n"])

    def _fold_period(self, a: ArticleAnalysis, per_side: dict[str, dict]) -> None:
        p = period_of(a.document.date, self.period)
        if p is None:
            return
        row = self.timeline.setdefault(p, {"articles": 0, "sides": {}})
        row["articles"] += 1
        for name, s in per_side.items():
            cell = row["sides"].setdefault(name, [0, 0.0, 0, 0])  # statements, Σcompound, n, doubt
            cell[0] += s["n"]
            cell[1] += s["sentiment"][0]
            cell[2] += s["sentiment"][1]
            cell[3] += s["classes"].get("doubt", 0)


def compare_corpus(
    analyses: Iterable[ArticleAnalysis | tuple[ArticleAnalysis, Mapping[str, Any] | None]],
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
        An item may also be ``(analysis, terms)``, ``terms`` being the article's ``terms_json``
        from a batch store: its stored term counts are then used instead of recounting the text
        (same results, faster).
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
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    acc = _Accumulator(by, period, max_terms)
    for item in analyses:
        if isinstance(item, tuple):
            acc.add(*item)
        else:
            acc.add(item)
    from framing.compare.summary import summarise

    return summarise(acc, background, n_resamples, seed)
