"""Small attributed documents built by hand, for analyzer tests independent of attribution, sample
texts that several test modules read, and the short ways the attribution and predicate tests run
the code they test."""

from __future__ import annotations

import random
import re

from framing.attribution import attribute
from framing.model import ArticleAnalysis, Document, Sentence, Side, SideSet, Statement
from framing.text.predicates import find_predicates
from framing.text.segment import split_sentences
from framing.voices import build_voices

DEFAULT_SIDES = SideSet(
    sides=[
        Side("northland", "Northland", ["Northland", "Northlander", "Northlanders", "Nordia"]),
        Side("southland", "Southland", ["Southland", "Southlander", "Southlanders", "Sudia"]),
    ],
    third_parties=[Side("un", "United Nations", ["UN", "United Nations"])],
)
#: Two real conflicts' sides, for the predicate tests.
RU_UA = SideSet(
    sides=[
        Side("russia", "Russia", ["Russia", "Russian", "Russians", "Moscow", "Kremlin"]),
        Side("ukraine", "Ukraine", ["Ukraine", "Ukrainian", "Ukrainians", "Kyiv"]),
    ],
    third_parties=[Side("nato", "NATO", ["NATO"])],
)
IN_PK = SideSet(
    sides=[
        Side("india", "India", ["India", "Indian", "New Delhi"]),
        Side("pakistan", "Pakistan", ["Pakistan", "Pakistani", "Islamabad"]),
    ],
)

#: A short report of the two sides' fighting: acts, a quote, a mediator.
BORDER_REPORT = (
    "Northland troops shelled Southland villages on Monday. Two soldiers were killed in the "
    "attack, and the border crossing was closed. Southland said Northlander forces had opened "
    "fire first. “We will defend our land against the enemy,” the Southland ministry said. "
    "The UN, which brokered talks, urged both sides to cease fire and raise no more tensions."
)
#: Sentences of every tone (glad, grim, mixed, negated, shouted), quoted, empty and blank.
MIXED_SENTENCES = [
    "Northland troops shelled Southland villages overnight, killing two civilians.",
    "The ceasefire was a great relief, but many remain deeply worried and angry.",
    "I love this wonderful, peaceful morning!!! :)",
    "Not bad at all, though the talks were hardly a success.",
    "They said it was NOT good, but the outcome was very, very bad indeed.",
    "Casualties mounted; the army denied wrongdoing.",
    "",
    "   ",
    "“We strongly condemn this cowardly attack,” the ministry said.",
    "Ok.",
]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+|\n+")


def simple_sentences(text: str) -> list[Sentence]:
    sentences, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        if text[pos:end].strip():
            sentences.append(Sentence(len(sentences), pos, end))
        pos = m.end()
    if text[pos:].strip():
        sentences.append(Sentence(len(sentences), pos, len(text.rstrip())))
    return sentences


def make_analysis(
    text: str,
    statements: list[tuple[str, str, str, str, str]] = (),
    sides: SideSet = DEFAULT_SIDES,
) -> ArticleAnalysis:
    """``statements``: (content as it appears in ``text``, speaker, side, verb, verb_class)."""
    doc = Document("test", text, title=None, source="<test>")
    sentences = simple_sentences(text)
    stmts = []
    for i, (content, speaker, side, verb, verb_class) in enumerate(statements, 1):
        start = text.index(content)
        sent = next(s.index for s in sentences if s.start <= start < s.end)
        stmts.append(Statement(f"s{i}", content, start, start + len(content), speaker, side,
                               verb, verb, verb_class, False, "named", sent))
    return ArticleAnalysis(doc, sides, sentences, stmts, build_voices(doc, sides, stmts))


def write_corpus(path, texts: list[tuple[str, str, str]], prefix: str, trailer: str = ""):
    """A JSONL corpus of (outlet, date, text) records with ids ``{prefix}-{i}``; returns path."""
    import json

    path.write_text("".join(
        json.dumps({"id": f"{prefix}-{i}", "outlet": outlet, "date": date, "text": text}) + "\n"
        for i, (outlet, date, text) in enumerate(texts)) + trailer, encoding="utf-8")
    return path


def random_spans(text: str, rng: random.Random, n: int = 6) -> list[tuple[int, int]]:
    """``n`` random ``(start, end)`` windows of ``text``, some empty."""
    return [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
            for _ in range(n)]


def attributed(text: str, sentences: list[Sentence] | None = None) -> list[Statement]:
    """The statements attribution finds in ``text`` between the two invented countries, its
    sentences cut at every end mark (:func:`simple_sentences`) unless ``sentences`` are given."""
    return attribute(Document("t", text), sentences or simple_sentences(text), DEFAULT_SIDES)


def attributed_one(text: str) -> Statement:
    """The one statement :func:`attributed` finds in ``text`` (fails unless there is one)."""
    found = attributed(text)
    assert len(found) == 1, found
    return found[0]


def attributed_segmented(text: str, sides: SideSet = DEFAULT_SIDES) -> list[Statement]:
    """The statements attribution finds in ``text``, cut into sentences by the segmenter the
    pipeline uses (which knows abbreviations such as "Lt." and "U.N."): for the wire-copy cases."""
    return attribute(Document("t", text), split_sentences(text), sides)


def predicate_hits(text: str, sides: SideSet = DEFAULT_SIDES, **kw) -> list[tuple]:
    """``(lemma, voice, agent, target)`` of each predicate found in the whole of ``text``;
    ``kw`` go to :func:`find_predicates` (``speaker``, ``indirect``, ``context``)."""
    return [(h.lemma, h.voice, h.agent, h.target)
            for h in find_predicates(text, 0, len(text), sides, **kw)]
