"""Each attribution pattern, on sentences written for these tests (two invented countries)."""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.config import AnalysisConfig
from framing.model import BOTH, UNKNOWN, Document, Sentence, Side, SideSet
from framing.text.segment import split_sentences
from tests.helpers import DEFAULT_SIDES, simple_sentences


def run(text: str, sentences: list[Sentence] | None = None):
    return attribute(Document("t", text), sentences or simple_sentences(text), DEFAULT_SIDES)


def one(text: str):
    found = run(text)
    assert len(found) == 1, found
    return found[0]


def test_x_said_that_indirect():
    st = one("The Northland Interior Ministry said on Monday that two bridges had been destroyed.")
    assert (st.side, st.verb, st.verb_class, st.direct) == ("northland", "say", "neutral", False)
    assert st.text == "two bridges had been destroyed"
    assert st.speaker == "The Northland Interior Ministry"
    assert st.resolution == "named"


def test_quote_then_speaker_said():
    text = "“We will not give up a single village,” Southland's army chief said."
    st = one(text)
    assert st.side == "southland" and st.direct
    assert st.text == "We will not give up a single village"
    assert text[st.start:st.end] == st.text


def test_quote_then_said_speaker():
    st = one("“Our patience is over,” said Northland Foreign Minister Ada Vell.")
    assert st.side == "northland" and st.speaker == "Northland Foreign Minister Ada Vell"


def test_said_in_a_statement_adding_that_gives_two_statements():
    text = ("“Enemy drones struck the depot,” the Southland Defence Ministry said in a statement, "
            "adding that three guards were hurt.")
    first, second = run(text)
    assert first.side == second.side == "southland"
    assert first.direct and not second.direct
    assert second.verb == "add" and second.text == "three guards were hurt"


def test_pronoun_takes_previous_speaker():
    text = ("The Southland Defence Ministry said the border was calm. "
            "He said the number of casualties was being verified.")
    a, b = run(text)
    assert b.side == a.side == "southland" and b.resolution == "pronoun"


def test_the_ministry_is_the_last_mentioned_ministry():
    text = ("The Northland Defence Ministry said the attack was repelled. "
            "A Southland army spokesman said the town was taken. "
            "The ministry said reinforcements were on their way.")
    statements = run(text)
    assert [s.side for s in statements] == ["northland", "southland", "northland"]
    assert statements[2].resolution == "institution"


def test_the_countrys_ministry_is_the_country_in_context():
    text = ("Sudia's army said it shot down a drone. "
            "The country's foreign ministry said Northland was escalating the conflict.")
    statements = run(text)
    assert statements[1].side == "southland"
    assert statements[1].resolution == "country_context"


@pytest.mark.parametrize("text", [
    "According to the Northland interior ministry, 40 families fled the valley.",
    "Forty families fled the valley, according to the Northland interior ministry.",
])
def test_according_to(text):
    st = one(text)
    assert st.side == "northland" and st.verb == "according to"
    assert "families fled the valley" in st.text and "according" not in st.text.lower()
    assert st.resolution == "according_to"


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


def test_reported_noun_phrase_stops_at_the_comma():
    st = one("Southland on Tuesday reported heavy losses, a week after the truce collapsed.")
    assert st.side == "southland" and st.verb == "report"
    assert st.text == "heavy losses"


def test_headline_claims():
    text = "Northland claims drone downed over border town\n\nThe rest is narration."
    sentences = [Sentence(0, 0, 46, heading=True), Sentence(1, 48, len(text))]
    (st,) = attribute(Document("t", text), sentences, DEFAULT_SIDES)
    assert (st.side, st.verb, st.verb_class, st.resolution) == (
        "northland", "claim", "doubt", "headline")


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


def test_person_without_alias_is_resolved_from_context():
    text = ("Northland has moved troops to the border. "
            "“We expect help from our partners,” said Security Council Secretary Oren Vask.")
    statements = run(text)
    assert statements[-1].side == "northland" and statements[-1].resolution == "title"


def test_an_official_after_a_speaker_is_of_that_speakers_office_not_a_side_it_named():
    text = ("The United Nations on Wednesday urged Northland and Southland to keep talking. "
            "Spokeswoman Ada Rell said the organisation remained committed to the talks.")
    statements = run(text)
    assert statements[-1].side == "un" and statements[-1].resolution == "previous_speaker"


def test_the_noun_of_an_actor_named_before_is_that_actor():
    text = ("Northland jets struck the town, backed by the UN-led coalition. "
            "The coalition said it had provided surveillance support.")
    sides = SideSet(DEFAULT_SIDES.sides, [*DEFAULT_SIDES.third_parties,
                                          Side("coalition", "UN-led coalition", [])])
    doc = Document("t", text, source="<test>")
    found = attribute(doc, split_sentences(text), sides)
    assert (found[-1].side, found[-1].resolution) == ("coalition", "named_before")


def test_a_call_to_both_sides_is_one_statement_and_the_next_official_is_the_callers():
    text = ("The United Nations urged Northland and Southland to “stay the course” after the two "
            "neighbours traded accusations over the shelling. Spokeswoman Ada Rell said the "
            "organisation remained committed.")
    assert [(s.speaker, s.side, s.text) for s in run(text)] == [
        ("The United Nations", "un", "Northland and Southland to “stay the course”"),
        ("the two neighbours", BOTH, "the shelling"),
        ("Spokeswoman Ada Rell", "un", "the organisation remained committed")]


