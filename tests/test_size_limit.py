"""The default size limit: an article over 5 MB is refused (one line naming the file and how to
raise the limit) unless ``--max-mb`` admits it, and the help says the default."""

from __future__ import annotations

from framing.config import AnalysisConfig
from framing.ingest import MAX_BYTES
from tests.test_cli import framing
from tests.test_seed import SEED


def test_an_article_over_5_mb_is_refused_by_default(tmp_path):
    assert AnalysisConfig().max_bytes == MAX_BYTES == 5_000_000
    article = tmp_path / "long.txt"
    paragraph = SEED.read_text(encoding="utf-8").strip() + "\n\n"
    article.write_text(paragraph * (5_100_000 // len(paragraph.encode()) + 1), encoding="utf-8")
    assert 5_000_000 < article.stat().st_size < 5_200_000
    r = framing("analyze", str(article), "--format", "json", "-o", str(tmp_path / "x.json"))
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1 and "long.txt" in lines[0]
    assert "too large" in lines[0] and "--max-mb" in lines[0]


def test_help_states_the_default():
    r = framing("analyze", "--help")
    assert "default 5;" in " ".join(r.stdout.split())
