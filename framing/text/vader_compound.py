"""VADER's compound score, reproduced from the vaderSentiment package for speed.

The algorithm is ``SentimentIntensityAnalyzer.polarity_scores`` of the vaderSentiment package
(Hutto & Gilbert 2014), step for step and quirk for quirk: emoji replaced by their descriptions,
words split on whitespace and stripped of outer punctuation unless that leaves two characters or
fewer, boosters and dampeners over three preceding words, caps emphasis, negation (and its
"never so", "without doubt" and "least" exceptions), "no" as a negator, the special-case idioms,
"but" (with the package's ``list.index`` way of finding each score) and the "!"/"?" emphasis.
What it skips is only what the compound does not use (the pos/neg/neu shares) and the package's
repeated work: a lower-cased copy of the whole sentence built once per lexicon word, up to three
times. A text with no modifier at all (most news sentences) has each lexicon word scored its
lexicon valence, unless an idiom changes it, without the per-word modifier checks.

The lexicons are the installed package's own: its analyzer reads ``vader_lexicon.txt`` and
``emoji_utf8_lexicon.txt``, and the booster, negation and idiom tables are imported from its
module; so are its final normalisation and "!"/"?" emphasis, which run once per text.
tests/test_sentiment_scorers.py holds the scores equal to the package's.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, pairwise
from string import punctuation

from vaderSentiment import vaderSentiment as vader

_NEGATE = frozenset(vader.NEGATE)
_BOOSTERS = vader.BOOSTER_DICT
_SPECIAL_CASES = vader.SPECIAL_CASES
#: Words of the multi-word idioms and boosters: a window without any cannot match one.
_IDIOM_WORDS = frozenset(word for key in (*_SPECIAL_CASES, *_BOOSTERS) if " " in key
                         for word in key.split())
#: Their first two words: an idiom or booster n-gram matches only where such a pair is adjacent.
_IDIOM_PAIRS = frozenset(tuple(key.split()[:2]) for key in (*_SPECIAL_CASES, *_BOOSTERS)
                         if " " in key)
#: Words that can change a lexicon word's valence from up to three words before it (boosters,
#: negators and the exceptions to negation, "no", "least"), or its own ("no", "kind" of "kind of").
#: A text with none of them, no "n't", no "but" and no caps emphasis scores each lexicon word its
#: lexicon valence, changed only by the idioms.
_CONTEXT = frozenset(word for word in _BOOSTERS if " " not in word).union(
    _NEGATE, ("no", "never", "without", "so", "this", "least", "kind", "but"))


@lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, float], frozenset[str], dict[str, str], frozenset[str]]:
    """The word lexicon, the words it scores (not the boosters), the emoji lexicon and the set
    of emoji, as the package loads them."""
    analyzer = vader.SentimentIntensityAnalyzer()
    lex = analyzer.lexicon
    return lex, frozenset(lex).difference(_BOOSTERS), analyzer.emojis, frozenset(analyzer.emojis)


def lexicon() -> dict[str, float]:
    """VADER's word lexicon (word → valence), read from the installed package."""
    return _lexicons()[0]


def _describe_emoji(text: str, emojis: dict[str, str]) -> str:
    """``text`` with each emoji replaced by its description, spaced as the package does."""
    out = []
    prev_space = True
    for char in text:
        description = emojis.get(char)
        if description is not None:
            if not prev_space:
                out.append(" ")
            out.append(description)
            prev_space = False
        else:
            out.append(char)
            prev_space = char == " "
    return "".join(out)


@lru_cache(maxsize=100_000)
def _strip_word(token: str) -> str:
    """The token without outer punctuation, unless that leaves two characters or fewer."""
    stripped = token.strip(punctuation)
    return token if len(stripped) <= 2 else stripped


@lru_cache(maxsize=100_000)
def _lower_word(token: str) -> str:
    """The lower-cased word of a whitespace-free token."""
    return _strip_word(token).lower()


def _prepared(text: str) -> tuple[str, list[str], list[str]]:
    """``text`` with emoji described and outer whitespace stripped, its tokens, and their
    lower-cased words."""
    _, _, emojis, emoji_set = _lexicons()
    if not text.isascii() and not emoji_set.isdisjoint(text):  # no emoji is ASCII
        text = _describe_emoji(text, emojis)
    text = text.strip()
    tokens = text.split()
    return text, tokens, list(map(_lower_word, tokens))


def may_have_valence(text: str) -> bool:
    """False when VADER scores ``text`` 0 for want of any lexicon word (an emoji counts by the
    words of its description). More than a fifth of news sentences have none."""
    return _any_in_lexicon(_prepared(text)[2])


def _any_in_lexicon(lower: list[str]) -> bool:
    """Whether any of the lower-cased words is in VADER's lexicon (boosters included)."""
    return not _lexicons()[0].keys().isdisjoint(lower)


