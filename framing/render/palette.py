"""The report's voice colours: the Okabe–Ito palette, the same colour for a voice in every chart
and highlight, and the text colour that reads on each; and each voice's key letter, the cue
that does not need colour."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    #: Voice id → key ("A", "B", "A+B", "C", …, "?") written before each of its highlights.
    keys: dict[str, str] = field(default_factory=dict)

    def of(self, voice_id: str) -> tuple[str, str]:
        key = voice_id if voice_id in self.classes else UNKNOWN
        return self.classes.get(key, "vu"), self.colours.get(key, UNKNOWN_COLOUR)

    def key(self, voice_id: str) -> str:
        """The voice's key letter(s); an unknown voice is unattributed, "?"."""
        return self.keys.get(voice_id if voice_id in self.classes else UNKNOWN, "?")


def letters(i: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA", …: a key for any number of voices."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def palette(analysis: ArticleAnalysis) -> Palette:
    """Side A blue, side B vermillion, both sides purple, third parties, unknown, narrator."""
    colours = dict(zip(analysis.sides.side_ids, SIDE_COLOURS, strict=True))
    for i, third in enumerate(analysis.sides.third_parties):
        colours[third.id] = THIRD_COLOURS[i % len(THIRD_COLOURS)]
    colours.update({BOTH: BOTH_COLOUR, UNKNOWN: UNKNOWN_COLOUR, NARRATOR: NARRATOR_COLOUR})
    ids = [a.id for a in analysis.sides.actors]
    classes = {vid: f"v{i}" for i, vid in enumerate(ids)}
    classes.update({BOTH: "vb", UNKNOWN: "vu", NARRATOR: "vn"})
    # Colour alone does not tell voices apart: vermillion and orange tints look alike to most
    # readers, and from the sixth third party on the colours repeat. A key letter does.
    keys = dict(zip(analysis.sides.side_ids, ("A", "B"), strict=True))
    keys.update({t.id: letters(i + 2) for i, t in enumerate(analysis.sides.third_parties)})
    keys.update({BOTH: "A+B", UNKNOWN: "?"})
    return Palette(classes, colours, keys)


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
