"""Talks arranged by a third party (ruling 13 of tests/events_eval.py): in 'X hosted / brokered /
mediated talks between Y and Z' and 'talks hosted by X', the event is CONSULT with the host as
actor and the parties who meet as targets (CAMEO's mediation codes take the mediator as the
source actor; ruling 2 makes the parties the target)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .event_context import _children, _dateline, _lemma, _light_verb, _pobjs, _subjects

if TYPE_CHECKING:
    from .events import Candidate

# Verbs of arranging talks for others (event_args.HOSTING without the organising verbs that
# also name one's own meetings: 'organised a rally').
ARRANGING = frozenset({"host", "mediate", "broker", "facilitate", "convene", "sponsor"})
BETWEEN = ("between", "among")


def _hosting_verb(noun):
    """The verb by which a third party arranges the talks ``noun`` names, and whether the
    host is its subject ('Qatar hosted talks') rather than its 'by' agent ('talks hosted by
    Qatar', '..., hosted by the Qatari foreign ministry')."""
    light = _light_verb(noun)
    if light is None and noun.dep_ == "dobj" and _lemma(noun.head) in ARRANGING:
        light = noun.head  # "Egypt brokered talks between Israel and Hamas"
    # ('offered to host talks': the tagger may read 'host' as a noun)
    if light is not None and _lemma(light) in ARRANGING and light.dep_ not in (
            "nsubj", "nsubjpass", "pobj", "dobj", "compound"):
        if _is_passive_participle(light):
            return light, False
        return light, True
    for v in _children(noun, "acl"):
        if _lemma(v) in ARRANGING and _children(v, "agent"):
            return v, False
    if light is not None:  # "held talks in Doha, hosted by the Qatari foreign ministry"
        for v in _children(light, "advcl"):
            if _lemma(v) in ARRANGING and v.tag_ == "VBN" and _children(v, "agent"):
                return v, False
    return None, False


def _is_passive_participle(v) -> bool:
    return v.tag_ == "VBN" and bool(_children(v, "agent")) and not _children(v, "aux")


def host_as_actor(cands: list[Candidate]) -> list[Candidate]:
    """Give talks arranged by a third party its host as actor and its parties as targets,
    folding the talks into the hosting verb where that is a CONSULT candidate of its own
    (one event)."""
    by_tok = {c.tok.i: c for c in cands}
    gone: set[int] = set()
    for c in cands:
        if c.kind != "noun" or c.type != "CONSULT" or c.tok.i in gone:
            continue
        verb, subject = _hosting_verb(c.tok)
        glued = next((by_tok[v.i] for v in _children(c.tok, "amod") if v.i in by_tok
                      and _lemma(v) in ARRANGING and by_tok[v.i].actors), None)
        if verb is None and glued is not None:
            # "Turkey hosted talks between ...": a parse that makes 'hosted' the talks'
            # modifier leaves the hosting verb's candidate with the host it found
            verb = glued.tok
            hosts = list(glued.actors)
        elif verb is None:
            continue
        elif subject:
            hosts = [s for s in _subjects(verb) if not _dateline(s, verb)]
        else:
            hosts = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
        hosts = [h for h in hosts if h.i != c.tok.i and h.pos_ in ("PROPN", "NOUN")]
        if not hosts:
            continue
        between = _pobjs(c.tok, BETWEEN) + _pobjs(verb, BETWEEN)
        parties = between or [t for t in c.actors + c.targets if t not in hosts]
        other = by_tok.get(verb.i)
        if other is not None and other is not c and other.type == "CONSULT":
            # "Oman will mediate indirect talks between Iran and the US": the hosting verb
            # is the event, the talks folded into it
            other.absorbed.append(c.tok)
            other.hosts += c.hosts
            gone.add(c.tok.i)
            c = other
        c.actors = hosts
        c.targets = [t for t in parties if t not in hosts]
    return [c for c in cands if c.tok.i not in gone]
