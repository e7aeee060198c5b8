"""Terminal summaries of the analyzer blocks: a few lines each, the strongest evidence first."""

from __future__ import annotations

from typing import Any

from framing.model import ArticleAnalysis
from framing.render.terminal import block_summary


def _name(analysis: ArticleAnalysis, actor: str) -> str:
    side = analysis.sides.get(actor)
    return side.name if side else actor


def _voices_with_data(analysis: ArticleAnalysis, block: dict[str, Any], key: str):
    for voice in analysis.voices:
        data = block.get("voices", {}).get(voice.id)
        if data and data.get(key):
            yield voice, data


@block_summary("vocabulary")
def _vocabulary(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    lines = []
    for side_id, terms in block.get("distinctive", {}).items():
        shown = ", ".join(f"{t['term']} (z={t['z']:+.2f})" for t in terms[:8])
        lines.append(f"  distinctive of {_name(analysis, side_id)}: {shown or '-'}")
    shared = ", ".join(t["term"] for t in block.get("shared", [])[:10])
    lines.append(f"  shared by both sides: {shared or '-'}")
    return lines


@block_summary("loaded_language")
def _loaded(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    lines = []
    for voice, data in _voices_with_data(analysis, block, "total"):
        terms = [f"{h['matched']} ({cat})" for cat, hits in data["hits"].items() for h in hits]
        lines.append(f"  {voice.name}: {', '.join(dict.fromkeys(terms))}")
    return lines or ["  no loaded terms"]


@block_summary("frames")
def _frames(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    return [f"  {voice.name}: {', '.join(data['dominant']).replace('_', ' ')}"
            for voice, data in _voices_with_data(analysis, block, "dominant")]


@block_summary("reporting_verbs")
def _verbs(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    lines = []
    for voice, data in _voices_with_data(analysis, block, "n"):
        classes = ", ".join(f"{c} {d['n']}" for c, d in data["classes"].items())
        lines.append(f"  {voice.name}: {classes}")
    lines += [f"  ! {c['text']}" for c in block.get("contrast", [])]
    return lines


@block_summary("sentiment")
def _sentiment(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    return [
        f"  {voice.name}: VADER {d['mean_compound']:+.2f}"
        + (f", polarity {d['mean_polarity']:+.2f}" if d.get("mean_polarity") is not None else "")
        + f" (n={d['n']})"
        for voice, d in _voices_with_data(analysis, block, "n")
    ]


@block_summary("stance")
def _stance(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    lines = []
    for voice, data in _voices_with_data(analysis, block, "n_claims"):
        if "blames" not in data:  # the narrator: acts by and against each side
            agents = ", ".join(f"{_name(analysis, a)} {d['n']}"
                               for a, d in data["as_agent"].items())
            lines.append(f"  {voice.name}: hostile acts by {agents or 'nobody'}")
            continue
        blames = ", ".join(f"{_name(analysis, a)} ×{d['n']}" for a, d in data["blames"].items())
        scores = ", ".join(f"{_name(analysis, a)} {d['score']:+.2f} (n={d['n']})"
                           for a, d in data["stance"].items() if d.get("score") is not None)
        lines.append(f"  {voice.name}: blames {blames or 'nobody'}; stance {scores or '-'}")
    return lines


@block_summary("agency")
def _agency(analysis: ArticleAnalysis, block: dict[str, Any]) -> list[str]:
    narrator = block.get("voices", {}).get("narrator")
    if not narrator:
        return ["  no narrator text"]
    counts = ", ".join(f"{k.replace('_', ' ')} {v['n']}" for k, v in narrator["counts"].items())
    return [f"  narrator's violence and harm: {counts}"]
