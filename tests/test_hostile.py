"""Hostile and broken input, attacked the way an outside checker would: every input is built
here in a temp folder and read through the public readers, ingest, the store and the web UI.

Each test names the attack; bad input must get a reason naming it, good input beside it must
still be read, and untrusted text must never reach a page as markup.
"""
from __future__ import annotations

import io
import json
import re
import time

import pytest
from starlette.testclient import TestClient

from newsprism.errors import BinaryInput, InputError, MalformedInput, StoreError
from newsprism.ingest import ingest
from newsprism.read import iter_articles, read_article
from newsprism.read.html import flatten_deep, fragment_text, read_html
from newsprism.read.text import decode, unicode_encoding
from newsprism.store.db import Store
from newsprism.web.app import create_app

FR = "Le maire de Besançon a déclaré à la presse que le pont rouvrirait après les travaux. "
EN = ("Port officials in Valparaiso said on Tuesday that the dock strike had ended. "
      "\"We reached a deal,\" union leader Marta Rojas told reporters.\n")


def _read(path):
    return list(iter_articles([path]))


def _errors(items):
    return [x for x in items if isinstance(x, InputError)]


def _articles(items):
    return [x for x in items if not isinstance(x, InputError)]


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [EN, "Ο υπουργός δήλωσε ότι η συμφωνία θα υπογραφεί την Τρίτη.",
                                  "Министр заявил, что переговоры продолжатся в пятницу."])
def test_utf16_without_bom_is_read_not_called_binary(tmp_path, codec, text):
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode(codec))
    assert unicode_encoding(f.read_bytes()) == codec
    arts = _articles(_read(f))
    assert len(arts) == 1 and arts[0].text == text


def test_eight_bit_text_is_never_taken_for_utf16():
    for data in (FR.encode("latin-1"), FR.encode("utf-8"), EN.encode("cp1252")):
        assert unicode_encoding(data) is None


def test_utf16_with_a_cut_off_last_byte_names_the_encoding(tmp_path):
    f = tmp_path / "cut.txt"
    f.write_bytes(EN.encode("utf-16-le") + b"x")
    [err] = _read(f)
    assert isinstance(err, InputError) and "utf-16-le" in err.message
    assert err.input == str(f)


def test_utf8_with_a_few_damaged_bytes_stays_utf8():
    # Before: the whole file fell back to cp1252 and every accent became mojibake ('Ã©').
    data = FR.encode() * 3 + b"\xff\xfe" + FR.encode()
    text = decode(data, name="x")
    assert "Besançon" in text and "Ã" not in text and text.count("\ufffd") == 2


def test_legacy_code_pages_still_decode():
    assert decode(FR.encode("latin-1"), name="x") == FR
    s = "\u201cWe\u2019re ready\u201d, the mayor said \u2014 a \u20ac5bn deal."
    assert decode(s.encode("cp1252"), name="x") == s


def test_a_nul_byte_anywhere_refuses_the_file(tmp_path):
    # Before: a NUL past the sniffed head (64 KB) slipped into the stored text.
    late = tmp_path / "late.txt"
    late.write_bytes(EN.encode() * 1000 + b"\x00" + EN.encode())
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    items = list(iter_articles([late, good]))
    [err] = _errors(items)
    assert isinstance(err, BinaryInput) and err.input == str(late) and "NUL" in err.message
    assert len(_articles(items)) == 1


