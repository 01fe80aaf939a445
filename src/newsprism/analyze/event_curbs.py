"""Gatherings restricted, not held: reads a noun trigger candidate's token (events._noun_trigger)
and tells a protest noun that a ban or curbs fall on from a protest that took place.

'imposed curbs on street protests', 'banned rallies near parliament', 'protests were banned'
tell no protest: the gathering is what is forbidden. The restriction itself is the act, a
limit on political freedoms (CAMEO 172, which PLOVER keeps under COERCE): 'curbs on
protests' is COERCE, as 'a ban on protests' already is. A crackdown on or the dispersal of
protests tells protests that were held, and is left to the rest of the pipeline.
"""
from __future__ import annotations

from .event_context import _children, _lemma, _pobjs
from .plover_senses import GATHERINGS

# nouns of a limit laid on an activity
RESTRICTING_NOUNS = frozenset({"ban", "bans", "curb", "curbs", "restriction", "restrictions",
                               "limit", "limits", "controls", "prohibition", "prohibitions",
                               "moratorium"})
# verbs that forbid or limit an activity
RESTRICTING_VERBS = frozenset({"ban", "outlaw", "prohibit", "forbid", "restrict", "curb",
                               "limit"})
# what may be forbidden of a public's gatherings
GATHERED = GATHERINGS | frozenset({"strikes", "assembly", "assemblies", "sit-ins", "walkouts",
                                   "pickets", "picketing", "demonstrating", "protesting"})


def _restricted_by(noun):
    """The noun or verb that forbids or limits ``noun``, if any."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ == "NOUN":
        head = head.head  # 'curbs on rallies and marches'
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "against"):
        gov = head.head.head
        if gov.pos_ == "NOUN" and gov.lower_ in RESTRICTING_NOUNS:
            return gov
        # "imposed new curbs on street protests": the parser hangs 'on' on the verb
        curbs = [o for o in _children(gov, "dobj") if o.lower_ in RESTRICTING_NOUNS]
        if gov.pos_ == "VERB" and curbs:
            return curbs[0]
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" and (
            _lemma(head.head) in RESTRICTING_VERBS):
        return head.head
    return None


def restricted_gathering(tok) -> bool:
    """'imposed curbs on street protests', 'banned rallies': a gathering forbidden or
    limited is no protest held."""
    return tok.lower_ in GATHERED and _restricted_by(tok) is not None


def curbs_on_gatherings(tok) -> bool:
    """'new curbs on street protests': a limit laid on a public's gatherings (COERCE)."""
    if tok.lower_ not in RESTRICTING_NOUNS:
        return False
    objs = _pobjs(tok, ("on", "against"))
    if not objs and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        objs = _pobjs(tok.head, ("on", "against"))  # the 'on' hung on the verb
    return any(o.lower_ in GATHERED or any(x.lower_ in GATHERED for x in o.conjuncts)
               for o in objs)

