"""The article report read without sight or colour: link names, table captions, voice keys."""

from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from framing import analyze
from framing.render.html import render_html
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
