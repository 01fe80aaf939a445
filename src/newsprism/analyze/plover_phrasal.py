"""Phrasal verbs read as a whole (verb + particle), merged into plover_lexicon.VERBS by
plover_senses: the particle and the class of the object make the event together, so the
bare verb's other senses ('took the train', 'drove off', 'set the table', 'called off the
flights') stay no event.

SOONER: tried before the verb's other senses; LATER: after them.
"""
from __future__ import annotations

from .plover_lexicon import Sense
from .plover_words import (AGREEMENT, ASSETS, BILLS, CAPTIVES, CIVILIANS, LEVIES, PEOPLE,
                           PERSON, REFUGEES, RESTRICTIONS, TERRITORY, YIELDED)

# what hackers take down or knock out: systems, sites and the services that run on them
SYSTEMS = frozenset({"system", "systems", "network", "networks", "server", "servers",
                     "website", "websites", "site", "sites", "portal", "portals", "database",
                     "databases", "service", "services", "platform", "platforms", "app",
                     "apps", "grid", "grids", "internet"})
# craft and people a force chases from where they are: 'drove off two fishing boats'
CHASED = frozenset({"boat", "boats", "ship", "ships", "vessel", "vessels", "trawler",
                    "trawlers", "ferry", "ferries", "tanker", "tankers", "aircraft", "jet",
                    "jets", "plane", "planes", "drone", "drones", "convoy", "convoys",
                    "crowd", "crowds"}) | PEOPLE | CIVILIANS | REFUGEES
# people an authority locks up ('locked up two journalists'); a shop locked up is none
LOCKED_UP = CAPTIVES | PEOPLE | PERSON
# talks one side breaks off: 'called off peace talks with the ELN' (REJECT, the codebook's
# breaking off of negotiations); a merger or a flight called off stays none
TALKS = frozenset({"talks", "negotiations", "dialogue", "dialog", "meeting", "meetings",
                   "summit", "visit", "mediation", "consultations"})
# a force's operation called off: 'called off its offensive on Bunia' (CONCEDE, the
# project's reading of a halted military push)
OPERATIONS = frozenset({"offensive", "offensives", "assault", "attack", "attacks",
                        "operation", "operations", "raid", "raids", "incursion", "strikes",
                        "bombardment", "invasion"})

# what a state freezes or blocks and may free again: accounts and assets, sites and apps
UNBLOCKED = ASSETS | SYSTEMS - {"grid", "grids"}
# diplomatic missions: closed they cut ties (plover_senses), opened or reopened they restore
# them ('re-opened their embassies in each other's capitals': COOPERATE)
MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})

# what a court strikes down: laws, rules, bans ('struck down a law that banned rallies':
# REJECT, no blow struck)
STRUCK_DOWN = BILLS | LEVIES | RESTRICTIONS | frozenset({
    "law", "laws", "ruling", "rulings", "order", "orders", "act", "amendment", "amendments",
    "provision", "provisions", "policy", "policies", "regulation", "regulations", "election",
    "result", "results", "verdict", "conviction", "convictions", "sentence"})
# what one party holds up to stop it: a package, a deal, a bid ('Hungary held up a new EU aid
# package for Ukraine': REJECT, as a veto is)
HELD_UP = AGREEMENT | BILLS | frozenset({
    "package", "packages", "aid", "tranche", "funds", "funding", "loan", "accession", "bid",
    "membership", "sanctions", "appointment", "nomination", "ratification", "approval"})
# people wanted by justice handed to another state or a court: 'turned over two war crimes
# suspects to the tribunal' (extradition: COOPERATE, the codebook's judicial cooperation)
WANTED = frozenset({"suspect", "suspects", "fugitive", "fugitives", "accused", "convict",
                    "convicts"})
# what is given back: captives, craft and ground seized ('handed back the seized tanker')
RETURNED = YIELDED | CAPTIVES | frozenset({"tanker", "tankers", "ship", "ships", "vessel",
                                           "vessels", "boat", "boats", "seized", "aircraft"})
# ground and its control given up ('gave up control of the town of Sake')
GIVEN_UP = TERRITORY | frozenset({"control", "territory", "positions", "position", "base",
                                  "bases", "claim", "claims"})

SOONER: dict[str, tuple[Sense, ...]] = {
    "strike": (Sense("REJECT", prt="down", objs=STRUCK_DOWN),),
    "hold": (Sense("REJECT", prt="up", objs=HELD_UP),),
    "turn": (Sense("COOPERATE", prt="over", objs=WANTED),),
    "hand": (Sense("COOPERATE", prt="over", objs=WANTED),
             Sense("CONCEDE", prt="back", objs=RETURNED)),
    "give": (Sense("CONCEDE", prt="up", objs=GIVEN_UP), Sense("CONCEDE", prt="back",
                                                             objs=RETURNED)),
    # "hackers took down the websites of three ministries"
    "take": (Sense("COERCE", prt="down", objs=SYSTEMS),),
    # "knocked out the ministry's servers", "knocked the websites of three ministries
    # offline" (the parser may hang 'offline' inside the object: systems knocked are enough)
    "knock": (Sense("COERCE", objs=SYSTEMS),),
    # "set free three opposition leaders", "set the hostages free"
    "set": (Sense("CONCEDE", prt="free", objs=CAPTIVES | PEOPLE | PERSON),),
    # "were locked up in Minsk"
    "lock": (Sense("COERCE", prt="up", objs=LOCKED_UP),),
    # before the lexicon's reopened crossings and airports (CONCEDE)
    "reopen": (Sense("COOPERATE", objs=MISSIONS),),
    "call": (Sense("REJECT", prt="off", objs=TALKS),
             Sense("CONCEDE", prt="off", objs=OPERATIONS)),
}
LATER: dict[str, tuple[Sense, ...]] = {
    # (a force driven out stays the lexicon's ASSAULT: 'drove the rebels out of the town')
    # "coast guard ships drove off two fishing boats", "chased away a research ship"
    "drive": (Sense("COERCE", prt="off", objs=CHASED), Sense("COERCE", prt="away", objs=CHASED)),
    "chase": (Sense("COERCE", prt="off", objs=CHASED), Sense("COERCE", prt="away", objs=CHASED)),
    # an undoing verb of a restriction is a concession: "unblocked the bank accounts of",
    # "unfroze the assets of", "unbanned the messaging app"
    "unblock": (Sense("CONCEDE", objs=UNBLOCKED),), "unfreeze": (Sense("CONCEDE", objs=UNBLOCKED),),
    "unban": (Sense("CONCEDE", objs=UNBLOCKED),),
    "unfroze": (Sense("CONCEDE", objs=UNBLOCKED),),  # the tagger's lemma for 'unfroze'
    "open": (Sense("COOPERATE", objs=MISSIONS),),
}
