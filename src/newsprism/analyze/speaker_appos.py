"""A body the article describes first and names in apposition: 'The state weather bureau,
PAGASA, said ...' -- the name set off by commas after the common noun speaks, not the noun.

sources.Speakers calls appos_body where the subject phrase has no entity of its own and no
person in apposition (appos_person); it reads only the head's own children.
"""
from __future__ import annotations

from . import lexicon_roles as L


def appos_body(coref, tok, s: int, e: int):
    """The organisation named in apposition to a common-noun subject (lower case, whatever
    the tagger made of it), or None."""
    if coref is None or tok is None or not hasattr(tok, "children") or not tok.text.islower() \
            or tok.lower_ in L.ROLE_NOUNS or tok.lower_ in L.PERSON_NOUNS:
        return None
    doc = tok.doc
    for t in tok.children:
        if t.dep_ != "appos" or t.pos_ != "PROPN" or t.i < tok.i or not s <= t.idx < e \
                or doc[t.left_edge.i - 1].text != "," or t.left_edge.i - 1 != tok.i + 1:
            continue  # only the name right after the noun's own comma
        m = coref.mention_at(t.idx, t.idx + len(t.text))
        ent = coref.entity_at(t.idx, t.idx + len(t.text))
        if m is not None and m.kind == "name" and ent is not None and ent.type == "ORG":
            return ent
    return None


__all__ = ["appos_body"]
