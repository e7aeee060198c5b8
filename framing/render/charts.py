"""Charts for the HTML report: matplotlib (Agg) figures as inline, accessible SVG.

Every chart function takes plain view-model values (names, numbers, colours) and returns
:class:`markupsafe.Markup` holding one ``<svg>`` element. Text is written as SVG ``<text>``
(``svg.fonttype: none``), which matplotlib XML-escapes; mathtext is off, so ``$`` in a speaker's
name is literal. Element ids are prefixed per chart, so several charts can share one page.
Names longer than :data:`MAX_LABEL` characters are cut with "…" on the chart (:func:`short`);
the alt text and the tables beside the charts keep them whole.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from markupsafe import Markup, escape  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
from matplotlib.transforms import offset_copy  # noqa: E402

from framing.render.palette import text_on  # noqa: E402

RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "framing",
    "text.parse_math": False,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
}
#: The heat maps' colour map (light: few cues, dark: many).
GREYS = "Greys"
WIDTH = 6.5  # inches; the page scales the SVG to its column width
#: Longest name drawn on a chart (characters). A 60-character side or 300-character outlet name
#: took most of the figure's width, so the page scaled the plot and its text down to a sliver.
MAX_LABEL = 30
#: Short labels for the long Media Frames Corpus dimension names (the single-article and the
#: batch heat maps): rotated in full, they were taller than the heat map itself.
FRAME_LABELS = {"legality_constitutionality_jurisprudence": "legality",
                "policy_prescription_and_evaluation": "policy",
                "external_regulation_and_reputation": "external reputation",
                "capacity_and_resources": "capacity & resources"}
_ID_RE = re.compile(r'\bid="([^"]+)"')


def short(label: str, limit: int = MAX_LABEL) -> str:
    """``label`` cut to ``limit`` characters, ending in "…" when it was longer."""
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def frame_label(frame: str) -> str:
    """A frame dimension's chart and table label ("legality", "crime & punishment")."""
    return FRAME_LABELS.get(frame, frame.replace("_and_", " & ").replace("_", " "))


@contextmanager
def drawing() -> Iterator[None]:
    """The charts' matplotlib settings, without "Glyph … missing from font" warnings: text is
    written as SVG ``<text>`` that the browser draws with its own fonts (CJK included), so a
    glyph DejaVu Sans lacks only costs an approximate label width, not a box in the chart."""
    with plt.rc_context(RC), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        yield


def to_svg(fig: plt.Figure, label: str) -> Markup:
    """The figure as one ``<svg role="img" aria-label=…>`` element, then close the figure."""
    buf = io.StringIO()
    with drawing():  # callers draw inside RC but may save outside: keep ids salted
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    # ids must be unique within a page: prefix them with the chart's own digest (the same chart
    # gets the same ids in every run, so pages are reproducible)
    prefix = f"c{hashlib.sha1(svg.encode()).hexdigest()[:8]}-"
    for old in set(_ID_RE.findall(svg)):
        svg = svg.replace(f'id="{old}"', f'id="{prefix}{old}"')
        svg = svg.replace(f"url(#{old})", f"url(#{prefix}{old})")
        svg = svg.replace(f'href="#{old}"', f'href="#{prefix}{old}"')
    svg = re.sub(r'\s(width|height)="[^"]*pt"', "", svg, count=2)
    attrs = f'<svg role="img" aria-label="{escape(label)}" class="chart-svg"'
    return Markup(attrs + svg[len("<svg"):])


def _height(rows: int, base: float = 1.0, per_row: float = 0.32) -> float:
    return min(14.0, base + per_row * max(1, rows))


