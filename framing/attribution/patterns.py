"""Find reported statements in one unit of text (a sentence, or sentences joined by an open quote).

Each finder returns :class:`Report` objects: where the speaker phrase, the reporting verb and the
content are, with offsets relative to the whole document. Resolving the speaker to a side is
:mod:`framing.attribution.speakers`' job.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import replace

from framing.attribution.adverbials import (
    DATELINE,
    answers_claim,
    gloss_start,
    skip_adverbials,
    trim_aux,
)
from framing.attribution.charge import charge_end
from framing.attribution.clauses import (
    LEADING_AND,
    PARTICIPLE_TAIL,
    participle_tail,
    reports_words,
    subject,
    target_span,
)
from framing.attribution.narrated import subject_span
from framing.attribution.quoted import quote_first
from framing.attribution.relative import relative_clause, relative_reports
from framing.attribution.report import (
    NAME_PART,
    OPEN_QUOTES,
    Report,
    inside_quote,
    mostly_quoted,
    norm_form,
    shift,
    strip_end,
)
from framing.attribution.speaker_phrase import headline_subject, plausible_speaker
from framing.attribution.tail_clause import TRAIL_JOINT, addressee_re, tail_re, told_whom_then
from framing.attribution.verb_use import has_verb, present_tense, reporting_use, title_case
from framing.attribution.verbs import is_reciprocal, verb_regex, verb_table

_PRONOUNS = r"he|she|they|it|we"


_EACH_OTHER = re.compile(r"\s*(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_ACCORDING_PRE = re.compile(r"^\s*according\s+to\s+(?P<spk>[^,]+),\s*", re.IGNORECASE)
# "…, according to the Sudan Doctors Network, a medical group tracking casualties."
_ACCORDING_POST = re.compile(
    rf",\s*according\s+to\s+(?P<spk>{NAME_PART}(?:,\s+{NAME_PART})?)"
    r"(?:[.!?]?\s*$|(?=,\s*which\s))", re.IGNORECASE)
_INTRODUCED = re.compile(r"\s*(?:that\b|:)")
_THAT = re.compile(r"\s*(?:that\b|:|,)?\s*")
_RECIPROCAL_PREP = re.compile(r"(?:of|over|for)?\s*")


# A report's joined reports are found by trying the rest of the sentence after each joint ("…,
# while B said …") and each verb joined by "and": tries that nest, one level per verb. Where every
# try fails ("Tarsk; Kestria said; Lunev; Kestria said; …") their number doubled with each verb,
# so a 500-character sentence never finished. A sentence gets TRIES; past them no further joined
# report is looked for. Ordinary sentences use a few (the most among 1,260 reference articles: 3).
TRIES = 50
_tries_left: ContextVar[int] = ContextVar("tries_left", default=TRIES)


def _may_try() -> bool:
    """Take one of the sentence's tries, if any is left."""
    left = _tries_left.get()
    _tries_left.set(left - 1)
    return left > 0


def find_reports(text: str, start: int, end: int) -> list[Report]:
    """All reporting acts in ``text[start:end]``, in text order."""
    dateline = DATELINE.match(text, start, end)
    if dateline:  # "KYIV, Nov 12 (Reuters) - …": the narrator's, neither speaker nor content
        start = dateline.end()
    unit = text[start:end]
    budget = _tries_left.set(TRIES)
    try:
        reports = (
            quote_first(unit, start)
            or _according_to(unit, start)
            or _content_first(unit, start)
            or _speaker_verb(unit, start)
            or _act_then_participle(unit, start)
        )
    finally:
        _tries_left.reset(budget)
    # "Thailand's air force, which said …, confirmed …": a report inside the subject
    before = reports[0].verb[0] - start if reports and reports[0].kind == "said" else len(unit)
    clause = relative_clause(unit, 0, before)
    antecedent = None
    if clause and reports and reports[0].kind == "according_to" \
            and clause.start() == reports[0].speaker[1] - start:
        # "…, according to the Front, a coalition of armed groups, which also accused …"
        antecedent = (reports[0].speaker[0] - start, reports[0].speaker[1] - start)
    # "Kestria released footage that it said showed …": "it" is the sentence's subject
    subject = subject_span(unit, 0, clause.start()) if clause else None
    return relative_reports(unit, start, clause, antecedent, subject) + reports


