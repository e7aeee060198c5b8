"""Hostile, violent, harm and cooperative predicates with their agent and target actors.

A POS-free heuristic over the shipped ``hostile_predicates`` lexicon: a predicate is found by its
surface forms, its *voice* is guessed from the words around it, and its agent and target are the
actor mentions (:meth:`SideSet.mentions`) in the same clause:

- active ("Armenian troops attacked Azerbaijani positions"): agent = nearest actor to the left,
  target = first actor in the object right after the verb;
- passive ("servicemen had been captured by the Azerbaijani army"): target = nearest actor to the
  left, agent = the ``by`` phrase; reduced passives ("soldiers killed in clashes") count as passive;
- nominal ("an attack by X", "an attack on X", "Azerbaijani aggression", "shelling of X").

Clauses end at punctuation (, ; : brackets, dashes) and at clause words (that, which, while, but …).
A mention followed by a reporting verb before the predicate is the speaker, never the agent.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from framing.lexicons import load_rows
from framing.model import NARRATOR, ArticleAnalysis, Mention, SideSet, Voice
from framing.text.alias_pattern import for_lowered, plain_lower, trie_regex
from framing.text.predicate_lexicon import (
    PredicateEntry,
    entry_of,
    scan,
)
from framing.text.tokenize import document_tokens, token_slice
from framing.voices import sentence_pieces

_DETERMINERS = frozenset(
    "a an the this that these those another new fresh renewed further its their his her our "
    "any every such".split()
)
_AUX = frozenset("is are was were be been being get got gets getting".split())
_NOUN_NEXT = frozenset("by on against upon of from".split())
_REDUCED_NEXT = frozenset(
    "and or in during near after amid since while as among when".split()
)
# Words that end the search for an active verb's object.
_OBJECT_STOP = frozenset(
    "in with during near after before since amid for from by while as when if until".split()
)
_TARGET_PREPS = frozenset("on against upon at".split())
_COOPERATION_PREPS = _TARGET_PREPS | {"with"}
_OF, _BY, _BY_FROM, _AMONG = (frozenset(w.split()) for w in ("of", "by", "by from", "among"))
_BOUNDARY = re.compile(
    r"[,;:()\[\]–—.!?]|\b(?:that|which|who|whom|whose|while|whereas|but|because|although|"
    r"though|when|adding|saying)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_FIRST_WORD = re.compile(r"[\W_]*(\w+)")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")
_SENTENCE_END = re.compile(r"[.!?]")
_COORDINATION = re.compile(r"[\s,]*(?:and|or)?[\s,]*")
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:we|We|our|Our|us|ours|Ours)(?![\w-])")
# In reported speech an institution or country speaker is "it": "the military said its aircraft
# had struck …", "Baku said Armenian forces had shelled its positions"
_SPEAKER_IT = re.compile(r"(?<![\w-])(?:it|It|its|Its)(?![\w-])")
_ENEMY = re.compile(r"(?<![\w-])(?:the\s+)?enem(?:y|ies)(?:['’]s)?(?![\w-])", re.IGNORECASE)


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


@lru_cache(maxsize=1)
def _reporting_forms() -> re.Pattern[str]:
    """Any form of any reporting verb (a trie: only whether one occurs is asked)."""
    forms = {row[0] for row in load_rows("reporting_verbs")}
    for row in load_rows("reporting_verbs"):
        forms.update(f for f in row[2].split("|") if f)
    body = trie_regex(sorted({f.lower() for f in forms}))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _words(text: str, start: int, end: int) -> list[str]:
    """The lower-cased words among the tokens inside ``text[start:end]``."""
    i, j = token_slice(text, start, end)  # a hot path: no per-token function calls
    return [t.text.lower() for t in document_tokens(text)[0][i:j] if t.text[:1].isalnum()]


def _bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where :data:`_BOUNDARY` matches in ``text[lo:hi]`` (in the lower-cased text if it may)."""
    lowered = plain_lower(text)
    if lowered is None:
        return [m.span() for m in _BOUNDARY.finditer(text, lo, hi)]
    return [m.span() for m in for_lowered(_BOUNDARY).finditer(lowered, lo, hi)]


