"""Stance: claims, blame, victims, stance scores and the narrator's balance; a voice's stance
filed claim by claim is the stance of scanning the claims once per actor."""

from __future__ import annotations

import random
from pathlib import Path

from framing.analyzers.stance import StanceAnalyzer, blamed, victim, voice_stance
from framing.config import AnalysisConfig
from framing.model import Side, SideSet
from tests.helpers import make_analysis

SEED = Path(__file__).parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"

IL_LB = SideSet(
    sides=[Side("israel", "Israel", ["Israel", "Israeli", "Israelis", "IDF"]),
           Side("hezbollah", "Hezbollah", ["Hezbollah"])],
    third_parties=[Side("us", "United States", ["United States", "Washington"])],
)

TEXT = (
    "Northland said “Southland troops shelled Northlander villages.” "
    "Northland said “we call on the UN to protect our people.” "
    "Southland said “Northland forces attacked our positions and raised tensions.” "
    "The two sides accused each other of starting the fighting. "
    "Two Northland soldiers were killed by Southland fire."
)
STATEMENTS = [
    ("Southland troops shelled Northlander villages.", "Northland", "northland", "say",
     "neutral"),
    ("we call on the UN to protect our people.", "Northland", "northland", "say", "neutral"),
    ("Northland forces attacked our positions and raised tensions.", "Southland", "southland",
     "say", "neutral"),
    ("starting the fighting", "The two sides", "both", "accuse", "accusatory"),
]


def run(text=TEXT, statements=STATEMENTS):
    analysis = make_analysis(text, statements)
    for st in analysis.statements:
        st.verb_text = {"accuse": "accused"}.get(st.verb, st.verb_text)
    return StanceAnalyzer(AnalysisConfig()).analyze(analysis)


def test_each_side_blames_the_other_with_evidence():
    voices = run()["voices"]
    north, south = voices["northland"], voices["southland"]
    assert north["blames"]["southland"]["statement_ids"] == ["s1", "s4"]
    assert south["blames"]["northland"]["statement_ids"] == ["s3", "s4"]
    assert south["blames"]["northland"]["n"] == 3  # attacked, raised tensions, accused
    assert "northland" not in north["blames"]


def test_victims_from_targets_including_first_person():
    voices = run()["voices"]
    assert voices["northland"]["casts_as_victim"]["northland"]["statement_ids"] == ["s1"]
    assert voices["southland"]["casts_as_victim"]["southland"]["n"] == 1  # "our positions"


def test_stance_scores_hostile_and_cooperative():
    north = run()["voices"]["northland"]["stance"]
    assert north["southland"]["score"] == -1.0
    assert north["southland"]["hostile"] == 2
    assert north["un"] == {"score": 1.0, "n": 1, "hostile": 0, "cooperative": 1,
                           "statement_ids": ["s2"]}
    assert run()["voices"]["southland"]["stance"]["un"]["score"] is None


def test_reciprocal_accusation_counts_for_both_sides():
    claims = [c for c in run()["claims"] if c["statement_id"] == "s4"]
    assert sorted((c["claimant"], c["target"]) for c in claims) == [
        ("northland", "southland"), ("southland", "northland")]
    assert all(c["source"] == "reporting_verb" for c in claims)
    s4 = claims[0]["span"]
    assert TEXT[s4[0]:s4[1]] == "accused"


def test_narrator_balance_counts_agent_and_target():
    narrator = run()["voices"]["narrator"]
    assert narrator["as_agent"]["southland"]["n"] == 1
    assert narrator["as_target"]["northland"]["n"] == 1
    span = narrator["as_agent"]["southland"]["spans"][0]
    assert TEXT[span[0]:span[1]] == "killed"
    assert narrator["as_agent"]["northland"]["n"] == 0


def test_accusation_with_explicit_target_on_another_conflict():
    text = "Israel accused Hezbollah of firing rockets. Washington urged restraint."
    analysis = make_analysis(text, [("of firing rockets", "Israel", "israel", "accuse",
                                     "accusatory")], sides=IL_LB)
    analysis.statements[0].target = "hezbollah"
    block = StanceAnalyzer(AnalysisConfig()).analyze(analysis)
    assert block["voices"]["israel"]["stance"]["hezbollah"]["score"] == -1.0
    assert block["voices"]["hezbollah"]["blames"] == {}
    assert block["voices"]["us"]["stance"]["israel"]["n"] == 0


