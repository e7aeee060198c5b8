"""The store's derived columns (exports and comparison digests) and the fallback without them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from framing.batch.exports import voice_terms, write_exports
from framing.batch.runner import run_batch
from framing.batch.store import DERIVED_COLUMNS, ROW_COLUMNS, Store
from framing.compare import compare_corpus
from framing.compare.digest import article_digest
from framing.compare.report import iter_store
from framing.model import ArticleAnalysis
from tests.helpers import write_corpus

TEXTS = [
    ("North Ledger", "2024-02-03",
     "Serbia's interior ministry said Kosovo police raided two villages near the border. "
     "\"The raids are a provocation,\" a Serbian minister said. Kosovo denied any raid and "
     "accused Serbia of sending armed groups across the line."),
    ("North Ledger", "2024-02-11",
     "Kosovo's prime minister claimed Serbian units fired on a patrol. \"Serbia wants war,\" "
     "he said. Serbia rejected the claim and said its units had stayed in their barracks."),
    ("River Daily", "2024-03-01",
     "Officials in Kosovo said talks resumed in Brussels. Serbia's president said the talks "
     "were useless, while Kosovo alleged that Serbian officials had blocked the border "
     "crossings for a week."),
]
EXPORTS = ("articles.csv", "statements.csv", "terms.csv", "analysis.jsonl", "errors.csv")



@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("derived")
    corpus = write_corpus(tmp / "corpus.jsonl", TEXTS, "kv", "not json\n")
    out = tmp / "out"
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    return out


def _old_schema_copy(batch: Path, dest: Path) -> Path:
    """The batch's store as a framing version before the derived columns would have left it."""
    dest.mkdir()
    path = dest / "results.sqlite"
    cols = ROW_COLUMNS + ("analysis_json", "terms_json")
    with sqlite3.connect(batch / "results.sqlite") as src, sqlite3.connect(path) as db:
        db.execute(f"CREATE TABLE results ({', '.join(cols)})")
        db.execute("CREATE TABLE manifest (seq INTEGER PRIMARY KEY, key TEXT NOT NULL)")
        db.execute("CREATE TABLE errors (file TEXT, line INTEGER, record_id TEXT, message TEXT)")
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
        db.executemany(f"INSERT INTO results VALUES ({', '.join('?' * len(cols))})",
                       src.execute(f"SELECT {', '.join(cols)} FROM results"))
        db.executemany("INSERT INTO manifest VALUES (?, ?)", src.execute("SELECT * FROM manifest"))
        db.executemany("INSERT INTO errors VALUES (?, ?, ?, ?)",
                       src.execute("SELECT * FROM errors"))
    return dest


def test_worker_stores_every_derived_column(batch):
    with sqlite3.connect(batch / "results.sqlite") as db:
        rows = db.execute(f"SELECT status, {', '.join(DERIVED_COLUMNS)} FROM results").fetchall()
    assert [r[0] for r in rows] == ["ok"] * len(TEXTS)
    assert all(value is not None for row in rows for value in row[1:])


def test_exports_without_derived_columns_are_identical(batch, tmp_path):
    fallback = tmp_path / "fallback"
    fallback.mkdir()
    shutil.copy(batch / "results.sqlite", fallback / "results.sqlite")
    with sqlite3.connect(fallback / "results.sqlite") as db:
        db.execute(f"UPDATE results SET {', '.join(f'{c} = NULL' for c in DERIVED_COLUMNS)}")
    with Store(fallback / "results.sqlite") as store:
        write_exports(store, fallback, html=False)
    for name in EXPORTS:
        assert (fallback / name).read_bytes() == (batch / name).read_bytes(), name
    statements = (batch / "statements.csv").read_text(encoding="utf-8").splitlines()
    assert any(",kosovo," in line for line in statements)  # real rows, not only headers
    assert "invalid JSON" in (batch / "errors.csv").read_text(encoding="utf-8")


