"""Reports inside relative and subordinate clauses: "…, which it said had killed two patients",
"The mission, which Somali officials say should be funded …", "drone footage that it said showed
a launcher", "…, hours after Prime Minister X vowed to crush the TTP".

:func:`relative_clause` finds the first such clause in a span, :func:`relative_reports` makes its
report. Used by :mod:`framing.attribution.patterns` and :mod:`~framing.attribution.quoted`.
"""

from __future__ import annotations

import re

from framing.attribution.adverbials import trim_aux
from framing.attribution.clauses import target_span
from framing.attribution.report import (
    Report,
    inside_quote,
    mostly_quoted,
    norm_form,
    shift,
    strip_end,
)
from framing.attribution.speaker_phrase import plausible_speaker
from framing.attribution.verbs import is_reciprocal, verb_table
from framing.text.tokenize import tokenize
from framing.text.word_class import penn_tag, word_classes

# "…, which it said had killed two patients", "The mission, which Somali officials say should be
# funded …", "…, where the SDF said three of its fighters had been killed", "Thailand's air force,
# which said …" (the antecedent speaks)
_RELATIVE_REPORT = re.compile(
    r",\s*(?P<rel>which|where|whom|who)\s+(?P<spk>(?:(?!(?:also|later|earlier|previously)\s)"
    r"[\w'’.-]+\s+){0,5}?)(?:(?:also|later|earlier|previously)\s+)?"
    r"(?P<v>said|says|say|claimed|claims|claim|alleged|alleges|allege|reported|reports|denied"
    r"|denies|deny|accused|accuses|blamed|blames)\s+"
    # not "Kashmir, which both countries claim in full": a clause, no prepositional phrase
    r"(?!(?:in|on|at|for|as|to|by|with|from|over)\b)(?P<content>[^,;:“”\"]+)",
    re.IGNORECASE,
)
# "drone footage that it said showed a launcher", "the weapons that Kestrian officials say were
# hidden in Tarsk", "soldiers who it said had crossed the border": a restrictive clause, whose
# reported clause lacks its subject (the noun before)
_RESTRICTIVE_REPORT = re.compile(
    r"(?<=[\w'’])\s+(?P<rel>(?-i:that|which|who))\s+(?P<spk>(?:[\w'’.-]+\s+){1,4}?)"
    r"(?:also\s+)?"
    r"(?P<v>said|says|say|claimed|claims|claim|alleged|alleges|allege)\s+"
    r"(?P<content>(?P<first>[a-z]+)\b[^,;:“”\"]*)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"it|he|she|they", re.IGNORECASE)
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "CD"))  # "clashes at Hill 412 that …"
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "VBN", "MD"))


def _restrictive_report(unit: str, start: int, end: int) -> re.Match[str] | None:
    """The first :data:`_RESTRICTIVE_REPORT` in ``unit[start:end]`` after a noun whose reported
    clause opens with its verb ("footage that it said showed …"; not "said that it said
    nothing"). The pattern reads "that", "which" and "who" in lower case only, so that
    :func:`relative_clause` may look for them with plain searches first."""
    for m in _RESTRICTIVE_REPORT.finditer(unit, start, end):
        if _gapped(unit, m):
            return m
    return None


def _gapped(unit: str, m: re.Match[str]) -> bool:
    """Does the :data:`_RESTRICTIVE_REPORT` match ``m`` follow a noun, and its reported clause
    open with a verb (its subject is that noun)?"""
    before = unit[:m.start()].rsplit(None, 1)[-1]
    return penn_tag(before) in _NOUN_TAGS and penn_tag(m.group("first")) in _FINITE_TAGS


# "a Human Rights Watch report that accused Rwandan troops of …": the document speaks
_DOCUMENT_THAT = re.compile(
    r"(?:(?<=\breport)|(?<=\bstatement)|(?<=\bletter))\s+(?P<rel>that)\s+(?P<spk>)"
    r"(?P<v>accused|accuses|blamed|blames|alleged|alleges)\s+(?P<content>[^;:“”\"]+)",
    re.IGNORECASE,
)
# "…sanctions on Rwanda, which he blamed for the massacre", "…Rwanda, which it accuses of
# commanding the group": the antecedent is whom the speaker accuses
_RELATIVE_ACCUSED = re.compile(
    r",\s*(?P<rel>which|whom)\s+(?P<spk>(?:[\w'’.-]+\s+){1,5}?)"
    r"(?P<v>accused|accuses|accuse|blamed|blames|blame)\s+(?:of|for)\s+(?P<content>[^,;:“”\"]+)",
    re.IGNORECASE,
)


