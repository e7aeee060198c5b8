"""Clean the paragraphs of a saved news page: page-only chrome, datelines, the headline.

``lexicons/html_boilerplate.tsv`` lists what a news page adds around its story as text (bylines,
date lines, paywall prompts, link-list headings, the heading of the comments, after which
nothing is the article). Rules that hold for any article, HTML or not, are in
``boilerplate.tsv`` and applied later by :mod:`framing.ingest`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lexicons import load_rows

#: A dateline standing alone before the lead ("Velma, Kestria CNN —"), in the first paragraphs.
_DATELINE = re.compile(r".{1,80}\s[—–-]")
_DATELINE_WITHIN = 3
#: A comments heading ends the article only after this much text (not a counter above the story).
_END_AFTER = 200
#: Short lines before the headline (section labels, breadcrumbs) are dropped with it.
_KICKER_MAX = 80


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], int, str]]:
    """(pattern, max_chars, action) of each rule of ``html_boilerplate.tsv``."""
    return [(re.compile(r[0], re.I | re.S), int(r[1]), r[2])
            for r in load_rows("html_boilerplate")]


def page_chrome(paragraph: str) -> str | None:
    """The action (``drop`` or ``end``) of the first rule the whole paragraph matches, or None."""
    for pattern, limit, action in _rules():
        if len(paragraph) <= limit and pattern.fullmatch(paragraph):
            return action
    return None


def clean_paragraphs(paragraphs: list[str]) -> tuple[list[str], int]:
    """Paragraphs without page chrome; returns them and how many were removed.

    A dateline that the page sets apart in the first paragraphs ("Velma, Kestria CNN —", its own
    element on the page) goes too: left in front of the lead, it would be read as the lead's
    speaker; a dateline inside the lead's paragraph ("VELMA, Oct 3 (Reuters) -") stays.
    """
    kept: list[str] = []
    for i, para in enumerate(paragraphs):
        action = page_chrome(para)
        if action == "end" and sum(map(len, kept)) >= _END_AFTER:
            break
        dateline = (len(kept) < _DATELINE_WITHIN and i + 1 < len(paragraphs)
                    and _DATELINE.fullmatch(para))
        if action is None and not dateline:
            kept.append(para)
    return kept, len(paragraphs) - len(kept)


def title_first(paragraphs: list[str], title: str) -> list[str]:
    """The title as the first paragraph, said once: its copy on the page (the ``<h1>``) is
    moved there, and short kicker and breadcrumb lines before that copy are dropped."""
    title = " ".join(title.split())
    key = title.casefold()
    for i, para in enumerate(paragraphs[:30]):
        if para.casefold() == key:
            before = paragraphs[:i]
            if any(len(p) > _KICKER_MAX for p in before):
                return [title, *before, *paragraphs[i + 1:]]
            return [title, *paragraphs[i + 1:]]
    return [title, *paragraphs]
