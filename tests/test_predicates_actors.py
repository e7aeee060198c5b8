"""The agent and target of a hostile predicate (:mod:`framing.text.predicate_actors`): a
speaker is no agent, "we", "it" and "they" in reported speech, objects and places of a side,
joined actors, bare forces of a state or an armed group (:mod:`framing.text.forces`), relative
clauses and participles."""

from __future__ import annotations

import pytest

from framing.model import Side, SideSet
from framing.text.predicates import find_predicates
from tests.helpers import IN_PK, RU_UA
from tests.helpers import predicate_hits as hits


def test_speaker_is_not_agent():
    found = hits("Southland said that gunmen attacked the convoy.")
    assert found == [("attack", "active", None, None)]
    found = hits("Northland claims Southlanders attacked its posts.")
    assert found == [("attack", "active", "southland", None)]


def test_first_person_and_enemy_inside_statement():
    text = "The enemy shelled our positions and we pushed back the attackers."
    found = hits(text, speaker="northland")
    assert found[0] == ("shell", "active", "southland", "northland")
    assert found[1][2] == "northland"


def test_subject_before_quote_and_coordination():
    text = "The ministry said Indian troops “surrounded and detained Pakistani soldiers.”"
    start = text.index("surrounded")
    found = find_predicates(text, start, len(text) - 2, IN_PK, speaker="india",
                            context=(0, len(text)))
    assert [(h.lemma, h.agent, h.target) for h in found] == [
        ("surround", "india", "pakistan"), ("detain", "india", "pakistan")]


def test_the_place_of_a_short_object_is_the_target():
    text = "Ukrainian forces shelled a border village in Russia's Kursk region."
    assert hits(text, RU_UA) == [("shell", "active", "ukraine", "russia")]
    # not across a clause: the detained men were questioned in Moscow, not detained there
    text = "Ukrainian forces detained the men who were being questioned in Moscow."
    assert hits(text, RU_UA)[0][3] is None


@pytest.mark.parametrize("text,agent,target", [
    ("its aircraft had struck Ukrainian positions", "russia", "ukraine"),
    ("it had detained 15 Ukrainian soldiers", "russia", "ukraine"),
    ("Ukrainian forces had shelled its positions", "ukraine", "russia"),
])
def test_it_is_the_speaker_in_reported_speech(text, agent, target):
    found = hits(text, RU_UA, speaker="russia", indirect=True)
    assert (found[0][2], found[0][3]) == (agent, target)
    # in a quotation "it" is not the speaker (they would say "we")
    assert None in hits(text, RU_UA, speaker="russia")[0][2:]


def test_its_after_a_named_actor_is_that_actor_not_the_speaker():
    text = "talks could resume if Ukraine stopped its attacks on civilians"
    assert hits(text, RU_UA, speaker="russia", indirect=True) == [
        ("attack", "nominal", None, None)]


def test_the_place_rule_takes_only_a_sides_place():
    text = "Ukrainian forces shelled homes in the Russian town of Sudzha."
    assert hits(text, RU_UA) == [("shell", "active", "ukraine", "russia")]
    # a third party named in a place is no target: "the NATO base road" is a place name
    assert hits("Ukrainian forces shelled homes in the NATO base road.", RU_UA) == [
        ("shell", "active", "ukraine", None)]


# -- where only one side is a state, bare forces belong to a side --------------------------------
STATE_VS_GROUP = SideSet(
    sides=[Side("sudan", "Sudan", ["Sudan", "Sudanese"], "state"),
           Side("rsf", "Rapid Support Forces", ["Rapid Support Forces", "RSF"], "non_state")],
    third_parties=[Side("egypt", "Egypt", ["Egypt", "Egyptian"], "state")],
)


@pytest.mark.parametrize("text, expected", [
    ("Militants attacked an army base near El Fasher.", ("attack", "active", "rsf", "sudan")),
    ("The rebels shelled the troops overnight.", ("shell", "active", "rsf", "sudan")),
    ("RSF fighters attacked Egyptian soldiers.", ("attack", "active", "rsf", "egypt")),
    ("Soldiers killed three of its fighters.", ("kill", "active", "sudan", "rsf")),
    ("Egypt's soldiers fired at the militants.", ("fire on", "active", "egypt", "rsf")),
    # a force noun or a verb between ends the owner's phrase: not the RSF's army
    ("RSF fighters attacked army positions near the town.", ("attack", "active", "rsf", "sudan")),
])
def test_bare_forces_are_the_state_or_the_armed_group(text, expected):
    assert hits(text, STATE_VS_GROUP)[0] == expected


def test_bare_forces_belong_to_no_side_between_two_states():
    assert hits("Militants attacked an army base.", IN_PK) == [
        ("attack", "active", None, None)]


def test_a_word_of_an_actors_name_is_no_act():
    text = "The Rapid Support Forces said the army had attacked the city."
    assert [h[0] for h in hits(text, STATE_VS_GROUP)] == ["attack"]


def test_they_in_reported_speech_is_the_speaker_before_another_actor_is_named():
    assert hits("they had fired dozens of ballistic missiles at Ukrainian bases", RU_UA,
                speaker="russia", indirect=True) == [("fire on", "active", "russia", "ukraine")]


def test_they_is_not_a_speaker_that_is_it():
    found = hits("they had attacked its positions in Donetsk", RU_UA, speaker="russia",
                 indirect=True)
    assert found == [("attack", "active", None, "russia")]


