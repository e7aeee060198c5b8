"""Which words are hostile or cooperative acts (``lexicons/hostile_predicates.tsv``): firing
at, hitting, burning, targeting, harassing, destroying, pushing back; gapped forms across a long
object; negated acts and the adjectives and nouns that are no acts."""

from __future__ import annotations

import pytest

from framing.model import Side, SideSet
from tests.helpers import IN_PK, RU_UA
from tests.helpers import predicate_hits as hits


@pytest.mark.parametrize("text,expected", [
    ("Islamabad called on New Delhi to protect civilians.", ("protect", "india")),
    ("NATO is working with Ukraine.", ("work with", "nato")),
])
def test_cooperation(text, expected):
    sides = IN_PK if "Islamabad" in text else RU_UA
    (found,) = hits(text, sides)
    assert (found[0], found[2]) == expected


def test_weapon_words_between_the_actor_and_the_act():
    assert hits("A Ukrainian drone attack on a Russian airfield.", RU_UA) == [
        ("attack", "nominal", "ukraine", "russia")]
    assert hits("The Russian missile attack on Kyiv.", RU_UA) == [
        ("attack", "nominal", "russia", "ukraine")]


def test_came_under_fire_from_and_fired_rockets_at():
    text = "Russian positions came under fire from Ukrainian forces overnight."
    assert hits(text, RU_UA) == [("fire on", "active", "ukraine", "russia")]
    text = "Ukrainian forces fired two rockets at Russian towns."
    assert hits(text, RU_UA) == [("fire on", "active", "ukraine", "russia")]
    # the noun "fire" is no act: "a fire broke out at …"
    assert hits("A fire broke out at a Russian depot.", RU_UA) == []


def test_cross_into():
    assert hits("Russian troops tried to cross into Ukrainian territory.", RU_UA) == [
        ("cross the border", "active", "russia", "ukraine")]


def test_burning_needs_an_object_or_a_passive():
    assert hits("Russian troops burned Ukrainian villages.", RU_UA) == [
        ("burn", "active", "russia", "ukraine")]
    assert hits("Russian soldiers torched a Ukrainian school.", RU_UA) == [
        ("burn", "active", "russia", "ukraine")]
    assert hits("Russian troops set fire to Ukrainian homes.", RU_UA) == [
        ("burn", "active", "russia", "ukraine")]
    assert hits("Ukrainian homes were burned by Russian troops.", RU_UA) == [
        ("burn", "passive", "russia", "ukraine")]
    assert hits("Russian troops were burning Ukrainian homes.", RU_UA) == [
        ("burn", "active", "russia", "ukraine")]
    # a fire that burns, a burned village, a burning building: no hostile act
    for text in ("A fire burned for hours in the Ukrainian town.",
                 "A fire near the Russian depot burned through the night.",
                 "The Ukrainian house burned down.", "Two Ukrainian warehouses burned.",
                 "Russian troops entered the burned village.",
                 "Ukrainian residents fled burning buildings.",
                 "The fire was burning near the Russian border.",
                 "Ukrainian soldiers suffered burns."):
        assert hits(text, RU_UA) == [], text


@pytest.mark.parametrize("text, expected", [
    ("Russian drones targeted Ukrainian power plants.", ("target", "active", "russia", "ukraine")),
    ("Russian artillery pounded Ukrainian positions.", ("pound", "active", "russia", "ukraine")),
    ("Russia launched 143 drones at Ukraine.", ("fire on", "active", "russia", "ukraine")),
])
def test_targeted_pounded_launched_at(text, expected):
    assert hits(text, RU_UA) == [expected]


@pytest.mark.parametrize("text", ["Ukraine asked for targeted sanctions on Russian banks.",
                                  "The pounding rain slowed Russian convoys."])
def test_targeted_and_pounding_as_adjectives_are_no_acts(text):
    assert hits(text, RU_UA) == []


