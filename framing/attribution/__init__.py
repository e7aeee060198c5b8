"""Attribution: every reported statement of the article, with its speaker and side.

:func:`attribute` walks the sentences in order. A sentence that opens a quotation closed only in a
later sentence is joined with those sentences into one unit. In each unit,
:mod:`~framing.attribution.patterns` finds reporting acts and
:mod:`~framing.attribution.speakers` resolves their speakers to sides. A quotation standing alone
right after a statement continues that statement's speaker.
"""

from __future__ import annotations

import re

from framing.attribution.outsiders import opens_with_outsider
from framing.attribution.patterns import find_reports
from framing.attribution.report import OPEN_QUOTES, Report
from framing.attribution.speaker_actors import organ_side
from framing.attribution.speaker_phrase import BOTH_SIDES, names_private_person
from framing.attribution.speakers import COUNTRY_CONTEXT, SpeakerResolver
from framing.attribution.state_media import state_of_medium
from framing.model import BOTH, UNKNOWN, Document, Sentence, SideSet, Statement

__all__ = ["attribute"]


def attribute(document: Document, sentences: list[Sentence], sides: SideSet) -> list[Statement]:
    """All reported statements of ``document``, in text order."""
    text = document.text
    resolver = SpeakerResolver(text, sides, sentences)
    statements: list[Statement] = []
    for first, last in _units(text, sentences):
        start, end = sentences[first].start, sentences[last].end
        reports = find_reports(text, start, end)
        if sentences[first].heading:
            reports = [r for r in reports if not _headline_passive(text, r)]
        if not reports:
            cont = _continuation(text, start, end, statements, first)
            if cont:
                statements.append(cont)
            continue
        heading = sentences[first].heading
        previous = None
        for report in reports:
            previous = _statement(text, report, resolver, sides, first, len(statements) + 1,
                                  heading, previous)
            statements.append(previous)
    return statements


# A headline's past form before where is passive: "Fighting reported in Kech, Panjgur"
# (headlines put what someone says in the present: "Army reports …")
_PASSIVE_WHERE = re.compile(r"ed\s+(?:in|near|at|along|across|from|over|on)\s")


def _headline_passive(text: str, report: Report) -> bool:
    return _PASSIVE_WHERE.match(text, report.verb[1] - 2) is not None


def _statement(
    text: str, report: Report, resolver: SpeakerResolver, sides: SideSet, sentence: int,
    number: int, heading: bool, previous: Statement | None = None,
) -> Statement:
    """The statement of ``report``; ``previous``: the one before it in the same sentence."""
    speaker = text[report.speaker[0]:report.speaker[1]]
    resolved = resolver.resolve(speaker, sentence, report.reciprocal, _after_verb(text, report),
                                _content_subject(text, report, sides),
                                _quoting_medium(text, report.speaker[0], sides),
                                _run_by(text, report.speaker[1], sides),
                                _kin_clause(text, report.speaker[1]),
                                text[slice(*report.refers_to)] if report.refers_to else None)
    resolution = "headline" if heading and resolved.resolution == "named" else resolved.resolution
    if report.kind == "according_to" and resolved.resolution == "named":
        resolution = "according_to"
    target = BOTH if report.reciprocal else \
        _target(text, report.target, resolver, sides, sentence, previous)
    return Statement(
        id=f"s{number}",
        text=text[report.content[0]:report.content[1]],
        start=report.content[0],
        end=report.content[1],
        speaker=speaker,
        speaker_key=resolved.key,
        side=resolved.side,
        verb=report.lemma,
        verb_text=text[report.verb[0]:report.verb[1]],
        verb_class=report.verb_class,
        direct=report.direct,
        resolution=resolution,
        sentence=sentence,
        confidence=resolved.confidence,
        target=target,
        speaker_span=list(report.speaker),
        verb_span=list(report.verb),
    )


