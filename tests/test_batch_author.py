"""The article's author from every input (news-please, trafilatura, CSV, saved pages) to the
Document, the article report and articles.csv; a resumed batch equals an uninterrupted one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from framing.batch.inputs import Problem, Record, iter_records
from framing.batch.runner import run_batch
from framing.ingest import document_from_text
from tests.test_batch_resume import _outputs
from tests.test_batch_run import article

PAGE = ("<html><head><title>Clash</title><meta name=\"author\" content=\"Page Writer\"></head>"
        "<body><article><p>{}</p></article></body></html>")


def _records(path: Path) -> list[Record]:
    items = list(iter_records(path))
    assert not [i for i in items if isinstance(i, Problem)]
    return items


def test_news_please_authors_list_becomes_one_string(tmp_path):
    path = tmp_path / "np.json"  # news-please: one object per file, authors a list
    path.write_text(json.dumps({**article(0), "authors": ["Jane Roe", "John Doe", "Jane Roe"],
                                "maintext": "Body.", "source_domain": "news.example"}),
                    encoding="utf-8")
    (rec,) = _records(path)
    assert rec.fields["author"] == "Jane Roe; John Doe"  # each name once
    assert "authors" not in rec.fields.get("extra", {})


def test_trafilatura_author_string_and_objects_with_names(tmp_path):
    path = tmp_path / "t.jsonl"
    rows = [{"text": "Body.", "author": "Jane Roe; John Doe", "source": "https://x.example/a",
             "hostname": "x.example"},
            {"text": "Body.", "authors": [{"name": "Ann Lee"}, {"name": " "}, None]},  # feeds
            {"text": "Body.", "creator": "  By   Max  Muster "},
            {"text": "Body.", "author": [], "byline": "Ann Lee"}]  # first non-empty wins
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    recs = _records(path)
    assert [r.fields.get("author") for r in recs] == [
        "Jane Roe; John Doe", "Ann Lee", "Max Muster", "Ann Lee"]
    assert "author" not in recs[0].fields.get("extra", {})  # not twice


def test_csv_byline_column(tmp_path):
    path = tmp_path / "mc.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["stories_id", "Byline", "text"])
        w.writerow(["1", "By Jane Roe", "Body."])
        w.writerow(["2", "", "Body."])
    recs = _records(path)
    assert [r.fields.get("author") for r in recs] == ["Jane Roe", None]


def test_the_author_is_part_of_the_record_content():
    from framing.batch.inputs import _from_mapping

    a = _from_mapping({"text": "Body.", "authors": ["A"]}, "f", 1)
    b = _from_mapping({"text": "Body.", "authors": ["B"]}, "f", 1)
    assert a.content_hash != b.content_hash  # a corrected byline is analysed again


def test_a_records_author_goes_where_a_page_puts_it_and_wins_over_the_page():
    text = "Northland said Southland troops attacked. Southland denied it."
    assert document_from_text(text, author="Jane Roe").metadata["author"] == "Jane Roe"
    assert "author" not in document_from_text(text).metadata
    page = PAGE.format(text)
    assert document_from_text(page).metadata["author"] == "Page Writer"
    assert document_from_text(page, author="Jane Roe").metadata["author"] == "Jane Roe"


def _corpus(tmp_path: Path) -> Path:
    rows = [{**article(0), "authors": ["Jane Roe", "John Doe"]},
            {**article(1), "byline": "By <b>Ann</b> Lee"},
            article(2),
            {**article(3), "text": PAGE.format(article(3)["text"])},  # the page's own author
            {**article(4), "text": "\x00\x01 binary", "author": "Failed Writer"}]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _authors(out: Path) -> dict[str, str]:
    with (out / "articles.csv").open(encoding="utf-8", newline="") as fh:
        return {r["id"]: r["author"] for r in csv.DictReader(fh)}


def test_articles_csv_analysis_jsonl_and_report_carry_the_author(tmp_path):
    pytest.importorskip("framing.render.html")
    out = tmp_path / "out"
    run_batch(_corpus(tmp_path), out, workers=1, report=False, progress=False)
    assert _authors(out) == {"art-000": "Jane Roe; John Doe", "art-001": "<b>Ann</b> Lee",
                             "art-002": "", "art-003": "Page Writer",
                             "art-004": "Failed Writer"}  # a failed record's too
    docs = [json.loads(line)["document"] for line in
            (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()]
    assert docs[0]["metadata"]["author"] == "Jane Roe; John Doe"
    report = next((out / "articles").glob("art-001-*.html")).read_text(encoding="utf-8")
    assert "&lt;b&gt;Ann&lt;/b&gt; Lee" in report and "<b>Ann</b>" not in report


def test_a_folder_pages_author_is_in_articles_csv(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "p.html").write_text(PAGE.format(article(0)["text"]), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    assert _authors(out) == {"p": "Page Writer"}


def test_a_resumed_batch_with_authors_equals_an_uninterrupted_one(tmp_path):
    pytest.importorskip("framing.render.html")
    corpus = _corpus(tmp_path)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "part" / "c.jsonl"  # what a run stopped after two records had done
    part.parent.mkdir()
    part.write_text("".join(lines[:2] + lines[4:]), encoding="utf-8")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    run = {"workers": 1, "report": False, "progress": False}
    run_batch(part, out, **run)
    part.write_text("".join(lines), encoding="utf-8")
    again = run_batch(part, out, **run)
    assert (again.analysed, again.cached) == (2, 3)
    run_batch(part, fresh, **run)
    assert _outputs(out) == _outputs(fresh)
    assert _authors(out)["art-004"] == "Failed Writer"  # cached failures keep theirs
