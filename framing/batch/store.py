"""The batch store: one SQLite file (WAL mode) of analysed articles, keyed by content + config.

Tables
------
``results``
    One row per analysed record, ``key`` = sha256(record content + config fingerprint) (of a
    record refused as too large: + the size limit, :func:`~framing.batch.keys.refusal_key`):
    metadata columns, ``status`` (``ok`` or ``error``), ``analysis_json``
    (``ArticleAnalysis.to_json_bytes(indent=None)``, compressed: :func:`pack_bytes`; stores of
    earlier versions hold it zlib-compressed or as text, which readers take too),
    ``terms_json`` (term counts per voice, written by earlier versions; NULL now:
    ``export_terms`` and the digest hold them) and what
    the exports and the corpus comparison take from the analysis, computed by the worker
    (:data:`DERIVED_COLUMNS`): ``export_article`` (JSON: the analysis's articles.csv fields),
    ``export_statements`` and ``export_terms`` (the article's statements.csv and terms.csv rows,
    LZ4-compressed UTF-8 CSV text) and ``compare_digest`` (LZ4-compressed JSON:
    :func:`framing.compare.digest.article_digest`; plain JSON text in earlier versions).
``manifest``
    The keys of the latest run's input, in input order. Readers see only these rows, so results
    kept from an earlier configuration or an edited corpus stay cached but are not reported.
``errors``
    The latest run's unreadable records and failed analyses: file, line, record id, message.
``meta``
    name → value: ``fingerprint``, ``state`` (``running`` / ``complete``), ``framing_version``.

Only one process writes (the batch runner's parent); readers may open the file at any time.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lz4.frame
import orjson

from framing.model import ArticleAnalysis

#: The store's file name inside a batch output folder.
STORE_NAME = "results.sqlite"
#: The folder, beside the store, of the per-article HTML reports.
ARTICLES_DIR = "articles"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    doc_id TEXT,
    source TEXT,
    line INTEGER,
    outlet TEXT,
    date TEXT,
    title TEXT,
    url TEXT,
    status TEXT NOT NULL,
    error TEXT,
    export_article TEXT,
    export_statements BLOB,
    export_terms BLOB,
    compare_digest TEXT,
    -- last: SQLite reads a row's columns in order, through overflow pages for large ones
    analysis_json TEXT,
    terms_json TEXT
);
CREATE INDEX IF NOT EXISTS results_doc_id ON results (doc_id, key);
CREATE TABLE IF NOT EXISTS manifest (seq INTEGER PRIMARY KEY, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS manifest_key ON manifest (key);
CREATE TABLE IF NOT EXISTS errors (
    file TEXT, line INTEGER, record_id TEXT, message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
"""
#: Metadata columns of ``results`` (everything but the JSON blobs).
ROW_COLUMNS = ("key", "doc_id", "source", "line", "outlet", "date", "title", "url", "status",
               "error")
#: Columns derived from the analysis by the worker, so that exports and comparisons need not parse
#: it (NULL in rows stored by framing versions before them: readers then parse the analysis).
DERIVED_COLUMNS = ("export_article", "export_statements", "export_terms", "compare_digest")
_CURRENT = "key IN (SELECT key FROM manifest)"
_ORDER = "ORDER BY doc_id, key"


#: How an LZ4 frame begins; older stores hold zlib streams (or plain text) instead.
_LZ4_MAGIC = b"\x04\x22\x4d\x18"


def release(path: str | Path) -> None:
    """Leave a finished store as one file: fold the write-ahead log in and switch to a rollback
    journal, so that neither SQLite nor a later read-only reader (``framing compare``, a
    notebook) leaves ``-wal`` and ``-shm`` files beside it. The next run writing to it opens it
    in WAL mode again. If another connection holds the store, it stays in WAL mode."""
    db = sqlite3.connect(path, timeout=1.0)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.OperationalError:  # "database is locked": someone is reading it
        pass
    finally:
        db.close()


def pack_bytes(data: bytes) -> bytes:
    """UTF-8 bytes compressed as an LZ4 frame (JSON and CSV shrink 3–4×; compressing costs a
    third of zlib's fastest level and reading back a seventh)."""
    return lz4.frame.compress(data)


def pack_text(text: str) -> bytes:
    """:func:`pack_bytes` of ``text`` in UTF-8."""
    return pack_bytes(text.encode("utf-8"))


