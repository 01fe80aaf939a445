"""Words passed on by someone other than their author, read off the speaker's own clause.

- 'Spokesman X read out a message from the party's leader, Y, saying that ...': Y's words,
  X the via (message_from; the parse makes the reader the speaker).
- 'Y said in a message read out by X that ...': Y speaks, X the via (read_by).
- 'A caller to Radio Z's morning show, who gave her name as Y, said ...': Y spoke on Z's air,
  Z the via (caller_medium; the outlet's own station is left out by relays.via_records).
Each looks only at the text between the speaker's mention and the quote (or the few words
before the mention), never over the document.
"""
from __future__ import annotations

import re

from ..records import Speaker, Via

_DOC = r"(?:message|statement|letter|note|speech|address|tribute)"
# 'read out a message from', 'delivered a statement on behalf of', 'read a letter from'
_READ_FROM = re.compile(r"\s*,?\s*(?:read\s+out|read|delivered|relayed|conveyed|passed\s+on)\s+"
                        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _DOC +
                        r"\s+(?:from|on\s+behalf\s+of|sent\s+by|written\s+by)\s+")
# the words end the from-phrase: ', saying that', ' in which she said'
_SAYING = re.compile(r",?\s+(?:saying|stating|which\s+said|that\s+said|in\s+which\s+\w+\s+"
                     r"(?:said|says|wrote))\b")
# 'Nthabiseng' in "'Me Nthabiseng": an honorific's short capitalised word is no part of it
_GIVEN = re.compile(r"(?:(?:Mma|Me|Mme|Ntate|Rra|Mama|Baba|Mr|Mrs|Ms|Miss)\.?\s+)?"
                    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]|\n")  # not the dot of 'L.Gantulga'
_LAST_NAME = re.compile(r"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,?\s*$")
_READ_BY = re.compile(r"\bin\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _DOC +
                      r"\s+(?:that\s+was\s+|which\s+was\s+)?(?:read\s+out|read|delivered)\s+"
                      r"(?:on\s+(?:his|her|their|its)\s+behalf\s+)?by\s+")
_CALLER = re.compile(r"\b[Aa]\s+(?:[\w-]+\s+){0,2}?caller\s+(?:from\s+[\w\s'’-]{1,30}?\s+)?"
                     r"(?:to|on)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,4}?)"
                     r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:show|programme|program|phone-in|"
                     r"bulletin)|\s+(?:[\w-]+\s+){0,2}?(?:show|programme|program|phone-in))?"
                     r"\s*,?\s*who\s+gave\s+(?:her|his|their)\s+name\s+(?:only\s+)?as\s+['‘’]?")


def message_from(text: str, coref, q):
    """(speaker, via) for a message read out by the parse's speaker, or None."""
    if q.via or coref is None or q.speaker.start is None or not q.speaker.name \
            or q.start <= q.speaker.end:
        return None
    m = _READ_FROM.match(text, q.speaker.end, q.start)
    if m is None:
        return None
    end = _SAYING.search(text, m.end(), q.start)
    stop = end.start() if end is not None else q.start
    if _SENTENCE_END.search(text, m.end(), stop):
        return None
    via = Via(q.speaker.entity, q.speaker.name, q.speaker.start, q.speaker.end)
    people = [(men, ent) for men, ent in coref.mentions_in(m.end(), stop)
              if ent.type in ("PERSON", "ORG") and ent.id != q.speaker.entity]
    if people:
        men, ent = max(people, key=lambda p: (p[1].type == "PERSON", p[0].end))
        return Speaker(ent.id, ent.name, men.start, men.end), via
    # a name the tagger missed ('L.Gantulga'): the capitalised run closing the phrase
    name = _LAST_NAME.search(text, m.end(), stop)
    if name is None:
        return None
    return Speaker(None, name.group(1), name.start(1), name.end(1)), via


def read_by(text: str, coref, q):
    """The person who read out the speaker's message, as a via, or None."""
    if q.via or coref is None or q.speaker.start is None or q.speaker.end >= q.start \
            or q.start - q.speaker.end > 200:
        return None
    m = _READ_BY.search(text, q.speaker.end, q.start)
    if m is None or _SENTENCE_END.search(text, q.speaker.end, m.start()) \
            or re.search("[\"“]", text[q.speaker.end:m.start()]):
        return None
    for men, ent in coref.mentions_in(m.end(), min(q.start, m.end() + 60)):
        if men.start == m.end() and ent.type == "PERSON" and ent.id != q.speaker.entity:
            return Via(ent.id, ent.name, men.start, men.end)
    return None


def caller_medium(text: str, q) -> tuple[int, int] | None:
    """The station a caller named right after 'who gave her name as' spoke to, or None."""
    if q.via or q.speaker.start is None or not q.speaker.name:
        return None
    # the parse may make the whole 'A caller ..., who gave her name as Y' the speaker's mention
    begin = max(text.rfind("\n", 0, q.speaker.start) + 1, q.speaker.start - 160)
    m = _CALLER.search(text, begin, q.speaker.end)
    if m is None or not (m.end() == q.speaker.start
                         or text[m.end():q.speaker.end].endswith(q.speaker.name)):
        return None
    return m.span(1)


def caller_named(text: str, q):
    """(speaker, station span) when the parse made 'A caller to Z's show who gave her name
    as' itself the speaker: the name given right after it speaks, or None."""
    if q.via or q.speaker.start is None or not (q.speaker.name or "")[:1].isupper() \
            or "caller" not in text[q.speaker.start:q.speaker.end]:
        return None
    m = _CALLER.search(text, q.speaker.start, q.speaker.end + 3)
    if m is None or m.end() < q.speaker.end - 3:
        return None
    name = _GIVEN.match(text, m.end())
    if name is None:
        return None
    return Speaker(None, name.group(1), name.start(1), name.end(1)), m.span(1)


__all__ = ["message_from", "read_by", "caller_medium", "caller_named"]
