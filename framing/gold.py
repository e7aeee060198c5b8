"""The gold file: hand-annotated sentences for scoring attribution and stance (JSONL).

One JSON object per line: a short text, its sides, the statements a careful reader finds in it
and the hostile stance claims. The format is described in ``docs/evaluate.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing.model import BOTH, NARRATOR, UNKNOWN, SideSet
from framing.sides.config import with_gazetteer


class GoldError(ValueError):
    """A malformed gold file; the message names the file and the line."""


@dataclass
class GoldStatement:
    speaker: str
    side: str
    verb: str
    content: str
    start: int
    end: int
    pattern: str


@dataclass
class GoldItem:
    id: str
    conflict: str
    text: str
    sides: SideSet
    statements: list[GoldStatement]
    stance: list[tuple[str, str, str, str]]  # claimant, agent, target, predicate
    headline: bool = False
    pattern: str | None = None
    line: int = 0


def load_gold(path: str | Path) -> list[GoldItem]:
    """Parse and check a gold JSONL file; raise :class:`GoldError` naming file and line."""
    path = Path(path)
    try:
        # not splitlines(): a JSON string may hold U+2028, U+2029 or U+0085 as they are
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})") from None
    items: list[GoldItem] = []
    by_id: dict[str, GoldItem] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = _parse_item(json.loads(line), by_id, number)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise GoldError(f"{path}:{number}: {exc}") from None
        items.append(item)
        by_id[item.id] = item
    if not items:
        raise GoldError(f"{path}: no gold items")
    return items


def _need(data: dict[str, Any], key: str, kind: type, where: str = "item") -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise ValueError(f"{where} needs {key!r} ({kind.__name__})")
    return value


def _parse_item(data: Any, earlier: dict[str, GoldItem], line: int) -> GoldItem:
    if not isinstance(data, dict):
        raise ValueError("each line must be one JSON object")
    item_id = _need(data, "id", str)
    if item_id in earlier:
        raise ValueError(f"duplicate id {item_id!r}")
    text = _need(data, "text", str)
    if "sides" in data:
        block = dict(_need(data, "sides", dict))
        use_gazetteer = block.pop("use_gazetteer", True)
        sides = SideSet.from_dict({**block, "source": "config"})
        sides = with_gazetteer(sides, aliases=bool(use_gazetteer))  # as a sides file gets it
    elif data.get("sides_ref") in earlier:
        sides = earlier[data["sides_ref"]].sides
    else:
        raise ValueError(f"item {item_id!r} needs 'sides' or 'sides_ref' naming an earlier item")
    actors = {a.id for a in sides.actors}
    statements = []
    for st in _need(data, "statements", list):
        if not isinstance(st, dict):
            raise ValueError("each statement must be an object")
        content = _need(st, "content", str, "statement")
        side = _need(st, "side", str, "statement")
        if side not in actors | {BOTH, UNKNOWN}:
            raise ValueError(f"statement side {side!r} is not an actor id, 'both' or 'unknown'")
        start = st.get("start", text.find(content))
        if start < 0 or text[start:start + len(content)] != content:
            raise ValueError(f"statement content is not a substring of the text: {content!r}")
        statements.append(GoldStatement(
            _need(st, "speaker", str, "statement"), side, str(st.get("verb", "")), content,
            start, start + len(content), str(st.get("pattern") or data.get("pattern") or "-"),
        ))
    stance = []
    for cl in data.get("stance", []):
        if not isinstance(cl, dict):
            raise ValueError("each stance claim must be an object")
        claimant, agent, target = (_need(cl, k, str, "stance claim")
                                   for k in ("claimant", "agent", "target"))
        if claimant not in actors | {NARRATOR, BOTH, UNKNOWN} or not {agent, target} <= actors:
            raise ValueError(f"stance claim names an unknown actor: {claimant}/{agent}/{target}")
        stance.append((claimant, agent, target, str(cl.get("predicate", ""))))
    return GoldItem(item_id, str(data.get("conflict", "")), text, sides, statements, stance,
                    bool(data.get("headline", False)), data.get("pattern"), line)
