"""Attribution on constructions of wire copy that the first patterns missed (invented
countries; each case comes from an error on a held-out gold set)."""

from __future__ import annotations

import pytest

from framing.attribution import attribute
from framing.model import Document, Side, SideSet
from framing.text.segment import split_sentences
from tests.helpers import DEFAULT_SIDES

STATE_VS_GROUP = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northlandic"], "state"),
           Side("front", "Liberation Front", ["Liberation Front"], "non_state")],
    third_parties=[Side("sudia", "Sudia", ["Sudia"], "state")],
)


def run(text: str, sides: SideSet = DEFAULT_SIDES):
    return attribute(Document("t", text), split_sentences(text), sides)


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


@pytest.mark.parametrize("speaker", [
    "A senior official of the militant group", "A spokesman for the group, Omar Dask,",
])
def test_an_official_of_the_group_speaks_for_the_armed_group(speaker):
    text = (f"The Liberation Front attacked a convoy on Monday. {speaker} said the convoy "
            "carried weapons.")
    st = run(text, STATE_VS_GROUP)[-1]
    assert (st.speaker, st.side) == (speaker.rstrip(","), "front")


@pytest.mark.parametrize("speaker", ["Northlandic rebels", "Northlandic insurgents"])
def test_rebels_named_after_the_state_are_the_armed_groups(speaker):
    text = f"{speaker} said they had entered the city of Arvel."
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == (speaker, "front")


def test_the_states_army_is_still_the_states():
    (st,) = run("The Northlandic army said it had left the city of Arvel.", STATE_VS_GROUP)
    assert st.side == "northland"


@pytest.mark.parametrize("name", ["Aydın", "Ekström", "Nguyễn"])
def test_a_surname_with_letters_beyond_ascii_keeps_its_side(name):
    text = (f"Southland Foreign Minister Kemal {name} said the talks had failed. {name} denied "
            "that troops had crossed the river.")
    first, second = run(text)
    assert second.speaker == name and second.side == first.side == "southland"


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


def test_a_speaker_with_a_participle_aside_is_not_content_of_an_inverted_report():
    text = ("A Southland official, speaking on condition of anonymity, said the Northland reply "
            "amounted to a rejection.")
    (st,) = run(text)
    assert st.speaker.startswith("A Southland official") and st.side == "southland"
    assert st.text == "the Northland reply amounted to a rejection"


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


def test_a_long_formula_of_anonymity_after_the_speaker():
    text = ("A Northland diplomat who asked not to be named because he was not authorised to "
            "speak to the media said the talks would resume.")
    (st,) = run(text)
    assert st.speaker.startswith("A Northland diplomat") and st.side == "northland"
    assert st.text == "the talks would resume"


@pytest.mark.parametrize("text", [
    "Reuters could not independently verify battlefield reports from either side.",
    "The agency did not publish casualty reports from the front.",
])
def test_a_modal_clause_before_a_plural_noun_is_no_speaker(text):
    assert run(text) == []


@pytest.mark.parametrize("person", [
    "Dr. Omar Dask, a surgeon at Arvel hospital,", "fisherman Leo Cabra, 46,",
    "Ana Ruiz, a law student,",
])
def test_people_with_a_private_occupation_take_no_side_from_the_speaker_before(person):
    text = (f"The Southland army said the town was calm. “Nobody slept,” {person} said.")
    st = run(text)[-1]
    assert st.side == "unknown"


def test_a_body_installed_by_an_actor_speaks_for_it():
    (st,) = run("The Northland-installed management of the plant said a drone had hit the roof.")
    assert st.side == "northland"


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


def test_the_diplomat_after_a_diplomat_of_a_side_keeps_the_side():
    text = ("The talks will resume, said a Southland diplomat familiar with the plans. "
            "“Everything depends on Northland,” the diplomat added.")
    first, second = run(text)
    assert first.side == "southland"
    assert (second.speaker, second.side, second.resolution) == (
        "the diplomat", "southland", "same_noun")


def test_the_experts_after_a_report_by_experts_of_an_actor():
    text = ("A team of UN experts visited the valley last week. "
            "The experts said the troops had stayed for a week.")
    st = run(text)[-1]
    assert (st.speaker, st.side, st.resolution) == ("The experts", "un", "named_before")


def test_a_relative_clause_after_the_speaker_names_who_runs_it():
    text = ("Arvel's port authority, which is run by Southland, said nine bodies had been "
            "recovered.")
    (st,) = run(text)
    assert (st.speaker, st.side, st.resolution) == ("Arvel's port authority", "southland", "named")


