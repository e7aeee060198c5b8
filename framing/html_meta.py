"""What a saved news page says about its article: title, outlet, date, url and author.

Read from ``<meta>`` tags (OpenGraph, Dublin Core, Parse.ly, the NYT's ``byl``), JSON-LD
(``NewsArticle`` and its kin, alone, in a list or in an ``@graph``), ``<link rel=canonical>``,
the first ``<time datetime>`` and the ``<title>``, whose site part (" | Reuters",
"Valley Herald :: ") names the outlet when nothing else does.
"""

from __future__ import annotations

import json
import re
from typing import Any

from framing.model import AUTHOR_SEPARATOR

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
                  "blogposting", "liveblogposting", "socialmediaposting", "report"}
_DATE_META = ("article:published_time", "og:article:published_time", "og:published_time",
              "jsonld:date", "datepublished", "date", "pubdate", "publishdate", "publish-date",
              "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
              "parsely-pub-date", "article.published", "time")
_AUTHOR_META = ("author", "jsonld:author", "byl", "parsely-author", "sailthru.author",
                "dc.creator", "article:author", "twitter:creator")
_URL_META = ("canonical", "og:url", "jsonld:url", "saved-from")
#: " | ", " - ", " – ", " — ", " :: ", " · ", " » " between a headline and a site's name.
_TITLE_SEP = re.compile(r"\s+(?:[|–—·»]|::|-)\s+")


def read_json_ld(scripts: list[str], meta: dict[str, str]) -> None:
    """Add the article's headline, date, author, publisher and url from JSON-LD blocks to
    ``meta`` (as ``jsonld:*`` keys; tags already in ``meta`` keep their value)."""
    nodes: list[dict[str, Any]] = []
    for raw in scripts:
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue  # a broken (or hostile, nested 100,000 deep) block is skipped
        _collect(data, nodes)
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    article = next((n for n in nodes if _types(n) & _ARTICLE_TYPES), None)
    if article is None:
        return
    publisher = _resolve(article.get("publisher"), by_id)
    page = article.get("mainEntityOfPage")
    found = {
        "jsonld:headline": _text(article.get("headline")),
        "jsonld:date": _text(article.get("datePublished")),
        "jsonld:author": AUTHOR_SEPARATOR.join(_person_names(article.get("author"), by_id)),
        "jsonld:publisher": _text(publisher.get("name")) if publisher else "",
        "jsonld:url": _text(article.get("url") or (page.get("@id") if isinstance(page, dict)
                                                   else page)),
        "jsonld:body": article.get("articleBody") if isinstance(article.get("articleBody"),
                                                                 str) else "",
    }
    for key, value in found.items():
        if value:
            meta.setdefault(key, value)


def page_metadata(meta: dict[str, str], title_tag: str, h1: str | None,
                  paragraphs: list[str], any_h1: str | None = None) -> dict[str, Any]:
    """Title, outlet, date, url and extra metadata of a page.

    Parameters
    ----------
    meta
        ``<meta>`` contents by lower-case name or property, plus ``canonical``, ``time`` and
        ``jsonld:*`` keys.
    title_tag
        The ``<title>`` text.
    h1
        The headline shown on the page (first ``<h1>`` of the article), if any.
    paragraphs
        The article's paragraphs: a part of ``<title>`` equal to one of them is the headline.
    any_h1
        The page's first ``<h1>`` anywhere (a site's menu bar, say): the title of last resort.
    """
    site = meta.get("og:site_name") or meta.get("jsonld:publisher") or None
    og_title = meta.get("og:title") or meta.get("jsonld:headline") or meta.get("twitter:title")
    headline, title_site = split_title(title_tag, paragraphs, site)
    # "Kestria - Arvel talks collapse" has no site part: trust one only beside a known headline
    shown = {" ".join(t.split()).casefold() for t in (h1, og_title, *paragraphs[:30]) if t}
    if headline.casefold() in shown:
        site = site or title_site
    site = site or meta.get("application-name") or None
    title = h1 if h1 and not _same(h1, site) else None
    title = title or (og_title and split_title(og_title, paragraphs, site, True)[0])
    title = title or headline or (any_h1 if not _same(any_h1, site) else None)
    extra = {"author": _author(meta), "description": meta.get("description")}
    return {
        "title": title or None,
        "outlet": site,
        "date": next((meta[k] for k in _DATE_META if meta.get(k)), None),
        "url": _url(meta),
        "metadata": {k: v for k, v in extra.items() if v},
    }


def split_title(title: str, paragraphs: list[str], site: str | None,
                strict: bool = False) -> tuple[str, str | None]:
    """('Clashes erupt', 'The Daily') from 'Clashes erupt | The Daily' (or 'The Daily :: Clashes
    erupt'): the headline is the part the article shows as a paragraph, else what is left
    without a first or last part naming the site, else (unless ``strict``) without a short last
    part (a site's name, up to 30 characters)."""
    title = " ".join(title.split())
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title, None
    shown = {" ".join(p.split()).casefold() for p in paragraphs[:30]}
    for i, part in enumerate(parts):
        if part.casefold() in shown and not _same(part, site):
            named = parts[-1] if i == 0 else parts[0]
            return part, named if len(named) <= 30 else None
    first, last = parts[0], parts[-1]
    if _same(first, site):
        return _TITLE_SEP.split(title, maxsplit=1)[1], first
    if _same(last, site) or (len(last) <= 30 and not strict):
        return title[: title.rfind(last)].rstrip(" |–—·»:-"), last
    return title, None


def _url(meta: dict[str, str]) -> str | None:
    """The first absolute address the page gives for itself, else the first relative one."""
    urls = [meta[k] for k in _URL_META if meta.get(k)]
    return next((u for u in urls if re.match(r"https?://", u, re.I)), urls[0] if urls else None)


def _author(meta: dict[str, str]) -> str | None:
    for key in _AUTHOR_META:
        value = " ".join(meta.get(key, "").split())
        if value and not value.startswith(("http:", "https:", "@")):
            return re.sub(r"^by\s+", "", value, flags=re.I)
    return None


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _collect(data: Any, nodes: list[dict[str, Any]]) -> None:
    """The objects of a JSON-LD block: itself, list items, ``@graph`` members (no recursion:
    the nesting is the page's to choose)."""
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(reversed(item))
        elif isinstance(item, dict):
            nodes.append(item)
            todo.append(item.get("@graph"))


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A JSON-LD node, following a bare ``{"@id": ...}`` reference to the full node."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value if isinstance(value, dict) else None


def _person_names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """The names of a JSON-LD ``author``: a string, a Person (or a reference to one by its
    ``@id``), or a list of them; each name once."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        node = _resolve(item, by_id)
        name = _text(node.get("name")) if node else _text(item)
        if name and name not in names:
            names.append(name)
    return names


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
