"""batch.html: escaping, relative links, size, the store entry point, and a real browser."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from framing import analyze
from framing.batch.store import Store
from framing.compare import build_batch_report, compare_corpus
from framing.compare.report import render_batch
from framing.ingest import document_from_text
from tests.test_compare import SIDES, X_TEXT, corpus

ARTIFACTS = Path(__file__).parent / "artifacts"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


def hostile_corpus():
    """The test corpus plus an article whose title and outlet carry markup."""
    yield from corpus(2)
    doc = document_from_text(X_TEXT, doc_id="evil/../1", title=f"Bad {SCRIPT}", outlet=IMG,
                             date="2024-05-01")
    yield analyze(doc, sides=SIDES)


@pytest.fixture(scope="module")
def html() -> str:
    return render_batch(compare_corpus(hostile_corpus()))


def test_article_derived_text_is_escaped(html):
    assert SCRIPT not in html and IMG not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html  # in tables and in SVG tick labels
    assert "<script" not in html  # the page needs no script at all


def test_links_are_relative_article_reports(html):
    hrefs = re.findall(r'href="([^"]+)"', html)
    article_links = [h for h in hrefs if not h.startswith("#")]
    assert len(article_links) == 5
    assert all(re.fullmatch(r"articles/[\w.-]+\.html", h) for h in article_links)
    assert "articles/evil_.._1.html" in article_links
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_no_text_inlined_and_size_grows_per_row_only(html):
    c = compare_corpus(corpus(2))
    small = render_batch(c)
    assert "spent the night in basements" not in small  # article text is never inlined
    big = copy.copy(c)
    big.articles = [{"doc_id": f"doc-{i}", "title": f"A reasonably long headline number {i}",
                     "outlet": "Some Outlet", "date": "2024-03-01", "statements": 9,
                     "by_side": {"Northland": 4, "Southland": 5}} for i in range(2000)]
    large = render_batch(big)
    per_row = (len(large) - len(small)) / (2000 - len(c.articles))
    assert per_row < 400, per_row
    assert len(large) < 2_000_000


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "results.sqlite"
    with Store(path) as store:
        for i, a in enumerate(corpus(2)):
            key = f"k{i}"
            store.add_result({"key": key, "doc_id": a.document.id, "outlet": a.document.outlet,
                              "date": a.document.date, "title": a.document.title,
                              "status": "ok", "analysis_json": a.to_json(indent=None)})
            store.add_manifest(key)
        store.commit()
    return path


def _reports(tmp_path: Path) -> None:
    """Stand-ins for the article reports a batch run writes (doc id + store key)."""
    (tmp_path / "articles").mkdir()
    for i, a in enumerate(corpus(2)):
        (tmp_path / "articles" / f"{a.document.id}-k{i}.html").write_text(
            f"<!DOCTYPE html><title>{a.document.id}</title>", encoding="utf-8")


def test_build_batch_report_from_a_store(tmp_path):
    store = _store(tmp_path)
    _reports(tmp_path)
    out = build_batch_report(store, tmp_path)
    assert out == tmp_path / "batch.html"
    page = out.read_text(encoding="utf-8")
    assert "Story 0 from X" in page and 'href="articles/X-0-k0.html"' in page  # id + store key
    assert page.count("<svg") >= 5
    assert build_batch_report(tmp_path, tmp_path) == out  # the folder works too


def test_articles_without_reports_are_listed_unlinked(tmp_path):
    """After `framing batch --no-html` the page listed every article as a link to a report
    that was never written: 10,000 dead links for a 10,000-article run."""
    page = build_batch_report(_store(tmp_path), tmp_path).read_text(encoding="utf-8")
    assert "Story 0 from X" in page and 'href="articles/' not in page
    assert "no article's own report was found" in page
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "X-0-k0.html").write_text("<title>x</title>", encoding="utf-8")
    page = build_batch_report(tmp_path, tmp_path).read_text(encoding="utf-8")
    assert re.findall(r'href="(articles/[^"]+)"', page) == ["articles/X-0-k0.html"]


def test_compare_html_links_the_batch_folders_reports(tmp_path, capsys):
    """`framing compare DIR --html FILE` linked articles/<doc id>.html beside FILE, a name the
    batch never writes (its reports carry the store key): every link was dead."""
    from framing.compare.command import main

    _store(tmp_path)
    _reports(tmp_path)
    page = tmp_path / "elsewhere" / "page.html"
    assert main(["compare", str(tmp_path), "--html", str(page)]) == 0
    hrefs = re.findall(r'href="([^#"][^"]*)"', page.read_text(encoding="utf-8"))
    assert len(hrefs) == 4 and all((page.parent / h).is_file() for h in hrefs)
    assert "../articles/X-0-k0.html" in hrefs


def test_batch_report_in_a_browser(tmp_path, browser):
    store = _store(tmp_path)
    _reports(tmp_path)
    out = build_batch_report(store, tmp_path)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors, requests = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    page.wait_for_load_state("load")
    assert errors == []
    assert requests == [out.as_uri()]
    assert page.locator("svg[role=img]").count() >= 5
    links = page.locator("#articles a")
    assert links.count() == 4
    for i in range(links.count()):
        target = tmp_path / links.nth(i).get_attribute("href")
        assert target.exists(), target
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "batch-1280.png"), full_page=True)
    links.first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/articles/X-0-k0.html")
    page.close()


def test_same_comparison_same_page(html):
    again = render_batch(compare_corpus(hostile_corpus()))
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert "<svg" in html and "clip-path" in html  # the charts' ids would be random if unsalted
    assert stamp.sub("", again) == stamp.sub("", html)


def test_a_table_says_how_each_groups_sides_were_found(html):
    table = html[html.index("How each group's statements were tied to a side"):]
    table = table[:table.index("</table>")]
    assert "named with the speaker" in table and "not resolved" in table
    # the hostile outlet's one article: 3 statements, all named
    row = re.search(r"<th scope=\"row\">&lt;img[^<]*</th>(.*?)</tr>", table).group(1)
    assert re.findall(r'<td class="num">(\d+) ', row) == ["3", "0", "0", "0"]


def test_the_words_chart_is_drawn_at_the_scale_of_the_statements_chart(html):
    """Both share charts span the axes' width: six legend entries in one row made the words
    chart 14% wider, and the page, fitting every chart to its column, shrank its text."""
    widths = [float(w) for w in re.findall(r'viewBox="0 0 ([\d.]+) ', html)]
    statements, words = widths[:2]  # the first two charts: who is quoted, whose words
    assert words == pytest.approx(statements, rel=0.02)


def test_a_batch_whose_records_all_failed_says_so():
    """It said "No article with two sides", as if the articles had been read; all had failed."""
    page = render_batch(compare_corpus([]))
    assert "No article was analysed" in page and "errors.csv" in page
    assert "No article with two sides" not in page


def test_a_long_time_series_labels_at_most_twelve_periods():
    """72 months were each labelled on the time axis, and the labels overprinted one another."""
    from framing.compare.charts import timeline

    periods = [f"{y}-{m:02d}" for y in range(2019, 2025) for m in range(1, 13)]
    svg = timeline(periods, ["A", "B"], [[3, 4]] * 72, [[-0.2, -0.1]] * 72,
                   ["#0072B2", "#D55E00"], "month")
    shown = [p for p in periods if f">{p}<" in svg]
    assert 6 <= len(shown) <= 12 and shown[0] == "2019-01"
    short = timeline(periods[:5], ["A", "B"], [[3, 4]] * 5, [[-0.2, -0.1]] * 5,
                     ["#0072B2", "#D55E00"], "month")
    assert all(f">{p}<" in short for p in periods[:5])


def test_charts_of_many_groups_are_left_out_and_the_page_says_so():
    """Grouped by week over six years (314 groups), each per-group chart was capped at 16
    inches: rows 4 pt apart, their labels overprinted."""
    from framing.compare.report import MAX_CHART_GROUPS, view_model

    c = compare_corpus(corpus(1))
    vm = view_model(c)
    assert vm["share_chart"] and "charts_left_out" not in vm
    many = copy.deepcopy(c)
    names = [f"2020-W{i:02d}" for i in range(MAX_CHART_GROUPS)]
    for table in (many.voice_share, many.verbs, many.sentiment, many.stance, many.narrator_acts,
                  many.frames):
        for g in names:
            table[g] = table["X"]
    many.groups = [*c.groups, *names]
    vm = view_model(many)
    assert vm["charts_left_out"] == len(many.groups) and "share_chart" not in vm
    assert len(vm["voice_rows"]) == len(many.groups)  # the tables keep every group
    page = render_batch(many)
    assert f"With {len(many.groups)} groups the charts" in page
    assert "Stacked bar chart" not in page and "Dot chart" not in page


def test_the_doubt_chart_speaks_in_percent_like_its_table(html):
    """Its axis read 0.0 … 1.0 (on a large corpus −0.02 … 0.14: a negative share) beside a
    table in %."""
    i = html.index('aria-label="Dot chart with 95% intervals: Share of each side')
    svg = html[i:html.index("</svg>", i)]
    ticks = re.findall(r">(−?-?[0-9.]+%?)<", svg)
    assert ticks and all(t.endswith("%") and not t.startswith(("-", "−")) for t in ticks)
    assert "100%" in ticks and "Southland 100% (" in svg


def test_a_300_character_outlet_name_keeps_tables_and_charts_readable(tmp_path, browser):
    from tests.test_compare import Y_TEXT, _article

    long_outlet = ("The International Consortium of Independent Regional and Transcontinental "
                   "Broadcasting, Publishing and Syndication Services " * 4)[:300]
    articles = [_article(i, o, t, f"2024-03-{i + 1:02d}") for i in range(2)
                for o, t in ((long_outlet, X_TEXT), ("Y", Y_TEXT))]
    path = tmp_path / "batch.html"
    path.write_text(render_batch(compare_corpus(articles)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(path.as_uri())
    wide = page.evaluate("""Array.from(document.querySelectorAll('.table-wrap'))
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText.slice(0, 60))""")
    assert wide == []  # before: the name on one line pushed every figure behind a scroll
    # charts keep their plot: the name is cut there (and whole in the alt text)
    svg = page.locator("svg[role=img]").first
    assert long_outlet in svg.get_attribute("aria-label")
    assert long_outlet not in svg.inner_html()
    page.close()
