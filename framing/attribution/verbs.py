"""The reporting-verb lexicon: every inflected form with its lemma and class, the list of those
forms, and one regex that finds any of them."""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lexicons import load_rows
from framing.text.alias_pattern import trie_regex


@lru_cache(maxsize=1)
def verb_table() -> dict[str, tuple[str, str]]:
    """Every inflected form of every reporting verb → (lemma, class)."""
    table: dict[str, tuple[str, str]] = {}
    for row in load_rows("reporting_verbs"):
        lemma, cls = row[0], row[1]
        forms = [f for f in row[2].split("|") if f] if len(row) > 2 else []
        for form in [lemma, *forms]:
            table[form.lower()] = (lemma, cls)
    return table


@lru_cache(maxsize=1)
def reporting_forms() -> tuple[str, ...]:
    """Every surface form of every reporting verb, lower-cased and sorted ("call on", "said"):
    the one list that each regex of reporting verbs is compiled from."""
    return tuple(sorted(verb_table()))


@lru_cache(maxsize=1)
def verb_regex() -> re.Pattern[str]:
    """Any form of any reporting verb, the longest where several match ("call for", "call"),
    the words of a multi-word form apart by any whitespace ("called\\n on")."""
    # a trie of the lower-case forms (sorted, longest continuation first), spaces as \s+
    body = trie_regex(list(reporting_forms())).replace(r"\ ", r"\s+")
    # "The Jalisco state prosecutor's office said": "state" before a lower-case word is its
    # adjective ("state media", "state police"), not the verb ("states that", "stated")
    adjective = r"(?!states?\s+(?!that\b)(?-i:[a-z]))"
    return re.compile(rf"(?<![\w-]){adjective}(?:{body})(?![\w-])", re.IGNORECASE)


def is_reciprocal(lemma: str) -> bool:
    """Does the verb ``lemma`` report both sides at once ("exchange accusations", "trade
    blame")?"""
    return "accusations" in lemma or "blame" in lemma and "trade" in lemma