@pytest.mark.parametrize("person", [
    "Ana Berri, a security analyst in Northland", "Military analysts in Nordia",
    "Ahmed Khal, 42",
])
def test_a_private_person_located_in_a_side_or_with_an_age_speaks_for_no_side(person):
    text = f"Southland troops shelled the border overnight. “It was loud,” said {person}."
    assert run(text)[-1].side == "unknown"


def test_a_pronoun_after_a_named_person_of_no_side_is_not_the_speaker_before():
    text = ("The Southland army said the road was closed. “Prices will rise,” said Oskar Lind, "
            "an energy analyst. He said the pipeline would stay shut.")
    assert [s.side for s in run(text)] == ["southland", "unknown", "unknown"]


KOREAS = SideSet(
    sides=[Side("north_korea", "North Korea", ["North Korea", "North Korean", "Pyongyang"]),
           Side("south_korea", "South Korea", ["South Korea", "South Korean", "Seoul"])],
    third_parties=[Side("china", "China", ["China", "Chinese", "Beijing"])],
)


@pytest.mark.parametrize("text, side", [
    ("SEOUL, Nov. 10 (Yonhap) -- The official Korean Central News Agency said South Korean "
     "warships had entered the North's waters.", "north_korea"),
    ("“The puppet navy is provoking us,” KCNA said.", "north_korea"),
    ("The official Xinhua news agency said talks would resume.", "china"),
    ("KCNA quoted a military spokesman as saying the drills were a rehearsal for war.",
     "north_korea"),
])
def test_a_state_medium_speaks_for_its_state(text, side):
    st = run(text, KOREAS)[0]
    assert st.side == side


def test_a_state_medium_of_a_state_that_is_no_actor_speaks_for_no_one():
    (st,) = run("TASS said the talks would resume.", KOREAS)
    assert st.side == "unknown"


@pytest.mark.parametrize("dateline, speaker", [
    ("Taipei, March 20 (CNA) ", "Coast Guard chief Lee Yu"),
    ("SEOUL, Nov. 10 (Yonhap) -- ", "The Southland army"),
    ("Mekelle – ", "An official of the Southland administration"),
])
def test_more_dateline_styles_are_not_part_of_the_speaker(dateline, speaker):
    (st,) = run(f"{dateline}{speaker} said the cable had been cut.")
    assert st.speaker == speaker


@pytest.mark.parametrize("speaker", [
    "the Southland Red Crescent", "the Red Cross", "a church official", "a hospital official",
])
def test_humanitarian_and_church_people_take_no_side_from_the_speaker_before(speaker):
    text = f"The Northland army said it had taken the town. Six people died, {speaker} said."
    assert run(text)[-1].side == "unknown"


def test_fighters_against_a_state_are_the_armed_groups():
    text = "In a video posted online, separatist fighters said they had attacked the convoy."
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == ("separatist fighters", "front")


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


def test_a_speaker_of_eleven_words_before_said_that():
    text = ("A spokesperson for the Southland Affairs Office of the State Council said "
            "Saturday that the talks had failed.")
    (st,) = run(text)
    assert st.text == "the talks had failed" and st.side == "southland"


GROUP_SIDES = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northland army", "soldiers"]),
           Side("front", "Liberation Front", ["Liberation Front", "LF"])],
    third_parties=[Side("watch", "Rights Watch", ["Rights Watch"]),
                   Side("amnesty", "Amnesty", ["Amnesty"]),
                   Side("coalition", "Coalition", ["Gulf-led coalition"])],
)


def test_the_group_after_a_body_named_alone_is_that_body():
    text = ("The LF said in a statement that its fighters had killed 50 soldiers. The group also "
            "claimed that it had seized two armoured vehicles. Rights Watch said in a report that "
            "both forces had killed civilians. The group blamed Northland for failing to act. "
            "“The state has abandoned the valley,” the group's director said.")
    sts = run(text, GROUP_SIDES)
    assert [(s.speaker, s.side) for s in sts] == [
        ("The LF", "front"), ("The group", "front"), ("Rights Watch", "watch"),
        ("The group", "watch"), ("the group's director", "watch")]
    assert sts[1].resolution == "group_before"


@pytest.mark.parametrize("text", [
    # a body that went by another such noun: "the group" is someone else
    "The Gulf-led coalition accused the LF of shelling villages, while the group blamed "
    "Northland for a strike on a market.",
    # an actor named before goes by the phrase's own noun
    "The LF accused the Gulf-led coalition of killing 14 fishermen. The coalition denied it.",
])
def test_the_group_is_not_the_last_body_when_the_text_says_otherwise(text):
    last = run(text, GROUP_SIDES)[-1]
    assert last.resolution != "group_before"


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


