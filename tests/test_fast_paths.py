"""The shortcuts of stance, agency, sentiment and side detection give the slow paths' results."""

from __future__ import annotations

import random
import re

import pytest

from framing.analyzers.agency import AgencyAnalyzer
from framing.analyzers.sentiment import score, vader_compound
from framing.analyzers.stance import StanceAnalyzer, blamed, victim, voice_stance
from framing.config import AnalysisConfig
from framing.model import NARRATOR, Side, SideSet, Voice
from framing.sides.detect import _EVEN_HANDED, _MEDIATOR_BEFORE, _last_even_handed, _links, _Unit
from framing.text import narrator_predicates as predicates
from framing.text.narrator_predicates import narrator_predicates
from framing.text.predicate_lexicon import lexicon, scan
from framing.text.vader_compound import may_have_valence
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
    # scan matches the lower-cased text where it may: capitals, and a text that is not lowered
    texts = [TEXT, *SENTENCES, "crossed the state border; fire-on-sight; Fired at, firing on",
             "ARMENIAN TROOPS SHELLED the village and Killed two", "İdlib was SHELLED again"]
    for text in texts:
        for _ in range(40):
            a, b, c = sorted(rng.randint(0, len(text)) for _ in range(3))
            expected = [m.span() for m in pattern.finditer(text, a, c) if m.start() < b]
            assert scan(text, a, b, c) == expected


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


def test_voice_stance_files_each_claim_once_as_scanning_claims_per_actor():
    rng = random.Random(7)
    actors = ["north", "south", "un"]
    claims = [{"claimant": "north", "predicate": rng.choice(["attack", "accuse", "help"]),
               "category": rng.choice(["violence", "hostility", "harm", "cooperation"]),
               "source": rng.choice(["predicate", "predicate", "reporting_verb"]),
               "agent": rng.choice([*actors, None]), "target": rng.choice([*actors, None]),
               "statement_id": rng.choice([None, "s1", "s2", "s10"]), "span": [i, i + 3]}
              for i in range(200)]
    got = voice_stance("north", claims, actors)
    for actor in actors:
        hostile = [c for c in claims if blamed(c) == actor and actor != "north"]
        coop = [c for c in claims if c["category"] == "cooperation" and actor != "north"
                and actor in (c["agent"], c["target"])]
        suffers = [c for c in claims if victim(c) == actor]
        assert got["blames"].get(actor, {}).get("spans", []) == [c["span"] for c in hostile]
        assert got["casts_as_victim"].get(actor, {}).get("spans", []) == \
            [c["span"] for c in suffers]
        if actor != "north":
            assert (got["stance"][actor]["hostile"], got["stance"][actor]["cooperative"]) == \
                (len(hostile), len(coop))


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


@pytest.mark.parametrize("text", [
    *SENTENCES, "He said so.", "kind of", "Not so!!!", "(GOOD)", "“Bad,” he said.", ":) ok",
    "Talks ended 🙂", "no", "BUT", "'killed'", "Peace-loving people", "the ministry said.",
])
def test_vader_shortcut_only_skips_texts_vader_scores_zero(text):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    expected = round(SentimentIntensityAnalyzer().polarity_scores(text)["compound"], 4)
    assert vader_compound(text) == expected
    if not may_have_valence(text):
        assert expected == 0.0


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


# -- vocabulary: ranking by groups, counting against the rest, occurrences of a voice -----------


def _plain_top(groups, k):
    """Sort every key, fold the subsumed ones, cut: what top_ranked does by groups."""
    from framing.text.term_rank import MAX_ITEMS, cut, parts

    score, own, sig = {}, {}, {}
    for s, o, g, keys in groups:
        for key in keys:
            score[key], own[key], sig[key] = s, o, g
    keys = sorted(score, key=lambda x: (-score[x], -own[x], -x.count(" "), x))
    subs = {key: [s for s in parts(key) if s in score and sig[s] == sig[key]] for key in keys}
    gone = {s for lst in subs.values() for s in lst}
    keys = [x for x in keys if x not in gone]
    listed = cut(keys, {x: (round(score[x], 4), own[x]) for x in keys[:MAX_ITEMS]}, k)
    return listed, {x: subs[x] for x in listed}