def _mentions(text: str, start: int, end: int, sides: SideSet, speaker: str | None,
              reported_from: int | None = None) -> list[Mention]:
    """Actor mentions in ``text[start:end]``, with the speaker's self-references: "we/our/us",
    and in reported speech starting at ``reported_from`` "it/its" before any other actor is
    named there ("the military said its aircraft …"; not "… if Kestria stopped its attacks"),
    other than as the modifier of a force ("Baku said Armenian forces shelled its positions")."""
    found = sides.mentions(text, start, end)
    extra: list[Mention] = []
    if speaker is not None and sides.get(speaker) is not None:
        extra += [Mention(speaker, m.start(), m.end(), m.group(0))
                  for m in _FIRST_PERSON.finditer(text, start, end)]
        if reported_from is not None:
            first = min((f.start for f in found if f.start >= reported_from
                         and not _names_a_force(text, f.end)), default=end)
            extra += [Mention(speaker, m.start(), m.end(), m.group(0))
                      for m in _SPEAKER_IT.finditer(text, reported_from, first)]
        other = sides.other(speaker)
        if other is not None:
            extra += [Mention(other, m.start(), m.end(), m.group(0))
                      for m in _ENEMY.finditer(text, start, end)]
    extra = [x for x in extra if not any(f.start < x.end and x.start < f.end for f in found)]
    return sorted(found + extra, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _force_noun() -> re.Pattern[str]:
    words = trie_regex(sorted({row[0].lower() for row in load_rows("force_nouns")}))
    return re.compile(rf"\s+(?:{words})(?![\w-])", re.IGNORECASE)


def _names_a_force(text: str, pos: int) -> bool:
    """Does a force noun follow ``pos`` ("Armenian| forces")?"""
    return _force_noun().match(text, pos) is not None


def _clause(bounds: list[tuple[int, int]], start: int, end: int, lo: int, hi: int
            ) -> tuple[int, int]:
    left = max((e for s, e in bounds if e <= start), default=lo)
    right = min((s for s, e in bounds if s >= end), default=hi)
    return left, right


def _speaks(text: str, start: int, end: int) -> bool:
    lowered = plain_lower(text)
    if lowered is None:
        return _reporting_forms().search(text, start, end) is not None
    return for_lowered(_reporting_forms()).search(lowered, start, end) is not None


def _subject(text: str, start: int, lo: int, mentions: list[Mention],
             bounds: list[tuple[int, int]]) -> Mention | None:
    """The subject that subjectless clauses of the scanned span inherit.

    Before a statement ("Azerbaijani troops “stopped …”"): the last actor shortly before it,
    unless a reporting verb or a clause break lies between. Otherwise: an actor opening the span.
    """
    before = [m for m in mentions if lo <= m.start and m.end <= start]
    if before:
        m = before[-1]
        if (not _speaks(text, m.end, start) and len(_words(text, m.end, start)) <= 4
                and not any(m.end <= s and e <= start for s, e in bounds)):
            return m
    first_break = min((s for s, _ in bounds if s >= start), default=len(text))
    opening = [m for m in mentions if start <= m.start < first_break]
    if opening and len(_words(text, start, opening[0].start)) <= 2:
        return opening[0]
    return None


def _left_actor(text: str, clause_start: int, pos: int, mentions: list[Mention]
                ) -> Mention | None:
    left = [m for m in mentions if clause_start <= m.start and m.end <= pos]
    if not left or _speaks(text, left[-1].end, pos):
        return None
    return left[-1]


def _adjacent_actor(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """An actor named right before ``pos`` ("Azerbaijani shelling", "Armenia's attack")."""
    return next((m for m in mentions if m.end <= pos
                 and _POSSESSIVE_GAP.fullmatch(text, m.end, pos)), None)


@lru_cache(maxsize=1)
def _modifier_gap() -> re.Pattern[str]:
    """The gap between an actor and its act across weapon words: "Ukrainian drone (attack)"."""
    words = trie_regex(sorted({row[0].lower() for row in load_rows("weapon_modifiers")}))
    return re.compile(rf"(?:['’]s)?\s+(?:(?:{words})\s+){{1,2}}", re.IGNORECASE)


def _modified_actor(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """An actor named before ``pos`` with one or two weapon words between ("Ukrainian drone
    attack", "Israeli air strikes")."""
    gap = _modifier_gap()
    return next((m for m in mentions if m.end <= pos and pos - m.end < 40
                 and gap.fullmatch(text, m.end, pos)), None)


def _first_actor(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if start <= m.start and m.end <= end), None)


def _phrase_actor(text: str, head: tuple[str, int] | None, clause_end: int,
                  mentions: list[Mention], preps: frozenset[str], max_words: int = 6
                  ) -> Mention | None:
    """The actor in a phrase opened by one of ``preps``: ``head`` (:func:`_head`), the word right
    after the predicate, found once per hit for all the phrases asked about."""
    if head is None or head[0] not in preps:
        return None
    after = head[1]
    actor = _first_actor(mentions, after, clause_end)
    if actor is None:
        return None
    between = _words(text, after, actor.start)
    if len(between) > max_words or any(w in _OBJECT_STOP for w in between):
        return None
    return actor


def _object_actor(text: str, pos: int, clause_end: int, mentions: list[Mention],
                  sides: frozenset[str] = frozenset()) -> Mention | None:
    """The first actor in the object right after an active verb (before any adjunct), or the
    side whose place the object is in ("shelled a border village in Russia's Kursk region")."""
    actor = _first_actor(mentions, pos, clause_end)
    if actor is None:
        return None
    between = _words(text, pos, actor.start)
    place = 2 if between[-2:] == ["in", "the"] else 1 if between[-1:] == ["in"] else 0
    if (place and place < len(between) <= place + 3 and _AUX.isdisjoint(between)
            and actor.actor in sides):
        between = between[:-place]  # a short object, then "in (the)": not "men were held in"
    if len(between) > 6 or any(w in _OBJECT_STOP for w in between):
        return None
    return actor


def _voice(text: str, hit: re.Match[str], entry: PredicateEntry, prev: list[str],
           nxt: list[str], mentions: list[Mention], actor_left: bool) -> str:
    form = " ".join(_WORD.findall(hit.group(0).lower()))
    is_noun, is_verb = form in entry.noun_forms, form in entry.verb_forms
    if is_noun and (not is_verb or (prev and prev[-1] in _DETERMINERS)
                    or (nxt and nxt[0] in _NOUN_NEXT)):
        return "nominal"
    if is_noun and _adjacent_actor(text, hit.start(), mentions) is not None and not (
        nxt and (nxt[0] in _DETERMINERS or _first_actor(mentions, hit.end(), hit.end() + 2))
    ):
        return "nominal"  # "Azerbaijani shelling", "Armenia's aggression"
    first = form.split()[0]
    if first.endswith("ing"):
        return "active"
    aux = [w for w in prev[-3:] if not w.endswith("ly") and w not in ("not", "also", "then")]
    if aux and aux[-1] in _AUX:
        return "passive"
    if nxt and nxt[0] == "by":
        return "passive"
    participle = first.endswith("ed") or first in ("shot", "struck", "lost", "hit")
    if nxt and nxt[0] in ("and", "or") and len(nxt) > 2:
        nxt = nxt[2:]  # "killed and detained in …": decide by what follows the partner verb
    # Reduced passive ("soldiers killed in clashes"); at a clause end only without an actor
    # before it ("soldiers killed." but "Northland forces attacked.").
    if participle and prev and " " not in form and (
            (nxt and nxt[0] in _REDUCED_NEXT) or (not nxt and not actor_left)):
        return "passive"
    return "active"


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
    mentions = _mentions(text, lo, hi, sides, speaker, start if indirect else None)
    bounds = _bounds(text, lo, hi)
    subject = _subject(text, start, lo, mentions, bounds)
    side_ids = frozenset(sides.side_ids)
    hits: list[PredicateHit] = []
    for m in found:
        entry = entry_of(m.group(0))
        c_start, c_end = _clause(bounds, m.start(), m.end(), lo, hi)
        prev, nxt = _words(text, c_start, m.start()), _words(text, m.end(), c_end)
        hit = PredicateHit(entry.lemma, entry.category, m.start(), m.end(), m.group(0),
                           _voice(text, m, entry, prev, nxt, mentions,
                                  any(c_start <= x.start < m.start() for x in mentions)))
        _arguments(text, hit, entry, (c_start, c_end), prev, mentions, subject, side_ids)
        if hits and hit.voice == "active" and hit.agent_span is not None \
                and hit.agent_span == hits[-1].target_span and hits[-1].voice == "active":
            # "X attacked our positions and raised tensions": the object is not the subject
            hit.agent, hit.agent_span = hits[-1].agent, hits[-1].agent_span
        hits.append(hit)
    _share_coordinated(text, hits)
    return hits


def _arguments(text: str, hit: PredicateHit, entry: PredicateEntry, clause: tuple[int, int],
               prev: list[str], mentions: list[Mention], subject: Mention | None,
               sides: frozenset[str]) -> None:
    c_start, c_end = clause
    slots: dict[str, Mention | None] = {"agent": None, "target": None}
    head = _head(text, hit.end, c_end)
    if hit.voice == "nominal":
        pre = _adjacent_actor(text, hit.start, mentions) \
            or _modified_actor(text, hit.start, mentions)
        if pre is not None:
            slots[entry.role("pre")] = pre
        of = _phrase_actor(text, head, c_end, mentions, _OF)
        if of is not None:
            slots[entry.role("of")] = of
        by = _phrase_actor(text, head, c_end, mentions, _BY_FROM)
        slots["agent"] = by or slots["agent"]
        preps = _COOPERATION_PREPS if entry.category == "cooperation" else _TARGET_PREPS
        # "an attack by Kestrian forces on Valdorian positions": the target follows the agent
        after = _after_phrase(text, by.end, c_end) if by is not None else None
        slots["target"] = _phrase_actor(text, head, c_end, mentions, preps) \
            or _phrase_actor(text, after, c_end, mentions, preps) or slots["target"]
    else:
        left = _left_actor(text, c_start, hit.start, mentions)
        if left is None and subject is not None and len(prev) <= 3 \
                and not _speaks(text, subject.end, hit.start) \
                and not _SENTENCE_END.search(text, subject.end, hit.start):
            left = subject
        if hit.voice == "passive":
            slots["target"] = left
            slots["agent"] = _phrase_actor(text, head, c_end, mentions, _BY)
        else:
            slots[entry.role("subj")] = left
            if entry.role("subj") == "agent":
                slots["target"] = _object_actor(text, hit.end, c_end, mentions, sides)
            else:  # "our positions came under fire from the Armenian side"
                slots["agent"] = _phrase_actor(text, head, c_end, mentions, _BY_FROM)
    slots["target"] = _phrase_actor(text, head, c_end, mentions, _AMONG) \
        or slots["target"]
    for role, mention in slots.items():
        if mention is not None:
            setattr(hit, role, mention.actor)
            setattr(hit, f"{role}_span", [mention.start, mention.end])


_NEXT_PREPOSITION = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(on|against|upon|at|with)\b",
                               re.IGNORECASE)


def _after_phrase(text: str, pos: int, clause_end: int) -> tuple[str, int] | None:
    """The preposition (as :func:`_head` gives it) at most two words after ``pos``: what follows
    a by-phrase's actor ("by Kestrian forces on …")."""
    m = _NEXT_PREPOSITION.match(text, pos, clause_end)
    return None if m is None else (m.group(1).lower(), m.end())


def _head(text: str, pos: int, clause_end: int) -> tuple[str, int] | None:
    """The first word at ``pos`` (before ``clause_end``), lower-cased, and where it ends."""
    m = _FIRST_WORD.match(text, pos, clause_end)
    return None if m is None else (m.group(1).lower(), m.end())


def _share_coordinated(text: str, hits: list[PredicateHit]) -> None:
    """"surrounded and detained Armenian soldiers": coordinated verbs share missing arguments."""
    for a, b in zip(hits, hits[1:], strict=False):
        same = a.voice == b.voice or a.category == b.category == "harm"
        if not same or not _COORDINATION.fullmatch(text[a.end:b.start]):
            continue
        for role in ("agent", "target"):
            if getattr(a, role) is None and getattr(b, role) is not None:
                setattr(a, role, getattr(b, role))
                setattr(a, f"{role}_span", getattr(b, f"{role}_span"))
            elif getattr(b, role) is None and getattr(a, role) is not None:
                setattr(b, role, getattr(a, role))
                setattr(b, f"{role}_span", getattr(a, f"{role}_span"))


# The last narrator_predicates result: (the analysis, what it was computed from, the hits).
_last_narrated: tuple[weakref.ref[ArticleAnalysis], tuple, list] | None = None


def narrator_predicates(analysis: ArticleAnalysis) -> list[tuple[PredicateHit, int]]:
    """Predicates in the narrator's own text, each with its sentence index.

    Arguments may be found anywhere in the predicate's clause, even inside a quote, but only
    predicates that start in narrator text are returned. Stance and agency both ask for them:
    the last result is reused while the same analysis object asks again with unchanged text,
    sides, sentences and narrator spans (the hits are shared: do not change them).
    """
    global _last_narrated
    narrator = analysis.voice(NARRATOR)
    key = (analysis.document.text, analysis.sides,
           tuple((s.index, s.start, s.end) for s in analysis.sentences),
           tuple(map(tuple, narrator.spans)) if narrator is not None else None)
    last = _last_narrated
    if last is not None and last[0]() is analysis and last[1] == key:
        return list(last[2])
    found = _narrator_predicates(analysis, narrator)
    _last_narrated = (weakref.ref(analysis), key, found)
    return list(found)


def _narrator_predicates(analysis: ArticleAnalysis, narrator: Voice | None
                         ) -> list[tuple[PredicateHit, int]]:
    sentences = {s.index: s for s in analysis.sentences}
    return [(hit, index)
            for start, end, index in sentence_pieces(narrator.spans if narrator else [],
                                                     analysis.sentences)
            for hit in find_predicates(analysis.document.text, start, end, analysis.sides,
                                       context=(sentences[index].start, sentences[index].end))]
