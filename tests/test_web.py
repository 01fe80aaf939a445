"""Web UI and JSON API: pages render from a real database, the API keeps one error shape,
OpenAPI lists every route, and article text never runs as code."""
from __future__ import annotations

import json
from urllib.parse import unquote

import lxml.html
import pytest
from starlette.testclient import TestClient

from newsprism.ingest import ingest
from newsprism.web.app import _span_href, create_app

HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    d = tmp_path_factory.mktemp("web")
    src = d / "in.jsonl"
    rows = [
        {"id": "w1", "outlet": "Harbour Ledger", "published": "2024-03-14", "language": "en",
         "title": "Port strike " + HOSTILE,
         "text": f'Dock workers walked out on Monday. "{HOSTILE} will not stop us," union leader '
                 "Teodora Vance said, according to the Coastal Press Agency."},
        {"id": "w2", "outlet": "Valmora Daily", "published": "2024-03-15", "language": "en",
         "title": "Valmora port closed",
         "text": "The Valmora port stayed shut on Thursday as the dockers' strike went on, "
                 "the port authority said."},
        # Two sources, two tolls: the story page's figure table has a conflict to show.
        {"id": "w3", "outlet": "Orsa " + HOSTILE, "published": "2024-07-03", "language": "en",
         "title": "Lake Orsa ferry toll rises",
         "text": "ORSA — The coast guard said on Tuesday that 19 people were killed when a ferry "
                 "capsized on Lake Orsa on Monday.\n\nA local doctor told reporters that as many "
                 "as 30 people died."},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = d / "web.db"
    ingest([str(src)], str(db), progress=False)
    return TestClient(create_app(str(db)))


def test_index_lists_stories(client):
    r = client.get("/")
    assert r.status_code == 200 and "Stories" in r.text
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text
    assert "script-src" not in r.headers["content-security-policy"]
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_api_stories_and_story_pages(client):
    stories = client.get("/api/stories").json()
    assert {a for s in stories for a in s["articles"]} == {"w1", "w2", "w3"}
    for s in stories:
        d = client.get(f"/api/stories/{s['id']}").json()
        assert {"id", "title", "articles", "outlets", "languages", "entities", "conflicts"} <= set(d)
        page = client.get(f"/stories/{s['id']}")
        assert page.status_code == 200 and "<script>" not in page.text


def _story_of(client, article_id: str) -> str:
    return next(s["id"] for s in client.get("/api/stories").json()
                if article_id in s["articles"])


def test_story_page_shows_the_figure_table(client):
    sid = _story_of(client, "w3")
    groups = client.get(f"/api/stories/{sid}").json()["figures"]
    page = client.get(f"/stories/{sid}").text
    root = lxml.html.fromstring(page)
    cards = root.xpath("//div[contains(@class, 'figs')]")
    assert len(cards) == len(groups) >= 1
    shown = " ".join(" ".join(c.text_content().split()) for c in cards)
    for g in groups:
        assert g["about"] in shown and g["status"] in shown
        for v in g["values"]:
            assert v["value"] in shown and (v["first_reported"] or "undated") in shown
            for x in v["disagrees_with"]:
                assert "disagrees with" in shown and x in shown
    values = {v["value"]: v for g in groups for v in g["values"]}
    assert any(v["disagrees_with"] for v in values.values()), values  # 19 against up to 30
    assert "as many as 30" in shown  # the words as written, beside the normalised value
    assert "<script>" not in page and "&lt;script&gt;" in page  # the outlet's name, escaped


def test_story_page_links_each_figure_to_its_words(client):
    sid = _story_of(client, "w3")
    text = client.get("/api/articles/w3").json()["text"]
    root = lxml.html.fromstring(client.get(f"/stories/{sid}").text)
    hrefs = [h for h in root.xpath("//div[contains(@class, 'figs')]//a/@href")]
    assert hrefs and all(h.startswith("/articles/w3#:~:text=") for h in hrefs)
    flat = " ".join(text.split())
    for h in hrefs:
        raw = h.split("#:~:text=", 1)[1].split(",")
        # the directive's own "-" and "," only as separators; the words' own are escaped
        assert 1 <= len(raw) <= 3 and all("-" not in x.strip("-") for x in raw), h
        words = " ".join(unquote(x.strip("-")) for x in raw)
        assert words in flat, (h, words)  # prefix, figure and suffix, in that order


def test_span_href_cuts_context_at_the_line_and_escapes_the_syntax():
    text = "Headline - 5 dead\n12,000 people fled, the UN said, and 40-odd were hurt."
    start = text.index("12,000")
    h = _span_href(text, "a b", start, start + 6)
    assert h.startswith("/articles/a%20b#:~:text=12%2C000,-people%20fled%2C%20the")
    start = text.index("40-odd")
    h = _span_href(text, "x", start, start + 2)
    assert "said%2C%20and-,40,-%2Dodd%20were%20hurt." in h
    assert _span_href(text, "x", 5, 999) == "/articles/x"
    assert _span_href(None, "x", 0, 3) == "/articles/x"


def test_article_page_escapes_text(client):
    r = client.get("/articles/w1")
    assert r.status_code == 200
    assert "<script>" not in r.text and "<img" not in r.text and "&lt;img" in r.text
    assert client.get("/api/articles/w1").json()["schema"] == "newsprism.analysis/1"


def test_one_error_shape(client):
    for url in ("/api/articles/nope", "/api/stories/nope", "/api/timeline", "/api/search"):
        r = client.get(url)
        assert r.status_code in (400, 404), url
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"type", "message", "status"}
        assert body["error"]["status"] == r.status_code


def test_openapi_lists_every_api_route(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}",
                 "/api/quotes", "/api/timeline", "/api/search"):
        assert path in spec["paths"]


def test_quotes_and_timeline(client):
    assert client.get("/api/quotes", params={"speaker": "Vance"}).status_code == 200
    assert client.get("/quotes").status_code == 200
    assert client.get("/api/timeline", params={"name": "Vance"}).status_code == 200
    assert client.get("/api/search", params={"q": "strike"}).status_code == 200


def test_app_refuses_a_missing_database_and_creates_none(tmp_path):
    from newsprism.errors import StoreError
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError) as err:
        create_app(str(missing))
    assert str(missing) in str(err.value) and not missing.exists()


def test_database_removed_while_serving_is_an_error_not_an_empty_corpus(tmp_path):
    from newsprism.store.db import Store
    db = tmp_path / "gone.db"
    Store(db).conn.close()
    c = TestClient(create_app(str(db)), raise_server_exceptions=False)
    for p in tmp_path.glob("gone.db*"):
        p.unlink()
    r = c.get("/api/stories")
    assert r.status_code >= 400 and "no database" in r.json()["error"]["message"]
    assert not db.exists()
