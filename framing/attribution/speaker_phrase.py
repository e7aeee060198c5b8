"""Is a phrase before a reporting verb someone speaking? Speaker nouns and the plausibility test.

"The ministry said" and "Security Council Secretary Armen Grigoryan said" have speakers; "the
conflict, which has claimed", "the monitors' report", "Fire at the depot after reported drone
strike" and "the agency could not independently (confirm)" do not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lexicons import load_rows
from framing.text.word_class import DETERMINERS, part_of_a_name, penn_tag

_FINITE_VERB = frozenset(("VBD", "VBZ", "VBP"))

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_RELATIVE = re.compile(r"\b(?:which|that|who|whom|whose|what)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_THE_NAME = re.compile(r"the\s+[A-Z]")
_NAME_RE = re.compile(r"\b[A-Z][^\W\d_A-Z]+(?:[-'][A-Z]?[^\W\d_A-Z]+)?\s+[A-Z][^\W\d_A-Z]+")
#: A joint speaker: "the two sides", "both governments" (lower-case text).
BOTH_SIDES = re.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:warring\s+|rival\s+|opposing\s+|negotiating\s+)?"
    r"(?:sides|governments|countries|capitals|armies|militaries|parties|neighbou?rs|nations"
    r"|delegations|panels|teams|leaders|presidents|(?:foreign|defen[cs]e)\s+ministers)"
    # "the two countries’ security services"
    r"(?:['’]\s+(?:[\w-]+\s+){0,2}[\w-]+)?"
    # "officials on both sides", "military officials from both countries"
    r"|(?:[\w-]+\s+){0,2}(?:officials|sources|commanders|diplomats)\s+(?:on|from)\s+both\s+"
    r"(?:sides|countries)")
_GENERIC_SUBJECT = re.compile(rf"^(?:{BOTH_SIDES.pattern})$|^(?:he|she|they|we|it)$", re.I)
# a subject never ends with a preposition: "… after reported drone strike", "… amid claims"
_PREPOSITIONS = frozenset({"after", "amid", "amidst", "despite", "following", "over", "of", "on",
                           "in", "at", "for", "with", "from", "into", "about", "against", "to",
                           "without", "by", "before", "during"})
# "urged Baku and Yerevan to show restraint and (said)": a clause, not a speaker
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
# "the monitors' report", "the ministry's report": a possessive makes the word after it a noun
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$", re.IGNORECASE)
# "Continental Wire could not independently (confirm)": a negated act reports nothing
# "There was no immediate (comment)", "no (word)": the verb form is a noun, no one speaks
_NO_ONE = re.compile(r"^there\s+(?:is|was|were|are|has\s+been|have\s+been)\b|\bno(?:\s+\w+)?$"
                     r"|^(?:neither|either)$"  # "Neither claim could be verified"
                     r"|^no(?:body|\s+(?:one|group|party|side|faction|organisation|organization))\b",
                     re.IGNORECASE)
# "the Iran-backed group": the backer is named, the group is not
_BACKED = re.compile(r"\w-(?:backed|aligned|allied|linked)$")
_NEGATED = re.compile(r"\b(?:not|never|n['’]t)(?:\s+[a-z]+ly)?$", re.IGNORECASE)
# "Reuters could not independently verify battlefield (reports)": a modal and its verb make a
# clause, whatever noun ends it
# "…, said the fighters also captured a soldier": an adverb before a past form makes a clause
_ADVERB_VERB = re.compile(r"\b(?:also|then|later|allegedly)\s+[a-z]+ed\b")
_MODAL_VERB = re.compile(r"\b(?:could|would|can|cannot|should|did|does|do|will)\s+"
                         r"(?:not\s+|never\s+)?(?:[a-z]+ly\s+)?[a-z]+\s")


@lru_cache(maxsize=1)
def _speaker_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("speaker_nouns")}


@lru_cache(maxsize=4)
def _organs(organ: str) -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("speaker_nouns") if row[2:3] == (organ,))


@lru_cache(maxsize=1)
def _armed_group_modifiers() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("armed_group_modifiers"))


@lru_cache(maxsize=2048)
def speaker_head(phrase: str) -> tuple[str, str] | None:
    """The last speaker noun in ``phrase`` and its kind ("institution", "person" or
    "private"), if any."""
    nouns = _speaker_nouns()
    words = [w.lower() for w in _LATIN_WORD.findall(phrase)]
    for i in range(len(words) - 1, -1, -1):
        for noun in (" ".join(words[i - 1:i + 1]) if i else "", words[i]):  # "air force"
            kind = nouns.get(noun)
            if kind:
                return noun, kind
    return None


def office_head(phrase: str) -> tuple[str, str] | None:
    """:func:`speaker_head` when it names an office or institution; None for none and for
    people and firms without an office ("residents", "a fertilizer maker"), whose noun makes
    them plausible speakers but says nothing of whom they speak for."""
    head = speaker_head(phrase)
    return head if head is not None and head[1] != "private" else None


def names_private_person(phrase: str) -> bool:
    """Is the head of ``phrase`` a word for people with no office or a private body ("a
    farmer", "son", "residents")?"""
    head = speaker_head(phrase)
    return head is not None and head[1] == "private"


def names_private_body(phrase: str) -> bool:
    """Is the head of ``phrase`` a word for people or a private body ("doctors", "network",
    "observatory"), not what an armed group goes by ("front", "movement")?"""
    head = speaker_head(phrase)
    return head is not None and head[1] == "private" and head[0] not in _organs("non_state")


def is_government_office(noun: str) -> bool:
    """Is the speaker noun ``noun`` an office a government has ("minister", "officials",
    "officer"): a person's office only a state has, or one armed groups rarely name? (Not an
    institution: "The Ridge Army" is no state's.)"""
    return noun in _organs("government") or (
        noun in _organs("state") and _speaker_nouns().get(noun) == "person")


def is_international_body(noun: str) -> bool:
    """Is ``noun`` a body of several states ("union", "bloc": organ ``international``)?"""
    return noun in _organs("international")


def names_state_organ(phrase: str) -> bool:
    """Does ``phrase`` name an organ only a state has ("the military", "an army spokesman",
    "the president")? Not as part of a proper name ("the Arakan Army", "Free Syrian Army")."""
    organs = _organs("state")
    previous = ""
    for word in _LATIN_WORD.findall(phrase):
        # "the Arakan Army", "the Ridge Army" name groups; "Defence Minister" is an office
        # ("the Anambra State Police Command" is police all the same)
        proper = part_of_a_name(previous) and _speaker_nouns().get(word.lower()) != "person" \
            and word.lower() != "police"
        if (word.lower() in organs and not proper
                or f"{previous.lower()} {word.lower()}" in organs):  # "the air force"
            return True
        previous = word
    return False


def names_armed_group(phrase: str) -> bool:
    """Is ``phrase`` what an armed group goes by: "the group", "the militant group", "the
    Iran-backed movement", not "a rights group" or "the protest movement"?"""
    *before, last = phrase.lower().split() or [""]
    if last.strip(",.") not in _organs("non_state"):
        return False
    modifiers = _armed_group_modifiers()
    return all(w in DETERMINERS or w in modifiers or _BACKED.search(w) for w in before)


# where the head of a speaker phrase ends: "Doctors at the small hospital", "analysts in Arvel"
_AFTER_HEAD = re.compile(r",|\s+(?:of|at|in|from|with|for|on|near|across|who|which|that|whose)\b",
                         re.IGNORECASE)
_PLURAL_HEADS = frozenset(("police", "people"))


def pronoun_agrees(pronoun: str, phrase: str) -> bool:
    """Can ``pronoun`` stand for the speaker ``phrase``: "they" for a plural head ("Military
    analysts in Arvel", "Doctors at the small hospital"), "he", "she" or "it" for a singular
    one?"""
    cut = _AFTER_HEAD.search(phrase)
    words = phrase[:cut.start() if cut else len(phrase)].split()
    head = words[-1].lower() if words else ""
    plural = head in _PLURAL_HEADS or penn_tag(head) in ("NNS", "NNPS")
    return plural == (pronoun.lower() == "they")


@lru_cache(maxsize=4096)
def plausible_speaker(phrase: str) -> bool:
    """Could ``phrase`` be who is speaking (not "the conflict, which has" before "claimed")?
    People may carry a short relative clause: "officials who spoke on condition of anonymity"."""
    p = without_anonymity(phrase.strip())
    who = _WHO.search(p)
    if who and "," not in p:
        return len(p[who.end():].split()) <= 8 and _plausible_head(p[:who.start()])
    return _plausible_head(p)


_WHO = re.compile(r"\s+who\s+", re.IGNORECASE)
# "A Pakistani diplomat who asked not to be named because he was not authorised to speak to the
# media": the formula of anonymity may be long, and says nothing of whom the speaker speaks for
_ANONYMITY = re.compile(
    r"\s+who\s+(?:asked|requested|spoke|declined|(?:was|were|is|are)\s+not)\b[^,;]*?"
    r"\b(?:named|identified|anonymity|authori[sz]ed|publicly)\b[^,;]*$", re.IGNORECASE)


def without_anonymity(phrase: str) -> str:
    """``phrase`` without a relative clause asking for anonymity at its end."""
    m = _ANONYMITY.search(phrase)
    last = phrase.split()[-1].lower() if phrase.split() else ""
    if m is None or last in _PREPOSITIONS or last in DETERMINERS:
        return phrase  # "… not authorised to (speak)": the clause goes on
    return phrase[:m.start()]


def _plausible_head(p: str) -> bool:
    p = p.strip()
    if not p:
        return False
    last = p.split()[-1]
    if (last.lower() in DETERMINERS or last.lower() in _PREPOSITIONS
            or last.lower() in _CONJUNCTIONS or _POSSESSIVE.search(last)):
        return False
    if last.islower() and penn_tag(last) in _FINITE_VERB:
        return False  # "…, said the rebels retreated": a clause, not who spoke
    if (_RELATIVE.search(p) or _NEGATED.search(p) or _NO_ONE.search(p) or _MODAL_VERB.search(p)
            or _ADVERB_VERB.search(p)):
        return False
    if _GENERIC_SUBJECT.match(p) or speaker_head(p):
        return True
    # "the UN", "the ICRC", "the Pentagon", "the Kremlin"
    if _NAME_RE.search(p) or p[:1].isupper() or _ACRONYM.search(p) or _THE_NAME.match(p):
        return True
    return False


# What opens no subject: a preposition or a subordinator ("In a Valley Both Sides Claim, …",
# "Where Both Sides Claim Victory, …")
_NO_SUBJECT_OPENERS = _PREPOSITIONS | frozenset({
    "as", "where", "when", "while", "why", "how", "what", "if", "because", "since", "until",
    "across", "under", "near", "inside", "behind", "between", "through", "beyond", "among"})
# A word that opens a second noun phrase after a noun: "a Valley Both Sides", "The Land They"
_SECOND_PHRASE = frozenset({"a", "an", "the", "this", "that", "these", "those", "both", "they",
                            "we", "he", "she", "it"})
_LINKS = _PREPOSITIONS | _CONJUNCTIONS | DETERMINERS


def headline_subject(phrase: str) -> bool:
    """Could ``phrase``, the words before a capitalised verb form in a Title Case headline, be
    its subject? Capitals tell nothing there ("In a Valley Both Sides Claim, a War Nobody
    Expected" is a noun and its relative clause, not a claim), so the words must: a subject
    opens with no preposition or subordinator, and no second noun phrase follows its noun ("a
    Valley Both Sides", "The Land They"; not "Kestria and Arvel Both", "Head of the UN")."""
    words = phrase.lower().split()
    if not words or words[0] in _NO_SUBJECT_OPENERS:
        return False
    for before, word in zip(words, words[1:], strict=False):
        if word in _SECOND_PHRASE and before not in _LINKS and not (
                word == "both" and "and" in words):
            return False
    return True
