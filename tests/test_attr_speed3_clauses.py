"""The joints between clauses open with a one-character class (a fast start for the regex
engine); they must find what the patterns as first written found, at every offset."""

import random
import re

from framing.attribution.patterns import _COORDINATED, _SECOND_CLAUSE

# the patterns as first written: each alternative tried at every offset
_COORDINATED_AS_WRITTEN = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:later|also|then|again|repeatedly)\s+)?")
_SECOND_CLAUSE_AS_WRITTEN = re.compile(
    r"(?:,\s*|;\s*|\s+)(?:while|whereas|but|and)\s+(?=[A-Z])"
    r"|[,;]\s*(?:while|whereas|but|and)\s+"
    r"(?=(?:the|a|an|he|she|it|they|state|local|officials|police)\s)|;\s+")

_PIECES = [" ", "  ", "\n", "\t", ",", ";", "and", "but", "while", "whereas", "also", "later",
           "The", "the", "he", "police", "Army", "x", ".", "and\u00a0", "AND", "; ;"]


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_joints_match_as_first_written():
    rng = random.Random(11)
    texts = ["Armenia said it acted in self-defence, while Azerbaijan said the attack was "
             "unprovoked; Russia urged calm, and the army blamed the rebels but later retreated",
             "A, and The B; and the police said ;  but he added"]
    texts += ["".join(rng.choices(_PIECES, k=rng.randint(1, 14))) for _ in range(3000)]
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 3)),
                           (rng.randint(0, len(text)), len(text))):
            assert _spans(_COORDINATED, text, start, end) == \
                _spans(_COORDINATED_AS_WRITTEN, text, start, end)
            assert _spans(_SECOND_CLAUSE, text, start, end) == \
                _spans(_SECOND_CLAUSE_AS_WRITTEN, text, start, end)
