"""Benchmark framing's batch analysis against scattertext and a hand-written TextBlob pipeline.

    pip install -r benchmarks/requirements.txt
    python benchmarks/run_benchmark.py --n 1000 10000

For each N it generates the synthetic corpus (benchmarks/generate_corpus.py, seeded) and runs, each
in a fresh process whose wall time and peak memory (summed RSS of the whole process tree, sampled
from /proc) are measured:

* ours: ``framing batch CORPUS --out DIR --workers W --no-html`` (``python -m
  framing.batch.command``) for each W in ``--workers``, and once more with ``--analyzers
  vocabulary`` (the part scattertext also does) at the largest W;
* scattertext and the TextBlob pipeline (benchmarks/peers.py), one process each.

Wall times include interpreter start-up and imports for every tool. It prints ratios (throughput
ours / peer) and writes benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from generate_corpus import write as write_corpus  # noqa: E402

TARGET_SECONDS_10K = 30.0
TARGET_RATIO = 2.0
TARGET_PEAK_MB = 1024.0
PACKAGES = ("scattertext", "spacy", "pandas", "numpy", "textblob", "vaderSentiment",
            "snowballstemmer")


# -- measuring a process tree ------------------------------------------------------------------
def _tree_rss(root: int) -> int:
    """Summed resident set size (bytes) of ``root`` and all its descendants."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            parent[int(entry)] = int(stat[stat.rindex(b")") + 2:].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parent.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier += kids
    page, total = os.sysconf("SC_PAGE_SIZE"), 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * page
        except OSError:
            pass
    return total


@dataclass
class Run:
    tool: str
    n: int
    workers: int
    command: str
    seconds: float | None = None
    peak_mb: float | None = None
    mbytes: float = 0.0
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        return self.n / self.seconds if self.seconds else None


def measure(cmd: list[str], timeout: float, env: dict[str, str]) -> tuple[float, float, int, str]:
    """Run ``cmd``; (wall seconds, peak tree RSS in MB, return code, stdout)."""
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        done.set()
        return time.perf_counter() - t0, peak / 2**20, -9, "timeout"
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode:
        sys.stderr.write(err[-2000:])
    return seconds, peak / 2**20, proc.returncode, out


# -- our side ------------------------------------------------------------------------------------
#: The part of framing's analysis that scattertext also does: per-group term counts, a
#: distinctive-terms comparison and its HTML page (framing must also attribute every statement to
#: a speaker and a side first: the groups are voices).
COMPARABLE = ("framing-vocabulary", "--analyzers", "vocabulary")


def ours_command(corpus: Path, out: Path, workers: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "framing.batch.command", str(corpus), "--out", str(out),
            "--workers", str(workers), "--no-html", "--quiet", *extra]


# -- reporting -----------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text()
                .splitlines() if ln.startswith("model name")), platform.processor())
    mem = next(ln.split(":", 1)[1].strip() for ln in Path("/proc/meminfo").read_text()
               .splitlines() if ln.startswith("MemTotal"))
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": f"{os.cpu_count()} (usable: {usable})",
            "ram": f"{int(mem.split()[0]) / 2**20:.1f} GiB", "os": platform.platform(),
            "python": platform.python_version()}


def versions() -> dict[str, str]:
    out = {}
    for name in ("framing", *PACKAGES):
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            if name == "framing":
                import framing

                out[name] = f"{framing.__version__} (source checkout)"
            else:
                out[name] = "not installed"
    return out


