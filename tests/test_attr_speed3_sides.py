"""Side detection asks the document once (its tokens' stems, its lower-cased text) what it asked
each sentence: the answers must be the sentence's own."""

import random

from framing.model import Document, Sentence
from framing.sides.detect import _about_fighting, _Body, _last_even_handed, _units


def _random_text(rng: random.Random) -> str:
    parts = ["Armenia", "attacked", "the border", "both sides", "restraint", "ſides", "talks",
             "Azerbaijani troops", "said", "clashes", "peace talks", "de-escalation", "Aydın",
             "U.S.", "ceasefire", "negotiations", "calm", "fighters", "the parties"]
    sentences = []
    for _ in range(rng.randint(1, 6)):
        sentences.append(" ".join(rng.choices(parts, k=rng.randint(1, 7))) + ".")
    return " ".join(sentences)


def test_document_answers_are_each_sentences_own():
    rng = random.Random(5)
    for _ in range(300):
        text = _random_text(rng)
        sentences, start = [], 0
        for i, piece in enumerate(text.split(". ")):
            end = start + len(piece) + (1 if not piece.endswith(".") else 0)
            end = min(end, len(text))
            sentences.append(Sentence(i, start, end))
            start = end + 1
        body = _Body.of(text)
        for unit in _units(Document("d", text), sentences):
            assert _about_fighting(unit, body) == _about_fighting(unit)
            assert _last_even_handed(unit, body) == _last_even_handed(unit)


def test_conflict_words_are_found_by_stem_in_their_sentence_only():
    text = "Talks resumed. Troops shelled the town. Calm returned."
    body = _Body.of(text)
    units = _units(Document("d", text), [Sentence(0, 0, 14), Sentence(1, 15, 39),
                                         Sentence(2, 40, 54)])
    assert [_about_fighting(u, body) for u in units] == [False, True, False]
