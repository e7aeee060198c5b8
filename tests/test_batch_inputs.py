"""Batch inputs: folders, JSONL, JSON, CSV; field aliases; errors with file and line."""

from __future__ import annotations

import csv
import json

import pytest

from framing.batch.inputs import (
    InputTypeError,
    Problem,
    Record,
    count_records,
    iter_records,
    normalize_fields,
)

TEXT = "Northland said Southland troops attacked its positions. Southland denied it."


def _split(items):
    return ([i for i in items if isinstance(i, Record)],
            [i for i in items if isinstance(i, Problem)])


def test_folder_recursive_sorted_with_txt_html_and_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.html").write_text("<p>Two</p>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("One", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Three", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # not an article type: skipped
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    records, problems = _split(list(iter_records(tmp_path)))
    assert problems == []
    assert [r.record_id for r in records] == ["a", "b/z", "c"]
    assert records[1].path.endswith("z.html") and records[1].line is None
    assert count_records(tmp_path) == 3


def test_folder_reads_pages_a_browser_saved_as_one_file(tmp_path):
    from tests.test_html_pages import PAGES

    page = (PAGES / "reuters_single_file.mhtml").read_bytes()
    (tmp_path / "saved.mhtml").write_bytes(page)
    (tmp_path / "old.MHT").write_bytes(page)
    records, problems = _split(list(iter_records(tmp_path)))
    assert problems == []
    assert [r.record_id for r in records] == ["old", "saved"]
    assert count_records(tmp_path) == 2


def test_folder_content_hash_changes_with_content_only(tmp_path):
    (tmp_path / "a.txt").write_text("One", encoding="utf-8")
    first = next(iter_records(tmp_path)).content_hash
    assert next(iter_records(tmp_path)).content_hash == first
    (tmp_path / "a.txt").write_text("One!", encoding="utf-8")
    assert next(iter_records(tmp_path)).content_hash != first


def test_jsonl_news_please_fields_and_errors_with_line_numbers(tmp_path):
    path = tmp_path / "corpus.jsonl"
    news_please = {"maintext": TEXT, "title": "Clashes", "date_publish": "2022-09-13 08:00:00",
                   "source_domain": "news.example", "url": "https://news.example/1",
                   "authors": ["A. Writer"], "language": "en"}
    lines = [json.dumps(news_please), "", "{not json", json.dumps({"title": "no body"}),
             json.dumps([1, 2]), json.dumps({"id": 7, "text": TEXT, "media_name": "Daily"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, problems = _split(list(iter_records(path)))
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (3, "invalid JSON"), (4, "no text"), (5, "expected a JSON object, got list")]
    assert all(p.file == str(path) for p in problems)
    first, second = records
    assert first.line == 1 and first.fields["text"] == TEXT
    assert first.fields["outlet"] == "news.example"
    assert first.fields["date"] == "2022-09-13 08:00:00"
    assert first.fields["url"] == "https://news.example/1"
    assert first.fields["extra"] == {"language": "en"}  # lists are not kept
    assert second.line == 6 and second.record_id == "7" and second.fields["outlet"] == "Daily"


def test_jsonl_undecodable_line_is_an_error_of_its_own(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps({"text": TEXT}).encode() + b"\n{\"text\": \"caf\xe9\"}\n")
    records, problems = _split(list(iter_records(path)))
    assert len(records) == 1 and problems[0].line == 2 and "UTF-8" in problems[0].message


def test_jsonl_lone_surrogate_escape_is_an_error_of_its_own(tmp_path):
    # json reads "\\ud800" as a lone surrogate, which no UTF-8 output can hold: before this
    # was caught, the record crashed the whole batch when its analysis was stored
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "bad", "text": "Northland \\ud800 said."}\n'
                    + json.dumps({"id": "good", "text": TEXT}) + "\n", encoding="utf-8")
    records, problems = _split(list(iter_records(path)))
    assert [r.record_id for r in records] == ["good"]
    assert [(p.line, p.record_id) for p in problems] == [(1, "bad")]
    assert "surrogate" in problems[0].message


def test_json_file_trafilatura_object_and_array(tmp_path):
    traf = {"title": "Clashes", "text": TEXT, "raw_text": TEXT, "date": "2022-09-13",
            "hostname": "site.example", "source": "https://site.example/a", "id": None}
    one = tmp_path / "one.json"
    one.write_text(json.dumps(traf, indent=2), encoding="utf-8")
    (rec,) = iter_records(one)
    assert rec.fields["outlet"] == "site.example"
    assert rec.fields["url"] == "https://site.example/a"  # a URL "source" is the url
    assert "raw_text" not in rec.fields.get("extra", {})
    many = tmp_path / "many.json"
    many.write_text(json.dumps([traf, {"title": "x"}]), encoding="utf-8")
    records, problems = _split(list(iter_records(many)))
    assert len(records) == 1 and problems[0].message.startswith("item 2: no text")


def test_csv_media_cloud_export_with_missing_text_and_long_fields(tmp_path):
    path = tmp_path / "mc.csv"
    long_text = "Northland said Southland attacked. " * 20000  # beyond csv's default limit
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["stories_id", "publish_date", "title", "url", "language", "media_name",
                    "text"])
        w.writerow(["101", "2022-09-13 10:00:00", "Clash\nat the border", "http://a", "en",
                    "Daily News", TEXT])
        w.writerow(["102", "2022-09-14", "No text here", "http://b", "en", "Daily News", ""])
        w.writerow(["103", "2022-09-15", "Long", "http://c", "en", "Weekly", long_text])
    records, problems = _split(list(iter_records(path)))
    assert [r.record_id for r in records] == ["101", "103"]
    first = records[0]
    assert first.fields["outlet"] == "Daily News" and first.fields["date"].startswith("2022-09-13")
    assert first.fields["title"] == "Clash\nat the border"
    assert first.fields["extra"] == {"language": "en"}
    assert first.line == 2
    # the quoted title spans two lines, so record 102 starts on line 4
    assert (problems[0].line, problems[0].record_id) == (4, "102")
    assert problems[0].message.startswith("no text")
    assert len(records[1].fields["text"]) == len(long_text.strip())
    assert count_records(path) == 3


