"""Score attribution and stance against a hand-annotated gold file (JSONL).

Each gold item is a short text (1–4 sentences) with its sides, the statements a careful reader
finds in it (speaker, side, verb, content) and the hostile stance claims (claimant, agent,
target, predicate). :func:`evaluate` runs :func:`framing.analyze` on every item and compares.
The format and the metrics are described in ``docs/evaluate.md``.

Run it as ``python -m framing.evaluate GOLD.jsonl [--json] [--errors]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from framing.gold import GoldError, GoldItem, GoldStatement, load_gold
from framing.model import Document, Statement
from framing.text.predicate_lexicon import HOSTILE

#: A predicted statement matches a gold one when their content spans share at least this share
#: of the shorter span's characters.
MIN_OVERLAP = 0.5

Triple = tuple[str, str, str]


@dataclass
class Prediction:
    """What the toolkit found in one item: statements, and stance claims (None: no analyzer)."""

    statements: list[Statement]
    claims: list[dict[str, Any]] | None = None
    error: str | None = None


@dataclass
class EvalReport:
    """All scores of one evaluation run; ``errors`` lists every miss and false positive."""

    gold: str
    n_items: int
    n_gold: int
    n_predicted: int
    n_matched: int
    n_side_correct: int
    detection: dict[str, float]
    side_accuracy: float
    side_aware: dict[str, float]
    patterns: dict[str, dict[str, Any]]
    resolutions: dict[str, dict[str, Any]]
    conflicts: dict[str, dict[str, float]]
    stance: dict[str, Any] | None
    stance_note: str | None
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- scoring -------------------------------------------------------------------------------------
def prf(tp: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 (0 when undefined)."""
    p = tp / n_predicted if n_predicted else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters of two spans as a share of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / shorter if shorter > 0 else 0.0


