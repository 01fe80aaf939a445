"""The embedded database: stores analyses, stories and clustering features; answers queries.

Inputs: a path to a SQLite file (made on first use) and ``records.Analysis`` values to add.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..corpus import names as _names
from ..errors import NotFound, StoreError
from ..records import Analysis, Story
from .schema import article_columns, decode_analysis, encode_analysis, migrate, schema_version

_TABLES = ("articles", "stories", "blocks", "entities", "mentions", "quotes", "via", "timexes",
           "events", "event_roles", "framing", "article_features")


def content_hash(text: str) -> str:
    """Hash of the whitespace-normalised text: the same words laid out differently match."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def _iso(d: _dt.date | str | None) -> str | None:
    if d is None or isinstance(d, str):
        return d[:10] if d else None
    return d.date().isoformat() if isinstance(d, _dt.datetime) else d.isoformat()


def _date(s: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(s[:10]) if s else None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """One newsprism database. Use as a context manager, or call ``close()``.

    Writes made outside ``transaction()`` commit one call at a time; group them in a
    ``transaction()`` so a batch lands whole or not at all.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._depth = 0
        self.conn = self._open(self.path)

    # --- opening -------------------------------------------------------------------------

    def _open(self, path: str) -> sqlite3.Connection:
        memory = path == ":memory:" or path.startswith("file::memory:")
        if not memory:
            p = Path(path)
            if p.is_dir():
                raise StoreError("is a folder; give a database file path such as news.db",
                                 input=path)
            if not p.parent.exists():
                raise StoreError(f"folder {str(p.parent)!r} does not exist; create it first",
                                 input=path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database ({exc})", input=path) from None
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            if not memory:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._check_foreign(conn, path)
            migrate(conn)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            if isinstance(exc, sqlite3.OperationalError):
                # locked, read-only, no permission: a sound database we cannot use right now
                raise StoreError(f"cannot open the database ({exc}); check the file's "
                                 "permissions and that no other program holds it", input=path
                                 ) from None
            raise StoreError(f"not a newsprism database ({exc}); give a new file name or a "
                             "database made by `newsprism ingest`", input=path) from None
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _check_foreign(conn: sqlite3.Connection, path: str) -> None:
        # A SQLite file some other program made: adding our tables to it would be a surprise.
        if schema_version(conn) == 0:
            n = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                             ).fetchone()[0]
            if n:
                raise StoreError("is a SQLite database but not a newsprism one; give a new "
                                 "file name", input=path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside land together or not at all; nesting uses savepoints, so an
        inner block can fail and roll back alone while the outer one goes on."""
        with self._lock:
            outer = self._depth == 0
            name = f"sp{self._depth}"
            try:
                self.conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to the database ({exc}){_busy_hint(exc)}",
                                 input=self.path) from None
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            try:
                self.conn.execute("COMMIT" if outer else f"RELEASE {name}")
            except sqlite3.Error as exc:
                if outer:
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"cannot commit to the database ({exc})", input=self.path) from None

    # --- articles ------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)
                                 ).fetchone() is not None

    def stored_hash(self, article_id: str) -> str | None:
        """The content hash of the article stored under this id, or None when there is none."""
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return row[0] if row else None

    def article_ids(self) -> list[str]:
        """Every stored article id, in the order they were added."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]

    def add(self, analysis: Analysis) -> bool:
        """Stores one analysis; False (and nothing written) when its article id is stored."""
        if self.has_article(analysis.article.id):
            return False
        try:
            with self.transaction():
                self._insert(analysis)
        except (sqlite3.Error, UnicodeError, TypeError, ValueError) as exc:
            # a constraint broken by the analysis (duplicate ids), text SQLite cannot encode
            # (lone surrogates), a value JSON cannot hold: the article's fault, said plainly
            raise StoreError(f"cannot store article {analysis.article.id!r} "
                             f"({type(exc).__name__}: {exc})", input=self.path) from None
        return True

    def _insert(self, a: Analysis) -> None:
        art, t, aid = a.article, a.article.text, a.article.id
        row = article_columns(art)
        row.update(published=_iso(a.published), published_inferred=int(bool(a.published_inferred)),
                   language=a.language, content_hash=content_hash(t), added_at=_now(),
                   analysis=encode_analysis(a))
        cols = ", ".join(row)
        self.conn.execute(f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))})",
                          tuple(row.values()))
        ex = self.conn.executemany
        ex("INSERT INTO blocks VALUES (?,?,?,?,?)",
           [(aid, i, b.kind, b.start, b.end) for i, b in enumerate(a.blocks)])
        ex("INSERT INTO entities VALUES (?,?,?,?,?,?)",
           [(aid, e.id, e.name, e.type, _names.name_key(e.name), len(e.mentions))
            for e in a.entities])
        ex("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
           [(aid, e.id, i, m.start, m.end, m.kind, t[m.start:m.end])
            for e in a.entities for i, m in enumerate(e.mentions)])
        ex("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
           [_quote_row(aid, t, q) for q in a.quotes])
        ex("INSERT INTO via VALUES (?,?,?,?,?,?,?)",
           [(aid, q.id, i, v.entity, v.name, v.start, v.end)
            for q in a.quotes for i, v in enumerate(q.via)])
        ex("INSERT INTO timexes VALUES (?,?,?,?,?,?,?)",
           [(aid, i, x.start, x.end, x.type, x.value, t[x.start:x.end])
            for i, x in enumerate(a.timexes)])
        ex("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
           [(aid, v.id, v.type, v.trigger.start, v.trigger.end,
             t[v.trigger.start:v.trigger.end], json.dumps(list(v.actors)),
             json.dumps(list(v.targets)), v.location, v.date, v.factuality, v.source,
             v.same_as)
            for v in a.events])
        ex("INSERT INTO event_roles VALUES (?,?,?,?,?)",
           [(aid, v.id, role, i, ent) for v in a.events
            for role, ents in (("actor", v.actors), ("target", v.targets),
                               ("location", (v.location,) if v.location else ()))
            for i, ent in enumerate(ents)])
        ex("INSERT INTO framing VALUES (?,?,?,?,?,?,?)",
           [(aid, i, f.start, f.end, f.technique, f.quote, t[f.start:f.end])
            for i, f in enumerate(a.framing)])
        self.conn.execute("INSERT INTO articles_fts (title, text, article_id) VALUES (?,?,?)",
                          (art.title or "", t, aid))
        ex("INSERT INTO quotes_fts (text, speaker, article_id, quote_id) VALUES (?,?,?,?)",
           [(t[q.start:q.end], q.speaker.name or "", aid, q.id) for q in a.quotes])

    def remove(self, article_id: str) -> bool:
        """Deletes an article and everything derived from it; False when it is not stored."""
        with self.transaction():
            row = self.conn.execute("SELECT story_id FROM articles WHERE id = ?",
                                    (article_id,)).fetchone()
            if row is None:
                return False
            self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM quotes_fts WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if row[0]:
                self._refresh_story(row[0])
        return True

    def analysis(self, article_id: str) -> Analysis:
        row = self.conn.execute("SELECT analysis, text FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article '{article_id}' in this database; `newsprism stories` "
                           "lists what is stored", input=article_id)
        return decode_analysis(row["analysis"], row["text"])

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        """Analyses of the given ids (every article, in insertion order, when None).

        Reads in chunks, so callers may write to the store while iterating."""
        wanted = self.article_ids() if ids is None else list(ids)
        for i in range(0, len(wanted), 200):
            chunk = wanted[i:i + 200]
            marks = ",".join("?" * len(chunk))
            rows = {r["id"]: r for r in self.conn.execute(
                f"SELECT id, analysis, text FROM articles WHERE id IN ({marks})", chunk)}
            for aid in chunk:
                r = rows.get(aid)
                if r is None:
                    raise NotFound(f"no article '{aid}' in this database", input=aid)
                yield decode_analysis(r["analysis"], r["text"])

    def article(self, article_id: str) -> dict:
        """An article's stored metadata (no text, no analysis) as a plain dict."""
        row = self.conn.execute(f"SELECT {_META} FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article '{article_id}' in this database", input=article_id)
        return dict(row)

    # --- stories -------------------------------------------------------------------------

    def set_story(self, article_id: str, story_id: str, copy_of: str | None = None) -> None:
        """Puts an article in a story (making the story if new); ``copy_of`` names the
        earlier article it is a near-copy of."""
        with self.transaction():
            row = self.conn.execute("SELECT story_id, published, title FROM articles WHERE id = ?",
                                    (article_id,)).fetchone()
            if row is None:
                raise NotFound(f"no article '{article_id}' to put in story '{story_id}'",
                               input=article_id)
            old, pub, title = row
            self.conn.execute("UPDATE articles SET story_id = ?, copy_of = ? WHERE id = ?",
                              (story_id, copy_of, article_id))
            if old == story_id:
                return
            self.conn.execute("INSERT OR IGNORE INTO stories (id, updated_at) VALUES (?, ?)",
                              (story_id, _now()))
            # Joining is folded in incrementally: recounting a story on every join would make
            # ingesting a big story quadratic. Leaving is rare and recounts exactly.
            self.conn.execute(
                "UPDATE stories SET n_articles = n_articles + 1,"
                " first_published = CASE WHEN first_published IS NULL OR ?1 < first_published"
                "   THEN coalesce(?1, first_published) ELSE first_published END,"
                " last_published = CASE WHEN last_published IS NULL OR ?1 > last_published"
                "   THEN coalesce(?1, last_published) ELSE last_published END,"
                " title = coalesce(title, ?2), updated_at = ?3 WHERE id = ?4",
                (pub, title, _now(), story_id))
            if old:
                self._refresh_story(old)

    def upsert_story(self, story: str | Story, title: str | None = None, *,
                     centroid: bytes | None = None, first_published: _dt.date | None = None,
                     last_published: _dt.date | None = None) -> None:
        """Creates or updates a story's own fields; None leaves a field as it was. Member
        counts and dates follow ``set_story`` calls and need no passing here."""
        if isinstance(story, Story):
            sid, title = story.id, title or story.title
            first_published = first_published or story.first_published
        else:
            sid = story
        with self.transaction():
            self.conn.execute("INSERT OR IGNORE INTO stories (id, updated_at) VALUES (?, ?)",
                              (sid, _now()))
            self.conn.execute(
                "UPDATE stories SET title = coalesce(?, title), centroid = coalesce(?, centroid),"
                " first_published = coalesce(?, first_published),"
                " last_published = coalesce(?, last_published), updated_at = ? WHERE id = ?",
                (title, centroid, _iso(first_published), _iso(last_published), _now(), sid))

    def refresh_stories(self) -> None:
        """Recounts every story's members and dates from its articles and drops empty
        stories; for batch re-clustering, after many articles changed story."""
        with self.transaction():
            for (sid,) in self.conn.execute("SELECT id FROM stories").fetchall():
                self._refresh_story(sid)

    def _refresh_story(self, sid: str) -> None:
        n, first, last = self.conn.execute(
            "SELECT count(*), min(published), max(published) FROM articles WHERE story_id = ?",
            (sid,)).fetchone()
        if n == 0:
            # a story all of whose articles moved elsewhere is no story any more
            self.conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            return
        lead = self.conn.execute(
            "SELECT title FROM articles WHERE story_id = ? AND title IS NOT NULL "
            "ORDER BY published IS NULL, published, rowid LIMIT 1", (sid,)).fetchone()
        self.conn.execute(
            "UPDATE stories SET n_articles = ?, first_published = coalesce(?, first_published),"
            " last_published = coalesce(?, last_published), title = coalesce(title, ?),"
            " updated_at = ? WHERE id = ?",
            (n, first, last, lead[0] if lead else None, _now(), sid))

    def stories(self) -> list[Story]:
        """Every story with at least one article, newest first."""
        rows = self.conn.execute(
            "SELECT id, title, first_published FROM stories WHERE n_articles > 0 "
            "ORDER BY coalesce(last_published, first_published) DESC NULLS LAST, "
            "first_published DESC NULLS LAST, id").fetchall()
        members = self._members()
        return [self._story(r, members.get(r["id"], [])) for r in rows]

    def story(self, story_id: str) -> Story:
        row = self.conn.execute("SELECT id, title, first_published FROM stories WHERE id = ?",
                                (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story '{story_id}'; `newsprism stories` lists them",
                           input=story_id)
        return self._story(row, self._members(story_id).get(story_id, []))

    def story_articles(self, story_id: str) -> list[dict]:
        """The story's articles' metadata (id, title, outlet, url, published, language,
        copy_of, ...), earliest first; ``[r["id"] for r in ...]`` gives the ids."""
        self.story(story_id)
        return [dict(r) for r in self.conn.execute(
            f"SELECT {_META} FROM articles WHERE story_id = ? "
            "ORDER BY published IS NULL, published, rowid", (story_id,))]

    def story_centroid(self, story_id: str) -> bytes | None:
        row = self.conn.execute("SELECT centroid FROM stories WHERE id = ?", (story_id,)).fetchone()
        return row[0] if row else None

    def _members(self, story_id: str | None = None) -> dict[str, list[sqlite3.Row]]:
        sql = "SELECT story_id, id, outlet, language FROM articles WHERE story_id IS NOT NULL"
        args: tuple = ()
        if story_id is not None:
            sql, args = sql + " AND story_id = ?", (story_id,)
        out: dict[str, list[sqlite3.Row]] = {}
        for r in self.conn.execute(sql + " ORDER BY published IS NULL, published, rowid", args):
            out.setdefault(r["story_id"], []).append(r)
        return out

    @staticmethod
    def _story(row: sqlite3.Row, members: list[sqlite3.Row]) -> Story:
        return Story(id=row["id"], title=row["title"] or "",
                     articles=tuple(m["id"] for m in members),
                     outlets=tuple(dict.fromkeys(m["outlet"] for m in members if m["outlet"])),
                     languages=tuple(dict.fromkeys(m["language"] for m in members
                                                   if m["language"])),
                     first_published=_date(row["first_published"]))

    # --- clustering features -------------------------------------------------------------

    def put_features(self, article_id: str, embedding: bytes | None, minhash: bytes | None,
                     keys: list[str]) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO article_features (article_id, embedding, minhash, keys) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "embedding = excluded.embedding, minhash = excluded.minhash, keys = excluded.keys",
                (article_id, embedding, minhash, json.dumps(list(keys), ensure_ascii=False)))

    def features(self, article_ids: Iterable[str]) -> dict[str, dict]:
        """{article id: {"embedding", "minhash", "keys"}} for the ids that have features."""
        ids = list(article_ids)
        out: dict[str, dict] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.conn.execute(
                    "SELECT * FROM article_features WHERE article_id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                out[r["article_id"]] = {"embedding": r["embedding"], "minhash": r["minhash"],
                                        "keys": json.loads(r["keys"])}
        return out

    # --- queries -------------------------------------------------------------------------

    def quotes(self, speaker: str | None = None, article_id: str | None = None,
               story_id: str | None = None, limit: int | None = None) -> list[dict]:
        """Quotes with speaker, via chain and article facts, by date. ``speaker`` matches
        spellings and surnames ("Sharif" finds "Ramezan Sharif")."""
        where, args = [], []
        if speaker:
            # match each distinct name once (a corpus repeats its speakers), then let SQLite
            # pick the rows by the names that matched
            match = _matcher(speaker)
            names = [n for (n,) in self.conn.execute(
                "SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL UNION "
                "SELECT speaker_text FROM quotes WHERE speaker_text IS NOT NULL") if match(n)]
            if not names:
                return []
            where.append("(q.speaker_name IN (SELECT value FROM json_each(?)) OR "
                         "q.speaker_text IN (SELECT value FROM json_each(?)))")
            args += [json.dumps(names)] * 2
        if article_id is not None:
            where.append("q.article_id = ?")
            args.append(article_id)
        if story_id is not None:
            where.append("a.story_id = ?")
            args.append(story_id)
        sql = f"SELECT q.*, {_QUOTE_ARTICLE} FROM quotes q JOIN articles a ON a.id = q.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published IS NULL, a.published, a.rowid, q.start"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self.conn.execute(sql, args).fetchall()
        via = self._via({r["article_id"] for r in rows})
        return [quote_dict(r, via.get((r["article_id"], r["id"]), [])) for r in rows]

    def _via(self, article_ids: set[str]) -> dict[tuple[str, str], list[dict]]:
        out: dict[tuple[str, str], list[dict]] = {}
        ids = list(article_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.conn.execute(
                    "SELECT * FROM via WHERE article_id IN "
                    f"({','.join('?' * len(chunk))}) ORDER BY article_id, quote_id, position",
                    chunk):
                out.setdefault((r["article_id"], r["quote_id"]), []).append(
                    {"entity": r["entity"], "name": r["name"]})
        return out

    def search(self, q: str, limit: int = 50) -> list[dict]:
        """Full-text search (bm25) over article titles+texts and quote texts; best first.
        Accepts FTS5 syntax ("exact phrase", OR, prefix*); anything else is searched as words."""
        try:
            return self._search(q, limit)
        except sqlite3.OperationalError:
            words = re.findall(r"\w+", q)
            if not words:
                return []
            return self._search(" ".join(f'"{w}"' for w in words), limit)

    def _search(self, q: str, limit: int) -> list[dict]:
        hits = []
        for r in self.conn.execute(
                "SELECT f.article_id, bm25(articles_fts, 5.0, 1.0) AS score, "
                "snippet(articles_fts, 1, '[', ']', ' … ', 16) AS snippet, "
                "a.title, a.outlet, a.published, a.story_id FROM articles_fts f "
                "JOIN articles a ON a.id = f.article_id WHERE articles_fts MATCH ? "
                "ORDER BY score LIMIT ?", (q, limit)):
            hits.append({"kind": "article", **dict(r)})
        for r in self.conn.execute(
                "SELECT f.article_id, f.quote_id, bm25(quotes_fts) AS score, f.text, f.speaker, "
                "a.title, a.outlet, a.published, a.story_id FROM quotes_fts f "
                "JOIN articles a ON a.id = f.article_id WHERE quotes_fts MATCH ? "
                "ORDER BY score LIMIT ?", (q, limit)):
            hits.append({"kind": "quote", **dict(r)})
        hits.sort(key=lambda h: h["score"])  # bm25: lower is better
        return hits[:limit]

    def entity_rows(self, name: str) -> list[dict]:
        """Every (article_id, id, name, type) of an entity that ``name`` names: by its
        canonical name or by any name-like form it was mentioned under ("IRGC")."""
        match = _matcher(name)
        names = [n for (n,) in self.conn.execute("SELECT DISTINCT name FROM entities")
                 if match(n)]
        forms = [f for (f,) in self.conn.execute(
            "SELECT DISTINCT text FROM mentions WHERE kind = 'name'") if match(f)]
        if not names and not forms:
            return []
        return [dict(r) for r in self.conn.execute(
            "SELECT article_id, id, name, type FROM entities "
            "WHERE name IN (SELECT value FROM json_each(?1)) OR EXISTS (SELECT 1 FROM mentions m"
            " WHERE m.article_id = entities.article_id AND m.entity_id = entities.id"
            " AND m.kind = 'name' AND m.text IN (SELECT value FROM json_each(?2))) "
            "ORDER BY article_id, id", (json.dumps(names), json.dumps(forms)))]

    def stats(self) -> dict:
        counts = {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in _TABLES}
        counts["stories"] = self.conn.execute(
            "SELECT count(*) FROM stories WHERE n_articles > 0").fetchone()[0]
        span = self.conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return {
            "path": self.path, "schema_version": schema_version(self.conn), "counts": counts,
            "outlets": self._tally("outlet"), "languages": self._tally("language"),
            "first_published": span[0], "last_published": span[1],
        }

    def _tally(self, column: str) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute(
            f"SELECT {column}, count(*) FROM articles WHERE {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY count(*) DESC, {column}")}


