"""The two sides: YAML config, the gazetteer, and detection from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.model import Document
from framing.sides import GazetteerEntry, SidesError, detect_sides, load_gazetteer, load_sides
from tests.helpers import simple_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "armenia_azerbaijan_border_clashes.txt"
EXAMPLE = ROOT / "examples" / "sides_armenia_azerbaijan.yaml"


def detect(text: str, title: str | None = None, **kwargs):
    doc = Document("t", text, title=title, source="article.txt")
    return detect_sides(doc, simple_sentences(text), **kwargs)


def ids(actors) -> list[str]:
    return [a.id for a in actors]


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


# -- YAML config ----------------------------------------------------------------------------------

def test_example_file_loads_with_gazetteer_aliases():
    sides = load_sides(EXAMPLE)
    assert sides.source == "config"
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert ids(sides.third_parties) == ["russia", "eu", "csto"]
    assert "Putin" in sides.get("russia").aliases  # from the gazetteer, not the file
    assert sides.actor_of("The Armenian Defense Ministry said") == "armenia"
    assert sides.actor_of("Azerbaijani forces") == "azerbaijan"
    assert sides.actor_of("officials in Yerevan") == "armenia"
    assert sides.actor_of("Artsakh's leader") == "armenia"  # tied authority, via the gazetteer
    assert [s.kind for s in sides.sides] == ["state", "state"]  # countries, via the gazetteer
    assert sides.state_side() is None


def test_kind_from_the_file_or_the_gazetteer(tmp_path):
    path = write(tmp_path, "s.yaml", """
sides:
  - {name: Government of Maru, kind: state}
  - {id: hamas, name: Hamas Movement}
third_parties:
  - {name: Egypt}
""")
    sides = load_sides(path)
    assert [s.kind for s in sides.sides] == ["state", "non_state"]  # Hamas: by id, gazetteer
    assert sides.get("egypt").kind == "state"
    assert sides.state_side() == "government_of_maru"
    no_gazetteer = write(tmp_path, "n.yaml", "sides: [{name: A, kind: non_state}, {name: Israel}]\n"
                         "use_gazetteer: false")
    # use_gazetteer: false keeps the aliases as written; the kind still comes from the entry
    plain = load_sides(no_gazetteer)
    assert [s.kind for s in plain.sides] == ["non_state", "state"]
    assert plain.get("israel").aliases == ["Israel"]


def test_a_name_with_a_parenthesis_or_a_first_alias_finds_the_gazetteer_entry(tmp_path):
    path = write(tmp_path, "s.yaml", """
sides:
  - {id: pk, name: "Pakistan (government, military and police)"}
  - {id: tk, name: Turkey and the Turkish-backed Syrian National Army, aliases: [Turkey]}
""")
    sides = load_sides(path)
    assert [s.kind for s in sides.sides] == ["state", "state"]
    assert "Islamabad" in sides.get("pk").aliases and "Ankara" in sides.get("tk").aliases


def test_use_gazetteer_false_keeps_only_listed_aliases(tmp_path):
    path = write(tmp_path, "s.yaml", """
sides:
  - {name: Northland, aliases: [Northlanders]}
  - {id: south, name: Southland}
third_parties:
  - {id: russia, name: Russia, aliases: [Moscow]}
use_gazetteer: false
""")
    sides = load_sides(path)
    assert sides.side_ids == ["northland", "south"]  # id defaults to the slugged name
    assert sides.get("russia").aliases == ["Russia", "Moscow"]
    assert sides.actor_of("the Kremlin") is None


def test_separatists_not_merged_when_listed_or_disabled(tmp_path):
    path = write(tmp_path, "s.yaml", """
sides: [{name: Armenia}, {name: Azerbaijan}]
third_parties:
  - {id: nagorno_karabakh_authorities, name: Karabakh authorities, aliases: [Artsakh]}