def match_statements(gold: Sequence[GoldStatement], predicted: Sequence[Statement]
                     ) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlap first, ≥ MIN_OVERLAP."""
    pairs = sorted(
        ((overlap((g.start, g.end), (p.start, p.end)), i, j)
         for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for score, i, j in pairs:
        if score >= MIN_OVERLAP and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matched.append((i, j))
    return sorted(matched)


def predicted_triples(claims: list[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    """Hostile claims whose agent and target are both known: (claimant, agent, target, lemma)."""
    return [(c["claimant"], c["agent"], c["target"], c["predicate"]) for c in claims
            if c.get("category") in HOSTILE and c.get("agent") and c.get("target")]


def score(items: list[GoldItem], predictions: list[Prediction], gold: str = "") -> EvalReport:
    """Compare predictions (one per item, same order) with the gold items."""
    n_gold = n_pred = n_match = n_side = 0
    patterns: dict[str, Counter[str]] = {}
    resolutions: dict[str, Counter[str]] = {}
    conflicts: dict[str, Counter[str]] = {}
    stance = Counter[str]()
    stance_run = any(p.claims is not None for p in predictions)
    errors: list[dict[str, Any]] = []
    for item, pred in zip(items, predictions, strict=True):
        if pred.error:
            errors.append({"item": item.id, "kind": "analysis_error", "detail": pred.error})
        pairs = dict(match_statements(item.statements, pred.statements))
        conf = conflicts.setdefault(item.conflict or "-", Counter())
        if item.pattern == "non_statement" or not item.statements:
            patterns.setdefault("non_statement", Counter())["items"] += 1
            patterns["non_statement"]["false_positives"] += len(pred.statements)
        for i, g in enumerate(item.statements):
            row = patterns.setdefault(g.pattern, Counter())
            row["gold"] += 1
            j = pairs.get(i)
            if j is None:
                errors.append(_err(item, "miss", gold=g))
                continue
            p = pred.statements[j]
            row["detected"] += 1
            row["side_correct"] += p.side == g.side
            if p.side != g.side:
                errors.append(_err(item, "wrong_side", gold=g, pred=p))
        found = set(pairs.values())
        for j, p in enumerate(pred.statements):
            res = resolutions.setdefault(p.resolution, Counter())
            res["predicted"] += 1
            if j not in found:
                errors.append(_err(item, "false_positive", pred=p))
                continue
            g = item.statements[next(i for i, jj in pairs.items() if jj == j)]
            res["side_correct"] += p.side == g.side
        side_ok = sum(pred.statements[j].side == item.statements[i].side
                      for i, j in pairs.items())
        n_gold, n_pred = n_gold + len(item.statements), n_pred + len(pred.statements)
        n_match, n_side = n_match + len(pairs), n_side + side_ok
        conf.update(gold=len(item.statements), predicted=len(pred.statements), side=side_ok)
        if pred.claims is not None:
            _score_stance(item, predicted_triples(pred.claims), stance, errors)
    return EvalReport(
        gold=gold, n_items=len(items), n_gold=n_gold, n_predicted=n_pred, n_matched=n_match,
        n_side_correct=n_side, detection=prf(n_match, n_pred, n_gold),
        side_accuracy=round(n_side / n_match, 4) if n_match else 0.0,
        side_aware=prf(n_side, n_pred, n_gold),
        patterns={k: _pattern_row(v) for k, v in sorted(patterns.items())},
        resolutions={k: {**v, "side_precision": round(v["side_correct"] / v["predicted"], 4)}
                     for k, v in sorted(resolutions.items())},
        conflicts={k: {"gold": v["gold"], "predicted": v["predicted"],
                       **prf(v["side"], v["predicted"], v["gold"])}
                   for k, v in sorted(conflicts.items())},
        stance={"gold": stance["gold"], "predicted": stance["pred"],
                **prf(stance["tp"], stance["pred"], stance["gold"]),
                "strict": prf(stance["strict"], stance["pred"], stance["gold"])}
        if stance_run else None,
        stance_note=None if stance_run else
        "stance not scored: no 'stance' analyzer block (framing/analyzers/stance.py)",
        errors=errors,
    )


def _pattern_row(c: Counter[str]) -> dict[str, Any]:
    if "items" in c:
        return {"items": c["items"], "false_positives": c["false_positives"]}
    return {"gold": c["gold"], "detected": c["detected"], "side_correct": c["side_correct"],
            "recall": round(c["detected"] / c["gold"], 4),
            "side_recall": round(c["side_correct"] / c["gold"], 4)}


def _score_stance(item: GoldItem, predicted: list[tuple[str, str, str, str]],
                  totals: Counter[str], errors: list[dict[str, Any]]) -> None:
    """Multiset match of (claimant, agent, target); ``strict`` also needs the same predicate."""
    gold = Counter(g[:3] for g in item.stance)
    pred = Counter(p[:3] for p in predicted)
    totals["gold"] += len(item.stance)
    totals["pred"] += len(predicted)
    totals["tp"] += sum((gold & pred).values())
    totals["strict"] += sum((Counter(item.stance) & Counter(predicted)).values())
    for triple, n in (gold - pred).items():
        errors += [{"item": item.id, "kind": "stance_miss", "triple": list(triple)}] * n
    for triple, n in (pred - gold).items():
        errors += [{"item": item.id, "kind": "stance_false_positive", "triple": list(triple)}] * n


def _err(item: GoldItem, kind: str, gold: GoldStatement | None = None,
         pred: Statement | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"item": item.id, "kind": kind}
    if gold is not None:
        out.update(gold_pattern=gold.pattern, gold_speaker=gold.speaker, gold_side=gold.side,
                   gold_content=gold.content)
    if pred is not None:
        out.update(speaker=pred.speaker, side=pred.side, resolution=pred.resolution,
                   content=pred.text)
    return out


# -- running -------------------------------------------------------------------------------------
def predict(item: GoldItem) -> Prediction:
    """Run the pipeline (attribution and the stance analyzer) on one gold item."""
    from framing.config import AnalysisConfig
    from framing.pipeline import analyze

    try:
        analysis = analyze(Document(item.id, item.text, source="<gold>"), sides=item.sides,
                           config=AnalysisConfig(analyzers=("stance",)))
    except Exception as exc:  # one broken item must not stop the evaluation
        return Prediction([], None, f"{type(exc).__name__}: {exc}")
    block = analysis.results.get("stance")
    return Prediction(analysis.statements, block.get("claims", []) if block else None)


def evaluate(gold_path: str | Path) -> EvalReport:
    """Load the gold file, analyse every item and score the results."""
    items = load_gold(gold_path)
    return score(items, [predict(item) for item in items], str(gold_path))


def format_report(report: EvalReport, errors: bool = False) -> str:
    """A plain-text summary: overall scores, then per pattern, resolution and conflict."""
    rows = [("statement detection", report.detection),
            ("side-aware (match + side)", report.side_aware)]
    if report.stance is not None:
        rows += [("stance (claim, agent, tgt)", report.stance),
                 ("stance + same predicate", report.stance["strict"])]
    out = [
        f"gold: {report.gold}  items: {report.n_items}  gold statements: {report.n_gold}  "
        f"predicted: {report.n_predicted}  matched: {report.n_matched}",
        "",
        f"{'':28}{'P':>7}{'R':>7}{'F1':>7}",
        *(f"{name:28}{r['precision']:7.2f}{r['recall']:7.2f}{r['f1']:7.2f}" for name, r in rows),
    ]
    out.append(f"side accuracy on matched statements: {report.side_accuracy:.2f}")
    if report.stance_note:
        out.append(report.stance_note)
    out += ["", f"{'pattern':22}{'gold':>6}{'found':>7}{'side ok':>9}{'recall':>8}{'side R':>8}"]
    for name, row in report.patterns.items():
        if "items" in row:
            out.append(f"{name:22}{row['items']:>6} items, {row['false_positives']} false "
                       "positive(s)")
        else:
            out.append(f"{name:22}{row['gold']:>6}{row['detected']:>7}{row['side_correct']:>9}"
                       f"{row['recall']:8.2f}{row['side_recall']:8.2f}")
    out += ["", f"{'predicted resolution':22}{'n':>6}{'side ok':>9}{'precision':>11}"]
    for name, row in report.resolutions.items():
        out.append(f"{name:22}{row['predicted']:>6}{row['side_correct']:>9}"
                   f"{row['side_precision']:11.2f}")
    out += ["", f"{'conflict':22}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}  (side-aware)"]
    for name, row in report.conflicts.items():
        out.append(f"{name:22}{row['gold']:>6}{row['predicted']:>6}{row['precision']:7.2f}"
                   f"{row['recall']:7.2f}{row['f1']:7.2f}")
    if errors:
        out += ["", f"errors ({len(report.errors)}):"]
        out += [_format_error(e) for e in report.errors]
    return "\n".join(out)


def _format_error(e: dict[str, Any]) -> str:
    kind, parts = e["kind"], [f"  {e['item']:8} {e['kind']:21}"]
    if kind in ("miss", "wrong_side"):
        parts.append(f"[{e['gold_pattern']}] gold {e['gold_speaker']!r} → {e['gold_side']}")
    if kind in ("wrong_side", "false_positive"):
        parts.append(f"found {e['speaker']!r} → {e['side']} ({e['resolution']})")
    if kind in ("miss", "false_positive"):
        parts.append(f"| {e.get('gold_content') or e.get('content')!r}")
    parts.append(" / ".join(e["triple"]) if "triple" in e else e.get("detail", ""))
    return " ".join(p for p in parts if p)


def main(argv: Sequence[str] | None = None) -> int:
    """``framing evaluate GOLD.jsonl [--json] [--errors]``; exit 1 only for a malformed file."""
    parser = argparse.ArgumentParser(
        prog="framing evaluate",
        description="Score attribution and stance against a hand-annotated gold JSONL file.",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The evaluate command's arguments (shared with ``framing.cli``)."""
    parser.add_argument("gold", type=Path, help="gold file: one JSON item per line")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="list every miss, false positive and wrong side with its item id")


def run(args: argparse.Namespace) -> int:
    """Evaluate and print; one-line error and exit 1 for a malformed gold file."""
    try:
        report = evaluate(args.gold)
    except GoldError as exc:
        print(f"framing evaluate: error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        data = report.to_dict()
        if not args.errors:
            data.pop("errors")
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_report(report, errors=args.errors))
    return 0


if __name__ == "__main__":  # through the command line's handling of errors and closed pipes
    from framing.cli import main as cli_main

    sys.exit(cli_main(["evaluate", *sys.argv[1:]]))
