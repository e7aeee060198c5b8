"""token_facts: what term counting asks of each token, from one look-up; an index built with the
caller's facts is the index built without them."""

from __future__ import annotations

from framing.text.ngrams import TermIndex, _document_runs, _edge_stop, token_facts
from framing.text.tokenize import document_tokens, is_word
from framing.text.word_class import penn_tag, shown_form

TEXT = ("Israeli troops shelled the disputed border villages at dawn, the ministry said; "
        "\"We will respond,\" Northland's army warned. UN envoys urged calm on 12 May.")


def test_token_facts_are_each_tokens_own():
    texts = [t.text for t in document_tokens(TEXT)[0]]
    words, edges, tags, shown = token_facts(texts)
    assert list(words) == [is_word(t) for t in texts] and not all(words)
    assert list(edges) == [_edge_stop(t) for t in texts] and any(edges) and not all(edges)
    assert list(tags) == [penn_tag(t) for t in texts]
    assert list(shown) == [shown_form(t) for t in texts] and "Israeli" in shown
    assert token_facts([]) == ((), (), (), ())


def test_an_index_with_the_callers_facts_is_the_same_index():
    tokens, runs, _, facts = _document_runs(TEXT, (0, TEXT.index("UN")))
    actor = [p for p, t in enumerate(tokens) if t.text.startswith("Northland")]
    given, own = TermIndex(tokens, runs, actor, facts), TermIndex(tokens, runs, actor)
    assert (given.first, given.keys, given.actor_hits, given.words_before, given.shown()) == \
        (own.first, own.keys, own.actor_hits, own.words_before, own.shown())
    assert any(given.first[1]) and any(map(any, given.actor_hits))
