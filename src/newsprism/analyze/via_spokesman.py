"""A leader's words passed on by a spokesperson who reports them: 'Cabinet spokesman X said
Prime Minister Y had told ministers that "..."' (the outer 'said' comes before the leader's
clause), 'Prime Minister Y spoke to her counterpart, her spokesman X said, and told him "..."'
(the spokesperson's clause set off inside the leader's sentence). The leader speaks; the
spokesperson is the via, as in the sealed sets' 'spokesmen passing on a leader's words'.

quotes.find_quotes calls passed_on_by_spokesman on the records after the relay passes.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from ..records import Via

_SPOKES = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|press\s+secretary)\b")
# the outer report right before the leader's name: '... said Prime Minister '
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
# the spokesperson's clause set off by commas: ', her spokesman Einar Pálsson said,'
_SAID_ASIDE = re.compile(r",\s+(?:(?:his|her|their|the|a)\s+)?[^,.;:!?\"“”]{0,40}?"
                         r"\bspokes(?:man|woman|person)\b[^,.;:!?\"“”]{0,40}?\s+(?:said|says),")


@functools.lru_cache(maxsize=4)
def _starts(text: str) -> list[int]:
    """Every offset just past a line break or a '. ', '? ', '! ', in order (once per text)."""
    return sorted({m.end() for m in re.finditer(r"\n|[.?!] ", text)})


def _sentence_start(text: str, at: int) -> int:
    # the last start at or before at; 1 where none, as rfind's -1 + 2 gave
    starts = _starts(text)
    k = bisect.bisect_right(starts, at)
    return max(1, starts[k - 1]) if k else 1


def _person(coref, s: int, e: int, other: str):
    """The last person named in s..e who is not other, with the mention's span."""
    for m, ent in reversed(coref.mentions_in(s, e)):
        if ent.type == "PERSON" and ent.id != other and m.kind == "name":
            return m, ent
    return None


def _spokesman(text: str, coref, q):
    sp = q.speaker
    begin = _sentence_start(text, sp.start)
    said = _SAID_BEFORE.search(text, begin, sp.start)
    if said is not None and _SPOKES.search(text, begin, said.start()):
        found = _person(coref, begin, said.start(), sp.entity)
        if found is not None:
            return found
    stop = min(q.start, q.cue.start) if q.cue is not None else q.start
    aside = _SAID_ASIDE.search(text, sp.end, stop)
    if aside is not None and not re.search(r"[.!?]\s", text[sp.end:aside.start()]):
        return _person(coref, aside.start(), aside.end(), sp.entity)
    return None


def _leader_past_aside(text: str, coref, q):
    """'Y spoke to her counterpart, her spokesman X said, and told him "..."': the parse may
    give the words after the aside to the spokesperson; the leader the sentence opens on
    said them. (leader mention, leader entity) or None."""
    sp = q.speaker
    if q.cue is None or q.cue.start < sp.end:
        return None
    begin = _sentence_start(text, sp.start)
    for aside in _SAID_ASIDE.finditer(text, begin, q.cue.start):
        if aside.start() < sp.start < aside.end() and re.match(r"\s*and\b", text[aside.end():]):
            return _person(coref, begin, aside.start(), sp.entity)
    return None


def _may_name_spokes(text: str) -> bool:
    """Cheap test before the case-blind scan: casefold (not lower) maps every character the
    scan's IGNORECASE lets match 's'/'k' ('ſ', the Kelvin sign) to its plain letter."""
    folded = text.casefold()
    return "spokes" in folded or "secretary" in folded


def passed_on_by_spokesman(text: str, coref, quotes: list) -> list:
    """Quotes whose leader's words a named spokesperson reports get that person as via."""
    if coref is None or not _may_name_spokes(text) or not _SPOKES.search(text):
        return quotes
    out = []
    for q in quotes:
        sp = q.speaker
        if not q.via and sp.entity is not None and sp.start is not None:
            lead = _leader_past_aside(text, coref, q)
            if lead is not None:
                m, ent = lead
                q = replace(q, speaker=replace(sp, entity=ent.id, name=ent.name, start=m.start,
                                               end=m.end),
                            via=(Via(sp.entity, sp.name, sp.start, sp.end),))
            elif (found := _spokesman(text, coref, q)) is not None:
                m, ent = found
                q = replace(q, via=(Via(ent.id, ent.name, m.start, m.end),))
        out.append(q)
    return out
