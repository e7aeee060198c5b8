"""The two sides of a conflict and its third parties: from a YAML file, or detected in the text.

See docs/sides.md for the file formats and the detection rule.
"""

from framing.sides.config import load_sides
from framing.sides.detect import detect_sides
from framing.sides.gazetteer import GazetteerEntry, SidesError, load_gazetteer

__all__ = ["GazetteerEntry", "SidesError", "detect_sides", "load_gazetteer", "load_sides"]
