"""Outside-checker audit of the outer layers: each test names a defect found by running the
commands and the server against hostile input, and pins its fix.

Inputs are written here in temp folders; no spaCy model is loaded (pipelines are stand-ins),
so the file stays fast.
"""
from __future__ import annotations

import json
import socket

import pytest
from starlette.testclient import TestClient

from newsprism import cli
from newsprism.errors import InputError, UsageError
from newsprism.corpus.cluster import StoryClusterer as _RealClusterer
from newsprism.ingest import ingest
from newsprism.read import iter_articles
from newsprism.read.sniff import sniff
from newsprism.records import Analysis
from newsprism.store.db import Store
from newsprism.web.app import create_app, serve

# the same stand-ins the hostile-input tests use: reading, storing and serving are checked here
from test_hostile import _Bare, _OneStory

NEWS = ("The harbour board of Sarnov said on Tuesday that the ferry pier would reopen next "
        "month. \"We will not wait any longer,\" the board's chair, Ilse Marr, told reporters.")


@pytest.fixture(autouse=True)
def _one_story(monkeypatch):
    import newsprism.corpus.cluster as cluster
    monkeypatch.setattr(cluster, "StoryClusterer", _OneStory)


def _ingest(paths, db):
    return ingest([str(p) for p in paths], str(db), pipeline=_Bare(), progress=False)


# --- a feed whose DOCTYPE carries declarations ------------------------------------------------

