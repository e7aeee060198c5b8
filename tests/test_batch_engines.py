"""The local engine's workers start with what the parent loaded."""

from __future__ import annotations

import multiprocessing
import os

import pytest

import framing.pipeline
from framing.batch.engines import LocalEngine


def _pid() -> int:
    return os.getpid()


@pytest.mark.skipif(multiprocessing.get_context().get_start_method() != "fork",
                    reason="workers inherit the parent's state only where they are forked")
def test_forked_workers_do_not_warm_up_again(tmp_path, monkeypatch):
    log = tmp_path / "warm_ups"

    def warm_up() -> None:  # records which process loads the lexicons
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")

    monkeypatch.setattr(framing.pipeline, "warm_up", warm_up)
    engine = LocalEngine(2)
    try:
        workers = {engine.submit(_pid).result() for _ in range(4)}
    finally:
        engine.close()
    assert os.getpid() not in workers
    assert log.read_text().split() == [str(os.getpid())]
