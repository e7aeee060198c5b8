"""What decides whether an article must be analysed again: the configuration fingerprint and
each record's store key."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from framing import __version__
from framing.batch.inputs import Record
from framing.config import AnalysisConfig
from framing.model import SCHEMA_VERSION


def file_hash(path: str | Path) -> str:
    """sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(config: AnalysisConfig, sides_path: str | Path | None = None) -> str:
    """What, besides an article's content, decides its analysis: a sha256 hex digest.

    The framing version, JSON schema version and code (:func:`code_hash`), the versions of the
    libraries whose lexicons and rules the analysis applies (:data:`ANALYSIS_LIBRARIES`), every
    :class:`AnalysisConfig` field but those of :data:`NOT_FINGERPRINTED` (files by the hash of
    their content, not their path) and the sides file's content hash.
    """

    def value(v: Any) -> Any:
        if isinstance(v, Path):
            return file_hash(v)
        if isinstance(v, (tuple, list)):
            return [value(x) for x in v]
        return v

    parts = {f.name: value(getattr(config, f.name)) for f in dataclasses.fields(config)
             if f.name not in NOT_FINGERPRINTED}
    parts.update(framing=__version__, schema=SCHEMA_VERSION, code=code_hash(),
                 sides=file_hash(sides_path) if sides_path else None,
                 libraries=library_versions())
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


#: :class:`AnalysisConfig` fields that decide which records are analysed, not what an analysis
#: finds: the size limit. The runner refuses a record over it before looking it up in the store
#: (:func:`refusal_key`), so that changing it re-analyses no record analysed under both limits.
NOT_FINGERPRINTED = ("max_bytes",)


#: Distributions whose data or rules decide analysis results: VADER's and TextBlob's sentiment
#: lexicons, the Snowball stemmer (term keys). Upgrading one re-analyses a cached corpus.
ANALYSIS_LIBRARIES = ("vaderSentiment", "textblob", "snowballstemmer")


def library_versions() -> dict[str, str | None]:
    """The installed version of each of :data:`ANALYSIS_LIBRARIES` (None: not installed)."""
    versions: dict[str, str | None] = {}
    for name in ANALYSIS_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


#: The installed ``framing`` package.
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=4)
def code_hash(root: Path = PACKAGE_ROOT) -> str:
    """sha256 of the analysis code and data: every ``.py`` and lexicon file of the package
    (not the report templates), so that a changed analyzer re-analyses a cached corpus even
    when the version number stayed the same."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".tsv", ".yaml")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def record_key(record: Record, config_fingerprint: str) -> str:
    """The store key of ``record``'s analysis under the configuration ``config_fingerprint``."""
    return hashlib.sha256(f"{record.content_hash}\0{config_fingerprint}".encode()).hexdigest()


def refusal_key(record: Record, config_fingerprint: str, max_bytes: int) -> str:
    """The store key of ``record`` refused as larger than ``max_bytes``: that limit's own (its
    error names the limit), so the analysis a higher limit stored under :func:`record_key`
    stays cached for a run that admits the record again."""
    return record_key(record, f"{config_fingerprint}\0too large\0{max_bytes}")
