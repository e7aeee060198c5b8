"""The HTML report in a real (headless) Chromium: offline loading, tooltips, layers, widths.

Screenshots go to tests/artifacts/ (git-ignored) for a human to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing import analyze
from framing.model import Document, Side, SideSet
from framing.render.html import render_html
from tests.test_report_html import SCRIPT, SECTIONS, malicious_analysis
from tests.test_seed import SEED

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "seed.html"
    path.write_text(render_html(analyze(SEED)), encoding="utf-8")
    return path


def open_page(browser, path: Path, width: int = 1280):
    """A page on ``path`` that records console errors, page errors, requests and dialogs."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    log = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: m.type == "error" and log["errors"].append(m.text))
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("request", lambda r: log["requests"].append(r.url))

    def dialog(d):
        log["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, log


def test_loads_offline_with_every_section(browser, seed_file):
    page, log = open_page(browser, seed_file)
    assert log["errors"] == []
    assert log["requests"] == [seed_file.as_uri()]
    for section in SECTIONS:
        assert page.locator(f"#{section}").count() == 1, section
    assert page.locator("svg[role=img]").count() >= 5
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-1280.png"), full_page=True)
    page.close()


def test_tooltip_on_hover_and_keyboard_focus(browser, seed_file):
    page, _ = open_page(browser, seed_file)
    tip = page.locator("#tip")
    assert tip.is_hidden()
    page.hover("#statement-s7")
    assert tip.is_visible()
    assert "Azerbaijani Defense Ministry" in tip.inner_text()
    assert "said (neutral)" in tip.inner_text() and "VADER" in tip.inner_text()
    page.screenshot(path=str(ARTIFACTS / "tooltip-1280.png"))
    page.mouse.move(5, 5)
    page.wait_for_selector("#tip", state="hidden", timeout=2000)  # after a moment
    page.focus("#statement-s1")
    assert tip.is_visible() and "claims (doubt)" in tip.inner_text()
    page.keyboard.press("Tab")  # the next statement gets focus and the tooltip follows
    assert "Armenia" in tip.inner_text() and "reported" in tip.inner_text()
    page.close()


def test_layer_toggles_hide_and_show(browser, seed_file):
    page, _ = open_page(browser, seed_file)
    style = "(el, p) => getComputedStyle(el).getPropertyValue(p)"
    mark = page.locator("#statement-s3")
    term = page.locator("#article-text .ld").first
    verb = page.locator("#article-text p:not(.headline) .rv").first
    assert mark.evaluate(style, "background-color") != "rgba(0, 0, 0, 0)"
    page.uncheck("input[data-layer=statements]")
    assert mark.evaluate(style, "background-color") == "rgba(0, 0, 0, 0)"
    page.check("input[data-layer=statements]")
    assert mark.evaluate(style, "background-color") != "rgba(0, 0, 0, 0)"
    assert term.evaluate(style, "text-decoration-line") == "underline"
    page.uncheck("input[data-layer=loaded]")
    assert term.evaluate(style, "text-decoration-line") == "none"
    assert verb.evaluate(style, "font-weight") == "700"
    page.uncheck("input[data-layer=speakers]")
    assert verb.evaluate(style, "font-weight") == "400"
    page.close()


def test_no_horizontal_scroll_on_a_phone(browser, seed_file):
    page, log = open_page(browser, seed_file, width=390)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 392
    page.screenshot(path=str(ARTIFACTS / "report-390.png"), full_page=True)
    page.hover("#statement-s9")
    box = page.locator("#tip").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    page.screenshot(path=str(ARTIFACTS / "tooltip-390.png"))
    assert log["errors"] == []
    page.close()


def test_malicious_article_runs_nothing_and_shows_text_literally(browser, tmp_path):
    path = tmp_path / "evil.html"
    path.write_text(render_html(malicious_analysis()), encoding="utf-8")
    page, log = open_page(browser, path)
    page.hover("#statement-s2")  # the tooltip of a speaker named with a <script> tag
    assert SCRIPT in page.locator("#tip").inner_text()
    page.hover("#statement-s1")
    page.wait_for_timeout(100)
    assert log["dialogs"] == [] and log["errors"] == []
    assert log["requests"] == [path.as_uri()]
    assert SCRIPT in page.locator("h1").inner_text()
    assert SCRIPT in page.locator("#article-text").inner_text()
    assert page.locator("img").count() == 0
    page.close()


LONG_SIDES = SideSet(
    sides=[Side("north", "The Provisional Government of the Northern Autonomous Highland "
                "Territories", ["Northern government", "Northern"]),
           Side("south", "Southern Federal Republic and its Allied Coastal Provinces Coalition "
                "Administration", ["Southern government", "Southern"])],
    third_parties=[Side("un", "United Nations", ["UN"])])
LONG_TEXT = (
    "Northern government accuses Southern forces of shelling border town\n\n"
    "The Northern government said on Monday that Southern artillery shelled the border town of "
    "Ardel, killing four civilians near the border. \"This is a deliberate attack,\" a Northern "
    "government spokesman said.\n\nThe Southern government said its forces only returned fire "
    "near the border town, adding that Northern militias had attacked first.\n\n"
    "The UN said it was alarmed by the escalation.")


def test_long_side_names_wrap_instead_of_pushing_tables_off_the_page(browser, tmp_path):
    path = tmp_path / "long.html"
    path.write_text(render_html(analyze(Document("long", LONG_TEXT), sides=LONG_SIDES)),
                    encoding="utf-8")
    page, _ = open_page(browser, path)
    wide = page.evaluate("""Array.from(document.querySelectorAll('.table-wrap'))
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText.slice(0, 60))""")
    # before: the names stayed on one line, and the tables' figures sat behind a sideways scroll
    assert wide == []
    page.close()


def test_printed_statements_carry_their_ids_and_colours(browser, seed_file):
    page, _ = open_page(browser, seed_file)
    page.hover("#statement-s7")
    assert "Statement: s7" in page.locator("#tip").inner_text()  # the id the tables cite
    page.emulate_media(media="print")
    before = page.evaluate(
        "getComputedStyle(document.querySelector('#statement-s7'), '::before').content")
    # on paper, an evidence link "s7" can still be found (after the side's key, B)
    assert before == '"B s7" / ""'
    adjust = page.evaluate("getComputedStyle(document.querySelector('.swatch')).printColorAdjust")
    assert adjust == "exact"  # the colour key is a background, which print leaves out
    page.set_viewport_size({"width": 718, "height": 1000})  # A4's printable width
    cut = page.evaluate("""Array.from(document.querySelectorAll('.table-wrap'))
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText.slice(0, 40))""")
    assert cut == []  # paper does not scroll: the sentiment and verb tables lost columns
    page.close()
