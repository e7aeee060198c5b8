"""Corpus comparison from an article's counted terms (as the batch worker passes them on) equals the
comparison that recounts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from framing.batch.exports import voice_terms
from framing.batch.runner import run_batch
from framing.batch.store import Store
from framing.compare import compare_corpus, digest
from framing.compare.report import iter_store
from framing.compare.terms import ARTICLE_KEY, counted_terms, decode_forms, stored_terms
from framing.text.ngrams import article_term_counts
from tests.helpers import write_corpus

TEXTS = [
    ("Hill Gazette", "2023-04-02",
     "Georgia's defence ministry said Russian troops attacked its posts near the river. "
     "\"The attacks on our villages must stop,\" the ministry said. Russia denied attacking "
     "anyone and accused Georgia of provocations. Attacks continued into the night."),
    ("Hill Gazette", "2023-04-09",
     "Russia's foreign ministry claimed Georgian forces shelled a checkpoint. \"Georgia is "
     "shelling peaceful villages,\" a Russian spokesman said. Georgia called the claim a lie "
     "and said the shelling came from Russian positions."),
    ("Valley Times", "2023-05-14",
     "Officials in Georgia said the ceasefire held overnight. \"We want peace and security "
     "for our villages,\" Georgia's president said. Russia said its troops had withdrawn, "
     "but Georgian officials alleged that the withdrawal was a staged retreat."),
    ("Valley Times", "2023-05-20",
     "Russian officials accused Georgia of attacking a convoy. \"These attacks are "
     "unprovoked,\" the Kremlin said. Georgia rejected the accusation, saying Russia's "
     "convoy had attacked first and that villages near the river were shelled again."),
]



@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("stored")
    corpus = write_corpus(tmp / "corpus.jsonl", TEXTS, "doc")
    out = tmp / "out"
    run_batch(corpus, out, workers=1, html=False, report=False, progress=False)
    return out


def _pairs(batch: Path) -> list:
    """(analysis, terms) as the batch worker has them: the terms of :func:`voice_terms`."""
    with Store(batch / "results.sqlite", readonly=True) as store:
        return [(a, voice_terms(a)) for a in store.iter_analyses()]


def test_every_article_stores_its_whole_article_counts(batch):
    pairs = _pairs(batch)
    assert len(pairs) == len(TEXTS)
    for analysis, terms in pairs:
        assert terms is not None and ARTICLE_KEY in terms
        assert ARTICLE_KEY not in {v.id for v in analysis.voices}


def test_stored_counts_equal_a_recount(batch):
    several_forms = 0
    for analysis, terms in _pairs(batch):
        stored, counted = stored_terms(terms), counted_terms(analysis)
        assert stored is not None
        assert stored.terms == counted.terms and stored.terms
        assert stored.n_words == counted.n_words > 0
        assert stored.voices == counted.voices
        # against the counts and the first occurrences' surface forms, term by term
        total, _ = article_term_counts(analysis)
        content, forms = decode_forms(stored.terms)
        assert content == total.content()
        decoded = Counter({(key, form): n for key, form, n in forms})
        plain = Counter((key, total.index.surface(f, key.count(" ")))
                        for key in content for f in total.positions(key))
        assert decoded == plain
        several_forms += sum(isinstance(f, dict) for _, _, f in terms[ARTICLE_KEY]["terms"])
    # "attacked", "attacks", "attacking" share a stem: the stored block keeps each form's share
    assert several_forms > 0


@pytest.mark.parametrize("by", ["outlet", "date", "side"])
def test_comparison_from_stored_counts_is_identical(batch, by):
    recounted = compare_corpus(iter_store(batch), by=by)
    stored = compare_corpus(_pairs(batch), by=by)
    assert stored.to_json() == recounted.to_json()
    assert stored.terms["sides"], "the corpus must give distinctive terms to compare"


def test_stored_counts_are_used_and_missing_ones_recounted(batch, monkeypatch):
    expected = compare_corpus(iter_store(batch)).to_json()

    def no_recount(analysis):
        raise AssertionError("recounted an article whose counts are stored")

    monkeypatch.setattr(digest, "counted_terms", no_recount)
    assert compare_corpus(_pairs(batch)).to_json() == expected
    monkeypatch.undo()
    # an older store without the whole-article block (or none at all): recounted, same result
    pairs = [(a, {k: v for k, v in t.items() if k != ARTICLE_KEY} if i % 2 else None)
             for i, (a, t) in enumerate(_pairs(batch))]
    assert compare_corpus(pairs).to_json() == expected
