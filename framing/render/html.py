"""The single-article HTML report: one self-contained, offline file (inline CSS, JS and SVG).

Python prepares plain view-models (summary and method here, findings in
:mod:`framing.render.findings`, block sections in :mod:`framing.render.sections`); the jinja2
template, with autoescape on, only lays them out.
The annotated article is built here as escaped HTML in one linear pass over sorted spans, so a
very long article costs no more than a few passes over its text.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from framing import __version__
from framing.lexicons import LEXICON_DIR
from framing.model import BOTH, UNKNOWN, ArticleAnalysis, Statement
from framing.render import charts
from framing.render.findings import findings, summary_numbers
from framing.render.palette import Palette, palette, text_on
from framing.render.resolutions import how_resolved
from framing.render.sections import block_sections
from framing.text.tokenize import count_words

TEMPLATES = Path(__file__).parent / "templates"
VERB_CLASSES = ("neutral", "informative", "doubt", "endorsing", "accusatory", "directive",
                "emphatic", "responsive")
#: Underline (style, thickness in px) per loaded-language category, in category order.
UNDERLINES = (("solid", 2), ("dashed", 2), ("dotted", 3), ("double", 3), ("wavy", 1.5),
              ("solid", 4), ("dashed", 4), ("dotted", 5))
#: How far (characters) around a statement its speaker and verb are looked for.
WINDOW = 600
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _side_names(analysis: ArticleAnalysis) -> dict[str, str]:
    """What a statement's side is called: an actor's name, "both sides" or "unattributed"."""
    names = {a.id: a.name for a in analysis.sides.actors}
    names.update({BOTH: "both sides", UNKNOWN: "unattributed"})
    return names


def anchor(statement_id: str) -> str:
    """The HTML id of a statement's highlight in the annotated article."""
    return "statement-" + re.sub(r"[^A-Za-z0-9_-]", "_", str(statement_id))


# -- the annotated article ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    tag: str  # the opening tag, already escaped
    statement_id: str = ""  # for a statement's <mark>: its id (not escaped)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        pos = m.end() if m else end
    return out


def _non_overlapping(spans: list[_Span]) -> list[_Span]:
    """Sorted by start; a span overlapping an earlier one is clipped (or dropped if empty)."""
    out: list[_Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        start = max(sp.start, out[-1].end) if out else sp.start
        if start < sp.end:
            out.append(replace(sp, start=start))
    return out


def _locate(text: str, needle: str, lo: int, hi: int, st: Statement,
            blocked: list[tuple[int, int]], starts: list[int]) -> tuple[int, int] | None:
    """The occurrence of ``needle`` in ``text[lo:hi]`` nearest to ``st`` outside ``blocked``."""
    needle = needle.strip()
    if not needle:
        return None
    best, best_d = None, None
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE)
    for m in pattern.finditer(text, lo, hi):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < blocked[i][1]:
            continue
        d = max(0, st.start - m.end(), m.start() - st.end)
        if best_d is None or d < best_d:
            best, best_d = (m.start(), m.end()), d
    return best


def _speaker_verb_spans(analysis: ArticleAnalysis, blocked: list[tuple[int, int]]) -> list[_Span]:
    """Where each statement's speaker and reporting verb are written."""
    text = analysis.document.text
    sents = analysis.sentences
    sent_starts = [s.start for s in sents]
    starts = [b[0] for b in blocked]
    found: dict[tuple[int, int], _Span] = {}
    for st in analysis.statements:
        if st.speaker_span and st.verb_span:  # attribution says where they are
            vc = st.verb_class if st.verb_class in VERB_CLASSES else "other"
            found.setdefault(tuple(st.speaker_span), _Span(*st.speaker_span, '<span class="sp">'))
            verb_tag = f'<span class="rv vc-{vc}">'
            found.setdefault(tuple(st.verb_span), _Span(*st.verb_span, verb_tag))
            continue
        # older analyses without positions: search near the statement
        lo = sents[st.sentence].start if 0 <= st.sentence < len(sents) else st.start
        j = bisect.bisect_right(sent_starts, max(st.end - 1, 0)) - 1
        hi = sents[j].end if 0 <= j < len(sents) else st.end
        lo, hi = max(lo, st.start - WINDOW, 0), min(max(hi, st.end), st.end + WINDOW)
        spk = _locate(text, st.speaker, lo, hi, st, blocked, starts)
        if spk:
            found.setdefault(spk, _Span(*spk, '<span class="sp">'))
        verb = _locate(text, st.verb_text, lo, hi, st,
                       blocked + ([spk] if spk else []), starts + ([spk[0]] if spk else []))
        if verb and verb not in found:
            vc = st.verb_class if st.verb_class in VERB_CLASSES else "other"
            found[verb] = _Span(*verb, f'<span class="rv vc-{vc}">')
    return list(found.values())


