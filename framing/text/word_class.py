"""Coarse word classes of tokens, and which class sequences read as a phrase.

A token's class is one letter: ``N`` noun, ``A`` adjective, ``V`` verb, ``R`` adverb or
particle, ``P`` preposition, ``T`` "to", ``D`` determiner or possessive, ``C`` conjunction, ``X``
anything else (pronouns, wh-words, numbers). It comes from the part-of-speech lexicon TextBlob
installs with itself (pattern's ``en-lexicon.txt``: each word's most frequent Penn tag; nothing is
downloaded), else from the word's shape (capitalised: noun; "-ly": adverb; "-ing", "-ed": verb).
Four context rules mend the commonest misses of a lexicon tagger:

- after a determiner or adjective a gerund is a noun ("the fighting") and a participle an
  adjective ("the disputed region"); so is a gerund with no object after a preposition ("rounds
  of fighting", not "of starting the fighting");
- an adjective with no noun after it, after a determiner or adjective, is a noun ("the Israeli
  military said");
- a noun before a determiner is a verb ("to respect the ceasefire").

Term counting (:mod:`framing.text.ngrams`) keeps a 2- or 3-gram only when its classes match a
pattern of the shipped ``phrase_patterns`` lexicon ("military positions", "deliberately raising
tensions", "dead and wounded"), and not where it ends inside a noun compound ("detained in
border" of "detained in border clashes"): not fragments that straddle two phrases ("broke out
following", "fighting which broke", "interested in ensuring").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, islice, repeat

from framing.lexicons import load_rows, package_folder
from framing.text.tokenize import surface

NOUN, ADJECTIVE, VERB = "N", "A", "V"
#: Classes a one-word term may have: content words.
CONTENT = frozenset("NAVR")

_PENN_CLASS = {
    **dict.fromkeys(("NN", "NNS", "NNP", "NNPS"), "N"),
    **dict.fromkeys(("JJ", "JJR", "JJS"), "A"),
    **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"), "V"),
    **dict.fromkeys(("RB", "RBR", "RBS", "RP"), "R"),
    "IN": "P",
    "TO": "T",
    **dict.fromkeys(("DT", "PDT", "PRP$", "POS", "WP$"), "D"),
    "CC": "C",
}
#: The tags whose class the context rules of :func:`word_classes` may change.
_RECLASSED = frozenset(("VBG", "VBN", "NN", *(t for t, c in _PENN_CLASS.items() if c == "A")))
#: After these a participle reads as an adjective, and a gerund or an adjective as a noun.
_MODIFIED = frozenset("DA")
#: After these a gerund with no object reads as a noun ("rounds of fighting").
_PREPOSITION = frozenset("PT")


@lru_cache(maxsize=1)
def _penn_lexicon() -> dict[str, str]:
    """Word → most frequent Penn tag, from the lexicon file TextBlob ships."""
    path = package_folder("textblob") / "en" / "en-lexicon.txt"
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, tag = line.rstrip("\n").partition(" ")
            if tag and not word.startswith(";;;"):
                out.setdefault(word, tag.split(" ", 1)[0])
    return out


@lru_cache(maxsize=100_000)
def penn_tag(word: str) -> str:
    """The Penn tag of ``word`` out of context: the lexicon's, else a guess from its shape."""
    lexicon = _penn_lexicon()
    tag = lexicon.get(word) or lexicon.get(surface(word))
    if tag:
        return tag
    if not word[:1].isalpha():
        return "CD"
    if word[:1].isupper():
        return "NNP"
    low = word.lower()
    if "-" in low:
        return "JJ"  # long-range, cross-border, so-called
    for suffix, guess in (("ly", "RB"), ("ing", "VBG"), ("ed", "VBN"), ("s", "NNS")):
        if low.endswith(suffix):
            return guess
    return "NN"


def shown_form(word: str) -> str:
    """How a word is shown in a term: lower-cased ("Attack" at a sentence start is "attack"),
    but an acronym, or a capitalised word the lexicon knows no lower-case form of (in American or
    British spelling), keeps its capitals ("Lachin corridor", "UN", "Israeli"; not "Defence");
    apostrophes unified."""
    low = surface(word)
    if word[:1].isupper() and (word.isupper() and len(word) > 1 or not _common(low)):
        return word.replace("’", "'")
    return low


_BRITISH = (("ence", "ense"), ("our", "or"), ("isation", "ization"), ("ise", "ize"),
            ("ising", "izing"), ("ised", "ized"), ("tre", "ter"), ("ogue", "og"))


@lru_cache(maxsize=50_000)
def _common(low: str) -> bool:
    """Is ``low`` a common (lower-case) word of the lexicon, in American or British spelling?"""
    lexicon = _penn_lexicon()
    return low in lexicon or any(b in low and low.replace(b, a) in lexicon for b, a in _BRITISH)


#: Words that open a noun phrase and are never part of a name.
DETERMINERS = frozenset("the a an this that these those its their his her our such some any "
                        "all".split())


def part_of_a_name(previous: str) -> bool:
    """Is ``previous``, the word before a noun, the start of a proper name the noun ends ("the
    Arakan Army", "Free Syrian Army"), not a determiner or a common adjective or participle
    ("the army", "Provincial police", "Special forces")?"""
    return (previous[:1].isupper() and previous[-1:].isalnum()
            and previous.lower() not in DETERMINERS
            and penn_tag(previous.lower()) not in ("JJ", "VBN"))


def word_classes(words: list[str]) -> str:
    """One class letter per word of ``words`` (consecutive tokens of a text)."""
    return tag_classes(list(map(penn_tag, words)))


def tag_classes(tags: Sequence[str]) -> str:
    """:func:`word_classes` of the words with these :func:`penn_tag` tags."""
    out = list(map(_PENN_CLASS.get, tags, repeat("X")))
    last = len(out) - 1
    # only these tags can change class; a change is seen by the next word's rule ("before")
    for i in compress(range(1, last + 1), map(_RECLASSED.__contains__, islice(tags, 1, None))):
        before, tag = out[i - 1], tags[i]
        after = out[i + 1] if i < last else "X"
        if tag == "VBG" and (before in _MODIFIED or before in _PREPOSITION and after not in "DN"):
            out[i] = NOUN  # the fighting, heavy shelling, rounds of fighting
        elif tag == "VBN" and before in _MODIFIED:
            out[i] = ADJECTIVE  # the disputed region
        elif out[i] == ADJECTIVE and before in _MODIFIED and after not in "NA":
            out[i] = NOUN  # the Israeli military said
        elif tag == "NN" and after == "D" and before not in _MODIFIED:
            out[i] = VERB  # to respect the ceasefire
    return "".join(out)


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row[0]})" for row in load_rows("phrase_patterns")))


@lru_cache(maxsize=4096)
def is_phrase(classes: str) -> bool:
    """True when a multi-word term with these word classes reads as a phrase."""
    return _phrase_pattern().fullmatch(classes) is not None
