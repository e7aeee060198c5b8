"""Where the per-article work runs: in-process, a local process pool, or a Dask cluster.

All three take the same picklable function and arguments and hand back futures with
``.result()``; the runner only ever calls :meth:`submit`, :meth:`wait_any` and :meth:`close`.
"""

from __future__ import annotations

import concurrent.futures as cf
import gc
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

#: How often a helper process checks that its parent still runs.
PARENT_POLL_SECONDS = 1.0


class EngineError(RuntimeError):
    """The requested engine cannot start (e.g. dask is not installed)."""


def helper_process() -> None:
    """Initializer of a run's helper processes (workers, the exports process).

    Ctrl-C goes to the whole process group; only the parent handles it (a helper interrupted
    while waiting for work printed a traceback). A helper whose parent is gone (``kill -9`` of
    the parent alone) exits instead of waiting for work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="framing-parent-watch", daemon=True).start()


def _start_worker() -> None:
    helper_process()
    prepare_process()


def prepare_process() -> None:
    """Load every lexicon and model once, then take them out of the garbage collector's sight.

    The analysis allocates many short-lived objects; without this, each collection walks the
    long-lived lexicons again (about 1.5 ms per article). Tuned for a process that analyses
    many articles in a row.
    """
    from framing.pipeline import warm_up

    warm_up()
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


class InlineEngine:
    """Runs each task at once in this process (``--workers 1``)."""

    slots = 1

    def __init__(self) -> None:
        prepare_process()

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future:
        fut: cf.Future = cf.Future()
        try:
            fut.set_result(fn(*args))
        except Exception as exc:  # surfaces at .result(), like a pool's future
            fut.set_exception(exc)
        return fut

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        return set(futures)

    def close(self, cancel: bool = False) -> None:
        pass


class LocalEngine:
    """A :class:`concurrent.futures.ProcessPoolExecutor` of ``workers`` processes.

    Where the platform forks new processes, this process loads the lexicons and models once
    (:func:`prepare_process`) and every worker starts with them: each loading them again cost
    about 1.4 s of CPU per worker and run. Elsewhere (spawn, forkserver) each worker loads them.
    """

    def __init__(self, workers: int) -> None:
        import multiprocessing

        self.slots = workers
        context = multiprocessing.get_context()  # the platform's default start method
        initializer = _start_worker
        if context.get_start_method() == "fork":
            prepare_process()
            initializer = helper_process
        self.pool = cf.ProcessPoolExecutor(workers, mp_context=context, initializer=initializer)

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future:
        return self.pool.submit(fn, *args)

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        done, _ = cf.wait(list(futures), return_when=cf.FIRST_COMPLETED)
        return done

    def close(self, cancel: bool = False) -> None:
        """Wait for the workers to finish and stop them; with ``cancel``, stop them at once
        (the work in flight is dropped: otherwise this process waited for it at exit, and a
        second Ctrl-C during that wait left it hanging for ever)."""
        if cancel:
            for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
                proc.terminate()
        self.pool.shutdown(wait=True, cancel_futures=cancel)


class DaskEngine:
    """A ``dask.distributed`` client: of the scheduler at ``address``, else of a LocalCluster."""

    def __init__(self, workers: int, address: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--engine dask needs dask.distributed: "
                               "pip install 'framing[dask]'") from None
        logging.getLogger("distributed").setLevel(logging.WARNING)  # its INFO is chatty
        self.cluster = None
        if address:
            self.client = Client(address)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                        processes=True, dashboard_address=":0")
            self.client = Client(self.cluster)
        logging.getLogger("framing.batch").info("framing batch: dask dashboard at %s",
                                                self.client.dashboard_link)
        self.slots = max(sum(self.client.nthreads().values()), 1)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        from distributed import wait

        return set(wait(list(futures), return_when="FIRST_COMPLETED").done)

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def fork_context() -> Any:
    """The ``fork`` start method where there is one (a copy of this process starts at once,
    nothing re-imported), else the platform's default."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def make_engine(name: str, workers: int | None, address: str | None = None) -> Any:
    """The engine ``name`` (``local`` or ``dask``); ``workers`` defaults to the CPU count."""
    workers = workers or os.cpu_count() or 1
    if name == "dask":
        return DaskEngine(workers, address)
    if name != "local":
        raise EngineError(f"unknown engine {name!r}")
    return InlineEngine() if workers == 1 else LocalEngine(workers)