def test_seed_sides_cast_each_other_as_aggressor():
    import framing

    analysis = framing.analyze(SEED)
    block = analysis.results["stance"]
    arm, aze = analysis.sides.side_ids
    claims = block["claims"]

    def has(claimant, predicate, agent):
        return any(c["claimant"] == claimant and c["predicate"] == predicate
                   and c["agent"] == agent for c in claims)

    assert has(aze, "attack", arm) and has(aze, "raise tensions", arm)
    assert has(arm, "attack", aze) and has(arm, "cross the border", aze)
    both = [s.id for s in analysis.statements if s.side == "both" and s.verb == "accuse"]
    assert both
    assert both[0] in block["voices"][arm]["blames"][aze]["statement_ids"]
    assert both[0] in block["voices"][aze]["blames"][arm]["statement_ids"]
    assert block["voices"][arm]["stance"][aze]["score"] < 0
    assert block["voices"][aze]["stance"][arm]["score"] < 0


def test_what_a_speaker_denies_is_not_their_claim():
    text = ("Southland denied that Southland troops had shelled Northlander villages. "
            "Northland said Southland soldiers had shelled Northlander farms.")
    statements = [
        ("Southland troops had shelled Northlander villages.", "Southland", "southland", "deny",
         "responsive"),
        ("Southland soldiers had shelled Northlander farms", "Northland", "northland", "say",
         "neutral"),
    ]
    claims = StanceAnalyzer(AnalysisConfig()).analyze(make_analysis(text, statements))["claims"]
    assert [(c["claimant"], c["agent"], c["target"]) for c in claims if c["statement_id"]] == [
        ("northland", "southland", "northland")]


def test_the_accused_did_the_act_they_are_accused_of():
    text = "Northland accused Southland of a renewed shelling of farms near the border."
    statements = [("Southland of a renewed shelling of farms near the border", "Northland",
                   "northland", "accuse", "accusatory")]
    analysis = make_analysis(text, statements)
    analysis.statements[0].target = "southland"
    claims = StanceAnalyzer(AnalysisConfig()).analyze(analysis)["claims"]
    shell = [c for c in claims if c["predicate"] == "shell"]
    assert [(c["claimant"], c["agent"]) for c in shell] == [("northland", "southland")]


def test_burning_villages_is_a_hostile_claim_and_a_fire_that_burns_none():
    text = ("“Northland troops burned our villages,” said a Southland spokeswoman. "
            "A fire burned for hours in Northland.")
    statements = [("Northland troops burned our villages", "a Southland spokeswoman",
                   "southland", "say", "neutral")]
    claims = StanceAnalyzer(AnalysisConfig()).analyze(make_analysis(text, statements))["claims"]
    assert [(c["claimant"], c["agent"], c["target"], c["predicate"]) for c in claims] == [
        ("southland", "northland", "southland", "burn")]


def test_a_threat_or_blame_with_no_agent_of_its_own_is_the_speakers():
    text = ("Northland said “Southland will pay a heavy price.” "
            "Southland said “Northland will be held responsible for the deaths.”")
    statements = [("Southland will pay a heavy price.", "Northland", "northland", "say",
                   "neutral"),
                  ("Northland will be held responsible for the deaths.", "Southland",
                   "southland", "say", "neutral")]
    claims = [(c["claimant"], c["predicate"], c["agent"], c["target"])
              for c in run(text, statements)["claims"] if c["predicate"] != "die"]
    assert claims == [("northland", "threaten", "northland", "southland"),
                      ("southland", "blame", "southland", "northland")]


def test_a_threat_in_the_reporting_verb_is_the_speakers_not_the_narrators():
    text = "Northland vowed to hit Southland hard."
    statements = [("to hit Southland hard", "Northland", "northland", "vow", "emphatic")]
    analysis = make_analysis(text, statements)
    start = text.index("vowed")
    analysis.statements[0].verb_span = [start, start + len("vowed")]
    claims = StanceAnalyzer(AnalysisConfig()).analyze(analysis)["claims"]
    assert [(c["claimant"], c["predicate"], c["agent"], c["target"]) for c in claims] == [
        ("northland", "threaten", "northland", "southland")]


def test_every_actor_joined_in_an_accusation_is_accused():
    import framing
    from framing.model import Document

    sides = SideSet([Side("northland", "Northland", ["Northland"]),
                     Side("southland", "Southland", ["Southland"])],
                    [Side("sudia", "Sudia", ["Sudia"])])
    text = ("Northland's foreign ministry accused Southland and Sudia of orchestrating the "
            "advance. Southland blamed Northland and Sudia for the bloodshed.")
    claims = framing.analyze(Document("t", text), sides=sides).results["stance"]["claims"]
    accusations = sorted((c["claimant"], c["target"]) for c in claims
                         if c["source"] == "reporting_verb")
    assert accusations == [("northland", "southland"), ("northland", "sudia"),
                           ("southland", "northland"), ("southland", "sudia")]


