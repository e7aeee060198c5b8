"""The actors around a predicate: which mentions are in reach, and which fill its slots.

:func:`actor_mentions` lists the actor mentions of a span, with a speaker's self-references
("we", "our"; in reported speech also "it/its") and "the enemy"; the other functions pick the
mention for one slot: the subject on the left, the object, an actor named before a noun, or the
actor of a by/on/of phrase. :mod:`framing.text.predicates` decides which slot is asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from framing.attribution.verbs import reporting_forms
from framing.lexicons import load_rows
from framing.model import Mention, SideSet
from framing.text.alias_pattern import for_lowered, plain_lower, trie_regex, whole_words
from framing.text.clause_words import (
    AUX,
    all_verb_group,
    last_outside_verb_group,
    words,
)
from framing.text.document_cache import document_cache
from framing.text.forces import armed_heads, names_a_force, side_forces
from framing.text.mention_search import (
    ending_between,
    last_two_before,
    starting_between,
    without_overlaps,
)

PREPOSITIONS = frozenset("for of with in on against from to into at about".split())
# Words that end the search for an active verb's object.
_OBJECT_STOP = frozenset(
    "in with during near after before since amid for from by while as when if until".split()
)


# "were shot dead by": the result is no head of a phrase
_FIRST_WORD = re.compile(r"[\W_]*(?:dead\s+)?(\w+)")


_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")


_FIRST_PERSON = whole_words(("we", "We", "our", "Our", "us", "ours", "Ours"))


# In reported speech an institution or country speaker is "it" (a group "they"): "the military
# said its aircraft had struck …", "Baku said Armenian forces had shelled its positions", "the
# Revolutionary Guards said they had fired dozens of missiles at …"
_SPEAKER_IT = whole_words(("it", "It", "its", "Its", "they", "They", "their", "Their"))


_NAMES_A_PACT = re.compile(
    r"\s+(?:agreements?|accords?|deal|format|process|dialogue|declaration|treaty|protocol|summit"
    r"|memorandum)\b", re.IGNORECASE)
# "… and then occupied it.": "it" after a verb and before no verb is its object, a thing
_IT_OBJECT = re.compile(r"\s*(?:[,.;:)!?]|$|(?:and|or|but|in|on|at|for|with|from|to|after"
                        r"|before|again|back|down|over)\b)", re.IGNORECASE)


def _object_it(text: str, m: re.Match[str]) -> bool:
    if m.group(0).lower() != "it":
        return False
    before = text[max(0, m.start() - 30):m.start()].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower() \
        and _IT_OBJECT.match(text, m.end()) is not None


_ENEMY = re.compile(r"(?<![\w-])(?:the\s+)?enem(?:y|ies)(?:['’]s)?(?![\w-])", re.IGNORECASE)


def _may_name_enemy(text: str, start: int, end: int) -> bool:
    """A quick test before :data:`_ENEMY`'s search: every match of it holds "enem"."""
    lowered = plain_lower(text)
    return lowered is None or lowered.find("enem", start, end) >= 0


@lru_cache(maxsize=1)
def _reporting_forms() -> re.Pattern[str]:
    """Any form of any reporting verb, the words of a multi-word form one space apart (a trie:
    only whether one occurs is asked). Unlike :func:`~framing.attribution.verbs.verb_regex`,
    "called on" does not match across several spaces or a line break."""
    body = trie_regex(list(reporting_forms()))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def actor_mentions(text: str, start: int, end: int, sides: SideSet, speaker: str | None,
              reported_from: int | None = None) -> list[Mention]:
    """Actor mentions in ``text[start:end]``, with the speaker's self-references: "we/our/us",
    and in reported speech starting at ``reported_from`` "it/its" before any other actor is
    named there ("the military said its aircraft …"; not "… if Kestria stopped its attacks"),
    other than as the modifier of a force ("Baku said Armenian forces shelled its positions")."""
    # "the Brussels agreement", "the Minsk accords": a name, not the actor
    found = [m for m in sides.mentions(text, start, end) if not _NAMES_A_PACT.match(text, m.end)]
    if text.find("-", start, end) >= 0 and _HELD_BY.search(text, start, end):
        held = without_overlaps(sides.mentions(text, start, end, fused=_HELD_BY), found)
        found = sorted(found + held, key=lambda m: m.start)
    extra: list[Mention] = []
    if speaker is not None and sides.get(speaker) is not None:
        extra += [Mention(speaker, m.start(), m.end(), m.group(0))
                  for m in _FIRST_PERSON.finditer(text, start, end)]
        if reported_from is not None:
            first = min((f.start for f in found if f.start >= reported_from
                         and not names_a_force(text, f.end)), default=end)
            selves = [m for m in _SPEAKER_IT.finditer(text, reported_from, first)
                      if not _object_it(text, m)]
            if any(m.group(0).lower() in ("it", "its") for m in selves):
                # "blamed the army, saying they had attacked its positions": a speaker that is
                # "it" is not also "they"
                selves = [m for m in selves if m.group(0).lower() in ("it", "its")]
            extra += [Mention(speaker, m.start(), m.end(), m.group(0)) for m in selves]
        other = sides.other(speaker)
        if other is not None and _may_name_enemy(text, start, end):
            extra += [Mention(other, m.start(), m.end(), m.group(0))
                      for m in _ENEMY.finditer(text, start, end)]
    extra = without_overlaps(extra, found)
    named = found + extra
    return sorted(named + side_forces(text, start, end, sides, named), key=_START)


