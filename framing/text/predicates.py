"""Hostile, violent, harm and cooperative predicates with their agent and target actors.

A POS-free heuristic over the shipped ``hostile_predicates`` lexicon: a predicate is found by its
surface forms, its *voice* is guessed from the words around it (:mod:`predicates_voice`), and its
agent and target are the actor mentions (:meth:`SideSet.mentions`) in the same clause:

- active ("Armenian troops attacked Azerbaijani positions"): agent = nearest actor to the left,
  target = first actor in the object right after the verb;
- passive ("servicemen had been captured by the Azerbaijani army"): target = nearest actor to the
  left, agent = the ``by`` phrase; reduced passives ("soldiers killed in clashes") count as passive;
- nominal ("an attack by X", "an attack on X", "Azerbaijani aggression", "shelling of X").

Verbs whose lexicon row says ``obj=required`` count only with an object or in a full passive
("burned our villages", "homes were burned"; not "a fire burned for hours").

Clauses end at punctuation (, ; : brackets, dashes) and at clause words (that, which, while, but …).
A mention followed by a reporting verb before the predicate is the speaker, never the agent.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from operator import attrgetter, itemgetter

from framing.model import Mention, SideSet
from framing.text.alias_pattern import first_letter_split, plain_lower
from framing.text.clause_words import first_words, last_words
from framing.text.joined_actors import any_joined, joined_actors
from framing.text.mention_search import MentionList, starting_between
from framing.text.predicate_actors import (
    act_agent,
    actor_mentions,
    adjacent_actor,
    after_phrase,
    armed_subject,
    first_actor,
    head_word,
    left_actor,
    modified_actor,
    names_a_place,
    object_actor,
    phrase_actor,
    relative_antecedent,
    speaks,
    support_verb_subject,
    words,
)
from framing.text.predicate_lexicon import (
    PredicateEntry,
    act_nouns,
    entry_of,
    scan,
)
from framing.text.predicates_voice import negated, plural_subject, predicate_voice, with_object
from framing.text.shared_agents import participle_agents, share_coordinated

_INSTRUMENT = re.compile(r"\b(?:using|used|uses|use|deploying|with)\s+(?:the\s+|its\s+|their\s+)?$",
                         re.IGNORECASE)
_TO_ACT = re.compile(r"(?:\s+[\w-]+){0,2}\s+to\s+(?:[a-z]+ly\s+)?")
_TARGET_PREPS = frozenset("on against upon at to".split())
_COOPERATION_PREPS = _TARGET_PREPS | {"with"}
_OF, _BY, _BY_FROM, _AMONG = (frozenset(w.split()) for w in ("of", "by", "by from", "among"))
_CLAUSE_WORDS = ("that", "which", "who", "whom", "whose", "while", "whereas", "but", "because",
                 "although", "though", "when", "adding", "saying")
_BREAKS = re.escape(";:()[]–—!?")  # (inside a character class)
# a comma or point between digits ("1,000 targets", "2.5 km") bounds nothing
_BOUNDARY = re.compile(rf"(?<!\d)[,.]|[,.](?!\d)|[{_BREAKS}]|\b(?:{'|'.join(_CLAUSE_WORDS)})\b",
                       re.IGNORECASE)


def _lowered_boundary() -> re.Pattern[str]:
    """:data:`_BOUNDARY` for lower-cased text, written to open with one character class (a
    punctuation mark or a clause word's first letter, :func:`first_letter_split`) that the regex
    engine skips to, instead of trying every branch at every offset: the same matches."""
    letters, words = first_letter_split(_CLAUSE_WORDS)
    return re.compile(rf"[,.{_BREAKS}{letters}]"
                      rf"(?:(?<=[{_BREAKS}])|(?<=[,.])(?:(?<!\d.)|(?!\d))|(?<!\w.)(?:{words})\b)")


_LOWERED_BOUNDARY = _lowered_boundary()
_START = attrgetter("start")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]")  # not the points of "U.S.-led"
@dataclass
class PredicateHit:
    """One predicate found in the text, with the actors it involves.

    ``voice`` is ``active``, ``passive`` or ``nominal``; ``agent``/``target`` are actor ids (or
    None) and ``agent_span``/``target_span`` the mentions they rest on.
    """

    lemma: str
    category: str
    start: int
    end: int
    text: str
    voice: str
    agent: str | None = None
    target: str | None = None
    agent_span: list[int] | None = None
    target_span: list[int] | None = None

    def to_dict(self) -> dict:
        return {
            "predicate": self.lemma, "category": self.category, "text": self.text,
            "span": [self.start, self.end], "voice": self.voice,
            "agent": self.agent, "agent_span": self.agent_span,
            "target": self.target, "target_span": self.target_span,
        }


def _bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where :data:`_BOUNDARY` matches in ``text[lo:hi]`` (in the lower-cased text if it may)."""
    lowered = plain_lower(text)
    if lowered is None:
        return [m.span() for m in _BOUNDARY.finditer(text, lo, hi)]
    return [m.span() for m in _LOWERED_BOUNDARY.finditer(lowered, lo, hi)]


def _clause(bounds: list[tuple[int, int]], start: int, end: int, lo: int, hi: int
            ) -> tuple[int, int]:
    """From the last bound that ends by ``start`` to the first that starts at or after ``end``
    (``lo``, ``hi`` where there is none). Bounds are matches in text order, so their starts and
    their ends both ascend: each is found by bisection."""
    i = bisect_right(bounds, start, key=_SECOND)
    j = bisect_left(bounds, end, key=_FIRST)
    return bounds[i - 1][1] if i else lo, bounds[j][0] if j < len(bounds) else hi


def _subject(text: str, start: int, lo: int, mentions: list[Mention],
             bounds: list[tuple[int, int]]) -> Mention | None:
    """The subject that subjectless clauses of the scanned span inherit.

    Before a statement ("Azerbaijani troops “stopped …”"): the last actor shortly before it,
    unless a reporting verb or a clause break lies between. Otherwise: an actor opening the span.
    """
    before = [m for m in mentions if lo <= m.start and m.end <= start]
    if before:
        m = before[-1]
        if (not speaks(text, m.end, start) and len(words(text, m.end, start)) <= 4
                and not any(m.end <= s and e <= start for s, e in bounds)):
            return m
    first_break = min((s for s, _ in bounds if s >= start), default=len(text))
    opening = [m for m in mentions if start <= m.start < first_break]
    if opening and len(words(text, start, opening[0].start)) <= 2:
        return opening[0]
    return None


def find_predicates(
    text: str,
    start: int,
    end: int,
    sides: SideSet,
    *,
    speaker: str | None = None,
    context: tuple[int, int] | None = None,
    indirect: bool = False,
) -> list[PredicateHit]:
    """Predicates starting inside ``text[start:end]``, with agent and target actor ids.

    Parameters
    ----------
    text, start, end
        The document text and the span to scan (a statement, a narrator sentence-piece).
    sides
        The actors; their mentions are the candidate agents and targets.
    speaker
        The statement's side: "we/our/us" then mean that actor, "the enemy" the other side.
    indirect
        The span is reported speech (not a quotation): before any other actor is named in it,
        "it/its" is the speaker ("the ministry said it had detained …").
    context
        A wider span (the sentence) that arguments and multi-word forms may reach into, e.g. the
        subject before a quote: ``Azerbaijani troops “surrounded and detained …”``.
    """
    lo, hi = context or (start, end)
    lo, hi = min(lo, start), max(hi, end)
    found = scan(text, start, end, hi)
    if not found:
        return []
    mentions = MentionList(actor_mentions(text, lo, hi, sides, speaker,
                                          start if indirect else None))
    bounds = _bounds(text, lo, hi)
    # few acts lack a subject of their own: the span's subject is looked for only for those
    subject = partial(_subject, text, start, lo, mentions, bounds)
    side_ids = frozenset(sides.side_ids)
    hits: list[PredicateHit] = []
    names = [(x.start, x.end) for x in mentions if " " in x.alias]
    for m in found:
        m_start, m_end = m
        if names and any(a <= m_start and m_end <= b for a, b in names):
            continue  # "the Rapid Support Forces": a word of a name, no act
        form = text[m_start:m_end]
        entry = entry_of(form)
        c_start, c_end = _clause(bounds, m_start, m_end, lo, hi)
        # as many words as any test below reads: the last six before, the first four after
        prev, nxt = last_words(text, c_start, m_start, 6), first_words(text, m_end, c_end, 4)
        actor_left = any(x.start < m_start for x in starting_between(mentions, c_start, m_start))
        voice = predicate_voice(text, m, entry, prev, nxt, mentions, actor_left)
        if ("obj", "required") in entry.roles \
                and not with_object(form.lower(), voice, prev, nxt):
            continue
        if voice != "nominal" and negated(prev):
            continue  # "none had crossed", "did not attack": no act is claimed
        if voice == "active" and nxt and plural_subject(form, entry, nxt[0]):
            continue  # "shells hit the hospital": the noun, not "Russia shells Kharkiv"
        if ("agent", "armed") in entry.roles and voice == "active" \
                and not armed_subject(text, c_start, m_start, mentions):
            continue  # "exports hit a record", "the tariffs hit Russian exporters"
        hit = PredicateHit(entry.lemma, entry.category, m_start, m_end, form, voice)
        _arguments(text, hit, entry, (c_start, c_end), prev, mentions, subject, side_ids)
        if hits and hit.voice == "active" and hit.agent_span is not None \
                and hit.agent_span == hits[-1].target_span \
                and hits[-1].voice in ("active", "nominal") \
                and hit.agent_span[0] >= hits[-1].end:
            # "X attacked our positions and raised tensions", "Israeli strikes on Lebanon killed
            # 12": the object is not the subject (but in "the Houthis would pay a heavy price
            # for firing at Israel" the target comes first: it is the subject)
            hit.agent, hit.agent_span = hits[-1].agent, hits[-1].agent_span
        hits.append(hit)
    if len(hits) > 1:
        share_coordinated(text, hits)
        participle_agents(text, hits)
    if any_joined(text, mentions):
        hits += [x for h in hits for x in joined_actors(text, h, mentions)]
    return sorted(hits, key=_START)


def _arguments(text: str, hit: PredicateHit, entry: PredicateEntry, clause: tuple[int, int],
               prev: list[str], mentions: list[Mention],
               subject: Callable[[], Mention | None], sides: frozenset[str]) -> None:
    """Fill ``hit``'s agent and target from ``mentions``; ``subject()`` is the subject that a
    verb with no actor of its own before it inherits (:func:`_subject`)."""
    c_start, c_end = clause
    slots: dict[str, Mention | None] = {"agent": None, "target": None}
    head = head_word(text, hit.end, c_end)
    if hit.voice == "nominal":
        pre = adjacent_actor(text, hit.start, mentions) \
            or modified_actor(text, hit.start, mentions)
        if pre is not None:
            slots[entry.role("pre")] = pre
        of = phrase_actor(text, head, c_end, mentions, _OF)
        if of is not None:
            slots[entry.role("of")] = of
        by = phrase_actor(text, head, c_end, mentions, _BY_FROM)
        slots["agent"] = by or slots["agent"]
        preps = _COOPERATION_PREPS if entry.category == "cooperation" else _TARGET_PREPS
        # "an attack by Kestrian forces on Valdorian positions": the target follows the agent
        after = after_phrase(text, by.end, c_end) if by is not None else None
        slots["target"] = phrase_actor(text, head, c_end, mentions, preps, sides=sides) \
            or phrase_actor(text, after, c_end, mentions, preps) or slots["target"]
        if slots["agent"] is None:
            # "Israel has carried out several rounds of air strikes on …": the support verb's
            # subject does the act
            slots["agent"] = support_verb_subject(text, c_start, hit.start, mentions, hit.text)
    else:
        left = left_actor(text, c_start, hit.start, mentions)
        if left is not None and hit.voice != "passive" and names_a_place(text, left):
            left = None  # "striking positions near the Syrian border, killing two fighters"
        if left is not None and _TO_ACT.fullmatch(text, left.end, hit.start) \
                and _INSTRUMENT.search(text, max(c_start, left.start - 12), left.start):
            left = None  # "of using Turkish drones to attack …": the drones' user attacks
        if left is None and hit.voice == "active":
            left = relative_antecedent(text, c_start, hit.start, mentions)
        if left is None and len(prev) <= 3 and (inherited := subject()) is not None \
                and not speaks(text, inherited.end, hit.start) \
                and not _SENTENCE_END.search(text, inherited.end, hit.start):
            left = inherited
        if hit.voice == "passive":
            slots["target"] = left
            slots["agent"] = phrase_actor(text, head, c_end, mentions, _BY)
        else:
            if prev[-1:] == ["and"] and left is not None:
                # "its fighters confronted Israeli infantry and forced them to retreat": the
                # actor before "and" is the first verb's object; the clause's subject acts
                left = next((m for m in mentions if c_start <= m.start and m.end <= left.start
                             and not speaks(text, m.end, hit.start)), left)
            slots[entry.role("subj")] = left
            if entry.role("subj") == "agent":
                # "held Iran responsible": a gapped form may hold its object
                slots["target"] = object_actor(text, hit.end, c_end, mentions, sides) \
                    or first_actor(mentions, hit.start + 1, hit.end)
                if slots["target"] is None and ("obj", "act") in entry.roles:
                    # "repelled an attack by the RSF": the attackers are repelled
                    slots["target"] = act_agent(text, hit.end, c_end, mentions, act_nouns())
            else:  # "our positions came under fire from the Armenian side"
                slots["agent"] = phrase_actor(text, head, c_end, mentions, _BY_FROM)
    slots["target"] = phrase_actor(text, head, c_end, mentions, _AMONG) \
        or slots["target"]
    if (agent := slots["agent"]) is not None:
        hit.agent, hit.agent_span = agent.actor, [agent.start, agent.end]
    if (target := slots["target"]) is not None:
        hit.target, hit.target_span = target.actor, [target.start, target.end]
