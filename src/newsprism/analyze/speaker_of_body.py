"""'structural engineer X of the University of Y said': when the parse left the cue without a
subject and the speaker finder took the body after 'of', the person before 'of' spoke.

Input: records.Quote after quotes.rerank, the text and coref; output: the quotes, a speaker
replaced only where a PERSON mention ends right before the body's 'of'.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Speaker

_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")


def person_of_body(text: str, quotes: list, coref) -> list:
    if coref is None:
        return quotes
    out = list(quotes)
    for k, q in enumerate(out):
        sp = q.speaker
        if sp.start is None or sp.entity is None or sp.start < 4 \
                or text[sp.start - 4:sp.start].rstrip()[-2:] not in ("of", "he"):
            continue  # cheap gate: 'of ' or 'of the ' right before the speaker's mention
        m = _OF_BEFORE.search(text, max(0, sp.start - 9), sp.start)
        ent = coref.by_id.get(sp.entity)
        if m is None or ent is None or ent.type != "ORG":
            continue
        before = [(men, e) for men, e in coref.mentions_in(max(0, m.start() - 80), m.start())
                  if men.end == m.start() and e.type == "PERSON"]
        if before:
            men, e = before[-1]
            out[k] = replace(q, speaker=Speaker(e.id, e.name, men.start, men.end))
    return out


__all__ = ["person_of_body"]
