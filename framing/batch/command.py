"""``framing batch``: the command-line face of the batch runner.

``add_parser(subparsers)`` registers the sub-command on the main ``framing`` parser;
``python -m framing.batch.command INPUT --out DIR`` runs it on its own.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from framing.batch.time_limit import DEFAULT_SECONDS
from framing.config_args import add_config_arguments, config_from_args
from framing.render.terminal import counted

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

DESCRIPTION = """\
Analyse a corpus: every article of INPUT into DIR/results.sqlite (resumable: run the same
command again after an interruption and it finishes the rest; nothing is analysed twice), one
HTML report per article in DIR/articles/, and tidy exports (articles.csv, statements.csv,
terms.csv, analysis.jsonl, errors.csv). Exit status: 0 all fine, 1 some records failed
(see errors.csv) or INPUT holds no articles, 2 the run could not start."""

EPILOG = """\
INPUT: a folder of .txt/.html (and .json/.jsonl/.csv) files, searched recursively; a JSONL or
JSON file (news-please, trafilatura); or a CSV file (e.g. a Media Cloud story export). Fields
are found under their usual names: text/maintext, title, url, outlet/media_name/source_domain/
sitename, date/publish_date/date_publish, id/stories_id. See docs/batch.md."""

#: A corpus folder may carry its own sides file under this name.
CORPUS_SIDES = "sides.yaml"


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``batch`` on the ``framing`` command's sub-parsers."""
    p = subparsers.add_parser(
        "batch", help="analyse a corpus (folder, JSONL, CSV) into a resumable store",
        description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _arguments(p)
    p.set_defaults(handler=run)
    return p


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", type=Path, metavar="INPUT",
                   help="folder of articles, .jsonl/.json file or .csv file")
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="output folder (created; reused to resume)")
    p.add_argument("--sides", type=Path, metavar="YAML",
                   help="the two sides for the whole corpus; default: the input folder's "
                        f"{CORPUS_SIDES} if it has one, else detected per article")
    p.add_argument("--workers", type=_positive, default=None, metavar="N",
                   help="worker processes (default: the number of CPUs)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local process pool (default) or a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler (e.g. tcp://host:8786); "
                        "default: start a local cluster")
    add_config_arguments(p)
    p.add_argument("--no-html", action="store_true", help="do not write per-article HTML reports")
    p.add_argument("--no-report", action="store_true",
                   help="do not build the corpus comparison report (batch.html)")
    p.add_argument("--article-timeout", type=_seconds, default=DEFAULT_SECONDS, metavar="S",
                   help="give up an article whose analysis takes longer than S seconds and list "
                        f"it in errors.csv (default: {DEFAULT_SECONDS:g}; 0: no limit)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def _positive(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not seconds >= 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return seconds


def run(args: argparse.Namespace) -> int:
    """Run ``framing batch`` with parsed arguments; returns the exit status."""
    from framing.batch.engines import EngineError
    from framing.batch.inputs import InputTypeError
    from framing.batch.lock import BusyError
    from framing.batch.runner import run_batch
    from framing.batch.store import ARTICLES_DIR, StoreError
    from framing.ingest import IngestError
    from framing.sides import SidesError

    logging.basicConfig(format="%(message)s", level=logging.INFO if sys.stderr.isatty()
                        else logging.WARNING)
    problem = _check_paths(args)
    if problem:
        return _fail(problem, EXIT_USAGE)
    try:
        config = config_from_args(args)
    except (FileNotFoundError, IngestError) as exc:  # a --lexicon or --background file
        return _fail(str(exc), EXIT_USAGE)
    if args.scheduler and args.engine != "dask":
        return _fail("--scheduler needs --engine dask", EXIT_USAGE)
    if args.sides is None and args.input.is_dir() and (args.input / CORPUS_SIDES).is_file():
        args.sides = args.input / CORPUS_SIDES
        print(f"framing batch: using the corpus's sides file {args.sides}", file=sys.stderr)
    for folder in [args.out] + ([] if args.no_html else [args.out / ARTICLES_DIR]):
        problem = _unwritable(folder)
        if problem:
            return _fail(problem, EXIT_USAGE)
    try:
        summary = run_batch(
            args.input, args.out, config=config, sides_path=args.sides, workers=args.workers,
            engine=args.engine, scheduler=args.scheduler, html=not args.no_html,
            report=not args.no_report, progress=False if args.quiet else None,
            article_seconds=args.article_timeout or None,
        )
    except KeyboardInterrupt:
        print("framing batch: interrupted; run the same command again to resume",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except (InputTypeError, SidesError, EngineError, StoreError, BusyError) as exc:
        return _fail(str(exc), EXIT_USAGE)
    except Exception as exc:
        if args.debug:
            raise
        return _fail(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug",
                     EXIT_INTERNAL)
    print(summary.line(args.out), file=sys.stderr)
    if not summary.records and not summary.errors:
        print(f"framing batch: {args.input} holds no articles (.txt/.html files, or records in "
              ".jsonl/.json/.csv files)", file=sys.stderr)
        return EXIT_ERRORS
    if summary.errors:
        failed = counted(summary.errors, "record")
        print(f"framing batch: {failed} failed; see {args.out / 'errors.csv'}", file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


def _check_paths(args: argparse.Namespace) -> str | None:
    if not args.input.exists():
        return f"{args.input}: no such file or folder"
    if args.sides is not None and not args.sides.is_file():
        return f"{args.sides}: no such file"
    if args.out.exists() and not args.out.is_dir():
        return f"{args.out}: --out must be a folder, and this is a file"
    if args.input.is_dir() and args.out.resolve() == args.input.resolve():
        return f"{args.out}: --out must not be the INPUT folder (use a folder beside or in it)"
    return None


def _unwritable(folder: Path) -> str | None:
    """Why the run cannot write in ``folder`` (created if missing), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"{folder}: cannot create the output folder ({exc.strerror or exc})"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return f"{folder}: cannot write to this folder ({exc.strerror or exc})"
    return None


def _fail(message: str, code: int) -> int:
    print(f"framing batch: error: {message}", file=sys.stderr)
    return code


def build_parser() -> argparse.ArgumentParser:
    """A stand-alone parser for ``python -m framing.batch.command``."""
    parser = argparse.ArgumentParser(prog="framing batch", description=DESCRIPTION,
                                     epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    _arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
