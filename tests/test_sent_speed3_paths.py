"""The scorers' shortcuts (VADER's texts without modifiers, pattern's texts without lexicon
words) give the packages' scores."""

from __future__ import annotations

import random

import pytest
from textblob.en import sentiment as textblob_sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.text import pattern_sentiment, vader_compound

VADER = SentimentIntensityAnalyzer()

#: Lexicon words, every kind of modifier, idiom words and punctuation, to be shuffled.
WORDS = ("good bad peace war kill killed great horrible hope fear kind of sort the shit bomb "
         "kiss death to die for bus stop yeah right just enough bad ass beating heart "
         "very extremely slightly no not never so this without doubt least at or nor but "
         "isn't didn't can't cannot nothing GOOD BAD VERY NOT the a army said forces ! ? . , "
         "'s “ ” ‘ ’ ' \" (!) :) :-( xD").split()


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_vader_texts_with_and_without_modifiers_score_as_the_package(monkeypatch):
    full = []
    original = vader_compound._sentiments

    def counted(*args):
        full.append(1)
        return original(*args)

    monkeypatch.setattr(vader_compound, "_sentiments", counted)
    texts = _texts(4000, 11)
    differ = [t for t in texts
              if repr(vader_compound.compound(t)) != repr(VADER.polarity_scores(t)["compound"])]
    assert differ == []
    scored = [t for t in texts if vader_compound.may_have_valence(t)]
    assert len(full) > 100 and len(scored) - len(full) > 100  # both paths were taken


@pytest.mark.parametrize("text", ["the army so good", "the army this good", "at least good",
                                  "the least good", "no good", "not good", "isn't good",
                                  "kind of good", "good but bad", "GOOD war"])
def test_one_modifier_before_a_lexicon_word(text):
    assert repr(vader_compound.compound(text)) == repr(VADER.polarity_scores(text)["compound"])


def test_no_emoji_is_ascii():
    # _prepared looks for emoji only in texts that are not ASCII
    emojis = vader_compound._lexicons()[2]
    assert not [e for e in emojis if len(e) == 1 and e.isascii()]


def test_pattern_texts_with_and_without_lexicon_words_score_as_the_package():
    texts = _texts(3000, 12)
    differ = [t for t in texts
              if repr(pattern_sentiment.sentiment(t)) != repr(tuple(textblob_sentiment(t)))]
    assert differ == []
    assessed = pattern_sentiment._tables().assessed
    none = [t for t in texts if assessed.isdisjoint(pattern_sentiment.words(t))]
    assert 0 < len(none) < len(texts)
