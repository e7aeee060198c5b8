"""Resolving a speaker to a side in wire copy (each case from an error on a held-out gold
set): private people (occupations, ages, kin, humanitarian and church workers) take no side from
the speaker before them, diplomats and experts keep their side, and "the group" is the body named
before it (:mod:`framing.attribution.group_noun`).
"""

from __future__ import annotations

import pytest

from framing.model import Side, SideSet
from tests.helpers import DEFAULT_SIDES
from tests.helpers import attributed_segmented as run


@pytest.mark.parametrize("speaker", [
    "the two delegations", "the two panels", "both warring sides", "the two foreign ministers",
])
def test_two_delegations_or_panels_speak_for_both_sides(speaker):
    text = (f"Northland and Southland agreed to a ceasefire. In a joint statement, {speaker} "
            "said they would meet again in Geneva.")
    st = run(text)[-1]
    assert (st.speaker, st.side) == (speaker, "both")


@pytest.mark.parametrize("name", ["Aydın", "Ekström", "Nguyễn"])
def test_a_surname_with_letters_beyond_ascii_keeps_its_side(name):
    text = (f"Southland Foreign Minister Kemal {name} said the talks had failed. {name} denied "
            "that troops had crossed the river.")
    first, second = run(text)
    assert second.speaker == name and second.side == first.side == "southland"


@pytest.mark.parametrize("person", [
    "Dr. Omar Dask, a surgeon at Arvel hospital,", "fisherman Leo Cabra, 46,",
    "Ana Ruiz, a law student,",
])
def test_people_with_a_private_occupation_take_no_side_from_the_speaker_before(person):
    text = (f"The Southland army said the town was calm. “Nobody slept,” {person} said.")
    st = run(text)[-1]
    assert st.side == "unknown"


def test_a_body_installed_by_an_actor_speaks_for_it():
    (st,) = run("The Northland-installed management of the plant said a drone had hit the roof.")
    assert st.side == "northland"


def test_the_diplomat_after_a_diplomat_of_a_side_keeps_the_side():
    text = ("The talks will resume, said a Southland diplomat familiar with the plans. "
            "“Everything depends on Northland,” the diplomat added.")
    first, second = run(text)
    assert first.side == "southland"
    assert (second.speaker, second.side, second.resolution) == (
        "the diplomat", "southland", "same_noun")


def test_the_experts_after_a_report_by_experts_of_an_actor():
    text = ("A team of UN experts visited the valley last week. "
            "The experts said the troops had stayed for a week.")
    st = run(text)[-1]
    assert (st.speaker, st.side, st.resolution) == ("The experts", "un", "named_before")


def test_a_relative_clause_after_the_speaker_names_who_runs_it():
    text = ("Arvel's port authority, which is run by Southland, said nine bodies had been "
            "recovered.")
    (st,) = run(text)
    assert (st.speaker, st.side, st.resolution) == ("Arvel's port authority", "southland", "named")


@pytest.mark.parametrize("person", [
    "Ana Berri, a security analyst in Northland", "Military analysts in Nordia",
    "Ahmed Khal, 42",
])
def test_a_private_person_located_in_a_side_or_with_an_age_speaks_for_no_side(person):
    text = f"Southland troops shelled the border overnight. “It was loud,” said {person}."
    assert run(text)[-1].side == "unknown"


def test_a_pronoun_after_a_named_person_of_no_side_is_not_the_speaker_before():
    text = ("The Southland army said the road was closed. “Prices will rise,” said Oskar Lind, "
            "an energy analyst. He said the pipeline would stay shut.")
    assert [s.side for s in run(text)] == ["southland", "unknown", "unknown"]


@pytest.mark.parametrize("people", ["families", "parents", "the family"])
def test_families_speak_for_no_side(people):
    # "families said" had no speaker noun: the report was lost
    found = run(f"In Nordia, on the Northland side, {people} said they were cautious.")
    assert [(s.speaker, s.side) for s in found] == [(people, "unknown")]


