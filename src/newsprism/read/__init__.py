"""Reads news inputs of every kind (text, HTML, RSS/Atom, WARC/ARC, JSONL/JSON, any of them
gzipped, folders, stdin) into ``records.Article``s. Inputs: paths or bytes; kinds are sniffed.

Bad inputs are yielded as InputError by the streaming readers, so a caller reports each one and
goes on; the single-article readers raise them instead.
"""
from __future__ import annotations

import datetime as _dt
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, MalformedInput, TooLargeInput, UsageError
from ..records import Article
from . import sidecar
from .base import MAX_BYTES, Overrides, article_id, strict_date
from .feed import iter_feed
from .html import read_html
from .jsonl import iter_json, iter_jsonl, read_jsonl_records
from .langid import detect_language, normalize_language
from .sniff import HEAD_BYTES, gunzip, is_gzip, sniff
from .text import read_text
from .warc import iter_warc

_KINDS = ("text", "html", "feed", "warc", "jsonl", "json")
_ONE_ARTICLE = ("text", "html")
_KIND_NAMES = {"feed": "an RSS/Atom feed", "warc": "a WARC archive", "jsonl": "a JSONL file",
               "json": "a JSON document"}


def _overrides(outlet: str | None, language: str | None,
               published: _dt.date | str | None) -> Overrides:
    """Checks user-given values once, up front: a bad one is a usage error, not a bad input."""
    try:
        pub = strict_date(published, input="--published")
    except MalformedInput as exc:
        raise UsageError(exc.message, input=exc.input) from None
    lang = None
    if language is not None and str(language).strip():
        lang = normalize_language(language)
        if lang is None:
            raise UsageError(f"'language' must be an ISO 639-1 code such as 'en' "
                             f"(got {language!r})", input="--lang")
    return Overrides(outlet=outlet or None, language=lang, published=pub)


def _check_hint(hint: str | None) -> None:
    if hint is not None and hint not in _KINDS:
        raise UsageError(f"unknown input kind {hint!r}; expected one of {', '.join(_KINDS)}")


def _too_large(name: str) -> TooLargeInput:
    return TooLargeInput(f"input is larger than {MAX_BYTES // 1_000_000} MB; split it, or "
                         "give it as JSONL or WARC, which are read record by record", input=name)


def _one_article(data: bytes, kind: str, name: str, ov: Overrides) -> Article:
    if kind == "html":
        return read_html(data, name=name, overrides=ov)
    return read_text(data, name=name, overrides=ov)


def read_bytes(data: bytes, name: str = "-", hint: str | None = None, *,
               outlet: str | None = None, language: str | None = None,
               published: _dt.date | str | None = None) -> Article:
    """One article (plain text or HTML) from bytes, e.g. stdin; raises InputError.

    ``hint`` ('text' or 'html') forces the kind where sniffing would guess.
    """
    _check_hint(hint)
    ov = _overrides(outlet, language, published)
    if len(data) > MAX_BYTES:
        raise _too_large(name)
    kind = sniff(data[:HEAD_BYTES], name, complete=len(data) <= HEAD_BYTES)
    if hint in _ONE_ARTICLE and kind in _ONE_ARTICLE:
        kind = hint
    data = _plain(data, name)
    if kind not in _ONE_ARTICLE:
        raise MalformedInput(f"this is {_KIND_NAMES[kind]}, not one article; read it with "
                             "`newsprism ingest` (or `analyze --jsonl` for JSONL)", input=name)
    return _one_article(data, kind, name, ov)


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return sys.stdin.read().encode("utf-8")
    return stream.read(MAX_BYTES + 1)


def read_article(path: str | Path, *, outlet: str | None = None, language: str | None = None,
                 published: _dt.date | str | None = None) -> Article:
    """One article from a .txt/.html/.htm file, or '-' for stdin; raises InputError."""
    name = str(path)
    if name == "-":
        return read_bytes(_read_stdin(), "-", outlet=outlet, language=language,
                          published=published)
    p = Path(path)
    if p.is_dir():
        raise InputError("is a folder; `analyze` takes one article (use `ingest` for folders)",
                         input=name)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise _too_large(name)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", input=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=name) from None
    return read_bytes(data, name, outlet=outlet, language=language, published=published)


_Sidecar = tuple[Path, dict] | None


