"""The armed forces an actor's text names: force nouns ("troops", "militants") and their owners.

Where only one side is a state, a bare force noun belongs to a side by its kind
(``lexicons/force_nouns.tsv``: "the troops" are the state's, "the rebels" the armed group's)
unless an actor or a pronoun owns it ("Hezbollah fighters", "our troops").
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lexicons import load_rows
from framing.model import Mention, SideSet
from framing.text.alias_pattern import match_key, trie_regex
from framing.text.word_class import part_of_a_name


def side_forces(text: str, start: int, end: int, sides: SideSet,
                named: list[Mention]) -> list[Mention]:
    """Where only one side is a state, its bare forces ("the troops", "an army base") and the
    armed group's ("militants", "the rebels"), unless an actor or a pronoun owns them ("Hezbollah
    fighters", "our troops") or they are part of a name ("the Arakan Army")."""
    owners = {"state": sides.state_side(), "non_state": sides.armed_group_side()}
    if not any(owners.values()):
        return []
    out = []
    for m in _side_force_re().finditer(text, start, end):
        owner = owners[_force_sides()[match_key(m.group(0))]]
        if owner and not _owned(text, m.start(), named):
            out.append(Mention(owner, m.start(), m.end(), m.group(0)))
    return out


def _owned(text: str, pos: int, named: list[Mention]) -> bool:
    """Is the force noun at ``pos`` an actor's ("Hezbollah's fighters", "Israeli ground troops",
    "its fighters") or part of a name ("Free Syrian Army")?"""
    if any(m.start <= pos < m.end for m in named):
        return True
    if any(m.end <= pos and _OWNER_GAP.fullmatch(text, m.end, pos)
           and not _gap_ends_owning(text[m.end:pos]) for m in named):
        return True
    before = text[max(0, pos - 40):pos].split()
    return part_of_a_name(before[-1] if before else "")


# between an owner and its force: "'s", at most two words ("Israeli ground troops")
_OWNER_GAP = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,2}\s+")


def _gap_ends_owning(gap: str) -> bool:
    """Does a word between an owner and a force noun end the owner's phrase: a force noun of its
    own or a past tense ("M23 fighters attacked army positions": not M23's army)?"""
    return any(w.lower() in _force_sides() or w.endswith("ed") for w in gap.split())


@lru_cache(maxsize=1)
def _force_sides() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_rows("force_nouns") if len(row) > 1}


@lru_cache(maxsize=1)
def _side_force_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{trie_regex(sorted(_force_sides()))})(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def force_words() -> frozenset[str]:
    """The force nouns of ``lexicons/force_nouns.tsv``, lower-cased."""
    return frozenset(row[0].lower() for row in load_rows("force_nouns"))


@lru_cache(maxsize=1)
def _force_noun() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{trie_regex(sorted(force_words()))})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def armed_heads() -> frozenset[str]:
    """Nouns that make a subject armed: forces, weapons and the nouns of hostile acts."""
    from framing.text.predicate_lexicon import lexicon

    nouns = {form for entry in lexicon()[0].values() for form in entry.noun_forms}
    return frozenset({*force_words(), *(row[0].lower() for row in load_rows("weapon_modifiers")),
                      *nouns})


def names_a_force(text: str, pos: int) -> bool:
    """Does a force noun follow ``pos`` ("Armenian| forces")?"""
    return _force_noun().match(text, pos) is not None
