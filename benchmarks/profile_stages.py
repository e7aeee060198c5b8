"""Where the time goes: milliseconds per article for each stage of the analysis.

Usage::

    python benchmarks/generate_corpus.py 300 /tmp/c300.jsonl
    python benchmarks/profile_stages.py /tmp/c300.jsonl

Runs every stage of :func:`framing.analyze` by hand on each record (after 20 warm-up articles,
with the garbage collector set up as in the batch workers) and prints the mean time per article
per stage, and the JSON size. One process, no batch overhead: compare the total with the batch
figures in RESULTS.md to see what the runner adds.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from framing.analyzers import registered
from framing.attribution import attribute
from framing.batch.engines import prepare_process
from framing.config import AnalysisConfig
from framing.ingest import document_from_text
from framing.model import ArticleAnalysis
from framing.sides import detect_sides
from framing.text.segment import split_sentences
from framing.voices import build_voices

WARM_UP = 20


def _document(record: dict):
    return document_from_text(record["text"], title=record.get("title"))


def _attributed(doc, sides, sentences, statements) -> ArticleAnalysis:
    return ArticleAnalysis(doc, sides, sentences, statements, build_voices(doc, sides, statements))


def profile(records: list[dict]) -> tuple[Counter[str], int]:
    """Seconds per stage summed over ``records`` (after the warm-up ones), and the JSON bytes."""
    analyzers = {name: cls(AnalysisConfig()) for name, cls in registered().items()}
    seconds: Counter[str] = Counter()
    json_bytes = 0

    def timed(stage: str, fn, *args):
        start = time.perf_counter()
        out = fn(*args)
        seconds[stage] += time.perf_counter() - start
        return out

    for i, record in enumerate(records):
        if i == WARM_UP:
            seconds.clear()
            json_bytes = 0
            prepare_process()  # as the batch workers do: collector tuned, lexicons frozen
        doc = timed("ingest", _document, record)
        sentences = timed("segment", split_sentences, doc.text)
        sides = timed("sides", detect_sides, doc, sentences)
        statements = timed("attribute", attribute, doc, sentences, sides)
        analysis = timed("voices", _attributed, doc, sides, sentences, statements)
        for name, analyzer in analyzers.items():
            analysis.results[name] = timed(name, analyzer.analyze, analysis)
        json_bytes += len(timed("json", analysis.to_json, None))
    return seconds, json_bytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a JSONL corpus (generate_corpus.py)")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    if len(records) <= WARM_UP:
        raise SystemExit(f"need more than {WARM_UP} records")
    seconds, json_bytes = profile(records)
    n = len(records) - WARM_UP
    for stage, total in seconds.items():
        print(f"{stage:16} {1000 * total / n:7.2f} ms/article")
    print(f"{'total':16} {1000 * sum(seconds.values()) / n:7.2f} ms/article")
    print(f"{'json size':16} {json_bytes / n / 1000:7.1f} KB/article")


if __name__ == "__main__":
    main()
