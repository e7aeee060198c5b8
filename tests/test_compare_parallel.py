"""A batch store's comparison folded in parallel slices equals the sequential fold exactly."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest

from framing.batch.runner import run_batch
from framing.batch.store import Store
from framing.compare import compare_corpus
from framing.compare.aggregate import accumulator, compare_partials, fold
from framing.compare.report import compare_store, iter_store
from framing.compare.terms import TermTable, decode_forms
from tests.helpers import write_corpus

_OUTLETS = ("Hill Gazette", "Valley Times", "Coast Courier")
_DATES = ("2023-03-05", "2023-04-02", "2023-04-19", "2023-05-14", "2023-06-01")
_TEXTS = (
    "Georgia's defence ministry said Russian troops attacked its posts near the river. "
    "\"The attacks on our villages must stop,\" the ministry said. Russia denied attacking "
    "anyone and accused Georgia of provocations.",
    "Russia's foreign ministry claimed Georgian forces shelled a checkpoint. \"Georgia is "
    "shelling peaceful villages,\" a Russian spokesman said. Georgia called the claim a lie.",
    "Officials in Georgia said the ceasefire held overnight. \"We want peace and security "
    "for our villages,\" Georgia's president said. Georgian officials alleged that the "
    "Russian withdrawal was a staged retreat.",
    "Russian officials accused Georgia of attacking a convoy. \"These attacks are "
    "unprovoked,\" the Kremlin said. Georgia rejected the accusation, saying Russia's "
    "convoy had attacked first.",
    "The Kremlin insisted that its peacekeepers were protecting civilians. Georgia's prime "
    "minister warned that \"the occupation is moving the border every week.\" Russia "
    "dismissed the warning as hysteria.",
)
BY = ("outlet", "date", "side")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("parallel")
    texts = [(_OUTLETS[i % 3], _DATES[(i * 2) % 5], f"{_TEXTS[i % 5]} Report number {i}.")
             for i in range(15)]
    out = tmp / "out"
    run_batch(write_corpus(tmp / "corpus.jsonl", texts, "doc"), out, workers=1, html=False,
              report=False, progress=False)
    return out / "results.sqlite"


def _sequential(store: Path, by: str, **kwargs) -> str:
    return compare_corpus(iter_store(store, digests=True), by=by, **kwargs).to_json()


def _digests(store: Path) -> list:
    with Store(store, readonly=True) as s:
        return list(s.iter_digests())


@pytest.mark.parametrize("by", BY)
@pytest.mark.parametrize("workers", [2, 3, 7])
def test_parallel_fold_equals_the_sequential_one(store, by, workers):
    expected = _sequential(store, by)
    assert compare_store(store, by=by, workers=workers, min_articles=0).to_json() == expected


@pytest.mark.parametrize("by", BY)
def test_one_worker_or_few_articles_fold_in_process(store, by):
    expected = _sequential(store, by)
    assert compare_store(store, by=by).to_json() == expected  # 15 < PARALLEL_MIN
    assert compare_store(store, by=by, workers=1, min_articles=0).to_json() == expected


def test_store_slices_concatenate_to_the_whole(store):
    whole = _digests(store)
    with Store(store, readonly=True) as s:
        parts = [*s.iter_digests(0, 4), *s.iter_digests(4, 6), *s.iter_digests(10)]
        assert list(s.iter_digests(limit=3)) == whole[:3]
    assert parts == whole and len(whole) == 15


def test_merging_in_the_wrong_order_is_detected(store):
    """The comparison is order-sensitive (article list; the per-article sums that the bootstrap
    draws from, though a small corpus's intervals are those of the t floor, whatever the order),
    so a merge out of slice order could not pass the tests above."""
    digests = _digests(store)
    expected = json.loads(_sequential(store, "outlet"))
    whole = fold(accumulator("outlet"), digests)
    first, second = (fold(accumulator("outlet"), part) for part in (digests[:7], digests[7:]))
    swapped = json.loads(compare_partials([second, first]).to_json())  # merges into second
    assert swapped != expected
    assert swapped["articles"] != expected["articles"]
    assert any(second.cells[k].sentiment.num != cell.sentiment.num
               for k, cell in whole.cells.items())


def test_float_sums_are_replayed_not_added_up(store):
    """The timeline's Σcompound is a float sum: merged parts add up exactly as one fold does."""
    digests = copy.deepcopy(_digests(store)[:4])
    for d, x in zip(digests, (1e16, 1.0, -1e16, 1.0), strict=True):
        d["article"]["date"] = "2023-04-01"
        for nums in d["per_side"].values():
            nums["sentiment"] = [x, 1]
    assert (1e16 + 1.0) + (-1e16 + 1.0) != 1e16 + 1.0 - 1e16 + 1.0  # not associative
    expected = compare_corpus(digests, by="date").to_json()
    parts = [fold(accumulator("date"), part) for part in (digests[:2], digests[2:])]
    assert compare_partials(parts).to_json() == expected


def test_add_encoded_equals_adding_the_decoded_terms(store):
    plain, fused = TermTable(), TermTable()
    for d in _digests(store):
        content, forms = decode_forms(d["terms"])
        plain.total.update(content)
        for key, form, n in forms:
            plain.surfaces.setdefault(key, Counter())[form] += n
        fused.add_encoded(d["terms"])
    for table in (plain, fused):  # dict order too, not only the counts
        table.total = list(table.total.items())
        table.surfaces = [(k, list(v.items())) for k, v in table.surfaces.items()]
    assert fused == plain


def test_pruned_term_tables_are_flagged_in_both_folds(store):
    """When the term tables outgrow max_terms, parts are pruned apart: counts of rare terms may
    differ from the sequential fold's (lower bounds either way), and both reports say so."""
    sequential = json.loads(_sequential(store, "outlet", max_terms=40))
    parallel = compare_store(store, by="outlet", workers=2, min_articles=0, max_terms=40)
    for notes in (sequential["notes"], parallel.notes):
        assert any("rarest terms were dropped" in n for n in notes)
    assert parallel.articles == sequential["articles"]
    assert parallel.voice_share == sequential["voice_share"]  # everything but the terms is exact


_SEEN: dict[str, object] = {}


def _fold_slice_noting_ctrl_c(*args):  # module level: the pool pickles it by name
    import os
    import signal

    if os.getpid() != _SEEN["parent"]:
        Path(_SEEN["file"]).write_text(str(signal.getsignal(signal.SIGINT) == signal.SIG_IGN))
    return _SEEN["fold"](*args)


def test_fold_helpers_leave_ctrl_c_to_the_parent(store, monkeypatch, tmp_path):
    # a fold helper interrupted while waiting for work printed a traceback under the run's line
    import os

    from framing.compare import report

    _SEEN.update(parent=os.getpid(), file=tmp_path / "sigint", fold=report._fold_slice)
    monkeypatch.setattr(report, "_fold_slice", _fold_slice_noting_ctrl_c)
    compare_store(store, by="outlet", workers=2, min_articles=0)
    assert (tmp_path / "sigint").read_text() == "True"
