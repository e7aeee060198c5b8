"""framing batch and ``--max-mb``: the size limit decides which records are analysed, not what
an analysis finds, so changing it analyses only the records it now admits, and refuses those
it now excludes even when the store holds an analysis of them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing.batch import runner
from framing.batch.command import main
from framing.batch.runner import run_batch
from framing.batch.store import Store
from framing.config import AnalysisConfig
from tests.test_batch_resume import _outputs
from tests.test_batch_run import article

#: The limits of these tests: a one-paragraph article (~400 characters) is under both, the
#: eight-paragraph "big" one (~3,300) over SMALL only.
SMALL, LARGE = 2_000, 10_000
N = 6  # ordinary articles


def _big() -> dict:
    return {**article(50, paragraphs=8), "id": "big"}


def _jsonl(path: Path) -> Path:
    """N ordinary records, the big one at line 3 and again at the end."""
    lines = [json.dumps(article(i)) for i in range(N)]
    lines[2:2] = [json.dumps(_big())]
    lines.append(json.dumps(_big()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(corpus: Path, out: Path, limit: int, **kwargs) -> runner.Summary:
    return run_batch(corpus, out, config=AnalysisConfig(max_bytes=limit), workers=1,
                     progress=False, **kwargs)


def _batch_html(out: Path) -> bytes:
    return re.sub(rb"\d{4}-\d\d-\d\d \d\d:\d\d UTC", b"", (out / "batch.html").read_bytes())


def _analysed_ids(out: Path) -> list[str]:
    lines = (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["document"]["id"] for line in lines]


def test_raising_the_limit_analyses_only_the_records_it_now_admits(tmp_path, capsys):
    corpus = _jsonl(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    args = [str(corpus), "--out", str(out), "--workers", "1", "--no-html", "--no-report"]
    assert main([*args, "--max-mb", str(SMALL / 1e6)]) == 1
    assert f"{N} analysed, 0 cached, 2 errors" in capsys.readouterr().err
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert errors.count("too large (2982 bytes") == 2 and "the limit is 2000 bytes" in errors
    # the ordinary records were analysed alike under both limits: only "big" is new
    assert main([*args, "--max-mb", str(LARGE / 1e6)]) == 0
    assert f"1 analysed, {N + 1} cached, 0 errors" in capsys.readouterr().err
    assert "big" in _analysed_ids(out)


def test_a_lower_limit_refuses_a_record_the_store_holds_an_analysis_of(tmp_path):
    # refused at SMALL, admitted at LARGE, refused again at SMALL: the analysis LARGE stored
    # must not be this run's, and nothing is analysed again
    pytest.importorskip("framing.compare")
    corpus = _jsonl(tmp_path / "c.jsonl")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _run(corpus, out, SMALL)
    _run(corpus, out, LARGE)
    assert "big" in _analysed_ids(out) and b"big" in _batch_html(out)
    again = _run(corpus, out, SMALL)
    assert (again.records, again.analysed, again.cached, again.errors) == (N + 2, 0, N, 2)
    _run(corpus, fresh, SMALL)
    assert _outputs(out) == _outputs(fresh)  # exports, reports, the store's current rows
    assert _batch_html(out) == _batch_html(fresh)
    assert "big" not in _analysed_ids(out) and b"big" not in _batch_html(out)
    articles = (out / "articles.csv").read_text(encoding="utf-8")
    assert articles.count("\nbig,") == 1 and ",error,\"too large (2982 bytes" in articles
    assert not list((out / "articles").glob("big-*"))


def test_a_folder_file_over_a_lowered_limit_is_refused_and_loses_its_report(tmp_path):
    pytest.importorskip("framing.render.html")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(article(i)["text"], encoding="utf-8")
    (corpus / "big.txt").write_text(_big()["text"], encoding="utf-8")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert _run(corpus, out, LARGE, report=False).analysed == 4
    assert list((out / "articles").glob("big-*"))
    lowered = _run(corpus, out, SMALL, report=False)
    assert (lowered.analysed, lowered.cached, lowered.errors) == (0, 3, 1)
    _run(corpus, fresh, SMALL, report=False)
    assert _outputs(out) == _outputs(fresh)
    assert not list((out / "articles").glob("big-*"))
    with Store(out / "results.sqlite", readonly=True) as store:
        (error,) = store.errors()
    assert error["file"] == str(corpus / "big.txt") and error["message"].startswith(
        "too large (2982 bytes") and error["message"].endswith("raise the limit: --max-mb)")


def test_a_run_interrupted_then_resumed_with_a_new_limit_equals_a_fresh_one(tmp_path,
                                                                           monkeypatch):
    corpus = _jsonl(tmp_path / "c.jsonl")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    calls = []
    process_chunk = runner.process_chunk

    def interrupted(*args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return process_chunk(*args)

    monkeypatch.setattr(runner, "process_chunk", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _run(corpus, out, SMALL, report=False)
    monkeypatch.setattr(runner, "process_chunk", process_chunk)
    with Store(out / "results.sqlite", readonly=True) as store:
        done = store.count("ok")
    assert 0 < done < N
    resumed = _run(corpus, out, LARGE, report=False)
    assert (resumed.analysed, resumed.cached) == (N - done + 1, done + 1)
    _run(corpus, fresh, LARGE, report=False)
    assert _outputs(out) == _outputs(fresh)