def test_after_a_third_party_an_official_is_of_the_side_the_article_is_filed_from():
    text = ("SUDIA, Southland (AP) — Gunmen attacked a convoy on Monday, police said. "
            "The United Nations urged Southland to find the perpetrators. "
            "Interior Ministry spokesman Oli Varn said the attackers came from the north.")
    statements = run(text)
    assert statements[-1].side == "southland"


def test_a_passive_claimed_by_is_no_statement():
    text = ("Fighting broke out in territories claimed by both Northland and Southland, "
            "the UN said.")
    assert [s.speaker for s in run(text)] == ["the UN"]


def test_known_surname_keeps_its_side():
    text = ("“We are ready to talk,” Southland President Mara Ilo said. "
            "The talks stalled. Ilo said the offer stood.")
    statements = run(text)
    assert [s.side for s in statements] == ["southland", "southland"]


def test_quote_standing_alone_continues_the_speaker():
    text = ("“The line held,” the Northland army said. "
            "“Our soldiers did not retreat.”")
    a, b = run(text)
    assert b.side == a.side and b.resolution == "continuation" and b.direct


def test_not_a_statement_when_the_subject_is_not_a_speaker():
    text = "The war, which has claimed thousands of lives, ended in a truce."
    assert run(text) == []


def test_verb_inside_quotation_is_content():
    st = one("“They said the town was safe,” the Southland army said.")
    assert st.side == "southland" and st.text.startswith("They said")


def test_unresolved_speaker_is_unknown_not_guessed():
    st = one("A witness said the shelling lasted an hour.")
    assert st.side == UNKNOWN and st.resolution == "unresolved"


def test_offsets_point_into_the_text():
    text = "Sudia said that “the ceasefire is over.” Nordia said it was not."
    for st in run(text):
        assert text[st.start:st.end] == st.text
        assert text[slice(*st.speaker_span)] == st.speaker
        assert text[slice(*st.verb_span)] == st.verb_text


@pytest.mark.parametrize("text,speaker", [
    ("Northland troops shelled two villages overnight, the Southland Defence Ministry said.",
     "the Southland Defence Ministry"),
    ("Two villages were shelled, said a Southland army spokesman.", "a Southland army spokesman"),
])
def test_content_then_speaker_without_quote_marks(text, speaker):
    st = one(text)
    assert st.side == "southland" and st.speaker == speaker and not st.direct
    assert st.text.startswith(("Northland troops shelled", "Two villages were shelled"))


def test_nouns_that_look_like_verbs_are_not_reports():
    assert run("The border post was closed on Monday.") == []


@pytest.mark.parametrize("text", [
    "Blocked convoy adds to investor jitters over the valley",
    "Factories in the north were told to reduce gas use by a fifth.",
    "Fire at the Lunev fuel depot after reported drone strike",
    "The monitors' report on those clashes has not been published.",
    "The Northland ministry's report on the clashes was delayed.",
])
def test_verbs_that_quote_no_one_are_not_reports(text):
    # "adds to", "told to", a verb after a preposition or a possessive: no one is speaking
    assert run(text) == []


@pytest.mark.parametrize("text,verb,content", [
    ("The Southland ministry added that two soldiers were wounded.", "add",
     "two soldiers were wounded"),
    ("The Northland army told reporters the road was open.", "tell", "the road was open"),
])
def test_add_and_tell_still_report_speech(text, verb, content):
    st = one(text)
    assert (st.verb, st.text) == (verb, content)


@pytest.mark.parametrize("text", [
    "Northland troops shelled the depot. "
    "Our reporters could not independently confirm the account.",
    "The Southland army said it would not confirm reports of casualties. "
    "The monitors never officially confirmed the figures.",
])
def test_a_negated_act_reports_nothing(text):
    # "could not independently confirm": the outlet says what it could not do, no one speaks
    assert all("confirm" not in s.verb for s in run(text))


@pytest.mark.parametrize("appositive,side,resolution", [
    ("head of research at a Northland brokerage", "northland", "named"),
    # a side named only as where a private person is says nothing of whom they speak for
    ("chief economist at a bank in Southland", "unknown", "unresolved"),
    ("an analyst in Southland", "unknown", "unresolved"),
])
def test_an_inverted_speakers_appositive_names_their_side(appositive, side, resolution):
    # the appositive is part of the speaker phrase: a private person's side comes from it
    st = one(f"“Prices will rise,” said Petra Kovar, {appositive}.")
    assert st.speaker == f"Petra Kovar, {appositive}"
    assert (st.side, st.resolution) == (side, resolution)


def test_a_relative_clause_after_an_inverted_speaker_is_not_an_appositive():
    st = one("“I was holding a baby,” said nurse Katya Ruml, who was treated in Southland.")
    assert st.speaker == "nurse Katya Ruml"


@pytest.mark.parametrize("text,speaker,content", [
    ("Shelling went on all night near the border, residents said.", "residents",
     "Shelling went on all night near the border"),
    ("Prices rose by a third, traders said.", "traders", "Prices rose by a third"),
    ("Factories cut gas use, and a fertilizer maker said it would halt production.",
     "a fertilizer maker", "it would halt production"),
    ("Two people were hurt, a local doctor told reporters.", "a local doctor",
     "Two people were hurt"),
    ("Two people were hurt, a local doctor told the Meridian Post on Monday.", "a local doctor",
     "Two people were hurt"),
])
def test_people_and_firms_without_an_office_are_speakers_with_no_side(text, speaker, content):
    # "residents said": a statement (not the narrator's words), but no side is named for them
    st = one(f"The Northland army shelled the valley. {text}")
    assert (st.speaker, st.text, st.side) == (speaker, content, UNKNOWN)