_START = attrgetter("start")


# "Houthi-held ports", "Russian-occupied Donetsk", "the Hamas-run ministry": the place or body
# belongs to the actor fused to it (not "Iran-backed Houthis": a backer is not the object)
_HELD_BY = re.compile(r"(?<=\w)-(?=(?:held|controlled|run|occupied|led)\b)")


def armed_subject(text: str, start: int, pos: int, mentions: list[Mention]) -> bool:
    """Is the subject before the verb at ``pos`` (in the clause from ``start``) an actor, a force,
    a weapon or an act ("Russia hit", "Russian drones have hit", "shells hit"; not "Russian
    exports hit", "the tariffs hit")? A clause with no subject before the verb may be armed."""
    head = last_outside_verb_group(text, start, pos)  # the verb group aside
    if head is None or head in armed_heads():
        return True
    actor = left_actor(text, start, pos, mentions)
    return actor is not None and all_verb_group(text, actor.end, pos)


def speaks(text: str, start: int, end: int) -> bool:
    """Is a reporting verb form in ``text[start:end]``?

    Asked from the same start (the subject) for each act of a long clause: the first form after
    the start is found once; only the last longest-form's length before ``end``, where the end
    can change what matches, is searched each time."""
    lowered = plain_lower(text)
    scanned = text if lowered is None else lowered
    near = start
    if end - start > _LONG_SPAN:  # a long clause: the first form after the subject, found once
        near = max(start, end - _longest_form())
        if _first_form(scanned, start, lowered is None) < near:
            return True
    pattern = _reporting_forms() if lowered is None else for_lowered(_reporting_forms())
    return pattern.search(scanned, near, end) is not None


#: Characters between subject and act beyond which the first form after the subject is found
#: once for all the acts of the clause, instead of searching the whole span for each.
_LONG_SPAN = 200


@lru_cache(maxsize=1)
def _longest_form() -> int:
    return max(map(len, reporting_forms()))


@document_cache(maxsize=64)
def _first_form(scanned: str, start: int, any_case: bool) -> int:
    """Where the first reporting verb form from ``start`` begins (the length if none)."""
    pattern = _reporting_forms() if any_case else for_lowered(_reporting_forms())
    found = pattern.search(scanned, start)
    return found.start() if found else len(scanned)


# "FARC dissidents in south-western Colombia (have captured)", "Malian troops backed by Russian
# forces (killed)": the actor after such a modifier is not the subject
_SUBJECT_MODIFIER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:in|from|near|along|inside|backed\s+by|supported\s+by|aided\s+by"
    r"|allied\s+with|loyal\s+to|linked\s+to)(?:\s+[\w-]+){0,2}?\s+", re.IGNORECASE)


# "near the Syrian border", "on Lebanese soil": a place, which acts on no one (but "Tajik
# border guards", "the Chinese coast guard" do)
_PLACE_NOUN = re.compile(r"\s+(?:border|frontier|side|territory|soil|waters|airspace|coast|shore)"
                        r"(?!\s+(?:guards?|police|forces|troops|units|service|patrols?|security))\b",
                        re.IGNORECASE)
# "on the Venezuelan side", "near the Syrian border": a place after a preposition; "The Indian
# side crossed the line" is the side itself
_AT_PLACE = re.compile(r"\b(?:on|in|at|near|from|across|along|inside|into|over|to|toward|towards"
                       r"|beyond|off)\s+(?:the\s+)?$", re.IGNORECASE)


def names_a_place(text: str, mention: Mention) -> bool:
    """Does ``mention`` name a place, not an actor ("positions near the Syrian border", "on the
    Venezuelan side of the river")?"""
    return _PLACE_NOUN.match(text, mention.end) is not None \
        and _AT_PLACE.search(text, max(0, mention.start - 12), mention.start) is not None


