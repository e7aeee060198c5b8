"""Token norms: the Snowball English stem, which must keep a comparison's terms apart."""

import subprocess
import sys
from pathlib import Path

import pytest

from framing.text.tokenize import normalize


@pytest.mark.parametrize("same", [
    ("attack", "attacked", "attacks", "attacking"),
    ("accuse", "accused", "accusing"),
    ("Armenia's", "armenia"),
    ("army’s", "army"),
])
def test_inflections_meet(same):
    assert len({normalize(w) for w in same}) == 1


@pytest.mark.parametrize("apart", [
    ("international", "internal", "internment"),
    ("organization", "organ", "organic"),
    ("university", "universal"),
    ("evening", "even"),
    ("added", "ad"),
    ("paste", "past"),
])
def test_different_words_stay_apart(apart):
    assert len({normalize(w) for w in apart}) == len(apart)


def test_analysing_an_article_imports_neither_nltk_nor_textblob():
    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    code = (f"import sys; from framing import analyze; analyze({str(seed)!r}); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'nltk', 'textblob'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
