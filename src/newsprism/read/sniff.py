"""Decides what kind of input a file or byte string is, by its content first and its name second,
and decodes bytes to text. Inputs: the first bytes of an input and its name (path, '-', ...).

Kinds: 'text', 'html', 'feed', 'warc', 'jsonl', 'json'. Binary data, empty data and undecodable bytes
are refused here with the matching InputError, so no reader ever sees them.
"""
from __future__ import annotations

import codecs
import io
import json
import re
import zlib
from pathlib import Path

from ..errors import BinaryInput, EmptyInput, EncodingInput, MalformedInput, TooLargeInput

HEAD_BYTES = 64 * 1024

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

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.I)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1|"
                         r"main|section|header|nav|script|style|link)\b", re.I)
_XML_PROLOG = re.compile(r"^(?:<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>]*>|\s)*", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not text (a known magic number, or NUL bytes), or None."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return f"binary file ({what}), not an article"
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return None  # NULs are expected in UTF-16/32 text
    if b"\x00" in data[:HEAD_BYTES]:
        return "binary file (contains NUL bytes), not an article"
    return None


def _looks_like_text(text: str) -> bool:
    # Control characters other than tab/newline/CR/FF are rare in real text; a legacy-decoded
    # binary file is full of them.
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7f <= ord(ch) < 0xa0)
    return bad / len(text) < 0.01


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if Python knows it."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# Non-ASCII characters that Western European text in cp1252 is made of. Text in another
# legacy code page read as cp1252 shows other symbols (Polish "ł" comes out as "³"), or these
# letters in whole words (Russian cp1251 comes out as "Ïðåçèäåíò").
_WESTERN = set("àâäçéèêëîïôöûüùÿñáíóúãõœßæøåìòÀÂÄÇÉÈÊËÎÏÔÖÛÜÙŸÑÁÍÓÚÃÕŒÆØÅÌÒ"
               "’‘“”–—…€«»°§©®·¡¿ªº´¨£¥¢±½¼¾×÷µ²ýÝþÞðÐšŠžŽ†•™")


def _western(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha())
    high = [ch for ch in text if ord(ch) > 127]
    if not high or not letters:
        return True
    return all(ch in _WESTERN for ch in high) and len(high) < 0.2 * letters


_PLAIN_PUNCT = set(".,;:!?'\"()[]{}-–—…«»“”‘’„/\\%&@#*+=<>§$€£¥|~^_`،؛؟。，、：；！？「」『』（）・۔।")


def _odd_symbols(text: str) -> int:
    """Characters that are neither letters, digits, spaces nor everyday punctuation.

    A wrong code page with the right script turns letters into symbols ('ł' -> '³'); the
    decoding with the fewest such symbols is the one meant.
    """
    return sum(1 for ch in text
               if not (ch.isalpha() or ch.isdecimal() or ch.isspace() or ch in _PLAIN_PUNCT
                       or ch.isascii()))


def _guess(data: bytes) -> str | None:
    """Text decoded with the legacy encoding charset-normalizer finds most coherent, if any.

    Among its first candidates the one leaving the fewest odd symbols wins: on short texts
    it ranks code pages of one script (cp1257 / cp1250) almost level.
    """
    from charset_normalizer import from_bytes

    candidates = [m for m in list(from_bytes(data[:200_000]))[:8] if m.chaos <= 0.2]
    if not candidates:
        return None
    best = min(candidates, key=lambda m: _odd_symbols(str(m)))
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _looks_like_text(text) and _reads_as_words(text) else None


def _reads_as_words(text: str) -> bool:
    # A guesser maps any byte soup to some code page; real text is mostly letters and, outside
    # Chinese and Japanese, has spaces between words.
    chars = [ch for ch in text if not ch.isspace()]
    if not chars or sum(ch.isalpha() for ch in chars) < 0.6 * len(chars):
        return False
    unspaced = sum(1 for ch in chars if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    return unspaced > 0.3 * len(chars) or text.count(" ") + text.count("\n") >= len(text) / 40


def decode(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Bytes to str: BOM, UTF-8, a declared charset, Western cp1252, then a statistical guess.

    UTF-8 goes before the declared charset because pages often declare latin-1 while serving
    UTF-8; a byte string that is valid UTF-8 is almost never meant as anything else. cp1252
    goes before the guess because the guesser confuses it with other Latin code pages.
    """
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            raise EncodingInput(f"starts with a {bom} byte-order mark but is not valid {bom} "
                                f"({exc.reason} at byte {exc.start})", input=name) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    if declared and declared.replace("_", "-") not in ("utf-8", "utf8"):
        try:
            text = data.decode(declared)
            if _looks_like_text(text):
                return text
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_like_text(western) and _western(western):
        return western
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    raise EncodingInput(
        f"cannot decode: not UTF-8 ({first_error.reason} at byte {first_error.start}) and no "
        "other encoding gives readable text; convert the file to UTF-8", input=name)


def _decode_head(data: bytes) -> str:
    head = data[:HEAD_BYTES]
    enc = bom_encoding(head)
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
        except ValueError:
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
        if inner.startswith(b"WARC/"):
            return "warc"
        if is_gzip(inner) or not inner:
            raise BinaryInput("gzip-compressed file whose content cannot be read",
                              input=label)
        # corpus.jsonl.gz, feed.xml.gz...: the content decides, as for plain files.
        return sniff(inner, label[:-3] if label.endswith(".gz") else label)
    if head.startswith(b"WARC/"):
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


__all__ = ["HEAD_BYTES", "binary_reason", "bom_encoding", "declared_charset", "decode",
           "gunzip", "is_gzip", "sniff"]