def test_it_as_an_object_is_a_thing_not_the_speaker():
    text = "its troops fired tear gas and then occupied it."
    assert hits(text, RU_UA, speaker="russia", indirect=True) == [
        ("occupy", "active", "russia", None)]


@pytest.mark.parametrize("text", [
    "Ukrainian troops in eastern Russia shelled Russian villages.",
    "Ukrainian troops backed by NATO advisers shelled Russian villages.",
    "Ukrainian drones, backed by intelligence from the U.S.-led coalition, shelled Russian "
    "villages.",
])
def test_the_subject_is_not_an_actor_inside_its_modifier(text):
    assert hits(text, RU_UA) == [("shell", "active", "ukraine", "russia")]


def test_a_subject_that_will_pay_for_an_act_does_it():
    text = "the Northlanders would pay a heavy price for firing at Southland"
    assert hits(text, speaker="southland", indirect=True)[-1] == (
        "fire on", "active", "northland", "southland")


@pytest.mark.parametrize("text, expected", [
    ("Northland and Southland forces shelled UN positions.",
     {("shell", "active", "northland", "un"), ("shell", "active", "southland", "un")}),
    ("UN troops shelled Northland and Southland positions.",
     {("shell", "active", "un", "southland"), ("shell", "active", "un", "northland")}),
    ("UN troops ambushed a convoy of Northland soldiers and Southland fighters.",
     {("ambush", "active", "un", "northland"), ("ambush", "active", "un", "southland")}),
    # a comma alone joins nothing: "According to the government in Nordia, Southland forces …"
    ("In Nordia, Southland forces shelled UN positions.", {("shell", "active", "southland", "un")}),
])
def test_joined_actors_act_and_suffer_each(text, expected):
    assert set(hits(text)) == expected


def test_an_adverb_between_of_and_a_gerund_that_needs_an_object():
    content = "Russia of deliberately targeting Ukraine's power grid"  # after "accused"
    assert hits(content, RU_UA) == [("target", "active", "russia", "ukraine")]


def test_the_object_may_name_its_actor_after_a_long_of_phrase():
    text = "Russian troops killed a senior commander of the Kyiv-backed unit Ukraine's Azov."
    assert ("kill", "active", "russia", "ukraine") in hits(text, RU_UA)


def test_a_number_with_a_thousands_separator_does_not_end_the_clause():
    text = "Russian forces struck more than 1,000 targets in Ukrainian-held areas."
    assert ("strike", "active", "russia", "ukraine") in hits(text, RU_UA)


def test_an_attack_on_one_is_not_its_own_attack():
    text = "An attack on Southland is an attack on the United Nations."
    assert ("attack", "nominal", "southland", "un") not in hits(text)


def test_an_object_ends_where_an_actor_opens_a_clause_of_its_own():
    text = "Rebels overran the town of Tarsk and Northland suspended its gas project."
    assert [h for h in hits(text) if h[0] == "overrun"] == [("overrun", "active", None, None)]


def test_an_object_may_still_join_two_things():
    assert hits("Southland troops shelled farms and Northland positions overnight.") == [
        ("shell", "active", "southland", "northland")]


def test_the_instrument_of_an_act_is_not_its_agent():
    found = hits("Rebels were using Southland drones to attack Northland positions.")
    assert ("attack", "active", "southland", "northland") not in found


def test_a_force_and_its_allies_are_joined():
    found = hits("Northland troops and their Southland allies shelled the town of Tarsk.")
    assert {h[2] for h in found if h[0] == "shell"} == {"northland", "southland"}


def test_two_objects_in_a_sides_land_are_that_sides():
    text = "Southland drones struck fuel depots and the international airport in Northland."
    assert hits(text) == [("strike", "active", "southland", "northland")]


def test_a_participle_after_an_act_shares_its_agent():
    text = ("Southland units had shot down a Northland helicopter over Kayah State on Sunday, "
            "killing all six Northland soldiers on board.")
    assert [h[:4] for h in hits(text)] == [("shoot", "active", "southland", "northland"),
                                           ("kill", "active", "southland", "northland")]


def test_a_participle_after_another_clause_keeps_no_agent():
    text = ("Shells fired by Southland during the fighting landed in the Tarsk area, wounding two "
            "Northland nationals.")
    assert [h for h in hits(text) if h[0] == "wound"] == [("wound", "active", None, "northland")]


@pytest.mark.parametrize("text, agent", [
    ("Gunmen on the Southland side of the river opened fire on a Northland patrol boat.", None),
    ("Southland border guards opened fire on a Northland patrol boat.", "southland"),
])
def test_a_place_named_after_an_actor_acts_on_no_one(text, agent):
    assert [h[2] for h in hits(text) if h[0] == "fire on"] == [agent]


@pytest.mark.parametrize("text", [
    "Ukrainian jets intercepted six Russian drones that attacked Ukrainian positions.",
    "Ukrainian jets intercepted Russian drones, which had attacked Ukrainian positions.",
])
def test_a_relative_clause_with_no_subject_is_about_the_actor_before_it(text):
    assert hits(text, RU_UA)[-1] == ("attack", "active", "russia", "ukraine")


def test_a_relative_clause_with_its_own_subject_keeps_it():
    text = "Kyiv said the drones that Russian forces launched attacked Ukrainian positions."
    assert hits(text, RU_UA) == [("attack", "active", "russia", "ukraine")]


def test_a_side_that_acts_is_no_place():
    text = "The Ukrainian side crossed the line and provoked our border troops."
    assert hits(text, RU_UA, speaker="russia")[-1] == ("provoke", "active", "ukraine", "russia")
