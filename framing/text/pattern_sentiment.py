"""TextBlob's polarity and subjectivity (pattern's scorer), reproduced for speed.

The algorithm is the one ``textblob.en.sentiment(text)`` runs: pattern's tokenizer
(``find_tokens``: contractions and quotes spaced out, punctuation split from words unless it
ends an abbreviation, paragraph breaks as sentence ends, sarcasm marks and emoticons re-joined)
and its ``Sentiment.assessments``: lexicon words, scaled by a preceding modifier, negated by a
preceding "no"/"not"/"n't"/"never" across short words, "!" boosting the word before it,
emoticons, and "not good" counting as half as bad as "good" is good. Only what the two means do
not use (the words of each assessment, its label) is left out.

The lexicon is read from the installed package's ``textblob/en/en-sentiment.xml`` by the
package's own loader, and the tokenizer's tables (punctuation, abbreviations, contractions,
emoticons) are the package's. Both come from ``textblob/_text.py`` loaded on its own, so that
the process need not import textblob, whose ``__init__`` imports nltk (about 0.9 s).
tests/test_sentiment_scorers.py holds the scores equal to the package's.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from types import ModuleType

from framing.lexicons import package_folder

#: A lexicon word's polarity, subjectivity, intensity, and whether it can modify the next word.
Entry = tuple[float, float, float, bool]


@lru_cache(maxsize=1)
def pattern_text() -> ModuleType:
    """textblob's ``_text.py`` (its copy of pattern's text module), loaded as a module of its own.

    It imports only the standard library; importing it as ``textblob._text`` would first run
    textblob's ``__init__``, which imports nltk.
    """
    spec = importlib.util.spec_from_file_location(
        "framing_textblob_text", package_folder("textblob") / "_text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class _Tables:
    """The package's lexicon and tokenizer tables, as plain lookups."""

    lexicon: dict[str, Entry]
    negations: frozenset[str]
    modifier: Callable[[str], bool]  # may a word that precedes a negation modify through it
    emoticons: dict[str, float]  # lower-cased emoticon → polarity (first face type wins)
    replacements: tuple[tuple[str, str], ...]  # contractions, spaced out in this order
    lead: tuple[str, ...]  # punctuation split off a token's start
    trail: tuple[str, ...]  # and off its end
    assessed: frozenset[str]  # the tokens that can be assessed: lexicon words, emoticons, "(!)"
    active: frozenset[str]  # and those that act with no modifier or negation pending


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """The lexicon as ``textblob.en.sentiment`` loads it, and the tokenizer's tables."""
    text = pattern_text()
    sentiment = text.Sentiment(path=str(package_folder("textblob") / "en" / "en-sentiment.xml"))
    sentiment.load()
    # What textblob.en.Sentiment.load adds: each adjective's adverb ("terrible" → "terribly").
    for word, by_tag in list(dict.items(sentiment)):
        if "JJ" in by_tag:
            if word.endswith("y"):
                word = word[:-1] + "i"
            if word.endswith("le"):
                word = word[:-2]
            p, s, i = by_tag["JJ"]
            sentiment.annotate(word + "ly", "RB", p, s, i)
    emoticons: dict[str, float] = {}
    for (_, polarity), faces in text.EMOTICONS.items():
        for face in faces:
            emoticons.setdefault(face.lower(), polarity)
    lead = tuple(text.PUNCTUATION.replace(".", ""))
    lexicon = {word: (*by_tag[None], any(tag in by_tag for tag in sentiment.modifiers))
               for word, by_tag in dict.items(sentiment)}
    assessed = frozenset((*lexicon, *emoticons, "(!)"))
    return _Tables(
        lexicon=lexicon,
        negations=frozenset(sentiment.negations), modifier=sentiment.modifier,
        emoticons=emoticons, replacements=tuple(text.replacements.items()),
        lead=lead, trail=lead + (".",), assessed=assessed,
        active=assessed.union(sentiment.negations, ("!",)))


def lexicon() -> dict[str, Entry]:
    """pattern's sentiment lexicon as textblob.en loads it: word → :data:`Entry`."""
    return _tables().lexicon


def sentiment(text: str) -> tuple[float, float]:
    """``(polarity, subjectivity)`` of ``text``, as ``textblob.en.sentiment(text)`` gives them."""
    tokens = words(text)
    if _tables().assessed.isdisjoint(tokens):
        return 0.0, 0.0  # nothing assessed: both means are 0
    return _means(_assessments(tokens))


