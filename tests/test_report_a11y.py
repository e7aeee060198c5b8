"""The article report read without sight or without colour: link names, table captions, and
each voice's key letter beside its colour."""

from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from framing import analyze
from framing.model import BOTH, UNKNOWN, Side, SideSet
from framing.render.html import annotate, render_html
from framing.render.palette import letters, palette
from tests.helpers import make_analysis
from tests.test_seed import SEED


class Links(HTMLParser):
    """Each link's accessible name (its aria-label, else its text) and target; the tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.tables: list[bool] = []  # per table: whether it has a caption
        self._link: dict[str, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "a":
            self._link, self._text = a, []
        elif tag == "table":
            self.tables.append(False)
        elif tag == "caption":
            self.tables[-1] = True

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            name = self._link.get("aria-label") or "".join(self._text).strip()
            self.links.append((name, self._link.get("href", "")))
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._text.append(data)


@pytest.fixture(scope="module")
def seed_links() -> Links:
    parser = Links()
    parser.feed(render_html(analyze(SEED), with_charts=False))
    return parser


def test_links_that_lead_to_different_places_have_different_names(seed_links):
    targets = defaultdict(set)
    for name, href in seed_links.links:
        targets[name].add(href)
    # before: five findings' links were all named "Evidence", each to another section
    assert {n: t for n, t in targets.items() if len(t) > 1} == {}
    assert ("Evidence: Who speaks", "#voices") in seed_links.links


def test_a_statement_link_says_it_is_a_statement(seed_links):
    ids = [(n, h) for n, h in seed_links.links if h.startswith("#statement-")]
    assert len(ids) > 20
    # before: a screen reader's list of links read "s3, s5, s6, s11", out of their table
    assert all(re.fullmatch(r"statement s\d+", n) for n, _ in ids), ids[:3]


def test_every_table_has_a_caption(seed_links):
    # before: the vocabulary and agency tables had none, only a heading above them
    assert len(seed_links.tables) > 8
    assert all(seed_links.tables)


def many_voices():
    """An article quoting both sides, seven third parties, both sides jointly and someone."""
    thirds = [Side(f"t{i}", f"Party{i}", [f"Party{i}"]) for i in range(1, 8)]
    sides = SideSet([Side("north", "Northland", ["Northland"]),
                     Side("south", "Southland", ["Southland"])], thirds)
    who = [("Northland", "north"), ("Southland", "south"), ("Both", BOTH), ("Nobody", UNKNOWN),
           *((t.name, t.id) for t in thirds)]
    text = " ".join(f"{name} said {name.lower()} was calm." for name, _ in who)
    return make_analysis(text, [(f"{name.lower()} was calm", name, side, "said", "neutral")
                                for name, side in who], sides)


def test_voices_that_share_a_colour_have_different_keys():
    analysis = many_voices()
    pal = palette(analysis)
    voices = [*analysis.sides.side_ids, BOTH, UNKNOWN, *(f"t{i}" for i in range(1, 8))]
    # Okabe–Ito has eight colours: the sixth third party is the first's bluish green again
    assert pal.colours["t6"] == pal.colours["t1"]
    assert [pal.key(v) for v in voices] == ["A", "B", "A+B", "?", *"CDEFGHI"]
    marks = re.findall(r'<mark class="st (v\w+)" data-sid="(s\d+)" data-key="([^"]+)"',
                       str(annotate(analysis, pal)))
    assert [k for _, _, k in marks] == ["A", "B", "A+B", "?", *"CDEFGHI"]


def test_letters_go_on_past_z():
    assert [letters(i) for i in (0, 2, 25, 26, 27)] == ["A", "C", "Z", "AA", "AB"]


def test_each_highlight_and_legend_entry_shows_its_key(browser, tmp_path):
    path = tmp_path / "voices.html"
    path.write_text(render_html(many_voices(), with_charts=False), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(path.as_uri())
    before = """s => Array.from(document.querySelectorAll(s)).map(
        e => getComputedStyle(e, '::before').content)"""
    # before: highlights differed by colour only (vermillion and orange tints look alike)
    keys = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "A+B", "?"]
    assert page.evaluate(before, ".legend mark.st") == [f'"{k}" / ""' for k in keys]
    assert page.evaluate(before, "#article-text mark.st[id]")[:4] == [
        '"A" / "Northland" ": "', '"B" / "Southland" ": "', '"A+B" / "both sides" ": "',
        '"?" / "unattributed" ": "']
    page.click("input[data-layer=statements]")  # the statements layer off: keys off too
    assert set(page.evaluate(before, "#article-text mark.st[id]")) == {"none"}
    page.close()


def test_a_wide_tables_caption_stays_on_a_phones_screen(browser, tmp_path):
    path = tmp_path / "seed.html"
    path.write_text(render_html(analyze(SEED)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(path.as_uri())
    off = """() => Array.from(document.querySelectorAll('.table-wrap')).flatMap(w => {
        const c = w.querySelector('caption:not(.sr-only)');
        if (!c) { return []; }
        const out = [];
        for (const x of [0, w.scrollWidth]) {
            w.scrollLeft = x;
            const r = c.getBoundingClientRect(), b = w.getBoundingClientRect();
            if (r.left < b.left - 1 || r.right > b.right + 1) {
                out.push(c.textContent.slice(0, 40));
            }
        }
        return out; })"""
    # before: the sentiment table's caption ran 461 px past the screen's edge
    assert page.evaluate("() => document.querySelectorAll('.table-wrap caption').length") > 8
    assert page.evaluate(off) == []
    page.close()


def test_a_statement_scrolled_to_is_not_hidden_under_the_legend(browser, tmp_path):
    path = tmp_path / "seed.html"
    path.write_text(render_html(analyze(SEED), with_charts=False), encoding="utf-8")
    page = browser.new_page(viewport={"width": 640, "height": 400})  # 1280 × 800 at 200% zoom
    page.goto(path.as_uri())
    hidden = """() => { const m = document.activeElement.closest('mark') || document.querySelector(
        location.hash); return m.getBoundingClientRect().top
        < document.querySelector('.legend').getBoundingClientRect().bottom; }"""
    under = []
    for i in range(1, 21):
        page.evaluate(f"location.hash = '#statement-s{i}'")  # an evidence link followed
        under += [f"link to s{i}"] if page.evaluate(hidden) else []
    page.focus("#statement-s20")
    for i in range(19, 0, -1):
        page.keyboard.press("Shift+Tab")  # back up through the statements
        under += [f"Shift+Tab to s{i}"] if page.evaluate(hidden) else []
    # before: the legend wraps to 122 px here, the scroll margin was 96 px: every one of them
    # had its first line under the legend
    assert under == []
    page.close()


def test_a_screen_reader_hears_whose_statement_it_is(browser, tmp_path):
    path = tmp_path / "voices.html"
    path.write_text(render_html(many_voices(), with_charts=False), encoding="utf-8")
    page = browser.new_page()
    page.goto(path.as_uri())
    tree = page.locator("#article-text").aria_snapshot()
    # before: "mark: northland was calm", whose it was only in the tooltip, on focus
    for said in ("Northland: northland was calm", "both sides: both was calm",
                 "unattributed: nobody was calm", "Party6: party6 was calm"):
        assert f'mark: "{said}"' in tree
    assert "- mark: Northland\n" in page.locator(".legend").aria_snapshot() + "\n"
    page.close()


def test_the_pointer_can_move_onto_a_tooltip_to_read_it(browser, tmp_path):
    path = tmp_path / "seed.html"
    path.write_text(render_html(analyze(SEED), with_charts=False), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(path.as_uri())
    tip = page.locator("#tip")
    page.hover("#statement-s7")
    mark, box = page.locator("#statement-s7").bounding_box(), tip.bounding_box()
    # down from the statement, across the gap, onto the tooltip's text (WCAG 1.4.13)
    page.mouse.move(box["x"] + 20, mark["y"] + mark["height"] - 2)
    page.mouse.move(box["x"] + 20, box["y"] + box["height"] / 2, steps=8)
    page.wait_for_timeout(600)
    # before: the tooltip let the pointer through and vanished as it left the statement
    assert tip.is_visible() and "Statement: s7" in tip.inner_text()
    page.mouse.move(5, 5)  # off it: it goes
    page.wait_for_selector("#tip", state="hidden", timeout=2000)
    page.close()
