"""The seed article end to end: every statement's speaker, side and verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing import analyze
from framing.config import AnalysisConfig

SEED = Path(__file__).parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"

# (start of the content, speaker as written, side, verb lemma, verb class, resolution)
EXPECTED = [
    ("soldiers killed and detained", "Armenia", "armenia", "claim", "doubt", "headline"),
    ("deaths and loss of military", "Armenia", "armenia", "report", "informative", "named"),
    ("there are dead and wounded", "The Armenian Defense Ministry", "armenia", "say", "neutral",
     "named"),
    ("the number of casualties", "He", "armenia", "say", "neutral", "pronoun"),
    ("12 Armenian servicemen", "The ministry", "armenia", "report", "informative",
     "institution"),
    ("starting fighting", "the two sides", "both", "accuse", "accusatory", "reciprocal"),
    ("Armenian troops attacked", "Azerbaijani Defense Ministry", "azerbaijan", "say", "neutral",
     "named"),
    ("two Azerbaijani soldiers", "Azerbaijani Defense Ministry", "azerbaijan", "add", "neutral",
     "named"),
    ("Azerbaijani troops “stopped", "The ministry", "azerbaijan", "say", "neutral",
     "institution"),
    ("Armenia “is deliberately", "The country’s foreign ministry", "azerbaijan", "say",
     "neutral", "country_context"),
    ("Azerbaijani forces tried", "The Armenian Defense Ministry", "armenia", "say", "neutral",
     "named"),
    ("both sides to cease", "The European Union", "eu", "call on", "directive", "named"),
    ("Call for urgent de-escalation", "European Council President Charles Michel", "eu", "say",
     "neutral", "named"),
    ("Difficult situation", "he", "eu", "add", "neutral", "pronoun"),
    ("allying with Russia", "Armenia", "armenia", "call for", "directive", "named"),
    ("Since there has been an attack", "Security Council Secretary Armen Grigoryan", "armenia",
     "say", "neutral", "previous_speaker"),
    ("occasional exchanges of fire", "Armenia and Azerbaijan", "both", "report", "informative",
     "named"),
    ("the situation along their border", "Armenia and Azerbaijan", "both", "say", "neutral",
     "named"),
    ("opening fire", "they", "both", "exchange accusations", "accusatory", "reciprocal"),
    ("the only road connecting", "the Nagorno-Karabakh authorities", "armenia", "say", "neutral",
     "named"),
]


@pytest.fixture(scope="module")
def seed():
    return analyze(SEED)


def test_sides_and_third_parties(seed):
    assert seed.sides.side_ids == ["armenia", "azerbaijan"]
    assert sorted(t.id for t in seed.sides.third_parties) == ["csto", "eu", "russia"]


def test_every_statement_attributed(seed):
    got = [(s.text[: len(e[0])], s.speaker, s.side, s.verb, s.verb_class, s.resolution)
           for s, e in zip(seed.statements, EXPECTED, strict=False)]
    assert got == EXPECTED
    assert len(seed.statements) == len(EXPECTED)


def test_title_and_boilerplate(seed):
    assert seed.document.title.startswith("Armenia claims soldiers killed")
    assert "cookies" not in seed.document.text


def test_key_statements_from_the_issue(seed):
    by_text = {s.text: s for s in seed.statements}
    verified = next(s for t, s in by_text.items() if t.startswith("the number of casualties"))
    assert verified.side == "armenia"
    advance = next(s for t, s in by_text.items() if "stopped the advance of the enemy" in t)
    assert advance.side == "azerbaijan" and advance.direct


def test_separatists_apart_makes_them_a_third_party():
    apart = analyze(SEED, config=AnalysisConfig(separatists_as_side=False))
    last = apart.statements[-1]
    assert last.speaker == "the Nagorno-Karabakh authorities"
    assert last.side not in ("armenia", "azerbaijan", "unknown")


def test_voices_partition_the_text(seed):
    narrator = seed.voice("narrator")
    statement_spans = [(s.start, s.end) for s in seed.statements]
    for ns, ne in narrator.spans:
        assert all(ne <= s or ns >= e for s, e in statement_spans)
    armenia = seed.voice("armenia")
    both = [s.id for s in seed.statements if s.side == "both"]
    assert set(both) <= set(armenia.statement_ids)
    assert set(both) <= set(seed.voice("azerbaijan").statement_ids)
