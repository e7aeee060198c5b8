"""Stance: who each voice casts as aggressor and as victim, and each side's stance to the others.

Claims come from three places: hostile predicates inside a statement (claimed by the statement's
side), accusatory reporting verbs ("X accused Y", and "the two sides accused each other", which
counts as each side accusing the other), and hostile predicates in the narrator's own text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from framing.analyzers import Analyzer, register
from framing.lexicons import load_rows
from framing.model import BOTH, NARRATOR, ArticleAnalysis, Statement
from framing.text.joined_actors import joined_run
from framing.text.mention_search import covered_by
from framing.text.narrator_predicates import narrator_predicates
from framing.text.predicate_lexicon import HOSTILE, entry_of
from framing.text.predicates import PredicateHit, find_predicates

METHOD = (
    "Hostile, violent, harm and cooperative predicates (hostile_predicates lexicon) with agent and "
    "target actors from clause-level heuristics (voice from auxiliaries and by-phrases), plus "
    "accusatory reporting verbs; stance toward X = (cooperative − hostile) / (cooperative + "
    "hostile) over the voice's claims, after Entman's (1993) causal-interpretation function."
)
FORMULA = (
    "For claimant C and actor X != C: hostile = claims by C casting X as aggressor (X is the agent "
    "of a violence/hostility/harm predicate, or the target of an accusation); cooperative = claims "
    "by C of a cooperation predicate with X as agent or target. score = (cooperative - hostile) / "
    "(cooperative + hostile), in [-1, 1]; null when both are 0."
)


@lru_cache(maxsize=1)
def accusatory_verbs() -> frozenset[str]:
    """Lemmas whose *target* is the one blamed ("X accused Y"), from the reporting-verb lexicon."""
    return frozenset(row[0] for row in load_rows("reporting_verbs") if row[1] == "accusatory")


_RESPONSIBILITY = re.compile(r"responsibility\s+for\b", re.IGNORECASE)


def _claim(claimant: str, hit: PredicateHit, statement_id: str | None) -> dict[str, Any]:
    return {"claimant": claimant, "predicate": hit.lemma, "category": hit.category,
            "text": hit.text, "voice": hit.voice, "agent": hit.agent, "target": hit.target,
            "statement_id": statement_id, "span": [hit.start, hit.end], "source": "predicate"}


def _verb_span(analysis: ArticleAnalysis, st: Statement) -> list[int]:
    """Where the statement's reporting verb stands in its sentence (else the statement span)."""
    sent = _sentence(analysis, st)
    text = analysis.document.text
    if st.verb_text:
        for m in re.finditer(rf"(?<!\w){re.escape(st.verb_text)}(?!\w)", text[sent[0]:sent[1]]):
            start = sent[0] + m.start()
            if not st.start <= start < st.end:
                return [start, start + len(st.verb_text)]
    return [st.start, st.end]


def _sentence(analysis: ArticleAnalysis, st: Statement) -> tuple[int, int]:
    sents = analysis.sentences
    if not 0 <= st.sentence < len(sents) or sents[st.sentence].index != st.sentence:
        return st.start, st.end
    sent = sents[st.sentence]
    return min(sent.start, st.start), max(sent.end, st.end)


