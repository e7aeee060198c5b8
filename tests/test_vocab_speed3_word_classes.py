"""word_classes visits only the words whose class a context rule may change: the same classes as
applying the rules at every word."""

from __future__ import annotations

import random

from framing.text.word_class import (
    _MODIFIED,
    _PENN_CLASS,
    _PREPOSITION,
    ADJECTIVE,
    NOUN,
    VERB,
    penn_tag,
    tag_classes,
    word_classes,
)

# gerunds, participles, nouns, adjectives, determiners, prepositions and others, so that the rules
# fire and chain ("the disputed heavy shelling", "of fighting the", "to respect the")
WORDS = ("the a its fighting shelling starting disputed wounded killed region army ceasefire "
         "respect border heavy Israeli military of in to and said troops it deliberately "
         "positions 12 Northland").split()


def every_word(words: list[str]) -> str:
    """The context rules applied at every word, in order (each sees the previous word's class
    after its own rule)."""
    tags = [penn_tag(w) for w in words]
    out = [_PENN_CLASS.get(tag, "X") for tag in tags]
    last = len(out) - 1
    for i in range(1, last + 1):
        before, tag = out[i - 1], tags[i]
        after = out[i + 1] if i < last else "X"
        if tag == "VBG" and (before in _MODIFIED or before in _PREPOSITION and after not in "DN"):
            out[i] = NOUN
        elif tag == "VBN" and before in _MODIFIED:
            out[i] = ADJECTIVE
        elif out[i] == ADJECTIVE and before in _MODIFIED and after not in "NA":
            out[i] = NOUN
        elif tag == "NN" and after == "D" and before not in _MODIFIED:
            out[i] = VERB
    return "".join(out)


def test_word_classes_equal_the_rules_applied_at_every_word():
    rng = random.Random(5)
    changed = 0
    for _ in range(3000):
        words = rng.choices(WORDS, k=rng.randint(0, 9))
        got = word_classes(words)
        assert got == every_word(words), words
        changed += got != "".join(_PENN_CLASS.get(penn_tag(w), "X") for w in words)
    assert changed > 500  # the rules did fire (and chain) in many of the sequences


def test_tag_classes_are_the_classes_of_words_with_those_tags():
    words = "the troops resumed fighting near the border".split()
    assert tag_classes([penn_tag(w) for w in words]) == word_classes(words)
    # the tags given are the ones used: "fighting" told to be a plain noun stays a noun
    assert word_classes(["resumed", "fighting"]) == "VV"
    assert tag_classes(["VBD", "NN"]) == "VN"