def voice_share(names: Sequence[str], statements: Sequence[int], words: Sequence[int],
                colours: Sequence[str]) -> Markup:
    """Two small horizontal bar charts: statements and words per voice."""
    with drawing():
        fig, axes = plt.subplots(1, 2, figsize=(WIDTH, _height(len(names), 1.1, 0.38)),
                                 sharey=True)
        y = list(range(len(names)))[::-1]
        for ax, values, title in ((axes[0], statements, "Statements"),
                                  (axes[1], words, "Words")):
            ax.barh(y, values, color=colours)
            ax.set_title(f"{title} per voice")
            ax.set_xlabel(f"number of {title.lower()}")
            top = max(values, default=0) or 1
            for yi, v in zip(y, values, strict=True):
                ax.text(v + top * 0.01, yi, str(v), va="center", fontsize=9)
            ax.set_xlim(0, top * 1.15)
            ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))  # not "0.5 statements"
        axes[0].set_yticks(y, [short(n) for n in names])
        fig.tight_layout()
    return to_svg(fig, "Bar charts of the number of statements and words of each voice: "
                  + "; ".join(f"{n}: {s} statements, {w} words"
                              for n, s, w in zip(names, statements, words, strict=True)))


def diverging_terms(terms_a: Sequence[tuple[str, float]], terms_b: Sequence[tuple[str, float]],
                    name_a: str, name_b: str, colour_a: str, colour_b: str,
                    strong: float = 1.96) -> Markup:
    """Top distinctive terms: side A's to the left (negated z), side B's to the right."""
    rows = [(t, -abs(z), colour_a) for t, z in terms_a][::-1] + [
        (t, abs(z), colour_b) for t, z in terms_b]
    with drawing():
        fig, ax = plt.subplots(figsize=(WIDTH, _height(len(rows), 1.3, 0.3)))
        y = list(range(len(rows)))
        ax.barh(y, [r[1] for r in rows], color=[r[2] for r in rows])
        ax.set_yticks(y, [short(r[0]) for r in rows])
        ax.axvline(0, color="#333333", linewidth=0.8)
        for x in (-strong, strong):
            ax.axvline(x, color="#777777", linewidth=0.8, linestyle="--")
        lim = max([abs(r[1]) for r in rows] + [strong]) * 1.1
        ax.set_xlim(-lim, lim)
        ax.set_xlabel(f"← more {short(name_a, 24)}     z-score (dashed: ±{strong})     "
                      f"more {short(name_b, 24)} →")
        ax.set_title("Most distinctive terms of each side")
        fig.tight_layout()
    label = (f"Diverging bar chart of distinctive terms. {name_a}: "
             + ", ".join(f"{t} (z={abs(z):.2f})" for t, z in terms_a)
             + f". {name_b}: " + ", ".join(f"{t} (z={abs(z):.2f})" for t, z in terms_b))
    return to_svg(fig, label)


def sentiment_dots(names: Sequence[str], scores: Sequence[Sequence[float]],
                   colours: Sequence[str], unit: Sequence[str]) -> Markup:
    """One row per voice: each statement's VADER compound as a dot, the mean as a bar tick."""
    with drawing():
        fig, ax = plt.subplots(figsize=(WIDTH, _height(len(names), 1.3, 0.45)))
        labels = []
        for i, (vals, colour) in enumerate(zip(scores, colours, strict=True)):
            y = len(names) - 1 - i
            # a dark rim: a pale voice (Okabe-Ito yellow, sky blue) at 60% was near white
            ax.scatter(vals, [y] * len(vals), color=colour, alpha=0.7, s=30, linewidths=0.6,
                       edgecolors="#333333")
            if vals:
                mean = sum(vals) / len(vals)
                ax.plot([mean, mean], [y - 0.3, y + 0.3], color="#222222", linewidth=2)
            labels.append((y, f"{short(names[i])} (n={len(vals)} {unit[i]})"))
        ax.set_yticks([y for y, _ in labels], [lab for _, lab in labels])
        ax.axvline(0, color="#777777", linewidth=0.8, linestyle="--")
        ax.set_xlim(-1.05, 1.05)
        ax.set_ylim(-0.7, len(names) - 0.3)
        ax.set_xlabel("VADER compound score (−1 negative … +1 positive); black tick: mean")
        ax.set_title("Sentiment of each voice's statements")
        fig.tight_layout()
    label = "Dot chart of sentiment per voice: " + "; ".join(
        f"{n}: n={len(v)}, mean {sum(v) / len(v):+.2f}" if v else f"{n}: no data"
        for n, v in zip(names, scores, strict=True))
    return to_svg(fig, label)