def statement_claims(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Claims made in statements: their hostile predicates and their accusatory verbs."""
    sides, text = analysis.sides, analysis.document.text
    actors = {a.id for a in sides.actors}
    claims = []
    for st in analysis.statements:
        speaker = st.side if st.side in actors else None
        # "Armenia accused Azerbaijan of shelling homes": the accused did what has no agent
        accused = st.target if st.verb_class == "accusatory" and st.target in actors else None
        # "The BLA claimed responsibility for an attack on a Pakistani army convoy": its act
        owned = speaker is not None and _RESPONSIBILITY.match(text, st.start) is not None
        # "The militia denied that its fighters had shelled …": what a speaker denies or
        # rejects is not a claim of theirs
        if st.verb_class != "responsive":
            context = _sentence(analysis, st)
            for hit in find_predicates(text, st.start, st.end, sides, speaker=speaker,
                                       context=context, indirect=not st.direct):
                claim = _claim(st.side, hit, st.id)
                if accused and claim["agent"] in (None, st.side) and hit.voice != "passive":
                    # "accused it of attacking Moroccan civilians": the accused did it, even
                    # where "it" read as the speaker
                    claim["agent"] = accused
                elif claim["agent"] is None and speaker and (owned or _speakers_act(hit)):
                    claim["agent"] = speaker  # "the Houthis will pay a heavy price"
                claims.append(claim)
            verb = _introducing_verb(st)
            if verb and st.verb_class != "accusatory":
                # "Israel vows to hit Tehran": a form that begins with the reporting verb is the
                # speaker's act (the narrator's text holds the verb, not the claim)
                for hit in find_predicates(text, verb[0], verb[1], sides, speaker=speaker,
                                           context=context):
                    claim = _claim(st.side, hit, st.id)
                    claim["agent"] = claim["agent"] or speaker
                    claims.append(claim)
        if st.verb_class != "accusatory":
            continue
        accusers = sides.side_ids if st.side == BOTH else [st.side]
        for accuser in accusers:
            targets = [sides.other(accuser)] if st.side == BOTH else _accused(analysis, st)
            claims += [{
                "claimant": accuser, "predicate": st.verb, "category": "hostility",
                # an accuser of no known side is no actor ("Lamu East MP X blamed the
                # government"): the claim is kept, with no agent
                "text": st.verb_text, "voice": "active",
                "agent": accuser if accuser in actors else None, "target": target,
                "statement_id": st.id, "span": _verb_span(analysis, st),
                "source": "reporting_verb",
            } for target in targets]
    return claims


def _accused(analysis: ArticleAnalysis, st: Statement) -> list[str | None]:
    """The statement's target and the actors joined to it between the verb and the content
    ("accused Turkey and the United States of …", "blamed Damascus and Moscow for …")."""
    span = st.verb_span
    if st.target is None or not span or not span[1] <= st.end:
        return [st.target]
    text = analysis.document.text
    named = analysis.sides.mentions(text, span[1], min(st.end, span[1] + 120))
    if not named or named[0].actor != st.target or named[0].start - span[1] > 5:
        return [st.target]
    return list(dict.fromkeys(m.actor for m in joined_run(text, named)))


def _introducing_verb(st: Statement) -> list[int] | None:
    """The reporting verb's span when it stands right before the content, where a lexicon form
    may begin ("vows to hit"): that act is the statement's, not the narrator's."""
    span = st.verb_span
    return span if span and 0 <= st.start - span[1] <= 2 else None


def _speakers_act(hit: PredicateHit) -> bool:
    """Is ``hit`` a form whose missing agent is the speaker (lexicon role ``agent=speaker``)?"""
    return ("agent", "speaker") in entry_of(hit.text).roles


def narrator_claims(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Hostile predicates in the narrator's own text (accusations are left to the statements)."""
    claimed = [verb for st in analysis.statements
               if st.verb_class not in ("accusatory", "responsive")
               and (verb := _introducing_verb(st))]
    in_claim = covered_by(claimed)
    return [_claim(NARRATOR, hit, None) for hit, _ in narrator_predicates(analysis)
            if hit.lemma not in accusatory_verbs() and not in_claim(hit.start)]


def _accusation(claim: dict[str, Any]) -> bool:
    return claim["source"] == "reporting_verb" or claim["predicate"] in accusatory_verbs()


def blamed(claim: dict[str, Any]) -> str | None:
    """The actor a claim casts as aggressor: an act's agent, an accusation's target."""
    if claim["category"] not in HOSTILE:
        return None
    return claim["target"] if _accusation(claim) else claim["agent"]


def victim(claim: dict[str, Any]) -> str | None:
    """The actor a claim casts as the target of a hostile act (not of an accusation)."""
    if claim["category"] not in HOSTILE or _accusation(claim):
        return None
    return claim["target"]


def _evidence(claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {"n": len(claims), "statement_ids": _statement_ids(claims),
            "spans": [c["span"] for c in claims]}


def _statement_ids(claims: list[dict[str, Any]]) -> list[str]:
    return sorted({c["statement_id"] for c in claims if c["statement_id"]}, key=_id_key)


_NON_DIGITS = re.compile(r"\D")


@lru_cache(maxsize=4096)
def _id_key(statement_id: str) -> tuple[int, str]:
    digits = _NON_DIGITS.sub("", statement_id)
    return (int(digits) if digits else 0, statement_id)


def voice_stance(claimant: str, claims: list[dict[str, Any]], actors: list[str]
                 ) -> dict[str, Any]:
    """Blame, victims and stance scores of one claimant's claims toward every other actor."""
    # each claim's roles are worked out once and filed under the actors they name
    hostile: dict[str, list[dict[str, Any]]] = {a: [] for a in actors if a != claimant}
    coop: dict[str, list[dict[str, Any]]] = {a: [] for a in hostile}
    suffers: dict[str, list[dict[str, Any]]] = {a: [] for a in actors}
    for c in claims:
        if (actor := blamed(c)) in hostile:
            hostile[actor].append(c)
        if (actor := victim(c)) in suffers:
            suffers[actor].append(c)
        if c["category"] == "cooperation":
            for actor in dict.fromkeys((c["agent"], c["target"])):
                if actor in coop:
                    coop[actor].append(c)
    stance: dict[str, Any] = {}
    for actor in hostile:
        n = len(hostile[actor]) + len(coop[actor])
        stance[actor] = {
            "score": round((len(coop[actor]) - len(hostile[actor])) / n, 4) if n else None,
            "n": n, "hostile": len(hostile[actor]), "cooperative": len(coop[actor]),
            "statement_ids": _statement_ids(hostile[actor] + coop[actor]) if n else [],
        }
    return {"n_claims": len(claims),
            "blames": {a: _evidence(cs) for a, cs in hostile.items() if cs},
            "casts_as_victim": {a: _evidence(cs) for a, cs in suffers.items() if cs},
            "stance": stance}


def narrator_balance(claims: list[dict[str, Any]], actors: list[str]) -> dict[str, Any]:
    """How many hostile acts the narrator's own voice gives each actor as agent and as target."""
    hostile = [c for c in claims if c["category"] in HOSTILE]
    return {
        "n_claims": len(claims),
        "n_hostile": len(hostile),
        "as_agent": {a: _evidence([c for c in hostile if c["agent"] == a]) for a in actors},
        "as_target": {a: _evidence([c for c in hostile if c["target"] == a]) for a in actors},
    }


@register
class StanceAnalyzer(Analyzer):
    """Claims of hostility, blame and cooperation per voice; the narrator's balance."""

    name = "stance"

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        sides = analysis.sides
        actors = [a.id for a in sides.actors]
        claims = statement_claims(analysis)
        narrated = narrator_claims(analysis)
        for claim in claims + narrated:
            if claim["agent"] is not None and claim["agent"] == claim["target"]:
                # "…troops killed fighters who attacked an army outpost": an actor acting on
                # itself is a misread agent (no gold set has one), so the agent is unknown
                claim["agent"] = None
        voices: dict[str, Any] = {}
        for voice in analysis.voices:
            if voice.id == NARRATOR:
                voices[voice.id] = narrator_balance(narrated, actors)
                continue
            own = [c for c in claims if c["claimant"] == voice.id
                   or (c["claimant"] == BOTH and voice.id in sides.side_ids)]
            voices[voice.id] = voice_stance(voice.id, own, actors)
        ordered = sorted(claims + narrated, key=lambda c: (c["span"][0], c["claimant"]))
        return {"method": METHOD, "formula": FORMULA, "claims": ordered, "voices": voices}
