"""Resolve a speaker phrase ("He", "The ministry", "Security Council Secretary Armen Grigoryan")
to a side, using what the article said before it.

The resolver walks the article in order and remembers who spoke, so it must see statements in
text order. Rules, first match wins:

1. reciprocal acts ("accused each other") and "the two sides" / "both sides" (or governments,
   countries, capitals, armies, parties) → both sides;
2. a pronoun (he, she, they, it) → in a relative clause, the actor that opens its sentence
   ("Kestria released footage that it said showed …"); else the previous speaker (unknown after
   a named person or people of no side it agrees with: "Military analysts in Arvel noted …
   They said …"); with no speaker before it, the person the narrator introduced;
3. "the country's …" / "its …" → the side of the previous speaker (the country in context);
   "the group" (movement, organisation …) or what it owns, in or right after the sentence of a
   body named by its alias alone ("JNIM said …") → that body;
4. what a state organ or an armed group owns ("the movement's secretary general", "the Front's
   representative in Spain") → as in 7, before any place it names; the phrase names actors
   (aliases of sides or third parties): both sides joined ("Armenian and Azerbaijani
   officials") → both; the state's name before its rebels ("Syrian rebels") → the armed group;
   a private body or person it only qualifies or places ("the Sudan Doctors Network", "an
   analyst in Caracas") → unresolved; else the first ("Serbia's Office for Kosovo"); so does a
   relative clause right after the phrase ("…, which is run by the Houthis, said"); but a
   state or body only the gazetteer knows, named first ("The United States and France") →
   unresolved (:mod:`outsiders`), so is its "the ministry", and its "he" after a side's;
5. a surname already seen in a resolved speaker ("Michel said") → that speaker's side; a state
   medium ("KCNA said") → its state, when that state is an actor;
6. a definite institution ("the ministry") → the last speaker with the same head noun; so
   does a definite person with no office ("the diplomat" after "a Congolese diplomat");
7. where only one side is a state, an organ only a state has ("the military", "an army
   spokesman", "the president", "Defence Minister X", "police") → the state; against a state,
   what an armed group goes by ("the group", "the militants", "the Front") → the armed group;
   unless the actor named last
   before it is a third party of that kind ("Egypt closed the crossing. The army said …"; not the
   UN);
8. "the X" after an actor named by an alias of several words ending in X ("The coalition" after
   "the U.S.-led coalition") or right before X ("The experts" after "UN experts") → that actor;
   people with no office ("residents", "a teacher", "Ahmed Khalaf, 42") → unresolved;
9. a person or office with no alias ("Security Council Secretary Armen Grigoryan") → the actor
   named as where the report was given ("told a briefing in New Delhi") or where its sentence
   opens (a dateline, "ADDIS ABABA, Ethiopia (AP) — Prime Minister Dawit Alemu said"; "In
   Beijing, …"), else the actor of the speaker just before (in this sentence or the previous
   one; after a third party, the side of the article's dateline), else
   the first side named in the nearest of the ten sentences before it that names one;
10. otherwise unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from framing.attribution.group_noun import body_before, group_of_content
from framing.attribution.narrated import narrated_person_side
from framing.attribution.outsiders import names_outsider
from framing.attribution.report_place import (
    DEFINITE_NOUN,
    dateline_actor,
    named_before,
    place_named,
    side_in_context,
)
from framing.attribution.speaker_actors import (
    OWNER,
    Resolved,
    alias_only,
    both_named,
    fused_mentions,
    joins_both_sides,
    located_only,
    organ_side,
    qualifies_private_name,
    state_names_its_rebels,
    unknown_owner,
)
from framing.attribution.speaker_key import (
    heads_and_names,
    known_person,
    lone_name,
    person_name,
    phrase_key,
)
from framing.attribution.speaker_phrase import (
    BOTH_SIDES,
    is_government_office,
    is_international_body,
    names_armed_group,
    names_private_person,
    office_head,
    pronoun_agrees,
    speaker_head,
)
from framing.attribution.state_media import state_of_medium
from framing.model import BOTH, UNKNOWN, Sentence, SideSet

_PRONOUN = re.compile(r"he|she|they|it|the\s+(?:spokesman|spokeswoman|spokesperson)")
COUNTRY_CONTEXT = re.compile(r"(?:the\s+country['’]s|its)\b")
_FULL_NAME = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their)\s)"
                        r"[A-Z][^\W\d_A-Z]+\s+[A-Z][^\W\d_A-Z]+")
_AGED = re.compile(r",\s+\d{1,3}$")  # "Ahmed Khalaf, 42": news style for a private person
_DOCUMENT = re.compile(r"(?:the|this|that)\s+(?:joint\s+|written\s+)?(?:statement|communiqu[eé]"
                       r"|note|letter|declaration|pamphlet|press\s+release)")
_LOCAL_OFFICIALS = re.compile(r"\b(?:local|provincial|district|regional|municipal|county)\s+"
                              r"(?:government\s+)?(?:officials?|authorities|administrators?)\b",
                              re.IGNORECASE)


@dataclass
class SpeakerResolver:
    """Stateful: call :meth:`resolve` for each statement in text order."""

    text: str
    sides: SideSet
    sentences: list[Sentence]
    last_side: str | None = None
    #: the phrase of the last speaker, when it is a person or body of no side (a pronoun may be
    #: theirs)
    last_unknown: str | None = None
    #: the first speaker (not both sides) of the last sentence that had one: (sentence, actor)
    first_speaker: tuple[int, str] | None = None
    #: the sentence of the last resolved speaker (whose side is ``last_side``)
    last_at: int = -2
    #: the sentence and side of the last speaker, resolved or not
    last_spoken: tuple[int, str] | None = None
    #: the last speaker named by an actor's alias alone ("JNIM", "Human Rights Watch") or
    #: as "the group" after one: (sentence, actor, phrase)
    last_body: tuple[int, str, str] | None = None
    #: speaker noun ("ministry") → side of the last resolved speaker phrase containing it
    by_head: dict[str, str] = field(default_factory=dict)
    #: capitalised name ("Michel") → side of the last resolved speaker phrase containing it
    by_name: dict[str, str] = field(default_factory=dict)
    #: the key of the last speaker, and by surname and by institution noun (:meth:`key`)
    last_key: str = ""
    key_by_name: dict[str, str] = field(default_factory=dict)
    key_by_head: dict[str, str] = field(default_factory=dict)
    #: surnames of people already described as private ("Milo Danek, the baker")
    private_names: set[str] = field(default_factory=set)

    def resolve(self, phrase: str, sentence: int, reciprocal: bool = False,
                after_verb: tuple[int, int] | None = None,
                content_subject: str | None = None, quoted_by: str | None = None,
                run_by: str | None = None, private: bool = False,
                antecedent: str | None = None) -> Resolved:
        """The side of the speaker ``phrase`` in ``sentence``; ``after_verb``: the span of the
        text where the place of the report may be named ("told a briefing in New Delhi");
        ``content_subject``: the actor that opens the content, when the content came first
        ("Algeria recalled its ambassador, its foreign ministry said": "its" is Algeria);
        ``quoted_by``: the actor of the medium that quoted the speaker ("Iran's Tasnim news
        agency quoted an informed source as saying …"); ``run_by``: the actor a relative clause
        after the speaker names as running it ("…, which is run by the Houthis, said");
        ``private``: a clause after the speaker makes them a private person ("Irena Voss, whose
        son was among the eight, said"): no side; ``antecedent``: the phrase a pronoun speaker
        stands for, when its sentence says ("Kestria released footage that it said …"): the
        actor named at its start speaks."""
        phrase = phrase.strip()
        name = person_name(phrase) or lone_name(phrase)
        surname = name.split()[-1] if name else None
        stands_for = self._opening_actor(antecedent) if antecedent else None
        if private or surname in self.private_names:
            # "Ahmed Khalaf, 42, said …" and later "Khalaf said" or "Ahmed Khalaf said"
            result = Resolved(UNKNOWN, "unresolved", 0.0)
        else:
            result = self._resolve(phrase, sentence, reciprocal, after_verb, content_subject,
                                   quoted_by, run_by, stands_for)
            if result.side == UNKNOWN:  # "The statement" of no side's, an outsider's "ministry"
                result = Resolved(UNKNOWN, "unresolved", 0.0)
        if surname and result.side == UNKNOWN and (
                private or _AGED.search(phrase) or names_private_person(phrase)):
            self.private_names.add(surname)
        outsider = result.side == UNKNOWN and names_outsider(phrase, self.sides)
        # a pronoun may continue a speaker of no side: a person, not an office whose side was not
        # found ("the DGP"); an outsider after a side's speaker ("… He added"), not a third party's
        self.last_unknown = phrase if result.side == UNKNOWN and (
            names_private_person(phrase) or _FULL_NAME.search(phrase)
            or outsider and self.last_side in self.sides.side_ids) else None
        if outsider:  # its institution and names are no side's ("The ministry added …")
            self._remember(phrase, UNKNOWN, last=False)
        self.last_spoken = (sentence, result.side)
        if result.side != UNKNOWN:
            self._remember(phrase, result.side)
            if result.resolution == "group_before" \
                    or result.resolution == "named" and alias_only(phrase, self.sides):
                self.last_body = (sentence, result.side, phrase)
            self.last_at = sentence
            if result.side != BOTH and (self.first_speaker is None
                                        or self.first_speaker[0] != sentence):
                self.first_speaker = (sentence, result.side)
        result.key = self.key(antecedent if stands_for else phrase)
        return result

    def key(self, phrase: str) -> str:
        """Who speaks, as one key per speaker: a person's name ("Armen Grigoryan", also for a
        later "Grigoryan" and a "He" after him), else the phrase (:mod:`speaker_key`), or the
        key of the last speaker with the same institution noun ("the ministry")."""
        low = phrase.lower()
        if _PRONOUN.fullmatch(low) and self.last_key:
            return self.last_key
        name = person_name(phrase)
        head = office_head(phrase)
        lone = None if name else lone_name(phrase)
        if name:
            key = name
            self.key_by_name[name.split()[-1]] = name
        elif lone:  # "Varga", "Prime Minister Varga": the full name if the article gave it
            key = self.key_by_name.get(lone, lone)
        elif (head and head[1] == "institution" and head[0] in self.key_by_head
              and set(phrase_key(phrase).split()) <= set(self.key_by_head[head[0]].split())):
            key = self.key_by_head[head[0]]  # "the ministry", "the defense ministry"
        else:
            key = phrase_key(phrase)
        if head and head[1] == "institution":
            self.key_by_head[head[0]] = key
        self.last_key = key
        return key

    def _remember(self, phrase: str, side: str, last: bool = True) -> None:
        if last:
            self.last_side = side
        heads, names = heads_and_names(phrase)
        self.by_head.update(dict.fromkeys(heads, side))
        self.by_name.update(dict.fromkeys(names, side))

    def _resolve(self, phrase: str, sentence: int, reciprocal: bool,
                 after_verb: tuple[int, int] | None, content_subject: str | None,
                 quoted_by: str | None, run_by: str | None, stands_for: str | None) -> Resolved:
        low = phrase.lower()
        if reciprocal or BOTH_SIDES.fullmatch(low) or both_named(phrase, self.sides):
            return Resolved(BOTH, "reciprocal", 0.9)
        if _PRONOUN.fullmatch(low):
            if stands_for:
                return Resolved(stands_for, "pronoun", 0.8)
            if self.last_side and not self._continues_unknown(low):
                return Resolved(self.last_side, "pronoun", 0.8)
            person = None if self.last_spoken else narrated_person_side(
                self.text, self.sentences, sentence, self.sides)
            if person:  # "Valdoria's envoy met Kestrian officials … He said …", no one before
                return Resolved(person, "pronoun", 0.6)
            return Resolved(UNKNOWN, "unresolved", 0.0)
        if COUNTRY_CONTEXT.match(low):
            owner = content_subject or self._subject_before(sentence)
            if owner is None and self.last_unknown and self.last_spoken \
                    and self.last_spoken[0] >= sentence - 1:
                # "Doctors at the small hospital in Velka said … Its director said …": what
                # the speaker just before, of no side, named
                return Resolved(UNKNOWN, "unresolved", 0.0)
            owner = owner or self.last_side
            if owner:
                return Resolved(owner, "country_context", 0.75)
        if run_by is None and names_outsider(phrase, self.sides):
            return Resolved(UNKNOWN, "unresolved", 0.0)  # "The United States and France urged"
        last_spoke_at = self.last_spoken[0] if self.last_spoken else -1
        body = body_before(phrase, sentence, self.last_body, last_spoke_at, self.sides,
                           self.named_before)
        organ = organ_side(phrase, self.sides) if body is None else None
        if body is None and organ is None:  # "armed_group" first
            body = group_of_content(phrase, content_subject, self.sides)
        if body:  # "The group also claimed …", "the group's executive director", "a researcher
            # at the group" after "JNIM said"
            return Resolved(body, "group_before", 0.75)
        owned = OWNER.match(phrase)
        if organ and owned and not self.sides.phrase_mentions(owned.group(1)):
            return organ  # "the Front's representative in Spain": whose, not where
        mentions = self.sides.phrase_mentions(phrase) or fused_mentions(phrase, self.sides)
        plain = speaker_head(phrase)
        if mentions and (qualifies_private_name(phrase, mentions[0])
                         or plain and plain[1] == "private" and located_only(phrase, mentions)):
            return Resolved(UNKNOWN, "unresolved", 0.0)
        if mentions:
            if joins_both_sides(phrase, mentions, self.sides.side_ids):
                return Resolved(BOTH, "named", 0.9)
            rebels = state_names_its_rebels(phrase, mentions[0], self.sides)
            if rebels:
                return Resolved(rebels, "armed_group", 0.8)
            return Resolved(mentions[0].actor, "named", 0.95)
        if run_by:
            return Resolved(run_by, "named", 0.9)
        medium = state_of_medium(phrase, self.sides)
        if medium:  # "KCNA said", "the official Xinhua news agency said"
            return Resolved(medium, "state_media", 0.85)
        person = known_person(phrase, self.by_name)
        if person:
            return Resolved(person, "named", 0.85)
        if quoted_by:
            return Resolved(quoted_by, "quoted_by", 0.7)
        head = office_head(phrase)  # not "residents", "a fertilizer maker"
        if head and head[1] == "institution" and low.startswith("the ") and head[0] in self.by_head:
            return Resolved(self.by_head[head[0]], "institution", 0.8)
        if plain and plain[1] == "private" and plain[0] in self.by_head \
                and DEFINITE_NOUN.fullmatch(phrase) and not names_armed_group(phrase):
            # "the diplomat added" after "said a Congolese diplomat"
            return Resolved(self.by_head[plain[0]], "same_noun", 0.75)
        if _DOCUMENT.fullmatch(low) and self.last_spoken and sentence - self.last_spoken[0] <= 1:
            # "…, the two countries' security services said in a joint statement. The statement
            # said …": the document of the speaker just before, also one of no known side
            return Resolved(self.last_spoken[1], "previous_speaker", 0.7)
        if organ:
            # "Hamas fired rockets … Most were intercepted, the military said": not Hamas; but
            # "Egypt closed the crossing. The army said …": Egypt's (a state's, like the organ)
            actor = side_in_context(self.text, self.sentences, sentence, self.sides, True)
            owner = self.sides.get(actor) if actor else None
            kind = "state" if organ.resolution == "state" else "non_state"
            if owner is None or owner.id in self.sides.side_ids or owner.kind != kind \
                    or self._home == organ.side:
                return organ  # (an article filed from the state: "MAIDUGURI, Nigeria (AP) —")
        named = self.named_before(phrase, sentence)
        if named:  # "The coalition said …" after "the U.S.-led coalition"
            return Resolved(named, "named_before", 0.8)
        if plain and plain[1] == "private" or _AGED.search(phrase):
            # "Amna Osman, a 43-year-old teacher", "two diplomats in Yangon", "Ahmed Khalaf, 42":
            # a person with no office speaks for no side the context names (a side in the
            # phrase is `named`)
            return Resolved(UNKNOWN, "unresolved", 0.0)
        if head or _FULL_NAME.search(phrase):
            # an institution with no earlier speaker may belong to a third party ("Egypt closed
            # the crossing. The foreign ministry said …"); an unnamed official, to a side
            any_actor = bool(head) and head[1] == "institution"
            if any_actor and (unknown_owner(phrase, head[0]) or is_international_body(head[0])):
                # "Gaza's health ministry"; "The European Union" (a union of states: no alias
                # named it, and it is no office of the actor named before it)
                return Resolved(UNKNOWN, "unresolved", 0.0)
            place = place_named(self.text, after_verb, self.sides) if after_verb else None
            if place:  # "Foreign Secretary Vikram Misri told a briefing in New Delhi"
                return Resolved(place, "place", 0.7)
            place = dateline_actor(self.text, self.sentences, sentence, self.sides, any_actor)
            if place:  # "ADDIS ABABA, Ethiopia (AP) — Prime Minister Dawit Alemu said"
                return Resolved(place, "place", 0.65)
            if self.sides.state_side() is None and _LOCAL_OFFICIALS.search(phrase):
                # "Local officials said …" speak for whoever holds their town: between two
                # states, neither the speaker before nor the side named last tells which
                return Resolved(UNKNOWN, "unresolved", 0.0)
            previous = self._previous_speaker(sentence)
            if previous:
                # "The State Department urged Armenia and Azerbaijan … Spokesperson Dana
                # Whitcomb said …": the office of the speaker just before, not a side it named;
                # but after a third party's words, a side the article is filed from ("ISLAMABAD
                # (Reuters) - … China's embassy urged … Interior Ministry spokesman X said")
                if self._home and previous not in self.sides.side_ids:
                    return Resolved(self._home, "place", 0.6)
                return self._officials_state(phrase, head, previous) \
                    or Resolved(previous, "previous_speaker", 0.6)
            side = side_in_context(self.text, self.sentences, sentence, self.sides, any_actor)
            if side:
                return self._officials_state(phrase, head, side) \
                    or Resolved(side, "title", 0.6)
            state = self.sides.state_side()
            if state and _LOCAL_OFFICIALS.search(phrase):
                # "according to local officials", "provincial officials said": the state's
                # administration, against an armed group
                return Resolved(state, "state", 0.6)
        return Resolved(UNKNOWN, "unresolved", 0.0)

    def _continues_unknown(self, pronoun: str) -> bool:
        """Does ``pronoun`` continue the last speaker, one of no side: a named person ("Oskar
        Lind, an energy analyst, said … He said …") or people it agrees with ("Military analysts
        in Arvel noted … They said …")?"""
        last = self.last_unknown
        return last is not None and (bool(_FULL_NAME.search(last)) or pronoun_agrees(pronoun, last))

    def _opening_actor(self, phrase: str) -> str | None:
        """The actor named at the start of ``phrase`` ("Kestria", "The Kestrian army")."""
        first = next(iter(self.sides.phrase_mentions(phrase)), None)
        return first.actor if first is not None and first.start <= 4 else None

    def _officials_state(self, phrase: str, head: tuple[str, str] | None, near: str
                         ) -> Resolved | None:
        """The state, for a government office ("The information minister", "intelligence
        officials") that context would give the armed group that spoke or was named just
        before: rebels have spokesmen and commanders, states have ministers and officers. Not
        "the official" alone, which refers back to a speaker ("a senior official of the Islamist
        group told Reuters … “…,” the official said")."""
        state = self.sides.state_side()
        if state is None or head is None or not is_government_office(head[0]) \
                or near == state or near not in self.sides.side_ids \
                or DEFINITE_NOUN.fullmatch(phrase.split(",", 1)[0]):
            return None
        return Resolved(state, "state", 0.6)

    def named_before(self, phrase: str, sentence: int) -> str | None:
        """The actor an earlier sentence named so that "the X" of ``phrase`` refers to it
        (:func:`~framing.attribution.report_place.named_before`)."""
        return named_before(self.text, self.sentences, self.sides, phrase, sentence)

    def _subject_before(self, sentence: int) -> str | None:
        """The first actor named in the sentence before, when no one spoke there ("The CSTO
        has declined to intervene. Its secretary general said …"); no side's for an outsider."""
        if sentence < 1 or self.last_at == sentence - 1:
            return None
        s = self.text[self.sentences[sentence - 1].start:self.sentences[sentence - 1].end]
        return UNKNOWN if names_outsider(s, self.sides) else self.sides.actor_of(s)

    def _previous_speaker(self, sentence: int) -> str | None:
        """The actor of the first speaker (not both sides) of this sentence or the one before
        ("The State Department urged …, after the two neighbors traded accusations …")."""
        first = self.first_speaker
        return first[1] if first is not None and sentence - first[0] <= 1 else None

    @cached_property
    def _home(self) -> str | None:
        """The side named in the article's dateline: where it is filed from."""
        return dateline_actor(self.text, self.sentences, 0, self.sides, any_actor=False)
