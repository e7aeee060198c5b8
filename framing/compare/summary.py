"""Turn the accumulated sums of :mod:`framing.compare.aggregate` into a CorpusComparison."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.compare.aggregate import (
    ALL,
    LOADED,
    MAX_PAIRWISE_GROUPS,
    NO_DATE,
    NO_OUTLET,
    THIRD,
    UNKNOWN_VOICE,
    CorpusComparison,
)
from framing.compare.bootstrap import LEVEL
from framing.compare.digest import JOINT, OTHER_SIDES, joint_key
from framing.compare.terms import distinctive, pooled_prior
from framing.model import NARRATOR

if TYPE_CHECKING:
    from framing.compare.aggregate import _Accumulator


def corpus_sides(acc: _Accumulator) -> tuple[list[str], dict[str, int]]:
    """The two side names in most articles (A: the one more often listed first), and the rest."""
    ranked = sorted(acc.side_articles, key=lambda s: (-acc.side_articles[s], acc.side_order[s]))
    two = ranked[:2]
    two.sort(key=lambda s: (-acc.side_first_a[s] / acc.side_articles[s], acc.side_order[s]))
    return two, {s: acc.side_articles[s] for s in ranked[2:]}


def _group_order(acc: _Accumulator) -> list[str]:
    keys = [k for k in acc.groups if k != ALL]
    if acc.by == "date":
        keys.sort(key=lambda k: (k == NO_DATE, k))
    else:
        keys.sort(key=lambda k: (k == NO_OUTLET, -acc.groups[k].articles, k))
    return ([ALL] if ALL in acc.groups else []) + keys


def _by_voice(counts: Mapping[str, int], sides: list[str]) -> Counter[str]:
    """Statement (or word) counts by the article's voice categories, as the corpus's voice
    categories: its two sides, their joint statements, third parties, unattributed, narrator,
    and :data:`OTHER_SIDES` for the sides (and joint statements) of other pairs of sides."""
    out: Counter[str] = Counter()
    ours = joint_key(sides)
    for key, n in counts.items():
        if key in sides or key in (THIRD, UNKNOWN_VOICE, NARRATOR):
            out[key] += n
        elif key in (JOINT, ours):  # JOINT: digests stored before joint keys named the pair
            out[JOINT] += n
        else:
            out[OTHER_SIDES] += n
    return out


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def summarise(acc: _Accumulator, background: str | Path | None, n_resamples: int,
              seed: int) -> CorpusComparison:
    """Estimates with intervals, shares, distinctive terms and the time series."""
    sides, others = corpus_sides(acc)
    groups = _group_order(acc)
    est = {"n_resamples": n_resamples, "seed": seed}
    voice_share, sentiment, stance, acts, verbs, frames = {}, {}, {}, {}, {}, {}
    by_voice = {g: (_by_voice(acc.groups[g].statements, sides),
                    _by_voice(acc.groups[g].voice_words, sides)) for g in groups}
    voices = [*sides, JOINT, THIRD, UNKNOWN_VOICE]
    if any(st[OTHER_SIDES] for st, _ in by_voice.values()):
        voices.append(OTHER_SIDES)
    for g in groups:
        cell = acc.groups[g]
        n_st = sum(cell.statements.values())
        st, words = by_voice[g]
        voice_share[g] = {
            "statements": {v: st[v] for v in voices},
            "statement_share": {v: _share(st[v], n_st) for v in voices},
            "words": {v: words[v] for v in [*voices, NARRATOR]},
            "word_share": {v: _share(words[v], cell.words) for v in [*voices, NARRATOR]},
            "n_statements": n_st, "n_words": cell.words,
            "resolutions": dict(sorted(cell.resolutions.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
        side_cells = {s: acc.cells.get((g, s)) for s in sides}
        sentiment[g] = {s: c.sentiment.estimate(**est) if c else None
                        for s, c in side_cells.items()}
        sentiment[g][NARRATOR] = cell.narrator_sentiment.estimate(**est)
        stance[g] = {s: c.stance.estimate(**est) if c else None for s, c in side_cells.items()}
        acts[g] = {s: {"as_agent": cell.as_agent.get(s, 0), "as_target": cell.as_target.get(s, 0)}
                   for s in sides}
        verbs[g] = {
            s: None if c is None else {
                "n": c.statements, "classes": dict(sorted(c.classes.items(),
                                                           key=lambda kv: (-kv[1], kv[0]))),
                **{cls: c.loaded[cls].estimate(**est) for cls in LOADED},
            } for s, c in side_cells.items()
        }
        frames[g] = {kind: {f: round(100.0 * cell.frames[kind].get(f, 0)
                                     / cell.frame_words[kind], 3) if cell.frame_words[kind]
                            else None for f in acc.frame_names}
                     for kind in ("narrator", "quoted")}
    out = CorpusComparison(
        by=acc.by, period=acc.period, n_articles=acc.n, sides=sides, other_sides=others,
        groups=groups, group_articles={g: acc.groups[g].articles for g in groups},
        voice_share=voice_share, sentiment=sentiment, stance=stance, narrator_acts=acts,
        verbs=verbs, frame_names=acc.frame_names, frames=frames,
        terms=_terms(acc, sides, groups, background),
        timeline=_timeline(acc, sides), articles=acc.articles, speakers=acc.speakers.top(),
        notes=_notes(acc, others),
    )
    out.findings = findings(out)
    out.bootstrap = {"unit": "article", "n_resamples": n_resamples, "seed": seed, "level": LEVEL}
    return out


def _terms(acc: _Accumulator, sides: list[str], groups: list[str],
           background: str | Path | None) -> dict[str, Any]:
    """Distinctive terms of the sides, of each group's narrator vs the rest, and pairwise; each
    comparison's prior pools the two groups it compares (:func:`pooled_prior`)."""
    out: dict[str, Any] = {"prior": "background" if background is not None else "compared",
                           "alpha0": {}, "sides": {}, "groups": {}, "pairwise": []}
    if len(sides) == 2:
        a, b = (acc.side_terms.groups.get(s, Counter()) for s in sides)
        prior, alpha0 = pooled_prior(a + b, background)
        out["alpha0"]["sides"] = round(alpha0, 2)
        out["sides"] = dict(zip(sides, distinctive(acc.side_terms, a, b, prior, alpha0),
                                strict=True))
    narr = acc.narrator_terms
    narr.surfaces = acc.side_terms.surfaces  # one display form per stem across the report
    real = [g for g in groups if g != ALL and g in narr.groups]
    if len(real) >= 2:
        summed = narr.summed()
        prior, alpha0 = pooled_prior(summed, background)
        out["alpha0"]["groups"] = round(alpha0, 2)
        for g in real:
            out["groups"][g] = distinctive(narr, narr.groups[g], narr.rest(g, summed), prior,
                                           alpha0)[0]
        if acc.by == "outlet" and len(real) >= 3:
            for g, h in combinations(real[:MAX_PAIRWISE_GROUPS], 2):
                prior, alpha0 = pooled_prior(narr.groups[g] + narr.groups[h], background)
                ti, tj = distinctive(narr, narr.groups[g], narr.groups[h], prior, alpha0, top=10)
                out["pairwise"].append({"a": g, "b": h, "alpha0": round(alpha0, 2),
                                        "a_terms": ti, "b_terms": tj})
    return out


