"""ArticleAnalysis.to_dict: each object's fields, in field order, and nothing else."""

from __future__ import annotations

from dataclasses import asdict

from framing.model import ArticleAnalysis, Document, Side, SideSet, Statement, Voice


def _analysis() -> ArticleAnalysis:
    sides = SideSet([Side("a", "A", ["Aland"], "state"), Side("b", "B", ["Bland"])])
    st = Statement("s1", "We will win", 0, 11, "Aland", "a", "say", "said", "neutral", True,
                   "named", 0, target="b")
    return ArticleAnalysis(Document("d", "We will win, Aland said."), sides, [], [st],
                           [Voice("a", "side", "A", ["s1"], [[0, 11]])])


def test_to_dict_holds_the_fields_in_order():
    a = _analysis()
    data = a.to_dict()
    assert data["statements"] == [asdict(a.statements[0])]
    assert list(data["statements"][0]) == list(asdict(a.statements[0]))
    assert data["sides"] == [asdict(s) for s in a.sides.sides]
    assert list(data["voices"][0]) == ["id", "kind", "name", "statement_ids", "spans"]


def test_to_dict_ignores_attributes_that_are_not_fields():
    a = _analysis()
    a.statements[0].note = "set by some step"  # not a field: never serialised
    del a.voices[0].spans
    a.voices[0].spans = [[0, 11]]  # re-set: the instance dict's order changed
    data = a.to_dict()
    assert "note" not in data["statements"][0]
    assert list(data["voices"][0]) == ["id", "kind", "name", "statement_ids", "spans"]
    assert data["statements"][0] == asdict(a.statements[0])