@pytest.mark.parametrize("magic", [b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x7fELF\x02\x01"])
@pytest.mark.parametrize("suffix", [".html", ".txt", ".jsonl", ".warc"])
def test_binary_files_under_article_names(tmp_path, magic, suffix):
    f = tmp_path / f"x{suffix}"
    f.write_bytes(magic + bytes(range(256)) * 4)
    [err] = _read(f)
    assert isinstance(err, BinaryInput) and err.input == str(f) and "binary" in err.message


# --- HTML ------------------------------------------------------------------------------------

@pytest.mark.parametrize("tag", ["div", "span", "blockquote"])
def test_ten_thousand_levels_of_nesting_keep_their_text(tag):
    # Before: libxml2 drops everything past depth 256, so the page was "not an article".
    sentence = "The mayor said on Friday that the bridge would reopen after two weeks of repairs."
    page = ("<html><body>" + f"<{tag}>" * 10_000 + f"<p>{sentence}</p>" + f"</{tag}>" * 10_000
            + "</body></html>")
    started = time.perf_counter()
    art = read_html(page.encode(), name="deep.html")
    assert sentence in art.text
    assert time.perf_counter() - started < 20
    assert sentence in fragment_text(f"<{tag}>" * 10_000 + sentence)


def test_flattening_leaves_ordinary_pages_alone():
    page = "<html><body>" + "<div><p>One.</p></div>" * 500 + "</body></html>"
    assert flatten_deep(page) == page


def test_script_only_and_empty_pages_are_refused_by_name(tmp_path):
    for name, body in [("script.html", "<html><head><script>alert(1)</script><style>p{}</style>"
                                       "</head><body><script>x()</script></body></html>"),
                       ("zero.html", "")]:
        f = tmp_path / name
        f.write_text(body, encoding="utf-8")
        [err] = _read(f)
        assert isinstance(err, InputError) and err.input == str(f)


# --- feeds -----------------------------------------------------------------------------------

_BOMB = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">
""" + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(8)) \
    + """]>
<rss version="2.0"><channel><title>&i;</title>
<item><title>Council vote</title><description>&i; The council said it met on Monday to vote
on the harbour budget.</description></item></channel></rss>"""


def test_entity_bomb_feed_is_never_expanded(tmp_path):
    f = tmp_path / "bomb.rss"
    f.write_text(_BOMB, encoding="utf-8")
    started = time.perf_counter()
    items = _read(f)
    assert time.perf_counter() - started < 10
    assert all(len(a.text) < 1000 for a in _articles(items))
    [err] = _errors(items)
    assert err.input == str(f) and "never expanded" in err.message


def test_feed_links_with_script_schemes_are_dropped(tmp_path):
    f = tmp_path / "f.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A &lt;b&gt;bold&lt;/b&gt; title</title><link>javascript:alert(1)</link>
<pubDate>Blursday, 99 Foo 20202</pubDate>
<description>The harbour master said ships would wait for the storm to pass.</description>
</item></channel></rss>""", encoding="utf-8")
    [art] = _read(f)
    assert art.url is None and not art.id.startswith("javascript")
    assert art.published is None and "<" not in (art.title or "")


def test_an_impossible_feed_date_is_no_date(tmp_path):
    # Before: feedparser rolled 2024-02-30 over to 2024-03-01 and that was stored.
    f = tmp_path / "f.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Two</title><pubDate>2024-02-30</pubDate><description>Rescue teams said they had