def test_older_store_is_read_and_migrated(batch, tmp_path):
    old = _old_schema_copy(batch, tmp_path / "old")
    expected = compare_corpus(iter_store(batch, digests=True)).to_json()
    items = list(iter_store(old, digests=True))  # read-only: no columns to read digests from
    assert items and all(isinstance(item, tuple) for item in items)
    assert compare_corpus(items).to_json() == expected
    with Store(old / "results.sqlite") as store:  # writable: the columns are added (NULL)
        assert set(DERIVED_COLUMNS) <= store.columns
        write_exports(store, old, html=False)
    for name in EXPORTS[:4]:
        assert (old / name).read_bytes() == (batch / name).read_bytes(), name


def test_stored_digest_equals_a_digest_of_the_stored_analysis(batch):
    with Store(batch / "results.sqlite", readonly=True) as store:
        pairs = [(a, voice_terms(a)) for a in store.iter_analyses()]
        digests = list(store.iter_digests())
    assert len(digests) == len(pairs) == len(TEXTS)
    for (analysis, terms), digest in zip(pairs, digests, strict=True):
        assert isinstance(analysis, ArticleAnalysis)
        assert json.loads(json.dumps(article_digest(analysis, terms))) == digest
        assert json.loads(json.dumps(article_digest(analysis))) == digest  # recounted: same
        names = {s.id: s.name for s in analysis.sides.sides}
        assert digest["names"] == names and set(names.values()) == {"Serbia", "Kosovo"}
        assert digest["article"]["statements"] == len(analysis.statements) > 0
        quoted = {names[st.side] for st in analysis.statements if st.side in names}
        assert quoted and all(digest["per_side"][name]["n"] > 0 for name in quoted)


@pytest.mark.parametrize("by", ["outlet", "date", "side"])
def test_comparison_from_digests_equals_the_recount(batch, by):
    recounted = compare_corpus(iter_store(batch), by=by)
    assert compare_corpus(iter_store(batch, digests=True), by=by).to_json() == recounted.to_json()
    assert recounted.n_articles == len(TEXTS)


def test_term_lines_are_what_the_csv_module_writes(batch):
    import csv
    import io

    from framing.batch.exports import _cell, _voice_blocks, term_lines

    with Store(batch / "results.sqlite", readonly=True) as store:
        analyses = list(store.iter_analyses())
    for analysis in analyses:
        data, terms = analysis.to_dict(), voice_terms(analysis)
        data["voices"][0]["name"] = 'A "quoted", comma\nname'  # cells that need quoting
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        doc = data["document"]
        for v in _voice_blocks(data, terms):
            for row in v["terms"]:
                writer.writerow([_cell(c) for c in (
                    doc["id"], doc["outlet"], doc["date"], v["id"], v["kind"], v["name"],
                    *row[:4], bool(row[4]))])
        assert buf.getvalue().count("\n") > 20
        assert term_lines(data, terms) == buf.getvalue()


def test_statement_rows_follow_the_column_order(batch):
    from framing.batch.exports import STATEMENT_COLUMNS, statement_rows

    with Store(batch / "results.sqlite", readonly=True) as store:
        analyses = list(store.iter_analyses())
    fields = ("sentence", "start", "end", "speaker", "side", "verb", "verb_text", "verb_class",
              "direct", "resolution", "confidence", "text")
    for analysis in analyses:
        data = analysis.to_dict()
        rows = [dict(zip(STATEMENT_COLUMNS, r, strict=True)) for r in statement_rows(data)]
        assert len(rows) == len(data["statements"]) > 0
        for row, st in zip(rows, data["statements"], strict=True):
            assert row["article_id"] == data["document"]["id"]
            assert row["statement_id"] == st["id"]
            assert {f: row[f] for f in fields} == {f: st[f] for f in fields}
            assert row["side_kind"] in ("side", "third_party", "both", "unknown")
