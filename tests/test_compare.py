"""Corpus comparisons on tiny corpora whose answers are known by construction."""

from __future__ import annotations

import gc
import json
import weakref

import pytest

from framing import analyze
from framing.compare import ALL, compare_corpus, period_of
from framing.compare.bootstrap import mean_ci, ratio_ci, share_ci, wilson_interval
from framing.compare.command import main as compare_main
from framing.ingest import document_from_text
from framing.model import Side, SideSet

SIDES = SideSet(
    [Side("north", "Northland", ["Northland", "Northlander", "Northlanders", "Borvik"]),
     Side("south", "Southland", ["Southland", "Southlander", "Southlanders", "Tarnow"])],
    source="config",
)

# Outlet X: Northland "said", Southland "claimed"; its narrator says "rebels".
# Outlet Y: both sides "said"; its narrator says "residents".
X_TEXT = (
    "The Northland Defence Ministry said that its border guards repelled an attack on Monday.\n\n"
    "Southland claimed that the rebels had been provoked by Northland.\n\n"
    "The Southland Foreign Ministry claimed that Southland sovereignty was at stake.\n\n"
    "The rebels shelled a village, and rebels blocked the road to the valley."
)
Y_TEXT = (
    "The Northland Defence Ministry said that its guards returned fire near the river.\n\n"
    "The Southland Foreign Ministry said that Southland sovereignty must be respected.\n\n"
    "Residents of the valley spent the night in basements, and residents waited for help."
)


def _article(i: int, outlet: str, text: str, date: str, sides: SideSet = SIDES):
    doc = document_from_text(text, doc_id=f"{outlet}-{i}", title=f"Story {i} from {outlet}",
                             outlet=outlet, date=date)
    return analyze(doc, sides=sides)


def corpus(n: int = 4):
    """A generator: n articles from X (March) and n from Y (April)."""
    for i in range(n):
        yield _article(i, "X", X_TEXT, f"2024-03-{i + 1:02d}")
        yield _article(i, "Y", Y_TEXT, f"2024-04-{i + 1:02d}")


@pytest.fixture(scope="module")
def comparison():
    return compare_corpus(corpus(), by="outlet")


def test_doubt_verbs_go_to_the_side_the_outlet_doubts(comparison):
    x, y = comparison.verbs["X"], comparison.verbs["Y"]
    assert x["Southland"]["doubt"]["value"] == 1.0
    # every article: 2 of 2 doubt-cast; not a certainty: Wilson's interval for 8 of 8
    assert x["Southland"]["doubt"]["high"] == 1.0
    assert x["Southland"]["doubt"]["low"] == pytest.approx(0.6756, abs=1e-4)
    assert x["Northland"]["doubt"]["value"] == 0.0
    assert y["Southland"]["doubt"]["value"] == 0.0 and y["Northland"]["doubt"]["value"] == 0.0
    assert x["Southland"]["classes"] == {"doubt": 8}
    # the "All articles" group pools both outlets: 8 of 12 Southland statements
    assert comparison.verbs[ALL]["Southland"]["doubt"]["value"] == pytest.approx(8 / 12, abs=1e-4)
    assert any("At X" in f and "100% of Southland" in f for f in comparison.findings)
    assert not any("At Y" in f and "doubt" in f for f in comparison.findings)


def test_voice_share_counts_statements_per_side(comparison):
    x = comparison.voice_share["X"]
    assert x["statements"]["Southland"] == 8 and x["statements"]["Northland"] == 4
    assert x["statement_share"]["Southland"] == pytest.approx(8 / 12, abs=1e-4)
    assert 0 < x["word_share"]["narrator"] < 1
    assert comparison.groups == [ALL, "X", "Y"]
    assert comparison.sides == ["Northland", "Southland"]


def test_one_vs_rest_terms_have_the_right_sign(comparison):
    x_terms = {t["term"]: t for t in comparison.terms["groups"]["X"]}
    y_terms = {t["term"]: t for t in comparison.terms["groups"]["Y"]}
    assert x_terms["rebels"]["z"] > 0 and x_terms["rebels"]["count_other"] == 0
    assert y_terms["residents"]["z"] > 0
    assert "rebels" not in y_terms and "residents" not in x_terms
    south = {t["term"] for t in comparison.terms["sides"]["Southland"]}
    north = {t["term"] for t in comparison.terms["sides"]["Northland"]}
    assert "sovereignty" in south and "sovereignty" not in north


def test_sentiment_interval_contains_the_mean_and_is_deterministic(comparison):
    again = compare_corpus(corpus(), by="outlet")
    for g in comparison.groups:
        for side in ("Northland", "Southland", "narrator"):
            e = comparison.sentiment[g][side]
            assert e["low"] <= e["value"] <= e["high"]
            assert again.sentiment[g][side] == e


