"""Where a report was given or filed, and the actors named around a speaker: for speakers whose
phrase names no actor ("Foreign Secretary Vikram Misri told a briefing in New Delhi",
"ADDIS ABABA, Ethiopia (AP) — Prime Minister Dawit Alemu said", "The coalition said" after "the
U.S.-led coalition")."""

from __future__ import annotations

import re

from framing.attribution.adverbials import DATELINE
from framing.model import Sentence, SideSet

# "In Beijing, …", "From Kyiv, …": where the sentence's report was given
_OPENING_PLACE = re.compile(r"\s*(?:In|From)\s+(?:[A-Z][\w'’.-]*\s*){1,3},")
# "told a briefing in New Delhi (that)", "said in Kyiv", "speaking from Moscow"
_AT_PLACE = re.compile(r"\b(?:in|from)\s+$")
#: how many sentences back the context of a speaker is read
CONTEXT = 10


def place_named(text: str, span: tuple[int, int], sides: SideSet) -> str | None:
    """The actor named as where a report was given: "in/from <alias>" inside ``span``."""
    start, end = span
    for m in sides.mentions(text, start, end):
        if _AT_PLACE.search(text, max(start, m.start - 6), m.start):
            return m.actor
    return None


def dateline_actor(text: str, sentences: list[Sentence], sentence: int, sides: SideSet,
                   any_actor: bool) -> str | None:
    """The actor named in the dateline opening ``sentence`` (a side, unless ``any_actor``), or
    in a place phrase opening it ("In Beijing, Foreign Ministry spokesman X said": any actor)."""
    if not 0 <= sentence < len(sentences):
        return None
    s = sentences[sentence]
    opening = DATELINE.match(text, s.start, s.end)
    if opening is None:
        opening, any_actor = _OPENING_PLACE.match(text, s.start, s.end), True
    if opening is None:
        return None
    return next((m.actor for m in sides.mentions(text, s.start, opening.end())
                 if any_actor or m.actor in sides.side_ids), None)


def side_in_context(text: str, sentences: list[Sentence], sentence: int, sides: SideSet,
                    any_actor: bool = False) -> str | None:
    """The first side (any actor, with ``any_actor``) named in the nearest of the
    :data:`CONTEXT` sentences before ``sentence`` that names one."""
    for s in reversed(sentences[max(0, sentence - CONTEXT):sentence]):
        for m in sides.mentions(text, s.start, s.end):
            if any_actor or m.actor in sides.side_ids:
                return m.actor
    return None


#: "the X": a definite noun phrase of one word
DEFINITE_NOUN = re.compile(r"the\s+([a-z][\w-]+)", re.IGNORECASE)


def named_before(text: str, sentences: list[Sentence], sides: SideSet, phrase: str,
                 sentence: int) -> str | None:
    """The actor named before ``sentence`` by an alias of several words that ends in the noun
    of ``phrase``, "the X" ("The coalition" after "the U.S.-led coalition"), or right before
    that noun ("The experts said" after "a report by UN experts")."""
    m = DEFINITE_NOUN.fullmatch(phrase)
    if m is None or not 0 < sentence < len(sentences):
        return None
    noun = m.group(1).lower()
    modified = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b",
                          re.IGNORECASE)
    end = sentences[sentence].start
    while end > 0 and text[end - 1].isspace():
        # the same mentions (none ends in white space), but a span ending at a word's start is
        # scanned again on its own: the whole text before, for each speaker
        end -= 1
    for mention in reversed(sides.mentions(text, 0, end)):
        words = mention.alias.split()
        if len(words) > 1 and words[-1].lower() == noun \
                or modified.match(text, mention.end, mention.end + 60):
            # "the U.S.-led coalition", "a report by UN experts" before "The experts said"
            return mention.actor
    return None
