"""Resolving a speaker to a side (:mod:`framing.attribution.speakers`): carried-over speakers
(pronouns, "the ministry", "the country's ministry", known surnames, institutions and the actor
in context), people and private bodies of no side, and one key per speaker
(:mod:`framing.attribution.speaker_key`).
"""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import UNKNOWN, Document, Side, SideSet
from framing.text.segment import split_sentences
from tests.helpers import DEFAULT_SIDES
from tests.helpers import attributed as run
from tests.helpers import attributed_one as one


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


def test_known_surname_keeps_its_side():
    text = ("“We are ready to talk,” Southland President Mara Ilo said. "
            "The talks stalled. Ilo said the offer stood.")
    statements = run(text)
    assert [s.side for s in statements] == ["southland", "southland"]


def test_unresolved_speaker_is_unknown_not_guessed():
    st = one("A witness said the shelling lasted an hour.")
    assert st.side == UNKNOWN and st.resolution == "unresolved"


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


def test_hyphen_compound_names_the_actor():
    st = one("The Southland-run health ministry said 40 people were wounded.")
    assert st.side == "southland"


def test_institution_without_earlier_speaker_takes_the_actor_in_context():
    text = "The United Nations closed its office on Friday. The agency said the move was temporary."
    statements = run(text)
    assert statements[-1].side == "un" and statements[-1].resolution == "title"


@pytest.mark.parametrize("text, side", [
    ("Forty people were killed, according to the Northland Doctors Network, a medical group.",
     UNKNOWN),
    ("Forty people were killed, the Northland Observatory for Human Rights said.", UNKNOWN),
    ("Forty people were killed, Northland doctors said.", "northland"),
    ("Forty people were killed, the Northland Defence Ministry said.", "northland"),
])
def test_a_private_body_named_after_a_country_speaks_for_no_side(text, side):
    assert run(text)[-1].side == side


def test_its_office_after_a_sentence_about_an_actor_is_that_actors():
    text = ("The United Nations has declined to intervene. Its secretary general, Ada Rell, said "
            "the clashes were a bilateral matter.")
    st = run(text)[-1]
    assert (st.side, st.resolution) == ("un", "country_context")


def test_its_ministry_after_a_content_that_opens_with_an_actor_is_that_actors():
    text = ("Southland’s minister said Northland was wrong. "
            "Northland recalled its ambassador, its foreign ministry said.")
    st = run(text)[-1]
    assert (st.side, st.resolution) == ("northland", "country_context")


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


def test_a_known_surname_with_an_appositive_keeps_its_side():
    found = run("A UN spokesperson told reporters that the UN was in contact with Southland, while "
                "Northland Defence Minister Kemal Aydin said the operations would go on. Aydin, a "
                "former chief of general staff, added that 112 militants had been killed.")
    assert [(s.side, s.resolution) for s in found][-1] == ("northland", "named")


def test_the_statement_said_is_the_source_of_the_statement_named_before():
    found = run("Northland troops repelled an attack, according to a statement from the "
                "Northland army. The statement said four soldiers had been wounded.")
    assert [(s.side, s.resolution) for s in found] == [("northland", "according_to"),
                                                       ("northland", "institution")]


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


@pytest.mark.parametrize("union", ["The European Union", "The Eurasian Economic Union",
                                   "The bloc"])
def test_a_union_of_states_no_alias_names_takes_no_side_from_context(union):
    """The reuters.html fixture's "The European Union called on both sides …" went to the side
    named just before it (resolution `title`): "union" is an institution, and an institution
    with no speaker before it took the nearest actor."""
    text = ("Northland troops fired on Southland positions. Reporters could not verify the "
            f"account. {union} called on both sides to return to talks.")
    st = run(text)[-1]
    assert (st.speaker, st.side, st.resolution) == (union, UNKNOWN, "unresolved")


def test_a_countrys_institution_still_takes_the_actor_in_context():
    text = ("Northland closed the border crossing. The Foreign Ministry said the move was "
            "temporary.")
    assert run(text)[-1].side == "northland"
