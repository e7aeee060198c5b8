"""The per-article work of a batch: one record in, its store row and HTML report out.

It runs in a worker process (or on a Dask worker); the parent (:mod:`framing.batch.runner`)
only sends records and writes what comes back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import orjson

from framing.batch.exports import export_columns, voice_terms
from framing.batch.inputs import Record
from framing.batch.store import pack_bytes
from framing.batch.time_limit import DEFAULT_SECONDS, ArticleTimeout, time_limit
from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis, SideSet, json_bytes


@dataclass(frozen=True)
class Job:
    """What every task of one run shares (pickled to the workers)."""

    config: AnalysisConfig
    sides: SideSet | None = None
    html: bool = True
    article_seconds: float | None = DEFAULT_SECONDS


def process(job: Job, key: str, record: Record | None, analysis_json: str | None = None
            ) -> dict[str, Any]:
    """Analyse one record (or, given ``analysis_json``, only render its HTML report, and tell the
    analysis where the record is now).

    Returns ``{"row": store row or None, "html": str or None, "error": str or None,
    "note": str or None, "moved": new stored JSON or None}`` (``moved``: the analysis, given,
    of a record no longer where it was analysed). Unreadable articles and undetectable sides
    give a row with status ``error`` (cached: the same input fails the same way); an unexpected
    exception gives no row, so the record is tried again on the next run.
    """
    from framing.ingest import IngestError
    from framing.sides import SidesError

    out: dict[str, Any] = {"row": None, "html": None, "error": None, "note": None,
                           "moved": None}
    if analysis_json is not None:
        analysis, out["moved"] = _relocated(analysis_json, record)
    else:
        assert record is not None
        try:
            with time_limit(job.article_seconds):
                analysis = _analyse(job, record)
        except ArticleTimeout as exc:  # no row: tried again on the next run
            out["error"] = str(exc)
            return out
        except (IngestError, SidesError) as exc:
            out["error"] = _bare_message(exc, record)
            out["row"] = error_row(key, record, out["error"])
            return out
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
            out["error"] = f"internal error ({type(exc).__name__}: {exc})"
            return out
        doc = analysis.document
        out["row"] = {"key": key, "source": record.file, "line": record.line,
                      "doc_id": doc.id, "outlet": doc.outlet, "date": doc.date,
                      "title": doc.title, "url": doc.url, "status": "ok",
                      **stored_columns(analysis)}
    if job.html:
        try:
            from framing.render.html import render_html
        except ImportError as exc:
            out["note"] = f"HTML reports skipped (framing.render.html: {exc})"
        else:
            try:
                out["html"] = render_html(analysis, with_charts=False)
            except Exception as exc:  # noqa: BLE001
                out["error"] = f"HTML report failed ({type(exc).__name__}: {exc})"
    return out


def process_chunk(job: Job, items: list[tuple[str, Record | None, str | None]]
                  ) -> list[dict[str, Any]]:
    """:func:`process` of each ``(key, record, analysis_json)``, results in the same order."""
    return [process(job, key, record, analysis_json) for key, record, analysis_json in items]


def stored_columns(analysis: ArticleAnalysis) -> dict[str, Any]:
    """The store's JSON and derived columns of one analysis (see :mod:`framing.batch.store`).

    Computed here, in the worker, so that the parent writes the exports and the comparison
    without parsing any analysis.
    """
    from framing.compare.digest import article_digest

    terms = voice_terms(analysis)  # kept in memory: terms.csv and the digest hold what it says
    data = analysis.to_dict()
    return {"analysis_json": pack_bytes(json_bytes(data, indent=None)),
            **export_columns(data, terms),
            "compare_digest": pack_bytes(orjson.dumps(article_digest(analysis, terms)))}


def _relocated(analysis_json: str, record: Record | None
               ) -> tuple[ArticleAnalysis, bytes | None]:
    """A stored analysis with its document's ``source`` set to where ``record`` is now (as an
    analysis of it there would have it), and its new stored JSON if that changed it, else None.
    The JSON of the parsed analysis is written again byte for byte, ``source`` aside."""
    data = orjson.loads(analysis_json)
    moved = None
    if record is not None and data["document"]["source"] != record.location:
        data["document"]["source"] = record.location
        moved = pack_bytes(json_bytes(data, indent=None))
    return ArticleAnalysis.from_dict(data), moved


def _analyse(job: Job, record: Record) -> ArticleAnalysis:
    """The analysis of one record: its file read by ``load_document``, or a JSON/CSV record's
    fields made a ``Document`` (its other short fields kept as ``metadata["fields"]``)."""
    from framing.ingest import document_from_text, load_document
    from framing.pipeline import analyze

    if record.path is not None:
        doc = load_document(record.path, doc_id=record.record_id,
                            max_bytes=job.config.max_bytes)
    else:
        f = record.fields
        doc = document_from_text(f["text"], doc_id=f.get("id"), title=f.get("title"),
                                 source=record.location, outlet=f.get("outlet"),
                                 date=f.get("date"), url=f.get("url"),
                                 author=f.get("author"), max_bytes=job.config.max_bytes)
        if f.get("extra"):
            doc.metadata["fields"] = f["extra"]
    return analyze(doc, sides=job.sides, config=job.config)


def too_large(record: Record, max_bytes: int) -> str | None:
    """Why the analysis would refuse ``record`` as larger than ``max_bytes`` (its message, as
    ``framing.ingest`` words it, without the file name: :func:`_bare_message`), or None.

    The size is what the analysis checks: a file's bytes, a JSON/CSV record's text characters.
    A file that cannot be read any more is not refused here: its analysis says why.
    """
    from framing.ingest import IngestError, check_size

    if record.path is None:
        size = len(record.fields["text"])
    else:
        try:
            size = os.stat(record.path).st_size
        except OSError:
            return None
    try:
        check_size(record.location, size, max_bytes)
    except IngestError as exc:
        return _bare_message(exc, record)
    return None


def error_row(key: str, record: Record, message: str) -> dict[str, Any]:
    """The store row of a record that failed: its place, its metadata, and its author (the
    store has no column for it) as its articles.csv fields."""
    f = record.fields
    return {"key": key, "doc_id": record.record_id, "source": record.file, "line": record.line,
            **{k: f.get(k) for k in ("outlet", "date", "title", "url")},
            "export_article": orjson.dumps({"author": f.get("author")}).decode("utf-8"),
            "status": "error", "error": message}


def _bare_message(exc: Exception, record: Record) -> str:
    """An input error's message without the file name it starts with: ``errors.csv`` has a
    column for the file and line."""
    text = str(exc)
    for prefix in (getattr(exc, "source", None), record.location, record.file):
        if prefix and text.startswith(f"{prefix}: "):
            return text[len(prefix) + 2:]
    return text
