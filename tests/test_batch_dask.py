"""The Dask engine gives exactly the local engine's results."""

from __future__ import annotations

import pytest

from framing.batch.command import main
from tests.test_batch_run import EXPORTS, store_rows, summary_counts, write_jsonl

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'framing[dask]')")


def test_dask_engine_results_equal_local_engine(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 8)
    local, remote = tmp_path / "local", tmp_path / "dask"
    opts = ["--no-html", "--no-report", "--quiet"]
    assert main([str(corpus), "--out", str(local), "--workers", "2", *opts]) == 1
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        code = main([str(corpus), "--out", str(remote), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, *opts])
        assert code == 1  # the bad JSON line, as with the local engine
        assert summary_counts(capsys.readouterr().err) == (8, 0)
        again = main([str(corpus), "--out", str(remote), "--engine", "dask",
                      "--scheduler", cluster.scheduler_address, *opts])
        assert again == 1 and summary_counts(capsys.readouterr().err) == (0, 8)
    assert store_rows(remote) == store_rows(local)
    assert len(store_rows(local)) == 8
    for name in EXPORTS:
        assert (remote / name).read_bytes() == (local / name).read_bytes(), name
