"""Reporting-verb counts, headline verbs and the doubt contrast between the sides; voice_verbs,
which groups a voice's statements by class and verb in one pass, gives the block of filtering
the statements once per class and per verb."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from framing.analyzers.reporting_verbs import (
    LOADED_CLASSES,
    ReportingVerbsAnalyzer,
    verb_classes,
    voice_verbs,
)
from framing.config import AnalysisConfig
from framing.model import Statement
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


def _share(n: int, total: int) -> float | None:
    return round(n / total, 4) if total else None


def _filtered(statements: list[Statement]) -> dict:
    """The block as written before: a pass over the statements per class, verb and count."""
    body = [s for s in statements if s.resolution != "headline"]
    headline = next((s for s in statements if s.resolution == "headline"), None)
    classes = {}
    for cls in [*verb_classes(), *sorted({s.verb_class for s in statements} - set(verb_classes()))]:
        ids = [s.id for s in statements if s.verb_class == cls]
        if ids:
            classes[cls] = {"n": len(ids), "statement_ids": ids}
    verbs = {}
    for verb, n in sorted(Counter(s.verb for s in statements).items(),
                          key=lambda kv: (-kv[1], kv[0])):
        same = [s for s in statements if s.verb == verb]
        verbs[verb] = {"n": n, "class": same[0].verb_class, "statement_ids": [s.id for s in same]}
    body_counts = Counter(s.verb for s in body)
    main = min(body_counts.items(), key=lambda kv: (-kv[1], kv[0])) if body_counts else None
    non_neutral = [s.id for s in statements if s.verb_class != "neutral"]
    block = {
        "n": len(statements), "classes": classes, "verbs": verbs,
        "headline": None if headline is None else {
            "verb": headline.verb, "verb_text": headline.verb_text,
            "class": headline.verb_class, "statement_id": headline.id},
        "body_main_verb": None if main is None else {
            "verb": main[0], "n": main[1], "of": len(body),
            "statement_ids": [s.id for s in body if s.verb == main[0]]},
        "non_neutral": {"n": len(non_neutral), "share": _share(len(non_neutral), len(statements)),
                        "statement_ids": non_neutral},
    }
    for cls in LOADED_CLASSES:
        ids = [s.id for s in statements if s.verb_class == cls]
        block[cls] = {"n": len(ids), "share": _share(len(ids), len(statements)),
                      "statement_ids": ids}
    return block


def _statement(i: int, verb: str, verb_class: str, resolution: str) -> Statement:
    return Statement(f"s{i}", "x", i, i + 1, "X", "north", verb, verb, verb_class, False,
                     resolution, 0)


def test_voice_verbs_is_the_block_of_one_filter_per_class_and_verb():
    rng = random.Random(11)
    verbs = {"say": "neutral", "claim": "doubt", "allege": "doubt", "confirm": "endorsing",
             "urge": "directive", "shout": "made_up_class", "whisper": "another_class"}
    for _ in range(3000):
        statements = [
            _statement(i, verb, verbs[verb], rng.choice(["named", "named", "headline"]))
            for i, verb in enumerate(rng.choices(list(verbs), k=rng.randint(0, 9)))]
        block = voice_verbs(statements)
        assert block == _filtered(statements)
        assert list(block["classes"]) == list(_filtered(statements)["classes"])
        for cls in LOADED_CLASSES:
            if cls in block["classes"]:  # two lists: changing one leaves the other
                assert block[cls]["statement_ids"] is not block["classes"][cls]["statement_ids"]
