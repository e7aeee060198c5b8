"""The command-line options that make an :class:`~framing.config.AnalysisConfig`, shared by
``framing analyze`` and ``framing batch``."""

from __future__ import annotations

import argparse
from pathlib import Path

from framing.analyzers import BUILTIN, parse_names
from framing.config import AnalysisConfig
from framing.ingest import MAX_BYTES, IngestError


def add_config_arguments(p: argparse.ArgumentParser) -> None:
    """Add the analysis options to ``p`` (read back with :func:`config_from_args`)."""
    p.add_argument("--lexicon", type=Path, action="append", default=[], metavar="TSV",
                   help="an extra loaded-language lexicon (term<TAB>category); repeatable")
    p.add_argument("--background", type=Path, metavar="TXT",
                   help="background corpus (plain text) for the vocabulary prior")
    p.add_argument("--separatists-apart", action="store_true",
                   help="treat authorities tied to a side as a third party of their own")
    p.add_argument("--analyzers", type=parse_names, metavar="NAMES",
                   help="run only these analyzers (comma-separated, e.g. vocabulary,sentiment); "
                        f"default: all ({', '.join(BUILTIN)})")
    p.add_argument("--max-mb", type=_megabytes, default=MAX_BYTES, metavar="MB",
                   dest="max_bytes",
                   help=f"largest article accepted, in MB (default {MAX_BYTES // 1_000_000}; "
                        "an article needs about 120 times its size in memory)")


def config_from_args(args: argparse.Namespace) -> AnalysisConfig:
    """The configuration the options of :func:`add_config_arguments` ask for; every file named
    must exist (``FileNotFoundError`` otherwise) and be UTF-8 text (``IngestError``)."""
    for extra in [*args.lexicon, args.background]:
        if extra is not None:
            check_text_file(extra)
    return AnalysisConfig(extra_lexicons=tuple(args.lexicon), background=args.background,
                          separatists_as_side=not args.separatists_apart,
                          analyzers=args.analyzers, max_bytes=args.max_bytes)


def check_text_file(path: Path) -> None:
    """A file an option names must exist (``FileNotFoundError``) and be UTF-8 text
    (``IngestError``): fail here, once, rather than in every article's analysis."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(str(path), f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                                     "save it as UTF-8 text",
                          data[: exc.start].count(b"\n") + 1) from None


def _megabytes(text: str) -> int:
    try:
        mb = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not mb > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return int(mb * 1_000_000)
