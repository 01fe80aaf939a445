"""Offices the tagger took for people, named by apposition: 'the Menteri Besar, Hafiz Rahman,'
tells that every mention of 'Menteri Besar' (a lede's "Selangor's Menteri Besar said", a later
'he' coreference gave the title) is that person. Input: the entities stage's Coref and the text.

A word list cannot hold every office ('Menteri Besar', 'Taoiseach', 'Ceann Comhairle'); the
apposition says it: a PERSON entity whose name, after 'the' or a possessor, is set off by a comma
and followed by another person's full name and a closing comma or full stop is that person's
office. Real people are never given 'the' before their names, so a list of names ('Ng, Lee and
Tan') does not pass.
"""
from __future__ import annotations

import re

from ..records import Speaker

# 'the ' or a possessor ("Selangor's ") right before the office's mention
_DEFINITE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s) $")
# the holder's name is closed off: ', Hafiz Rahman,' / ', Hafiz Rahman.' / ', Hafiz Rahman, 54,'
_CLOSED = frozenset(",.;")


def offices_by_apposition(coref, text: str) -> dict[str, Speaker]:
    """title entity id -> Speaker of the one person an apposition names as holding it."""
    if coref is None:
        return {}
    out: dict[str, Speaker] = {}
    for ent in coref.entities:
        if ent.type != "PERSON" or len(ent.name.split()) > 4:
            continue
        holders = set()
        for m in ent.mentions:
            # cheap tests first: a comma right after, 'the' or a possessor right before
            if m.kind != "name" or text[m.end:m.end + 2] != ", " \
                    or _DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start) is None:
                continue
            nxt = coref.mentions_in(m.end + 2, m.end + 60)
            if not nxt:
                continue
            hm, held = nxt[0]
            if hm.start != m.end + 2 or hm.kind != "name" or held.id == ent.id \
                    or held.type != "PERSON" or len(held.name.split()) < 2 \
                    or text[hm.end:hm.end + 1] not in _CLOSED:
                continue
            holders.add((held.id, held.name))
        if len(holders) == 1:
            hid, hname = holders.pop()
            out[ent.id] = Speaker(hid, hname, None, None)
    return out
