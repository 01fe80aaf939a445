"""Words a reporting speaker passes on from someone else, read off the frame that opens the
reported clause: 'X said Y had asked him to tell farmers that ...', 'X said he had been asked by
Y to assure farmers that ...', 'X says the minister was told by Y that ...', 'X would only repeat
what Y had said: that ...'. Y speaks; whoever heard or repeated the words is the via, nearest Y
first (the tests/data conventions on passed-on words, session 19).

Input: records.Quote with speakers and vias resolved, the text and coref; quotes.extract calls
relay_frames once per article. Each quote's own sentence before its words is read, gated by a
substring test for the frame's verb.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Speaker, Via

_PASS = r"(?:tell|assure|reassure|say|inform|convey|pass\s+on|let)"
_TAIL = r"[^.;:!?\"“”\n]{0,80}?(?:\bthat)?\s*[\"“]?$"
# 'Y had asked him to tell farmers that' (Y the words before the verb)
_ASKED = re.compile(r"\s+(?:had\s+|has\s+)?(?:asked|directed|instructed|authori[sz]ed)\s+"
                    r"(?:him|her|them|me|us)\s+to\s+" + _PASS + r"\b" + _TAIL)
# 'he had been asked by Y to assure farmers that'
_ASKED_BY = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been)\s+"
                       r"(?:asked|directed|instructed|authori[sz]ed)\s+by\s+"
                       r"(?P<y>[^.;:!?\"“”\n]{2,120}?)\s*,?\s+to\s+" + _PASS + r"\b" + _TAIL)
# 'Z was told by Y on Monday night that', 'Z had been told by Y that'
_TOLD_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:told|assured|"
                      r"informed|promised)\s+by\s+(?P<y>[^.;:!?\"“”\n]{2,140}?)\s*,?(?:\s+that)?\s*$")
# 'would only repeat what Y had already said: that', 'repeated what Y said on Wednesday:'
_REPEAT = re.compile(r"\brepeat(?:ed|s)?\s+what\s+(?P<y>[^.;:!?\"“”\n]{2,80}?)\s+(?:had\s+|has\s+)?"
                     r"(?:already\s+)?(?:said|told\s+\w+|announced|stated)\b[^.;:!?\"“”\n]{0,40}"
                     r"[:,]?\s*(?:that\s*)?$")
_GATE = ("asked", "directed", "instructed", "authori", "told by", "assured by", "informed by",
         "promised by", "repeat")
_SENT_START = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
_THAT = re.compile(r"\s*that\s+")
_BY_ROLE = re.compile(r"(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*$")


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - 400)
    last = lo
    for m in _SENT_START.finditer(text, lo, at):
        last = m.end()
    return last


def _people(coref, start: int, end: int, not_id):
    return [(m, e) for m, e in coref.mentions_in(start, end)
            if e.type == "PERSON" and e.id != not_id]


def _named(text: str, coref, start: int, end: int, not_id) -> Speaker | None:
    """The person a stretch names (the last one: 'the chief executive, Kofi Mensah'), else its
    capitalised role ('the President')."""
    found = _people(coref, start, end, not_id) if coref is not None else []
    if found:
        m, e = found[-1]
        return Speaker(e.id, e.name, m.start, m.end)
    run = _BY_ROLE.search(text, start, end)
    if run is not None and run.start(1) >= start:
        return Speaker(None, run.group(1), run.start(1), run.end(1))
    return None


def _subject_before(text: str, coref, lo: int, at: int, not_id) -> Speaker | None:
    """The person or role right before a frame's verb ('the President had asked him', 'he had
    asked her' resolved by coref), within the sentence."""
    if coref is not None:
        found = [(m, e) for m, e in coref.mentions_in(lo, at) if e.type == "PERSON"]
        if found and at - found[-1][0].end <= 3:
            m, e = found[-1]
            return None if e.id == not_id else Speaker(e.id, e.name, m.start, m.end)
    run = _BY_ROLE.search(text, lo, at)
    if run is None or run.group(1).split()[0] in ("He", "She", "They", "It"):
        return None
    return Speaker(None, run.group(1), run.start(1), run.end(1))


def _role_holder(text: str, coref, sp: Speaker) -> Speaker:
    """'the Cabinet Secretary' for the person the text gave that office before: 'Elin Jones,
    the Cabinet Secretary for Health', 'Cabinet Secretary Elin Jones'."""
    if coref is None or sp.entity is not None or sp.start is None or not sp.name:
        return sp
    lo = max(0, sp.start - 1500)
    best = None
    for m in re.finditer(r"\b" + re.escape(sp.name) + r"\b", text[lo:sp.start]):
        at, end = lo + m.start(), lo + m.end()
        before = [(mm, e) for mm, e in coref.mentions_in(max(0, at - 80), at)
                  if e.type == "PERSON" and re.fullmatch(r",\s+(?:the\s+)?", text[mm.end:at])]
        after = [(mm, e) for mm, e in coref.mentions_in(end, end + 60)
                 if e.type == "PERSON" and re.fullmatch(r",?\s+", text[end:mm.start])]
        hit = (before[-1:] or after[:1])
        if hit:
            best = hit[0]
    if best is None:
        return sp
    return Speaker(best[1].id, best[1].name, sp.start, sp.end)