def test_told_reporters_is_whom_not_what():
    st = one("Northland troops shelled the town, the Southland army told reporters.")
    assert (st.speaker, st.side, st.text) == (
        "the Southland army", "southland", "Northland troops shelled the town")


def test_adding_to_is_no_second_statement():
    text = "Southland economists said the war would raise spending, adding to budget deficits."
    content = "the war would raise spending, adding to budget deficits"
    assert [s.text for s in run(text)] == [content]


def test_participle_clause_is_not_an_inverted_speaker():
    text = "Southland denied the claim, saying Northland forces had fired first."
    statements = run(text)
    assert [s.speaker for s in statements] == ["Southland", "Southland"]
    assert statements[1].text == "Northland forces had fired first"


def test_quotation_split_by_the_speaker():
    text = ("“The shelling went on all night,” the Northland army said. "
            "“Three villages are without power.”")
    first, second = run(text)
    assert first.side == second.side == "northland"
    assert second.text == "Three villages are without power" and second.direct


def test_second_quotation_in_the_same_sentence():
    text = "“We hold the ridge,” said a Southland commander, “and we will not leave it.”"
    first, second = run(text)
    assert first.side == second.side == "southland"
    assert second.text == "and we will not leave it"


def test_two_reports_joined_by_while():
    text = "Northland said the bridge was destroyed, while Southland said it was intact."
    first, second = run(text)
    assert (first.side, first.text) == ("northland", "the bridge was destroyed")
    assert (second.side, second.text) == ("southland", "it was intact")


@pytest.mark.parametrize("text", [
    "Interior Minister Oren Vask of Northland, speaking in Nordia, said the rebels retreated.",
    "A Northland border official, who spoke on condition of anonymity, said the crossing closed.",
])
def test_parenthetical_between_speaker_and_verb(text):
    st = one(text)
    assert st.side == "northland" and not st.speaker.startswith(("speaking", "who"))


def test_appositive_after_an_inverted_speaker():
    st = one("“We will hold the town,” said Asha Ndoro, a spokeswoman for Southland.")
    assert st.side == "southland" and st.speaker.startswith("Asha Ndoro, a spokeswoman")


def test_hyphen_compound_names_the_actor():
    st = one("The Southland-run health ministry said 40 people were wounded.")
    assert st.side == "southland"


def test_institution_without_earlier_speaker_takes_the_actor_in_context():
    text = "The United Nations closed its office on Friday. The agency said the move was temporary."
    statements = run(text)
    assert statements[-1].side == "un" and statements[-1].resolution == "title"


def test_verb_trie_finds_what_the_plain_alternation_of_forms_finds():
    import re

    from framing.attribution.verbs import verb_regex, verb_table

    forms = sorted(verb_table(), key=len, reverse=True)
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    plain = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
    texts = [
        "Northland said it called for talks; Southland called on it and calls\n for calm.",
        "He SAID, she Says, they were accusing, blamed, blame-free, called-for, saidx, unsaid.",
        "“We will respond,” warned the ministry, adding that it denies and denied all claims.",
    ]
    for text in texts:
        assert [m.span() for m in verb_regex().finditer(text)] == \
            [m.span() for m in plain.finditer(text)]


def test_every_inverted_form_is_a_known_reporting_verb():
    from framing import analyze
    from framing.attribution import patterns
    from framing.attribution.verbs import verb_table

    assert all(f in verb_table() for f in patterns._INVERTED.split("|"))
    text = ("Armenia accuses Azerbaijan of shelling\n\nAzerbaijan had attacked first, continued "
            "the Armenian minister. Azerbaijan denied it.")
    assert analyze(text).statements  # no KeyError on a form outside the lexicon


# -- a state against an armed group: the state's organs speak for the state -----------------------
STATE_VS_GROUP = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northlander"], "state"),
           Side("front", "Liberation Front", ["Liberation Front", "rebels"], "non_state")],
    third_parties=[Side("sudia", "Sudia", ["Sudia"], "state")],
)


def run_state(text: str, sides: SideSet = STATE_VS_GROUP):
    return attribute(Document("t", text), simple_sentences(text), sides)


@pytest.mark.parametrize("speaker", ["the military", "an army spokesman", "the president",
                                     "Defence Minister Ivo Dal", "Prime Minister Ivo Dal",
                                     "police", "Provincial Governor Ivo Dal"])
def test_a_state_organ_speaks_for_the_state_not_the_side_named_before(speaker):
    text = (f"The rebels fired rockets at border towns overnight. "
            f"Most were shot down, {speaker} said.")
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


def test_a_state_organ_after_a_third_party_stays_with_the_third_party():
    text = "Sudia closed the crossing on Monday. The army said it would stay closed."
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("sudia", "title")


def test_identified_himself_as_is_no_subordinate_report_and_the_air_force_is_the_states():
    text = ("In an audio message, a man who identified himself as a Liberation Front spokesman "
            "said the commander was alive and accused the air force of bombing fishermen.")
    found = run_state(text)
    assert [(s.speaker, s.side, s.verb, s.target) for s in found] == [
        ("a man who identified himself as a Liberation Front spokesman", "front", "say", None),
        ("a man who identified himself as a Liberation Front spokesman", "front", "accuse",
         "northland")]


