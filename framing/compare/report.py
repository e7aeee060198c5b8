"""The batch report: ``batch.html``, one self-contained page over a whole corpus.

Aggregates only (tables and inline SVG charts) plus one plain row per article linking to its
own report; no article text is inlined, so 10,000 articles stay a few megabytes. Autoescape is
on: every outlet, title and term is escaped by jinja2 (tables) or matplotlib (chart text).
"""

from __future__ import annotations

import concurrent.futures as cf
import os
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from framing import __version__
from framing.batch.store import ARTICLES_DIR, STORE_NAME
from framing.compare import charts
from framing.compare.aggregate import (
    ALL,
    LOADED,
    THIRD,
    UNKNOWN_VOICE,
    CorpusComparison,
    _Accumulator,
    accumulator,
    compare_partials,
    fold,
)
from framing.compare.digest import JOINT, OTHER_SIDES
from framing.compare.periods import date_of, period_span
from framing.compare.terms import MAX_TERMS
from framing.model import NARRATOR
from framing.render.charts import diverging_terms, frame_label, heatmap
from framing.render.html import TEMPLATES
from framing.render.palette import NARRATOR_COLOUR, SIDE_COLOURS
from framing.render.resolutions import EVIDENCE, evidence_counts

REPORT_NAME = "batch.html"
#: Charts with a row per group are drawn for at most this many groups: 300 weeks' rows, capped
#: at 16 inches, were 4 pt apart and their labels overprinted (the tables hold every figure).
MAX_CHART_GROUPS = 40
#: Below this many articles a store is compared in-process: forking would cost more than it saves.
PARALLEL_MIN = 2000


def article_href(doc_id: str | None, key: str | None = None) -> str:
    """Relative link from batch.html to an article's report, named as the batch runner names it
    (by doc id and store key; articles known without a key, by doc id alone)."""
    from framing.batch.exports import report_name

    return f"{ARTICLES_DIR}/{report_name(doc_id or 'article', key)}"


def iter_store(store_path: str | Path, digests: bool = False) -> Iterable[Any]:
    """Every analysis of a batch store (``results.sqlite`` or the folder holding it).

    With ``digests``, each article's stored comparison digest instead (:meth:`Store.iter_digests`:
    the fastest; ``(analysis, terms)`` pairs for rows of older stores stored without one).
    """
    from framing.batch.store import Store

    with Store(_store_file(store_path), readonly=True) as store:
        if digests:
            yield from store.iter_digests()
        else:
            yield from store.iter_analyses()


def _store_file(store_path: str | Path) -> Path:
    path = Path(store_path)
    path = path / STORE_NAME if path.is_dir() else path
    if not path.exists():
        raise FileNotFoundError(f"{path}: no batch store here (run `framing batch` first)")
    return path


