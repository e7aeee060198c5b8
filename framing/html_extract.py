"""Reduce an HTML page to its article text and metadata (stdlib ``html.parser``, no network)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_DROP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
         "svg", "button", "template", "select", "dialog", "canvas", "object"}

def looks_like_html(text: str) -> bool:
    """True when ``text`` is clearly an HTML document (not prose that mentions a tag)."""
    head = text[:2000].lstrip().lower()
    if not head.startswith("<"):
        return False
    if head.startswith(("<!doctype html", "<html")):
        return True
    sample = text[:100_000].lower()
    return "<body" in sample or sample.count("</p>") >= 2


_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "br", "blockquote", "section",
          "article", "main", "ul", "ol", "table", "tr", "td", "th", "pre", "figure",
          "figcaption", "dd", "dt", "dl", "hr", "address", "details", "summary", "caption"}
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date",
              "pubdate", "publishdate", "dc.date", "dcterms.date", "parsely-pub-date")
_BREAK = None


class _Extractor(HTMLParser):
    """Collects text chunks, each tagged with its <article> number and whether it is in <main>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[str | None, int, bool]] = []  # (text or _BREAK, article, main)
        self.dropped: list[str] = []
        self.article, self.n_articles, self.article_depth, self.main_depth = 0, 0, 0, 0
        self.meta: dict[str, str] = {}
        self.h1: list[tuple[str, int, bool]] = []  # (text, article, main)
        self.capture: str | None = None  # "h1" or "title" while inside one
        self.buf: list[str] = []
        self.title, self.lang = "", ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.meta.setdefault("canonical", a.get("href", "").strip())
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"].strip())
        elif tag == "html":
            self.lang = a.get("lang", "")
        if self.capture is None and (tag == "h1" or tag == "title" and not self.dropped):
            self.capture, self.buf = tag, []
        if tag in _DROP:
            self.dropped.append(tag)
        elif tag == "article":
            if self.article_depth == 0:
                self.n_articles += 1
                self.article = self.n_articles
            self.article_depth += 1
        elif tag == "main":
            self.main_depth += 1
        if tag in _BLOCK:
            self.chunks.append((_BREAK, 0, False))

    def handle_endtag(self, tag: str) -> None:
        if tag == self.capture:
            text = " ".join("".join(self.buf).split())
            if tag == "title":
                self.title = self.title or text
            elif text and set(self.dropped) <= {"header"}:
                self.h1.append((text, self.article if self.article_depth else 0,
                                self.main_depth > 0))
            self.capture = None
        if tag in self.dropped:
            while self.dropped and self.dropped.pop() != tag:
                pass
        elif tag in ("body", "html"):
            self.dropped.clear()
        elif tag == "article" and self.article_depth:
            self.article_depth -= 1
        elif tag == "main" and self.main_depth:
            self.main_depth -= 1
        if tag in _BLOCK:
            self.chunks.append((_BREAK, 0, False))

    def handle_data(self, data: str) -> None:
        if self.capture:
            self.buf.append(data)
        if not self.dropped and self.capture != "title":
            art = self.article if self.article_depth else 0
            self.chunks.append((data, art, self.main_depth > 0))


def extract_html(html: str) -> tuple[str, dict]:
    """Main text of an HTML page (paragraphs separated by blank lines) and its metadata.

    Returns the text, whose first paragraph is the title when one is known, and a dict with
    ``title``, ``outlet``, ``date``, ``url`` and ``metadata``.
    """
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    sizes: dict[int, int] = {}
    for text, art, _ in parser.chunks:
        if text and art:
            sizes[art] = sizes.get(art, 0) + len(text.strip())
    best = max(sizes, key=sizes.__getitem__) if sizes else 0
    in_main = any(text and text.strip() and main for text, _, main in parser.chunks)

    def wanted(art: int, main: bool) -> bool:
        return art == best if best else (main if in_main else True)

    paragraphs, current = [], []
    for text, art, main in [*parser.chunks, (_BREAK, 0, False)]:
        if text is _BREAK:
            para = " ".join("".join(current).split())
            if para:
                paragraphs.append(para)
            current = []
        elif wanted(art, main):
            current.append(text)
    meta = parser.meta
    title = next((t for t, art, main in parser.h1 if wanted(art, main)), None)
    title = title or meta.get("og:title") or _strip_site(parser.title)
    title = title or next((t for t, _, _ in parser.h1), None)
    if title:
        paragraphs = _title_first(paragraphs, " ".join(title.split()))
    found = {
        "title": title or None,
        "outlet": meta.get("og:site_name") or None,
        "date": next((meta[k] for k in (*_DATE_META, "time") if meta.get(k)), None),
        "url": meta.get("canonical") or meta.get("og:url") or None,
        "metadata": {k: v for k, v in (("author", meta.get("author")),
                                       ("description", meta.get("description")),
                                       ("lang", parser.lang)) if v},
    }
    return "\n\n".join(paragraphs), found


def _strip_site(title: str) -> str:
    """'Clashes erupt | The Daily' -> 'Clashes erupt' (a short last part is the site's name)."""
    m = re.fullmatch(r"(.+)\s+[|–—-]\s+(.{1,30})", title.strip())
    return m.group(1) if m else title


def _title_first(paragraphs: list[str], title: str) -> list[str]:
    """Make the title the first paragraph; short kickers/bylines before it are dropped."""
    for i, p in enumerate(paragraphs[:4]):
        if p == title:
            if all(len(q) <= 80 for q in paragraphs[:i]):
                return paragraphs[i:]
            break
    return [title, *paragraphs]
