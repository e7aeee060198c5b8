"""Who a speaker is, as one key per speaker, so that statements can be counted per speaker.

"Security Council Secretary Armen Grigoryan", a later "Grigoryan" and a "He" that follows him are
one speaker, "Armen Grigoryan"; "The Armenian Defense Ministry" and a later "the ministry" are
"armenian defense ministry". People are keyed by their name, institutions and unnamed sources by
their phrase in lower case without its article ("senior hamas official").
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.attribution.speaker_phrase import office_head, speaker_head
from framing.lexicons import load_rows

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_POSSESSIVE = re.compile(r"['’]s?$")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# lower-case parts inside a name: "Abdel Fattah al-Burhan", "Ursula von der Leyen"
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as)-\w+|bin|ibn|bint|de|der|van|von|da|di|du|la|le")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    words = {row[0].lower() for row in load_rows("person_titles")}
    words |= {row[0].lower() for row in load_rows("abbreviations")
              if len(row) > 1 and row[1] == "title"}
    return frozenset(words)


@lru_cache(maxsize=4096)
def person_name(phrase: str) -> str | None:
    """The person's name in a speaker phrase: the last run of two or more capitalised words that
    are no title, speaker noun or possessive, before the first comma ("Kremlin spokesman Dmitry
    Peskov"), else the first after it ("A junta spokesman, Major General Zaw Min Tun")."""
    head, _, rest = phrase.partition(",")
    for part, pick in ((head, -1), (rest, 0)):
        runs = _name_runs(part)
        if runs:
            return runs[pick]
    return None


def _before_name(word: str) -> bool:
    """An article, title or speaker noun: a word that stands before a name, not in it."""
    low = word.lower()
    return low in ("the", "a", "an") or low in _titles() or speaker_head(word) is not None


def _name_runs(text: str) -> list[str]:
    runs: list[list[str]] = [[]]
    for word in (w.strip("“”\"()") for w in text.split()):
        if word[:1].isupper() and not _before_name(word) and not _POSSESSIVE.search(word):
            runs[-1].append(word)
        elif runs[-1] and _NAME_PARTICLE.fullmatch(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if len(r) >= 2]


@lru_cache(maxsize=4096)
def lone_name(phrase: str) -> str | None:
    """A name standing alone or after titles only: "Varga", "Prime Minister Varga", "Army
    chief Burhan", "the Kremlin" (not "residents in Omdurman")."""
    words = [w.strip("“”\"()") for w in phrase.partition(",")[0].split()]
    if not words or not words[-1][:1].isupper() or _POSSESSIVE.search(words[-1]):
        return None
    last = words[-1]
    if _before_name(last) or last.lower() in _PRONOUNS:
        return None
    return last if all(_before_name(w) for w in words[:-1]) else None


_AFTER_HEAD = re.compile(r",\s|\s+who\s", re.IGNORECASE)


@lru_cache(maxsize=4096)
def phrase_key(phrase: str) -> str:
    """An institution's or unnamed source's key: the phrase in lower case, without its article,
    an appositive or a relative clause, and with single spaces ("The Armenian Defense Ministry"
    → "armenian defense ministry"; "Two diplomats who declined to be named" → "two
    diplomats")."""
    head = _AFTER_HEAD.split(phrase, maxsplit=1)[0]
    return _DETERMINER.sub("", " ".join(head.lower().split())).strip(" .,;:")


_WORD = re.compile(r"[^\W\d_]+")  # letters, also "Aydın", "Ekström"
#: Capitalised words that are no names.
NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "Its", "Their", "Both"})


@lru_cache(maxsize=4096)
def heads_and_names(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The speaker nouns of ``phrase`` (lower-cased) and its capitalised names of three letters
    or more, in order: what the resolver keeps the side of ("Michel said" later)."""
    heads, names = [], []
    for word in _WORD.findall(phrase):
        if speaker_head(word):  # also "Residents": kept from being taken for a name
            heads.append(word.lower())
        elif word[0].isupper() and len(word) > 2 and word not in NOT_NAMES:
            names.append(word)
    return tuple(heads), tuple(names)


_NAME = re.compile(r"\b[A-Z][^\W\d_A-Z]{2,}\b")


def known_person(phrase: str, by_name: dict[str, str]) -> str | None:
    """The side ``by_name`` gives the last name in ``phrase`` before a comma ("Aydin, a former
    chief of general staff"), when that is a name and not an office or institution."""
    name = phrase.split(",", 1)[0]
    if office_head(name):
        return None
    names = [n for n in _NAME.findall(name) if n not in NOT_NAMES]
    return by_name.get(names[-1]) if names else None