def _fmt(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def table(runs: list[Run]) -> list[str]:
    rows = ["| N | tool | workers | seconds | articles/s | MB/s | peak RSS (MB) | "
            "ours 1w / this | ours 2w / this | load before | note |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in runs:
        base = COMPARABLE[0] if r.tool == "scattertext" else "framing"
        ours = {o.workers: o for o in runs if o.tool == base and o.n == r.n}
        ratios = []
        for w in (1, 2):
            o = ours.get(w)
            ok = o is not None and o.rate and r.rate
            ratios.append(_fmt(o.rate / r.rate, 2) if ok else "—")  # type: ignore[union-attr]
        mbs = r.mbytes / r.seconds if r.seconds else None
        rows.append(f"| {r.n} | {r.tool} | {r.workers} | {_fmt(r.seconds)} | {_fmt(r.rate)} | "
                    f"{_fmt(mbs, 2)} | {_fmt(r.peak_mb, 0)} | {ratios[0]} | {ratios[1]} | "
                    f"{_fmt(r.extra.get('load_before'), 2)} | {r.note} |")
    return rows


def verdicts(runs: list[Run]) -> list[str]:
    n = max(r.n for r in runs)
    get = {(r.tool, r.workers): r for r in runs if r.n == n}
    ours = get.get(("framing", 2)) or get.get(("framing", 1))
    lines = [f"Judged on the largest N ({n}) with framing at {ours.workers if ours else '?'} "
             f"worker(s):", ""]
    if ours is None or ours.seconds is None or ours.note:
        return lines + ["- framing did not finish; no verdict."]
    scale = 10_000 / n
    est = ours.seconds * scale
    lines.append(f"- 10,000 articles in under {TARGET_SECONDS_10K:.0f} s: "
                 f"{'MET' if est < TARGET_SECONDS_10K else 'NOT MET'} "
                 f"({ours.seconds:.1f} s for {n}" + ("" if n == 10_000 else
                                                     f", ≈ {est:.0f} s scaled") + ")")
    comparable = get.get((COMPARABLE[0], ours.workers))
    for peer, mine, what in (("scattertext", comparable, "the comparable part"),
                             ("textblob", ours, "the whole analysis")):
        p = get.get((peer, 1))
        if p and p.rate and not p.note and mine and mine.rate and not mine.note:
            ratio = mine.rate / p.rate
            lines.append(f"- ≥ {TARGET_RATIO:.0f}× {peer}'s throughput ({what}): "
                         f"{'MET' if ratio >= TARGET_RATIO else 'NOT MET'} ({ratio:.2f}×"
                         + (f"; the whole analysis: {ours.rate / p.rate:.2f}×)"  # type: ignore[operator]
                            if mine is not ours else ")"))
    peaks = {r.n: r.peak_mb for r in runs if r is not None and r.tool == "framing"
             and r.workers == ours.workers and r.peak_mb}
    peak_ok = max(peaks.values()) < TARGET_PEAK_MB
    growth = (" → ".join(f"{peaks[k]:.0f} MB (N={k})" for k in sorted(peaks)))
    flat = len(peaks) < 2 or peaks[max(peaks)] <= 1.25 * peaks[min(peaks)]
    lines.append(f"- peak memory < 1 GB: {'MET' if peak_ok else 'NOT MET'} ({growth}); "
                 f"flat as N grows: {'yes' if flat else 'no'}"
                 + ("" if len(peaks) > 1 else " (one N only: not judged)"))
    return lines


def write_results(path: Path, runs: list[Run], argv: list[str], info: dict[str, str],
                  vers: dict[str, str], ours_how: str) -> None:
    lines = ["# Benchmark results", "",
             "Written by `benchmarks/run_benchmark.py`; do not edit by hand.", "",
             f"Command: `{shlex.join(['python', 'benchmarks/run_benchmark.py', *argv])}`", "",
             "## Machine", ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += ["", "## Versions", ""] + [f"- {k}: {v}" for k, v in vers.items()]
    lines += ["", "## What ran", "",
              f"- framing: {ours_how}",
              "- framing-vocabulary (the part comparable to scattertext): the same with "
              "`--analyzers vocabulary`: sides, attribution and voices, per-voice term counts, "
              "the corpus log-odds comparison and `batch.html`; no sentiment, stance, verbs, "
              "agency, frames or loaded language",
              "- scattertext: `CorpusFromPandas(..., nlp=whitespace_nlp_with_sentences).build()` "
              "with two categories (outlet group), then `produce_scattertext_explorer` → HTML",
              "- textblob: regex sentence split, `TextBlob(s).sentiment` per sentence, word counts "
              "and mean sentiment per side, one process",
              "- Corpus: `benchmarks/generate_corpus.py N --seed 0` (synthetic, ~3 KB/article); "
              "seconds are wall time of a fresh process, start-up and imports included; peak RSS "
              "is the summed RSS of the process tree, sampled every 50 ms from /proc.",
              "- load before: the 1-minute load average when the run started. The previous run "
              "of this benchmark keeps it near its own worker count for a minute or so; a value "
              "well above that means something else was using the cores.",
              "- Ratio columns: framing's throughput (articles/s) with 1 or 2 workers divided by "
              "this row's (for scattertext: framing-vocabulary's); > 1 means framing is faster.",
              "",
              "## Results", ""]
    lines += table(runs)
    lines += ["", "## Targets (issue 5)", ""] + verdicts(runs) + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


# -- main ----------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description="Benchmark framing against its peers.")
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000],
                        help="corpus sizes (default: 1000 10000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="framing worker counts (default: 1 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-peers", action="store_true", help="only run framing")
    parser.add_argument("--timeout", type=float, default=1800.0,
                        help="seconds before a run is killed (default 1800)")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where corpora and outputs go (default: a temporary folder)")
    args = parser.parse_args(argv)

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    ours_how = ("`python -m framing.batch.command CORPUS --out DIR --workers W --no-html "
                "--quiet`: the full analysis, store, exports and `batch.html`; not the "
                "per-article HTML reports (`--no-html`), which a default `framing batch` also "
                "writes, at about 3 ms of CPU per article more")
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in args.n:
            corpus = work / f"corpus_{n}.jsonl"
            write_corpus(n, str(corpus), args.seed)
            size = sum(len(json.loads(ln)["text"].encode("utf-8"))
                       for ln in corpus.open(encoding="utf-8")) / 1e6
            jobs: list[tuple[str, int, list[str]]] = [
                ("framing", w, ours_command(corpus, work / f"ours_{n}_{w}", w))
                for w in args.workers]
            w = max(args.workers)
            jobs.append((COMPARABLE[0], w,
                         ours_command(corpus, work / f"vocab_{n}_{w}", w, *COMPARABLE[1:])))
            if not args.skip_peers:
                for peer in ("scattertext", "textblob"):
                    jobs.append((peer, 1, [sys.executable, str(HERE / "peers.py"), peer,
                                           str(corpus), str(work / f"{peer}_{n}")]))
            for tool, workers, cmd in jobs:
                print(f"N={n} {tool} workers={workers} …", file=sys.stderr, flush=True)
                load = os.getloadavg()[0]  # other work on the machine skews wall times
                seconds, peak, rc, out = measure(cmd, args.timeout, env)
                run = Run(tool, n, workers, shlex.join(cmd), seconds, peak, size)
                run.extra["load_before"] = round(load, 2)
                if rc == -9:
                    run.note, run.seconds = f"timeout after {seconds:.0f} s", None
                elif rc:
                    run.note, run.seconds = f"failed (exit {rc})", None
                elif out.strip().startswith("{"):
                    run.extra.update(json.loads(out.strip().splitlines()[-1]))
                runs.append(run)
                print(f"  {_fmt(run.seconds)} s, {_fmt(run.rate)} articles/s, "
                      f"peak {peak:.0f} MB {run.note}", file=sys.stderr, flush=True)
    print("\n".join(table(runs)))
    print("\n".join(verdicts(runs)))
    write_results(args.results, runs, argv, machine(), versions(), ours_how)
    print(f"wrote {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
