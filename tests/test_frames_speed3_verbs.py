"""voice_verbs groups a voice's statements by class and verb in one pass: the same block as
filtering the statements once per class and per verb."""

from __future__ import annotations

import random
from collections import Counter

from framing.analyzers.reporting_verbs import LOADED_CLASSES, verb_classes, voice_verbs
from framing.model import Statement


def _share(n: int, total: int) -> float | None:
    return round(n / total, 4) if total else None


def _filtered(statements: list[Statement]) -> dict:
    """The block as written before: a pass over the statements per class, verb and count."""
    body = [s for s in statements if s.resolution != "headline"]
    headline = next((s for s in statements if s.resolution == "headline"), None)
    classes = {}
    for cls in [*verb_classes(), *sorted({s.verb_class for s in statements} - set(verb_classes()))]:
        ids = [s.id for s in statements if s.verb_class == cls]
        if ids:
            classes[cls] = {"n": len(ids), "statement_ids": ids}
    verbs = {}
    for verb, n in sorted(Counter(s.verb for s in statements).items(),
                          key=lambda kv: (-kv[1], kv[0])):
        same = [s for s in statements if s.verb == verb]
        verbs[verb] = {"n": n, "class": same[0].verb_class, "statement_ids": [s.id for s in same]}
    body_counts = Counter(s.verb for s in body)
    main = min(body_counts.items(), key=lambda kv: (-kv[1], kv[0])) if body_counts else None
    non_neutral = [s.id for s in statements if s.verb_class != "neutral"]
    block = {
        "n": len(statements), "classes": classes, "verbs": verbs,
        "headline": None if headline is None else {
            "verb": headline.verb, "verb_text": headline.verb_text,
            "class": headline.verb_class, "statement_id": headline.id},
        "body_main_verb": None if main is None else {
            "verb": main[0], "n": main[1], "of": len(body),
            "statement_ids": [s.id for s in body if s.verb == main[0]]},
        "non_neutral": {"n": len(non_neutral), "share": _share(len(non_neutral), len(statements)),
                        "statement_ids": non_neutral},
    }
    for cls in LOADED_CLASSES:
        ids = [s.id for s in statements if s.verb_class == cls]
        block[cls] = {"n": len(ids), "share": _share(len(ids), len(statements)),
                      "statement_ids": ids}
    return block


def _statement(i: int, verb: str, verb_class: str, resolution: str) -> Statement:
    return Statement(f"s{i}", "x", i, i + 1, "X", "north", verb, verb, verb_class, False,
                     resolution, 0)


def test_voice_verbs_is_the_block_of_one_filter_per_class_and_verb():
    rng = random.Random(11)
    verbs = {"say": "neutral", "claim": "doubt", "allege": "doubt", "confirm": "endorsing",
             "urge": "directive", "shout": "made_up_class", "whisper": "another_class"}
    for _ in range(3000):
        statements = [
            _statement(i, verb, verbs[verb], rng.choice(["named", "named", "headline"]))
            for i, verb in enumerate(rng.choices(list(verbs), k=rng.randint(0, 9)))]
        block = voice_verbs(statements)
        assert block == _filtered(statements)
        assert list(block["classes"]) == list(_filtered(statements)["classes"])
        for cls in LOADED_CLASSES:
            if cls in block["classes"]:  # two lists: changing one leaves the other
                assert block[cls]["statement_ids"] is not block["classes"][cls]["statement_ids"]
