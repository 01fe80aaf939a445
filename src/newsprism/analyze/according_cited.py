"""'According to A, which cited B, ...': the medium A named its own source, B, which heard the
words before A did, so B is the nearer hop ('According to the Ghanaian Observer, which cited the
Ghana News Agency, X told a briefing that' -> GNA, then the Observer); and 'According to A, which
cited an interview X gave to M, <clause>': X speaks, through M, then A. The relative clause is
no quote of its own.

Input: the parsed Doc and the quotes stage's Cand list after chain_vias; quotes.extract calls
according_cited once per article, gated by a substring test for 'which cited'/'which quoted'.
"""
from __future__ import annotations

import re

from .attribution import Cand, text_of
from .vias import is_medium

_CITED = re.compile(r"\b[Aa]ccording\s+to\s+(?P<a>[^,;.\n]{2,80}),\s+(?:which|who)\s+"
                    r"(?:cited|quoted)\s+(?P<b>[^;\n]{2,160}?),\s+")
# 'an interview Governor X gave to the state-run Radyo Pilipinas', 'remarks X made to M'
_INTERVIEW = re.compile(r"(?:an?|the)\s+(?:interview|remarks|comments|statement)\s+(?:that\s+)?"
                        r"(?P<x>[A-Z][^,;\n]{1,80}?)\s+(?:gave|granted|made|had\s+given)\s+to\s+"
                        r"(?P<m>[^,;\n]{2,80})$")
_THE = re.compile(r"^(?:the\s+)", re.I)


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def according_cited(doc, cands: list[Cand]) -> list[Cand]:
    text = text_of(doc)
    if "which cited" not in text and "which quoted" not in text and "who cited" not in text:
        return cands  # the cheap test: most articles have none
    drop = set()
    for m in _CITED.finditer(text):
        a, b, end = m.span("a"), m.span("b"), m.end()
        # the relative clause's own candidate ('cited the Ghana News Agency') is no quote
        for c in cands:
            if c.cue is not None and a[1] < c.cue[0] < b[0] or _inside(c.content, (a[1], end)):
                drop.add(id(c))
        iv = _INTERVIEW.match(text, b[0], b[1])
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        sent_end = text.find(". ", end, para_end)
        sent_end = para_end if sent_end < 0 else sent_end
        if iv is not None:
            # the words the sentence goes on with are the interviewee's: speaker X, via M, A
            x = iv.span("x")
            span = doc.char_span(*x, alignment_mode="expand")
            for c in cands:
                if id(c) in drop or not (end <= c.content[0] < sent_end):
                    continue
                if c.source is not None and not (c.source[0] < end or _inside(c.source, a)):
                    continue  # a speaker of its own in the clause keeps the words
                c.source, c.src_tok = x, span.root if span is not None else None
                c.via = [iv.span("m"), a]
                c.cue = (m.start(), m.start() + len("According to"))
            continue
        if not is_medium(_THE.sub("", text[b[0]:b[1]])) and not is_medium(text[b[0]:b[1]]):
            continue
        for c in cands:
            if id(c) in drop or not c.via or not (end <= c.content[0] < sent_end):
                continue
            k = next((i for i, v in enumerate(c.via) if v[0] < a[1] and a[0] < v[1]), None)
            if k is not None and b not in c.via:
                c.via.insert(k, b)
    return [c for c in cands if id(c) not in drop] if drop else cands


__all__ = ["according_cited"]
