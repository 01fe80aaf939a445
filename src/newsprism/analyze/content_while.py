"""'Growers say the collapse could close factories, while the minister promises help': a
reported clause stops before a contrasting 'while'/'whereas' clause that holds an attribution
of its own; input: text and the clause candidates.

The parse hangs the 'while' clause under the first verb's complement, so its speaker's words
(and any quotation in them) were read as the first speaker's. The cut is made only where
another candidate's cue lies inside the 'while' clause, so a contrast inside someone's words
('prices rose, while wages fell') stays whole.
"""
from __future__ import annotations

import re

_WHILE = re.compile(r",\s+(?:while|whereas)\s+")


def while_cut(text: str, cands: list) -> None:
    """Contents that run over ', while <another attribution>' end before it (in place)."""
    if ", while " not in text and ", whereas " not in text:
        return  # the cheap test
    cues = sorted(c.cue[0] for c in cands if c.cue is not None)
    for c in cands:
        if c.cue is None or c.cue[1] > c.content[0]:
            continue  # a cue after its words ('..., X said') closes them itself
        for m in _WHILE.finditer(text, c.content[0], c.content[1]):
            if any(m.end() <= k < c.content[1] for k in cues):
                c.content = (c.content[0], m.start())
                break


__all__ = ["while_cut"]
