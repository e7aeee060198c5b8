"""Reports in wire copy (each case from an error on a held-out gold set): trails after a
parenthetical report, participles that report ("…, telling Reuters …", "…, arguing that …"),
semicolons between two sides' reports, reports relayed by another outlet, and clauses and verb
forms that report nothing.
"""

from __future__ import annotations

import pytest

from framing.model import Side, SideSet
from tests.helpers import DEFAULT_SIDES
from tests.helpers import attributed_segmented as run


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


def test_a_clause_ending_in_a_preposition_is_no_speaker():
    text = ("At the airport in Arvel on Wednesday, Irena Voss held her son for a long time "
            "without speaking.")
    assert run(text) == []


@pytest.mark.parametrize("tail, lemma", [
    ("urging both sides to accept it", "urge"),
    ("calling on both sides to return to talks", "call on"),
    ("demanding that both sides withdraw", "demand"),
])
def test_a_directive_participle_after_a_report_is_a_second_statement(tail, lemma):
    text = f"A new proposal has been presented, the UN said on Friday, {tail}."
    first, second = run(text)
    assert first.text == "A new proposal has been presented"
    assert (second.verb, second.verb_class, second.speaker) == (lemma, "directive", "the UN")
    assert second.text in tail


def test_a_semicolon_ends_a_report_before_the_other_sides():
    text = ("Northland's army says Southland forces fired first; Southland's defence ministry "
            "insists its troops only returned fire.")
    first, second = run(text)
    assert (first.side, first.text) == ("northland", "Southland forces fired first")
    assert (second.side, second.text) == ("southland", "its troops only returned fire")


def test_a_semicolon_with_no_report_after_it_stays_in_the_content():
    text = "The army said the road was closed; trucks waited at the border."
    (st,) = run(text)
    assert st.text == "the road was closed; trucks waited at the border"


def test_a_report_after_but_in_the_trail_of_a_parenthetical_report():
    text = ("Southland is studying the proposal, a senior Southland official told Reuters on "
            "Monday, but he said any deal must include a withdrawal.")
    first, second = run(text)
    assert first.text == "Southland is studying the proposal"
    assert (second.speaker, second.side) == ("he", "southland")
    assert second.text == "any deal must include a withdrawal"


def test_and_it_warned_inside_a_content_is_a_report_of_its_own():
    text = ("The Northland military said the launches came from an area it had ordered "
            "civilians to leave, and it warned that it would act forcefully.")
    first, second = run(text)
    assert first.text.endswith("ordered civilians to leave")
    assert (second.speaker, second.verb, second.side) == ("it", "warn", "northland")


@pytest.mark.parametrize("first", [
    "did not confirm the strikes", "could not give details", "has not commented on the claim",
])
def test_a_negated_first_verb_then_but_said_keeps_the_subject(first):
    text = f"Northland's foreign office {first} but said Southland had been warned."
    st = run(text)[-1]
    assert (st.speaker, st.side, st.verb) == ("Northland's foreign office", "northland", "say")
    assert st.text == "Southland had been warned"


@pytest.mark.parametrize("text", [
    "Reuters could not independently verify battlefield reports from either side.",
    "The agency did not publish casualty reports from the front.",
])
def test_a_modal_clause_before_a_plural_noun_is_no_speaker(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Marchenko laughed when he was told of the claim.",
    "The commander was repeatedly warned that the line would break.",
])
def test_the_subject_of_a_passive_reporting_verb_is_no_speaker(text):
    assert run(text) == []


def test_according_to_a_source_with_an_initialism():
    text = "Ten thousand people have fled, according to the U.N. humanitarian office."
    (st,) = run(text)
    assert (st.speaker, st.verb, st.text) == (
        "the U.N. humanitarian office", "according to", "Ten thousand people have fled")


def test_a_noun_phrase_aside_after_a_parenthetical_report():
    text = ("A Northland soldier crossed the border on Tuesday, Southland's military said, "
            "the first such defection this year.")
    (st,) = run(text)
    assert st.text == "A Northland soldier crossed the border on Tuesday"


def test_warning_before_a_noun_is_no_report():
    assert run("Southland troops fired warning shots in response.") == []


