"""The clauses around a report (:mod:`framing.attribution.clauses`): participle tails
("…, adding that …", "…, with X saying …"), second reports joined by "while", "but" or "and",
a second reporting verb of the same subject, reports inside relative clauses, and the asides
("a charge X denied") that are no statements of their own.
"""

from __future__ import annotations

import pytest

from tests.helpers import attributed as run
from tests.helpers import attributed_one as one


def test_said_in_a_statement_adding_that_gives_two_statements():
    text = ("“Enemy drones struck the depot,” the Southland Defence Ministry said in a statement, "
            "adding that three guards were hurt.")
    first, second = run(text)
    assert first.side == second.side == "southland"
    assert first.direct and not second.direct
    assert second.verb == "add" and second.text == "three guards were hurt"


def test_adding_to_is_no_second_statement():
    text = "Southland economists said the war would raise spending, adding to budget deficits."
    content = "the war would raise spending, adding to budget deficits"
    assert [s.text for s in run(text)] == [content]


def test_participle_clause_is_not_an_inverted_speaker():
    text = "Southland denied the claim, saying Northland forces had fired first."
    statements = run(text)
    assert [s.speaker for s in statements] == ["Southland", "Southland"]
    assert statements[1].text == "Northland forces had fired first"


def test_two_reports_joined_by_while():
    text = "Northland said the bridge was destroyed, while Southland said it was intact."
    first, second = run(text)
    assert (first.side, first.text) == ("northland", "the bridge was destroyed")
    assert (second.side, second.text) == ("southland", "it was intact")


def test_a_report_that_accused_is_the_reports_accusation():
    found = run("She was responding to a UN report that accused Southland troops of executing "
                "civilians.")
    assert [(s.speaker, s.side, s.verb, s.target) for s in found] == [
        ("a UN report", "un", "accuse", "southland")]


def test_but_a_group_of_is_a_second_report():
    found = run("A Southland spokesman said the deal was a step, but a group of Northland "
                "lawmakers said it ceded land.")
    assert [(s.speaker, s.side) for s in found] == [
        ("A Southland spokesman", "southland"), ("a group of Northland lawmakers", "northland")]


def test_while_joins_two_reports_and_is_no_speakers_word():
    found = run("Northland said the talks had failed, while the UN blamed Southland for it.")
    assert [s.speaker for s in found] == ["Northland", "the UN"]


def test_adding_after_a_parenthetical_reporting_clause_is_a_second_statement():
    text = ("Southland artillery shelled a border post, the Northland ministry said, "
            "adding that two soldiers were hurt.")
    assert [(s.verb, s.text) for s in run(text)] == [
        ("say", "Southland artillery shelled a border post"),
        ("add", "two soldiers were hurt")]


def test_the_claim_a_speaker_answers_is_the_accusers_statement_not_the_rejecters():
    text = "Southland accused Northland of shelling the town, a charge the Northland army rejected."
    [st] = run(text)
    assert (st.speaker, st.side, st.verb, st.text) == (
        "Southland", "southland", "accuse", "Northland of shelling the town")


@pytest.mark.parametrize("text, content", [
    ("Southland officials alleged that Northland artillery had shelled their positions first, a "
     "claim Nordia rejected as propaganda.",
     "Northland artillery had shelled their positions first"),
    ("He said Southland had been informed in advance, a claim the mission neither confirmed nor "
     "denied.", "Southland had been informed in advance"),
    ("Northland said the rebels had burned the market, allegations for which it offered no proof.",
     "the rebels had burned the market"),
    ("According to Northland, Southland drones hit the depot, a charge Southland denies as "
     "slander.",
     "Southland drones hit the depot"),
    # inside the quotation it is the speaker's own
    ("Northland said “Southland lies, a claim the whole world knows.”",
     "Southland lies, a claim the whole world knows"),
])
def test_the_narrators_gloss_on_a_claim_is_not_part_of_its_content(text, content):
    [st] = run(text)
    assert st.text.strip("“”.") == content


