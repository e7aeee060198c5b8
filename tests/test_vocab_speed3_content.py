"""TermCounts.content: the counts without the actor terms, in the counts' order."""

from __future__ import annotations

from collections import Counter

from framing.model import Sentence
from framing.text.ngrams import TermCounts, count_terms, token_runs

TEXT = ("Northland troops shelled the border villages. Southland said Northland troops "
        "shelled the villages again and Southland forces answered the shelling.")


def test_content_is_the_counts_without_the_actor_terms_in_order():
    end = TEXT.index(".") + 1
    sentences = [Sentence(0, 0, end), Sentence(1, end + 1, len(TEXT))]
    actor = {m for name in ("Northland", "Southland") for m in _starts(name)}
    counts = count_terms(token_runs(TEXT, [[0, len(TEXT)]], sentences), actor)
    assert counts.actor and set(counts.counts) - counts.actor
    expected = [(k, c) for k, c in counts.counts.items() if k not in counts.actor]
    assert list(counts.content().items()) == expected
    # an actor term that was never counted is no trouble
    other = TermCounts(Counter({"shell": 2, "villag": 1}), {"northland", "villag"})
    assert list(other.content().items()) == [("shell", 2)]


def _starts(name: str) -> list[int]:
    out, i = [], TEXT.find(name)
    while i >= 0:
        out.append(i)
        i = TEXT.find(name, i + 1)
    return out