def test_bootstrap_pooled_ratio_and_interval():
    est = ratio_ci([1, 0, 3, 0, 2], [2, 2, 4, 1, 3])
    assert est.value == pytest.approx(6 / 12, abs=1e-4)
    assert est.low < est.value < est.high
    assert est == ratio_ci([1, 0, 3, 0, 2], [2, 2, 4, 1, 3])  # same seed, same interval
    many = [1, 0, 3, 0, 2] * 10, [2, 2, 4, 1, 3] * 10  # 50 articles: the bootstrap reaches
    assert ratio_ci(*many, seed=7) != ratio_ci(*many)  # beyond the t floor, by its seed
    same = mean_ci([0.5] * 10)
    assert same.low == same.value == same.high == 0.5
    empty = ratio_ci([3], [0])  # articles without statements carry no information
    assert empty.value is None and empty.n_articles == 0
    wide = mean_ci([-1.0, 1.0] * 5)
    assert wide.low < -0.2 and wide.high > 0.2


def test_share_interval_is_never_narrower_than_wilson_at_the_edges():
    # 9 articles, 2 of 2 statements each: the bootstrap has nothing to vary
    assert ratio_ci([2] * 9, [2] * 9).low == 1.0
    every = share_ci([2] * 9, [2] * 9)
    low, high = wilson_interval(1.0, 18)
    assert every.value == every.high == 1.0 and every.low == pytest.approx(low, abs=1e-4)
    assert 0.8 < every.low < 0.85 and high == 1.0  # 18 of 18: about 82%–100%
    none = share_ci([0] * 9, [2] * 9)
    assert none.low == 0.0 and 0.15 < none.high < 0.2
    # elsewhere: whichever bound reaches further, the bootstrap's or Wilson's
    num, den = [1, 0, 3, 0, 2] * 10, [2, 2, 4, 1, 3] * 10
    boot, share, (w_low, w_high) = ratio_ci(num, den), share_ci(num, den), wilson_interval(0.5, 120)
    assert share.value == boot.value
    assert share.low == round(min(boot.low, w_low), 4)
    assert share.high == round(max(boot.high, w_high), 4)
    # a balance (cooperative − hostile over their sum) is 2 × share − 1
    hostile = share_ci([-3] * 4, [3] * 4, balance=True)
    assert hostile.value == hostile.low == -1.0
    assert hostile.high == pytest.approx(2 * wilson_interval(0.0, 12)[1] - 1, abs=1e-4)


def test_accepts_a_generator_and_keeps_no_analysis():
    alive: list[weakref.ref] = []

    def stream():
        for a in corpus(2):
            alive.append(weakref.ref(a))
            yield a

    result = compare_corpus(stream(), by="side")
    gc.collect()
    assert result.n_articles == 4
    assert result.groups == [ALL]
    assert all(ref() is None for ref in alive)


def test_date_grouping_and_timeline():
    assert period_of("2024-03-04") == "2024-03"
    assert period_of("2024-03-04T10:00:00Z", "week") == "2024-W10"
    assert period_of("not a date") is None and period_of(None) is None
    c = compare_corpus(corpus(2), by="date")
    assert c.groups == [ALL, "2024-03", "2024-04"]
    assert c.verbs["2024-03"]["Southland"]["doubt"]["value"] == 1.0
    assert c.timeline["periods"] == ["2024-03", "2024-04"]
    assert c.timeline["rows"]["2024-03"]["sides"]["Southland"]["doubt_share"] == 1.0
    with pytest.raises(ValueError):
        compare_corpus(corpus(1), by="colour")


def test_detected_sides_are_matched_by_name():
    other_ids = SideSet([Side("nl", "Northland", SIDES.sides[0].aliases),
                         Side("sl", "Southland", SIDES.sides[1].aliases)])
    c = compare_corpus([_article(0, "X", X_TEXT, "2024-03-01"),
                        _article(1, "X", X_TEXT, "2024-03-02", sides=other_ids)])
    assert c.sides == ["Northland", "Southland"]
    assert c.verbs["X"]["Southland"]["n"] == 4
    assert c.other_sides == {}


