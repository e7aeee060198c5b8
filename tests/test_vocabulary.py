import importlib
import json
from pathlib import Path

import pytest

from framing.analyzers.vocabulary import VocabularyAnalyzer, count_terms, token_runs
from framing.config import AnalysisConfig
from framing.model import Sentence, Side, SideSet
from framing.text.tokenize import tokens_between
from tests.helpers import make_analysis

NORTH = "the enemy deliberately shelled our villages and the enemy attacked the border."
SOUTH = "Northlander troops attacked peaceful farms and violated the ceasefire."
TEXT = (
    "Fighting broke out along the border on Monday. "
    f'Northland said "{NORTH}" '
    f'Southland said "{SOUTH}" '
    "The United Nations urged calm."
)
STATEMENTS = [
    (NORTH, "Northland", "northland", "say", "neutral"),
    (SOUTH, "Southland", "southland", "say", "neutral"),
]


@pytest.fixture(scope="module")
def block():
    return VocabularyAnalyzer(AnalysisConfig()).analyze(make_analysis(TEXT, STATEMENTS))


def _norms(items):
    return [i["norm"] for i in items]


def _item(items, norm):
    return next(i for i in items if i["norm"] == norm)


def test_repeated_exclusive_term_is_distinctive_with_evidence(block):
    north = block["distinctive"]["northland"]
    enemy = _item(north, "enemi")
    assert (enemy["term"], enemy["count_a"], enemy["count_b"]) == ("enemy", 2, 0)
    assert [TEXT[s:e] for s, e in enemy["spans"]] == ["enemy", "enemy"]
    assert enemy["statement_ids"] == ["s1"]
    assert enemy["strength"] == "moderate"
    # used twice beats used once, and the list is sorted by z
    assert enemy["z"] > _item(north, "shell our villag")["z"]
    assert [i["z"] for i in north] == sorted((i["z"] for i in north), reverse=True)


def test_each_side_gets_its_own_terms_with_positive_z(block):
    south = block["distinctive"]["southland"]
    assert any("ceasefir" in n for n in _norms(south))
    assert all(i["z"] > 0 and i["count_a"] == 0 and i["count_b"] > 0 for i in south)
    assert not any("enemi" in n for n in _norms(south))


def test_term_used_by_both_sides_is_shared_not_distinctive(block):
    attack = _item(block["shared"], "attack")
    assert (attack["count_a"], attack["count_b"]) == (1, 1)
    assert TEXT[slice(*attack["spans_a"][0])] == "attacked"
    for side in ("northland", "southland"):
        assert "attack" not in _norms(block["distinctive"][side])


def test_actor_names_are_kept_out_of_distinctive_terms(block):
    south = block["distinctive"]["southland"]
    assert not any("northland" in n for n in _norms(south))
    assert "northland troop" not in _norms(south)
    actor = _norms(block["voices"]["southland"]["actor_terms"])
    assert "northland" in actor


def test_subsumed_parts_are_folded_into_the_longer_phrase(block):
    north = block["distinctive"]["northland"]
    phrase = _item(north, "enemi deliber shell")
    assert {"deliberately", "deliberately shelled"} <= set(phrase["subsumes"])
    assert "deliber" not in _norms(north) and "deliber shell" not in _norms(north)
    # "enemy" is used twice, the phrase once: not the same evidence, so not folded
    assert "enemy" not in phrase["subsumes"] and "enemi" in _norms(north)


def test_narrator_top_terms_are_its_own(block):
    narrator = block["voices"]["narrator"]
    top = _norms(narrator["top_terms"])
    assert "border on Monday" in [i["term"] for i in narrator["top_terms"]]  # a name: capital
    assert "enemi" not in top and "urg calm" in top
    assert _item(narrator["top_terms"], "urg calm")["count_rest"] == 0
    assert narrator["n_words"] == 17  # 8 + "Northland said" + "Southland said" + 5


def test_ngrams_stop_at_punctuation_sentences_and_stop_words():
    text = "Peace talks, border guards. Border talks of the enemy and peace and security."
    sentences = [Sentence(0, 0, 27), Sentence(1, 28, len(text))]
    counts = count_terms(token_runs(text, [[0, len(text)]], sentences)).counts
    assert counts["peac talk"] == 1 and counts["border guard"] == 1
    assert "talk border" not in counts  # comma
    assert "guard border" not in counts  # sentence boundary
    assert counts["peac and secur"] == 1  # stop word inside is fine
    assert "the enemi" not in counts and "and" not in counts and "enemi and" not in counts
    assert counts["talk"] == 2 and counts["border"] == 2


