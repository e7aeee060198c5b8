"""Is a reporting form used as a reporting act? "said" in "the ministry said" is; "reports" in "a
Human Rights Watch report", "warning" in "fired warning shots", "told" in "he was told of the
claim" and "report" in "the monitors will report violations" are not. Also the tense and verb
tests the patterns share.
"""

from __future__ import annotations

import re

from framing.attribution.report import inside_quote, norm_form
from framing.attribution.verbs import verb_table
from framing.text.tokenize import tokenize
from framing.text.word_class import VERB, penn_tag, word_classes

_NOUN_FORMS = ("report", "claim", "call", "appeal")
_INDEFINITE_NOUN = re.compile(
    rf"\b(?:a|an)\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:{'|'.join(_NOUN_FORMS)})$")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?$")
_ADJECTIVE_ING = re.compile(r"\b(?:fired|fires|fire|firing|a|the|its|their|his|her)\s+$",
                            re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$",
                        re.IGNORECASE)
_IRREGULAR_PARTICIPLES = frozenset({"told", "said", "written", "spoken"})
# "The monitors will report violations": what will be said is not said yet
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:not\s+|also\s+|then\s+)?$|['’]ll\s+$",
                            re.IGNORECASE)
_NOT_SPEECH_BEFORE_TO = frozenset({"add", "tell"})
_TO = re.compile(r"\s+to\b", re.IGNORECASE)


def reporting_use(unit: str, v: re.Match[str], title_case: bool) -> bool:
    """Is the verb form ``v`` a reporting act (not content, part of a name or "adds to")?"""
    # a verb inside a quotation is content, not a reporting act
    if inside_quote(unit, v.start()):
        return False
    # "the Organisation of Coastal States": a capitalised form inside a name is no verb
    if v.group(0)[0].isupper() and v.start() > 0 and not title_case:
        return False
    # "Rakhine state's 17 townships": a possessive makes the form a noun; so does "a" before a
    # bare form ("a Human Rights Watch report that accused …": not "a … reports")
    if unit.startswith(("'s", "’s"), v.end()) or (
            v.group(0).lower() in _NOUN_FORMS and _INDEFINITE_NOUN.search(unit, 0, v.end())):
        return False
    form = v.group(0).lower()
    if form.endswith("ing") and _ADJECTIVE_ING.search(unit, max(0, v.start() - 20), v.start()):
        return False  # "fired warning shots", "issued a warning": a noun's modifier
    # "when he was told of the claim": the subject of a passive is told, it does not tell
    if (form.endswith("ed") or form in _IRREGULAR_PARTICIPLES) \
            and _BE_BEFORE.search(unit, max(0, v.start() - 30), v.start()):
        return False
    before = max(0, v.start() - 16)
    if unit.find("ll", before, v.start()) >= 0 and _FUTURE_BEFORE.search(unit, before, v.start()):
        return False
    # "adds to investor jitters", "were told to reduce gas use": no one is quoted
    lemma = verb_table()[norm_form(v.group(0))][0]
    return not (lemma in _NOT_SPEECH_BEFORE_TO and _TO.match(unit, v.end()))


def present_tense(unit: str, start: int, form: str) -> bool:
    """"says", "denies", "has denied": present tense (a form joined to it by "and" must match
    it: "Moscow has denied deploying troops and says its personnel are instructors")."""
    return form.endswith("s") and not form.endswith("ss") \
        or _HAS_BEFORE.search(unit, max(0, start - 12), start) is not None


def has_verb(unit: str, span: tuple[int, int]) -> bool:
    """Does ``unit[span]`` have a verb other than an "-ing" form?"""
    words = [t.text for t in tokenize(unit, *span) if t.text[:1].isalnum()]
    return any(c == VERB and penn_tag(w) != "VBG" for w, c in zip(words, word_classes(words),
                                                                  strict=True))


def title_case(unit: str) -> bool:
    """Is ``unit`` a Title Case headline ("Armenia Claims Soldiers Killed")?"""
    words = _LONG_WORD.findall(unit)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7
