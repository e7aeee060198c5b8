"""A state against an armed group (:func:`framing.attribution.speaker_actors.organ_side`): the
state's organs (army, police, ministers) speak for the state, bare fighters and what an armed
group goes by for the armed group, and neither where the sides' kinds do not say so.
"""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import UNKNOWN, Document, Side, SideSet
from tests.helpers import simple_sentences

STATE_VS_GROUP = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northlander"], "state"),
           Side("front", "Liberation Front", ["Liberation Front", "rebels"], "non_state")],
    third_parties=[Side("sudia", "Sudia", ["Sudia"], "state")],
)


def run_state(text: str, sides: SideSet = STATE_VS_GROUP):
    return attribute(Document("t", text), simple_sentences(text), sides)


@pytest.mark.parametrize("speaker", ["the military", "an army spokesman", "the president",
                                     "Defence Minister Ivo Dal", "Prime Minister Ivo Dal",
                                     "police", "Provincial Governor Ivo Dal"])
def test_a_state_organ_speaks_for_the_state_not_the_side_named_before(speaker):
    text = (f"The rebels fired rockets at border towns overnight. "
            f"Most were shot down, {speaker} said.")
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


def test_a_state_organ_after_a_third_party_stays_with_the_third_party():
    text = "Sudia closed the crossing on Monday. The army said it would stay closed."
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("sudia", "title")


def test_identified_himself_as_is_no_subordinate_report_and_the_air_force_is_the_states():
    text = ("In an audio message, a man who identified himself as a Liberation Front spokesman "
            "said the commander was alive and accused the air force of bombing fishermen.")
    found = run_state(text)
    assert [(s.speaker, s.side, s.verb, s.target) for s in found] == [
        ("a man who identified himself as a Liberation Front spokesman", "front", "say", None),
        ("a man who identified himself as a Liberation Front spokesman", "front", "accuse",
         "northland")]


def test_a_peacekeeping_force_is_no_state_organ():
    st = run_state("The peacekeeping force said one of its positions had been hit.")[-1]
    assert st.side == UNKNOWN


def test_in_an_article_filed_from_the_state_its_organs_stay_the_states():
    text = ("TARSK, Northland (AP) — Rebels withdrew toward Sudia. "
            "Governor Ivo Dal said the state would support the families.")
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


@pytest.mark.parametrize("kinds", [("state", "state"), (None, "non_state"), (None, None)])
def test_the_state_rule_needs_one_side_that_is_a_state(kinds):
    sides = SideSet([Side(s.id, s.name, s.aliases, k)
                     for s, k in zip(STATE_VS_GROUP.sides, kinds, strict=True)],
                    STATE_VS_GROUP.third_parties)
    text = "The rebels fired rockets at border towns overnight. Most were shot down, the army said."
    st = run_state(text, sides)[-1]
    assert (st.side, st.resolution) == ("front", "title")  # the side named before it


@pytest.mark.parametrize("speaker", ["The militants", "The insurgents", "The jihadists"])
def test_bare_fighters_against_a_state_speak_for_the_armed_group(speaker):
    text = f"Northland troops raided a camp. {speaker} said only four of their men had died."
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("front", "armed_group")


@pytest.mark.parametrize("speaker, side", [
    ("The movement’s secretary general Ivo Dal", "front"),  # what an armed group owns
    ("The Front", "front"),
    ("The army's spokesman", "northland"),
    ("The Front's representative in Sudia", "front"),  # whose, not where
    ("Provincial police chief Ivo Dal", "northland"),  # a common adjective before an organ
])
def test_organs_owned_and_qualified(speaker, side):
    st = run_state(f"Northland troops raided a camp. {speaker} said four men had died.")[-1]
    assert (st.speaker, st.side) == (speaker, side)


def test_against_a_side_of_unknown_kind_the_army_is_the_states_and_the_group_the_others():
    # a side neither the file nor the gazetteer gives a kind is taken for an armed group when
    # the other is a state ("FACT" against Chad)
    sides = SideSet([STATE_VS_GROUP.sides[0], Side("front", "Liberation Front", ["rebels"])])
    text = ("The rebels fired rockets at border towns overnight. "
            "Most were shot down, the junta said. The group said it had hit a base.")
    army, group = run_state(text, sides)
    assert (army.side, army.resolution) == ("northland", "state")
    assert (group.side, group.resolution) == ("front", "armed_group")


def test_between_two_sides_of_unknown_kind_the_group_is_no_ones():
    sides = SideSet([Side("north", "Northland", ["Northland"]),
                     Side("front", "Liberation Front", ["rebels"])])
    text = "The rebels fired rockets at border towns overnight. The group said it had hit a base."
    assert run_state(text, sides)[-1].side == UNKNOWN


def test_an_army_in_a_proper_name_is_not_the_states():
    text = ("The rebels fired rockets at border towns overnight. "
            "The Ridge Army said it had not taken part.")
    st = run_state(text)[-1]
    assert st.resolution != "state"


@pytest.mark.parametrize("speaker", ["the group", "the militant group", "the Iran-backed group"])
def test_what_an_armed_group_goes_by_speaks_for_it_against_a_state(speaker):
    sides = SideSet(STATE_VS_GROUP.sides, [Side("iran", "Iran", ["Iran"])])
    text = (f"Northland jets struck the valley overnight. "
            f"The rebels shelled a checkpoint in response, {speaker} said.")
    st = run_state(text, sides)[-1]
    assert (st.speaker, st.side, st.resolution) == (speaker, "front", "armed_group")


@pytest.mark.parametrize("speaker", ["a rights group", "the protest movement"])
def test_a_group_that_is_no_armed_group_speaks_for_no_side(speaker):
    text = f"Northland jets struck the valley overnight. Ten people were killed, {speaker} said."
    st = run_state(text)[-1]
    assert (st.speaker, st.side) == (speaker, UNKNOWN)


def test_an_organisation_named_before_a_state_organ_does_not_own_it():
    sides = SideSet(STATE_VS_GROUP.sides, [Side("un", "United Nations", ["UN"])])
    text = ("The UN said 40 people were killed. "
            "Army chief Ivo Dal vowed to drive the rebels from the valley.")
    st = run_state(text, sides)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


def test_an_accused_state_organ_is_the_states():
    st = run_state("The rebels accused the army of bombing the market.")[0]
    assert (st.side, st.verb, st.target) == ("front", "accuse", "northland")