_META = ("id, title, outlet, url, published, published_inferred, language, author, source, "
         "story_id, copy_of, added_at")
_QUOTE_ARTICLE = ("a.outlet AS outlet, a.published AS published, a.title AS title, "
                  "a.language AS language, a.story_id AS story_id, a.url AS url")


def _busy_hint(exc: sqlite3.Error) -> str:
    # Another ingest (or any writer) holding the file past the busy timeout is the usual cause.
    if "locked" in str(exc) or "busy" in str(exc):
        return ("; another program is writing to it, so run again when it has finished "
                "(everything already stored is kept)")
    if "readonly" in str(exc) or "read-only" in str(exc):
        return "; the file or its folder is read-only"
    return ""


def _quote_row(aid: str, t: str, q) -> tuple:
    sp = q.speaker
    sp_text = t[sp.start:sp.end] if sp.start is not None and sp.end is not None else None
    return (aid, q.id, q.kind, q.start, q.end, t[q.start:q.end],
            q.cue.start if q.cue else None, q.cue.end if q.cue else None,
            t[q.cue.start:q.cue.end] if q.cue else None,
            sp.entity, sp.name, sp.start, sp.end, sp_text,
            _names.name_key(sp.name) if sp.name else None, q.same_as)


def quote_dict(r: sqlite3.Row, via: list[dict]) -> dict:
    """A quotes row as the JSON-friendly dict the CLI, web and timeline share."""
    return {
        "article_id": r["article_id"], "id": r["id"], "kind": r["kind"], "text": r["text"],
        "start": r["start"], "end": r["end"], "cue": r["cue"],
        "speaker": {"entity": r["speaker_entity"], "name": r["speaker_name"],
                    "start": r["speaker_start"], "end": r["speaker_end"]},
        "speaker_name": r["speaker_name"], "speaker_text": r["speaker_text"],
        "via": via, "via_names": [v["name"] for v in via], "same_as": r["same_as"],
        "outlet": r["outlet"], "published": r["published"], "title": r["title"],
        "language": r["language"], "story_id": r["story_id"], "url": r["url"],
    }


def _matcher(query: str):
    """name -> bool for one query, remembering answers: names repeat across a corpus."""
    seen: dict[str, bool] = {}

    def match(name: str | None) -> bool:
        if not name:
            return False
        if name not in seen:
            seen[name] = _names.name_matches(query, name)
        return seen[name]
    return match


__all__ = ["Store", "content_hash", "quote_dict"]
