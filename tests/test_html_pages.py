"""Saved news pages as users hand them to framing: the article text and metadata read from each.

``tests/fixtures/html_pages/`` holds ten article pages written by the framing project (MIT):
invented news text (the Kestria–Arvel conflict) in the markup of a wire service, broadcasters,
newspapers, a live blog, an AMP page, a WordPress site and a legacy Windows-1252 table layout,
with navigation, cookie banners, bylines, figures and captions, share buttons, related links
inside the text, ads, newsletter and paywall boxes, comments, footers, JSON-LD and OpenGraph.
``NAME.html.expected`` is the article text read from ``NAME.html``; ``expected.json`` holds each
page's title, outlet, date, url and author.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.ingest import load_document
from framing.text.segment import split_sentences

PAGES = Path(__file__).resolve().parent / "fixtures" / "html_pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
#: Text of each page that is not the article; none of it may be read as article text.
CHROME = ["Cookie", "cookies", "Sign up", "Share", "Subscribe", "Advertisement", "Read more",
          "More on this story", "Related", "Most read", "Photograph", "REUTERS/", "Getty",
          "Credit", "Image caption", "opens new tab", "Comments", "wrote", "All rights reserved",
          "©", "Loading", "Privacy", "Skip", "Home", "By ", "Updated", "contributed",
          "newsletter", "subscriber", "Log in", "Trending", "Paid Partner"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_page_reads_as_its_article(name):
    doc = load_document(PAGES / name)
    expected = (PAGES / f"{name}.expected").read_text(encoding="utf-8").rstrip("\n")
    assert doc.text == expected
    assert [p for p in doc.text.split("\n\n") if any(c in p for c in CHROME)] == []
    meta = EXPECTED[name]
    assert (doc.title, doc.outlet, doc.date, doc.url, doc.metadata.get("author")) == (
        meta["title"], meta["outlet"], meta["date"], meta["url"], meta["author"])
    assert doc.text.count(doc.title) == 1 and doc.text.startswith(doc.title)
    paragraphs = [p for p in doc.text.split("\n\n") if p.strip()]
    sentences = split_sentences(doc.text)
    assert {s.start for s in sentences} >= {doc.text.index(p) for p in paragraphs}
