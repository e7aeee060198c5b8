"""articles.csv's word counts: one column per voice category, as its statement counts."""

from __future__ import annotations

from framing.batch.exports import ARTICLE_COLUMNS, article_fields, voice_terms
from framing.compare.terms import ARTICLE_KEY
from tests.test_compare import X_TEXT, _article

JOINT = X_TEXT + "\n\nNorthland and Southland accused each other of starting the fighting."


def test_joint_statements_words_are_a_column_of_their_own():
    """words_a counted side A's joint statements (its voice holds them) where statements_a
    does not: words per statement came out high, and the words columns summed to more than
    the article. Now words_both holds them and the columns add up to the article's words."""
    analysis = _article(0, "X", JOINT, "2024-03-01")
    terms = voice_terms(analysis)
    row = article_fields(analysis.to_dict(), terms)
    assert row["statements_both"] == 1 and row["words_both"] == 3  # "starting the fighting"
    assert terms["north"]["n_words"] == row["words_a"] + row["words_both"]
    assert sum(row[c] for c in ARTICLE_COLUMNS if c.startswith("words_")) \
        == terms[ARTICLE_KEY]["n_words"]