def _random_groups(rng):
    words = "abcdef"
    keys = {" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(rng.randint(0, 90))}
    by_group = {}
    for key in sorted(keys):
        own, rest = rng.choice([1, 1, 1, 2, 3]), rng.choice([0, 0, 1])
        # several groups per signature (another prior), scores tied or nearly so
        score = own - rest / 2 + rng.choice([0.0, 0.0, 1e-6, 0.5, -3.0])
        by_group.setdefault((score, own, (own, rest)), []).append(key)
    return [(s, o, g, keys) for (s, o, g), keys in by_group.items()]


def test_top_ranked_by_groups_equals_sorting_folding_and_cutting_every_key():
    from framing.text.term_rank import drop_subsumed, top_ranked

    rng = random.Random(7)
    for _ in range(300):
        groups = _random_groups(rng)
        for k in (0, 1, 3, 15, 25, 70):
            ranked = top_ranked(groups, k)
            listed, subs = _plain_top(groups, k)
            assert ranked.keys == listed
            assert {key: ranked.folds(key) for key in ranked.keys} == subs
        sig = {key: g for _, _, g, keys in groups for key in keys}
        keys = sorted(sig)
        kept, folds = drop_subsumed(keys, sig)
        plain, plain_subs = _plain_top([(0.0, 0, g, [x]) for x, g in sig.items()], 10**6)
        assert set(kept) == set(plain) and {x: folds.get(x, []) for x in plain} == plain_subs


def test_most_counted_equals_a_full_sort():
    from framing.text.term_rank import most_counted

    rng = random.Random(3)
    for _ in range(200):
        counts = {" ".join(rng.choices("abcdefgh", k=rng.randint(1, 3))): rng.randint(1, 4)
                  for _ in range(rng.randint(0, 40))}
        for k in (1, 10, 50):
            expected = sorted(counts, key=lambda x: (-counts[x], x.count(" "), x))[:k]
            assert most_counted(counts, k) == expected


def test_scoring_against_the_rest_equals_scoring_the_rest_dict():
    from framing.stats import LogOdds

    rng = random.Random(5)
    for _ in range(200):
        whole = {w: rng.randint(1, 6) for w in "abcdefghij" if rng.random() < 0.8}
        part = {w: rng.randint(1, 4) for w in "abcdefghijkl" if rng.random() < 0.5}
        rest = {w: whole.get(w, 0) - c for w, c in part.items() if whole.get(w, 0) > c}
        total = sum(whole.values())
        overlap = sum(min(c, whole.get(w, 0)) for w, c in part.items())
        prior = {w: c / total for w, c in whole.items() if rng.random() < 0.9}
        for odds in (LogOdds(prior, 3.0), LogOdds({}, 3.0)):
            totals = (sum(part.values()), total - overlap)
            groups, got_totals = odds.against_rest(part, whole, total)
            assert got_totals == totals
            table = odds.score_groups(groups, totals)
            got = {w: table[sig] for sig, words in groups.items() for w in words}
            assert got == odds.scores(part, rest, terms=part, totals=totals)


def test_voice_occurrences_equal_filtering_every_occurrence_of_the_document():
    from framing.text.ngrams import MAX_SPANS, article_term_counts
    from framing.text.tokenize import most_frequent, token_slice

    analysis = make_analysis(TEXT + " " + TEXT.replace("Northland", "Southland"))
    text = analysis.document.text
    whole, _ = article_term_counts(analysis)
    index = whole.index
    where = {}
    for firsts, keys in zip(index.first, index.keys, strict=True):
        for f, key in zip(firsts, keys, strict=True):
            where.setdefault(key, []).append(f)
    rng = random.Random(9)
    for _ in range(60):
        cuts = sorted(rng.randint(0, len(text)) for _ in range(6))
        spans = [cuts[i:i + 2] for i in range(0, 6, 2)]
        rng.shuffle(spans)  # out of order, and sometimes overlapping
        if rng.random() < 0.3:
            spans.append(spans[0])
        slices = [token_slice(text, s, e) for s, e in spans]
        counts = index.count(slices)
        forms = index.count(slices).surface_forms()  # before any other look-up
        assert list(forms) == list(counts.counts)
        for key in counts.counts:
            n = key.count(" ")
            plain = [f for i, j in slices if i < j for f in where[key] if i <= f and f + n < j]
            assert counts.positions(key) == plain[:MAX_SPANS]
            shown = most_frequent(index.surface(f, n) for f in plain[:MAX_SPANS])
            assert counts.display(key) == shown
            surfaces = [index.surface(f, n) for f in plain[:MAX_SPANS]]
            assert forms[key] == {s: surfaces.count(s) for s in surfaces}
        assert counts.surface_forms() == forms  # after positions() and display()
        assert counts.positions("no such term") == [] and counts.display("x y") == "x y"


def test_words_are_the_lower_cased_word_tokens_of_the_span():
    from framing.text.predicate_actors import words
    from framing.text.tokenize import tokenize

    text = "Northland's TROOPS shelled the U.S.-backed posts, killing 2,000 — “again”."
    for start in range(0, len(text), 3):
        for end in (start, start + 5, start + 17, len(text)):
            inside = [t for t in tokenize(text) if start <= t.start and t.end <= end]
            assert words(text, start, end) == [t.text.lower() for t in inside
                                               if t.text[:1].isalnum()]
    assert words(text, 0, 18) == ["northland's", "troops"]


def test_form_key_and_entry_of_read_a_form_as_the_lexicon_lists_it():
    from framing.text.predicate_lexicon import entry_of, form_key

    assert form_key("Fired  at") == "fired at"
    assert form_key("cross-border") == "cross border"
    assert entry_of("SHELLED").lemma == entry_of("shelled").lemma == "shell"


@pytest.mark.parametrize("text", [
    TEXT, *SENTENCES,
    "In 2,000 strikes (1.5 km away), whom and whose forces — but THATCHER's men, saying: "
    "Although they said so; That Which Was [a bat]!? Bút while 3.,4 ,5 .6 a.b",
    "İdlib, which was shelled; but who said that?",  # not lowered plainly
])
def test_clause_bounds_are_the_boundary_pattern_s_matches(text):
    from framing.text.predicates import _BOUNDARY, _bounds

    rng = random.Random(5)
    windows = [(0, len(text))] + [tuple(sorted(rng.randint(0, len(text)) for _ in range(2)))
                                  for _ in range(60)]
    for lo, hi in windows:
        assert _bounds(text, lo, hi) == [m.span() for m in _BOUNDARY.finditer(text, lo, hi)]
