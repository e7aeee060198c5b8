"""Where the charge of an accusation or a call ends ("accused X of killing 130 civilians, most of
them ethnic Fulani, in and around Solenzo, saying …": before ", saying")."""

from __future__ import annotations

import re

from framing.attribution.report import inside_quote

_CLAUSE_COMMA = re.compile(r",\s+[a-z]")
# "blamed the Jaime Martínez front, the largest dissident group, for the attack"
_APPOSITIVE_THEN_CHARGE = re.compile(r",[^,]{1,80},\s+(?:for|of)\s")
# "killing 130 civilians, most of them Fulani, in March": an aside inside the charge
_CHARGE_ASIDE = re.compile(r",\s+(?:(?:most|many|some|all|several|half|none|dozens|hundreds"
                           r"|thousands|one|two|three|four|five)\s+of\s+(?:them|whom)|including)"
                           r"\b[^,]{0,80}(?:,\s+[a-z])?")


def charge_end(unit: str, pos: int, end: int) -> int:
    """Where the content of an accusation or a call starting at ``pos`` ends: at a comma before
    a new clause (", saying …"), not at one inside a quotation ("to open “a prompt, impartial
    … investigation”") nor around an appositive before the charge ("blamed X, a dissident
    group, for the attack") or an aside inside it ("of killing 130 civilians, most of them
    Fulani, in March")."""
    charge = 0
    for comma in _CLAUSE_COMMA.finditer(unit, pos, end):
        if inside_quote(unit, comma.start()):
            continue
        appositive = _APPOSITIVE_THEN_CHARGE.match(unit, comma.start()) \
            or _CHARGE_ASIDE.match(unit, comma.start())
        if appositive:
            charge = appositive.end()
        elif comma.end() > charge:
            return comma.start()
    return end
