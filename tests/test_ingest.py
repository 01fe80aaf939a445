"""Ingest: idempotent re-runs, resume after an interruption, rejections that spare the rest."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from newsprism.errors import EmptyInput, InputError, MalformedInput, UsageError
from newsprism.ingest import IngestReport, ingest
from newsprism.records import Analysis, Article
from newsprism.store.db import Store

try:  # the reader package may not have landed yet; then a minimal stand-in reads .txt files
    from newsprism.read import iter_articles as real_reader
except ImportError:
    real_reader = None


def txt_reader(paths, *, outlet=None, language=None, published=None):
    for p in map(Path, paths):
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            text = f.read_text(encoding="utf-8")
            if not text.strip():
                yield EmptyInput("the file is empty", input=str(f))
                continue
            aid = "sha1-" + hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:16]
            yield Article(aid, text, title=text.splitlines()[0], outlet=outlet, language=language,
                          published=published, source=str(f))


def list_reader(items):
    """A reader over prepared articles/errors, recording the arguments it was called with."""
    calls = []

    def read(paths, **kw):
        calls.append((paths, kw))
        yield from items
    read.calls = calls
    return read


class FakePipeline:
    """Returns bare analyses; raises on articles whose text contains POISON, and raises
    ``interrupt`` on the batch numbered ``stop_at`` (counting from 1)."""

    def __init__(self, stop_at: int | None = None, interrupt=KeyboardInterrupt):
        self.batches = 0
        self.stop_at, self.interrupt = stop_at, interrupt

    def analyze_many(self, items, batch_size=32):
        items = list(items)
        if len(items) > 1:
            self.batches += 1
            if self.batches == self.stop_at:
                raise self.interrupt("stopped mid-run")
        for art, pub in items:
            if "POISON" in art.text:
                raise ValueError("the parser choked")
            yield Analysis(art, art.published, False, art.language or "en")


class FakeClusterer:
    """Files every article under the story named by its outlet."""

    def __init__(self, store):
        self.store = store

    def add(self, a):
        sid = "s-" + (a.article.outlet or "none")
        self.store.set_story(a.article.id, sid)
        self.store.upsert_story(sid)
        return sid


def articles(n: int, start: int = 0):
    return [Article(f"a{i}", f"Text of article number {i}.", outlet=f"O{i % 2}", language="en",
                    published=dt.date(2024, 1, 1 + i))
            for i in range(start, start + n)]


def run(db, items, pipeline=None, **kw):
    return ingest(["x"], db, pipeline=pipeline or FakePipeline(), reader=list_reader(items),
                  progress=False, **kw)


@pytest.fixture(autouse=True)
def fake_clusterer(monkeypatch):
    # ingest builds its default clusterer over the store it opens; keep these tests about
    # ingest itself, independent of the clustering being written beside it
    import newsprism.corpus.cluster as cluster
    monkeypatch.setattr(cluster, "StoryClusterer", FakeClusterer)


def test_same_input_twice_stores_nothing_new(tmp_path):
    db = tmp_path / "n.db"
    r1 = run(db, articles(5), batch_size=2)
    assert (r1.added, r1.skipped, r1.rejected, r1.stories) == (5, 0, [], 2)
    r2 = run(db, articles(5), batch_size=2)
    assert (r2.added, r2.skipped, r2.rejected) == (0, 5, [])
    with Store(db) as s:
        assert s.article_ids() == [f"a{i}" for i in range(5)]
        assert s.stats()["counts"]["articles"] == 5


def test_duplicate_ids_within_one_run_are_skipped(tmp_path):
    r = run(tmp_path / "n.db", articles(3) + articles(2), batch_size=10)
    assert (r.added, r.skipped) == (3, 2)


def test_resume_after_interruption(tmp_path):
    db = tmp_path / "n.db"
    with pytest.raises(KeyboardInterrupt):
        run(db, articles(5), pipeline=FakePipeline(stop_at=2), batch_size=2)
    with Store(db) as s:
        assert s.article_ids() == ["a0", "a1"]  # the first batch was committed whole
        assert {a for st in s.stories() for a in st.articles} == {"a0", "a1"}
    r = run(db, articles(5), batch_size=2)
    assert (r.added, r.skipped, r.rejected) == (3, 2, [])
    with Store(db) as s:
        assert s.article_ids() == [f"a{i}" for i in range(5)]
        # every article is in exactly one story
        members = [a for st in s.stories() for a in st.articles]
        assert sorted(members) == sorted(set(members)) == s.article_ids()


def test_bad_inputs_are_rejected_and_the_rest_stored(tmp_path):
    db = tmp_path / "n.db"
    poison = Article("bad", "POISON pill text", language="en", source="bad.txt")
    items = [MalformedInput("not JSON on line 3", input="feed.jsonl#3"), *articles(2), poison,
             *articles(2, start=2)]
    r = run(db, items, batch_size=3)
    assert r.added == 4
    assert [e.input for e in r.rejected] == ["feed.jsonl#3", "bad.txt"]
    assert all(isinstance(e, InputError) for e in r.rejected)
    assert "analysis failed" in r.rejected[1].message and "choked" in r.rejected[1].message
    with Store(db) as s:
        assert not s.has_article("bad") and len(s.article_ids()) == 4
    assert r.to_dict()["rejected"][0]["error"] == "MalformedInput"


def test_clusterer_failure_undoes_only_that_article(tmp_path):
    class Picky(FakeClusterer):
        def add(self, a):
            if a.article.id == "a1":
                raise RuntimeError("no story fits")
            return super().add(a)
    db = tmp_path / "n.db"
    with Store(db) as s:
        r = ingest(["x"], s, pipeline=FakePipeline(), reader=list_reader(articles(3)),
                   clusterer=Picky(s), progress=False)
        assert r.added == 2 and [e.input for e in r.rejected] == ["a1"]
        assert "could not cluster" in r.rejected[0].message
        assert s.article_ids() == ["a0", "a2"]


def test_options_reach_the_reader_and_bad_date_is_usage_error(tmp_path):
    reader = list_reader([])
    ingest(["p1", "p2"], tmp_path / "n.db", reader=reader, outlet="Tribune", language="fr",
           published="2024-02-29", progress=False)
    assert reader.calls == [(["p1", "p2"], {"outlet": "Tribune", "language": "fr",
                                            "published": dt.date(2024, 2, 29)})]
    with pytest.raises(UsageError):
        ingest(["p"], tmp_path / "n.db", reader=reader, published="29/02/2024", progress=False)


def test_missing_language_is_detected(tmp_path, monkeypatch):
    import newsprism.read as read
    monkeypatch.setattr(read, "detect_language", lambda text: "fr", raising=False)
    art = Article("f1", "Les dockers ont repris le travail lundi.")
    db = tmp_path / "n.db"
    run(db, [art])
    with Store(db) as s:
        assert s.analysis("f1").article.language == "fr"


def test_placeholder_style_clusterer_gets_articles_filed(tmp_path):
    class NamesOnly:
        def __init__(self, store):
            pass

        def add(self, a):
            return "story-of-" + a.article.id
    db = tmp_path / "n.db"
    with Store(db) as s:
        r = ingest(["x"], s, pipeline=FakePipeline(), reader=list_reader(articles(2)),
                   clusterer=NamesOnly(s), progress=False)
        assert r.stories == 2
        assert s.story("story-of-a1").articles == ("a1",)


def test_real_pipeline_on_three_written_articles(tmp_path, pipeline, monkeypatch):
    monkeypatch.undo()  # the package's own clusterer this time
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Ferry service resumes in Valmora\nThe harbour master, Idris Kanté, said on Tuesday that "
        "ferries would sail again from Wednesday after the storm.\n", encoding="utf-8")
    (folder / "two.txt").write_text(
        "Council delays library vote\n\"We need more time,\" the mayor, Ana Ruiz, told "
        "reporters in Brenford on Monday.\n", encoding="utf-8")
    (folder / "three.txt").write_text(
        "Storm closes mountain road\nPolice closed the pass road overnight, the regional "
        "news agency reported.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    reader = real_reader or txt_reader
    db = tmp_path / "n.db"
    r = ingest([folder], db, pipeline=pipeline, reader=reader, language="en",
               published="2024-05-07", progress=False)
    assert r.added == 3 and len(r.rejected) == 1 and r.rejected[0].input.endswith("empty.txt")
    assert r.stories >= 1
    r2 = ingest([folder], db, pipeline=pipeline, reader=reader, language="en", progress=False)
    assert (r2.added, r2.skipped) == (0, 3)
    with Store(db) as s:
        members = sorted(a for st in s.stories() for a in st.articles)
        assert members == sorted(s.article_ids())
        stored = list(s.analyses())
    for a in stored:
        assert a.published == dt.date(2024, 5, 7) and a.text.strip()
    # what the real stages produce reads back equal, not only hand-built records
    again = list(pipeline.analyze_many([(a.article, None) for a in stored]))
    assert again == stored


def test_report_defaults():
    assert IngestReport().to_dict() == {"added": 0, "skipped": 0, "revisions": 0, "stories": 0, "seconds": 0.0,
                                        "rejected": []}


def test_clusterer_features_are_prepared_once_per_batch(tmp_path):
    class Batching(FakeClusterer):
        calls: list = []

        def features(self, analyses):
            self.calls.append([a.article.id for a in analyses])
            if len(self.calls) == 2:
                raise RuntimeError("embedding engine hiccup")  # must not cost any article
    with Store(tmp_path / "n.db") as s:
        c = Batching(s)
        r = ingest(["x"], s, pipeline=FakePipeline(), reader=list_reader(articles(5)),
                   clusterer=c, batch_size=2, progress=False)
        assert r.added == 5 and r.rejected == []
        assert c.calls == [["a0", "a1"], ["a2", "a3"]]  # a lone article needs no batch


@pytest.mark.skipif(real_reader is None, reason="newsprism.read has not landed")
def test_jsonl_with_bad_records_through_the_real_reader(tmp_path):
    import json
    src = tmp_path / "feed.jsonl"
    good = [{"id": f"j{i}", "text": f"Article {i} about the harbour.", "outlet": "Gazette",
             "language": "en", "published": "2024-04-0" + str(i + 1)} for i in range(3)]
    lines = [json.dumps(good[0]), "{not json", json.dumps({"id": "nt"}), json.dumps(good[1]),
             json.dumps({"id": "blank", "text": "  "}), json.dumps(good[2])]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "n.db"
    r = ingest([src], db, pipeline=FakePipeline(), progress=False)
    assert r.added == 3 and len(r.rejected) == 3
    assert all(str(src) in e.input for e in r.rejected)
    with Store(db) as s:
        assert s.article_ids() == ["j0", "j1", "j2"]
        assert s.analysis("j1").article.published == dt.date(2024, 4, 2)
    r2 = ingest([src], db, pipeline=FakePipeline(), progress=False)
    assert (r2.added, r2.skipped, len(r2.rejected)) == (0, 3, 3)
