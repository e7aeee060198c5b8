"""framing batch and its output folder: one run at a time, helpers that follow their parent, a
folder left with exactly the files of the latest run."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from framing.batch import runner
from framing.batch.command import main
from framing.batch.lock import LOCK_NAME
from framing.batch.runner import run_batch
from framing.batch.store import Store
from tests.test_batch_run import ROOT, article, write_jsonl

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and signals")


def _python(code: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env,
                            stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True, **kwargs)


def _hold_lock(out: Path) -> subprocess.Popen:
    """A process that holds ``out``'s run lock until its standard input closes."""
    proc = _python(f"""
        import sys
        from framing.batch.lock import RunLock
        with RunLock({str(out)!r}):
            print("held", flush=True)
            sys.stdin.read()
    """)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_run_on_the_same_folder_is_refused(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    out.mkdir()
    holder = _hold_lock(out)
    try:
        code = main([str(corpus), "--out", str(out), "--workers", "1", "--no-report"])
    finally:
        holder.stdin.close()
        holder.wait()
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == (f"framing batch: error: {out}: another framing batch run is writing "
                           "to this folder; wait for it to end, or use another --out")
    assert not (out / "results.sqlite").exists()  # the refused run wrote nothing
    assert main([str(corpus), "--out", str(out), "--workers", "1", "--no-report"]) == 0
    assert not (out / LOCK_NAME).exists()


def test_the_lock_of_a_killed_run_does_not_block_the_next(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    out.mkdir()
    holder = _hold_lock(out)
    holder.kill()
    holder.wait()
    assert (out / LOCK_NAME).exists()  # as a kill -9 leaves it
    summary = run_batch(corpus, out, workers=1, report=False, progress=False)
    assert summary.analysed == 2
    assert not (out / LOCK_NAME).exists()


_EXPORT_STORE = runner.export_store


def _export_store_ignoring_ctrl_c(out: Path) -> None:
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    _EXPORT_STORE(out)


def test_the_exports_process_leaves_ctrl_c_to_the_parent(tmp_path, monkeypatch):
    # Ctrl-C reaches every process of the group: the exports process, idle after its work,
    # printed a KeyboardInterrupt traceback under the one-line "interrupted" message
    pytest.importorskip("framing.compare")
    monkeypatch.setattr(runner, "export_store", _export_store_ignoring_ctrl_c)
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    run_batch(corpus, tmp_path / "out", workers=1, progress=False)
    assert (tmp_path / "out" / "articles.csv").exists()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed():
    # kill -9 of the parent alone (the pid top shows, or the OOM killer) left its workers
    # waiting for work forever, each holding its memory
    parent = _python("""
        import os
        from framing.batch.engines import LocalEngine
        engine = LocalEngine(2)
        pids = {engine.submit(os.getpid).result() for _ in range(20)}
        print(" ".join(map(str, pids)), flush=True)
        os.kill(os.getpid(), 9)
    """)
    pids = [int(p) for p in parent.stdout.readline().split()]
    parent.wait()
    assert pids and parent.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 30
    while any(map(_alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in pids if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left


def test_temporary_files_of_killed_runs_and_stale_reports_are_removed(tmp_path):
    pytest.importorskip("framing.render.html")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(article(i)) + "\n" for i in range(2)), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, report=False, progress=False)
    # what a kill -9 while writing leaves, and a file of the user's
    leftovers = [out / ".articles.csv.tmp", out / ".batch.html.tmp",
                 out / "articles" / ".art-000-0123abcd.html.4242.tmp"]
    for path in [*leftovers, out / "notes.tmp"]:
        path.write_text("half", encoding="utf-8")
    corpus.write_text(json.dumps(article(0)) + "\n", encoding="utf-8")  # art-001 removed
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    assert not any(p.exists() for p in leftovers)
    assert (out / "notes.tmp").exists()
    assert [p.name[:8] for p in (out / "articles").iterdir()] == ["art-000-"]


def test_an_output_folder_that_cannot_be_written_is_a_one_line_error(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles").write_text("not a folder", encoding="utf-8")
    assert main([str(corpus), "--out", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"framing batch: error: {out / 'articles'}: cannot create the "
                          "output folder (") and err.count("\n") == 1


def _outputs(out: Path) -> dict[str, bytes]:
    """The exports and the reports of a batch folder (reports without their rendering time),
    and the store's current rows."""
    files = {p.relative_to(out).as_posix(): p.read_bytes()
             for p in [*out.glob("*.csv"), *out.glob("*.jsonl"), *out.glob("articles/*")]}
    for name in files:
        if name.startswith("articles/"):
            files[name] = re.sub(rb"generated on [^<]*UTC", b"", files[name])
    with Store(out / "results.sqlite", readonly=True) as store:
        files["rows"] = repr(list(store.iter_rows())).encode()
    return files


def test_a_record_moved_in_the_input_reads_as_in_an_uninterrupted_run(tmp_path):
    # a record added at the top shifted every other one a line down: the cached ones kept
    # their old line in articles.csv, analysis.jsonl ("source") and their reports
    pytest.importorskip("framing.render.html")
    lines = [json.dumps(article(i)) for i in range(4)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, report=False, progress=False)
    # one record added before them, one twice (its first place is where it was)
    corpus.write_text("\n".join([json.dumps(article(9)), *lines[:3], lines[1], lines[3]])
                      + "\n", encoding="utf-8")
    again = run_batch(corpus, out, workers=1, report=False, progress=False)
    assert (again.analysed, again.cached) == (1, 5)  # moved, not analysed again
    fresh = tmp_path / "fresh"
    run_batch(corpus, fresh, workers=1, report=False, progress=False)
    assert _outputs(out) == _outputs(fresh)
    assert b",2,ok," in (out / "articles.csv").read_bytes()  # art-000 on line 2


def test_a_run_without_the_corpus_report_removes_the_previous_one(tmp_path):
    # it described the previous run's corpus and configuration, beside this run's exports
    pytest.importorskip("framing.compare")
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, html=False, progress=False)
    assert (out / "batch.html").exists()
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    assert not (out / "batch.html").exists()


def test_a_run_without_html_lists_the_reports_an_earlier_run_wrote(tmp_path):
    # batch.html linked them while articles.csv's report column was empty
    pytest.importorskip("framing.render.html")
    corpus = write_jsonl(tmp_path / "c.jsonl", 2, bad_line=False)
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, report=False, progress=False)
    listed = (out / "articles.csv").read_bytes()
    assert listed.count(b"articles/art-00") == 2
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    assert (out / "articles.csv").read_bytes() == listed


def test_without_html_the_report_of_a_moved_record_goes(tmp_path):
    # it said where the record was; a run with --no-html does not render it again
    pytest.importorskip("framing.render.html")
    lines = [json.dumps(article(i)) for i in range(2)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(corpus, out, workers=1, report=False, progress=False)
    corpus.write_text("\n".join([lines[1], lines[0]]) + "\n", encoding="utf-8")  # swapped
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    assert not list((out / "articles").iterdir())
    assert b"articles/" not in (out / "articles.csv").read_bytes()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_an_interrupted_pool_stops_its_workers_at_once():
    # after Ctrl-C the parent waited at exit for the chunks in flight, and a second Ctrl-C
    # during that wait left it hanging for ever (the workers waiting for work that never came)
    script = _python("""
        import os, time
        from framing.batch.engines import LocalEngine
        engine = LocalEngine(2)
        pids = {engine.submit(os.getpid).result() for _ in range(20)}
        busy = [engine.submit(time.sleep, 600) for _ in range(2)]
        time.sleep(0.5)  # let them start: the kind of work a Ctrl-C interrupts
        engine.close(cancel=True)
        print(" ".join(map(str, pids)), flush=True)
        os._exit(0)
    """)
    pids = [int(p) for p in script.stdout.readline().split()]
    script.wait()
    left = [p for p in pids if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert pids and not left