def words(text: str) -> list[str]:
    """The lower-cased tokens pattern's scorer reads: its tokenizer's sentences, joined."""
    module = pattern_text()
    # The tokenizer's replacements and splits never cross whitespace, so each whitespace-free
    # token of the text can be split on its own; its paragraph breaks only add sentence ends.
    tokens = list(chain.from_iterable(map(_token_pieces, text.split())))
    if module.EOS in tokens:
        tokens = [t for t in tokens if t != module.EOS]  # the tokenizer drops its sentence ends
    joined = " ".join(tokens)
    if module.RE_SARCASM.search(joined) or module.RE_EMOTICONS.search(joined):
        # Rare: a sarcasm mark "(!)" or an emoticon, which the package re-joins when split over
        # tokens, within each of its sentences: let its own tokenizer do that.
        joined = " ".join(module.find_tokens(text))
    return joined.lower().split()


@lru_cache(maxsize=100_000)
def _token_pieces(token: str) -> tuple[str, ...]:
    """The tokens pattern's tokenizer makes of one whitespace-free token: contractions and
    quotes spaced out, then each part split by :func:`_split_token`."""
    if "'" in token:  # the package's re.sub patterns for contractions are plain strings
        for contraction, spaced in _tables().replacements:
            token = token.replace(contraction, spaced)
    token = (token.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ")
             .replace("’", " ’ ").replace("'", " ' ").replace('"', ' " '))
    return tuple(chain.from_iterable(map(_split_token, token.split())))


def _split_token(token: str) -> tuple[str, ...]:
    """One whitespace-free token split as pattern's ``find_tokens`` splits it: leading
    punctuation (not periods), trailing punctuation, ellipses and periods (unless the period
    ends an abbreviation)."""
    tables = _tables()
    text = pattern_text()
    replace = text.replacements
    # by offset, not by slicing a character off each time: quadratic in a long run ("((((…")
    longest = max(map(len, replace), default=0)
    i = 0
    while token.startswith(tables.lead, i) and (len(token) - i > longest
                                                 or token[i:] not in replace):
        i += 1
    out = list(token[:i])
    tail = []
    t = token[i:]
    j = len(t)  # the word is t[:j]
    while t.endswith(tables.trail, 0, j) and (j > longest or t[:j] not in replace):
        if t.endswith(tables.lead, 0, j):
            tail.append(t[j - 1])
            j -= 1
        if t.endswith("...", 0, j):
            tail.append("...")
            j -= 3
            while j > 0 and t[j - 1] == ".":
                j -= 1
        if t.endswith(".", 0, j):
            word = t[:j]
            if (word in text.ABBREVIATIONS or text.RE_ABBR1.match(word) is not None
                    or text.RE_ABBR2.match(word) is not None
                    or text.RE_ABBR3.match(word) is not None):
                break
            tail.append(".")
            j -= 1
    if j:
        out.append(t[:j])
    out.extend(reversed(tail))
    return tuple(out)


def _assessments(tokens: list[str]) -> list[list[float]]:
    """pattern's ``Sentiment.assessments``: ``[polarity, subjectivity, intensity, sign]`` per
    assessed word (a lexicon word with its modifier and negation, "(!)", or an emoticon)."""
    tables = _tables()
    lex, negations, emoticons = tables.lexicon, tables.negations, tables.emoticons
    active = tables.active
    punctuation = pattern_text().PUNCTUATION
    a: list[list[float]] = []
    m = None  # the preceding modifier ("really good")
    n = None  # the preceding negation ("not good")
    for w in tokens:
        if m is None and n is None and w not in active:
            continue  # a word the loop below would pass over without a change
        entry = lex.get(w)
        if entry is not None:
            p, s, i, modifies = entry
            if m is None:
                a.append([p, s, i, 1])
            else:
                last = a[-1]
                last[0] = max(-1.0, min(p * last[2], +1.0))
                last[1] = max(-1.0, min(s * last[2], +1.0))
                last[2] = i
            if n is not None:
                a[-1][2] = 1.0 / a[-1][2]
                a[-1][3] = -1
            m = w if modifies else None
            n = w if w in negations else None
            continue
        if w in negations:
            n = w
        elif n is not None and len(w.strip("'")) > 1:
            n = None  # a negation carries across short words only ("not a good")
        if n is not None and m is not None and tables.modifier(m):
            a[-1][3] = -1  # "really not good"
            n = None
        elif m is not None and len(w) > 2:
            m = None
        if w == "!" and a:
            a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
        if w == "(!)":
            a.append([0.0, 1.0, 1.0, 1])
        if not w.isalpha() and len(w) <= 5 and w not in punctuation:
            polarity = emoticons.get(w)
            if polarity is not None:
                a.append([polarity, 1.0, 1.0, 1])
    return a


def _means(a: list[list[float]]) -> tuple[float, float]:
    """Mean polarity (negated ones halved and flipped) and mean subjectivity, summed in order
    as the package sums them."""
    polarity = subjectivity = 0
    for p, s, _, sign in a:
        polarity += p * -0.5 if sign < 0 else p
        subjectivity += s
    count = float(len(a) or 1)
    return polarity / count, subjectivity / count
