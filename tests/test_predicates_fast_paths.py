"""The predicate finder's shortcuts give what the longer ways gave: clause bounds by bisection,
joined actors only where two mentions are joined, a lexicon row's role by its last word, the
narrator's sentence-pieces computed once for stance and agency, event nouns of many pieces."""

from __future__ import annotations

import random

from framing.analyzers.agency import events_in, find_events
from framing.model import NARRATOR, Side, SideSet
from framing.text import narrator_predicates as narration
from framing.text import predicates
from framing.text.joined_actors import any_joined, joined_actors
from framing.text.predicate_actors import actor_mentions
from framing.text.predicate_lexicon import PredicateEntry, scan, spans_with_forms
from framing.text.predicates import PredicateHit, find_predicates
from framing.voices import sentence_pieces
from tests.helpers import make_analysis

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


def test_narrator_scan_gives_the_pieces_its_predicates_were_found_in(monkeypatch):
    text = ("Northland troops shelled Southland villages on Monday. “We will respond,” a "
            "Southland official said. Fighting continued near the border as Northland forces "
            "attacked again.")
    analysis = make_analysis(text)
    calls = []
    real = narration._narrator_predicates
    monkeypatch.setattr(narration, "_narrator_predicates",
                        lambda a, v: calls.append(1) or real(a, v))
    found, pieces = narration.narrator_scan(analysis)
    narrator = analysis.voice(NARRATOR)
    assert pieces == sentence_pieces(narrator.spans, analysis.sentences) and len(pieces) > 1
    assert all(any(s <= h.start < e and i == index for s, e, index in pieces) for h, i in found)
    assert [h.lemma for h, _ in found] == ["shell", "attack"]
    assert narration.narrator_scan(analysis) == (found, pieces) and len(calls) == 1
    assert narration.narrator_predicates(analysis) == found and len(calls) == 1


def _random_spans(text: str, n: int, seed: int) -> list[tuple[int, int]]:
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
    pieces = [[s, e, i] for i, (s, e) in enumerate(_random_spans(text, 40, seed=3))]
    expected = [(*event, sentence) for start, end, sentence in pieces
                for event in find_events(text, start, end)]
    assert list(events_in(text, pieces)) == expected
    assert {e[3] for e in expected} == {"event", "state"}
    assert [e[2] for e in events_in(text, [[0, len(text), 0]])] == [
        "Fighting", "CLASHES", "exchange of\nfire", "flare-up", "Skirmishes", "war", "unrest"]


def test_spans_with_forms_keep_every_span_where_scan_finds_one():
    text = ("Rwandan forces shelled the camp and M23 fighters attacked Goma; talks resumed. "
            "The ceasefire held until an ambush killed three. Aid was delivered.")
    spans = [(s, e, "x") for s, e in _random_spans(text, 200, seed=9)]
    kept = spans_with_forms(text, spans)
    found = [s for s in spans if scan(text, s[0], s[1], len(text))]
    assert [s for s in kept if s in found] == found  # in order, and every span with a form
    assert 0 < len(found) < len(kept) < len(spans)