def _hearer(text: str, coref, lo: int, at: int, teller) -> Via | None:
    """'says the Cabinet Secretary was told by ...': who was told, the hop nearest the speaker."""
    sp = _subject_before(text, coref, lo, at, teller.entity)
    if sp is None or sp.name is None or teller.start is not None and sp.start is not None \
            and teller.start <= sp.start < teller.end:
        return None
    sp = _role_holder(text, coref, sp)
    return Via(sp.entity, sp.name, sp.start, sp.end)


def _teller(coref, sp: Speaker, lo: int, frame_at: int) -> Via | None:
    """Who reported the frame: the quote's speaker when named before the frame, else (the
    parse gave the words to the one asked, 'had asked him to tell') the last person the
    sentence names before it."""
    if sp.start is None or sp.start < frame_at:
        return Via(sp.entity, sp.name, sp.start, sp.end)
    found = [(m, e) for m, e in coref.mentions_in(lo, frame_at) if e.type in ("PERSON", "ORG")] \
        if coref is not None else []  # (a person the tagger typed by a long title's office)
    own = [(m, e) for m, e in found if e.id == sp.entity]
    if own:  # 'X told reporters ... that he had asked her to say': her is X
        m, e = own[0]
        return Via(e.id, e.name, m.start, m.end)
    if not found:
        return None
    m, e = found[-1]
    return Via(e.id, e.name, m.start, m.end)


def _frame(text: str, coref, q):
    """(speaker, vias nearest the speaker first, new start of the words) or None."""
    sp = q.speaker
    if q.kind != "indirect" or sp.name is None:
        return None
    lo = _sentence_start(text, q.start)
    # the frame may end before the words or inside them ('repeat what Y had said: that ...'
    # taken in as the reported clause): read up to each 'that' of the words' first stretch
    window = text[lo:min(q.end, q.start + 240)]
    if not any(g in window for g in _GATE):
        return None  # cheap gate: no frame verb in reach
    ends = [q.start] + [q.start + m.end() for m in re.finditer(r"\bthat\b|:", text[q.start:min(
        q.end, q.start + 240)])]
    for end in ends:
        head = text[lo:end]
        if not head.strip():
            continue
        rest = text[end:q.end].lstrip(" :")  # the words open after the frame
        new_start = q.end - len(rest)
        if _THAT.match(rest):
            new_start += _THAT.match(rest).end()
        for pat in (_ASKED_BY, _TOLD_BY, _REPEAT):
            m = pat.search(head)
            if m is None:
                continue
            if coref is not None and any(e.id == sp.entity for _, e in coref.mentions_in(
                    lo + m.start("y"), lo + m.end("y"))):
                break  # the words already speak as the one who first said them
            y = _named(text, coref, lo + m.start("y"), lo + m.end("y"), sp.entity)
            teller = _teller(coref, sp, lo, lo + m.start())
            if y is None or teller is None:
                continue
            vias = [teller]
            if pat is _TOLD_BY:
                hearer = _hearer(text, coref, lo, lo + m.start(), teller)
                if hearer is None:
                    continue
                if hearer.entity is not None and hearer.entity == y.entity:
                    continue
                vias = [hearer, teller]
            return y, vias, new_start
        m = _ASKED.search(head)
        if m is not None:
            y = _subject_before(text, coref, lo, lo + m.start(), None)
            teller = _teller(coref, sp, lo, y.start if y is not None and y.start is not None
                             else lo + m.start())
            if y is not None and y.name is not None and teller is not None \
                    and (y.entity is None or y.entity != teller.entity):
                return y, [teller], new_start
    return None


def relay_frames(text: str, coref, quotes: list) -> list:
    """Each indirect quote whose reported clause opens with a passing-on frame speaks as the
    frame's original speaker, with the reporting speaker (and whoever was told) as via, the
    words starting after the frame."""
    out = []
    for q in quotes:
        got = _frame(text, coref, q) if not q.via or all(
            v.start is not None and v.start < q.start for v in q.via) else None
        if got is None:
            out.append(q)
            continue
        y, vias, start = got
        if start >= q.end - 2:
            out.append(q)
            continue
        # a medium the reporting speaker told (kept on the quote) is the farthest hop
        out.append(replace(q, start=start, speaker=y, via=tuple(vias) + tuple(q.via)))
    return _one_reading(out, coref)


def _one_reading(quotes: list, coref) -> list:
    """The same words read twice, once with the person who passed them on and once with the
    medium that person told ('Y told Radio Z that X had asked her to tell farmers "..."'):
    one quote, the person nearest the speaker first, then the medium."""
    if coref is None:
        return quotes
    seen: dict = {}
    drop = set()
    for k, q in enumerate(quotes):
        if len(q.via) != 1 or q.speaker.name is None:
            continue
        key = (q.start, q.end, q.speaker.name)
        if key not in seen:
            seen[key] = k
            continue
        j = seen[key]
        p = quotes[j]
        if len(p.via) != 1 or p.via[0].name == q.via[0].name:
            continue
        person = [x for x in (p, q) if x.via[0].entity in coref.by_id
                  and coref.by_id[x.via[0].entity].type == "PERSON"]
        if len(person) != 1:
            continue
        other = q if person[0] is p else p
        quotes[j] = replace(p, via=person[0].via + other.via)
        drop.add(k)
    return [q for k, q in enumerate(quotes) if k not in drop]


__all__ = ["relay_frames"]
