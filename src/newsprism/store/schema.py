"""The database layout (versioned migrations) and the JSON codec for stored analyses.

Inputs: an open sqlite3 connection for ``migrate``; ``records.Analysis`` values for the codec.

Layout decisions, for whoever reads the database with SQL (Datasette, sqlite-utils, DuckDB):

- Each article's full analysis is kept as one JSON document (``articles.analysis``) so the
  record read back equals the one written, field for field, whatever records.py grows into
  later: the codec below is driven by the dataclasses' own type hints. The article text is
  left out of that document because it already sits in ``articles.text``.
- The same facts are spread over plain tables (blocks, entities, mentions, quotes, via,
  timexes, events, event_roles, framing) with the covered text copied next to each span, so a
  table is readable on its own and joins need no offset arithmetic. Queries (quotes, timeline,
  exports) read these tables; only ``Store.analysis`` reads the JSON document.
- Full-text indexes are ordinary FTS5 tables holding their own copy of the text, keyed by an
  UNINDEXED id column. External-content tables would save that copy but hang on implicit
  rowids, which VACUUM may renumber for tables keyed by text ids.
- ``MIGRATIONS`` is append-only: a released database has run the earlier steps, so a change
  is a new step with the next number, never an edit of an old one.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import sqlite3
import types
import typing
from functools import lru_cache
from typing import Any

from ..records import Analysis, Article, record_dict

_V1 = """
CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    title           TEXT,
    first_published TEXT,
    last_published  TEXT,
    n_articles      INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT,
    centroid        BLOB
);

CREATE TABLE articles (
    id                 TEXT PRIMARY KEY,
    title              TEXT,
    outlet             TEXT,
    url                TEXT,
    published          TEXT,      -- resolved date (given, else inferred from the text)
    published_inferred INTEGER NOT NULL DEFAULT 0,
    given_published    TEXT,      -- the date the source itself carried, if any
    language           TEXT,
    author             TEXT,
    source             TEXT,
    text               TEXT NOT NULL,
    content_hash       TEXT NOT NULL,
    story_id           TEXT REFERENCES stories(id) ON DELETE SET NULL
                            DEFERRABLE INITIALLY DEFERRED,
    copy_of            TEXT REFERENCES articles(id) ON DELETE SET NULL
                            DEFERRABLE INITIALLY DEFERRED,
    added_at           TEXT NOT NULL,
    analysis           TEXT NOT NULL  -- the whole Analysis as JSON, minus the article text
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_hash ON articles(content_hash);

CREATE TABLE blocks (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    name_key   TEXT NOT NULL,   -- corpus.names.name_key(name): joins spellings across articles
    n_mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_key ON entities(name_key);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, n)
);

CREATE TABLE quotes (
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    kind           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT NOT NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    cue            TEXT,
    speaker_entity TEXT,
    speaker_name   TEXT,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    speaker_text   TEXT,
    speaker_key    TEXT,
    same_as        TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);

CREATE TABLE via (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id   TEXT NOT NULL,
    position   INTEGER NOT NULL,   -- 0 = nearest the speaker
    entity     TEXT,
    name       TEXT NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    PRIMARY KEY (article_id, quote_id, position)
);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE events (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    type          TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    trigger       TEXT NOT NULL,
    actors        TEXT NOT NULL,   -- JSON list of entity ids (rows in event_roles)
    targets       TEXT NOT NULL,
    location      TEXT,
    date          TEXT,
    factuality    TEXT NOT NULL,
    source        TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events(type);

CREATE TABLE event_roles (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL,
    role       TEXT NOT NULL,      -- actor | target | location
    position   INTEGER NOT NULL,
    entity_id  TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id, role, position)
);

