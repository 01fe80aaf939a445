"""Mishaps, not acts between parties: a machine's fault told as a doer ('A faulty software
update locked thousands of customers out of their accounts') and a rescue from an accident
or the elements ('Fishermen rescued two tourists whose kayak overturned', 'rescued 120
migrants from a sinking boat': the project's sets code such rescues as no event)."""
from __future__ import annotations

from .event_context import _children, _lemma, _lower_words, _pobjs, _subjects
from .plover_words import MACHINES

# faults of machines and code that may be told as doing something
FAULTS = frozenset({"update", "glitch", "bug", "outage", "fault", "error", "failure", "crash",
                    "malfunction", "upgrade", "patch"})
# where people are pulled from, or what befell them, in an accident
PERILS = frozenset({"boat", "dinghy", "kayak", "canoe", "raft", "vessel", "ship", "ferry",
                    "sea", "water", "waters", "river", "rubble", "debris", "fire", "flames",
                    "flood", "floods", "floodwaters", "mud", "snow", "avalanche", "cave",
                    "mine", "well", "wreck", "wreckage", "car", "current", "ice", "cliff"})
MISHAPS = frozenset({"overturn", "capsize", "sink", "drown", "catch", "trap", "strand",
                     "collapse", "bury", "sweep", "wash", "lose"})


def fault_as_doer(c) -> bool:
    """A coercive or hostile verb whose only doers are a machine's faults."""
    if c.kind != "verb" or c.type not in ("COERCE", "ASSAULT", "THREATEN", "SANCTION"):
        return False
    doers = _subjects(c.tok)
    return bool(doers) and all(d.lower_ in FAULTS or d.lemma_.lower() in FAULTS for d in doers)


def rescue_from_peril(c) -> bool:
    """A rescue of people from an accident or the elements: no aid between parties."""
    if c.kind != "verb" or c.type != "AID" or _lemma(c.tok) != "rescue":
        return False
    objs = _children(c.tok, "dobj", "nsubjpass")
    if any(_lower_words(o) & PERILS for x in (c.tok, *objs) for o in _pobjs(x, ("from", "off"))):
        return True
    # 'two tourists whose kayak overturned', 'swimmers caught in a rip current'
    return any(_lemma(v) in MISHAPS for o in objs for v in _children(o, "relcl", "acl"))


# who may lock another's systems by intrusion
INTRUDERS = frozenset({"hackers", "hacker", "hacking", "cyber", "ransomware", "cybercriminals",
                       "attackers", "intruders"})


def idle_lock(c) -> bool:
    """'locked the servers' is coercion when hackers or a state lock them, or when the parse
    names no doer ('Hackers linked to X are said to have locked'); a bank or a firm locking
    accounts is none."""
    from .plover_senses import COMPUTERS, LOCKING, SHUTTING
    if c.kind != "verb" or c.type != "COERCE":
        return False
    if _lemma(c.tok) in SHUTTING:
        # 'shut down the emergency-room computers': machines shut down by whoever runs
        # them are no act on anyone; a website or a station shut down keeps its reading
        if not any(_lower_words(o) & COMPUTERS & MACHINES for o in _children(c.tok, "dobj")):
            return False
    elif _lemma(c.tok) not in LOCKING or any(p.lower_ == "out" for p in _children(c.tok, "prt")):
        return False
    doers = _subjects(c.tok) + [a for p in _children(c.tok, "agent")
                                for a in _children(p, "pobj")]
    return bool(doers) and not any(_lower_words(d) & INTRUDERS or d.ent_type_ in ("GPE", "NORP")
                                   for d in doers)
