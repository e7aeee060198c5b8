"""A corpus as a stream of records: a folder of articles, a JSONL file, a JSON file or a CSV file.

Nothing here holds the corpus in memory: files are listed (paths only), JSONL and CSV are read
line by line / row by row. Every record carries where it came from (file, line) and a hash of
its content, from which the batch runner builds the cache key. A record that cannot be read
becomes a :class:`Problem` and the stream goes on.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from framing.batch.fields import ALIASES, normalize_fields
from framing.ingest import ARTICLE_SUFFIXES

#: Files of a folder corpus read as records (those of ``ARTICLE_SUFFIXES``: one article each).
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass
class Record:
    """One article to analyse.

    ``path`` is set for an article file of its own; ``fields`` (text, title, outlet, date, url,
    author, id, extra: :func:`~framing.batch.fields.normalize_fields`) for a JSON/CSV record.
    ``line`` is where a record starts in its file (1-based).
    """

    file: str
    line: int | None
    content_hash: str
    record_id: str | None = None
    path: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass
class Problem:
    """A record or file that could not be read."""

    file: str
    line: int | None
    message: str
    record_id: str | None = None


class InputTypeError(ValueError):
    """INPUT is neither a folder nor a .jsonl/.json/.csv file."""


def iter_records(source: str | Path, skip: str | Path | None = None
                 ) -> Iterator[Record | Problem]:
    """Every record of ``source`` (folder, JSONL, JSON or CSV), in a stable order.

    Folders are walked recursively in sorted path order; hidden files, files of other types and
    the folder ``skip`` (the batch's output, when it is inside the input) are skipped. Raises
    :class:`InputTypeError` for an input that is none of these.
    """
    path = Path(source)
    if path.is_dir():
        yield from _iter_folder(path, skip)
    elif path.is_file():
        reader = _reader_for(path)
        if reader is None:
            raise InputTypeError(f"{path}: not a folder, .jsonl, .json or .csv file")
        yield from _read_file(reader, path)
    else:
        raise InputTypeError(f"{path}: no such file or folder")


def count_records(source: str | Path, skip: str | Path | None = None) -> int:
    """How many records :func:`iter_records` will yield, about (for a progress bar's total)."""
    path = Path(source)
    if path.is_dir():
        return sum(_count_file(p) if _reader_for(p) else 1 for p in _folder_files(path, skip))
    return _count_file(path)


def _read_file(reader, path: Path) -> Iterator[Record | Problem]:  # noqa: ANN001
    """The records of one JSONL/JSON/CSV file; a file that cannot be read is a problem."""
    try:
        yield from reader(path)
    except OSError as exc:
        yield Problem(str(path), None, f"cannot read file ({exc.strerror or exc})")


# -- folders ------------------------------------------------------------------------------------
def _folder_files(root: Path, skip: str | Path | None = None,
                  problems: list[Problem] | None = None) -> list[Path]:
    """The corpus files under ``root``, hidden ones and the folder ``skip`` left out. Links to
    folders are not followed (no loops); a folder that cannot be listed and a broken link are
    added to ``problems``."""
    wanted = ARTICLE_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES
    found = problems if problems is not None else []
    skipped = Path(skip).resolve() if skip is not None else None

    def unreadable(exc: OSError) -> None:
        found.append(Problem(str(exc.filename or root), None,
                             f"cannot read folder ({exc.strerror or exc})"))

    files = []
    for folder, dirs, names in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")
                   and (skipped is None or Path(folder, d).resolve() != skipped)]
        for name in names:
            path = Path(folder, name)
            if name.startswith(".") or path.suffix.lower() not in wanted:
                continue
            if path.is_file():
                files.append(path)
            elif not path.exists():
                found.append(Problem(str(path), None, "cannot read file (broken link)"))
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _iter_folder(root: Path, skip: str | Path | None) -> Iterator[Record | Problem]:
    problems: list[Problem] = []
    files = _folder_files(root, skip, problems)
    yield from problems
    for path in files:
        reader = _reader_for(path)
        if reader is not None:
            yield from _read_file(reader, path)
            continue
        name = str(path)
        doc_id = path.relative_to(root).with_suffix("").as_posix()
        digest = hashlib.sha256(f"file\0{doc_id}\0{path.suffix.lower()}\0".encode())
        try:
            with path.open("rb") as fh:  # in blocks: a 2 GB file stays on disk (too large)
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    digest.update(block)
        except OSError as exc:
            yield Problem(name, None, f"cannot read file ({exc.strerror or exc})")
            continue
        yield Record(name, None, digest.hexdigest(), doc_id, path=name)


def _reader_for(path: Path):  # noqa: ANN202 - a reader function or None
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _iter_jsonl
    if suffix in JSON_SUFFIXES:
        return _iter_json
    if suffix in CSV_SUFFIXES:
        return _iter_csv
    return None


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix in CSV_SUFFIXES:
            with path.open(encoding="utf-8", errors="replace", newline="") as fh:
                _raise_field_limit()
                return max(sum(1 for _ in csv.reader(fh)) - 1, 0)
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
    except OSError:  # reading it will say why
        pass
    return 1


# -- JSON ---------------------------------------------------------------------------------------
def _utf16(path: Path) -> bool:
    """Does the file start with a UTF-16 byte-order mark (as Windows PowerShell writes)?"""
    with path.open("rb") as fh:
        return fh.read(2) in _UTF16_BOMS


def _iter_jsonl(path: Path) -> Iterator[Record | Problem]:
    name = str(path)
    with path.open("rb") as fh:
        lines: Iterable[bytes] = fh
        if _utf16(path):  # read as UTF-8 lines
            lines = (line.encode() for line in io.TextIOWrapper(fh, "utf-16", "replace", "\n"))
        lineno = 0
        for raw in lines:  # not enumerate(), whose reused tuple holds on to the last line
            lineno += 1
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw or raw.isspace():  # not raw.strip(): a copy of a long line
                continue
            try:
                obj = _loads(raw)
            except UnicodeDecodeError as exc:
                yield Problem(name, lineno, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at "
                                            f"column {exc.start + 1})")
                continue
            except json.JSONDecodeError as exc:
                yield Problem(name, lineno, _json_error(exc))
                continue
            # a long line's bytes and parsed object are not kept while its record is analysed
            del raw
            record = _from_mapping(obj, name, lineno)
            del obj
            yield record


def _json_error(exc: json.JSONDecodeError) -> str:
    # json's messages may end in "at" ("Unterminated string starting at"): not "at at"
    return f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"


def _loads(raw: bytes) -> Any:
    """One JSON line, parsed by orjson; where orjson fails, by json, whose errors say where the
    fault is (``UnicodeDecodeError``, ``json.JSONDecodeError``) and which also reads what orjson
    refuses (NaN, lone surrogate escapes). Its line end is only cut off for json (a cut line:
    "Unterminated string"); orjson takes it as whitespace, without a copy of the line."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw.rstrip(b"\r\n").decode("utf-8"))


def _iter_json(path: Path) -> Iterator[Record | Problem]:
    """A .json file: one object (news-please, trafilatura), an array of them, or JSON lines."""
    name = str(path)
    data = path.read_bytes()
    encoding = "utf-16" if data[:2] in _UTF16_BOMS else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        yield Problem(name, None, f"not valid {encoding[:6].upper()} ({exc.reason})")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one a line
            yield from _iter_jsonl(path)
        else:
            yield Problem(name, exc.lineno, _json_error(exc))
        return
    if isinstance(data, list):
        for i, obj in enumerate(data, 1):
            rec = _from_mapping(obj, name, None)
            if isinstance(rec, Problem):
                rec.message = f"item {i}: {rec.message}"
            yield rec
    else:
        yield _from_mapping(data, name, None)


# -- CSV ----------------------------------------------------------------------------------------
def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:  # the C long behind the limit is 32 bits on some platforms
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _iter_csv(path: Path) -> Iterator[Record | Problem]:
    _raise_field_limit()
    name = str(path)
    # surrogateescape: an undecodable byte fails its own row, not the whole file
    with path.open(encoding="utf-16" if _utf16(path) else "utf-8-sig", errors="surrogateescape",
                   newline="") as fh:
        first = fh.readline()
        row_lines: list[str] = []  # the lines of the row being read
        lines = _kept(itertools.chain([first] if first else [], fh), row_lines)
        # the separator the header line uses most: spreadsheets write ; or tab in many locales
        reader = csv.reader(lines, delimiter=max(",;\t", key=first.count))
        try:
            header = next(reader)
        except StopIteration:
            yield Problem(name, None, "empty CSV file")
            return
        if not any(h.strip().lower() in ALIASES["text"] for h in header):
            found = "not valid UTF-8" if _has_surrogate(first) else repr(first.strip()[:80])
            yield Problem(name, 1, f"no text column in the header (expected one of "
                                   f"{', '.join(ALIASES['text'])}; found {found})")
            return
        start = reader.line_num + 1
        while True:
            row_lines.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Problem(name, start, f"malformed CSV ({exc})")
                return
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row_lines) > 1 and sum(ln.count('"') for ln in row_lines) % 2:
                # odd quotes over several lines: the rows after an unclosed quote were read in
                yield Problem(name, line, "a quoted field is not closed (lines "
                                          f"{line}-{reader.line_num} were read as one row)")
                continue
            if any(_has_surrogate(cell) for cell in row):
                yield Problem(name, line, "not valid UTF-8")
                continue
            if len(row) > len(header):
                yield Problem(name, line, f"{len(row)} fields, the header names {len(header)}")
                continue
            yield _from_mapping(dict(zip(header, row, strict=False)), name, line)


def _kept(lines: Iterator[str], kept: list[str]) -> Iterator[str]:
    """``lines``, each also appended to ``kept``."""
    for line in lines:
        kept.append(line)
        yield line


def _has_surrogate(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


# -- fields -------------------------------------------------------------------------------------
def _from_mapping(obj: Any, file: str, line: int | None) -> Record | Problem:
    if not isinstance(obj, dict):
        return Problem(file, line, f"expected a JSON object, got {type(obj).__name__}")
    fields = normalize_fields(obj)
    rid = fields.get("id")
    if not fields.get("text"):
        names = ", ".join(ALIASES["text"])
        return Problem(file, line, f"no text (no non-empty field among {names})", rid)
    try:  # every field the Document takes is content: a changed author is analysed again
        blob = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # json reads "\\ud800" as a lone surrogate: no character
        return Problem(file, line, "not valid Unicode (a lone surrogate escape such as \\ud800)",
                       rid)
    digest = hashlib.sha256(b"record\0")
    digest.update(blob)  # not b"record\0" + blob: a copy of a long record
    return Record(file, line, digest.hexdigest(), rid, fields=fields)
