"""Generate a synthetic corpus of conflict news articles for the benchmark.

    python benchmarks/generate_corpus.py N OUT.jsonl [--seed S]

Writes N JSON lines ``{"id", "title", "text", "outlet", "group", "date", "conflict"}``, streamed one
at a time (``OUT`` may be ``-`` for stdout). Each article is ~3 KB of headline, narrator sentences
and statements attributed to either side ("X said …", "“…,” X said", "according to X",
"X accused Y of …"), pronoun follow-ups and third-party appeals, built from the data files in
``benchmarks/templates/``. The scenarios are invented; the countries are real so that automatic
side detection finds them. Article ``i`` depends only on ``(seed, i)``: the first 1,000 articles
of a 10,000-article corpus are the 1,000-article corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"
_SLOT = re.compile(r"\{([A-Z0-9_]+)\}")
_FIRST_LETTER = re.compile(r"[a-z]")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_START, _END = dt.date(2019, 1, 1), dt.date(2024, 12, 31)


def _lines(name: str) -> list[str]:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


class Templates:
    """All template and slot-filler files, loaded once."""

    def __init__(self) -> None:
        self.conflicts: dict[str, dict[str, list[str]]] = {}
        for row in _lines("conflicts.tsv"):
            conflict, slot, values = row.split("\t")
            self.conflicts.setdefault(conflict, {})[slot] = values.split("|")
        self.outlets = [tuple(r.split("\t")) for r in _lines("outlets.tsv")]
        names = ("headlines", "speakers", "claims", "accusations", "attributions", "followups",
                 "third_party", "narrator", "leadins")
        self.lists = {n: _lines(f"{n}.txt") for n in names}


def _capitalise(sentence: str) -> str:
    m = _FIRST_LETTER.search(sentence)
    if m and not sentence[: m.start()].strip("“\"' "):
        return sentence[: m.start()] + sentence[m.start()].upper() + sentence[m.end():]
    return sentence


class _Article:
    """Fills the templates for one article, drawing everything from its own RNG."""

    def __init__(self, t: Templates, rng: random.Random, conflict: str, date: dt.date) -> None:
        self.t, self.rng, self.slots = t, rng, t.conflicts[conflict]
        self.day = _DAYS[date.weekday()]
        self.swap = rng.random() < 0.5  # which country is "A" (named first) in this article
        self.self_side = "A"
        self.unused = rng.sample(t.lists["narrator"], len(t.lists["narrator"]))

    def _side(self, role: str) -> str:
        a, b = ("B", "A") if self.swap else ("A", "B")
        return {"A": a, "B": b}[role]

    def value(self, name: str) -> str:
        rng = self.rng
        own = self._side(self.self_side)
        other = self._side("B" if self.self_side == "A" else "A")
        generated: dict[str, Callable[[], str]] = {
            "DAY": lambda: self.day,
            "NUM": lambda: str(rng.randint(2, 19)),
            "NUM2": lambda: str(rng.randint(2, 40)),
            "SPEAKER": lambda: self.fill(rng.choice(self.t.lists["speakers"])),
            "CLAIM": lambda: self.fill(rng.choice(self.t.lists["claims"])),
            "ACCUSATION": lambda: self.fill(rng.choice(self.t.lists["accusations"])),
        }
        if name in generated:
            return generated[name]()
        if name.startswith("SELF"):
            name = own + name[4:]
        elif name.startswith("OTHER"):
            name = other + name[5:]
        elif name in ("A", "B") or name[:2] in ("A_", "B_"):
            name = self._side(name[0]) + name[1:]
        return rng.choice(self.slots[name])

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.value(m.group(1)), template)

    def sentence(self, kind: str, side: str = "A") -> str:
        self.self_side = side
        return _capitalise(self.fill(self.rng.choice(self.t.lists[kind])))

    def narrator(self) -> str:
        """A narrator sentence not yet used in this article (while any are left)."""
        body = self.fill(self.unused.pop() if self.unused else self.rng.choice(
            self.t.lists["narrator"]))
        if self.rng.random() < 0.5:
            lead = self.fill(self.rng.choice(self.t.lists["leadins"]))
            if body.startswith(("The ", "Both ", "Several ", "Soldiers ", "Shops ", "Long ",
                                "Diplomats ", "Residents ", "Independent ", "Fighting ")):
                body = body[0].lower() + body[1:]
            body = lead + body
        return _capitalise(body)

    def build(self, target: int) -> tuple[str, str]:
        rng = self.rng
        title = self.sentence("headlines")
        paragraphs = [title, self.narrator()]
        size, third = len(title), 0
        while size < target:
            roll = rng.random()
            side = rng.choice("AB")
            if roll < 0.55:
                para = self.sentence("attributions", side)
                if rng.random() < 0.4:
                    para += " " + self.sentence("followups", side)
            elif roll < 0.65 and third < 2:
                para, third = self.sentence("third_party"), third + 1
            else:
                para = self.narrator()
            paragraphs.append(para)
            size += len(para) + 2
        return title, "\n\n".join(paragraphs)


def articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """The corpus as dicts, one at a time; article ``i`` depends only on ``(seed, i)``."""
    t = Templates()
    conflicts = sorted(t.conflicts)
    span = (_END - _START).days
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        conflict = rng.choice(conflicts)
        outlet, group = rng.choice(t.outlets)
        date = _START + dt.timedelta(days=rng.randint(0, span))
        title, text = _Article(t, rng, conflict, date).build(rng.randint(2700, 3300))
        yield {"id": f"bench-{i:06d}", "title": title, "text": text, "outlet": outlet,
               "group": group, "date": date.isoformat(), "conflict": conflict}


def write(n: int, out: str, seed: int = 0) -> None:
    """Stream ``n`` articles as JSON lines to the file ``out`` (``-``: stdout)."""
    stream = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")
    try:
        for record in articles(n, seed):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", help="output JSONL file, or - for stdout")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    write(args.n, args.out, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