# -- "According to X, …" and "…, according to X." --------------------------------------------
def _according_to(unit: str, base: int) -> list[Report]:
    m = _ACCORDING_PRE.match(unit)
    if m:
        spk = (m.start("spk"), m.end("spk"))
        content = strip_end(unit, m.end(), gloss_start(unit, m.end(), len(unit)))
    else:
        m = _ACCORDING_POST.search(unit)
        if not m:
            return []
        spk = (m.start("spk"), m.end("spk"))
        content = strip_end(unit, len(unit) - len(unit.lstrip()), m.start())
        claim = _opening_report(unit, base, content[0], m.start())
        if claim:  # "The army said ten were killed, according to state television"
            return claim
    verb_start = unit.lower().find("according to", max(0, m.start() - 1))
    return [Report(shift(spk, base), shift((verb_start, verb_start + 12), base), "according to",
                   "neutral", shift(content, base), direct=mostly_quoted(unit, *content),
                   kind="according_to")]


# -- "…, the ministry said." and "…, said the ministry." (no quote marks) ---------------------
# A finite verb inside a would-be speaker phrase means it is a clause, not a speaker.
_FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|did|does)\b", re.IGNORECASE)


def _content_first(unit: str, base: int) -> list[Report]:
    m = tail_re().search(unit)
    if not m or inside_quote(unit, m.start()):
        return []
    spk = ("spk", "v1") if m.group("spk") else ("spk2", "v2")
    # "…, the regional governor of Hiiraan, Abdi Hussein Warsame, said": an appositive
    end = m.end(spk[0])
    while end > m.start(spk[0]) and unit[end - 1] in ".!?":  # "…, said X, a researcher."
        end -= 1
    speaker = trim_aux(unit, (m.start(spk[0]), end - (unit[end - 1] == ",")))
    phrase = unit[speaker[0]:speaker[1]]
    verb = m.group(spk[1])
    if spk[0] == "spk2" and told_whom_then(unit, m.end("v2"), speaker[1]):
        # "Some residents …, told The Associated Press they feared …": whom it was told, then
        # what; the speaker came before
        return []
    if (not plausible_speaker(phrase) or verb[0].isupper()
            or len(phrase.split()) > (16 if "," in phrase else 11)
            or _FINITE.search(phrase) or LEADING_AND.match(phrase)):
        return []
    lemma, cls = verb_table()[norm_form(verb)]
    if m.group("to") and lemma != "tell" or lemma == "call":
        # "…, and the army blamed the RSF": an object, not whom it was told to; "In a statement,
        # X called on Madrid to …": "called" reports what follows it, never what came before
        return []
    content = strip_end(unit, 0, m.start())
    if content[1] - content[0] < 3:
        return []
    if spk[0] == "spk2" and not has_verb(unit, content):
        # "A rival faction, the Estado Mayor de Bloques, said it remained …", "An Israeli
        # official, speaking on condition of anonymity, said …": the words before "said" are
        # the speaker; with no verb but a participle aside they are no content
        return []
    if answers_claim(unit, (m.start(spk[0]), m.end(spk[0]))):
        # "Valdorian officials alleged that …, a claim Kestria rejected": the allegation is
        # Valdoria's statement; the rejection, with nothing said, is the narrator's aside
        return _speaker_verb(unit[:m.start()], base)
    if cls == "responsive" or lemma == "report":
        # "Armenia says two soldiers killed, Baku denies": the content is Armenia's statement;
        # the denial says nothing of its own (the same convention as "…, a claim Y rejected");
        # "South Ossetia's KGB said that …, TASS reported": the KGB's, relayed by TASS
        claim = _opening_report(unit, base, content[0], m.start())
        if claim:
            return claim
    report = Report(shift(speaker, base), shift((m.start(spk[1]), m.end(spk[1])), base), lemma, cls,
                    shift(content, base), mostly_quoted(unit, *content))
    trail = m.start("trail")
    if trail < 0:
        return [report]
    joint = TRAIL_JOINT.match(unit, trail)
    if joint:  # "…, a senior official told Reuters on Monday, but he said any deal must …"
        second = _speaker_verb(unit[joint.end():], base + joint.end())
        if second:
            return [report, *second]
    return [report, *participle_tail(unit, base, trail, speaker, trail)]


