"""token_runs: the document's runs of word tokens cut to each span."""

from __future__ import annotations

import bisect
import random

from framing.model import Sentence
from framing.text.ngrams import token_runs
from framing.text.segment import split_sentences
from framing.text.tokenize import is_word, tokens_between

TEXT = (
    "Northland said its forces repelled an attack near the border. \"We will respond,\" the "
    "ministry said; Southland denied it. Talks, which began in May, stalled. U.S. envoys "
    "urged calm: \"Both sides must stop.\"\n\nShelling resumed at dawn."
)


def plain_runs(text: str, spans: list[list[int]], sentences: list[Sentence]) -> list[list]:
    """Token by token: a run breaks at punctuation and where the sentence changes."""
    starts = [s.start for s in sentences]
    runs: list[list] = []
    for start, end in spans:
        run: list = []
        sent = None
        for tok in tokens_between(text, start, end):
            s = bisect.bisect_right(starts, tok.start)
            if not is_word(tok.text) or s != sent:
                if run:
                    runs.append(run)
                run, sent = [], s
            if is_word(tok.text):
                run.append(tok)
        if run:
            runs.append(run)
    return runs


def test_token_runs_equal_breaking_token_by_token():
    sentences = split_sentences(TEXT)
    assert len(sentences) > 3
    rng = random.Random(3)
    shuffled = sentences[:]
    rng.shuffle(shuffled)  # out of order: runs still break where the bisected sentence changes
    for sents in (sentences, shuffled, []):
        for _ in range(40):
            cuts = sorted(rng.randint(0, len(TEXT)) for _ in range(6))
            spans = [cuts[i:i + 2] for i in range(0, 6, 2)]
            rng.shuffle(spans)
            got = token_runs(TEXT, spans, sents)
            assert got == plain_runs(TEXT, spans, sents)
        whole = token_runs(TEXT, [[0, len(TEXT)]], sents)
        assert whole and all(whole)
