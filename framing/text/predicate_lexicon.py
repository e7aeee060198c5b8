"""The lexicon of hostile, violent, harm and cooperative predicates, and where its forms occur.

Rows of ``lexicons/hostile_predicates.tsv`` become :class:`PredicateEntry` objects; :func:`scan`
finds their surface forms in a text, trying the full pattern (hundreds of alternatives) only at
the offsets where a form's first word starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from framing.lexicons import load_rows
from framing.text.alias_pattern import (
    for_lowered,
    lowers_plainly,
    match_key,
    plain_lower,
    trie_regex,
)
from framing.text.document_cache import document_cache

CATEGORIES = ("violence", "hostility", "harm", "cooperation")
#: Categories whose agent is cast as doing harm (stance: blame; agency: violence).
HOSTILE = ("violence", "hostility", "harm")

# "~" in a lexicon form: up to two words in between, "~~" up to eight ("fired a barrage of rockets
# at"); neither crosses punctuation other than quote marks ("near Brnjak crossing,” Kosovar
# border" is no crossing)
_SPACE = r"[\s“”\"‘’«»]+"  # spaces and quote marks: 'tried to “cross” the border'
# a gap's word may be a number with thousands separators ("launched more than 1,200 drones at")
_GAP_WORD = r"(?:\d{1,3}(?:,\d{3})+|[\w'’-]+)"
_GAP = rf"(?:{_SPACE}{_GAP_WORD}){{0,2}}{_SPACE}"
_LONG_GAP = rf"(?:{_SPACE}{_GAP_WORD}){{0,8}}{_SPACE}"
_WORD = re.compile(r"\w+")

@dataclass(frozen=True)
class PredicateEntry:
    """One lexicon row."""

    lemma: str
    category: str
    verb_forms: frozenset[str]
    noun_forms: frozenset[str]
    roles: tuple[tuple[str, str], ...]

    def role(self, slot: str) -> str:
        """``agent`` or ``target``: the role of the ``subj``, ``pre`` or ``of`` slot (the row's
        last word on it)."""
        for key, value in reversed(self.roles):
            if key == slot:
                return value
        return "target" if slot == "of" else "agent"


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, PredicateEntry], list[tuple[re.Pattern[str], PredicateEntry]],
                        re.Pattern[str], re.Pattern[str]]:
    """Exact forms → entry, gapped forms with their patterns, one pattern for all forms, and a
    pattern for the places where a form can start (see :func:`_starts`)."""
    exact: dict[str, PredicateEntry] = {}
    gapped: list[tuple[re.Pattern[str], PredicateEntry]] = []
    alts: list[str] = []
    first_words: set[str] = set()
    for row in load_rows("hostile_predicates"):
        lemma, category, verbs, nouns, roles = (*row, "", "", "")[:5]
        split = [f for f in verbs.split("|") if f], [f for f in nouns.split("|") if f]
        entry = PredicateEntry(
            lemma, category, frozenset(split[0]), frozenset(split[1]),
            tuple(tuple(r.split("=", 1)) for r in roles.split(";") if "=" in r),
        )
        for form in [*split[0], *split[1]]:
            head = form.split("~")[0].split()
            first_words.add(head[0].lower() if head else "")
            body = _form_pattern(form)
            alts.append(body)
            if "~" in form:
                gapped.append((re.compile(body, re.IGNORECASE), entry))
            else:
                exact.setdefault(form, entry)
    alts.sort(key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", re.IGNORECASE)
    # Every match of ``pattern`` starts with a form's first word right after a non-word character
    # ("" when a form opens with a gap: then any such place may start one).
    starts = re.compile(rf"(?<![\w-])(?={trie_regex(sorted(first_words))})", re.IGNORECASE)
    return exact, gapped, pattern, starts


def _form_pattern(form: str) -> str:
    """A lexicon form as a regular expression: its words joined by any non-word characters, a
    ``~`` gap of up to two words, a ``~~`` gap of up to eight."""
    return _LONG_GAP.join(
        _GAP.join(r"[\W_]+".join(re.escape(w) for w in part.split()) for part in long.split("~"))
        for long in form.split("~~")
    )


@document_cache(maxsize=4)
def _starts(text: str) -> list[int]:
    """The offsets in ``text`` where a predicate form may start: a superset of the matches.

    The full pattern (hundreds of alternatives) is tried only there; most statements and
    sentence-pieces have no such offset and need no further work.
    """
    starts, lowered = lexicon()[3], plain_lower(text)
    if lowered is None:
        return [m.start() for m in starts.finditer(text)]
    return [m.start() for m in for_lowered(starts).finditer(lowered)]


def spans_with_forms(text: str, spans: list[Sequence[int]]) -> list[Sequence[int]]:
    """Those of ``spans`` (``start, end, …``) in which a form may start: :func:`scan` finds
    nothing in the others. One look-up of the text's starts for all the spans."""
    starts = _starts(text)
    return [span for span in spans if bisect_left(starts, span[0]) < bisect_left(starts, span[1])]


def scan(text: str, start: int, end: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, start, hi)`` that start before ``end``.

    Matched in the lower-cased text where :func:`plain_lower` allows (the lexicon's forms are
    lower case): without IGNORECASE each alternative is discarded at its first letter.
    """
    starts = _starts(text)
    at_starts = starts[bisect_left(starts, start):bisect_left(starts, end)]
    if not at_starts:
        return []
    pattern = _lowered_pattern()
    lowered = None if pattern is None else plain_lower(text)
    if lowered is None:
        pattern = lexicon()[2]
    else:
        text = lowered
    found, pos = [], start
    for at in at_starts:
        if at >= pos and (m := pattern.match(text, at, hi)) is not None:
            pos = m.end()
            found.append((at, pos))
    return found


@lru_cache(maxsize=1)
def _lowered_pattern() -> re.Pattern[str] | None:
    """The lexicon's pattern for :func:`plain_lower` text, or None unless all its forms are in
    lower case with letters that fold plainly (so that matching lower-cased text without
    IGNORECASE is matching the text with it)."""
    exact, gapped, pattern, _ = lexicon()
    forms = "".join(f for e in [*exact.values(), *(e for _, e in gapped)]
                    for f in [*e.verb_forms, *e.noun_forms])
    return for_lowered(pattern) if forms == forms.lower() and lowers_plainly(forms) else None


@lru_cache(maxsize=4096)
def form_key(form: str) -> str:
    """A form as the lexicon lists it: its words, lower-cased (:func:`match_key`), one space
    apart."""
    return " ".join(_WORD.findall(match_key(form)))


@lru_cache(maxsize=4096)
def entry_of(form: str) -> PredicateEntry:
    """The lexicon row of a form as found in a text."""
    exact, gapped, _, _ = lexicon()
    key = form_key(form)
    if key in exact:
        return exact[key]
    return next(e for p, e in gapped if p.fullmatch(form))


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """The noun forms of violent acts ("attack", "offensive", "incursion")."""
    exact = lexicon()[0]
    return frozenset(n for e in exact.values() if e.category == "violence" for n in e.noun_forms)
