"""Reads WARC and WARC.gz (and old ARC) web archives record by record, streaming, as articles.

Input is a path to an archive; each 2xx HTML (or plain-text) response or resource record goes
through the HTML or text reader. Requests, metadata, images and pages without article text are
skipped silently; a corrupt or truncated archive ends with an InputError naming the offset.
"""
from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from ..errors import EmptyInput, InputError, MalformedInput, TooLargeInput
from ..records import Article
from .base import MAX_BYTES, Overrides, make_article, normalize_newlines, parse_date
from .html import read_html
from .sniff import binary_reason
from .text import decode, text_title

# Target URIs with spaces are repaired by warcio and worth no warning on the user's terminal.
logging.getLogger("warcio.recordloader").setLevel(logging.ERROR)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset=UTF-8'."""
    if not content_type:
        return "", None
    parts = [p.strip() for p in content_type.split(";")]
    charset = None
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip("\"' ") or None
    return parts[0].lower(), charset


def _record_kind(record) -> tuple[str, str | None] | None:
    """('html'|'text', charset) for records that may hold an article, else None."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return None
        status = headers.get_statuscode()
        if not status or not str(status).startswith("2"):
            return None
        mtype, charset = _media_type(headers.get_header("Content-Type"))
    elif record.rec_type == "resource":
        mtype, charset = _media_type(record.rec_headers.get_header("Content-Type"))
    else:
        return None
    if mtype in _HTML_TYPES:
        return "html", charset
    if mtype in _TEXT_TYPES:
        return "text", charset
    return None


def _record_id(record) -> str:
    rid = record.rec_headers.get_header("WARC-Record-ID") or ""
    return rid.strip().strip("<>") or "record"


def _record_article(record, kind: str, charset: str | None, *, path: str,
                    overrides: Overrides | None) -> Article | InputError | None:
    label = f"{path}#{_record_id(record)}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = parse_date(record.rec_headers.get_header("WARC-Date"))
    payload = record.content_stream().read(MAX_BYTES + 1)
    if len(payload) > MAX_BYTES:
        return TooLargeInput(f"record payload is larger than {MAX_BYTES // 1_000_000} MB",
                             input=label)
    if not payload.strip() or binary_reason(payload):
        return None
    try:
        if kind == "html":
            # The archive's date is when the page was crawled: only a fallback for the page's own.
            return read_html(payload, name=label, overrides=overrides, url=url,
                             published=warc_date, charset=charset, url_wins=True)
        text = normalize_newlines(decode(payload, name=label, declared=charset))
        if not text.strip():
            return None
        return make_article(text, source=label, overrides=overrides, url=url,
                            published=warc_date, title=text_title(text))
    except (MalformedInput, EmptyInput):
        return None  # a page with no article text is not an article: skip it, as a crawler would
    except InputError as exc:
        return exc


class _Iterator(ArchiveIterator):
    """warcio's iterator, remembering whether the last gzip member ended properly.

    warcio treats a gzip stream cut off mid-member as a clean end of file; the decompressor's
    ``eof`` flag, read just before warcio drops it, is the only witness of the truncation.
    """

    truncated = False

    def _consume_blanklines(self):
        # warcio writes a warning straight to stderr when a record's Content-Length is wrong;
        # the error count it keeps is reported as an InputError instead, like any bad input.
        with contextlib.redirect_stderr(io.StringIO()):
            return super()._consume_blanklines()

    def close(self) -> None:
        d = self.reader.decompressor if self.reader is not None else None
        if d is not None and hasattr(d, "eof") and not d.eof:
            self.truncated = True
        super().close()


def _unread_bytes(fh, offset: int) -> bool:
    """Whether anything but blank lines follows ``offset`` in a plain (uncompressed) WARC."""
    try:
        fh.seek(offset)
        rest = fh.read(1 << 16)
    except (OSError, ValueError):
        return False
    return bool(rest.strip())


def _drained_whole(record) -> bool:
    """Reads the record to its end; False when the file ends before its Content-Length.

    warcio returns short reads at a truncation instead of failing, so the bytes left
    unread on the record's length-limited stream are the evidence.
    """
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) <= 0


def iter_warc(path: str | Path, *,
              overrides: Overrides | None = None) -> Iterator[Article | InputError]:
    """Articles from a WARC/WARC.gz file, one record at a time; errors are yielded, not raised.

    A record is passed on only once it has been read to its declared end, so a record cut off
    by truncation is reported, never passed on half-read. After a damaged record the reader
    looks for the next record header (or gzip member) and goes on from there.
    """
    name = str(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield InputError(f"cannot open: {exc.strerror}", input=name)
        return
    with fh:
        marker = _record_marker(fh)
        start, reported = 0, False
        for _ in range(_MAX_RESYNCS):
            read = [0]
            damage = yield from _records(fh, start, name, overrides, read)
            if damage is None:
                return
            offset, reason, search_from = damage
            nxt = _next_record(fh, search_from, marker)
            if nxt == offset:  # where the damage was found: reading there again fails again
                nxt = _next_record(fh, offset + 1, marker)
            # A marker found by chance inside damaged bytes fails at once: that is the same
            # damage, already reported, not a new one.
            if read[0] or not reported:
                yield _corrupt(name, offset, reason, nxt)
                reported = True
            if nxt is None:
                return
            start = nxt
        yield MalformedInput(f"more than {_MAX_RESYNCS} damaged records; the rest of the archive "
                             "was not read", input=name)


# A file of nothing but broken records would otherwise be searched without end.
_MAX_RESYNCS = 100


def _record_marker(fh) -> bytes | None:
    """What starts each record: a gzip member in a WARC.gz, a header line in a plain WARC;
    None for an old ARC file, whose record lines have no marker to search for."""
    fh.seek(0)
    head = fh.read(8)
    if head.startswith(b"\x1f\x8b"):
        return b"\x1f\x8b\x08"
    return b"WARC/1." if head.startswith(b"WARC/") else None


def _next_record(fh, offset: int, marker: bytes | None) -> int | None:
    """Where the next record (``marker``) starts at or after ``offset``, if anywhere."""
    if marker is None:
        return None
    chunk = 1 << 20
    pos = offset
    while True:
        try:
            fh.seek(pos)
            data = fh.read(chunk + 8)
        except (OSError, ValueError):
            return None
        if not data:
            return None
        hit = data.find(marker)
        if hit >= 0:
            return pos + hit
        if len(data) <= chunk:
            return None
        pos += chunk


def _records(fh, start: int, name: str, overrides: Overrides | None, read: list[int]):
    """Yields the articles of the records from ``start`` on; returns None at a clean end,
    else (offset, reason, where to look for the next record) for the damage that stopped it;
    ``read[0]`` counts the records read whole.

    When a record's Content-Length is wrong, the next header can start inside the stretch it
    claimed (or before where warcio looked), so the search starts just past that record's start.
    """
    fh.seek(start)
    seen_errors = 0
    prev = start  # warcio counts offsets from the file's start, wherever reading began
    it = _Iterator(fh, arc2warc=True)
    records = iter(it)
    while True:
        try:
            record = next(records)
        except StopIteration:
            if it.truncated:
                return it.offset, EOFError("gzip stream ends mid-record"), \
                    it.offset + 1
            if _unread_bytes(fh, it.offset):
                # warcio also stops quietly at a record header cut short.
                return it.offset, EOFError("incomplete record header"), \
                    it.offset + 1
            return None
        except Exception as exc:  # warcio and zlib raise many types on damaged archives
            return it.offset, exc, prev + 1
        # warcio settles the offset when it finishes the previous record, i.e. inside
        # next(): only now does it name where this record starts.
        offset = it.offset
        if it.err_count > seen_errors:
            # warcio has already found this record's header past the bad length: go on here.
            seen_errors = it.err_count
            yield _corrupt(name, offset, ValueError("the record before this one is longer or "
                                                    "shorter than its Content-Length"), offset)
        if not record.rec_type or record.rec_headers.get_header("Content-Length") is None:
            # warcio reads a header of junk as one record that runs to the end of the file.
            return offset, ValueError("record header truncated or damaged: no WARC-Type or "
                                      "Content-Length"), offset + 1
        try:
            kind = _record_kind(record)
            out = None
            if kind is not None:
                out = _record_article(record, kind[0], kind[1], path=name, overrides=overrides)
            whole = _drained_whole(record)
        except Exception as exc:
            return offset, exc, offset + 1
        if not whole:
            return offset, EOFError("file ends before the record's Content-Length"), offset + 1
        prev = offset
        read[0] += 1
        if out is not None:
            yield out


def _corrupt(name: str, offset: int, exc: Exception, resumed: int | None = None
             ) -> MalformedInput:
    if isinstance(exc, (AttributeError, TypeError, KeyError, IndexError)):
        # warcio's own slips on headers it did not expect ("'NoneType' object has no
        # attribute 'startswith'" for a response without WARC-Target-URI) say nothing to a user
        detail = ("record headers that cannot be parsed: a required field such as "
                  "WARC-Target-URI is missing or malformed")
    else:
        detail = str(exc) or type(exc).__name__
    after = (f"reading went on at the next record, byte {resumed}" if resumed is not None
             else "records before it were read")
    return MalformedInput(f"corrupt or truncated WARC record at byte offset {offset} "
                          f"({detail}); {after}", input=name)


__all__ = ["iter_warc"]