@pytest.mark.parametrize("text, side", [
    ("Forty people were killed, according to the Northland Doctors Network, a medical group.",
     UNKNOWN),
    ("Forty people were killed, the Northland Observatory for Human Rights said.", UNKNOWN),
    ("Forty people were killed, Northland doctors said.", "northland"),
    ("Forty people were killed, the Northland Defence Ministry said.", "northland"),
])
def test_a_private_body_named_after_a_country_speaks_for_no_side(text, side):
    assert run(text)[-1].side == side


@pytest.mark.parametrize("text, speaker, side, content", [
    ("The UN envoy, Ada Rell, has warned that the truce is at risk.",
     "The UN envoy, Ada Rell", "un", "the truce is at risk"),
    ("The Southland Front, for its part, blamed Northland for the breakdown.",
     "The Southland Front", "southland", "Northland for the breakdown"),
    ("Northland and the Southlanders said in a joint statement issued through UN mediators on "
     "Sunday that they had agreed to extend the truce.",
     "Northland and the Southlanders", BOTH, "they had agreed to extend the truce"),
    ("The two countries’ security services said the border was calm.",
     "The two countries’ security services", BOTH, "the border was calm"),
])
def test_speakers_with_asides(text, speaker, side, content):
    st = run(text)[0]
    assert (st.speaker, st.side, st.text) == (speaker, side, content)


@pytest.mark.parametrize("text, speaker, content", [
    ("TARSK: Rebels killed three soldiers on Saturday, police said.",
     "police", "Rebels killed three soldiers on Saturday"),
    ("The blast took place near Kutru, Superintendent of Police Ivo Dal told this newspaper.",
     "Superintendent of Police Ivo Dal", "The blast took place near Kutru"),
    ("The encounter was fake, claimed the Southland Front in a press note issued on Monday.",
     "the Southland Front", "The encounter was fake"),
    ("A Northland official told Reuters the group had dropped its demand.",
     "A Northland official", "the group had dropped its demand"),
])
def test_indian_and_wire_styles(text, speaker, content):
    st = run(text)[0]
    assert (st.speaker, st.text) == (speaker, content)


@pytest.mark.parametrize("text, speaker, side", [
    ("Southland's Tasnim news agency quoted an informed source as saying the general was alive.",
     "an informed source", "southland"),
    ("The Maoists, however, claimed in a statement that the camp was illegal.",
     "The Maoists", UNKNOWN),
    ("A senior Northland official, briefing reporters on condition of anonymity, said the deal "
     "was done.", "A senior Northland official", "northland"),
])
def test_quoted_as_saying_and_parentheticals(text, speaker, side):
    st = run(text)[0]
    assert (st.speaker, st.side) == (speaker, side)


def test_its_office_after_a_sentence_about_an_actor_is_that_actors():
    text = ("The United Nations has declined to intervene. Its secretary general, Ada Rell, said "
            "the clashes were a bilateral matter.")
    st = run(text)[-1]
    assert (st.side, st.resolution) == ("un", "country_context")


def test_a_coalition_after_an_opening_adverbial_is_a_speaker():
    found = run("Earlier this month, the coalition accused Southland of shelling villages, while "
                "the group blamed Northland for a strike.")
    assert [(s.speaker, s.verb) for s in found] == [("the coalition", "accuse"),
                                                    ("the group", "blame")]


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


def test_the_statement_after_a_joint_statement_is_both_sides():
    found = run("Troops pulled back, the two countries’ security services said in a joint "
                "statement. The statement said a commission would meet next week.")
    assert [(s.speaker, s.side) for s in found] == [
        ("the two countries’ security services", BOTH), ("The statement", BOTH)]


def test_while_joins_two_reports_and_is_no_speakers_word():
    found = run("Northland said the talks had failed, while the UN blamed Southland for it.")
    assert [s.speaker for s in found] == ["Northland", "the UN"]


def test_a_peacekeeping_force_is_no_state_organ():
    st = run_state("The peacekeeping force said one of its positions had been hit.")[-1]
    assert st.side == UNKNOWN


def test_in_an_article_filed_from_the_state_its_organs_stay_the_states():
    text = ("TARSK, Northland (AP) — Rebels withdrew toward Sudia. "
            "Governor Ivo Dal said the state would support the families.")
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


def test_its_ministry_after_a_content_that_opens_with_an_actor_is_that_actors():
    text = ("Southland’s minister said Northland was wrong. "
            "Northland recalled its ambassador, its foreign ministry said.")
    st = run(text)[-1]
    assert (st.side, st.resolution) == ("northland", "country_context")


@pytest.mark.parametrize("kinds", [("state", "state"), (None, "non_state"), (None, None)])
def test_the_state_rule_needs_one_side_that_is_a_state(kinds):
    sides = SideSet([Side(s.id, s.name, s.aliases, k)
                     for s, k in zip(STATE_VS_GROUP.sides, kinds, strict=True)],
                    STATE_VS_GROUP.third_parties)
    text = "The rebels fired rockets at border towns overnight. Most were shot down, the army said."
    st = run_state(text, sides)[-1]
    assert (st.side, st.resolution) == ("front", "title")  # the side named before it


@pytest.mark.parametrize("speaker", ["The militants", "The insurgents", "The jihadists"])
def test_bare_fighters_against_a_state_speak_for_the_armed_group(speaker):
    text = f"Northland troops raided a camp. {speaker} said only four of their men had died."
    st = run_state(text)[-1]
    assert (st.side, st.resolution) == ("front", "armed_group")


