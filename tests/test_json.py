"""JSON output: round trip, stable bytes, schema keys."""

from __future__ import annotations

import json

from framing import ArticleAnalysis, analyze
from framing.model import SCHEMA_VERSION
from tests.test_seed import SEED


def test_round_trip_is_lossless():
    a = analyze(SEED)
    b = ArticleAnalysis.from_json(a.to_json())
    assert b == a or b.to_json() == a.to_json()
    assert b.statements == a.statements and b.voices == a.voices


def test_same_input_gives_identical_bytes():
    assert analyze(SEED).to_json() == analyze(SEED).to_json()


def test_schema_keys():
    data = json.loads(analyze(SEED).to_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data)[:8] == ["schema_version", "document", "sides_source", "sides",
                             "third_parties", "sentences", "statements", "voices"]
    assert {"id", "title", "text_length", "source"} <= set(data["document"])
    st = data["statements"][0]
    assert {"id", "text", "start", "end", "speaker", "side", "verb", "verb_class", "direct",
            "resolution", "sentence"} <= set(st)
    voices = {v["id"]: v for v in data["voices"]}
    assert {"armenia", "azerbaijan", "narrator", "eu", "russia", "csto"} <= set(voices)
    text = data["document"]["text"]
    for s in data["statements"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_from_json_reads_a_file(tmp_path):
    a = analyze(SEED)
    path = tmp_path / "a.json"
    path.write_text(a.to_json(), encoding="utf-8")
    assert ArticleAnalysis.from_json(path).statements == a.statements
