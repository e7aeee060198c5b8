""""The group": which body a speaker called only by its kind is (resolution ``group_before``).

"JNIM said … The group also claimed …", "Rights group Haki Africa accused … the group's
programme officer said", "TPNPB fighters ambushed a TNI patrol …, the group's spokesman claimed".
Used by :class:`framing.attribution.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from framing.attribution.speaker_actors import OWNER
from framing.attribution.speaker_phrase import names_armed_group
from framing.model import SideSet

# a common noun (lower case), not the "Network" of a name
_GROUP_WORD = re.compile(r"\b(group|organi[sz]ation|movement|network|alliance|coalition|faction"
                         r"|militia)\b")
# "the group", "the rights group"
_GROUP_NOUN = re.compile(rf"(?i:the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{_GROUP_WORD.pattern})")
_MEMBER_OF = re.compile(rf"\b(?:at|of|for|with)\s+({_GROUP_NOUN.pattern})$")

#: The last body named alone as a speaker: (sentence, actor id, speaker phrase).
LastBody = tuple[int, str, str]


def group_noun(phrase: str) -> re.Match[str] | None:
    """"the group" in ``phrase``: all of it, its owner ("the group's executive director") or
    whom its person works for ("a researcher at the group")."""
    owner = OWNER.match(phrase) or _MEMBER_OF.search(phrase)
    return _GROUP_NOUN.fullmatch(owner.group(1) if owner else phrase)


def body_before(phrase: str, sentence: int, last: LastBody | None, last_spoke_at: int,
                sides: SideSet, named_before: Callable[[str, int], str | None]) -> str | None:
    """The actor of the body named alone as the speaker ``last``, when ``phrase`` is "the group"
    (movement, organisation …) or what it owns or has as members, in that body's sentence or the
    next (or the one after, when no one spoke in between: "RED-Tabara said … The army did not
    comment. According to the rebel group, …"); not when that body went by another such noun
    ("the coalition accused the Houthis …, while the group blamed …") or an actor named before
    goes by this one ("The coalition denied" after "the Houthis accused the Saudi-led
    coalition"). An armed group's name ("the rebel group") is left to the ``armed_group`` rule,
    unless the body is a side with no ``kind``, which that rule names only against a state."""
    if last is None or sentence - last[0] > (2 if last_spoke_at == last[0] else 1):
        return None
    noun = group_noun(phrase)
    if noun is None or names_armed_group(noun.group(0)) and noun.group(0).count(" ") > 1 \
            and not _unkinded_side(sides, last[1]):
        return None
    other = _GROUP_WORD.search(last[2])
    if other and other.group(1) != noun.group(1).lower():
        return None
    named = named_before(noun.group(0), sentence)
    return last[1] if named in (None, last[1]) else None


def group_of_content(phrase: str, content_subject: str | None, sides: SideSet) -> str | None:
    """The body that opens the content before its speaker, when the speaker is "the group" or
    its own ("TPNPB fighters ambushed a TNI patrol …, the group's spokesman claimed"); not a
    state ("the group" is never one)."""
    actor = sides.get(content_subject) if content_subject else None
    if actor is None or actor.kind == "state" or group_noun(phrase) is None:
        return None
    return actor.id


def _unkinded_side(sides: SideSet, actor_id: str) -> bool:
    actor = sides.get(actor_id)
    return actor is not None and actor.id in sides.side_ids and actor.kind is None
