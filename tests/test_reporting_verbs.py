"""Reporting-verb counts, headline verbs and the doubt contrast between the sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.analyzers.reporting_verbs import ReportingVerbsAnalyzer
from framing.config import AnalysisConfig
from tests.helpers import make_analysis

SEED = Path(__file__).parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"

TEXT = (
    "Northland claims troops died in a raid\n"
    "Northland said the raid began at dawn. Northland alleged that shells hit a school. "
    "Southland said its forces acted lawfully. Southland confirmed the strike. "
    "Southland said the border was quiet. The UN urged restraint."
)
STATEMENTS = [
    ("troops died in a raid", "Northland", "northland", "claim", "doubt"),
    ("the raid began at dawn", "Northland", "northland", "say", "neutral"),
    ("shells hit a school", "Northland", "northland", "allege", "doubt"),
    ("its forces acted lawfully", "Southland", "southland", "say", "neutral"),
    ("the strike", "Southland", "southland", "confirm", "endorsing"),
    ("the border was quiet", "Southland", "southland", "say", "neutral"),
    ("restraint", "The UN", "un", "urge", "directive"),
]


def run(text=TEXT, statements=STATEMENTS, headline=("s1",)):
    analysis = make_analysis(text, statements)
    for st in analysis.statements:
        if st.id in headline:
            st.resolution = "headline"
    return ReportingVerbsAnalyzer(AnalysisConfig()).analyze(analysis)


def test_counts_by_class_and_verb_with_statement_ids():
    north = run()["voices"]["northland"]
    assert north["n"] == 3
    assert north["classes"]["doubt"] == {"n": 2, "statement_ids": ["s1", "s3"]}
    assert north["verbs"]["say"] == {"n": 1, "class": "neutral", "statement_ids": ["s2"]}
    assert north["non_neutral"]["share"] == pytest.approx(0.6667)


def test_headline_verb_kept_apart_from_body():
    block = run()["voices"]
    assert block["northland"]["headline"]["verb"] == "claim"
    assert block["northland"]["headline"]["statement_id"] == "s1"
    assert block["northland"]["body_main_verb"]["of"] == 2
    assert block["southland"]["headline"] is None


def test_contrast_points_at_the_side_given_doubt_verbs():
    contrast = run()["contrast"]
    doubt = [f for f in contrast if f["class"] == "doubt"]
    assert [(f["side"], f["other"]) for f in doubt] == [("northland", "southland")]
    assert doubt[0]["statement_ids"] == ["s1", "s3"]
    assert doubt[0]["headline"]["verb"] == "claim"
    endorsing = [f for f in contrast if f["class"] == "endorsing"]
    assert [f["side"] for f in endorsing] == ["southland"]


def test_no_contrast_when_both_sides_get_said():
    text = "Northland said it was attacked. Southland said it was attacked."
    block = run(text, [("it was attacked", "Northland", "northland", "say", "neutral")],
                headline=())
    assert block["contrast"] == []
    assert block["voices"]["southland"]["n"] == 0
    assert block["voices"]["southland"]["doubt"]["share"] is None


def test_third_party_and_both_statements_counted():
    text = "The two sides accused each other of firing first. The UN urged calm."
    block = run(text, [("of firing first", "the two sides", "both", "accuse", "accusatory"),
                       ("calm", "The UN", "un", "urge", "directive")], headline=())
    assert block["voices"]["northland"]["classes"]["accusatory"]["statement_ids"] == ["s1"]
    assert block["voices"]["southland"]["classes"]["accusatory"]["statement_ids"] == ["s1"]
    assert block["voices"]["un"]["verbs"]["urge"]["n"] == 1
    assert "narrator" not in block["voices"]


def test_seed_headline_claims_vs_body_said():
    import framing

    analysis = framing.analyze(SEED)
    block = analysis.results["reporting_verbs"]
    armenia = next(s.id for s in analysis.sides.sides if "armenia" in s.name.lower())
    assert block["voices"][armenia]["headline"]["class"] == "doubt"
    assert block["voices"][armenia]["body_main_verb"]["verb"] == "say"
    assert any(f["side"] == armenia and f["class"] == "doubt" for f in block["contrast"])