def left_actor(text: str, clause_start: int, pos: int, mentions: list[Mention]
                ) -> Mention | None:
    """The subject before ``pos``: the last actor named in the clause before it, or the one a
    modifier of the subject follows ("Malian troops backed by Russian forces killed");
    ``mentions`` are in text order."""
    left = last_two_before(mentions, clause_start, pos)
    if not left or speaks(text, left[-1].end, pos):
        return None
    if len(left) > 1 and _SUBJECT_MODIFIER.fullmatch(text, left[-2].end, left[-1].start):
        return left[-2]
    return left[-1]


_RELATIVE_PRONOUN = re.compile(r"(?:,\s*)?(?:that|which|who)\s*$", re.IGNORECASE)


def relative_antecedent(text: str, clause_start: int, pos: int,
                        mentions: list[Mention]) -> Mention | None:
    """The actor a relative clause with no subject of its own before ``pos`` is about: "Turkish
    F-16s that (violated)", "Russian forces, which had (shelled)"; the actor at most two words
    before the pronoun."""
    if not all_verb_group(text, clause_start, pos):
        return None
    pronoun = _RELATIVE_PRONOUN.search(text, max(0, clause_start - 8), clause_start)
    if pronoun is None:
        return None
    return next((m for m in reversed(mentions) if m.end <= pronoun.start()
                 and len(words(text, m.end, pronoun.start())) <= 2
                 and not re.search(r"[,;:.()]", text[m.end:pronoun.start()])), None)


def adjacent_actor(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """An actor named right before ``pos`` ("Azerbaijani shelling", "Armenia's attack")."""
    gap_start = pos  # the gap is white space, after "'s" or not
    while gap_start > 0 and text[gap_start - 1].isspace():
        gap_start -= 1
    return next((m for m in ending_between(mentions, gap_start - 2, pos) if m.end <= pos
                 and _POSSESSIVE_GAP.fullmatch(text, m.end, pos)), None)


@lru_cache(maxsize=1)
def _modifier_gap() -> re.Pattern[str]:
    """The gap between an actor and its act across weapon words: "Ukrainian drone (attack)"."""
    words = trie_regex(sorted({row[0].lower() for row in load_rows("weapon_modifiers")}))
    return re.compile(rf"(?:['’]s)?\s+(?:(?:{words})\s+){{1,2}}", re.IGNORECASE)


def modified_actor(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """An actor named before ``pos`` with one or two weapon words between ("Ukrainian drone
    attack", "Israeli air strikes")."""
    gap = _modifier_gap()
    return next((m for m in ending_between(mentions, pos - 39, pos) if m.end <= pos
                 and gap.fullmatch(text, m.end, pos)), None)


def first_actor(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in starting_between(mentions, start, end) if m.end <= end), None)


# "an attack by", "a large-scale offensive by the", "their incursion by": an act noun and "by"
_ACT_BY = re.compile(r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+by\s+(?:the\s+)?",
                     re.IGNORECASE)


def act_agent(text: str, pos: int, clause_end: int, mentions: list[Mention],
              act_nouns: frozenset[str]) -> Mention | None:
    """The actor who does the act that is the object at ``pos`` ("repelled an attack by the
    RSF": the RSF), when the object's noun is one of ``act_nouns``."""
    m = _ACT_BY.match(text, pos, clause_end)
    if m is None or m.group(1).lower() not in act_nouns:
        return None
    actor = first_actor(mentions, m.end(), clause_end)
    return actor if actor is not None and actor.start - m.end() <= 30 else None


def phrase_actor(text: str, head: tuple[str, int] | None, clause_end: int,
                  mentions: list[Mention], preps: frozenset[str], max_words: int = 6,
                  sides: frozenset[str] = frozenset()) -> Mention | None:
    """The actor in a phrase opened by one of ``preps``: ``head`` (:func:`head_word`), the word
    right after the predicate, found once per hit for all the phrases asked about; or the side
    whose place the phrase names ("strikes on towns in southern Lebanon"), see :func:`_place`."""
    if head is None or head[0] not in preps:
        return None
    after = head[1]
    actor = first_actor(mentions, after, clause_end)
    if actor is None:
        return None
    between = _place(words(text, after, actor.start), actor, sides)
    if len(between) > max_words or any(w in _OBJECT_STOP for w in between):
        return None
    return actor


def object_actor(text: str, pos: int, clause_end: int, mentions: list[Mention],
                  sides: frozenset[str] = frozenset()) -> Mention | None:
    """The first actor in the object right after an active verb (before any adjunct), or the
    side whose place the object is in ("shelled a border village in Russia's Kursk region")."""
    actor = first_actor(mentions, pos, clause_end)
    if actor is None:
        return None
    between = _place(words(text, pos, actor.start), actor, sides)
    if len(between) > 8 or any(w in _OBJECT_STOP for w in between):
        return None
    if "and" in between and _NEW_CLAUSE_VERB.match(text, actor.end):
        return None  # "overran the town of Palma and TotalEnergies suspended …": a new subject
    return actor


# a past tense right after an actor: it is the subject of a clause of its own
_NEW_CLAUSE_VERB = re.compile(r"\s+(?:has\s+|had\s+)?[a-z]+ed\b")

_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern "
    "southeastern southwestern north-eastern north-western south-eastern south-western".split()
)


