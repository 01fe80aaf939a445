"""'X read out a statement from its chairman, Y, who is abroad: "..."': what was read is the
quotation after the colon, not the document's phrase; input: text and the candidates.

A learned or clause candidate sometimes takes the verb's object ('a statement from its
chairman, Y: "..."') for the content, so the quotation's author is never read off the from-
phrase; cut back to the quotation, the cue takes in the document's phrase, and
via_relayed_message.message_to_audience then gives the author as speaker and the reader as
the via, as it does when the parse is kinder.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Speaker, Via

# a document the reader holds and whom it is from ('a short statement from ')
_DOC_FROM = r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|letter|note)\s+from\s+"
# an adjunct the verb may take before its object ('read at every Mass a message from Y:')
_ADJUNCT = r"(?:(?:to|at|in|on|during|before|after|,)[^.!?:\"“”\n]{0,90}?\s)?"
# the verb's object: that document up to the colon
_DOCUMENT = re.compile(_ADJUNCT + _DOC_FROM + r"[^.!?:\"“”\n]{2,120}:\s*(?=[\"“])")
_CLOSE = re.compile(r"[\"”]")
_READ = frozenset(("read", "read out", "delivered", "relayed", "conveyed"))


def quotation_read_out(text: str, cands: list) -> None:
    """Content of a 'read (out) a statement from Y: "..."' candidate cut to the quotation
    (in place)."""
    if " from " not in text:
        return  # the cheap test
    for c in cands:
        if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in _READ:
            continue
        # the object right after the cue ('inserted' candidates may hold the whole sentence)
        at = c.cue[1]
        while text[at:at + 1] == " ":
            at += 1
        m = _DOCUMENT.match(text, at)
        if m is None:
            continue
        close = _CLOSE.search(text, m.end() + 1)
        para = text.find("\n", m.end())
        end = close.start() if close is not None else (para if para >= 0 else len(text))
        if para >= 0 and end > para:
            end = para
        c.cue = (c.cue[0], text.rindex(":", at, m.end()))
        c.content = (m.end() + 1, end)
        c.kind = "direct"


# 'read a statement from the board's chairman, Y:' right before the quotation's mark; the
# verb may take an adjunct before its object ('read at every Mass a message from Y:', 'read
# out to the group, translating as she went, a voice message Y had recorded:'), and the
# author may be named by a clause on the document instead of 'from'
_READ_FROM = re.compile(r"\b(?:read\s+out|read|delivered|relayed|conveyed|played)\s+" + _ADJUNCT +
                        r"(?:" + _DOC_FROM + r"(?P<author>[^.!?:\"“”\n]{2,120})|"
                        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|letter|note|"
                        r"recording)\s+(?:that\s+|which\s+)?(?P<writer>[^.!?:\"“”\n]{2,120}?)"
                        r"\s+(?:had\s+|has\s+)?(?:recorded|written|wrote|sent|left|signed|"
                        r"dictated)\b[^.!?:\"“”\n]{0,60}):\s*[\"“]$")
# a role written as the author, no person's name: 'a message from the Bishop of Virac:'
_ROLE_AUTHOR = re.compile(r"(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)"
                          r"{0,4})\s*$")


def read_out_speakers(text: str, quotes: list, coref) -> list:
    """A quotation opened right after 'X read (out) a statement from Y:' is Y's, passed on by
    X: a person Y speaks with X as the via (a body's statement read by its own officer is left
    to the readers of via_relayed_message)."""
    if coref is None or " from " not in text:
        return quotes
    out = []
    for q in quotes:
        begin = max(text.rfind("\n", 0, q.start) + 1, q.start - 300)
        m = _READ_FROM.search(text, begin, q.start) if "from" in text[begin:q.start] else None
        if m is None or q.kind == "indirect":
            out.append(q)
            continue
        g = "author" if m.group("author") is not None else "writer"
        authors = [(men, e) for men, e in coref.mentions_in(m.start(g), m.end(g))
                   if e.type == "PERSON"]
        stop = text.rfind(". ", 0, m.start())
        sent = max(begin, stop + 2 if stop >= 0 else 0)  # (a reader opening the text counts)
        readers = [(men, e) for men, e in coref.mentions_in(sent, m.start())
                   if e.type == "PERSON"]
        if not readers or authors and authors[-1][1].id == readers[-1][1].id:
            out.append(q)
            continue
        rm, r = readers[-1]
        if authors:
            am, a = authors[-1]
            speaker = Speaker(a.id, a.name, am.start, am.end)
        else:
            role = _ROLE_AUTHOR.search(text, m.start(g), m.end(g)) if g == "author" else None
            if role is None or role.start(1) < m.start(g) or not q.speaker.start \
                    or q.speaker.entity != r.id:
                out.append(q)
                continue
            speaker = Speaker(None, role.group(1), role.start(1), role.end(1))
        out.append(replace(q, speaker=speaker, via=(Via(r.id, r.name, rm.start, rm.end),)))
    return out


__all__ = ["quotation_read_out", "read_out_speakers"]
