"""``framing compare DIR``: compare the sides, outlets and periods of an analysed corpus.

Wiring for framing/cli.py: ``add_parser(subparsers)`` then ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from framing.compare.aggregate import BY, CorpusComparison, compare_corpus
from framing.compare.periods import PERIODS
from framing.model import ArticleAnalysis
from framing.render.terminal import counted, printable


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``compare`` command to the ``framing`` command line."""
    p = subparsers.add_parser(
        "compare", help="compare sides, outlets and periods across a batch of analysed articles",
        description="Compare how the two sides are framed across a corpus: who is quoted, "
                    "with which reporting verbs, sentiment and stance with 95% bootstrap "
                    "intervals, distinctive terms of each side and of each outlet's own voice, "
                    "and a time series. DIR is the output folder of `framing batch` (or its "
                    "results.sqlite), or a folder of `framing analyze --format json` files.",
    )
    p.add_argument("dir", type=Path, metavar="DIR", help="batch output folder or analysis JSONs")
    p.add_argument("--by", choices=BY, default="outlet",
                   help="groups to compare: outlets (default), one group per date period, or "
                        "only the two sides over the whole corpus")
    p.add_argument("--period", choices=PERIODS, default="month",
                   help="time bins of the time series and of --by date (default: month)")
    p.add_argument("--background", type=Path, metavar="TXT",
                   help="plain-text background corpus for the vocabulary prior "
                        "(default: the corpus itself)")
    p.add_argument("--json", action="store_true", help="print the full comparison as JSON")
    p.add_argument("--html", type=Path, metavar="FILE",
                   help="also write the batch report (articles linked to DIR's article "
                        "reports, where written)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write the text or JSON output here instead of standard output")
    p.set_defaults(handler=run)
    return p


def iter_analyses(path: Path) -> Iterator[Any]:
    """Analyses from a batch store (a folder holding results.sqlite, or the file) or JSON files.

    From a store, the articles' stored digests (see :func:`compare_corpus`).
    """
    from framing.batch.store import STORE_NAME
    from framing.compare.report import iter_store

    if path.is_file() and path.suffix == ".json":
        yield _read_analysis(path)
    elif path.is_file() or (path / STORE_NAME).exists():
        yield from iter_store(path, digests=True)
    elif path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise FileNotFoundError(f"{path}: no {STORE_NAME} and no analysis .json files")
        for f in files:
            yield _read_analysis(f)
    else:
        raise FileNotFoundError(f"{path}: no such file or folder")


def _unfinished_run(path: Path) -> str | None:
    """What to say when ``path`` is a batch store whose last run did not finish (killed, or still
    running): the comparison then covers only the articles analysed so far."""
    from framing.batch.store import STORE_NAME, Store, StoreError

    store_file = path / STORE_NAME if path.is_dir() else path
    if store_file.suffix == ".json" or not store_file.is_file():
        return None
    try:
        with Store(store_file, readonly=True) as store:
            if store.meta("state") != "running":
                return None
            done = store.count("ok")
    except StoreError:
        return None  # reported when the corpus is read
    return (f"{path}: the last framing batch run did not finish (stopped, or still running); "
            f"comparing the {done} articles analysed so far. Run the same batch command again "
            "to finish it.")


def _read_analysis(path: Path) -> ArticleAnalysis:
    """One ``framing analyze --format json`` file; ValueError (one line naming it) if it is not."""
    try:
        return ArticleAnalysis.from_json(path)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # bad JSON, wrong fields
        detail = f"no {exc.args[0]!r} field" if isinstance(exc, KeyError) else str(exc)
        raise ValueError(f"{path}: not an analysis from `framing analyze --format json` "
                         f"({' '.join(detail.split())})") from None


