"""Agency in the narrator's voice: named agents, agentless passives, nominals and events."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.analyzers.agency import AgencyAnalyzer, find_events
from framing.config import AnalysisConfig
from framing.model import Side, SideSet
from tests.helpers import make_analysis

SEED = Path(__file__).parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"

ET_TG = SideSet(
    sides=[Side("ethiopia", "Ethiopia", ["Ethiopia", "Ethiopian", "Addis Ababa", "ENDF"]),
           Side("tplf", "TPLF", ["TPLF", "Tigrayan forces", "Tigrayan"])],
)

TEXT = (
    "Ethiopian troops shelled Tigrayan positions on Monday. "
    "Six Ethiopian soldiers were killed. "
    "Fighting broke out near the border and clashes continued. "
    "Three Tigrayan fighters had been captured by the ENDF. "
    "“The enemy attacked our villages,” the TPLF said."
)


def run(text=TEXT, statements=(("The enemy attacked our villages,", "the TPLF", "tplf", "say",
                                 "neutral"),)):
    return AgencyAnalyzer(AnalysisConfig()).analyze(make_analysis(text, statements, ET_TG))


def by_text(block):
    return {h["text"]: h for h in block["hits"]}


def test_hit_types():
    hits = by_text(run())
    assert hits["shelled"]["type"] == "named_agent"
    assert (hits["shelled"]["agent"], hits["shelled"]["target"]) == ("ethiopia", "tplf")
    assert hits["killed"]["type"] == "agentless_passive"
    assert hits["killed"]["target"] == "ethiopia"
    assert hits["captured"]["type"] == "named_agent"  # the by-phrase names the agent
    assert hits["Fighting"]["type"] == hits["clashes"]["type"] == "agentless_event"


def test_statements_are_not_the_narrator():
    assert "attacked" not in by_text(run())


def test_counts_and_patients_with_spans():
    block = run()
    narrator = block["voices"]["narrator"]
    assert narrator["counts"]["named_agent"]["n"] == 2
    assert narrator["counts"]["agentless_passive"]["n"] == 1
    assert narrator["counts"]["agentless_event"]["n"] == 2
    assert narrator["agentless_share"] == pytest.approx(3 / 5)
    eth = narrator["actors"]["ethiopia"]
    assert eth["as_patient"]["by_type"]["agentless_passive"] == 1
    assert [TEXT[s:e] for s, e in eth["as_patient"]["spans"]] == ["killed"]
    tplf = narrator["actors"]["tplf"]
    assert tplf["as_patient"]["n"] == 2 and tplf["as_agent"]["n"] == 0
    assert [TEXT[s:e] for s, e in narrator["actors"]["ethiopia"]["as_agent"]["spans"]] == [
        "shelled", "captured"]


def test_nominal_without_agent_and_with_agent():
    text = "The attack on Ethiopian positions was condemned. An attack by Tigrayan forces followed."
    hits = run(text, ())["hits"]
    assert [(h["type"], h["target"], h["agent"]) for h in hits] == [
        ("agentless_nominal", "ethiopia", None), ("named_agent", None, "tplf")]


def test_event_nouns_do_not_double_count_predicates():
    assert [e[2] for e in find_events("exchanges of fire and a flare-up", 0, 32)] == [
        "exchanges of fire", "flare-up"]
    assert run("There was no de-escalation.", ())["hits"] == []


def test_seed_agentless_events_and_named_capture():
    import framing

    analysis = framing.analyze(SEED)
    block = analysis.results["agency"]
    events = {h["text"].lower() for h in block["hits"] if h["type"] == "agentless_event"}
    assert {"war", "outbreak"} <= events
    for hit in block["hits"]:
        if hit["text"] == "captured":  # when the narrator carries it, it has an agent
            assert hit["type"] == "named_agent"
    text = analysis.document.text
    for hit in block["hits"]:
        assert text[hit["span"][0]:hit["span"][1]] == hit["text"]
