"""Word classes and the phrase filter of term counting; word_classes, which visits only the words
whose class a context rule may change, gives the classes of applying the rules at every word."""

import random

import pytest

from framing.analyzers.vocabulary import count_terms, token_runs
from framing.model import Sentence
from framing.text.tokenize import tokenize
from framing.text.word_class import (
    _MODIFIED,
    _PENN_CLASS,
    _PREPOSITION,
    ADJECTIVE,
    NOUN,
    VERB,
    is_phrase,
    part_of_a_name,
    penn_tag,
    shown_form,
    tag_classes,
    word_classes,
)


def _classes(text: str) -> str:
    return word_classes([t.text for t in tokenize(text)])


@pytest.mark.parametrize(("text", "expected"), [
    ("troops shelled the village", "NVDN"),
    ("the fighting", "DN"),  # a gerund after a determiner
    ("heavy shelling", "AN"),
    ("rounds of fighting", "NPN"),  # no object after it: a noun
    ("of starting the fighting", "PVDN"),  # an object after it: a verb
    ("the disputed region", "DAN"),
    ("the Israeli military said", "DANV"),  # an adjective with no noun after it
    ("Israeli military positions", "AAN"),
    ("to respect the ceasefire", "TVDN"),  # a noun before a determiner
    ("it deliberately attacked", "XRV"),
])
def test_word_classes_in_context(text, expected):
    assert _classes(text) == expected


def test_words_outside_the_lexicon_are_classed_by_shape():
    assert penn_tag("Zangezur") == "NNP"
    assert penn_tag("unprovokedly") == "RB"
    assert penn_tag("drone-dropping") == "JJ"
    assert penn_tag("re-shelled") == "JJ"
    assert penn_tag("counterstrikes") == "NNS"


@pytest.mark.parametrize(("classes", "phrase"), [
    ("AN", True), ("NN", True), ("NPN", True), ("NCN", True), ("ACV", True),
    ("RVN", True), ("VDN", True), ("NRV", True), ("VTV", True),
    ("VPV", False),  # broke out following
    ("NXV", False),  # fighting which broke
    ("APV", False),  # interested in ensuring
    ("NPA", False),  # loss of military
    ("VDA", False),  # recaptured a strategic
])
def test_phrase_patterns(classes, phrase):
    assert is_phrase(classes) is phrase


def _counts(text: str):
    return count_terms(token_runs(text, [[0, len(text)]], [Sentence(0, 0, len(text))])).counts


def test_terms_are_phrases_not_fragments_across_two():
    counts = _counts("Fighting which broke out following an attack left dead and wounded "
                     "soldiers and the loss of military positions detained in border clashes.")
    for fragment in ("fight which broke", "broke out follow", "loss of militari",
                     "detain in border", "wound soldier and"):
        assert fragment not in counts
    for phrase in ("follow an attack", "dead and wound", "militari posit", "border clash"):
        assert counts[phrase] == 1
    # every content word still counts on its own
    assert counts["broke"] == counts["militari"] == counts["border"] == 1
    assert "which" not in counts and "out" not in counts


def test_a_phrase_may_end_before_a_noun_only_outside_a_compound():
    counts = _counts("Soldiers were killed in clashes near the border.")
    assert counts["kill in clash"] == 1  # "near" is no noun
    counts = _counts("Soldiers were killed in border clashes.")
    assert "kill in border" not in counts and counts["border clash"] == 1


@pytest.mark.parametrize(("word", "shown"), [
    ("Attack", "attack"),  # a common word capitalised at a sentence start
    ("Tarsk", "Tarsk"), ("Israeli", "Israeli"), ("Monday", "Monday"),  # names keep capitals
    ("UN", "UN"), ("NATO", "NATO"),  # acronyms
    ("Defence", "defence"), ("Centre", "centre"),  # British spellings of common words
    ("Kestria’s", "Kestria's"),
])
def test_shown_form(word, shown):
    assert shown_form(word) == shown


@pytest.mark.parametrize(("previous", "name"), [
    ("Arakan", True), ("Syrian", True), ("Ridge", True),  # "the Arakan Army", "Free Syrian Army"
    ("the", False), ("Such", False), ("Provincial", False), ("Special", False), ("", False),
])
def test_part_of_a_name(previous, name):
    assert part_of_a_name(previous) is name


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
