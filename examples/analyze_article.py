"""Analyse an article from Python and print who speaks for which side, and in what words.

Run from the repository root::

    python examples/analyze_article.py [ARTICLE] [--sides examples/sides_armenia_azerbaijan.yaml]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from framing import analyze

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?",
                        default=ROOT / "seeds" / "armenia_azerbaijan_border_clashes.txt")
    parser.add_argument("--sides", default=ROOT / "examples" / "sides_armenia_azerbaijan.yaml")
    args = parser.parse_args()

    analysis = analyze(args.article, sides=args.sides)
    names = {a.id: a.name for a in analysis.sides.actors} | {"both": "both sides"}

    print(f"{analysis.document.title}\n")
    print("Statements per voice:", dict(Counter(names.get(s.side, s.side)
                                                for s in analysis.statements)))
    for st in analysis.statements:
        print(f"  [{names.get(st.side, st.side):>16}] {st.speaker} {st.verb_text}: {st.text[:70]}")

    vocabulary = analysis.results["vocabulary"]
    for side_id, terms in vocabulary["distinctive"].items():
        print(f"\nDistinctive of {names[side_id]}:", ", ".join(t["term"] for t in terms[:10]))
    print("Shared:", ", ".join(t["term"] for t in vocabulary["shared"][:10]))

    out = ROOT / "reports" / f"{analysis.document.id}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(analysis.to_json(), encoding="utf-8")
    print(f"\nFull analysis written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
