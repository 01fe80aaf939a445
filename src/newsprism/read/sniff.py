"""Decides what kind of input a file or byte string is, by its content first and its name second. Inputs: the first bytes of an input and its name (path, '-', ...).

Kinds: 'text', 'html', 'feed', 'warc', 'jsonl', 'json'. Binary data, empty data and undecodable bytes
are refused here with the matching InputError, so no reader ever sees them.
"""
from __future__ import annotations

import io
import json
import re
import zlib
from pathlib import Path

from ..errors import BinaryInput, EmptyInput, MalformedInput, TooLargeInput
from .text import unicode_encoding

HEAD_BYTES = 64 * 1024
# WARC, and the older Internet Archive ARC format that warcio reads as WARC.
_ARCHIVE_MAGIC = (b"WARC/", b"filedesc://")

# Magic numbers of formats that are never articles. Checked before anything is decoded so that
# a misnamed PDF or image is refused with a clear reason instead of decoded as cp1252 noise.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF media file (WAV/AVI/WebP)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"PAR1", "a Parquet file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"), (b"wOF2", "a web font"),
    (b"\xca\xfe\xba\xbe", "a Java class file"),
)

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.I)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1|"
                         r"main|section|header|nav|script|style|link)\b", re.I)
# A DOCTYPE may carry an internal subset ("[<!ENTITY ...>]") whose own '>'s must not end it,
# or a feed that declares entities is taken for plain text and its markup stored as an article.
_XML_PROLOG = re.compile(r"^(?:<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>\[]*(?:\[.*?\]\s*)?>|\s)*",
                         re.I | re.S)


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not text (a known magic number, or NUL bytes), or None."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return f"binary file ({what}), not an article"
    if (unicode_encoding(data) or "").startswith(("utf-16", "utf-32")):
        return None  # NULs are expected in UTF-16/32 text
    if b"\x00" in data[:HEAD_BYTES]:
        return "binary file (contains NUL bytes), not an article"
    return None


def _decode_head(data: bytes) -> str:
    head = data[:HEAD_BYTES]
    enc = unicode_encoding(head)
    if enc:
        return head.decode(enc, "replace")
    # Undecodable bytes must still count as content, or a legacy-encoded file looks empty.
    return head.decode("utf-8", "replace")


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def _gzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:HEAD_BYTES], HEAD_BYTES)
    except zlib.error:
        return b""


def gunzip(data: bytes, *, name: str, limit: int) -> bytes:
    """The decompressed content of gzip bytes, refused past ``limit`` bytes or when damaged."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedInput(f"damaged gzip data ({exc})", input=name) from None
    if len(out) > limit:
        raise TooLargeInput(f"decompressed content is larger than {limit // 1_000_000} MB",
                            input=name)
    if not d.eof:
        raise MalformedInput("truncated gzip data", input=name)
    return out


def _first_json_line(text: str) -> str | None:
    for line in io.StringIO(text):
        if line.strip():
            return line.strip()
    return None


def _is_json_object_line(line: str | None, complete: bool) -> bool:
    if not line or not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except RecursionError:
        return line.startswith('{"')  # nested past Python's limit: the JSONL reader says so
    except ValueError:
        # A first line longer than the sniffed head cannot be parsed from it; an opening
        # '{"' is then the best evidence there is.
        return not complete and line.startswith('{"')


def _is_json_document(text: str, complete: bool) -> bool:
    """A pretty-printed JSON document (object or array), as opposed to text opening with '['."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.startswith(("{", "[")):
        return False
    if complete:
        try:
            return isinstance(json.loads(stripped), (dict, list))
        except (ValueError, RecursionError):
            return False
    return bool(re.match(r'[\[{]\s*(?:"|\{|\[|\]|\})', stripped))


def sniff(head: bytes, name: str | Path = "-", *, complete: bool = False) -> str:
    """The kind of input whose first bytes are ``head``; raises BinaryInput or EmptyInput.

    ``complete`` says that ``head`` is the whole input (so a cut-off first line is not
    mistaken for a long JSON record).
    """
    label = str(name)
    suffixes = "".join(Path(label).suffixes[-2:]).lower()
    if is_gzip(head):
        inner = _gzip_head(head)
        if inner.startswith(_ARCHIVE_MAGIC):
            return "warc"
        if is_gzip(inner) or not inner:
            raise BinaryInput("gzip-compressed file whose content cannot be read",
                              input=label)
        # corpus.jsonl.gz, feed.xml.gz...: the content decides, as for plain files.
        return sniff(inner, label[:-3] if label.endswith(".gz") else label)
    if head.startswith(_ARCHIVE_MAGIC):
        return "warc"
    reason = binary_reason(head)
    if reason:
        raise BinaryInput(reason, input=label)
    text = _decode_head(head)
    if not text.strip():
        raise EmptyInput("empty input (nothing but whitespace)", input=label)
    body = _XML_PROLOG.sub("", text[:8192], count=1).lstrip("\ufeff \t\r\n")
    lower = body[:2048].lower()
    if _FEED_ROOT.match(lower):
        return "feed"
    if _HTML_START.match(lower) or re.search(r"<html\b", lower):
        return "html"
    whole = complete or len(head) < HEAD_BYTES
    if _is_json_object_line(_first_json_line(text), whole):
        return "jsonl"
    if _is_json_document(text, whole):
        return "json"
    if suffixes.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if suffixes.endswith((".rss", ".atom")) and lower.startswith("<"):
        return "feed"
    if suffixes.endswith((".html", ".htm", ".xhtml")) and "<" in lower and ">" in lower:
        return "html"
    return "text"


__all__ = ["HEAD_BYTES", "binary_reason", "gunzip", "is_gzip", "sniff"]