def test_a_capitalised_verb_form_after_a_quotation_is_part_of_the_speakers_name():
    (st,) = run("“The attack was cowardly,” Northland's State Security Service said.")
    assert (st.speaker, st.verb, st.side) == ("Northland's State Security Service", "say",
                                              "northland")


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


@pytest.mark.parametrize("text", [
    "Amnesty accused Northland of killing 23 civilians. The rights group said survivors had "
    "described two jets.",
    "“We follow the law,” said Ivo Dal, a Northland spokesman. He was responding to a Rights "
    "Watch report that accused Northland troops of killing 15 civilians. The rights group "
    "called on Northland to open an investigation.",
])
def test_the_rights_group_after_a_named_rights_group(text):
    sts = run(text, GROUP_SIDES)
    assert (sts[-1].speaker, sts[-1].side, sts[-1].resolution) == (
        "The rights group", sts[-2].side, "group_before")
    assert sts[-1].side in ("amnesty", "watch")


def test_a_member_of_the_group_after_a_named_body_speaks_for_it():
    text = ("Rights Watch accused Northland of killing civilians. “Northland should "
            "investigate,” said Ana Sow, a researcher at the group.")
    last = run(text, GROUP_SIDES)[-1]
    assert (last.side, last.resolution) == ("watch", "group_before")


@pytest.mark.parametrize("aside", ["reached by telephone", "contacted by AFP",
                                   "when asked about the attack", "known by the alias Jacobo",
                                   "as the movement formally calls itself"])
def test_how_a_speaker_was_reached_is_a_parenthetical(aside):
    (st,) = run(f"A Southland commander, {aside}, said the group was ready to talk.")
    assert (st.speaker, st.side) == ("A Southland commander", "southland")


def test_the_statement_of_a_speaker_of_no_known_side_stays_unknown():
    text = ("Northland fighters ambushed a patrol on Sunday, the mission said in a statement. "
            "“Our personnel repelled the attackers,” the statement said.")
    first, second = run(text)
    assert first.side == "unknown"
    assert (second.speaker, second.side) == ("the statement", "unknown")


def test_where_a_private_person_fled_to_is_no_side():
    (st,) = run("“They burned everything,” said a resident who fled to Southland.")
    assert (st.side, st.resolution) == ("unknown", "unresolved")


def test_the_target_of_an_accusation_is_the_owned_actor():
    sides = SideSet(sides=DEFAULT_SIDES.sides,
                    third_parties=[Side("corps", "Corps", ["Africa Corps"]),
                                   Side("sudia_state", "Sudia", ["Russia"])])
    (st,) = run("Northland accused Russia's Africa Corps of flying fighters into the south.",
                sides)
    assert st.target == "corps"


@pytest.mark.parametrize("text, speaker", [
    ("Some residents of the town of Tarsk, where the LF once recruited hundreds of fighters, told "
     "The Associated Press they feared the returns.", "Some residents of the town of Tarsk"),
    ("Some residents of the town of Tarsk, who lived through the siege, told The Associated "
     "Press they feared the returns.", "Some residents of the town of Tarsk"),
    ("Irena Voss, whose son was among the eight, said she would not let him out of her sight.",
     "Irena Voss"),
])
def test_a_relative_clause_after_the_subject_is_a_parenthetical(text, speaker):
    (st,) = run(text)
    assert st.speaker == speaker
    assert st.text.startswith(("they feared", "she would not"))


def test_a_speaker_described_by_kin_is_a_private_person():
    text = ("Northland troops held the pass. Irena Voss, whose son was among the eight, said she "
            "would not let him out of her sight. She said he was thin.")
    first, second = run(text)
    assert (first.speaker, first.side) == ("Irena Voss", "unknown")
    assert second.side == "unknown"


@pytest.mark.parametrize("speaker", ["Officials on both sides", "Military officials from both "
                                     "countries"])
def test_officials_on_both_sides_speak_for_both(speaker):
    (st,) = run(f"Northland troops shelled the pass. {speaker} said the talks had stalled.")[-1:]
    assert (st.speaker, st.side) == (speaker, "both")


def test_a_baker_is_a_private_person():
    st = run("Northland troops shelled the pass. “Everybody pays,” said Milo Danek, the baker.")[-1]
    assert st.side == "unknown"