def unpack_bytes(value: bytes | str) -> bytes:
    """The UTF-8 bytes of a stored text column: :func:`pack_bytes` output, zlib-compressed
    bytes or plain text (as earlier versions stored them)."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if value[:4] == _LZ4_MAGIC:
        return lz4.frame.decompress(value)
    return zlib.decompress(value)


def unpack_text(value: bytes | str | None) -> str | None:
    """The text of a stored column (see :func:`unpack_bytes`)."""
    return value if value is None or isinstance(value, str) else \
        unpack_bytes(value).decode("utf-8")


class StoreError(ValueError):
    """A file that is not a batch store (not SQLite, or without its tables); one line."""


class Store:
    """An open batch store (``results.sqlite``); created when missing.

    Parameters
    ----------
    path
        The SQLite file.
    readonly
        Open without creating or writing anything (for reports over a finished batch).

    Raises
    ------
    StoreError
        ``path`` is not an SQLite file, or (``readonly``) has no ``results`` table.
    """

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            self.db = self._connect(readonly)
        except sqlite3.DatabaseError as exc:
            # OperationalError: cannot open, locked; otherwise "file is not a database" etc.
            what = ("cannot open the batch store" if isinstance(exc, sqlite3.OperationalError)
                    else "not a framing batch store")
            raise StoreError(f"{self.path}: {what} ({exc})") from None
        self.columns = self._columns()
        self.db.row_factory = sqlite3.Row

    def _connect(self, readonly: bool) -> sqlite3.Connection:
        if readonly:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path)
        try:
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
                for col in DERIVED_COLUMNS:
                    if col not in self._columns():
                        self.db.execute(f"ALTER TABLE results ADD COLUMN {col}")
                self.db.commit()
            if not self._columns():
                raise sqlite3.DatabaseError("no results table")
        except BaseException:
            self.db.close()
            raise
        return self.db

    def _columns(self) -> set[str]:
        return {r[1] for r in self.db.execute("PRAGMA table_info(results)")}

    def _derived(self, col: str, when_missing: str = "") -> str:
        """``col`` for a SELECT (NULL in a store without it); with ``when_missing``, ``col``
        only where the derived column ``when_missing`` is NULL (saves reading unneeded blobs)."""
        if col not in self.columns:
            return f"NULL AS {col}"
        if when_missing:
            if when_missing not in self.columns:
                return col
            return f"CASE WHEN {when_missing} IS NULL THEN {col} END AS {col}"
        return col

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading (the API of comparisons and reports) --------------------------------------------
    def iter_analyses(self) -> Iterator[ArticleAnalysis]:
        """Every successfully analysed article of the latest run, ordered by doc id."""
        for (text,) in self.db.execute(
            f"SELECT analysis_json FROM results WHERE status = 'ok' AND {_CURRENT} {_ORDER}"
        ):
            yield ArticleAnalysis.from_json(unpack_bytes(text))

    def iter_export_rows(self) -> Iterator[dict[str, Any]]:
        """:meth:`iter_rows` with ``analysis_json``, the ``export_*`` columns, and ``terms_json``
        where ``export_article`` is NULL (older rows: the exports are then built from it)."""
        cols = ", ".join([*ROW_COLUMNS, "analysis_json",
                          *(self._derived(c) for c in DERIVED_COLUMNS[:3]),
                          self._derived("terms_json", "export_article")])
        for row in self.db.execute(f"SELECT {cols} FROM results WHERE {_CURRENT} {_ORDER}"):
            yield dict(row)  # analysis_json as stored: see unpack_text / unpack_bytes

    def iter_digests(self, offset: int = 0, limit: int | None = None
                     ) -> Iterator[dict[str, Any] | tuple[ArticleAnalysis, Any]]:
        """Each ok article's stored ``compare_digest`` (parsed), as the corpus comparison takes
        it; for a row stored without one (an older store's), its ``(analysis, terms_json)``
        pair. Ordered by doc id.

        ``offset``, ``limit``: only that slice of them (``limit`` None: to the end), so that
        parallel readers can each take a contiguous part.
        """
        cols = ", ".join([self._derived("compare_digest"),
                          self._derived("analysis_json", "compare_digest"),
                          self._derived("terms_json", "compare_digest")])
        where, args = f"status = 'ok' AND {_CURRENT}", ()
        if offset or limit is not None:
            # the slice's rowids are chosen by sorting the small columns only; the large
            # digests are then read (and sorted) for the slice's rows alone
            where = (f"rowid IN (SELECT rowid FROM results WHERE {where} {_ORDER} "
                     "LIMIT ? OFFSET ?)")
            args = (-1 if limit is None else limit, offset)
        for digest, text, terms in self.db.execute(
            f"SELECT {cols} FROM results WHERE {where} {_ORDER}", args
        ):
            if digest is not None:
                yield orjson.loads(unpack_bytes(digest))
            else:  # a row of an older store
                yield (ArticleAnalysis.from_json(unpack_bytes(text)),
                       orjson.loads(terms) if terms else None)

    def iter_rows(self) -> Iterator[dict[str, Any]]:
        """Metadata (:data:`ROW_COLUMNS`) of every article of the latest run (ok and failed),
        ordered by doc id."""
        cols = ", ".join(ROW_COLUMNS)
        for row in self.db.execute(f"SELECT {cols} FROM results WHERE {_CURRENT} {_ORDER}"):
            yield dict(row)

    def ok_keys(self) -> list[tuple[str, str]]:
        """``(doc_id, key)`` of the articles analysed ok in the latest run, in the order of
        :meth:`iter_analyses` and :meth:`iter_digests`."""
        return [tuple(r) for r in self.db.execute(
            f"SELECT doc_id, key FROM results WHERE status = 'ok' AND {_CURRENT} {_ORDER}")]

    def count(self, status: str | None = "ok") -> int:
        """Articles of the latest run with this status (``None``: all)."""
        sql = f"SELECT COUNT(*) FROM results WHERE {_CURRENT}"
        args: tuple[str, ...] = ()
        if status is not None:
            sql, args = sql + " AND status = ?", (status,)
        return self.db.execute(sql, args).fetchone()[0]

    def errors(self) -> list[dict[str, Any]]:
        """The latest run's errors, ordered by file, line, record id and message."""
        rows = self.db.execute(
            "SELECT file, line, record_id, message FROM errors "
            "ORDER BY file, line IS NOT NULL, line, record_id, message"
        )
        return [dict(r) for r in rows]

    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    # -- writing (the batch runner's parent process only) ----------------------------------------
    def begin_run(self, fingerprint: str, version: str) -> None:
        """Forget the previous run's manifest and errors (results stay cached)."""
        with self.db:
            self.db.execute("DELETE FROM manifest")
            self.db.execute("DELETE FROM errors")
            self.db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [("fingerprint", fingerprint), ("framing_version", version),
                 ("state", "running")],
            )

    def finish_run(self) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('state', 'complete')")

    def lookup(self, key: str) -> dict[str, Any] | None:
        """The metadata row of ``key``, or None when it was never analysed."""
        row = self.db.execute(
            f"SELECT {', '.join(ROW_COLUMNS)} FROM results WHERE key = ?", (key,)
        ).fetchone()
        return dict(row) if row else None

    def analysis_json(self, key: str) -> str | None:
        row = self.db.execute("SELECT analysis_json FROM results WHERE key = ?", (key,)).fetchone()
        return unpack_text(row[0]) if row else None

    def add_manifest(self, key: str) -> None:
        self.db.execute("INSERT INTO manifest (key) VALUES (?)", (key,))

    def manifest_count(self, key: str) -> int:
        """How many records of this run so far have the key ``key``."""
        return self.db.execute("SELECT COUNT(*) FROM manifest WHERE key = ?", (key,)).fetchone()[0]

    def relocate(self, key: str, source: str | None, line: int | None,
                 analysis_json: bytes | None = None) -> None:
        """Record that ``key``'s record is now at ``source``, ``line`` (and, given, the stored
        analysis that says so)."""
        self.db.execute("UPDATE results SET source = ?, line = ? WHERE key = ?",
                        (source, line, key))
        if analysis_json is not None:
            self.db.execute("UPDATE results SET analysis_json = ? WHERE key = ?",
                            (analysis_json, key))

    def add_result(self, row: dict[str, Any]) -> None:
        """Insert (or replace) one result row; keys: ROW_COLUMNS, analysis_json, terms_json and
        :data:`DERIVED_COLUMNS` (missing keys: NULL)."""
        cols = ROW_COLUMNS + ("analysis_json", "terms_json") + DERIVED_COLUMNS
        self.db.execute(
            f"INSERT OR REPLACE INTO results ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})",
            tuple(row.get(c) for c in cols),
        )

    def add_error(self, file: str | None, line: int | None, record_id: str | None,
                  message: str) -> None:
        self.db.execute("INSERT INTO errors VALUES (?, ?, ?, ?)", (file, line, record_id, message))

    def commit(self) -> None:
        self.db.commit()
