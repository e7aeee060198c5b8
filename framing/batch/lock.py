"""One batch run per output folder at a time.

Two runs writing to one folder interleave their manifests in the store (the exports then list
the articles of both configurations) and their export files; the second run also stops with
"database is locked". A run therefore holds an exclusive lock on ``DIR/.batch.lock`` from start
to end, and a second run is refused at once with a one-line error.

The lock is a POSIX record lock (``fcntl.lockf``): the kernel drops it when the process ends,
however it ends (a ``kill -9`` leaves no stale lock), and the worker processes a run forks do
not inherit it (being per process, it does not tell apart two runs in one process, such as
threads of a notebook). The file is removed when the run ends (a killed run leaves it; the
next run takes it over). Where there is no ``fcntl`` (Windows) or the file system has no
locks, runs are not guarded.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

#: The lock file's name inside a batch output folder.
LOCK_NAME = ".batch.lock"


class BusyError(RuntimeError):
    """Another batch run holds the output folder; one line."""


class RunLock:
    """The exclusive lock of one batch output folder, held while in its ``with`` block.

    Raises
    ------
    BusyError
        Another process holds it.
    """

    def __init__(self, folder: str | Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self.fd: int | None = None

    def __enter__(self) -> RunLock:
        if fcntl is None:
            return self
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EACCES, errno.EAGAIN):
                    return self  # no locks on this file system (some network mounts)
                raise BusyError(f"{self.path.parent}: another framing batch run is writing "
                                "to this folder; wait for it to end, or use another --out"
                                ) from None
            # the run that held it may have removed the file meanwhile: then lock the new one
            try:
                if os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                    self.fd = fd
                    return self
            except FileNotFoundError:
                pass
            os.close(fd)

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            self.path.unlink(missing_ok=True)  # before unlocking: see the inode check above
            os.close(self.fd)
            self.fd = None
