"""Periods of the time series: dates as written, ISO weeks across years, and a real time axis."""

from __future__ import annotations

import re

from framing.compare import compare_corpus, period_of
from framing.compare.periods import period_span
from framing.compare.report import render_batch
from tests.test_compare import X_TEXT, Y_TEXT, _article


def test_a_date_is_the_day_written_not_the_utc_day():
    assert period_of("2024-12-31T23:30:00-05:00") == "2024-12"  # 2025-01-01 in UTC
    assert period_of("Tue, 31 Dec 2024 23:30:00 -0500") == "2024-12"
    assert period_of("2021-01-03", "week") == "2020-W53"  # ISO year, not calendar year
    assert period_of("2024-12-30", "week") == "2025-W01"


def test_period_span_fills_every_period_between_two():
    assert period_span("2020-W51", "2021-W02", "week") == [
        "2020-W51", "2020-W52", "2020-W53", "2021-W01", "2021-W02"]
    assert period_span("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert period_span("2024-03", "2024-03") == ["2024-03"]


def test_the_time_chart_spaces_periods_by_time():
    """Articles in January and June only were drawn one step apart, as if June followed
    January: the chart's axis listed only the periods that had articles (196 of 314 weeks in a
    generated corpus of six years, its tick labels 20 to 33 weeks apart)."""
    c = compare_corpus([_article(0, "X", X_TEXT, "2024-01-10"),
                        _article(1, "Y", Y_TEXT, "2024-06-12")], by="side")
    assert c.timeline["periods"] == ["2024-01", "2024-06"]  # the table lists periods with data
    page = render_batch(c)
    svg = re.search(r'<section id="time".*?</svg>', page, re.S).group(0)
    assert all(f">{p}<" in svg for p in period_span("2024-01", "2024-06"))
    assert "2024-01 to 2024-06 (other months: no statements)" in svg


def test_the_time_table_says_joint_statements_count_for_both_sides():
    """Its "statements" per side summed to 134 for Valdoria in the example corpus, where "Who
    speaks" says 126: the 8 joint statements count for both sides there, and nothing said so."""
    from tests.test_compare_text import JOINT

    c = compare_corpus([_article(0, "X", JOINT, "2024-03-01"),
                        _article(1, "Y", Y_TEXT, "2024-04-02")], by="side")
    assert c.voice_share[c.groups[0]]["statements"]["Northland"] == 2
    assert sum(r["sides"]["Northland"]["statements"] for r in c.timeline["rows"].values()) == 3
    page = render_batch(c)
    caption = re.search(r'<section id="time".*?<caption>(.*?)</caption>', page, re.S).group(1)
    assert "a joint statement counts for both sides" in caption


def test_the_note_on_unread_dates_gives_different_examples():
    """It said 'e.g. “03/02/2024”, “March 2, 2024”, “03/02/2024”' (a corpus with several
    articles of each form): one example twice, and a third form left unsaid."""
    from framing.compare.aggregate import accumulator, fold
    from framing.compare.summary import _notes

    dates = ["03/02/2024", "03/02/2024", "March 2, 2024", "03/02/2024", "2 March 2024"]
    arts = [_article(i, "X", X_TEXT, d) for i, d in enumerate(dates)]
    one = fold(accumulator(), arts)
    note = next(n for n in _notes(one, {}) if "no date" in n)
    assert "e.g. “03/02/2024”, “March 2, 2024”, “2 March 2024”:" in note
    parts = [fold(accumulator(), arts[:2]), fold(accumulator(), arts[2:])]
    parts[0].merge(parts[1])  # slices folded apart (a parallel batch report) say the same
    assert parts[0].unread_dates == one.unread_dates
