"""A body given by the last words of its name in lower case ('the health board' for Hywel Dda
University Health Board, 'County council says ...' in a standfirst): the one body of the article
whose name ends in those words. Input: coreference's entities and a Speaker with no entity."""
from __future__ import annotations

import re

from ..records import Speaker

# 'health board', 'the county council', 'Water utility' (a sentence's capital): two or three
# words, all lower case after the first letter
_TAIL = re.compile(r"(?:[Tt]he\s+)?([A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})")


def body_by_tail(coref, phrase: str, sp: Speaker) -> Speaker:
    """The body whose name ends in the phrase's words, when exactly one does; else ``sp``."""
    if coref is None or sp.entity is not None or sp.start is None:
        return sp
    m = _TAIL.fullmatch(phrase)
    if m is None:
        return sp
    words = m.group(1).lower().split()
    found = {e.id: e for e in coref.entities if e.type in ("ORG", "NORP", "FAC")
             and len(e.name.split()) > len(words)
             and [w.lower() for w in e.name.split()[-len(words):]] == words}
    if len(found) != 1:
        return sp
    ent = next(iter(found.values()))
    return Speaker(ent.id, ent.name, sp.start, sp.end)


def named_subject_around(tok, cue):
    """'X, a helper from Bato who chairs the Workers' Association in Hong Kong, said': a
    source phrase taken from inside a relative clause of the cue's own subject, a name, is
    that subject (the body the person chairs does not speak); a common noun's clause may
    name it ('Their spokesman, who gives his name only as Faizal,'), so is left alone."""
    if tok is None or cue is None or not hasattr(tok, "head") or not hasattr(cue, "children"):
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i == tok.i or subj.pos_ != "PROPN" \
            or not subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return None
    t = tok
    for _ in range(12):  # up to the subject: through a relative clause only
        if t.i == subj.i:
            return None
        if t.dep_ == "relcl":
            return subj
        t = t.head
    return None
