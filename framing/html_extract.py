"""Reduce a saved news page to its article text and metadata (stdlib ``html.parser``, no network).

The page is read once into text chunks, each marked with where it sits: which top-level
``<article>``, inside ``<main>`` or not, inside site chrome (an element whose class, id or role
names navigation, sharing, ads, related links, bylines, captions or comments:
``lexicons/html_chrome.tsv``), inside a link or a ``<time>``. The story is, within ``<main>``
(when it holds a quarter of the page's text; else the page): the elements marked
``itemprop="articleBody"`` when they hold a quarter of its text; else the largest ``<article>``
when it holds that quarter and half of all articles' text (a teaser card is not the story, nor is
one live-blog entry of many); else all of it. Its paragraphs are then cleaned by
:mod:`framing.html_paragraphs`.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from functools import lru_cache
from html.parser import HTMLParser
from typing import NamedTuple

from framing.html_meta import page_metadata, read_json_ld
from framing.html_paragraphs import clean_paragraphs, title_first
from framing.lexicons import load_rows


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
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr", "keygen", "amp-img"}
#: Elements whose class names never make them chrome: they hold the story itself.
_NEVER_CHROME = {"html", "body", "article", "main"}
_NAME_ATTRS = ("class", "id", "role", "aria-label", "data-component", "data-component-name",
               "data-testid", "data-gu-name")
_TAGGED = re.compile(r"</?(?:p|br|div)\b", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SAVED_FROM = re.compile(r"\s*saved from url=\(\d+\)(\S+)")
#: Below this share of the article's text left after dropping chrome, the class names lied.
_MIN_KEPT = 0.25


class Chunk(NamedTuple):
    """A piece of text (None: a paragraph break) and where it sits on the page."""

    text: str | None
    article: int = 0
    main: bool = False
    chrome: bool = False
    link: bool = False
    time: bool = False
    body: bool = False
    chrome_id: int = 0  # the innermost chrome-named element it is in (``chrome`` is set later)


_BREAK = Chunk(None)


@lru_cache(maxsize=1)
def _chrome_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(tags dropped with their content, class/id words that mark site chrome)."""
    rows = load_rows("html_chrome")
    return (frozenset(r[0] for r in rows if r[1] == "tag"),
            frozenset(r[0] for r in rows if r[1] == "name"))


def _class_words(value: str) -> set[str]:
    """Words and adjacent word pairs of a class/id value: 'ssrcss-x1-CookieBanner' ->
    {'ssrcss', 'x1', 'cookie', 'banner', 'ssrcss-x1', 'x1-cookie', 'cookie-banner'}."""
    spaced = "".join(f"-{c}" if c.isupper() and i and value[i - 1].islower() else c
                     for i, c in enumerate(value))
    words = [w for w in "".join(c if c.isalnum() else " " for c in spaced.lower()).split()]
    return {*words, *(f"{a}-{b}" for a, b in zip(words, words[1:], strict=False))}


class _Open(NamedTuple):
    """An open element and where its content sits (each field holds for its parents too)."""

    tag: str
    drop: bool  # inside an element dropped with its content
    hard: bool  # ... other than a <header> (whose <h1> is still the title)
    article: int  # number of the top-level <article> it is in, else 0
    main: bool
    link: bool
    time: bool
    body: bool  # itemprop="articleBody" (schema.org): the site marks its story text
    chrome_id: int  # the innermost chrome-named element it is in, else 0


_ROOT = _Open("", False, False, 0, False, False, False, False, 0)