CREATE TABLE framing (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    technique  TEXT NOT NULL,
    quote      TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE article_features (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    embedding  BLOB,
    minhash    BLOB,
    keys       TEXT NOT NULL DEFAULT '[]'   -- JSON list of strings
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, article_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, article_id UNINDEXED, quote_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Name lookups (quotes by speaker, timelines) select rows by the distinct names that matched.
_V2 = """
CREATE INDEX entities_name ON entities(name);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name);
CREATE INDEX quotes_speaker_text ON quotes(speaker_text);
"""

# Entities are also found by the names they were mentioned under (acronyms, short forms).
_V3 = """
CREATE INDEX mentions_kind_text ON mentions(kind, text);
"""

# Mentions of one happening within an article point at its most informative mention
# (records.Event.same_as); appended last, so old rows read NULL.
_V4 = """
ALTER TABLE events ADD COLUMN same_as TEXT;
"""

#: (version, SQL script) in the order they are applied; append new steps, never edit old ones.
MIGRATIONS: list[tuple[int, str]] = [
    (1, _V1),
    (2, _V2),
    (3, _V3),
    (4, _V4),
]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Brings the database up to the newest step; returns the version it ends at.

    Each step and its version bump commit together, so a crash mid-way leaves the database
    at the last complete step and the next open carries on from there.
    """
    current = schema_version(conn)
    newest = max(v for v, _ in MIGRATIONS)
    if current > newest:
        raise sqlite3.DatabaseError(
            f"database schema version {current} is newer than this newsprism ({newest})")
    for version, script in sorted(MIGRATIONS):
        if version <= current:
            continue
        # executescript would COMMIT first and run each statement on its own; the explicit
        # BEGIN keeps the step and its user_version together.
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {int(version)};\nCOMMIT;")
        current = version
    return current


# --- codec: Analysis <-> JSON document -------------------------------------------------------

def encode_analysis(a: Analysis) -> str:
    """The analysis as compact JSON, without the article text (stored in its own column)."""
    d = record_dict(a)
    d["article"].pop("text", None)
    _tag_datetimes(a, d)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _plain(obj: Any) -> Any:
    # numpy scalars slip into records from model code; store them as the Python numbers
    # they stand for rather than refusing the article
    if hasattr(obj, "item") and callable(obj.item):
        return obj.item()
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(f"cannot store a {type(obj).__name__} in an analysis")


def decode_analysis(doc: str, text: str) -> Analysis:
    d = json.loads(doc)
    d["article"]["text"] = text
    return _decode(Analysis, d)


def _tag_datetimes(a: Analysis, d: dict) -> None:
    # records declare dates, but a reader may hand over a datetime; keep which one it was so
    # the value read back compares equal.
    for key, value in (("published", a.published),):
        if isinstance(value, _dt.datetime):
            d[key] = {"datetime": value.isoformat()}
    if isinstance(a.article.published, _dt.datetime):
        d["article"]["published"] = {"datetime": a.article.published.isoformat()}


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [t for t in typing.get_args(tp) if t is not type(None)]
        if isinstance(value, dict):
            for t in options:
                if dataclasses.is_dataclass(t) or t in (_dt.date, _dt.datetime):
                    return _decode(t, value)
        return _decode(options[0], value) if options else value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], x) for x in value)
        return tuple(_decode(t, x) for t, x in zip(args, value))
    if origin is typing.Literal or tp is Any:
        return value
    if tp in (_dt.date, _dt.datetime):
        if isinstance(value, dict):
            return _dt.datetime.fromisoformat(value["datetime"])
        return _dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {f.name: _decode(hints[f.name], value[f.name])
                  for f in dataclasses.fields(tp) if f.name in value}
        return tp(**kwargs)
    return value


def article_columns(art: Article) -> dict[str, Any]:
    """The plain article fields as column values."""
    pub = art.published
    return {"id": art.id, "title": art.title, "outlet": art.outlet, "url": art.url,
            "given_published": pub.isoformat() if pub else None, "language": art.language,
            "author": art.author, "source": art.source, "text": art.text}


__all__ = ["MIGRATIONS", "migrate", "schema_version", "encode_analysis", "decode_analysis"]
