"""The predicate finder's shortcuts give what the longer ways gave: the lexicon's scan (the spans
kept for it, and forms read as the lexicon lists them), clause bounds (by bisection, and as the
boundary pattern's matches), joined actors only where two mentions are joined, a lexicon row's
role by its last word, the narrator's predicates and sentence-pieces computed once for stance and
agency, the words of a span, event nouns of many pieces and of a lower-cased scan, and the quick
tests before fused names and "the enemy"."""

from __future__ import annotations

import random

import pytest

from framing.analyzers.agency import AgencyAnalyzer, events_in, find_events
from framing.analyzers.stance import StanceAnalyzer
from framing.config import AnalysisConfig
from framing.model import NARRATOR, Side, SideSet, Voice
from framing.text import narrator_predicates as narration
from framing.text import predicate_actors, predicates
from framing.text.joined_actors import any_joined, joined_actors
from framing.text.predicate_actors import actor_mentions
from framing.text.predicate_lexicon import (
    PredicateEntry,
    entry_of,
    form_key,
    lexicon,
    scan,
    spans_with_forms,
)
from framing.text.predicates import PredicateHit, find_predicates
from framing.voices import sentence_pieces
from tests.helpers import (
    BORDER_REPORT,
    DEFAULT_SIDES,
    MIXED_SENTENCES,
    make_analysis,
    random_spans,
)

SIDES = SideSet(
    sides=[
        Side("rwanda", "Rwanda", ["Rwanda", "Rwandan"]),
        Side("m23", "M23", ["M23"]),
    ],
    third_parties=[Side("mozambique", "Mozambique", ["Mozambique", "Mozambican"])],
)


def test_clause_bounds_by_bisection_are_the_nearest_bounds():
    rng = random.Random(5)
    text = ("Rwandan forces, which had shelled the town; attacked (again) the camp, but M23 "
            "said that 1,200 fighters, while retreating, were killed near 2.5 km of road.")
    for _ in range(300):
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        bounds = predicates._bounds(text, lo, hi)
        start = rng.randint(lo, hi)
        end = rng.randint(start, hi)
        left = max((e for _, e in bounds if e <= start), default=lo)
        right = min((s for s, _ in bounds if s >= end), default=hi)
        assert predicates._clause(bounds, start, end, lo, hi) == (left, right)


def test_no_joined_mentions_means_no_copies():
    for text in ("Rwandan and Mozambican forces killed M23 fighters.",
                 "Rwandan forces killed M23 fighters and Mozambican police watched.",
                 "Rwandan, Mozambican forces killed M23 fighters."):
        mentions = actor_mentions(text, 0, len(text), SIDES, None)
        copies = [c for h in find_predicates(text, 0, len(text), SIDES)
                  for c in joined_actors(text, h, mentions)]
        assert any_joined(text, mentions) or not copies
    text = "Rwandan and Mozambican forces killed M23 fighters."
    assert any_joined(text, actor_mentions(text, 0, len(text), SIDES, None))
    assert sorted(h.agent for h in find_predicates(text, 0, len(text), SIDES)) == [
        "mozambique", "rwanda"]


def test_joined_copies_of_a_hit_by_its_agent():
    text = "Rwandan and Mozambican forces killed M23 fighters."
    mentions = actor_mentions(text, 0, len(text), SIDES, None)
    hit = PredicateHit("kill", "violence", 30, 36, "killed", "active", "rwanda", "m23",
                       [0, 7], [37, 40])
    assert [(c.agent, c.agent_span) for c in joined_actors(text, hit, mentions)] == [
        ("mozambique", [12, 22])]


def test_a_rows_role_is_its_last_word_on_the_slot():
    entry = PredicateEntry("x", "violence", frozenset(), frozenset(),
                           (("subj", "target"), ("of", "agent"), ("subj", "agent")))
    assert entry.role("subj") == dict(entry.roles)["subj"] == "agent"
    assert entry.role("of") == "agent"
    assert entry.role("pre") == "agent"
    bare = PredicateEntry("x", "violence", frozenset(), frozenset(), ())
    assert (bare.role("of"), bare.role("subj")) == ("target", "agent")


def _count_narrator_scans(monkeypatch) -> list[int]:
    """A list that grows by one each time the narrator's predicates are looked for."""
    calls: list[int] = []
    real = narration._narrator_predicates
    monkeypatch.setattr(narration, "_narrator_predicates",
                        lambda a, v: calls.append(1) or real(a, v))
    return calls


