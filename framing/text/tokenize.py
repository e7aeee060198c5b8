"""Word tokens with character offsets, and the light normalisation every analyzer shares.

Tokenising is one compiled regular expression (fast, no downloaded models). ``Token.norm`` is the
Snowball (Porter2) stem of the lower-cased word, so "attacked", "attacks" and "attack" meet; show
people the surface form (:func:`most_frequent` picks the most frequent one).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate

from framing.lexicons import load_rows
from framing.model import Token
from framing.text.document_cache import document_cache

# Words (letters/digits, inner hyphens and apostrophes, "U.S."-style initialisms), or one
# punctuation character.
TOKEN_RE = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"  # U.S., U.N. (spelled out, not {2,}: a faster scan)
    r"|[^\W_]+(?:[-'’][^\W_]+)*"  # words, numbers, Nagorno-Karabakh, don't
    r"|[^\w\s]",  # punctuation
)
#: A letter or digit: a character for which ``str.isalnum`` is true.
ALNUM = re.compile(r"[^\W_]")
#: :data:`TOKEN_RE` as one group, so that ``split`` keeps the tokens.
_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")

@lru_cache(maxsize=1)
def _stem() -> Callable[[str], str]:
    """The Snowball project's English stemmer (``snowballstemmer``, pure Python).

    Not nltk's copy: that one is an older English algorithm that stems "international",
    "internal" and "internment" all to "intern", "organization" to "organ" and "added" to "ad",
    merging terms a vocabulary comparison must keep apart; and importing nltk takes most of a
    second of every process's start-up.
    """
    import snowballstemmer

    return snowballstemmer.stemmer("english").stemWord


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Lower-case, unify apostrophes, drop a possessive ``'s`` (:func:`bare_word`), and stem."""
    w = bare_word(word)
    if not w[:1].isalnum():
        return w
    return _stem()(w)


@lru_cache(maxsize=50_000)
def bare_word(word: str) -> str:
    """``word`` lower-cased, typographic apostrophes unified, a possessive ``'s`` dropped."""
    w = surface(word)
    return w[:-2] if w.endswith("'s") else w


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, offsets relative to the whole of ``text``."""
    return _tokens(text, start, len(text) if end is None else end)[0]


@document_cache
def document_tokens(text: str) -> tuple[list[Token], list[int]]:
    """All tokens of ``text`` and their start offsets (the last document is cached).

    Kept while the article is analysed: the repeats of a word share one string (a tenth of the
    tokens' memory).
    """
    return _tokens(text, 0, len(text), shared=True)


def _tokens(text: str, start: int, end: int, shared: bool = False
            ) -> tuple[list[Token], list[int]]:
    """Tokens of ``text[start:end]`` and their start offsets; ``shared``: a word's repeats share
    the text of its first occurrence."""
    # One split keeps the tokens between the gaps ([gap, token, gap, token, ..., gap]), and the
    # running sum of the parts' lengths gives each token's start and end: C-level calls only,
    # no match object per token.
    n = len(text)
    start, end = min(max(start, 0), n), min(max(end, 0), n)  # as a search's pos and endpos
    parts = _SPLIT_RE.split(text if start == 0 and end == n else text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    if shared:
        first: dict[str, str] = {}
        words = list(map(first.setdefault, words, words))
    starts = offsets[1:-1:2]
    return list(map(Token, words, starts, offsets[2::2], map(normalize, words))), starts


@lru_cache(maxsize=50_000)
def is_word(token_text: str) -> bool:
    """True for the text of a word (or number) token, not punctuation."""
    return token_text[:1].isalnum()


def count_words(text: str, spans: Iterable[Sequence[int]]) -> int:
    """The word tokens (not punctuation) of ``text[s:e]`` for each ``[s, e]`` of ``spans``."""
    tokens, _ = document_tokens(text)
    before = words_before(text)
    total = 0
    for s, e in spans:
        i, j = token_slice(text, s, e)
        if (i and tokens[i - 1].end > s) or (j < len(tokens) and tokens[j].start < e):
            # an edge inside a token: count the tokens of the span's own text, as it reads
            total += sum(map(is_word, TOKEN_RE.findall(text, s, e)))
        else:
            total += before[j] - before[i]
    return total


@document_cache
def words_before(text: str) -> Sequence[int]:
    """How many word tokens of :func:`document_tokens` come before each token index (and, last,
    in all)."""
    # an array, not a list of int objects: 8 bytes a token, not 40
    return array("q", accumulate(map(is_word, [t.text for t in document_tokens(text)[0]]),
                                 initial=0))


def token_slice(text: str, start: int, end: int) -> tuple[int, int]:
    """Indices ``i, j`` such that ``document_tokens(text)[0][i:j]`` lie inside ``[start, end)``."""
    tokens, starts = document_tokens(text)
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    while j > i and tokens[j - 1].end > end:
        j -= 1
    return i, j


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text`` lying inside ``[start, end)``, from one tokenisation of the whole text.

    Analyzers look at the same document through many spans; this tokenises it once (the last
    document is cached) and slices by bisection.
    """
    i, j = token_slice(text, start, end)
    return document_tokens(text)[0][i:j]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Lower-cased stop words from the shipped ``stopwords.tsv``."""
    return frozenset(row[0].lower() for row in load_rows("stopwords"))


@lru_cache(maxsize=50_000)
def is_stopword_text(text: str) -> bool:
    """True if the word ``text`` (any case, either apostrophe) is a stop word."""
    return surface(text) in stopwords()


def surface(text: str) -> str:
    """The form a surface is shown in: lower-cased, typographic apostrophes unified."""
    return text.lower().replace("’", "'")


def most_frequent(forms: Iterable[str]) -> str:
    """The most frequent of ``forms`` (ties: alphabetical first)."""
    counts: dict[str, int] = {}
    for form in forms:
        counts[form] = counts.get(form, 0) + 1
    return most_counted_form(counts)


def most_counted_form(counts: Mapping[str, int]) -> str:
    """The key with the highest count (ties: alphabetical first)."""
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
