"""Exports a store as JSONL analyses, CSV or Parquet tables, or a GraphML entity graph.

Inputs: an open ``Store``, a format name and an output path (file, folder, or .zip for CSV).

The tables are flat (one value per cell, role lists joined with "; ") so they load as they
are in pandas, DuckDB, R or a spreadsheet; the GraphML graph keys entities across articles by
``corpus.names.name_key`` + type, so one person spelled three ways is one node.
"""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..corpus.names import name_key
from ..errors import UsageError
from ..render import analysis_json
from .db import Store

FORMATS = ("jsonl", "csv", "parquet", "graphml")

_ROLE_NAMES = ("(SELECT group_concat(name, '; ') FROM (SELECT en.name FROM event_roles r "
               "JOIN entities en ON en.article_id = r.article_id AND en.id = r.entity_id "
               "WHERE r.article_id = e.article_id AND r.event_id = e.id AND r.role = '{role}' "
               "ORDER BY r.position))")

#: table name -> query; every table carries article_id so tables join on it.
TABLES: dict[str, str] = {
    "articles": "SELECT id AS article_id, title, outlet, url, published, published_inferred, "
                "language, author, source, story_id, copy_of, added_at, content_hash, text "
                "FROM articles ORDER BY rowid",
    "stories": "SELECT id AS story_id, title, first_published, last_published, n_articles, "
               "updated_at FROM stories WHERE n_articles > 0 ORDER BY first_published, id",
    "entities": "SELECT e.article_id, e.id AS entity_id, e.name, e.type, e.name_key, "
                "e.n_mentions, a.published, a.outlet FROM entities e "
                "JOIN articles a ON a.id = e.article_id ORDER BY a.rowid, e.rowid",
    "quotes": "SELECT q.article_id, q.id AS quote_id, q.kind, q.text, q.speaker_name, "
              "q.speaker_entity, q.speaker_text, q.cue, "
              "(SELECT group_concat(name, ' <- ') FROM (SELECT v.name FROM via v "
              " WHERE v.article_id = q.article_id AND v.quote_id = q.id ORDER BY v.position))"
              " AS via, q.same_as, q.start, q.\"end\", q.cue_start, q.cue_end, q.speaker_start,"
              " q.speaker_end, a.published, a.outlet, a.language, a.story_id "
              "FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.rowid, q.start",
    "events": "SELECT e.article_id, e.id AS event_id, e.type, e.trigger, "
              + _ROLE_NAMES.format(role="actor") + " AS actors, "
              + _ROLE_NAMES.format(role="target") + " AS targets, "
              + _ROLE_NAMES.format(role="location") + " AS location, "
              "e.date, e.factuality, e.source AS quote_id, e.same_as, e.actors AS actor_ids, "
              "e.targets AS target_ids, e.location AS location_id, e.trigger_start, "
              "e.trigger_end, a.published, a.outlet, a.language, a.story_id "
              "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.rowid, e.rowid",
    "timexes": "SELECT t.article_id, t.n, t.text, t.type, t.value, t.start, t.\"end\", "
               "a.published FROM timexes t JOIN articles a ON a.id = t.article_id "
               "ORDER BY a.rowid, t.n",
    "framing": "SELECT f.article_id, f.n, f.text, f.technique, f.quote AS quote_id, f.start, "
               "f.\"end\", a.published, a.outlet FROM framing f "
               "JOIN articles a ON a.id = f.article_id ORDER BY a.rowid, f.n",
}

_INT_COLUMNS = {"n", "n_mentions", "n_articles", "start", "end", "cue_start", "cue_end",
                "speaker_start", "speaker_end", "trigger_start", "trigger_end"}
_BOOL_COLUMNS = {"published_inferred"}