@pytest.mark.parametrize("speaker, side", [
    ("The movement’s secretary general Ivo Dal", "front"),  # what an armed group owns
    ("The Front", "front"),
    ("The army's spokesman", "northland"),
    ("The Front's representative in Sudia", "front"),  # whose, not where
    ("Provincial police chief Ivo Dal", "northland"),  # a common adjective before an organ
])
def test_organs_owned_and_qualified(speaker, side):
    st = run_state(f"Northland troops raided a camp. {speaker} said four men had died.")[-1]
    assert (st.speaker, st.side) == (speaker, side)


def test_against_a_side_of_unknown_kind_the_army_is_the_states_and_the_group_the_others():
    # a side neither the file nor the gazetteer gives a kind is taken for an armed group when
    # the other is a state ("FACT" against Chad)
    sides = SideSet([STATE_VS_GROUP.sides[0], Side("front", "Liberation Front", ["rebels"])])
    text = ("The rebels fired rockets at border towns overnight. "
            "Most were shot down, the junta said. The group said it had hit a base.")
    army, group = run_state(text, sides)
    assert (army.side, army.resolution) == ("northland", "state")
    assert (group.side, group.resolution) == ("front", "armed_group")


def test_between_two_sides_of_unknown_kind_the_group_is_no_ones():
    sides = SideSet([Side("north", "Northland", ["Northland"]),
                     Side("front", "Liberation Front", ["rebels"])])
    text = "The rebels fired rockets at border towns overnight. The group said it had hit a base."
    assert run_state(text, sides)[-1].side == UNKNOWN


def test_an_army_in_a_proper_name_is_not_the_states():
    text = ("The rebels fired rockets at border towns overnight. "
            "The Ridge Army said it had not taken part.")
    st = run_state(text)[-1]
    assert st.resolution != "state"


@pytest.mark.parametrize("trail", [
    ", citing witnesses.", ", without giving details.", " in a statement, without giving details.",
    ", in what it called a response to the killing of an officer.",
    ", and the shelling went on all night.",
])
def test_a_reporting_clause_between_commas_takes_the_content_before_it(trail):
    text = f"Southland artillery shelled a border post, the Northland ministry said{trail}"
    st = one(text)
    assert (st.speaker, st.side) == ("the Northland ministry", "northland")
    assert st.text == "Southland artillery shelled a border post"


def test_adding_after_a_parenthetical_reporting_clause_is_a_second_statement():
    text = ("Southland artillery shelled a border post, the Northland ministry said, "
            "adding that two soldiers were hurt.")
    assert [(s.verb, s.text) for s in run(text)] == [
        ("say", "Southland artillery shelled a border post"),
        ("add", "two soldiers were hurt")]


@pytest.mark.parametrize("aside", ["on Wednesday", "however", "in a statement"])
def test_an_aside_between_commas_after_the_verb_is_not_content(aside):
    st = one(f"The Southland army said, {aside}, that two soldiers were hurt.")
    assert st.text == "two soldiers were hurt"


def test_a_quotation_after_said_and_a_comma_is_direct_speech():
    st = one("The Northland minister said, “We will win this war.”")
    assert (st.text, st.direct) == ("We will win this war", True)


@pytest.mark.parametrize("speaker", ["the group", "the militant group", "the Iran-backed group"])
def test_what_an_armed_group_goes_by_speaks_for_it_against_a_state(speaker):
    sides = SideSet(STATE_VS_GROUP.sides, [Side("iran", "Iran", ["Iran"])])
    text = (f"Northland jets struck the valley overnight. "
            f"The rebels shelled a checkpoint in response, {speaker} said.")
    st = run_state(text, sides)[-1]
    assert (st.speaker, st.side, st.resolution) == (speaker, "front", "armed_group")


@pytest.mark.parametrize("speaker", ["a rights group", "the protest movement"])
def test_a_group_that_is_no_armed_group_speaks_for_no_side(speaker):
    text = f"Northland jets struck the valley overnight. Ten people were killed, {speaker} said."
    st = run_state(text)[-1]
    assert (st.speaker, st.side) == (speaker, UNKNOWN)


@pytest.mark.parametrize("dateline", ["NORDIA, March 3 (Wire) - ", "NORDIA/SUDIA (AP) — ",
                                      "TARSK, Republic of Northland, Jan 27 (Wire) - ",
                                      "NORDIA, Nov 12 – ", "TARSK, Northland (AP) — ",
                                      "Tarsk (AFP) - ", "Tarsk (Northland) (AFP) - "])
def test_a_datelines_words_are_neither_speaker_nor_content(dateline):
    said = one(f"{dateline}The Northland army said two bridges had been destroyed.")
    assert (said.speaker, said.text) == ("The Northland army", "two bridges had been destroyed")
    content_first = one(f"{dateline}Two bridges were destroyed, Northland officials said.")
    assert content_first.text == "Two bridges were destroyed"


@pytest.mark.parametrize("dateline, side", [("SUDIA, Southland (AP) — ", "southland"),
                                            ("Nordia (AFP) - ", "northland")])
def test_an_official_with_no_country_speaks_for_the_side_of_the_dateline(dateline, side):
    st = one(f"{dateline}Prime Minister Ivo Dal said the talks had failed.")
    assert (st.speaker, st.side, st.resolution) == ("Prime Minister Ivo Dal", side, "place")