def _loaded_spans(analysis: ArticleAnalysis) -> tuple[list[_Span], list[str]]:
    block = analysis.results.get("loaded_language") or {}
    cats = list(block.get("categories") or [])
    spans = []
    for hit in block.get("hits") or []:
        span, cat = hit.get("span"), str(hit.get("category", ""))
        if not span or len(span) != 2:
            continue
        if cat not in cats:
            cats.append(cat)
        tag = (f'<span class="ld lc{cats.index(cat) % len(UNDERLINES)}" '
               f'data-cat="{escape(cat.replace("_", " "))}" '
               f'data-term="{escape(hit.get("term", ""))}">')
        spans.append(_Span(int(span[0]), int(span[1]), tag))
    return spans, cats


def _emit(text: str, pos: int, stop: int, marks: list[_Span], mi: int, out: list[str]) -> int:
    while pos < stop:
        while mi < len(marks) and marks[mi].end <= pos:
            mi += 1
        m = marks[mi] if mi < len(marks) else None
        if m is not None and m.start <= pos:
            end = min(stop, m.end)
            out += [m.tag, str(escape(text[pos:end])), "</span>"]
        else:
            end = stop if m is None else min(stop, m.start)
            out.append(str(escape(text[pos:end])))
        pos = end
    return mi


def annotate(analysis: ArticleAnalysis, pal: Palette) -> Markup:
    """The article as ``<p>`` paragraphs, statements in ``<mark>``, speakers/verbs/terms in spans.

    Spans are sorted once and walked with monotone pointers: linear in text and span count.
    """
    text = analysis.document.text
    names = _side_names(analysis)
    stmt_spans = []
    for st in analysis.statements:
        cls = pal.of(st.side)[0]
        # data-voice: what a screen reader says for the key (style.css), "Armenia: …"
        stmt_spans.append(_Span(max(0, st.start), min(len(text), st.end),
                                f'<mark class="st {cls}" data-sid="{escape(st.id)}" '
                                f'data-key="{escape(pal.key(st.side))}" '
                                f'data-voice="{escape(names.get(st.side, "unattributed"))}"',
                                st.id))
    stmts = _non_overlapping(stmt_spans)
    blocked = [(s.start, s.end) for s in stmts]
    loaded, _ = _loaded_spans(analysis)
    marks = _non_overlapping(_speaker_verb_spans(analysis, blocked) + loaded)
    headings = {s.start for s in analysis.sentences if s.heading}
    out: list[str] = []
    si = mi = 0
    opened: set[int] = set()
    for ps, pe in _paragraphs(text):
        out.append('<p class="headline">' if ps in headings else "<p>")
        pos = ps
        while pos < pe:
            while si < len(stmts) and stmts[si].end <= pos:
                si += 1
            st = stmts[si] if si < len(stmts) else None
            if st is not None and st.start <= pos:
                stop = min(pe, st.end)
                first = si not in opened
                opened.add(si)
                extra = f' id="{anchor(st.statement_id)}" tabindex="0"' if first else ""
                out.append(st.tag + extra + ">")
                mi = _emit(text, pos, stop, marks, mi, out)
                out.append("</mark>")
            else:
                stop = pe if st is None else min(pe, st.start)
                mi = _emit(text, pos, stop, marks, mi, out)
            pos = stop
        out.append("</p>\n")
    return Markup("".join(out))


