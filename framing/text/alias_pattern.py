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
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Protocol

from framing.text.document_cache import document_cache

#: One alias found in a text: ``(actor id, start, end, the alias as written)``.
Found = tuple[str, int, int, str]

_WORDISH = re.compile(r"[\w-]")
#: Texts this long (documents, not speaker phrases) are scanned whole and the scan kept.
_MEMO_MIN = 300
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
    chain = ""  # letters with no alternative, in a loop: a 5,000-letter alias is no recursion
    while len(node) == 1 and "" not in node:
        ((ch, node),) = node.items()
        chain += re.escape(ch)
    ends = "" in node
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return chain
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longer continuations are tried first, so the longest alias wins
        return chain + "(?:" + body + ")?"
    return chain + body


def first_letter_split(words: Iterable[str]) -> tuple[str, str]:
    """The first letters of ``words`` (escaped, for a character class) and an alternation of the
    words' rests, each behind a lookbehind for its own first letter.

    ``[letters](?:rests)`` matches exactly ``words``, and the regex engine skips to the letters
    instead of trying every branch at every offset.
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    letters = re.escape("".join(sorted(rests)))
    return letters, "|".join(f"(?<={re.escape(c)})(?:{'|'.join(r)})"
                             for c, r in sorted(rests.items()))


def whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` (made of word characters; case-sensitively), not inside a longer word
    or hyphenation: the same matches as ``(?<![\\w-])(?:w1|w2|…)(?![\\w-])``, opening with the
    class of the words' first letters (:func:`first_letter_split`)."""
    letters, rests = first_letter_split(words)
    return re.compile(rf"[{letters}](?<![\w-].)(?:{rests})(?![\w-])")


def alias_pairs(actors: Iterable[_Named]) -> tuple[tuple[str, str], ...]:
    """``(alias, actor id)`` for every name and alias of ``actors``, in order (the cache key)."""
    return tuple((alias, a.id) for a in actors for alias in [a.name, *a.aliases])


@dataclass(frozen=True, eq=False)
class AliasIndex:
    """One compiled pattern for a set of aliases, and the actor each lower-cased alias names.

    The first actor to list an alias owns it; all-capital aliases ("US", "EU") match only in
    capitals, so that "us" is not the United States. Compared and hashed by identity (one index
    per alias set: :func:`alias_index`).
    """

    pattern: re.Pattern[str]
    actors: dict[str, str]
    caps_only: frozenset[str]
    #: ``(text, matches, starts, ends)`` of the last text scanned whole by :meth:`find`
    _memo: list[tuple] = field(default_factory=lambda: [("", [], [], [])], init=False,
                               repr=False, compare=False)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Every alias named in ``text[start:end]``, longest match first.

        A text asked about many times (a document, sentence by sentence) is scanned once, whole:
        the scan of the last text of :data:`_MEMO_MIN` characters or more is kept.
        """
        end = len(text) if end is None else end
        if len(text) < _MEMO_MIN and self._memo[0][0] != text:
            return self._accept(text, self._plain(text, start, end))
        memo = self._memo[0]
        if memo[0] != text:
            spans = self._scan(text, 0, len(text))
            memo = (text, spans, [m[0] for m in spans], [m[1] for m in spans])
            self._memo[0] = memo
        return self._pick(text, memo[1:], start, end, len(text))

    def find_phrase(self, phrase: str) -> tuple[Found, ...]:
        """:meth:`find` of a short phrase, kept by phrase (the last 8,192 of all indexes): the
        same speaker phrases ("the ministry", "Israel's military") are asked about by several
        rules, and recur."""
        return _found_in_phrase(self, phrase)

    def find_each(self, text: str, spans: list[tuple[int, int]]) -> list[list[Found]]:
        """:meth:`find` for each of ``spans``, from one scan of the text they lie in."""
        if not spans:
            return []
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        matches = self._scan(text, lo, hi)
        scan = (matches, [m[0] for m in matches], [m[1] for m in matches])
        return [self._pick(text, scan, s, e, hi) for s, e in spans]

    def _pick(self, text: str, scan: tuple[list[tuple[int, int]], list[int], list[int]],
              s: int, e: int, hi: int) -> list[Found]:
        """The aliases in ``text[s:e]``, from a ``(matches, starts, ends)`` scan up to ``hi``.

        The span is scanned again on its own only where that scan could differ: a match crossing
        its start or end, or a span that ends inside a word.
        """
        matches, starts, ends = scan
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        crossing = (i > 0 and ends[i - 1] > s) or (j > i and ends[j - 1] > e)
        if crossing or (e < hi and _WORDISH.match(text, e)):
            return self._accept(text, self._plain(text, s, e))
        return self._accept(text, matches[i:j])

    def _plain(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        return [m.span() for m in self.pattern.finditer(text, start, end)]

    @cached_property
    def _lowered(self) -> re.Pattern[str] | None:
        """The pattern without IGNORECASE, for lower-cased text (None if the aliases forbid it)."""
        return _compiled(frozenset(self.actors))[1]

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


@lru_cache(maxsize=8192)
def _found_in_phrase(index: AliasIndex, phrase: str) -> tuple[Found, ...]:
    return tuple(index.find(phrase))


def _fold(text: str) -> str:
    return text.casefold().replace("ı", "i")


#: The four non-ASCII letters that a case-insensitive pattern of ASCII letters also matches
#: ("confirmſ" matches "confirms"), each written as the ASCII letter it matches.
_IGNORECASE_TWINS = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "İ": "i"})


def match_key(matched: str) -> str:
    """What a case-insensitive match of a lexicon's lower-case form reads as: its text lower-cased,
    with the letters that matched as ASCII ones (long s, Kelvin sign, dotted and dotless i)
    written as those, so that looking it up in the lexicon finds the form it matched."""
    return matched.translate(_IGNORECASE_TWINS).lower()


def lowers_plainly(text: str) -> bool:
    """True when matching ``text`` case-insensitively is matching ``text.lower()`` exactly.

    Then ``text.lower()`` also keeps every offset. Holds for English news text; not for text with
    letters that fold specially (dotless i, long s, …) or outside the Latin alphabets.
    """
    return text.isascii() or all(map(_plain_case, set(_NON_ASCII.findall(text))))


@document_cache(maxsize=4)  # the text, its title, … of one document
def plain_lower(text: str) -> str | None:
    """``text.lower()`` when matching it stands for case-insensitive matching of ``text``
    (:func:`lowers_plainly`: same offsets, same word characters), else None.

    Case-insensitive scans are about twice as slow as plain ones: documents are lowered once
    and scanned without IGNORECASE.
    """
    return text.lower() if lowers_plainly(text) else None


def for_lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for :func:`plain_lower` text (its letters in lower case)."""
    # cached by source and flags: hashing a compiled pattern hashes all its code, each time
    return _without_ignorecase(pattern.pattern, pattern.flags)


@lru_cache(maxsize=64)
def _without_ignorecase(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags & ~re.IGNORECASE)


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
    return AliasIndex(_compiled(frozenset(actors))[0], actors, frozenset(caps_only))


@lru_cache(maxsize=512)
def _compiled(aliases: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The case-insensitive pattern of lower-cased ``aliases``, and the same pattern without
    IGNORECASE for lower-cased text (None when the aliases have letters that fold specially).

    Cached by the set of aliases alone: side sets listing the same names in another order or
    for other owners share the compiled patterns.
    """
    source = rf"(?<![\w-])(?:{trie_regex(sorted(aliases))})(?![\w-])"
    plain = all(map(_plain_case, set("".join(aliases))))
    return re.compile(source, re.IGNORECASE), re.compile(source) if plain else None