# "…, hours after Prime Minister X vowed to crush the TTP", "… as the army said it had …"
_SUBORDINATE_REPORT = re.compile(
    # not "a man who identified himself as an ISWAP spokesman said", "known as"
    r"(?<!himself)(?<!herself)(?<!themselves)(?<!known)(?<!such)(?<!described)"
    r"(?:,\s*|\s+)(?:(?:hours|days|weeks|minutes|shortly|just|a\s+day|a\s+week)\s+)?"
    r"(?P<rel>after|as|while|when|before)\s+(?P<spk>(?:[\w'’.-]+\s+){1,6}?)"
    r"(?P<v>said|says|vowed|vows|warned|warns|threatened|threatens|announced|announces|claimed"
    r"|claims|pledged|pledges|insisted|insists|accused|accuses|blamed|blames"
    r"|traded\s+accusations|trade\s+accusations|exchanged\s+accusations)\s+"
    r"(?:(?:over|of|for)\s+)?"
    r"(?!(?:in|on|at|for|as|by|with|from|over)\b)(?P<content>[^,;:“”\"]+)",
    re.IGNORECASE,
)


def _antecedent_of(unit: str, m: re.Match[str]) -> tuple[int, int]:
    """The antecedent of the relative clause ``m``: the noun phrase before it, after the last
    comma."""
    return _antecedent(unit, max(0, unit.rfind(",", 0, m.start()) + 1), m.start())


def _antecedent(unit: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase that ends at ``end`` (right before ", which"): "the Southland Front" of
    "the attackers had links to the Southland Front"."""
    tokens = [t for t in tokenize(unit, start, end) if t.text[:1].isalnum()]
    classes = word_classes([t.text for t in tokens])
    first = len(tokens)
    while first > 0 and classes[first - 1] in "NAD":
        first -= 1
    return trim_aux(unit, (tokens[first].start if first < len(tokens) else start, end))


# Each clause search with a quick search for what every match of it holds (None: no such
# test): most units have neither, which spares the slow searches (lookbehinds at every offset).
_CLAUSES = (
    (_DOCUMENT_THAT.search, re.compile(r"that", re.IGNORECASE)),
    (_RELATIVE_ACCUSED.search, None),
    (_RELATIVE_REPORT.search, None),
    (_SUBORDINATE_REPORT.search,
     re.compile(r"[\s,](?:after|as|while|when|before)\s", re.IGNORECASE)),
)


def relative_clause(unit: str, start: int, end: int) -> re.Match[str] | None:
    """The first relative or subordinate clause that reports, between ``start`` and ``end``."""
    found = [m for search, needed in _CLAUSES
             if needed is None or needed.search(unit, start, end)
             if (m := search(unit, start, end)) is not None]
    # the restrictive clause's quick test is three plain searches, made here: asked ~50 times
    # per article, a call that finds nothing costs more than the searches
    if (unit.find("that", start, end) >= 0 or unit.find("which", start, end) >= 0
            or unit.find("who", start, end) >= 0) \
            and (m := _restrictive_report(unit, start, end)) is not None:
        found.append(m)
    m = min(found, key=lambda x: x.start()) if found else None
    return None if m is None or inside_quote(unit, m.start()) else m


def relative_reports(unit: str, base: int, m: re.Match[str] | None,
                     antecedent: tuple[int, int] | None = None,
                     subject: tuple[int, int] | None = None) -> list[Report]:
    """The report of the clause ``m`` (:func:`relative_clause`), if its speaker is plausible;
    ``antecedent``: the span of what "which" stands for, when the caller knows it; ``subject``:
    the subject of the sentence, which a pronoun speaker stands for ("Kestria released footage
    that it said showed …")."""
    if m is None:
        return []
    speaker = m.span("spk")
    speaker = (speaker[0], speaker[0] + len(m.group("spk").rstrip()))
    if speaker[0] == speaker[1]:  # "Thailand's air force, which said …": the antecedent
        if m.group("rel").lower() not in ("which", "who", "that"):
            return []
        speaker = antecedent or _antecedent_of(unit, m)
    elif m.group("rel").lower() == "who" and m.re is _RELATIVE_REPORT:
        return []  # ", who officials said …": not read (but "soldiers who it said had …" is)
    content = strip_end(unit, *m.span("content"))
    if not plausible_speaker(unit[speaker[0]:speaker[1]]) or content[1] - content[0] < 3:
        return []
    lemma, cls = verb_table()[norm_form(m.group("v"))]
    reciprocal = is_reciprocal(lemma)
    if m.re is _RELATIVE_ACCUSED:
        target = _antecedent_of(unit, m)
    elif cls == "accusatory" and not reciprocal:
        target = target_span(unit, content[0])
    else:
        target = None
    refers_to = subject if subject and _PRONOUN.fullmatch(unit, *speaker) else None
    return [Report(shift(speaker, base), shift(m.span("v"), base), lemma, cls,
                   shift(content, base), mostly_quoted(unit, *content), reciprocal,
                   target=shift(target, base) if target else None,
                   refers_to=shift(refers_to, base) if refers_to else None)]
