"""The evaluation harness: gold file parsing, exact scores on tiny gold files, the shipped gold."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing.evaluate import Prediction, evaluate, main, match_statements, score
from framing.gold import GoldError, load_gold
from framing.model import Statement

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold" / "attribution_gold.jsonl"


def wire(n: int) -> Path:
    """The wire-style gold set ``n`` (set 1 is ``heldout_wire.jsonl``)."""
    return GOLD.with_name(f"heldout_wire{n if n > 1 else ''}.jsonl")


# Measured on the shipped gold file: side-aware F1 0.97 (0.92 before rules were tuned on it),
# stance F1 0.82.
# The floors leave a margin so that only real regressions fail.
SIDE_AWARE_F1_FLOOR = 0.92
STANCE_F1_FLOOR = 0.75

SIDES = {
    "sides": [{"id": "valdoria", "name": "Valdoria", "aliases": ["Valdoria", "Valdorian"]},
              {"id": "kestria", "name": "Kestria", "aliases": ["Kestria", "Kestrian"]}],
    "third_parties": [{"id": "un", "name": "United Nations", "aliases": ["UN"]}],
}
TEXT = "Valdoria said the dam was hit. Kestria said it was not."


def write_gold(tmp_path: Path, *items: dict | str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(i if isinstance(i, str) else json.dumps(i) for i in items) + "\n",
                    encoding="utf-8")
    return path


def item(statements=(), stance=(), text=TEXT, **extra) -> dict:
    return {"id": "t-1", "conflict": "test", "text": text, "sides": SIDES,
            "statements": [{"speaker": sp, "side": sd, "verb": "say", "content": ct}
                           for sp, sd, ct in statements],
            "stance": [{"claimant": c, "agent": a, "target": t, "predicate": p}
                       for c, a, t, p in stance], **extra}


def pred(text: str, content: str, side: str, resolution: str = "named") -> Statement:
    start = text.index(content)
    return Statement("s1", content, start, start + len(content), "X", side, "say", "said",
                     "neutral", False, resolution, 0)


def claim(claimant, agent, target, predicate="attack", category="violence") -> dict:
    return {"claimant": claimant, "agent": agent, "target": target, "predicate": predicate,
            "category": category}


# -- the shipped gold file ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def shipped_report():
    return evaluate(GOLD)


def test_shipped_gold_parses_and_covers_every_pattern():
    items = load_gold(GOLD)
    assert len(items) >= 60
    patterns = {st.pattern for it in items for st in it.statements}
    assert {"said_that", "quote_x_said", "quote_said_x", "statement_adding", "pronoun",
            "institution", "country_context", "according_to_pre", "according_to_post",
            "accused_of", "called_on", "reported", "headline", "reciprocal", "title",
            "continuation", "known_surname"} <= patterns
    assert len({it.conflict for it in items}) >= 5
    assert sum(it.pattern == "non_statement" and not it.statements for it in items) >= 8
    for it in items:
        if it.headline:  # the segmenter's heading rule: first line, then a blank line
            assert "\n\n" in it.text and "\n" not in it.text.split("\n\n")[0]
        for st in it.statements:
            assert it.text[st.start:st.end] == st.content


def test_shipped_gold_scores_stay_above_the_floor(shipped_report):
    assert shipped_report.side_aware["f1"] >= SIDE_AWARE_F1_FLOOR, shipped_report.side_aware
    assert shipped_report.detection["f1"] >= shipped_report.side_aware["f1"]
    if shipped_report.stance is None:
        pytest.skip(shipped_report.stance_note)
    assert shipped_report.stance["f1"] >= STANCE_F1_FLOOR, shipped_report.stance


# The wire-style files, annotated blind: side-aware F1 0.77 / 0.83 / 0.77 / 0.73 / 0.78 / 0.80 /
# 0.82 / 0.88 / 0.86 / 0.91 / 0.82 / 0.88 / 0.84 and stance F1 0.55 / 0.58 / 0.71 / 0.62 / 0.62 /
# 0.71 / 0.75 / 0.83 / 0.76 / 0.80 / 0.71 / 0.97 / 0.74 (sets 1-13) at their first
# measurements; now 0.94 / 0.97 / 0.93 / 0.97 / 0.95 / 0.94 / 0.96 / 0.97 / 0.96 / 0.97 / 0.95
# / 1.00 / 0.96 and 0.83 / 0.82 / 0.92 / 0.87 / 0.78 / 0.94 / 0.90 / 0.97 / 0.90 / 0.96 / 0.85
# / 1.00 / 0.79, in-sample (docs/evaluate.md).
HELDOUT_SIDE_AWARE_F1_FLOOR = 0.85
HELDOUT_STANCE_F1_FLOOR = 0.68


# The untuned sets, never used to tune a rule, have their own floors: set 14 side-aware 0.94 ->
# 0.95 and stance 0.85 -> 0.86 between the start and end code of the session that added it;
# set 15, written at its end, 0.89 and 0.89 on both (side-aware 0.90 after the last rules).
UNTUNED_FLOORS = {14: (0.90, 0.78), 15: (0.84, 0.82)}


@pytest.mark.parametrize("n", range(1, 16), ids=lambda n: f"wire{n if n > 1 else ''}")
def test_wire_gold_scores_stay_above_the_floor(n):
    path = wire(n)
    side_floor, stance_floor = UNTUNED_FLOORS.get(
        n, (HELDOUT_SIDE_AWARE_F1_FLOOR, HELDOUT_STANCE_F1_FLOOR))
    report = evaluate(path)
    assert len(load_gold(path)) >= 40
    assert report.side_aware["f1"] >= side_floor, report.side_aware
    if report.stance is None:
        pytest.skip(report.stance_note)
    assert report.stance["f1"] >= stance_floor, report.stance


def test_shipped_gold_known_hard_cases_are_reported_as_errors(shipped_report):
    by_item = {(e["item"], e["kind"]) for e in shipped_report.errors}
    # "Valdoria's position is that …" has no reporting verb: a documented miss
    assert ("vk-22", "miss") in by_item
    # every non-statement item's false positives are counted in the pattern table
    fp = sum(e["kind"] == "false_positive" for e in shipped_report.errors
             if e["item"] in {it.id for it in load_gold(GOLD) if not it.statements})
    assert shipped_report.patterns["non_statement"]["false_positives"] == fp


# -- exact scores on hand-made predictions -------------------------------------------------------
def test_one_false_positive_halves_precision(tmp_path):
    (gold,) = load_gold(write_gold(tmp_path, item([("Valdoria", "valdoria",
                                                     "the dam was hit")])))
    predicted = [pred(TEXT, "the dam was hit", "valdoria"), pred(TEXT, "it was not", "kestria")]
    report = score([gold], [Prediction(predicted)])
    assert report.detection == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert report.side_aware["precision"] == 0.5 and report.side_accuracy == 1.0
    assert [e["kind"] for e in report.errors] == ["false_positive"]


def test_wrong_side_counts_for_detection_but_not_side_aware(tmp_path):
    (gold,) = load_gold(write_gold(tmp_path, item([("Kestria", "kestria", "it was not")])))
    report = score([gold], [Prediction([pred(TEXT, "it was not", "valdoria", "pronoun")])])
    assert report.detection["f1"] == 1.0
    assert report.side_aware == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert report.side_accuracy == 0.0
    assert report.resolutions["pronoun"] == {"predicted": 1, "side_correct": 0,
                                             "side_precision": 0.0}
    assert report.errors[0]["kind"] == "wrong_side"


def test_miss_lowers_recall_and_pattern_recall(tmp_path):
    gold_item = item([("Valdoria", "valdoria", "the dam was hit"),
                      ("Kestria", "kestria", "it was not")])
    gold_item["statements"][1]["pattern"] = "said_that"
    (gold,) = load_gold(write_gold(tmp_path, gold_item))
    report = score([gold], [Prediction([pred(TEXT, "the dam was hit", "valdoria")])])
    assert report.detection["precision"] == 1.0 and report.detection["recall"] == 0.5
    assert report.patterns["said_that"]["recall"] == 0.0
    assert report.patterns["-"]["side_recall"] == 1.0


def test_overlap_must_reach_half_of_the_shorter_span(tmp_path):
    text = "Valdoria said 0123456789."
    (gold,) = load_gold(write_gold(tmp_path, item([("Valdoria", "valdoria", "0123456789")],
                                                  text=text)))
    at = text.index("0")
    half = Statement("s1", "", at + 5, at + 15, "X", "valdoria", "say", "said", "neutral",
                     False, "named", 0)
    less = Statement("s1", "", at + 6, at + 16, "X", "valdoria", "say", "said", "neutral",
                     False, "named", 0)
    assert match_statements(gold.statements, [half]) == [(0, 0)]
    assert match_statements(gold.statements, [less]) == []


def test_one_gold_statement_matches_at_most_one_prediction(tmp_path):
    (gold,) = load_gold(write_gold(tmp_path, item([("Valdoria", "valdoria",
                                                     "the dam was hit")])))
    a, b = pred(TEXT, "the dam was hit", "valdoria"), pred(TEXT, "dam was hit", "valdoria")
    report = score([gold], [Prediction([a, b])])
    assert (report.n_matched, report.detection["precision"]) == (1, 0.5)


def test_stance_triples_are_a_multiset_and_ignore_incomplete_claims(tmp_path):
    stance = [("valdoria", "kestria", "valdoria", "attack"),
              ("narrator", "kestria", "valdoria", "shell")]
    (gold,) = load_gold(write_gold(tmp_path, item(stance=stance)))
    claims = [
        claim("valdoria", "kestria", "valdoria", "attack"),
        claim("narrator", "kestria", "valdoria", "attack"),  # right triple, other predicate
        claim("narrator", "kestria", "valdoria", "attack"),  # a duplicate: false positive
        claim("kestria", None, "kestria", "die", "harm"),  # no agent: not scored
        claim("un", "un", "valdoria", "help", "cooperation"),  # not hostile: not scored
    ]
    report = score([gold], [Prediction([], claims)])
    assert (report.stance["gold"], report.stance["predicted"]) == (2, 3)
    assert report.stance["recall"] == 1.0 and report.stance["precision"] == 0.6667
    assert report.stance["strict"]["recall"] == 0.5
    assert [e["kind"] for e in report.errors] == ["stance_false_positive"]


def test_stance_is_skipped_with_a_note_without_the_analyzer(tmp_path):
    (gold,) = load_gold(write_gold(tmp_path, item()))
    report = score([gold], [Prediction([], None)])
    assert report.stance is None and "stance" in report.stance_note


# -- the real pipeline on a tiny file -------------------------------------------------------------
def test_evaluate_runs_the_pipeline(tmp_path):
    path = write_gold(tmp_path, item([("Valdoria", "valdoria", "the dam was hit")]))
    report = evaluate(path)
    assert (report.n_gold, report.n_predicted, report.n_matched) == (1, 2, 1)
    assert report.detection["precision"] == 0.5 and report.side_aware["recall"] == 1.0


def test_sides_ref_reuses_an_earlier_items_sides(tmp_path):
    second = {"id": "t-2", "text": "Kestria said so.", "sides_ref": "t-1",
              "statements": [{"speaker": "Kestria", "side": "kestria", "content": "so"}]}
    first, other = load_gold(write_gold(tmp_path, item(), second))
    assert other.sides is first.sides and other.statements[0].side == "kestria"


# -- malformed files -----------------------------------------------------------------------------
@pytest.mark.parametrize("bad, message", [
    ("{not json", "invalid JSON"),
    ('["a list"]', "one JSON object"),
    (json.dumps(item([("Valdoria", "valdoria", "not in the text")])), "not a substring"),
    (json.dumps(item([("Valdoria", "northland", "the dam was hit")])), "side 'northland'"),
    (json.dumps({"id": "t-9", "text": "x", "sides_ref": "later", "statements": []}),
     "sides_ref"),
    (json.dumps(item(stance=[("narrator", "valdoria", "mars", "attack")])), "unknown actor"),
    (json.dumps({**item(), "id": "t-0"}), "duplicate id"),
])
def test_malformed_line_names_file_and_line(tmp_path, bad, message):
    path = write_gold(tmp_path, {**item(), "id": "t-0"}, "", bad)
    with pytest.raises(GoldError, match=rf"gold\.jsonl:3: .*{message}"):
        load_gold(path)


def test_a_line_separator_inside_a_json_string_does_not_split_the_item(tmp_path):
    text = "Valdoria said the dam was hit.\u2028Kestria said it was not.\u0085"
    path = write_gold(tmp_path, json.dumps(item(text=text), ensure_ascii=False))
    assert "\u2028" in path.read_text(encoding="utf-8")
    (loaded,) = load_gold(path)
    assert loaded.text == text


def test_main_prints_one_line_and_exits_1_on_a_malformed_file(tmp_path, capsys):
    path = write_gold(tmp_path, item(), "{oops")
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gold.jsonl:2:" in err


def test_main_table_json_and_errors(tmp_path, capsys):
    path = write_gold(tmp_path, item([("Valdoria", "valdoria", "the dam was hit")]))
    assert main([str(path)]) == 0
    table = capsys.readouterr().out
    error_line = re.compile(r"^\s+t-1\s", re.MULTILINE)  # (the tmp path may contain "t-1")
    assert "statement detection" in table and "side-aware" in table
    assert not error_line.search(table)
    assert main([str(path), "--errors"]) == 0
    # the unannotated "Kestria said" statement
    assert error_line.search(capsys.readouterr().out)
    assert main([str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["detection"]["precision"] == 0.5 and "errors" not in data
