"""Detect the two sides of a conflict (and the third parties) from the text, with the gazetteer.

The rule, in short (docs/sides.md has the long form):

1. Find every gazetteer alias in the headline and the sentences (proper-noun casing required).
2. Each mention weighs 1, or 3 in the headline; a mention in a sentence with a conflict word
   ("clashes", "attacked", "troops", "border", …) counts three times its weight; a mention as a
   mediator or ally ("brokered by Russia", "call on the Russian Federation", "the EU urged both
   sides") counts nothing toward being a side.
3. Candidates for the sides are countries, armed groups and governments; tied authorities
   count for their parent when ``separatists_as_side``, else they are candidates of their own.
   The two with the highest score are the sides; ties go to the earlier first mention, then to
   the id. The sides are returned in order of first mention (headline first).
4. Every other mentioned actor (organisations included) is a third party, in order of first
   mention. Historical states and places are never actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from framing.model import Document, Sentence, Side, SideSet
from framing.sides.gazetteer import (
    NON_ACTOR_KINDS,
    PARTY_KINDS,
    GazetteerEntry,
    SidesError,
    alias_matcher,
    load_gazetteer,
)
from framing.text.alias_pattern import (
    AliasIndex,
    Found,
    alias_index,
    alias_pairs,
    lowers_plainly,
    match_key,
)
from framing.text.tokenize import TOKEN_RE, normalize

HEADLINE_WEIGHT = 3.0
CONFLICT_FACTOR = 3.0
_CASING_MAX = 50_000  # aliases as written, kept per gazetteer

# Words that make a sentence about the fighting itself (matched by stem). Kept short on purpose:
# words of diplomacy ("ceasefire", "hostilities", "talks") are left out: mediators use them.
_CONFLICT_WORDS = (
    "attack", "attacked", "assault", "clash", "clashes", "fighting", "fought", "war", "troops",
    "soldiers", "forces", "army", "military", "border", "accused", "fire", "shelling", "shelled",
    "killed", "wounded", "dead", "casualties", "captured", "detained", "invasion", "invaded",
    "offensive", "strike", "strikes", "airstrike", "missile", "rocket", "drone", "bombed",
    "positions", "advance", "occupied", "raid", "fighters", "militants", "rebels", "conflict",
)

# "brokered by Russia", "call on the Russian Federation", "allying with Russia", "Calls to Moscow"
_MEDIATOR_BEFORE = re.compile(
    r"(?:\b(?:brokered|mediated|hosted|sponsored|facilitated|organi[sz]ed)\s+by"
    r"|\b(?:call|calls|called|calling|appeal|appeals|appealed|appealing|urge|urges|urged|urging)"
    r"\s+(?:on|upon|to)"
    r"|\b(?:ally|allying|allied|alliance|allies)\s+with"
    r"|\bmediation\s+(?:of|by))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The European Union called on both sides …", "Egypt, which mediated between the two sides"
_EVEN_HANDED = re.compile(
    r"\b(?:both|the two|all|the|warring)\s+(?:sides|parties)\b|\brestraint\b|\bde-?escalat"
    r"|\bcease-?fire\b|\bcease hostilities\b|\bpeace talks\b|\bnegotiations\b",
    re.IGNORECASE,
)
# What _MEDIATOR_BEFORE needs right before the mention: "by", "on", … (then maybe "the").
_LINK_END = re.compile(r"(?:by|on|upon|to|with|of)\Z", re.IGNORECASE)
_THE_END = re.compile(r"the\Z", re.IGNORECASE)
# Every _EVEN_HANDED match holds one of these (lower-cased).
_EVEN_HANDED_WORDS = ("sides", "parties", "restraint", "escalat", "cease", "peace talks",
                      "negotiations")
_APPEAL = re.compile(r"\b(?:call|urg|appeal|mediat|broker|ask|press)\w*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _conflict_stems() -> frozenset[str]:
    return frozenset(normalize(w) for w in _CONFLICT_WORDS)


@dataclass(frozen=True)
class _Gazetteer:
    """A gazetteer prepared for detection: loaded, indexed and compiled once per set of files."""

    entries: tuple[GazetteerEntry, ...]
    by_id: dict[str, GazetteerEntry]
    index: AliasIndex
    canonical: dict[str, str]
    tied: dict[str, list[str]]  # entry id → the names of the entries tied to it, in order
    aliases: dict[tuple[str, bool], list[str]] = field(default_factory=dict)  # side() cache
    casing: dict[str, bool] = field(default_factory=dict)  # cased() cache, by the text found

    def side(self, entry_id: str, merge_tied: bool) -> Side:
        """The entry as a :class:`Side` (with the names of its tied entries when merging)."""
        key = (entry_id, merge_tied)
        if key not in self.aliases:
            entry = self.by_id[entry_id]
            extra = self.tied.get(entry_id, []) if merge_tied else []
            self.aliases[key] = entry.to_side(extra).aliases
        entry = self.by_id[entry_id]
        return Side(entry.id, entry.name, list(self.aliases[key]), entry.side_kind)

    def cased(self, found: str) -> bool:
        """Is ``found`` (an alias as the text writes it) cased as a proper noun (:func:`_cased`)?"""
        ok = self.casing.get(found)
        if ok is None:
            if len(self.casing) >= _CASING_MAX:
                self.casing.clear()
            ok = self.casing[found] = _cased(found, self.canonical[match_key(found)])
        return ok


@lru_cache(maxsize=16)
def _gazetteer(paths: tuple[str, ...]) -> _Gazetteer:
    entries = tuple(load_gazetteer(paths))
    tied: dict[str, list[str]] = {}
    for e in entries:
        if e.kind == "tied" and e.tied_to is not None:
            tied.setdefault(e.tied_to, []).extend(e.names)
    index = alias_index(alias_pairs(alias_matcher(entries).actors))
    assert index is not None  # the shipped gazetteer is never empty
    return _Gazetteer(entries, {e.id: e for e in entries}, index, _canonical_aliases(entries),
                      tied)


@dataclass
class _Tally:
    score: float = 0.0
    first: tuple[int, int] = (2, 0)


class _Unit(NamedTuple):
    """A stretch of text to scan: the title, or one sentence (a tuple: about 30 per article)."""

    text: str
    start: int
    end: int
    weight: float
    rank: int  # 0 for a separate title, 1 for the body: orders first mentions


def detect_sides(
    document: Document,
    sentences: list[Sentence],
    *,
    separatists_as_side: bool = True,
    gazetteer_paths: Iterable[str | Path] = (),
) -> SideSet:
    """The two sides and the third parties of ``document``, detected with the gazetteer.

    Parameters
    ----------
    document, sentences
        The article and its sentences (an empty list scans the whole text as one sentence).
    separatists_as_side
        Count tied authorities ("the Nagorno-Karabakh authorities") as the actor they are tied to
        (True), or as an actor of their own (False): a third party, or a side when the text makes
        them one of the two most-mentioned parties.
    gazetteer_paths
        User gazetteer files (same TSV format) that extend or override the shipped one.

    Raises
    ------
    SidesError
        Fewer than two candidate sides are mentioned.
    """
    gazetteer = _gazetteer(tuple(str(p) for p in gazetteer_paths))
    by_id = gazetteer.by_id

    def actor_of(entry_id: str) -> str:
        entry = by_id[entry_id]
        if separatists_as_side and entry.kind == "tied":
            return entry.tied_to or entry_id
        return entry_id

    tallies: dict[str, _Tally] = {}
    units = _units(document, sentences)
    index = gazetteer.index
    # the body is scanned once; a separate title on its own
    body = iter(index.find_each(document.text, [(u.start, u.end) for u in units if u.rank]))
    for unit in units:
        found = next(body) if unit.rank else index.find(unit.text, unit.start, unit.end)
        for (actor, start, _, _), weight in _scored_mentions(unit, found, gazetteer):
            if by_id[actor].kind in NON_ACTOR_KINDS:
                continue
            tally = tallies.setdefault(actor_of(actor), _Tally())
            tally.score += weight
            tally.first = min(tally.first, (unit.rank, start))

    party_kinds = PARTY_KINDS if separatists_as_side else PARTY_KINDS | {"tied"}
    candidates = sorted(
        (i for i, t in tallies.items() if by_id[i].kind in party_kinds and t.score > 0),
        key=lambda i: (-tallies[i].score, tallies[i].first, i),
    )
    if len(candidates) < 2:
        where = document.source or document.id
        raise SidesError(f"{where}: could not detect two sides; pass --sides FILE")
    side_ids = sorted(candidates[:2], key=lambda i: (tallies[i].first, i))
    others = sorted((i for i in tallies if i not in side_ids), key=lambda i: (tallies[i].first, i))
    return SideSet(
        sides=[gazetteer.side(i, separatists_as_side) for i in side_ids],
        third_parties=[gazetteer.side(i, separatists_as_side) for i in others],
        source="detected",
    )


def _units(document: Document, sentences: list[Sentence]) -> list[_Unit]:
    """The title (when it is not the start of the text) and the sentences, headline weighted."""
    text = document.text
    if not sentences:
        sentences = [Sentence(0, 0, len(text))]
    title = (document.title or "").strip()
    units = []
    headline_end = -1
    if title:
        lead = len(text) - len(text.lstrip())
        if text.startswith(title, lead):
            headline_end = lead + len(title)
        else:
            units.append(_Unit(title, 0, len(title), HEADLINE_WEIGHT, 0))
    elif sentences[0].heading:
        headline_end = sentences[0].end
    for s in sentences:
        weight = HEADLINE_WEIGHT if s.end <= headline_end else 1.0
        units.append(_Unit(text, s.start, s.end, weight, 1))
    return units


def _scored_mentions(
    unit: _Unit, found: list[Found], gazetteer: _Gazetteer
) -> list[tuple[Found, float]]:
    """Each properly cased mention of ``found`` (those in ``unit``) with its score toward being a
    side."""
    conflict: bool | None = None  # looked up only when a mention needs it
    even_handed = -1 if not found else _last_even_handed(unit)
    scored = []
    for f in found:
        if not gazetteer.cased(f[3]):
            continue
        if _as_mediator(unit, f[1], f[2], even_handed):
            scored.append((f, 0.0))
            continue
        if conflict is None:
            conflict = _about_fighting(unit)
        scored.append((f, unit.weight * (CONFLICT_FACTOR if conflict else 1.0)))
    return scored


def _about_fighting(unit: _Unit) -> bool:
    """True when a word of ``unit`` has the stem of a conflict word (the tokens' ``norm``)."""
    # map() and isdisjoint() stop at the first conflict word without a Python-level loop body
    words = map(re.Match.group, TOKEN_RE.finditer(unit.text, unit.start, unit.end))
    return not _conflict_stems().isdisjoint(map(normalize, words))


@lru_cache(maxsize=16)
def _canonical_aliases(entries: tuple[GazetteerEntry, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries:
        for name in entry.names:
            out.setdefault(match_key(name), name)  # keyed as _scored_mentions looks it up
    return out


def _cased(found: str, alias: str) -> bool:
    """Proper-noun casing: "EU" only as upper case, "Turkey" only capitalised (not the bird)."""
    if alias.isupper():
        return found.isupper()
    if alias[:1].isupper():
        return found[:1].isupper()
    return True


def _last_even_handed(unit: _Unit) -> int:
    """The last offset in ``unit`` where an :data:`_EVEN_HANDED` match may start (-1: none)."""
    piece = unit.text[unit.start:unit.end]
    if not lowers_plainly(piece):
        return unit.end
    low = piece.lower()
    last = max(map(low.rfind, _EVEN_HANDED_WORDS))
    return -1 if last < 0 else unit.start + last


def _as_mediator(unit: _Unit, start: int, end: int, even_handed: int) -> bool:
    """True when the mention at ``start:end`` names a mediator or ally, not a party to the
    fighting.

    ``even_handed`` is where an appeal to both sides may start at the latest (see
    :func:`_last_even_handed`).
    """
    before = unit.text[max(unit.start, start - 60):start]
    if _links(before) and _MEDIATOR_BEFORE.search(before):
        return True
    if even_handed < end:
        return False
    after = unit.text[end:unit.end]
    even = _EVEN_HANDED.search(after)
    return bool(even and _APPEAL.search(after, 0, even.start()))


def _links(before: str) -> bool:
    """A quick test that ``before`` ends as a :data:`_MEDIATOR_BEFORE` match must end.

    That is "by", "on", "upon", "to", "with" or "of", then whitespace, maybe "the" and whitespace;
    most mentions fail it, which spares the slower search.
    """
    t = before.rstrip()
    if len(t) == len(before):
        return False
    if _THE_END.search(t, max(len(t) - 3, 0)):  # no link word ends in "the"
        t, the = t[:-3].rstrip(), t[:-3]
        if len(t) == len(the):
            return False
    return _LINK_END.search(t, max(len(t) - 4, 0)) is not None