def test_output_is_json_ready_and_deterministic(block):
    again = VocabularyAnalyzer(AnalysisConfig()).analyze(make_analysis(TEXT, STATEMENTS))
    assert json.dumps(block, sort_keys=False) == json.dumps(again, sort_keys=False)
    assert block["method"] and block["prior"] == "document" and block["alpha0"] > 0
    assert set(block["voices"]) == {"northland", "southland", "un", "narrator"}


def test_background_prior_shrinks_terms_common_in_the_background(tmp_path: Path):
    background = tmp_path / "background.txt"
    background.write_text("The enemy came. " * 200 + "Quiet villages.\n", encoding="utf-8")
    analysis = make_analysis(TEXT, STATEMENTS)
    doc = VocabularyAnalyzer(AnalysisConfig()).analyze(analysis)
    bg = VocabularyAnalyzer(AnalysisConfig(background=background)).analyze(analysis)
    assert bg["prior"] == "background"
    z_doc = _item(doc["distinctive"]["northland"], "enemi")["z"]
    z_bg = _item(bg["distinctive"]["northland"], "enemi")["z"]
    assert z_bg < z_doc


# -- the seed article, through the whole pipeline ------------------------------------------------
SEED = Path(__file__).resolve().parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"


@pytest.fixture(scope="module")
def seed():
    if not hasattr(importlib.import_module("framing.attribution"), "attribute"):
        pytest.skip("attribution not written yet")
    from framing.pipeline import analyze

    return analyze(SEED, config=AnalysisConfig(analyzers=("vocabulary",))).results["vocabulary"]


def test_seed_distinctive_and_shared_terms(seed):
    az = [i["term"] for i in seed["distinctive"]["azerbaijan"]]
    am = [i["term"] for i in seed["distinctive"]["armenia"]]
    assert "enemy" in az
    assert any("advance" in t for t in az)
    assert any("deliberately raising" in t or "raising tensions" in t for t in az)
    assert "lost control" in am and "territorial integrity" in am
    assert "attack" in _norms(seed["shared"])
    assert "attack" not in _norms(seed["distinctive"]["azerbaijan"])
    assert "attack" not in _norms(seed["distinctive"]["armenia"])
    assert not any(t.startswith("armenia") or t.startswith("azerbaijan") for t in az + am)
    # phrases, not fragments straddling two of them
    assert {"dead and wounded", "number of casualties", "military positions"} <= set(am)
    assert {"stopped the advance", "peace and security"} <= set(az)
    for fragment in ("broke out following", "fighting which broke", "detained in border",
                     "loss of military", "interested in ensuring"):
        assert fragment not in am + az


# -- counting once per document ------------------------------------------------------------------
BOTH_TEXT = (
    "Peace talks stalled. The two sides accused each other of shelling border villages. "
    'Northland said "Southlander enemies shelled the villages" on Monday. '
    'Southland said "the enemy shelled the villages first" and urged talks.'
)


def test_voice_counts_from_the_document_index_match_counting_the_voice_alone():
    from framing.analyzers.vocabulary import article_term_counts
    from framing.text.ngrams import span_counts

    analysis = make_analysis(BOTH_TEXT, [
        ("Southlander enemies shelled the villages", "Northland", "northland", "say", "n"),
        ("the enemy shelled the villages first", "Southland", "southland", "say", "n"),
    ])
    text, sentences = analysis.document.text, analysis.sentences
    actor = {t.start for m in analysis.sides.mentions(text)
             for t in tokens_between(text, m.start, m.end)}
    _, by_voice = article_term_counts(analysis)
    for voice in analysis.voices:
        alone = count_terms(token_runs(text, voice.spans, sentences), actor)
        shared = by_voice[voice.id]
        assert shared.counts == alone.counts and shared.actor == alone.actor
        assert shared.n_words == alone.n_words
        assert all(shared.spans(k) == alone.spans(k) for k in alone.counts)
        assert span_counts(text, sentences, voice.spans, actor).counts == alone.counts
    north = by_voice["northland"]
    assert north.counts["shell the villag"] == 1
    assert {"southland", "southland enemi"} <= north.actor  # "Southlander" names an actor
    assert "southland" not in north.content() and north.content()["enemi"] == 1
    # the narrator's n-grams stop at the statements: "said" and the quote never join
    assert not any(k.startswith("said southland") for k in by_voice["narrator"].counts)


