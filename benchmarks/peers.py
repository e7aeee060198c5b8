"""The two peers of the benchmark, each run in a process of its own by ``run_benchmark.py``.

    python benchmarks/peers.py scattertext CORPUS.jsonl OUT_DIR
    python benchmarks/peers.py textblob CORPUS.jsonl OUT_DIR

``scattertext``: a two-category scattertext corpus (category = the outlet's group, international
or regional) built with ``CorpusFromPandas(...).build()`` and no spaCy model
(``whitespace_nlp_with_sentences``), then its HTML explorer (``produce_scattertext_explorer``).

``textblob``: what a researcher would write by hand: split sentences with a regex, score each
with ``TextBlob(s).sentiment``, give a sentence to a side when it names only that side (else to
"neither or both"), and count words and mean polarity/subjectivity per side, in one process.

Each prints one JSON line ``{"articles", "bytes", "seconds"}`` (seconds: after imports, from
reading the corpus to writing the output).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+(?=[“\"A-Z0-9])|\n\s*\n")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
TEMPLATES = Path(__file__).parent / "templates"


def read_corpus(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_scattertext(records: list[dict[str, str]], out_dir: Path) -> None:
    import pandas as pd
    import scattertext as st

    df = pd.DataFrame({"text": [r["text"] for r in records],
                       "group": [r.get("group", "all") for r in records],
                       "outlet": [r.get("outlet", "") for r in records]})
    corpus = st.CorpusFromPandas(df, category_col="group", text_col="text",
                                 nlp=st.whitespace_nlp_with_sentences).build()
    html = st.produce_scattertext_explorer(
        corpus, category="international", category_name="International outlets",
        not_category_name="Regional outlets", width_in_pixels=1000,
        metadata=corpus.get_df()["outlet"])
    (out_dir / "scattertext.html").write_text(html, encoding="utf-8")


def side_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """conflict → (names of side A, names of side B), from the generator's slot fillers.

    The hand-written pipeline is told the sides, as a researcher studying one conflict would be.
    """
    slots: dict[str, dict[str, list[str]]] = {}
    for line in (TEMPLATES / "conflicts.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            conflict, slot, values = line.split("\t")
            slots.setdefault(conflict, {})[slot] = values.split("|")
    return {c: tuple(tuple(s[x] + s[f"{x}_ADJ"] + s[f"{x}_CAPITAL"])  # type: ignore[misc]
                     for x in ("A", "B"))
            for c, s in slots.items()}


def run_textblob(records: list[dict[str, str]], out_dir: Path) -> None:
    from textblob import TextBlob

    sides = side_names()
    words: dict[str, Counter[str]] = {}
    scores: dict[str, list[tuple[float, float]]] = {}
    for rec in records:
        a_names, b_names = sides[rec["conflict"]]
        for sentence in _SENTENCE_END.split(rec["text"]):
            if not sentence.strip():
                continue
            has_a = any(n in sentence for n in a_names)
            has_b = any(n in sentence for n in b_names)
            side = "neither or both" if has_a == has_b else a_names[0] if has_a else b_names[0]
            sentiment = TextBlob(sentence).sentiment
            scores.setdefault(side, []).append((sentiment.polarity, sentiment.subjectivity))
            words.setdefault(side, Counter()).update(w.lower() for w in _WORD.findall(sentence))
    summary = {
        side: {"sentences": len(s), "mean_polarity": sum(p for p, _ in s) / len(s),
               "mean_subjectivity": sum(q for _, q in s) / len(s),
               "top_words": words[side].most_common(30)}
        for side, s in scores.items()
    }
    (out_dir / "textblob_summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")


def main(argv: list[str]) -> int:
    peer, corpus, out = argv
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    run = {"scattertext": run_scattertext, "textblob": run_textblob}[peer]
    if peer == "scattertext":
        import pandas  # noqa: F401  (imports are not timed, for either peer)
        import scattertext  # noqa: F401
    else:
        import textblob  # noqa: F401
    t0 = time.perf_counter()
    records = read_corpus(corpus)
    run(records, out_dir)
    seconds = time.perf_counter() - t0
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    print(json.dumps({"articles": len(records), "bytes": size, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
