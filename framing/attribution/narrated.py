"""People the narrator introduces before anyone speaks ("Valdoria's envoy met Kestrian officials
in Geneva on Thursday. He said …"): whose side a later "he" or "she" speaks for."""

from __future__ import annotations

import re

from framing.attribution.speaker_phrase import speaker_head
from framing.model import Sentence, SideSet
from framing.text.tokenize import tokenize
from framing.text.word_class import VERB, penn_tag, word_classes

# a person's name ("Adm. Luis Ochoa Briceño", "Abdullah al-Qahtani"), not "The boy"
_NAME = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][^\W\d_]+\s+"
                   r"(?:[a-z]{2,3}-)?[A-Z][^\W\d_]+")
_AGED = re.compile(r",\s+\d{1,3}\b")
#: how many sentences back the person may have been introduced
LOOK_BACK = 3


def subject_before_verb(text: str, start: int, end: int) -> str:
    """The words of ``text[start:end]`` before its first finite verb (its subject, roughly)."""
    span = subject_span(text, start, end)
    return text[span[0]:span[1]] if span else ""


def subject_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the words of ``text[start:end]`` before its first finite verb are (its subject,
    roughly); None when it has no such verb or nothing before it."""
    tokens = [t for t in tokenize(text, start, end) if t.text[:1].isalnum()]
    classes = word_classes([t.text for t in tokens])
    for token, cls in zip(tokens, classes, strict=True):
        if cls == VERB and penn_tag(token.text) != "VBG":
            words = text[start:token.start]
            lead, stripped = len(words) - len(words.lstrip()), words.strip()
            return (start + lead, start + lead + len(stripped)) if stripped else None
    return None


def narrated_person_side(text: str, sentences: list[Sentence], sentence: int,
                         sides: SideSet) -> str | None:
    """The actor first named in the nearest of the :data:`LOOK_BACK` sentences before
    ``sentence`` whose subject is a person with an office or a name ("Valdoria's envoy met …",
    "Adm. Luis Ochoa Briceño took the oath … in Venezuela's Bolívar state"); None when that
    person has no office ("Ahmed Khalaf, a farmer, …", "Ahmed Khalaf, 42, …")."""
    for s in reversed(sentences[max(0, sentence - LOOK_BACK):sentence]):
        subject = subject_before_verb(text, s.start, s.end)
        head = speaker_head(subject) if subject else None
        if head and head[1] == "private" or _AGED.search(subject):
            return None
        if head and head[1] == "person" or _NAME.search(subject):
            return sides.actor_of(text, s.start, s.end)
    return None
