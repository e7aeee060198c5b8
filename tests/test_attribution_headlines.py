"""Title Case headlines: their capitals tell names from nouns no more, so a capitalised verb form
is a report only where the words before it can be the headline's subject."""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import Document, Sentence
from tests.helpers import DEFAULT_SIDES

_BODY = "The rest is narration."


def _headline_statements(headline: str) -> list[tuple[str, str]]:
    text = f"{headline}\n\n{_BODY}"
    sentences = [Sentence(0, 0, len(headline), heading=True),
                 Sentence(1, len(headline) + 2, len(text))]
    return [(s.speaker, s.verb_text) for s in attribute(Document("t", text), sentences,
                                                        DEFAULT_SIDES)]


@pytest.mark.parametrize("headline", [
    "In a Valley Both Sides Claim, a War Nobody Expected",  # a noun and its relative clause
    "Where Both Sides Claim Victory, Nobody Wins",
    "The Town Both Armies Claim Is Empty Now",
    "The Land They Claim Is Ours",
])
def test_a_relative_clause_in_a_title_case_headline_is_no_report(headline):
    assert _headline_statements(headline) == []


@pytest.mark.parametrize("headline, speaker, verb", [
    ("Northland Claims Drone Downed Over Border Town", "Northland", "Claims"),
    ("In Tarsk, Southland Says Truce Holds", "Southland", "Says"),
    ("Northland and Southland Both Claim Victory", "Northland and Southland Both", "Claim"),
    ("Head of the UN Says Talks Will Resume", "Head of the UN", "Says"),
    ("Northland claims drone downed over border town", "Northland", "claims"),
])
def test_a_headline_report_is_still_found(headline, speaker, verb):
    assert _headline_statements(headline) == [(speaker, verb)]