@pytest.mark.parametrize("when", ["Tuesday", "late Monday night", "yesterday"])
def test_ap_style_said_with_a_bare_day(when):
    st = one(f"Northland forces killed 14 militants near the border, the military said {when}.")
    assert (st.speaker, st.text) == ("the military",
                                     "Northland forces killed 14 militants near the border")


@pytest.mark.parametrize("when", ["Friday", "Friday night"])
def test_ap_style_said_with_a_bare_day_before_the_content(when):
    st = one(f"The Northland military said {when} it had killed 14 militants.")
    assert st.text == "it had killed 14 militants"
    st = one("The Northland military said Friday’s attack was planned.")
    assert st.text == "Friday’s attack was planned"


def test_an_official_speaks_for_the_actor_named_where_the_sentence_opens():
    found = run("Southland shelled Tarsk. In Nordia, Foreign Ministry spokesman Ivo Dal said the "
                "talks had failed.")
    assert (found[-1].side, found[-1].resolution) == ("northland", "place")


def test_whom_it_was_told_is_not_content():
    st = one("Northland spokesman Ivo Dal told reporters that the talks had failed.")
    assert (st.verb, st.text) == ("tell", "the talks had failed")


@pytest.mark.parametrize("text", [
    "There was no immediate comment from the Southland army.",
    "There has been no comment from Northland.",
])
def test_no_comment_is_no_statement(text):
    assert run(text) == []


def test_the_claim_a_speaker_answers_is_the_accusers_statement_not_the_rejecters():
    text = "Southland accused Northland of shelling the town, a charge the Northland army rejected."
    [st] = run(text)
    assert (st.speaker, st.side, st.verb, st.text) == (
        "Southland", "southland", "accuse", "Northland of shelling the town")


def test_an_organisation_named_before_a_state_organ_does_not_own_it():
    sides = SideSet(STATE_VS_GROUP.sides, [Side("un", "United Nations", ["UN"])])
    text = ("The UN said 40 people were killed. "
            "Army chief Ivo Dal vowed to drive the rebels from the valley.")
    st = run_state(text, sides)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


@pytest.mark.parametrize("text, speaker, side", [
    ("Ivo Dal, the Northland defence minister, said the bridge was open.",
     "Ivo Dal, the Northland defence minister", "northland"),
    ("A Southland army spokesman, Colonel Ivo Dal, said the bridge was open.",
     "A Southland army spokesman, Colonel Ivo Dal", "southland"),
    ("Ivo Dal, head of the Northland media office, said the bridge was open.",
     "Ivo Dal, head of the Northland media office", "northland"),  # no article
])
def test_an_appositive_before_the_verb_is_part_of_the_speaker(text, speaker, side):
    st = one(text)
    assert (st.speaker, st.side, st.text) == (speaker, side, "the bridge was open")


@pytest.mark.parametrize("ministry", ["Dravia's health ministry", "The Dravia health ministry"])
def test_an_institution_of_a_place_we_do_not_know_is_not_the_context_actors(ministry):
    text = f"The UN called for a truce. {ministry} said 30 people were killed."
    st = run(text)[-1]
    assert (st.side, st.resolution) == (UNKNOWN, "unresolved")


def test_an_institution_without_an_owner_still_takes_the_actor_in_context():
    text = "The UN called for a truce. The Foreign Ministry said 30 people were killed."
    st = run(text)[-1]
    assert (st.side, st.resolution) == ("un", "previous_speaker")
    text = "The UN closed its office. The Foreign Ministry said 30 people were killed."
    st = run(text)[-1]
    assert (st.side, st.resolution) == ("un", "title")


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


def test_only_told_takes_an_addressee_after_the_content():
    # "the army blamed the RSF" names whom it blamed, not whom it told: no report of the content
    found = run("Southland shelled the town, and the Northland army blamed the Southland militia.")
    assert [(s.speaker, s.text) for s in found] == [
        ("the Northland army", "the Southland militia")]
    st = one("Three guards were hurt, the Southland army told Reuters.")
    assert (st.speaker, st.text) == ("the Southland army", "Three guards were hurt")


@pytest.mark.parametrize("text", [
    "“We will not surrender,” said Ivo Dal on Tuesday.",
    "“We will not surrender,” said Ivo Dal in a statement.",
    "“We will not surrender,” said Ivo Dal as Southland troops advanced.",
    "'We will not surrender,' says Ivo Dal as Southland advances",  # a headline's quote marks
])
def test_an_inverted_speaker_ends_before_an_adverbial_or_a_clause(text):
    st = one(text)
    assert (st.speaker, st.text, st.direct) == ("Ivo Dal", "We will not surrender", True)


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


@pytest.mark.parametrize("speaker, side", [
    ("Northland and Southland officials", "both"),
    ("Northlander and Southlander negotiators", "both"),
    ("Northland's Office for Southland Affairs", "northland"),
    ("The Northland envoy to Southland", "northland"),
    ("The UN envoy to Northland and Southland", "un"),
])
def test_a_speaker_naming_both_sides_speaks_for_both_only_when_they_are_joined(speaker, side):
    assert one(f"{speaker} said the talks would resume in May.").side == side


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
])
def test_a_report_in_a_relative_clause_is_a_statement_of_its_own(text, expected):
    assert [(s.speaker, s.text) for s in run(text)] == expected


