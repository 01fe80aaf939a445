"""Reads an RSS 2.0, RSS 1.0 (RDF) or Atom file: one Article per entry.

Input is the feed's bytes and its path; each entry's text is its fullest content
(content:encoded / Atom content, else the summary) turned from HTML into plain paragraphs.
"""
from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator

import feedparser

from ..errors import EmptyInput, InputError, MalformedInput
from ..records import Article
from .base import Overrides, clean_str, make_article, parse_date
from .html import fragment_text
from .langid import normalize_language
from .sniff import HEAD_BYTES

# Problems feedparser flags that do not mean anything was lost: the text was parsed anyway.
_HARMLESS = tuple(getattr(feedparser, n) for n in ("CharacterEncodingOverride",
                                                    "NonXMLContentType") if hasattr(feedparser, n))


def _entry_html(entry) -> str:
    """The longest body an entry offers: full content beats the summary when both exist."""
    candidates: list[str] = []
    for c in entry.get("content") or ():
        v = c.get("value") if isinstance(c, dict) else None
        if v:
            candidates.append(v)
    summary = entry.get("summary")
    if summary:
        candidates.append(summary)
    if not candidates:
        return ""
    return max(candidates, key=len)


def _entry_ref(entry, index: int) -> str:
    return clean_str(entry.get("link")) or clean_str(entry.get("id")) or f"entry{index + 1}"


def _local_date(raw: object):
    """The calendar day a feed timestamp names where it was written.

    feedparser's *_parsed values are in UTC, which moves an evening story in New York to the
    next day; the raw RFC 822 or ISO string keeps the outlet's own day.
    """
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return parse_date(raw)


def _entry_date(entry):
    # The channel's own dates (last build, update) say when the feed changed, not when the
    # story ran; an entry without a date of its own stays undated.
    for key in ("published", "updated", "created"):
        d = _local_date(entry.get(key))
        if d:
            return d
    for key in ("published", "updated", "created"):
        d = parse_date(entry.get(key + "_parsed"))
        if d and _names_day(entry.get(key), d):
            return d
    return None


def _names_day(raw: object, d) -> bool:
    """Whether a raw feed date names this day: feedparser rolls an impossible date over
    ('2024-02-30' becomes March 1), and a rolled-over day is no date the feed gave."""
    if not isinstance(raw, str):
        return True
    return str(d.year) in raw and re.search(rf"(?<!\d)0?{d.day}(?!\d)", raw) is not None


def _entry_language(entry, feed_meta) -> str | None:
    for c in entry.get("content") or ():
        code = normalize_language(c.get("language") if isinstance(c, dict) else None)
        if code:
            return code
    return normalize_language(entry.get("language")) or normalize_language(feed_meta.get("language"))


def _bozo_message(parsed) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if exc is not None and _HARMLESS and isinstance(exc, _HARMLESS):
        return None
    detail = getattr(exc, "getMessage", lambda: str(exc))() if exc is not None else "unknown"
    line = getattr(exc, "getLineNumber", lambda: None)() if exc is not None else None
    where = f" at line {line}" if line else ""
    return f"broken feed{where}: {detail}"


_ENTITY_DECL = re.compile(rb"<!ENTITY\b")


def iter_feed(data: bytes, *, name: str,
              overrides: Overrides | None = None) -> Iterator[Article | InputError]:
    """Articles for every readable entry; a broken feed still gives what parsed, then the error."""
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    meta = parsed.get("feed", {}) or {}
    outlet = clean_str(meta.get("title"))
    entries = parsed.get("entries") or []
    for i, entry in enumerate(entries):
        ref = _entry_ref(entry, i)
        label = f"{name}#{ref}"
        text = fragment_text(_entry_html(entry))
        if not text.strip():
            yield EmptyInput("feed entry has no text (no content and no summary)", input=label)
            continue
        detail = entry.get("author_detail") or {}
        author = clean_str(detail.get("name")) or clean_str(entry.get("author"))
        try:
            yield make_article(
                text, source=label, overrides=overrides,
                title=fragment_text(entry.get("title", "")), outlet=outlet,
                url=clean_str(entry.get("link")), published=_entry_date(entry),
                language=_entry_language(entry, meta), author=author)
        except InputError as exc:
            yield exc
    problem = _bozo_message(parsed)
    if _ENTITY_DECL.search(data[:HEAD_BYTES]):
        # feedparser never expands them, so an entity bomb costs nothing; say why it broke.
        yield MalformedInput("feed declares its own XML entities (<!ENTITY ...>), which are "
                             f"never expanded; {len(entries)} entries were read with the "
                             "references left as written", input=name)
    elif problem and not entries:
        yield MalformedInput(problem + "; no entries could be read", input=name)
    elif problem:
        yield MalformedInput(problem + f"; the {len(entries)} entries before it were read",
                             input=name)
    elif not entries:
        yield EmptyInput("feed has no entries", input=name)


__all__ = ["iter_feed"]
