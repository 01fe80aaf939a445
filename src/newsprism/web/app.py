"""HTTP API under /api/ and HTML pages at /, both thin shells over store and corpus calls.

Read-only over one SQLite file. Article text is untrusted: templates autoescape everything
and every page is served with a Content-Security-Policy that forbids scripts.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .. import __version__
from ..errors import NewsprismError, NotFound, StoreError, UsageError
from ..render import csp_style_hash, story_json


def _style_hash() -> str:
    """The CSP hash of the one <style> block in base.html: the pages carry no other styles,
    so not even injected CSS (no script needed to leak text through selectors) would apply."""
    page = (Path(__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    return "'" + csp_style_hash(re.search(r"<style>(.*?)</style>", page, re.S).group(1)) + "'"


CSP = (f"default-src 'none'; style-src {_style_hash()}; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
# Bidi embeddings and overrides in untrusted text would reorder the page around them
# (a title that makes the next column read backwards); isolates and marks stay.
_BIDI_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))


def _finalize(value):
    # Markup (already escaped) passes untouched: translate() would return a plain str.
    return value.translate(_BIDI_OVERRIDES) if type(value) is str else value


_env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   finalize=_finalize)


def _store(request: Request):
    from ..store.db import Store
    # Checked on each request too: a file removed while serving must not come back empty.
    return Store(_require_db(request.app.state.db_path))


def _require_db(path: str) -> str:
    if path != ":memory:" and not path.startswith("file::memory:") and not Path(path).is_file():
        raise StoreError("no database file here: run `newsprism ingest PATH --db FILE` first",
                         input=path)
    return path


def error_body(exc: NewsprismError) -> dict:
    """The one JSON error shape of the API."""
    return {"error": {"type": type(exc).__name__, "message": exc.message,
                      "status": exc.http_status}}


def _page(name: str, status: int = 200, **ctx) -> HTMLResponse:
    html = _env.get_template(name).render(version=__version__, **ctx)
    return HTMLResponse(html, status_code=status, headers=_security_headers())


def _security_headers() -> dict:
    return {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def _json(data, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=_security_headers())




# --- API -------------------------------------------------------------------------------

def api_stories(request: Request):
    """The stories, newest first."""
    with _store(request) as st:
        return _json([story_json(s) for s in st.stories()])


def api_story(request: Request):
    """One story compared across its outlets."""
    from ..corpus.compare import compare_story
    with _store(request) as st:
        return _json(compare_story(st, request.path_params["story_id"]))


def api_article(request: Request):
    """One article's full analysis (schema newsprism.analysis/1)."""
    from ..render import analysis_json
    with _store(request) as st:
        return _json(analysis_json(st.analysis(request.path_params["article_id"])))


def api_quotes(request: Request):
    """Quotes with speakers and source chains; ?speaker=NAME filters."""
    with _store(request) as st:
        return _json(st.quotes(speaker=request.query_params.get("speaker") or None))


def api_timeline(request: Request):
    """Dated events and quotes about one entity: ?name=NAME."""
    from ..timeline import timeline
    name = request.query_params.get("name")
    if not name:
        raise UsageError("query parameter 'name' is required, e.g. /api/timeline?name=Soleimani")
    with _store(request) as st:
        return _json(timeline(st, name))


def api_search(request: Request):
    """Full-text search over articles and quotes: ?q=WORDS."""
    q = request.query_params.get("q")
    if not q:
        raise UsageError("query parameter 'q' is required, e.g. /api/search?q=drone")
    with _store(request) as st:
        return _json(st.search(q))


API = [
    ("/api/stories", api_stories, []),
    ("/api/stories/{story_id}", api_story, []),
    ("/api/articles/{article_id}", api_article, []),
    ("/api/quotes", api_quotes, ["speaker"]),
    ("/api/timeline", api_timeline, ["name"]),
    ("/api/search", api_search, ["q"]),
]