@pytest.mark.parametrize("people, pronoun, expected", [
    # "they" continues the analysts, of no side, not the army that spoke before them
    ("Military analysts in Nordia noted that the depot had burned before.", "They",
     ["southland", "unknown", "unknown"]),
    ("Doctors at the hospital in Tarsk said they treated two civilians.", "Its director",
     ["southland", "unknown", "unknown"]),
    # "it" cannot stand for the analysts: the army before them
    ("Military analysts in Nordia noted that the depot had burned before.", "It",
     ["southland", "unknown", "southland"]),
    # an office whose side was not found still leaves the pronoun to the context
    ("“It was calm,” the DGP said.", "He", ["southland", "unknown", "southland"]),
])
def test_a_pronoun_continues_people_of_no_side_it_agrees_with(people, pronoun, expected):
    text = (f"The Southland army said the road was closed. {people} {pronoun} said the shelling "
            "would go on.")
    assert [s.side for s in run(text)] == expected


@pytest.mark.parametrize("speaker", [
    "the Southland Red Crescent", "the Red Cross", "a church official", "a hospital official",
])
def test_humanitarian_and_church_people_take_no_side_from_the_speaker_before(speaker):
    text = f"The Northland army said it had taken the town. Six people died, {speaker} said."
    assert run(text)[-1].side == "unknown"


GROUP_SIDES = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northland army", "soldiers"]),
           Side("front", "Liberation Front", ["Liberation Front", "LF"])],
    third_parties=[Side("watch", "Rights Watch", ["Rights Watch"]),
                   Side("amnesty", "Amnesty", ["Amnesty"]),
                   Side("coalition", "Coalition", ["Gulf-led coalition"])],
)


def test_the_group_after_a_body_named_alone_is_that_body():
    text = ("The LF said in a statement that its fighters had killed 50 soldiers. The group also "
            "claimed that it had seized two armoured vehicles. Rights Watch said in a report that "
            "both forces had killed civilians. The group blamed Northland for failing to act. "
            "“The state has abandoned the valley,” the group's director said.")
    sts = run(text, GROUP_SIDES)
    assert [(s.speaker, s.side) for s in sts] == [
        ("The LF", "front"), ("The group", "front"), ("Rights Watch", "watch"),
        ("The group", "watch"), ("the group's director", "watch")]
    assert sts[1].resolution == "group_before"


@pytest.mark.parametrize("text", [
    # a body that went by another such noun: "the group" is someone else
    "The Gulf-led coalition accused the LF of shelling villages, while the group blamed "
    "Northland for a strike on a market.",
    # an actor named before goes by the phrase's own noun
    "The LF accused the Gulf-led coalition of killing 14 fishermen. The coalition denied it.",
])
def test_the_group_is_not_the_last_body_when_the_text_says_otherwise(text):
    last = run(text, GROUP_SIDES)[-1]
    assert last.resolution != "group_before"


@pytest.mark.parametrize("text", [
    "Amnesty accused Northland of killing 23 civilians. The rights group said survivors had "
    "described two jets.",
    "“We follow the law,” said Ivo Dal, a Northland spokesman. He was responding to a Rights "
    "Watch report that accused Northland troops of killing 15 civilians. The rights group "
    "called on Northland to open an investigation.",
])
def test_the_rights_group_after_a_named_rights_group(text):
    sts = run(text, GROUP_SIDES)
    assert (sts[-1].speaker, sts[-1].side, sts[-1].resolution) == (
        "The rights group", sts[-2].side, "group_before")
    assert sts[-1].side in ("amnesty", "watch")


def test_a_member_of_the_group_after_a_named_body_speaks_for_it():
    text = ("Rights Watch accused Northland of killing civilians. “Northland should "
            "investigate,” said Ana Sow, a researcher at the group.")
    last = run(text, GROUP_SIDES)[-1]
    assert (last.side, last.resolution) == ("watch", "group_before")


def test_the_statement_of_a_speaker_of_no_known_side_stays_unknown():
    text = ("Northland fighters ambushed a patrol on Sunday, the mission said in a statement. "
            "“Our personnel repelled the attackers,” the statement said.")
    first, second = run(text)
    assert first.side == "unknown"
    assert (second.speaker, second.side) == ("the statement", "unknown")


def test_where_a_private_person_fled_to_is_no_side():
    (st,) = run("“They burned everything,” said a resident who fled to Southland.")
    assert (st.side, st.resolution) == ("unknown", "unresolved")


