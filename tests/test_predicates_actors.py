"""Hostile predicates with agent and target, on sentences written for several conflicts."""

from __future__ import annotations

import pytest

from framing.model import Sentence, Side, SideSet
from framing.text.predicates import find_predicates
from framing.voices import sentence_pieces
from tests.helpers import DEFAULT_SIDES

RU_UA = SideSet(
    sides=[
        Side("russia", "Russia", ["Russia", "Russian", "Russians", "Moscow", "Kremlin"]),
        Side("ukraine", "Ukraine", ["Ukraine", "Ukrainian", "Ukrainians", "Kyiv"]),
    ],
    third_parties=[Side("nato", "NATO", ["NATO"])],
)
IN_PK = SideSet(
    sides=[
        Side("india", "India", ["India", "Indian", "New Delhi"]),
        Side("pakistan", "Pakistan", ["Pakistan", "Pakistani", "Islamabad"]),
    ],
)


def hits(text: str, sides: SideSet = DEFAULT_SIDES, **kw) -> list[tuple]:
    return [(h.lemma, h.voice, h.agent, h.target)
            for h in find_predicates(text, 0, len(text), sides, **kw)]


def test_active_agent_and_target():
    assert hits("Russian troops shelled Ukrainian villages overnight.", RU_UA) == [
        ("shell", "active", "russia", "ukraine")]


def test_passive_with_by_phrase_reverses_roles():
    text = "Nine Pakistani soldiers had been captured by the Indian army."
    assert hits(text, IN_PK) == [("capture", "passive", "india", "pakistan")]


def test_agentless_passive_has_target_only():
    assert hits("Two Southland soldiers were wounded.") == [("wound", "passive", None, "southland")]


def test_reduced_passive_headline():
    assert hits("Ukrainian soldiers killed in border clashes with Russia", RU_UA) == [
        ("kill", "passive", None, "ukraine")]


def test_nominal_by_and_on():
    text = "The shelling followed an attack by Southland forces on Northland positions."
    found = hits(text)
    # the on-phrase after the by-phrase's actor is the target
    assert ("attack", "nominal", "southland", "northland") in found
    text = "There has been an attack on the sovereign territory of Pakistan."
    assert hits(text, IN_PK) == [("attack", "nominal", None, "pakistan")]


def test_adjectival_actor_before_noun():
    assert hits("Officials condemned Russian aggression.", RU_UA) == [
        ("aggression", "nominal", "russia", None)]
    assert hits("Northlander casualties rose.") == [("casualty", "nominal", None, "northland")]


def test_accuse_agent_is_accuser():
    assert hits("Kyiv accused Moscow of violating the truce.", RU_UA)[0] == (
        "accuse", "active", "ukraine", "russia")


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


def test_gapped_form_and_clause_boundary():
    text = "Northland said Southland forces tried to “cross” the border, and were pushed back."
    found = hits(text)
    assert found[0][:3] == ("cross the border", "active", "southland")
    assert found[1][:2] == ("push back", "passive")


def test_no_match_inside_hyphenated_word():
    assert hits("The UN urged de-escalation and a counter-attack was avoided.") == []


def test_evidence_spans_point_at_the_text():
    text = "Russian troops shelled Ukrainian villages."
    (hit,) = find_predicates(text, 0, len(text), RU_UA)
    assert text[hit.start:hit.end] == "shelled"
    assert text[slice(*hit.agent_span)] == "Russian"
    assert text[slice(*hit.target_span)] == "Ukrainian"


@pytest.mark.parametrize("text,expected", [
    ("Islamabad called on New Delhi to protect civilians.", ("protect", "india")),
    ("NATO is working with Ukraine.", ("work with", "nato")),
])
def test_cooperation(text, expected):
    sides = IN_PK if "Islamabad" in text else RU_UA
    (found,) = hits(text, sides)
    assert (found[0], found[2]) == expected


def test_sentence_pieces_cut_spans_at_sentence_ends():
    sentences = [Sentence(0, 0, 10), Sentence(1, 11, 30)]
    assert sentence_pieces([[5, 20], [25, 30]], sentences) == [
        [5, 10, 0], [11, 20, 1], [25, 30, 1]]


