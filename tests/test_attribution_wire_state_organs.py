"""A state against an armed group in wire copy (each case from an error on a held-out gold
set): officials, offices and organs of the state, the armed group's fighters and officials, their
speaker phrases, and state media speaking for their state
(:mod:`framing.attribution.state_media`).
"""

from __future__ import annotations

import pytest

from framing.model import Side, SideSet
from tests.helpers import DEFAULT_SIDES
from tests.helpers import attributed_segmented as run

STATE_VS_GROUP = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northlandic"], "state"),
           Side("front", "Liberation Front", ["Liberation Front"], "non_state")],
    third_parties=[Side("sudia", "Sudia", ["Sudia"], "state")],
)


@pytest.mark.parametrize("speaker", [
    "A senior official of the militant group", "A spokesman for the group, Omar Dask,",
])
def test_an_official_of_the_group_speaks_for_the_armed_group(speaker):
    text = (f"The Liberation Front attacked a convoy on Monday. {speaker} said the convoy "
            "carried weapons.")
    st = run(text, STATE_VS_GROUP)[-1]
    assert (st.speaker, st.side) == (speaker.rstrip(","), "front")


@pytest.mark.parametrize("speaker", ["Northlandic rebels", "Northlandic insurgents"])
def test_rebels_named_after_the_state_are_the_armed_groups(speaker):
    text = f"{speaker} said they had entered the city of Arvel."
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == (speaker, "front")


def test_the_states_army_is_still_the_states():
    (st,) = run("The Northlandic army said it had left the city of Arvel.", STATE_VS_GROUP)
    assert st.side == "northland"


KOREAS = SideSet(
    sides=[Side("north_korea", "North Korea", ["North Korea", "North Korean", "Pyongyang"]),
           Side("south_korea", "South Korea", ["South Korea", "South Korean", "Seoul"])],
    third_parties=[Side("china", "China", ["China", "Chinese", "Beijing"])],
)


@pytest.mark.parametrize("text, side", [
    ("SEOUL, Nov. 10 (Yonhap) -- The official Korean Central News Agency said South Korean "
     "warships had entered the North's waters.", "north_korea"),
    ("“The puppet navy is provoking us,” KCNA said.", "north_korea"),
    ("The official Xinhua news agency said talks would resume.", "china"),
    ("KCNA quoted a military spokesman as saying the drills were a rehearsal for war.",
     "north_korea"),
])
def test_a_state_medium_speaks_for_its_state(text, side):
    st = run(text, KOREAS)[0]
    assert st.side == side


def test_a_state_medium_of_a_state_that_is_no_actor_speaks_for_no_one():
    (st,) = run("TASS said the talks would resume.", KOREAS)
    assert st.side == "unknown"


def test_fighters_against_a_state_are_the_armed_groups():
    text = "In a video posted online, separatist fighters said they had attacked the convoy."
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == ("separatist fighters", "front")


def test_a_clause_after_an_inverted_said_is_no_speaker():
    text = ("Front spokesman Jeeyand Baloch, in a statement released on Saturday, said the "
            "fighters also captured a Northland soldier, who would be tried in a rebel court.")
    (st,) = run(text, STATE_VS_GROUP)
    assert st.speaker == "Front spokesman Jeeyand Baloch"
    assert st.text.startswith("the fighters also captured a Northland soldier")


def test_the_group_is_never_the_state_that_opens_the_content():
    text = "Northland troops shelled a Front camp on Wednesday, the group's spokesman said."
    (st,) = run(text, STATE_VS_GROUP)
    assert st.side != "northland"


def test_the_president_of_a_civil_society_group_speaks_for_no_side():
    text = ("Front rebels attacked the village of Arvel, according to local civil society. “They "
            "came with machetes,” said the president of the civil society of the Arvel sector, "
            "Samuel Kakule.")
    assert run(text, STATE_VS_GROUP)[-1].side == "unknown"


def test_a_police_spokesman_of_a_place_speaks_for_the_state():
    text = ("Front fighters killed three soldiers in Arvel, the district's police spokesman "
            "said.")
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.side, st.resolution) == ("northland", "state")


def test_an_office_a_name_and_a_parenthetical_before_the_verb_are_one_speaker():
    text = ("Gunmen of the Liberation Front attacked a police station on Sunday. The Arvel State "
            "Police Command spokesperson, SP Chinedu Okafor, who confirmed the incident in a "
            "statement, said operatives repelled the attackers.")
    st = run(text, STATE_VS_GROUP)[-1]
    assert st.speaker == "The Arvel State Police Command spokesperson, SP Chinedu Okafor"
    assert st.side == "northland"


def test_a_ranks_initials_open_an_appositive_name():
    text = ("Northland troops raided a Front camp, according to the police. The command's "
            "spokesperson, ASP Ikenna Nwosu, said two officers were injured.")
    st = run(text, STATE_VS_GROUP)[-1]
    assert st.speaker == "The command's spokesperson, ASP Ikenna Nwosu"
    assert st.text == "two officers were injured"