HOUTHIS = SideSet([Side("israel", "Israel", ["Israel", "Israeli"], "state"),
                   Side("houthis", "Houthis", ["Houthis", "Houthi"], "non_state")],
                  [Side("iran", "Iran", ["Iran", "Iranian"], "state")])


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets struck Houthi-held ports.", ("strike", "active", "israel", "houthis")),
    ("Israeli jets struck Iran-backed Houthis.", ("strike", "active", "israel", "houthis")),
    ("Israel vows to hit the Houthis hard.", ("threaten", "active", "israel", "houthis")),
    ("The Houthis vowed to retaliate against Israel.", ("threaten", "active", "houthis", "israel")),
])
def test_held_places_and_vows(text, expected):
    assert hits(text, HOUTHIS) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Russia launched 143 drones and three ballistic missiles at Ukraine overnight.",
     [("fire on", "active", "russia", "ukraine")]),
    ("Russian forces fired a barrage of rockets at Ukrainian positions.",
     [("fire on", "active", "russia", "ukraine")]),
    # a long gap holds no punctuation
    ("Russia fired its commander, the ministry said, at a meeting in Ukraine.", []),
])
def test_fired_or_launched_at_across_a_long_object(text, expected):
    assert hits(text, RU_UA) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Russian missile hit a hospital in Ukraine.", [("hit", "active", "russia", "ukraine")]),
    ("Russian drones hit Kyiv overnight.", [("hit", "active", "russia", "ukraine")]),
    ("Shells hit a hospital in Ukraine.", [("hit", "active", None, "ukraine")]),
    ("The new tariffs hit Russian exporters hard.", []),
    ("Ukrainian exports hit a record in May.", []),
])
def test_hit(text, expected):
    assert hits(text, RU_UA) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian drones were spotted but none had crossed into Ukraine.", []),
    ("Russia did not attack Ukrainian positions.", []),
    ("Russian troops never shelled Ukrainian villages.", []),
    ("Russia has no intention of invading Ukraine.", []),
    ("Russian troops had not fired a single shot at Ukraine.", []),
    # a negation elsewhere in the sentence negates nothing here
    ("Russia did not say why Russian troops shelled Ukraine.",
     [("shell", "active", "russia", "ukraine")]),
    # a name of a pact is no actor
    ("Ukraine violated the Moscow agreement.", [("violate", "active", "ukraine", None)]),
    # "committed … an act of aggression": the support verb's subject
    ("Ukraine had committed a clear act of aggression against Russian sovereignty.",
     [("aggression", "nominal", "ukraine", "russia")]),
    # a longer object in a side's land
    ("Russian jets struck more than 80 targets in Ukraine overnight.",
     [("strike", "active", "russia", "ukraine")]),
])
def test_negation_pacts_and_longer_objects(text, expected):
    assert hits(text, RU_UA) == expected


@pytest.mark.parametrize("text, expected", [
    # a gap never crosses punctuation
    ("Troops were seen near the crossing, Ukrainian border guards said.", []),
    ("Russian troops crossed the state border.", [("cross the border", "active", "russia", None)]),
    # the object inside a gapped form; a subject before "and" acts again
    ("Russia held Ukraine responsible.", [("blame", "active", "russia", "ukraine")]),
    ("Russian troops confronted Ukrainian infantry and forced them to retreat.",
     [("push back", "active", "russia", None)]),
])
def test_gaps_objects_inside_forms_and_coordinated_subjects(text, expected):
    assert hits(text, RU_UA) == expected


def test_a_gap_may_hold_a_number_with_thousands_separators():
    assert hits("Russia launched more than 1,200 drones at Ukraine last week.", RU_UA) == [
        ("fire on", "active", "russia", "ukraine")]


@pytest.mark.parametrize("text, expected", [
    ("Russian ships harassed a Ukrainian supply vessel.",
     ("harass", "active", "russia", "ukraine")),
    ("Russia of kidnapping two Ukrainian police officers",
     ("kidnap", "active", "russia", "ukraine")),
])
def test_harassing_and_kidnapping_are_hostile_acts(text, expected):
    assert expected in hits(text, RU_UA)


@pytest.mark.parametrize("text", [
    "Ukrainian troops pushed the Russian units back.",
    "Ukrainian troops pushed Russian forces back from the river.",
])
def test_pushing_an_enemy_back_is_an_act(text):
    assert ("push back", "active", "ukraine", "russia") in hits(text, RU_UA)


@pytest.mark.parametrize("text, lemma", [
    ("Southland troops would crush the Northland garrison.", "crush"),
    ("Southland artillery destroyed two Northland tanks.", "destroy"),
    ("Southland troops raided Northland villages.", "raid"),
    ("Southland rebels toppled the Northland government.", "topple"),
    ("Southland border guards had beaten three Northland farmers.", "beat"),
    ("Southland rebels overran Northland army positions.", "overrun"),
    ("Southland troops repelled Northland fighters.", "push back"),
])
def test_acts_of_destruction_are_hostile(text, lemma):
    assert hits(text) == [(lemma, "active", "southland", "northland")]


def test_a_long_gap_holds_eight_words():
    text = "Southland rebels fired a barrage of ballistic missiles and drones at Northland."
    assert hits(text) == [("fire on", "active", "southland", "northland")]


def test_repelling_an_attack_pushes_back_the_attackers():
    assert hits("Northland troops repelled a large attack by Southland fighters on Tarsk.") \
        == [("push back", "active", "northland", "southland"),
            ("attack", "nominal", "southland", None)]
