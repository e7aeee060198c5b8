"""Ranking terms: folding the shorter n-grams a longer one makes redundant, and the top k.

A shorter n-gram is *subsumed* by a longer one it is part of when both have the same counts
everywhere (the same signature): it adds no evidence of its own, so lists show the longer one and
fold the shorter into it. Lists are cut at k items, keeping the items tied with the k-th (up to
:data:`MAX_ITEMS`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import methodcaller

#: Ties at a list's top-k cut are kept (no arbitrary cut among equals), up to this many items.
MAX_ITEMS = 60

#: ``(score, own count, signature, keys)``: keys sharing one score and count; keys with the same
#: signature (several groups may share one) can fold into each other.
Group = tuple[float, int, Hashable, list[str]]


@lru_cache(maxsize=100_000)
def parts(key: str) -> tuple[str, ...]:
    """The shorter n-grams inside ``key``: by length, then position."""
    words = key.split(" ")
    return tuple(" ".join(words[i:i + n]) for n in range(1, len(words))
                 for i in range(len(words) - n + 1))


def folds(keys: list[str]) -> dict[str, list[str]]:
    """For each of ``keys`` (terms of one signature), the shorter ones of ``keys`` inside it."""
    present = set(keys)
    out: dict[str, list[str]] = {}
    for key in keys:
        subs = [sub for sub in parts(key) if sub in present]
        if subs:
            out[key] = subs
    return out


def inside(keys: Iterable[str]) -> set[str]:
    """Every shorter n-gram inside one of ``keys``."""
    return set(chain.from_iterable(map(parts, keys)))


def drop_subsumed(
    ranked: list[str], signature: Mapping[str, Hashable]
) -> tuple[list[str], dict[str, list[str]]]:
    """``ranked`` without the keys a longer one makes redundant, and what each longer one folds."""
    classes: defaultdict[Hashable, list[str]] = defaultdict(list)
    for key in ranked:
        classes[signature[key]].append(key)
    subs: dict[str, list[str]] = {}
    for keys in classes.values():
        subs.update(folds(keys))
    gone = {s for lst in subs.values() for s in lst}
    return [k for k in ranked if k not in gone], subs


def cut(ranked: list[str], rank: Mapping[str, Hashable], k: int) -> list[str]:
    """The first ``k`` of ``ranked`` plus any tied with the k-th, at most MAX_ITEMS."""
    end = min(k, len(ranked))
    while 0 < end < min(len(ranked), MAX_ITEMS) and rank[ranked[end]] == rank[ranked[end - 1]]:
        end += 1
    return ranked[:end]


@dataclass
class Ranked:
    """Ranked keys, and what each folds (the shorter keys of its signature inside it)."""

    keys: list[str]
    #: a listed key → the keys of its signature
    signature_keys: dict[str, set[str]]

    def folds(self, key: str) -> list[str]:
        """The shorter keys ``key`` makes redundant."""
        present = self.signature_keys[key]
        return [sub for sub in parts(key) if sub in present]


def top_ranked(groups: Iterable[Group], k: int) -> Ranked:
    """The keys of ``groups`` ranked and cut.

    The same as sorting all keys by ``(-score, -own, -words, key)``, dropping the subsumed ones
    (:func:`drop_subsumed` by signature) and taking :func:`cut` at ``k`` with the rank
    ``(round(score, 4), own)``; but only the groups that reach the cut are sorted and folded.
    """
    classes: defaultdict[Hashable, list[str]] = defaultdict(list)
    tiers: defaultdict[tuple[float, int], list[tuple[Hashable, list[str]]]] = defaultdict(list)
    for score, own, sig, keys in groups:
        classes[sig] += keys
        tiers[score, own].append((sig, keys))
    # per signature: its keys, and those of them inside a longer one (subsumed)
    folding: dict[Hashable, tuple[set[str], set[str]]] = {}
    out = Ranked([], {})
    last: tuple[float, int] | None = None
    for score, own in sorted(tiers, key=lambda t: (-t[0], -t[1])):
        rank = (round(score, 4), own)
        if len(out.keys) >= k and (not out.keys or len(out.keys) >= MAX_ITEMS or rank != last):
            break
        # one rank: the tier is taken whole, up to the cut (or MAX_ITEMS once past k)
        members: list[str] = []
        for sig, keys in tiers[score, own]:
            if sig not in folding:
                present = set(classes[sig])
                folding[sig] = present, present.intersection(inside(classes[sig]))
            present, gone = folding[sig]
            listed = [key for key in keys if key not in gone]
            members += listed
            out.signature_keys.update(dict.fromkeys(listed, present))
        # more words first, then alphabetical (stable sorts, the main criterion last)
        members.sort()
        members.sort(key=_SPACES, reverse=True)
        out.keys += members[:max(k, MAX_ITEMS) - len(out.keys)]
        last = rank
    return out


def most_counted(counts: Mapping[str, int], k: int) -> list[str]:
    """The ``k`` keys with the highest counts; ties: fewer words first, then alphabetical."""
    floor = sorted(counts.values(), reverse=True)[k - 1] if len(counts) > k else 0
    keys = sorted(key for key, c in counts.items() if c >= floor)
    # stable sorts, the main criterion last
    keys.sort(key=_SPACES)
    keys.sort(key=counts.__getitem__, reverse=True)
    return keys[:k]


_SPACES = methodcaller("count", " ")
