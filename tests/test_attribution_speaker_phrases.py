"""Where a speaker phrase begins and ends (:mod:`framing.attribution.speaker_phrase`):
appositives, parentheticals and relative clauses before and after the verb, inverted speakers
("…,” said X, a spokeswoman for …), and what a side named in the phrase says of the speaker.
"""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.config import AnalysisConfig
from framing.model import BOTH, UNKNOWN, Document, Side, SideSet
from framing.text.segment import split_sentences
from tests.helpers import DEFAULT_SIDES, attributed_segmented, simple_sentences
from tests.helpers import attributed as run
from tests.helpers import attributed_one as one


@pytest.mark.parametrize("appositive,side,resolution", [
    ("head of research at a Northland brokerage", "northland", "named"),
    # a side named only as where a private person is says nothing of whom they speak for
    ("chief economist at a bank in Southland", "unknown", "unresolved"),
    ("an analyst in Southland", "unknown", "unresolved"),
])
def test_an_inverted_speakers_appositive_names_their_side(appositive, side, resolution):
    # the appositive is part of the speaker phrase: a private person's side comes from it
    st = one(f"“Prices will rise,” said Petra Kovar, {appositive}.")
    assert st.speaker == f"Petra Kovar, {appositive}"
    assert (st.side, st.resolution) == (side, resolution)


@pytest.mark.parametrize("speaker, key", [
    ("his mother, Irena Voss", "Irena Voss"),
    ("the hospital's director, Dr Emil Sorens", "Emil Sorens"),
])
def test_a_name_after_an_inverted_speakers_description_is_theirs(speaker, key):
    st = one(f"“A hospital should not have a side,” said {speaker}.")
    assert (st.speaker, st.speaker_key) == (speaker, key)


def test_a_titles_point_does_not_end_an_inverted_speaker():
    # "said Dr" had cut the speaker at the title's point
    [st] = attributed_segmented(
        "“Prices will rise,” said Dr. Ana Berri, a security analyst at a Nordia think tank.")
    assert st.speaker == "Dr. Ana Berri, a security analyst at a Nordia think tank"
    # where one who studies works is no side of theirs (as "a security analyst in Nordia")
    assert (st.side, st.speaker_key) == ("unknown", "Ana Berri")


def test_a_relative_clause_after_an_inverted_speaker_is_not_an_appositive():
    st = one("“I was holding a baby,” said nurse Katya Ruml, who was treated in Southland.")
    assert st.speaker == "nurse Katya Ruml"


@pytest.mark.parametrize("text", [
    "Interior Minister Oren Vask of Northland, speaking in Nordia, said the rebels retreated.",
    "A Northland border official, who spoke on condition of anonymity, said the crossing closed.",
])
def test_parenthetical_between_speaker_and_verb(text):
    st = one(text)
    assert st.side == "northland" and not st.speaker.startswith(("speaking", "who"))


def test_appositive_after_an_inverted_speaker():
    st = one("“We will hold the town,” said Asha Ndoro, a spokeswoman for Southland.")
    assert st.side == "southland" and st.speaker.startswith("Asha Ndoro, a spokeswoman")


@pytest.mark.parametrize("text, speaker, side, content", [
    ("The UN envoy, Ada Rell, has warned that the truce is at risk.",
     "The UN envoy, Ada Rell", "un", "the truce is at risk"),
    ("The Southland Front, for its part, blamed Northland for the breakdown.",
     "The Southland Front", "southland", "Northland for the breakdown"),
    ("Northland and the Southlanders said in a joint statement issued through UN mediators on "
     "Sunday that they had agreed to extend the truce.",
     "Northland and the Southlanders", BOTH, "they had agreed to extend the truce"),
    ("The two countries’ security services said the border was calm.",
     "The two countries’ security services", BOTH, "the border was calm"),
])
def test_speakers_with_asides(text, speaker, side, content):
    st = run(text)[0]
    assert (st.speaker, st.side, st.text) == (speaker, side, content)


