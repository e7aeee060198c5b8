"""The pipeline: ingest → segment → sides → attribute → voices → analyzers."""

from __future__ import annotations

from pathlib import Path

from framing.analyzers import registered
from framing.attribution import attribute
from framing.config import AnalysisConfig
from framing.ingest import load_document
from framing.model import ArticleAnalysis, Document, Side, SideSet
from framing.sides import detect_sides, load_sides
from framing.text.document_cache import forget_documents
from framing.text.segment import split_sentences
from framing.voices import build_voices


def analyze(
    source: str | Path | Document,
    sides: str | Path | SideSet | None = None,
    config: AnalysisConfig | None = None,
) -> ArticleAnalysis:
    """Analyse one article.

    Parameters
    ----------
    source
        A path to a ``.txt``/``.html`` file, the article text itself, or a :class:`Document`.
    sides
        A sides YAML file, a :class:`SideSet`, or ``None`` to detect the sides from the text.
    config
        Analysis options; defaults to :class:`AnalysisConfig()`.
    """
    config = config or AnalysisConfig()
    forget_documents()  # the previous article's tokens and index: not needed any more
    document = source if isinstance(source, Document) else load_document(
        source, max_bytes=config.max_bytes)
    sentences = split_sentences(document.text)
    if isinstance(sides, SideSet):
        side_set = sides
    elif sides is not None:
        side_set = load_sides(sides, separatists_as_side=config.separatists_as_side)
    else:
        side_set = detect_sides(document, sentences, separatists_as_side=config.separatists_as_side)
    statements = attribute(document, sentences, side_set)
    analysis = ArticleAnalysis(
        document=document,
        sides=side_set,
        sentences=sentences,
        statements=statements,
        voices=build_voices(document, side_set, statements),
    )
    for name, cls in registered().items():
        if config.analyzers is None or name in config.analyzers:
            analysis.results[name] = cls(config).analyze(analysis)
    return analysis


_WARM_UP_TEXT = (
    "Northland accuses Southland of shelling border town\n\n"
    "The Northland Defence Ministry said Southland troops attacked its positions. "
    "“We will defend our territorial integrity,” said the ministry. "
    "Southland denied the claim, saying the enemy had fired first."
)


def warm_up() -> None:
    """Load every lexicon, pattern and sentiment model by analysing a tiny built-in text."""
    sides = SideSet([Side("northland", "Northland", ["Northland"]),
                     Side("southland", "Southland", ["Southland"])])
    analyze(Document("warm-up", _WARM_UP_TEXT), sides=sides)
