"""Hostile inputs to `framing batch` and `framing compare`: one-line errors, the right exit status,
nothing lost."""

from __future__ import annotations

import json
import sqlite3

import pytest

from framing.batch.command import main as batch_main
from framing.cli import main as cli_main
from tests.test_batch_run import write_jsonl

QUICK = ["--workers", "1", "--no-html", "--no-report", "--quiet"]


def _one_line(err: str, *names: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert all(name in lines[0] for name in names), err
    return lines[0]


def _garbage_store(folder, kind: str):
    folder.mkdir()
    path = folder / "results.sqlite"
    if kind == "bytes":
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    else:  # an SQLite file of something else
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE other (x)")
        db.commit()
        db.close()
    return path


@pytest.mark.parametrize("kind", ["bytes", "other"])
def test_compare_on_a_file_that_is_not_a_store(tmp_path, capsys, kind):
    path = _garbage_store(tmp_path / "out", kind)
    assert cli_main(["compare", str(tmp_path / "out")]) == 1
    line = _one_line(capsys.readouterr().err, str(path))
    assert "not a framing batch store" in line


def test_compare_on_json_files_that_are_not_analyses(tmp_path, capsys):
    (tmp_path / "a.json").write_text('{"title": "x"}', encoding="utf-8")
    assert cli_main(["compare", str(tmp_path)]) == 1
    assert "no 'document' field" in _one_line(capsys.readouterr().err, "a.json")
    (tmp_path / "a.json").write_text("not json", encoding="utf-8")
    assert cli_main(["compare", str(tmp_path / "a.json")]) == 1
    _one_line(capsys.readouterr().err, "a.json")


def test_batch_into_a_garbage_store_or_a_file_is_a_usage_error(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 1, bad_line=False)
    store = _garbage_store(tmp_path / "out", "bytes")
    assert batch_main([str(corpus), "--out", str(tmp_path / "out"), *QUICK]) == 2
    assert "not a framing batch store" in _one_line(capsys.readouterr().err, str(store))
    assert batch_main([str(corpus), "--out", str(corpus), *QUICK]) == 2
    assert "must be a folder" in _one_line(capsys.readouterr().err, str(corpus))
    assert batch_main([str(corpus), "--out", str(corpus / "sub"), *QUICK]) == 2
    assert "cannot create the output folder" in _one_line(capsys.readouterr().err)


def test_a_long_non_ascii_id_gets_a_report_file_name_the_disk_takes(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    record = json.loads(write_jsonl(tmp_path / "one.jsonl", 1, bad_line=False).read_text())
    corpus.write_text(json.dumps({**record, "id": "\u00e9" * 200}) + "\n", encoding="utf-8")
    args = ["--workers", "1", "--no-report", "--quiet"]
    assert batch_main([str(corpus), "--out", str(tmp_path / "out"), *args]) == 0
    (report,) = (tmp_path / "out" / "articles").iterdir()
    assert report.name.startswith("\u00e9" * 75) and len(report.name.encode()) < 200


def test_a_lexicon_or_background_file_not_in_utf8_is_refused_before_any_article(
        tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 1, bad_line=False)
    png = tmp_path / "terms.tsv"
    png.write_bytes(b"enemy\tdysphemism\n\x89PNG\r\n\x1a\n")
    assert cli_main(["analyze", str(corpus), "--format", "text", "--lexicon", str(png)]) == 1
    assert "line 2: not valid UTF-8 (byte 0x89)" in _one_line(capsys.readouterr().err, str(png))
    assert batch_main([str(corpus), "--out", str(tmp_path / "o"), "--background", str(png),
                       *QUICK]) == 2
    _one_line(capsys.readouterr().err, str(png))
    assert not (tmp_path / "o").exists()


def test_terminal_output_writes_control_characters_out(tmp_path, capsys):
    from framing import analyze
    from framing.ingest import document_from_text

    evil = "\x1b]0;retitled\x07\x1b[2J\x9b31m"  # retitle the window, clear the screen
    text = f"Clashes {evil}on the border\n\n" + (
        "Azerbaijan denied it, saying Armenia had shelled its villages first. " * 20)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert cli_main(["analyze", str(tmp_path / "a.txt"), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Clashes \\x1b]0;retitled\\x07\\x1b[2J\\x9b31mon the border" in out
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    doc = document_from_text(text, doc_id="a", outlet=f"Daily {evil}", date="2024-01-02")
    (tmp_path / "a.json").write_text(analyze(doc).to_json(), encoding="utf-8")
    assert cli_main(["compare", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert "Daily \\x1b]0;" in out and not any(ch in out for ch in "\x1b\x07\x9b")


def test_an_output_folder_inside_the_input_folder_is_not_read_as_articles(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "c.jsonl", 2, bad_line=False)
    args = ["--workers", "1", "--quiet"]
    for _ in range(2):  # the second run would find the first one's reports and CSVs
        assert batch_main([str(corpus), "--out", str(corpus / "out"), *args]) == 0
        assert "2 records" in capsys.readouterr().err
    assert batch_main([str(corpus), "--out", str(corpus), *args]) == 2
    assert "must not be the INPUT folder" in _one_line(capsys.readouterr().err)


def test_compare_names_a_background_file_it_cannot_read(tmp_path, capsys):
    from framing import analyze

    text = "Azerbaijan denied it, saying Armenia had shelled its villages first. " * 5
    (tmp_path / "a.json").write_text(analyze(text).to_json(), encoding="utf-8")
    png = tmp_path / "bg.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert cli_main(["compare", str(tmp_path), "--background", str(png)]) == 1
    assert "not valid UTF-8" in _one_line(capsys.readouterr().err, str(png))
    assert cli_main(["compare", str(tmp_path), "--background", str(tmp_path / "no.txt")]) == 1
    _one_line(capsys.readouterr().err, "no.txt: no such file")
