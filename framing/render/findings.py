"""Plain-language findings for the top of the report, each pointing to its evidence.

Every finding is a sentence built from the analyzer blocks (never from new analysis) and the
anchor of the report section that shows its evidence. Findings whose block is missing, or whose
numbers are too thin to say anything, are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from framing.model import BOTH, NARRATOR, ArticleAnalysis
from framing.render.terminal import counted
from framing.text.tokenize import count_words

MAX_FINDINGS = 5
#: The report section behind each finding's link, for the link's accessible name: in a screen
#: reader's list of links, each "Evidence" link must say where it leads.
SECTION_NAMES = {"#voices": "Who speaks", "#verbs": "Reporting verbs",
                 "#loaded": "Loaded terms by category", "#stance": "Who blames whom",
                 "#sentiment": "Sentiment and stance", "#agency": "Agency"}
#: Smallest difference of mean VADER compound worth a sentence (on a −1…1 scale).
SENTIMENT_GAP = 0.1


@dataclass(frozen=True)
class Finding:
    """One sentence and the ``#anchor`` of the section holding its evidence."""

    text: str
    href: str

    @property
    def link_label(self) -> str:
        """The evidence link's accessible name: "Evidence: <the section it leads to>"."""
        return f"Evidence: {SECTION_NAMES.get(self.href, 'the section that backs it')}"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _names(analysis: ArticleAnalysis) -> dict[str, str]:
    names = {v.id: v.name for v in analysis.voices}
    names.update({a.id: a.name for a in analysis.sides.actors})
    names[BOTH] = "both sides"
    return names


