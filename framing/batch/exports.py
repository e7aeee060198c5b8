"""Tidy exports of a batch store: long-format CSV files and JSON lines, one fixed column set each.

Written from the store at the end of every run, in doc id order, so an interrupted and resumed
batch ends with files identical to an uninterrupted one. Columns: docs/batch.md.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from framing.batch.store import Store, pack_text, unpack_bytes
from framing.model import BOTH, NARRATOR, UNKNOWN, ArticleAnalysis
from framing.text.tokenize import count_words

STATEMENT_COLUMNS = (
    "article_id", "outlet", "date", "statement_id", "sentence", "start", "end", "speaker",
    "speaker_key", "side", "side_name", "side_kind", "verb", "verb_text", "verb_class", "direct",
    "resolution", "confidence", "target", "sentiment_compound", "sentiment_polarity", "text",
)
TERM_COLUMNS = (
    "article_id", "outlet", "date", "voice", "voice_kind", "voice_name", "term", "norm", "n",
    "count", "actor_term",
)
ARTICLE_COLUMNS = (
    "id", "title", "outlet", "author", "date", "url", "source", "line", "status", "error",
    "sides_source", "side_a", "side_a_name", "side_b", "side_b_name", "third_parties",
    "n_statements", "statements_a", "statements_b", "statements_both", "statements_third",
    "statements_unknown", "words_a", "words_b", "words_both", "words_third", "words_unknown",
    "words_narrator", "report", "key",
)
ERROR_COLUMNS = ("file", "line", "record_id", "message")
#: The export files, written in this order.
EXPORT_NAMES = ("articles.csv", "statements.csv", "terms.csv", "analysis.jsonl", "errors.csv")
_DIRECT = STATEMENT_COLUMNS.index("direct")


def report_name(doc_id: str, key: str | None = None) -> str:
    """File name of an article's HTML report: the doc id with unsafe characters replaced, and
    the start of the record's store key (content + configuration), so that two records with
    the same id never share a report."""
    safe = re.sub(r"[^\w.-]+", "_", doc_id).strip("._") or "article"
    # file names may have 255 bytes, not characters: "é" takes two
    safe = safe.encode("utf-8")[:150].decode("utf-8", "ignore")
    return f"{safe}-{key[:8]}.html" if key else f"{safe}.html"


def voice_terms(analysis: ArticleAnalysis) -> dict[str, dict[str, Any]]:
    """Every 1–3-gram term of every voice with its count (the vocabulary analyzer's counting).

    Returns voice id → ``{kind, name, n_words, terms: [[term, norm, n, count, actor], …]}``,
    terms by count (descending), then stem key, ``term`` being the article's most frequent
    surface form of the stem; plus, under :data:`framing.compare.terms.ARTICLE_KEY`, the whole
    article's content terms (:func:`framing.compare.terms.article_block`), so that corpus
    comparisons need not recount.
    """
    from framing.compare.terms import ARTICLE_KEY, article_block, article_terms, display_of

    total, by_voice = article_terms(analysis)
    forms = total.surface_forms()  # every term's forms, for its display and the article block
    shown = display_of(forms)
    out: dict[str, dict[str, Any]] = {}
    for voice in analysis.voices:
        tc = by_voice[voice.id]
        counts, actor = tc.counts, tc.actor
        keys = sorted(counts)  # by stem key, then (a stable sort) by count, descending
        keys.sort(key=counts.__getitem__, reverse=True)
        out[voice.id] = {
            "kind": voice.kind, "name": voice.name, "n_words": tc.n_words,
            "terms": [[shown.get(k, k), k, k.count(" ") + 1, counts[k], int(k in actor)]
                      for k in keys],
        }
    out[ARTICLE_KEY] = article_block(total, forms)
    return out


def write_exports(store: Store, out_dir: str | Path, html: bool = True) -> list[Path]:
    """Write articles.csv, statements.csv, terms.csv, analysis.jsonl and errors.csv.

    ``html``: list in articles.csv each article's report in ``out_dir/articles`` where there is
    one (a batch run does, whether it wrote them this time or an earlier run did, as
    ``batch.html`` links them); False: leave the column empty.

    From the rows' ``export_*`` columns (:func:`export_columns`) where stored, else (rows of
    older stores) from their analysis and term counts.
    """
    out = Path(out_dir)
    files = {name: _Atomic(out / name) for name in EXPORT_NAMES}
    articles = _writer(files["articles.csv"].fh, ARTICLE_COLUMNS)
    _writer(files["statements.csv"].fh, STATEMENT_COLUMNS)
    _writer(files["terms.csv"].fh, TERM_COLUMNS)
    for f in files.values():
        f.fh.flush()  # headers first: the rows below go to the byte stream
    for row in store.iter_export_rows():
        ok = row["status"] == "ok"
        report = ""
        if ok and html:
            name = f"articles/{report_name(row['doc_id'] or 'article', row['key'])}"
            report = name if (out / name).exists() else ""
        if ok and row["export_article"] is None:
            row.update(_recomputed_columns(row))
        # export_article: the analysis's articles.csv columns; a failed record's, its author
        articles.writerow(_cells({**article_row(row, report),
                                  **orjson.loads(row["export_article"] or "{}")}))
        if not ok:
            continue
        # the stored UTF-8 bytes as they are: decoding and re-encoding them took a third of
        # the time of the exports
        files["analysis.jsonl"].raw.write(unpack_bytes(row["analysis_json"]) + b"\n")
        files["statements.csv"].raw.write(unpack_bytes(row["export_statements"]))
        files["terms.csv"].raw.write(unpack_bytes(row["export_terms"]))
    errors = _writer(files["errors.csv"].fh, ERROR_COLUMNS)
    errors.writerows(_cells(e) for e in store.errors())
    for f in files.values():
        f.commit()
    return [f.path for f in files.values()]


def export_columns(data: dict[str, Any], terms: dict[str, Any]) -> dict[str, Any]:
    """What the exports take from one analysis, as the store keeps it (computed by the worker).

    ``data``: the analysis (``ArticleAnalysis.to_dict``); ``terms``: :func:`voice_terms`.
    Returns ``export_article`` (JSON of the :func:`article_fields`), ``export_statements`` and
    ``export_terms`` (the article's statements.csv and terms.csv rows as CSV text, compressed:
    :func:`~framing.batch.store.pack_text`).
    """
    rows = list(statement_rows(data))
    for row in rows:  # the one boolean column; None, the csv module writes as _cell does: ""
        row[_DIRECT] = _cell(row[_DIRECT])
    statements = io.StringIO()
    csv.writer(statements, lineterminator="\n").writerows(rows)
    return {"export_article": orjson.dumps(article_fields(data, terms)).decode("utf-8"),
            "export_statements": pack_text(statements.getvalue()),
            "export_terms": pack_text(term_lines(data, terms))}


def _recomputed_columns(row: dict[str, Any]) -> dict[str, Any]:
    """:func:`export_columns` of a row stored without them (its term counts stored or recounted)."""
    data = unpack_bytes(row["analysis_json"])
    if row.get("terms_json"):
        terms = orjson.loads(row["terms_json"])
    else:
        terms = voice_terms(ArticleAnalysis.from_json(data))
    return export_columns(orjson.loads(data), terms)


# -- rows --------------------------------------------------------------------------------------
def article_row(row: dict[str, Any], report: str = "") -> dict[str, Any]:
    """The articles.csv columns of a store row's metadata (the analysis adds
    :func:`article_fields`)."""
    return {
        "id": row["doc_id"], "title": row["title"], "outlet": row["outlet"], "date": row["date"],
        "url": row["url"], "source": row["source"], "line": row["line"], "status": row["status"],
        "error": row["error"], "report": report, "key": row["key"],
    }


def article_fields(data: dict[str, Any], terms: dict[str, Any]) -> dict[str, Any]:
    """The articles.csv columns that come from the analysis (the document's author, sides,
    statement and word counts)."""
    a, b = data["sides"]
    third = {t["id"] for t in data["third_parties"]}
    by_side: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for st in data["statements"]:
        by_side[st["side"]] = by_side.get(st["side"], 0) + 1
        spans.setdefault(st["side"], []).append((st["start"], st["end"]))
    words = {v["id"]: v.get("n_words", 0) for v in _voice_blocks(data, terms)}
    # a side's voice holds its joint statements too: its words here are those of its own
    # statements, as its statements_ count is, and the joint ones are words_both
    text = data["document"]["text"]
    for sid in (a["id"], b["id"], BOTH):
        words[sid] = count_words(text, spans.get(sid, []))
    return dict(
        author=data["document"].get("metadata", {}).get("author"),
        sides_source=data["sides_source"], side_a=a["id"], side_a_name=a["name"],
        side_b=b["id"], side_b_name=b["name"],
        third_parties=";".join(t["id"] for t in data["third_parties"]),
        n_statements=len(data["statements"]),
        statements_a=by_side.get(a["id"], 0), statements_b=by_side.get(b["id"], 0),
        statements_both=by_side.get(BOTH, 0),
        statements_third=sum(n for s, n in by_side.items() if s in third),
        statements_unknown=by_side.get(UNKNOWN, 0),
        words_a=words[a["id"]], words_b=words[b["id"]], words_both=words[BOTH],
        words_third=sum(n for v, n in words.items() if v in third),
        words_unknown=words.get(UNKNOWN, 0), words_narrator=words.get(NARRATOR, 0),
    )


def statement_rows(data: dict[str, Any]) -> Iterator[list[Any]]:
    """statements.csv rows of one analysis (a dict from ``ArticleAnalysis.to_dict``): lists
    of values in :data:`STATEMENT_COLUMNS` order (lists, not dicts: a dict per row and the csv
    module's checks of its keys took half the time of the statement exports)."""
    doc = data["document"]
    names = {a["id"]: a["name"] for a in [*data["sides"], *data["third_parties"]]}
    kinds = {**{t["id"]: "third_party" for t in data["third_parties"]},
             **{s["id"]: "side" for s in data["sides"]}, BOTH: BOTH, UNKNOWN: UNKNOWN}
    names.update({BOTH: "both sides", UNKNOWN: "unknown"})
    tone = {s["statement_id"]: s for s in data.get("sentiment", {}).get("statements", [])}
    for st in data["statements"]:
        score = tone.get(st["id"], {})
        side = st["side"]
        yield [
            doc["id"], doc["outlet"], doc["date"], st["id"], st["sentence"], st["start"],
            st["end"], st["speaker"], st.get("speaker_key") or st["speaker"], side,
            names.get(side, side), kinds.get(side, UNKNOWN), st["verb"], st["verb_text"],
            st["verb_class"], st["direct"], st["resolution"], st["confidence"],
            st.get("target"), score.get("compound"), score.get("polarity"), st["text"],
        ]


def term_lines(data: dict[str, Any], terms: dict[str, Any]) -> str:
    """terms.csv rows (no header) of one article, from :func:`voice_terms`, as CSV text.

    About a thousand rows per article, so not through the csv module row by row: the voice's
    cells are quoted once, and a term and its stem key need no quoting (word tokens joined by
    spaces hold no comma, quote or line break, so ``csv`` would write them as they are).
    """
    doc = data["document"]
    flag = ("false", "true")
    out: list[str] = []
    for voice in _voice_blocks(data, terms):
        head = _csv_line([doc["id"], doc["outlet"], doc["date"], voice["id"], voice["kind"],
                          voice["name"]])
        out += [f"{head},{term},{norm},{n},{count},{flag[bool(actor)]}\n"
                for term, norm, n, count, actor in voice["terms"]]
    return "".join(out)


def _csv_line(cells: list[Any]) -> str:
    """One CSV line (no line end) of :func:`_cell` values, quoted as the csv module quotes."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow([_cell(c) for c in cells])
    return buf.getvalue()


def _voice_blocks(data: dict[str, Any], terms: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The voices of an analysis in its order, each with its term counts (if stored)."""
    for v in data["voices"]:
        block = terms.get(v["id"], {})
        yield {"id": v["id"], "kind": v["kind"], "name": v["name"],
               "n_words": block.get("n_words", 0), "terms": block.get("terms", [])}


# -- files -------------------------------------------------------------------------------------
def _cell(v: Any) -> Any:
    """A CSV cell: None → empty, booleans → true/false (read as booleans by pandas and R)."""
    return "" if v is None else ("true" if v else "false") if isinstance(v, bool) else v


def _cells(row: dict[str, Any]) -> dict[str, Any]:
    """:func:`_cell` of every value of a row."""
    return {k: _cell(v) for k, v in row.items()}


def _writer(fh: Any, columns: Iterable[str], header: bool = True) -> csv.DictWriter:
    w = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
    if header:
        w.writeheader()
    return w


def temporary_name(path: Path) -> Path:
    """Where a file of the batch folder is written before it is moved to ``path``."""
    return path.with_name(f".{path.name}.tmp")


class _Atomic:
    """A text file written under a temporary name and moved into place when complete.

    ``fh`` takes text; ``raw``, its byte stream, takes UTF-8 bytes (flush ``fh`` before
    switching from one to the other)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = temporary_name(path)
        self.fh = self.tmp.open("w", encoding="utf-8", newline="")
        self.raw = self.fh.buffer

    def commit(self) -> None:
        self.fh.close()
        os.replace(self.tmp, self.path)