@pytest.mark.parametrize("text, speaker, side", [
    ("Southland's Tasnim news agency quoted an informed source as saying the general was alive.",
     "an informed source", "southland"),
    ("The Maoists, however, claimed in a statement that the camp was illegal.",
     "The Maoists", UNKNOWN),
    ("A senior Northland official, briefing reporters on condition of anonymity, said the deal "
     "was done.", "A senior Northland official", "northland"),
])
def test_quoted_as_saying_and_parentheticals(text, speaker, side):
    st = run(text)[0]
    assert (st.speaker, st.side) == (speaker, side)


def test_a_coalition_after_an_opening_adverbial_is_a_speaker():
    found = run("Earlier this month, the coalition accused Southland of shelling villages, while "
                "the group blamed Northland for a strike.")
    assert [(s.speaker, s.verb) for s in found] == [("the coalition", "accuse"),
                                                    ("the group", "blame")]


@pytest.mark.parametrize("text, speaker, side", [
    ("Ivo Dal, the Northland defence minister, said the bridge was open.",
     "Ivo Dal, the Northland defence minister", "northland"),
    ("A Southland army spokesman, Colonel Ivo Dal, said the bridge was open.",
     "A Southland army spokesman, Colonel Ivo Dal", "southland"),
    ("Ivo Dal, head of the Northland media office, said the bridge was open.",
     "Ivo Dal, head of the Northland media office", "northland"),  # no article
])
def test_an_appositive_before_the_verb_is_part_of_the_speaker(text, speaker, side):
    st = one(text)
    assert (st.speaker, st.side, st.text) == (speaker, side, "the bridge was open")


@pytest.mark.parametrize("text", [
    "“We will not surrender,” said Ivo Dal on Tuesday.",
    "“We will not surrender,” said Ivo Dal in a statement.",
    "“We will not surrender,” said Ivo Dal as Southland troops advanced.",
    "'We will not surrender,' says Ivo Dal as Southland advances",  # a headline's quote marks
])
def test_an_inverted_speaker_ends_before_an_adverbial_or_a_clause(text):
    st = one(text)
    assert (st.speaker, st.text, st.direct) == ("Ivo Dal", "We will not surrender", True)


@pytest.mark.parametrize("text, speaker, content", [
    ("A rival faction, the Ridge Front, said it remained committed to talks.",
     "A rival faction, the Ridge Front", "it remained committed to talks"),
    ("Northland’s presidential aide, Ivo Dal, said Nordia expected the first trains by 2028.",
     "Northland’s presidential aide, Ivo Dal", "Nordia expected the first trains by 2028"),
])
def test_a_speaker_with_an_appositive_before_said_is_no_content(text, speaker, content):
    assert [(s.speaker, s.text) for s in run(text)] == [(speaker, content)]


def test_a_speaker_after_the_content_may_have_an_appositive():
    st = one("Northland forces killed 40 fighters in a raid near Tarsk, the regional governor "
             "of Velka, Ivo Dal, said on Wednesday.")
    assert (st.speaker, st.text) == ("the regional governor of Velka, Ivo Dal",
                                     "Northland forces killed 40 fighters in a raid near Tarsk")
    st = one("Troops shelled Lunev, Tarsk and Velka, the army said.")
    assert (st.speaker, st.text) == ("the army", "Troops shelled Lunev, Tarsk and Velka")


def test_told_parliament_and_according_to_a_source_with_an_appositive():
    told = one("Southland does not accept the court, Foreign Minister Ivo Dal told parliament.")
    assert (told.speaker, told.text) == ("Foreign Minister Ivo Dal",
                                         "Southland does not accept the court")
    source = one("At least 40 people were killed, according to the Tarsk Doctors Network, "
                 "a medical group.")
    assert source.speaker == "the Tarsk Doctors Network, a medical group"