def _quotes(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    counts = {v.id: len(v.statement_ids) for v in analysis.voices}
    a, b = analysis.sides.side_ids
    if not counts.get(a) and not counts.get(b):
        return None
    quoted = [(names[x], counts.get(x, 0)) for x in (a, b)]
    text = " and ".join(f"{name} is not quoted" for name, n in quoted if not n)
    said = [(name, n) for name, n in quoted if n]
    if said:
        text += "; " if text else ""
        text += f"{said[0][0]} is quoted in {counted(said[0][1], 'statement')}"
        text += "".join(f", {name} in {n}" for name, n in said[1:])
    joint = sum(1 for s in analysis.statements if s.side == BOTH)
    if joint:  # a joint statement counts for both sides: say so of both counts, not the last
        the = "the " if joint > 1 else ""
        text += f" (each count includes {the}{counted(joint, 'joint statement')} of both sides)"
    others = [f"{names[t.id]} in {counts[t.id]}" for t in analysis.sides.third_parties
              if counts.get(t.id)]
    if others:
        text += "; among third parties, " + ", ".join(others)
    return Finding(text + ".", "#voices")


def _headline(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    block = analysis.results.get("reporting_verbs") or {}
    for vid, data in (block.get("voices") or {}).items():
        head = (data or {}).get("headline")
        if not head or vid not in analysis.sides.side_ids:
            continue
        text = (f"The headline introduces {possessive(names.get(vid, vid))} account with "
                f"'{head.get('verb_text', head.get('verb'))}' ({head.get('class')} verb)")
        body = _body_verb(data, head)
        if body:
            text += body
        return Finding(text + ".", "#verbs")
    return None


def body_verbs(data: dict[str, Any]) -> list[str]:
    """A voice's most frequent reporting verbs in the body (its headline statement left out),
    more than one when tied; ``data``: the voice's entry of the reporting-verbs block."""
    head_id = (data.get("headline") or {}).get("statement_id")
    counts = {v: len([i for i in (x or {}).get("statement_ids") or [] if i != head_id])
              for v, x in (data.get("verbs") or {}).items()}
    top = max(counts.values(), default=0)
    return sorted(v for v, n in counts.items() if n == top) if top else []


def _body_verb(data: dict[str, Any], head: dict[str, Any]) -> str:
    """The side's most frequent verb in the body, if one verb is more frequent than any other
    and differs from the headline's ("mostly 'allege'" was said of one 'claim', one 'allege')."""
    main = data.get("body_main_verb") or {}
    verb, n, of = main.get("verb"), main.get("n") or 0, main.get("of") or 0
    if not verb or verb == head.get("verb") or n < 2 or body_verbs(data) != [verb]:
        return ""
    return f"; in the body, its statements are most often introduced with '{verb}' ({n} of {of})"


def _exclusive_loaded(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    voices = (analysis.results.get("loaded_language") or {}).get("voices") or {}
    a, b = analysis.sides.side_ids
    terms = {}
    for side in (a, b):
        hits = ((voices.get(side) or {}).get("hits") or {}).values()
        terms[side] = {h["term"]: h.get("category", "") for lst in hits for h in lst}
    parts = []
    for side, other in ((a, b), (b, a)):
        only = [t for t in terms[side] if t not in terms[other]][:3]
        if only:
            quoted = ", ".join(f"'{t}' ({terms[side][t].replace('_', ' ')})" for t in only)
            parts.append(f"only {possessive(names[side])} side uses {quoted}")
    if not parts:
        return None
    text = "; ".join(parts)
    return Finding(text[0].upper() + text[1:] + ".", "#loaded")


def _blame(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    voices = (analysis.results.get("stance") or {}).get("voices") or {}
    a, b = analysis.sides.side_ids
    n_ab = (((voices.get(a) or {}).get("blames") or {}).get(b) or {}).get("n", 0)
    n_ba = (((voices.get(b) or {}).get("blames") or {}).get(a) or {}).get("n", 0)
    if not n_ab and not n_ba:
        return None
    return Finding(f"{possessive(names[a])} statements cast {names[b]} as the aggressor "
                   f"{n_ab} time{'s' * (n_ab != 1)}; {possessive(names[b])} cast {names[a]} "
                   f"so {n_ba} time{'s' * (n_ba != 1)}.", "#stance")


def _sentiment(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    voices = (analysis.results.get("sentiment") or {}).get("voices") or {}
    a, b = analysis.sides.side_ids
    va, vb = voices.get(a) or {}, voices.get(b) or {}
    ma, mb = va.get("mean_compound"), vb.get("mean_compound")
    if ma is None or mb is None or va.get("n", 0) < 2 or vb.get("n", 0) < 2:
        return None
    if abs(ma - mb) < SENTIMENT_GAP:
        return Finding(f"{possessive(names[a])} and {possessive(names[b])} statements are about "
                       f"equally positive or negative (mean VADER {ma:+.2f}, n={va['n']}, vs "
                       f"{mb:+.2f}, n={vb['n']}).", "#sentiment")
    (neg, mn, nn), (pos, mp, np_) = sorted(((a, ma, va["n"]), (b, mb, vb["n"])),
                                           key=lambda x: x[1])
    return Finding(f"{possessive(names[neg])} statements are more negative on average "
                   f"(mean VADER {mn:+.2f}, n={nn}) than {possessive(names[pos])} "
                   f"({mp:+.2f}, n={np_}).", "#sentiment")


def _agency(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    narrator = ((analysis.results.get("agency") or {}).get("voices") or {}).get(NARRATOR) or {}
    counts = narrator.get("counts") or {}
    total = narrator.get("n") or 0
    if not total:
        return None
    agentless = sum((c or {}).get("n", 0) for k, c in counts.items() if k.startswith("agentless"))
    return Finding(f"In the outlet's own voice, {agentless} of {total} mentions of violence or "
                   "harm name no one who did it.", "#agency")


def _narrator(analysis: ArticleAnalysis, names: dict[str, str]) -> Finding | None:
    text = analysis.document.text
    narrator = next((v for v in analysis.voices if v.id == NARRATOR), None)
    # counted as the "Who speaks" table counts them, so the two give the same percentage
    total = count_words(text, [[0, len(text)]])
    if not total or narrator is None:
        return None
    share = round(100 * count_words(text, narrator.spans) / total)
    if not analysis.statements:
        return Finding("No one is quoted: the article is all in the outlet's own narrating "
                       "voice.", "#voices")
    return Finding(f"The outlet's own narrating voice holds {share}% of the article's words; "
                   "the rest is reported speech.", "#voices")


FINDERS: tuple[Callable[[ArticleAnalysis, dict[str, str]], Finding | None], ...] = (
    _quotes, _headline, _exclusive_loaded, _blame, _sentiment, _agency, _narrator,
)


def findings(analysis: ArticleAnalysis, limit: int = MAX_FINDINGS) -> list[Finding]:
    """Up to ``limit`` findings, most telling first (quotes, headline verb, loaded terms, …)."""
    names = _names(analysis)
    out: list[Finding] = []
    for finder in FINDERS:
        try:
            found = finder(analysis, names)
        except (KeyError, TypeError, AttributeError, ValueError):
            found = None  # a block of an unexpected shape: skip the finding, not the report
        if found:
            out.append(found)
        if len(out) >= limit:
            break
    return out


def summary_numbers(analysis: ArticleAnalysis) -> dict[str, Any]:
    """Counts quoted in the summary line: statements, joint ones, unresolved ones."""
    return {
        "statements": len(analysis.statements),
        "joint": sum(1 for s in analysis.statements if s.side == BOTH),
        "unresolved": sum(1 for s in analysis.statements if s.resolution == "unresolved"),
    }
