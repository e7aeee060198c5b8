"""Term counting's and ranking's shortcuts give what the longer ways gave: token_facts from one
look-up (and an index built with the caller's facts), TermCounts.content, ranking by groups,
counting against the rest, and the occurrences of a voice."""

from __future__ import annotations

import random
from collections import Counter

from framing.model import Sentence
from framing.text.ngrams import (
    TermCounts,
    TermIndex,
    _document_runs,
    _edge_stop,
    count_terms,
    token_facts,
    token_runs,
)
from framing.text.tokenize import document_tokens, is_word
from framing.text.word_class import penn_tag, shown_form
from tests.helpers import BORDER_REPORT, make_analysis

QUOTED_TEXT = ("Israeli troops shelled the disputed border villages at dawn, the ministry said; "
               "\"We will respond,\" Northland's army warned. UN envoys urged calm on 12 May.")


def test_token_facts_are_each_tokens_own():
    texts = [t.text for t in document_tokens(QUOTED_TEXT)[0]]
    words, edges, tags, shown = token_facts(texts)
    assert list(words) == [is_word(t) for t in texts] and not all(words)
    assert list(edges) == [_edge_stop(t) for t in texts] and any(edges) and not all(edges)
    assert list(tags) == [penn_tag(t) for t in texts]
    assert list(shown) == [shown_form(t) for t in texts] and "Israeli" in shown
    assert token_facts([]) == ((), (), (), ())


def test_an_index_with_the_callers_facts_is_the_same_index():
    tokens, runs, _, facts = _document_runs(QUOTED_TEXT, (0, QUOTED_TEXT.index("UN")))
    actor = [p for p, t in enumerate(tokens) if t.text.startswith("Northland")]
    given, own = TermIndex(tokens, runs, actor, facts), TermIndex(tokens, runs, actor)
    assert (given.first, given.keys, given.actor_hits, given.words_before, given.shown()) == \
        (own.first, own.keys, own.actor_hits, own.words_before, own.shown())
    assert any(given.first[1]) and any(map(any, given.actor_hits))


SHELLING_TEXT = ("Northland troops shelled the border villages. Southland said Northland troops "
                 "shelled the villages again and Southland forces answered the shelling.")


def test_content_is_the_counts_without_the_actor_terms_in_order():
    end = SHELLING_TEXT.index(".") + 1
    sentences = [Sentence(0, 0, end), Sentence(1, end + 1, len(SHELLING_TEXT))]
    actor = {m for name in ("Northland", "Southland") for m in _starts(name)}
    counts = count_terms(token_runs(SHELLING_TEXT, [[0, len(SHELLING_TEXT)]], sentences), actor)
    assert counts.actor and set(counts.counts) - counts.actor
    expected = [(k, c) for k, c in counts.counts.items() if k not in counts.actor]
    assert list(counts.content().items()) == expected
    # an actor term that was never counted is no trouble
    other = TermCounts(Counter({"shell": 2, "villag": 1}), {"northland", "villag"})
    assert list(other.content().items()) == [("shell", 2)]


def _starts(name: str) -> list[int]:
    out, i = [], SHELLING_TEXT.find(name)
    while i >= 0:
        out.append(i)
        i = SHELLING_TEXT.find(name, i + 1)
    return out


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

    analysis = make_analysis(BORDER_REPORT + " " + BORDER_REPORT.replace("Northland", "Southland"))
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