""")
    sides = load_sides(path)
    assert sides.actor_of("Artsakh officials") == "nagorno_karabakh_authorities"
    # the listed entry takes the gazetteer's aliases itself; Armenia does not get them
    assert sides.actor_of("Karabakh separatists") == "nagorno_karabakh_authorities"
    assert "Artsakh" not in sides.get("armenia").aliases
    plain = load_sides(write(tmp_path, "p.yaml", "sides: [{name: Armenia}, {name: Azerbaijan}]"),
                       separatists_as_side=False)
    assert plain.actor_of("Karabakh separatists") is None
    assert plain.actor_of("Armenians") == "armenia"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("sides: [{name: A}, {name: B}\n  - oops", ":2: YAML syntax error"),
        ("sides:\n  - {name: A}\n", "exactly two sides, got 1"),
        ("sides: [{name: A}, {name: B}, {name: C}]", "exactly two sides, got 3"),
        ("sides:\n  - {name: A}\n  - {id: b, aliases: [Bee]}\n", ":3: sides[1] is missing 'name'"),
        ("sides: [{id: x, name: A}, {name: B}]\nthird_parties: [{id: x, name: C}]",
         "duplicate id 'x'"),
        ("sides: [{id: both, name: A}, {name: B}]", "id 'both' is reserved"),
        ("sides: [{name: Narrator}, {name: B}]", "id 'narrator' is reserved"),
        ("sides: [{name: A}, {name: B}]\nthird_party: []", "unknown key 'third_party'"),
        ("sides: [{name: A, aliases: Bee}, {name: B}]", "'aliases' must be a list"),
        ("sides:\n  - {name: A}\n  - {name: B, kind: rebel}\n",
         ":3: sides[1] has an invalid kind 'rebel' (expected: state or non_state)"),
        ("- just\n- a list", "expected a mapping with a 'sides' list"),
    ],
)
def test_config_errors_are_one_line_naming_the_file(tmp_path, content, expected):
    path = write(tmp_path, "bad.yaml", content)
    with pytest.raises(SidesError) as err:
        load_sides(path)
    message = str(err.value)
    assert message.startswith(str(path))
    assert expected in message
    assert "\n" not in message


def test_a_sides_file_not_in_utf8_is_a_one_line_error_naming_the_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("sides:\n  - {name: Arm\u00e9nia}\n  - {name: B}\n".encode("latin-1"))
    with pytest.raises(SidesError, match=r"latin1\.yaml:2: not valid UTF-8 \(byte 0xe9\)"):
        load_sides(path)


def test_missing_file(tmp_path):
    with pytest.raises(SidesError, match=r"nope\.yaml: cannot read sides file"):
        load_sides(tmp_path / "nope.yaml")


# -- gazetteer ------------------------------------------------------------------------------------

def test_shipped_gazetteer_covers_un_members_and_is_unambiguous():
    entries = load_gazetteer()
    by_id = {e.id: e for e in entries}
    assert sum(e.kind == "country" for e in entries) >= 193
    assert {"Armenians", "Yerevan"} <= set(by_id["armenia"].aliases)
    assert by_id["nagorno_karabakh_authorities"].tied_to == "armenia"
    owner: dict[str, str] = {}
    for e in entries:
        if e.kind == "tied":
            assert e.tied_to in by_id
        for name in e.names:
            assert owner.setdefault(name.lower(), e.id) == e.id, f"{name} in two entries"
    # common words and ambiguous acronyms are deliberately absent
    for word in ("us", "is", "who", "male", "car"):
        assert word not in owner


def test_user_gazetteer_extends_and_overrides(tmp_path):
    user = write(tmp_path, "mine.tsv", "# mine\n"
                 "freedonia\tFreedonia\tcountry\tFreedonian|Freedonians|Fredville\n"
                 "russia\tRussian Federation\tcountry\tRussia|Moskva\n")
    shipped = load_gazetteer()
    entries = load_gazetteer([user])
    by_id = {e.id: e for e in entries}
    assert by_id["freedonia"] == GazetteerEntry("freedonia", "Freedonia", "country",
                                                ("Freedonian", "Freedonians", "Fredville"))
    assert by_id["russia"].aliases == ("Russia", "Moskva")  # replaced, not merged
    assert ids(entries).index("russia") == ids(shipped).index("russia")  # keeps its place
    assert len(entries) == len(shipped) + 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("x\tX\tplanet\tXs", "unknown kind 'planet'"),
        ("x\tX\ttied\tXs\tatlantis", "tied to unknown id 'atlantis'"),
        ("x\tX\ttied\tXs", "needs a tied_to id"),
        ("x", "needs id, name and kind"),
        ("unknown\tU\tcountry", "id 'unknown' is reserved"),
    ],
)
def test_bad_gazetteer_rows(tmp_path, line, expected):
    path = write(tmp_path, "bad.tsv", line + "\n")
    with pytest.raises(SidesError, match=expected) as err:
        load_gazetteer([path])
    assert str(err.value).startswith(str(path))


def test_missing_gazetteer_file(tmp_path):
    with pytest.raises(SidesError, match="no such gazetteer file"):
        load_gazetteer([tmp_path / "none.tsv"])


# -- detection on the seed ------------------------------------------------------------------------

def _seed_sides(**kwargs):
    text = SEED.read_text(encoding="utf-8")
    doc = Document("seed", text, title=text.strip().splitlines()[0], source=str(SEED))
    return detect_sides(doc, simple_sentences(text), **kwargs)


def test_seed_detection():
    sides = _seed_sides()
    assert sides.source == "detected"
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert sorted(ids(sides.third_parties)) == ["csto", "eu", "russia"]
    eu, russia, csto = (sides.get(i) for i in ("eu", "russia", "csto"))
    assert {"European Union", "EU", "European Council"} <= set(eu.aliases)
    assert {"Russia", "Russian", "Moscow", "Russian Federation", "Kremlin"} <= set(russia.aliases)
    assert {"Collective Security Treaty Organization", "CSTO"} <= set(csto.aliases)
    assert sides.get("soviet_union") is None
    assert sides.actor_of("The Armenian Defense Ministry") == "armenia"
    assert sides.actor_of("Azerbaijani forces") == "azerbaijan"
    assert sides.actor_of("Yerevan") == "armenia"
    assert sides.actor_of("the Nagorno-Karabakh authorities") == "armenia"
    assert sides.actor_of("the disputed Nagorno-Karabakh region") is None  # a place


def test_seed_separatists_as_own_actor():
    sides = _seed_sides(separatists_as_side=False)
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert ids(sides.third_parties)[-1] == "nagorno_karabakh_authorities"
    assert sides.actor_of("the Nagorno-Karabakh authorities") == "nagorno_karabakh_authorities"
    assert sides.actor_of("Armenian troops") == "armenia"


# -- detection on other conflicts -----------------------------------------------------------------

INVENTED_GAZETTEER = (
    "freedonia\tFreedonia\tcountry\tFreedonian|Freedonians|Fredville\n"
    "sylvania\tSylvania\tcountry\tSylvanian|Sylvanians|Sylvan City\n"
    "marshland_authorities\tMarshland authorities\ttied\tMarsh separatists\tsylvania\n"
)

INVENTED = """Freedonia accuses Sylvania of shelling border villages

