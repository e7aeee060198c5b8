"""Arguments that one predicate hit lends another in the same span: coordinated verbs share
what they lack ("surrounded and detained Armenian soldiers"), and an "-ing" act after a comma is
done by the act before it ("shot down a helicopter …, killing all six soldiers").

Passes over the hits :func:`framing.text.predicates.find_predicates` found, in text order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.text.predicates import PredicateHit

_COORDINATION = re.compile(r"[\s,]*(?:and|or)?[\s,]*")


def share_coordinated(text: str, hits: list[PredicateHit]) -> None:
    """"surrounded and detained Armenian soldiers": coordinated verbs share missing arguments."""
    for a, b in zip(hits, hits[1:], strict=False):
        same = a.voice == b.voice or a.category == b.category == "harm"
        if not same or not _COORDINATION.fullmatch(text[a.end:b.start]):
            continue
        for role in ("agent", "target"):
            if getattr(a, role) is None and getattr(b, role) is not None:
                setattr(a, role, getattr(b, role))
                setattr(a, f"{role}_span", getattr(b, f"{role}_span"))
            elif getattr(b, role) is None and getattr(a, role) is not None:
                setattr(b, role, getattr(a, role))
                setattr(b, f"{role}_span", getattr(a, f"{role}_span"))


# ", killing …" after an act, in the same sentence: a comma, and no verb of another clause
# ("shells fired during fighting landed in …, wounding": the shells wound, whoever fired them)
_PARTICIPLE_GAP = re.compile(r"(?:(?![a-z]+ed\b)[^.;:!?“”\"])*,\s+(?:[a-z]+ly\s+)?$")


def participle_agents(text: str, hits: list[PredicateHit]) -> None:
    """"shot down a military helicopter over Kayah State on Sunday, killing all six soldiers":
    an "-ing" act after a comma, with no agent of its own, is done by the act before it."""
    for a, b in zip(hits, hits[1:], strict=False):
        if b.agent is None and a.agent is not None and b.voice == "active" \
                and b.text.lower().endswith("ing") and a.voice != "passive" \
                and _PARTICIPLE_GAP.fullmatch(text, a.end, b.start):
            b.agent, b.agent_span = a.agent, a.agent_span