def test_an_allegation_rejected_in_an_aside_is_the_alleging_sides_statement():
    text = ("Southland officials alleged that the men had been kidnapped, "
            "a claim Northland officials rejected.")
    [alleged] = run(text)
    assert (alleged.side, alleged.verb, alleged.text) == (
        "southland", "allege", "the men had been kidnapped")


def test_a_denied_charge_the_narrator_states_is_no_statement():
    # the denial says nothing of its own: two blind annotators left such asides out
    assert run("Southland shelled the village overnight, a charge Northland denied.") == []


@pytest.mark.parametrize("text, expected", [
    ("Southland denied attacking the camps and blamed Northland for the deaths.",
     [("deny", "attacking the camps"), ("blame", "Northland for the deaths")]),
    ("The Northland ministry said the talks had failed and urged the UN to step in.",
     [("say", "the talks had failed"), ("urge", "the UN to step in")]),
    ("Southland claimed responsibility for the blast but later denied any involvement.",
     [("claim", "responsibility for the blast"), ("deny", "any involvement")]),
    ("Southland denied any involvement, saying its units were far away, and accused Northland "
     "of seeking a pretext.",
     [("deny", "any involvement"), ("say", "its units were far away"),
      ("accuse", "Northland of seeking a pretext")]),
])
def test_a_second_reporting_verb_of_the_same_subject_is_a_second_statement(text, expected):
    found = run(text)
    assert [(s.verb, s.text) for s in found] == expected
    assert len({s.speaker for s in found}) == 1


@pytest.mark.parametrize("text, second", [
    ("Ivo Dal said Northland was not involved, while the Pentagon said it had moved troops.",
     "the Pentagon"),
    ("Northland officials alleged ultimatums, but the Southland delegation said it left early.",
     "the Southland delegation"),
])
def test_the_and_a_name_opens_a_second_clause_with_a_speaker(text, second):
    assert [s.speaker for s in run(text)][1] == second


def test_a_second_clause_with_its_own_subject_is_its_own_statement():
    found = run("Southland blamed Northland for the attack, and the Northland army blamed "
                "the Southland militia.")
    assert [(s.speaker, s.side, s.verb, s.text) for s in found] == [
        ("Southland", "southland", "blame", "Northland for the attack"),
        ("the Northland army", "northland", "blame", "the Southland militia")]


def test_a_denial_after_a_headline_claim_leaves_the_claim_to_its_speaker():
    st = one("Northland says two soldiers killed, Southland denies")
    assert (st.speaker, st.side, st.verb, st.text) == (
        "Northland", "northland", "say", "two soldiers killed")


def test_with_x_saying_is_xs_statement():
    found = run("Northland and Southland accused each other of firing across the border, "
                "with Southland saying a civilian had been wounded.")
    assert [(s.speaker, s.side, s.verb, s.text) for s in found] == [
        ("Northland and Southland", "both", "accuse", "firing across the border"),
        ("Southland", "southland", "say", "a civilian had been wounded")]
    st = one("Prices rose, with analysts saying the war was to blame.")
    assert (st.speaker, st.text) == ("analysts", "the war was to blame")