def _opening_report(unit: str, base: int, start: int, end: int) -> list[Report]:
    """The reports of ``unit[:end]`` when the first one's speaker opens it at ``start``: a
    report relayed by another ("X said …, TASS reported") is X's."""
    claim = _speaker_verb(unit[:end], base)
    return claim if claim and claim[0].speaker[0] == base + start else []


# -- "X said (that) …", "X accused Y of …", "X called on Y to …" ------------------------------
def _speaker_verb(unit: str, base: int, joined: bool = False) -> list[Report]:
    """The first report of ``unit`` with its speaker before the verb; a ``joined`` one (the
    rest of a sentence after a joint) spends a try per verb form it looks at."""
    is_title = None  # asked only of a capitalised form past the start, as reporting_use does
    for v in verb_regex().finditer(unit):
        if joined and not _may_try():
            break
        if is_title is None and v.group(0)[0].isupper() and v.start() > 0:
            is_title = title_case(unit)
        if not reporting_use(unit, v, bool(is_title)):
            continue
        speaker = subject(unit, v.start())
        if speaker is None or is_title and not headline_subject(unit[speaker[0]:speaker[1]]):
            continue
        reports = _reports_at(unit, base, v, speaker)
        if reports:
            return reports
    return []


# a past tense of an act, not a report ("welcomed", "disputed", "rejected")
_PAST_ACT = re.compile(r"\b[a-z]{3,}ed\b")


def _act_then_participle(unit: str, base: int) -> list[Report]:
    """"Naypyitaw welcomed the remarks, saying that …": the subject of an act speaks in the
    participle that follows it."""
    tail = PARTICIPLE_TAIL.search(unit)
    if tail is None or tail.group("spk") or inside_quote(unit, tail.start()):
        return []
    act = _PAST_ACT.search(unit, 0, tail.start())
    speaker = subject(unit, act.start()) if act else None
    if speaker is None:
        return []
    if _FINITE.search(unit[speaker[0]:speaker[1]]):  # subject() checked it can be a speaker
        return []
    return participle_tail(unit, base, act.end(), speaker)


def _reports_at(unit: str, base: int, v: re.Match[str],
                speaker: tuple[int, int]) -> list[Report]:
    """The report of ``speaker`` with the verb ``v``, and those joined to it in the sentence."""
    lemma, cls = verb_table()[norm_form(v.group(0))]
    pos = v.end()
    reciprocal = is_reciprocal(lemma)
    target = None
    each = _EACH_OTHER.match(unit, pos)
    if each:
        reciprocal, pos = True, each.end()
    elif cls in ("accusatory", "directive") and lemma != "call for":
        target = target_span(unit, pos)
    if lemma == "tell":  # "told reporters that …", "told the BBC on Monday …"
        whom = addressee_re().match(unit, pos)
        pos = whom.end() if whom else pos
    pos = skip_adverbials(unit, pos)
    introduced = _INTRODUCED.match(unit, pos) is not None
    pos = _THAT.match(unit, pos).end()
    if reciprocal:
        pos = _RECIPROCAL_PREP.match(unit, pos).end()
    tail = PARTICIPLE_TAIL.search(unit, pos)
    c_end = gloss_start(unit, pos, tail.start() if tail else len(unit))
    # "A said …, while B said …": the second clause is a report of its own (not inside whom
    # an accusation or a call names: "urged Armenia and Azerbaijan to …")
    joined: list[Report] = []
    for joint in _SECOND_CLAUSE.finditer(unit, target[1] if target else pos, c_end):
        if not verb_regex().search(unit, joint.end()) or not _may_try():
            break  # no reporting verb after this joint (so none after a later one), or no try
        joined = _speaker_verb(unit[joint.end():], base + joint.end(), joined=True)
        if joined:
            c_end = joint.start()
            break
    if not joined:
        # "X denied … and blamed Y for …": a second act of the same speaker
        second = _coordinated(unit, base, v, speaker, pos, c_end)
        if second:
            c_end, joined = second
    clause = relative_clause(unit, pos, c_end)
    relative = relative_reports(unit, base, clause)
    if clause and relative:  # "…of a hospital, which it said had killed two patients"
        c_end = clause.start()
        joined = relative + joined
    if not introduced and cls != "neutral" and unit[pos:pos + 1] not in OPEN_QUOTES:
        c_end = charge_end(unit, pos, c_end)
    content = strip_end(unit, pos, c_end)
    if content[1] <= content[0]:
        return []
    if target and target[1] > content[1]:
        # "condemned the drills and accused Beijing of …": the target ends with the content
        target = (target[0], content[1]) if content[1] > target[0] else None
    if not reports_words(lemma, unit[content[0]:content[1]]):
        return []  # "claimed the temple", "declared independence", "called a meeting"
    reports = [Report(shift(speaker, base), shift((v.start(), v.end()), base), lemma, cls,
                      shift(content, base), mostly_quoted(unit, *content), reciprocal,
                      shift(target, base) if target else None)]
    return reports + (joined or _tail_and_coordinated(unit, base, v, content[1], speaker))


