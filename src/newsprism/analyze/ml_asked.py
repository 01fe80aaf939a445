"""A sentence opened by being asked by a named medium ('Interrogé par ici Occitanie, le maire
X a estimé que ...', 'Intervistato da Radio Y, il sindaco ha detto', 'Entrevistado por Z, ...'):
the one asking passed the answer on, so it is the via of the speaker that sentence names.
Inputs: the quotes of ml_quotes.find_quotes, which calls asked_by_vias near its end.

Only a quote with no via of its own takes one, only where the asking phrase opens the sentence
that names the speaker, and only a capitalised asker counts: 'Interrogée par l'opposition', 'la
présidente du tribunal' or 'notre journal' name no medium, and a person's name (an entity of
type PERSON) asks in court or in debate, not on air.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Via
from .ml_canon import medium_name

# (a cheap gate: the text holds one of the participles at all)
_GATE = re.compile(r"(?i)interrog|intervist|entrevist|sollicit|contact|contattat|befragt|consultad")
_ASKED = re.compile(
    r"(?:^|(?<=[.!?\n])|(?<=[.!?][\s»\"“”]))\s*"
    r"(?:Interrog[ée]e?s?|Interview[ée]e?s?|Sollicit[ée]e?s?|Contact[ée]e?s?|Intervistat[oaie]|"
    r"Contattat[oaie]|Entrevistad[oa]s?|Consultad[oa]s?|Befragt)\s+"
    r"(?:par|da|dal|dalla|dallo|dall['’]|por|von|vom)\s+(?P<m>[^,.;:!?«»\"“”„\n]{2,60}?)\s*,")
_CAPITAL = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝΑ-Ω]")


def asked_by_vias(text: str, quotes: tuple[Quote, ...], entities=()) -> tuple[Quote, ...]:
    if not _GATE.search(text):
        return quotes
    people_spans = [(m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions]
    out = []
    for q in quotes:
        sp = q.speaker
        if q.via or sp.start is None or not sp.name:
            out.append(q)
            continue
        back = max(text.rfind(".", 0, sp.start), text.rfind("\n", 0, sp.start), 0)
        m = _ASKED.search(text, back, sp.start)
        if m is None or not _CAPITAL.search(m.group("m")) or any(
                a < m.end("m") and m.start("m") < b for a, b in people_spans):
            out.append(q)
            continue
        a, b = m.span("m")
        out.append(dataclasses.replace(q, via=(Via(None, medium_name(text[a:b]), a, b),)))
    return tuple(out)


__all__ = ["asked_by_vias"]
