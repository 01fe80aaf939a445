"""A programme and the broadcaster it airs on are one intermediary: the programme.

'told the Sky News programme Sunrise' (parsed as two phrases, 'Sky News programme' and
'Sunrise') and 'told the Sports Hour on Radio Meridian' name one conversation, held on one
programme; the tests/data conventions (sessions 13-14) give the programme alone as the via,
as for 'the BBC's Sportsweek programme'. quotes.build calls one_programme after
relays.posted_before; it looks only at quotes with two vias or more.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Via

# A phrase that names the kind of programme it is ('the Sky News programme', 'its podcast')
_PROGRAMME_END = re.compile(r"(?i)\b(?:programme|program|show|podcast|bulletin)\s*$")
# Only a space between the kind noun and the programme's own name
_NEXT_TO = re.compile(r"\s+$")
# 'the Sports Hour on Radio Meridian': the station the programme goes out on
_ON = re.compile(r"\s+on\s+(?:the\s+)?$")
# 'the Valley Radio programme Drive Time' parsed with the via cut at the broadcaster: the
# programme's own name follows its kind noun
_NAME_AFTER_KIND = re.compile(r"\s+(?:programme|program|show|podcast)\s+"
                              r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and)){0,4}?)(?=\s+(?:that|to|on|in)\b|[,.;:]|$)")
# "TV 2's morning show, Go' Morgen Danmark, that": a via cut at the owner's "'s", the
# programme's own name set off by commas after its kind noun
_OWNED_KIND_NAMED = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:programme|program|show|podcast|"
                               r"bulletin),\s+([A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,4}),"
                               r"(?=\s+[a-z])")
_POSSESSIVE = re.compile(r"['’]s$")
_BROADCASTER = re.compile(r"(?i)\b(?:fm|am|tv|radio|television|broadcasting|channel)\b|[a-z](?:fm|tv)\b")


def _merge(text: str, via: tuple) -> tuple:
    out = list(via)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if a.start is None or b.start is None or b.start < a.end:
            k += 1
            continue
        gap = text[a.end:b.start]
        if _NEXT_TO.fullmatch(gap) is not None and _PROGRAMME_END.search(text, a.start, a.end):
            # 'the Sky News programme' + 'Sunrise': the programme, named by its own name
            out[k:k + 2] = [Via(b.entity, b.name, a.start, b.end)]
            continue
        if _ON.fullmatch(gap) is not None and _BROADCASTER.search(text, b.start, b.end) \
                and not _BROADCASTER.search(text, a.start, a.end):
            del out[k + 1]  # 'the Sports Hour on Radio Meridian': the station airs the programme
            continue
        k += 1
    return tuple(out)


def _after_kind(text: str, v):
    """The programme's own name after a via's kind noun, as a match of group 1, or None."""
    if v.start is None or v.end is None:
        return None
    m = _NAME_AFTER_KIND.match(text, v.end)
    if m is None and _POSSESSIVE.search(text, v.start, v.end):
        m = _OWNED_KIND_NAMED.match(text, v.end)
    return m


def _named_programme(text: str, via: tuple) -> tuple:
    out = []
    for v in via:
        m = _after_kind(text, v)
        out.append(v if m is None else Via(None, m.group(1), v.start, m.end(1)))
    return tuple(out)


def one_programme(text: str, quotes: list) -> list:
    """Quotes whose vias name a programme and, next to it, its broadcaster keep one via; a
    via cut before 'programme Y' is the programme Y."""
    out = []
    for q in quotes:
        if any(_after_kind(text, v) is not None for v in q.via):
            q = replace(q, via=_named_programme(text, q.via))
        out.append(q if len(q.via) < 2 else replace(q, via=_merge(text, q.via)))
    return out


__all__ = ["one_programme"]
