"""Which tokens name an actor: the tokens inside a mention of a side, a third party, the outlet
or a statement's speaker, whose n-grams are actor terms (:mod:`framing.text.ngrams`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from framing.model import ArticleAnalysis
from framing.text.tokenize import document_tokens


def actor_token_starts(analysis: ArticleAnalysis) -> frozenset[int]:
    """Start offsets of the tokens that begin inside a mention of an actor: a side, a third
    party, the outlet itself ("Continental Wire could not independently confirm …": its own
    name says who reports, not how), or a statement's speaker ("said Army spokesman Colonel
    Ivan Dors": who speaks, which the statements already say, not how the narrator writes).

    A token may run past the mention ("Cambodia's" for the alias "Cambodia"): it still names
    the actor.
    """
    text = analysis.document.text
    _, starts = document_tokens(text)
    spans = [(m.start, m.end) for m in analysis.sides.mentions(text)]
    outlet = (analysis.document.outlet or "").strip()
    if len(outlet) > 2:
        spans += [m.span() for m in _name_pattern(outlet).finditer(text)]
    spans += {tuple(st.speaker_span) for st in analysis.statements if st.speaker_span}
    found: set[int] = set()
    for start, end in spans:
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            found.add(starts[i])
            i += 1
    return frozenset(found)


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` as whole words, any spacing, any case."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)
