"""Read an article (a .txt/.html file, or text) into a clean :class:`~framing.model.Document`.

Cleaning: bytes are decoded (UTF-8, UTF-16 with or without BOM, legacy cp1252), line endings
become ``\\n``, HTML is reduced to its main text, whole paragraphs of site chrome
(``boilerplate.tsv``) are dropped and the outer whitespace trimmed. Nothing else is changed:
curly quotes, dashes and inner spacing stay as they were, so offsets into ``Document.text`` show
the article as published.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from functools import lru_cache
from pathlib import Path

from framing.config import AnalysisConfig
from framing.html_archive import MHTML_SUFFIXES, looks_like_mhtml, page_of_mhtml
from framing.html_extract import extract_html, looks_like_html
from framing.lexicons import load_rows
from framing.model import Document

#: Largest article accepted by default (:class:`AnalysisConfig` says why 5 MB). The analysis
#: needs working memory for its tokens, n-gram index and evidence spans; news articles are a
#: few kilobytes, and a larger file is most likely a corpus glued together.
MAX_BYTES = AnalysisConfig.max_bytes
_TITLE_MAX = 200
#: Files read as HTML pages whatever they hold.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Files :func:`load_document` reads as one article each: text, HTML pages, web archives.
ARTICLE_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES, *MHTML_SUFFIXES)


class IngestError(Exception):
    """A document that cannot be read; ``str()`` is one line naming the file (and line)."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source, self.line = source, line


