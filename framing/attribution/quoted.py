"""Reports that open with a quotation: "“…,” X said." and "“…,” said X." (and a headline's
"'…,' says X"), with a second quotation or an "…, adding that …" after the speaker.

Used by :func:`framing.attribution.patterns.find_reports`.
"""

from __future__ import annotations

import re

from framing.attribution.adverbials import trim_aux, without_adverbials
from framing.attribution.clauses import participle_tail
from framing.attribution.relative import relative_clause, relative_reports
from framing.attribution.report import (
    NAME_PART,
    OPEN_QUOTES,
    Report,
    norm_form,
    shift,
    strip_end,
)
from framing.attribution.speaker_phrase import without_anonymity
from framing.attribution.verbs import verb_regex, verb_table

_COMMA_GAP = re.compile(r"\s*,?\s*")
# A quotation that opens a sentence: the typographic marks, and headlines' straight single quote
_QUOTE_FIRST_OPENERS = OPEN_QUOTES + "'"
_STRAIGHT_SINGLE_CLOSE = re.compile(r"[,.!?](')(?=\s|$)")
# "said Oskar Lind, an energy analyst in Dolmir" / "said Petra Kovar, chief economist at a bank
# in Arvel": the appositive belongs to the speaker (it may name their side); so does a name
# after a description ("said his mother, Irena Voss", "said the hospital's director, Dr Emil
# Sorens")
_INVERTED_SPEAKER = re.compile(
    rf"\s+({NAME_PART}(?:,\s+\d{{1,3}}(?=[,.;!?]))?"  # an age: "said Ahmed Khalaf, 42."
    r"(?:,\s+(?:(?:a|an|the)\s+|(?!(?:who|which|that|whose|whom)\b)(?:[a-z]+\s+){1,3}"
    r"(?:at|of|for|with)\s+)"
    r"[^,.;!?“\"]+"
    r"|,\s+(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+(?=\s*[,.;!?]|\s*$))?)")
_RELATIVE_IN_APPOSITIVE = re.compile(r",[^,]*?(?=\s+(?:who|whose|whom|which|that)\b)")
_NEXT_QUOTE = re.compile(r"[^“\"«]{0,40}?[,.:]\s*([“\"«])")


def quote_first(unit: str, base: int) -> list[Report]:
    """The reports of a unit that opens with a quotation (none if it does not)."""
    stripped = unit.lstrip()
    if not stripped or stripped[0] not in _QUOTE_FIRST_OPENERS:
        return []
    q_open = len(unit) - len(stripped)
    q_close = _closing_quote(unit, q_open)
    if q_close is None:
        return []
    pos = _COMMA_GAP.match(unit, q_close + 1).end()
    # "“…,” Georgia's State Security Service said": a capitalised form is part of a name
    v = next((v for v in verb_regex().finditer(unit, pos) if not v.group(0)[0].isupper()), None)
    if v is None:
        return []
    before = unit[pos:v.start()].strip()
    if before:  # "… ,” X said"
        speaker = (pos, pos + len(unit[pos:v.start()].rstrip().rstrip(",")))
        speaker = trim_aux(unit, speaker)
        after_verb = v.end()
    else:  # "… ,” said X"
        m2 = _INVERTED_SPEAKER.match(unit, v.end())
        if not m2:
            return []
        speaker = without_adverbials(unit, m2.span(1))
        # "said Vera Hollis, a Kestrian woman whose brother is held in Arvel": not the clause
        relative = _RELATIVE_IN_APPOSITIVE.search(unit, *speaker)
        speaker = (speaker[0], relative.end()) if relative else speaker
        # "said a church worker in Kenyam who asked to be identified only by his first name"
        kept = without_anonymity(unit[speaker[0]:speaker[1]])
        speaker = (speaker[0], speaker[0] + len(kept))
        after_verb = m2.end(1)
    phrase = unit[speaker[0]:speaker[1]]
    # "…,” Lt. Gen. Ahmed Sharif Chaudhry, the director general of Pakistan's military media
    # wing, told …": an appositive makes a speaker longer
    if len(phrase.split()) > (18 if ", " in phrase else 12):
        return []
    c_start, c_end = q_open + 1, q_close
    while c_end > c_start and unit[c_end - 1] in ",.;: ":
        c_end -= 1
    lemma, cls = verb_table()[norm_form(v.group(0))]
    reports = [Report(shift(speaker, base), shift((v.start(), v.end()), base), lemma, cls,
                      (base + c_start, base + c_end), direct=True)]
    # "“…,” X said on Monday, after Colombian officials said …": a report of its own
    reports += participle_tail(unit, base, after_verb, speaker) \
        or relative_reports(unit, base, relative_clause(unit, after_verb, len(unit))) \
        or _second_quote(unit, base, after_verb, reports[0])
    return reports


def _second_quote(unit: str, base: int, pos: int, first: Report) -> list[Report]:
    """"“…,” X said. “…”" in one unit: the quotation after the speaker is theirs too."""
    m = _NEXT_QUOTE.match(unit, pos)
    if not m:
        return []
    q_open = m.start(1)
    q_close = _closing_quote(unit, q_open)
    if q_close is None:
        return []
    content = strip_end(unit, q_open + 1, q_close)
    if content[1] - content[0] < 3:
        return []
    return [Report(first.speaker, first.verb, first.lemma, first.verb_class,
                   shift(content, base), direct=True)]


def _closing_quote(unit: str, q_open: int) -> int | None:
    opener = unit[q_open]
    if opener == "'":  # a headline's "'We will not surrender,' says …": closed after , . ! ?
        m = _STRAIGHT_SINGLE_CLOSE.search(unit, q_open + 1)
        return m.start(1) if m else None
    closers = "”" if opener == "“" else "»" if opener == "«" else opener if opener == '"' else "’"
    idx = unit.find(closers, q_open + 1)
    if opener == "‘":  # an apostrophe looks like a closing single quote: need one before a space
        while idx != -1 and idx + 1 < len(unit) and unit[idx + 1].isalpha():
            idx = unit.find(closers, idx + 1)
    return None if idx == -1 else idx
