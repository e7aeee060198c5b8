"""State news agencies and broadcasters as speakers: "KCNA said" is North Korea's voice.

The media are listed in ``lexicons/state_media.tsv`` with the name of their state. A medium
speaks for its state only when that state is one of the article's actors (a side or a third
party); its name is never a mention of the state, so quoting Xinhua does not make a text about
China.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lexicons import load_rows
from framing.model import SideSet
from framing.text.alias_pattern import match_key


@lru_cache(maxsize=1)
def _media() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every medium (acronyms case-sensitive) and each one's state, by the
    lower-cased name."""
    rows = [row for row in load_rows("state_media") if len(row) >= 2]
    names = sorted((row[0] for row in rows), key=len, reverse=True)
    body = "|".join(re.escape(n) if n.isupper() else f"(?i:{re.escape(n)})" for n in names)
    return (re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"),
            {row[0].lower(): row[1] for row in rows})


def state_of_medium(phrase: str, sides: SideSet) -> str | None:
    """The actor whose state medium ``phrase`` names ("the official Korean Central News
    Agency"), if that state is one of the actors of ``sides``."""
    pattern, states = _media()
    m = pattern.search(phrase)
    if m is None:
        return None
    return sides.actor_of(states[match_key(m.group(0))])
