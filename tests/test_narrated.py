"""A pronoun with no speaker before it: the person the narrator introduced."""

from __future__ import annotations

import pytest

from framing.attribution.narrated import subject_before_verb
from tests.helpers import attributed_segmented as run


@pytest.mark.parametrize("sentence, subject", [
    ("Valdoria's envoy met Kestrian officials in Geneva on Thursday.", "Valdoria's envoy"),
    ("Adm. Luis Ochoa took the oath at a ceremony in Tumeremo.", "Adm. Luis Ochoa"),
    ("The boy was 14.", "The boy"),
])
def test_the_subject_is_what_comes_before_the_first_verb(sentence, subject):
    assert subject_before_verb(sentence, 0, len(sentence)) == subject


@pytest.mark.parametrize("opening, side", [
    ("Northland's envoy met Southland officials in Geneva on Thursday.", "northland"),
    ("Col. Oleh Marchenko, who commands a Southland battalion, has spent a year in a dugout. "
     "He is tired.", "southland"),
    ("Adm. Luis Ochoa took the oath in Northland's Bolivar state.", "northland"),
])
def test_a_pronoun_with_no_speaker_before_it_is_the_narrated_persons(opening, side):
    st = run(f"{opening} “The talks were useful,” he said.")[-1]
    assert (st.speaker, st.side, st.resolution) == ("he", side, "pronoun")


@pytest.mark.parametrize("opening", [
    "Ahmed Khalaf, a farmer, lost his home to Northland shelling.",
    "Ahmed Khalaf, 42, lost his home to Northland shelling.",
    "The rain fell on Northland all night.",
])
def test_a_private_or_absent_person_gives_no_side(opening):
    st = run(f"{opening} “We have nothing left,” he said.")[-1]
    assert st.side == "unknown"


def test_a_pronoun_after_any_speaker_is_left_to_the_speaker_rules():
    text = ("Residents said the shelling lasted hours. Northland's envoy met Southland officials "
            "in Geneva. He said the talks had failed.")
    assert run(text)[-1].side == "unknown"
