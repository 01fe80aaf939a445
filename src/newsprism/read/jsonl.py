"""Reads JSONL corpora (one article record per line, the contract's shape) and JSON documents.

Input is a path; each line {"id","text","title","url","outlet","language","published",...}
becomes an Article (only "text" is required). A bad line is reported as "file.jsonl:LINE" and
the other lines are still read. Extra fields stay in the raw dict, never in the Article.
"""
from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import (BinaryInput, EmptyInput, EncodingInput, InputError, MalformedInput,
                      TooLargeInput)
from ..records import Article
from .base import MAX_BYTES, Overrides, check_length, make_article, strict_date
from .langid import normalize_language
from .sniff import binary_reason
from .text import text_title, unicode_encoding

_STRING_FIELDS = ("id", "title", "url", "outlet", "language", "author")
# Ids travel in URLs, page links and export keys; browsers and servers cap a URL near 8 KB.
MAX_ID_CHARS = 2000


def _check_fields(rec: dict, label: str) -> None:
    if "text" not in rec:
        raise MalformedInput("record has no 'text' field (the only required one)", input=label)
    if not isinstance(rec["text"], str):
        raise MalformedInput(f"'text' must be a string (got {type(rec['text']).__name__})",
                             input=label)
    for key in _STRING_FIELDS:
        v = rec.get(key)
        if key == "id" and isinstance(v, int) and not isinstance(v, bool):
            continue  # numeric ids are common in corpora; they are kept as their decimal form
        if v is not None and not isinstance(v, str):
            raise MalformedInput(f"'{key}' must be a string or null (got {type(v).__name__})",
                                 input=label)
    if len(str(rec.get("id") or "")) > MAX_ID_CHARS:
        raise MalformedInput(f"'id' is longer than {MAX_ID_CHARS} characters", input=label)
    if "\x00" in rec["text"]:
        # Same rule as for files: NUL is no character of any article, and XML exports
        # (GraphML) cannot hold it.
        raise MalformedInput("'text' contains NUL characters (binary data?)", input=label)
    lang = rec.get("language")
    if isinstance(lang, str) and lang.strip() and normalize_language(lang) is None:
        raise MalformedInput(f"'language' must be an ISO 639-1 code such as 'en' (got {lang!r})",
                             input=label)


def record_article(rec: dict, *, label: str, overrides: Overrides | None = None) -> Article:
    """An Article from one parsed JSONL record; raises InputError naming ``label``."""
    _check_fields(rec, label)
    _check_strings(rec, label)
    # Kept exactly as given (no newline folding): gold offsets in a corpus point into it.
    text = rec["text"]
    if not text.strip():
        raise EmptyInput("'text' is empty", input=label)
    check_length(text, label)
    published = strict_date(rec.get("published"), input=label)
    given = rec.get("id")
    return make_article(
        text, source=label, overrides=overrides,
        id=str(given) if given is not None else None,
        title=rec.get("title") or text_title(text),
        outlet=rec.get("outlet"), url=rec.get("url"), published=published,
        language=rec.get("language"), author=rec.get("author"))


def _parse_line(raw: bytes, label: str) -> dict:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingInput(f"line is not UTF-8 ({exc.reason} at byte {exc.start})",
                            input=label) from None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # json's "Invalid control character at"
        raise MalformedInput(f"not valid JSON ({reason}, column {exc.colno})",
                             input=label) from None
    except (ValueError, RecursionError) as exc:
        raise MalformedInput(_json_limit(exc), input=label) from None
    if not isinstance(rec, dict):
        raise MalformedInput(f"line must be a JSON object (got {type(rec).__name__})",
                             input=label)
    return rec


def _json_limit(exc: Exception) -> str:
    # json.loads raises these past Python's own limits, not as JSONDecodeError.
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read"
    if "digits" in str(exc):
        return "JSON holds a number too long to read (over 4,300 digits)"
    return f"JSON value beyond what can be read ({exc})"


def _check_strings(rec: dict, label: str) -> None:
    """JSON may escape half a surrogate pair ('\\ud800'); such a string cannot be stored,
    hashed or shown, so the record is refused here rather than failing further on."""
    for key in ("text",) + _STRING_FIELDS:
        v = rec.get(key)
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise MalformedInput(f"'{key}' holds an unpaired surrogate escape "
                                     "(\\ud800-\\udfff), which is no character",
                                     input=label) from None


def _line_reader(fh, encoding: str | None):
    """A readline() giving bytes: UTF-16/32 files are re-encoded line by line to UTF-8, so
    that one line loop serves every file (b"" at the end, as for bytes)."""
    if encoding is None or not encoding.startswith(("utf-16", "utf-32")):
        return lambda: fh.readline(MAX_BYTES + 1)
    text = io.TextIOWrapper(fh, encoding=encoding, newline="")
    return lambda: text.readline(MAX_BYTES + 1).encode("utf-8")


