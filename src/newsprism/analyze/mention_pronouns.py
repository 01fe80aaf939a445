"""Pronoun mentions of one article: personal and possessive pronouns with their gender and
number, leaving out the pleonastic 'it' ('it is believed that', 'it seems'). Moved out of
mentions.py (session 12) to keep that module small; mentions.collect calls pronouns().
"""
from __future__ import annotations

from . import lexicon_roles as L
from .mentions import Cand, Context, _syntax_flags


def _pleonastic(t) -> bool:
    if t.dep_ == "expl":
        return True
    h = t.head
    kids = {c.dep_ for c in h.children}
    if t.dep_ == "nsubj":
        if h.lemma_ in L.PLEONASTIC_HEADS:
            return True
        if h.lemma_ in ("be", "become", "remain") and kids & {"ccomp", "xcomp", "csubj"}:
            return True
    if t.dep_ == "nsubjpass" and "ccomp" in kids:
        return True  # "it is believed that ..."
    if t.dep_ == "dobj" and h.lemma_ in ("make", "find") and kids & {"ccomp", "xcomp"}:
        return True
    return False


def pronouns(doc, ctx: Context) -> list[Cand]:
    out = []
    for t in ctx.toks:
        feats = L.PRONOUNS.get(t.lower_)
        if feats is None or t.tag_ not in ("PRP", "PRP$") or (t.lower_ == "it" and _pleonastic(t)):
            continue
        gender, plural = feats
        c = Cand(t.idx, t.idx + len(t.text), "pronoun", t.i, ctx.tok_sent[t.i], key=t.lower_,
                 gender=gender, plural=plural)
        _syntax_flags(c, t)
        out.append(c)
    return out
