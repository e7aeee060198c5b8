"""A record's fields: the names researchers' exports give them, and their normalised values.

A JSON object or CSV row becomes the standard fields (id, text, title, url, outlet, date,
author) plus ``extra``, whatever the tool that wrote it called them.
"""

from __future__ import annotations

import re
from typing import Any

from framing.model import AUTHOR_SEPARATOR

#: Record field → the names it goes by in the exports researchers already have (first non-empty
#: wins, matched case-insensitively): Media Cloud story CSVs, news-please and trafilatura JSON.
#: news-please writes ``authors`` (a list), trafilatura ``author`` (names joined by "; "), RSS
#: and Dublin Core ``creator``; Media Cloud's and GDELT's article lists name no author.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "stories_id", "story_id"),
    "text": ("text", "maintext", "content", "body", "article_text", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "media_name", "sitename", "source_domain", "source-hostname",
               "hostname", "domain", "source", "publisher"),
    "date": ("date", "publish_date", "date_publish", "published", "publication_date",
             "pub_date", "pubdate", "date_published"),
    "author": ("author", "authors", "byline", "creator", "dc:creator", "writer"),
}
#: Other scalar fields shorter than this are kept as ``metadata["fields"]``.
EXTRA_MAX_CHARS = 300


def normalize_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """The standard fields (:data:`ALIASES`) of a record, plus ``extra``.

    Field names are matched case-insensitively against :data:`ALIASES`; the first non-empty
    value wins. A ``source`` that is a URL (trafilatura) is taken as the url, not the outlet.
    The author may be a list of names (:func:`author_names`).
    """
    lower: dict[str, Any] = {}
    for k, v in obj.items():
        lower.setdefault(str(k).strip().lower(), v)
    used: set[str] = set()
    out: dict[str, Any] = {}
    for name, aliases in ALIASES.items():
        read = author_names if name == "author" else scalar
        for alias in aliases:
            value = read(lower.get(alias))
            if value is None:
                continue
            if alias == "source" and value.startswith(("http://", "https://")):
                continue
            out[name] = value
            used.add(alias)
            break
    source = scalar(lower.get("source"))
    if source and source.startswith(("http://", "https://")):
        used.add("source")
        out.setdefault("url", source)
    text_like = set(ALIASES["text"]) | {"raw_text"}
    extra = {k: s for k, v in lower.items()
             if k not in used and k not in text_like
             and (s := scalar(v)) is not None and len(s) <= EXTRA_MAX_CHARS}
    if extra:
        out["extra"] = dict(sorted(extra.items()))
    return out


def author_names(value: Any) -> str | None:
    """The author(s) of a record as one string, names joined by ``AUTHOR_SEPARATOR``.

    ``value``: a string ("By Jane Roe" gives "Jane Roe"), a list of names (news-please) or
    of objects with a ``name`` (feedparser, JSON-LD), or one such object. Repeated names are
    given once; None when no name is left.
    """
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        name = scalar(item)
        if name is None:
            continue
        name = re.sub(r"^by\s+", "", " ".join(name.split()), flags=re.I)
        if name and name not in names:
            names.append(name)
    return AUTHOR_SEPARATOR.join(names) or None


def scalar(value: Any) -> str | None:
    """A field's value as a stripped string; None for nothing, an empty string, a list or an
    object."""
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None
