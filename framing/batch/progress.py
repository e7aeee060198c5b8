"""A one-line progress bar on standard error: done/total, articles per second, time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 24
_EVERY = 0.2  # seconds between redraws


class Progress:
    """Redraws ``[####....] 120/600 20% 14.2 articles/s ETA 0:34`` at most five times a second.

    Parameters
    ----------
    total
        Expected number of items, or None when unknown (no bar, no ETA).
    enabled
        Draw anything at all (off when standard error is not a terminal).
    """

    def __init__(self, total: int | None, enabled: bool = True, stream: TextIO | None = None,
                 clock=time.monotonic) -> None:  # noqa: ANN001 - a zero-argument callable
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.clock = clock
        self.start = clock()
        self.last = float("-inf")
        self.done = 0

    def update(self, done: int) -> None:
        self.done = done
        if self.enabled and self.clock() - self.last >= _EVERY:
            self._draw()

    def close(self) -> None:
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
            self.enabled = False

    def line(self) -> str:
        """The current status line (without the carriage return)."""
        elapsed = max(self.clock() - self.start, 1e-9)
        rate = self.done / elapsed
        parts = []
        if self.total:
            share = min(self.done / self.total, 1.0)
            filled = int(share * _WIDTH)
            parts.append(f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {self.done}/{self.total} "
                         f"{share:4.0%}")
        else:
            parts.append(f"{self.done} articles")
        parts.append(f"{rate:.1f} articles/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"ETA {_clock((self.total - self.done) / rate)}")
        return "  ".join(parts)

    def _draw(self) -> None:
        self.last = self.clock()
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
