"""Quoted words inside a sentence with no verb of saying whose subject is a person named at its
start: 'Vigneron à Villié-Morgon depuis trente ans, Gérard Dupuis n'avait « jamais vu ça »',
'Aubert espère jouer « avant Noël »'. The marks give the words as the subject's own (a mixed
quote), not a scare quote: the subject is a person's name (the entity step's), perhaps after an
apposition closed by a comma, and only lower-case words stand between it and the marks."""
from __future__ import annotations

import re

from ..records import Speaker

_BETWEEN = re.compile(r"(?:\s+(?:[a-zà-ÿäöüß][\w'’-]*|[dlnsjcm]['’][\w-]*|[a-zà-ÿ]['’]))+\s*$")
_LANGS = ("fr", "es", "it", "de", "el")


def subject_of_fragment(text: str, lang: str, index, s: int, o: int) -> Speaker | None:
    if lang not in _LANGS:
        return None
    clause = s
    comma = text.rfind(",", s, o)
    if comma >= 0:
        # (only an apposition before the subject: no lower-case verb then a comma)
        clause = comma + 1
    start = clause + len(text[clause:o]) - len(text[clause:o].lstrip())
    for a, b, ent in index.within(start, o):
        if a != start or ent.type != "PERSON":
            continue
        between = _BETWEEN.match(text, b, o)
        if between is None or len(text[b:o].split()) > 8:
            return None
        return Speaker(ent.id, ent.name, a, b)
    return None


__all__ = ["subject_of_fragment"]
