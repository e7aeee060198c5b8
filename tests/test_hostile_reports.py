"""A corpus whose every field carries script payloads, run through `framing batch`: neither
batch.html nor an article report runs any of it in Chromium, and no `javascript:` URL is a link."""

from __future__ import annotations

import json

import pytest

from framing.batch.command import main as batch_main
from tests.test_report_browser import open_page

# long outlet names squeeze the batch report's charts; not what this test is about
pytestmark = pytest.mark.filterwarnings("ignore:Tight layout not applied:UserWarning")

PAYLOADS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">',
            '"><svg onload=window.__pwned=1>', '</script><script>window.__pwned=1</script>',
            '{{ 7*7 }} {% raw %}', ']]> \u2028 \u2029 </style>']
SIDES = """\
sides:
  - id: north
    name: 'North <script>window.__pwned=1</script> {{ 7*7 }}'
    aliases: [Northland, '"><svg onload=window.__pwned=1>']
  - id: south
    name: 'South <img src=x onerror="window.__pwned=1">'
    aliases: [Southland]
use_gazetteer: false
"""


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    records = []
    for i, p in enumerate(PAYLOADS):
        text = (f"Northland troops shelled villages {p}, officials said.\n\n"
                f"Minister {p} Arvel of Southland said \"the {p} aggression of Northland "
                f"will be answered\".\n\n\"We never fired first {p},\" said {p} General Torv "
                f"of Northland. Southland accused Northland of {p} terrorism.\n")
        records.append({"id": f"id{i} {p}", "title": f"Title {p}", "text": text,
                         "outlet": f"Outlet {p}", "url": "javascript:window.__pwned=1",
                         "authors": [f"Author {p}", p],
                         "date": f"2024-0{i + 1}-01 {p}"})
    (root / "c.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n",
                                  encoding="utf-8")
    (root / "sides.yaml").write_text(SIDES, encoding="utf-8")
    assert batch_main([str(root / "c.jsonl"), "--out", str(root / "out"), "--sides",
                       str(root / "sides.yaml"), "--workers", "1", "--quiet"]) == 0
    return root / "out"


def test_no_report_runs_a_payload_or_links_a_javascript_url(browser, hostile_batch):
    pages = [hostile_batch / "batch.html", *sorted((hostile_batch / "articles").glob("*.html"))]
    assert len(pages) == 1 + len(PAYLOADS)
    for path in pages:
        page, log = open_page(browser, path)
        for mark in page.query_selector_all("mark[id^=statement-]"):
            mark.hover()  # the tooltips write speaker names into the page
        assert page.evaluate("window.__pwned") is None, path.name
        assert log["dialogs"] == [] and log["errors"] == [], path.name
        links = page.evaluate("[...document.querySelectorAll('[href],[src]')]"
                              ".map(e => e.getAttribute('href') || e.getAttribute('src'))")
        assert not [u for u in links if u.strip().lower().startswith("javascript")], path.name
        assert page.locator("img, iframe, object, embed").count() == 0, path.name
        page.close()
    article = (hostile_batch / "articles" / "id0_script_window.__pwned_1_script-*.html")
    text = next(article.parent.glob(article.name)).read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "Author &lt;script&gt;window.__pwned=1&lt;/script&gt;; &lt;script&gt;" in text