def _walk(folder: Path) -> Iterator[tuple[Path, _Sidecar]]:
    """Files under a folder in a stable order, each with its metadata file if it has one.

    Hidden files and folders, READMEs and licences are left out, and so are the metadata
    files themselves once paired with their article.
    """
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        paths = [Path(root) / f for f in sorted(files) if not f.startswith(".")]
        readable, meta = sidecar.pair([p for p in paths if not sidecar.is_folder_doc(p)])
        for p in readable:
            yield p, meta.get(p)


def _with_sidecar(path: Path) -> tuple[Path, _Sidecar]:
    """An explicitly named file with its own "name.meta.json" / "name.json", if any."""
    siblings = [path] + [s for s in sidecar.own_sidecars(path) if s.is_file()]
    _, meta = sidecar.pair(siblings)
    return path, meta.get(path)


def _iter_file(path: Path, ov: Overrides, hint: str | None = None
               ) -> Iterator[Article | InputError]:
    name = str(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # Opening a FIFO or a device would block or never end; stdin has its own name.
            yield InputError("not a regular file (give '-' to read standard input)",
                             input=name)
            return
        size = st.st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except FileNotFoundError:
        yield InputError("no such file or folder", input=name)
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", input=name)
        return
    try:
        kind = hint or sniff(head, name, complete=size <= HEAD_BYTES)
    except InputError as exc:
        yield exc
        return
    if kind == "warc":
        yield from iter_warc(path, overrides=ov)
        return
    if kind == "jsonl":
        yield from iter_jsonl(path, overrides=ov)
        return
    if size > MAX_BYTES:
        yield _too_large(name)
        return
    try:
        data = _plain(path.read_bytes(), name)
        if kind == "feed":
            yield from iter_feed(data, name=name, overrides=ov)
        elif kind == "json":
            yield from iter_json(data, name=name, overrides=ov)
        else:
            yield _one_article(data, kind, name, ov)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", input=name)


def _plain(data: bytes, name: str) -> bytes:
    """Gzipped single inputs (page.html.gz, feed.xml.gz) decompressed, within the size limit."""
    return gunzip(data, name=name, limit=MAX_BYTES) if is_gzip(data) else data


def _iter_stdin(ov: Overrides) -> Iterator[Article | InputError]:
    data = _read_stdin()
    if len(data) > MAX_BYTES:
        yield _too_large("-")
        return
    try:
        kind = sniff(data[:HEAD_BYTES], "-", complete=len(data) <= HEAD_BYTES)
    except InputError as exc:
        yield exc
        return
    if kind in ("warc", "jsonl"):
        # Both readers stream from a file; stdin is spooled to one so they need no second path.
        with tempfile.TemporaryDirectory() as tmp:
            spool = Path(tmp) / "stdin"
            spool.write_bytes(data)
            for item in _iter_file(spool, ov, hint=kind):
                yield _renamed(item, str(spool), "-")
        return
    try:
        data = _plain(data, "-")
        if kind == "feed":
            yield from iter_feed(data, name="-", overrides=ov)
        elif kind == "json":
            yield from iter_json(data, name="-", overrides=ov)
        else:
            yield _one_article(data, kind, "-", ov)
    except InputError as exc:
        yield exc


def _renamed(item: Article | InputError, old: str, new: str) -> Article | InputError:
    if isinstance(item, InputError):
        if item.input and item.input.startswith(old):
            item.input = new + item.input[len(old):]
        return item
    if item.source and item.source.startswith(old):
        from dataclasses import replace
        return replace(item, source=new + item.source[len(old):])
    return item


def iter_articles(paths: Iterable[str | Path], *, outlet: str | None = None,
                  language: str | None = None, published: _dt.date | str | None = None
                  ) -> Iterator[Article | InputError]:
    """Every article in files, folders (recursively), '-' (stdin); bad inputs are yielded.

    Explicit ``outlet``/``language``/``published`` override what the sources say; a bad value
    for one of them raises UsageError before anything is read. Metadata files beside articles
    ("story.meta.json", a folder's lone "meta.json") fill in what the article lacks.
    """
    ov = _overrides(outlet, language, published)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        if str(path) == "-":
            yield from _iter_stdin(ov)
            continue
        p = Path(path)
        for f, side in (_walk(p) if p.is_dir() else [_with_sidecar(p)]):
            for item in _iter_file(f, ov):
                yield sidecar.apply(item, side[0], side[1], ov) if side else item


__all__ = ["article_id", "detect_language", "iter_articles", "read_article", "read_bytes",
           "read_jsonl_records"]
