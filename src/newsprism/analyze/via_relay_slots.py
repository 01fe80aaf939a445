"""Relays read off the slot a name stands in, whatever the name: 'According to N, S told ...
that' (N passed S's words on), 'N reported that S had told it ...' and 'N, citing B, reported
that S had put it at "..."' (S speaks; B heard it first, then N). A name in these slots is a
publisher even when no list knows it ('According to Sinar Harian', 'Astro Awani reported').

Input: records.Quote list with final speakers (quotes.quotes_stage calls relay_slots once).
Cost: only quotes with no via, or whose speaker is the reporting medium, are looked at, and only
when their sentence opens with 'According to' or holds ' reported' before the cue (substring
tests on one sentence).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Speaker, Via
from .relays import via_records
from .via_names import is_medium

_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘A-Z(-])|\n")
# 'According to the state news agency ABI, Energy Minister X said'
_ACCORDING = re.compile(r"[Aa]ccording\s+to\s+(?P<n>[^,;\n]{2,80}),\s+(?P<s>[^,;\n\"“]{2,160}?)\s*$")
# 'Astro Awani reported that', 'Reuters, citing The Edge, reported that'
_REPORTED = re.compile(r"(?P<n>[A-Z][^,;\n\"“]{1,60}?)(?:,\s+citing\s+(?P<b>[^,;\n]{2,80}),)?\s+"
                       r"(?:(?:later|also|earlier|then|first|had|has)\s+)*reported(?:,\s+citing\s+(?P<b2>[^,;\n]{2,80}),)?\s+that\s+")
_LEAD = " \"“‘-—–•*"
_RELATIVE = frozenset("which who whom whose that where".split())
_TOLD_IT = re.compile(r"\b(?:told|tells|telling)\s+(?:it|the\s+(?:broadcaster|station|channel|"
                      r"paper|newspaper|agency|network|daily|site|outlet))\b")
_SPEECH = frozenset("""said says told tells had told has told added stated claimed warned put had put
    estimated had estimated""".split())
_QUOTE_MARK = re.compile("[\"“”]")
# 'According to A, which cited B, <clause>'
_CITED = re.compile(r"[Aa]ccording\s+to\s+(?P<a>[^,;.\n]{2,80}),\s+(?:which|who)\s+(?:cited|quoted)\s+"
                    r"(?P<b>[^;\n]{2,160}?),\s+")
_GAVE_TO = re.compile(r"\b(?:gave|granted|made|given)\s+to\b")
# 'a report by the business magazine M': the medium whose report it was
_PIECE_BY = re.compile(r"(?:an?|the)\s+(?:report|article|story|piece|interview|survey)\s+"
                       r"(?:by|in|from|on)\s+")


def _sentence_start(text: str, pos: int) -> int:
    floor = text.rfind("\n", 0, pos) + 1
    start = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        start = m.end()
    return start


def _vias(doc, coref, spans, outlet) -> tuple[Via, ...]:
    out = via_records(doc, coref, spans, outlet)
    return out if len(out) == len(spans) else ()


def _according(doc, coref, text: str, q, outlet) -> tuple[Via, ...]:
    """'According to N, S said/told ... that ...': the quote of S, whose cue follows N."""
    if q.cue is None or q.speaker.start is None:
        return ()
    s = _sentence_start(text, q.cue.start)
    head = text[s:q.cue.start]
    if "ccording to" not in head:
        return ()
    lead = len(head) - len(head.lstrip(_LEAD))
    m = _ACCORDING.match(head, lead)  # only a sentence that opens with it
    if m is None or m.group("s").split()[0].lower() in _RELATIVE \
            or not (s + m.start("s") <= q.speaker.start < q.cue.start):
        return ()  # '..., according to N, which said': N's own words
    if text[q.cue.start:q.cue.end].split()[-1].lower() not in _SPEECH:
        return ()
    return _vias(doc, coref, [(s + m.start("n"), s + m.end("n"))], outlet)


def _reported(doc, coref, text: str, q, outlet):
    """'N (, citing B,) reported that S had told it / had put it at "..."': (speaker, vias)."""
    first = q.cue.start if q.cue is not None and q.cue.start < q.start else q.start
    s = _sentence_start(text, first)
    if " reported" not in text[s:q.end]:
        return None
    m = _REPORTED.match(text, s)
    if m is None or m.end() > q.end:
        return None
    n = m.span("n")
    b = m.span("b") if m.group("b") else m.span("b2") if m.group("b2") else None
    clause_end = q.end
    cited = b is not None
    if not (cited or is_medium(text[n[0]:n[1]]) or _TOLD_IT.search(text, m.end(), clause_end)):
        return None
    spans = [b, n] if b is not None else [n]
    vias = _vias(doc, coref, spans, outlet)
    if not vias:
        return None
    sp = q.speaker
    if sp.start is not None and sp.start >= m.end():
        return sp, vias  # the reported clause's own speaker: 'had told it that ...'
    if sp.start is not None and sp.start < n[1] and coref is not None \
            and _QUOTE_MARK.search(text, m.end(), q.end):
        # 'N reported that S had put it at "..."': the marked words are S's, not N's
        for men, ent in coref.mentions_in(m.end(), min(q.end, m.end() + 120)):
            if ent.type == "PERSON":
                return Speaker(ent.id, ent.name, men.start, men.end), vias
    return None


def _cited(doc, coref, text: str, q, outlet):
    """'According to A, which cited B, S told ... that': S speaks through B, then A; with no
    speaker of its own in the clause ('..., the regulator is "still weighing" it'), B does,
    through A. Only a quote whose speaker the parse took from inside the according phrase."""
    if q.speaker.start is None:
        return None
    s = _sentence_start(text, q.speaker.start)
    if "ccording to" not in text[s:q.speaker.end]:
        return None
    m = _CITED.search(text, s, q.end)
    if m is None or not (m.start() <= q.speaker.start < m.end()):
        return None
    b0, b1 = m.span("b")
    if _GAVE_TO.search(text, b0, b1):
        return None  # 'which cited an interview X gave to M': according_cited read it
    piece = _PIECE_BY.match(text, b0, b1)
    if q.cue is not None and m.end() < q.cue.start <= q.start and coref is not None:
        named = [(men, ent) for men, ent in coref.mentions_in(m.end(), q.cue.start)
                 if ent.type in ("PERSON", "ORG")]
        if not named:
            return None
        men, ent = named[-1]  # 'the group's parent company, X Holdings,': the name at the end
        hop = (piece.end(), b1) if piece is not None else (b0, b1)
        vias = _vias(doc, coref, [hop, m.span("a")], outlet)
        return (Speaker(ent.id, ent.name, men.start, men.end), vias) if vias else None
    if piece is not None or is_medium(text[b0:b1]):
        return None  # a medium cited with no speaker named: the clause is the medium's
    vias = _vias(doc, coref, [m.span("a")], outlet)
    name = re.sub(r"^(?:the|a|an)\s+", "", text[b0:b1])
    return (Speaker(None, name, b0, b1), vias) if vias else None


def relay_slots(doc, coref, text: str, quotes: list, outlet: str | None) -> list:
    if "ccording to" not in text and " reported" not in text:
        return quotes
    out = list(quotes)
    for k, q in enumerate(out):
        if q.speaker.name is None:
            continue
        got = _cited(doc, coref, text, q, outlet)
        if got is not None:
            out[k] = replace(q, speaker=got[0], via=got[1])
            continue
        if not q.via:
            via = _according(doc, coref, text, q, outlet)
            if via:
                out[k] = replace(q, via=via)
                continue
        got = _reported(doc, coref, text, q, outlet)
        if got is not None and not (q.via and got[0] == q.speaker):  # (a via read already stays)
            out[k] = replace(q, speaker=got[0], via=got[1])
    return out


__all__ = ["relay_slots"]