def _lines(path: str | Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over the size limit."""
    with open(path, "rb") as raw_fh:
        # corpus.jsonl.gz streams like corpus.jsonl: decompressed line by line, never whole.
        magic = raw_fh.read(2)
        raw_fh.seek(0)
        fh = gzip.GzipFile(fileobj=raw_fh) if magic == b"\x1f\x8b" else raw_fh
        head = fh.peek(4096)[:4096]
        reason = binary_reason(head)
        if reason:  # one refusal for the file, not one "line is not UTF-8" per line of it
            raise BinaryInput(reason, input=str(path))
        encoding = unicode_encoding(head)
        readline = _line_reader(fh, encoding)
        number = 0
        while True:
            raw = readline()
            if not raw:
                return
            number += 1
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                    raw = readline()
                yield number, None
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield number, raw


def read_jsonl_records(path: str | Path, *, overrides: Overrides | None = None
                       ) -> Iterator[tuple[Article | InputError, dict]]:
    """(Article or the line's InputError, the raw record) for each non-blank line.

    The raw dict carries every field as written (gold labels such as "story" included), for
    evaluation code; it is {} when the line is not a JSON object.
    """
    name = str(path)
    try:
        lines = _lines(path)
        for number, raw in lines:
            label = f"{name}:{number}"
            if raw is None:
                yield TooLargeInput(f"line is larger than {MAX_BYTES // 1_000_000} MB",
                                    input=label), {}
                continue
            if not raw.strip():
                continue
            rec: dict = {}
            try:
                rec = _parse_line(raw, label)
                yield record_article(rec, label=label, overrides=overrides), rec
            except InputError as exc:
                yield exc, rec
    except BinaryInput as exc:
        yield exc, {}
    except UnicodeDecodeError as exc:
        yield EncodingInput(f"not valid {exc.encoding} past the lines read ({exc.reason}); "
                            "convert the file to UTF-8", input=name), {}
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield MalformedInput(f"damaged or truncated gzip data ({exc}); the lines before it "
                             "were read", input=name), {}
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", input=name), {}


def _json_feed_record(item: dict, feed: dict) -> dict:
    """A JSON Feed (jsonfeed.org) item in the record shape; HTML content becomes text."""
    from .html import fragment_text

    text = item.get("content_text") or fragment_text(item.get("content_html") or "") \
        or item.get("summary") or ""
    authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
    author = authors[0].get("name") if authors and isinstance(authors[0], dict) else None
    return {"id": item.get("id") if isinstance(item.get("id"), str) else None,
            "text": text, "title": item.get("title"), "url": item.get("url"),
            "outlet": feed.get("title"), "author": author,
            "language": item.get("language") or feed.get("language"),
            "published": (item.get("date_published") or "")[:10] or None}


def _json_records(doc: object) -> list[dict] | None:
    """The article records a JSON document holds, or None when it holds none."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        return None
    if "jsonfeed.org" in str(doc.get("version", "")) and isinstance(doc.get("items"), list):
        return [_json_feed_record(i, doc) if isinstance(i, dict) else i for i in doc["items"]]
    if "text" in doc:
        return [doc]
    for key in ("articles", "records", "items", "data"):
        if isinstance(doc.get(key), list):
            return doc[key]
    return None


def iter_json(data: bytes, *, name: str,
              overrides: Overrides | None = None) -> Iterator[Article | InputError]:
    """Articles of a whole-file JSON document: an array of records, one record, a JSON Feed.

    Records are labelled "file.json#N" (N from 1) so a bad one is named like a JSONL line.
    """
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield EncodingInput(f"JSON is not UTF-8 ({exc.reason} at byte {exc.start})", input=name)
        return
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")
        yield MalformedInput(f"not valid JSON ({reason}, line {exc.lineno} column {exc.colno})",
                             input=name)
        return
    except (ValueError, RecursionError) as exc:
        yield MalformedInput(_json_limit(exc), input=name)
        return
    records = _json_records(doc)
    if records is None:
        yield MalformedInput("JSON document holds no article records (expected an array of "
                             "records, a record with 'text', or a JSON Feed)", input=name)
        return
    for i, rec in enumerate(records, 1):
        label = f"{name}#{i}"
        if not isinstance(rec, dict):
            yield MalformedInput(f"record must be a JSON object (got {type(rec).__name__})",
                                 input=label)
            continue
        try:
            yield record_article(rec, label=label, overrides=overrides)
        except InputError as exc:
            yield exc


def iter_jsonl(path: str | Path, *,
               overrides: Overrides | None = None) -> Iterator[Article | InputError]:
    """Articles (or per-line errors) of a JSONL file, in file order."""
    for item, _ in read_jsonl_records(path, overrides=overrides):
        yield item


__all__ = ["iter_json", "iter_jsonl", "read_jsonl_records", "record_article"]
