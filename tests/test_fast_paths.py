"""The shortcuts of stance, agency, sentiment and side detection give the slow paths' results."""

from __future__ import annotations

import random
import re

import pytest

from framing.analyzers.agency import AgencyAnalyzer
from framing.analyzers.sentiment import score
from framing.analyzers.stance import StanceAnalyzer
from framing.config import AnalysisConfig
from framing.model import NARRATOR, Side, SideSet, Voice
from framing.sides.detect import _EVEN_HANDED, _MEDIATOR_BEFORE, _last_even_handed, _links, _Unit
from framing.text import predicates
from framing.text.predicate_lexicon import lexicon, scan
from framing.text.predicates import narrator_predicates
from tests.helpers import make_analysis

TEXT = (
    "Northland troops shelled Southland villages on Monday. Two soldiers were killed in the "
    "attack, and the border crossing was closed. Southland said Northlander forces had opened "
    "fire first. “We will defend our land against the enemy,” the Southland ministry said. "
    "The UN, which brokered talks, urged both sides to cease fire and raise no more tensions."
)
SENTENCES = [
    "Northland troops shelled Southland villages overnight, killing two civilians.",
    "The ceasefire was a great relief, but many remain deeply worried and angry.",
    "I love this wonderful, peaceful morning!!! :)",
    "Not bad at all, though the talks were hardly a success.",
    "They said it was NOT good, but the outcome was very, very bad indeed.",
    "Casualties mounted; the army denied wrongdoing.",
    "",
    "   ",
    "“We strongly condemn this cowardly attack,” the ministry said.",
    "Ok.",
]


def test_predicate_scan_equals_the_full_pattern_on_every_span():
    pattern = lexicon()[2]
    rng = random.Random(11)
    texts = [TEXT, *SENTENCES, "crossed the state border; fire-on-sight; Fired at, firing on"]
    for text in texts:
        for _ in range(40):
            a, b, c = sorted(rng.randint(0, len(text)) for _ in range(3))
            expected = [m.span() for m in pattern.finditer(text, a, c) if m.start() < b]
            assert [m.span() for m in scan(text, a, b, c)] == expected


def test_narrator_predicates_are_computed_once_per_analysis(monkeypatch):
    analysis = make_analysis(TEXT)
    calls = []
    real = predicates._narrator_predicates
    monkeypatch.setattr(predicates, "_narrator_predicates",
                        lambda a, v: calls.append(1) or real(a, v))
    first = narrator_predicates(analysis)
    assert [h.lemma for h, _ in first][:2] == ["shell", "kill"]
    assert narrator_predicates(analysis) == first and len(calls) == 1
    # another analysis of the same text, or a changed narrator voice, is computed anew
    other = make_analysis(TEXT)
    assert [h.lemma for h, _ in narrator_predicates(other)] == [h.lemma for h, _ in first]
    assert len(calls) == 2
    voice = other.voice(NARRATOR)
    other.voices = [v for v in other.voices if v.id != NARRATOR] + [
        Voice(NARRATOR, voice.kind, voice.name, [], [[0, TEXT.index(".") + 1]])]
    assert [h.lemma for h, _ in narrator_predicates(other)] == ["shell"] and len(calls) == 3


def test_stance_and_agency_see_the_same_narrator_predicates():
    analysis = make_analysis(TEXT)
    config = AnalysisConfig()
    stance = StanceAnalyzer(config).analyze(analysis)
    agency = AgencyAnalyzer(config).analyze(analysis)
    narrated = [c["span"] for c in stance["claims"] if c["claimant"] == NARRATOR
                and c["category"] in ("violence", "harm")]
    predicate_hits = [h["span"] for h in agency["hits"] if h["type"] != "agentless_event"]
    assert narrated == predicate_hits and narrated
    shell = next(c for c in stance["claims"] if c["predicate"] == "shell")
    assert (shell["agent"], shell["target"]) == ("northland", "southland")


def test_sentiment_scores_equal_textblob_and_vader():
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    rng = random.Random(5)
    words = " ".join(SENTENCES).split()
    texts = SENTENCES + [" ".join(rng.choices(words, k=rng.randint(1, 30))) for _ in range(200)]
    for text in texts:
        blob = TextBlob(text).sentiment
        expected = (round(vader.polarity_scores(text)["compound"], 4),
                    round(blob.polarity, 4), round(blob.subjectivity, 4))
        assert score(text) == expected
    assert score(SENTENCES[2])[0] > 0.5 and score(SENTENCES[8])[0] < 0


@pytest.mark.parametrize("before", [
    "a truce brokered by ", "a truce brokered by the ", "They called on\n", "urged to  the\t",
    "allying with ", "mediation of the ", "brokered by bathe ", "the ", "said by", "", " ",
    "Moscow called ON THE ", "recalled on the ", "a ceasefire brokered by\n",
])
def test_mediator_quick_test_never_hides_a_match(before):
    if _MEDIATOR_BEFORE.search(before):
        assert _links(before)


def test_even_handed_bound_never_hides_a_match():
    rng = random.Random(2)
    parts = ["both sides", "the parties", "restraint", "de-escalation", "ceasefire", "cease fire",
             "peace talks", "negotiations", "Russia", "urged", "said", "BOTH SIDES", "Côte",
             "talks", ",", "ſides"]
    for _ in range(300):
        text = " ".join(rng.choices(parts, k=rng.randint(1, 8)))
        unit = _Unit(text, 0, len(text), 1.0, 1)
        last = _last_even_handed(unit)
        for pos in range(len(text) + 1):  # where a mention may end: before a non-word
            if pos > last and not re.match(r"[\w-]", text[pos:pos + 1]):
                assert _EVEN_HANDED.search(text[pos:]) is None
        if "ſides" not in text and "sides" in text.lower():
            assert last >= text.lower().rindex("sides")


def test_detection_scans_the_body_once_and_counts_as_before():
    from framing.model import Document, Sentence
    from framing.sides import detect_sides

    text = ("Armenia and Azerbaijan clashed on the border. Azerbaijani troops attacked. "
            "Russia, which brokered the truce, urged both sides to show restraint. Armenian "
            "soldiers were killed. The EU called on Azerbaijan and Armenia to stop.")
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    sentences = [Sentence(i, s + (text[s] == " "), e) for i, (s, e) in enumerate(bounds)]
    sides = detect_sides(Document("d", text, title="Clashes on the Armenia–Azerbaijan border"),
                         sentences)
    assert sides.side_ids == ["armenia", "azerbaijan"]
    assert [a.id for a in sides.third_parties] == ["russia", "eu"]
    assert isinstance(sides, SideSet) and all(isinstance(a, Side) for a in sides.actors)
