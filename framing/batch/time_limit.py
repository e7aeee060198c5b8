"""A time limit on one article's analysis, so that one pathological text cannot hold a worker,
and with it the whole run, for ever.

The limit is an interval timer (``SIGALRM``): CPython checks for signals inside long regular
expression searches and Python loops alike. Signals reach only a process's main thread, which is
where the local engine's workers (and the in-process engine) analyse; on a Dask worker's threads
and on systems without ``setitimer`` there is no limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: Seconds one article may take by default: an ordinary article takes milliseconds, 1 MB of news
#: a few seconds.
DEFAULT_SECONDS = 300.0


class ArticleTimeout(BaseException):  # noqa: N818 - not an error of the code, a verdict on input
    """The analysis ran past its time limit (a BaseException, so that no ``except Exception``
    inside the analysis takes it for an error of its own)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s; not analysed (see --article-timeout)")


def can_limit() -> bool:
    """Can :func:`time_limit` stop work in the calling thread?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def signal_handler(signum: int, handler: Any) -> Iterator[None]:
    """``handler`` for ``signum`` in the block, the previous one after it. Only the main thread
    may set handlers; elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signum, handler)
    try:
        yield
    finally:
        signal.signal(signum, previous)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block once ``seconds`` have passed (``None`` or 0:
    no limit; see the module's note on where a limit is possible)."""
    if not seconds or not can_limit():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout(seconds)

    with signal_handler(signal.SIGALRM, expire):
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