@pytest.mark.parametrize("text, expected", [
    ("The Northland ministry said it had lodged a protest over the shelling of a hospital in "
     "Tarsk, which it said had killed two patients.",
     [("The Northland ministry", "it had lodged a protest over the shelling of a hospital in "
       "Tarsk"), ("it", "had killed two patients")]),
    ("Northland condemned the Southland air strikes on Tarsk, which it said had killed four "
     "people, and summoned the ambassador.",
     [("Northland", "the Southland air strikes on Tarsk"), ("it", "had killed four people")]),
    ("The mission, which Southland officials say should be funded by the UN, faces a shortfall.",
     [("Southland officials", "should be funded by the UN")]),
    ("Both sides fought over the valley, which both countries claim in full.", []),
    ("The Northland air force, which said the jets had struck only military targets, confirmed "
     "that six jets had been deployed.",
     [("The Northland air force", "the jets had struck only military targets"),
      ("The Northland air force", "six jets had been deployed")]),
    ("Ivo Dal, who said the town had fallen, resigned on Monday.",
     [("Ivo Dal", "the town had fallen")]),
    ("The Front said it would fight on, hours after Prime Minister Ivo Dal vowed to crush it.",
     [("The Front", "it would fight on"), ("Prime Minister Ivo Dal", "to crush it")]),
    ("Northland said the talks had failed as the UN said it would send envoys.",
     [("Northland", "the talks had failed"), ("the UN", "it would send envoys")]),
    ("Officials said the attackers had links to the Southland Front, which denied involvement.",
     [("Officials", "the attackers had links to the Southland Front"),
      ("the Southland Front", "involvement")]),
    ("Gunmen killed two engineers. No group immediately claimed responsibility.", []),
    ("Ivo Dal told parliament that there would be no war, while insisting that the country "
     "needed the sea.", [("Ivo Dal", "there would be no war"),
                         ("Ivo Dal", "the country needed the sea")]),
    ("Northland military sources, cited by a news site, said the shells fell in empty areas.",
     [("Northland military sources", "the shells fell in empty areas")]),
    ("Police in Tarsk State, in north-central Northland, said gunmen had killed six farmers.",
     [("Police in Tarsk State", "gunmen had killed six farmers")]),
    ("Ivo Dal told supporters at the Smara refugee camp on Saturday that the fight would go on.",
     [("Ivo Dal", "the fight would go on")]),
    ("Rebels shot down a Northland drone, according to the Ridge Front, a coalition of armed "
     "groups, which also accused Southland of bombing a wedding.",
     [("the Ridge Front, a coalition of armed groups", "Southland of bombing a wedding"),
      ("the Ridge Front, a coalition of armed groups", "Rebels shot down a Northland drone")]),
    # a restrictive clause, its reported clause without a subject
    ("Southland released drone footage that it said showed a launcher in a nearby street; the "
     "footage did not show the strike.", [("it", "showed a launcher in a nearby street")]),
    ("Police found the weapons that Southland officials say were hidden in Tarsk.",
     [("Southland officials", "were hidden in Tarsk")]),
    ("Northland said it had detained eight Southland soldiers who it said had crossed the "
     "border.", [("Northland", "it had detained eight Southland soldiers"),
                 ("it", "had crossed the border")]),
    # after a number that ends a name
    ("The row comes after clashes at Hill 412 that both sides said violated the truce.",
     [("both sides", "violated the truce")]),
    # "that" after a verb opens a clause with its own subject: no report in it
    ("Northland said that it said nothing.", [("Northland", "it said nothing")]),
])
def test_a_report_in_a_relative_clause_is_a_statement_of_its_own(text, expected):
    assert [(s.speaker, s.text) for s in run(text)] == expected


@pytest.mark.parametrize("second", [
    "Southland released drone footage that it said showed a launcher.",
    "Southland shelled the depot, which it said was a weapons store.",
])
def test_a_pronoun_in_a_relative_clause_speaks_for_the_sentences_subject(second):
    # not for the speaker before, Northland's ministry
    found = run("The Northland ministry said the town was calm. " + second)
    assert [(s.speaker, s.side, s.speaker_key) for s in found] == [
        ("The Northland ministry", "northland", "northland ministry"),
        ("it", "southland", "Southland")]


def test_a_subordinate_report_after_a_quotation_and_its_speaker():
    text = ("“We will not allow it,” Ivo Dal said in Nordia on Monday, after Southland officials "
            "said rebels had fired on a helicopter.")
    assert [(s.speaker, s.text) for s in run(text)] == [
        ("Ivo Dal", "We will not allow it"),
        ("Southland officials", "rebels had fired on a helicopter")]


def test_the_subject_of_a_first_verb_speaks_the_second():
    found = run("Northland President Ivo Dal called the detention a kidnapping and demanded the "
                "release of the soldiers.")
    assert [(st.speaker, st.side, st.verb) for st in found] == [
        ("Northland President Ivo Dal", "northland", "call"),
        ("Northland President Ivo Dal", "northland", "demand")]
