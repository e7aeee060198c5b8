"""Properties every analysis keeps, on texts assembled at random from wire-copy fragments.

The rules of attribution and stance are many and order-sensitive; these checks do not say
what a sentence means, only what no output may ever be: a statement whose text is not its span,
a speaker outside the text, a side that is no actor, a claim against oneself.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import analyze
from framing.model import BOTH, NARRATOR, UNKNOWN, Document, Side, SideSet
from framing.render.resolutions import HOW_RESOLVED

SIDES = SideSet(
    sides=[Side("northland", "Northland", ["Northland", "Northlander", "Nordia"], "state"),
           Side("front", "Liberation Front", ["Liberation Front", "LF"], "non_state")],
    third_parties=[Side("un", "United Nations", ["UN", "United Nations"]),
                   Side("watch", "Rights Watch", ["Rights Watch"])],
)

SPEAKERS = [
    "Northland", "the LF", "The group", "He", "it", "the army", "A Northland official",
    "Defence Minister Ivo Dal", "Rights Watch", "residents", "the statement", "The UN",
    "a resident who fled to Nordia", "The rights group", "The LF's commander, known as Tor,",
    "the state-run newspaper", "Ana Sow, a researcher at the group,", "Both sides",
]
VERBS = ["said", "says", "told reporters", "added", "claimed", "denied", "warned", "accused",
         "called on", "reported", "insisted", "State"]
CONTENTS = [
    "Northland troops shelled LF positions near Tarsk", "the LF had attacked a Northland outpost",
    "its fighters were shot and wounded by Northland soldiers",
    "the UN would send monitors", "Nordia of using drones to attack the LF",
    "they fled to the hills, most of them on foot, in the night",
    "an army offensive against the Liberation Front had begun",
    "the build-up was a “clear threat to Northland's sovereignty”", "nothing happened",
]
GLUE = [". ", ", ", "; ", " — ", ". “", "” ", ", saying ", " and ", ", according to ",
        ", adding that ", " (", ") ", ": ", "\n\n", ". He said ", ", the ministry said. ", "…",
        "\"", "'", " ‘", "’ ", ", TASS reported. ", ". TARSK, Nov 12 (Reuters) - ", " -- ",
        ", who asked not to be named, ", " ,” said", "“", ".” ", "?! "]


@st.composite
def wire_texts(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 3))
        speaker, verb = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(VERBS))
        content = draw(st.sampled_from(CONTENTS))
        if kind == 0:
            parts.append(f"{speaker} {verb} {content}")
        elif kind == 1:
            parts.append(f"“{content[0].upper()}{content[1:]},” {speaker} {verb}")
        elif kind == 2:
            parts.append(f"{content[0].upper()}{content[1:]}, {speaker} {verb}")
        else:
            parts.append(content)
        parts.append(draw(st.sampled_from(GLUE)))
    return "".join(parts).strip() or "Nothing."


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(wire_texts())
def test_statements_and_claims_are_well_formed(text):
    analysis = analyze(Document("t", text), sides=SIDES)
    actors = {a.id for a in SIDES.actors}
    previous = -1
    for s in analysis.statements:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.text == text[s.start:s.end]
        assert s.side in actors | {BOTH, UNKNOWN}, s.side
        assert s.resolution in HOW_RESOLVED, s.resolution
        if s.speaker_span:
            a, b = s.speaker_span
            assert 0 <= a < b <= len(text) and text[a:b] == s.speaker, s
        assert s.sentence >= previous  # in text order
        previous = s.sentence
    for claim in analysis.results["stance"]["claims"]:
        assert claim["claimant"] in actors | {BOTH, UNKNOWN, NARRATOR}, claim
        # an accusation's agent is its accuser, who may be a speaker of no known side
        accuser = {UNKNOWN} if claim["source"] == "reporting_verb" else set()
        assert claim["agent"] in actors | accuser | {None}, claim
        assert claim["target"] in actors | {BOTH, None}, claim
        assert claim["agent"] is None or claim["agent"] != claim["target"], claim
        a, b = claim["span"]
        assert 0 <= a < b <= len(text), claim
