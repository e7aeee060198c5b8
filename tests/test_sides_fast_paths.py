"""SideSet's side helpers read the sides without building lists; same answers as first written."""

from __future__ import annotations

from itertools import product

from framing.model import Side, SideSet

KINDS = ("state", "non_state", None, "other")


def _state_side(sides: SideSet) -> str | None:
    states = [s.id for s in sides.sides if s.kind == "state"]
    return states[0] if len(states) == 1 else None


def _armed_group_side(sides: SideSet) -> str | None:
    state = _state_side(sides)
    other = sides.get(sides.other(state)) if state else None
    return other.id if other and other.kind in ("non_state", None) else None


def _side_set(kind_a: str | None, kind_b: str | None) -> SideSet:
    return SideSet([Side("a", "A", [], kind_a), Side("b", "B", [], kind_b)],
                   [Side("c", "C", [], "state")])


def test_helpers_as_first_written_for_every_pair_of_kinds() -> None:
    for kind_a, kind_b in product(KINDS, repeat=2):
        sides = _side_set(kind_a, kind_b)
        assert sides.state_side() == _state_side(sides), (kind_a, kind_b)
        assert sides.armed_group_side() == _armed_group_side(sides), (kind_a, kind_b)
        assert sides.side_ids == ["a", "b"]


def test_helpers_follow_a_change_of_the_sides() -> None:
    sides = _side_set("state", "non_state")
    assert (sides.state_side(), sides.armed_group_side()) == ("a", "b")
    ids = sides.side_ids
    ids.append("x")  # a new list each time: changing it changes nothing
    assert sides.side_ids == ["a", "b"]
    sides.sides[0].kind = "non_state"
    sides.sides[1].kind = "state"
    assert (sides.state_side(), sides.armed_group_side()) == ("b", "a")
    sides.sides[1] = Side("d", "D", [], None)
    assert (sides.state_side(), sides.armed_group_side()) == (None, None)
    assert sides.side_ids == ["a", "d"]