_IT = re.compile(r"it|them", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_RUN_BY = re.compile(r",\s+which\s+(?:is|was|are|were)\s+(?:run|controlled|led|administered"
                     r"|operated)\s+by\s+[^,.;:“”\"]{2,60}(?=,)")
# the aside between dashes that clauses.subject leaves out of the speaker
_DASH_AFTER = re.compile(r"(?:\s*[—–]\s*|\s+--?\s+)([^—–\n]{1,80}?)(?:\s*[—–]|\s+--?\s)")
_QUOTED_BY = re.compile(r"[^,.;:“”\"]{2,80}$")


# "Irena Voss, whose son was among the eight, said": kin make a private person
_WHOSE = re.compile(r",\s+whose\s+([\w-]+)")
# "Banners signed by the CJNG", "masked men claiming to belong to Los Choneros", "Andrei
# Ignatenko, who serves as Tiraspol's top diplomat"
_TIED_TO = re.compile(r"\s+(?:signed|issued|posted|released|published)\s+by\s+(?:the\s+)?"
                        r"|\s+(?:claiming|purporting|said)\s+to\s+(?:belong\s+to|be\s+(?:from"
                        r"|members\s+of))\s+(?:the\s+)?"
                        r"|,\s+who\s+(?:serves|served|works|worked|acts|acted)\s+as\s+",
                        re.IGNORECASE)


def _kin_clause(text: str, speaker_end: int) -> bool:
    """Does a "whose" clause with a private noun follow the speaker ("…, whose son …")?"""
    m = _WHOSE.match(text, speaker_end)
    return m is not None and names_private_person(m.group(1))


def _run_by(text: str, speaker_end: int, sides: SideSet) -> str | None:
    """The actor a relative clause right after the speaker says runs it ("Hodeidah's port
    authority, which is run by the Houthis, said …"), signed or issued it ("Banners signed by
    the cartel appeared …, accusing …"), whom the speaker claims to belong to or serves ("masked
    men claiming to belong to Los Choneros", "who serves as Tiraspol's top diplomat") or owns
    what the speaker has ("Brig. Gen. Ivo Dal, whose Northland brigade holds the pass, said …")
    or an aside between dashes describes ("Ivo Dal — the Northland defence minister — said")."""
    aside = _DASH_AFTER.match(text, speaker_end)
    if aside:
        return sides.actor_of(text, *aside.span(1))
    m = _RUN_BY.match(text, speaker_end)
    if m:
        return sides.actor_of(text, *m.span())
    tied = _TIED_TO.match(text, speaker_end)
    by = sides.mentions(text, tied.end(), tied.end() + 60) if tied else []
    if by and by[0].start == tied.end():  # "Banners signed by the CJNG appeared …, accusing"
        return by[0].actor
    whose = _WHOSE.match(text, speaker_end)
    owner = sides.mentions(text, whose.start(1), whose.start(1) + 60) if whose else []
    return owner[0].actor if owner and owner[0].start == whose.start(1) else None


def _quoting_medium(text: str, speaker_start: int, sides: SideSet) -> str | None:
    """The actor named by the medium that quoted the speaker starting at ``speaker_start``
    ("Iran's semi-official Tasnim news agency quoted an informed source as saying …")."""
    end = speaker_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if text[end - 6:end] != "quoted":
        return None
    m = _QUOTED_BY.search(text, max(0, end - 86), end - 6)
    if m is None:
        return None
    # "KCNA quoted a military spokesman as saying": a state medium names its state
    return sides.actor_of(text, *m.span()) or state_of_medium(m.group(0), sides)


def _target(text: str, span: tuple[int, int] | None, resolver: SpeakerResolver, sides: SideSet,
            sentence: int, previous: Statement | None) -> str | None:
    """Whom an accusation or a call names: an actor, both sides, an organ ("accused the army of
    …"), an actor named before ("the dissidents" after "FARC dissidents"), or for "it" the actor
    that opened what the speaker said just before ("said Israel was waging a war … and blamed
    it for …")."""
    if span is None:
        return None
    phrase = text[span[0]:span[1]].strip()
    mentions = sides.phrase_mentions(phrase)
    named = {m.actor for m in mentions}
    if set(sides.side_ids) <= named or "both sides" in phrase.lower() \
            or BOTH_SIDES.fullmatch(phrase.lower()):  # "called on both governments to …"
        return BOTH
    if named:
        if len(mentions) > 1 and _POSSESSIVE_GAP.fullmatch(phrase, mentions[0].end,
                                                          mentions[1].start):
            return mentions[1].actor  # "Russia's Africa Corps": the one owned
        return mentions[0].actor
    if organ := organ_side(phrase, sides):
        return organ.side
    if _IT.fullmatch(phrase):
        if previous is None:
            return None
        first = sides.actor_of(text, previous.start, previous.end)
        return first if first != previous.side else None
    return resolver.named_before(phrase, sentence)


_CLAUSE_END = re.compile(r"[.,;!?“\"«:]")


def _content_subject(text: str, report: Report, sides: SideSet) -> str | None:
    """The actor that opens a content written before its speaker ("Algeria recalled …, its
    foreign ministry said"); ``UNKNOWN`` for a country the sides do not list ("France recalled
    its ambassador to Northland, its foreign ministry said": France's words are no side's)."""
    start, end = report.content
    if end > report.speaker[0]:
        return None
    first = next(iter(sides.mentions(text, start, end)), None)
    if first is not None and first.start - start <= 4:
        return first.actor
    if COUNTRY_CONTEXT.match(text[slice(*report.speaker)].lower()) \
            and opens_with_outsider(text[start:end], sides):
        return UNKNOWN
    return None


def _after_verb(text: str, report: Report) -> tuple[int, int]:
    """Where the place of a report may be named: between the verb (or an inverted speaker) and
    the content, or up to the end of the clause when the content came first."""
    start = max(report.verb[1], report.speaker[1])  # "said Lidia Moran, who lives in Arvel"
    end = report.content[0] if report.content[0] > start else start + 80
    stop = _CLAUSE_END.search(text, start, end)
    return start, stop.start() if stop else end


def _units(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Sentence index ranges; a quotation left open joins the following sentences (at most 5)."""
    units, i = [], 0
    while i < len(sentences):
        j = i
        while j < len(sentences) - 1 and j - i < 5 and _open_quote(
            text[sentences[i].start:sentences[j].end]
        ) and not sentences[j + 1].heading:
            j += 1
        units.append((i, j))
        i = j + 1
    return units


def _open_quote(chunk: str) -> bool:
    return chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1


def _continuation(
    text: str, start: int, end: int, statements: list[Statement], sentence: int
) -> Statement | None:
    """A unit that is one whole quotation, right after a statement, continues its speaker."""
    unit = text[start:end].strip()
    if not statements or len(unit) < 3 or unit[0] not in OPEN_QUOTES:
        return None
    prev = statements[-1]
    if sentence - prev.sentence > 2:
        return None
    close = max(unit.rfind("”"), unit.rfind('"'))
    if close <= 0 or unit[close + 1:].strip(" .,"):
        return None
    c_start = start + 1
    c_end = start + close
    while c_end > c_start and text[c_end - 1] in ",.;: ":
        c_end -= 1
    return Statement(
        id=f"s{len(statements) + 1}", text=text[c_start:c_end], start=c_start, end=c_end,
        speaker=prev.speaker, speaker_key=prev.speaker_key, side=prev.side, verb=prev.verb,
        verb_text=prev.verb_text,
        verb_class=prev.verb_class, direct=True, resolution="continuation", sentence=sentence,
        confidence=prev.confidence * 0.9, target=None,
        speaker_span=prev.speaker_span, verb_span=prev.verb_span,
    )
