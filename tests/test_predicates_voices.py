"""The voice of a hostile predicate (:mod:`framing.text.predicates`): active, passive (with and
without a by-phrase, reduced) and nominal, support verbs ("launched an attack on"), the evidence
spans, the lexicon's scan (:mod:`framing.text.predicate_lexicon`) and the sentence-pieces the
narrator's predicates are found in."""

from __future__ import annotations

import pytest

from framing.model import Sentence
from framing.text.predicates import find_predicates
from framing.voices import sentence_pieces
from tests.helpers import IN_PK, RU_UA
from tests.helpers import predicate_hits as hits


def test_active_agent_and_target():
    assert hits("Russian troops shelled Ukrainian villages overnight.", RU_UA) == [
        ("shell", "active", "russia", "ukraine")]


def test_passive_with_by_phrase_reverses_roles():
    text = "Nine Pakistani soldiers had been captured by the Indian army."
    assert hits(text, IN_PK) == [("capture", "passive", "india", "pakistan")]


def test_agentless_passive_has_target_only():
    assert hits("Two Southland soldiers were wounded.") == [("wound", "passive", None, "southland")]


def test_reduced_passive_headline():
    assert hits("Ukrainian soldiers killed in border clashes with Russia", RU_UA) == [
        ("kill", "passive", None, "ukraine")]


def test_nominal_by_and_on():
    text = "The shelling followed an attack by Southland forces on Northland positions."
    found = hits(text)
    # the on-phrase after the by-phrase's actor is the target
    assert ("attack", "nominal", "southland", "northland") in found
    text = "There has been an attack on the sovereign territory of Pakistan."
    assert hits(text, IN_PK) == [("attack", "nominal", None, "pakistan")]


def test_adjectival_actor_before_noun():
    assert hits("Officials condemned Russian aggression.", RU_UA) == [
        ("aggression", "nominal", "russia", None)]
    assert hits("Northlander casualties rose.") == [("casualty", "nominal", None, "northland")]


def test_accuse_agent_is_accuser():
    assert hits("Kyiv accused Moscow of violating the truce.", RU_UA)[0] == (
        "accuse", "active", "ukraine", "russia")


def test_gapped_form_and_clause_boundary():
    text = "Northland said Southland forces tried to “cross” the border, and were pushed back."
    found = hits(text)
    assert found[0][:3] == ("cross the border", "active", "southland")
    assert found[1][:2] == ("push back", "passive")


def test_no_match_inside_hyphenated_word():
    assert hits("The UN urged de-escalation and a counter-attack was avoided.") == []


def test_evidence_spans_point_at_the_text():
    text = "Russian troops shelled Ukrainian villages."
    (hit,) = find_predicates(text, 0, len(text), RU_UA)
    assert text[hit.start:hit.end] == "shelled"
    assert text[slice(*hit.agent_span)] == "Russian"
    assert text[slice(*hit.target_span)] == "Ukrainian"


def test_sentence_pieces_cut_spans_at_sentence_ends():
    sentences = [Sentence(0, 0, 10), Sentence(1, 11, 30)]
    assert sentence_pieces([[5, 20], [25, 30]], sentences) == [
        [5, 10, 0], [11, 20, 1], [25, 30, 1]]


def test_lower_cased_scans_equal_the_case_insensitive_ones():
    import random
    import re

    from framing.lexicons import load_rows
    from framing.text import predicate_actors, predicates
    from framing.text.predicate_lexicon import _starts, lexicon

    forms = {r[0] for r in load_rows("reporting_verbs")}
    for r in load_rows("reporting_verbs"):
        forms.update(f for f in r[2].split("|") if f)
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    speaks = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
    texts = [
        "Northland troops SHELLED the border, WHICH Southland said, while Kyiv-based forces "
        "Attacked; but the Ministry Stated that fighting ended. Said the army: “we struck.”",
        "A long ſ in ſhelled and a dotless ı: Whıch SAİD the army (no lower-cased scan here).",
    ]
    rng = random.Random(2)
    for text in texts:
        assert _starts(text) == [m.start() for m in lexicon()[3].finditer(text)]
        for _ in range(60):
            lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
            assert predicates._bounds(text, lo, hi) == \
                [m.span() for m in predicates._BOUNDARY.finditer(text, lo, hi)]
            assert predicate_actors.speaks(text, lo, hi) == (
                speaks.search(text, lo, hi) is not None)


def test_an_attack_on_a_sides_land_targets_that_side_and_is_the_agent_of_what_it_does():
    text = "Russian air strikes on towns in southern Ukraine killed at least 12 people."
    assert hits(text, RU_UA) == [("strike", "nominal", "russia", "ukraine"),
                                 ("kill", "active", "russia", None)]


@pytest.mark.parametrize("text, expected", [
    ("Russia launched a massive drone attack on Kyiv.", ("attack", "nominal", "russia", "ukraine")),
    ("Ukraine stepped up its shelling of Russian border towns.",
     ("shell", "nominal", "ukraine", "russia")),
    ("Russia carried out several rounds of air strikes on Ukrainian ports.",
     ("strike", "nominal", "russia", "ukraine")),
    # the act sits in a phrase of the object: not the support verb's subject's
    ("Russia launched an investigation into the attack on Ukrainian positions.",
     ("attack", "nominal", None, "ukraine")),
])
def test_a_support_verbs_subject_does_the_act_it_names(text, expected):
    assert hits(text, RU_UA) == [expected]


def test_a_support_verb_before_one_of_its_acts():
    assert hits("Ukraine launched one of its largest drone attacks on Russia overnight.",
                RU_UA) == [("attack", "nominal", "ukraine", "russia")]


def test_a_support_verb_reaches_an_act_inside_quote_marks():
    text = "Russian forces carried out a “massive strike” on Ukrainian facilities."
    assert ("strike", "nominal", "russia", "ukraine") in hits(text, RU_UA)


@pytest.mark.parametrize("text, expected", [
    ("A Northland man was wounded by Southland border guards.",
     [("wound", "passive", "southland", "northland")]),
    ("Two Northland soldiers were shot and wounded by Southland troops.",
     [("shoot", "passive", "southland", "northland"),
      ("wound", "passive", "southland", "northland")]),
])
def test_a_participle_that_is_also_a_noun_is_passive_after_be_or_before_by(text, expected):
    assert hits(text) == expected


def test_the_wounded_is_still_a_noun():
    assert [h[1] for h in hits("The wounded were taken to Northland hospitals.")] == ["nominal"]


def test_an_offensive_is_an_attack_by_the_side_that_launched_it():
    assert hits("Southland rebels launched an offensive against Northland forces.") == [
        ("attack", "nominal", "southland", "northland")]


@pytest.mark.parametrize("text", [
    "The Southland troop build-up was a “clear threat to Northland's sovereignty”.",
    "Southland poses a threat to Northland.",
])
def test_what_is_a_threat_to_an_actor_threatens_it(text):
    assert hits(text) == [("threaten", "nominal", "southland", "northland")]


def test_a_result_between_a_passive_and_its_by_phrase():
    text = "Two Ukrainian policemen were shot dead by Russian soldiers near Kupiansk."
    assert hits(text, RU_UA)[0] == ("shoot", "passive", "russia", "ukraine")
