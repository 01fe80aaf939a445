"""A role the lede withholds, named in the next paragraph ('The signaller on duty ... told
the inquiry that ...' then 'Gareth Pryce, 52, gave evidence'), or a firm's role taking up the
body its own sentence named; moved out of quotes.py to keep it legible.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from ..records import Quote, Speaker
from . import lexicon_roles as L

# the marks that open a double-quoted quotation (the keys of quotes.py's closers table)
_DOUBLE_CLOSERS = frozenset("“„«‹\"”")


def paragraphs(text: str):
    from .quotes import paragraphs as paras
    return paras(text)


_HONORIFIC_TITLES = frozenset("mr mrs ms miss dr prof professor sir dame lord lady".split())
# ('A Llanelli rugby coach who ...': a place may qualify an indefinite role; 'The Norwegian
# military' stays a body; 'its president said' after the body's own clause withholds one too)
_WITHHELD = re.compile(r"^(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[A-Z][a-z][\w-]*\s+)?(?:[a-z][\w-]*(?:'s|’s)?\s+){0,3}?)|[Aa]n?\s+((?:[\w-]+\s+){0,3}?))"
                       r"([a-z][\w-]*)"
                       r"(?:\s+(?:of|for|at|on|in|with|who|when)\b.*)?$", re.S)


# A source the text says stays unnamed ('A midwife at the unit, who asked not to be named
# because ...'): no person named in a later paragraph is they.
_UNNAMED_BY_CHOICE = re.compile(
    r"\b(?:(?:asked|requested|declined|refused|wished|preferred|agreed) (?:not )?to be "
    r"(?:named|identified)|on (?:the )?condition (?:of|that (?:she|he|they) not be named)"
    r"|anonymity|not authori[sz]ed to (?:speak|talk|comment))")


# words about the speaker's own self: 'says he has been threatened', 'said she would appeal'
_SELF = re.compile(r"(?:that\s+)?(?:he|she)\s")


def _withheld_role(name: str | None, person: bool = False) -> bool:
    """'a senior manager', 'The signaller on duty when ...': one person the phrase
    describes without naming (not 'the ministry', not 'three stewards'). 'The Johannesburg
    agent at the centre of ...': a place before the role word counts only for a person word
    or when the words go on about 'he'/'she' (person: 'says he has been threatened')."""
    m = _WITHHELD.match(name or "")
    if m is None:
        return False
    head = m.group(3).lower()
    if m.group(1) and m.group(1)[:1].isupper() and not (
            person or head in L.PERSON_NOUNS or head in L.ROLE_NOUNS):
        return False  # 'The Norwegian military': a place's body
    # a spokesperson speaks for an office and stays unnamed when the lede leaves them so
    return not head.startswith("spokes") and head not in L.ORG_NOUNS and head not in L.ORG_WORDS and (
        not head.endswith("s") or head in L.PERSON_NOUNS)


def named_next(text: str, quotes: list[Quote], coref) -> list[Quote]:
    """'The signaller on duty ... told the inquiry that ...' then 'Gareth Pryce, 52, gave
    evidence ...': a report that withholds a speaker's name in its lede, or names them in
    the quotation that follows ('"...," said Dr. Liza Marquez'), names the person in the
    next paragraph: a person not mentioned before, who speaks there, is the role."""
    if coref is None or not quotes:
        return quotes
    paras = paragraphs(text)
    starts = [p[0] for p in paras]
    out = []
    holders: dict = {}  # role word -> its appositions in the text, found once
    for q in quotes:
        sp = q.speaker
        if sp.start is not None and sp.end is not None:
            kin = _KIN_ROLE.match(text, sp.start, sp.end)
            if kin is not None and kin.end() == sp.end and kin.group(1) in L.PERSON_NOUNS:
                k = bisect.bisect_right(starts, sp.start) - 1
                ent = _named_next_sentence(text, sp, kin.group(1), paras[k][1], quotes, coref,
                                           possessed=True)
                if ent is not None:
                    out.append(replace(q, speaker=Speaker(ent.id, ent.name, sp.start, sp.end)))
                    continue
        if sp.start is None or sp.entity is not None and _named_entity(coref, sp.entity) \
                or not _withheld_role(sp.name, _SELF.match(text, q.start) is not None) \
                or _UNNAMED_BY_CHOICE.search(text, sp.start, sp.end):
            out.append(q)
            continue
        k = bisect.bisect_right(starts, sp.start) - 1
        head = _WITHHELD.match(sp.name).group(3).lower()
        ent = _firm_named_before(text, sp, coref, paras[k][0]) \
            or _new_speaker_in(text, paras, k, quotes, coref, head) \
            or _named_next_sentence(text, sp, head, paras[k][1], quotes, coref) \
            or _holder_named_later(text, sp, head, quotes, coref, holders)
        out.append(q if ent is None else replace(q, speaker=Speaker(ent.id, ent.name,
                                                                    sp.start, sp.end)))
    return out


# What a company is to a deal ('the contractor', 'the insurer'): a body as often as a person.
_FIRM_ROLES = frozenset("""contractor subcontractor operator insurer builder developer supplier
manufacturer lender carrier retailer producer miner bidder""".split())


def _firm_named_before(text: str, sp: Speaker, coref, para_start: int):
    """'Shares of Kestrel Build Asia fell after the contractor confirmed that ...': a firm's
    role named after a body in its own sentence is that body, not someone named later."""
    m = _WITHHELD.match(sp.name or "")
    if m is None or m.group(3).lower() not in _FIRM_ROLES or not sp.name[:3].lower() == "the":
        return None
    cut = max(para_start, max(text.rfind(w, para_start, sp.start) for w in (". ", "? ", "! ")))
    bodies = [en for mn, en in coref.mentions_in(cut, sp.start)
              if mn.kind == "name" and en.type == "ORG"]
    return bodies[-1] if bodies else None


_SPEAKING = re.compile(r"(?:Speaking|Appearing|Writing|Testifying|Interviewed)\b[^,\n]{0,80},\s+")


def _named_entity(coref, entity_id: str) -> bool:
    ent = coref.by_id.get(entity_id)
    return ent is not None and any(m.kind == "name" for m in ent.mentions)


def _new_speaker_in(text: str, paras, k: int, quotes: list[Quote], coref, head: str = ""):
    if k < 0 or k + 1 >= len(paras):
        return None
    ps, pe = paras[k + 1]
    lede = k <= 2 and not any(q.start < paras[k][0] and q.speaker.name for q in quotes)
    if not (lede or text[ps:ps + 1] in _DOUBLE_CLOSERS):
        return None
    first = next((en for m, en in coref.mentions_in(ps, pe)
                  if m.kind == "name" and en.type == "PERSON"), None)
    if first is None or min(m.start for m in first.mentions) < ps:
        return None
    m0 = min(first.mentions, key=lambda m: m.start)
    named_at = text.find(first.name, m0.start, m0.end)
    at = named_at if named_at >= 0 else m0.start  # past a title the mention holds
    # 'Speaking on Akwaaba Morning on Thursday, Corporal (rtd) Yaw ...': past the opening
    # participle and a bracketed abbreviation, only the title stands before the name
    opener = _SPEAKING.match(text, ps, at)
    before = [w for w in text[opener.end() if opener else ps:at].split()
              if not (w.startswith("(") and w.endswith(")"))]
    # ('The pharmacist, Kagiso Moyo,': the withheld role named again, then the name)
    again = [w.lower().strip(",") for w in before] == ["the", head]
    if text[ps:ps + 1] not in _DOUBLE_CLOSERS and not again and any(
            not w.istitle() or "'" in w or "’" in w or w.lower() in ("the", "a", "an")
            for w in before if w.lower().rstrip(".") not in _HONORIFIC_TITLES):
        return None  # 'The man's sister, Hannah Whitfield': someone else, introduced so
    # the one named may speak there, or in the paragraph after when this one opens with the
    # name ('Rhys Pritchard, 41, was among ...' then '"...," he said')
    end = paras[k + 2][1] if not before and k + 2 < len(paras) else pe
    if not any(ps <= q.start < end and q.speaker.entity == first.id for q in quotes):
        return None
    return first


_SENTENCE_END = re.compile(r"[^.!?\n]*?[.!?][\"”’]?[ ]+")
# after the name opening the next sentence: its cue, or only where the person works
_NAME_THEN_CUE = re.compile(r"(?:,\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]{0,60},)?\s+[a-z]+\b")


# 'Pike's barrister': someone's relation or agent, whom coreference may have taken for
# someone else already named
_KIN_ROLE = re.compile(r"[A-Z][\w'’-]*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)")


def _named_next_sentence(text: str, sp: Speaker, head: str, para_end: int, quotes: list[Quote],
                         coref, possessed: bool = False):
    """'"...," the study's lead author said. Dr Fiona McAllister, of the University of
    Stirling, said ...' / '..., the Taoiseach said. Declan Fahy added that ...': a person first
    named opening the next sentence of the paragraph, with nothing between the name and the
    cue but where they work, who speaks there, is the role just quoted ('the regulator' is
    as often a body, and stays)."""
    if head not in L.PERSON_NOUNS or head in L.ORG_ANAPHORS \
            or not possessed and not (sp.name or "")[:4].lower() == "the ":
        return None  # ('a witness said. Mary Jones said': an unnamed one, then someone else)
    m = _SENTENCE_END.match(text, sp.end, para_end)
    if m is None:
        return None
    ns = m.end()
    ends = [ns + x.end() for x in [_SENTENCE_END.match(text, ns, para_end)] if x] or [para_end]
    first = next(((mm, en) for mm, en in coref.mentions_in(ns, ends[0])), None)
    if first is None or first[0].kind != "name" or first[1].type != "PERSON":
        return None
    mm, ent = first
    before = text[ns:mm.start].split()
    if any(w.lower().rstrip(".") not in _HONORIFIC_TITLES for w in before) \
            or min(x.start for x in ent.mentions) < ns \
            or not _NAME_THEN_CUE.match(text, mm.end, ends[0]):
        return None
    if not any(ns <= q.start < ends[0] or q.speaker.start is not None
               and ns <= q.speaker.start < ends[0] and q.speaker.entity == ent.id
               for q in quotes if q.speaker.entity == ent.id):
        return None
    return ent


# 'the senior coroner for Avon, Maria Voyle,': the role word, perhaps with up to two
# modifiers and one complement naming where or of what, set off before a name (made once per
# role word)
_HOLDER_AFTER = lru_cache(maxsize=256)(lambda head: re.compile(
    r"\b[Tt]he (?:(?!(?:former|new|outgoing|incoming|acting|interim|deputy|assistant|vice)\b)"
    r"[a-z][\w-]*\s+){0,2}"
    rf"(?:{'|'.join(re.escape(w) for w in sorted(L.role_kin(head)))})"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})?"
    r", ([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),"))


def _holder_named_later(text: str, sp: Speaker, head: str, quotes: list[Quote], coref,
                        holders: dict):
    """'A coroner has warned that ...' in the lede, then 'the senior coroner for Avon, Maria
    Voyle, said' far below: the one person the article later names in apposition to the
    same role word, not mentioned before the role and quoted in their own right, is the
    role the lede withheld. Two such people, or one met before, leave the role alone."""
    if head not in L.PERSON_NOUNS or sp.end is None:
        return None
    if head not in holders:  # the text is read once per role word, not once per quote
        holders[head] = [(hit.start(), coref.entity_at(hit.start(1), hit.end(1)))
                         for hit in _HOLDER_AFTER(head).finditer(text)]
    found = {ent.id: ent for at, ent in holders[head]
             if at >= sp.end and ent is not None and ent.type == "PERSON"}
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    if min(m.start for m in ent.mentions) < sp.start \
            or not any(q.speaker.entity == ent.id for q in quotes):
        return None
    return ent


__all__ = ["named_next"]
