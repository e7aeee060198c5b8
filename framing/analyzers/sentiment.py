"""Sentiment per statement and per voice: VADER compound and TextBlob polarity/subjectivity.

Statements get both scorers; the narrator's sentence-pieces get VADER only: the narrator is most
of an article's text, and its polarity and subjectivity would be the least-used numbers.
Both scorers are this package's reproductions of vaderSentiment's and textblob's (pattern's)
algorithms on their own lexicons (:mod:`framing.text.vader_compound`,
:mod:`framing.text.pattern_sentiment`), several times faster and score for score the same.
No cache of scores by text: across articles it would pay only for repeated sentences, and the
benchmark's template-built corpus repeats two sentences in three, far more than real news.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from framing.analyzers import Analyzer, register
from framing.model import NARRATOR, ArticleAnalysis
from framing.text.pattern_sentiment import sentiment as pattern_sentiment
from framing.text.tokenize import ALNUM
from framing.text.vader_compound import compound as vader_compound
from framing.voices import sentence_pieces

METHOD = (
    "VADER compound score (Hutto & Gilbert 2014, vaderSentiment package) of each statement and "
    "of each narrator sentence-piece; TextBlob polarity/subjectivity (pattern lexicon) of each "
    "statement. Averaged per voice (unweighted mean over statements or pieces)."
)
SCORES = ("compound", "polarity", "subjectivity")
_COMPOUND = itemgetter("compound")


def score(text: str) -> tuple[float, float, float]:
    """``(compound, polarity, subjectivity)`` of ``text``."""
    polarity, subjectivity = pattern_sentiment(text)
    return vader_compound(text), round(polarity, 4), round(subjectivity, 4)


def aggregate(items: list[dict[str, Any]], key: str,
              scores: tuple[str, ...] = SCORES) -> dict[str, Any]:
    """Means of ``scores`` over scored items (null when there are none) and the items at the
    compound's ends.

    ``key`` names the field that identifies an item (``statement_id`` or ``span``).
    """
    n = len(items)
    block: dict[str, Any] = {"n": n}
    for name in scores:
        block[f"mean_{name}"] = round(sum(map(itemgetter(name), items)) / n, 4) if n else None
    lo = min(items, key=_COMPOUND) if n else None
    hi = max(items, key=_COMPOUND) if n else None
    block["min"] = {key: lo[key], "compound": lo["compound"]} if lo else None
    block["max"] = {key: hi[key], "compound": hi["compound"]} if hi else None
    return block


@register
class SentimentAnalyzer(Analyzer):
    """Scores statements and narrator sentence-pieces, then averages them per voice."""

    name = "sentiment"

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        text = analysis.document.text
        statements = []
        for st in analysis.statements:
            compound, polarity, subjectivity = score(text[st.start:st.end])
            statements.append({"statement_id": st.id, "compound": compound,
                               "polarity": polarity, "subjectivity": subjectivity})
        by_id = {s["statement_id"]: s for s in statements}
        voices: dict[str, dict[str, Any]] = {}
        for voice in analysis.voices:
            if voice.id == NARRATOR:
                pieces = [{"span": [start, end], "sentence": sentence,
                           "compound": vader_compound(text[start:end])}
                          for start, end, sentence in sentence_pieces(voice.spans,
                                                                      analysis.sentences)
                          if ALNUM.search(text, start, end)]
                voices[voice.id] = {**aggregate(pieces, "span", ("compound",)), "pieces": pieces}
            else:
                items = [by_id[i] for i in voice.statement_ids if i in by_id]
                voices[voice.id] = {**aggregate(items, "statement_id"),
                                    "statement_ids": [i["statement_id"] for i in items]}
        return {"method": METHOD, "statements": statements, "voices": voices}
