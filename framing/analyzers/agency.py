"""Agency: in the narrator's own voice, is violence done *by* someone or does it just happen?

Each violence or harm predicate in narrator text is typed by how it names (or hides) its agent:
``named_agent`` (an actor is the agent: "Azerbaijani forces attacked", "captured by the
Azerbaijani army"), ``agentless_passive`` ("soldiers were killed"), ``agentless_nominal`` ("an
attack on Armenia", "casualties"), ``agentless_other`` (active voice without an actor as agent:
"soldiers died", "gunmen attacked"); event nouns ("fighting broke out", "border clashes") are
``agentless_event``. POS-free heuristics: see :mod:`framing.text.predicates`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from framing.analyzers import Analyzer, register
from framing.lexicons import load_mapping
from framing.model import NARRATOR, ArticleAnalysis
from framing.text.alias_pattern import for_lowered, match_key, plain_lower
from framing.text.narrator_predicates import narrator_scan
from framing.text.predicates import PredicateHit

TYPES = ("named_agent", "agentless_passive", "agentless_nominal", "agentless_other",
         "agentless_event")
METHOD = (
    "Violence and harm predicates in the narrator's own text typed by agent construction (named "
    "agent, agentless passive, agentless nominalisation, agentless event noun), a POS-free "
    "heuristic after the agent-deletion analyses of critical linguistics (Fowler 1991; "
    "Trew 1979)."
)


@lru_cache(maxsize=1)
def _events() -> tuple[re.Pattern[str], dict[str, str]]:
    mapping = load_mapping("agentless_events")
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+")
                    for t in sorted(mapping, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), mapping


def find_events(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Agentless event nouns in ``text[start:end]``: ``(start, end, term, kind)``."""
    return [event[:4] for event in events_in(text, [(start, end, 0)])]


def events_in(text: str, pieces: Iterable[Sequence[int]]
              ) -> Iterator[tuple[int, int, str, str, int]]:
    """:func:`find_events` in each ``(start, end, sentence)`` of ``pieces``, in turn, with the
    piece's sentence: ``(start, end, term, kind, sentence)``."""
    pattern, mapping = _events()
    lowered = plain_lower(text)  # a plain scan of the lower-cased text, where it may stand in
    scanned, finditer = (text, pattern.finditer) if lowered is None \
        else (lowered, for_lowered(pattern).finditer)
    for start, end, sentence in pieces:
        for m in finditer(scanned, start, end):
            s, e = m.span()
            yield s, e, text[s:e], mapping[" ".join(match_key(text[s:e]).split())], sentence


def agency_type(hit: PredicateHit) -> str:
    """How a predicate names its agent (one of :data:`TYPES` but ``agentless_event``)."""
    if hit.agent is not None:
        return "named_agent"
    return {"passive": "agentless_passive", "nominal": "agentless_nominal"}.get(
        hit.voice, "agentless_other")


def narrator_hits(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Every typed violence/harm predicate and event noun in the narrator's text, in text order."""
    narrator = analysis.voice(NARRATOR)
    if narrator is None:
        return []
    text, hits = analysis.document.text, []
    narrated, pieces = narrator_scan(analysis)
    predicates = [(h, i) for h, i in narrated if h.category in ("violence", "harm")]
    for h, sentence in predicates:
        hits.append({"type": agency_type(h), **h.to_dict(), "sentence": sentence})
    # predicate spans in text order, to skip event nouns they already cover (by bisection)
    taken = sorted((h.start, h.end) for h, _ in predicates)
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))
    for e_start, e_end, term, kind, sentence in events_in(text, pieces):
        i = bisect.bisect_left(starts, e_end)  # predicates starting before the event ends
        if i and reach[i - 1] > e_start:
            continue
        hits.append({"type": "agentless_event", "predicate": term.lower(), "category": kind,
                     "text": term, "span": [e_start, e_end], "voice": "event",
                     "agent": None, "agent_span": None, "target": None,
                     "target_span": None, "sentence": sentence})
    return sorted(hits, key=lambda h: h["span"][0])


@register
class AgencyAnalyzer(Analyzer):
    """Counts of agent constructions in the narrator's voice, and who is the patient of each."""

    name = "agency"

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        hits = narrator_hits(analysis)
        counts = {t: {"n": 0, "spans": []} for t in TYPES}
        for h in hits:
            counts[h["type"]]["n"] += 1
            counts[h["type"]]["spans"].append(h["span"])
        actors: dict[str, Any] = {}
        for actor in (a.id for a in analysis.sides.actors):
            as_patient = [h for h in hits if h["target"] == actor]
            as_agent = [h for h in hits if h["agent"] == actor]
            by_type = {t: sum(h["type"] == t for h in as_patient) for t in TYPES[:-1]}
            actors[actor] = {
                "as_patient": {"n": len(as_patient), "by_type": by_type,
                               "spans": [h["span"] for h in as_patient]},
                "as_agent": {"n": len(as_agent), "spans": [h["span"] for h in as_agent]},
            }
        n = len(hits)
        named = counts["named_agent"]["n"]
        return {
            "method": METHOD,
            "voices": {NARRATOR: {
                "n": n,
                "counts": counts,
                "agentless_share": round((n - named) / n, 4) if n else None,
                "actors": actors,
            }},
            "hits": hits,
        }
