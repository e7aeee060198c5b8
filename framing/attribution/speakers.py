"""Resolve a speaker phrase ("He", "The ministry", "Security Council Secretary Armen Grigoryan")
to a side, using what the article said before it.

The resolver walks the article in order and remembers who spoke, so it must see statements in
text order. Rules, first match wins:

1. reciprocal acts ("accused each other") and "the two sides" / "both sides" → both sides;
2. a pronoun (he, she, they, it) → the previous speaker;
3. "the country's …" / "its …" → the side of the previous speaker (the country in context);
4. the phrase names actors (aliases of sides or third parties): both sides → both; else the first;
5. a surname already seen in a resolved speaker ("Michel said") → that speaker's side;
6. a definite institution ("the ministry") → the last speaker with the same head noun;
7. a person or office with no alias ("Security Council Secretary Armen Grigoryan") → the first
   side named in the nearest sentence before it that names one;
8. otherwise unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from framing.attribution.patterns import speaker_head
from framing.model import BOTH, UNKNOWN, Sentence, SideSet

_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "Its", "Their", "Both"})


@dataclass
class Resolved:
    side: str
    resolution: str
    confidence: float


@dataclass
class _Spoken:
    phrase: str
    side: str


@dataclass
class SpeakerResolver:
    """Stateful: call :meth:`resolve` for each statement in text order."""

    text: str
    sides: SideSet
    sentences: list[Sentence]
    history: list[_Spoken] = field(default_factory=list)

    def resolve(self, phrase: str, sentence: int, reciprocal: bool = False) -> Resolved:
        result = self._resolve(phrase.strip(), sentence, reciprocal)
        if result.side != UNKNOWN:
            self.history.append(_Spoken(phrase.strip(), result.side))
        return result

    def _resolve(self, phrase: str, sentence: int, reciprocal: bool) -> Resolved:
        low = phrase.lower()
        if reciprocal or re.fullmatch(r"(?:the\s+)?(?:two|both)\s+sides", low):
            return Resolved(BOTH, "reciprocal", 0.9)
        if re.fullmatch(r"he|she|they|it|the\s+(?:spokesman|spokeswoman|spokesperson)", low):
            if self.history:
                return Resolved(self.history[-1].side, "pronoun", 0.8)
            return Resolved(UNKNOWN, "unresolved", 0.0)
        if re.match(r"(?:the\s+country['’]s|its)\b", low) and self.history:
            side = self.history[-1].side
            return Resolved(side, "country_context", 0.75)
        actors = []
        for m in self.sides.mentions(phrase):
            if m.actor not in actors:
                actors.append(m.actor)
        if actors:
            if set(self.sides.side_ids) <= set(actors):
                return Resolved(BOTH, "named", 0.9)
            return Resolved(actors[0], "named", 0.95)
        person = self._known_person(phrase)
        if person:
            return Resolved(person, "named", 0.85)
        head = speaker_head(phrase)
        if head and head[1] == "institution" and low.startswith("the "):
            for spoken in reversed(self.history):
                if head[0] in spoken.phrase.lower():
                    return Resolved(spoken.side, "institution", 0.8)
        if head or re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", phrase):
            side = self._side_in_context(sentence)
            if side:
                return Resolved(side, "title", 0.6)
        return Resolved(UNKNOWN, "unresolved", 0.0)

    def _known_person(self, phrase: str) -> str | None:
        if speaker_head(phrase):  # an office or institution, not a bare name
            return None
        names = [n for n in re.findall(r"\b[A-Z][a-z]{2,}\b", phrase) if n not in _NOT_NAMES]
        if not names:
            return None
        surname = names[-1]
        for spoken in reversed(self.history):
            if re.search(rf"\b{re.escape(surname)}\b", spoken.phrase):
                return spoken.side
        return None

    def _side_in_context(self, sentence: int) -> str | None:
        for s in reversed(self.sentences[:sentence]):
            for m in self.sides.mentions(self.text, s.start, s.end):
                if m.actor in self.sides.side_ids:
                    return m.actor
        return None