@pytest.mark.parametrize("text, speaker, side", [
    ("Northland officials who spoke on condition of anonymity said the talks had failed.",
     "Northland officials who spoke on condition of anonymity", "northland"),
    ("Residents who fled to Tarsk said the fighting lasted five hours.",
     "Residents who fled to Tarsk", "unknown"),
    ("The talks had failed, two diplomats who declined to be named said.",
     "two diplomats who declined to be named", "unknown"),
])
def test_people_may_carry_a_short_relative_clause(text, speaker, side):
    st = one(text)
    assert (st.speaker, st.side) == (speaker, side)


def test_a_thing_with_a_relative_clause_is_no_speaker():
    assert run("The conflict, which has claimed 6,500 lives, ended in a truce.") == []
    assert run("The town which was shelled said nothing.") == []


def test_a_parenthetical_led_by_phrase_is_skipped():
    st = one("The Southland Front, led by Ivo Dal, accused Northland of bombing the market.")
    assert (st.speaker, st.side, st.verb) == ("The Southland Front", "southland", "accuse")


def test_a_long_appositive_after_a_quotation_is_the_speakers():
    text = ("“We have shot down five aircraft,” Lt. Gen. Ivo Dal, the director general of the "
            "Northland army's media wing, told a news conference in Nordia.")
    [st] = run(text, split_sentences(text))  # "Lt." and "Gen." end no sentence
    assert (st.side, st.text) == ("northland", "We have shot down five aircraft")
    assert st.speaker.endswith("media wing")


def test_a_relative_clause_in_an_inverted_speakers_appositive_is_not_the_speaker():
    text = ("“Mothers on both sides want the same thing,” said Vera Hollis, a Southland woman "
            "whose brother has been held in Nordia for two years.")
    st = one(text)
    assert (st.speaker, st.side) == ("Vera Hollis, a Southland woman", "southland")


def test_according_to_an_officer_with_abbreviated_ranks():
    from framing.pipeline import analyze

    text = ("Northland troops repelled an attack, killing 41 insurgents, according to Lt. Col. "
            "Ivo Dal, a spokesman for the operation. Southland denied it.")
    st = analyze(Document("t", text), sides=DEFAULT_SIDES,
                 config=AnalysisConfig(analyzers=())).statements[0]
    assert st.speaker == "Lt. Col. Ivo Dal, a spokesman for the operation"


@pytest.mark.parametrize("text, speaker", [
    ("Southland has long accused Northland of arming the rebels.", "Southland"),
    ("Northern officials have long denied supporting the rebels.", "Northern officials"),
    ("“We will stay,” said Minister Long.", "Minister Long"),  # a name, not "has long"
])
def test_has_long_is_no_part_of_the_speaker(text, speaker):
    assert one(text).speaker == speaker


KESTRIA_ARVEL = SideSet([Side("kestria", "Kestria", ["Kestria", "Kestrian"]),
                         Side("arvel", "Arvel", ["Arvel", "Arvelian"])])


@pytest.mark.parametrize(("text", "speaker", "side"), [
    ("Meanwhile, Kestria — the smaller of the two — said it would not withdraw.", "Kestria",
     "kestria"),
    ("Kestria -- the smaller of the two -- has said it would not withdraw.", "Kestria", "kestria"),
    # a side named only in the aside still resolves the speaker
    ("Ivo Dal – the Kestrian defence minister – said it would not withdraw.", "Ivo Dal",
     "kestria"),
    ("Meanwhile, Kestria, the smaller of the two, said it would not withdraw.",
     "Kestria, the smaller of the two", "kestria"),
])
def test_an_aside_between_dashes_is_no_part_of_the_speaker(text, speaker, side):
    text = "Arvel said the pass was closed. " + text
    last = attribute(Document("t", text), simple_sentences(text), KESTRIA_ARVEL)[-1]
    assert (last.speaker, last.speaker_key, last.side, last.text) == (
        speaker, speaker.split(",")[0], side, "it would not withdraw")
