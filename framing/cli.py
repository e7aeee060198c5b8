"""The ``framing`` command line: ``analyze``, ``evaluate``, ``batch`` and ``compare``."""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from framing import __version__

if TYPE_CHECKING:
    from framing.model import ArticleAnalysis

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
#: What a shell reports for a program stopped by SIGPIPE (128 + 13): its reader went away.
EXIT_PIPE = 141


def build_parser() -> argparse.ArgumentParser:
    from framing.config_args import add_config_arguments

    parser = argparse.ArgumentParser(
        prog="framing",
        description="Show how news coverage of a two-sided conflict frames each side.",
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    an = commands.add_parser(
        "analyze", help="analyse one article (.txt or .html)",
        description="Attribute every statement of an article to a speaker and a side, "
                    "and compare how each side is framed.",
    )
    an.add_argument("file", type=Path, help="the article: a .txt or .html file")
    an.add_argument("--sides", type=Path, metavar="YAML",
                    help="the two sides (and third parties) as YAML; default: detect them")
    an.add_argument("--format", choices=["html", "text", "json"], default=None,
                    help="output format (default: from -o's suffix; with neither, an HTML "
                         "report in reports/<document id>.html)")
    an.add_argument("-o", "--output", type=Path, metavar="FILE",
                    help="write the output here (default: text and JSON to standard "
                         "output, the HTML report to reports/)")
    add_config_arguments(an)
    an.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    an.set_defaults(handler=_analyze)

    from framing import evaluate

    ev = commands.add_parser(
        "evaluate", help="score attribution and stance against a gold JSONL file",
        description="Score attribution and stance against annotated sentences "
                    "(format: docs/evaluate.md).",
    )
    evaluate.add_arguments(ev)
    ev.set_defaults(handler=evaluate.run)
    _add_optional_commands(commands)
    return parser


def _add_optional_commands(commands: argparse._SubParsersAction) -> None:
    """Corpus commands register themselves through their modules' ``add_parser``."""
    import importlib
    import importlib.util

    for module in ("framing.batch.command", "framing.compare.command"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module).add_parser(commands)


def main(argv: list[str] | None = None) -> int:
    args = None
    try:
        # Building the parser imports the commands' modules: a Ctrl-C there is an
        # interruption like any other, not a traceback.
        args = build_parser().parse_args(argv)
        # One long run allocating millions of small objects: collect less often (a large
        # article otherwise spends much of its time in the garbage collector).
        gc.set_threshold(100_000, 50, 100)
        code = args.handler(args)
        sys.stdout.flush()  # a reader that went away shows here, not in Python's exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for people; --debug for developers
        if getattr(args, "debug", False):
            raise
        return _report_error(exc)


def _reader_gone() -> int:
    """Standard output's reader closed it (``framing evaluate ... | head``): stop quietly, as a
    Unix tool stopped by SIGPIPE does; output still buffered goes to /dev/null, so that Python's
    flush at exit does not fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_PIPE


def _analyze(args: argparse.Namespace) -> int:
    from framing.config_args import config_from_args
    from framing.pipeline import analyze

    config = config_from_args(args)
    analysis = analyze(args.file, sides=args.sides, config=config)
    fmt = args.format or _format_from_suffix(args.output)
    if fmt == "html":
        return _write_html(analysis, args)
    if fmt == "json":
        # Bytes as they are, the newline apart: a str and its copies would triple the peak
        # memory of a large article's JSON.
        chunks = [analysis.to_json_bytes(), b"\n"]
    else:
        from framing.render.terminal import render_text

        chunks = [render_text(analysis).encode("utf-8")]
    del analysis
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        with args.output.open("wb") as f:
            f.writelines(chunks)
        print(f"framing: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.writelines(chunks)
    return EXIT_OK


def _write_html(analysis: ArticleAnalysis, args: argparse.Namespace) -> int:
    from framing.render.html import write_html

    info = {"sides file": args.sides} if args.sides else {}
    if args.lexicon:
        info["extra lexicons"] = ", ".join(str(p) for p in args.lexicon)
    if args.background:
        info["background corpus"] = args.background
    if args.output:
        path = write_html(analysis, args.output, config_info=info)
        print(f"framing: wrote {path}", file=sys.stderr)
    else:
        name = re.sub(r"[^\w.-]+", "_", analysis.document.id).strip("._") or "report"
        path = write_html(analysis, Path("reports") / f"{name}.html", config_info=info)
        print(path)
    return EXIT_OK


def _format_from_suffix(path: Path | None) -> str:
    if path is None:
        return "html"
    suffix = path.suffix.lower()
    return {".json": "json", ".html": "html", ".htm": "html"}.get(suffix, "text")


def _report_error(exc: Exception) -> int:
    from framing.ingest import IngestError
    from framing.sides import SidesError

    if isinstance(exc, (IngestError, SidesError)):
        msg, code = str(exc), EXIT_INPUT
    elif isinstance(exc, FileNotFoundError):
        msg = str(exc) if not exc.filename else f"{exc.filename}: no such file"
        code = EXIT_INPUT
    elif isinstance(exc, OSError):
        msg, code = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_INPUT
    else:
        msg = f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it"
        code = EXIT_INTERNAL
    print(f"framing: error: {msg.splitlines()[0] if msg else type(exc).__name__}",
          file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
