"""The actor gazetteer: who can be a side or a third party, and the names that mention them.

The shipped gazetteer is ``framing/lexicons/gazetteer.tsv`` (columns: id, name, kind, aliases,
tied_to). Users extend it with files in the same format; an entry whose id is already known replaces
the earlier one, in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from framing.lexicons import load_rows
from framing.model import BOTH, NARRATOR, UNKNOWN, Side, SideSet

#: Ids that name voices, not actors.
RESERVED_IDS = frozenset({BOTH, NARRATOR, UNKNOWN})

#: Kinds that may be one of the two sides.
PARTY_KINDS = frozenset({"country", "armed_group", "government"})
#: Kinds that are never actors (matched only so their names do not count for another entry).
NON_ACTOR_KINDS = frozenset({"historical", "region"})
KINDS = PARTY_KINDS | NON_ACTOR_KINDS | {"organization", "tied"}
_SIDE_KIND = {"country": "state", "armed_group": "non_state"}


class SidesError(ValueError):
    """A sides file, a gazetteer file or the text itself does not give two sides.

    ``str()`` is one line that names the file (and line, where known).
    """


@dataclass(frozen=True)
class GazetteerEntry:
    """One actor (or non-actor name) of the gazetteer."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    tied_to: str | None = None

    @property
    def names(self) -> list[str]:
        """The name, then the aliases (no duplicates, case-insensitively)."""
        return merge_names([self.name], self.aliases)

    @property
    def side_kind(self) -> str | None:
        """:attr:`Side.kind`: a country is a state, an armed group is not; else not known (a
        government entry may be a rival or exiled one)."""
        return _SIDE_KIND.get(self.kind)

    def to_side(self, extra: Iterable[str] = ()) -> Side:
        """A :class:`Side` whose aliases are the name, the aliases and ``extra``."""
        return Side(self.id, self.name, merge_names(self.names, extra), self.side_kind)


def merge_names(*groups: Iterable[str]) -> list[str]:
    """Concatenate name lists, dropping blanks and case-insensitive duplicates, keeping order."""
    seen: set[str] = set()
    out = []
    for group in groups:
        for name in group:
            key = name.strip().lower()
            if key and key not in seen:
                seen.add(key)
                out.append(name.strip())
    return out


def load_gazetteer(extra_paths: Iterable[str | Path] = ()) -> list[GazetteerEntry]:
    """The shipped gazetteer, extended (and overridden by id) by the user files, in order.

    Raises
    ------
    SidesError
        A file is missing, or an entry has too few columns, an unknown kind, or a ``tied``
        entry's ``tied_to`` is not a known id.
    """
    return list(_load(("gazetteer", *(str(p) for p in extra_paths))))


@lru_cache(maxsize=16)
def _load(sources: tuple[str, ...]) -> tuple[GazetteerEntry, ...]:
    entries: dict[str, GazetteerEntry] = {}
    for source in sources:
        if source != "gazetteer" and not Path(source).is_file():
            raise SidesError(f"{source}: no such gazetteer file")
        try:
            rows = load_rows(source)
        except (FileNotFoundError, UnicodeDecodeError) as exc:
            raise SidesError(f"{source}: cannot read gazetteer file ({exc})") from None
        for row in rows:
            entry = _entry(source, row)
            entries[entry.id] = entry  # a known id keeps its position, takes the new content
    for entry in entries.values():
        if entry.kind == "tied" and entry.tied_to not in entries:
            raise SidesError(f"{sources[-1]}: entry '{entry.id}' is tied to unknown id "
                             f"'{entry.tied_to}'")
    return tuple(entries.values())


def _entry(source: str, row: tuple[str, ...]) -> GazetteerEntry:
    cells = [*row, "", "", "", ""][:5]
    ident, name, kind, aliases, tied_to = cells
    if not ident or not name or not kind:
        raise SidesError(f"{source}: entry {' '.join(row)!r} needs id, name and kind "
                         "(tab-separated)")
    if ident in RESERVED_IDS:
        reserved = ", ".join(sorted(RESERVED_IDS))
        raise SidesError(f"{source}: id '{ident}' is reserved ({reserved})")
    if kind not in KINDS:
        raise SidesError(f"{source}: entry '{ident}' has unknown kind '{kind}' "
                         f"(expected one of {', '.join(sorted(KINDS))})")
    if kind == "tied" and not tied_to:
        raise SidesError(f"{source}: tied entry '{ident}' needs a tied_to id (5th column)")
    return GazetteerEntry(ident, name, kind, tuple(a.strip() for a in aliases.split("|")
                                                   if a.strip()), tied_to or None)


@lru_cache(maxsize=16)
def alias_matcher(entries: tuple[GazetteerEntry, ...]) -> SideSet:
    """A :class:`SideSet` holding every entry, used only for its alias matching.

    Reusing ``SideSet.mentions`` means detection counts exactly the mentions that attribution
    will later see (same word boundaries, longest alias first).
    """
    sides = [e.to_side() for e in entries]
    return SideSet(sides=sides[:2], third_parties=sides[2:])
