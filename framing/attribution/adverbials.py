"""The words around a reporting verb that are neither speaker nor content.

"The ministry has also said", "said on Tuesday in a statement that", "said, however, that": the
auxiliaries and adverbs a speaker phrase ends with (:func:`trim_aux`), and the adverbials between
the verb and what was said (:func:`skip_adverbials`, heads in ``attribution_adverbials.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.attribution.report import inside_quote
from framing.lexicons import load_rows


@lru_cache(maxsize=1)
def _adverbial_words() -> frozenset[str]:
    return frozenset(r[0] for r in load_rows("attribution_adverbials"))


_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|later|earlier|again|repeatedly|"
    r"previously|reportedly|has\s+also|had\s+also|on\s+\w+day|late\s+on\s+\w+day|"
    # "Kestria has long (accused)"; not the name "Long"
    r"(?:has|have|had)\s+(?-i:long)|"
    # "Guterres strongly (condemned)": how it was said
    r"strongly|firmly|sharply|angrily|publicly|formally|swiftly|immediately|quickly|flatly|"
    r"categorically|vehemently|bluntly|openly|officially|roundly|fiercely|harshly|strenuously|"
    r"earlier\s+on\s+\w+day|on\s+\w+day\s+evening|on\s+\w+day\s+morning))+$",
    re.IGNORECASE,
)
# "…, a charge the military rejected", "…, claims that Moscow denies"
_ANSWERED = re.compile(r"(?:a|an|the)?\s*(?:charge|claim|accusation|allegation|assertion|report)s?"
                       r"\s+(?:that\s+|which\s+)?", re.IGNORECASE)
# The narrator's gloss on what was just reported, set off by a comma: "…, a claim Dolmir rejected
# as propaganda", "…, a claim the mission neither confirmed nor denied", "…, allegations for
# which they offered no proof" (not "report": "…, a report compiled by the UN" may be content)
_GLOSS = re.compile(r",\s+(?:(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion)"
                    r"|(?:charges|claims|accusations|allegations|assertions))\b", re.IGNORECASE)
# "told a briefing in New Delhi that …", "said in Kyiv on Monday that": where, before "that"
_PLACE = re.compile(r"\s+(?:in|from)\s+(?:[A-Z][\w'’.-]*\s*){1,3}(?=\s*that\b|\s*[,:]|\s+on\s)")
# what a statement was issued by or through, before "that"
_ISSUED = re.compile(r"\s+(?:issued|released|published|posted|read|carried|broadcast)\b"
                     r"[^,;:“”\"]{0,60}?(?=\s+that\b)", re.IGNORECASE)
# "said, however, that …"
_ASIDE = re.compile(r"\s*(?:however|though|meanwhile|also|again|too|then|instead|nevertheless)",
                    re.IGNORECASE)


def trim_aux(unit: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of a speaker phrase without the auxiliaries and adverbs it ends with ("the
    ministry has also" → "the ministry"), nor the claim it answers ("…, a charge the military
    rejected" → "the military")."""
    start, end = span
    phrase = unit[start:end]
    phrase = _AUX_TAIL.sub("", phrase.rstrip())
    lead = len(phrase) - len(phrase.lstrip())
    answered = _ANSWERED.match(phrase, lead)
    if answered and answered.end() < len(phrase.rstrip()):
        lead = answered.end()
    return start + lead, start + len(phrase.rstrip())


def answers_claim(unit: str, span: tuple[int, int]) -> bool:
    """Does the speaker phrase at ``span`` open with the claim it answers ("a charge the
    military", see :func:`trim_aux`)?"""
    start, end = span
    lead = len(unit[start:end]) - len(unit[start:end].lstrip())
    m = _ANSWERED.match(unit, start + lead, end)
    return m is not None and m.end() < end


def gloss_start(unit: str, start: int, end: int) -> int:
    """Where the narrator's gloss on a claim ("…, a claim Dolmir rejected as propaganda") opens
    in the content ``unit[start:end]``, outside quotation marks; ``end`` when there is none.
    The gloss says what others made of the claim: the speaker said none of it."""
    for m in _GLOSS.finditer(unit, start, end):
        if not inside_quote(unit, m.start()):
            return m.start()
    return end


