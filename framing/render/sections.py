"""View-models of the report's block sections: vocabulary, loaded language, sentiment, stance,
reporting verbs, agency and frames.

Each function reads one analyzer block and returns plain dicts and lists for the template (or
``None`` when the block is absent), with every figure's count and its evidence (links to the
statements in the annotated article). Voices without data are listed by name, never charted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from framing.model import NARRATOR, ArticleAnalysis
from framing.render import charts
from framing.render.findings import body_verbs

if TYPE_CHECKING:
    from framing.render.palette import Palette

TOP_TERMS = 15
TOP_CHART = 10
CONTEXT = 40


def evidence(ids: list[str] | None) -> list[dict[str, str]]:
    """Statement ids as ``{"id", "href"}`` links to their highlights."""
    from framing.render.html import anchor

    return [{"id": str(i), "href": "#" + anchor(i)} for i in ids or [] if i]


def label(key: str) -> str:
    return str(key).replace("_", " ")


class _Ctx:
    """What every section needs: the analysis, names and colours of voices."""

    def __init__(self, analysis: ArticleAnalysis, pal: Palette, with_charts: bool = True) -> None:
        self.analysis = analysis
        self.pal = pal
        self.charts = with_charts
        self.names = {v.id: v.name for v in analysis.voices}
        self.names.update({a.id: a.name for a in analysis.sides.actors})

    def voice(self, vid: str) -> dict[str, str]:
        cls, colour = self.pal.of(vid)
        return {"name": self.names.get(vid, str(vid)), "cls": cls, "colour": colour}

    def context(self, span: list[int]) -> dict[str, str]:
        text = self.analysis.document.text
        s, e = int(span[0]), int(span[1])
        return {"before": text[max(0, s - CONTEXT):s], "word": text[s:e],
                "after": text[e:e + CONTEXT]}


def vocabulary(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    a, b = ctx.analysis.sides.side_ids
    dist = block.get("distinctive") or {}
    sides = []
    for sid, count_key in ((a, "count_a"), (b, "count_b")):
        terms = [{"term": t["term"], "count": t.get(count_key, 0), "z": abs(t["z"]),
                  "strength": t.get("strength", ""), "evidence": evidence(t.get("statement_ids"))}
                 for t in (dist.get(sid) or [])[:TOP_TERMS]]
        sides.append({**ctx.voice(sid), "terms": terms})
    shared = [{"term": t["term"], "count_a": t.get("count_a", 0), "count_b": t.get("count_b", 0),
               "leans": ctx.names.get(t.get("leans"), "") if t.get("leans") else ""}
              for t in (block.get("shared") or [])[:TOP_TERMS]]
    top = [[(t["term"], t["z"]) for t in s["terms"][:TOP_CHART]] for s in sides]
    chart = None
    if ctx.charts and (top[0] or top[1]):
        chart = charts.diverging_terms(top[0], top[1], sides[0]["name"], sides[1]["name"],
                                       sides[0]["colour"], sides[1]["colour"],
                                       (block.get("thresholds") or {}).get("strong", 1.96))
    return {"sides": sides, "shared": shared, "chart": chart,
            "names": [sides[0]["name"], sides[1]["name"]]}


def loaded(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    voices, cats = block.get("voices") or {}, list(block.get("categories") or [])
    cols, nodata = [], []
    for v in ctx.analysis.voices:
        d = voices.get(v.id)
        if not d or not d.get("n_words"):
            nodata.append(ctx.names.get(v.id, v.id))
            continue
        cols.append({**ctx.voice(v.id), "id": v.id, "total": d.get("total", 0),
                     "words": d["n_words"], "rate": d.get("total_rate_per_1000", 0)})
    rows = []
    for cat in cats:
        cells = []
        for col in cols:
            hits = ((voices[col["id"]].get("hits") or {}).get(cat)) or []
            terms: dict[str, list[str]] = {}
            for h in hits:
                terms.setdefault(h.get("term", ""), []).append(h.get("statement_id"))
            cells.append({"n": len(hits), "terms": [
                {"term": t, "count": len(ids), "evidence": evidence(ids)}
                for t, ids in terms.items()]})
        rows.append({"category": label(cat), "cells": cells})
    return {"columns": cols, "rows": rows, "nodata": nodata}


def sentiment(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    voices = block.get("voices") or {}
    by_statement = {s.get("statement_id"): s.get("compound")
                    for s in block.get("statements") or []}
    rows, nodata, chart_rows = [], [], []
    for v in ctx.analysis.voices:
        d = voices.get(v.id) or {}
        if not d.get("n"):
            nodata.append(ctx.names.get(v.id, v.id))
            continue
        unit = ("passage" if v.id == NARRATOR else "statement") + "s" * (d["n"] != 1)
        if v.id == NARRATOR:
            scores = [p.get("compound") for p in d.get("pieces") or []]
        else:
            scores = [by_statement.get(i) for i in d.get("statement_ids") or v.statement_ids]
        scores = [s for s in scores if s is not None]
        extremes = {k: {"value": (d.get(k) or {}).get("compound"),
                        "evidence": evidence([(d.get(k) or {}).get("statement_id")])}
                    for k in ("min", "max")}
        rows.append({**ctx.voice(v.id), "n": d["n"], "unit": unit,
                     "compound": d.get("mean_compound"), "polarity": d.get("mean_polarity"),
                     "subjectivity": d.get("mean_subjectivity"), **extremes})
        chart_rows.append((ctx.voice(v.id), scores, unit))
    chart = None
    if ctx.charts and chart_rows:
        chart = charts.sentiment_dots(
            [r[0]["name"] for r in chart_rows], [r[1] for r in chart_rows],
            [r[0]["colour"] for r in chart_rows], [r[2] for r in chart_rows])
    return {"rows": rows, "nodata": nodata, "chart": chart}


def stance(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    voices = block.get("voices") or {}
    blames, victims, scores = [], [], []
    for vid, d in voices.items():
        if vid == NARRATOR or not isinstance(d, dict):
            continue
        for key, out in (("blames", blames), ("casts_as_victim", victims)):
            for target, t in (d.get(key) or {}).items():
                if t.get("n"):
                    out.append({"claimant": ctx.voice(vid), "target": ctx.voice(target),
                                "n": t["n"], "evidence": evidence(t.get("statement_ids"))})
        for actor, s in (d.get("stance") or {}).items():
            if s.get("n"):
                scores.append({"claimant": ctx.voice(vid), "actor": ctx.voice(actor),
                               "score": s.get("score"), "hostile": s.get("hostile", 0),
                               "cooperative": s.get("cooperative", 0), "n": s["n"],
                               "evidence": evidence(s.get("statement_ids"))})
    narr = voices.get(NARRATOR) or {}
    narrator = {"claims": narr.get("n_claims", 0), "hostile": narr.get("n_hostile", 0),
                "rows": [{"actor": ctx.voice(actor), "role": role.replace("as_", ""),
                          "n": r["n"], "evidence": evidence(r.get("statement_ids")),
                          "contexts": [ctx.context(sp) for sp in (r.get("spans") or [])[:5]]}
                         for role in ("as_agent", "as_target")
                         for actor, r in (narr.get(role) or {}).items() if r.get("n")]}
    return {"blames": blames, "victims": victims, "scores": scores, "narrator": narrator,
            "formula": block.get("formula")}


def verbs(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    from framing.render.html import VERB_CLASSES

    voices = block.get("voices") or {}
    present = {c for d in voices.values() for c in (d or {}).get("classes") or {}}
    classes = [c for c in VERB_CLASSES if c in present] + sorted(present - set(VERB_CLASSES))
    rows, nodata = [], []
    for v in ctx.analysis.voices:
        d = voices.get(v.id) or {}
        if not d.get("n"):
            if v.id != NARRATOR:
                nodata.append(ctx.names.get(v.id, v.id))
            continue
        cls_counts = {c: x or {} for c, x in (d.get("classes") or {}).items()}
        head = d.get("headline")
        head = head and {**head, "evidence": evidence([head.get("statement_id")])}
        body = d.get("body_main_verb")
        if body:  # 'most used' of a tie named one verb of several ("add" (1 of 3))
            body = {**body, "tied": [v for v in body_verbs(d) if v != body.get("verb")]}
        rows.append({**ctx.voice(v.id), "id": v.id, "n": d["n"],
                     "cells": [{"n": cls_counts.get(c, {}).get("n", 0),
                                "evidence": evidence(cls_counts.get(c, {}).get("statement_ids"))}
                               for c in classes],
                     "verbs": [{"verb": k, "n": x.get("n", 0), "class": x.get("class", "")}
                               for k, x in (d.get("verbs") or {}).items()],
                     "headline": head,
                     "body": body})
    chart = None
    if ctx.charts and rows and classes:
        chart = charts.verb_classes(
            [r["name"] for r in rows], classes, [[c["n"] for c in r["cells"]] for r in rows],
            [r["colour"] for r in rows], [ctx.pal.key(r["id"]) for r in rows])
    return {"classes": classes, "rows": rows, "nodata": nodata, "chart": chart}


def agency(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    voices = []
    for vid, d in (block.get("voices") or {}).items():
        types = [{"type": label(k), "n": c.get("n", 0),
                  "contexts": [ctx.context(sp) for sp in (c.get("spans") or [])[:5]]}
                 for k, c in (d.get("counts") or {}).items()]
        actors = [{**ctx.voice(a), "agent": (r.get("as_agent") or {}).get("n", 0),
                   "patient": (r.get("as_patient") or {}).get("n", 0)}
                  for a, r in (d.get("actors") or {}).items()]
        voices.append({**ctx.voice(vid), "n": d.get("n", 0), "types": types,
                       "share": d.get("agentless_share"),
                       "actors": [a for a in actors if a["agent"] or a["patient"]]})
    return {"voices": voices}


def frames(ctx: _Ctx, block: dict[str, Any]) -> dict[str, Any]:
    voices = block.get("voices") or {}
    names = list(block.get("frames") or [])
    rows, nodata = [], []
    for v in ctx.analysis.voices:
        d = voices.get(v.id) or {}
        if not d.get("n_words"):
            nodata.append(ctx.names.get(v.id, v.id))
            continue
        cues = [(c["term"], c.get("count", 0), f) for f, lst in (d.get("cues") or {}).items()
                for c in lst]
        cues.sort(key=lambda x: -x[1])
        rows.append({**ctx.voice(v.id), "words": d["n_words"], "hits": d.get("total_hits", 0),
                     "scores": d.get("scores") or {}, "counts": d.get("counts") or {},
                     "dominant": [label(f) for f in d.get("dominant") or []],
                     "cues": [{"term": t, "count": n, "frame": label(f)} for t, n, f in cues[:8]]})
    used = [f for f in names if any(r["counts"].get(f) for r in rows)]
    for r in rows:
        r["cells"] = [{"score": r["scores"].get(f, 0), "n": r["counts"].get(f, 0)} for f in used]
    chart = None
    if ctx.charts and rows and used:
        chart = charts.heatmap(
            [r["name"] for r in rows], [charts.frame_label(f) for f in used],
            [[r["scores"].get(f, 0) for f in used] for r in rows],
            "Frame cues per 100 words, by voice", "frame dimension",
            notes=[f"{r['words']} words" for r in rows])
    return {"frames": [label(f) for f in used], "rows": rows, "nodata": nodata, "chart": chart}


SECTIONS: dict[str, Callable[[_Ctx, dict[str, Any]], dict[str, Any]]] = {
    "vocabulary": vocabulary, "loaded_language": loaded, "sentiment": sentiment,
    "stance": stance, "reporting_verbs": verbs, "agency": agency, "frames": frames,
}


def block_sections(analysis: ArticleAnalysis, pal: Palette,
                   with_charts: bool = True) -> dict[str, Any]:
    """Section name → view-model, for every known block present (absent blocks: no key).

    ``with_charts=False`` leaves out the matplotlib charts (the tables carry the same figures):
    the light page a batch writes for each of thousands of articles.
    """
    ctx = _Ctx(analysis, pal, with_charts)
    out: dict[str, Any] = {}
    for name, build in SECTIONS.items():
        block = analysis.results.get(name)
        if not isinstance(block, dict):
            continue
        try:
            out[name] = build(ctx, block)
        except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
            # A block of a shape this report does not know: say so instead of failing.
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return out
