"""The plain-text digest of ``framing compare`` and the findings' wording."""

from __future__ import annotations

import pytest

from framing.compare import ALL, compare_corpus, period_of
from framing.compare.command import summary_text
from tests.test_compare import X_TEXT, Y_TEXT, _article, corpus

JOINT = X_TEXT + "\n\nNorthland and Southland accused each other of starting the fighting."


@pytest.fixture(scope="module")
def joint():
    return compare_corpus([_article(0, "X", JOINT, "2024-03-01"),
                           _article(1, "Y", Y_TEXT, "2024-03-02")])


def test_a_sides_statements_are_those_of_the_voice_shares_plus_the_joint_ones(joint):
    """The line said "statements 2" for Northland at X, counting the joint statement that the
    voice share (and a finding's "quoted in N statements") leave apart: two numbers, one label."""
    share = joint.voice_share["X"]["statements"]
    assert share["Northland"] == 1 and share["both"] == 1
    assert joint.verbs["X"]["Northland"]["n"] == 2  # the joint one counts for both sides
    line = next(x for x in summary_text(joint).split("\n\n") if x.startswith("X ("))
    assert "Northland        statements 1 + 1 joint " in line
    assert "Southland        statements 2 + 1 joint " in line


def test_one_article_is_not_articles(joint):
    text = summary_text(joint)
    assert "X (1 article)" in text and "1 articles" not in text
    assert text.startswith("2 articles, grouped by outlet")


def test_z_scores_are_printed_to_the_precision_of_the_strong_threshold():
    """A z of 1.959 printed as "2.0" read as strong beside findings that say |z| ≥ 1.96."""
    c = compare_corpus(corpus(), by="outlet")
    item = c.terms["groups"]["X"][0]
    item["z"] = 1.959
    assert f"{item['term']} (1.96)" in summary_text(c)
    item["z"] = 1.954
    assert f"{item['term']} (1.95)" in summary_text(c)


def test_findings_of_periods_speak_of_their_narrators():
    """Grouped by date, a finding read "2024-03's own voice … more than the other groups"."""
    c = compare_corpus(corpus(), by="date")
    terms = [f for f in c.findings if "(|z| ≥ 1.96)" in f]
    assert terms and all(f.startswith(("In 2024-03, the narrators", "In 2024-04, the narrators"))
                         and "more than in the other months" in f for f in terms)
    assert not any("own voice" in f or "At 2024" in f for f in c.findings)


def test_rss_dates_are_read_and_articles_left_out_of_the_time_series_are_counted():
    """An RSS date ("Sat, 02 Mar 2024 …") went to "(no date)", and undated articles dropped
    out of the time series without a word: 2 of 3 articles could vanish from it unnoticed."""
    assert period_of("Sat, 02 Mar 2024 10:00:00 GMT") == "2024-03"
    assert period_of("Mon, 08 Apr 2024 23:30:00 +0200", "week") == "2024-W15"
    assert period_of("03/02/2024") is None  # day/month order unknown: not guessed
    assert period_of("Sat, 02 Mar 99999999999999999999 10:00:00 GMT") is None  # no crash
    c = compare_corpus([_article(0, "X", X_TEXT, "Sat, 02 Mar 2024 10:00:00 GMT"),
                        _article(1, "Y", Y_TEXT, None),
                        _article(2, "Y", Y_TEXT, "03/02/2024")], by="date")
    assert c.groups == [ALL, "2024-03", "(no date)"]
    assert c.timeline["rows"]["2024-03"]["articles"] == 1
    note = next(n for n in c.notes if "time series" in n)
    assert note.startswith("2 of 3 articles have no date") and "“03/02/2024”" in note
    assert "Note: 2 of 3 articles" in summary_text(c)


def test_the_pages_date_range_is_of_days_not_of_strings():
    """The header's range sorted the date strings: "Sat, 02 Mar 2024" came after "2024-…"."""
    from framing.compare.report import view_model

    c = compare_corpus([_article(0, "X", X_TEXT, "2024-04-01"),
                        _article(1, "Y", Y_TEXT, "Sat, 02 Mar 2024 10:00:00 GMT"),
                        _article(2, "Y", Y_TEXT, "03/02/2024")])
    assert view_model(c)["date_range"] == "2024-03-02 – 2024-04-01"