def test_what_a_body_signed_speaks_for_it():
    text = ("Banners signed by the Liberation Front appeared on bridges in Arvel on Wednesday, "
            "accusing Northland police of protecting a rival gang.")
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == ("Banners", "front")


@pytest.mark.parametrize("office", ["Arvel's security secretary", "The state prosecutor"])
def test_offices_only_a_state_has_speak_for_it_against_an_armed_group(office):
    text = (f"Banners signed by the Liberation Front accused Northland police of protecting a "
            f"rival gang. {office} rejected the accusation and said the messages were an attempt "
            "to sow fear.")
    assert run(text, STATE_VS_GROUP)[-1].side == "northland"


def test_a_parenthetical_through_what_a_body_spoke():
    text = ("The Liberation Front, through its radio station, claimed its fighters had overrun a "
            "Northland camp.")
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == ("The Liberation Front", "front")


def test_an_acronym_alone_as_the_appositive_of_a_description():
    text = ("The UN peacekeeping mission in Arvel, UNMA, condemned the Front for the massacre of "
            "40 people.")
    (st,) = run(text, STATE_VS_GROUP)
    assert st.speaker == "The UN peacekeeping mission in Arvel, UNMA"


@pytest.mark.parametrize("speaker", [
    "Relatives of a farmer killed during a military raid in Arvel",
    "The bloc's commission president, Omar Diarra",
])
def test_an_organ_word_in_a_description_or_a_bodys_office_is_not_the_states(speaker):
    sides = SideSet(STATE_VS_GROUP.sides, [Side("bloc", "Regional Bloc", ["the Regional Bloc"])])
    text = (f"The Regional Bloc called on Northland to hold elections. {speaker} said the Front "
            "had to be stopped.")
    assert run(text, sides)[-1].side != "northland"


def test_the_rebel_group_two_sentences_after_it_spoke_with_no_one_between():
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = ("The Liberation Front said its fighters had overrun a Northland army camp. The army "
            "did not comment. According to the rebel group, at least 20 soldiers were killed.")
    st = run(text, sides)[-1]
    assert (st.speaker, st.side, st.resolution) == ("the rebel group", "front", "group_before")


@pytest.mark.parametrize("speaker", ["The Senior Divisional Officer for Arvel",
                                     "Intelligence officials"])
def test_a_government_office_after_the_armed_group_spoke_is_the_states(speaker):
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = (f"The Liberation Front said it had imposed a lockdown on Arvel. {speaker} said "
            "schools and businesses would remain open.")
    st = run(text, sides)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


def test_the_official_alone_still_refers_back_to_the_speaker_before():
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = ("A senior official of the Liberation Front told Reuters it was studying the proposal. "
            "“We will respond after consulting the other factions,” the official said.")
    assert run(text, sides)[-1].side == "front"


def test_a_district_commissioner_is_a_plausible_speaker_of_the_state():
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = ("The Liberation Front said it had imposed a lockdown on Arvel. The district "
            "commissioner said schools would remain open.")
    st = run(text, sides)[-1]
    assert (st.speaker, st.side) == ("The district commissioner", "northland")


@pytest.mark.parametrize("text, side", [
    ("Andrei Ignatenko, who serves as Southland's top diplomat, said the bloc was taking sides.",
     "southland"),
    ("Masked men claiming to belong to the Liberation Front warned that they would attack "
     "Northland police officers.", "front"),
])
def test_whom_a_speaker_serves_or_claims_to_belong_to(text, side):
    st = run(text, STATE_VS_GROUP if side == "front" else DEFAULT_SIDES)[-1]
    assert st.side == side
    assert st.verb != "claim"


@pytest.mark.parametrize("speaker", ["Arvel Mayor Rosa Quinones", "provincial officials"])
def test_a_mayor_and_provincial_officials_speak_for_the_state(speaker):
    text = f"Gunmen set fire to two buses in Arvel overnight, according to {speaker}."
    assert run(text, STATE_VS_GROUP)[-1].side == "northland"


@pytest.mark.parametrize("text", [
    # the side named last (title), and the speaker just before (previous_speaker)
    "Southland troops shelled the valley. Schools in Tarsk stayed shut. Local officials said "
    "the shelter was full.",
    "The Southland army said the road was closed. According to local officials, shops in Tarsk "
    "have run out of flour.",
])
def test_local_officials_between_two_states_take_no_side_from_context(text):
    # whoever holds Tarsk: neither the side named last nor the speaker before tells
    assert run(text)[-1].side == "unknown"


def test_both_the_army_and_the_armed_group_are_both_sides():
    text = "Both the army and the Liberation Front said they had inflicted heavy losses."
    (st,) = run(text, STATE_VS_GROUP)
    assert st.side == "both"
