"""framing batch end to end: resume after SIGKILL, caching, config changes, errors, exports."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from framing.batch.command import main
from framing.batch.exports import ARTICLE_COLUMNS, STATEMENT_COLUMNS, TERM_COLUMNS
from framing.batch.progress import Progress
from framing.batch.runner import run_batch
from framing.batch.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ("articles.csv", "statements.csv", "terms.csv", "analysis.jsonl", "errors.csv")
PAIRS = [("Armenia", "Azerbaijan", "Armenian", "Azerbaijani"),
         ("Israel", "Lebanon", "Israeli", "Lebanese"),
         ("India", "Pakistan", "Indian", "Pakistani")]


def article(i: int, paragraphs: int = 1) -> dict:
    a, b, da, db = PAIRS[i % len(PAIRS)]
    body = "\n\n".join(
        f"{a}'s defence ministry said {db} troops attacked its positions near village {i}-{p}. "
        f"\"The enemy deliberately shelled our posts,\" the ministry said. {b} denied the "
        f"claim, saying {da} forces had fired first. The {db} foreign ministry accused {a} "
        f"of raising tensions. {a} claimed {i % 7 + p} soldiers were killed. Fighting broke "
        f"out after midnight, officials said."
        for p in range(paragraphs))
    return {"id": f"art-{i:03d}", "title": f"{a} and {b} trade blame over clash {i}",
            "text": body, "media_name": ["Daily News", "The Courier"][i % 2],
            "publish_date": f"2022-09-{i % 28 + 1:02d}"}


def write_jsonl(path: Path, n: int, paragraphs: int = 1, bad_line: bool = True) -> Path:
    lines = [json.dumps(article(i, paragraphs)) for i in range(n)]
    if bad_line:
        lines.insert(3, "{this is not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def summary_counts(stderr: str) -> tuple[int, int]:
    m = re.search(r"(\d+) analysed, (\d+) cached", stderr)
    assert m, stderr
    return int(m.group(1)), int(m.group(2))


def store_rows(out: Path) -> list[tuple[str, str]]:
    db = sqlite3.connect(out / "results.sqlite")
    try:
        return sorted(db.execute("SELECT key, analysis_json FROM results").fetchall())
    finally:
        db.close()


def batch_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "framing.batch.command", *args]


# -- resume -------------------------------------------------------------------------------------
def test_sigkill_mid_run_then_rerun_equals_uninterrupted_run(tmp_path):
    n = 200  # enough work that the kill lands mid-run, however fast the analysis gets
    corpus = write_jsonl(tmp_path / "corpus.jsonl", n, paragraphs=6)
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    opts = ["--workers", "2", "--no-html", "--no-report"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(batch_cmd(str(corpus), "--out", str(killed), *opts), cwd=ROOT,
                            env=env, stderr=subprocess.PIPE, start_new_session=True)
    try:
        done = 0
        deadline = time.monotonic() + 120
        while done < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
            if (killed / "results.sqlite").exists():
                try:
                    db = sqlite3.connect(f"file:{killed / 'results.sqlite'}?mode=ro", uri=True)
                    done = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
                    db.close()
                except sqlite3.OperationalError:  # created but no table yet
                    pass
        assert proc.poll() is None, "the run finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its pool workers
    finally:
        proc.wait(30)
    kept = len(store_rows(killed))
    assert 3 <= kept < n
    assert not (killed / "statements.csv").exists()  # exports come at the end only

    rerun = subprocess.run(batch_cmd(str(corpus), "--out", str(killed), *opts), cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 1, rerun.stderr  # the bad JSON line
    assert summary_counts(rerun.stderr) == (n - kept, kept)  # no finished work done twice

    full = subprocess.run(batch_cmd(str(corpus), "--out", str(clean), *opts), cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert full.returncode == 1 and summary_counts(full.stderr) == (n, 0)
    assert store_rows(killed) == store_rows(clean)
    for name in EXPORTS:
        assert (killed / name).read_bytes() == (clean / name).read_bytes(), name
    assert (clean / "articles.csv").read_text(encoding="utf-8").count("\n") == n + 1


# -- caching and configuration ------------------------------------------------------------------
def test_rerun_is_cached_config_change_reanalyses_edit_reanalyses_one(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 6, bad_line=False)
    out = tmp_path / "out"
    run = {"workers": 1, "html": False, "report": False, "progress": False}
    assert (run_batch(corpus, out, **run).analysed, 0) == (6, 0)
    again = run_batch(corpus, out, **run)
    assert (again.analysed, again.cached) == (0, 6)
    before = (out / "analysis.jsonl").read_text(encoding="utf-8")

    lexicon = tmp_path / "extra.tsv"
    lexicon.write_text("# mine\nshelled\tmilitary_euphemism\n", encoding="utf-8")
    from framing.config import AnalysisConfig

    with_lex = run_batch(corpus, out, config=AnalysisConfig(extra_lexicons=(lexicon,)), **run)
    assert (with_lex.analysed, with_lex.cached) == (6, 0)
    after = (out / "analysis.jsonl").read_text(encoding="utf-8")
    assert "military_euphemism" in after and "military_euphemism" not in before
    assert len(after.splitlines()) == 6  # the old configuration's rows are not exported

    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    records[2]["text"] += " Armenia said it would respond."
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    edited = run_batch(corpus, out, **run)
    assert (edited.analysed, edited.cached) == (1, 5)
    ids = [json.loads(line)["document"]["id"]
           for line in (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == [f"art-{i:03d}" for i in range(6)]  # one row per article, doc id order
    assert "it would respond" in (out / "analysis.jsonl").read_text(encoding="utf-8")


def test_duplicate_records_are_analysed_once(tmp_path):
    corpus = tmp_path / "dup.jsonl"
    line = json.dumps(article(1))
    corpus.write_text(f"{line}\n{line}\n", encoding="utf-8")
    s = run_batch(corpus, tmp_path / "out", workers=1, html=False, report=False,
                  progress=False)
    assert (s.records, s.analysed, s.cached) == (2, 1, 1)


# -- errors -------------------------------------------------------------------------------------
def test_errors_csv_names_file_and_line_and_exit_status_is_1(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(article(0)["title"] + "\n\n" + article(0)["text"],
                                     encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.html").write_text("", encoding="utf-8")
    (folder / "more.jsonl").write_text(
        json.dumps(article(1)) + "\n{\"id\": \"x\", \"text\": \n" + json.dumps({"id": "nt"})
        + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main([str(folder), "--out", str(out), "--workers", "1", "--no-html", "--no-report"])
    assert code == 1
    assert "4 records failed" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO((out / "errors.csv").read_text(encoding="utf-8"))))
    got = {(Path(r["file"]).name, r["line"], r["record_id"]): r["message"] for r in rows}
    assert got[("binary.txt", "", "binary")] == "binary file, not text"
    assert got[("empty.html", "", "empty")] == "no text found in HTML"
    assert got[("more.jsonl", "2", "")].startswith("invalid JSON")
    assert got[("more.jsonl", "3", "nt")].startswith("no text")
    assert len(rows) == 4
    articles = list(csv.DictReader((out / "articles.csv").open(encoding="utf-8")))
    assert {(a["id"], a["status"]) for a in articles} == {
        ("good", "ok"), ("art-001", "ok"), ("binary", "error"), ("empty", "error")}
    # failures are cached too, and reported again on the next run
    assert main([str(folder), "--out", str(out), "--workers", "1", "--no-html",
                 "--no-report"]) == 1
    assert len((out / "errors.csv").read_text(encoding="utf-8").splitlines()) == 5


def test_a_record_over_max_mb_is_an_error_until_the_limit_is_raised(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    args = [str(corpus), "--out", str(out), "--workers", "1", "--no-html", "--no-report"]
    assert main([*args, "--max-mb", "0.0002"]) == 1
    rows = list(csv.DictReader((out / "errors.csv").open(encoding="utf-8")))
    assert len(rows) == 2 and all(r["message"].startswith("too large") for r in rows)
    # raising the limit analyses the records it refused
    assert main([*args, "--max-mb", "1"]) == 0
    assert "2 analysed, 0 cached" in capsys.readouterr().err


def test_exit_status_0_when_all_fine_and_2_for_usage(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    args = ["--workers", "1", "--no-html", "--no-report"]
    assert main([str(corpus), "--out", str(tmp_path / "o"), *args]) == 0
    assert main([str(tmp_path / "missing"), "--out", str(tmp_path / "o"), *args]) == 2
    assert main([str(corpus), "--out", str(tmp_path / "o"), "--sides", "nope.yaml", *args]) == 2
    assert main([str(corpus), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1",
                 *args]) == 2
    assert "needs --engine dask" in capsys.readouterr().err
    docx = tmp_path / "c.docx"
    docx.write_bytes(b"PK")
    assert main([str(docx), "--out", str(tmp_path / "o"), *args]) == 2
    capsys.readouterr()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK")  # not an article type
    assert main([str(empty), "--out", str(tmp_path / "o2"), *args]) == 1
    assert "holds no articles" in capsys.readouterr().err


# -- exports ------------------------------------------------------------------------------------
def test_exports_columns_and_content_load_as_tidy_tables(tmp_path):
    pd = pytest.importorskip("pandas")
    corpus = write_jsonl(tmp_path / "c.jsonl", 3, bad_line=False)
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    # the store is one file again: no -wal or -shm left by the exports' read-only connection,
    # nor by a later reader
    Store(out / "results.sqlite", readonly=True).close()
    assert [p.name for p in out.iterdir() if "sqlite" in p.name] == ["results.sqlite"]
    statements = pd.read_csv(out / "statements.csv")
    terms = pd.read_csv(out / "terms.csv")
    articles = pd.read_csv(out / "articles.csv")
    assert tuple(statements.columns) == STATEMENT_COLUMNS
    assert tuple(terms.columns) == TERM_COLUMNS
    assert tuple(articles.columns) == ARTICLE_COLUMNS
    assert statements["direct"].dtype == bool and terms["actor_term"].dtype == bool

    first = statements[statements.article_id == "art-000"]
    quote = first[first.text == "The enemy deliberately shelled our posts,"]
    assert quote.empty or quote.iloc[0].direct
    denial = first[first.speaker == "Azerbaijan"].iloc[0]
    assert (denial.side, denial.side_name, denial.side_kind) == ("azerbaijan", "Azerbaijan",
                                                                 "side")
    assert denial.outlet == "Daily News" and denial.date == "2022-09-01"
    assert -1 <= denial.sentiment_compound <= 1

    art = articles.set_index("id").loc["art-000"]
    by_side = first.groupby("side").size()
    assert art.statements_a == by_side.get(art.side_a, 0) > 0
    assert art.statements_b == by_side.get(art.side_b, 0) > 0
    assert art.n_statements == len(first)
    assert art.words_narrator > 0 and art.status == "ok"

    voice_terms = terms[(terms.article_id == "art-000") & (terms.voice == "azerbaijan")]
    assert voice_terms.loc[voice_terms.term == "claim", "count"].tolist() == [1]
    assert "enemy" not in set(voice_terms.term)  # the Armenian side's word, not Azerbaijan's
    assert set(terms.voice_kind) <= {"side", "third_party", "unknown", "narrator"}
    actor = terms[(terms.voice == "narrator") & terms.actor_term]
    assert not actor.empty and actor.term.str.contains("armenia|israel|india", case=False).any()
    lines = (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["document"]["id"] for x in lines] == ["art-000", "art-001", "art-002"]


def test_html_reports_written_and_restored_when_missing(tmp_path):
    pytest.importorskip("framing.render.html")
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, report=False, progress=False)
    pages = sorted(p.name for p in (out / "articles").iterdir())
    assert [re.sub(r"-[0-9a-f]{8}\.html$", "", p) for p in pages] == ["art-000", "art-001"]
    listed = [r["report"] for r in csv.DictReader(io.StringIO(
        (out / "articles.csv").read_text(encoding="utf-8")))]
    assert listed == [f"articles/{p}" for p in pages]
    (out / "articles" / pages[1]).unlink()
    again = run_batch(corpus, out, workers=1, report=False, progress=False)
    assert (again.analysed, again.cached) == (0, 2)  # rendered from the store, not re-analysed
    assert (out / "articles" / pages[1]).read_text(encoding="utf-8").startswith("<!")


def test_same_id_twice_gives_two_reports_and_stale_reports_go(tmp_path):
    pytest.importorskip("framing.render.html")
    first, second = article(0), article(1)
    second["id"] = first["id"]  # another article under the same id
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(first) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, progress=False)
    pages = sorted(p.name for p in (out / "articles").iterdir())
    assert len(pages) == 2 and all(p.startswith("art-000-") for p in pages)
    html = (out / "batch.html").read_text(encoding="utf-8")
    assert all(f'href="articles/{p}"' in html for p in pages)
    corpus.write_text(json.dumps(first) + "\n", encoding="utf-8")  # the second one is gone
    run_batch(corpus, out, workers=1, progress=False)
    assert len(list((out / "articles").iterdir())) == 1
    assert (out / "articles.csv").read_text(encoding="utf-8").count("articles/art-000-") == 1


def test_progress_line_shows_rate_and_eta():
    now = [0.0]
    stream = io.StringIO()
    bar = Progress(100, stream=stream, clock=lambda: now[0])
    now[0] = 10.0
    bar.update(25)
    line = bar.line()
    assert "25/100" in line and "2.5 articles/s" in line and "ETA 0:30" in line
    assert stream.getvalue() == "\r" + line + "\x1b[K"
    bar.close()
    assert stream.getvalue().endswith("\n")
    assert Progress(None, enabled=False).line().startswith("0 articles")


def test_a_corpus_folder_brings_its_own_sides_file(tmp_path):
    from framing.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    write_jsonl(folder / "articles.jsonl", 2, bad_line=False)
    (folder / "sides.yaml").write_text(
        "sides:\n  - id: north\n    name: Armenia\n    aliases: [Armenian, Armenia's]\n"
        "  - id: south\n    name: Azerbaijan\n    aliases: [Azerbaijani]\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "--out", str(out), "--no-html", "--no-report",
                 "--workers", "1", "--quiet"]) == 0
    sides = {row["side"] for row in csv.DictReader((out / "statements.csv").open())}
    assert "north" in sides and "armenia" not in sides


def test_a_batch_of_some_analyzers_gives_their_columns_and_a_report(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 6, bad_line=False)
    out = tmp_path / "out"
    assert main([str(corpus), "--out", str(out), "--workers", "1", "--quiet", "--no-html",
                 "--analyzers", "vocabulary"]) == 0
    rows = list(csv.DictReader(io.StringIO((out / "statements.csv").read_text())))
    assert rows and all(r["sentiment_compound"] == "" for r in rows)  # sentiment did not run
    assert all("sentiment" not in json.loads(line) for line in (out / "analysis.jsonl").open())
    assert (out / "terms.csv").stat().st_size > 1000 and (out / "batch.html").exists()
