"""How a statement's side was found, in words a reader of the report understands.

The keys are the ``resolution`` values of :class:`framing.model.Statement`
(``docs/attribution.md`` explains each rule); the report shows the phrase beside the side, so a
reader can judge how far to trust it.
"""

from __future__ import annotations

HOW_RESOLVED = {
    "named": "the speaker phrase names it",
    "headline": "the headline names it",
    "according_to": "named after “according to”",
    "pronoun": "a pronoun: the speaker before",
    "continuation": "the same speaker as the quotation before",
    "institution": "the last speaker with the same institution",
    "same_noun": "the last speaker with the same noun",
    "group_before": "the group named just before",
    "country_context": "“its” / “the country’s”: the country in context",
    "state": "an organ only the state side has",
    "armed_group": "a name the armed group goes by",
    "place": "where the report was given or filed",
    "quoted_by": "the medium that quoted the speaker",
    "state_media": "state media of that state",
    "named_before": "an actor named earlier by that noun",
    "previous_speaker": "the office of the speaker just before",
    "title": "an official: the nearest side named before",
    "reciprocal": "both sides speak or accuse each other",
    "unresolved": "not resolved",
}


def how_resolved(resolution: str) -> str:
    """The reader's phrase for ``resolution`` (the code itself when it has none)."""
    return HOW_RESOLVED.get(resolution, resolution)

#: The resolutions grouped by the evidence they rest on, strongest first, for corpus tables.
EVIDENCE = {
    "named with the speaker": ("named", "headline", "according_to", "state_media", "quoted_by",
                               "reciprocal"),
    "carried over from before": ("pronoun", "continuation", "institution", "same_noun",
                                 "group_before", "previous_speaker", "country_context",
                                 "named_before"),
    "inferred from context": ("state", "armed_group", "place", "title"),
    "not resolved": ("unresolved",),
}


def evidence_counts(resolutions: dict[str, int]) -> dict[str, int]:
    """Statements per kind of evidence (:data:`EVIDENCE`), from counts per resolution; a
    resolution no kind lists counts as inferred."""
    kind_of = {r: kind for kind, rs in EVIDENCE.items() for r in rs}
    out = dict.fromkeys(EVIDENCE, 0)
    for resolution, n in resolutions.items():
        out[kind_of.get(resolution, "inferred from context")] += n
    return out
