"""The central data model: one analysed article and everything found in it.

Every class here is a plain dataclass. Character offsets (``start``/``end``) always index into
``Document.text`` (half-open, Python slice convention), so any result can point back into the text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from framing.text.alias_pattern import AliasIndex

SCHEMA_VERSION = "1.5"

#: Side value of a statement spoken jointly by both sides ("the two sides accused each other").
BOTH = "both"
#: Side value of a statement whose speaker could not be tied to any side or third party.
UNKNOWN = "unknown"
#: Voice id of the outlet's own narrating voice.
NARRATOR = "narrator"
#: The values of :attr:`Side.kind` besides None.
SIDE_KINDS = ("state", "non_state")
#: Between the names of an article's authors in ``Document.metadata["author"]``, however the
#: input listed them (trafilatura's separator).
AUTHOR_SEPARATOR = "; "


@dataclass
class Document:
    """The article as ingested: cleaned text plus whatever metadata came with it."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sentence:
    """One sentence (or headline / subheading line) of the document."""

    index: int
    start: int
    end: int
    heading: bool = False


@dataclass(slots=True)
class Token:
    """One word or punctuation token; ``norm`` is the Snowball stem of the lower-cased word
    (:func:`framing.text.tokenize.normalize`), so "attacked" and "attack" share it."""

    text: str
    start: int
    end: int
    norm: str


@dataclass
class Side:
    """A party of the conflict (or a third party): display name and the aliases that name it.

    ``kind`` is ``"state"``, ``"non_state"`` (an armed group) or None (not known). Where only one
    side is a state, an unnamed army or government speaks for it; against a state, "the group"
    speaks for an armed group.
    """

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None


@dataclass
class Mention:
    """One place where the text names a side or third party."""

    actor: str
    start: int
    end: int
    alias: str


