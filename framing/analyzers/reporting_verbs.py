"""Reporting verbs: which verbs introduce each side's statements, and whether they cast doubt."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from framing.analyzers import Analyzer, register
from framing.lexicons import load_rows
from framing.model import NARRATOR, ArticleAnalysis, Statement

#: Classes that colour a claim; the contrast compares the sides' shares of these.
LOADED_CLASSES = ("doubt", "endorsing")

METHOD = (
    "Each statement's reporting verb is classed from the reporting_verbs lexicon (neutral, "
    "informative, doubt, endorsing, accusatory, directive, emphatic, responsive; after Bergler "
    "1992); counts and shares are per voice, and the contrast compares the two sides' shares of "
    "doubt-casting and endorsing verbs, headline verb apart."
)


@lru_cache(maxsize=1)
def verb_classes() -> tuple[str, ...]:
    """The lexicon's verb classes, in file order."""
    return tuple(dict.fromkeys(row[1] for row in load_rows("reporting_verbs")))


def _share(n: int, total: int) -> float | None:
    return round(n / total, 4) if total else None


def voice_verbs(statements: list[Statement]) -> dict[str, Any]:
    """Verb counts, classes, headline verb and loaded-verb shares of one voice's statements."""
    by_class: dict[str, list[str]] = {}  # statement ids per verb class, in statement order
    by_verb: dict[str, list[Statement]] = {}
    body: dict[str, list[str]] = {}  # ids per verb of the statements that are not the headline
    headline = None
    for s in statements:
        by_class.setdefault(s.verb_class, []).append(s.id)
        by_verb.setdefault(s.verb, []).append(s)
        if s.resolution != "headline":
            body.setdefault(s.verb, []).append(s.id)
        elif headline is None:
            headline = s
    known = verb_classes()
    classes = {cls: {"n": len(by_class[cls]), "statement_ids": by_class[cls]}
               for cls in [*known, *sorted(by_class.keys() - set(known))] if cls in by_class}
    verbs = {verb: {"n": len(same), "class": same[0].verb_class,
                    "statement_ids": [s.id for s in same]}
             for verb, same in sorted(by_verb.items(), key=lambda kv: (-len(kv[1]), kv[0]))}
    main = min(body.items(), key=lambda kv: (-len(kv[1]), kv[0])) if body else None
    non_neutral = [s.id for s in statements if s.verb_class != "neutral"]
    block: dict[str, Any] = {
        "n": len(statements),
        "classes": classes,
        "verbs": verbs,
        "headline": None if headline is None else {
            "verb": headline.verb, "verb_text": headline.verb_text,
            "class": headline.verb_class, "statement_id": headline.id,
        },
        "body_main_verb": None if main is None else {
            "verb": main[0], "n": len(main[1]), "of": sum(map(len, body.values())),
            "statement_ids": main[1],
        },
        "non_neutral": {"n": len(non_neutral), "share": _share(len(non_neutral), len(statements)),
                        "statement_ids": non_neutral},
    }
    for cls in LOADED_CLASSES:
        ids = list(by_class.get(cls, ()))  # a list of its own: not the one under "classes"
        block[cls] = {"n": len(ids), "share": _share(len(ids), len(statements)),
                      "statement_ids": ids}
    return block


def contrast(voices: dict[str, dict[str, Any]], side_ids: list[str]) -> list[dict[str, Any]]:
    """Findings where one side's statements get a loaded verb class more than the other's.

    A finding is made for class ``c`` when side A's share of ``c`` verbs exceeds side B's, or when
    A's headline verb is of class ``c`` and B's is not.
    """
    findings = []
    for cls in LOADED_CLASSES:
        for a in side_ids:
            b = next(s for s in side_ids if s != a)
            va, vb = voices[a], voices[b]
            share_a, share_b = va[cls]["share"] or 0.0, vb[cls]["share"] or 0.0
            head_a = bool(va["headline"] and va["headline"]["class"] == cls)
            head_b = bool(vb["headline"] and vb["headline"]["class"] == cls)
            if not (share_a > share_b or (head_a and not head_b)):
                continue
            finding = {
                "class": cls, "side": a, "other": b,
                "share": va[cls]["share"], "other_share": vb[cls]["share"],
                "n": va[cls]["n"], "other_n": vb[cls]["n"],
                "statement_ids": va[cls]["statement_ids"],
                "headline": va["headline"] if head_a else None,
                "body_main_verb": va["body_main_verb"]["verb"] if va["body_main_verb"] else None,
            }
            text = f"{a}: {va[cls]['n']} of {va['n']} statements introduced with {cls} verbs"
            text += f" vs {vb[cls]['n']} of {vb['n']} for {b}"
            if head_a:
                text += f"; the headline gives {a} '{va['headline']['verb_text']}'"
                if finding["body_main_verb"]:
                    text += f" while the body mostly uses '{finding['body_main_verb']}'"
            finding["text"] = text
            findings.append(finding)
    return findings


@register
class ReportingVerbsAnalyzer(Analyzer):
    """Counts of reporting verbs and verb classes per voice, and the sides' contrast."""

    name = "reporting_verbs"

    def analyze(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        by_id = {s.id: s for s in analysis.statements}
        voices = {
            v.id: voice_verbs([by_id[i] for i in v.statement_ids if i in by_id])
            for v in analysis.voices if v.id != NARRATOR
        }
        return {
            "method": METHOD,
            "voices": voices,
            "contrast": contrast(voices, analysis.sides.side_ids),
        }