def test_field_aliases_case_insensitive_first_non_empty_wins():
    fields = normalize_fields({"Text": "", "MainText": "body", "Headline": "H",
                               "Published": "2024-01-02", "Domain": "d.example",
                               "Link": "http://l", "story_id": 5.0})
    assert fields == {"id": "5", "text": "body", "title": "H", "url": "http://l",
                      "outlet": "d.example", "date": "2024-01-02"}


def test_record_hash_depends_on_metadata_too():
    from framing.batch.inputs import _from_mapping

    a = _from_mapping({"text": TEXT, "title": "A"}, "f", 1)
    b = _from_mapping({"text": TEXT, "title": "B"}, "f", 9)
    c = _from_mapping({"text": TEXT, "title": "A"}, "g", 3)
    assert a.content_hash != b.content_hash
    assert a.content_hash == c.content_hash  # where a record sits is not its content


def test_unsupported_input_type(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK")
    with pytest.raises(InputTypeError):
        list(iter_records(path))
    with pytest.raises(InputTypeError):
        list(iter_records(tmp_path / "missing"))


def test_unreadable_files_and_folders_are_problems_and_the_rest_is_read(tmp_path, monkeypatch):
    import os
    import pathlib

    (tmp_path / "a.txt").write_text("One", encoding="utf-8")
    (tmp_path / "locked.jsonl").write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Two", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "loop").symlink_to(tmp_path)  # a link to a folder is not followed
    denied = {str(tmp_path / "locked.jsonl"), str(tmp_path / "locked")}
    real_open, real_scandir = pathlib.Path.open, os.scandir

    def path_open(self, *args, **kwargs):  # what chmod 000 does (tests may run as root)
        if str(self) in denied:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def scandir(path="."):
        if str(path) in denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(pathlib.Path, "open", path_open)
    monkeypatch.setattr(os, "scandir", scandir)
    records, problems = _split(list(iter_records(tmp_path)))
    assert [r.record_id for r in records] == ["a"]
    assert sorted((p.file, p.message) for p in problems) == [
        (str(tmp_path / "gone.txt"), "cannot read file (broken link)"),
        (str(tmp_path / "locked"), "cannot read folder (Permission denied)"),
        (str(tmp_path / "locked.jsonl"), "cannot read file (Permission denied)"),
    ]
    assert count_records(tmp_path) == 2
    assert list(iter_records(tmp_path / "locked.jsonl"))[0].message == (
        "cannot read file (Permission denied)")


def test_csv_quoted_field_never_closed_is_a_problem_not_one_merged_article(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"He said ""we will\nrespond"" today."\n2,"Two\n'
                    "3,Three\n4,Four\n", encoding="utf-8")
    records, problems = _split(list(iter_records(path)))
    assert [(r.record_id, r.fields["text"]) for r in records] == [
        ("1", 'He said "we will\nrespond" today.')]
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (4, "a quoted field is not closed")]
    assert "lines 4-6" in problems[0].message


