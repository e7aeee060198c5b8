"""Sentence segmentation: abbreviations, quotes, line breaks, headings, spans."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from framing.ingest import load_document
from framing.text.segment import split_sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"


def texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Gen. Aliyev in St. Petersburg. They talked.",
         ["Mr. Smith met Gen. Aliyev in St. Petersburg.", "They talked."]),
        ("CHR spokesperson Ma. Theresa Bunag spoke in Sto. Tomas. They listened.",
         ["CHR spokesperson Ma. Theresa Bunag spoke in Sto. Tomas.", "They listened."]),
        ("Lt. Col. Petrosyan and Sgt. Ivanov met Sen. Ruiz and Gov. Lee. Dr. Haro stayed.",
         ["Lt. Col. Petrosyan and Sgt. Ivanov met Sen. Ruiz and Gov. Lee.", "Dr. Haro stayed."]),
        ("U.S. officials said talks failed. The E.U. and the U.N. disagreed.",
         ["U.S. officials said talks failed.", "The E.U. and the U.N. disagreed."]),
        ("Sanctions were imposed by the U.S. The move angered Baku.",
         ["Sanctions were imposed by the U.S.", "The move angered Baku."]),
        ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
        ("The quake measured 6.5 on the scale. It hit at 5 p.m. local time.",
         ["The quake measured 6.5 on the scale.", "It hit at 5 p.m. local time."]),
        ("He paused... and then spoke. Wait… The army moved.",
         ["He paused... and then spoke.", "Wait…", "The army moved."]),
        ("It began on Jan. 5 and Sept. 12 saw more. Armenia vs. Azerbaijan, e.g. Baku, etc. "
         "The end.",
         ["It began on Jan. 5 and Sept. 12 saw more.",
          "Armenia vs. Azerbaijan, e.g. Baku, etc.", "The end."]),
        ("Troops held Hill No. 3 until 1991. 30,000 people died.",
         ["Troops held Hill No. 3 until 1991.", "30,000 people died."]),
        ("Baku denied it, i.e. Northland lied. Yerevan disagreed.",
         ["Baku denied it, i.e. Northland lied.", "Yerevan disagreed."]),
    ],
    ids=["titles", "philippine-titles", "military-titles", "initialisms", "initialism-ends",
         "initial", "decimal", "ellipsis", "months-vs-eg", "number", "ie"],
)
def test_full_stops_and_abbreviations(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said it wanted “security in the region.” Baku disagreed.",
         ["The ministry said it wanted “security in the region.”", "Baku disagreed."]),
        ('He shouted "Enough!" Then he left. Was it over?\' she asked. Maybe.',
         ['He shouted "Enough!"', "Then he left.", "Was it over?' she asked.", "Maybe."]),
        ("“Why?” he asked. “Because,” she said.", ["“Why?” he asked.", "“Because,” she said."]),
        ("The talks failed (again.) Next came war.",
         ["The talks failed (again.)", "Next came war."]),
        ("The talks (held in Moscow.) failed.", ["The talks (held in Moscow.) failed."]),
    ],
    ids=["curly-quote", "straight-quotes", "question-lowercase", "bracket", "bracket-inside"],
)
def test_closing_quotes_and_brackets_belong_to_the_sentence(text, expected):
    assert texts(text) == expected


def test_paragraph_and_short_line_breaks_end_sentences():
    text = "Shelling in the north\n\nTroops advanced,\n\nthen stopped\nNo casualties\nCalm now"
    sentences = split_sentences(text)
    assert texts(text) == ["Shelling in the north", "Troops advanced,", "then stopped",
                           "No casualties", "Calm now"]
    assert [s.heading for s in sentences] == [True, False, True, True, True]


def test_hard_wrapped_lines_are_joined():
    text = ("Northland said on Tuesday that its forces had repelled an attack by\n"
            "Southland near the border, and that the situation remained tense\n"
            "along the whole front. The ministry gave no figures.")
    assert texts(text) == [
        text[: text.index(" The ministry")], "The ministry gave no figures."]
    assert not any(s.heading for s in split_sentences(text))


def test_subheading_between_paragraphs_is_a_heading():
    text = "The army advanced.\n\nCalls to Moscow\n\nThe EU called for calm. Both sides agreed."
    sentences = split_sentences(text)
    assert texts(text) == ["The army advanced.", "Calls to Moscow", "The EU called for calm.",
                           "Both sides agreed."]
    assert [s.heading for s in sentences] == [False, True, False, False]


def test_line_ending_in_colon_or_comma_is_not_a_heading():
    sentences = split_sentences("He said:\n\n“We will respond.”")
    assert [s.heading for s in sentences] == [False, False]


def test_spans_are_trimmed_ordered_and_skip_separators():
    text = "  \n\nSpaced.   Out.  \n\n* * *\n\n  Last one here.\n"
    sentences = split_sentences(text)
    assert texts(text) == ["Spaced.", "Out.", "Last one here."]
    assert [s.index for s in sentences] == [0, 1, 2]
    for a, b in zip(sentences, sentences[1:], strict=False):
        assert a.end <= b.start
    assert split_sentences("") == [] and split_sentences(" \n\n ") == []


def test_numbered_list_markers_stay_with_their_item():
    assert texts("1. First item here.\n2. Second item here.") == [
        "1. First item here.", "2. Second item here."]


def test_seed_sentences_and_headings():
    doc = load_document(SEED)
    sentences = split_sentences(doc.text)
    paragraphs = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
    assert len(sentences) == len(paragraphs) == 22  # every paragraph is one sentence
    assert [s.index for s in sentences if s.heading] == [0, 11]
    assert doc.text[sentences[0].start:sentences[0].end] == doc.title
    assert doc.text[sentences[11].start:sentences[11].end] == "Calls to Moscow"
    third = doc.text[sentences[3].start:sentences[3].end]
    assert third.endswith("by Azerbaijani forces.”")
    assert all(doc.text[s.start:s.end] == doc.text[s.start:s.end].strip() for s in sentences)


def test_a_capital_letter_after_a_lower_case_word_is_a_word_not_an_initial():
    from framing.text.segment import split_sentences

    text = "He dismissed it in a post on X. Eritrea has repeatedly accused Ethiopia."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "He dismissed it in a post on X.", "Eritrea has repeatedly accused Ethiopia."]
    text = "John F. Kennedy said so. Then he left."
    assert len(split_sentences(text)) == 2


def test_sentence_end_is_tried_only_at_a_runs_first_terminator():
    # Tried at every offset of "......" with no white space after it, the greedy run was re-read
    # from each point: a 50 KB line of dots took 25 s. A match may now open only where the run
    # does, and finds there what it found before.
    from framing.text.segment import _BOUNDARY

    assert _BOUNDARY.search("Valdoria said" + "." * 1000 + " Next", 14) is None
    first = re.compile(r"([.!?…]+)([\"'”’»)\]]*)\s+")
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice("a.!?…” \n") for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in _BOUNDARY.finditer(text)] == \
            [m.span() for m in first.finditer(text)], text
