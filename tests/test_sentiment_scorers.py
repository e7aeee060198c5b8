"""The reproduced VADER and pattern scorers give the packages' scores, text for text, on both
paths of their shortcuts (VADER's texts without modifiers, pattern's texts without lexicon words),
and the analyzer's rounded scores are the packages' rounded."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from textblob.en import parser
from textblob.en import sentiment as textblob_sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.analyzers.sentiment import score
from framing.text import pattern_sentiment, vader_compound
from framing.text.segment import split_sentences
from tests.helpers import MIXED_SENTENCES

ROOT = Path(__file__).parent.parent
VADER = SentimentIntensityAnalyzer()

#: Texts that walk through the quirks of both algorithms.
EDGE_CASES = [
    "", " ", "good", "GOOD", "The army was VERY GOOD.", "not very good", "not good at all",
    "It is kind of good", "kind of", "sort of bad", "It was good, but the food was bad!!!",
    "but", "BUT it failed", "good but good but bad", "bad, good but bad good", "!!!!!!", "??? bad",
    "bad??", "at least it works", "the least good idea", "very least good", "least",
    "no good", "no no good", "no love or hate", "never so good", "never this bad", "so good",
    "without doubt good", "without a doubt, an excellent idea", "not such a badass after all",
    "the shit", "it's the bomb", "bad ass", "kiss of death", "to die for", "yeah right, great",
    "just enough good", "It isn't a horrible book.", "they didn't kill anyone", "ain't bad",
    "can't", "won't help", "uh-uh, good", "well-known peace-loving people", "self-defence",
    "12 killed, 3.5% lost, $100 paid", "“Brutal,” he said. ‘Cruel’ and 'kind' words",
    "Peace!\n\nWar.", "Good.\r\n\r\nBad", "line one\nline two", "U.S. forces attacked; Mr. Smith.",
    "etc... good... bad...", "e.g. good", "A. Smith is great.", "(!) great", "great ( ! ) idea",
    ":) good", ":-( bad", "8 ) fine", "inbox D said", "xD", "x D", ">.> > . >", "<3 love ♥",
    "Talks ended 🙂", "😁😁 good", "bad😡", "really not good", "terribly good", "happily not",
    "not a good", "not the good", "not really good", "really really good", "!", "good !",
    "END-OF-SENTENCE good", "they're we'll I'd it's", "n't good", "'s good", "'good'",
    "(GOOD) [bad] {great}", "@user #tag good", "—good—", "good\u00a0bad\u2003great", "ΑΣ. ΣΑΣ",
]

#: Lexicon words, every kind of modifier, idiom words and punctuation, to be shuffled.
MODIFIER_WORDS = (
    "good bad peace war kill killed great horrible hope fear kind of sort the shit bomb "
    "kiss death to die for bus stop yeah right just enough bad ass beating heart "
    "very extremely slightly no not never so this without doubt least at or nor but "
    "isn't didn't can't cannot nothing GOOD BAD VERY NOT the a army said forces ! ? . , "
    "'s “ ” ‘ ’ ' \" (!) :) :-( xD").split()


def _package_scores(text: str) -> tuple[float, tuple[float, float]]:
    return VADER.polarity_scores(text)["compound"], tuple(textblob_sentiment(text))


def _our_scores(text: str) -> tuple[float, tuple[float, float]]:
    return vader_compound.compound(text), pattern_sentiment.sentiment(text)


def _corpus_texts() -> list[str]:
    """Every article and every sentence of the example corpus and the gold sets."""
    texts = []
    paths = sorted((ROOT / "examples" / "gold").glob("*.jsonl"))
    for path in [*paths, ROOT / "examples" / "corpus" / "articles.jsonl"]:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                text = json.loads(line).get("text") or ""
                texts.append(text)
                texts.extend(text[s.start:s.end] for s in split_sentences(text))
    return texts


def _shuffled_texts(n: int) -> list[str]:
    """Random strings of the edge cases' words, spaces and line breaks."""
    rng = random.Random(7)
    words = " ".join(EDGE_CASES).split(" ") + ["\n\n", "\n", "", "!", "?", ":", "-", "'", "."]
    return ["".join(rng.choice(words) + rng.choice([" ", " ", "", "\n"])
                    for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_score_as_the_packages_do(text):
    # repr also tells 0.0 from -0.0, which the JSON output would show
    assert repr(_our_scores(text)) == repr(_package_scores(text))


def test_corpus_and_gold_sentences_score_as_the_packages_do():
    texts = _corpus_texts()
    assert len(texts) > 1000
    differ = [t for t in texts if repr(_our_scores(t)) != repr(_package_scores(t))]
    assert differ == []


def test_shuffled_quirks_score_as_the_packages_do():
    differ = [t for t in _shuffled_texts(3000) if repr(_our_scores(t)) != repr(_package_scores(t))]
    assert differ == []


def test_tokens_are_the_package_tokenizers():
    for text in EDGE_CASES + _shuffled_texts(500):
        expected = [w.lower() for w in " ".join(parser.find_tokens(text)).split()]
        assert pattern_sentiment.words(text) == expected, text


def test_lexicons_are_the_installed_packages():
    assert vader_compound.lexicon() == VADER.lexicon
    ours = pattern_sentiment.lexicon()
    assert ours.keys() == textblob_sentiment.keys()
    for word, by_tag in textblob_sentiment.items():
        assert ours[word] == (*by_tag[None], "RB" in by_tag), word


def test_vader_shortcut_only_skips_texts_scored_zero():
    texts = EDGE_CASES + _shuffled_texts(500)
    skipped = [t for t in texts if not vader_compound.may_have_valence(t)]
    assert 0 < len(skipped) < len(texts)
    assert all(VADER.polarity_scores(t)["compound"] == 0.0 for t in skipped)


def test_scoring_imports_neither_textblob_nor_nltk():
    code = ("import sys; from framing.analyzers.sentiment import score; score('not very good!'); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'textblob', 'nltk'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "[]"


def _modifier_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(MODIFIER_WORDS) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def test_vader_texts_with_and_without_modifiers_score_as_the_package(monkeypatch):
    full = []
    original = vader_compound._sentiments

    def counted(*args):
        full.append(1)
        return original(*args)

    monkeypatch.setattr(vader_compound, "_sentiments", counted)
    texts = _modifier_texts(4000, 11)
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
    texts = _modifier_texts(3000, 12)
    differ = [t for t in texts
              if repr(pattern_sentiment.sentiment(t)) != repr(tuple(textblob_sentiment(t)))]
    assert differ == []
    assessed = pattern_sentiment._tables().assessed
    none = [t for t in texts if assessed.isdisjoint(pattern_sentiment.words(t))]
    assert 0 < len(none) < len(texts)


def test_sentiment_scores_equal_textblob_and_vader():
    from textblob import TextBlob

    rng = random.Random(5)
    words = " ".join(MIXED_SENTENCES).split()
    texts = MIXED_SENTENCES + [" ".join(rng.choices(words, k=rng.randint(1, 30)))
                               for _ in range(200)]
    for text in texts:
        blob = TextBlob(text).sentiment
        expected = (round(VADER.polarity_scores(text)["compound"], 4),
                    round(blob.polarity, 4), round(blob.subjectivity, 4))
        assert score(text) == expected
    assert score(MIXED_SENTENCES[2])[0] > 0.5 and score(MIXED_SENTENCES[8])[0] < 0


@pytest.mark.parametrize("text", [
    *MIXED_SENTENCES, "He said so.", "kind of", "Not so!!!", "(GOOD)", "“Bad,” he said.", ":) ok",
    "Talks ended 🙂", "no", "BUT", "'killed'", "Peace-loving people", "the ministry said.",
])
def test_vader_shortcut_only_skips_texts_vader_scores_zero(text):
    expected = round(VADER.polarity_scores(text)["compound"], 4)
    assert vader_compound.compound(text) == expected
    if not vader_compound.may_have_valence(text):
        assert expected == 0.0


def test_long_runs_of_punctuation_split_as_the_package_splits_them():
    # split by offset, not a character sliced off at a time (a 200 KB run of "(" took seconds)
    rng = random.Random(8)
    marks = "([{'\"-_=;:?!*&#.)]}"
    words = ["", "day", "d", "ll", ".", ":-)", "U.S", "a", "Mr", "etc", "Xyz"]
    for _ in range(600):
        token = "".join(rng.choice(marks) for _ in range(rng.randint(1, 60)))
        after = "".join(rng.choice(marks) for _ in range(rng.randint(0, 30)))
        text = f"Good {token}{rng.choice(words)}{after} news"
        expected = [w.lower() for w in " ".join(parser.find_tokens(text)).split()]
        assert pattern_sentiment.words(text) == expected, text
    text = "Good " + "(" * 3000 + "news" + ")" * 3000
    assert pattern_sentiment.words(text) == ["good"] + ["("] * 3000 + ["news"] + [")"] * 3000