class _Extractor(HTMLParser):
    """Collects the text chunks, meta tags, JSON-LD, `<title>` and `<h1>` headings of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_tags, self.chrome_names = _chrome_lexicon()
        self.chunks: list[Chunk] = []
        self.stack: list[_Open] = []
        self.open: dict[str, int] = {}  # how many of each tag are open (the stack can be deep)
        self.n_articles = 0
        self.chrome_parent = [0]  # chrome element number -> the chrome element it is in (or 0)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.h1: list[Chunk] = []
        self.capture: str | None = None  # "h1", "title" or "json-ld" while inside one
        self.capture_chrome = 0  # the chrome element the captured one is (in)
        self.buf: list[str] = []
        self.plain: list[str] = []  # the captured text outside chrome inside it
        self.title, self.lang = "", ""

    # -- where we are -------------------------------------------------------------------------
    @property
    def _top(self) -> _Open:
        return self.stack[-1] if self.stack else _ROOT

    def _here(self, text: str | None) -> Chunk:
        o = self._top
        return Chunk(text, article=o.article, main=o.main, link=o.link, time=o.time,
                     body=o.body, chrome_id=o.chrome_id)

    def _is_chrome(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in _NEVER_CHROME:
            return False
        if "hidden" in attrs or _HIDDEN_STYLE.search(attrs.get("style", "")):
            return True
        names: set[str] = set()
        for key in _NAME_ATTRS:
            if attrs.get(key):
                names |= _class_words(attrs[key])
        return not names.isdisjoint(self.chrome_names)

    def _push(self, tag: str, attrs: dict[str, str]) -> None:
        up = self._top
        article = up.article
        if tag == "article" and not article:
            self.n_articles += 1
            article = self.n_articles
        chrome_id = up.chrome_id
        if self._is_chrome(tag, attrs):
            chrome_id = len(self.chrome_parent)
            self.chrome_parent.append(up.chrome_id)
        dropped = tag in self.drop_tags
        self.stack.append(_Open(
            tag, up.drop or dropped, up.hard or (dropped and tag != "header"), article,
            up.main or tag == "main", up.link or tag == "a", up.time or tag == "time",
            up.body or attrs.get("itemprop", "").lower() == "articlebody", chrome_id))
        self.open[tag] = self.open.get(tag, 0) + 1

    def _close(self, tag: str) -> None:
        """Pop open elements up to and including the innermost ``tag`` (if it is open)."""
        while self.open.get(tag):
            popped = self.stack.pop().tag
            self.open[popped] -= 1
            if popped == tag:
                return

    # -- parser callbacks ---------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        self._read_head(tag, a)
        if tag in _BLOCK and self._top.tag == "p":
            self._close("p")  # a block start closes an open <p> (legacy pages omit </p>)
        if tag == "li" and self.open.get("li"):
            inner = next(o.tag for o in reversed(self.stack) if o.tag in ("li", "ul", "ol"))
            if inner == "li":
                self._close("li")  # a new item closes the open one of the same list
        if tag not in _VOID:
            self._push(tag, a)
        if self.capture is None and (tag == "h1" or tag == "title" and not self._top.drop):
            self.capture, self.buf, self.plain = tag, [], []
            self.capture_chrome = self._top.chrome_id
        if tag == "br" and self.capture == "h1":
            self.buf.append(" ")  # a headline broken over two lines is one line
            self.plain.append(" ")
            self.chunks.append(self._here(" "))
        elif tag in _BLOCK:
            self.chunks.append(_BREAK)

    def _read_head(self, tag: str, a: dict[str, str]) -> None:
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
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.capture, self.buf = "json-ld", []

    def handle_comment(self, data: str) -> None:
        # Browsers mark a page saved to disk: <!-- saved from url=(0049)https://... -->
        m = _SAVED_FROM.match(data)
        if m:
            self.meta.setdefault("saved-from", m.group(1))

    def handle_endtag(self, tag: str) -> None:
        if self.capture == tag or self.capture == "json-ld" and tag == "script":
            self._end_capture()
        self._close(tag)
        if tag in _BLOCK:
            self.chunks.append(_BREAK)

    def _end_capture(self) -> None:
        raw = "".join(self.buf)
        text = " ".join(raw.split())
        if self.capture == "title":
            self.title = self.title or text
        elif self.capture == "json-ld":
            self.json_ld.append(raw)
        elif text and not self._top.hard:  # chrome in it ("(updated)") left out, if not all
            plain = " ".join("".join(self.plain).split())
            self.h1.append(self._here(plain or text))
        self.capture = None

    def handle_data(self, data: str) -> None:
        if self.capture:
            self.buf.append(data)
            if self._top.chrome_id == self.capture_chrome:
                self.plain.append(data)
        if self.capture not in ("title", "json-ld") and not self._top.drop:
            self.chunks.append(self._here(data))


def extract_html(html: str) -> tuple[str, dict]:
    """Main text of an HTML page (paragraphs separated by blank lines) and its metadata.

    Returns the text, whose first paragraph is the title when one is known, and a dict with
    ``title``, ``outlet``, ``date``, ``url``, ``metadata`` (``author``, ``description``,
    ``lang`` when the page gives them) and ``removed`` (paragraphs dropped as site chrome).
    """
    parser = _parse(html)
    read_json_ld(parser.json_ld, parser.meta)
    paragraphs, h1 = _story(parser)
    declared = _declared_body(parser.meta.get("jsonld:body", ""))
    if len(" ".join(declared)) > 2 * len(" ".join(paragraphs)):
        paragraphs = declared  # a page that JavaScript fills: its body is an empty shell
    paragraphs, removed = clean_paragraphs(paragraphs)
    any_h1 = next((c.text for c in parser.h1), None)
    found = page_metadata(parser.meta, parser.title, h1, paragraphs, any_h1)
    if found["outlet"]:  # the site's name as a line of its own: its logo
        logo = found["outlet"].casefold()
        kept = [p for p in paragraphs if p.casefold() != logo]
        removed += len(paragraphs) - len(kept)
        paragraphs = kept
    if found["title"]:
        paragraphs = title_first(paragraphs, found["title"])
    if parser.lang:
        found["metadata"]["lang"] = parser.lang
    found["removed"] = removed
    return "\n\n".join(paragraphs), found


def _parse(html: str) -> _Extractor:
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    return parser


def _story(parser: _Extractor) -> tuple[list[str], str | None]:
    """The paragraphs of the story's part of the page, and its headline (its first ``<h1>``)."""
    marked = _mark_chrome(parser.chunks, parser.chrome_parent)
    wanted = _article_filter(marked)
    chunks = [c for c in marked if c.text is None or wanted(c)]
    text_of = sum(len(c.text.strip()) for c in chunks if c.text)
    clean = sum(len(c.text.strip()) for c in chunks if c.text and not c.chrome)
    if clean < _MIN_KEPT * text_of:
        chunks = [c._replace(chrome=False) for c in chunks]
    return _paragraphs(chunks), next((c.text for c in parser.h1 if wanted(c)), None)


