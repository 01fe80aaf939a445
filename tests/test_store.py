"""Store: opening, round trip (property test), idempotent add, stories, features, FTS, quotes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.errors import NotFound, StoreError
from newsprism.records import (
    ENTITY_TYPES, FACTUALITY_VALUES, PLOVER_TYPES, Analysis, Article, Block, Entity, Event,
    Framing, Mention, Quote, Speaker, Span, Story, Timex, Via,
)
from newsprism.store.db import Store
from newsprism.store.schema import MIGRATIONS, schema_version


def find(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(part, i + 1)
    return i, i + len(part)


def sample(aid: str = "a1", outlet: str = "Harbour Gazette", day: int = 3,
           speaker: str = "Lena Okafor", lang: str = "en") -> Analysis:
    """A small hand-built analysis: one quote relayed through an agency, one event."""
    text = (f"Port strike ends after talks\n"
            f"Dock workers in Valmora returned to work on Monday, {speaker} said, according to "
            f"the Coastal Wire agency. \"We won a fair deal,\" {speaker.split()[-1]} told "
            f"reporters. The union accused the port authority of stalling.")
    s = find
    ents = (
        Entity("e1", speaker, "PERSON", (Mention(*s(text, speaker), "name"),
                                         Mention(*s(text, speaker.split()[-1], 1), "name"))),
        Entity("e2", "Coastal Wire", "ORG", (Mention(*s(text, "Coastal Wire"), "name"),)),
        Entity("e3", "Valmora", "GPE", (Mention(*s(text, "Valmora"), "name"),)),
        Entity("e4", "the union", "ORG", (Mention(*s(text, "The union"), "nominal"),)),
        Entity("e5", "the port authority", "ORG", (Mention(*s(text, "the port authority"),
                                                           "nominal"),)),
    )
    q1 = Quote("q1", "indirect", *s(text, "Dock workers in Valmora returned to work on Monday"),
               cue=Span(*s(text, "said")), speaker=Speaker("e1", speaker, *s(text, speaker)),
               via=(Via("e2", "Coastal Wire", *s(text, "Coastal Wire")),))
    q2 = Quote("q2", "direct", *s(text, "We won a fair deal,"), cue=Span(*s(text, "told")),
               speaker=Speaker("e1", speaker, *s(text, speaker.split()[-1], 1)))
    ev = Event("v1", "ACCUSE", Span(*s(text, "accused")), ("e4",), ("e5",), "e3",
               f"2024-03-{day:02d}", "asserted", None)
    return Analysis(
        article=Article(aid, text, title="Port strike ends after talks", outlet=outlet,
                        url=f"https://example.org/{aid}", published=dt.date(2024, 3, day),
                        language=lang, source=f"{aid}.txt"),
        published=dt.date(2024, 3, day), published_inferred=False, language=lang,
        blocks=(Block("headline", 0, 28), Block("paragraph", 29, len(text))),
        entities=ents, quotes=(q1, q2),
        timexes=(Timex(*s(text, "Monday"), "DATE", f"2024-03-{day - 1:02d}"),),
        events=(ev,),
        framing=(Framing(*s(text, "stalling"), "loaded_language", None),),
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as s:
        yield s


# --- opening -----------------------------------------------------------------------------

def test_new_database_is_migrated_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "n.db"
    with Store(path) as s:
        assert schema_version(s.conn) == max(v for v, _ in MIGRATIONS)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store(path) as s:  # reopening applies nothing twice
        assert s.stats()["counts"]["articles"] == 0


def test_not_sqlite_file_is_store_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 20)
    with pytest.raises(StoreError) as err:
        Store(bad)
    assert "not a newsprism database" in str(err.value)
    assert err.value.input == str(bad)


def test_other_sqlite_database_is_refused(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a newsprism one"):
        Store(other)


def test_missing_folder_and_folder_path(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nowhere" / "n.db")
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


# --- round trip --------------------------------------------------------------------------

def test_add_is_idempotent_and_round_trips(store):
    a = sample()
    assert store.add(a) is True
    assert store.add(a) is False
    assert store.has_article("a1") and not store.has_article("a2")
    assert store.analysis("a1") == a
    assert list(store.analyses()) == [a]
    assert store.stats()["counts"]["quotes"] == 2


def test_unknown_article_is_not_found(store):
    with pytest.raises(NotFound):
        store.analysis("missing")


def test_tables_are_readable_with_sql(store):
    store.add(sample())
    c = store.conn
    assert c.execute("SELECT text FROM quotes WHERE id='q2'").fetchone()[0] == "We won a fair deal,"
    assert c.execute("SELECT name FROM via").fetchone()[0] == "Coastal Wire"
    roles = c.execute("SELECT role, entity_id FROM event_roles ORDER BY role").fetchall()
    assert [tuple(r) for r in roles] == [("actor", "e4"), ("location", "e3"), ("target", "e5")]
    assert c.execute("SELECT trigger FROM events").fetchone()[0] == "accused"
    assert c.execute("SELECT text FROM mentions WHERE entity_id='e1' AND n=1").fetchone()[0] \
        == "Okafor"


_chars = st.characters(blacklist_categories=("Cs",))


@st.composite
def analyses(draw):
    text = draw(st.text(_chars, max_size=120))
    n = len(text)

    def span():
        a, b = draw(st.integers(0, n)), draw(st.integers(0, n))
        return min(a, b), max(a, b)

    ids = st.text("abcxyz0123", min_size=1, max_size=4)
    opt = st.one_of(st.none(), st.text(_chars, max_size=12))
    date = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
    ents = tuple(Entity(f"e{i}", draw(st.text(_chars, max_size=10)),
                        draw(st.sampled_from(ENTITY_TYPES)),
                        tuple(Mention(*span(), draw(st.sampled_from(["name", "nominal",
                                                                     "pronoun"])))
                              for _ in range(draw(st.integers(0, 3)))))
                 for i in range(draw(st.integers(0, 3))))
    quotes = []
    for i in range(draw(st.integers(0, 3))):
        sp = draw(st.booleans())
        ss, se = span()
        quotes.append(Quote(
            f"q{i}", draw(st.sampled_from(["direct", "indirect", "mixed"])), *span(),
            cue=draw(st.one_of(st.none(), st.just(Span(*span())))),
            speaker=Speaker(draw(st.one_of(st.none(), ids)), draw(opt),
                            ss if sp else None, se if sp else None),
            via=tuple(Via(draw(st.one_of(st.none(), ids)), draw(st.text(_chars, max_size=8)),
                          *(span() if draw(st.booleans()) else (None, None)))
                      for _ in range(draw(st.integers(0, 2)))),
            same_as=draw(st.one_of(st.none(), ids))))
    events = tuple(Event(f"v{i}", draw(st.sampled_from(PLOVER_TYPES)), Span(*span()),
                         tuple(draw(st.lists(ids, max_size=2))),
                         tuple(draw(st.lists(ids, max_size=2))),
                         draw(st.one_of(st.none(), ids)), draw(opt),
                         draw(st.sampled_from(FACTUALITY_VALUES)), draw(st.one_of(st.none(), ids)),
                         same_as=draw(st.one_of(st.none(), ids)))
                   for i in range(draw(st.integers(0, 2))))
    art = Article(draw(st.text(_chars, min_size=1, max_size=20)), text, title=draw(opt),
                  outlet=draw(opt), url=draw(opt), published=draw(date), language=draw(opt),
                  author=draw(opt), source=draw(opt))
    return Analysis(
        article=art, published=draw(date), published_inferred=draw(st.booleans()),
        language=draw(st.sampled_from(["en", "ar", "fa", "xx"])),
        blocks=tuple(Block(draw(st.sampled_from(["headline", "paragraph", "caption"])), *span())
                     for _ in range(draw(st.integers(0, 2)))),
        entities=ents, quotes=tuple(quotes),
        timexes=tuple(Timex(*span(), draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
                            draw(st.text(_chars, max_size=10)))
                      for _ in range(draw(st.integers(0, 2)))),
        events=events,
        framing=tuple(Framing(*span(), draw(st.sampled_from(["loaded_language", "event_word"])),
                              draw(st.one_of(st.none(), ids)))
                      for _ in range(draw(st.integers(0, 2)))),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=analyses())
def test_round_trip_property(a):
    with Store(":memory:") as s:
        assert s.add(a)
        assert s.analysis(a.article.id) == a
        assert not s.add(a)


def test_datetime_published_round_trips(store):
    a = sample()
    a2 = Analysis(**{**{f: getattr(a, f) for f in a.__slots__},
                     "published": dt.datetime(2024, 3, 3, 14, 30)})
    store.add(a2)
    assert store.analysis("a1") == a2


# --- transactions ------------------------------------------------------------------------

def test_failed_transaction_stores_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add(sample("a1"))
            raise RuntimeError("interrupted")
    assert store.article_ids() == []


def test_inner_failure_rolls_back_alone(store):
    with store.transaction():
        store.add(sample("a1"))
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.add(sample("a2"))
                raise RuntimeError("one article failed")
        store.add(sample("a3"))
    assert store.article_ids() == ["a1", "a3"]


# --- stories and features ----------------------------------------------------------------

def test_stories_newest_first_and_membership(store):
    for aid, outlet, day, lang in [("a1", "Gazette", 3, "en"), ("a2", "Le Port", 4, "fr"),
                                   ("a3", "Tribune", 9, "en")]:
        store.add(sample(aid, outlet, day, lang=lang))
    with store.transaction():
        store.set_story("a1", "s1")
        store.set_story("a2", "s1", copy_of="a1")
        store.upsert_story("s1", "Port strike", centroid=b"\x01\x02")
        store.set_story("a3", "s2")
        store.upsert_story("s2")
    stories = store.stories()
    assert [s.id for s in stories] == ["s2", "s1"]
    s1 = store.story("s1")
    assert s1 == Story("s1", "Port strike", ("a1", "a2"), ("Gazette", "Le Port"), ("en", "fr"),
                       dt.date(2024, 3, 3))
    assert stories[0].title == "Port strike ends after talks"  # from its article
    assert store.story_centroid("s1") == b"\x01\x02"
    rows = store.story_articles("s1")
    assert [r["id"] for r in rows] == ["a1", "a2"] and rows[1]["copy_of"] == "a1"
    # moving the only article of s2 empties it: it is no story any more
    store.set_story("a3", "s1")
    assert [s.id for s in store.stories()] == ["s1"]
    with pytest.raises(NotFound):
        store.story("s2")


def test_set_story_on_unknown_article(store):
    with pytest.raises(NotFound):
        store.set_story("ghost", "s1")


def test_features_round_trip(store):
    store.add(sample("a1"))
    store.put_features("a1", b"\x00" * 8, None, ["okafor", "valmora"])
    store.put_features("a1", b"\x01" * 8, b"mh", ["valmora"])  # replaces
    assert store.features(["a1", "a2"]) == {
        "a1": {"embedding": b"\x01" * 8, "minhash": b"mh", "keys": ["valmora"]}}


# --- queries -----------------------------------------------------------------------------

def test_search_articles_and_quotes(store):
    store.add(sample("a1"))
    store.add(sample("a2", speaker="Ramezan Sharif"))
    hits = store.search("fair deal")
    assert {h["kind"] for h in hits} == {"article", "quote"}
    assert {h["article_id"] for h in hits if h["kind"] == "quote"} == {"a1", "a2"}
    assert [h["article_id"] for h in store.search("Sharif")][:1] == ["a2"]
    assert store.search("volcano") == []
    # input that is not valid FTS5 syntax is searched as plain words, never an error
    assert store.search('deal" (') and store.search("!!!") == []


def test_quotes_by_speaker_surname(store):
    store.add(sample("a1"))
    store.add(sample("a2", speaker="Ramezan Sharif", day=5))
    rows = store.quotes(speaker="Sharif")
    assert {r["article_id"] for r in rows} == {"a2"} and len(rows) == 2
    r = [r for r in rows if r["id"] == "q1"][0]
    assert r["speaker_name"] == "Ramezan Sharif" and r["via_names"] == ["Coastal Wire"]
    assert r["outlet"] == "Harbour Gazette" and r["published"] == "2024-03-05"
    assert r["text"].startswith("Dock workers")
    assert len(store.quotes()) == 4
    assert store.quotes(speaker="Nobody Here") == []


def test_stats(store):
    store.add(sample("a1"))
    s = store.stats()
    assert s["counts"]["articles"] == 1 and s["outlets"] == {"Harbour Gazette": 1}
    assert s["first_published"] == "2024-03-03"


def test_older_database_is_upgraded_in_place(tmp_path):
    from newsprism.store import schema
    path = tmp_path / "old.db"
    con = sqlite3.connect(path, isolation_level=None)
    v1, script = schema.MIGRATIONS[0]
    con.executescript(f"BEGIN; {script}; PRAGMA user_version = {v1}; COMMIT;")
    con.close()
    with Store(path) as s:
        assert schema_version(s.conn) == max(v for v, _ in MIGRATIONS) > v1
        s.add(sample())
        assert s.quotes(speaker="Okafor")


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_remove_takes_everything_derived(store):
    store.add(sample("a1"))
    store.add(sample("a2"))
    store.set_story("a1", "s1")
    store.set_story("a2", "s1", copy_of="a1")
    store.put_features("a1", b"e", None, [])
    assert store.remove("a1") and not store.remove("a1")
    counts = store.stats()["counts"]
    assert counts["articles"] == 1 and counts["quotes"] == 2 and counts["article_features"] == 0
    assert {h["article_id"] for h in store.search("deal")} == {"a2"}
    assert store.story("s1").articles == ("a2",)
    assert store.story_articles("s1")[0]["copy_of"] is None
    store.remove("a2")
    assert store.stories() == []


def test_entities_found_by_a_form_they_were_mentioned_under(store):
    a = sample("a1")
    text = a.article.text + " CW later withdrew the report."
    wire = a.entities[1]
    cw = Mention(len(a.article.text) + 1, len(a.article.text) + 3, "name")
    ents = (a.entities[0], dataclasses.replace(wire, mentions=wire.mentions + (cw,)),
            *a.entities[2:])
    store.add(dataclasses.replace(a, article=dataclasses.replace(a.article, text=text),
                                  entities=ents))
    store.add(sample("a2"))
    assert [(r["article_id"], r["name"]) for r in store.entity_rows("CW")] == \
        [("a1", "Coastal Wire")]
    assert {r["article_id"] for r in store.entity_rows("Coastal Wire")} == {"a1", "a2"}


def test_quotes_of_one_story(store):
    store.add(sample("a1"))
    store.add(sample("a2"))
    store.set_story("a2", "s9")
    assert {r["article_id"] for r in store.quotes(story_id="s9")} == {"a2"}
    assert len(store.quotes(limit=3)) == 3


def test_unstorable_analysis_is_a_store_error_and_leaves_nothing(store):
    a = sample("a1")
    twice = dataclasses.replace(a, quotes=(a.quotes[0], a.quotes[0]))  # duplicate quote id
    with pytest.raises(StoreError, match="cannot store article 'a1'"):
        store.add(twice)
    bad_text = dataclasses.replace(a, article=dataclasses.replace(a.article, text="x\ud800y"))
    with pytest.raises(StoreError):
        store.add(bad_text)
    assert store.article_ids() == [] and store.search("deal") == []
    assert store.add(a)


def test_readers_see_committed_batches_only(tmp_path):
    path = tmp_path / "n.db"
    with Store(path) as writer, Store(path) as reader:
        writer.add(sample("a1"))
        with writer.transaction():
            writer.add(sample("a2"))
            # WAL: a reader (the web UI during an ingest) is not blocked and sees no half batch
            assert reader.article_ids() == ["a1"]
        assert reader.article_ids() == ["a1", "a2"]