def test_command_reads_analysis_json_files(tmp_path, capsys):
    for a in corpus(1):
        (tmp_path / f"{a.document.id}.json").write_text(a.to_json(), encoding="utf-8")
    assert compare_main(["compare", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["n_articles"] == 2 and data["sides"] == ["Northland", "Southland"]
    assert compare_main(["compare", str(tmp_path), "--by", "side"]) == 0
    assert "Southland" in capsys.readouterr().out
    assert compare_main(["compare", str(tmp_path / "missing")]) == 1


def test_command_on_a_store_without_articles_says_so(tmp_path, capsys):
    from framing.batch.store import Store

    with Store(tmp_path / "results.sqlite") as store:
        store.begin_run("fp", "0")
        store.finish_run()
    assert compare_main(["compare", str(tmp_path)]) == 1
    assert "no analysed articles" in capsys.readouterr().err


def test_command_on_a_store_whose_last_run_did_not_finish_says_so(tmp_path, capsys):
    from framing.batch.store import Store

    with Store(tmp_path / "results.sqlite") as store:
        store.begin_run("fp", "0")  # a batch killed before its end: state stays "running"
        articles = list(corpus(2))
        for i, a in enumerate(articles):
            store.add_result({"key": f"k{i}", "doc_id": a.document.id, "outlet": a.document.outlet,
                              "date": a.document.date, "title": a.document.title,
                              "status": "ok", "analysis_json": a.to_json(indent=None)})
            store.add_manifest(f"k{i}")
        store.commit()
    assert compare_main(["compare", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did not finish" in err
    assert f"the {len(articles)} articles analysed so far" in err
    with Store(tmp_path / "results.sqlite") as store:
        store.finish_run()
    assert compare_main(["compare", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_most_quoted_speakers_with_side_outlets_and_doubt(comparison):
    top = {(r["speaker"], r["voice"]): r for r in comparison.speakers}
    south = top[("southland foreign ministry", "Southland")]
    assert (south["statements"], south["articles"]) == (8, 8)
    assert south["outlets"] == {"X": 4, "Y": 4}
    assert south["doubt_share"] == 0.5  # "claimed" at X, "said" at Y
    north = top[("northland defence ministry", "Northland")]
    assert north["doubt_share"] == 0.0
    assert comparison.speakers[0]["statements"] >= comparison.speakers[-1]["statements"]


def test_a_bare_surname_is_counted_with_the_full_name_of_the_same_side():
    # a leader listed in the sides file, as users do: "Dal" alone is then Northland's
    sides = SideSet([Side("north", "Northland", ["Northland", "Ivo Dal", "Dal"]),
                     Side("south", "Southland", ["Southland"])], source="config")
    first = "Northland Foreign Minister Ivo Dal said the border was calm."
    later = "Dal said Southland had agreed to talks."
    c = compare_corpus([_article(0, "X", first, "2024-03-01", sides),
                        _article(1, "Y", later, "2024-03-02", sides)])
    [dal] = [r for r in c.speakers if r["voice"] == "Northland"]
    assert (dal["speaker"], dal["statements"], dal["articles"]) == ("Ivo Dal", 2, 2)


def test_voice_share_says_how_the_sides_were_found(comparison):
    from framing.render.resolutions import evidence_counts

    x = comparison.voice_share["X"]
    # every X article: three speakers that name their side
    assert x["resolutions"] == {"named": 12}
    assert evidence_counts(x["resolutions"]) == {
        "named with the speaker": 12, "carried over from before": 0,
        "inferred from context": 0, "not resolved": 0}
    assert sum(comparison.voice_share[ALL]["resolutions"].values()) == \
        comparison.voice_share[ALL]["n_statements"]


def test_evidence_counts_put_every_resolution_somewhere():
    from framing.render.resolutions import HOW_RESOLVED, evidence_counts

    counts = evidence_counts(dict.fromkeys(HOW_RESOLVED, 1))
    assert sum(counts.values()) == len(HOW_RESOLVED)
    assert counts["not resolved"] == 1 and counts["named with the speaker"] == 6


def test_a_term_every_narrator_uses_alike_is_distinctive_of_none():
    """Every outlet's narrator says "troops" once per article, the quotations far more often.

    With the prior taken from the whole corpus (quotations included), the prior outweighed the
    narrators' counts and the smallest outlet got "troops" as strongly distinctive (z 3.0):
    on a 300-article corpus, every outlet "used troops more than the other outlets". Each
    comparison's prior now pools the two groups it compares.
    """
    text = ("The Northland Defence Ministry said that the troops held, the troops advanced and "
            "the troops returned to the troops' base.\n\n"
            "The Southland Foreign Ministry said that troops of Southland troops were ready.\n\n"
            "Troops were seen near the river on Monday, and the bridge stayed closed.")
    docs = (analyze(document_from_text(text, doc_id=f"{o}{i}", outlet=o, date="2024-03-01"),
                    sides=SIDES)
            for o, n in (("X", 2), ("Y", 12), ("Z", 12)) for i in range(n))
    c = compare_corpus(docs)
    assert c.terms["groups"] == {"X": [], "Y": [], "Z": []}
    assert not any("own voice" in f for f in c.findings)
    assert c.terms["prior"] == "compared" and c.terms["alpha0"]["groups"] > 0
