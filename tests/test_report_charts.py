"""Charts of the article and batch reports: long and non-Latin names, many voices, frame labels."""

from __future__ import annotations

import html
import re
import warnings

import pytest

from framing.compare import charts as corpus_charts
from framing.render import charts

LONG_SIDE = "The Provisional Government of the Northern Autonomous Highland Territories"
LONG_OUTLET = ("The International Consortium of Independent Regional and Transcontinental "
               "Broadcasting, Publishing and Syndication Services " * 4)[:300]


def chart_text(svg: str) -> list[str]:
    """What the chart draws as text (tick labels, titles, legends), unescaped."""
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)]


def alt_text(svg: str) -> str:
    return html.unescape(re.search(r'aria-label="([^"]*)"', svg).group(1))


def drawn(make, *args, **kwargs):
    """The chart's SVG, with every warning matplotlib gave while drawing it."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        svg = str(make(*args, **kwargs))
    return svg, [str(w.message) for w in caught]


def test_short_cuts_with_an_ellipsis():
    assert charts.short("Kestria") == "Kestria"
    cut = charts.short(LONG_SIDE)
    assert len(cut) == charts.MAX_LABEL and cut.endswith("…")
    assert LONG_SIDE.startswith(cut[:-1])


@pytest.mark.parametrize("make, args", [
    (charts.voice_share, ([LONG_SIDE, "Kestria", "Narrator"], [3, 2, 0], [30, 20, 50],
                          ["#0072B2", "#D55E00", "#999999"])),
    (charts.sentiment_dots, ([LONG_SIDE, "Kestria"], [[-0.5, 0.2], [0.1]],
                             ["#0072B2", "#D55E00"], ["statements", "statements"])),
    (charts.verb_classes, ([LONG_SIDE, "Kestria"], ["neutral", "doubt"], [[2, 1], [1, 0]],
                           ["#0072B2", "#D55E00"])),
    (charts.heatmap, ([LONG_SIDE, "Kestria"], ["policy", "political"], [[1.0, 0.0], [0.5, 2.0]],
                      "Frames", "frame dimension")),
    (corpus_charts.stacked_shares, ([LONG_OUTLET, "Kestrian Courier"], ["Valdoria", "Kestria"],
                                    [[0.5, 0.5], [0.2, 0.8]], "Who is quoted", "% of statements")),
    (corpus_charts.interval_dots, ([LONG_OUTLET, "Kestrian Courier"], ["Valdoria", "Kestria"],
                                   [[(0.1, 0.0, 0.2), (0.3, 0.2, 0.4)],
                                    [(0.2, 0.1, 0.3), (None, None, None)]],
                                   ["#0072B2", "#D55E00"], "Doubt", "% of statements",
                                   (-0.02, 1.02))),
])
def test_a_long_name_is_cut_on_the_chart_and_whole_in_its_alt_text(make, args):
    svg, caught = drawn(make, *args)
    long_name = args[0][0]
    # before: "Tight layout not applied", and the plot was squeezed beside a 300-character label
    assert not [m for m in caught if "Tight layout" in m], caught
    texts = chart_text(svg)
    assert not [t for t in texts if long_name in t]
    assert any(t.startswith(charts.short(long_name)) for t in texts), texts
    assert long_name in alt_text(svg)


def test_long_side_names_are_cut_in_the_diverging_chart_axis_label():
    svg, caught = drawn(charts.diverging_terms, [("border town", 1.2)], [("claim", 0.9)],
                        LONG_SIDE, "Southern Federal Republic and its Allied Coastal Provinces",
                        "#0072B2", "#D55E00")
    assert not [m for m in caught if "Tight layout" in m], caught
    assert not [t for t in chart_text(svg) if LONG_SIDE in t]
    assert LONG_SIDE in alt_text(svg)


def test_names_in_cyrillic_armenian_arabic_and_cjk_draw_without_glyph_warnings():
    names = ["Россия", "Հայաստան", "الجامعة العربية", "中华人民共和国"]
    svg, caught = drawn(charts.voice_share, names, [1, 2, 3, 4], [5, 6, 7, 8], ["#000000"] * 4)
    assert not [m for m in caught if "Glyph" in m], caught[:2]
    assert set(names) <= set(chart_text(svg))  # as text the browser draws, not as boxes


def _figure_of(monkeypatch, make, *args):
    captured = {}
    monkeypatch.setattr(charts, "to_svg", lambda fig, label: captured.setdefault("fig", fig))
    make(*args)
    return captured["fig"]


def test_verb_chart_legend_sits_below_the_bars_and_repeated_colours_are_hatched(monkeypatch):
    names = [f"Voice {i}" for i in range(9)]
    colours = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#F0E442", "#000000",
               "#009E73", "#E69F00"]  # the 6th and 7th third party share the 1st and 2nd's
    fig = _figure_of(monkeypatch, charts.verb_classes, names, ["neutral", "doubt"],
                     [[1, 1]] * 9, colours)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    legend = ax.get_legend().get_window_extent(renderer)
    # before: inside the axes (lower right), over the bars and the class labels
    assert legend.y1 < ax.get_window_extent(renderer).y0
    hatches = [p.get_hatch() for c in ax.containers for p in c.patches[:1]]
    assert hatches[:7] == [None] * 7 and hatches[7:] == ["///", "///"]


def test_heat_maps_label_frames_with_short_names():
    assert charts.frame_label("legality_constitutionality_jurisprudence") == "legality"
    assert charts.frame_label("crime_and_punishment") == "crime & punishment"
    policy = charts.frame_label("policy_prescription_and_evaluation")
    svg = str(charts.heatmap(["Armenia"], [policy], [[1.5]], "Frames", "frame dimension",
                             notes=["175 words"]))
    assert "Armenia (175 words)" in chart_text(svg)
    assert "Armenia (175 words): policy 1.5" in alt_text(svg)


def test_the_article_reports_frame_heat_map_uses_the_short_labels():
    from framing import analyze
    from framing.render.html import palette
    from framing.render.sections import block_sections
    from tests.test_seed import SEED

    analysis = analyze(SEED)
    svg = str(block_sections(analysis, palette(analysis))["frames"]["chart"])
    texts = chart_text(svg)
    assert "legality" in texts and "policy" in texts
    assert not [t for t in texts if "jurisprudence" in t or "prescription" in t]


def test_counts_are_ticked_in_whole_numbers(monkeypatch):
    fig = _figure_of(monkeypatch, charts.voice_share, ["China", "Taiwan", "Narrator"],
                     [2, 1, 0], [9, 8, 14], ["#0072B2", "#D55E00", "#999999"])
    for ax in fig.axes:  # before: 0.0, 0.5, 1.0, 1.5 statements
        assert all(float(t).is_integer() for t in ax.get_xticks()), ax.get_xticks()


def test_sentiment_dots_of_a_pale_voice_have_a_dark_rim(monkeypatch):
    from matplotlib.colors import to_hex

    fig = _figure_of(monkeypatch, charts.sentiment_dots, ["World Food Programme"], [[-0.5, 0.2]],
                     ["#F0E442"], ["statements"])
    dots = fig.axes[0].collections[0]
    assert dots.get_linewidths()[0] > 0 and to_hex(dots.get_edgecolors()[0][:3]) == "#333333"


def test_count_axes_keep_a_few_ticks(monkeypatch):
    fig = _figure_of(monkeypatch, charts.voice_share, ["Armenia", "Azerbaijan", "Narrator"],
                     [13, 8, 0], [175, 75, 204], ["#0072B2", "#D55E00", "#999999"])
    for ax in fig.axes:  # before: 0, 25, 50, ... 225 words, the labels running together
        assert len(ax.get_xticks()) <= 7, ax.get_xticks()


def test_verb_chart_bars_carry_their_voices_key(monkeypatch):
    fig = _figure_of(monkeypatch, charts.verb_classes, ["Armenia", "Azerbaijan", "EU"],
                     ["neutral", "doubt"], [[6, 1], [5, 0], [2, 0]],
                     ["#0072B2", "#D55E00", "#E69F00"], ["A", "B", "D"])
    ax = fig.axes[0]
    # before: a class's bars differed by colour alone (vermillion and orange side by side)
    assert [t.get_text() for t in ax.texts] == ["A: 6", "A: 1", "B: 5", "D: 2"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "A: Armenia (n=7)", "B: Azerbaijan (n=5)", "D: EU (n=2)"]


def test_the_reports_verb_chart_uses_the_highlights_keys(monkeypatch):
    from framing import analyze
    from framing.render import sections
    from framing.render.palette import palette
    from tests.test_seed import SEED

    seen = {}
    monkeypatch.setattr(charts, "verb_classes", lambda *a: seen.setdefault("args", a))
    analysis = analyze(SEED)
    sections.block_sections(analysis, palette(analysis))
    names, keys = seen["args"][0], seen["args"][4]
    assert dict(zip(names, keys, strict=True)) == {"Armenia": "A", "Azerbaijan": "B",
                                                   "European Union": "D"}


def test_heat_map_values_read_on_every_shade(monkeypatch):
    import matplotlib.colors

    from tests.test_report_palette import contrast

    values = [[i / 100 for i in range(0, 101, 1)]]  # every shade from white to black
    fig = _figure_of(monkeypatch, charts.heatmap, ["Armenia"], [str(i) for i in range(101)],
                     values, "Frames", "frame dimension")
    ax = fig.axes[0]
    greys = matplotlib.colormaps["Greys"]
    worst = min(contrast(matplotlib.colors.to_hex(t.get_color()),
                         matplotlib.colors.to_hex(greys(v)))
                for t, v in zip(ax.texts, values[0], strict=True))
    assert worst >= 4.5  # before: white from 60% of the top, 4.48:1 on the cells just past it
