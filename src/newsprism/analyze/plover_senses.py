"""Verb senses added after plover_lexicon reached its size: phrasal yields to another party
('gave in to the miners' demands'); merged into plover_lexicon.VERBS when that module loads.

Each entry needs its particle and its 'to' so that the physical senses of the same verbs
('the roof caved in', 'gave in the forms') stay no event.
"""
from __future__ import annotations

from .plover_lexicon import VERBS, Sense

# what a party bows to when it yields: someone else's pressure or demands
PRESSURES = frozenset({"pressure", "pressures", "demand", "demands", "calls", "ultimatum",
                       "protests", "protesters", "strikers", "opposition"})

MORE_VERBS: dict[str, tuple[Sense, ...]] = {
    # "the government gave in to the miners' demands", "caved in to pressure from Beijing"
    "give": (Sense("CONCEDE", prt="in", prep="to"),),
    "cave": (Sense("CONCEDE", prt="in", prep="to"), Sense("CONCEDE", prep="to",
                                                         pobjs=PRESSURES)),
    # "bowed to pressure from farmers"; 'bowed to the crowd' is a gesture
    "bow": (Sense("CONCEDE", prep="to", pobjs=PRESSURES),),
    "succumb": (Sense("CONCEDE", prep="to", pobjs=PRESSURES),),
}

VERBS.update({k: VERBS.get(k, ()) + v for k, v in MORE_VERBS.items()})
