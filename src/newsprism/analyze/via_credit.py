"""A wire credit closing a paragraph: '... its duty forecaster said. (AFP)', '... he said.
— Reuters'. A regional paper rewriting agency copy credits the agency after the paragraph's
last sentence; the words quoted in that paragraph came through it.

The credit stands after the sentence's closing mark, so an acronym spelt out before it
('the Armed Forces of the Philippines (AFP).') is no credit. relays.posted_before calls
paragraph_credits on the quotes left with no via; the span found goes through
relays.via_records, so the printing outlet's own credit is still left out.
"""
from __future__ import annotations

import re

from .vias import is_medium

_CREDIT = re.compile(r"[.!?\"”’]\s*(?:\(\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*\)|"
                     r"[—–-]{1,2}\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}))\s*$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def credit_span(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the wire credit closing the paragraph that holds pos, or None."""
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    m = _CREDIT.search(text, max(0, stop - 60), stop)
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    name = m.group(g)
    if not (is_medium(name) or _ACRONYM.fullmatch(name)):
        return None
    return m.span(g)