def _tips(analysis: ArticleAnalysis) -> dict[str, dict[str, Any]]:
    """Tooltip facts per statement id (rendered by the page's script with textContent)."""
    names = _side_names(analysis)
    scores = {s.get("statement_id"): s for s in
              (analysis.results.get("sentiment") or {}).get("statements") or []}
    tips = {}
    for st in analysis.statements:
        tip = {"speaker": st.speaker,
               "side": f"{names.get(st.side, st.side)} ({how_resolved(st.resolution)})",
               "verb": f"{st.verb_text} ({st.verb_class})",
               "quote": "direct quotation" if st.direct else "indirect"}
        sc = scores.get(st.id)
        if sc and sc.get("compound") is not None:
            tip["sentiment"] = f"VADER {sc['compound']:+.2f}"
            if sc.get("polarity") is not None:
                tip["sentiment"] += f", TextBlob polarity {sc['polarity']:+.2f}"
        tips[st.id] = tip
    return tips


def json_for_script(data: Any) -> Markup:
    """JSON safe inside ``<script type="application/json">`` (no ``<``, ``>``, ``&``)."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True)
    raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(raw)


# -- summary and method ---------------------------------------------------------------------------
def _summary(analysis: ArticleAnalysis, pal: Palette, with_charts: bool = True) -> dict[str, Any]:
    doc = analysis.document
    author = doc.metadata.get("author")  # read from a saved page's tags
    meta = [(k, v) for k, v in (("Outlet", doc.outlet), ("Author", author), ("Date", doc.date),
                                ("URL", doc.url), ("Source", doc.source))
            if v and isinstance(v, str)]
    rows = []
    total_words = count_words(doc.text, [[0, len(doc.text)]]) or 1
    for v in analysis.voices:
        cls, colour = pal.of(v.id)
        words = count_words(doc.text, v.spans)
        rows.append({"name": v.name, "kind": v.kind.replace("_", " "), "cls": cls,
                     "colour": colour, "statements": len(v.statement_ids), "words": words,
                     "share": round(100 * words / total_words)})
    shown = [r for r in rows if r["statements"] or r["words"]]
    chart = None
    if with_charts and shown:
        chart = charts.voice_share([r["name"] for r in shown], [r["statements"] for r in shown],
                                   [r["words"] for r in shown], [r["colour"] for r in shown])
    sides = [{"name": s.name, "cls": pal.of(s.id)[0]} for s in analysis.sides.sides]
    thirds = [{"name": t.name, "cls": pal.of(t.id)[0]} for t in analysis.sides.third_parties]
    return {"title": doc.title or doc.id, "meta": meta, "sides": sides, "thirds": thirds,
            "sides_source": analysis.sides.source, "voices": rows, "chart": chart,
            "numbers": summary_numbers(analysis), "findings": findings(analysis)}


_HEADER_KEY = re.compile(r"[A-Z][a-z]+( [a-z]+)?:\s")


def _source(header: list[str]) -> str:
    """A lexicon header's "Source:" paragraph: its line and the lines continuing it, up to the
    next "Key:" line (the first line alone ended mid-sentence: "… from public knowledge (UN
    member states and")."""
    lines = list(itertools.dropwhile(lambda h: not h.startswith("Source:"), header))
    if not lines:
        return ""
    rest = itertools.takewhile(lambda h: h and not _HEADER_KEY.match(h), lines[1:])
    return " ".join([lines[0].removeprefix("Source:").strip(), *(h.strip() for h in rest)])


@lru_cache(maxsize=1)
def _shipped_lexicons() -> tuple[tuple[str, str], ...]:
    """(name, the "Source:" line of its header) of every lexicon shipped with framing."""
    out = []
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        with open(path, encoding="utf-8") as fh:
            header = [ln[1:].strip() for ln in itertools.takewhile(
                lambda ln: ln.startswith("#"), fh)]
        out.append((path.stem, _source(header)))
    return tuple(out)


def _method(analysis: ArticleAnalysis, config_info: dict[str, Any] | None) -> dict[str, Any]:
    shipped = {name for name, _ in _shipped_lexicons()}
    lexicons = sorted({str(x) for b in analysis.results.values() if isinstance(b, dict)
                       for x in b.get("lexicons") or [] if str(x) not in shipped})
    measures = [{"name": name.replace("_", " "), "method": b.get("method"),
                 "formula": b.get("formula")}
                for name, b in analysis.results.items() if isinstance(b, dict)]
    source = ("a sides file (configuration)" if analysis.sides.source == "config"
              else "detected automatically from the text")
    info = [(str(k), str(v)) for k, v in (config_info or {}).items()]
    return {"version": __version__, "schema": analysis.schema_version, "sides_source": source,
            "lexicons": lexicons, "shipped": _shipped_lexicons(), "measures": measures,
            "info": info,
            "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def _legend(analysis: ArticleAnalysis, pal: Palette) -> dict[str, Any]:
    present = {st.side for st in analysis.statements}
    items = [{"name": a.name, "cls": pal.of(a.id)[0], "key": pal.key(a.id)}
             for a in analysis.sides.actors if a.id in present or a.id in analysis.sides.side_ids]
    if BOTH in present:
        items.append({"name": "both sides (joint statement)", "cls": "vb", "key": pal.key(BOTH)})
    if UNKNOWN in present:
        items.append({"name": "unattributed", "cls": "vu", "key": pal.key(UNKNOWN)})
    _, cats = _loaded_spans(analysis)
    loaded = [{"name": c.replace("_", " "), "cls": f"lc{i % len(UNDERLINES)}"}
              for i, c in enumerate(cats)]
    return {"voices": items, "loaded": loaded}


def _css_vars(pal: Palette) -> Markup:
    """Per voice: --c its colour, --t a light tint of it, --on the text colour on it."""
    rules = [f".{cls}{{--c:{pal.colours[vid]};--t:{pal.colours[vid]}2e;"
             f"--on:{text_on(pal.colours[vid])}}}"
             for vid, cls in pal.classes.items() if vid in pal.colours]
    rules += [f".ld.lc{i}{{text-decoration-style:{s};text-decoration-thickness:{w}px}}"
              for i, (s, w) in enumerate(UNDERLINES)]
    return Markup("\n".join(rules))


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _DictFirstEnvironment(Environment):
    """Jinja's ``x.y`` looks for an attribute first and an item second, which for the plain
    dicts the report is built from costs a caught AttributeError per lookup. Here a dict's key
    comes first, unless ``y`` names a dict method (``x.items()`` keeps working)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj and attribute not in _DICT_ATTRIBUTES:
            return obj[attribute]
        return super().getattr(obj, attribute)


@lru_cache(maxsize=1)
def _assets() -> dict[str, Markup]:
    """Our own CSS and script, inlined in every report (read once per process)."""
    return {name: Markup((TEMPLATES / name).read_text(encoding="utf-8"))
            for name in ("style.css", "report.js")}


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return _DictFirstEnvironment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                                 trim_blocks=True, lstrip_blocks=True)


def render_html(analysis: ArticleAnalysis, *, config_info: dict[str, Any] | None = None,
                with_charts: bool = True) -> str:
    """The whole report as one HTML string (nothing fetched from the network when opened).

    Parameters
    ----------
    analysis
        The analysed article.
    config_info
        Extra provenance lines for the method section (e.g. ``{"sides file": "sides.yaml"}``).
    with_charts
        False leaves the matplotlib charts out (tables carry the same figures): the light,
        fast page a batch writes for each article.
    """
    pal = palette(analysis)
    env = _environment()
    assets = _assets()
    return env.get_template("article.html.j2").render(
        summary=_summary(analysis, pal, with_charts),
        article=annotate(analysis, pal),
        legend=_legend(analysis, pal),
        tips=json_for_script(_tips(analysis)),
        sections=block_sections(analysis, pal, with_charts),
        method=_method(analysis, config_info),
        css=assets["style.css"], css_vars=_css_vars(pal), js=assets["report.js"],
    )


def write_html(analysis: ArticleAnalysis, path: str | Path, **kwargs: Any) -> Path:
    """Render and write the report; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(analysis, **kwargs), encoding="utf-8")
    return path