@pytest.mark.parametrize(("name", "data"), [
    ("semicolon.csv", f"id;title;text\n1;A; {TEXT}\n".encode()),
    ("tab.csv", f"id\ttitle\ttext\n1\tA\t{TEXT}\n".encode()),
    ("utf16.csv", f"id,title,text\n1,A,\"{TEXT}\"\n".encode("utf-16")),
])
def test_csv_of_spreadsheets_semicolons_tabs_utf16_is_read(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    records, problems = _split(list(iter_records(tmp_path / name)))
    assert problems == []
    assert [(r.record_id, r.fields["title"], r.fields["text"]) for r in records] == [
        ("1", "A", TEXT)]


@pytest.mark.parametrize(("data", "found"), [
    (b"id,title,url\n1,A,http://x\n2,B,http://y\n", "found 'id,title,url'"),
    ("id,titre,texte\n1,Arm\u00e9nie,x\n".encode("latin-1"), "found 'id,titre,texte'"),
    ("Arm\u00e9nie,x\n1,y\n".encode("latin-1"), "found not valid UTF-8"),
])
def test_csv_without_a_text_column_is_one_problem_of_the_file(tmp_path, data, found):
    path = tmp_path / "c.csv"
    path.write_bytes(data)
    problems = list(iter_records(path))
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (1, "no text column in the header")]
    assert found in problems[0].message


def test_a_cut_jsonl_line_says_what_is_wrong_in_plain_words(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "t", "text": "abc\n{"id": 1 "text": "x"}\n', encoding="utf-8")
    assert [p.message for p in iter_records(path)] == [
        "invalid JSON (Unterminated string starting at column 21)",
        "invalid JSON (Expecting ',' delimiter at column 10)"]


def test_a_huge_article_file_is_hashed_without_holding_it(tmp_path):
    import tracemalloc

    with open(tmp_path / "huge.txt", "wb") as fh:
        fh.truncate(40_000_000)  # refused later as too large; listing it must not load it
    tracemalloc.start()
    try:
        (record,) = iter_records(tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert record.path.endswith("huge.txt") and peak < 5_000_000


def test_a_long_jsonl_line_is_read_with_few_copies_of_it(tmp_path):
    # a 25 MB record, refused as too large, took the batch's parent some 120 MB: the line's
    # bytes were stripped (a copy), kept by enumerate() while the record was built, and
    # copied again in front of the content hash
    import tracemalloc

    path = tmp_path / "c.jsonl"
    line = json.dumps({"id": "big", "text": "\n\n".join([TEXT] * 100_000) + "\n"})
    path.write_text(line + "\n" + json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        ids = [r.record_id for r in iter_records(path)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ids == ["big", None]
    # the line, read (twice its size while read), then the parsed text, its stripped copy
    # (the record's) and the JSON the content hash is taken of
    assert peak < 3.5 * len(line)


def test_jsonl_and_json_in_utf16_as_windows_powershell_writes_them(tmp_path):
    lines = "\n".join(json.dumps({"id": f"a{i}", "text": TEXT}) for i in range(2)) + "\n"
    (tmp_path / "c.jsonl").write_bytes(lines.encode("utf-16"))
    (tmp_path / "c.json").write_bytes(json.dumps([{"id": "b", "text": TEXT}]).encode("utf-16"))
    records, problems = _split(list(iter_records(tmp_path)))
    assert problems == []
    assert [(r.record_id, r.line, r.fields["text"]) for r in records] == [
        ("b", None, TEXT), ("a0", 1, TEXT), ("a1", 2, TEXT)]
