"""A record's fields: the names researchers' exports give them, and their normalised values.

A JSON object or CSV row becomes the standard fields (id, text, title, url, outlet, date)
plus ``extra``, whatever the tool that wrote it called them.
"""

from __future__ import annotations

from typing import Any

#: Record field → the names it goes by in the exports researchers already have (first non-empty
#: wins, matched case-insensitively): Media Cloud story CSVs, news-please and trafilatura JSON.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "stories_id", "story_id"),
    "text": ("text", "maintext", "content", "body", "article_text", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "media_name", "sitename", "source_domain", "source-hostname",
               "hostname", "domain", "source", "publisher"),
    "date": ("date", "publish_date", "date_publish", "published", "publication_date",
             "pub_date", "pubdate", "date_published"),
}
#: Other scalar fields shorter than this are kept as ``metadata["fields"]``.
EXTRA_MAX_CHARS = 300


def normalize_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """The standard fields (:data:`ALIASES`) of a record, plus ``extra``.

    Field names are matched case-insensitively against :data:`ALIASES`; the first non-empty
    value wins. A ``source`` that is a URL (trafilatura) is taken as the url, not the outlet.
    """
    lower: dict[str, Any] = {}
    for k, v in obj.items():
        lower.setdefault(str(k).strip().lower(), v)
    used: set[str] = set()
    out: dict[str, Any] = {}
    for name, aliases in ALIASES.items():
        for alias in aliases:
            value = scalar(lower.get(alias))
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
