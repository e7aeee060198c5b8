"""Who is quoted most across a corpus: statements per speaker, with side, outlets and sentiment.

A speaker is a statement's ``speaker_key`` (a person's name, else the phrase: "armenian defense
ministry") with the voice it speaks for. Keys are per article: the same person is one speaker
across articles when written with the same name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from framing.model import BOTH, UNKNOWN, ArticleAnalysis

#: Speakers listed by :meth:`SpeakerTable.top` unless told otherwise.
TOP_SPEAKERS = 25


def speaker_rows(a: ArticleAnalysis) -> list[list[Any]]:
    """One article's ``[key, voice name, statements, Σ compound, scored, doubt]`` per speaker."""
    names = {s.id: s.name for s in a.sides.actors}
    names.update({BOTH: "both sides", UNKNOWN: "unknown"})
    compound = {s["statement_id"]: s["compound"]
                for s in a.results.get("sentiment", {}).get("statements", [])}
    rows: dict[tuple[str, str], list[Any]] = {}
    for st in a.statements:
        key = st.speaker_key or st.speaker
        voice = names.get(st.side, st.side)
        row = rows.setdefault((key, voice), [key, voice, 0, 0.0, 0, 0])
        row[2] += 1
        if st.id in compound:
            row[3] += compound[st.id]
            row[4] += 1
        row[5] += st.verb_class == "doubt"
    return list(rows.values())


@dataclass
class _Speaker:
    statements: int = 0
    articles: int = 0
    compound: float = 0.0
    scored: int = 0
    doubt: int = 0
    outlets: Counter[str] = field(default_factory=Counter)

    def count(self, n: int, compound: float, scored: int, doubt: int, outlet: str) -> None:
        """Add one article's :func:`speaker_rows` row (its ``n`` statements in ``outlet``)."""
        self.statements += n
        self.articles += 1
        self.compound += compound
        self.scored += scored
        self.doubt += doubt
        self.outlets[outlet] = self.outlets.get(outlet, 0) + n

    def absorb(self, other: _Speaker) -> None:
        self.statements += other.statements
        self.articles += other.articles
        self.compound += other.compound
        self.scored += other.scored
        self.doubt += other.doubt
        self.outlets.update(other.outlets)


class SpeakerTable:
    """Sums of :func:`speaker_rows` over a corpus, by (speaker key, voice), in first-seen order."""

    def __init__(self) -> None:
        self.speakers: dict[tuple[str, str], _Speaker] = {}

    def add(self, rows: list[list[Any]], outlet: str | None) -> None:
        outlet = outlet or ""
        for key, voice, n, compound, scored, doubt in rows:
            s = self.speakers.get((key, voice))
            if s is None:
                s = self.speakers[key, voice] = _Speaker()
            s.count(n, compound, scored, doubt, outlet)

    def merge(self, other: SpeakerTable) -> None:
        """Fold in the table of the articles that follow this one's."""
        for k, o in other.speakers.items():
            self.speakers.setdefault(k, _Speaker()).absorb(o)

    def top(self, k: int = TOP_SPEAKERS) -> list[dict[str, Any]]:
        """The ``k`` speakers with most statements (ties: most articles, then the key), a bare
        surname ("varga", an article that never gave the full name) counted with the one full
        name of the same voice that ends with it ("Ilse Varga")."""
        merged = _fold_surnames(self.speakers)
        ranked = sorted(merged.items(),
                        key=lambda kv: (-kv[1].statements, -kv[1].articles, kv[0]))[:k]
        return [_row(key, voice, s) for (key, voice), s in ranked]


def _fold_surnames(speakers: dict[tuple[str, str], _Speaker]) -> dict[tuple[str, str], _Speaker]:
    full: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, voice in speakers:
        if " " in key and key[:1].isupper():
            full.setdefault((key.split()[-1].lower(), voice), []).append((key, voice))
    out: dict[tuple[str, str], _Speaker] = {}
    for (key, voice), s in speakers.items():
        owners = full.get((key.lower(), voice), []) if " " not in key else []
        target = owners[0] if len(owners) == 1 else (key, voice)
        out.setdefault(target, _Speaker()).absorb(s)
    return out


def _row(key: str, voice: str, s: _Speaker) -> dict[str, Any]:
    outlets = dict(sorted(s.outlets.items(), key=lambda kv: (-kv[1], kv[0])))
    return {
        "speaker": key, "voice": voice, "statements": s.statements, "articles": s.articles,
        "mean_compound": round(s.compound / s.scored, 4) if s.scored else None,
        "doubt_share": round(s.doubt / s.statements, 4) if s.statements else None,
        "outlets": outlets,
    }


def rows_of(digest: Mapping[str, Any]) -> list[list[Any]]:
    """The speaker rows of an article digest (none in digests stored before they existed)."""
    return list(digest.get("speakers") or [])