def test_a_term_is_shown_in_its_own_voices_surface_form():
    analysis = make_analysis(BOTH_TEXT, [
        ("Southlander enemies shelled the villages", "Northland", "northland", "say", "n"),
        ("the enemy shelled the villages first", "Southland", "southland", "say", "n"),
    ])
    out = VocabularyAnalyzer(AnalysisConfig()).analyze(analysis)
    shared = _item(out["shared"], "shell the villag")
    assert shared["term"] == "shelled the villages"
    assert (shared["count_a"], shared["count_b"]) == (1, 1)
    assert [BOTH_TEXT[s:e] for s, e in shared["spans_b"]] == ["shelled the villages"]
    # one stem, two surfaces: each side's own lists show its own word
    assert _item(out["voices"]["northland"]["frequent"], "enemi")["term"] == "enemies"
    assert _item(out["voices"]["southland"]["frequent"], "enemi")["term"] == "enemy"


def test_voice_lists_are_trimmed_to_what_is_read(block):
    for voice in block["voices"].values():
        assert len(voice["frequent"]) <= 10 and len(voice["actor_terms"]) <= 10
        for item in voice["frequent"] + voice["actor_terms"]:
            assert set(item) == {"term", "norm", "count"}
        for item in voice["top_terms"]:
            assert len(item["spans"]) <= 3 and "strength" not in item
    frequent = block["voices"]["northland"]["frequent"]
    assert frequent[0]["norm"] == "enemi" and frequent[0]["count"] == 2
    assert [i["count"] for i in frequent] == sorted((i["count"] for i in frequent), reverse=True)


def test_possessive_side_names_are_actor_terms_not_distinctive():
    text = ('Northland said "Southland\'s army shelled Southland\'s own border villages." '
            'Southland said "the convoy was attacked."')
    analysis = make_analysis(text, [
        ("Southland's army shelled Southland's own border villages.", "Northland", "northland",
         "say", "neutral"),
        ("the convoy was attacked.", "Southland", "southland", "say", "neutral"),
    ])
    block = VocabularyAnalyzer(AnalysisConfig()).analyze(analysis)
    northland_terms = {t["term"] for t in block["distinctive"]["northland"]}
    assert "army shelled" in northland_terms or "shelled" in northland_terms
    assert not any("southland" in t for t in northland_terms)


def test_the_outlets_own_name_is_an_actor_term_not_its_vocabulary():
    from framing.ingest import document_from_text
    from framing.pipeline import analyze

    text = ("Northland accuses Southland of shelling\n\nNorthland said Southland troops shelled "
            "the valley. Continental Wire could not independently confirm the account. "
            "Southland denied it, the Continental Wire reporter said.")
    sides = SideSet([Side("n", "Northland", ["Northland"]), Side("s", "Southland", ["Southland"])])
    doc = document_from_text(text, outlet="Continental Wire")
    narrator = analyze(doc, sides=sides).results["vocabulary"]["voices"]["narrator"]
    content = {t["norm"] for t in narrator["frequent"] + narrator["top_terms"]}
    actors = {t["term"] for t in narrator["actor_terms"]}
    assert not any("continent" in k for k in content)
    assert any("continental wire" in a.lower() for a in actors)
    assert "independ" in content or "independently" in {t["term"] for t in narrator["top_terms"]}


def test_a_speakers_title_is_an_actor_term_not_the_narrators_vocabulary():
    # "said Army spokesman Colonel Ivan Dors": who speaks (the statements say it), not how the
    # narrator writes; the narrator's own words around it stay its vocabulary
    from framing.pipeline import analyze

    text = ("Separatists shelled the valley again, Army spokesman Colonel Ivan Dors said. "
            "Separatists fired on the bridge too, Army spokesman Colonel Ivan Dors said. "
            "Separatists are blamed for the blackout.")
    sides = SideSet([Side("n", "Northland", ["Northland"]), Side("s", "Southland", ["Southland"])])
    narrator = analyze(text, sides=sides).results["vocabulary"]["voices"]["narrator"]
    content = {t["norm"] for t in narrator["frequent"] + narrator["top_terms"]}
    actors = {t["term"].lower() for t in narrator["actor_terms"]}
    assert not any(w in k for k in content for w in ("spokesman", "colonel", "dor"))
    assert any("spokesman" in a for a in actors)
    assert "blame" in content
