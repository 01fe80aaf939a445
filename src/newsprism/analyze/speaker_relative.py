"""'X, whose family farms cane near the town, said they had left': when the parser hung the
name on the relative clause's words and left the cue without a subject, the name opening the
sentence before ', who'/', whose' is the cue's subject. Input: attribution.Cand (extract's loop).
"""
from __future__ import annotations

_RELATIVE = frozenset(("who", "whose"))


def relative_subject(doc, c) -> None:
    tok = c.cue_tok
    if c.source is not None or tok is None or not hasattr(tok, "sent") \
            or tok.i < 4 or doc[tok.i - 1].text != ",":
        return  # cheap gate: no subject, the cue right after a comma
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
        return
    start = tok.sent.start
    end = start
    while end < tok.i and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
        end += 1
    if end == start or end + 2 >= tok.i or doc[end].text != "," \
            or doc[end + 1].lower_ not in _RELATIVE:
        return
    if any(t.text in ("\"", "“", "”") for t in doc[end:tok.i]):
        return  # quoted words between: the cue belongs to them
    first, last = doc[start], doc[end - 1]
    c.source = (first.idx, last.idx + len(last.text))
    c.src_tok = last


__all__ = ["relative_subject"]
