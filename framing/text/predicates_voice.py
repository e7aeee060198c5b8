"""How a predicate form is used where it is found: its voice (active, passive or nominal),
whether a verb that harms only through its object has one, whether the act is negated, and
whether an "-s" form is a plural noun instead ("shells hit the hospital").

Each test reads the words of the form's clause right before it (``prev``, lower case) and right
after it (``nxt``), as :func:`framing.text.predicates.find_predicates` collects them.
"""

from __future__ import annotations

from framing.model import Mention
from framing.text.predicate_actors import AUX, PREPOSITIONS, adjacent_actor, first_actor
from framing.text.predicate_lexicon import PredicateEntry, form_key
from framing.text.word_class import penn_tag

_DETERMINERS = frozenset(
    "a an the this that these those another new fresh renewed further its their his her our "
    "any every such".split()
)
_NOUN_NEXT = frozenset("by on against upon of from".split())
_REDUCED_NEXT = frozenset(
    "and or in during near after amid since while as among when".split()
)
# Words after a verb that open no object: "a fire burned for hours / through the night".
_NOT_OBJECT = frozenset(
    "for through throughout overnight until till since during after before in into on onto at "
    "across near from with to all out again and or as while when".split()
)
_GERUND_AFTER = frozenset("of by for after before without".split())


def plural_subject(form: str, entry: PredicateEntry, next_word: str) -> bool:
    """Is a one-word "-s" verb form ("shells", "bombs") a plural noun, the subject of the finite
    verb after it ("shells hit", "bombs fell")?"""
    form = form.lower()
    return (form.endswith("s") and " " not in form and form not in entry.noun_forms
            and penn_tag(next_word) in _FINITE_TAGS)


_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
_NEGATION = frozenset("no not never none neither nor n't didn't don't doesn't hadn't hasn't "
                      "haven't wasn't weren't won't wouldn't".split())


def negated(prev: list[str]) -> bool:
    """Is the act after ``prev`` negated: a negation among the last three words ("did not
    attack"), or one whose verb it is the object of ("had not fired a single shot")?"""
    if _NEGATION.intersection(prev[-3:]):
        return True
    window = prev[-6:]
    at = max((i for i, w in enumerate(window) if w in _NEGATION), default=None)
    return at is not None and all(
        w in _DETERMINERS or penn_tag(w)[:2] in _NEGATED_OBJECT_TAGS for w in window[at + 1:])


# what may stand between a negated verb and the act it governs: "not fired a single shot"
_NEGATED_OBJECT_TAGS = frozenset(("VB", "JJ", "DT", "RB", "MD", "TO"))


def predicate_voice(text: str, hit: tuple[int, int], entry: PredicateEntry, prev: list[str],
                    nxt: list[str], mentions: list[Mention], actor_left: bool) -> str:
    """The voice of the form at ``hit``: "active", "passive" or "nominal"; ``actor_left``: an
    actor is named in its clause before it."""
    form = form_key(text[hit[0]:hit[1]])
    is_noun, is_verb = form in entry.noun_forms, form in entry.verb_forms
    first = form.split()[0]
    participle = first.endswith("ed") or first in ("shot", "struck", "lost", "hit")
    if is_noun and is_verb and participle and (_after_auxiliary(prev) or nxt[:1] == ["by"]):
        return "passive"  # "was wounded by", "shot and wounded by": not the noun "the wounded"
    if is_noun and (not is_verb or (prev and prev[-1] in _DETERMINERS)
                    or (nxt and nxt[0] in _NOUN_NEXT)):
        return "nominal"
    if is_noun and adjacent_actor(text, hit[0], mentions) is not None and not (
        nxt and (nxt[0] in _DETERMINERS or first_actor(mentions, hit[1], hit[1] + 2))
    ):
        return "nominal"  # "Azerbaijani shelling", "Armenia's aggression"
    if first.endswith("ing"):
        return "active"
    if _after_auxiliary(prev):
        return "passive"
    if nxt and nxt[0] == "by":
        return "passive"
    if nxt and nxt[0] in ("and", "or") and len(nxt) > 2:
        nxt = nxt[2:]  # "killed and detained in …": decide by what follows the partner verb
    # Reduced passive ("soldiers killed in clashes"); at a clause end only without an actor
    # before it ("soldiers killed." but "Northland forces attacked.").
    if participle and prev and " " not in form and (
            (nxt and nxt[0] in _REDUCED_NEXT) or (not nxt and not actor_left)):
        return "passive"
    return "active"


def _after_auxiliary(prev: list[str]) -> bool:
    """Does an auxiliary end ``prev``, adverbs aside ("were burned", "had been quickly taken")?"""
    aux = [w for w in prev[-3:] if not w.endswith("ly") and w not in ("not", "also", "then")]
    return bool(aux) and aux[-1] in AUX


def with_object(form: str, voice: str, prev: list[str], nxt: list[str]) -> bool:
    """Is a verb that harms only through its object (``obj=required``) used with one: "burned our
    villages", "burned down homes", "homes were burned", "accused of burning homes"; not "a fire
    burned for hours", "the house burned down", "the burned village", "two warehouses burned",
    "fled burning buildings"?"""
    if voice == "nominal":
        return True
    if prev and prev[-1] in _DETERMINERS:
        return False  # an adjective
    if form.endswith("ed") and prev and prev[-1] in PREPOSITIONS:
        return False  # an adjective: "asked for targeted sanctions"
    if form.endswith("ing"):
        before = prev[:-1] if prev and prev[-1].endswith("ly") else prev  # "of deliberately"
        if not (before and before[-1] in _GERUND_AFTER or _after_auxiliary(prev)):
            return False  # an adjective ("burning tyres"), not "were / of burning homes"
    if nxt[:1] == ["by"]:
        return True
    if voice == "passive":
        return _after_auxiliary(prev)  # not a reduced passive: "warehouses burned in the night"
    rest = nxt[1:] if nxt[:1] == ["down"] else nxt
    return bool(rest) and rest[0] not in _NOT_OBJECT