def test_a_person_described_as_private_stays_private_by_name():
    text = ("Northland troops shelled Tarsk. “Everybody pays,” said Milo Danek, the baker. Milo "
            "Danek said the bakery was closed. Danek added that flour ran out. Northland's "
            "defence minister Ivo Dal said the town was quiet. Dal added it was safe.")
    sides = [(s.speaker, s.side) for s in run(text)]
    assert sides == [("Milo Danek, the baker", "unknown"), ("Milo Danek", "unknown"),
                     ("Danek", "unknown"), ("Northland's defence minister Ivo Dal", "northland"),
                     ("Dal", "northland")]


@pytest.mark.parametrize("clause, side", [
    ("whose Northland brigade holds the pass", "northland"),
    ("whose brigade fought Northland troops", "unknown"),
])
def test_a_whose_clause_names_the_speakers_side_only_right_after_whose(clause, side):
    (st,) = run(f"Brig. Gen. Ivo Dal, {clause}, said the road was open.")
    assert (st.speaker, st.side) == ("Brig. Gen. Ivo Dal", side)


@pytest.mark.parametrize("text, speaker", [
    ("Srpska Lista, the main party of Northland's Serbs, which is backed by Southland, said its "
     "members had boycotted the vote.", "Srpska Lista, the main party of Northland's Serbs"),
    ("ECOWAS, the regional bloc that Northland left last year, said it was gravely concerned.",
     "ECOWAS, the regional bloc"),
])
def test_an_appositive_with_a_relative_clause_keeps_the_name(text, speaker):
    (st,) = run(text)
    assert st.speaker == speaker


@pytest.mark.parametrize("speaker", [
    "Nadim Haddad, a Northland analyst at a Sudia-based think tank",
    "Marie Ndouba, a researcher at a Nordia-based policy institute",
    "Dr Nadeem Baloch, the medical superintendent of Arvel Teaching Hospital",
])
def test_where_a_body_is_what_a_person_studies_and_a_hospital_name_no_side(speaker):
    text = (f"Northland police said two labourers were shot dead. {speaker}, said the two "
            "sides were using the ceasefire as a tool.")
    st = run(text)[-1]
    assert (st.speaker, st.side) == (speaker, "unknown")


def test_experts_of_an_organisation_are_still_its_own():
    text = "UN experts said the Southland army had shelled the market."
    assert run(text)[0].side == "un"


def test_a_manner_adverb_is_not_part_of_the_speaker():
    (st,) = run("Northland's foreign minister Ivo Dal strongly condemned the attack.")
    assert st.speaker == "Northland's foreign minister Ivo Dal" and st.side == "northland"


def test_an_anonymity_clause_after_an_inverted_speaker_is_left_out():
    text = ("“People are afraid to return to their gardens,” said a church worker in Arvel who "
            "asked to be identified only by his first name, Yosias.")
    (st,) = run(text)
    assert st.speaker == "a church worker in Arvel"
    assert st.text == "People are afraid to return to their gardens"


def test_a_clause_after_an_inverted_said_is_no_speaker():
    text = ("Front spokesman Jeeyand Baloch, in a statement released on Saturday, said the "
            "fighters also captured a Northland soldier, who would be tried in a rebel court.")
    (st,) = run(text, STATE_VS_GROUP)
    assert st.speaker == "Front spokesman Jeeyand Baloch"
    assert st.text.startswith("the fighters also captured a Northland soldier")


def test_a_headline_past_form_before_a_place_is_passive():
    text = "Fighting reported in Kech, Panjgur\n\nThe Northland army said it repelled an attack."
    (st,) = run(text)
    assert st.speaker == "The Northland army"


def test_the_groups_spokesman_after_a_content_opened_by_the_group():
    # sides with no kind at all (else the armed_group rule applies)
    sides = SideSet(sides=[Side("northland", "Northland", ["Northland", "Northlandic"]),
                           Side("front", "Liberation Front", ["Liberation Front", "Front"])])
    text = ("Front fighters ambushed a Northland patrol on Wednesday and killed one soldier, "
            "the group's spokesman claimed.")
    (st,) = run(text, sides)
    assert (st.side, st.resolution) == ("front", "group_before")


def test_the_group_is_never_the_state_that_opens_the_content():
    text = "Northland troops shelled a Front camp on Wednesday, the group's spokesman said."
    (st,) = run(text, STATE_VS_GROUP)
    assert st.side != "northland"