def test_lower_cased_scans_equal_the_case_insensitive_ones():
    import random
    import re

    from framing.lexicons import load_rows
    from framing.text import predicate_actors, predicates
    from framing.text.predicate_lexicon import _starts, lexicon

    forms = {r[0] for r in load_rows("reporting_verbs")}
    for r in load_rows("reporting_verbs"):
        forms.update(f for f in r[2].split("|") if f)
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    speaks = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
    texts = [
        "Northland troops SHELLED the border, WHICH Southland said, while Kyiv-based forces "
        "Attacked; but the Ministry Stated that fighting ended. Said the army: “we struck.”",
        "A long ſ in ſhelled and a dotless ı: Whıch SAİD the army (no lower-cased scan here).",
    ]
    rng = random.Random(2)
    for text in texts:
        assert _starts(text) == [m.start() for m in lexicon()[3].finditer(text)]
        for _ in range(60):
            lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
            assert predicates._bounds(text, lo, hi) == \
                [m.span() for m in predicates._BOUNDARY.finditer(text, lo, hi)]
            assert predicate_actors.speaks(text, lo, hi) == (
                speaks.search(text, lo, hi) is not None)


def test_weapon_words_between_the_actor_and_the_act():
    assert hits("A Ukrainian drone attack on a Russian airfield.", RU_UA) == [
        ("attack", "nominal", "ukraine", "russia")]
    assert hits("The Russian missile attack on Kyiv.", RU_UA) == [
        ("attack", "nominal", "russia", "ukraine")]


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


def test_the_place_rule_takes_only_a_sides_place():
    text = "Ukrainian forces shelled homes in the Russian town of Sudzha."
    assert hits(text, RU_UA) == [("shell", "active", "ukraine", "russia")]
    # a third party named in a place is no target: "the NATO base road" is a place name
    assert hits("Ukrainian forces shelled homes in the NATO base road.", RU_UA) == [
        ("shell", "active", "ukraine", None)]


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


def test_an_attack_on_a_sides_land_targets_that_side_and_is_the_agent_of_what_it_does():
    text = "Russian air strikes on towns in southern Ukraine killed at least 12 people."
    assert hits(text, RU_UA) == [("strike", "nominal", "russia", "ukraine"),
                                 ("kill", "active", "russia", None)]


@pytest.mark.parametrize("text, expected", [
    ("Russia launched a massive drone attack on Kyiv.", ("attack", "nominal", "russia", "ukraine")),
    ("Ukraine stepped up its shelling of Russian border towns.",
     ("shell", "nominal", "ukraine", "russia")),
    ("Russia carried out several rounds of air strikes on Ukrainian ports.",
     ("strike", "nominal", "russia", "ukraine")),
    # the act sits in a phrase of the object: not the support verb's subject's
    ("Russia launched an investigation into the attack on Ukrainian positions.",
     ("attack", "nominal", None, "ukraine")),
])
def test_a_support_verbs_subject_does_the_act_it_names(text, expected):
    assert hits(text, RU_UA) == [expected]


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


def test_a_gap_may_hold_a_number_with_thousands_separators():
    assert hits("Russia launched more than 1,200 drones at Ukraine last week.", RU_UA) == [
        ("fire on", "active", "russia", "ukraine")]


def test_a_support_verb_before_one_of_its_acts():
    assert hits("Ukraine launched one of its largest drone attacks on Russia overnight.",
                RU_UA) == [("attack", "nominal", "ukraine", "russia")]


def test_an_adverb_between_of_and_a_gerund_that_needs_an_object():
    content = "Russia of deliberately targeting Ukraine's power grid"  # after "accused"
    assert hits(content, RU_UA) == [("target", "active", "russia", "ukraine")]


def test_a_support_verb_reaches_an_act_inside_quote_marks():
    text = "Russian forces carried out a “massive strike” on Ukrainian facilities."
    assert ("strike", "nominal", "russia", "ukraine") in hits(text, RU_UA)


