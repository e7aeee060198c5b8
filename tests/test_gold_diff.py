"""scripts/gold_diff.py: what a change moved on the gold files, blind files as figures only."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _module():
    # imported by name, so that its process pool's workers can import it too
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module("gold_diff")


def test_a_saved_error_that_is_gone_is_shown_and_blind_files_show_figures_only(tmp_path, capsys):
    gold_diff = _module()
    assert gold_diff.main(["save", str(tmp_path)]) == 0
    saved = json.loads((tmp_path / "gold_scores.json").read_text())
    blind = gold_diff.untuned()
    assert blind and all("errors" not in saved[name] for name in blind)
    # pretend the shipped file had one more error before the change
    saved["attribution_gold.jsonl"]["errors"].append('{"item": "xx-01", "kind": "miss"}')
    (tmp_path / "gold_scores.json").write_text(json.dumps(saved))
    capsys.readouterr()
    assert gold_diff.main(["diff", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert '  - {"item": "xx-01", "kind": "miss"}' in out
    assert "  + " not in out
    for name in blind:
        line = next(x for x in out.splitlines() if x.startswith(f"== {name}"))
        assert "blind: figures only" in line
        following = out.split(line, 1)[1].splitlines()[1:2]
        assert not following or following[0].startswith("==")


def test_diff_without_saved_scores_says_so(tmp_path, capsys):
    assert _module().main(["diff", str(tmp_path)]) == 2
    assert "run 'save' first" in capsys.readouterr().err


def test_a_gold_file_git_does_not_track_yet_is_blind(tmp_path, monkeypatch):
    gold_diff = _module()
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(tmp_path)]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "tracked.jsonl").write_text("{}\n")
    subprocess.run([*git, "add", "tracked.jsonl"], check=True)
    subprocess.run([*git, "commit", "-qm", "gold"], check=True)
    (tmp_path / "being_written.jsonl").write_text("{}\n")
    (tmp_path / "UNTUNED").write_text("# blind\nlisted.jsonl\n")
    monkeypatch.setattr(gold_diff, "GOLD", tmp_path)
    assert gold_diff.untuned() == {"listed.jsonl", "being_written.jsonl"}