def test_a_body_named_with_what_kind_it_is_is_the_group_after_it():
    sides = SideSet(DEFAULT_SIDES.sides, [Side("haki", "Haki Africa", ["Haki Africa"])])
    text = ("Rights group Haki Africa accused Northland police of abducting suspects. “Families "
            "are still searching for their sons,” the group's programme officer Salma Hemed said.")
    st = run(text, sides)[-1]
    assert (st.side, st.resolution) == ("haki", "group_before")


def test_the_president_of_a_civil_society_group_speaks_for_no_side():
    text = ("Front rebels attacked the village of Arvel, according to local civil society. “They "
            "came with machetes,” said the president of the civil society of the Arvel sector, "
            "Samuel Kakule.")
    assert run(text, STATE_VS_GROUP)[-1].side == "unknown"


def test_a_police_spokesman_of_a_place_speaks_for_the_state():
    text = ("Front fighters killed three soldiers in Arvel, the district's police spokesman "
            "said.")
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.side, st.resolution) == ("northland", "state")


def test_an_office_a_name_and_a_parenthetical_before_the_verb_are_one_speaker():
    text = ("Gunmen of the Liberation Front attacked a police station on Sunday. The Arvel State "
            "Police Command spokesperson, SP Chinedu Okafor, who confirmed the incident in a "
            "statement, said operatives repelled the attackers.")
    st = run(text, STATE_VS_GROUP)[-1]
    assert st.speaker == "The Arvel State Police Command spokesperson, SP Chinedu Okafor"
    assert st.side == "northland"


def test_a_ranks_initials_open_an_appositive_name():
    text = ("Northland troops raided a Front camp, according to the police. The command's "
            "spokesperson, ASP Ikenna Nwosu, said two officers were injured.")
    st = run(text, STATE_VS_GROUP)[-1]
    assert st.speaker == "The command's spokesperson, ASP Ikenna Nwosu"
    assert st.text == "two officers were injured"


def test_what_a_body_signed_speaks_for_it():
    text = ("Banners signed by the Liberation Front appeared on bridges in Arvel on Wednesday, "
            "accusing Northland police of protecting a rival gang.")
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == ("Banners", "front")


@pytest.mark.parametrize("office", ["Arvel's security secretary", "The state prosecutor"])
def test_offices_only_a_state_has_speak_for_it_against_an_armed_group(office):
    text = (f"Banners signed by the Liberation Front accused Northland police of protecting a "
            f"rival gang. {office} rejected the accusation and said the messages were an attempt "
            "to sow fear.")
    assert run(text, STATE_VS_GROUP)[-1].side == "northland"


def test_state_before_a_lower_case_word_is_an_adjective_not_the_verb():
    text = "The Arvel state prosecutor's office said forensic experts were examining the site."
    (st,) = run(text)
    assert st.speaker == "The Arvel state prosecutor's office"
    assert st.text == "forensic experts were examining the site"


def test_a_parenthetical_through_what_a_body_spoke():
    text = ("The Liberation Front, through its radio station, claimed its fighters had overrun a "
            "Northland camp.")
    (st,) = run(text, STATE_VS_GROUP)
    assert (st.speaker, st.side) == ("The Liberation Front", "front")


def test_an_acronym_alone_as_the_appositive_of_a_description():
    text = ("The UN peacekeeping mission in Arvel, UNMA, condemned the Front for the massacre of "
            "40 people.")
    (st,) = run(text, STATE_VS_GROUP)
    assert st.speaker == "The UN peacekeeping mission in Arvel, UNMA"


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


@pytest.mark.parametrize("speaker", [
    "Relatives of a farmer killed during a military raid in Arvel",
    "The bloc's commission president, Omar Diarra",
])
def test_an_organ_word_in_a_description_or_a_bodys_office_is_not_the_states(speaker):
    sides = SideSet(STATE_VS_GROUP.sides, [Side("bloc", "Regional Bloc", ["the Regional Bloc"])])
    text = (f"The Regional Bloc called on Northland to hold elections. {speaker} said the Front "
            "had to be stopped.")
    assert run(text, sides)[-1].side != "northland"


@pytest.mark.parametrize("tail, speaker", [
    ("said Anna Lind, a researcher at the Great Lakes Policy Institute in Nairobi.",
     "Anna Lind, a researcher at the Great Lakes Policy Institute in Nairobi"),
    ("said General Ivo Dal, Northland's defence minister, after talks in Arvel on Saturday.",
     "General Ivo Dal, Northland's defence minister"),
])
def test_an_inverted_speaker_after_the_content_keeps_its_appositive(tail, speaker):
    (st,) = run(f"Southland will send troops to help secure the border, {tail}")
    assert st.speaker == speaker
    assert st.text == "Southland will send troops to help secure the border"