def export(store: Store, fmt: str, out_path: str | Path) -> dict:
    """Writes the store in ``fmt``; returns {"format", "path", "files", "counts"}.

    jsonl: one analysis JSON (schema newsprism.analysis/1 + story_id, copy_of) per line.
    csv: a folder of CSV tables, or a zip of them when ``out_path`` ends in .zip.
    parquet: a folder of Parquet tables. graphml: one GraphML file.
    """
    if fmt not in FORMATS:
        raise UsageError(f"export format must be one of {', '.join(FORMATS)} (got {fmt!r})")
    out = Path(out_path)
    try:
        if fmt in ("jsonl", "graphml") or out.suffix.lower() == ".zip":
            if out.is_dir():
                raise UsageError(f"{fmt} export writes one file, but {str(out)!r} is a folder")
            out.parent.mkdir(parents=True, exist_ok=True)
        elif out.exists() and not out.is_dir():
            raise UsageError(f"{fmt} export writes a folder of tables, but {str(out)!r} is a file")
        writer = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet, "graphml": _graphml}[fmt]
        files, counts = writer(store, out)
    except OSError as exc:  # a parent that is a file, no permission, a read-only disk
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(out) else ""
        why = ("a file stands where a folder is needed"
               if isinstance(exc, (FileExistsError, NotADirectoryError)) else exc.strerror or exc)
        raise UsageError(f"cannot write {str(out)!r}: {why}{where}") from None
    return {"format": fmt, "path": str(out), "files": files, "counts": counts}


def table_rows(store: Store, name: str) -> tuple[list[str], Iterator[tuple]]:
    """(column names, row tuples) of one export table."""
    cur = store.conn.execute(TABLES[name])
    cols = [d[0] for d in cur.description]
    return cols, (tuple(r) for r in cur)


# --- jsonl -------------------------------------------------------------------------------

def _jsonl(store: Store, out: Path) -> tuple[list[str], dict]:
    placed = {r[0]: (r[1], r[2]) for r in store.conn.execute(
        "SELECT id, story_id, copy_of FROM articles")}
    n = 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for a in store.analyses():
            d = analysis_json(a)
            d["story_id"], d["copy_of"] = placed.get(a.article.id, (None, None))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    return [str(out)], {"articles": n}


# --- csv ---------------------------------------------------------------------------------

def _csv(store: Store, out: Path) -> tuple[list[str], dict]:
    counts: dict[str, int] = {}
    if out.suffix.lower() == ".zip":
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name in TABLES:
                buf = io.StringIO(newline="")
                counts[name] = _write_csv(store, name, buf)
                z.writestr(f"{name}.csv", buf.getvalue().encode("utf-8"))
        return [str(out)], counts
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for name in TABLES:
        path = out / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            counts[name] = _write_csv(store, name, f)
        files.append(str(path))
    return files, counts


def _write_csv(store: Store, name: str, f) -> int:
    cols, rows = table_rows(store, name)
    w = csv.writer(f)
    w.writerow(cols)
    n = 0
    for r in rows:
        w.writerow([_sheet_safe(v) for v in r])
        n += 1
    return n


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) in an
# article title would reach out from the analyst's machine). CSV is the format people open in
# spreadsheets, so only CSV cells get the apostrophe that makes them text; jsonl and parquet stay
# byte-exact for code that slices article text by the stored offsets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _sheet_safe(v):
    return "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v


# --- parquet -----------------------------------------------------------------------------

def _parquet(store: Store, out: Path) -> tuple[list[str], dict]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    files, counts = [], {}
    for name in TABLES:
        cols, rows = table_rows(store, name)
        schema = pa.schema([(c, pa.int64() if c in _INT_COLUMNS else
                             pa.bool_() if c in _BOOL_COLUMNS else pa.string()) for c in cols])
        path = out / f"{name}.parquet"
        n = 0
        with pq.ParquetWriter(path, schema) as w:
            while True:
                chunk = [r for _, r in zip(range(5000), rows)]
                if not chunk:
                    break
                data = {c: [_cell(r[i], c) for r in chunk] for i, c in enumerate(cols)}
                w.write_table(pa.Table.from_pydict(data, schema=schema))
                n += len(chunk)
            if n == 0:
                w.write_table(schema.empty_table())
        files.append(str(path))
        counts[name] = n
    return files, counts


def _cell(v, col: str):
    if col in _BOOL_COLUMNS:
        return None if v is None else bool(v)
    return v


# --- graphml -----------------------------------------------------------------------------

_NODE_KEYS = ("kind", "label", "type", "name", "aliases", "title", "outlet", "published",
              "language", "story", "trigger", "date", "factuality", "text", "article")
_EDGE_KEYS = (("relation", "string"), ("position", "int"), ("count", "int"),
              ("article", "string"))
# XML 1.0 forbids these characters even when escaped; article text can hold them.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(v) -> str:
    return _BAD_XML.sub("", str(v))