def run(args: argparse.Namespace) -> int:
    """Run ``framing compare``; 0 on success, 1 when the input cannot be read."""
    from framing.config_args import check_text_file
    from framing.ingest import IngestError

    if args.background is not None:
        try:  # before the corpus is read, which takes minutes for a large one
            check_text_file(args.background)
        except (FileNotFoundError, IngestError) as exc:
            print(f"framing compare: --background {exc}", file=sys.stderr)
            return 1
    unfinished = _unfinished_run(args.dir)
    if unfinished:
        print(f"framing compare: warning: {unfinished}", file=sys.stderr)
    try:
        comparison = compare_corpus(iter_analyses(args.dir), by=args.by,
                                    background=args.background, period=args.period)
    except (FileNotFoundError, ValueError) as exc:
        print(f"framing compare: {exc}", file=sys.stderr)
        return 1
    if not comparison.n_articles:
        print(f"framing compare: {args.dir}: no analysed articles to compare", file=sys.stderr)
        return 1
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(_page(comparison, args.dir, args.html.parent), encoding="utf-8")
    text = comparison.to_json() if args.json else printable(summary_text(comparison))
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


def _page(c: CorpusComparison, source: Path, page_dir: Path) -> str:
    """The batch report for ``--html``, its articles linked to the reports that the batch
    folder ``source`` holds (named by doc id and store key), relative to ``page_dir``."""
    from framing.batch.store import ARTICLES_DIR, STORE_NAME
    from framing.compare.report import render_batch, report_keys, report_links

    folder = source if source.is_dir() else source.parent
    keys = report_keys(source, c) if (folder / STORE_NAME).exists() else None
    return render_batch(c, links=report_links(c, page_dir, folder / ARTICLES_DIR, keys))


def _ci(e: dict | None, pct: bool = False) -> str:
    if not e or e["value"] is None:
        return "–"
    f = (lambda x: f"{100 * x:.0f}%") if pct else (lambda x: f"{x:+.2f}")
    return f"{f(e['value'])} [{f(e['low'])}, {f(e['high'])}]"


def summary_text(c: CorpusComparison) -> str:
    """A plain-text digest: findings, then per group the sides' figures and narrator terms."""
    sides = " vs ".join(c.sides) or "-"
    lines = [f"{counted(c.n_articles, 'article')}, grouped by {c.by}; sides: {sides}"]
    if c.findings:
        lines += ["", "Findings:"] + [f"  - {f}" for f in c.findings]
    for g in c.groups:
        lines += ["", f"{g} ({counted(c.group_articles[g], 'article')})"]
        share = c.voice_share[g]["statements"]
        for s in c.sides:
            v = c.verbs[g].get(s)
            # the side's own statements, then the joint ones, which count for both sides in
            # the verb, sentiment and stance figures (the voice shares and findings count them
            # apart: "quoted in 21 statements" must be the number shown here); joint ones with
            # a side of another pair too, which the voice shares put under "other sides"
            own = share.get(s, 0)
            n = f"{own} + {v['n'] - own if v else 0} joint"
            lines.append(
                f"  {s:<16} statements {n:<15} doubt verbs {_ci(v and v['doubt'], True):<18}"
                f" sentiment {_ci(c.sentiment[g].get(s)):<22} stance {_ci(c.stance[g].get(s))}")
        terms = c.terms["groups"].get(g)
        if terms:
            lines.append("  narrator's distinctive terms: "
                         + ", ".join(f"{t['term']} ({t['z']:.2f})" for t in terms[:8]))
    for s, items in c.terms["sides"].items():
        lines += ["", f"Distinctive terms of {s}'s statements: "
                  + (", ".join(f"{t['term']} ({t['z']:.2f})" for t in items[:12])
                     or "none")]
    if c.speakers:
        lines += ["", "Most quoted speakers (statements, speaks for, mean sentiment):"]
        lines += [f"  {r['statements']:>5}  {r['speaker']} ({r['voice']}"
                  + (f", {r['mean_compound']:+.2f})" if r["mean_compound"] is not None else ")")
                  for r in c.speakers[:10]]
    lines += [""] * bool(c.notes) + [f"Note: {n}" for n in c.notes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="framing")
    add_parser(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
