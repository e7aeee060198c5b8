"""Accusations and calls with their targets (:mod:`framing.attribution.charge`): whom an
accusation names and where its charge ends, and statements of both sides (reciprocal
accusations, joint statements, speakers naming both sides).
"""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import BOTH, Document, Side, SideSet
from framing.text.segment import split_sentences
from tests.helpers import DEFAULT_SIDES
from tests.helpers import attributed as run
from tests.helpers import attributed_one as one


def test_accused_of_has_a_target():
    st = one("Northland accused Southland of shelling a school.")
    assert (st.side, st.target, st.verb_class) == ("northland", "southland", "accusatory")
    assert st.text.endswith("shelling a school")


def test_an_appositive_between_the_accused_and_the_charge_keeps_the_charge():
    text = ("Northland blamed the Ridge Front, a rebel group, for the attack, saying more "
            "would follow.")
    assert run(text)[0].text.endswith("for the attack")


def test_a_comma_inside_a_quotation_does_not_end_a_call():
    st = one("Northland called on Southland to open “a prompt, impartial investigation.”")
    assert "impartial investigation" in st.text


@pytest.mark.parametrize("text, target", [
    # a participle tail's accusation
    ("Northland said it was suspending the talks, accusing Southland of shelling a school.",
     "southland"),
    # "it": the actor that opened what the speaker said just before
    ("Northland said Southland was waging a war and blamed it for the collapse of the talks.",
     "southland"),
])
def test_whom_an_accusation_names(text, target):
    assert run(text)[-1].target == target


@pytest.mark.parametrize("text, content", [
    ("Northland called for sanctions on Southland, which it blamed for the massacre.",
     "the massacre"),
    ("Northland said the offensive was a declaration of war by Southland, which it accuses of "
     "commanding the rebels.", "commanding the rebels"),
])
def test_whom_a_relative_clause_accuses_is_its_antecedent(text, content):
    st = run(text)[-1]
    assert (st.side, st.verb_class, st.target, st.text) == (
        "northland", "accusatory", "southland", content)


def test_an_accused_named_before_by_a_longer_alias():
    sides = SideSet(DEFAULT_SIDES.sides, [Side("ridge", "Ridge dissidents", [])])
    text = ("Northland forces fought the Ridge dissidents. "
            "Northland accused the dissidents of killing farmers.")
    found = attribute(Document("t", text), split_sentences(text), sides)
    assert found[-1].target == "ridge"


def test_called_on_has_a_target():
    st = one("The United Nations called on Southland to withdraw its troops.")
    assert (st.side, st.target, st.verb_class) == ("un", "southland", "directive")


@pytest.mark.parametrize("text", [
    "Earlier on Friday, the two sides accused each other of breaking the truce.",
    "Northland and Southland exchanged accusations of opening fire first.",
])
def test_reciprocal_accusations_belong_to_both(text):
    st = one(text)
    assert st.side == BOTH and st.target == BOTH


@pytest.mark.parametrize("text", [
    "According to both governments, the pipeline will reopen in June.",
    "The two countries said the border would stay open.",
])
def test_both_governments_speak_for_both_sides(text):
    st = one(text)
    assert (st.side, st.resolution) == (BOTH, "reciprocal")


def test_they_after_both_sides_is_both():
    text = ("Northland and Southland said the front was quiet. "
            "On Sunday, they exchanged accusations of shelling villages.")
    assert [s.side for s in run(text)] == [BOTH, BOTH]


def test_a_call_to_both_sides_is_one_statement_and_the_next_official_is_the_callers():
    text = ("The United Nations urged Northland and Southland to “stay the course” after the two "
            "neighbours traded accusations over the shelling. Spokeswoman Ada Rell said the "
            "organisation remained committed.")
    assert [(s.speaker, s.side, s.text) for s in run(text)] == [
        ("The United Nations", "un", "Northland and Southland to “stay the course”"),
        ("the two neighbours", BOTH, "the shelling"),
        ("Spokeswoman Ada Rell", "un", "the organisation remained committed")]


def test_the_statement_after_a_joint_statement_is_both_sides():
    found = run("Troops pulled back, the two countries’ security services said in a joint "
                "statement. The statement said a commission would meet next week.")
    assert [(s.speaker, s.side) for s in found] == [
        ("the two countries’ security services", BOTH), ("The statement", BOTH)]


@pytest.mark.parametrize("speaker, side", [
    ("Northland and Southland officials", "both"),
    ("Northlander and Southlander negotiators", "both"),
    ("Northland's Office for Southland Affairs", "northland"),
    ("The Northland envoy to Southland", "northland"),
    ("The UN envoy to Northland and Southland", "un"),
])
def test_a_speaker_naming_both_sides_speaks_for_both_only_when_they_are_joined(speaker, side):
    assert one(f"{speaker} said the talks would resume in May.").side == side


def test_an_accused_target_ends_at_of_and_a_gerund():
    st = one("Northland accused a faction of the Southland Front of forming an alliance.")
    assert st.target == "southland"


@pytest.mark.parametrize("whom", ["both sides", "both governments", "both parties",
                                  "the two countries"])
def test_a_call_on_both_sides_by_any_name_targets_both(whom):
    # only "both sides" was both; "both governments" had no target
    st = one(f"The UN called on {whom} to show restraint.")
    assert st.target == BOTH