def test_an_appositive_name_may_begin_with_an_accented_letter():
    text = ("Northland's interior minister, Léonidas Bigirimana, warned that the country would "
            "respond to any further aggression.")
    (st,) = run(text)
    assert (st.speaker, st.side) == ("Northland's interior minister, Léonidas Bigirimana",
                                     "northland")


def test_the_rebel_group_two_sentences_after_it_spoke_with_no_one_between():
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = ("The Liberation Front said its fighters had overrun a Northland army camp. The army "
            "did not comment. According to the rebel group, at least 20 soldiers were killed.")
    st = run(text, sides)[-1]
    assert (st.speaker, st.side, st.resolution) == ("the rebel group", "front", "group_before")


@pytest.mark.parametrize("speaker", ["The Senior Divisional Officer for Arvel",
                                     "Intelligence officials"])
def test_a_government_office_after_the_armed_group_spoke_is_the_states(speaker):
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = (f"The Liberation Front said it had imposed a lockdown on Arvel. {speaker} said "
            "schools and businesses would remain open.")
    st = run(text, sides)[-1]
    assert (st.side, st.resolution) == ("northland", "state")


def test_the_official_alone_still_refers_back_to_the_speaker_before():
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = ("A senior official of the Liberation Front told Reuters it was studying the proposal. "
            "“We will respond after consulting the other factions,” the official said.")
    assert run(text, sides)[-1].side == "front"


def test_a_district_commissioner_is_a_plausible_speaker_of_the_state():
    sides = SideSet(sides=[STATE_VS_GROUP.sides[0],
                           Side("front", "Liberation Front", ["Liberation Front"])])
    text = ("The Liberation Front said it had imposed a lockdown on Arvel. The district "
            "commissioner said schools would remain open.")
    st = run(text, sides)[-1]
    assert (st.speaker, st.side) == ("The district commissioner", "northland")


def test_neither_claim_is_no_speaker():
    text = ("Both sides said they had inflicted heavy losses. Neither claim could be "
            "independently verified.")
    assert [st.speaker for st in run(text)] == ["Both sides"]


def test_an_inverted_speakers_appositive_may_open_with_a_title_and_for():
    text = ("The fighting erupted near the town after soldiers acted on a tip, said Lieutenant "
            "Colonel Ramon Dizon, spokesman for the Northland army's Western Command.")
    (st,) = run(text)
    assert st.speaker.endswith("spokesman for the Northland army's Western Command")
    assert st.side == "northland"


@pytest.mark.parametrize("text, side", [
    ("Andrei Ignatenko, who serves as Southland's top diplomat, said the bloc was taking sides.",
     "southland"),
    ("Masked men claiming to belong to the Liberation Front warned that they would attack "
     "Northland police officers.", "front"),
])
def test_whom_a_speaker_serves_or_claims_to_belong_to(text, side):
    st = run(text, STATE_VS_GROUP if side == "front" else DEFAULT_SIDES)[-1]
    assert st.side == side
    assert st.verb != "claim"


def test_a_lower_case_office_before_a_name_is_not_owned_by_that_name():
    sides = SideSet(DEFAULT_SIDES.sides, [Side("osce", "OSCE", ["OSCE"])])
    text = ("The OSCE urged Northland and Southland to return to talks. “Dialogue is the only way "
            "forward,” said mission head Kaspars Ozols.")
    assert run(text, sides)[-1].side == "osce"


@pytest.mark.parametrize("speaker", ["Arvel Mayor Rosa Quinones", "provincial officials"])
def test_a_mayor_and_provincial_officials_speak_for_the_state(speaker):
    text = f"Gunmen set fire to two buses in Arvel overnight, according to {speaker}."
    assert run(text, STATE_VS_GROUP)[-1].side == "northland"


def test_responded_that_reports_but_responded_to_does_not():
    text = ("Southland's foreign ministry spokesman responded that the situation was stable. The "
            "Northland army responded to the attack with artillery fire.")
    assert [(st.verb, st.text) for st in run(text)] == [
        ("respond", "the situation was stable")]


def test_both_the_army_and_the_armed_group_are_both_sides():
    text = "Both the army and the Liberation Front said they had inflicted heavy losses."
    (st,) = run(text, STATE_VS_GROUP)
    assert st.side == "both"
