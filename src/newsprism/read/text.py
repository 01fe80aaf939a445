"""Decodes bytes to text (BOMs, UTF-8, declared and legacy code pages) and reads plain-text
articles. Input is the raw bytes of one .txt file (or stdin, or a page for the HTML reader).

The Article's text is exactly the decoded content, with CRLF/CR turned into LF as Python's
text mode does, so contract offsets hold; its title is the detected headline.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter

from ..errors import BinaryInput, EmptyInput, EncodingInput
from ..records import Article
from .base import Overrides, check_length, make_article, normalize_newlines

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text, told by its high bytes.

    Text in one alphabetic script keeps the high byte of nearly every code unit to one or two
    values (0x00 for ASCII spaces and digits, 0x03 for Greek, 0x04 for Cyrillic...), while
    the low bytes vary; 8-bit text varies at both positions.
    """
    head = data[:4096]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8 or 0 not in head:
        return None
    even, odd = _top_share(head[0::2]), _top_share(head[1::2])
    if odd[0] >= 0.9 and 0 in odd[1] and even[0] < 0.6:
        return "utf-16-le"
    if even[0] >= 0.9 and 0 in even[1] and odd[0] < 0.6:
        return "utf-16-be"
    return None


def _top_share(column: bytes) -> tuple[float, set[int]]:
    """The share of the two commonest byte values in ``column``, and those values."""
    counts = Counter(column).most_common(2)
    return sum(n for _, n in counts) / len(column), {b for b, _ in counts}


def unicode_encoding(data: bytes) -> str | None:
    """The UTF-16/32 or UTF-8-with-BOM encoding the bytes show, with or without a BOM."""
    return bom_encoding(data) or utf16_without_bom(data)


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 are still UTF-8 text with a few damaged bytes.

    Legacy code pages almost never form valid multi-byte UTF-8 sequences, so when those
    outnumber the invalid bytes, the damage is local and the rest should read as UTF-8.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good >= 1 and good >= bad


def _looks_like_text(text: str) -> bool:
    # Control characters other than tab/newline/CR/FF are rare in real text; a legacy-decoded
    # binary file is full of them.
    if not text:
        return True
    bad = sum(1 for ch in text
              if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7f <= ord(ch) < 0xa0)
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
    text = _decode(data, name=name, declared=declared)
    if "\x00" in text:
        # The sniffer sees only the head; a NUL further in marks a binary file just as well.
        raise BinaryInput("binary file (contains NUL bytes), not an article", input=name)
    return text


def _decode(data: bytes, *, name: str, declared: str | None) -> str:
    bom = unicode_encoding(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            how = (f"starts with a {bom} byte-order mark" if bom_encoding(data)
                   else f"looks like {bom} (no byte-order mark)")
            raise EncodingInput(f"{how} but is not valid {bom} "
                                f"({exc.reason} at byte {exc.start})", input=name) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    if _mostly_utf8(data):
        return data.decode("utf-8", "replace")
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




def text_title(text: str) -> str | None:
    """The headline that structure detection finds at the top of the text, if any."""
    from ..analyze.structure import detect_blocks

    for block in detect_blocks(text):
        if block.kind == "headline":
            return text[block.start:block.end]
    return None


def read_text(data: bytes, *, name: str, overrides: Overrides | None = None) -> Article:
    """One plain-text article from its bytes; raises EncodingInput or EmptyInput."""
    text = normalize_newlines(decode(data, name=name))
    if not text.strip():
        raise EmptyInput("empty input (nothing but whitespace)", input=name)
    check_length(text, name)
    return make_article(text, source=name, overrides=overrides, title=text_title(text))


__all__ = ["bom_encoding", "declared_charset", "decode", "read_text", "text_title",
           "unicode_encoding"]