# A wire story's dateline: "KHARTOUM, March 3 (Reuters) - ", "BEIRUT/JERUSALEM (AP) — ",
# "PESHAWAR, Pakistan (AP) — ", "Maiduguri (AFP) - ", "Tindouf (Algeria) (AFP) - ",
# "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - ", "NEW DELHI: "; a place in title
# case may name its country too: "Velma, Kestria (CNN) — ", "Velma, Kestria — "
_CITY = r"[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+)*"
_CITY_DATE = (rf"{_CITY}(?:,\s+[A-Z][\w'’.-]+(?:\s(?:of\s)?[A-Z][\w'’.-]+){{0,3}})?"
              r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?")
_TITLED = r"[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2}"
_TITLE_PLACE = rf"{_TITLED}(?:,\s+{_TITLED})?"
_DATE = r",\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
_AGENCY = r"\s+\([^()]{1,30}\)"
# the dash after an agency may touch it: "(CNN)—The ministry said"
_DASH = r"(?:\s+(?:--|[-–—])\s+|(?<=\))\s*(?:--|[–—])\s*)"
DATELINE = re.compile(
    rf"\s*(?:{_CITY_DATE}(?:{_AGENCY}){{0,2}}"
    rf"|{_TITLE_PLACE}(?:{_DATE})?(?:{_AGENCY}){{1,2}}"
    # "Mekelle – ", "Velma, Kestria — ": a place in title case needs a long dash
    rf"|{_TITLE_PLACE}(?=\s+[–—]\s+[A-Z])){_DASH}"
    # "SEOUL, Nov. 10 (Yonhap) -- " above; "Taipei, March 20 (CNA) " with no dash
    rf"|\s*(?:{_CITY_DATE}|{_TITLE_PLACE}{_DATE})"
    rf"(?:{_AGENCY}){{1,2}}\s+(?=[A-Z])"
    # Indian papers: "RAIPUR: ", "NEW DELHI: "
    rf"|\s*{_CITY}:\s+")

# "said Zelenskiy as Russian troops advanced": a clause after an inverted speaker
_SUBORDINATE = re.compile(r"\s+(?:as|while|after|before|amid|when|because|since|following"
                          r"|despite|during|until)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


def without_adverbials(unit: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of an inverted speaker ("said Ivo Dal on Tuesday", "said Zelenskiy as Russia
    advanced") up to the first adverbial (see :func:`skip_adverbials`) or clause after it."""
    start, end = span
    for space in _SPACE.finditer(unit, start, end):
        p = space.start()
        if _SUBORDINATE.match(unit, p, end) or _adverbial_re().match(unit, p, end):
            return start, p
    return span


def skip_adverbials(unit: str, pos: int) -> int:
    """Skip "on Tuesday", "in a statement", "later that evening" between verb and content, also
    set off by commas ("said, on Wednesday, that")."""
    m = _adverbial_re().match(unit, pos) or _PLACE.match(unit, pos)
    if m:
        # "said in a joint statement issued through Omani mediators on Sunday that …"
        issued = _ISSUED.match(unit, m.end())
        return issued.end() if issued else m.end()
    if unit.startswith(",", pos):
        m = _adverbial_re().match(unit, pos + 1) or _ASIDE.match(unit, pos + 1)
        if m and unit.startswith(",", m.end()):
            return m.end() + 1
    return pos


@lru_cache(maxsize=1)
def _adverbial_re() -> re.Pattern[str]:
    heads = "|".join(sorted(_adverbial_words(), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:on|in|at|late|later|earlier|early|last|this|to|via|during|yesterday|today|tonight)"
        rf"(?:\s+[\w’']+){{0,6}}?\s+(?:{heads})(?=\s+that\b|\s*[,:]|\s|$)"
        rf"|\s+(?:{heads})(?=\s+that\b|\s*[,:]|$)"
        # AP style "said Friday it had …", not "said Friday's attack was …"
        rf"|\s+(?-i:{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?(?=\s)",
        re.IGNORECASE,
    )
