"""Lexicons shipped as data files, and the loader every analyzer uses.

A lexicon is a TSV file: ``#`` lines at the top are its header (source, licence, columns), then one
entry per line, tab-separated. The first column is the term (lower case; multi-word terms allowed).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent


def lexicon_path(name_or_path: str | Path) -> Path:
    """A shipped lexicon by name (``"reporting_verbs"``) or a user's file by path."""
    p = Path(name_or_path)
    if p.suffix and p.exists():
        return p
    shipped = LEXICON_DIR / f"{name_or_path}.tsv"
    if shipped.exists():
        return shipped
    raise FileNotFoundError(f"{name_or_path}: no such lexicon (shipped or file)")


def package_folder(package: str) -> Path:
    """The folder of an installed package whose data files we read, found without importing it
    (textblob's ``__init__`` imports all of nltk: most of a second of start-up)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ImportError(f"the {package} package is not installed")
    return Path(spec.origin).parent


@lru_cache(maxsize=64)
def _read_rows(path: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def load_rows(name_or_path: str | Path) -> list[tuple[str, ...]]:
    """All entry rows of a lexicon (header and blank lines skipped), cells stripped."""
    return list(_read_rows(str(lexicon_path(name_or_path))))


def load_mapping(name_or_path: str | Path) -> dict[str, str]:
    """A two-column lexicon as ``{term: value}`` (terms lower-cased)."""
    return {row[0].lower(): row[1] for row in load_rows(name_or_path) if len(row) >= 2}