def _timeline(acc: _Accumulator, sides: list[str]) -> dict[str, Any]:
    rows = {}
    for p in sorted(acc.timeline):
        row = acc.timeline[p]
        per = {}
        for s in sides:
            st, n, doubt = row["sides"].get(s, [0, 0, 0])
            total = 0.0
            for x in acc.compounds.get((p, s), []):  # in article order, not sum(): see compounds
                total += x
            per[s] = {"statements": st, "sentiment": round(total / n, 4) if n else None,
                      "doubt_share": _share(doubt, st)}
        rows[p] = {"articles": row["articles"], "sides": per}
    return {"period": acc.period, "periods": list(rows), "rows": rows}


def _notes(acc: _Accumulator, others: dict[str, int]) -> list[str]:
    notes = []
    if others:
        notes.append("Articles whose detected sides differ from the corpus's two are counted "
                     "only for the sides they share with it: "
                     + ", ".join(f"{s} ({n} articles)" for s, n in others.items()) + ".")
    if acc.undated:
        unread = ", ".join(f"“{d}”" for d in acc.unread_dates)
        notes.append(f"{acc.undated} of {acc.n} articles have no date that could be read "
                     "(ISO 8601 such as 2024-03-02, or RFC 2822)"
                     + (f", e.g. {unread}" if unread else "")
                     + ": they are left out of the time series"
                     + (f" and make the group {NO_DATE}." if acc.by == "date" else "."))
    if acc.side_terms.pruned or acc.narrator_terms.pruned:
        notes.append("The term tables grew beyond their limit and their rarest terms were "
                     "dropped on the way: rare-term counts are lower bounds.")
    return notes


