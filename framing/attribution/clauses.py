"""The clauses around a report: who the subject before a reporting verb is, the participle
tails that add a statement ("…, adding that …", "…, with Yerevan saying …"), whether a verb
reports words, and whom an accusation names (reports inside relative clauses are
:mod:`~framing.attribution.relative`'s).

Used by :mod:`framing.attribution.patterns`, which finds the reports themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from framing.attribution.adverbials import WEEKDAY, skip_adverbials, trim_aux
from framing.attribution.report import Report, mostly_quoted, shift, strip_end
from framing.attribution.speaker_phrase import office_head, plausible_speaker, without_anonymity
from framing.attribution.verbs import verb_table
from framing.text.alias_pattern import match_key
from framing.text.tokenize import tokenize
from framing.text.word_class import penn_tag, word_classes

_COMMA = re.compile(r"[,;]\s+")
# "called the deal historic", "called him a liar", "calling the strikes a “reckless aggression”":
# an object (a pronoun or a noun phrase), then what it was called (a determiner or an adjective)
_CALLED = re.compile(r"(?:X|D?[AN]*?N)[DA]")

# "…, adding that …" (the same speaker), "…, with Yerevan saying …" (a speaker of its own)
_THAT_AFTER = re.compile(r"\s*(?:that\b)?\s*")
PARTICIPLE_TAIL = re.compile(
    r",\s+(?:while\s+|also\s+)?(?:with\s+(?P<spk>[^,;:“”\"]{2,60}?)\s+)?"
    r"(?P<verb>adding(?!\s+to\b)|saying|noting|stressing|claiming|insisting|warning|accusing"
    r"|arguing|alleging"
    r"|calling(?!\s+(?:on|for)\b)|calling\s+on|urging|demanding"
    r"|telling(?=\s+(?:reporters|journalists|(?-i:[A-Z]))))"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)

# Whom a report was given to: "…, the army told reporters", "…, a doctor told the Meridian
# Post", "…, the ministry told a news conference", "…, telling Reuters the army had …".
ADDRESSEE = (r"reporters|journalists|this\s+(?:newspaper|paper|reporter|correspondent|website)"
              r"|(?:a|the)\s+(?:news|press)\s+conference|(?:a|the)\s+briefing"
              r"|parliament|lawmakers|legislators|(?:the\s+)?(?:senate|cabinet|assembly)"
              r"|supporters|delegates|(?:a|the)\s+(?:rally|crowd|gathering)"
              r"|(?:the\s+)?(?:state|official)\s+(?:news\s+agency|broadcaster)(?:\s+[A-Z]\w*)?"
              r"|state\s+(?:television|tv|media|radio)"
              rf"|(?-i:(?!{WEEKDAY}\b)"
              r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})")
_TOLD_WHOM = re.compile(rf"\s+(?:{ADDRESSEE})", re.IGNORECASE)

# What "claimed" takes when it claims land, not a statement: a noun phrase headed by a place
_CLAIMED_LAND = re.compile(
    r"(?:(?!(?:of|in|on|at|to|that)\b)[\w'’-]+\s+){0,5}?(?:temples?|territory|territories|region|"
    r"islands?|area|lands?|villages?|towns?|city|sovereignty|ownership|shoals?|reefs?|waters|sea|"
    r"provinces?|enclaves?|peninsula|atolls?)",
    re.IGNORECASE,
)
_PASSIVE_AGENT = re.compile(r"by\b", re.IGNORECASE)
_DECLARED_ACT = re.compile(r"(?:independence|war|martial\s+law|an?\s+(?:state\s+of\s+)?emergency"
                           r"|an?\s+curfew|an?\s+no-fly\s+zone)\b", re.IGNORECASE)


def _claims_land(content: str) -> bool:
    """Is what was claimed a place, a noun phrase with no verb ("the ancient Preah Vihear
    temple"; not "drone downed over border town")?"""
    return _CLAIMED_LAND.fullmatch(content) is not None and not any(
        penn_tag(w).startswith("VB") for w in content.split()[:-1])


_RESPONDED_TO = re.compile(r"(?:to|with|by|in|on|at|for|quickly|swiftly|immediately)\b",
                           re.IGNORECASE)
_CLAIMED_IDENTITY = re.compile(r"to\s+(?:belong\s+to|be\s+(?:from|members?\s+of|with))\b",
                               re.IGNORECASE)


def reports_words(lemma: str, content: str) -> bool:
    """Does the verb ``lemma`` with this ``content`` report words, not an act: not a claim to
    land ("the ancient Preah Vihear temple"), not a declaration of independence or war, not a
    call that names no one and nothing ("a meeting"), not a passive ("territories claimed by
    both Baghdad and Erbil")?"""
    if _PASSIVE_AGENT.match(content):
        return False
    if lemma == "claim":  # nor who one claims to be ("men claiming to belong to Los Choneros")
        return not _claims_land(content) and _CLAIMED_IDENTITY.match(content) is None
    if lemma == "respond":  # "responded that …", not "responded to the attack", "with fire"
        return _RESPONDED_TO.match(content) is None
    if lemma == "declare":
        return _DECLARED_ACT.match(content) is None
    if lemma == "call":
        return _names_and_calls(content)
    return True


def _names_and_calls(content: str) -> bool:
    """Does the content of "called" name something and say what it called it ("the deal
    historic", "the remarks “hypocritical”"), not only what was called ("a meeting", "the
    police", "an emergency session")?"""
    words = [t.text for t in tokenize(content) if t.text[:1].isalnum()]
    if len(words) < 2:
        return False
    quoted = any(q in content.split(maxsplit=1)[-1] for q in "“\"‘")
    return quoted or _CALLED.match(word_classes(words)) is not None


# "X, speaking in Tembe, said" / "X, who spoke on condition of anonymity, said" / "The RSF, led by
# Mohamed Hamdan Dagalo, accused"
_PARENTHETICAL = re.compile(r"(?:who|which|where|whose|[a-z]+ing|according|asked|in|through|via"
                            r"|however|meanwhile|though|too|in\s+turn|for\s+(?:its|their|his|her)\s+part"
                            r"|(?:led|backed|headed|run|supported|cited|quoted)\s+by"
                            r"|(?:reached|contacted|interviewed)\s+(?:by|on|via|over)"
                            r"|(?:when|if)\s+(?:reached|contacted|asked)"
                            r"|as\s+(?:the|it|he|she|they)|(?:also\s+|better\s+)?known\s+(?:as|by))\b",
                            re.IGNORECASE)
# An appositive right before the verb: a noun phrase or a name ("the shadow government's
# spokesman", "Major General Zaw Min Tun")
# "ASP Ikenna Nwosu": a rank's initials; "…, MONUSCO,": an acronym alone
_APPOSITIVE = re.compile(r"(?:(?:a|an|the)\s|(?-i:[A-Z][^\W\d_A-Z]|[A-Z]{2,5}\.?\s+[A-Z]"
                         r"|[A-Z]{2,}(?=\s*,)))", re.IGNORECASE)
_DESCRIPTION = re.compile(r"\s*(?:a|an|the)\s", re.IGNORECASE)
_NAME = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+\s*")
_RELATIVE = re.compile(r"\s+(?:that|which|who|whom)\b")


@lru_cache(maxsize=8)
def _comma_spans(unit: str) -> tuple[list[tuple[int, int]], list[int]]:
    spans = [m.span() for m in _COMMA.finditer(unit)]
    return spans, [end for _, end in spans]


def commas_before(unit: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the comma or semicolon breaks in ``unit[:pos]``, from one search of ``unit``
    (each verb of a sentence asks: a search per verb was quadratic in a long one)."""
    spans, ends = _comma_spans(unit)
    k = bisect_right(ends, pos)
    if k < len(spans) and spans[k][0] < pos:  # a break running past pos: cut at pos
        return [m.span() for m in _COMMA.finditer(unit, 0, pos)]
    return spans[:k]


def subject(unit: str, verb_start: int) -> tuple[int, int] | None:
    """The speaker phrase before the verb at ``verb_start``: the clause after the last comma;
    when a parenthetical closes right before the verb ("…, speaking in Tembe, said"), the
    phrase before that parenthetical; when an appositive does ("A junta spokesman, Major General
    Zaw Min Tun, said", "Ivo Dal, the Northland defence minister, said"), both."""
    bounds = commas_before(unit, verb_start)
    if bounds and _AUX_BEFORE_VERB.match(unit, bounds[-1][1], verb_start):
        # "The UN special envoy for Yemen, Hans Lindqvist, has warned": as if the comma came
        # right before the verb
        verb_start = bounds[-1][1]
    start, end = (bounds[-1][1] if bounds else 0), verb_start
    words = 12
    if len(bounds) >= 1 and bounds[-1][1] == verb_start:
        inner = bounds[-2][1] if len(bounds) > 1 else 0
        if inner == 0:
            return None
        start = bounds[-3][1] if len(bounds) > 2 else 0
        if _PARENTHETICAL.match(unit, inner):
            end = bounds[-2][0]
            before = bounds[-4][1] if len(bounds) > 3 else 0
            office = office_head(unit[before:bounds[-3][0]]) if len(bounds) > 2 else None
            if len(bounds) > 2 and unit[bounds[-3][0]] == "," and (
                    _DESCRIPTION.match(unit, start)
                    or office and _NAME.fullmatch(unit, start, end)):
                # "Srpska Lista, the main party of Kosovo's Serbs, which is backed by …, said",
                # "The police spokesperson, SP Chinedu Okafor, who confirmed …, said": the name
                # before the description, the office before the name
                start, words = before, 18
        elif unit[bounds[-2][0]] == "," and (
                _APPOSITIVE.match(unit, inner)
                or office_head(unit[inner:bounds[-1][0]])):  # "X, head of the SDF's office,"
            end, words = bounds[-1][0], 18
            # "ECOWAS, the regional bloc that Mali left last year, said": not the clause
            relative = _RELATIVE.search(unit, inner, end)
            end = relative.start() if relative else end
        else:
            return None
    speaker = trim_aux(unit, (start, end))
    # "Kestria — the smaller of the two — said": the aside between dashes is no speaker's
    # (a side it names still resolves the speaker: see attribution.__init__._run_by)
    aside = DASH_ASIDE.search(unit, speaker[0], speaker[1]) \
        if unit[speaker[1] - 1:speaker[1]] in _DASH_ENDS else None
    if aside and aside.start() > speaker[0]:
        speaker = (speaker[0], aside.start())
    # "…, and a fertilizer maker said", "…, with analysts saying": the conjunction joins the
    # clauses, it is no speaker's
    joined = LEADING_AND.match(unit, speaker[0], speaker[1])
    if joined:
        speaker = (joined.end(), speaker[1])
    # "President Teodor Marek called the detention a kidnapping and (demanded)": the subject
    # of the first verb, a past tense or an auxiliary, that is no report
    if _ENDS_JOINED.search(unit, speaker[0], speaker[1]):
        first = _PAST_FORM.search(unit, speaker[0], speaker[1])
        speaker = trim_aux(unit, (speaker[0], first.start())) if first else speaker
    # "Armenpress quoted Sargsyan as (saying)": the one quoted speaks
    quoted = _QUOTED_AS.search(unit, speaker[0], speaker[1])
    if quoted:
        speaker = quoted.span(1)
    phrase = unit[speaker[0]:speaker[1]]
    if phrase.strip() and len(without_anonymity(phrase).split()) <= words \
            and plausible_speaker(phrase):
        return speaker
    return None


# An aside between dashes closing a phrase: " — the smaller of the two —"
DASH_ASIDE = re.compile(r"(?:\s*[—–]\s*|\s+--?\s+)[^—–\n]+?(?:\s*[—–]|\s+--?)\s*$")
_DASH_ENDS = frozenset("—–-")
_QUOTED_AS = re.compile(r"\bquoted\s+(.+?)\s+as$")
_AUX_BEFORE_VERB = re.compile(r"(?:has|have|had)(?:\s+also)?\s+$")
LEADING_AND = re.compile(r"(?:and|but|with|while|whereas)\s+", re.IGNORECASE)
_ENDS_JOINED = re.compile(r"\s(?:and|but)$")
# "… declined to comment but (said)", "… did not confirm the strikes but (said)"
_PAST_FORM = re.compile(r"(?<=\s)(?:[a-z]+ed|did|does|do|has|have|had|is|are|was|were|could"
                        r"|would|will|can|cannot|may|might|should)\b")


def participle_tail(unit: str, base: int, pos: int, speaker: tuple[int, int],
                     at: int | None = None) -> list[Report]:
    """"…, adding that …": a second statement of the same speaker (found after ``pos``, or
    only right at ``at``); "…, with Yerevan saying …": one of the speaker it names."""
    m = PARTICIPLE_TAIL.search(unit, pos) if at is None else PARTICIPLE_TAIL.match(unit, at)
    if not m:
        return []
    word = " ".join(match_key(m.group("verb")).split())
    form = {"adding": "adds", "saying": "says", "noting": "notes", "stressing": "stresses",
            "claiming": "claims", "insisting": "insists", "warning": "warns",
            "accusing": "accuses", "calling": "calls", "calling on": "calls on",
            "urging": "urges", "demanding": "demands", "telling": "tells", "arguing": "argues",
            "alleging": "alleges"}[word]
    lemma, cls = verb_table()[form]
    verb_end = m.end("verb")
    whom = _TOLD_WHOM.match(unit, verb_end) if word == "telling" else None
    if whom:  # "denied the allegations, telling Reuters the army had …"
        verb_end = whom.end()
    # "saying in a communique that …", "saying on Facebook that …"
    start = skip_adverbials(unit, verb_end)
    start = _THAT_AFTER.match(unit, start).end() if start > verb_end or whom else m.end()
    content = strip_end(unit, start, len(unit))
    if not reports_words(lemma, unit[content[0]:content[1]]):
        return []
    if m.group("spk"):
        speaker = m.span("spk")
        if not plausible_speaker(unit[speaker[0]:speaker[1]]):
            return []
    target = target_span(unit, content[0]) if cls in ("accusatory", "directive") else None
    return [Report(shift(speaker, base), shift((m.start("verb"), m.end("verb")), base), lemma, cls,
                   shift(content, base), mostly_quoted(unit, *content), kind="participle",
                   target=shift(target, base) if target else None)]


_TARGET_END = re.compile(r"\s+(?:of|to|for|over|in)\b|[,.;:]")
_OF_GERUND = re.compile(r"\s+of\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")


def target_span(unit: str, pos: int) -> tuple[int, int] | None:
    """Whom an accusation or a call at ``pos`` names: "accused Southland (of …)", "called on
    Southland (to …)"; "accused a faction of the TPLF of forming …": up to "of" + a gerund."""
    end = _OF_GERUND.search(unit, pos, pos + 80) or _TARGET_END.search(unit, pos)
    return (pos, end.start()) if end and end.start() - pos < 80 else None
