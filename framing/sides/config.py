"""Read the two sides (and third parties) from a YAML file the user writes.

Format (docs/sides.md)::

    sides:                      # exactly two
      - id: armenia             # optional; default: the name in lower_snake_case
        name: Armenia           # required
        aliases: [Armenian, Armenians, Yerevan]
        kind: state             # optional: state | non_state (default: the gazetteer's, if any)
      - {name: Azerbaijan, aliases: [Azerbaijani, Baku]}
    third_parties:              # optional
      - {id: russia, name: Russia, aliases: [Moscow, Kremlin]}
    use_gazetteer: true         # optional (default true): add the gazetteer's aliases
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from framing.model import SIDE_KINDS, Side, SideSet
from framing.sides.gazetteer import (
    RESERVED_IDS,
    GazetteerEntry,
    SidesError,
    load_gazetteer,
    merge_names,
)

_TOP_KEYS = ("sides", "third_parties", "use_gazetteer")
_ACTOR_KEYS = ("id", "name", "aliases", "kind")
_LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping, for error messages."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping


def load_sides(
    path: str | Path,
    *,
    separatists_as_side: bool = True,
    gazetteer_paths: Iterable[str | Path] = (),
) -> SideSet:
    """The :class:`SideSet` described by the YAML file at ``path`` (``source="config"``).

    Parameters
    ----------
    path
        The sides file.
    separatists_as_side
        With ``use_gazetteer``, also give each side the aliases of the gazetteer's authorities
        tied to it (unless the file lists those authorities itself).
    gazetteer_paths
        User gazetteer files that extend the shipped one.

    Raises
    ------
    SidesError
        Missing file, YAML syntax error, or a file that does not describe exactly two sides with
        names and unique, unreserved ids. The message is one line naming the file (and line).
    """
    where = str(path)
    data = _read(path)
    if not isinstance(data, dict) or not isinstance(data.get("sides"), list):
        raise SidesError(f"{where}: expected a mapping with a 'sides' list (see docs/sides.md)")
    _check_keys(where, data, _TOP_KEYS, "top level")
    raw_sides, raw_third = data["sides"], data.get("third_parties") or []
    if len(raw_sides) != 2:
        raise SidesError(f"{where}:{data[_LINE]}: 'sides' must list exactly two sides, "
                         f"got {len(raw_sides)}")
    if not isinstance(raw_third, list):
        raise SidesError(f"{where}:{data[_LINE]}: 'third_parties' must be a list")
    sides = [_actor(where, raw, f"sides[{i}]") for i, raw in enumerate(raw_sides)]
    third = [_actor(where, raw, f"third_parties[{i}]") for i, raw in enumerate(raw_third)]
    _check_ids(where, [*sides, *third])
    use_gazetteer = data.get("use_gazetteer", True)
    if not isinstance(use_gazetteer, bool):
        raise SidesError(f"{where}:{data[_LINE]}: 'use_gazetteer' must be true or false")
    side_set = SideSet(sides=sides, third_parties=third, source="config")
    return with_gazetteer(side_set, separatists_as_side=separatists_as_side,
                          gazetteer_paths=gazetteer_paths, aliases=use_gazetteer)


def with_gazetteer(sides: SideSet, *, separatists_as_side: bool = True,
                   gazetteer_paths: Iterable[str | Path] = (), aliases: bool = True) -> SideSet:
    """``sides`` with each actor given the aliases (and kind, if it has none) of the gazetteer
    entry whose id or name matches its own, as a sides file with ``use_gazetteer: true`` gets;
    without ``aliases``, the kind alone (``use_gazetteer: false`` keeps the aliases as written,
    but Peru is still a state)."""
    entries = load_gazetteer(gazetteer_paths)
    listed = {a.id for a in sides.actors}
    merge = separatists_as_side and aliases
    return SideSet(
        sides=[_enrich(a, entries, merge, listed, aliases) for a in sides.sides],
        third_parties=[_enrich(a, entries, False, listed, aliases) for a in sides.third_parties],
        source=sides.source,
    )


def _read(path: str | Path) -> Any:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SidesError(f"{path}: cannot read sides file ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SidesError(f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                         "save the sides file as UTF-8") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise SidesError(f"{path}{line}: YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise SidesError(f"{path}: YAML error: {' '.join(str(exc).split())}") from None


def _check_keys(where: str, data: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    for key in data:
        if key != _LINE and key not in allowed:
            raise SidesError(f"{where}:{data[_LINE]}: unknown key {key!r} in {what} "
                             f"(expected: {', '.join(allowed)})")


def _actor(where: str, raw: Any, what: str) -> Side:
    if not isinstance(raw, dict):
        raise SidesError(f"{where}: {what} must be a mapping with at least a 'name'")
    line = raw[_LINE]
    _check_keys(where, raw, _ACTOR_KEYS, what)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SidesError(f"{where}:{line}: {what} is missing 'name'")
    ident = raw.get("id", _slug(name))
    if not isinstance(ident, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", ident):
        raise SidesError(f"{where}:{line}: {what} has an invalid id {ident!r} "
                         "(letters, digits, _ . - only)")
    aliases = raw.get("aliases") or []
    if isinstance(aliases, str) or not isinstance(aliases, list) or not all(
        isinstance(a, str | int | float) for a in aliases
    ):
        raise SidesError(f"{where}:{line}: {what} 'aliases' must be a list of names")
    kind = raw.get("kind")
    if kind is not None and kind not in SIDE_KINDS:
        raise SidesError(f"{where}:{line}: {what} has an invalid kind {kind!r} "
                         f"(expected: {' or '.join(SIDE_KINDS)})")
    return Side(ident, name.strip(), merge_names([name], (str(a) for a in aliases)), kind)


def _check_ids(where: str, actors: list[Side]) -> None:
    seen: set[str] = set()
    for actor in actors:
        if actor.id in RESERVED_IDS:
            raise SidesError(f"{where}: id '{actor.id}' is reserved "
                             f"({', '.join(sorted(RESERVED_IDS))})")
        if actor.id in seen:
            raise SidesError(f"{where}: duplicate id '{actor.id}'")
        seen.add(actor.id)


def _enrich(actor: Side, entries: list[GazetteerEntry], merge_tied: bool, listed: set[str],
            aliases: bool = True) -> Side:
    """Add the aliases of the gazetteer entry whose id or name matches the actor's id, name
    (without a parenthesis: "Pakistan (government, military and police)") or first alias."""
    keys = {actor.id.lower(), actor.name.lower(), _PARENTHESIS.sub("", actor.name).lower()}
    keys.update(a.lower() for a in actor.aliases[:2])  # the name may come first
    match = next((e for e in entries if e.id in keys or e.name.lower() in keys), None)
    if match is None:
        return actor
    if not aliases:
        return Side(actor.id, actor.name, actor.aliases, actor.kind or match.side_kind)
    extra = list(match.names)
    if merge_tied:
        for e in entries:
            if e.kind == "tied" and e.tied_to == match.id and e.id not in listed:
                extra += e.names
    return Side(actor.id, actor.name, merge_names(actor.aliases, extra),
                actor.kind or match.side_kind)


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "actor"
