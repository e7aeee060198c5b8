"""The batch store (its reader API) and the configuration fingerprint."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from framing.batch.keys import fingerprint
from framing.batch.store import Store
from framing.config import AnalysisConfig
from framing.ingest import document_from_text
from framing.pipeline import analyze

TEXT = ("{a} said {b} troops attacked its positions. {b} denied the claim, saying {a} "
        "forces fired first.")


def _row(key: str, doc_id: str, status: str = "ok") -> dict:
    row = {"key": key, "doc_id": doc_id, "source": "corpus.jsonl", "line": 1,
           "status": status, "error": None if status == "ok" else "empty document"}
    if status == "ok":
        text = TEXT.format(a="Armenia", b="Azerbaijan")
        analysis = analyze(document_from_text(text, doc_id=doc_id))
        row.update(analysis_json=analysis.to_json(indent=None), terms_json="{}",
                   title=analysis.document.title)
    return row


def _fill(path: Path) -> None:
    with Store(path) as store:
        store.begin_run("fp1", "0")
        for key, doc_id, status in [("k3", "c", "ok"), ("k1", "a", "ok"), ("k2", "b", "error"),
                                    ("k9", "z", "ok")]:
            store.add_result(_row(key, doc_id, status))
        for key in ("k3", "k1", "k2"):  # k9 is cached from an earlier run, not in this input
            store.add_manifest(key)
        store.add_error("corpus.jsonl", 9, None, "invalid JSON")
        store.add_error("corpus.jsonl", 2, "b", "empty document")
        store.add_error("a.txt", None, "a", "binary file, not text")
        store.finish_run()


def test_reader_api_sees_the_latest_run_only_in_doc_id_order(tmp_path):
    path = tmp_path / "results.sqlite"
    _fill(path)
    with Store(path, readonly=True) as store:
        assert [a.document.id for a in store.iter_analyses()] == ["a", "c"]
        rows = list(store.iter_rows())
        assert [(r["doc_id"], r["status"]) for r in rows] == [("a", "ok"), ("b", "error"),
                                                               ("c", "ok")]
        assert "analysis_json" not in rows[0]
        assert store.count() == 2 and store.count(None) == 3 and store.count("error") == 1
        assert [(e["file"], e["line"]) for e in store.errors()] == [
            ("a.txt", None), ("corpus.jsonl", 2), ("corpus.jsonl", 9)]
        assert store.meta("state") == "complete"
        analysis = next(store.iter_analyses())
        assert {s.side for s in analysis.statements} >= {"armenia", "azerbaijan"}


def test_begin_run_forgets_manifest_and_errors_but_keeps_results(tmp_path):
    path = tmp_path / "results.sqlite"
    _fill(path)
    with Store(path) as store:
        store.begin_run("fp2", "0")
        assert store.count(None) == 0 and store.errors() == []
        assert store.lookup("k1")["status"] == "ok"
        assert json.loads(store.analysis_json("k1"))["document"]["id"] == "a"
        assert store.meta("state") == "running" and store.meta("fingerprint") == "fp2"


def test_store_is_wal_mode(tmp_path):
    path = tmp_path / "results.sqlite"
    Store(path).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_fingerprint_follows_file_content_not_path(tmp_path):
    lex1, lex2 = tmp_path / "one.tsv", tmp_path / "two.tsv"
    lex1.write_text("warmonger\tdysphemism\n", encoding="utf-8")
    lex2.write_text("warmonger\tdysphemism\n", encoding="utf-8")
    base = fingerprint(AnalysisConfig())
    with_lex = fingerprint(AnalysisConfig(extra_lexicons=(lex1,)))
    assert with_lex != base
    assert fingerprint(AnalysisConfig(extra_lexicons=(lex2,))) == with_lex
    lex2.write_text("warmonger\tdysphemism\nbutcher\tdysphemism\n", encoding="utf-8")
    assert fingerprint(AnalysisConfig(extra_lexicons=(lex2,))) != with_lex
    assert fingerprint(AnalysisConfig(separatists_as_side=False)) != base
    sides = tmp_path / "sides.yaml"
    sides.write_text("sides: []\n", encoding="utf-8")
    assert fingerprint(AnalysisConfig(), sides) != base
    assert fingerprint(AnalysisConfig()) == base


def test_fingerprint_follows_the_lexicon_libraries(monkeypatch):
    # an upgraded VADER (its lexicon) or Snowball stemmer changes sentiment scores and term
    # keys, yet a cached corpus was reported as it was analysed before
    from importlib import metadata

    base = fingerprint(AnalysisConfig())
    version = metadata.version
    for name in ("vaderSentiment", "textblob", "snowballstemmer"):
        monkeypatch.setattr(metadata, "version",
                            lambda dist, name=name: "99.0" if dist == name else version(dist))
        assert fingerprint(AnalysisConfig()) != base, name
    monkeypatch.setattr(metadata, "version", version)
    assert fingerprint(AnalysisConfig()) == base


def test_code_hash_follows_the_package_files(tmp_path):
    import shutil

    from framing.batch.keys import PACKAGE_ROOT, code_hash

    copy = tmp_path / "framing"
    shutil.copytree(PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert code_hash(copy) == code_hash(PACKAGE_ROOT)
    lexicon = copy / "lexicons" / "loaded_language.tsv"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "carnage\tviolence\n",
                       encoding="utf-8")
    code_hash.cache_clear()  # computed once per process and root
    assert code_hash(copy) != code_hash(PACKAGE_ROOT)
    (copy / "templates_only.html").write_text("<p>a report template</p>")
    before = code_hash(copy)
    code_hash.cache_clear()
    assert code_hash(copy) == before  # report templates do not change the analysis


def test_stored_text_reads_back_from_lz4_zlib_or_plain_text():
    import zlib

    from framing.batch.store import pack_bytes, pack_text, unpack_bytes, unpack_text

    text = '{"title": "Ереван – Baku", "n": 1}' * 50
    data = text.encode("utf-8")
    for stored in (pack_text(text), pack_bytes(data), zlib.compress(data, 1), text):
        assert unpack_bytes(stored) == data
        assert unpack_text(stored) == text
    assert unpack_text(None) is None
    assert len(pack_text(text)) < len(data) / 3


def test_the_size_limit_is_not_part_of_the_fingerprint():
    # it decides which records are analysed, not what an analysis finds: a run with another
    # --max-mb analysed the whole corpus again
    assert fingerprint(AnalysisConfig(max_bytes=20_000_000)) == fingerprint(AnalysisConfig())
