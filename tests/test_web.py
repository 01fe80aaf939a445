"""Web UI and JSON API: pages render from a real database, the API keeps one error shape,
OpenAPI lists every route, and article text never runs as code."""
from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from newsprism.ingest import ingest
from newsprism.web.app import create_app

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
    assert {a for s in stories for a in s["articles"]} == {"w1", "w2"}
    for s in stories:
        d = client.get(f"/api/stories/{s['id']}").json()
        assert {"id", "title", "articles", "outlets", "languages", "entities", "conflicts"} <= set(d)
        page = client.get(f"/stories/{s['id']}")
        assert page.status_code == 200 and "<script>" not in page.text


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
