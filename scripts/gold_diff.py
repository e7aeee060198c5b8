"""Score every gold file and show what a change moved: the developer's check before a commit.

Usage::

    python scripts/gold_diff.py save /tmp/gold_ref     # before the change
    python scripts/gold_diff.py diff /tmp/gold_ref     # after it: F1 per file, errors gone (-)
                                                       # and new (+)

The files named in ``examples/gold/UNTUNED`` are blind: for them only the three F1 figures are
shown and saved, never their errors, so that they stay an honest estimate of the tool on text no
rule was written for (docs/evaluate.md). A change is judged on the other files; the blind ones
say afterwards whether it carried over.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "examples" / "gold"


def untuned() -> set[str]:
    """The names of the blind gold files: those listed in ``UNTUNED`` (one per line; ``#`` starts
    a comment) and those git does not track yet (a set still being written is blind too)."""
    path = GOLD / "UNTUNED"
    listed: set[str] = set()
    if path.exists():
        lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
        listed = {line for line in lines if line}
    return listed | _untracked()


def _untracked() -> set[str]:
    """The gold files git does not track (none when this is not a git checkout)."""
    try:
        out = subprocess.run(["git", "ls-files", "--others", "--", "*.jsonl"], cwd=GOLD,
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {Path(line).name for line in out.splitlines() if line.strip()}


def score(path: Path) -> dict:
    """The F1 figures of one gold file and, unless it is blind, its errors as sorted JSON lines."""
    from framing.evaluate import evaluate

    report = evaluate(path).to_dict()
    stance = report["stance"]["f1"] if report["stance"] else None
    out = {"figures": [report["detection"]["f1"], report["side_aware"]["f1"], stance]}
    if path.name not in untuned():
        out["errors"] = sorted(json.dumps(e, ensure_ascii=False, sort_keys=True)
                               for e in report["errors"])
    return out


def _natural(path: Path) -> tuple[str, int]:
    """"heldout_wire2" before "heldout_wire10"."""
    stem = path.stem.rstrip("0123456789")
    return stem, int(path.stem[len(stem):] or 0)


def score_all() -> dict[str, dict]:
    paths = sorted(GOLD.glob("*.jsonl"), key=_natural)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip((p.name for p in paths), pool.map(score, paths), strict=True))


def _figures(values: list) -> str:
    return " / ".join("-" if v is None else f"{v:.2f}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["save", "diff"])
    parser.add_argument("reference", type=Path, help="folder of the saved scores")
    args = parser.parse_args(argv)
    ref_file = args.reference / "gold_scores.json"
    if args.command == "diff" and not ref_file.exists():
        print(f"gold_diff: no saved scores in {args.reference}; run 'save' first", file=sys.stderr)
        return 2
    current = score_all()
    if args.command == "save":
        args.reference.mkdir(parents=True, exist_ok=True)
        ref_file.write_text(json.dumps(current, ensure_ascii=False, indent=1))
        print(f"saved the scores of {len(current)} gold files to {ref_file}")
        return 0
    reference = json.loads(ref_file.read_text())
    blind = untuned()
    for name, now in current.items():
        before = reference.get(name, {})
        mark = " (blind: figures only)" if name in blind else ""
        print(f"== {name}{mark}  F1 detection / side-aware / stance: "
              f"{_figures(before.get('figures', [None] * 3))} -> {_figures(now['figures'])}")
        if name in blind:
            continue
        old, new = set(before.get("errors", [])), set(now["errors"])
        for line in sorted(old - new):
            print(f"  - {line}")
        for line in sorted(new - old):
            print(f"  + {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
