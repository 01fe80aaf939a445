"""A headline or standfirst that names its speaker by a bare role ('..., says director',
'minister tells Radio X', 'Union boss says talks are "going nowhere"') stands for the one
person the body gives that role; input: the quotes, the lead ranges and the coreference.

Headlines drop names for roles; the body names the holder ('its director, Dr. Jane Roe',
'Energy Minister John Doe', 'the minister' taken up by coreference). A role held by one body
person only, or a headline quote that shortens a body quote (same_as) by a named person,
resolves it; two body holders of the role leave the headline's own words.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Quote, Speaker
from . import lexicon_roles as L

_DETERMINERS = frozenset("the a an its their his her our".split())
_WORD = re.compile(r"[\w'’-]+")


def _role_words(name: str | None) -> list[str] | None:
    """The lower-cased words of a bare singular role ('Cabinet Secretary', 'Union boss',
    'minister'), or None for a name, a plural or a long phrase."""
    words = [w.lower() for w in _WORD.findall(name or "")]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    if not words or len(words) > 3:
        return None
    head = words[-1]
    if head.endswith("s") and not head.endswith("ss") or head in L.FUNCTION_WORDS:
        return None  # 'survivors', 'residents': a group, which quotes.py already handles
    raw = _WORD.findall(name or "")
    if raw and raw[-1][:1].isupper() and head not in L.PERSON_NOUNS:
        return None  # a capitalised last word outside the role words is a name
    return words


def _holders(text: str, role: list[str], after: int, coref) -> list:
    """PERSON entities with a mention after ``after`` that carries the role words or follows
    them ('its director', 'Energy Minister Kumudu Senanayake', 'the minister')."""
    pat = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, role)) + r"(?![\w-])", re.I)
    out = []
    for e in coref.entities:
        if e.type != "PERSON" or not any(m.kind == "name" for m in e.mentions):
            continue
        for m in e.mentions:
            if m.start < after or m.kind not in ("name", "nominal"):
                continue
            # the role inside the mention, or as the title right before the name
            # ('Fisheries Minister Tomas Reyes' where the tagger's name is 'Tomas Reyes')
            hit = pat.search(text, max(after, m.start - 40), m.end)
            if hit is not None and hit.end() >= m.start - 1:
                out.append(e)
                break
    return out


_MARKED = re.compile(r"(?:^|(?<=[\s(]))['‘\"“]([^'’\"”\n]{3,80})['’\"”](?!\w)")


def _marked_twin(text: str, q: Quote, quotes: list[Quote], end_lead: int) -> Quote:
    """"Islanders say they were 'left off the map' by the operator": a mixed headline quote
    whose marked words shorten a body quote ('CalMac has left Tiree off the map') is that
    quote's (the same_as quotes.py reads from the whole content, here the marks alone); the
    loose group speaking in the headline gives way to the body's speaker."""
    from .quotes import _content_words, _plural_description
    sp = q.speaker
    if sp is not None and sp.name is not None and not (sp.entity is None
                                                       and _plural_description(sp.name)):
        return q
    marked = [m.group(1) for m in _MARKED.finditer(text, q.start, q.end)]
    if len(marked) != 1 or len(marked[0]) > q.end - q.start - 10:
        return q  # the whole content is the quotation: quotes._same_as has read it
    words = _content_words(marked[0])
    if len(words) < 2:
        return q
    best, score = None, 0.0
    for b in quotes:
        if b.start < end_lead or b.speaker is None or b.speaker.name is None:
            continue
        s = len(words & _content_words(text[b.start:b.end])) / len(words)
        if s > score:
            best, score = b, s
    if best is None or score < 0.5:
        return q
    return replace(q, same_as=best.id, via=q.via or best.via, speaker=Speaker(
        best.speaker.entity, best.speaker.name, sp.start if sp else None, sp.end if sp else None))


def headline_roles(text: str, quotes: list[Quote], lead: list[tuple[int, int]],
                   coref) -> list[Quote]:
    """Headline/standfirst quotes spoken by a bare role take the body's holder of it."""
    if coref is None or not lead:
        return quotes
    end_lead = max(e for _, e in lead)
    by_id = {q.id: q for q in quotes}
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is None or not any(s <= q.start < e for s, e in lead) \
                or sp.start is not None and sp.start >= end_lead:
            out.append(q)
            continue
        if q.same_as is None:
            q = _marked_twin(text, q, quotes, end_lead)
            sp = q.speaker
        known = coref.by_id.get(sp.entity) if sp.entity is not None else None
        # (a role coreference made an entity of its own, with no name, is still a bare role)
        role = _role_words(sp.name) if known is None or known.type != "PERSON" or not any(
            m.kind == "name" for m in known.mentions) else None
        if role is None:
            out.append(q)
            continue
        holder = None
        twin = by_id.get(q.same_as) if q.same_as else None
        if twin is not None and twin.speaker.entity is not None:
            e = coref.by_id.get(twin.speaker.entity)
            holder = e if e is not None and e.type == "PERSON" else None
        if holder is None and role[-1] in L.PERSON_NOUNS:
            found = _holders(text, role, end_lead, coref)
            holder = found[0] if len(found) == 1 else None
        if holder is None:
            out.append(q)
            continue
        q = replace(q, speaker=Speaker(holder.id, holder.name, sp.start, sp.end))
        if twin is not None and twin.speaker.entity != holder.id and q.via == twin.via:
            # the words shorten the holder's own quote, not the report wrapped round it
            # ('X said ... "before the summer season", the BBC reported'): its via
            own = _twin_of(text, q, [b for b in quotes if b.start >= end_lead
                                     and b.speaker is not None and b.speaker.entity == holder.id])
            q = replace(q, same_as=own.id, via=own.via) if own is not None else q
        out.append(q)
    return out


def _twin_of(text: str, q: Quote, body: list[Quote]) -> Quote | None:
    """The body quote whose words the headline quote's shorten most (half of them at least)."""
    from .quotes import _content_words
    words = _content_words(text[q.start:q.end])
    best, score = None, 0.0
    for b in body:
        s = len(words & _content_words(text[b.start:b.end])) / len(words) if words else 0.0
        if s > score:
            best, score = b, s
    return best if score >= 0.5 else None


__all__ = ["headline_roles"]
