"""A real browser loads every kind of web page built from hostile articles; nothing may run.

Inputs: articles written here whose title, outlet, id, text and quotes carry script, event
handler, javascript: link, SVG, attribute-breakout, CSS and </title> payloads; they are ingested
into a temp DB, served by uvicorn on a free localhost port and read with headless Chromium.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import lxml.html
import pytest
import uvicorn

from newsprism.ingest import ingest
from newsprism.web.app import create_app

# The payload's own source never contains the marks it would leave, so a mark in the page can
# only come from code that ran: "PW"+"NED" becomes "PWNED" only when executed.
RUN_MARK = "PWNED"
JS = ("document.title='PW'+'NED';var e=document.createElement('b');"
      "e.id='pw'+'ned-ran';document.body.appendChild(e)")
RAN_ID = "pwned-ran"
# Elements whose id starts with this can only exist if markup went through unescaped.
INJECTED_PREFIX = "pwned-"

PAYLOADS = {
    "script": f"<script>{JS}</script>",
    "img": f'<img id="pwned-img" src=x onerror="{JS}">',
    "js_link": f'<a id="pwned-link" href="javascript:{JS}">read more</a>',
    "svg": f'<svg id="pwned-svg" onload="{JS}"><circle r=9></circle></svg>',
    "breakout": f'"><script>{JS}</script><b id="pwned-attr">',
    "breakout_single": f"'><img id='pwned-attr1' src=x onerror=\"{JS}\">",
    "css": ('<div id="pwned-css" style="width:expression(document.title=1);'
            'background:url(javascript:void(0))">styled</div>'
            '<style id="pwned-style">body{display:none}</style>'),
    "title": f'</title><script>{JS}</script><b id="pwned-title">',
    "iframe": f'<iframe id="pwned-frame" srcdoc="<script>parent.{JS}</script>"></iframe>',
    # A refused port rather than a foreign host: a page that did take this base must still
    # finish loading (no DNS wait) so that the test fails on its assertions, not a timeout.
    "base": '<base id="pwned-base" href="http://127.0.0.1:9/">',
}

# No alert() anywhere: a dialog would hang headless Chromium instead of failing the test.
HOSTILE_ID = f'hx-"><svg id="pwned-idsvg" onload="{JS}">'


def _articles() -> list[dict]:
    p = PAYLOADS
    return [
        {"id": "hx-port", "outlet": "Harbour " + p["breakout"], "language": "en",
         "published": "2025-04-02", "url": f"javascript:{JS}",
         "title": "Port of Valmora shut by strike " + p["title"],
         "text": ("VALMORA — Dock workers shut the port of Valmora on Tuesday, the port "
                  f"authority said. A banner on the gate read {p['script']} in red paint.\n\n"
                  f"“{p['img']} is not a wage offer,” said Teodora Vance, the dockers' union "
                  "leader, according to the Coastal Press Agency.\n\n"
                  f"Shipping agents said {p['js_link']} was posted on the port's notice board, "
                  f"and a second sign showed {p['svg']} beside the cranes.")},
        {"id": "hx-port-2", "outlet": "Valmora " + p["breakout_single"], "language": "en",
         "published": "2025-04-03", "title": "Valmora strike enters second day " + p["css"],
         "text": ("VALMORA — The strike at the port of Valmora went into a second day on "
                  "Wednesday, with ships queuing outside the harbour, officials said.\n\n"
                  f"“We will stay until {p['iframe']} is paid,” union leader Teodora Vance "
                  "told reporters at the gate.\n\n"
                  f"The port authority said the notice {p['css']} had been removed and that "
                  f"talks would resume on Thursday. A leaflet said {p['base']}.")},
        {"id": HOSTILE_ID, "outlet": "Metro Bulletin", "language": "en",
         "published": "2025-04-03", "title": p["svg"],
         "text": ("HARLOW — The city council approved a new tram line on Wednesday, the mayor "
                  "said.\n\n"
                  f"“{p['breakout']} will not delay the works,” said Mayor Irena Hollis.\n\n"
                  "Construction is due to begin in June and to last two years.")},
    ]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("no chromium or chromium-browser on PATH; .ci/run installs Debian's chromium")


def _browse(chrome: str, url: str, *extra: str) -> str:
    """The DOM Chromium holds after the page ran (or would have run) its scripts."""
    with tempfile.TemporaryDirectory(prefix="np-chrome-") as profile:
        cmd = [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio",
               "--hide-scrollbars", f"--user-data-dir={profile}",
               # Lets onload/onerror handlers fire before the DOM is dumped.
               "--virtual-time-budget=2000", *extra, url]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _dump(chrome: str, url: str) -> str:
    dom = _browse(chrome, url, "--dump-dom")
    assert "<html" in dom.lower(), (url, dom[:300])
    return dom


def _verdict(dom: str) -> dict:
    root = lxml.html.fromstring(dom)
    return {"title": root.findtext(".//title") or "",
            "ids": sorted(i for i in root.xpath("//@id") if i.startswith(INJECTED_PREFIX)),
            "hrefs": root.xpath("//a/@href"),
            "text": root.text_content()}


# ---- fixtures: a DB of hostile articles, served on a free port ----

@pytest.fixture(scope="module")
def chrome() -> str:
    return _chromium()


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    d = tmp_path_factory.mktemp("browser")
    src = d / "hostile.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _articles()), encoding="utf-8")
    db = d / "hostile.db"
    ingest([str(src)], str(db), pipeline=pipeline, progress=False)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), log_level="warning",
                                        lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=20) as r:
        return json.load(r)


def _q(s: str) -> str:
    return urllib.parse.quote(s, safe="")


@pytest.fixture(scope="module")
def pages(server) -> dict[str, str]:
    """Every page kind, by a short name, as a URL on the running server."""
    stories = _get_json(server + "/api/stories")
    articles = sorted({a for s in stories for a in s["articles"]})
    assert set(articles) == {r["id"] for r in _articles()}, articles
    urls = {"index": "/", "quotes": "/quotes",
            "quotes_breakout": "/quotes?speaker=" + _q(PAYLOADS["breakout"]),
            "error_reflect": "/articles/" + _q(PAYLOADS["svg"]),
            "api_article": "/api/articles/hx-port"}
    for s in stories:
        urls[f"story:{s['id']}"] = "/stories/" + _q(s["id"])
    for aid in articles:
        urls[f"article:{aid}"] = "/articles/" + _q(aid)
    return {k: server + v for k, v in urls.items()}


def _control_page(folder: Path) -> str:
    """The same payloads, unescaped and without CSP: proof that the browser would run them."""
    page = folder / "unsafe.html"
    page.write_text("<!doctype html><html><head><title>plain</title></head><body>"
                    + "".join(v for k, v in PAYLOADS.items() if k != "base")
                    + "</body></html>", encoding="utf-8")
    return page.as_uri()


@pytest.fixture(scope="module")
def browsed(chrome, pages, tmp_path_factory) -> tuple[dict[str, dict], Path]:
    """Every page's DOM (plus the control's) and one screenshot, from one pool of browsers."""
    folder = tmp_path_factory.mktemp("pages")
    shot = folder / "article.png"
    jobs = {**pages, "control": _control_page(folder)}
    # Three browsers at a time: each one waits mostly on its own start-up.
    with ThreadPoolExecutor(max_workers=3) as pool:
        png = pool.submit(_browse, chrome, pages["article:hx-port"], f"--screenshot={shot}",
                          "--window-size=1200,1600")
        dumped = dict(zip(jobs, pool.map(lambda u: _dump(chrome, u), jobs.values())))
        png.result()
    return {k: _verdict(v) for k, v in dumped.items()}, shot


@pytest.fixture(scope="module")
def control(browsed) -> dict:
    return browsed[0]["control"]


@pytest.fixture(scope="module")
def doms(browsed) -> dict[str, dict]:
    return {k: v for k, v in browsed[0].items() if k != "control"}


def test_the_browser_runs_the_payloads_when_nothing_stops_them(control):
    assert control["title"] == RUN_MARK
    assert RAN_ID in control["ids"] and "pwned-img" in control["ids"]


# ---- the served pages ----

def test_every_page_kind_was_loaded(doms):
    kinds = {k.split(":")[0] for k in doms}
    assert {"index", "story", "article", "quotes", "quotes_breakout", "api_article",
            "error_reflect"} <= kinds
    assert sum(k.startswith("article:") for k in doms) == 3


def test_no_payload_ran_on_any_page(doms):
    ran = {k: v["title"] for k, v in doms.items() if RUN_MARK in v["title"]}
    assert ran == {}
    assert {k: v["ids"] for k, v in doms.items() if RAN_ID in v["ids"]} == {}


def test_no_hostile_markup_became_an_element(doms):
    injected = {k: v["ids"] for k, v in doms.items() if v["ids"]}
    assert injected == {}


def test_links_stay_on_the_site(doms):
    for name, v in doms.items():
        for href in v["hrefs"]:
            assert href.startswith("/"), (name, href)
            assert "javascript:" not in href.lower(), (name, href)


def test_hostile_strings_show_as_text(doms):
    def shown(name: str, payload: str) -> None:
        assert PAYLOADS[payload] in doms[name]["text"], (name, payload)

    shown("article:hx-port", "title")
    shown("article:hx-port", "script")
    shown("article:hx-port", "img")
    shown("article:hx-port", "js_link")
    shown("article:hx-port", "breakout")   # the outlet line
    shown("article:hx-port-2", "css")
    shown("article:hx-port-2", "iframe")
    shown(f"article:{HOSTILE_ID}", "svg")
    shown("quotes_breakout", "breakout")
    shown("error_reflect", "svg")
    assert PAYLOADS["script"] in doms["api_article"]["text"]
    # The page title is text too: the </title> breakout stays inside it.
    assert doms["article:hx-port"]["title"].startswith(
        "Port of Valmora shut by strike " + PAYLOADS["title"])


def test_quotes_with_payloads_reach_the_quote_pages(doms):
    text = doms["quotes"]["text"]
    assert '<iframe id="pwned-frame"' in text and '"><script>document.title=' in text
    assert "is not a wage offer" in text


def test_reflected_query_strings_come_back_as_json(server):
    # Chromium shows JSON as text; what matters is that it is never sniffed as HTML.
    for path in ("/api/search?q=" + _q(PAYLOADS["script"]),
                 "/api/timeline?name=" + _q(PAYLOADS["img"]),
                 "/api/articles/" + _q(PAYLOADS["svg"])):
        try:
            r = urllib.request.urlopen(server + path, timeout=20)
        except urllib.error.HTTPError as exc:
            r = exc
        assert r.headers["Content-Type"].startswith("application/json"), path
        assert r.headers["X-Content-Type-Options"] == "nosniff", path


def test_html_pages_carry_a_policy_without_scripts(pages):
    for name, url in pages.items():
        if name.startswith("api"):
            continue
        try:
            r = urllib.request.urlopen(url, timeout=20)
        except urllib.error.HTTPError as exc:   # the error page is a 404 with the same headers
            r = exc
        csp = r.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp, name
        assert r.headers["X-Content-Type-Options"] == "nosniff", name


def test_a_page_renders_to_png(browsed):
    data = browsed[1].read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