def _declared_body(body: str) -> list[str]:
    """Paragraphs of a JSON-LD ``articleBody``: HTML, or plain text with a paragraph a line."""
    if _TAGGED.search(body):
        return _story(_parse(body))[0]
    return [" ".join(line.split()) for line in html_lib.unescape(body).split("\n") if line.strip()]


def _mark_chrome(chunks: list[Chunk], parent: list[int]) -> list[Chunk]:
    """Set ``chrome`` on the chunks inside chrome-named elements, except those holding more
    than half of the page's text: that is the story's own wrapper, whatever its name says.
    ``parent[i]`` is the chrome element that chrome element ``i`` is in (0: none)."""
    sizes = [0] * len(parent)
    for c in chunks:
        if c.text:
            sizes[c.chrome_id] += len(c.text.strip())
    for i in range(len(parent) - 1, 0, -1):  # an element is numbered after its parent
        sizes[parent[i]] += sizes[i]
    total = sizes[0]  # now the whole page's text
    chrome = [False] * len(parent)
    for i in range(1, len(parent)):
        chrome[i] = chrome[parent[i]] or sizes[i] <= total / 2
    return [c._replace(chrome=chrome[c.chrome_id]) if c.chrome_id else c for c in chunks]


def _article_filter(chunks: list[Chunk]) -> Callable[[Chunk], bool]:
    """Which chunks belong to the story: see the module docstring."""
    page = sum(len(c.text.strip()) for c in chunks if c.text and not c.chrome)
    in_main = sum(len(c.text.strip()) for c in chunks if c.text and c.main and not c.chrome)
    in_main = in_main >= _MIN_KEPT * page > 0  # not a <main> around the headline only
    sizes: dict[int, int] = {}
    total = body = 0
    for c in chunks:
        if c.text and (c.main or not in_main) and not c.chrome:
            n = len(c.text.strip())
            total += n
            body += n if c.body else 0
            if c.article:
                sizes[c.article] = sizes.get(c.article, 0) + n
    if body >= _MIN_KEPT * total > 0:
        return lambda c: c.body
    best = max(sizes, key=sizes.__getitem__) if sizes else 0
    if best and sizes[best] >= max(_MIN_KEPT * total, sum(sizes.values()) / 2):
        return lambda c: c.article == best  # not one of several like-sized live-blog entries
    return lambda c: c.main or not in_main


def _paragraphs(chunks: list[Chunk]) -> list[str]:
    """Text between breaks, white space collapsed; chrome left out, and a paragraph that is
    all link text (a menu, a related-stories list) or all ``<time>`` (a date line) dropped."""
    paragraphs: list[str] = []
    current: list[Chunk] = []
    for chunk in [*chunks, _BREAK]:
        if chunk.text is not None:
            if not chunk.chrome:
                current.append(chunk)
            continue
        text = " ".join("".join(c.text or "" for c in current).split())
        plain = [c for c in current if not (c.link or c.time)]
        if text and any(ch.isalnum() for c in plain for ch in c.text or ""):
            paragraphs.append(text)
        current = []
    return paragraphs
