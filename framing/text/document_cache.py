"""Caches that hold one document's work (its tokens, its n-gram index, its lexicon matches), and
their emptying when the next document's analysis starts.

A batch worker analyses article after article: a plain ``lru_cache`` would keep the previous
article's tokens and index (about 60 bytes per byte of text) beside the next one's.
:func:`framing.pipeline.analyze` calls :func:`forget_documents` first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])
#: What :func:`forget_documents` calls: each cache's ``cache_clear`` and each
#: :func:`forget_with_documents` function.
_FORGETTERS: list[Callable[[], None]] = []


def document_cache(fn: _F | None = None, *, maxsize: int = 1) -> Any:
    """``lru_cache(maxsize=maxsize)`` for a function of one document's text (its tokens, its
    n-gram index), emptied by :func:`forget_documents`. ``@document_cache`` or
    ``@document_cache(maxsize=4)`` (for a function also asked of a few other texts per
    document, such as its title)."""
    def wrap(f: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(f)
        _FORGETTERS.append(cached.cache_clear)
        return cached  # type: ignore[return-value]
    return wrap if fn is None else wrap(fn)


def forget_with_documents(forget: Callable[[], None]) -> Callable[[], None]:
    """Have :func:`forget_documents` call ``forget`` too (for a cache that is no
    ``lru_cache``, such as a module's last result); returns it, to be used as a decorator."""
    _FORGETTERS.append(forget)
    return forget


def forget_documents() -> None:
    """Empty every :func:`document_cache` and call every :func:`forget_with_documents`
    function: called when the next article's analysis starts, so that a batch worker never
    holds the last article's tokens and index (about 60 bytes per byte of text) beside the
    next one's."""
    for forget in _FORGETTERS:
        forget()
