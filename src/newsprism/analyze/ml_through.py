"""A leader's words passed on by a spokesperson ('ha fatto sapere tramite il portavoce della
diocesi, don Michele Tosti, che ...', 'ließ über seinen Sprecher Thomas Bitschnau ausrichten,
...', 'a fait savoir par la voix de son porte-parole, X, que', 'a través de su portavoz, X,'):
the leader speaks and the spokesperson is a via, as in the English relays.
Inputs: the quotes and entities of ml_quotes.find_quotes, which calls spokesperson_vias last.

Only a preposition of passing through followed, within a few words, by a spokesperson noun (a
small closed class in each language) and then a person's name counts; 'über den Hafen' or
'tramite un comunicato' add nothing.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Via

_THROUGH = re.compile(
    r"(?<![\w-])(?:tramite|attraverso|per bocca d(?:i|el|ella|ell['’])|über|durch|"
    r"par la voix d(?:e|u|e la|e l['’])|par l['’]intermédiaire d(?:e|u|e la|e l['’])|"
    r"a través d(?:e|el)|por medio d(?:e|el)|por boca d(?:e|el)|μέσω)\s+"
    r"(?:[^\s,.;:!?«»\"“”„]+\s+){0,2}?"
    r"(?:portavoce|portavoz|porte-parole|Sprecher(?:in)?|Regierungssprecher(?:in)?|Pressesprecher(?:in)?|"
    r"εκπροσώπου|εκπρόσωπό|εκπρόσωπο)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def spokesperson_vias(text: str, quotes: tuple, entities) -> tuple:
    """Each quote whose cue passes the words through a named spokesperson, with that person
    as a via."""
    people = sorted((m.start, m.end, e) for e in entities if e.type == "PERSON" for m in e.mentions)
    out = []
    for q in quotes:
        sp = q.speaker
        lo = sp.end if sp.end is not None and sp.end <= q.start else None
        if lo is None or _SENTENCE_END.search(text, lo, q.start):
            out.append(q)
            continue
        m = _THROUGH.search(text, lo, q.start)
        hit = next((p for p in people if m is not None and m.end() <= p[0] < min(q.start, m.end() + 40)
                    and p[1] <= q.start), None)
        if hit is None or any(v.entity == hit[2].id for v in q.via) or hit[2].id == sp.entity:
            out.append(q)
            continue
        via = Via(hit[2].id, hit[2].name, hit[0], hit[1])
        out.append(dataclasses.replace(q, via=tuple(q.via) + (via,)))
    return tuple(out)


__all__ = ["spokesperson_vias"]
