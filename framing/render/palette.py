"""The report's voice colours: the Okabe–Ito palette, the same colour for a voice in every chart
and highlight, and the text colour that reads on each."""

from __future__ import annotations

from dataclasses import dataclass

from framing.model import BOTH, NARRATOR, UNKNOWN, ArticleAnalysis

SIDE_COLOURS = ("#0072B2", "#D55E00")  # Okabe–Ito blue, vermillion
BOTH_COLOUR = "#CC79A7"
THIRD_COLOURS = ("#009E73", "#E69F00", "#56B4E9", "#F0E442", "#000000")
UNKNOWN_COLOUR = "#666666"
NARRATOR_COLOUR = "#999999"


@dataclass(frozen=True)
class Palette:
    """Voice id → CSS class and colour; the same colour for a side in charts and highlights."""

    classes: dict[str, str]
    colours: dict[str, str]

    def of(self, voice_id: str) -> tuple[str, str]:
        key = voice_id if voice_id in self.classes else UNKNOWN
        return self.classes.get(key, "vu"), self.colours.get(key, UNKNOWN_COLOUR)


def palette(analysis: ArticleAnalysis) -> Palette:
    """Side A blue, side B vermillion, both sides purple, third parties, unknown, narrator."""
    colours = dict(zip(analysis.sides.side_ids, SIDE_COLOURS, strict=True))
    for i, third in enumerate(analysis.sides.third_parties):
        colours[third.id] = THIRD_COLOURS[i % len(THIRD_COLOURS)]
    colours.update({BOTH: BOTH_COLOUR, UNKNOWN: UNKNOWN_COLOUR, NARRATOR: NARRATOR_COLOUR})
    ids = [a.id for a in analysis.sides.actors]
    classes = {vid: f"v{i}" for i, vid in enumerate(ids)}
    classes.update({BOTH: "vb", UNKNOWN: "vu", NARRATOR: "vn"})
    return Palette(classes, colours)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def text_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast ratio): white text
    on Okabe–Ito orange, sky blue or yellow was 2.3:1 or worse."""
    lum = _luminance(colour)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#ffffff"
