"""'X told BBC Radio Scotland's Good Morning Scotland programme that ...': a parse that takes
the medium told for the start of what was said; input: text and the clause candidates.

The medium's phrase leaves the content (which starts after 'that') and becomes the via; a
programme its broadcaster names ('the BBC's Today programme') is the programme, as the
tests/data conventions of sessions 13-14 give it.
"""
from __future__ import annotations

import re

from .vias import is_medium

# what the parse took for content: a phrase with no marks or clause breaks, then 'that'
_LEAD = re.compile(r"(?P<m>(?:the\s+)?[A-Z][^\"“”,;:\n]{1,80}?)\s+that\s+")
_PROGRAMME = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][^\"“”,;:\n]{0,50}?)['’]s\s+"
                        r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4})\s+"
                        r"(?:programme|program|show|podcast|bulletin)$")
# "RTHK's Filipino-language programme Kabayan on Air": the name after the kind
_PROGRAMME_AFTER = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][^\"“”,;:\n]{0,50}?)['’]s\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:programme|program|show|podcast|bulletin)\s+"
                              r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:on|of|at|in|and|the|&)\s+)?"
                              r"[A-Z0-9][\w'’-]*){0,4})$")
_TOLD = frozenset(("told", "tells", "tell", "has told", "had told"))


def medium_told_that(text: str, cands: list) -> None:
    """Content and via of 'told <medium> that ...' candidates whose content took the medium
    in (in place)."""
    if " told " not in text and " tells " not in text:
        return  # the cheap test
    for c in cands:
        if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in _TOLD \
                or c.content[0] < c.cue[1]:
            continue
        m = _LEAD.match(text, c.content[0], c.content[1]) if c.content[0] - c.cue[1] <= 2 \
            else None
        if m is None:
            _object_only(text, c)
            continue
        phrase = m.group("m")
        prog = _PROGRAMME.fullmatch(phrase) or _PROGRAMME_AFTER.fullmatch(phrase)
        if prog is not None and is_medium(prog.group("owner")):
            span = (m.start("m") + prog.start("name"), m.start("m") + prog.end("name"))
        elif is_medium(phrase):
            span = m.span("m")
        else:
            continue
        # from 'that', as the parse's own reported clauses run
        c.content = (text.index("that", m.end("m"), m.end()), c.content[1])
        if not any(v[0] < span[1] and span[0] < v[1] for v in c.via):
            c.via = [span] + list(c.via)


# 'She told the station the last time ... was 1963.': the parse left the told clause off
_DEFINITE = frozenset(("the station", "the programme", "the program", "the show", "the paper",
                       "the newspaper", "the broadcaster", "the channel", "the network"))
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’]?\s|[\"”’]?$)|\n")


def _object_only(text: str, c) -> None:
    """Content of a told candidate whose clause the parse cut or left off after the medium
    told ('the station', a medium's name): the clause up to the sentence's end (the medium
    stays the told object; via_before's definite_medium or the via readers name it)."""
    at = c.cue[1] + 1
    obj = next(((at, at + len(d)) for d in _DEFINITE
                if text[at:at + len(d) + 1].lower() == d + " "), None)
    named = obj is None and c.content[0] == at and is_medium(text[c.content[0]:c.content[1]])
    if named:
        obj = c.content
    if obj is None or text[obj[1]:obj[1] + 1] != " " or not text[obj[1] + 1:obj[1] + 2].isalpha():
        return  # 'told the station.' / 'told the station, ...': nothing, or read elsewhere
    if text[obj[1] + 1:obj[1] + 6].lower() == "that ":
        return  # 'told the station that ...': the parse's own reading
    end = _SENTENCE_END.search(text, obj[1])
    stop = end.start() if end else len(text)
    if stop - obj[1] < 12 or not (obj[0] <= c.content[0] and c.content[1] <= stop) \
            or any(ch in text[obj[1]:stop] for ch in "\"“”"):
        return
    if named:
        c.via = [obj] + [v for v in c.via if v != obj]
    c.content = (obj[1] + 1, stop)

__all__ = ["medium_told_that"]