@pytest.mark.parametrize("text, speaker, content", [
    ("A rival faction, the Ridge Front, said it remained committed to talks.",
     "A rival faction, the Ridge Front", "it remained committed to talks"),
    ("Northland’s presidential aide, Ivo Dal, said Nordia expected the first trains by 2028.",
     "Northland’s presidential aide, Ivo Dal", "Nordia expected the first trains by 2028"),
])
def test_a_speaker_with_an_appositive_before_said_is_no_content(text, speaker, content):
    assert [(s.speaker, s.text) for s in run(text)] == [(speaker, content)]


def test_a_subordinate_report_after_a_quotation_and_its_speaker():
    text = ("“We will not allow it,” Ivo Dal said in Nordia on Monday, after Southland officials "
            "said rebels had fired on a helicopter.")
    assert [(s.speaker, s.text) for s in run(text)] == [
        ("Ivo Dal", "We will not allow it"),
        ("Southland officials", "rebels had fired on a helicopter")]


def test_a_speaker_after_the_content_may_have_an_appositive():
    st = one("Northland forces killed 40 fighters in a raid near Tarsk, the regional governor "
             "of Velka, Ivo Dal, said on Wednesday.")
    assert (st.speaker, st.text) == ("the regional governor of Velka, Ivo Dal",
                                     "Northland forces killed 40 fighters in a raid near Tarsk")
    st = one("Troops shelled Lunev, Tarsk and Velka, the army said.")
    assert (st.speaker, st.text) == ("the army", "Troops shelled Lunev, Tarsk and Velka")


def test_a_known_surname_with_an_appositive_keeps_its_side():
    found = run("A UN spokesperson told reporters that the UN was in contact with Southland, while "
                "Northland Defence Minister Kemal Aydin said the operations would go on. Aydin, a "
                "former chief of general staff, added that 112 militants had been killed.")
    assert [(s.side, s.resolution) for s in found][-1] == ("northland", "named")


@pytest.mark.parametrize("text, speaker", [
    ("Drones struck a convoy, Northland military sources told the state news agency MAP.",
     "Northland military sources"),
    ("The Front will fight on, its leader Ivo Dal told supporters at the Smara camp on Saturday.",
     "its leader Ivo Dal"),
    ("The movement's leader Ivo Dal told supporters at the camp that the fight would go on.",
     "The movement's leader Ivo Dal"),
])
def test_more_addressees(text, speaker):
    st = one(text)
    assert st.speaker == speaker and "MAP" not in st.text and "supporters" not in st.text


def test_told_parliament_and_according_to_a_source_with_an_appositive():
    told = one("Southland does not accept the court, Foreign Minister Ivo Dal told parliament.")
    assert (told.speaker, told.text) == ("Foreign Minister Ivo Dal",
                                         "Southland does not accept the court")
    source = one("At least 40 people were killed, according to the Tarsk Doctors Network, "
                 "a medical group.")
    assert source.speaker == "the Tarsk Doctors Network, a medical group"


def test_the_statement_said_is_the_source_of_the_statement_named_before():
    found = run("Northland troops repelled an attack, according to a statement from the "
                "Northland army. The statement said four soldiers had been wounded.")
    assert [(s.side, s.resolution) for s in found] == [("northland", "according_to"),
                                                       ("northland", "institution")]


@pytest.mark.parametrize("text, statements", [
    ("Both governments have claimed the ancient Preah Vihear temple.", 0),  # land, not words
    ("Northland claims almost the entire South Sea.", 0),
    ("Northland claimed the capture of the village.", 1),
    ("Northland claimed responsibility for the attack.", 1),
    ("Southland declared independence in 2008.", 0),  # an act
    ("Northland declared a state of emergency in the border region.", 0),
    ("Northland declared that the talks had failed.", 1),
])
def test_claiming_land_or_declaring_independence_is_no_statement(text, statements):
    assert len(run(text)) == statements


@pytest.mark.parametrize("text, expected", [
    ("Northland called the deal historic.", [("call", "the deal historic")]),
    ("Ivo Dal called the remarks “hypocritical” and said Southland had fired first.",
     [("call", "the remarks “hypocritical”"), ("say", "Southland had fired first")]),
    ("Southland jets bombed the depot, the Northland ministry said, calling the strikes a "
     "“reckless aggression”.",
     [("say", "Southland jets bombed the depot"), ("call", "the strikes a “reckless aggression”")]),
    ("Southland called a meeting of the council.", []),
    ("The mayor called the police.", []),
    ("Northland called an emergency session of parliament.", []),
    ("Southland called off the talks.", []),
    ("UN envoys expressed “serious concern” over the fighting.",
     [("express", "“serious concern” over the fighting")]),
    ("In a statement, the Front's envoy in Tarsk, Ivo Dal, called on Sudia to condemn the strike.",
     [("call on", "Sudia to condemn the strike")]),
])
def test_calling_something_something_is_a_statement(text, expected):
    assert [(s.verb, s.text) for s in run(text)] == expected


def test_an_accused_target_ends_at_of_and_a_gerund():
    st = one("Northland accused a faction of the Southland Front of forming an alliance.")
    assert st.target == "southland"


@pytest.mark.parametrize("text, speaker, side", [
    ("Northland officials who spoke on condition of anonymity said the talks had failed.",
     "Northland officials who spoke on condition of anonymity", "northland"),
    ("Residents who fled to Tarsk said the fighting lasted five hours.",
     "Residents who fled to Tarsk", "unknown"),
    ("The talks had failed, two diplomats who declined to be named said.",
     "two diplomats who declined to be named", "unknown"),
])
def test_people_may_carry_a_short_relative_clause(text, speaker, side):
    st = one(text)
    assert (st.speaker, st.side) == (speaker, side)


