"""Sentiment per statement and per voice: VADER compound and TextBlob polarity/subjectivity.

Statements get both scorers; the narrator's sentence-pieces get VADER only. TextBlob's pattern
scorer reads about 0.8 MB/s against VADER's 2.9 MB/s, and the narrator is most of an article's
text: scoring it twice would make sentiment the costliest stage for the least-used numbers.
"""

from __future__ import annotations

from string import punctuation
from typing import Any

from framing.analyzers import Analyzer, register
from framing.model import NARRATOR, ArticleAnalysis
from framing.voices import sentence_pieces

METHOD = (
    "VADER compound score (Hutto & Gilbert 2014, vaderSentiment package) of each statement and "
    "of each narrator sentence-piece; TextBlob polarity/subjectivity (pattern lexicon) of each "
    "statement. Averaged per voice (unweighted mean over statements or pieces)."
)
SCORES = ("compound", "polarity", "subjectivity")

_vader = None
_vader_keys: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _analyzer() -> Any:
    """The VADER analyzer, created on first use (its import and lexicon load are slow)."""
    global _vader, _vader_keys
    if _vader is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _vader = SentimentIntensityAnalyzer()
        _vader_keys = (frozenset(_vader.lexicon), frozenset(_vader.emojis))
    return _vader


# No cache of scores by text: across articles it would pay only for repeated sentences, and the
# benchmark's template-built corpus repeats two sentences in three, far more than real news.
def vader_compound(text: str) -> float:
    """VADER's compound score of ``text``."""
    analyzer = _analyzer()
    if not _may_have_valence(text):
        return 0.0
    return round(analyzer.polarity_scores(text)["compound"], 4)


def _may_have_valence(text: str) -> bool:
    """False when VADER is sure to score ``text`` 0: no emoji and no word in its lexicon.

    VADER gives valence only to lexicon words (boosters, negations and "but" only scale it), and
    its words are the whitespace-separated tokens, lower-cased, with or without their outer
    punctuation. More than half of the statements and narrator pieces of news text have none.
    """
    lexicon, emojis = _vader_keys
    if not emojis.isdisjoint(text):
        return True
    for token in text.lower().split():
        if token in lexicon or token.strip(punctuation) in lexicon:
            return True
    return False


def score(text: str) -> tuple[float, float, float]:
    """``(compound, polarity, subjectivity)`` of ``text``."""
    # ``TextBlob(text).sentiment`` calls this same pattern scorer, but building the blob (and a
    # namedtuple class per call) costs more than the scoring itself.
    from textblob.en import sentiment as pattern_sentiment

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
        block[f"mean_{name}"] = round(sum(i[name] for i in items) / n, 4) if n else None
    lo = min(items, key=lambda i: i["compound"]) if n else None
    hi = max(items, key=lambda i: i["compound"]) if n else None
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
                pieces = []
                for start, end, sentence in sentence_pieces(voice.spans, analysis.sentences):
                    if not any(c.isalnum() for c in text[start:end]):
                        continue
                    pieces.append({"span": [start, end], "sentence": sentence,
                                   "compound": vader_compound(text[start:end])})
                voices[voice.id] = {**aggregate(pieces, "span", ("compound",)), "pieces": pieces}
            else:
                items = [by_id[i] for i in voice.statement_ids if i in by_id]
                voices[voice.id] = {**aggregate(items, "statement_id"),
                                    "statement_ids": [i["statement_id"] for i in items]}
        return {"method": METHOD, "statements": statements, "voices": voices}
