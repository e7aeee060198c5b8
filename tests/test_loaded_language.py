import importlib
from pathlib import Path

import pytest

from framing.analyzers.loaded_language import LoadedLanguageAnalyzer
from framing.config import AnalysisConfig
from framing.text.term_matcher import TermMatcher, inflections
from framing.text.tokenize import tokenize
from tests.helpers import make_analysis

NORTH = "Southlander occupiers deliberately shelled our sovereign territory and civilians."
SOUTH = "The Enemies reportedly crossed; this clearly violates our territorial integrity."
TEXT = (
    "The so-called liberal reformers reported new deliberations over the disputed valley. "
    f'Northland said "{NORTH}" '
    f'Southland said "{SOUTH}" '
    "Territorial, integrity talks may resume."
)
STATEMENTS = [
    (NORTH, "Northland", "northland", "say", "neutral"),
    (SOUTH, "Southland", "southland", "say", "neutral"),
]


def _analyze(config: AnalysisConfig | None = None):
    analysis = make_analysis(TEXT, STATEMENTS)
    return LoadedLanguageAnalyzer(config or AnalysisConfig()).analyze(analysis)


def _terms(voice_block, category):
    return [h["term"] for h in voice_block["hits"][category]]


def test_hits_land_in_the_right_voice_and_category():
    block = _analyze()
    north, south = block["voices"]["northland"], block["voices"]["southland"]
    assert _terms(north, "dysphemism") == ["occupier"]
    assert _terms(north, "accusation_intent") == ["deliberately"]
    assert _terms(north, "victimhood_sovereignty") == ["sovereign territory", "civilian"]
    assert _terms(south, "dysphemism") == ["enemy"]
    assert _terms(south, "hedge") == ["reportedly"]
    assert _terms(south, "booster") == ["clearly"]
    assert _terms(south, "victimhood_sovereignty") == ["territorial integrity"]


def test_evidence_spans_and_statement_ids():
    block = _analyze()
    hit = block["voices"]["southland"]["hits"]["dysphemism"][0]
    assert hit["matched"] == "Enemies" == TEXT[slice(*hit["span"])]
    assert hit["statement_id"] == "s2"
    narrator_hits = block["voices"]["narrator"]["hits"]
    assert all(h["statement_id"] is None for hits in narrator_hits.values() for h in hits)
    starts = [h["span"][0] for h in block["hits"]]
    assert starts == sorted(starts)
    assert {h["voice"] for h in block["hits"]} == {"northland", "southland", "narrator"}


def test_stems_do_not_overreach():
    narrator = _analyze()["voices"]["narrator"]
    # "reported" shares the stem of "reportedly", "liberal" of "liberated", "deliberations" of
    # "deliberately"; none of them is loaded. "so-called" and "disputed" are.
    assert _terms(narrator, "hedge") == ["so-called", "may"]
    assert _terms(narrator, "conflict_label") == ["disputed"]
    assert _terms(narrator, "accusation_intent") == []
    # a multi-word term does not match across punctuation
    assert _terms(narrator, "victimhood_sovereignty") == []


def test_counts_and_rates_per_thousand_words():
    south = _analyze()["voices"]["southland"]
    assert south["n_words"] == 10
    assert south["counts"]["hedge"] == 1 and south["total"] == 4
    assert south["rate_per_1000"]["hedge"] == 100.0
    assert south["total_rate_per_1000"] == 400.0


def test_extra_lexicon_adds_terms_and_categories(tmp_path: Path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("# my terms\nshell\tviolence_verb\tours\nvalley\tplace\n", encoding="utf-8")
    block = _analyze(AnalysisConfig(extra_lexicons=(extra,)))
    assert block["categories"][-2:] == ["violence_verb", "place"]
    assert _terms(block["voices"]["northland"], "violence_verb") == ["shell"]
    assert block["voices"]["narrator"]["counts"]["place"] == 1
    assert _analyze()["categories"].count("place") == 0  # the shipped lexicon is untouched


def test_matcher_prefers_the_longest_term_and_inflections():
    matcher = TermMatcher([("sovereign", "a"), ("sovereign territory", "b"), ("enemy", "c")])
    run = tokenize("sovereign territories of enemies")
    found = [(e.term, e.label) for _, _, e in matcher.find(run)]
    assert found == [("sovereign territory", "b"), ("enemy", "c")]
    assert {"enemies", "occupied", "stopped", "attacked"} <= (
        inflections("enemy") | inflections("occupy") | inflections("stop") | inflections("attack")
    )
    assert "clear" not in inflections("clearly")


SEED = Path(__file__).resolve().parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"


@pytest.fixture(scope="module")
def seed():
    if not hasattr(importlib.import_module("framing.attribution"), "attribute"):
        pytest.skip("attribution not written yet")
    from framing.pipeline import analyze

    config = AnalysisConfig(analyzers=("loaded_language",))
    return analyze(SEED, config=config).results["loaded_language"]


def test_seed_loaded_language(seed):
    voices = seed["voices"]
    assert "enemy" in _terms(voices["azerbaijan"], "dysphemism")
    assert "deliberately" in _terms(voices["azerbaijan"], "accusation_intent")
    assert {"territorial integrity", "sovereign territory"} <= set(
        _terms(voices["armenia"], "victimhood_sovereignty"))
    assert {"disputed", "separatist"} <= set(_terms(voices["narrator"], "conflict_label"))
    assert "enemy" not in _terms(voices["armenia"], "dysphemism")