@dataclass
class SideSet:
    """The two sides of the conflict plus known third parties.

    ``source`` says where they came from: ``"config"`` (a YAML file) or ``"detected"``.
    """

    sides: list[Side]
    third_parties: list[Side] = field(default_factory=list)
    source: str = "detected"

    def __post_init__(self) -> None:
        if len(self.sides) != 2:
            raise ValueError(f"a conflict has exactly two sides, got {len(self.sides)}")
        ids = [a.id for a in self.actors]
        if len(set(ids)) != len(ids) or BOTH in ids or NARRATOR in ids or UNKNOWN in ids:
            raise ValueError(f"side ids must be unique and not reserved: {ids}")
        self._index: AliasIndex | None = None  # compiled on first use

    @property
    def actors(self) -> list[Side]:
        """Both sides, then the third parties."""
        return [*self.sides, *self.third_parties]

    @property
    def side_ids(self) -> list[str]:
        a, b = self.sides
        return [a.id, b.id]

    def get(self, actor_id: str) -> Side | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def state_side(self) -> str | None:
        """The side that is a state when the other is not (an armed group, or of unknown kind:
        a shadow government, a user's side without ``kind``)."""
        # read from the sides on every call (a caller may change them), without building lists:
        # asked about 90 times per article
        a, b = self.sides
        if a.kind == "state":
            return None if b.kind == "state" else a.id
        return b.id if b.kind == "state" else None

    def armed_group_side(self) -> str | None:
        """The armed group's side id when the other side is a state: a side of kind
        ``non_state``, or of no kind (neither the sides file nor the gazetteer knows it as a
        state: "FACT" against Chad)."""
        a, b = self.sides
        if a.kind == "state":
            return b.id if b.kind in ("non_state", None) else None
        return a.id if b.kind == "state" and a.kind in ("non_state", None) else None

    def other(self, side_id: str) -> str | None:
        """The opposing side's id, or None when ``side_id`` is not one of the two sides."""
        a, b = self.side_ids
        return b if side_id == a else a if side_id == b else None

    def mentions(self, text: str, start: int = 0, end: int | None = None,
                 fused: re.Pattern[str] | None = None) -> list[Mention]:
        """Every alias of every actor named in ``text[start:end]``, longest match first.

        Aliases match case-insensitively, except all-capital ones ("US", "EU"), which must appear
        in capitals so that "us" is not the United States. ``fused``: the hyphens it matches
        count as spaces, so that a name fused to a word is found ("Houthi-held ports").
        """
        index = self._alias_pattern()
        if index is None:
            return []
        if fused is None:
            return [Mention(*f) for f in index.find(text, start, end)]
        part = fused.sub(" ", text[start:end])  # one character for one: offsets unchanged
        return [Mention(a, s + start, e + start, alias) for a, s, e, alias in index.find(part)]

    def phrase_mentions(self, phrase: str, fused: re.Pattern[str] | None = None
                        ) -> list[Mention]:
        """:meth:`mentions` of a phrase (a speaker, whom a charge names: not a sentence), found
        once per phrase for all the articles on the same actors."""
        index = self._alias_pattern()
        if index is None:
            return []
        if fused is not None:
            phrase = fused.sub(" ", phrase)  # one character for one: offsets unchanged
        return [Mention(*f) for f in index.find_phrase(phrase)]

    def actor_of(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        """The actor named first in ``text[start:end]``, or None."""
        found = self.mentions(text, start, end)
        return found[0].actor if found else None

    def _alias_pattern(self) -> AliasIndex | None:
        """The :class:`~framing.text.alias_pattern.AliasIndex` of all aliases (None if none).

        Compiled patterns are cached by the aliases themselves: side sets naming the same actors
        with the same aliases share one.
        """
        if self._index is None:
            from framing.text.alias_pattern import alias_index, alias_pairs

            self._index = alias_index(alias_pairs(self.actors))
        return self._index

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sides": [asdict(s) for s in self.sides],
            "third_parties": [asdict(s) for s in self.third_parties],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SideSet:
        return cls(
            sides=[Side(**s) for s in data["sides"]],
            third_parties=[Side(**s) for s in data.get("third_parties", [])],
            source=data.get("source", "detected"),
        )


@dataclass
class Statement:
    """One reported statement: what was said (the content span), by whom, for which side.

    ``side`` is a side id, a third party's id, :data:`BOTH` or :data:`UNKNOWN`.
    ``resolution`` says how the speaker was found: ``named`` (the speaker names an actor),
    ``pronoun`` (he/she/they → previous speaker), ``institution`` ("the ministry" → the last
    matching institution), ``country_context`` ("the country's ministry" → the country in context),
    ``state`` ("the military" → the only side that is a state), ``armed_group``
    ("the group" → the armed group, against a state), ``place`` ("told a briefing in New
    Delhi" → India), ``named_before`` ("the coalition" after "the U.S.-led coalition", "the
    experts" after "UN experts"), ``same_noun`` ("the diplomat" after "a Congolese diplomat"),
    ``group_before`` ("the group" after "JNIM said"),
    ``quoted_by`` (a speaker quoted by a medium that names an actor), ``state_media`` ("KCNA
    said" → North Korea),
    ``previous_speaker`` (an official with no country → the actor of the
    speaker just before), ``title`` (a named person resolved from title and context),
    ``according_to``, ``headline``,
    ``reciprocal`` ("the two sides accused each other"), ``continuation`` (a quotation standing
    alone right after a statement: its speaker) or ``unresolved``.
    ``target`` is the actor a statement is aimed at ("X accused Y", "X called on Y"), if any.
    ``speaker_span`` and ``verb_span`` say where the speaker and the reporting verb are written
    (for a continued quotation, those of the statement it continues). ``speaker_key`` is who
    speaks, the same for every statement of one speaker: a person's name ("Armen Grigoryan", also
    for a later "Grigoryan" or "He"), else the phrase in lower case ("armenian defense ministry").
    """

    id: str
    text: str
    start: int
    end: int
    speaker: str
    side: str
    verb: str
    verb_text: str
    verb_class: str
    direct: bool
    resolution: str
    sentence: int
    confidence: float = 1.0
    target: str | None = None
    speaker_span: list[int] | None = None
    verb_span: list[int] | None = None
    speaker_key: str = ""


@dataclass
class Voice:
    """All the text of one side, third party, or the narrator."""

    id: str
    kind: str  # "side" | "third_party" | "unknown" | "narrator"
    name: str
    statement_ids: list[str] = field(default_factory=list)
    spans: list[list[int]] = field(default_factory=list)

    def text(self, document: Document, sep: str = "\n") -> str:
        """The voice's text, its spans joined by ``sep``."""
        return sep.join(document.text[s:e] for s, e in self.spans)


@dataclass
class ArticleAnalysis:
    """One article, its sides, statements and voices, and one result block per analyzer."""

    document: Document
    sides: SideSet
    sentences: list[Sentence]
    statements: list[Statement]
    voices: list[Voice]
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION
    #: Intermediate data that several steps derive the same way (e.g. the term counts of the
    #: vocabulary analyzer and the batch exports), computed once; never serialised or compared.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def voice(self, voice_id: str) -> Voice | None:
        return next((v for v in self.voices if v.id == voice_id), None)

    def statement(self, statement_id: str) -> Statement | None:
        return next((s for s in self.statements if s.id == statement_id), None)

    # -- serialisation -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; it shares lists with the analysis (copy it before changing it)."""
        doc = _shallow(self.document)
        document = {k: doc[k] for k in ("id", "title", "source", "outlet", "date", "url")}
        document["text_length"] = len(self.document.text)
        document["metadata"] = doc["metadata"]
        document["text"] = self.document.text
        sides = self.sides  # shallow copies, not SideSet.to_dict's deep asdict
        return {
            "schema_version": self.schema_version,
            "document": document,
            "sides_source": sides.source,
            "sides": [_shallow(s) for s in sides.sides],
            "third_parties": [_shallow(s) for s in sides.third_parties],
            "sentences": [_shallow(s) for s in self.sentences],
            "statements": [_shallow(s) for s in self.statements],
            "voices": [_shallow(v) for v in self.voices],
            **{name: self.results[name] for name in self.results},
        }

    def to_json(self, indent: int | None = 2) -> str:
        """Stable JSON: the same analysis always gives the same bytes.

        ``indent``: 2 (pretty) or None (one line); non-ASCII characters as they are.
        """
        return self.to_json_bytes(indent).decode("utf-8")

    def to_json_bytes(self, indent: int | None = 2) -> bytes:
        """:meth:`to_json` as UTF-8 bytes (what the batch store keeps), without decoding."""
        return json_bytes(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleAnalysis:
        core = {
            "schema_version", "document", "sides_source", "sides", "third_parties",
            "sentences", "statements", "voices",
        }
        d = dict(data["document"])
        d.pop("text_length", None)
        return cls(
            document=Document(**{f.name: d.get(f.name) for f in fields(Document)
                                 if f.name in d}),
            sides=SideSet.from_dict({"source": data.get("sides_source", "detected"),
                                     "sides": data["sides"],
                                     "third_parties": data.get("third_parties", [])}),
            sentences=[Sentence(**s) for s in data["sentences"]],
            statements=[Statement(**s) for s in data["statements"]],
            voices=[Voice(**v) for v in data["voices"]],
            results={k: v for k, v in data.items() if k not in core},
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )

    @classmethod
    def from_json(cls, text_or_path: str | bytes | Path) -> ArticleAnalysis:
        """An analysis from its JSON (text or UTF-8 bytes) or from a JSON file's path."""
        if isinstance(text_or_path, bytes):
            return cls.from_dict(orjson.loads(text_or_path))
        text = str(text_or_path)
        if isinstance(text_or_path, Path) or not text.lstrip().startswith("{"):
            text = Path(text_or_path).read_text(encoding="utf-8")
        return cls.from_dict(orjson.loads(text))


def json_bytes(data: dict[str, Any], indent: int | None = 2) -> bytes:
    """:meth:`ArticleAnalysis.to_json_bytes` of ``data``, an :meth:`ArticleAnalysis.to_dict`
    (for a caller that needs the dict too)."""
    if indent not in (None, 2):
        raise ValueError(f"indent must be 2 or None, not {indent!r}")
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0)


def _shallow(obj: Any) -> dict[str, Any]:
    """Field name → value, without the deep copy of :func:`dataclasses.asdict`."""
    names = _field_names(type(obj))
    own = getattr(obj, "__dict__", None)
    if own is not None and tuple(own) == names:  # the usual case: the fields, in order
        return own.copy()
    return {name: getattr(obj, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names