reached the village after the landslide.</description></item>
<item><title>Three</title><pubDate>Tue, 05 Mar 2024 21:30:00 -0500</pubDate><description>The
ferry service said it would resume sailings on Wednesday.</description></item>
</channel></rss>""", encoding="utf-8")
    two, three = _read(f)
    assert two.published is None
    assert str(three.published) == "2024-03-05"


# --- JSONL -----------------------------------------------------------------------------------

def test_jsonl_bad_records_are_named_by_line_and_the_rest_read(tmp_path):
    lines = [json.dumps({"id": "j1", "text": "The minister said talks resume on Thursday."}),
             '{"id": "j2", "text": "unterminated',
             json.dumps({"id": "j3", "title": "no text"}),
             json.dumps({"id": "j4", "text": 12345}),
             json.dumps({"id": "x" * 100_000, "text": "The mayor said the port reopens."}),
             json.dumps({"id": "j6", "text": "The governor said\u0000 the dam was safe."}),
             json.dumps({"id": 7, "text": "Police said a man was arrested in Lyon on Sunday."})]
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(f)
    assert [a.id for a in _articles(items)] == ["j1", "7"]
    errs = {e.input.rsplit(":", 1)[1]: e.message for e in _errors(items)}
    assert set(errs) == {"2", "3", "4", "5", "6"}
    assert "longer than" in errs["5"] and "NUL" in errs["6"] and "'text'" in errs["3"]


def test_jsonl_past_pythons_own_limits_is_named_by_line(tmp_path):
    # Before: each of these stopped the whole file with a traceback (RecursionError,
    # ValueError on a 5,000-digit id, UnicodeEncodeError on a lone surrogate).
    ok = json.dumps({"id": "ok", "text": EN})
    f = tmp_path / "limits.jsonl"
    f.write_text("\n".join([
        '{"id": "deep", "text": "The mayor said so.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": ' + "9" * 5000 + ', "text": "The mayor said so on Monday."}',
        '{"id": "sur", "text": "The mayor \\ud800 said so on Monday."}',
        ok]) + "\n", encoding="utf-8")
    items = _read(f)
    assert [a.id for a in _articles(items)] == ["ok"]
    errs = {e.input.rsplit(":", 1)[1]: e.message for e in _errors(items)}
    assert "nested too deeply" in errs["1"] and "4,300 digits" in errs["2"]
    assert "surrogate" in errs["3"]
    doc = tmp_path / "deep.json"
    doc.write_text('{"text": "The mayor said so.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    [err] = _read(doc)
    assert isinstance(err, MalformedInput) and "nested too deeply" in err.message


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_utf16_jsonl_is_read_line_by_line(tmp_path, codec):
    # Before: every line was "not UTF-8" or "not valid JSON".
    f = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": f"w{i}", "text": EN}, ensure_ascii=False) for i in range(3)]
    f.write_bytes(("\n".join(lines) + "\n").encode(codec))
    assert [a.id for a in _read(f)] == ["w0", "w1", "w2"]


def test_dates_at_the_calendar_ends_are_refused_or_dropped(tmp_path):
    # Before: --published 9999-12-31 (or a record dated 0001-01-01) crashed the timex stage
    # with "internal error: TypeError" on any article naming a day without a year.
    f = tmp_path / "y.jsonl"
    f.write_text("\n".join(json.dumps({"id": i, "text": EN, "published": d})
                           for i, d in [("y1", "0001-01-01"), ("y2", "9999-12-31"),
                                        ("ok", "2024-01-01")]) + "\n", encoding="utf-8")
    items = _read(f)
    assert [a.id for a in _articles(items)] == ["ok"]
    assert all("outside the years" in e.message for e in _errors(items))
    from newsprism.errors import UsageError
    with pytest.raises(UsageError, match="outside the years"):
        list(iter_articles([f], published="9999-12-31"))
    from newsprism.read.base import parse_date
    assert parse_date("9999-12-31") is None and str(parse_date("1850-06-01")) == "1850-06-01"


@pytest.mark.parametrize("meta", [b"{not json", b"[1, 2, 3]", b"\xff\xfe\x00garbage"])
def test_a_broken_meta_file_is_named_and_never_read_as_an_article(tmp_path, meta):
    # Before: "story.meta.json" holding "{not json" was stored as an article of its own, and
    # one holding an array was read as a corpus of three bad records.
    (tmp_path / "story.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "story.meta.json").write_bytes(meta)
    (tmp_path / "other.txt").write_text(FR, encoding="utf-8")
    items = _read(tmp_path)
    [err] = _errors(items)
    assert err.input == str(tmp_path / "story.meta.json") and "metadata file" in err.message
    assert [a.source for a in _articles(items)] == [str(tmp_path / "other.txt")]


# --- WARC ------------------------------------------------------------------------------------

def _warc(gz: bool, n: int = 3) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i in range(n):
        page = (f"<html><head><title>Story {i}</title></head><body><p>Officials said on Monday "
                f"that bridge number {i} would reopen after the repairs.</p></body></html>")
        head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.0")
        w.write_record(w.create_warc_record(f"http://example.org/{i}", "response",
                                            payload=io.BytesIO(page.encode()), http_headers=head))
    return buf.getvalue()


@pytest.mark.parametrize("delta", [40, -30])
def test_warc_with_a_wrong_content_length_goes_on_after_it(tmp_path, delta):
    # Before: every record after the damaged one was lost.
    raw = _warc(False, n=6).decode("latin-1")
    m = list(re.finditer(r"Content-Length: (\d+)", raw))[3]  # the 4th record's header
    f = tmp_path / "bad.warc"
    f.write_bytes((raw[:m.start(1)] + str(int(m[1]) + delta) + raw[m.end(1):]).encode("latin-1"))
    items = _read(f)
    [err] = _errors(items)
    assert isinstance(err, MalformedInput) and err.input == str(f)
    assert "offset" in err.message and "next record" in err.message
    ids = [a.id for a in _articles(items)]
    assert len(ids) == len(set(ids))
    expected = {f"http://example.org/{i}" for i in range(6)}
    assert expected - {"http://example.org/3"} <= set(ids) <= expected


def test_a_damaged_gzip_member_costs_only_its_record(tmp_path):
    data = bytearray(_warc(True, n=6))
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    assert len(starts) == 6
    mid = (starts[3] + starts[4]) // 2
    data[mid:mid + 40] = bytes(40)  # wipe part of the 4th record's compressed bytes
    f = tmp_path / "hole.warc.gz"
    f.write_bytes(bytes(data))
    items = _read(f)
    [err] = _errors(items)
    assert "offset" in err.message and err.input == str(f)
    ids = [a.id for a in _articles(items)]
    assert ids == [f"http://example.org/{i}" for i in (0, 1, 2, 4, 5)]


def test_a_warc_of_garbage_after_its_magic_ends_with_one_error(tmp_path):
    f = tmp_path / "junk.warc"
    f.write_bytes(b"WARC/1.0\r\n" + bytes(range(256)) * 40)
    items = _read(f)
    assert not _articles(items) and 1 <= len(_errors(items)) <= 2


def test_truncated_gzip_warc_keeps_the_whole_records(tmp_path):
    data = _warc(True)
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[:-60])  # inside the last record
    items = _read(f)
    assert [a.id for a in _articles(items)] == ["http://example.org/0", "http://example.org/1"]
    [err] = _errors(items)
    assert "truncated" in err.message


# --- size limits -----------------------------------------------------------------------------

def test_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    import newsprism.read as read
    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    f = tmp_path / "big.txt"
    f.write_text(EN * 50, encoding="utf-8")
    [err] = _read(f)
    assert err.input == str(f) and "larger than" in err.message
    with pytest.raises(InputError, match="larger than"):
        read_article(f)


def test_a_two_megabyte_single_line_is_refused_by_name(tmp_path):
    # Before: read, then `analyze` died with "internal error: ValueError: [E088] ..." and
    # ingest stored nothing for it under an analysis-failure message.
    f = tmp_path / "line.txt"
    f.write_text(("The council said the budget would pass. " * 52_000).strip(), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    items = list(iter_articles([f, good]))
    [err] = _errors(items)
    assert err.input == str(f) and "characters" in err.message and "at most" in err.message
    assert len(_articles(items)) == 1
    rec = tmp_path / "big.jsonl"
    rec.write_text(json.dumps({"id": "big", "text": "word " * 300_000}) + "\n"
                   + json.dumps({"id": "ok", "text": EN}) + "\n", encoding="utf-8")
    items = _read(rec)
    assert [a.id for a in _articles(items)] == ["ok"]
    assert _errors(items)[0].input == f"{rec}:1"


# --- store -----------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"hello, not a database\n", b"SQLite format 3\x00junk" * 40])
def test_a_file_that_is_not_a_newsprism_database_is_left_untouched(tmp_path, content):
    db = tmp_path / "news.db"
    db.write_bytes(content)
    with pytest.raises(StoreError, match="not a newsprism database"):
        Store(db)
    assert db.read_bytes() == content


# --- web UI ----------------------------------------------------------------------------------

HOSTILE = ('<script>alert("t")</script>"><img src=x onerror=alert(1)>{{ 7*7 }}'
           "\u202eevil")


class _Bare:
    """A pipeline stand-in: the pages are what is attacked here, not the analysis."""

    def analyze_many(self, items, batch_size=32):
        from newsprism.records import Analysis
        for art, _ in items:
            yield Analysis(art, art.published, False, art.language or "en")


class _OneStory:
    """Files every article under one story (clustering is not what is attacked here)."""

    def __init__(self, store):
        self.store = store

    def add(self, a):
        self.store.set_story(a.article.id, "s-all")
        self.store.upsert_story("s-all")
        return "s-all"


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    rows = [{"id": "h1" + HOSTILE, "title": HOSTILE, "outlet": HOSTILE,
             "url": "javascript:alert(1)", "language": "en", "published": "2024-05-01",
             "text": f"The spokesman said {HOSTILE} on Monday."},
            {"id": "http://example.org/news/1?a=b", "title": "Ferry " + HOSTILE,
             "outlet": "Lake Post", "language": "en", "published": "2024-05-02",
             "text": "The coast guard said on Tuesday that the ferry had capsized."}]
    src = d / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = d / "h.db"
    report = ingest([str(src)], str(db), pipeline=_Bare(), progress=False)
    assert report.added == 2 and not report.rejected
    return TestClient(create_app(str(db)))


def _assert_inert(html: str):
    assert "<script" not in html and "<img" not in html and "\u202e" not in html
    assert ">49<" not in html and "javascript:" not in html.lower().replace("javascript:alert", "")


def test_every_page_shows_hostile_fields_as_text(hostile_client):
    from urllib.parse import quote
    c = hostile_client
    stories = c.get("/api/stories").json()
    urls = ["/", "/quotes", "/quotes?speaker=" + quote(HOSTILE)]
    urls += [f"/stories/{quote(s['id'], safe='')}" for s in stories]
    urls += [f"/articles/{quote(a, safe='')}" for s in stories for a in s["articles"]]
    for u in urls:
        r = c.get(u)
        assert r.status_code == 200, u
        _assert_inert(r.text)
        assert "script-src" not in r.headers["content-security-policy"]


def test_ids_with_slashes_reach_their_pages(hostile_client):
    # Before: a URL id (every WARC record, most feed entries) or one with "</script>" in it
    # gave 404 on /articles/ and /api/articles/, escaped or not.
    from urllib.parse import quote
    for aid in ("http://example.org/news/1?a=b", "h1" + HOSTILE):
        for base in ("/articles/", "/api/articles/"):
            r = hostile_client.get(base + quote(aid, safe=""))
            assert r.status_code == 200, (base, aid)
        assert hostile_client.get("/api/articles/" + quote(aid, safe="")).json()["id"] == aid
    page = hostile_client.get("/").text
    for href in re.findall(r'href="(/stories/[^"]+)"', page):
        assert hostile_client.get(href.replace("&amp;", "&")).status_code == 200


def test_json_api_keeps_the_text_exactly(hostile_client):
    from urllib.parse import quote
    a = hostile_client.get("/api/articles/" + quote("h1" + HOSTILE, safe="")).json()
    assert a["title"] == HOSTILE and a["url"] is None


def test_a_locked_database_fails_clearly_and_keeps_what_was_stored(tmp_path):
    import sqlite3

    from newsprism.records import Article
    db = tmp_path / "news.db"

    def arts(ids):
        return lambda paths, **kw: iter(
            [Article(i, f"Text of article {i}.", outlet="O", language="en") for i in ids])

    def run(ids):
        with Store(db) as st:
            return ingest(["x"], st, pipeline=_Bare(), reader=arts(ids), progress=False,
                          clusterer=_OneStory(st))

    assert run(["a1", "a2"]).added == 2
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file past the busy timeout
    try:
        with pytest.raises(StoreError, match="another program is writing"):
            run(["a3"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(db) as st:
        assert sorted(st.article_ids()) == ["a1", "a2"]


def test_error_pages_escape_the_path(hostile_client):
    r = hostile_client.get("/nope/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert r.status_code == 404 and "<script>" not in r.text and "&lt;script&gt;" in r.text


def test_standalone_html_rendering_is_inert():
    from newsprism.records import Analysis, Article
    from newsprism.render import analysis_html
    art = Article("x", f"The spokesman said {HOSTILE}.", title=HOSTILE, outlet=HOSTILE,
                  url="https://example.org/a", language="en")
    page = analysis_html(Analysis(art, None, False, "en"))
    _assert_inert(page)
    assert "&lt;script&gt;" in page
