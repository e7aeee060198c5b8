"""Where a speaker phrase begins and ends in wire copy (each case from an error on a held-out
gold set): long titles, anonymity formulas, how a speaker was reached, datelines, appositives
with relative clauses or accented names, and the adverbs and clauses that are not part of the
speaker.
"""

from __future__ import annotations

import pytest

from tests.helpers import attributed_segmented as run


def test_a_long_titled_speaker_after_the_content():
    text = ("The rebels are down to one front, Armed Forces of Southland (AFS) chief Gen. Leo "
            "Abes said on Monday.")
    (st,) = run(text)
    assert st.text == "The rebels are down to one front"
    assert st.speaker.endswith("Leo Abes") and st.side == "southland"


def test_a_speaker_with_a_participle_aside_is_not_content_of_an_inverted_report():
    text = ("A Southland official, speaking on condition of anonymity, said the Northland reply "
            "amounted to a rejection.")
    (st,) = run(text)
    assert st.speaker.startswith("A Southland official") and st.side == "southland"
    assert st.text == "the Northland reply amounted to a rejection"


def test_a_long_formula_of_anonymity_after_the_speaker():
    text = ("A Northland diplomat who asked not to be named because he was not authorised to "
            "speak to the media said the talks would resume.")
    (st,) = run(text)
    assert st.speaker.startswith("A Northland diplomat") and st.side == "northland"
    assert st.text == "the talks would resume"


@pytest.mark.parametrize("dateline, speaker", [
    ("Taipei, March 20 (CNA) ", "Coast Guard chief Lee Yu"),
    ("SEOUL, Nov. 10 (Yonhap) -- ", "The Southland army"),
    ("Mekelle – ", "An official of the Southland administration"),
])
def test_more_dateline_styles_are_not_part_of_the_speaker(dateline, speaker):
    (st,) = run(f"{dateline}{speaker} said the cable had been cut.")
    assert st.speaker == speaker


def test_a_speaker_of_eleven_words_before_said_that():
    text = ("A spokesperson for the Southland Affairs Office of the State Council said "
            "Saturday that the talks had failed.")
    (st,) = run(text)
    assert st.text == "the talks had failed" and st.side == "southland"


def test_a_capitalised_verb_form_after_a_quotation_is_part_of_the_speakers_name():
    (st,) = run("“The attack was cowardly,” Northland's State Security Service said.")
    assert (st.speaker, st.verb, st.side) == ("Northland's State Security Service", "say",
                                              "northland")


@pytest.mark.parametrize("aside", ["reached by telephone", "contacted by AFP",
                                   "when asked about the attack", "known by the alias Jacobo",
                                   "as the movement formally calls itself"])
def test_how_a_speaker_was_reached_is_a_parenthetical(aside):
    (st,) = run(f"A Southland commander, {aside}, said the group was ready to talk.")
    assert (st.speaker, st.side) == ("A Southland commander", "southland")


@pytest.mark.parametrize("text, speaker", [
    ("Some residents of the town of Tarsk, where the LF once recruited hundreds of fighters, told "
     "The Associated Press they feared the returns.", "Some residents of the town of Tarsk"),
    ("Some residents of the town of Tarsk, who lived through the siege, told The Associated "
     "Press they feared the returns.", "Some residents of the town of Tarsk"),
    ("Irena Voss, whose son was among the eight, said she would not let him out of her sight.",
     "Irena Voss"),
])
def test_a_relative_clause_after_the_subject_is_a_parenthetical(text, speaker):
    (st,) = run(text)
    assert st.speaker == speaker
    assert st.text.startswith(("they feared", "she would not"))


@pytest.mark.parametrize("text, speaker", [
    ("Srpska Lista, the main party of Northland's Serbs, which is backed by Southland, said its "
     "members had boycotted the vote.", "Srpska Lista, the main party of Northland's Serbs"),
    ("ECOWAS, the regional bloc that Northland left last year, said it was gravely concerned.",
     "ECOWAS, the regional bloc"),
])
def test_an_appositive_with_a_relative_clause_keeps_the_name(text, speaker):
    (st,) = run(text)
    assert st.speaker == speaker


def test_a_manner_adverb_is_not_part_of_the_speaker():
    (st,) = run("Northland's foreign minister Ivo Dal strongly condemned the attack.")
    assert st.speaker == "Northland's foreign minister Ivo Dal" and st.side == "northland"


def test_an_anonymity_clause_after_an_inverted_speaker_is_left_out():
    text = ("“People are afraid to return to their gardens,” said a church worker in Arvel who "
            "asked to be identified only by his first name, Yosias.")
    (st,) = run(text)
    assert st.speaker == "a church worker in Arvel"
    assert st.text == "People are afraid to return to their gardens"


@pytest.mark.parametrize("tail, speaker", [
    ("said Anna Lind, a researcher at the Great Lakes Policy Institute in Nairobi.",
     "Anna Lind, a researcher at the Great Lakes Policy Institute in Nairobi"),
    ("said General Ivo Dal, Northland's defence minister, after talks in Arvel on Saturday.",
     "General Ivo Dal, Northland's defence minister"),
])
def test_an_inverted_speaker_after_the_content_keeps_its_appositive(tail, speaker):
    (st,) = run(f"Southland will send troops to help secure the border, {tail}")
    assert st.speaker == speaker
    assert st.text == "Southland will send troops to help secure the border"


def test_an_appositive_name_may_begin_with_an_accented_letter():
    text = ("Northland's interior minister, Léonidas Bigirimana, warned that the country would "
            "respond to any further aggression.")
    (st,) = run(text)
    assert (st.speaker, st.side) == ("Northland's interior minister, Léonidas Bigirimana",
                                     "northland")


def test_an_inverted_speakers_appositive_may_open_with_a_title_and_for():
    text = ("The fighting erupted near the town after soldiers acted on a tip, said Lieutenant "
            "Colonel Ramon Dizon, spokesman for the Northland army's Western Command.")
    (st,) = run(text)
    assert st.speaker.endswith("spokesman for the Northland army's Western Command")
    assert st.side == "northland"


def test_a_central_bank_is_a_speaker():
    # "the central bank in Nordia" was no plausible speaker: its report was lost
    found = run("Northland bonds fell for a third day, and the central bank in Nordia said it was "
                "watching markets closely.")
    assert [(s.speaker, s.side, s.text) for s in found] == [
        ("the central bank in Nordia", "northland", "it was watching markets closely")]
