"""Voice colours of the article report: a hovered or focused statement stays readable."""

from __future__ import annotations

import re

import matplotlib.colors
import pytest

from framing.render.html import render_html
from framing.render.palette import (
    BOTH_COLOUR,
    NARRATOR_COLOUR,
    SIDE_COLOURS,
    THIRD_COLOURS,
    UNKNOWN_COLOUR,
    _luminance,
    text_on,
)
from tests.helpers import make_analysis


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("colour", [*SIDE_COLOURS, BOTH_COLOUR, *THIRD_COLOURS, UNKNOWN_COLOUR,
                                    NARRATOR_COLOUR])
def test_text_on_every_voice_colour_meets_wcag_aa(colour):
    assert contrast(text_on(colour), colour) >= 4.5


def test_a_hovered_statement_is_written_in_its_voices_text_colour():
    text = "The UN said it was alarmed. Northland said it was calm."
    analysis = make_analysis(text, [("it was alarmed", "The UN", "un", "said", "neutral"),
                                    ("it was calm", "Northland", "northland", "said", "neutral")])
    page = render_html(analysis, with_charts=False)
    rules = dict(re.findall(r"\.(v\w+)\{(--c:[^}]*)\}", page))
    # the third party is bluish green: white on it was 3.4:1
    assert "--c:#009E73" in rules["v2"] and "--on:#000000" in rules["v2"]
    assert "--c:#0072B2" in rules["v0"] and "--on:#ffffff" in rules["v0"]
    assert re.search(r"mark\.st:hover, mark\.st:focus \{[^}]*color: var\(--on", page)


def test_zero_counts_are_grey_enough_to_read():
    from framing.render.html import TEMPLATES

    css = (TEMPLATES / "style.css").read_text(encoding="utf-8")
    grey = re.search(r"\.zero \{ color: (#[0-9a-fA-F]+); \}", css).group(1)
    assert contrast(matplotlib.colors.to_hex(grey), "#ffffff") >= 4.5  # before: #aaa, 2.3:1


def test_percentages_in_the_batch_share_chart_read_on_their_segment(monkeypatch):
    from framing.compare import charts as corpus_charts

    captured = {}
    monkeypatch.setattr(corpus_charts, "to_svg", lambda fig, label: captured.setdefault("f", fig))
    colours = corpus_charts.VOICE_COLOURS[:5]
    corpus_charts.stacked_shares(["All"], ["A", "B", "both", "third", "unattributed"],
                                 [[0.2] * 5], "Who is quoted", "% of statements")
    texts = captured["f"].axes[0].texts
    assert len(texts) == 5
    for text, colour in zip(texts, colours, strict=True):
        # before: white on the third parties' green, 3.4:1
        assert contrast(matplotlib.colors.to_hex(text.get_color()), colour) >= 4.5, colour


@pytest.mark.parametrize("colour", [*SIDE_COLOURS, BOTH_COLOUR, *THIRD_COLOURS, UNKNOWN_COLOUR,
                                    NARRATOR_COLOUR])
def test_every_voice_swatch_stands_out_from_the_page(colour):
    from framing.render.html import TEMPLATES

    css = (TEMPLATES / "style.css").read_text(encoding="utf-8")
    rule = re.search(r"\n\.swatch \{([^}]*)\}", css).group(1)
    rim = re.search(r"box-shadow: inset 0 0 0 1px rgb\(0 0 0 / (\d+)%\)", rule)
    alpha = int(rim.group(1)) / 100 if rim else 0.0
    edge = matplotlib.colors.to_hex([(1 - alpha) * c for c in matplotlib.colors.to_rgb(colour)])
    # WCAG 1.4.11: a graphic that identifies something, 3:1 against what is next to it (before:
    # no rim, and the fourth third party's yellow swatch was 1.2:1 on white)
    assert contrast(edge, "#ffffff") >= 3.0