def compound(text: str) -> float:
    """VADER's compound score of ``text``, rounded to 4 decimals as the package rounds it."""
    lex, scored, _, _ = _lexicons()
    text, tokens, lower = _prepared(text)
    if not _any_in_lexicon(lower):
        return 0.0  # every word scores 0, so the sum and the compound are 0
    words = list(map(_strip_word, tokens))
    cap_diff = _cap_differential(words)
    if cap_diff or not _CONTEXT.isdisjoint(lower) or "n't" in " ".join(lower):
        return _score(_sentiments(words, lower, lex, scored, cap_diff), text)
    # Only the lexicon words score, and only the idioms can change that: the zeros of the other
    # words would not change the sum.
    if _IDIOM_PAIRS.isdisjoint(pairwise(lower)):
        return _score(list(map(lex.__getitem__, filter(scored.__contains__, lower))), text)
    return _score([_idioms_check(lex[lower[i]], lower, i) if i > 2 and lower[i - 3] not in lex
                   else lex[lower[i]]
                   for i in compress(range(len(lower)), map(scored.__contains__, lower))], text)


def _sentiments(words: list[str], lower: list[str], lex: dict[str, float],
                scored: frozenset[str], cap_diff: bool) -> list[float]:
    """Every word's score (the package's ``sentiments`` list), after the "but" check."""
    n = len(words)
    sentiments: list[float] = [0] * n  # boosters, "kind" of "kind of" and unknown words
    for i, low in enumerate(lower):
        if low in scored and not (low == "kind" and i < n - 1 and lower[i + 1] == "of"):
            sentiments[i] = _valence(words, lower, i, lex, cap_diff)
    if "but" in lower:
        _but_check(lower.index("but"), sentiments)
    return sentiments


def _cap_differential(words: list[str]) -> bool:
    """True when some but not all words are ALL CAPS."""
    caps = sum(map(str.isupper, words))
    return 0 < len(words) - caps < len(words)


def _valence(words: list[str], lower: list[str], i: int, lex: dict[str, float],
             cap_diff: bool) -> float:
    """The valence of lexicon word ``i`` after its neighbours' modifiers (the package's
    ``sentiment_valence``)."""
    low = lower[i]
    valence = lex[low]
    if low == "no" and i != len(lower) - 1 and lower[i + 1] in lex:
        valence = 0.0
    if ((i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))):
        valence = lex[low] * vader.N_SCALAR
    if cap_diff and words[i].isupper():
        valence = valence + vader.C_INCR if valence > 0 else valence - vader.C_INCR
    for start_i in range(3):
        if i > start_i and lower[i - (start_i + 1)] not in lex:
            s = _scalar(words[i - (start_i + 1)], valence, cap_diff)
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = _negation_check(valence + s, lower, start_i, i)
            if start_i == 2:
                valence = _idioms_check(valence, lower, i)
    return _least_check(valence, lower, i, lex)


def _scalar(word: str, valence: float, cap_diff: bool) -> float:
    """The booster or dampener weight of a preceding ``word`` (``scalar_inc_dec``)."""
    scalar = 0.0
    low = word.lower()
    if low in _BOOSTERS:
        scalar = _BOOSTERS[low]
        if valence < 0:
            scalar *= -1
        if word.isupper() and cap_diff:
            scalar = scalar + vader.C_INCR if valence > 0 else scalar - vader.C_INCR
    return scalar


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    """The package's ``_negation_check``: negators one to three words back, with its
    "never so/this" (stronger) and "without doubt" (unchanged) exceptions."""
    if start_i == 0:
        if _negated(lower[i - 1]):
            valence = valence * vader.N_SCALAR
    elif start_i == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * vader.N_SCALAR
    else:
        # The package's precedence: (never and so/this two back) or so/this one back.
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")
                or lower[i - 1] in ("so", "this")):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and "doubt" in (lower[i - 2], lower[i - 1]):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * vader.N_SCALAR
    return valence


def _idioms_check(valence: float, lower: list[str], i: int) -> float:
    """The package's ``_special_idioms_check`` (called for word ``i`` with ``i > 2``)."""
    if _IDIOM_WORDS.isdisjoint(lower[i - 3:i + 3]):
        return valence
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in _BOOSTERS:
            valence = valence + _BOOSTERS[n_gram]
    return valence


def _least_check(valence: float, lower: list[str], i: int, lex: dict[str, float]) -> float:
    """Negation by a preceding "least" (not "at least" or "very least")."""
    if i > 0 and lower[i - 1] == "least" and "least" not in lex:
        if i == 1 or lower[i - 2] not in ("at", "very"):
            valence = valence * vader.N_SCALAR
    return valence


def _but_check(but: int, sentiments: list[float]) -> None:
    """Halve the scores before the first "but" and raise those after by half, in place.

    As in the package, each score is found again by ``list.index``, i.e. at the first position
    holding an equal value, which is not always its own.
    """
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < but:
            sentiments[si] = sentiment * 0.5
        elif si > but:
            sentiments[si] = sentiment * 1.5


def _score(sentiments: list[float], text: str) -> float:
    """The compound of the word scores, with the "!" and "?" emphasis of ``text`` (the package's
    own functions: they run once per text)."""
    if not sentiments:
        return 0.0
    sum_s = float(sum(sentiments))
    if "!" in text or "?" in text:  # the emphasis of a text with neither is 0
        analyzer = vader.SentimentIntensityAnalyzer
        emphasis = analyzer._amplify_ep(text) + analyzer._amplify_qm(text)
        if sum_s > 0:
            sum_s += emphasis
        elif sum_s < 0:
            sum_s -= emphasis
    return round(vader.normalize(sum_s), 4)