def test_a_missing_background_file_is_named_before_the_corpus_is_read(tmp_path, capsys):
    """It was found missing only after every article had been folded, and the message was
    Python's ("[Errno 2] No such file or directory: …")."""
    from framing.compare.command import main

    assert main(["compare", str(tmp_path / "no-corpus"), "--background",
                 str(tmp_path / "bg.txt")]) == 1
    err = capsys.readouterr().err
    assert err == f"framing compare: --background {tmp_path / 'bg.txt'}: no such file\n"


def test_statements_of_other_pairs_of_sides_are_a_voice_of_their_own():
    """In a corpus of several conflicts, statements by the sides of the other conflicts were
    in no column but in the denominator: on /tmp/c300p.jsonl each group's statement shares
    summed to 30% and the bars stopped there; and the other conflicts' joint statements were
    counted as "both" of the corpus's two sides."""
    from framing.model import Side, SideSet

    east_west = SideSet([Side("east", "Eastland", ["Eastland"]),
                         Side("west", "Westland", ["Westland"])], source="config")
    other = ("The Eastland Defence Ministry said that its troops held the pass.\n\n"
             "Eastland and Westland accused each other of starting the fighting.")
    c = compare_corpus([_article(0, "X", JOINT, "2024-03-01"), _article(1, "Y", JOINT,
                                                                         "2024-03-02"),
                        _article(2, "Y", other, "2024-03-03", sides=east_west)])
    assert c.sides == ["Northland", "Southland"]
    y = c.voice_share["Y"]
    assert y["statements"]["both"] == 1  # Northland and Southland's, not Eastland and Westland's
    assert y["statements"]["other sides"] == 2
    assert sum(y["statement_share"].values()) == pytest.approx(1, abs=1e-3)
    assert sum(y["word_share"].values()) == pytest.approx(1, abs=1e-3)
    assert "other sides" not in compare_corpus(corpus(1)).voice_share["X"]["statements"]


def test_counts_in_the_json_are_integers():
    """Every estimate's n (statements, claims) was a float: "n": 20.0 in the JSON."""
    import json

    from framing.compare.bootstrap import ratio_ci

    assert ratio_ci([1.0, 2.0], [3, 4]).n == 7 and isinstance(ratio_ci([1.0], [3]).n, int)
    assert ratio_ci([], []).n == 0 and isinstance(ratio_ci([], []).n, int)
    assert ratio_ci([1.0], [0.5]).n == 0.5
    c = json.loads(compare_corpus(corpus(2)).to_json())
    assert isinstance(c["sentiment"]["X"]["Southland"]["n"], int)


def test_a_joint_statement_with_a_side_of_another_pair_is_in_the_sides_joint_count():
    """"Northland and Eastland accused each other" counts for Northland's verb figures (4
    statements), but the line said "statements 3 + 0 joint": it took the joint count of the
    corpus's own pair from the voice shares, which put this one under "other sides"."""
    from framing.model import Side, SideSet
    from tests.test_compare import SIDES

    east = SideSet([SIDES.sides[0], Side("east", "Eastland", ["Eastland", "Eastlander"])],
                   source="config")
    text = ("The Northland Defence Ministry said that its border guards repelled an attack.\n\n"
            "Northland and Eastland accused each other of starting the fighting.")
    c = compare_corpus([_article(0, "X", X_TEXT, "2024-03-01"),
                        _article(1, "X", text, "2024-03-02", sides=east)], by="side")
    assert c.voice_share[ALL]["statements"]["other sides"] == 1
    assert c.verbs[ALL]["Northland"]["n"] == 3
    assert "Northland        statements 2 + 1 joint " in summary_text(c)


def test_a_finding_names_only_terms_the_tables_mark_strong():
    """A narrator term of z 1.9597 (1.96 once rounded in the JSON) was named in the findings
    ("z ≥ 1.96"), while its row in the term table was not marked strong."""
    from framing.compare.summary import findings
    from framing.compare.terms import TermTable, distinctive

    c = compare_corpus(corpus(2))
    prior = {"rebel": 3 / 10, "road": 7 / 10}
    term = distinctive(TermTable(), {"rebel": 3, "road": 1}, {"road": 6}, prior, 4.9707354)[0][0]
    assert term["z"] == 1.96 and term["strength"] == "moderate"
    c.terms["groups"]["X"] = [term]
    assert not any("“rebel”" in f for f in findings(c))
