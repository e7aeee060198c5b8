"""The reporting-verb lexicon: every inflected form with its lemma and class, and one regex
that finds any of them."""

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
        forms = row[2].split("|") if len(row) > 2 and row[2] else []
        for form in [lemma, *forms]:
            table[form.lower()] = (lemma, cls)
    return table


@lru_cache(maxsize=1)
def verb_regex() -> re.Pattern[str]:
    """Any form of any reporting verb, the longest where several match ("call for", "call")."""
    # a trie of the lower-case forms (sorted, longest continuation first), spaces as \s+
    body = trie_regex(sorted(verb_table())).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