def test_a_present_perfect_joins_a_present_report_of_the_same_speaker():
    text = "Northland has denied sending troops and says its personnel are instructors."
    assert [(s.verb, s.text) for s in run(text)] == [
        ("deny", "sending troops"), ("say", "its personnel are instructors")]


@pytest.mark.parametrize("text, speaker, verb, content", [
    ("Northland's defence ministry said that five people were killed in the strike, the Xinhua "
     "news agency reported.", "Northland's defence ministry", "say",
     "five people were killed in the strike"),
    ("Northland's prime minister called on the UN to send more troops, Le Nouvelliste reported.",
     "Northland's prime minister", "call on", "send more troops"),
    ("The Southland army said ten soldiers were killed, according to state television.",
     "The Southland army", "say", "ten soldiers were killed"),
])
def test_a_report_relayed_by_another_is_the_first_speakers(text, speaker, verb, content):
    (st,) = run(text)
    assert (st.speaker, st.verb) == (speaker, verb)
    assert st.text.endswith(content)


@pytest.mark.parametrize("text, speaker, content", [
    ("Northland welcomed the remarks, saying that the vote would restore stability.",
     "Northland", "the vote would restore stability"),
    ("The Southland army disputed the account, saying on Facebook that its forces had withdrawn.",
     "The Southland army", "its forces had withdrawn"),
])
def test_the_subject_of_an_act_speaks_in_the_participle_after_it(text, speaker, content):
    (st,) = run(text)
    assert (st.speaker, st.verb, st.text) == (speaker, "say", content)


def test_a_participle_skips_where_it_was_said():
    last = run("The Northland army rejected the report, saying in a communique that the army "
               "respected the law.")[-1]
    assert last.text == "the army respected the law"


def test_an_aside_inside_a_charge_does_not_end_it():
    (st,) = run("Rights Watch accused Northland soldiers of killing 130 civilians, most of them "
                "herders, in and around Tarsk in March.")
    assert st.text.endswith("most of them herders, in and around Tarsk in March")


def test_the_target_of_an_accusation_is_the_owned_actor():
    sides = SideSet(sides=DEFAULT_SIDES.sides,
                    third_parties=[Side("corps", "Corps", ["Africa Corps"]),
                                   Side("sudia_state", "Sudia", ["Russia"])])
    (st,) = run("Northland accused Russia's Africa Corps of flying fighters into the south.",
                sides)
    assert st.target == "corps"


def test_a_headline_past_form_before_a_place_is_passive():
    text = "Fighting reported in Kech, Panjgur\n\nThe Northland army said it repelled an attack."
    (st,) = run(text)
    assert st.speaker == "The Northland army"


def test_state_before_a_lower_case_word_is_an_adjective_not_the_verb():
    text = "The Arvel state prosecutor's office said forensic experts were examining the site."
    (st,) = run(text)
    assert st.speaker == "The Arvel state prosecutor's office"
    assert st.text == "forensic experts were examining the site"


def test_state_media_after_a_comma_and_is_a_second_speaker():
    text = ("Southland's Revolutionary Guards said they had fired missiles at Northland bases, "
            "and state media reported that three people were killed in the capital.")
    first, second = run(text)
    assert first.text.endswith("Northland bases")
    assert (second.speaker, second.side) == ("state media", "southland")


def test_a_participle_telling_whom_reports_what_follows():
    text = ("Northland army spokesman Felix Dal denied the allegations, telling Reuters the army "
            "had zero tolerance for abuses.")
    last = run(text)[-1]
    assert (last.verb, last.text) == ("tell", "the army had zero tolerance for abuses")


def test_a_participle_arguing_reports_what_follows():
    text = ("The Southland elders' council urged Northland to release the prisoners, arguing that "
            "their detention was fuelling unrest.")
    last = run(text)[-1]
    assert (last.verb, last.text) == ("argue", "their detention was fuelling unrest")


def test_neither_claim_is_no_speaker():
    text = ("Both sides said they had inflicted heavy losses. Neither claim could be "
            "independently verified.")
    assert [st.speaker for st in run(text)] == ["Both sides"]


def test_responded_that_reports_but_responded_to_does_not():
    text = ("Southland's foreign ministry spokesman responded that the situation was stable. The "
            "Northland army responded to the attack with artillery fire.")
    assert [(st.verb, st.text) for st in run(text)] == [
        ("respond", "the situation was stable")]
