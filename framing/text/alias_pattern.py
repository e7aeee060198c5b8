"""Compile many phrases into one fast regular expression (a trie of alternatives), and find aliases.

A flat alternation of thousands of aliases makes the regex engine try each one at every position;
factoring common prefixes into a trie lets it discard most of them at the first character.
Compiled alias sets are cached by their content (:func:`alias_index`), so that articles about the
same conflict share one pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Protocol

#: One alias found in a text: ``(actor id, start, end, the alias as written)``.
Found = tuple[str, int, int, str]

_WORDISH = re.compile(r"[\w-]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Letters whose case-insensitive regex matching is not plain lower-casing (dotless i, long s, …).
_SPECIAL_CASE = frozenset("\u00b5\u00df\u0130\u0131\u0149\u017f")


class _Named(Protocol):
    id: str
    name: str
    aliases: list[str]


def trie_regex(phrases: list[str]) -> str:
    """A regex body matching any of ``phrases`` (lower-case them first for IGNORECASE use)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longer continuations are tried first, so the longest alias wins
        return "(?:" + body + ")?"
    return body


def alias_pairs(actors: Iterable[_Named]) -> tuple[tuple[str, str], ...]:
    """``(alias, actor id)`` for every name and alias of ``actors``, in order (the cache key)."""
    return tuple((alias, a.id) for a in actors for alias in [a.name, *a.aliases])


@dataclass(frozen=True)
class AliasIndex:
    """One compiled pattern for a set of aliases, and the actor each lower-cased alias names.

    The first actor to list an alias owns it; all-capital aliases ("US", "EU") match only in
    capitals, so that "us" is not the United States.
    """

    pattern: re.Pattern[str]
    actors: dict[str, str]
    caps_only: frozenset[str]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Every alias named in ``text[start:end]``, longest match first."""
        end = len(text) if end is None else end
        return self._accept(text, [m.span() for m in self.pattern.finditer(text, start, end)])

    def find_each(self, text: str, spans: list[tuple[int, int]]) -> list[list[Found]]:
        """:meth:`find` for each of ``spans``, from one scan of the text they lie in.

        A span is scanned again on its own only where one scan could differ: a match crossing
        its start or end, or a span that ends inside a word.
        """
        if not spans:
            return []
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        matches = self._scan(text, lo, hi)
        starts = [m[0] for m in matches]
        ends = [m[1] for m in matches]
        out = []
        for s, e in spans:
            i, j = bisect_left(starts, s), bisect_left(starts, e)
            crossing = (i > 0 and ends[i - 1] > s) or (j > i and ends[j - 1] > e)
            if crossing or (e < hi and _WORDISH.match(text, e)):
                out.append(self.find(text, s, e))
            else:
                out.append(self._accept(text, matches[i:j]))
        return out

    @cached_property
    def _lowered(self) -> re.Pattern[str] | None:
        """The pattern without IGNORECASE, for lower-cased text (None if the aliases forbid it)."""
        if not all(map(_plain_case, set("".join(self.actors)))):
            return None
        return re.compile(self.pattern.pattern)

    def _scan(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Where the pattern matches in ``text[start:end]``.

        Case-insensitive matching is slow with thousands of aliases: when lower-casing the text
        changes nothing else (no dotless i, long s, …), the lower-cased text is scanned instead.
        """
        lowered = self._lowered
        piece = text[max(start - 1, 0):end]  # one character more: the lookbehind sees it
        if lowered is None or not lowers_plainly(piece):
            return [m.span() for m in self.pattern.finditer(text, start, end)]
        shift = max(start - 1, 0)
        spans = [m.span() for m in lowered.finditer(piece.lower(), start - shift)]
        return [(a + shift, b + shift) for a, b in spans] if shift else spans

    def _accept(self, text: str, spans: list[tuple[int, int]]) -> list[Found]:
        found = []
        for start, end in spans:
            alias = text[start:end]
            key = alias.lower()
            if key in self.caps_only and alias != alias.upper():
                continue
            # regex case-insensitivity also folds "ı"/"ſ", which lower() keeps apart
            actor = self.actors.get(key) or self._folded.get(_fold(alias))
            if actor is not None:
                found.append((actor, start, end, alias))
        return found

    @cached_property
    def _folded(self) -> dict[str, str]:
        return {_fold(alias): actor for alias, actor in self.actors.items()}


def _fold(text: str) -> str:
    return text.casefold().replace("ı", "i")


def lowers_plainly(text: str) -> bool:
    """True when matching ``text`` case-insensitively is matching ``text.lower()`` exactly.

    Then ``text.lower()`` also keeps every offset. Holds for English news text; not for text with
    letters that fold specially (dotless i, long s, …) or outside the Latin alphabets.
    """
    return text.isascii() or all(map(_plain_case, set(_NON_ASCII.findall(text))))


@lru_cache(maxsize=4096)
def _plain_case(ch: str) -> bool:
    """True when case-insensitive matching of ``ch`` is the same as comparing it lower-cased.

    ASCII, caseless characters (quotes, dashes) and the Latin letters up to U+024F with
    one-character upper and lower cases; not the few letters that fold specially.
    """
    if ch.isascii() or ch.lower() == ch == ch.upper():
        return True
    return ("\u00c0" <= ch <= "\u024f" and ch not in _SPECIAL_CASE
            and len(ch.lower()) == 1 and len(ch.upper()) == 1)


@lru_cache(maxsize=512)
def alias_index(pairs: tuple[tuple[str, str], ...]) -> AliasIndex | None:
    """The :class:`AliasIndex` of ``(alias, actor id)`` pairs (see :func:`alias_pairs`).

    Cached by content; None when there are no aliases.
    """
    actors: dict[str, str] = {}
    caps_only: set[str] = set()
    for alias, actor in pairs:
        actors.setdefault(alias.lower(), actor)
        if len(alias) > 1 and alias.isupper():
            caps_only.add(alias.lower())
    if not actors:
        return None
    body = trie_regex(list(actors))
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return AliasIndex(pattern, actors, frozenset(caps_only))
