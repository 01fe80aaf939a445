"""A quotation in the headline ('Il Mose resta giù: «Guasto ai comandi»', 'Fiyata tepki:
"Maliyeti karşılamıyor"') shortens words the body gives in full: it takes the speaker and the
vias of the body quotation that shares most of its words. Inputs: text (its first line the
headline when a blank line follows it and it ends on no full stop) and the quotes found;
called last by ml_quotes.find_quotes.

A headline quotation with a cue of its own in the headline keeps what it has; one sharing no
word (by a five-letter stem, so 'guasto'/'guasti', 'maliyeti'/'maliyetin' meet) with any body
quotation, or sharing as many with two speakers, is left as found, and so is one whose every
longer word is capitalised (a work's title or a name in marks, not words said).
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Span
from . import ml_lexicon as L
from .ml_marks import quote_pairs

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _stems(text: str) -> set[str]:
    out = set()
    for m in _WORD.finditer(text):
        w = L.fold(m.group()).replace("’", "'").rsplit("'", 1)[-1]
        if len(w) >= 4 and w not in L.ALL_FUNCTION_WORDS:
            out.add(w[:5])
    return out


def headline_quotes(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    nl = text.find("\n")
    if not 0 < nl < 240 or text[nl:nl + 2] != "\n\n" or text[:nl].rstrip()[-1:] in ".!?۔" \
            or not any(c in text[:nl] for c in "«»\"“”„"):
        return quotes
    out = list(quotes)
    for o, c in quote_pairs(text[:nl]):  # (the headline alone: no scan of the body)
        qs, qe = o + 1, c
        stems = _stems(text[qs:qe])
        ws = _WORD.findall(text[qs:qe])
        if len(ws) < 2 or not stems or all(w[:1].isupper() for w in ws if len(w) >= 4):
            continue  # (a title of a work or a name in marks: «Les Misérables», „Neue Heimat“)
        held = next((i for i, q in enumerate(out) if q.start < qe and qs < q.end), None)
        cued = held is not None and out[held].cue is not None
        if cued and (out[held].via or not out[held].speaker.name):
            continue  # ('X: «...», dice Y': the headline names its speaker)
        scored = sorted(((len(stems & _stems(text[q.start:q.end])), q) for q in out
                         if q.start > nl and q.speaker.name), key=lambda t: -t[0])
        sp = out[held].speaker if held is not None else None
        if cued or sp is not None and sp.name and sp.start is not None and sp.start < nl:
            # 'Vali Aydoğan: "..."' shortening his words the body gives through AA: the same
            # road, by the body quotation of that speaker sharing most words
            # (a headline speaker the body never quotes is read as before)
            own = [t for t in scored if _same_person(sp.name, t[1].speaker.name)]
            if own and own[0][0] and own[0][1].via and not out[held].via:
                out[held] = dataclasses.replace(out[held], via=own[0][1].via, same_as=own[0][1].id)
            if own or cued:
                continue
        if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0] \
                and scored[1][1].speaker.name != scored[0][1].speaker.name:
            continue
        body = scored[0][1]
        if held is not None:
            out[held] = dataclasses.replace(out[held], speaker=body.speaker, via=body.via, same_as=body.id)
        else:
            ids = {q.id for q in out}
            n = len(out) + 1
            while f"q{n}" in ids:
                n += 1
            out.insert(0, Quote(f"q{n}", "direct", qs, qe, None, body.speaker, body.via, body.id))
    return tuple(out)


def _same_person(a: str, b: str) -> bool:
    """One name, or one's last word the other's ('Aydoğan' for 'Kemal Aydoğan')."""
    fa, fb = L.fold(a).split(), L.fold(b).split()
    return bool(fa and fb) and (fa == fb or fa[-1] == fb[-1] and (len(fa) == 1 or len(fb) == 1))


__all__ = ["headline_quotes"]
