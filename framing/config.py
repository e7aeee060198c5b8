"""Options that change what an analysis finds (they are part of a batch's cache key), and the
size limit, which only decides which articles are analysed and so is left out of that key
(:data:`framing.batch.keys.NOT_FINGERPRINTED`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class AnalysisConfig:
    """What the pipeline and its analyzers may be told.

    Parameters
    ----------
    extra_lexicons
        User lexicon files (TSV ``term<TAB>category``) added to the loaded-language analyzer.
    background
        A plain-text background corpus for the vocabulary prior; default: the document itself.
    analyzers
        Names of the analyzers to run; ``None`` runs every registered analyzer.
    separatists_as_side
        Count authorities the text ties to a side (e.g. "the Nagorno-Karabakh authorities")
        as that side (True) or as a third party of their own (False).
    max_bytes
        The largest article accepted, in bytes (:data:`framing.ingest.MAX_BYTES` is this
        default); a larger one is an input error. 5 MB (about 800,000 words; a long news report
        is under 100 KB): an analysis peaks at about 120 MB of memory per MB of text, so one
        batch worker stays under about 0.7 GB.
    """

    extra_lexicons: tuple[Path, ...] = field(default_factory=tuple)
    background: Path | None = None
    analyzers: tuple[str, ...] | None = None
    separatists_as_side: bool = True
    max_bytes: int = 5_000_000