def test_narrator_scan_gives_the_pieces_its_predicates_were_found_in(monkeypatch):
    text = ("Northland troops shelled Southland villages on Monday. “We will respond,” a "
            "Southland official said. Fighting continued near the border as Northland forces "
            "attacked again.")
    analysis = make_analysis(text)
    calls = _count_narrator_scans(monkeypatch)
    found, pieces = narration.narrator_scan(analysis)
    narrator = analysis.voice(NARRATOR)
    assert pieces == sentence_pieces(narrator.spans, analysis.sentences) and len(pieces) > 1
    assert all(any(s <= h.start < e and i == index for s, e, index in pieces) for h, i in found)
    assert [h.lemma for h, _ in found] == ["shell", "attack"]
    assert narration.narrator_scan(analysis) == (found, pieces) and len(calls) == 1
    assert narration.narrator_predicates(analysis) == found and len(calls) == 1


def _seeded_spans(text: str, n: int, seed: int) -> list[tuple[int, int]]:
    """``n`` random ``(start, end)`` spans of ``text``, some empty."""
    rng = random.Random(seed)
    spans = []
    for _ in range(n):
        start = rng.randint(0, len(text))
        spans.append((start, rng.randint(start, len(text))))
    return spans


def test_events_in_pieces_are_find_events_of_each_piece():
    text = ("Fighting broke out at dawn. CLASHES and an exchange of\nfire followed; the "
            "flare-up ended. Skirmishes, war, unrest.")
    pieces = [[s, e, i] for i, (s, e) in enumerate(_seeded_spans(text, 40, seed=3))]
    expected = [(*event, sentence) for start, end, sentence in pieces
                for event in find_events(text, start, end)]
    assert list(events_in(text, pieces)) == expected
    assert {e[3] for e in expected} == {"event", "state"}
    assert [e[2] for e in events_in(text, [[0, len(text), 0]])] == [
        "Fighting", "CLASHES", "exchange of\nfire", "flare-up", "Skirmishes", "war", "unrest"]


def test_spans_with_forms_keep_every_span_where_scan_finds_one():
    text = ("Rwandan forces shelled the camp and M23 fighters attacked Goma; talks resumed. "
            "The ceasefire held until an ambush killed three. Aid was delivered.")
    spans = [(s, e, "x") for s, e in _seeded_spans(text, 200, seed=9)]
    kept = spans_with_forms(text, spans)
    found = [s for s in spans if scan(text, s[0], s[1], len(text))]
    assert [s for s in kept if s in found] == found  # in order, and every span with a form
    assert 0 < len(found) < len(kept) < len(spans)


def test_predicate_scan_equals_the_full_pattern_on_every_span():
    pattern = lexicon()[2]
    rng = random.Random(11)
    # scan matches the lower-cased text where it may: capitals, and a text that is not lowered
    texts = [BORDER_REPORT, *MIXED_SENTENCES,
             "crossed the state border; fire-on-sight; Fired at, firing on",
             "ARMENIAN TROOPS SHELLED the village and Killed two", "İdlib was SHELLED again"]
    for text in texts:
        for _ in range(40):
            a, b, c = sorted(rng.randint(0, len(text)) for _ in range(3))
            expected = [m.span() for m in pattern.finditer(text, a, c) if m.start() < b]
            assert scan(text, a, b, c) == expected


def test_narrator_predicates_are_computed_once_per_analysis(monkeypatch):
    analysis = make_analysis(BORDER_REPORT)
    calls = _count_narrator_scans(monkeypatch)
    first = narration.narrator_predicates(analysis)
    assert [h.lemma for h, _ in first][:2] == ["shell", "kill"]
    assert narration.narrator_predicates(analysis) == first and len(calls) == 1
    # another analysis of the same text, or a changed narrator voice, is computed anew
    other = make_analysis(BORDER_REPORT)
    assert [h.lemma for h, _ in narration.narrator_predicates(other)] == [
        h.lemma for h, _ in first]
    assert len(calls) == 2
    voice = other.voice(NARRATOR)
    other.voices = [v for v in other.voices if v.id != NARRATOR] + [
        Voice(NARRATOR, voice.kind, voice.name, [], [[0, BORDER_REPORT.index(".") + 1]])]
    assert [h.lemma for h, _ in narration.narrator_predicates(other)] == ["shell"]
    assert len(calls) == 3


