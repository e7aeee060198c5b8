"""Sentiment per statement, per voice and for the narrator's sentence-pieces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.analyzers.sentiment import SentimentAnalyzer, aggregate
from framing.config import AnalysisConfig
from tests.helpers import make_analysis

SEED = Path(__file__).parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"

TEXT = (
    "Northland said “our brave soldiers heroically defended the beautiful valley.” "
    "Southland said “the brutal, horrible attack killed innocent children.” "
    "Later, Southland said “the terrible shelling destroyed homes.” "
    "The weather was calm. It was a sad and tragic day."
)
STATEMENTS = [
    ("our brave soldiers heroically defended the beautiful valley.", "Northland", "northland",
     "say", "neutral"),
    ("the brutal, horrible attack killed innocent children.", "Southland", "southland", "say",
     "neutral"),
    ("the terrible shelling destroyed homes.", "Southland", "southland", "say", "neutral"),
]


def run():
    return SentimentAnalyzer(AnalysisConfig()).analyze(make_analysis(TEXT, STATEMENTS))


def test_statement_scores_have_the_expected_direction():
    by_id = {s["statement_id"]: s for s in run()["statements"]}
    assert by_id["s1"]["compound"] > 0.3
    assert by_id["s2"]["compound"] < -0.3
    assert by_id["s2"]["polarity"] < 0 < by_id["s1"]["polarity"]


def test_voice_means_rest_on_their_statements():
    block = run()
    south = block["voices"]["southland"]
    scores = [s["compound"] for s in block["statements"] if s["statement_id"] in ("s2", "s3")]
    assert south["n"] == 2 and south["statement_ids"] == ["s2", "s3"]
    assert south["mean_compound"] == pytest.approx(sum(scores) / 2, abs=1e-4)
    assert south["min"]["statement_id"] in ("s2", "s3")
    assert block["voices"]["northland"]["mean_compound"] > south["mean_compound"]


def test_voice_without_statements_has_null_means():
    un = run()["voices"]["un"]
    assert un == {"n": 0, "mean_compound": None, "mean_polarity": None,
                  "mean_subjectivity": None, "min": None, "max": None, "statement_ids": []}


def test_narrator_scored_per_sentence_piece():
    analysis = make_analysis(TEXT, STATEMENTS)
    narrator = SentimentAnalyzer(AnalysisConfig()).analyze(analysis)["voices"]["narrator"]
    texts = [TEXT[s:e] for s, e in (p["span"] for p in narrator["pieces"])]
    assert "It was a sad and tragic day." in texts
    assert "The weather was calm." in texts  # not glued to the next sentence
    assert narrator["n"] == len(narrator["pieces"])
    assert narrator["min"]["span"] == narrator["pieces"][texts.index(
        "It was a sad and tragic day.")]["span"]


def test_aggregate_of_no_items_has_null_means():
    assert aggregate([], "span")["mean_polarity"] is None


def test_block_is_json_ready_and_deterministic():
    assert json.dumps(run(), sort_keys=False) == json.dumps(run(), sort_keys=False)


def test_seed_every_statement_scored_and_voices_counted():
    import framing

    analysis = framing.analyze(SEED)
    block = analysis.results["sentiment"]
    assert [s["statement_id"] for s in block["statements"]] == [
        s.id for s in analysis.statements]
    for voice in analysis.voices:
        if voice.id != "narrator":
            assert block["voices"][voice.id]["n"] == len(voice.statement_ids)
    assert block["voices"]["narrator"]["n"] > 5


def test_textblob_scores_statements_only(monkeypatch):
    from framing.analyzers import sentiment

    scored: list[str] = []
    real = sentiment.pattern_sentiment

    def recording(text):
        scored.append(text)
        return real(text)

    monkeypatch.setattr(sentiment, "pattern_sentiment", recording)
    block = run()
    assert sorted(scored) == sorted(text for text, *_ in STATEMENTS)
    narrator = block["voices"]["narrator"]
    assert narrator["n"] > 0 and "mean_polarity" not in narrator
    assert all(set(p) == {"span", "sentence", "compound"} for p in narrator["pieces"])
    assert narrator["mean_compound"] < 0  # "It was a sad and tragic day." still scored
