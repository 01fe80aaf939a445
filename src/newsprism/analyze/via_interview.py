"""A medium that reports someone's words 'citing an interview she gave to Radio X' passed on
what Radio X heard first: speaker -> Radio X -> the citing medium (input: text, candidates).

'X said ..., Reuters reported, citing an interview she gave to Tulwap FM, a station in
Kericho' and 'The news site Newswire, citing an interview the chairman gave to Sirasa FM,
reported that X said ...': the words went to the interviewing medium, which the citing one
quotes; the description after the medium's name ('a station in Kericho') names no hop.
"""
from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w.&'’-]*|of|the|de|du)"
# The citing medium (its name, maybe 'reported' after it), the interview and its medium.
_CITING = re.compile(
    r"(?P<outer>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s+(?:reported|said|wrote|added))?"
    r",\s+(?:citing|quoting)\s+(?:an?|the|one|her|his|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:interview|remarks|comments|conversation)\b(?:[^,.;\"“”]{0,80}?)\s+"
    r"(?:gave|granted|given|made|had)\s+(?:to|with)\s+"
    r"(?P<m>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+" + _NAME + r"){0,5}?)"
    r"(?=\s*[,.;]|\s+(?:on|in|at|last|this)\b)"
    r"(?P<desc>,\s+(?:an?|the)\s+[^,.;]{1,80})?")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    e = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return s, min(e) if e else len(text)


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def interview_cited(text: str, cands: list) -> None:
    """Sets the via of the attributions a 'citing an interview ... gave to M' sentence
    holds to [M, the citing medium, the rest] (in place)."""
    if "citing" not in text and "quoting" not in text:
        return  # the cheap test: most articles cite no one
    for hit in _CITING.finditer(text):
        outer, medium = hit.span("outer"), hit.span("m")
        if text[medium[0]:medium[0] + 4] == "the ":
            medium = (medium[0] + 4, medium[1])
        cited = (hit.start("m") - 1, hit.end("desc") if hit.group("desc") else hit.end("m"))
        s, e = _sentence(text, hit.start())
        for c in cands:
            if c.source is None or not (s <= c.content[0] < e) \
                    or _overlaps(c.source, outer) or _overlaps(c.source, (outer[0], cited[1])) \
                    or _overlaps(c.content, (hit.start(), cited[1])):
                continue  # the citing medium's own report, or the interview phrase itself
            rest = [v for v in c.via if not _overlaps(v, outer) and not _overlaps(v, cited)
                    and not _overlaps(v, (hit.start(), cited[1]))]
            c.via = [medium, outer] + rest


__all__ = ["interview_cited"]