def test_a_condemnation_before_an_accusation_does_not_take_its_target():
    import framing
    from framing.model import Document

    sides = SideSet([Side("northland", "Northland", ["Northland"]),
                     Side("southland", "Southland", ["Southland"])])
    text = "Northland's president condemned the drills and accused Southland of threatening it."
    claims = framing.analyze(Document("t", text), sides=sides).results["stance"]["claims"]
    verbs = sorted((c["predicate"], c["target"]) for c in claims
                   if c["source"] == "reporting_verb")
    assert verbs == [("accuse", "southland"), ("condemn", None)]


def test_an_actor_never_acts_on_itself_in_a_claim():
    text = ("Northland said Northland troops killed 14 fighters who attacked a Northland "
            "outpost.")
    statements = [("Northland troops killed 14 fighters who attacked a Northland outpost",
                   "Northland", "northland", "say", "neutral")]
    claims = StanceAnalyzer(AnalysisConfig()).analyze(make_analysis(text, statements))["claims"]
    attack = [c for c in claims if c["predicate"] == "attack"]
    assert [(c["agent"], c["target"]) for c in attack] == [(None, "northland")]


def test_a_crushing_with_no_agent_in_a_statement_is_the_speakers_threat():
    text = "Northland said the Southland bandits will be crushed."
    statements = [("the Southland bandits will be crushed", "Northland", "northland", "say",
                   "neutral")]
    claims = StanceAnalyzer(AnalysisConfig()).analyze(make_analysis(text, statements))["claims"]
    assert [(c["claimant"], c["agent"], c["target"], c["predicate"]) for c in claims] == [
        ("northland", "northland", "southland", "crush")]


def test_the_accused_did_the_act_even_when_it_is_called_it():
    text = ("Northland said the Front was armed by Sudia and accused it of attacking Northland "
            "civilians.")
    statements = [("it of attacking Northland civilians", "Northland", "northland", "accuse",
                   "accusatory")]
    analysis = make_analysis(text, statements)
    analysis.statements[0].target = "southland"
    claims = StanceAnalyzer(AnalysisConfig()).analyze(analysis)["claims"]
    attack = [c for c in claims if c["predicate"] == "attack"]
    assert [(c["agent"], c["target"]) for c in attack] == [("southland", "northland")]


def test_an_act_a_speaker_claims_responsibility_for_is_its_own():
    text = "Southland claimed responsibility for an attack on a Northland army convoy."
    statements = [("responsibility for an attack on a Northland army convoy", "Southland",
                   "southland", "claim", "doubt")]
    claims = StanceAnalyzer(AnalysisConfig()).analyze(make_analysis(text, statements))["claims"]
    assert [(c["claimant"], c["agent"], c["target"], c["predicate"]) for c in claims] == [
        ("southland", "southland", "northland", "attack")]


def test_an_accuser_of_no_known_side_is_no_agent():
    text = "A local lawmaker blamed Northland for failing to protect villagers."
    statements = [("failing to protect villagers", "A local lawmaker", "unknown", "blame",
                   "accusatory")]
    analysis = make_analysis(text, statements)
    analysis.statements[0].target = "northland"
    claims = StanceAnalyzer(AnalysisConfig()).analyze(analysis)["claims"]
    assert [(c["claimant"], c["agent"], c["target"]) for c in claims
            if c["source"] == "reporting_verb"] == [("unknown", None, "northland")]


def test_voice_stance_files_each_claim_once_as_scanning_claims_per_actor():
    rng = random.Random(7)
    actors = ["north", "south", "un"]
    claims = [{"claimant": "north", "predicate": rng.choice(["attack", "accuse", "help"]),
               "category": rng.choice(["violence", "hostility", "harm", "cooperation"]),
               "source": rng.choice(["predicate", "predicate", "reporting_verb"]),
               "agent": rng.choice([*actors, None]), "target": rng.choice([*actors, None]),
               "statement_id": rng.choice([None, "s1", "s2", "s10"]), "span": [i, i + 3]}
              for i in range(200)]
    got = voice_stance("north", claims, actors)
    for actor in actors:
        hostile = [c for c in claims if blamed(c) == actor and actor != "north"]
        coop = [c for c in claims if c["category"] == "cooperation" and actor != "north"
                and actor in (c["agent"], c["target"])]
        suffers = [c for c in claims if victim(c) == actor]
        assert got["blames"].get(actor, {}).get("spans", []) == [c["span"] for c in hostile]
        assert got["casts_as_victim"].get(actor, {}).get("spans", []) == \
            [c["span"] for c in suffers]
        if actor != "north":
            assert (got["stance"][actor]["hostile"], got["stance"][actor]["cooperative"]) == \
                (len(hostile), len(coop))
