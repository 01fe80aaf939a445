"""Typed, immutable records that flow through newsprism.

Every span is a (start, end) pair of Python string indices into ``Article.text``
(end exclusive); the covered text is computed with ``span_text``, never stored twice.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Literal

MentionKind = Literal["name", "nominal", "pronoun"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Factuality = Literal["asserted", "reported", "alleged", "negated", "hypothetical", "future"]
BlockKind = Literal["headline", "standfirst", "caption", "dateline", "byline", "paragraph"]

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
FACTUALITY_VALUES = ("asserted", "reported", "alleged", "negated", "hypothetical", "future")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span ({self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from its source, before analysis."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str | None = None
    author: str | None = None
    source: str | None = None  # where it was read from (path, path#record, warc record id)


@dataclass(frozen=True, slots=True)
class Block:
    """A structural part of the article text: headline, standfirst, caption, paragraph."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Speaker:
    entity: str | None
    name: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Via:
    """An intermediary the words passed through (agency, state media, website, outlet)."""

    entity: str | None
    name: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: QuoteKind
    start: int  # quoted content, without quotation marks
    end: int
    cue: Span | None
    speaker: Speaker
    via: tuple[Via, ...] = ()
    same_as: str | None = None  # id of the body quote a headline/standfirst quote shortens


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: TimexType
    value: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str  # one of PLOVER_TYPES
    trigger: Span
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    location: str | None
    date: str | None
    factuality: Factuality
    source: str | None  # quote id when the event is reported speech
    same_as: str | None = None  # id of the most informative mention of the same happening


@dataclass(frozen=True, slots=True)
class Framing:
    start: int
    end: int
    technique: str  # loaded_language | name_calling | event_word | ...
    quote: str | None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything newsprism found in one article."""

    article: Article
    published: _dt.date | None
    published_inferred: bool
    language: str
    blocks: tuple[Block, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    framing: tuple[Framing, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    languages: tuple[str, ...]
    first_published: _dt.date | None


def span_text(text: str, obj: Any) -> str:
    """The text a record's (start, end) covers."""
    return text[obj.start:obj.end]


def spans_of(obj: Any) -> list[tuple[str, int, int]]:
    """Every (label, start, end) span inside a record, recursively; used by invariants tests."""
    out: list[tuple[str, int, int]] = []

    def walk(o: Any, label: str) -> None:
        if o is None:
            return
        if isinstance(o, (list, tuple)):
            for x in o:
                walk(x, label)
            return
        if not is_dataclass(o) or isinstance(o, Article):
            return
        names = {f.name for f in fields(o)}
        if "start" in names and "end" in names and getattr(o, "start") is not None:
            out.append((type(o).__name__ if not label else f"{label}.{type(o).__name__}",
                        o.start, o.end))
        for f in fields(o):
            if f.name in ("start", "end"):
                continue
            walk(getattr(o, f.name), type(o).__name__)

    walk(obj, "")
    return out


def record_dict(obj: Any) -> Any:
    """Plain JSON-able form of a record (dates as ISO strings)."""
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    if is_dataclass(obj):
        return {f.name: record_dict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [record_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: record_dict(v) for k, v in obj.items()}
    return obj


__all__ = [
    "Analysis", "Article", "Block", "Entity", "Event", "Framing", "Mention", "Quote",
    "Speaker", "Span", "Story", "Timex", "Via", "span_text", "spans_of", "record_dict",
    "ENTITY_TYPES", "PLOVER_TYPES", "FACTUALITY_VALUES",
]
