"""Corpus comparisons: sides, outlets and periods across many analysed articles.

``compare_corpus(analyses, by=...)`` folds a stream of :class:`~framing.model.ArticleAnalysis`
into a :class:`CorpusComparison`; ``build_batch_report(store_path, out_dir)`` writes
``out_dir/batch.html`` from a batch store. See docs/compare.md.
"""

from __future__ import annotations

from typing import Any

from framing.compare.aggregate import ALL, CorpusComparison, compare_corpus
from framing.compare.periods import period_of

__all__ = ["ALL", "CorpusComparison", "build_batch_report", "compare_corpus", "period_of"]


def __getattr__(name: str) -> Any:
    # Lazy: the report pulls in jinja2 and matplotlib, which a JSON comparison does not need.
    if name == "build_batch_report":
        from framing.compare.report import build_batch_report

        return build_batch_report
    raise AttributeError(f"module 'framing.compare' has no attribute {name!r}")
