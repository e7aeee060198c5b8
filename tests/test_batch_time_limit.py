"""A time limit per article: one pathological text is listed in errors.csv and the run goes on."""

from __future__ import annotations

import csv
import io
import signal
import time

import pytest

from framing.batch import worker
from framing.batch.command import main
from framing.batch.time_limit import ArticleTimeout, time_limit
from tests.test_batch_run import write_jsonl


def test_a_block_past_its_limit_is_stopped_and_the_timer_put_back():
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(ArticleTimeout, match="longer than 0.05 s"):
        with time_limit(0.05):
            time.sleep(30)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_no_limit_lets_the_block_run():
    with time_limit(None):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with time_limit(0):
        pass


def test_a_stuck_article_is_listed_and_the_rest_analysed(tmp_path, monkeypatch, capsys):
    first = worker._analyse

    def analyse(job, record):  # the second record never ends (a loop no regex guard catches)
        if record.record_id == "art-001":
            while True:
                time.sleep(0.01)
        return first(job, record)

    monkeypatch.setattr(worker, "_analyse", analyse)
    corpus = write_jsonl(tmp_path / "c.jsonl", 3, bad_line=False)
    out = tmp_path / "out"
    code = main([str(corpus), "--out", str(out), "--workers", "1", "--no-html", "--no-report",
                 "--article-timeout", "0.5", "--quiet"])
    assert code == 1
    assert "1 record failed" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO((out / "errors.csv").read_text(encoding="utf-8"))))
    assert [(r["record_id"], r["message"]) for r in rows] == [
        ("art-001", "took longer than 0.5 s; not analysed (see --article-timeout)")]
    analysed = (out / "articles.csv").read_text(encoding="utf-8")
    assert "art-000" in analysed and "art-002" in analysed
