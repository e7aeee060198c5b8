"""Speakers from states or bodies that are neither side nor a listed third party.

A sides file lists the two sides and the third parties its author chose; the gazetteer
(docs/sides.md) knows every other country and international body. "The United States and
France urged restraint" or "a US State Department spokesperson said" names such an *outsider*:
its words are no side's, whatever side the context would give (:func:`names_outsider`). A
phrase that names a listed actor first or joined to the outsider ("Kestria's ambassador to the
United States", "US and Kestrian officials") is left to the other rules; one that names the
outsider first and a side only after it ("the US ambassador to Kestria") is the outsider's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.attribution.speaker_actors import JOINED
from framing.attribution.speaker_key import person_name
from framing.model import Mention, SideSet
from framing.sides.gazetteer import NON_ACTOR_KINDS, GazetteerEntry, alias_matcher, load_gazetteer
from framing.text.mention_search import without_overlaps

# "Libya's Tripoli-based government": a listed actor of the country named before it
_OWNS = re.compile(r"['’]s?\s+(?:the\s+)?")
# "the ambassador to the United States": where an envoy is sent, not whose envoy
_SENT_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[SideSet, dict[str, GazetteerEntry]]:
    """The shipped gazetteer's alias matcher and its entries by id."""
    entries = tuple(load_gazetteer())
    return alias_matcher(entries), {e.id: e for e in entries}


def names_outsider(phrase: str, sides: SideSet) -> bool:
    """Does the speaker ``phrase`` name first a gazetteer actor that ``sides`` does not list
    (by id, or by a name or alias it shares with a listed actor), not joined to a listed one?

    An alias counts only with a capital letter in it ("turkey" is the bird), not as a given name
    ("Jordan Bardella", "Arnel Santiago": a word of a person's name) and not where
    an envoy is sent ("the ambassador to France")."""
    return _first_outsider(phrase, sides) is not None


def opens_with_outsider(content: str, sides: SideSet) -> bool:
    """Does ``content`` open with an outsider, as :func:`names_outsider` finds one ("France
    recalled its ambassador to Northland", whose "its foreign ministry" is France's)?"""
    first = _first_outsider(content, sides)
    return first is not None and first.start <= 4


def _first_outsider(phrase: str, sides: SideSet) -> Mention | None:
    """The outsider :func:`names_outsider` finds first in ``phrase``, if any."""
    matcher, entries = _gazetteer()
    found = matcher.phrase_mentions(phrase)
    if not found:
        return None
    listed = sides.phrase_mentions(phrase)
    named: list[tuple[Mention, bool]] = [(m, True) for m in listed]
    for m in without_overlaps(found, listed):  # not where a listed actor's alias names it
        entry = entries[m.actor]
        if entry.kind in NON_ACTOR_KINDS or _listed(entry, entries, sides) \
                or not any(c.isupper() for c in m.alias) or _given_name(phrase, m) \
                or _SENT_TO.search(phrase, max(0, m.start - 9), m.start):
            continue
        named.append((m, False))
    if all(is_listed for _, is_listed in named):
        return None
    named.sort(key=lambda pair: pair[0].start)
    first, is_listed = named[0]
    if is_listed:
        return None  # "Kestria's ambassador to the United States"
    for (before, _), (after, after_listed) in zip(named, named[1:], strict=False):
        owns = _OWNS.fullmatch(phrase, before.end, after.start) is not None
        if not owns and JOINED.fullmatch(phrase, before.end, after.start) is None:
            break
        if after_listed:  # "US and Kestrian officials", "Libya's Tripoli-based government"
            return None
    return first


def _listed(entry: GazetteerEntry, entries: dict[str, GazetteerEntry], sides: SideSet) -> bool:
    """Is ``entry`` an actor of ``sides``: the same id, a name in common, or (for authorities
    tied to a state) its state listed?"""
    if sides.get(entry.id) is not None:
        return True
    names, words = _listed_names(sides)
    if any(name.lower() in names or name in words for name in entry.names):
        return True  # also a country a side's alias names ("Haitian government")
    parent = entries.get(entry.tied_to) if entry.tied_to else None
    return parent is not None and _listed(parent, entries, sides)


def _listed_names(sides: SideSet) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased names and aliases of the actors of ``sides``, and the words of those of
    several words as written ("Haitian" of "Haitian government")."""
    return _names(tuple((a.name, *a.aliases) for a in sides.actors))


@lru_cache(maxsize=256)
def _names(groups: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], frozenset[str]]:
    names = [name for group in groups for name in group]
    return (frozenset(name.lower() for name in names),
            frozenset(word for name in names if " " in name for word in name.split()))


def _given_name(phrase: str, mention: Mention) -> bool:
    """Is the one-word alias at ``mention`` part of a person's name ("Chad Smith", "Rear Adm.
    Arnel Santiago": not Chile's capital)? A leader's surname is one too ("President Emmanuel
    Macron"): the other rules decide for a person named alone."""
    name = person_name(phrase)
    return name is not None and " " not in mention.alias and mention.alias in name.split()
