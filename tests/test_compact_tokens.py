"""What a document's tokens and n-gram index keep while an article is analysed is kept once:
a repeated word or phrase shares one string, running counts are arrays (not a list of int
objects), and they read as before."""

from __future__ import annotations

from array import array
from itertools import accumulate

from framing.model import Document
from framing.pipeline import analyze
from framing.text.tokenize import document_tokens, is_word, tokenize, words_before
from tests.helpers import BORDER_REPORT, DEFAULT_SIDES

TEXT = "Northland shelled the border town. " * 3 + BORDER_REPORT


def test_document_tokens_share_a_words_repeats():
    tokens, starts = document_tokens(TEXT)
    assert tokens == tokenize(TEXT) and starts == [t.start for t in tokens]
    shelled = [t.text for t in tokens if t.text == "shelled"]
    assert len(shelled) >= 3 and all(w is shelled[0] for w in shelled)


def test_words_before_counts_as_a_list_did():
    first = list(accumulate(map(is_word, [t.text for t in document_tokens(TEXT)[0]]),
                            initial=0))
    assert isinstance(words_before(TEXT), array) and list(words_before(TEXT)) == first


def test_term_index_shares_a_phrases_key_and_counts_words():
    analysis = analyze(Document("a", TEXT), sides=DEFAULT_SIDES)
    whole, by_voice = analysis.derived["term_counts"]
    index = whole.index
    keys = [k for k in index.keys[1] if k == "border town"]
    assert len(keys) >= 3 and all(k is keys[0] for k in keys)
    assert whole.counts["border town"] == len(keys)
    assert isinstance(index.words_before, array)
    # the words of each voice: as many as its spans hold
    narrator = analysis.voice("narrator")
    spans = [(s, e) for s, e in narrator.spans]
    assert by_voice["narrator"].n_words == sum(
        sum(map(is_word, [t.text for t in tokenize(TEXT, s, e)])) for s, e in spans)


def test_term_counts_let_the_occurrences_go_once_positions_are_indexed():
    analysis = analyze(Document("a", TEXT), sides=DEFAULT_SIDES)
    whole = analysis.derived["term_counts"][1]["narrator"]  # the analyzer showed its terms
    assert whole.found == [] and whole.at == []
    again = whole.index.count(whole.slices)  # the same counts, not yet asked for positions
    assert again.found and again == whole
    keys = list(again.counts)
    spans = {k: again.spans(k) for k in keys}
    assert again.found == []
    assert spans == {k: whole.spans(k) for k in keys}
    assert again.surface_forms() == whole.surface_forms()
    assert [again.display(k) for k in keys] == [whole.display(k) for k in keys]
