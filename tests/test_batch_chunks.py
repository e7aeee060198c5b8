"""The batch runner sends records to the workers in chunks, with a bounded number in flight."""

from __future__ import annotations

import concurrent.futures as cf
import json
from collections.abc import Callable, Iterable
from typing import Any

import framing.batch.runner as runner
from framing.batch.runner import CHUNK, run_batch
from framing.batch.store import Store
from tests.test_batch_run import article


class DeferredEngine:
    """Two slots; a task runs only when the runner waits for it (oldest first), so the runner
    meets full in-flight limits (or, with ``finish_at_once``, when submitted); records every
    chunk and the most records in flight."""

    slots = 2
    finish_at_once = False

    def __init__(self) -> None:
        self.pending: list[tuple[cf.Future, Callable[..., Any], tuple[Any, ...]]] = []
        self.chunks: list[list[str]] = []
        self.most = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future:
        fut: cf.Future = cf.Future()
        self.pending.append((fut, fn, args))
        self.chunks.append([key for key, _, _ in args[1]])
        self.most = max(self.most, sum(len(a[1]) for _, _, a in self.pending))
        if self.finish_at_once:
            fut.set_result(fn(*args))
        return fut

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        fut, fn, args = self.pending.pop(0)
        assert fut in set(futures)
        if not fut.done():
            fut.set_result(fn(*args))
        return {fut}

    def close(self, cancel: bool = False) -> None:
        pass


def test_records_go_in_chunks_each_once_and_a_bad_record_fails_alone(tmp_path, monkeypatch):
    n = 23
    texts = [article(i) for i in range(n)]
    texts[9]["text"] += "\x00"  # fails in its worker: binary data
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    engine = DeferredEngine()
    monkeypatch.setattr(runner, "make_engine", lambda *args: engine)
    s = run_batch(corpus, tmp_path / "out", html=False, report=False, progress=False)
    assert (s.records, s.analysed, s.errors) == (n, n, 1)
    keys = [k for chunk in engine.chunks for k in chunk]
    assert len(keys) == len(set(keys)) == n
    assert max(map(len, engine.chunks)) == CHUNK
    assert engine.most <= 2 * engine.slots * CHUNK
    with Store(tmp_path / "out" / "results.sqlite", readonly=True) as store:
        (error,) = store.errors()
        assert error["line"] == 10 and error["message"].startswith("binary data")
        assert store.count("ok") == n - 1


def test_a_worker_with_nothing_to_do_gets_a_short_chunk(tmp_path, monkeypatch):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(article(i)) + "\n" for i in range(3)),
                      encoding="utf-8")
    engine = DeferredEngine()
    monkeypatch.setattr(runner, "make_engine", lambda *args: engine)
    run_batch(corpus, tmp_path / "out", html=False, report=False, progress=False)
    assert list(map(len, engine.chunks)) == [1, 1, 1]  # both slots at once, the rest at the end


def test_new_records_among_cached_ones_do_not_wait_for_a_full_chunk(tmp_path, monkeypatch):
    corpus = tmp_path / "c.jsonl"
    old = "".join(json.dumps(article(i)) + "\n" for i in range(12))
    corpus.write_text(old, encoding="utf-8")
    run_batch(corpus, tmp_path / "out", workers=1, html=False, report=False, progress=False)
    # three new records, each after 12 cached ones (the first 12 where they were: a record that
    # moved is sent to a worker to be told so)
    corpus.write_text("".join(old + json.dumps(article(40 + i)) + "\n" for i in range(3)),
                      encoding="utf-8")
    engine = DeferredEngine()
    engine.finish_at_once = True
    ticks: list[int] = []  # records done (cached or analysed) when each chunk was submitted
    tick = runner._Run._tick

    def counted(self: runner._Run) -> None:
        tick(self)
        engine.ticks = self.done

    monkeypatch.setattr(runner._Run, "_tick", counted)
    monkeypatch.setattr(runner, "make_engine", lambda *args: engine)
    engine.ticks = 0
    submit = engine.submit
    engine.submit = lambda *args: ticks.append(engine.ticks) or submit(*args)
    run_batch(corpus, tmp_path / "out", html=False, report=False, progress=False)
    assert list(map(len, engine.chunks)) == [1, 1, 1]
    assert ticks == [12, 24, 36]  # each at once (after the cached ones before it), not at the end


def test_the_report_fold_leaves_a_core_to_the_exports_process(monkeypatch):
    from framing.batch.runner import report_workers

    assert report_workers(1) == 1
    assert report_workers(2) == 1
    assert report_workers(8) == 7
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert report_workers(None) == 3
