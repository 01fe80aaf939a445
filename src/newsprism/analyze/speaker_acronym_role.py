"""'the CS said' after 'Agriculture Cabinet Secretary Halima Wario' (or 'CS Wario'): a title
given by its initials stands for the one person the article gave that title; input: text,
quotes and the coreference.

East African, South Asian and British papers shorten titles so ('the CS', 'the PS', 'the MD',
'the DG', 'the IGP'). The initials must spell the capitalised title words right before a
person's name, or stand as a title before a name themselves; two such people leave the
speaker as it was. A 'he'/'she' that took up the misread speaker in the next paragraph
follows the person found.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Speaker

_THE_INITIALS = re.compile(r"[Tt]he\s+([A-Z]{2,4})$")
_TITLE_RUN = re.compile(r"((?:[A-Z][a-z]+\s+){1,4})$")


def _holder(text: str, initials: str, before: int, coref):
    """The one PERSON entity named before ``before`` with a title spelled by the initials."""
    found = {}
    for e in coref.entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            if m.kind != "name" or m.start >= before:
                continue
            words = text[m.start:m.end].split()
            lead = text[max(0, m.start - 60):m.start]
            run = _TITLE_RUN.search(lead)
            # the title before the name, outside the mention or inside it ('Agriculture
            # Cabinet Secretary Halima Wario'), or the initials themselves ('CS Wario')
            titles = [run.group(1).split() if run else [], words[:-2]]
            if any(t and "".join(w[0] for w in t).endswith(initials) for t in titles) \
                    or re.search(r"\b" + initials + r"\s+$", lead):
                found[e.id] = e
    return next(iter(found.values())) if len(found) == 1 else None


def acronym_titles(text: str, quotes: list, coref) -> list:
    """Quotes spoken by 'the <initials>' take the person given that title."""
    if coref is None or not any(q.speaker is not None and q.speaker.start is not None
                                and _THE_INITIALS.match(text, q.speaker.start, q.speaker.end)
                                for q in quotes):
        return quotes  # the cheap test: no 'the XY' speaker
    out, moved = [], {}
    for q in quotes:
        sp = q.speaker
        m = _THE_INITIALS.match(text, sp.start, sp.end) if sp and sp.start is not None else None
        e = _holder(text, m.group(1), sp.start, coref) if m else None
        if e is not None and e.id != sp.entity:
            moved[sp.entity] = (e, text.find("\n\n", q.end))
            q = replace(q, speaker=Speaker(e.id, e.name, sp.start, sp.end))
        elif sp is not None and sp.entity in moved and sp.start is not None \
                and text[sp.start:sp.end].lower() in ("he", "she"):
            e, limit = moved[sp.entity]
            nxt = text.find("\n\n", limit + 2) if limit >= 0 else -1
            if limit < 0 or nxt < 0 or sp.start < nxt:
                q = replace(q, speaker=Speaker(e.id, e.name, sp.start, sp.end))
        out.append(q)
    return out


__all__ = ["acronym_titles"]
