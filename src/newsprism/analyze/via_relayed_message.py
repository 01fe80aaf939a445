"""Messages passed on by someone other than their author, in three shapes the older readers of
via_message.py and via_before.py miss: a fronted 'In a message relayed by X, Y said:', a 'from'
phrase closed by an audience ('read out a message from the region's Health Minister to parents:')
and 'the President had asked him to pass on a message ...:' with no name for the asker.

Input: records.Quote with its speaker resolved, the text and coref; relays.posted_before calls
these when the quote has no via yet. Each reads only its own sentence before the quotation.
"""
from __future__ import annotations

import re

from ..records import Speaker, Via

_DOC = r"(?:message|statement|letter|note|tribute|greeting|greetings)"
# 'In a message relayed by the council's press officer, Pieter Claes, Voss said'
_FRONTED_BY = re.compile(r"\b[Ii]n\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _DOC +
                         r"\s+(?:that\s+was\s+|which\s+was\s+)?(?:relayed|read\s+out|read|"
                         r"delivered|conveyed|passed\s+on)\s+(?:on\s+(?:his|her|their|its)\s+"
                         r"behalf\s+)?by\s+")
# 'read out a message from the region's Health Minister to parents:' (the from-phrase's end)
_READ_FROM = re.compile(r"\s*,?\s*(?:read\s+out|read|delivered|relayed|conveyed|passed\s+on)\s+"
                        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _DOC + r"\s+from\s+")
_FROM_END = re.compile(r"\s+to\s+(?:the\s+)?[a-z]|\s*:")
_ROLE_RUN = re.compile(r"([A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,4})\s*$")
# 'that the President had asked him to pass on a short message to the villages:'
_ASKED_PASS = re.compile(r"\bthat\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+"
                         r"(?:had\s+|has\s+)?(?:asked|directed|instructed)\s+(?:him|her|them)\s+"
                         r"to\s+(?:pass\s+on|deliver|relay|convey|read\s+out|share|give)\s+"
                         r"(?:a|an|one|the|this|his|her)\s+(?:[\w-]+\s+){0,2}?" + _DOC +
                         r"\b[^.!?\"“”\n]{0,80}?:\s*[\"“]?$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]|\n")


def _person(coref, start: int, end: int, not_id):
    """The last PERSON mention inside start..end other than not_id, as (mention, entity)."""
    found = [(m, e) for m, e in coref.mentions_in(start, end)
             if e.type == "PERSON" and e.id != not_id]
    return found[-1] if found else None


def relayed_before(text: str, coref, q) -> Via | None:
    """'In a message relayed by X, Y said: "..."': X passed Y's words on (Y a person: 'In a
    statement read by its president, X, the council said' is the council's own voice)."""
    sp = q.speaker
    if q.via or coref is None or sp.start is None or sp.start >= q.start or "by" not in \
            text[max(0, sp.start - 160):sp.start]:
        return None  # cheap gate: a 'by' just before the speaker's mention
    said = coref.entity_at(sp.start, sp.end)
    if said is None or said.type != "PERSON":
        return None  # a body's statement read by its own officer is the body's own voice
    begin = max(text.rfind("\n", 0, sp.start) + 1, sp.start - 160)
    m = _FRONTED_BY.search(text, begin, sp.start)
    if m is None or _SENTENCE_END.search(text, m.end(), sp.start):
        return None
    hit = _person(coref, m.end(), sp.start, sp.entity)
    if hit is None:
        return None
    men, ent = hit
    return Via(ent.id, ent.name, men.start, men.end)


def message_to_audience(text: str, coref, q):
    """(speaker, via) for 'X read out a message from <author> to <audience>: "..."', the
    author named by a capitalised role or name before the audience, or None."""
    sp = q.speaker
    if q.via or sp.start is None or not sp.name or q.start <= sp.end \
            or "from" not in text[sp.end:q.start]:
        return None
    m = _READ_FROM.match(text, sp.end, q.start)
    if m is None:
        return None
    end = _FROM_END.search(text, m.end(), q.start)
    if end is None or _SENTENCE_END.search(text, m.end(), end.start()):
        return None
    via = Via(sp.entity, sp.name, sp.start, sp.end)
    if coref is not None:
        hit = _person(coref, m.end(), end.start(), sp.entity)
        if hit is not None:
            men, ent = hit
            return Speaker(ent.id, ent.name, men.start, men.end), via
    run = _ROLE_RUN.search(text, m.end(), end.start())
    if run is None:
        return None
    return Speaker(None, run.group(1), run.start(1), run.end(1)), via


def asked_to_pass_message(text: str, coref, q):
    """(speaker, via) for 'X told reporters that the President had asked him to pass on a
    message to ...: "..."': the asker speaks, the teller passed it on; or None."""
    sp = q.speaker
    if q.via or sp.start is None or not sp.name or sp.end >= q.start \
            or "asked" not in text[sp.end:q.start] and "directed" not in text[sp.end:q.start] \
            and "instructed" not in text[sp.end:q.start]:
        return None
    m = _ASKED_PASS.search(text, sp.end, q.start)
    if m is None or _SENTENCE_END.search(text, sp.end, m.start()):
        return None
    via = Via(sp.entity, sp.name, sp.start, sp.end)
    if coref is not None:
        for men, ent in coref.mentions_in(m.start(1), m.end(1)):
            if ent.type == "PERSON" and ent.id != sp.entity:
                return Speaker(ent.id, ent.name, men.start, men.end), via
    return Speaker(None, m.group(1), m.start(1), m.end(1)), via


# 'Y had assured him personally that', 'Y told her that': what Y said to the teller
_TOLD_TELLER = re.compile(r"\s*,?\s*(?:had\s+|has\s+)?(?:personally\s+)?(?:assured|told|promised|"
                          r"reassured|informed)\s+(?:him|her)\b[^.!?\"“”]{0,40}[\"“]?$")
_TOLD_MEDIUM = re.compile(r"[^.!?\n]{0,60}\btold\s+(?:the\s+)?[^.!?\n]{0,60}$")


def told_the_teller(text: str, coref, q):
    """'Osei told the paper The West that Y had assured him personally that "..."': Y's words
    reached the outlet through the teller, the nearer hop (a via of one medium made two)."""
    sp = q.speaker
    if len(q.via) != 1 or coref is None or sp.start is None or sp.end >= q.start \
            or q.via[0].start is None or not q.via[0].end <= sp.start:
        return q
    between = text[sp.end:q.start]
    if " him" not in between and " her" not in between:
        return q  # cheap gate
    if _TOLD_TELLER.match(between) is None:
        return q
    v = q.via[0]
    begin = max(text.rfind("\n", 0, v.start) + 1, v.start - 200)
    people = [(m, e) for m, e in coref.mentions_in(begin, v.start)
              if e.type == "PERSON" and e.id != sp.entity]
    if not people or _TOLD_MEDIUM.fullmatch(text, people[-1][0].end, v.start) is None:
        return q
    m, e = people[-1]
    from dataclasses import replace
    return replace(q, via=(Via(e.id, e.name, m.start, m.end), v))


__all__ = ["relayed_before", "message_to_audience", "asked_to_pass_message", "told_the_teller"]
