"""Charts of the batch report: matplotlib (Agg) → inline, labelled SVG (see framing.render.charts).

Names longer than ``MAX_LABEL`` are cut with "…" on the charts (the alt text keeps them whole).
Colours are the article report's Okabe–Ito palette: side A blue, side B vermillion, both sides
reddish purple, third parties bluish green, narrator and unattributed greys.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup
from matplotlib.ticker import PercentFormatter

from framing.render.charts import WIDTH, drawing, plt, short, to_svg
from framing.render.palette import (
    BOTH_COLOUR,
    NARRATOR_COLOUR,
    SIDE_COLOURS,
    UNKNOWN_COLOUR,
    text_on,
)

THIRD_COLOUR = "#009E73"
#: Okabe–Ito yellow: the sides of other pairs (articles on another conflict), when there are any.
OTHER_COLOUR = "#F0E442"
VOICE_COLOURS = (*SIDE_COLOURS, BOTH_COLOUR, THIRD_COLOUR, UNKNOWN_COLOUR, NARRATOR_COLOUR)
#: Most period labels on the time axis (every k-th period is labelled beyond that).
MAX_TIME_LABELS = 12


def _height(rows: int, base: float = 1.2, per_row: float = 0.42) -> float:
    return min(16.0, base + per_row * max(1, rows))


def stacked_shares(groups: Sequence[str], voices: Sequence[str],
                   shares: Sequence[Sequence[float]], title: str, xlabel: str,
                   colours: Sequence[str] | None = None) -> Markup:
    """One horizontal bar per group, split into each voice's share (0–1), labelled in %;
    ``colours``: one per voice (default: :data:`VOICE_COLOURS` in order)."""
    colours = colours or VOICE_COLOURS[: len(voices)]
    with drawing():
        fig, ax = plt.subplots(figsize=(WIDTH, _height(len(groups), 1.6)))
        y = list(range(len(groups)))[::-1]
        left = [0.0] * len(groups)
        for j, (voice, colour) in enumerate(zip(voices, colours, strict=True)):
            vals = [100 * (row[j] or 0.0) for row in shares]
            ax.barh(y, vals, left=left, color=colour, label=short(voice), edgecolor="white",
                    linewidth=0.5)
            for yi, lo, v in zip(y, left, vals, strict=True):
                if v >= 7:  # black or white, whichever reads (white on green was 3.4:1)
                    ax.text(lo + v / 2, yi, f"{v:.0f}%", ha="center", va="center", fontsize=8,
                            color=text_on(colour))
            left = [lo + v for lo, v in zip(left, vals, strict=True)]
        ax.set_yticks(y, [short(g) for g in groups])
        ax.set_xlim(0, 100)
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        # three entries a row: five or six in one were wider than the axes when the group
        # names are long, and the page scaled the whole chart's text down to fit
        ax.legend(ncol=3,
                  loc="upper center", bbox_to_anchor=(0.5, -0.22), frameon=False, fontsize=8)
        fig.tight_layout()
    label = f"Stacked bar chart: {title}. " + "; ".join(
        f"{g}: " + ", ".join(f"{v} {100 * (s or 0):.0f}%" for v, s in zip(voices, row, strict=True))
        for g, row in zip(groups, shares, strict=True))
    return to_svg(fig, label)


def interval_dots(groups: Sequence[str], series: Sequence[str],
                  values: Sequence[Sequence[tuple[float | None, float | None, float | None]]],
                  colours: Sequence[str], title: str, xlabel: str,
                  xlim: tuple[float, float], zero: bool = False,
                  percent: bool = False) -> Markup:
    """Per group, one dot per series with its 95% interval as a horizontal whisker.

    ``values[i][j]`` is ``(value, low, high)`` of series j in group i (None: no data). The x axis
    spans the data (plus a margin, always including 0) within ``xlim``; ``percent``: the values
    are shares, labelled 0%–100% (no tick in the margin below 0).
    """
    seen = [x for row in values for v in row if v[0] is not None for x in v if x is not None]
    lo_x, hi_x = min(seen + [0.0]), max(seen + [0.0])
    pad = max(0.05, 0.08 * (hi_x - lo_x))
    xlim = (max(xlim[0], lo_x - pad), min(xlim[1], hi_x + pad))
    with drawing():
        fig, ax = plt.subplots(figsize=(WIDTH, _height(len(groups), 1.5, 0.3 + 0.16 * len(series))))
        step = 0.7 / max(1, len(series))
        for j, (name, colour) in enumerate(zip(series, colours, strict=True)):
            ys, xs, lo, hi = [], [], [], []
            for i, row in enumerate(values):
                v, low, high = row[j]
                if v is None:
                    continue
                ys.append(len(groups) - 1 - i + 0.35 - step * (j + 0.5))
                xs.append(v)
                lo.append(v - (low if low is not None else v))
                hi.append((high if high is not None else v) - v)
            ax.errorbar(xs, ys, xerr=[lo, hi], fmt="o", color=colour, ecolor=colour,
                        elinewidth=1.6, capsize=3, markersize=6, label=short(name))
        if zero:
            ax.axvline(0, color="#777777", linewidth=0.8, linestyle="--")
        ax.set_yticks(range(len(groups)), [short(g) for g in groups][::-1])
        ax.set_ylim(-0.6, len(groups) - 0.4)
        ax.set_xlim(*xlim)
        if percent:
            ax.set_xticks([t for t in ax.get_xticks() if -1e-9 <= t <= 1 + 1e-9])
            ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=None))
            ax.set_xlim(*xlim)
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=len(series),
                  frameon=False, fontsize=9)
        fig.tight_layout()
    fmt = "{:.0%}" if percent else "{:+.2f}"
    label = f"Dot chart with 95% intervals: {title}. " + "; ".join(
        f"{g}: " + ", ".join(
            f"{s} {fmt.format(v[0])} ({fmt.format(v[1])} to {fmt.format(v[2])})"
            if v[0] is not None else f"{s} no data"
            for s, v in zip(series, row, strict=True))
        for g, row in zip(groups, values, strict=True))
    return to_svg(fig, label)


def timeline(periods: Sequence[str], series: Sequence[str],
             statements: Sequence[Sequence[int]], sentiment: Sequence[Sequence[float | None]],
             colours: Sequence[str], unit: str) -> Markup:
    """Two panels over time: statements per side, and mean sentiment of each side's statements.

    ``periods`` are evenly spaced: give every period of the span, those without statements
    included (a sentiment of None is a gap in its line).
    """
    with drawing():
        fig, axes = plt.subplots(2, 1, figsize=(WIDTH, 5.2), sharex=True)
        x = list(range(len(periods)))
        for j, (name, colour) in enumerate(zip(series, colours, strict=True)):
            marker = "os"[j % 2]
            axes[0].plot(x, [row[j] for row in statements], marker=marker, color=colour,
                         label=short(name))
            # NaN breaks the line: a period without statements is a gap, not a straight run
            axes[1].plot(x, [math.nan if row[j] is None else row[j] for row in sentiment],
                         marker=marker, color=colour, label=name)
        axes[0].set_ylabel("statements")
        axes[0].set_title(f"Statements per {unit}")
        axes[0].set_ylim(bottom=0)
        axes[1].axhline(0, color="#777777", linewidth=0.8, linestyle="--")
        axes[1].set_ylabel("mean VADER compound")
        axes[1].set_title(f"Mean sentiment of each side's statements per {unit}")
        # at most 12 labels: 72 months (or 300 weeks) labelled each overprinted one another
        step = -(-len(periods) // MAX_TIME_LABELS)
        axes[1].set_xticks(x[::step], list(periods)[::step],
                           rotation=30 if len(periods[::step]) > 8 else 0)
        axes[1].set_xlabel(unit)
        axes[0].legend(frameon=False, fontsize=9)
        fig.tight_layout()
    label = (f"Line charts over time of statements and mean sentiment per side, {periods[0]} to "
             f"{periods[-1]} (other {unit}s: no statements): " + "; ".join(
                 f"{p}: " + ", ".join(f"{s} {statements[i][j]} statements"
                                      for j, s in enumerate(series))
                 for i, p in enumerate(periods) if any(statements[i])))
    return to_svg(fig, label)