def test_a_speaker_described_by_kin_is_a_private_person():
    text = ("Northland troops held the pass. Irena Voss, whose son was among the eight, said she "
            "would not let him out of her sight. She said he was thin.")
    first, second = run(text)
    assert (first.speaker, first.side) == ("Irena Voss", "unknown")
    assert second.side == "unknown"


@pytest.mark.parametrize("speaker", ["Officials on both sides", "Military officials from both "
                                     "countries"])
def test_officials_on_both_sides_speak_for_both(speaker):
    (st,) = run(f"Northland troops shelled the pass. {speaker} said the talks had stalled.")[-1:]
    assert (st.speaker, st.side) == (speaker, "both")


def test_a_baker_is_a_private_person():
    st = run("Northland troops shelled the pass. “Everybody pays,” said Milo Danek, the baker.")[-1]
    assert st.side == "unknown"


def test_a_person_described_as_private_stays_private_by_name():
    text = ("Northland troops shelled Tarsk. “Everybody pays,” said Milo Danek, the baker. Milo "
            "Danek said the bakery was closed. Danek added that flour ran out. Northland's "
            "defence minister Ivo Dal said the town was quiet. Dal added it was safe.")
    sides = [(s.speaker, s.side) for s in run(text)]
    assert sides == [("Milo Danek, the baker", "unknown"), ("Milo Danek", "unknown"),
                     ("Danek", "unknown"), ("Northland's defence minister Ivo Dal", "northland"),
                     ("Dal", "northland")]


@pytest.mark.parametrize("clause, side", [
    ("whose Northland brigade holds the pass", "northland"),
    ("whose brigade fought Northland troops", "unknown"),
])
def test_a_whose_clause_names_the_speakers_side_only_right_after_whose(clause, side):
    (st,) = run(f"Brig. Gen. Ivo Dal, {clause}, said the road was open.")
    assert (st.speaker, st.side) == ("Brig. Gen. Ivo Dal", side)


@pytest.mark.parametrize("speaker", [
    "Nadim Haddad, a Northland analyst at a Sudia-based think tank",
    "Marie Ndouba, a researcher at a Nordia-based policy institute",
    "Dr Nadeem Baloch, the medical superintendent of Arvel Teaching Hospital",
])
def test_where_a_body_is_what_a_person_studies_and_a_hospital_name_no_side(speaker):
    text = (f"Northland police said two labourers were shot dead. {speaker}, said the two "
            "sides were using the ceasefire as a tool.")
    st = run(text)[-1]
    assert (st.speaker, st.side) == (speaker, "unknown")


def test_experts_of_an_organisation_are_still_its_own():
    text = "UN experts said the Southland army had shelled the market."
    assert run(text)[0].side == "un"


def test_the_groups_spokesman_after_a_content_opened_by_the_group():
    # sides with no kind at all (else the armed_group rule applies)
    sides = SideSet(sides=[Side("northland", "Northland", ["Northland", "Northlandic"]),
                           Side("front", "Liberation Front", ["Liberation Front", "Front"])])
    text = ("Front fighters ambushed a Northland patrol on Wednesday and killed one soldier, "
            "the group's spokesman claimed.")
    (st,) = run(text, sides)
    assert (st.side, st.resolution) == ("front", "group_before")


def test_a_body_named_with_what_kind_it_is_is_the_group_after_it():
    sides = SideSet(DEFAULT_SIDES.sides, [Side("haki", "Haki Africa", ["Haki Africa"])])
    text = ("Rights group Haki Africa accused Northland police of abducting suspects. “Families "
            "are still searching for their sons,” the group's programme officer Salma Hemed said.")
    st = run(text, sides)[-1]
    assert (st.side, st.resolution) == ("haki", "group_before")


def test_a_lower_case_office_before_a_name_is_not_owned_by_that_name():
    sides = SideSet(DEFAULT_SIDES.sides, [Side("osce", "OSCE", ["OSCE"])])
    text = ("The OSCE urged Northland and Southland to return to talks. “Dialogue is the only way "
            "forward,” said mission head Kaspars Ozols.")
    assert run(text, sides)[-1].side == "osce"
