"""Where a report was given or filed (:mod:`framing.attribution.report_place`): datelines,
which are neither speaker nor content and give the side of an official of no country, and the
place an official spoke in.
"""

from __future__ import annotations

import pytest

from tests.helpers import attributed as run
from tests.helpers import attributed_one as one


def test_after_a_third_party_an_official_is_of_the_side_the_article_is_filed_from():
    text = ("SUDIA, Southland (AP) — Gunmen attacked a convoy on Monday, police said. "
            "The United Nations urged Southland to find the perpetrators. "
            "Interior Ministry spokesman Oli Varn said the attackers came from the north.")
    statements = run(text)
    assert statements[-1].side == "southland"


@pytest.mark.parametrize("dateline", ["NORDIA, March 3 (Wire) - ", "NORDIA/SUDIA (AP) — ",
                                      "TARSK, Republic of Northland, Jan 27 (Wire) - ",
                                      "NORDIA, Nov 12 – ", "TARSK, Northland (AP) — ",
                                      "Tarsk (AFP) - ", "Tarsk (Northland) (AFP) - ",
                                      # a place in title case with its country, a dash that
                                      # touches the agency
                                      "Tarsk, Northland (AP) — ", "Tarsk, Northland — ",
                                      "TARSK, Northland (AP)—",
                                      "Tarsk, Northland, Jan 27 (Wire) - "])
def test_a_datelines_words_are_neither_speaker_nor_content(dateline):
    said = one(f"{dateline}The Northland army said two bridges had been destroyed.")
    assert (said.speaker, said.text) == ("The Northland army", "two bridges had been destroyed")
    content_first = one(f"{dateline}Two bridges were destroyed, Northland officials said.")
    assert content_first.text == "Two bridges were destroyed"


@pytest.mark.parametrize("dateline, side", [("SUDIA, Southland (AP) — ", "southland"),
                                            ("Nordia (AFP) - ", "northland"),
                                            ("Tarsk, Southland — ", "southland"),
                                            ("Tarsk, Southland (AP)—", "southland")])
def test_an_official_with_no_country_speaks_for_the_side_of_the_dateline(dateline, side):
    st = one(f"{dateline}Prime Minister Ivo Dal said the talks had failed.")
    assert (st.speaker, st.side, st.resolution) == ("Prime Minister Ivo Dal", side, "place")


def test_an_official_speaks_for_the_actor_named_where_the_sentence_opens():
    found = run("Southland shelled Tarsk. In Nordia, Foreign Ministry spokesman Ivo Dal said the "
                "talks had failed.")
    assert (found[-1].side, found[-1].resolution) == ("northland", "place")


@pytest.mark.parametrize("text", [
    "Foreign Secretary Ivo Dal told a briefing in Nordia that the talks had failed.",
    "The talks had failed, Foreign Secretary Ivo Dal told reporters in Nordia.",
])
def test_where_an_official_spoke_gives_the_side(text):
    st = one(text)
    assert (st.side, st.resolution) == ("northland", "place")
    assert st.text.lower() == "the talks had failed"


def test_a_place_in_a_relative_clause_about_the_speaker_is_not_where_they_spoke():
    text = "“We want to go home,” said Lidia Moran, who has lived in Nordia since 2021."
    assert one(text).resolution != "place"