Freedonian troops clashed with Sylvanian forces along the border on Monday, the defence ministry \
in Fredville said. Sylvania said its soldiers had repelled an attack. The Marshland authorities \
said two civilians were killed. The African Union urged both sides to show restraint. Talks \
brokered by Kenya are due next week.
"""


def test_invented_countries_from_a_user_gazetteer(tmp_path):
    gaz = write(tmp_path, "invented.tsv", INVENTED_GAZETTEER)
    sides = detect(INVENTED, gazetteer_paths=[gaz])
    assert sides.side_ids == ["freedonia", "sylvania"]
    assert ids(sides.third_parties) == ["african_union", "kenya"]
    assert sides.actor_of("the Marshland authorities") == "sylvania"
    alone = detect(INVENTED, gazetteer_paths=[gaz], separatists_as_side=False)
    assert ids(alone.third_parties) == ["marshland_authorities", "african_union", "kenya"]


def test_without_the_user_gazetteer_invented_countries_are_not_found():
    with pytest.raises(SidesError) as err:
        detect(INVENTED)
    assert str(err.value) == "article.txt: could not detect two sides; pass --sides FILE"


def test_mediator_mentioned_more_often_is_not_a_side():
    # Russia is named five times, each in a sentence about the fighting, but always as a
    # mediator or ally: it must not displace Azerbaijan (named twice).
    text = ("Armenia and Azerbaijan clashed at the border. Armenian troops fired on Azerbaijani "
            "positions. A deal ending the war was brokered by Russia. Armenia called on Russia to "
            "help repel the attack. Armenia is allied with Russia against any invasion. Talks on "
            "the border were hosted by Russia. Moscow urged both sides to stop the fighting.")
    sides = detect(text)
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert ids(sides.third_parties) == ["russia"]


def test_conflict_sentences_outweigh_plain_mentions():
    text = ("France and Armenia signed a trade deal. France praised Armenia. French and Armenian "
            "officials met in Paris. Later, Azerbaijani troops attacked Armenian positions at the "
            "border, and Azerbaijan said Armenian soldiers had opened fire.")
    assert detect(text).side_ids == ["armenia", "azerbaijan"]


def test_headline_outweighs_a_few_body_mentions():
    text = ("Georgia accuses Russia of border attack\n\nOfficials in Tbilisi said Russian troops "
            "crossed the border. Armenia and Azerbaijan also sent delegations to the talks. "
            "Armenia and Azerbaijan said they would attend.")
    sides = detect(text, title="Georgia accuses Russia of border attack")
    assert sides.side_ids == ["georgia", "russia"]
    assert {"armenia", "azerbaijan"} <= set(ids(sides.third_parties))


def test_lower_case_common_words_are_not_actors():
    text = ("Armenian troops attacked Azerbaijani positions at the border. The soldiers were "
            "served turkey on china plates near the chad of the river.")
    sides = detect(text)
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert sides.third_parties == []


def test_israel_hamas():
    title = "Israel strikes Gaza after Hamas rocket barrage"
    text = title + """

