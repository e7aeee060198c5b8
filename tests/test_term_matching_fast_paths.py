"""Term matching over a voice's runs in one scan, and the frames and loaded-language blocks built
from only the frames and categories with hits: the same results as run by run, term by term."""

from __future__ import annotations

import random
from itertools import pairwise

from framing.analyzers.frames import FRAMES, FramesAnalyzer, _voice_block
from framing.analyzers.loaded_language import LoadedLanguageAnalyzer, _rate
from framing.config import AnalysisConfig
from framing.text.ngrams import token_runs
from framing.text.term_matcher import (
    RunTokens,
    TermMatcher,
    lexicon_rows,
    surface,
    voice_tokens,
)
from framing.text.tokenize import tokenize
from tests.helpers import make_analysis

ROWS = [("sovereign", "a"), ("sovereign territory", "b"), ("enemy", "c"),
        ("enemy forces", "d"), ("occupied territory of", "b"), ("forces", "a")]
WORDS = ["sovereign", "territory", "territories", "enemy", "enemies", "forces", "occupied",
         "of", "the", "Sovereign", "force"]


def _reference_find(matcher: TermMatcher, run):
    """The matcher as first written: each candidate tries its stem's entries, longest first."""
    index = matcher._index
    out, pos = [], 0
    for i in [i for i, t in enumerate(run) if t.norm in index]:
        if i < pos:
            continue
        for e in index[run[i].norm]:
            n = len(e.forms)
            if all(i + k < len(run) and surface(run[i + k]) in e.forms[k] for k in range(n)):
                out.append((i, i + n, e))
                pos = i + n
                break
    return out


def _run_by_run(matcher: TermMatcher, runs):
    return [(run[i].start, run[j - 1].end, e)
            for run in runs for i, j, e in _reference_find(matcher, run)]


def test_spans_of_runs_laid_end_to_end_are_find_run_by_run():
    matcher = TermMatcher(ROWS)
    _check_against_reference(matcher, WORDS, random.Random(7), 2000)


def test_spans_with_the_shipped_lexicon_s_many_word_terms():
    rows = lexicon_rows("loaded_language")
    matcher = TermMatcher(rows)
    words = sorted({w for term, _ in rows if " " in term for w in term.split()})
    assert len(words) > 20
    _check_against_reference(matcher, [*words, "the", "reported", "said"], random.Random(5), 3000)


def _check_against_reference(matcher: TermMatcher, words: list[str], rng: random.Random,
                             times: int) -> None:
    for _ in range(times):
        tokens = tokenize(" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))))
        cuts = sorted(rng.sample(range(1, len(tokens)), rng.randint(0, len(tokens) // 2))) \
            if len(tokens) > 1 else []
        bounds = [0, *cuts, len(tokens)]
        runs = [tokens[a:b] for a, b in pairwise(bounds) if a < b]
        assert matcher.spans(RunTokens.of(runs)) == _run_by_run(matcher, runs)
        assert [m for run in runs for m in matcher.find(run)] == [
            m for run in runs for m in _reference_find(matcher, run)]


def test_a_term_does_not_match_across_the_end_of_a_run():
    matcher = TermMatcher(ROWS)
    tokens = tokenize("sovereign territory enemy forces")
    terms = [e.term for _, _, e in matcher.spans(RunTokens.of([tokens[:1], tokens[1:]]))]
    assert terms == ["sovereign", "enemy forces"]
    assert [e.term for _, _, e in matcher.spans(RunTokens.of([tokens]))] == [
        "sovereign territory", "enemy forces"]


TEXT = ('The court ruled. Northland said "the enemy forces attacked the border and sanctions '
        'hurt trade." Then the villagers fled. Southland said "our troops defended the border."')
STATEMENTS = [
    ("the enemy forces attacked the border and sanctions hurt trade.", "Northland", "northland",
     "say", "neutral"),
    ("our troops defended the border.", "Southland", "southland", "say", "neutral"),
]


def test_voice_tokens_are_the_voice_runs_end_to_end():
    analysis = make_analysis(TEXT, STATEMENTS)
    for voice in analysis.voices:
        runs = token_runs(TEXT, voice.spans, analysis.sentences)
        flat, ends, norms = voice_tokens(analysis, voice)
        assert flat == [t for run in runs for t in run]
        assert [flat[a:b] for a, b in pairwise([0, *ends])] == runs
        assert norms == [t.norm for t in flat]
        assert voice_tokens(analysis, voice).tokens is flat  # once per analysis


def _old_frames_block(n_words: int, cues: dict) -> dict:
    """The block as written before (every frame's counts, scores and cues computed)."""
    cues = {f: cues.get(f, {}) for f in FRAMES}
    counts = {f: sum(c["count"] for c in cues[f].values()) if cues[f] else 0 for f in FRAMES}
    top = max(counts.values())
    return {
        "n_words": n_words,
        "total_hits": sum(counts.values()),
        "counts": counts,
        "scores": {f: round(100.0 * k / n_words, 4) if n_words else 0.0
                   for f, k in counts.items()},
        "dominant": [f for f in FRAMES if top > 0 and counts[f] == top],
        "cues": {f: sorted(cues[f].values(), key=lambda c: (-c["count"], c["term"]))
                 for f in FRAMES},
    }


def test_frames_block_from_the_frames_with_hits_only():
    rng = random.Random(3)
    for _ in range(500):
        cues: dict = {}
        for f in rng.sample(FRAMES, rng.randint(0, 5)):
            cues[f] = {t: {"term": t, "count": rng.randint(1, 3), "spans": [],
                           "statement_ids": []} for t in rng.sample("abcdef", rng.randint(1, 3))}
        counts = dict.fromkeys(FRAMES, 0)
        for f, by_term in cues.items():
            counts[f] = sum(c["count"] for c in by_term.values())
        n_words = sum(counts.values()) + rng.randint(0 if not cues else 1, 40)
        block = _voice_block(n_words, counts, cues)
        assert block == _old_frames_block(n_words, cues)
        assert list(block["scores"]) == list(FRAMES) == list(block["cues"])


def test_frames_and_loaded_language_blocks_of_an_article():
    analysis = make_analysis(TEXT, STATEMENTS)
    frames = FramesAnalyzer(AnalysisConfig()).analyze(analysis)["voices"]
    assert frames["northland"]["counts"]["security_and_defense"] == 4
    assert frames["northland"]["scores"]["security_and_defense"] == 40.0  # of 10 words
    assert frames["northland"]["dominant"] == ["security_and_defense"]
    assert frames["southland"]["scores"]["economic"] == 0.0
    assert frames["un"]["dominant"] == [] and frames["un"]["cues"]["economic"] == []
    assert frames["narrator"]["dominant"] == [
        "legality_constitutionality_jurisprudence", "quality_of_life"]
    loaded = LoadedLanguageAnalyzer(AnalysisConfig()).analyze(analysis)
    for block in loaded["voices"].values():
        assert list(block["counts"]) == loaded["categories"]
        assert block["counts"] == {c: len(h) for c, h in block["hits"].items()}
        assert block["rate_per_1000"] == {c: _rate(k, block["n_words"])
                                          for c, k in block["counts"].items()}