# -- public API ---------------------------------------------------------------------------------
def load_document(
    source: str | Path, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Load one article from a file or from its text.

    Parameters
    ----------
    source
        A :class:`~pathlib.Path`, a str without newline naming a file, or the article text itself.
    doc_id
        Document id; default the file stem, or ``doc-`` + 12 hex digits of the text's SHA-1.
    max_bytes
        Larger inputs are refused with an :class:`IngestError`.
    """
    if isinstance(source, str) and not _names_file(source):
        return document_from_text(source, doc_id=doc_id, source="<string>", max_bytes=max_bytes)
    path = Path(source)
    name = str(source)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IngestError(name, "is a directory, not a file")
        check_size(name, size, max_bytes)
        with path.open("rb") as fh:  # a pipe or a device has no size to check before
            data = fh.read(max_bytes + 1)
        check_size(name, len(data), max_bytes, at_least=True)
    except FileNotFoundError:
        raise IngestError(name, "no such file") from None
    except OSError as exc:
        raise IngestError(name, f"cannot read file ({exc.strerror or exc})") from None
    archived = path.suffix.lower() in MHTML_SUFFIXES or looks_like_mhtml(data)
    if archived:  # "Save page as: Webpage, Single File"
        page = page_of_mhtml(data)
        if page is None:
            raise IngestError(name, "web archive (MHTML) without an HTML page")
        data = page
    text, encoding = decode_bytes(data, name)
    is_html = (archived or path.suffix.lower() in HTML_SUFFIXES
               or looks_like_html(text))
    return _build(text, name, doc_id or path.stem, is_html, {"encoding": encoding})


def document_from_text(
    text: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    url: str | None = None,
    author: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """A :class:`Document` from text already in memory (a JSONL/CSV record, a string).

    Same cleaning as :func:`load_document`. Metadata given here wins over what HTML declares;
    ``author`` goes to ``metadata["author"]``, where a saved page's author is read to.
    A given ``title`` that the text does not start with is put in front of it as its own
    paragraph, so the headline is analysed like the first line of a .txt article.
    """
    name = source or doc_id or "<string>"
    check_size(name, len(text), max_bytes)
    if "\x00" in text or _control_share(text) > 0.01:
        raise IngestError(name, "binary data, not text")
    given = {"title": title, "outlet": outlet, "date": date, "url": url}
    doc = _build(text, name, doc_id, looks_like_html(text), {}, given)
    doc.source = source
    if author:
        doc.metadata["author"] = author
    return doc


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes; returns (text, encoding name). Raises :class:`IngestError`."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode_strict(data[len(bom):], enc, name), enc
    if b"\x00" in data and (utf16 := _utf16_without_bom(data)):
        return _decode_strict(data, utf16, name), utf16
    if b"\x00" in data or _control_share_bytes(data) > 0.01:
        raise IngestError(name, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if declared := _declared_charset(data):  # not UTF-8: believe the page's <meta>
            return _decode_strict(data, declared, name), declared
        truncated = exc.end >= len(data) and len(data) - exc.start >= 2
        if _UTF8_MULTIBYTE.search(data) or truncated:
            raise _decode_error(data, exc, "UTF-8", name) from None
    return _decode_strict(data, "cp1252", name), "cp1252"


# -- decoding -----------------------------------------------------------------------------------
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v") + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


_META_CHARSET = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
#: What browsers read these declarations as (WHATWG Encoding); UTF-16 declared in ASCII is not.
_CHARSET_AS = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": None, "utf-16-le": None,
               "utf-16-be": None, "utf-8": None}


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta>`` of its first 2 KB (``windows-1251``),
    as a Python codec name; None for none, UTF-8 (the default path) or a name Python lacks."""
    m = _META_CHARSET.search(data[:2048])
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name if m else None
    except LookupError:
        return None
    return _CHARSET_AS.get(name, name) if name else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` (``-be``) when NUL bytes, at least a tenth of the odd (even) bytes, sit
    almost only there: the high bytes of spaces and Latin letters in UTF-16 saved without a
    byte-order mark. Binary files have NULs at both."""
    if len(data) % 2:
        return None
    even, odd, units = data[0::2].count(0), data[1::2].count(0), len(data) // 2
    if odd >= units / 10 and even * 20 <= odd:
        return "utf-16-le"
    if even >= units / 10 and odd * 20 <= even:
        return "utf-16-be"
    return None


def _control_share_bytes(data: bytes) -> float:
    return len(data.translate(None, _NOT_CONTROL)) / max(len(data), 1)


def _control_share(text: str) -> float:
    return len(_CONTROL_RE.findall(text)) / max(len(text), 1)


def _decode_strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = {"cp1252": "UTF-8 or Windows-1252"}.get(encoding, encoding.upper())
        raise _decode_error(data, exc, label, name) from None
    if "\x00" in text or _control_share(text) > 0.01:
        raise IngestError(name, "binary file, not text")
    return text


def _decode_error(data: bytes, exc: UnicodeDecodeError, label: str, name: str) -> IngestError:
    before = data[: exc.start].decode(exc.encoding, errors="replace")
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")
    if exc.end >= len(data) and ("end of data" in exc.reason or "truncated" in exc.reason):
        return IngestError(name, f"not valid {label} (truncated character at end of file)", line)
    return IngestError(name, f"not valid {label} (byte 0x{data[exc.start]:02x} at column "
                             f"{column})", line)


def check_size(name: str, size: int, max_bytes: int, at_least: bool = False) -> None:
    """Refuse an article over ``max_bytes`` (``IngestError``, naming ``name``); ``at_least``:
    ``size`` is only what was read of a pipe or device before stopping."""
    if size > max_bytes:
        shown = f"{'over ' if at_least else ''}{_size(size - at_least)}"
        raise IngestError(name, f"too large ({shown}; the limit is {_size(max_bytes)}: "
                                "split it into articles, or raise the limit: --max-mb)")


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} bytes"


def _names_file(source: str) -> bool:
    """A str names a file when it has no newline and the file exists (or looks like a path)."""
    if "\n" in source or "\x00" in source or len(source) > 4096:
        return False
    try:
        if Path(source).is_file():
            return True
    except OSError:  # "File name too long": a line of text, not a path
        return False
    # "articel.txt" (a typo) should fail as a missing file, not become a 1-line article
    return Path(source).suffix.lower() in ARTICLE_SUFFIXES and not any(c.isspace() for c in source)


# -- cleaning -----------------------------------------------------------------------------------
def _build(text: str, name: str, doc_id: str | None, is_html: bool, meta: dict,
           given: dict | None = None) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    found: dict = {}
    meta["format"] = "html" if is_html else "text"
    if is_html:
        text, found = extract_html(text)
    if not text.strip():
        raise IngestError(name, "no text found in HTML" if is_html else "empty document")
    text, removed = remove_boilerplate(text)
    if not text:
        raise IngestError(name, "empty document (only site boilerplate)")
    meta["boilerplate_removed"] = removed + found.get("removed", 0)
    info = {k: found.get(k) for k in ("title", "outlet", "date", "url")}
    info.update({k: v for k, v in (given or {}).items() if v})
    headline = found.get("title")  # a page's own headline, first already: not repeated
    if info["title"] and not any(_starts_with(text, t) for t in (info["title"], headline) if t):
        text = f"{info['title'].strip()}\n\n{text}"
    info["title"] = info["title"] or plain_title(text)
    meta.update(found.get("metadata", {}))
    doc_id = doc_id or "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return Document(id=doc_id, text=text, source=name, metadata=meta, **info)


def _starts_with(text: str, title: str) -> bool:
    head = " ".join(text[: len(title) * 2 + 50].split()).casefold()
    return head.startswith(" ".join(title.split()).casefold())


def plain_title(text: str) -> str | None:
    """The first line when it reads like a headline: short, unpunctuated, then a blank line."""
    m = re.match(r"\s*([^\n]+)\n[ \t]*\n", text)
    if not m:
        return None
    line = m.group(1).strip()
    if len(line) >= _TITLE_MAX or re.search(r"[.!?…:;,][\"'”’)\]]*$", line):
        return None
    return line


_PARA_SPLIT = re.compile(r"(\n[ \t]*\n\s*)")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], int]], int]:
    """All rules in one pattern, each rule with its length limit, and the longest limit."""
    rules = [(re.compile(r[0], re.I | re.S), int(r[1])) for r in load_rows("boilerplate")]
    combined = re.compile("|".join(f"(?:{p.pattern})" for p, _ in rules), re.I | re.S)
    return combined, rules, max(n for _, n in rules)


def is_boilerplate(paragraph: str) -> bool:
    """True when a paragraph (or every line of it) is site chrome from ``boilerplate.tsv``."""
    if _is_chrome(paragraph):
        return True
    if "\n" not in paragraph:
        return False  # one line: the paragraph itself
    lines = [ln for ln in paragraph.split("\n") if ln.strip()]
    return len(lines) > 1 and all(map(_is_chrome, lines))


def _is_chrome(chunk: str) -> bool:
    """Does ``chunk``, whitespace collapsed, match a boilerplate rule within its length limit?"""
    combined, rules, longest = _boilerplate()
    flat = " ".join(chunk.split())
    if not flat or len(flat) > longest or not combined.fullmatch(flat):
        return False
    return any(len(flat) <= n and p.fullmatch(flat) for p, n in rules)


def remove_boilerplate(text: str) -> tuple[str, int]:
    """Drop whole boilerplate paragraphs; returns (text, number removed), text trimmed."""
    parts = _PARA_SPLIT.split(text)  # paragraph, separator, paragraph, ...
    kept: list[str] = []
    removed = 0
    for i in range(0, len(parts), 2):
        if parts[i].strip() and is_boilerplate(parts[i]):
            removed += 1
            continue
        kept.append(parts[i])
        if i + 1 < len(parts):
            kept.append(parts[i + 1])
    return "".join(kept).strip(), removed