Israeli warplanes struck targets across Gaza overnight after Hamas fired dozens of rockets at \
southern Israel, the Israeli military said. Hamas said its fighters had attacked Israeli troops \
near the border fence. The Gaza health ministry said 40 Palestinians had been killed. Egypt and \
Qatar, which have mediated between the two sides, called for restraint. The United Nations urged \
both sides to protect civilians, and the United States said Israel had a right to defend itself.
"""
    sides = detect(text, title=title)
    assert sides.side_ids == ["israel", "hamas"]
    assert ids(sides.third_parties) == ["palestine", "egypt", "qatar", "un", "united_states"]
    assert sides.actor_of("the IDF") == "israel"
    assert sides.actor_of("the Qassam Brigades") == "hamas"
    assert sides.state_side() == "israel"  # a country against an armed group


def test_sudan_army_vs_rsf():
    text = """Sudan's army and RSF battle for control of Khartoum

Fighting between the Sudanese army and the paramilitary Rapid Support Forces (RSF) spread across \
Khartoum on Saturday. The RSF said it had captured the presidential palace, a claim the army \
denied. Sudanese Armed Forces jets bombed RSF positions in Omdurman, witnesses said. Saudi Arabia \
and the United States, which brokered talks in Jeddah between the warring parties, called for a \
ceasefire. The World Food Programme said it had suspended operations.
"""
    sides = detect(text, title="Sudan's army and RSF battle for control of Khartoum")
    assert sides.side_ids == ["sudan", "rsf"]
    assert ids(sides.third_parties) == ["saudi_arabia", "united_states", "world_food_programme"]
    assert sides.actor_of("the Sudanese Armed Forces") == "sudan"


def test_ethiopia_vs_tplf_with_eritrea_as_third_party():
    text = """Ethiopian forces and Tigrayan fighters clash in Tigray

Ethiopia's federal army said on Monday that its troops had pushed back the TPLF near Mekelle. The \
Tigray People's Liberation Front accused Ethiopian and Eritrean troops of killing civilians. \
Eritrea has denied that its soldiers are in the region. The African Union, which hosted peace \
talks in Pretoria, urged both parties to return to negotiations.
"""
    sides = detect(text, title="Ethiopian forces and Tigrayan fighters clash in Tigray")
    assert sides.side_ids == ["ethiopia", "tplf"]
    third = ids(sides.third_parties)
    assert third[:2] == ["eritrea", "african_union"]
    assert "tigray" not in third  # the region is a place, not an actor


def test_tied_authorities_bring_their_parent_or_stand_alone():
    text = ("Ukrainian troops shelled positions held by the Donetsk People's Republic, the DPR "
            "said. Kyiv said its forces had come under fire from Donetsk separatists first.")
    merged = detect(text)
    assert merged.side_ids == ["ukraine", "russia"]
    assert merged.actor_of("DPR officials") == "russia"
    alone = detect(text, separatists_as_side=False)
    assert alone.side_ids == ["ukraine", "donetsk_peoples_republic"]


def test_one_candidate_is_an_error():
    doc = Document("d", "The United Nations met to discuss the budget. Armenia paid its dues.")
    with pytest.raises(SidesError) as err:
        detect_sides(doc, simple_sentences(doc.text))
    assert str(err.value) == "d: could not detect two sides; pass --sides FILE"


def test_detection_is_deterministic_on_ties():
    a = detect("Armenia and Azerbaijan clashed. Georgia and Turkey said nothing.")
    b = detect("Armenia and Azerbaijan clashed. Georgia and Turkey said nothing.")
    assert a.to_dict() == b.to_dict()
    assert a.side_ids == ["armenia", "azerbaijan"]
    # equal scores: the earlier first mention wins
    tied = detect("Chile and Peru fought. Bolivia and Ecuador fought.")
    assert tied.side_ids == ["chile", "peru"]


def test_a_user_gazetteer_with_dotless_i_is_detected(tmp_path):
    gaz = write(tmp_path, "turkish.tsv",
                "kirikkale\tKırıkkale\tcountry\tKırıkkalean|Kırıkkaleans\n"
                + INVENTED_GAZETTEER.splitlines(keepends=True)[0])
    text = ("Kırıkkale accuses Freedonia of shelling border villages\n\nKırıkkalean troops "
            "clashed with Freedonian forces on Monday. Freedonia said its soldiers repelled an "
            "attack. Kırıkkale said two civilians were killed.\n")
    assert detect(text, gazetteer_paths=[gaz]).side_ids == ["kirikkale", "freedonia"]