_DTD_FEED = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY w "wave"><!ENTITY ww "&w;&w;&w;&w;"><!ENTITY ext SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>Coast Radio</title>
<item><title>Pier reopens</title><link>https://example.org/pier</link>
<description>&ww; &ext; The harbour board said the pier would reopen.</description></item>
</channel></rss>"""


def test_a_feed_with_an_internal_dtd_is_a_feed_not_an_article(tmp_path):
    # Before: the '>' inside "<!ENTITY ...>" ended the DOCTYPE early, sniffing found no feed
    # root, and a .xml feed was stored as one "article" of raw markup titled '<?xml ...?>'.
    f = tmp_path / "coast.xml"
    f.write_text(_DTD_FEED, encoding="utf-8")
    assert sniff(f.read_bytes(), str(f), complete=True) == "feed"
    items = list(iter_articles([f]))
    arts = [x for x in items if not isinstance(x, InputError)]
    errs = [x for x in items if isinstance(x, InputError)]
    assert [a.title for a in arts] == ["Pier reopens"]
    assert all("<!ENTITY" not in a.text and "/etc/" not in a.text for a in arts)
    assert "wavewave" not in arts[0].text  # never expanded
    [err] = errs
    assert err.input == str(f) and "ENTITY" in err.message


def test_a_plain_doctype_still_leaves_html_as_html():
    page = b"<!DOCTYPE html>\n<html><body><p>" + NEWS.encode() + b"</p></body></html>"
    assert sniff(page, "page.txt", complete=True) == "html"


# --- two different articles under one id ------------------------------------------------------

def test_a_second_text_under_a_taken_id_is_rejected_by_name(tmp_path):
    # Before: the second record was counted "already stored" and dropped without a word.
    src = tmp_path / "in.jsonl"
    rows = [{"id": "pier-1", "text": NEWS},
            {"id": "pier-1", "text": NEWS + " A later, different text."},
            {"id": "pier-1", "text": "  " + NEWS.replace(" ", "\n", 3)},  # same words: a re-run
            {"id": "pier-2", "text": NEWS + " Another article."}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "n.db"
    r = _ingest([src], db)
    assert (r.added, r.skipped) == (2, 1)
    [err] = r.rejected
    assert err.input == f"{src}:2" and "'pier-1'" in err.message and "different" in err.message
    with Store(db) as s:
        assert s.analysis("pier-1").text == NEWS  # what was stored first is kept
    # and the same refusal when the first one is already in the database
    again = _ingest([src], db)
    assert (again.added, again.skipped, len(again.rejected)) == (0, 3, 1)
    assert "in the database" in again.rejected[0].message


# --- serve: bad ports and ports in use --------------------------------------------------------

@pytest.mark.parametrize("port", ["99999", "0", "-1", "http"])
def test_serve_refuses_impossible_ports_as_usage_errors(port, tmp_path, capsys):
    # Before: 99999 and -1 reached uvicorn, which printed a traceback and exited 1.
    db = tmp_path / "n.db"
    Store(db).close()
    with pytest.raises(SystemExit) as exc:
        cli.main(["serve", "--db", str(db), "--port", port])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "'port' must be" in err or "invalid" in err
    assert "Traceback" not in err


def test_serve_names_a_port_already_taken(tmp_path, capsys):
    # Before: uvicorn logged "address already in use" and exited with code 3.
    db = tmp_path / "n.db"
    Store(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(UsageError, match="cannot listen"):
            serve(str(db), "127.0.0.1", port)
        assert cli.main(["serve", "--db", str(db), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"127.0.0.1:{port}" in err and "Traceback" not in err


# --- web: every refusal keeps the error shape and the security headers ------------------------

@pytest.fixture(scope="module")
def client(tmp_path_factory):
    d = tmp_path_factory.mktemp("web")
    src = d / "in.jsonl"
    src.write_text(json.dumps({"id": "pier-1", "text": NEWS, "title": "Pier"}) + "\n",
                   encoding="utf-8")
    db = d / "w.db"
    import newsprism.corpus.cluster as cluster
    real = cluster.StoryClusterer
    cluster.StoryClusterer = _OneStory
    try:
        assert _ingest([src], db).added == 1
    finally:
        cluster.StoryClusterer = real
    return TestClient(create_app(str(db)))


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/api/stories", "/", "/articles/pier-1"])
def test_methods_the_server_refuses_keep_the_error_shape_and_headers(client, method, path):
    # Before: a bare "Method Not Allowed" in text/plain, with no Content-Security-Policy.
    r = client.request(method, path)
    assert r.status_code == 405
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "GET" in r.headers.get("allow", "")
    if path.startswith("/api/"):
        body = r.json()["error"]
        assert body["status"] == 405 and "read-only" in body["message"]
    else:
        assert r.headers["content-type"].startswith("text/html") and "405" in r.text


# --- an interrupted ingest resumes with the clustering state it had ---------------------------

def _fake_embedder(texts):
    """Deterministic unit vectors: one direction per topic word plus a little noise."""
    import hashlib

    import numpy as np
    out = []
    for t in texts:
        topic = "ferry" if "ferry" in t.lower() else "vote" if "vote" in t.lower() else "x"
        base = np.random.default_rng(int(hashlib.sha1(topic.encode()).hexdigest()[:8], 16))
        noise = np.random.default_rng(int(hashlib.sha1(t.encode()).hexdigest()[:8], 16))
        v = base.normal(size=384) + 0.3 * noise.normal(size=384)
        out.append(v / np.linalg.norm(v))
    return np.asarray(out, dtype=np.float32)


def _corpus():
    import datetime as dt

    from newsprism.records import Article
    rows = []
    for i in range(6):  # an old story, out of the resumed run's reach
        rows.append(Article(f"vote-{i}", f"The council vote on the budget passed, member {i} "
                            f"said after the session in Dorne.", title=f"Council vote {i}",
                            language="en", published=dt.date(2019, 5, 1 + i)))
    for i in range(7):  # a live story in two languages, members arriving out of date order
        lang, words = (("fr", "Le ferry de Sarnov a chaviré, a déclaré le capitaine")
                       if i % 3 == 2 else ("en", "The Sarnov ferry capsized, the captain said"))
        rows.append(Article(f"ferry-{i}", f"{words} {i}.", title=f"Ferry {i}", language=lang,
                            published=dt.date(2024, 3, 9 - i % 4)))
    # a late report of the old story, arriving after the new one (a second file, a crawl)
    rows.append(Article("vote-late", "The council vote on the budget passed, member 9 said "
                        "after the session in Dorne.", title="Council vote 9", language="en",
                        published=dt.date(2019, 5, 8)))
    return [Analysis(a, a.published, False, a.language) for a in rows]


@pytest.mark.parametrize("cut", [3, 8, 10, 13])
def test_a_resumed_run_rebuilds_the_story_index_it_had(tmp_path, cut):
    # Before: stored stories were rebuilt with their members sorted by date and id, not in
    # the order they came, and stories out of reach left the term rarities; so the resumed
    # run's recent members and rarities differed and the demo corpus, killed after its fourth
    # article and resumed, came out as 10 stories instead of 9. And only stories within 58
    # days of the newest were rebuilt, so an older article arriving in a later run (cut 13)
    # founded a story of its own where one run would have filed it with its story.
    import numpy as np

    from newsprism.corpus import cluster as C

    def clusterer(store):
        return _RealClusterer(store, embedder=_fake_embedder)
    store = Store(tmp_path / "n.db")
    try:
        C._INDEXES.clear()
        straight = clusterer(store)
        for i, a in enumerate(_corpus()):
            if i == cut:  # a new process takes over the same database here
                C._INDEXES.clear()
                straight = clusterer(store)
            with store.transaction():
                store.add(a)
                straight.add(a)
        full = straight.index
        C._INDEXES.clear()
        resumed = clusterer(store).index
        # the uninterrupted run, for comparison
        C._INDEXES.clear()
        other = Store(tmp_path / "straight.db")
        whole = clusterer(other)
        for a in _corpus():
            with other.transaction():
                other.add(a)
                whole.add(a)
        assert [sorted(s.articles) for s in store.stories()] == \
            [sorted(s.articles) for s in other.stories()]
    finally:
        C._INDEXES.clear()
    assert resumed._df == full._df and resumed._tdf == full._tdf
    assert resumed._n_docs == full._n_docs and resumed._lang_docs == full._lang_docs
    live = [sid for sid in resumed.stories]
    assert live and all(sid in full.stories for sid in live)
    for sid in live:
        a, b = resumed.stories[sid], full.stories[sid]
        assert [x[1] for x in a.members] == [x[1] for x in b.members]
        assert [lang for lang, _ in a.recent] == [lang for lang, _ in b.recent]
        assert all(np.allclose(x, y) for (_, x), (_, y) in zip(a.recent, b.recent))
        # same languages and terms; a norm rebuilt from the store may differ in its last bits
        # (a float sum taken over a set in another order)
        assert [(l, t) for l, t, _ in a.recent_terms] == [(l, t) for l, t, _ in b.recent_terms]
        assert all(np.isclose(x, y, rtol=1e-12) for (_, _, x), (_, _, y) in
                   zip(a.recent_terms, b.recent_terms))


# --- DNS rebinding: the local server answers only to loopback names ---------------------------

def test_a_localhost_server_refuses_foreign_host_names(tmp_path, monkeypatch):
    # Before: any Host header was served, so a page whose name was rebound to 127.0.0.1 could
    # read the whole corpus through /api/ in the visitor's browser.
    import uvicorn

    from newsprism.web import app as web
    db = tmp_path / "n.db"
    Store(db).close()
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    serve(str(db), "127.0.0.1", 8123)
    c = TestClient(seen["app"], base_url="http://127.0.0.1:8123")
    assert c.get("/api/stories").status_code == 200
    assert c.get("/api/stories", headers={"Host": "localhost:8123"}).status_code == 200
    assert c.get("/api/stories", headers={"Host": "evil.example:8123"}).status_code == 400
    assert c.get("/", headers={"Host": "rebound.attacker.test"}).status_code == 400
    # listening on every address is a choice to be reached by other names
    serve(str(db), "0.0.0.0", 8124)
    c = TestClient(seen["app"], base_url="http://news.internal:8124")
    assert c.get("/api/stories").status_code == 200
    assert web.LOOPBACK[0] == "127.0.0.1"


# --- CSP without 'unsafe-inline' --------------------------------------------------------------

def test_pages_allow_only_their_own_stylesheet(client):
    # Before: style-src 'unsafe-inline', so CSS slipped into a page by any future escaping slip
    # would apply (attribute selectors can leak text with no script at all).
    import base64
    import hashlib
    import re
    for url in ("/", "/quotes", "/stories/s-all", "/articles/pier-1", "/no-such-page"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        blocks = re.findall(r"<style>(.*?)</style>", r.text, re.S)
        assert len(blocks) == 1 and ' style="' not in r.text, url
        digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, url


def test_the_standalone_html_page_allows_only_its_own_stylesheet():
    # Before: `analyze --format html` declared style-src 'unsafe-inline' and styled its legend
    # with style attributes.
    import base64
    import hashlib
    import re

    from newsprism.records import Article
    from newsprism.render import analysis_html
    art = Article("p1", NEWS + ' <style>*{color:red}</style>', title="<b>Pier</b>", language="en")
    page = analysis_html(Analysis(art, None, False, "en"))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    [css] = re.findall(r"<style>(.*?)</style>", page, re.S)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp and "unsafe-inline" not in csp
    assert ' style="' not in page and "&lt;style&gt;" in page and "&lt;b&gt;Pier" in page


# --- terminal escapes in untrusted text -------------------------------------------------------

_ESC_TITLE = "\x1b]0;pwned\x07\x1b[2J\x9b31mTitle\x1b[0m"


def test_cli_text_output_never_sends_escape_sequences_to_the_terminal(tmp_path, capsys):
    # Before: `stories`, `quotes` and `analyze` printed titles, outlets and text as stored, so
    # an article could retitle the terminal, clear the screen or hide text (ESC, BEL, C1 CSI).
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "esc\x1b[8m", "title": _ESC_TITLE, "outlet": "Out\x1b[1m",
                               "text": NEWS + "\r\x1b[A"}) + "\n", encoding="utf-8")
    empty = tmp_path / "bad\x1b[31m.txt"
    empty.write_bytes(b"")
    db = tmp_path / "n.db"
    assert _ingest([src], db).added == 1
    assert cli.main(["stories", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b") and "\\x1b]0;pwned\\x07" in out
    # the same filter serves analyze's text and html: only tabs and line breaks pass as they are
    assert cli.terminal_safe("a\tb\r\nc\rd\x1b[A") == "a\tb\nc\\x0dd\\x1b[A"
    assert cli.main(["stories", "--db", str(db), "--format", "json"]) == 0
    raw = capsys.readouterr().out
    assert "\x9b" not in raw and json.loads(raw)[0]["title"] == _ESC_TITLE  # same value
    cli.main(["ingest", str(empty), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "bad\\x1b[31m.txt" in err
