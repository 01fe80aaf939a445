"""'Speaking in Twi to the Accra station Adom FM, in remarks the station translated, X said:
"..."': a fronted participle of speaking that names a medium gives the sentence's quote that
medium, also when the parser hung the participle on a verb inside a later aside rather than on
the cue (the parse-based reader in vias.via_for then misses it).

Input: records.Quote with vias resolved, the text; quotes.extract calls fronted_medium once per
article. Only quotes with no via whose sentence opens with 'Speaking'/'Talking' are read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Via
from .via_names import is_medium

_FRONTED = re.compile(r"(?:Speaking|Talking)\b[^,.;:!?\"“”\n]{0,60}?\b(?:to|with)\s+"
                      r"(?P<obj>(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:[A-Z][\w'’-]*\s+)?"
                      r"(?:station|radio|channel|broadcaster|network|newspaper|paper|agency)?\s*"
                      r"(?P<m>[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,4}))\s*,")
_STARTS = re.compile(r"(?m)(?:^|[.!?][\"”’]?\s+|\n)(?=Speaking|Talking)")


def fronted_medium(text: str, quotes: list) -> list:
    if "Speaking" not in text and "Talking" not in text:
        return quotes  # the cheap test
    out = []
    for q in quotes:
        if q.via or q.cue is None or q.speaker.start is None:
            out.append(q)
            continue
        lo = max(text.rfind("\n", 0, q.cue.start) + 1, q.cue.start - 300)
        begin = None
        for m in _STARTS.finditer(text, lo, q.cue.start):
            begin = m.end()
        f = _FRONTED.match(text, begin) if begin is not None else None
        if f is None or not (f.end() <= q.speaker.start < q.cue.start) \
                or re.search(r"[.!?][\"”’]?\s", text[f.end():q.cue.start]) \
                or not is_medium(f.group("m")) and not is_medium(f.group("obj")):
            out.append(q)
            continue
        out.append(replace(q, via=(Via(None, f.group("m"), f.start("m"), f.end("m")),)))
    return out


__all__ = ["fronted_medium"]