def test_stance_and_agency_see_the_same_narrator_predicates():
    analysis = make_analysis(BORDER_REPORT)
    config = AnalysisConfig()
    stance = StanceAnalyzer(config).analyze(analysis)
    agency = AgencyAnalyzer(config).analyze(analysis)
    narrated = [c["span"] for c in stance["claims"] if c["claimant"] == NARRATOR
                and c["category"] in ("violence", "harm")]
    predicate_hits = [h["span"] for h in agency["hits"] if h["type"] != "agentless_event"]
    assert narrated == predicate_hits and narrated
    shell = next(c for c in stance["claims"] if c["predicate"] == "shell")
    assert (shell["agent"], shell["target"]) == ("northland", "southland")


def test_words_are_the_lower_cased_word_tokens_of_the_span():
    from framing.text.tokenize import tokenize

    text = "Northland's TROOPS shelled the U.S.-backed posts, killing 2,000 — “again”."
    for start in range(0, len(text), 3):
        for end in (start, start + 5, start + 17, len(text)):
            inside = [t for t in tokenize(text) if start <= t.start and t.end <= end]
            assert predicate_actors.words(text, start, end) == [
                t.text.lower() for t in inside if t.text[:1].isalnum()]
    assert predicate_actors.words(text, 0, 18) == ["northland's", "troops"]


def test_form_key_and_entry_of_read_a_form_as_the_lexicon_lists_it():
    assert form_key("Fired  at") == "fired at"
    assert form_key("cross-border") == "cross border"
    assert entry_of("SHELLED").lemma == entry_of("shelled").lemma == "shell"


@pytest.mark.parametrize("text", [
    BORDER_REPORT, *MIXED_SENTENCES,
    "In 2,000 strikes (1.5 km away), whom and whose forces — but THATCHER's men, saying: "
    "Although they said so; That Which Was [a bat]!? Bút while 3.,4 ,5 .6 a.b",
    "İdlib, which was shelled; but who said that?",  # not lowered plainly
])
def test_clause_bounds_are_the_boundary_pattern_s_matches(text):
    rng = random.Random(5)
    for lo, hi in [(0, len(text)), *random_spans(text, rng, 60)]:
        assert predicates._bounds(text, lo, hi) == [
            m.span() for m in predicates._BOUNDARY.finditer(text, lo, hi)]


@pytest.mark.parametrize("text", [
    "BORDER CLASHES and Exchanges Of Fire followed a flare-up near the town.",
    "Clashes broke out; a ſtand-off and ıntense fighting (dotless i) followed the clashes.",
])
def test_event_nouns_of_a_lower_cased_scan_are_those_of_the_case_insensitive_one(text):
    from framing.analyzers.agency import _events

    pattern, mapping = _events()
    for start, end in ((0, len(text)), (7, len(text) - 9)):
        assert find_events(text, start, end) == [
            (m.start(), m.end(), m.group(0), mapping[" ".join(m.group(0).lower().split())])
            for m in pattern.finditer(text, start, end)]
    assert len(find_events(text, 0, len(text))) >= 2


def test_a_fused_name_is_found_only_where_a_hyphen_is():
    text = "Northland-held ports and Southland-run camps were shelled."
    found = actor_mentions(text, 0, len(text), DEFAULT_SIDES, None)
    assert [(m.actor, m.alias) for m in found] == [
        ("northland", "Northland"), ("southland", "Southland")]
    assert actor_mentions(text, 15, len(text), DEFAULT_SIDES, None)[0].alias == "Southland"


@pytest.mark.parametrize("text", [
    "“We shelled THE ENEMY's positions, and Enemies fled,” the Northland army said.",
    "“Our troops held the line against the enemy,” the Northland army said.",
    "“İt was the enemy,” the Northland army said.",  # not lowered plainly: no quick test
    "“We held the line,” the Northland army said.",
])
def test_the_enemy_is_found_as_without_its_quick_test(text):
    enemies = [(m.start(), m.end()) for m in predicate_actors._ENEMY.finditer(text)]
    found = actor_mentions(text, 0, len(text), DEFAULT_SIDES, "northland")
    assert [(m.start, m.end) for m in found if m.actor == "southland"] == enemies
    assert (not enemies) == ("enem" not in text.lower())
