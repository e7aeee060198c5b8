"""Actors joined into one phrase by "and": each of them acts, or suffers, what the phrase does.

"Rwandan and Mozambican forces killed …" is an act of Rwanda's and of Mozambique's; "Turkey and
the United States condemned …" is a run of two speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from framing.model import Mention
from framing.text.alias_pattern import trie_regex
from framing.text.forces import force_words


@lru_cache(maxsize=1)
def _joined_actors() -> re.Pattern[str]:
    """The gap between actors joined into one phrase by "and": "Rwandan and Mozambican forces",
    "Egypt, and Qatar", "Malian soldiers and Russian fighters" (a force noun may end the first),
    "federal troops and their Eritrean allies"; a comma alone joins nothing."""
    forces = trie_regex(sorted(force_words()))
    return re.compile(rf"(?:\s+(?:{forces}))?\s*(?:,\s*)?(?:and|&)\s+(?:the\s+|their\s+|its\s+)?",
                      re.IGNORECASE)


def joined_run(text: str, mentions: list[Mention]) -> list[Mention]:
    """The first of ``mentions`` and those joined to it one after another ("Turkey and the
    United States", "Damascus and Moscow")."""
    run = mentions[:1]
    for m in mentions[1:]:
        if not _joined_actors().fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    return run


def any_joined(text: str, mentions: list[Mention]) -> bool:
    """Are any two neighbours of ``mentions`` (in text order) joined into one phrase? If not,
    :func:`joined_actors` copies no hit."""
    joined = _joined_actors().fullmatch
    return any(joined(text, a.end, b.start) for a, b in pairwise(mentions))


def joined_actors(text: str, hit: Any, mentions: list[Mention]) -> list[Any]:
    """Copies of ``hit`` for the other actors joined to its agent or target ("Rwandan and
    Mozambican forces killed …" is an act of each)."""
    copies = []
    for role in ("agent", "target"):
        span = getattr(hit, f"{role}_span")
        if span is None:
            continue
        at = next((i for i, m in enumerate(mentions) if m.start == span[0] and m.end == span[1]),
                  None)
        if at is None:
            continue
        for step in (-1, 1):  # "Northland and Southland forces", "Northland and Southland"
            i = at
            while 0 <= i + step < len(mentions):
                a, b = sorted((mentions[i], mentions[i + step]), key=lambda m: m.start)
                if not _joined_actors().fullmatch(text, a.end, b.start):
                    break
                i += step
                other = mentions[i]
                if other.actor != getattr(hit, role):
                    copies.append(replace(hit, **{role: other.actor,
                                                  f"{role}_span": [other.start, other.end]}))
    return copies