def openapi_spec() -> dict:
    paths = {}
    for path, fn, query in API:
        params = [{"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                  for n in _path_params(path)]
        params += [{"name": n, "in": "query", "required": n in ("name", "q"),
                    "schema": {"type": "string"}} for n in query]
        paths[path] = {"get": {
            "summary": (fn.__doc__ or "").strip(), "operationId": fn.__name__,
            "parameters": params,
            "responses": {"200": {"description": "JSON",
                                  "content": {"application/json": {"schema": {}}}},
                          "4XX": {"description": "error",
                                  "content": {"application/json": {"schema": {
                                      "$ref": "#/components/schemas/Error"}}}}}}}
    return {"openapi": "3.0.3",
            "info": {"title": "newsprism API", "version": __version__},
            "paths": paths,
            "components": {"schemas": {"Error": {"type": "object", "properties": {"error": {
                "type": "object", "properties": {"type": {"type": "string"},
                                                 "message": {"type": "string"},
                                                 "status": {"type": "integer"}}}}}}}}


def _path_params(path: str) -> list[str]:
    return [seg[1:-1] for seg in path.split("/") if seg.startswith("{")]


def _any_id(path: str) -> str:
    return re.sub(r"\{(\w+)\}", r"{\1:path}", path)


def openapi(request: Request):
    return _json(openapi_spec())


# --- pages -----------------------------------------------------------------------------

def page_index(request: Request):
    with _store(request) as st:
        return _page("index.html", stories=st.stories())


def page_story(request: Request):
    from ..corpus.compare import compare_story
    with _store(request) as st:
        d = compare_story(st, request.path_params["story_id"])
        texts = {a.article.id: a.text for a in st.analyses(d["articles"])}
        return _page("story.html", story=d, span_href=lambda aid, s, e: _span_href(
            texts.get(aid), aid, s, e))


def _span_href(text: str | None, article_id: str, start: int | None, end: int | None) -> str:
    """A link to the article page that scrolls to and highlights characters start..end.

    The article page has no anchors of its own, so the link carries a text fragment
    (``#:~:text=prefix-,words,-suffix``): the browser finds the words itself, with no script,
    and a browser without text fragments still opens the article. A few words either side
    pick the right "56" among several; they stay on the figure's line because the fragment
    matches within one block of text."""
    href = "/articles/" + quote(article_id, safe="")
    if not text or start is None or end is None or not 0 <= start < end <= len(text):
        return href
    words = " ".join(text[start:end].split())
    if not words:
        return href
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].split(" ")
    after = text[end:len(text) if line_end < 0 else line_end].split(" ")
    # The prefix must end right where the figure starts (only spaces between) and the suffix
    # start right after it, or the browser finds no match: cut whole tokens away from the
    # figure, never the tokens that touch it.
    prefix = " ".join(before[-_FRAGMENT_WORDS - 1:]).strip()
    suffix = " ".join(after[:_FRAGMENT_WORDS + 1]).strip()
    parts = ([_fragment_quote(prefix) + "-"] if prefix else []) + [_fragment_quote(words)] \
        + (["-" + _fragment_quote(suffix)] if suffix else [])
    return f"{href}#:~:text={','.join(parts)}"


# Words of context kept either side of a figure in its link.
_FRAGMENT_WORDS = 3


def _fragment_quote(s: str) -> str:
    # "-", "," and "&" are the text directive's own syntax; quote() leaves "-" alone.
    return quote(" ".join(s.split()), safe="").replace("-", "%2D")


def page_article(request: Request):
    from ..render import analysis_json
    with _store(request) as st:
        a = st.analysis(request.path_params["article_id"])
        return _page("article.html", a=analysis_json(a), segments=_segments(a))


def page_quotes(request: Request):
    speaker = request.query_params.get("speaker") or ""
    with _store(request) as st:
        return _page("quotes.html", quotes=st.quotes(speaker=speaker or None), speaker=speaker)


def _segments(a) -> list[tuple[str, str | None]]:
    """The article text cut into (text, css class) pieces: quotes and loaded words marked."""
    t = a.text
    marks = sorted([(q.start, q.end, "q") for q in a.quotes]
                   + [(f.start, f.end, "fr") for f in a.framing if f.technique != "event_word"])
    out, pos = [], 0
    for s, e, cls in marks:
        if s < pos:
            continue  # overlapping mark: the outer one already covers it
        if s > pos:
            out.append((t[pos:s], None))
        out.append((t[s:e], cls))
        pos = e
    if pos < len(t):
        out.append((t[pos:], None))
    return out


async def on_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, NewsprismError):
        exc = NewsprismError(f"internal error: {type(exc).__name__}")
    if request.url.path.startswith("/api/"):
        return _json(error_body(exc), status=exc.http_status)
    return _page("error.html", status=exc.http_status, error=exc)


async def not_found(request: Request, exc: Exception) -> Response:
    return await on_error(request, NotFound(f"no page at {request.url.path}"))


class RequestRefused(NewsprismError):
    """A failure the router decides (405 for a POST, say): it keeps its own status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.http_status = status


async def http_failure(request: Request, exc: Exception) -> Response:
    # Starlette would answer in plain text without the security headers: keep the API's one
    # error shape and the CSP on every response, whatever refused the request.
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", None) or "request refused"
    if status == 405:
        detail = (f"{request.method} is not allowed on {request.url.path}; "
                  "this server is read-only (GET)")
    response = await on_error(request, RequestRefused(str(detail), status))
    for k, v in (getattr(exc, "headers", None) or {}).items():
        response.headers.setdefault(k, v)  # "Allow: GET, HEAD" and the like
    return response


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(db_path: str, allowed_hosts: tuple[str, ...] | None = None) -> Starlette:
    """The web app over an existing database (it never creates one: a typo in the path must not
    serve an empty corpus). ``allowed_hosts`` limits the Host header the app answers to."""
    _require_db(str(db_path))
    # Ids are often URLs (WARC records, feed entries): a parameter must take their slashes.
    routes = [Route(_any_id(path), fn) for path, fn, _ in API]
    routes += [Route("/openapi.json", openapi), Route("/", page_index),
               Route("/stories/{story_id:path}", page_story),
               Route("/articles/{article_id:path}", page_article),
               Route("/quotes", page_quotes)]
    # Served on localhost, a page elsewhere could still rebind its own host name to 127.0.0.1
    # and read the corpus through the victim's browser; answering only to the loopback names
    # closes that.
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))] \
        if allowed_hosts else []
    handlers = {NewsprismError: on_error, 404: not_found, HTTPException: http_failure,
                Exception: on_error}
    app = Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)
    app.state.db_path = str(db_path)
    return app


def _check_listen(host: str, port: int) -> None:
    """Fails early, in one line, where uvicorn would print a traceback (a port taken, an
    address this machine does not have) and exit with a code of its own."""
    import socket
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, addr = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(addr)
    except OSError as exc:
        raise UsageError(f"cannot listen there ({exc.strerror or exc}); give another --port "
                         "or --host", input=f"{host}:{port}") from None


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn
    _check_listen(host, port)
    print(f"newsprism: serving {db_path} at http://{host}:{port}/ (Ctrl-C stops)")
    hosts = LOOPBACK if host in LOOPBACK else None
    uvicorn.run(create_app(db_path, hosts), host=host, port=port, log_level="warning")