@pytest.mark.parametrize("text, expected", [
    ("Russian ships harassed a Ukrainian supply vessel.",
     ("harass", "active", "russia", "ukraine")),
    ("Russia of kidnapping two Ukrainian police officers",
     ("kidnap", "active", "russia", "ukraine")),
])
def test_harassing_and_kidnapping_are_hostile_acts(text, expected):
    assert expected in hits(text, RU_UA)


def test_the_object_may_name_its_actor_after_a_long_of_phrase():
    text = "Russian troops killed a senior commander of the Kyiv-backed unit Ukraine's Azov."
    assert ("kill", "active", "russia", "ukraine") in hits(text, RU_UA)


def test_a_number_with_a_thousands_separator_does_not_end_the_clause():
    text = "Russian forces struck more than 1,000 targets in Ukrainian-held areas."
    assert ("strike", "active", "russia", "ukraine") in hits(text, RU_UA)


@pytest.mark.parametrize("text", [
    "Ukrainian troops pushed the Russian units back.",
    "Ukrainian troops pushed Russian forces back from the river.",
])
def test_pushing_an_enemy_back_is_an_act(text):
    assert ("push back", "active", "ukraine", "russia") in hits(text, RU_UA)


@pytest.mark.parametrize("text, expected", [
    ("A Northland man was wounded by Southland border guards.",
     [("wound", "passive", "southland", "northland")]),
    ("Two Northland soldiers were shot and wounded by Southland troops.",
     [("shoot", "passive", "southland", "northland"),
      ("wound", "passive", "southland", "northland")]),
])
def test_a_participle_that_is_also_a_noun_is_passive_after_be_or_before_by(text, expected):
    assert hits(text) == expected


def test_the_wounded_is_still_a_noun():
    assert [h[1] for h in hits("The wounded were taken to Northland hospitals.")] == ["nominal"]


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


def test_an_offensive_is_an_attack_by_the_side_that_launched_it():
    assert hits("Southland rebels launched an offensive against Northland forces.") == [
        ("attack", "nominal", "southland", "northland")]


@pytest.mark.parametrize("text", [
    "The Southland troop build-up was a “clear threat to Northland's sovereignty”.",
    "Southland poses a threat to Northland.",
])
def test_what_is_a_threat_to_an_actor_threatens_it(text):
    assert hits(text) == [("threaten", "nominal", "southland", "northland")]


def test_an_attack_on_one_is_not_its_own_attack():
    text = "An attack on Southland is an attack on the United Nations."
    assert ("attack", "nominal", "southland", "un") not in hits(text)


def test_an_object_ends_where_an_actor_opens_a_clause_of_its_own():
    text = "Rebels overran the town of Tarsk and Northland suspended its gas project."
    assert [h for h in hits(text) if h[0] == "overrun"] == [("overrun", "active", None, None)]


def test_an_object_may_still_join_two_things():
    assert hits("Southland troops shelled farms and Northland positions overnight.") == [
        ("shell", "active", "southland", "northland")]


def test_a_long_gap_holds_eight_words():
    text = "Southland rebels fired a barrage of ballistic missiles and drones at Northland."
    assert hits(text) == [("fire on", "active", "southland", "northland")]


def test_the_instrument_of_an_act_is_not_its_agent():
    found = hits("Rebels were using Southland drones to attack Northland positions.")
    assert ("attack", "active", "southland", "northland") not in found


def test_a_force_and_its_allies_are_joined():
    found = hits("Northland troops and their Southland allies shelled the town of Tarsk.")
    assert {h[2] for h in found if h[0] == "shell"} == {"northland", "southland"}


def test_two_objects_in_a_sides_land_are_that_sides():
    text = "Southland drones struck fuel depots and the international airport in Northland."
    assert hits(text) == [("strike", "active", "southland", "northland")]


def test_repelling_an_attack_pushes_back_the_attackers():
    assert hits("Northland troops repelled a large attack by Southland fighters on Tarsk.") \
        == [("push back", "active", "northland", "southland"),
            ("attack", "nominal", "southland", None)]


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


def test_a_result_between_a_passive_and_its_by_phrase():
    text = "Two Ukrainian policemen were shot dead by Russian soldiers near Kupiansk."
    assert hits(text, RU_UA)[0] == ("shoot", "passive", "russia", "ukraine")


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
