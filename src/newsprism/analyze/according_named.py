"""'According to the club's treasurer, Anna Berg, 40 members have left': the name after the
role is its apposition, no part of what was said; input: text and the clause candidates.

The parse closes the 'according to' phrase at the role's comma and starts the content with
the name. When the role is one person's (a singular person word heads it) and the name is
closed by a comma that a clause follows (not an age, 'who', 'aged'), the name joins the
source and the content starts after it.
"""
from __future__ import annotations

import re

from . import lexicon_roles as L

_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?"
                   r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
                   r",\s+(?!\d+\s*,|who\b|whose\b|which\b|aged\b|a\b|an\b|the\s+\d)")
# the role's head: its last word before any 'of'/'for' phrase (cut off by the caller)
_HEAD = re.compile(r"([A-Za-z][\w-]*)\s*(?:\([^()]{1,20}\))?\s*$")


def according_apposed(text: str, cands: list) -> None:
    """Source and content of 'According to <role>, <Name>, ...' candidates (in place)."""
    if "ccording to" not in text:
        return  # the cheap test
    for c in cands:
        if c.origin != "according" or c.source is None or c.content[0] < c.source[1]:
            continue
        between = text[c.source[1]:c.content[0]]
        if between.strip() not in (",", ""):
            continue
        phrase = text[c.source[0]:c.source[1]]
        head = _HEAD.search(phrase.split(" of ")[0].split(" for ")[0])
        if head is None or head.group(1).lower() not in L.PERSON_NOUNS:
            continue  # 'According to police, John Smith, 45, was ...': a body, no apposition
        m = _NAME.match(text, c.content[0], c.content[1])
        if m is None or m.end() >= c.content[1]:
            continue
        name_end = text.rindex(",", c.content[0], m.end())
        c.source = (c.source[0], name_end)
        c.content = (m.end(), c.content[1])


__all__ = ["according_apposed"]
