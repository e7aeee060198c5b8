"""What the actors named in a speaker phrase say about whose voice it is.

"Armenian and Azerbaijani officials" and "Both the army and FACT" speak for both sides; "the
Sudan Doctors Network" for neither (the actor only qualifies a private body's name); "Gaza's
health ministry" has an owner we do not know as an actor, so the actor in context does not own
it; "the Hamas-run health ministry" names its actor fused by a hyphen. Where one side is a state
and the other an armed group, "the military" is the state's organ and "the group" the armed
group's (:func:`organ_side`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from framing.attribution.speaker_phrase import (
    names_armed_group,
    names_private_body,
    names_private_person,
    names_state_organ,
)
from framing.model import Mention, SideSet

# "the", and what kind of body follows: "Rights group Haki Africa", "the watchdog Airwars"
_ARTICLE = re.compile(r"(?:the\s+|an?\s+)?(?:(?:rights|aid|advocacy|monitoring|humanitarian|"
                      r"civil\s+society|media|research)\s+)?(?:group|organi[sz]ation|watchdog"
                      r"|body|network|charity|agency)\s+(?=[A-Z])|(?:the|an?)\s+", re.IGNORECASE)
# "The National Human Rights Defense Network (RNDDH)", "a Human Rights Watch report"
_AFTER_NAME = re.compile(r"\s*\([^()]*\)$|\s+(?:report|statement)$")

# "Gaza's health ministry", "the Tigray regional government": a place or body we do not know
# as an actor owns the institution, so the actor in context is not its owner
_POSSESSOR = re.compile(r"\b[A-Z][\w-]*(?:['’]s\b|s['’](?=\s))")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_A-Z][\w-]*")


def unknown_owner(phrase: str, head: str) -> bool:
    """Does an institution phrase (no actor in it) name its owner: a capitalised possessive, or
    a capitalised word before a lower-case head ("the Gaza health ministry", not "the Foreign
    Ministry", whose capitals are its own name)?"""
    if _POSSESSOR.search(phrase):
        return True
    first, *rest = phrase.split(maxsplit=1) or [""]
    at = phrase.find(head)  # a lower-case head, with a capitalised word before it
    return at > 0 and bool(rest) and bool(_CAPITALISED.search(phrase, len(first), at))


# "the Sudan Doctors Network", "the Syrian Observatory for Human Rights": a name that uses an
# actor's name as a modifier of a word for people or a private body
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def qualifies_private_name(phrase: str, mention: Mention) -> bool:
    """Does the actor named in ``phrase`` only qualify the proper name of people or a private
    body, which speaks for no side?"""
    name = phrase.split(",", 1)[0]
    return (mention.end < len(name) and _NAME_GOES_ON.match(name, mention.end) is not None
            and names_private_body(name))


# "Armenian and Azerbaijani officials", "Serbia, Kosovo": two actors joined
JOINED = re.compile(r"(?:['’]s)?\s*(?:,|and|&|or)\s*(?:the\s+)?", re.IGNORECASE)


def joins_both_sides(phrase: str, mentions: list[Mention], side_ids: list[str]) -> bool:
    """Does the speaker ``phrase`` speak for both sides: the two joined ("Armenian and
    Azerbaijani officials"), not one owning what names the other ("Serbia's Office for Kosovo",
    "the Russian envoy to Ukraine", "the EU envoy to Armenia and Azerbaijan")?"""
    if not set(side_ids) <= {m.actor for m in mentions}:
        return False
    first = mentions[0]
    other = next(m for m in mentions if m.actor != first.actor and m.actor in side_ids)
    return first.actor in side_ids and JOINED.fullmatch(phrase, first.end, other.start) \
        is not None


_BOTH_AND = re.compile(r"both\s+(.+?)\s+and\s+(.+)", re.IGNORECASE)


def both_named(phrase: str, sides: SideSet) -> bool:
    """"Both the army and FACT said": each side named, by an alias or by an organ only it
    has."""
    joint = _BOTH_AND.fullmatch(phrase)
    if joint is None:
        return False
    named = set()
    for part in joint.groups():
        mentions = sides.phrase_mentions(part)
        organ = None if mentions else organ_side(part, sides)
        named.add(mentions[0].actor if mentions else organ.side if organ else None)
    return named == set(sides.side_ids)


_HYPHEN_LINK = re.compile(
    r"-(?=(?:run|led|based|backed|controlled|held|allied|aligned|installed|appointed)\b)")
_BACKER = re.compile(r"-(?:backed|allied|aligned)\b")


def fused_mentions(phrase: str, sides: SideSet) -> list[Mention]:
    """Actors fused to a word by a hyphen: "the Hamas-run health ministry", "Kyiv-based
    officials"; a backer only when it is a side ("Russian-backed separatists"), not in "the
    Iran-backed group"."""
    return [m for m in sides.phrase_mentions(phrase, fused=_HYPHEN_LINK)
            if m.actor in sides.side_ids or not _BACKER.match(phrase, m.end)]


def state_names_its_rebels(phrase: str, mention: Mention, sides: SideSet) -> str | None:
    """The armed group, when the state's name only says where the rebels are from ("Syrian
    rebels", "Syrian insurgents" against the state of Syria): None otherwise."""
    group = sides.armed_group_side()
    if group is None or mention.actor != sides.state_side():
        return None
    rest = phrase[mention.end:].split(",", 1)[0].strip()
    return group if rest and names_armed_group(rest) else None


# "a security analyst in Caracas", "a doctor from Mosul", "a resident who fled to Ouagadougou":
# where a person is or went, not whom they speak for
_AT_A_PLACE = re.compile(r"\b(?:in|from|near|based\s+in|(?:fled|moved|returned|went)\s+(?:to|into))"
                         r"\s+(?:the\s+)?$", re.IGNORECASE)
# "a Bangui-based policy institute": where a body is
_BASED = re.compile(r"-based\b", re.IGNORECASE)
# "a Syria analyst", "an Iran expert": what one person studies (but "UN experts" are the UN's)
_TOPIC = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_STUDENTS = r"(?:analyst|expert|researcher|specialist|scholar|watcher)"
_STUDENT = re.compile(rf"\s+(?:affairs\s+)?{_STUDENTS}\b", re.IGNORECASE)
# "a security analyst at a Nairobi think tank": where one who studies works
_STUDENT_AT = re.compile(rf"\b{_STUDENTS}s?\s+(?:at|with)\s+(?:a|an|the)\s+$", re.IGNORECASE)


def located_only(phrase: str, mentions: list[Mention]) -> bool:
    """Are the actors ``phrase`` names only where its person is, works or what they study
    ("Andrés Berrizbeitia, a security analyst in Caracas", "a resident who fled to Ouagadougou",
    "a Syria analyst at a Beirut-based think tank", "a security analyst at a Nairobi think
    tank")?"""
    return all(_AT_A_PLACE.search(phrase, max(0, m.start - 15), m.start)
               or _STUDENT_AT.search(phrase, max(0, m.start - 30), m.start)
               or _BASED.match(phrase, m.end)
               or _TOPIC.search(phrase, max(0, m.start - 4), m.start)
               and _STUDENT.match(phrase, m.end) for m in mentions)


@dataclass
class Resolved:
    side: str
    resolution: str
    confidence: float
    #: who the speaker is, the same for every statement of one speaker (:meth:`SpeakerResolver.key`)
    key: str = ""


# "the movement’s secretary general", "the army's spokesman": an owner before a possessive
OWNER = re.compile(r"((?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)['’]s\s", re.IGNORECASE)


# "a senior official of the Islamist group", "A spokesman for the group, Hazem Abu Rumman"
_OF_OWNER = re.compile(r"[^,]*?\b(?:of|for)\s+((?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
                       r"(?=\s*(?:,|$))", re.IGNORECASE)


# "the district's", "the province's": a place owns the office, so the office says whose it is
_PLACE_OWNER = re.compile(r"the\s+(?:district|province|region|county|city|town|state"
                          r"|municipality|country)", re.IGNORECASE)
# "Relatives of a farmer killed during a military raid": people whose description names an organ
_PRIVATE_OF = re.compile(r"^(.+?)\s+of\s")


def organ_side(phrase: str, sides: SideSet) -> Resolved | None:
    """Where only one side is a state, the state's organs ("the military") are the state's;
    against a state, an armed group's own names ("the group") are the armed group's; so are
    what they own ("the movement’s secretary general", "a spokesman for the group")."""
    state, group = sides.state_side(), sides.armed_group_side()
    kind = _organ_kind(phrase, state is not None, group is not None)
    if kind == "state" and state:
        return Resolved(state, "state", 0.75)
    if kind == "armed_group" and group:
        return Resolved(group, "armed_group", 0.75)
    return None


@lru_cache(maxsize=4096)
def _organ_kind(phrase: str, state: bool, group: bool) -> str | None:
    """``"state"`` when ``phrase`` names a state's organ (or what it owns) and a side is the
    state (``state``), ``"armed_group"`` for an armed group's name against one (``group``),
    else None: :func:`organ_side` without the side ids, kept by phrase."""
    private = _PRIVATE_OF.match(phrase)
    if private and names_private_person(private.group(1)):
        return None
    owner = OWNER.match(phrase) or _OF_OWNER.match(phrase)
    # the owner first ("the group's military commander"); then, when it names no organ ("the
    # district's police spokesman"), the words after a possessive owner
    place = owner is not None and owner.re is OWNER and _PLACE_OWNER.fullmatch(owner.group(1))
    rest = phrase[owner.end():] if place else ""  # not "the bloc's commission president"
    for part in ((owner.group(1), rest) if owner else (phrase,)):
        if state and names_state_organ(part):
            return "state"
        if group and names_armed_group(part):
            return "armed_group"
    return None


def alias_only(phrase: str, sides: SideSet) -> bool:
    """Whether ``phrase`` is an actor's alias and nothing more, but for an article and a
    parenthesis or a document ("JNIM", "The National Human Rights Defense Network (RNDDH)", "a
    Human Rights Watch report")."""
    core = _name_core(phrase)
    mentions = sides.phrase_mentions(core)
    return bool(mentions) and mentions[0].start == 0 and mentions[0].end == len(core)


@lru_cache(maxsize=4096)
def _name_core(phrase: str) -> str:
    """``phrase`` without an article or kind of body before a name, nor a parenthesis or a
    document after it: what :func:`alias_only` looks up."""
    core = _AFTER_NAME.sub("", phrase)
    article = _ARTICLE.match(core)
    return core[article.end():] if article else core
