"""Attribution on constructions of wire copy that the first patterns missed (invented
countries; each case comes from an error on a held-out gold set)."""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import Document
from framing.text.segment import split_sentences
from tests.helpers import DEFAULT_SIDES


def run(text: str):
    return attribute(Document("t", text), split_sentences(text), DEFAULT_SIDES)


@pytest.mark.parametrize("tail", [
    ", adding that he had planned the Oct. 7 attack.",
    " on Wednesday after hosting the two countries' ministers.",
    " on Monday following talks in the capital.",
])
def test_a_trail_after_a_parenthetical_report_does_not_take_the_content(tail):
    text = f"A Southland strike killed a Northland commander, the Southland military said{tail}"
    first = run(text)[0]
    assert (first.speaker, first.verb) == ("the Southland military", "say")
    assert first.text == "A Southland strike killed a Northland commander"


def test_a_long_titled_speaker_after_the_content():
    text = ("The rebels are down to one front, Armed Forces of Southland (AFS) chief Gen. Leo "
            "Abes said on Monday.")
    (st,) = run(text)
    assert st.text == "The rebels are down to one front"
    assert st.speaker.endswith("Leo Abes") and st.side == "southland"


def test_a_clause_ending_in_a_preposition_is_no_speaker():
    text = ("At the airport in Arvel on Wednesday, Irena Voss held her son for a long time "
            "without speaking.")
    assert run(text) == []


@pytest.mark.parametrize("speaker", [
    "the two delegations", "the two panels", "both warring sides", "the two foreign ministers",
])
def test_two_delegations_or_panels_speak_for_both_sides(speaker):
    text = (f"Northland and Southland agreed to a ceasefire. In a joint statement, {speaker} "
            "said they would meet again in Geneva.")
    st = run(text)[-1]
    assert (st.speaker, st.side) == (speaker, "both")
