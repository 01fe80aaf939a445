"""Pronoun objects read as the noun they stand for, for events' object classes and targets;
reads one spaCy token of the parsed sentence.

'Gunmen who abducted 42 bus passengers freed all of them on Monday': a reader takes 'them'
as the passengers, the nearest plural noun before the verb that is not the verb's own doer.
Only the plural 'them' (alone or after a quantifier: 'all / both / some / most of them') is
read; a singular pronoun has too many candidates in one sentence to guess without coref.
"""
from __future__ import annotations

# quantifier heads whose 'of them' names the people counted ('all of them', 'both of them')
QUANTIFIERS = frozenset({"all", "both", "some", "most", "many", "each", "several", "half",
                         "none", "dozens", "hundreds", "scores"})


def them_of(obj):
    """The 'them' an object stands for: itself, or the one after a quantifier's 'of'."""
    low = obj.lower_
    if low == "them":
        return obj
    if low not in QUANTIFIERS:
        return None
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.lower_ == "them":
                    return o
    return None


def antecedent(obj):
    """The plural noun before the verb that 'them' (or 'all of them') stands for, or None:
    the nearest one in the sentence that is not the verb's subject or a time word."""
    them = them_of(obj)
    if them is None:
        return None
    verb = obj.head
    doers = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for t in reversed(obj.doc[obj.sent.start:min(verb.i, obj.i)]):
        if t.tag_ in ("NNS", "NNPS") and t.i not in doers and t.ent_type_ not in (
                "DATE", "TIME") and t.dep_ not in ("compound", "npadvmod"):
            return t
    return None
