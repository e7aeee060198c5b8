"""Position queries on lists of actor mentions (and spans), by bisection instead of a scan.

Each predicate of a clause asks which mentions lie before it or overlap another; in a long
clause (a run-on sentence of hundreds of acts and actors) a scan per question was quadratic, and
so was asking, for each act of a long article, whether any of its statements' verbs covers it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from itertools import accumulate
from operator import attrgetter

from framing.model import Mention

_START = attrgetter("start")


class MentionList(list[Mention]):
    """Mentions in text order (by start), with the indexes the queries below bisect; built once
    for the span a predicate scan looks at, and not changed after."""

    @cached_property
    def starts(self) -> list[int]:
        return [m.start for m in self]

    @cached_property
    def reach(self) -> list[int]:
        """For each index, the furthest end of a mention up to it (non-decreasing)."""
        return list(accumulate((m.end for m in self), max))


def _indexed(mentions: list[Mention]) -> MentionList:
    return mentions if isinstance(mentions, MentionList) else MentionList(mentions)


def ending_between(mentions: list[Mention], lo: int, pos: int) -> Iterator[Mention]:
    """In order, the mentions that may end inside ``[lo, pos]``: all those that do, and a few
    that do not (those before them end before ``lo``, those after start past ``pos``)."""
    index = _indexed(mentions)
    for k in range(bisect_left(index.reach, lo), bisect_right(index.starts, pos)):
        yield index[k]


def starting_between(mentions: list[Mention], start: int, end: int) -> Iterator[Mention]:
    """In order, the mentions that start inside ``[start, end]``."""
    index = _indexed(mentions)
    for k in range(bisect_left(index.starts, start), bisect_right(index.starts, end)):
        yield index[k]


def last_two_before(mentions: list[Mention], start: int, pos: int) -> list[Mention]:
    """The last two (or fewer) of ``mentions`` (in text order, by start) that lie inside
    ``[start, pos)``, in order: the tail of ``[m for m in mentions if start <= m.start and
    m.end <= pos]``."""
    first = bisect_left(mentions, start, key=_START)
    found: list[Mention] = []
    for k in range(bisect_right(mentions, pos, key=_START) - 1, first - 1, -1):
        if mentions[k].end <= pos:
            found.append(mentions[k])
            if len(found) == 2:
                break
    return found[::-1]


def without_overlaps(extra: list[Mention], found: list[Mention]) -> list[Mention]:
    """``extra`` without the mentions that overlap one of ``found`` (in any order)."""
    ordered = sorted(found, key=_START)
    starts = [f.start for f in ordered]
    reach = list(accumulate((f.end for f in ordered), max))  # the furthest end so far

    def overlaps(x: Mention) -> bool:
        k = bisect_left(starts, x.end)  # ordered[:k] start before x ends
        return k > 0 and reach[k - 1] > x.start

    return [x for x in extra if not overlaps(x)]


def covered_by(spans: Iterable[Sequence[int]]) -> Callable[[int], bool]:
    """A test of whether a position lies in any of ``spans``: ``any(a <= pos < b ...)``."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))

    def covered(pos: int) -> bool:
        k = bisect_right(starts, pos)  # ordered[:k] start at or before pos
        return k > 0 and reach[k - 1] > pos

    return covered
