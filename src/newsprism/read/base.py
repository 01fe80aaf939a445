"""Shared pieces of every reader: limits, article ids, dates, newline handling, metadata merge.

Inputs are the raw values each reader pulled from its source; the output is a finished
``records.Article`` whose id follows one rule everywhere, so re-ingesting adds nothing twice.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass

from ..errors import MalformedInput, TooLargeInput
from ..records import Article
from .langid import detect_language, normalize_language

# One input (or one WARC/JSONL record) larger than this is refused before it is decoded:
# the analysis keeps the whole text and a spaCy Doc in memory.
MAX_BYTES = 50_000_000
# spaCy's parser and tokenizer refuse longer texts (nlp.max_length); an article over it is
# refused while it is read, by name, instead of failing later inside the analysis.
MAX_CHARS = 1_000_000

_WS = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def article_id(text: str, url: str | None = None, given: str | None = None) -> str:
    """The article's identity: the given id, else its URL, else a hash of its words.

    Whitespace is normalised before hashing so that a re-wrapped copy of the same text
    (CRLF, trailing blanks) keeps the same id.
    """
    if given is not None and str(given).strip():
        return str(given).strip()
    if url and url.strip():
        return url.strip()
    norm = _WS.sub(" ", text).strip()
    return "sha1-" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as Python's own text mode does.

    This keeps offsets identical to what ``open(path, encoding=...).read()`` gives a user
    who checks a span against the file.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: object) -> _dt.date | None:
    """A date from what sources give (see ``_parse_date``); None outside years 2-9998,
    which no news source means and from which relative dates cannot be counted."""
    d = _parse_date(value)
    return d if d is None or 1 < d.year < 9999 else None


def _parse_date(value: object) -> _dt.date | None:
    """A date from what sources give: date/datetime, 'YYYY-MM-DD', ISO datetimes, struct_time.

    Returns None when the value is missing or unreadable: metadata dates are a convenience,
    and the timex stage can still infer the date from the text.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser
        try:
            return _dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            return None
    if isinstance(value, str):
        m = _ISO_DATE.match(value)
        if m:
            try:
                return _dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def strict_date(value: object, *, input: str, field: str = "published") -> _dt.date | None:
    """Like parse_date for user-given values, but a bad value is an error, not None."""
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        d = _parse_date(value)
        _check_year(d, field, input)
        return d
    # A full ISO timestamp names its day as plainly as a bare date does.
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?",
                                               value.strip()):
        d = _parse_date(value)
        if d is not None:
            _check_year(d, field, input)
            return d
    raise MalformedInput(f"'{field}' must be YYYY-MM-DD (got {value!r})", input=input)


def _check_year(d: _dt.date, field: str, input: str) -> None:
    # Relative dates count a year either way from the publication date ("last March"), which
    # Python's calendar cannot do at its ends (years 1 and 9999).
    if not 1 < d.year < 9999:
        raise MalformedInput(f"'{field}' year {d.year} is outside the years 2-9998 that "
                             "dates can be counted from", input=input)


@dataclass(frozen=True)
class Overrides:
    """Values the user gave explicitly; they win over whatever the source says."""

    outlet: str | None = None
    language: str | None = None
    published: _dt.date | None = None


def clean_str(value: object) -> str | None:
    """A metadata string with collapsed whitespace, or None when blank or not a string."""
    if not isinstance(value, str):
        return None
    v = _WS.sub(" ", value).strip()
    return v or None


_URL_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")


def web_url(value: object) -> str | None:
    """The URL when it is a web address; 'javascript:', 'data:' and other schemes are dropped.

    A source URL is shown and exported as a link, and an article's id falls back to it.
    """
    url = clean_str(value)
    if url is None:
        return None
    m = _URL_SCHEME.match(url)
    if m and m[1].lower() not in ("http", "https"):
        return None
    return url


def check_length(text: str, name: str) -> None:
    """Raises TooLargeInput for an article text longer than the analysis accepts."""
    if len(text) > MAX_CHARS:
        raise TooLargeInput(f"article text is {len(text):,} characters; one article may have "
                            f"at most {MAX_CHARS:,} (the analysis' limit); split it into "
                            "articles, e.g. one JSONL record each", input=name)


def make_article(text: str, *, source: str, overrides: Overrides | None = None,
                 id: str | None = None, title: str | None = None, outlet: str | None = None,
                 url: str | None = None, published: object = None,
                 language: str | None = None, author: str | None = None) -> Article:
    """Builds the Article, applying explicit overrides and detecting the language if unknown."""
    check_length(text, source)
    ov = overrides or Overrides()
    url = web_url(url)
    lang = normalize_language(ov.language) or normalize_language(language)
    if lang is None:
        lang = detect_language(text)
    return Article(
        id=article_id(text, url, id),
        text=text,
        title=clean_str(title),
        outlet=clean_str(ov.outlet) or clean_str(outlet),
        url=url,
        published=ov.published or parse_date(published),
        language=lang,
        author=clean_str(author),
        source=source,
    )


__all__ = ["MAX_BYTES", "MAX_CHARS", "check_length", "Overrides", "article_id", "clean_str", "make_article",
           "normalize_newlines", "parse_date", "strict_date", "web_url"]