def _place(between: list[str], actor: Mention, sides: frozenset[str]) -> list[str]:
    """``between`` (the words before ``actor``) without a closing "in (the) (southern)" when
    they are a short object in that side's land: "villages in southern Lebanon" are Lebanon's;
    not "men were held in" (an auxiliary), nor a third party's place."""
    n = len(between)
    k = n - 1 if n and between[-1] in _DIRECTIONS else n
    k = k - 1 if k and between[k - 1] == "the" else k
    if not (k and between[k - 1] == "in") or actor.actor not in sides:
        return between
    rest = between[:k - 1]
    if 1 <= len(rest) <= 7 and AUX.isdisjoint(rest):
        return rest
    return between


_NEXT_PREPOSITION = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(on|against|upon|at|with)\b",
                               re.IGNORECASE)


def after_phrase(text: str, pos: int, clause_end: int) -> tuple[str, int] | None:
    """The preposition (as :func:`head_word` gives it) at most two words after ``pos``: what follows
    a by-phrase's actor ("by Kestrian forces on …")."""
    m = _NEXT_PREPOSITION.match(text, pos, clause_end)
    return None if m is None else (m.group(1).lower(), m.end())


def head_word(text: str, pos: int, clause_end: int) -> tuple[str, int] | None:
    """The first word at ``pos`` (before ``clause_end``), lower-cased, and where it ends."""
    m = _FIRST_WORD.match(text, pos, clause_end)
    return None if m is None else (m.group(1).lower(), m.end())


# A verb whose object is an act its subject does, right before the act's noun (a few words
# between): "carried out air strikes", "launched a fresh offensive", "stepped up its shelling"
_SUPPORT_VERB = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?"
    r"|mount(?:s|ed|ing)?|stag(?:e|es|ed|ing)|wag(?:e|es|ed|ing)|step(?:s|ped|ping)?\s+up"
    r"|intensif(?:y|ies|ied|ying)|escalat(?:e|es|ed|ing)|commit(?:s|ted|ting)?)"
    r"((?:[\s“”\"‘]+[\w'’-]+){0,5}?)[\s“”\"‘]+$",  # quote marks too: 'a “massive strike” on'
    re.IGNORECASE,
)
#: "several rounds of air strikes", "a wave of attacks", "one of its largest drone attacks": an
#: "of" that keeps the act the object
_QUANTITY = frozenset("rounds round series wave waves barrage volley string spate dozens "
                      "hundreds campaign act acts one some several many most".split())


def _object_is_the_act(text: str, start: int, end: int) -> bool:
    """Are the words between a support verb and an act's noun its determiners and modifiers,
    not a phrase the act sits in ("launched an investigation into the attack")?"""
    between = words(text, start, end)
    return all(w not in PREPOSITIONS or (w == "of" and i and between[i - 1] in _QUANTITY)
               for i, w in enumerate(between))


# "the troop build-up was a clear threat to …", "poses a threat to": what is a threat makes it
_THREAT_COPULA = re.compile(r"\b(?:is|was|are|were|remains|remained|pos(?:e|es|ed|ing))"
                            r"((?:[\s“”\"‘]+[\w'’-]+){0,3}?)[\s“”\"‘]+$", re.IGNORECASE)


def support_verb_subject(text: str, clause_start: int, pos: int, mentions: list[Mention],
                         noun: str = "") -> Mention | None:
    """The subject of a support verb whose object is the act whose noun (``noun``) is at
    ``pos``: "Israel has carried out several rounds of air strikes on …" (not "launched an
    investigation into the attack"); of "is" or "poses" before a threat."""
    support = _SUPPORT_VERB.search(text, clause_start, pos)
    if support is None and noun.lower().startswith("threat"):
        support = _THREAT_COPULA.search(text, clause_start, pos)
    if support is None or not _object_is_the_act(text, support.start(1), pos):
        return None
    return left_actor(text, clause_start, support.start(), mentions)
