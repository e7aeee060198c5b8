"""framing: how news coverage of a two-sided conflict frames each side."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["analyze", "ArticleAnalysis", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy, so that importing one submodule does not load the whole pipeline.
    if name == "analyze":
        from framing.pipeline import analyze

        return analyze
    if name == "ArticleAnalysis":
        from framing.model import ArticleAnalysis

        return ArticleAnalysis
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
