"""'structural engineer X of the University of Y said': when the parse left the cue without a
subject and the speaker finder took the body after 'of', the person before 'of' spoke. And the
reverse order, a title before the name: 'according to MMC for Housing X', 'Chairman of the
Traders Association Chief X said' -- a speaker that came out as the bare title or honorific
('MMC', 'Chief') is the person named right after it (title_person).

Input: records.Quote after quotes.rerank, the text and coref; output: the quotes, a speaker
replaced only where a PERSON mention ends right before the body's 'of', or where the speaker
is one title word and a PERSON's name follows it, an 'of/for <body>' complement between.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Speaker
from . import lexicon_roles as L

_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")

# Words that stand before a person's name as a title or honorific, never a name on their own:
# the single-word titles and office nouns, courtesy and religious honorifics, and the office
# abbreviations of provincial and city governments ('MEC', 'MMC'), cabinets ('CS', 'PS') and
# county assemblies ('MCA').
TITLE_WORDS = frozenset(w.rstrip(".") for w in L.TITLES) | frozenset(L.ROLE_NOUNS) | frozenset(
    """chief mama baba mma ntate alhaji alhaja hajiya mallam malam oba obi eze otunba
    hon honourable honorable rev reverend pastor apostle prophet evangelist engr comrade
    shri sri smt elder cllr cr mmc mec cs ps cas mca dg md""".split())
# What may stand between the title and the name: nothing, or its 'of/for <body>' complement
# written in capitals ('for Human Settlements', 'of the Kano Tailors Union').
_COMPLEMENT = re.compile(r"\s+(?:(?:of|for)\s+(?:the\s+)?"
                         r"(?:(?:[A-Z][\w'’.&-]*|and|of|for|the|&)\s+)*)?")


def person_of_body(text: str, quotes: list, coref) -> list:
    if coref is None:
        return quotes
    out = list(quotes)
    for k, q in enumerate(out):
        sp = q.speaker
        if sp.name and sp.start is not None and sp.name.lower().rstrip(".") in TITLE_WORDS:
            out[k] = title_person(text, q, coref)  # (gated by one set lookup on the name)
            continue
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


def title_person(text: str, q, coref):
    """'according to MMC for Housing Lindiwe Zulu', 'Chairman of the Traders Association
    Chief Ade Bello said': the speaker came out as a bare title word; the first person's name
    after the title's own mention, past nothing but an 'of/for <body>' complement, is the
    speaker (the quote unchanged when there is none)."""
    sp = q.speaker
    own = [men for men, e in coref.mentions_in(sp.start, sp.end) if e.id == sp.entity]
    after = own[-1].end if own else sp.end
    for men, e in coref.mentions_in(after, after + 90):
        if e.id == sp.entity or men.kind != "name":
            continue
        if e.type != "PERSON" or e.name.lower().rstrip(".") in TITLE_WORDS:
            return q  # the first other name decides: a body or another title leaves it
        if not _COMPLEMENT.fullmatch(text, after, men.start):
            return q
        return replace(q, speaker=Speaker(e.id, e.name, sp.start, max(sp.end, men.end)))
    return q


__all__ = ["TITLE_WORDS", "person_of_body", "title_person"]
