"""The command line: outputs, exit codes and one-line errors (run as a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.test_seed import SEED


def framing(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "framing.cli", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_text_summary_lists_sides_and_statements():
    r = framing("analyze", str(SEED), "--format", "text")
    assert r.returncode == 0, r.stderr
    assert "Armenia  vs  Azerbaijan" in r.stdout
    assert "Azerbaijani Defense Ministry — said" in r.stdout


def test_json_to_file(tmp_path):
    out = tmp_path / "seed.json"
    r = framing("analyze", str(SEED), "--format", "json", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text())["statements"]


def test_sides_file(tmp_path):
    sides = tmp_path / "sides.yaml"
    sides.write_text("sides:\n  - id: am\n    name: Armenia\n    aliases: [Armenian]\n"
                     "  - id: az\n    name: Azerbaijan\n    aliases: [Azerbaijani]\n")
    r = framing("analyze", str(SEED), "--format", "json", "--sides", str(sides))
    assert r.returncode == 0, r.stderr
    assert {s["side"] for s in json.loads(r.stdout)["statements"]} >= {"am", "az", "both"}


def _fails_with_one_line(r: subprocess.CompletedProcess, name: str) -> None:
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0], r.stderr


def test_max_mb_sets_the_size_limit_and_the_error_says_how_to_raise_it():
    r = framing("analyze", str(SEED), "--format", "text", "--max-mb", "0.001")
    _fails_with_one_line(r, SEED.name)
    assert "too large" in r.stderr and "--max-mb" in r.stderr
    assert framing("analyze", str(SEED), "--format", "text", "--max-mb", "0.01").returncode == 0
    assert framing("analyze", str(SEED), "--max-mb", "0").returncode == 2


def test_missing_file():
    _fails_with_one_line(framing("analyze", "no/such/article.txt"), "no/such/article.txt")


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    _fails_with_one_line(framing("analyze", str(f)), "empty.txt")


def test_binary_file(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(bytes(range(256)) * 40)
    _fails_with_one_line(framing("analyze", str(f)), "photo.txt")


def test_truncated_utf8(tmp_path):
    f = tmp_path / "cut.txt"
    f.write_bytes("Armenia said the “border is calm”.\n".encode()[:-6] + "é".encode()[:1])
    r = framing("analyze", str(f))
    _fails_with_one_line(r, "cut.txt")


def test_bad_sides_file(tmp_path):
    sides = tmp_path / "sides.yaml"
    sides.write_text("sides: [oops\n")
    _fails_with_one_line(framing("analyze", str(SEED), "--sides", str(sides)), "sides.yaml")


def test_usage_error_exit_code():
    assert framing("analyze").returncode == 2


def test_offline_with_empty_nltk_data(tmp_path):
    """The whole pipeline runs with no NLTK data at all (nothing is downloaded)."""
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path),
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    r = framing("analyze", str(SEED), "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["statements"]) == 20
    assert list(tmp_path.iterdir()) == [] or not any(tmp_path.rglob("*.zip"))


def test_analyzers_option_runs_only_those_and_rejects_unknown_names(tmp_path):
    out = tmp_path / "seed.json"
    r = framing("analyze", str(SEED), "--analyzers", "sentiment, vocabulary", "-o", str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    assert "vocabulary" in data and "sentiment" in data
    assert not {"stance", "frames", "loaded_language"} & set(data)
    assert data["statements"]  # attribution always runs: the analyzers work on its voices
    r = framing("analyze", str(SEED), "--analyzers", "vocabulary,tone")
    assert r.returncode == 2
    assert "unknown analyzer tone" in r.stderr and "Traceback" not in r.stderr


class _ClosedPipe:
    """A standard output whose reader went away (``framing ... | head``)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: str | bytes) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def writelines(self, chunks: list[bytes]) -> None:
        self.write(b"".join(chunks))

    @property
    def buffer(self) -> _ClosedPipe:  # the bytes under the text, closed alike
        return self

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return self.fd


def test_a_reader_that_closes_the_pipe_ends_the_command_quietly(tmp_path, monkeypatch, capsys):
    from framing.cli import EXIT_PIPE, main

    with open(tmp_path / "stdout", "w") as out:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(out.fileno()))
        assert main(["analyze", str(SEED), "--format", "text"]) == EXIT_PIPE
    assert capsys.readouterr().err == ""


def test_ctrl_c_while_the_commands_load_is_one_line_not_a_traceback(monkeypatch, capsys):
    from framing import cli

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["analyze", str(SEED)]) == 130
    assert capsys.readouterr().err == "framing: interrupted\n"


def test_the_entry_point_module_loads_no_analysis_code():
    # The console script imports framing.cli before main() can catch a Ctrl-C: keep that
    # window to the standard library.
    r = subprocess.run([sys.executable, "-c", "import sys, framing.cli; "
                        "print(sorted(m for m in sys.modules if m.startswith('framing.')))"],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "['framing.cli']", r.stdout + r.stderr
