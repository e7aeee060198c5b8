"""Speakers from states or bodies the sides do not list (:mod:`framing.attribution.outsiders`):
the gazetteer knows them, so their words are no side's, whatever side the context gives."""

from __future__ import annotations

from pathlib import Path

from framing.attribution import attribute
from framing.attribution.outsiders import names_outsider
from framing.model import UNKNOWN, Document, Side, SideSet
from framing.pipeline import analyze
from tests.helpers import DEFAULT_SIDES, simple_sentences
from tests.helpers import attributed as run

FIXTURE = Path(__file__).parent / "fixtures" / "html_pages" / "cnn.html"


def _sides(text: str, sides: SideSet) -> list[tuple[str, str]]:
    return [(s.speaker, s.side) for s in attribute(Document("t", text), simple_sentences(text),
                                                   sides)]


def test_countries_no_side_lists_speak_for_no_side():
    text = ("Southland said the troop movements were routine exercises. "
            "The United States and France urged restraint. "
            "“There is no military solution,” a US State Department spokesperson told CNN.")
    statements = run(text)
    assert [s.side for s in statements] == ["southland", UNKNOWN, UNKNOWN]
    assert statements[1].resolution == statements[2].resolution == "unresolved"


def test_a_sides_envoy_in_an_outsiders_capital_is_the_sides():
    text = ("Northland said the border was calm. "
            "Southland's ambassador in Washington said the shelling went on.")
    assert run(text)[1].side == "southland"


def test_an_outsiders_envoy_to_a_side_is_no_sides():
    text = ("Northland said the border was calm. "
            "The French ambassador to Northland said both sides should talk.")
    assert run(text)[1].side == UNKNOWN


def test_an_outsider_joined_to_a_side_is_the_sides():
    text = ("Northland said the border was calm. "
            "French and Southlander officials said the talks would resume.")
    assert run(text)[1].side == "southland"


def test_a_pronoun_after_an_outsider_is_not_the_side_before_it():
    text = ("Northland said the border was calm. "
            "A French foreign ministry spokesman said Paris was worried. "
            "He added that talks should resume.")
    assert [s.side for s in run(text)] == ["northland", UNKNOWN, UNKNOWN]


def test_officials_in_a_foreign_capital_speak_for_no_side():
    text = ("Northland said the border was calm. "
            "Officials in Washington said satellite images showed troops massing.")
    assert run(text)[1].side == UNKNOWN


def test_a_listed_third_party_keeps_its_voice():
    sides = SideSet(DEFAULT_SIDES.sides, [Side("france", "France", ["France", "French"])])
    text = "Northland said the border was calm. The French foreign ministry urged restraint."
    assert _sides(text, sides)[1][1] == "france"


def test_where_an_envoy_is_sent_and_a_given_name_name_no_outsider():
    text = ("Northland said the border was calm. "
            "The ambassador to France said the shelling had stopped. "
            "Security Council Secretary Jordan Vask said the army was ready.")
    assert [s.side for s in run(text)] == ["northland"] * 3


def test_the_country_of_a_side_named_by_its_government_is_that_side():
    # a civil war: the side is the government, the country is in its alias or owns it
    sides = SideSet([Side("government", "Haitian government", ["Haitian government",
                                                               "prime minister"]),
                     Side("gangs", "Viv Ansanm", ["Viv Ansanm", "gangs"])])
    text = "Haiti's prime minister said the gangs were losing ground."
    assert _sides(text, sides)[0][1] == "government"
    assert not names_outsider("Haitian police officials", sides)
    libya = SideSet([Side("gnu", "Government of National Unity", ["Tripoli-based government"]),
                     Side("lna", "Haftar's army", ["LNA", "Haftar"])])
    text = "Libya's Tripoli-based government said the LNA had shelled the airport."
    assert _sides(text, libya)[0][1] == "gnu"


def test_a_foreign_army_is_not_the_state_sides_organ():
    sides = SideSet([Side("northland", "Northland", ["Northland"], "state"),
                     Side("front", "Liberation Front", ["Liberation Front", "the Front"],
                          "non_state")])
    text = ("The Front said it took the town. "
            "The French military said its drone had filmed the convoy.")
    assert _sides(text, sides)[1][1] == UNKNOWN


def test_saved_cnn_page_gives_no_side_the_us_and_french_words(tmp_path: Path):
    sides_file = tmp_path / "sides.yaml"
    sides_file.write_text("sides:\n  - name: Kestria\n    aliases: [Kestrian, Kestrians]\n"
                          "  - name: Arvel\n    aliases: [Arvelian]\n", encoding="utf-8")
    analysis = analyze(FIXTURE, sides=str(sides_file))
    by_speaker = {s.speaker: s.side for s in analysis.statements}
    assert by_speaker["The United States and France"] == UNKNOWN
    assert by_speaker["a US State Department spokesperson"] == UNKNOWN
    assert by_speaker["Arvel"] == "arvel" and by_speaker["Kestria"] == "kestria"


def test_an_outsiders_institution_named_again_is_still_no_sides():
    text = ("Northland said the border was calm. "
            "The French foreign ministry said talks must resume. "
            "The ministry added that the border must open.")
    assert [s.side for s in run(text)] == ["northland", UNKNOWN, UNKNOWN]
    assert run(text)[2].resolution == "unresolved"


def test_a_sides_institution_after_an_outsiders_is_the_sides_again():
    text = ("The French foreign ministry said talks must resume. "
            "The Northland foreign ministry said it was ready. "
            "The ministry added that the border must open.")
    assert [s.side for s in run(text)] == [UNKNOWN, "northland", "northland"]


def test_its_ministry_after_a_sentence_about_an_outsider_is_no_sides():
    text = ("Southland said it was calm. France recalled its ambassador to Northland. "
            "Its foreign ministry said the shelling must stop.")
    assert run(text)[-1].side == UNKNOWN
    text = ("Southland said it was calm. Northland recalled its ambassador to France. "
            "Its foreign ministry said the shelling must stop.")
    assert run(text)[-1].side == "northland"


def test_its_ministry_after_a_content_opened_by_an_outsider_is_no_sides():
    text = ("Southland said it was calm. "
            "France recalled its ambassador to Northland, its foreign ministry said.")
    last = run(text)[-1]
    assert (last.speaker, last.side, last.resolution) == (
        "its foreign ministry", UNKNOWN, "unresolved")
    text = "Southland said it was calm. France recalled its envoy, the country's ministry said."
    assert run(text)[-1].side == UNKNOWN
    # a listed side opening the content keeps its words, whoever else it names
    for content in ("Northland recalled its ambassador", "Northland recalled its envoy to France"):
        text = f"Southland said it was calm. {content}, its foreign ministry said."
        assert (run(text)[-1].side, run(text)[-1].resolution) == ("northland", "country_context")
