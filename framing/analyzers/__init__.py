"""Analyzers: small classes, each adding one result block to an :class:`ArticleAnalysis`.

An analyzer has a ``name`` (its JSON block key) and one method, ``analyze(analysis) -> dict``,
which reads the attributed document (text, sides, statements, voices) and returns a JSON-ready
block. Registering it with :func:`register` is all it takes for the pipeline, the JSON output
and the reports to pick it up.
"""

from __future__ import annotations

from argparse import ArgumentTypeError
from typing import Any

from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis


class Analyzer:
    """Base of the analyzers: built with the analysis options, one method to implement."""

    name: str

    def __init__(self, config: AnalysisConfig) -> None:
        self.config = config

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        raise NotImplementedError


_REGISTRY: dict[str, type] = {}


def register(cls: type) -> type:
    """Class decorator: make an analyzer available to the pipeline under ``cls.name``."""
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type]:
    """Name → analyzer class, in registration order (the order of blocks in the JSON)."""
    _load_builtin()
    return dict(_REGISTRY)


#: The built-in analyzers, in the order of their blocks in the JSON and the reports.
BUILTIN = ("vocabulary", "loaded_language", "reporting_verbs", "sentiment", "stance", "agency",
           "frames")


def _load_builtin() -> None:
    import importlib

    for name in BUILTIN:
        importlib.import_module(f"{__name__}.{name}")


def parse_names(text: str) -> tuple[str, ...]:
    """The analyzers named in a comma-separated list (``--analyzers``), in registry order.

    Raises ``ArgumentTypeError`` (a one-line message for the command line) for an unknown name.
    """
    known = registered()
    names = {n.strip() for n in text.split(",") if n.strip()}
    unknown = sorted(names - set(known))
    if unknown or not names:
        raise ArgumentTypeError(f"unknown analyzer {', '.join(unknown) or repr(text)}; "
                                f"choose from {', '.join(known)}")
    return tuple(n for n in known if n in names)
