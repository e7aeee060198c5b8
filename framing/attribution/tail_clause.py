"""The reporting clause written after its content, and whom a report was told.

"…, the ministry said on Tuesday, citing witnesses.", "…, said Anna Lind, a researcher at a bank."
and "…, the army told reporters.": :func:`tail_re` finds such a clause at the end of a unit
(speaker, verb, an adverbial and the narrator's trail after it); :func:`addressee_re` finds whom
something was told ("told reporters that …", "told Reuters on Monday …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.attribution.adverbials import WEEKDAY
from framing.attribution.clauses import ADDRESSEE
from framing.attribution.verbs import verb_regex

# Only these verbs invert after the content ("…, said the ministry"); "…, saying X had" is a clause.
# Every form here must be in the reporting-verb lexicon (its class is looked up).
_INVERTED = r"said|says|added|adds|wrote|told|claimed|claims"

# What may follow a reporting clause set off by commas after its content, as the narrator's
# words: "…, the ministry said, citing witnesses", "…, it said, without giving details", "…, the
# army said, in what it called a response", "…, the ministry said, adding that …" (a statement
# of its own, see participle_tail).
# The trail runs to the sentence's end; a point before it is an abbreviation ("the Oct. 7
# attack"). "…, X said on Wednesday after hosting …" needs no comma.
_TRAIL = (r"(?:,\s+(?:[a-z]+ing\b|without|in\s+what|as|after|before|amid|but|and|while|which|who"
          r"|though|although|when|where|because|since|in\s+(?:a|an|the|its|his|her|their)\s"
          r"|(?:a|an|one|two|three|hours?|days?|weeks?)(?:\s+\w+)?\s+(?:after|before|since)\b"
          r"|the\s+(?:first|second|third|latest|last|\w+est)\b)"  # ", the first such defection"
          r"|\s+(?:after|before|following|during|while)\s)"
          r"(?:[^.!?]|[.!?](?!\s*$))*?")

#: A trail that may be a report of its own: "…, X told Reuters, but he said …"
TRAIL_JOINT = re.compile(r",\s+(?:but|and|while)\s+")

# AP style: "…, the military said Tuesday.", "… said late Monday night"
_WHEN = (rf"\s+(?:late\s+|early\s+)?(?:{WEEKDAY}|yesterday|today"
         r"|tonight|last\s+(?:week|month|night))(?:\s+(?:morning|afternoon|evening|night))?")


@lru_cache(maxsize=1)
def addressee_re() -> re.Pattern[str]:
    """Whom something was told, right after "told": "told reporters that …", "told Reuters on
    Monday …", "told Reuters the group had …"."""
    return re.compile(rf"\s+(?:{ADDRESSEE})(?=\s+that\b|\s*[,:]|\s+(?:on|in|at)\b"
                      r"|\s+(?:the|a|an|it|he|she|they|we|its|their|his|her)\s)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def tail_re() -> re.Pattern[str]:
    """A reporting clause at the end of a unit, after a comma: groups ``spk``/``v1`` ("…, the
    ministry said") or ``v2``/``spk2`` ("…, said the ministry"), ``to`` (whom it was told),
    ``adv`` (when or where) and ``trail`` (the narrator's words after it)."""
    verbs = verb_regex().pattern
    return re.compile(
        rf",\s+(?:(?P<spk>[^,;:“”\"]{{2,80}}?(?:,\s+[^,;:“”\"]{{2,60}}?,)?)\s+(?P<v1>{verbs})"
        rf"(?P<to>\s+(?:{ADDRESSEE}))?"
        # "…, said Anna Lind, a researcher at …": an appositive after an inverted speaker
        rf"|(?P<v2>{_INVERTED})\s+(?P<spk2>[^,;:“”\"]{{2,80}}?"
        rf"(?:,\s+(?:(?:a|an|the)\s|(?-i:[A-Z])|(?:[a-z]+\s+){{1,3}}(?:for|of|at|with)\s)"
        rf"[^,;:“”\"]{{2,80}})?))"
        rf"(?P<adv>\s+(?:on|in|at|late|earlier|by)\s+[\w ]{{2,60}}?|{_WHEN})?(?P<trail>{_TRAIL})?"
        rf"\s*[.!?]?\s*$",
        re.IGNORECASE,
    )


def told_whom_then(unit: str, verb_end: int, end: int) -> bool:
    """Is an inverted "told" followed by whom it was told and then more words (not a speaker)?"""
    if unit[verb_end - 4:verb_end].lower() != "told":
        return False
    whom = addressee_re().match(unit, verb_end, end)
    return whom is not None and bool(unit[whom.end():end].strip())