#: Verb classes named in findings, with examples for the reader.
_CLASS_WORDS = {"doubt": "doubt-casting verbs (claimed, alleged)",
                "endorsing": "endorsing verbs (confirmed, revealed)",
                "accusatory": "accusatory verbs (accused, blamed)"}


def _where(c: CorpusComparison, g: str) -> str:
    """How a finding names its group: "At Outlet", "In 2024-03", "Across the corpus"."""
    if g == ALL:
        return "Across the corpus"
    if c.by != "date":
        return f"At {g}"
    return "In the articles without a date" if g == NO_DATE else f"In {g}"


def findings(c: CorpusComparison) -> list[str]:
    """Plain-language contrasts that the intervals support (non-overlapping 95% intervals)."""
    if len(c.sides) != 2:
        return []
    a, b = c.sides
    groups = [g for g in c.groups if g != ALL] or c.groups
    out = []
    for g in groups:
        where = _where(c, g)
        for cls, words in _CLASS_WORDS.items():
            va, vb = (c.verbs[g][s] and c.verbs[g][s][cls] for s in (a, b))
            if not (va and vb and va["value"] is not None and vb["value"] is not None):
                continue
            for x, y, ex, ey in ((a, b, va, vb), (b, a, vb, va)):
                if ex["value"] - ey["value"] >= 0.2 and ex["low"] > ey["high"]:
                    out.append(
                        f"{where}, {ex['value']:.0%} of {x}'s statements are introduced with "
                        f"{words}, against {ey['value']:.0%} of {y}'s (95% intervals "
                        f"{ex['low']:.0%}–{ex['high']:.0%} and {ey['low']:.0%}–{ey['high']:.0%}).")
        share = c.voice_share[g]["statements"]
        na, nb = share.get(a, 0), share.get(b, 0)
        if min(na, nb) * 2 <= max(na, nb) and max(na, nb) >= 10:
            more, less = (a, b) if na > nb else (b, a)
            out.append(f"{where}, {more} is quoted in {max(na, nb)} statements and {less} in "
                       f"{min(na, nb)}.")
        # "strong" as the term tables mark it (z before rounding: 1.9597 is listed as 1.96)
        strong = [t["term"] for t in c.terms["groups"].get(g, []) if t["strength"] == "strong"][:5]
        if strong:
            quoted = ", ".join(f"“{t}”" for t in strong)
            if c.by == "date":  # a period has no voice of its own: its narrators have
                out.append(f"{where}, the narrators (outside quotes) use {quoted} more than in "
                           f"the other {c.period}s (|z| ≥ 1.96).")
            else:
                out.append(f"{g}'s own voice (outside quotes) uses {quoted} more than the other "
                           f"outlets (|z| ≥ 1.96).")
    return out