def compare_store(store_path: str | Path, by: str = "outlet", period: str = "month",
                  background: str | Path | None = None, workers: int = 1,
                  min_articles: int = PARALLEL_MIN, max_terms: int = MAX_TERMS
                  ) -> CorpusComparison:
    """The corpus comparison of a batch store, its digests folded by up to ``workers`` processes.

    Each process folds one contiguous slice of the articles (in doc-id order) and the parts are
    merged in slice order, so the result is that of one sequential fold (the term tables aside
    when they outgrow ``max_terms``: :meth:`~framing.compare.terms.TermTable.merge`). With one
    worker or fewer than ``min_articles`` articles, the fold runs in this process.
    """
    from framing.batch.store import Store

    path = _store_file(store_path)
    with Store(path, readonly=True) as store:
        n = store.count("ok")
    workers = min(workers, n) if n >= max(min_articles, 2) else 1
    if workers <= 1:
        partials = [_fold_slice(path, by, period, max_terms, 0, None)]
    else:
        size = -(-n // workers)
        from framing.batch.engines import fork_context, helper_process

        # helpers as the batch's: Ctrl-C is the parent's, and they end with their parent
        with cf.ProcessPoolExecutor(workers - 1, mp_context=fork_context(),
                                    initializer=helper_process) as pool:
            rest = [pool.submit(_fold_slice, path, by, period, max_terms, i * size,
                                size if i < workers - 1 else None)  # the last: to the end
                    for i in range(1, workers)]
            partials = [_fold_slice(path, by, period, max_terms, 0, size)]  # meanwhile, here
            partials += [f.result() for f in rest]
    return compare_partials(partials, background)


def _fold_slice(path: Path, by: str, period: str, max_terms: int, offset: int,
                limit: int | None) -> _Accumulator:
    """The accumulator of one slice of a store's articles (run in a worker process)."""
    from framing.batch.store import Store

    with Store(path, readonly=True) as store:
        return fold(accumulator(by, period, max_terms), store.iter_digests(offset, limit))


def build_batch_report(store_path: str | Path, out_dir: str | Path, by: str = "outlet",
                       period: str = "month", background: str | Path | None = None,
                       workers: int = 1) -> Path:
    """Compare the corpus in a batch store and write ``out_dir/batch.html``; returns its path.

    ``workers``: processes that read and fold the articles (:func:`compare_store`).
    """
    from framing.batch.exports import temporary_name

    comparison = compare_store(store_path, by=by, period=period, background=background,
                               workers=workers)
    out = Path(out_dir) / REPORT_NAME
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(out)  # the name finish.tidy_folder clears after a killed run
    links = report_links(comparison, out.parent, Path(out_dir) / ARTICLES_DIR,
                         report_keys(store_path, comparison))
    tmp.write_text(render_batch(comparison, links=links), encoding="utf-8")
    tmp.replace(out)
    return out


def report_links(c: CorpusComparison, page_dir: Path, reports_dir: Path,
                 keys: list[str] | None) -> list[str | None]:
    """The link from a page in ``page_dir`` to each of ``c.articles``' HTML reports in
    ``reports_dir`` (named by doc id and store ``key``), None where there is none (a batch run
    with ``--no-html``): a list of 10,000 dead links helps nobody."""
    from framing.batch.exports import report_name

    written = {p.name for p in reports_dir.glob("*.html")} if reports_dir.is_dir() else set()
    rel = Path(os.path.relpath(reports_dir, page_dir)).as_posix()
    links: list[str | None] = []
    for i, row in enumerate(c.articles):
        name = report_name(row["doc_id"] or "article", keys[i] if keys else None)
        links.append(f"{rel}/{name}" if name in written else None)
    return links


def render_batch(c: CorpusComparison, title: str = "Corpus comparison",
                 href: Callable[[str | None, str | None], str] = article_href,
                 links: list[str | None] | None = None) -> str:
    """The batch report's HTML for a comparison; ``links``: each of ``c.articles``' link (None:
    not linked), as :func:`report_links` gives them (without them, ``href`` of its doc id)."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    css = (TEMPLATES / "style.css").read_text(encoding="utf-8")
    css += (TEMPLATES / "batch.css").read_text(encoding="utf-8")
    return env.get_template("batch.html.j2").render(
        title=title, css=Markup(css), version=__version__,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        c=c, view=view_model(c), articles=_articles(c, href, links),
    )


def report_keys(store_path: str | Path, c: CorpusComparison) -> list[str] | None:
    """The store key of each of ``c.articles`` (which the store gives in the same order), for
    the links to their reports; None if the store and the comparison disagree."""
    from framing.batch.store import Store

    with Store(_store_file(store_path), readonly=True) as store:
        pairs = store.ok_keys()
    if [d for d, _ in pairs] != [row["doc_id"] for row in c.articles]:
        return None
    return [k for _, k in pairs]


def _articles(c: CorpusComparison, href: Callable[[str | None, str | None], str],
              links: list[str | None] | None) -> list[dict[str, Any]]:
    return [{**row, "href": links[i] if links is not None else href(row["doc_id"], None),
             "a": row["by_side"].get(c.sides[0], 0) if c.sides else 0,
             "b": row["by_side"].get(c.sides[1], 0) if len(c.sides) > 1 else 0}
            for i, row in enumerate(c.articles)]


def _triple(e: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    return (e["value"], e["low"], e["high"]) if e else (None, None, None)


def view_model(c: CorpusComparison) -> dict[str, Any]:
    """Tables and charts of the page, as plain values (charts as inline SVG markup)."""
    sides = c.sides
    colours = list(SIDE_COLOURS[: len(sides)])
    groups = c.groups
    vm: dict[str, Any] = {"sides": [{"name": s, "cls": f"v{i}"} for i, s in enumerate(sides)]}
    dates = sorted(d.isoformat() for r in c.articles if (d := date_of(r.get("date"))))
    vm["date_range"] = f"{dates[0]} – {dates[-1]}" if dates else None
    vm["outlets"] = len({r["outlet"] for r in c.articles if r.get("outlet")})
    if not sides or not c.n_articles:
        return vm
    vm["voice_names"] = list(c.voice_share[groups[0]]["statements"])  # sides, both, … others
    vm["voice_rows"] = [{"group": g, **c.voice_share[g]} for g in groups]
    vm["evidence_names"] = list(EVIDENCE)
    vm["evidence_rows"] = [
        {"group": g, "n": c.voice_share[g]["n_statements"],
         "counts": evidence_counts(c.voice_share[g].get("resolutions", {}))} for g in groups]
    cls_of = {s: f"v{i}" for i, s in enumerate(sides)}
    vm["speaker_rows"] = [{**r, "cls": cls_of.get(r["voice"], "")} for r in c.speakers]
    vm["verb_rows"] = [
        {"group": g, "side": s, "cls": f"v{i}", **(c.verbs[g][s] or {"n": 0, "classes": {}})}
        for g in groups for i, s in enumerate(sides)]
    vm["loaded"] = LOADED
    vm["sentiment_series"] = [*sides, "narrator"]
    vm["sentiment_rows"] = [{"group": g, "cells": [c.sentiment[g].get(s if s != "narrator"
                                                                       else NARRATOR)
                                                   for s in vm["sentiment_series"]]}
                            for g in groups]
    vm["stance_rows"] = [{"group": g, "cells": [c.stance[g][s] for s in sides],
                          "acts": c.narrator_acts[g]} for g in groups]
    if len(groups) <= MAX_CHART_GROUPS:
        vm.update(_group_charts(c, vm, colours))
    else:
        vm["charts_left_out"] = len(groups)
    vm.update(_terms_view(c, colours))
    vm.update(_timeline_view(c, colours))
    return vm


def _group_charts(c: CorpusComparison, vm: dict[str, Any], colours: list[str]
                  ) -> dict[str, Any]:
    """The charts with one row per group (the tables' figures drawn)."""
    sides, groups, voices = c.sides, c.groups, vm["voice_names"]
    colours_of = dict(zip([*sides, JOINT, THIRD, UNKNOWN_VOICE, NARRATOR], charts.VOICE_COLOURS,
                          strict=False))
    colours_of[OTHER_SIDES] = charts.OTHER_COLOUR
    out: dict[str, Any] = {}
    out["share_chart"] = charts.stacked_shares(
        groups, voices, [[c.voice_share[g]["statement_share"][v] for v in voices] for g in groups],
        "Who is quoted: share of each group's statements", "% of statements",
        [colours_of[v] for v in voices])
    wvoices = [*voices, NARRATOR]
    out["words_chart"] = charts.stacked_shares(
        groups, [*voices, "narrator (outlet's own text)"],
        [[c.voice_share[g]["word_share"][v] for v in wvoices] for g in groups],
        "Whose words: share of each group's text", "% of words",
        [colours_of[v] for v in wvoices])
    out["doubt_chart"] = charts.interval_dots(
        groups, sides, [[_triple(c.verbs[g][s] and c.verbs[g][s]["doubt"]) for s in sides]
                        for g in groups], colours,
        "Share of each side's statements introduced with doubt-casting verbs",
        "% of statements with 'claimed', 'alleged', … (dot) and 95% interval", (-0.02, 1.02),
        percent=True)
    out["sentiment_chart"] = charts.interval_dots(
        groups, vm["sentiment_series"],
        [[_triple(cell) for cell in row["cells"]] for row in vm["sentiment_rows"]],
        [*colours, NARRATOR_COLOUR], "Sentiment of each side's statements and of the narrator",
        "mean VADER compound (−1 negative … +1 positive) and 95% interval", (-1.02, 1.02),
        zero=True)
    out["stance_chart"] = charts.interval_dots(
        groups, sides, [[_triple(cell) for cell in row["cells"]] for row in vm["stance_rows"]],
        colours, "Each side's stance toward the other, in its own statements",
        "(cooperative − hostile) / (cooperative + hostile) claims, and 95% interval",
        (-1.05, 1.05), zero=True)
    if c.frame_names:
        rows = [g for g in groups if any(v is not None for v in c.frames[g]["narrator"].values())]
        if rows:
            out["frames_chart"] = heatmap(
                rows, [frame_label(f) for f in c.frame_names],
                [[c.frames[g]["narrator"][f] or 0.0 for f in c.frame_names] for g in rows],
                "Frames in the narrator's own text", "frame cue words per 100 words")
    return out


def _terms_view(c: CorpusComparison, colours: list[str]) -> dict[str, Any]:
    t = c.terms
    out: dict[str, Any] = {"terms": t}
    if len(t["sides"]) == 2:
        a, b = c.sides
        top_a = [(x["term"], x["z"]) for x in t["sides"][a][:12]]
        top_b = [(x["term"], x["z"]) for x in t["sides"][b][:12]]
        if top_a or top_b:
            out["terms_chart"] = diverging_terms(top_a, top_b, a, b, *colours)
    return out


def _timeline_view(c: CorpusComparison, colours: list[str]) -> dict[str, Any]:
    tl = c.timeline
    if len(tl["periods"]) < 2:
        return {}
    # a time axis: periods without articles are drawn too (no statements, no sentiment), or
    # a year's gap would look like the next week
    periods = period_span(tl["periods"][0], tl["periods"][-1], tl["period"])
    empty = {"sides": {s: {"statements": 0, "sentiment": None} for s in c.sides}}
    rows = [tl["rows"].get(p, empty) for p in periods]
    return {"timeline_chart": charts.timeline(
        periods, c.sides,
        [[r["sides"][s]["statements"] for s in c.sides] for r in rows],
        [[r["sides"][s]["sentiment"] for s in c.sides] for r in rows], colours, tl["period"])}


__all__ = ["ALL", "article_href", "build_batch_report", "compare_store", "iter_store",
           "render_batch", "view_model"]