class _GraphWriter:
    def __init__(self, f) -> None:
        self.f = f
        self.nodes = 0
        self.edges = 0

    def node(self, nid: str, **data) -> None:
        self.f.write(f"<node id={quoteattr(_x(nid))}>{self._data(data)}</node>\n")
        self.nodes += 1

    def edge(self, src: str, dst: str, relation: str, **data) -> None:
        data = {"relation": relation, **data}
        self.f.write(f"<edge source={quoteattr(_x(src))} target={quoteattr(_x(dst))}>"
                     f"{self._data(data)}</edge>\n")
        self.edges += 1

    @staticmethod
    def _data(data: dict) -> str:
        return "".join(f'<data key="{k}">{escape(_x(v))}</data>'
                       for k, v in data.items() if v is not None and v != "")


def _graphml(store: Store, out: Path) -> tuple[list[str], dict]:
    entities: dict[str, dict] = {}
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for k in _NODE_KEYS:
            f.write(f'<key id="{k}" for="node" attr.name="{k}" attr.type="string"/>\n')
        for k, t in _EDGE_KEYS:
            f.write(f'<key id="{k}" for="edge" attr.name="{k}" attr.type="{t}"/>\n')
        f.write('<graph id="newsprism" edgedefault="directed">\n')
        g = _GraphWriter(f)
        placed = {r[0]: r[1] for r in store.conn.execute("SELECT id, story_id FROM articles")}
        for a in store.analyses():
            _article_graph(g, a, placed.get(a.article.id), entities)
        for nid, e in entities.items():
            g.node(nid, kind="entity", label=e["names"].most_common(1)[0][0], type=e["type"],
                   name=e["names"].most_common(1)[0][0],
                   aliases="; ".join(sorted(e["names"])))
        f.write("</graph>\n</graphml>\n")
    return [str(out)], {"nodes": g.nodes, "edges": g.edges, "entities": len(entities)}


def _entity_node(entities: dict, name: str, etype: str) -> str:
    key = name_key(name) or " ".join(name.lower().split())
    nid = f"entity:{etype}:{key}"
    e = entities.setdefault(nid, {"type": etype, "names": Counter()})
    e["names"][name] += 1
    return nid


def _article_graph(g: _GraphWriter, a, story_id: str | None, entities: dict) -> None:
    art, t = a.article, a.text
    aid = f"article:{art.id}"
    g.node(aid, kind="article", label=art.title or art.id, title=art.title, outlet=art.outlet,
           published=a.published.isoformat() if a.published else None, language=a.language,
           story=story_id)
    local: dict[str, str] = {}
    for e in a.entities:
        local[e.id] = _entity_node(entities, e.name, e.type)
        g.edge(aid, local[e.id], "mentions", count=len(e.mentions))

    def ref(entity_id: str | None, name: str | None, default_type: str) -> str | None:
        if entity_id in local:
            return local[entity_id]
        return _entity_node(entities, name, default_type) if name else None

    quote_ids = {q.id for q in a.quotes}
    for q in a.quotes:
        qid = f"quote:{art.id}:{q.id}"
        g.node(qid, kind="quote", label=t[q.start:q.end][:80], text=t[q.start:q.end],
               type=q.kind, article=art.id)
        g.edge(qid, aid, "in_article")
        speaker = ref(q.speaker.entity, q.speaker.name, "OTHER")
        if speaker:
            g.edge(speaker, qid, "speaker", article=art.id)
        for i, v in enumerate(q.via):
            g.edge(qid, ref(v.entity, v.name, "ORG"), "via", position=i, article=art.id)
    for v in a.events:
        vid = f"event:{art.id}:{v.id}"
        trigger = t[v.trigger.start:v.trigger.end]
        g.node(vid, kind="event", label=f"{v.type}: {trigger}", type=v.type, trigger=trigger,
               date=v.date, factuality=v.factuality, article=art.id)
        g.edge(vid, aid, "in_article")
        if v.same_as:
            g.edge(vid, f"event:{art.id}:{v.same_as}", "same_as", article=art.id)
        for i, ent in enumerate(v.actors):
            if ent in local:
                g.edge(local[ent], vid, "actor", position=i, article=art.id)
        for i, ent in enumerate(v.targets):
            if ent in local:
                g.edge(vid, local[ent], "target", position=i, article=art.id)
        if v.location in local:
            g.edge(vid, local[v.location], "location", article=art.id)
        if v.source in quote_ids:
            g.edge(vid, f"quote:{art.id}:{v.source}", "source", article=art.id)


__all__ = ["FORMATS", "TABLES", "export", "table_rows"]
