"""A role quoted without a name taken to the person who opens the next paragraph and goes on
speaking ('سخنگوی وزارت ... گفت: «...»' then 'حمید ... افزود'). Moved out of ml_anaphora."""
from __future__ import annotations

from ..records import Quote, Speaker
from . import ml_lexicon as L
from .ml_claims import _GOES_ON
from .ml_speakers import is_title


def _role_only(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return first in L.TITLES_ARABIC or is_title(first)


def cataphora(text: str, rows, quotes: tuple[Quote, ...], i: int) -> Speaker | None:
    """'سخنگوی وزارت ... گفت: «...»' then, opening the next paragraph, 'حمید ... افزود': a role
    quoted without a name is the person who opens the next paragraph and goes on speaking
    ('added', 'fügte hinzu'); a new person there with a plain 'said' is someone else."""
    q = quotes[i]
    sp = q.speaker
    if sp.entity is not None or not sp.name or sp.start is None or not _role_only(sp.name):
        return None
    para_end = text.find("\n", q.end)
    if para_end < 0:
        return None
    later = [x for x in quotes[i + 1:] if x.start > para_end]
    if not later or later[0].speaker.entity is None or later[0].cue is None:
        return None
    nxt = later[0]
    ns = nxt.speaker.start
    line = text.rfind("\n", 0, ns) + 1 if ns is not None else -1
    if ns is None or text[line:ns].strip() or text[para_end:line].strip() \
            or not _GOES_ON.search(text, nxt.cue.start, nxt.cue.end):
        return None
    if not any(ent.id == nxt.speaker.entity and ent.type == "PERSON" for *_, ent in rows):
        return None
    return Speaker(nxt.speaker.entity, nxt.speaker.name, sp.start, sp.end)


__all__ = ["cataphora"]
