"""Reporting patterns and verbs (:mod:`framing.attribution.patterns`, ``quoted``, ``verbs``,
``verb_use``, ``adverbials``): what is a report and what is its content. "X said that …",
quotations before and after their speaker, "according to", headlines, "told reporters", calling
something something, AP and regional wire styles, and the verbs, nouns and negations that report
nothing.
"""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import Document, Sentence
from tests.helpers import DEFAULT_SIDES
from tests.helpers import attributed as run
from tests.helpers import attributed_one as one


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


@pytest.mark.parametrize("text", [
    "According to the Northland interior ministry, 40 families fled the valley.",
    "Forty families fled the valley, according to the Northland interior ministry.",
])
def test_according_to(text):
    st = one(text)
    assert st.side == "northland" and st.verb == "according to"
    assert "families fled the valley" in st.text and "according" not in st.text.lower()
    assert st.resolution == "according_to"


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


def test_a_passive_claimed_by_is_no_statement():
    text = ("Fighting broke out in territories claimed by both Northland and Southland, "
            "the UN said.")
    assert [s.speaker for s in run(text)] == ["the UN"]


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
    "The monitors will report violations to both governments.",
    "The ministry will not say more until Monday.",
])
def test_verbs_that_quote_no_one_are_not_reports(text):
    # "adds to", "told to", a verb after a preposition or a possessive, a future ("will
    # report"): no one is speaking
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


def test_told_reporters_is_whom_not_what():
    st = one("Northland troops shelled the town, the Southland army told reporters.")
    assert (st.speaker, st.side, st.text) == (
        "the Southland army", "southland", "Northland troops shelled the town")


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
    from framing.attribution import tail_clause
    from framing.attribution.verbs import verb_table

    assert all(f in verb_table() for f in tail_clause._INVERTED.split("|"))
    text = ("Armenia accuses Azerbaijan of shelling\n\nAzerbaijan had attacked first, continued "
            "the Armenian minister. Azerbaijan denied it.")
    assert analyze(text).statements  # no KeyError on a form outside the lexicon


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


@pytest.mark.parametrize("aside", ["on Wednesday", "however", "in a statement"])
def test_an_aside_between_commas_after_the_verb_is_not_content(aside):
    st = one(f"The Southland army said, {aside}, that two soldiers were hurt.")
    assert st.text == "two soldiers were hurt"


def test_a_quotation_after_said_and_a_comma_is_direct_speech():
    st = one("The Northland minister said, “We will win this war.”")
    assert (st.text, st.direct) == ("We will win this war", True)


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


def test_whom_it_was_told_is_not_content():
    st = one("Northland spokesman Ivo Dal told reporters that the talks had failed.")
    assert (st.verb, st.text) == ("tell", "the talks had failed")


@pytest.mark.parametrize("text", [
    "There was no immediate comment from the Southland army.",
    "There has been no comment from Northland.",
])
def test_no_comment_is_no_statement(text):
    assert run(text) == []


def test_only_told_takes_an_addressee_after_the_content():
    # "the army blamed the RSF" names whom it blamed, not whom it told: no report of the content
    found = run("Southland shelled the town, and the Northland army blamed the Southland militia.")
    assert [(s.speaker, s.text) for s in found] == [
        ("the Northland army", "the Southland militia")]
    st = one("Three guards were hurt, the Southland army told Reuters.")
    assert (st.speaker, st.text) == ("the Southland army", "Three guards were hurt")


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


def test_verbs_of_another_tense_inside_the_content_are_not_joined():
    st = one("Northland says the rebels attacked and claimed the town.")
    assert st.text == "the rebels attacked and claimed the town"


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