def verb_classes(names: Sequence[str], classes: Sequence[str],
                 counts: Sequence[Sequence[int]], colours: Sequence[str],
                 keys: Sequence[str] | None = None) -> Markup:
    """Grouped horizontal bars: share of each voice's statements per reporting-verb class.

    ``keys``: each voice's key letter (the article's highlights'), written on its bars and in
    the legend, so that bars of one class do not differ by colour alone.
    """
    keys = list(keys) if keys else [""] * len(names)
    with drawing():
        fig, ax = plt.subplots(figsize=(WIDTH, _height(len(classes) * len(names), 1.3, 0.22)))
        height = 0.8 / max(1, len(names))
        base = list(range(len(classes)))[::-1]
        for i, (name, row, colour, key) in enumerate(zip(names, counts, colours, keys,
                                                           strict=True)):
            tag = f"{key}: " if key else ""
            total = sum(row) or 1
            ys = [b + 0.4 - height * (i + 0.5) for b in base]
            shares = [100 * c / total for c in row]
            # Okabe–Ito has eight colours: a third party past the fifth shares one, so its
            # bars are hatched to tell them apart in the legend
            hatch = "///" if colour in colours[:i] else None
            ax.barh(ys, shares, height=height, color=colour, hatch=hatch, edgecolor="white",
                    linewidth=0, label=f"{tag}{short(name)} (n={sum(row)})")
            for yv, share, c in zip(ys, shares, row, strict=True):
                if c:
                    ax.text(share + 1, yv, f"{tag}{c}", va="center", fontsize=8)
        ax.set_yticks(base, list(classes))
        ax.set_xlim(0, 110)
        ax.set_xlabel("% of the voice's statements (bar labels: "
                      + ("key: " if any(keys) else "") + "number of statements)")
        ax.set_title("Reporting verbs by class")
        # below the axes: inside them, a legend of many voices covered the bars
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), ncol=2, frameon=False,
                  fontsize=9, bbox_transform=offset_copy(ax.transAxes, fig, y=-0.55,
                                                         units="inches"))
        fig.tight_layout()
    label = "Grouped bar chart of reporting-verb classes per voice: " + "; ".join(
        f"{n}: " + ", ".join(f"{c} {k}" for c, k in zip(classes, row, strict=True) if k)
        for n, row in zip(names, counts, strict=True))
    return to_svg(fig, label)


def heatmap(rows: Sequence[str], cols: Sequence[str], values: Sequence[Sequence[float]],
            title: str, value_label: str, notes: Sequence[str] | None = None) -> Markup:
    """A voice × category heat map with each cell's value written in it; ``notes``: a
    bracketed remark after each row's (shortened) name, e.g. its number of words."""
    after = [f" ({n})" if n else "" for n in notes or [""] * len(rows)]
    labels = [short(r) + a for r, a in zip(rows, after, strict=True)]
    with drawing():
        fig, ax = plt.subplots(figsize=(WIDTH, _height(len(rows), 1.8, 0.4)))
        top = max((v for r in values for v in r), default=0) or 1
        # pcolormesh, not imshow: vector cells, no embedded bitmap
        ax.pcolormesh(values, cmap=GREYS, vmin=0, vmax=top, edgecolors="white", linewidth=1)
        ax.set_xticks([j + 0.5 for j in range(len(cols))], list(cols), rotation=30, ha="right")
        ax.set_yticks([i + 0.5 for i in range(len(rows))], labels)
        ax.invert_yaxis()
        for i, r in enumerate(values):
            for j, v in enumerate(r):
                # black or white, whichever contrasts more with this cell's grey (a fixed
                # threshold on the value falls short of 4.5:1 on the cells just past it)
                cell = matplotlib.colors.to_hex(matplotlib.colormaps[GREYS](v / top))
                ax.text(j + 0.5, i + 0.5, f"{v:.1f}", ha="center", va="center", fontsize=8,
                        color=text_on(cell))
        ax.set_title(title)
        ax.set_xlabel(value_label)
        fig.tight_layout()
    return to_svg(fig, f"Heat map: {title}. " + "; ".join(
        f"{r}{a}: " + (", ".join(f"{c} {v:.1f}" for c, v in zip(cols, vals, strict=True) if v)
                       or "none")
        for r, a, vals in zip(rows, after, values, strict=True)))