def test_a_thing_with_a_relative_clause_is_no_speaker():
    assert run("The conflict, which has claimed 6,500 lives, ended in a truce.") == []
    assert run("The town which was shelled said nothing.") == []


def test_verbs_of_another_tense_inside_the_content_are_not_joined():
    st = one("Northland says the rebels attacked and claimed the town.")
    assert st.text == "the rebels attacked and claimed the town"


def test_an_accused_state_organ_is_the_states():
    st = run_state("The rebels accused the army of bombing the market.")[0]
    assert (st.side, st.verb, st.target) == ("front", "accuse", "northland")


def test_a_parenthetical_led_by_phrase_is_skipped():
    st = one("The Southland Front, led by Ivo Dal, accused Northland of bombing the market.")
    assert (st.speaker, st.side, st.verb) == ("The Southland Front", "southland", "accuse")


def test_a_long_appositive_after_a_quotation_is_the_speakers():
    text = ("“We have shot down five aircraft,” Lt. Gen. Ivo Dal, the director general of the "
            "Northland army's media wing, told a news conference in Nordia.")
    [st] = run(text, split_sentences(text))  # "Lt." and "Gen." end no sentence
    assert (st.side, st.text) == ("northland", "We have shot down five aircraft")
    assert st.speaker.endswith("media wing")


def test_a_relative_clause_in_an_inverted_speakers_appositive_is_not_the_speaker():
    text = ("“Mothers on both sides want the same thing,” said Vera Hollis, a Southland woman "
            "whose brother has been held in Nordia for two years.")
    st = one(text)
    assert (st.speaker, st.side) == ("Vera Hollis, a Southland woman", "southland")


def test_one_speaker_has_one_key_across_titles_surnames_pronouns_and_institutions():
    text = ("Northland Security Council Secretary Armen Dal said the border was calm. "
            "He said talks would resume. Dal said Southland had agreed. "
            "The Northland Defence Ministry said two soldiers were hurt. "
            "The ministry said the shelling stopped at dawn. "
            "The country's foreign ministry said it had protested.")
    keys = [s.speaker_key for s in run(text)]
    assert keys == ["Armen Dal"] * 3 + ["northland defence ministry"] * 2 + [
        "country's foreign ministry"]


@pytest.mark.parametrize("phrase, key", [
    ("Army chief Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan"),
    ("A junta spokesman, Major General Zaw Min Tun", "Zaw Min Tun"),
    ("Lt. Gen. Ivo Dal, the director general of the army's media wing", "Ivo Dal"),
    ("A senior Northland official", "senior northland official"),
    ("Two diplomats who declined to be named", "two diplomats"),  # no relative clause
    ("the Tarsk Monitor, a war monitor", "tarsk monitor"),  # no appositive
])
def test_a_speaker_key_is_the_persons_name_else_the_phrase(phrase, key):
    from framing.attribution.speakers import SpeakerResolver
    resolver = SpeakerResolver("", DEFAULT_SIDES, [])
    assert resolver.key(phrase) == key


@pytest.mark.parametrize("text, content", [
    ("Southland fighters attacked the post overnight, two residents told the Wire by phone, "
     "asking not to be named.", "Southland fighters attacked the post overnight"),
    ("Northland jets struck the airport, the Northland military said, a day after a missile "
     "hit its main base.", "Northland jets struck the airport"),
])
def test_a_trailing_clause_after_by_phone_or_a_day_after_is_not_content(text, content):
    assert run(text)[0].text == content


def test_a_reporting_form_before_a_possessive_is_a_noun():
    assert run("The Southland front now controls 14 of Nordia state's 17 townships.") == []


def test_the_subject_of_a_first_verb_speaks_the_second():
    found = run("Northland President Ivo Dal called the detention a kidnapping and demanded the "
                "release of the soldiers.")
    assert [(st.speaker, st.side, st.verb) for st in found] == [
        ("Northland President Ivo Dal", "northland", "call"),
        ("Northland President Ivo Dal", "northland", "demand")]


@pytest.mark.parametrize("text, speaker", [
    ("Northland shelled the town. The talks had stalled, two diplomats in the capital said.",
     "two diplomats in the capital"),
    ("Northland shelled the town. “The talks have stalled,” said Vera Hollis, an analyst at a "
     "research group.", "Vera Hollis, an analyst at a research group"),
])
def test_people_with_no_office_take_no_side_from_the_context(text, speaker):
    st = run(text)[-1]
    assert (st.speaker, st.side) == (speaker, UNKNOWN)


def test_a_surname_after_titles_is_the_full_name_given_before():
    text = ("Northland President Ivo Dal said the border was calm. "
            "President Dal said talks would resume.")
    assert [s.speaker_key for s in run(text)] == ["Ivo Dal", "Ivo Dal"]
    assert one("Prime Minister Dal said talks would resume.").speaker_key == "Dal"


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


def test_according_to_an_officer_with_abbreviated_ranks():
    from framing.pipeline import analyze

    text = ("Northland troops repelled an attack, killing 41 insurgents, according to Lt. Col. "
            "Ivo Dal, a spokesman for the operation. Southland denied it.")
    st = analyze(Document("t", text), sides=DEFAULT_SIDES,
                 config=AnalysisConfig(analyzers=())).statements[0]
    assert st.speaker == "Lt. Col. Ivo Dal, a spokesman for the operation"
