"""A readable plain-text summary of one analysis, for the terminal."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

from framing.model import BOTH, ArticleAnalysis

WIDTH = 100
BlockSummary = Callable[[ArticleAnalysis, dict[str, Any]], list[str]]
#: Block name → function giving its summary lines. Blocks without one get a generic line.
BLOCK_SUMMARIES: dict[str, BlockSummary] = {}


#: C0 controls but tab and newline, DEL and C1 controls: the terminal acts on them (ESC starts
#: sequences that clear the screen, retitle the window or write the clipboard).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def counted(n: int, noun: str) -> str:
    """``n`` and the noun in the number it needs: "1 record", "2 records"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def printable(text: str) -> str:
    """``text`` with each control character written out (``\\x1b``), safe to print."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def block_summary(name: str) -> Callable[[BlockSummary], BlockSummary]:
    """Decorator: register the terminal summary of an analyzer's block."""

    def deco(fn: BlockSummary) -> BlockSummary:
        BLOCK_SUMMARIES[name] = fn
        return fn

    return deco


def render_text(analysis: ArticleAnalysis) -> str:
    """The summary: sides, each voice's statements (speaker, verb), then each analyzer block."""
    import framing.render.terminal_blocks  # noqa: F401  (registers the block summaries)

    doc = analysis.document
    lines = [f"framing — {doc.title or doc.id}", f"source: {doc.source or '-'}", ""]
    sides = analysis.sides
    lines.append(f"Sides ({sides.source}): " + "  vs  ".join(s.name for s in sides.sides))
    if sides.third_parties:
        lines.append("Third parties: " + ", ".join(t.name for t in sides.third_parties))
    lines.append(f"Statements: {len(analysis.statements)}")
    for voice in analysis.voices:
        if voice.kind == "narrator":
            continue
        lines += ["", f"== {voice.name} ({len(voice.statement_ids)} statements)"]
        for sid in voice.statement_ids:
            st = analysis.statement(sid)
            joint = " [both sides]" if st.side == BOTH else ""
            head = f"  {st.id}. {st.speaker} — {st.verb_text} ({st.verb_class}){joint}: "
            body = ("“" + st.text + "”") if st.direct else st.text
            lines += textwrap.wrap(head + body, WIDTH, subsequent_indent="      ")
    narrator = analysis.voice("narrator")
    if narrator:
        words = sum(len(doc.text[s:e].split()) for s, e in narrator.spans)
        lines += ["", f"== Narrator: {words} words outside statements"]
    for name, block in analysis.results.items():
        lines += ["", f"-- {name}"]
        summarize = BLOCK_SUMMARIES.get(name)
        lines += summarize(analysis, block) if summarize else [f"  ({len(block)} fields; see JSON)"]
    return printable("\n".join(lines) + "\n")
