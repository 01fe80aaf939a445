"""Quoted words inside a sentence with no verb of saying whose subject is a person named at its
start (perhaps after a role and its article): 'Vigneron à Villié-Morgon depuis trente ans, Gérard
Dupuis n'avait « jamais vu ça »', 'Aubert espère jouer « avant Noël »', 'Sur le trottoir, la
soprano Claire Villemin parlait d'un « miracle fragile »'. The marks give the words as the subject's own (a mixed
quote), not a scare quote: the subject is a person's name (the entity step's), perhaps after an
apposition closed by a comma, and only lower-case words stand between it and the marks."""
from __future__ import annotations

import re

from ..records import Speaker

_BETWEEN = re.compile(r"(?:\s+(?:[a-zà-ÿäöüß][\w'’-]*|[dlnsjcm]['’][\w-]*|[a-zà-ÿ]['’]))+\s*$")
_LANGS = ("fr", "es", "it", "de", "el")
# A role before the name, with its article: 'la soprano Claire Villemin parlait d'un « ... »',
# 'il sindaco Marco Rossi parla di «...»'.
_ROLE_FIRST = re.compile(r"(?:[lL]['’]|(?:la|le|el|il|lo|die|der|das|η|ο|La|Le|El|Il|Lo|Die|Der|Das|Η|Ο)\s+)"
                         r"[a-zà-ÿäöüßα-ωά-ώ][\w'’-]+(?:\s+[a-zà-ÿäöüßα-ωά-ώ][\w'’-]+)?\s+")


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
        if a != start and not _ROLE_FIRST.fullmatch(text, start, a) or ent.type != "PERSON":
            continue
        between = _BETWEEN.match(text, b, o)
        if between is None or len(text[b:o].split()) > 8:
            return None
        return Speaker(ent.id, ent.name, a, b)
    return None


__all__ = ["subject_of_fragment"]
