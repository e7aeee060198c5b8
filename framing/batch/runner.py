"""The batch runner: records in, analyses into the store, bounded parallel work, resumable.

The parent process reads the input, skips every record whose key is already in the store,
submits the rest to :mod:`framing.batch.worker` in chunks of :data:`CHUNK` records (at most a
few chunks per worker in flight, so memory stays flat), and alone writes to SQLite. It commits
the results as they arrive, in groups at most :data:`COMMIT_SECONDS` apart: a kill loses at most
the work in flight (or waiting for a full chunk) and that last fraction of a second's results (a
commit per article would cost the parent about 1 ms each, CPU the workers need).
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing import __version__
from framing.batch.engines import fork_context, helper_process, make_engine
from framing.batch.exports import report_name
from framing.batch.finish import batch_report, export_store, report_workers, tidy_folder
from framing.batch.inputs import Problem, Record, count_records, iter_records
from framing.batch.keys import fingerprint, record_key, refusal_key
from framing.batch.lock import RunLock
from framing.batch.progress import Progress
from framing.batch.store import ARTICLES_DIR, STORE_NAME, Store, release
from framing.batch.time_limit import DEFAULT_SECONDS, signal_handler
from framing.batch.worker import Job, error_row, process_chunk, too_large
from framing.config import AnalysisConfig
from framing.render.terminal import counted

log = logging.getLogger("framing.batch")
#: Longest time a finished result waits in the parent before it is committed to the store.
COMMIT_SECONDS = 0.5
#: Records per task: each task costs the parent and the pool's threads about 0.1 ms (pickling,
#: pipes, futures), shared by a chunk's records; a chunk's results arrive together.
CHUNK = 4


# -- the run -----------------------------------------------------------------------------------
@dataclass
class Summary:
    """What one run did."""

    records: int = 0
    analysed: int = 0
    cached: int = 0
    errors: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    def line(self, out_dir: Path) -> str:
        state = "interrupted (run again to resume)" if self.interrupted else f"wrote {out_dir}"
        return (f"framing batch: {counted(self.records, 'record')}: {self.analysed} analysed, "
                f"{self.cached} cached, {counted(self.errors, 'error')} ({self.seconds:.1f} s); "
                f"{state}")


def run_batch(
    source: str | Path,
    out_dir: str | Path,
    *,
    config: AnalysisConfig | None = None,
    sides_path: str | Path | None = None,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    html: bool = True,
    article_seconds: float | None = DEFAULT_SECONDS,
    report: bool = True,
    progress: bool | None = None,
) -> Summary:
    """Analyse every record of ``source`` into ``out_dir`` (store, reports, exports).

    Records whose key (content + configuration) is already in the store are not analysed again;
    one over ``config.max_bytes`` is an error, whatever the store holds.
    A record whose analysis takes longer than ``article_seconds`` (None: no limit) is listed in
    ``errors.csv`` and not stored, so the next run tries it again.
    Raises ``KeyboardInterrupt`` after saving what was done when interrupted.
    """
    config = config or AnalysisConfig()
    out = Path(out_dir)
    (out / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
    sides = None
    if sides_path is not None:
        from framing.sides import load_sides

        sides = load_sides(sides_path, separatists_as_side=config.separatists_as_side)
    fp = fingerprint(config, sides_path)
    job = Job(config, sides, html, article_seconds)
    summary = Summary()
    started = time.monotonic()
    show = progress if progress is not None else sys.stderr.isatty()
    with RunLock(out):
        bar = Progress(count_records(source, out) if show else None, enabled=show)
        with Store(out / STORE_NAME) as store:
            store.begin_run(fp, __version__)
            pool = make_engine(engine, workers, scheduler)
            run = _Run(store, pool, job, fp, out, summary, bar)
            try:
                run.feed(iter_records(source, skip=out))
                run.flush()
                run.drain(0)
            except BaseException:
                # Ctrl-C ignored meanwhile: the run is stopping already, and a second one must
                # not cut short the saving of its results or the stopping of its workers
                with signal_handler(signal.SIGINT, signal.SIG_IGN):
                    summary.interrupted = True
                    store.commit()
                    pool.close(cancel=True)
                    bar.close()
                    summary.seconds = time.monotonic() - started
                raise
            pool.close()
            bar.close()
            store.finish_run()
            summary.errors = len(store.errors())
            tidy_folder(out, store)
        # The exports (mostly I/O) and the batch report (mostly Python) both only read the
        # store: on two cores they take the time of the longer one.
        if report:
            with cf.ProcessPoolExecutor(1, mp_context=fork_context(),
                                        initializer=helper_process) as side:
                exports = side.submit(export_store, out)
                batch_report(out, report_workers(workers))
                exports.result()
        else:
            export_store(out)
        release(out / STORE_NAME)
    summary.seconds = time.monotonic() - started
    return summary


class _Run:
    """The parent's loop: submit new work, record cached hits, write results as they come."""

    def __init__(self, store: Store, pool: Any, job: Job, fp: str, out: Path,
                 summary: Summary, bar: Progress) -> None:
        self.store, self.pool, self.job, self.fp, self.out = store, pool, job, fp, out
        self.summary, self.bar = summary, bar
        self.inflight: dict[Any, list[tuple[str, Record, str | None]]] = {}  # future → chunk
        self.chunk: list[tuple[str, Record, str | None]] = []  # not submitted yet
        self.keys: set[str] = set()  # of both
        self.limit = max(2, 2 * pool.slots)  # chunks in flight
        self.notes: set[str] = set()
        self.pending = 0
        self.done = 0
        self.committed = time.monotonic()

    def feed(self, items: Any) -> None:
        for item in items:
            if isinstance(item, Problem):
                self.store.add_error(item.file, item.line, item.record_id, item.message)
                self._tick()
                continue
            self.summary.records += 1
            refusal = too_large(item, self.job.config.max_bytes)
            if refusal is not None:  # before the lookup: not an analysis a higher limit stored
                self._refuse(item, refusal)
                continue
            key = record_key(item, self.fp)
            self.store.add_manifest(key)
            if key in self.keys:  # the same record twice, still in flight
                self.summary.cached += 1
                self._tick()
                continue
            row = self.store.lookup(key)
            if row is None:
                self._submit(key, item, None)
                continue
            self.summary.cached += 1
            # a record now at another file or line (records added or removed before it, the
            # input renamed) is told so, as an uninterrupted run on this input would have it
            moved = ((row["source"], row["line"]) != (item.file, item.line)
                     and self.store.manifest_count(key) == 1)  # not a duplicate's
            if row["status"] != "ok":
                if moved:
                    self.store.relocate(key, item.file, item.line)
                self.store.add_error(item.file, item.line, item.record_id, row["error"])
            elif moved or self.job.html and not self._html_path(row["doc_id"], key).exists():
                self._submit(key, item, self.store.analysis_json(key))  # the worker moves it
                continue
            self._tick()

    def _refuse(self, record: Record, message: str) -> None:
        """List a record over the size limit as an error, as its analysis would have."""
        key = refusal_key(record, self.fp, self.job.config.max_bytes)
        self.store.add_manifest(key)
        if self.store.manifest_count(key) == 1:  # a duplicate keeps its first place
            self.store.add_result(error_row(key, record, message))
        self.store.add_error(record.file, record.line, record.record_id, message)
        self._tick()

    def drain(self, below: int) -> None:
        while len(self.inflight) > below:
            for fut in self.pool.wait_any(self.inflight):
                chunk = self.inflight.pop(fut)
                for (key, record, _), result in zip(chunk, fut.result(), strict=True):
                    self.keys.discard(key)
                    self._finish(key, record, result)

    def flush(self) -> None:
        """Submit the records waiting for a full chunk."""
        if self.chunk:
            self.drain(self.limit - 1)
            self.inflight[self.pool.submit(process_chunk, self.job, self.chunk)] = self.chunk
            self.chunk = []

    def _submit(self, key: str, record: Record, analysis_json: str | None) -> None:
        self.chunk.append((key, record, analysis_json))
        self.keys.add(key)
        # a worker with nothing to do (at the start, or new records among many cached ones)
        # gets a short chunk at once
        if len(self.chunk) >= CHUNK or self._busy() < self.pool.slots:
            self.flush()

    def _busy(self) -> int:
        """Chunks submitted and not finished (running or queued)."""
        return sum(not fut.done() for fut in self.inflight)

    def _finish(self, key: str, record: Record, result: dict[str, Any]) -> None:
        row = result["row"]
        if result["note"] and result["note"] not in self.notes:
            self.notes.add(result["note"])
            log.warning("framing batch: %s", result["note"])
        if result["html"] is not None:
            doc_id = row["doc_id"] if row else self.store.lookup(key)["doc_id"]
            _write_atomic(self._html_path(doc_id, key), result["html"])
        if row is not None:
            self.store.add_result(row)
            self.summary.analysed += 1
        elif result["moved"] is not None:
            self.store.relocate(key, record.file, record.line, result["moved"])
            if result["html"] is None:  # --no-html: an earlier run's report says where it was
                self._html_path(self.store.lookup(key)["doc_id"], key).unlink(missing_ok=True)
        if result["error"]:
            self.store.add_error(record.file, record.line,
                                 row["doc_id"] if row else record.record_id, result["error"])
        self._tick()

    def _tick(self) -> None:
        self.done += 1
        self.pending += 1
        now = time.monotonic()
        if self.pending >= 500 or now - self.committed >= COMMIT_SECONDS:
            self.store.commit()
            self.pending = 0
            self.committed = now
        self.bar.update(self.done)

    def _html_path(self, doc_id: str | None, key: str) -> Path:
        return self.out / ARTICLES_DIR / report_name(doc_id or "article", key)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
