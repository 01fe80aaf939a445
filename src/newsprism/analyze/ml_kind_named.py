"""A body named again by the kind word its name opens with ('Zoo de Madrid' ... 'El zoo anunció',
'Zoo di Roma' ... 'Lo zoo ha annunciato', 'Festival de Cannes' ... 'le festival'): the speaker is
the name given before, as an acronym is read back to its full form (ml_fullname).
Inputs: text, the entity rows (start, end, entity) in text order, the quotes; called by
ml_quotes.find_quotes after the description step (ml_anaphora), which leaves such a speaker as
written when no rule of its own took it up.

Only a speaker that is an article and one noun, no entity of its own, is taken up, and only by
the nearest name before it (no person) of two or more words whose first word is that noun, or,
where the name finder kept no such name, the last 'Noun [of] Name' written with a capital.
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from . import ml_lexicon as L

_ARTICLE_NOUN = re.compile(r"(?:(?:le|la|les|el|los|las|il|lo|der|die|das|ο|η|το)\s+|l['’]\s*)"
                           r"([^\W\d][\w-]{2,})", re.I)
_NAME_TYPES = frozenset(("ORG", "GPE", "OTHER"))


def kind_named(text: str, rows, quotes: tuple) -> tuple:
    """Each quote whose speaker is 'the <kind>' with the kind opening a name given before it
    (two words or more, not a person's): that name speaks."""
    if not rows:
        return quotes
    starts = [r[0] for r in rows]
    out = []
    for q in quotes:
        sp = q.speaker
        m = _ARTICLE_NOUN.fullmatch(sp.name) if sp.name and sp.entity is None and sp.start is not None else None
        if m is None:
            out.append(q)
            continue
        kind = L.fold(m.group(1))
        name = None
        for ms, me, ent in reversed(rows[:bisect.bisect_left(starts, sp.start)]):
            ws = ent.name.split()
            if ent.type in _NAME_TYPES and len(ws) >= 2 and L.fold(ws[0]) == kind:
                name = ent
                break
        if name is not None:
            out.append(dataclasses.replace(q, speaker=dataclasses.replace(sp, entity=name.id, name=name.name)))
            continue
        written = _written_before(text, m.group(1), sp.start)
        out.append(dataclasses.replace(q, speaker=dataclasses.replace(sp, name=written)) if written else q)
    return tuple(out)


def _written_before(text: str, kind: str, end: int) -> str | None:
    """The last 'Kind [of] Name' written with a capital before end ('Zoo de Madrid', 'Zoo
    Leipzig') that the name finder left whole or cut: the name as the article wrote it."""
    head = kind[:1].upper() + kind[1:].lower()
    if text.rfind(head + " ", max(0, end - 3000), end) < 0:
        return None  # (a plain substring test before any pattern is built)
    pat = re.compile(re.escape(head) + r"(?:\s+(?:de|di|del|della|dello|des|du|von|de\s+la|του|της))?"
                     r"\s+[A-ZÀ-ÝΑ-Ω][\w'’-]+(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]+){0,3}")
    hits = list(pat.finditer(text, max(0, end - 3000), end))
    return hits[-1].group() if hits else None


__all__ = ["kind_named"]