def _coordinated(unit: str, base: int, v: re.Match[str], speaker: tuple[int, int], start: int,
                 end: int) -> tuple[int, list[Report]] | None:
    """A second reporting verb of the same speaker and tense joined by "and"/"but" between
    ``start`` and ``end``: where the joint is, and its reports."""
    for joint in _COORDINATED.finditer(unit, start, end):
        v2 = verb_regex().match(unit, joint.end())
        if v2 and not _may_try():
            break
        if (v2 and v2.group(0).islower()
                and present_tense(unit, v2.start(), v2.group(0)) == present_tense(unit, v.start(),
                                                                        v.group(0))
                and reporting_use(unit, v2, False)):
            joined = _reports_at(unit, base, v2, speaker)
            if joined:
                return joint.start(), joined
    return None


def _tail_and_coordinated(unit: str, base: int, v: re.Match[str], pos: int,
                          speaker: tuple[int, int]) -> list[Report]:
    """"…, adding that …" after ``pos``, and a verb joined after it ("The SDF denied any
    involvement, saying …, and accused Ankara of …")."""
    tail = participle_tail(unit, base, pos, speaker)
    if not tail:
        return []
    last = tail[-1]
    start, end = last.content[0] - base, last.content[1] - base
    second = _coordinated(unit, base, v, (last.speaker[0] - base, last.speaker[1] - base),
                          start, end)
    if second is None:
        return tail
    content = strip_end(unit, start, second[0])
    return [*tail[:-1], replace(last, content=shift(content, base)), *second[1]]


# Both open with a class of one character (", and" or " and"), which the regex engine looks for
# before it tries the rest, instead of trying each alternative at every offset. White space opens
# a match only where its run does (?<!\s\s): tried inside a run of tabs or no-break spaces, the
# "\s*" read the rest of the run from each offset (50 KB of tabs: 18 s). So a search must not
# start inside a run (none does: each starts after a word or a mark).
_COORDINATED = re.compile(
    r"[,\s](?<!\s\s)\s*(?:and|but)\s+(?:(?:later|also|then|again|repeatedly)\s+)?")
# "A said …, while B said …", "…, and the army blamed the RSF", "…, and state media reported";
# "A says …; B says …" (a semicolon needs no conjunction)
_SECOND_CLAUSE = re.compile(r"[,;\s](?<!\s\s)(?:\s*(?:while|whereas|but|and)\s+(?=[A-Z])"
                            r"|(?<=[,;])\s*(?:while|whereas|but|and)\s+"
                            r"(?=(?:the|a|an|he|she|it|they|state|local|officials|police)\s)"
                            r"|(?<=;)\s+)")
