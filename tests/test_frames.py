import importlib
from collections import Counter
from pathlib import Path

import pytest

from framing.analyzers.frames import FRAMES, FramesAnalyzer
from framing.config import AnalysisConfig
from framing.lexicons import load_rows
from tests.helpers import make_analysis

NORTH = "Sanctions raised prices and hurt trade, and the economy lost jobs."
SOUTH = "Troops attacked the border and soldiers were killed in the fighting."
TEXT = (
    "Villagers fled their homes as the court ruled the shelling illegal. "
    f'Northland said "{NORTH}" '
    f'Southland said "{SOUTH}"'
)
STATEMENTS = [
    (NORTH, "Northland", "northland", "say", "neutral"),
    (SOUTH, "Southland", "southland", "say", "neutral"),
]


@pytest.fixture(scope="module")
def block():
    return FramesAnalyzer(AnalysisConfig()).analyze(make_analysis(TEXT, STATEMENTS))


def test_each_voice_gets_its_dominant_frame(block):
    voices = block["voices"]
    assert voices["northland"]["dominant"] == ["economic"]
    assert voices["southland"]["dominant"] == ["security_and_defense"]
    assert voices["southland"]["counts"]["economic"] == 0
    assert voices["northland"]["counts"]["security_and_defense"] == 0


def test_scores_are_hits_per_hundred_words_with_cue_evidence(block):
    south = block["voices"]["southland"]
    assert south["n_words"] == 11
    # troops, attacked, border, soldiers, killed, fighting
    assert south["counts"]["security_and_defense"] == 6
    assert south["scores"]["security_and_defense"] == round(600 / 11, 4)
    cues = {c["term"]: c for c in south["cues"]["security_and_defense"]}
    assert [TEXT[slice(*s)] for s in cues["attack"]["spans"]] == ["attacked"]
    assert cues["attack"]["statement_ids"] == ["s2"]
    assert "fighting" in cues


def test_ties_give_several_dominant_frames_and_other_stays_empty(block):
    narrator = block["voices"]["narrator"]
    # villagers, homes | court, illegal | shelling
    assert narrator["counts"]["quality_of_life"] == 2
    assert narrator["counts"]["legality_constitutionality_jurisprudence"] == 2
    assert narrator["dominant"] == ["legality_constitutionality_jurisprudence", "quality_of_life"]
    assert narrator["counts"]["other"] == 0 and narrator["cues"]["other"] == []
    assert all(c["statement_ids"] == [] for cs in narrator["cues"].values() for c in cs)


def test_voice_without_text_has_no_dominant_frame(block):
    un = block["voices"]["un"]
    assert un["dominant"] == [] and un["n_words"] == 0 and un["total_hits"] == 0
    assert block["frames"] == list(FRAMES) and "Card" in block["method"]


def test_lexicon_covers_every_codebook_frame_but_other():
    per_frame = Counter(row[1] for row in load_rows("frames"))
    assert set(per_frame) == set(FRAMES) - {"other"}
    assert all(15 <= n <= 40 for n in per_frame.values()), per_frame


SEED = Path(__file__).resolve().parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"


@pytest.fixture(scope="module")
def seed():
    if not hasattr(importlib.import_module("framing.attribution"), "attribute"):
        pytest.skip("attribution not written yet")
    from framing.pipeline import analyze

    return analyze(SEED, config=AnalysisConfig(analyzers=("frames",))).results["frames"]


def test_seed_security_dominates_both_sides_and_narrator(seed):
    for voice in ("armenia", "azerbaijan", "narrator"):
        assert seed["voices"][voice]["dominant"] == ["security_and_defense"], voice


def test_a_cue_in_many_statements_lists_each_once_without_a_scan_of_the_list(monkeypatch):
    # "sid not in cue['statement_ids']" per hit was quadratic (a cue in 30,000 statements of a
    # 1 MB text: 3.4 s): ids compared against the list grow with the square of the statements
    from framing.analyzers import frames
    from framing.pipeline import analyze

    compared = [0]

    class Sid(str):
        __hash__ = str.__hash__

        def __eq__(self, other):
            compared[0] += 1
            return str.__eq__(self, other)

    first = frames.statement_at
    monkeypatch.setattr(frames, "statement_at",
                        lambda voice, pos: (sid := first(voice, pos)) and Sid(sid))
    sides = Path(__file__).resolve().parent.parent / "examples" / "corpus" / "sides.yaml"
    analysis = analyze("Valdoria said Kestria attacked the village. " * 400, sides=sides)
    cues = analysis.results["frames"]["voices"]["valdoria"]["cues"]["security_and_defense"]
    attack = next(c for c in cues if c["term"] == "attack")
    assert len(attack["statement_ids"]) == len(set(attack["statement_ids"])) == 400
    assert compared[0] < 4 * 400 * 2
