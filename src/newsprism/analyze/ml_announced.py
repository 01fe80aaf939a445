"""An announcing verb before a quotation, its object closed by a comma, as its subject's claim
('Il Codacons ha annunciato un esposto, mentre il sindaco ... «...»'). Moved out of ml_clauses in
session 16."""
from __future__ import annotations

from ..records import Span
from .ml_clauses import ANNOUNCE, announced
from .ml_speakers import find_speaker


def announced_before(text, lang, rules, index, roles, s, inside, cues, last):
    """'Il Codacons ha annunciato un esposto, mentre il sindaco ... «...»': an announcing
    verb before the quotation, with its object closed by a comma, is its subject's claim."""
    first = inside[0][0]
    for cue in cues:
        if cue.end() >= first or not ANNOUNCE.fullmatch(cue.group()):
            continue
        span = announced(text, s, cue, first, lang)
        if span is None or span[1] > first:
            return []
        speaker = find_speaker(text, lang, rules, index, roles, s, cue.start(), cue,
                               [(s, cue.start())], last)
        if speaker.name is None:
            return []
        return [(*span, "indirect", Span(cue.start(), cue.end()), speaker, ())]
    return []


__all__ = ["announced_before"]
