"""Compile many phrases into one fast regular expression (a trie of alternatives).

A flat alternation of thousands of aliases makes the regex engine try each one at every position;
factoring common prefixes into a trie lets it discard most of them at the first character.
"""

from __future__ import annotations

import re


def trie_regex(phrases: list[str]) -> str:
    """A regex body matching any of ``phrases`` (lower-case them first for IGNORECASE use)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longer continuations are tried first, so the longest alias wins
        return "(?:" + body + ")?"
    return body
