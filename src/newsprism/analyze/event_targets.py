"""Targets that depend on the event's type: whom aid or a handover reaches, against whom a
force is mobilised, whom a withdrawal benefits, what a protest is against; read from a
trigger's parse by events.py and event_args.py.

Aid names its beneficiaries far from the verb ('sent a ship carrying flour to the port for
survivors', 'pledged $50 million to rebuild hospitals in Syria'); a recipient after 'to' may
hang deep inside the thing given ('released 1.5 billion euros in budget support to Ukraine');
a force moved or ground left is no target, the adversary faced or the party handed the
ground is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import plover_lexicon as lex
from .plover_senses import ARMS, LEFT_BODIES
from .lexicon_roles import ORG_WORDS
from .event_domain import COMPANY, _party as _domain_party
from .event_context import PROTEST_AIMS as GATHERING_AIMS
from .event_context import DRILLS, FORCES
from .event_transfer import named_country
from .event_context import (PLACE_CLASS, RESOLVES, _agents, _children, _is_time, _lemma,
                            _lower_words, _party, _pobjs, _subjects)

if TYPE_CHECKING:
    from .events import Candidate


def _distinct(toks: list) -> list:
    """Each token once, at its first place (tokens compare by position, lists are short)."""
    return [t for n, t in enumerate(toks) if t not in toks[:n]]


# Participles whose agent performed the act a noun names: 'sanctions imposed by Britain'.
IMPOSING = frozenset({"impose", "carry", "launch", "conduct", "mount", "order", "issue",
                      "level", "unleash", "introduce", "adopt", "announce", "declare", "make"})
# Demands whose 'of' names the party a protest is against: 'the resignation of the mayor'.
OUSTING = frozenset({"resignation", "ouster", "removal", "impeachment", "dismissal",
                     "departure", "fall", "downfall", "exit", "recall"})
# Purpose verbs of a march or rally that name what it is against: those that make a
# gathering a protest, less the two whose object is no party ('to voice anger').
PROTEST_AIMS = GATHERING_AIMS - {"demonstrate", "voice"}
# Buildings of bodies: a protest outside one is aimed at the body that sits there.
SEATS = frozenset({"embassy", "consulate", "parliament", "ministry", "palace", "court",
                   "courthouse", "headquarters", "office", "offices", "commission", "council",
                   "legislature", "assembly", "residence", "secretariat", "congress", "senate"})
# Verbs whose subject takes what was given.
RECEIVING = frozenset({"receive", "get", "accept", "obtain", "take"})


# Purposes of aid that name what is rebuilt or kept going, and so where.
REBUILDING = frozenset({"rebuild", "reconstruct", "repair", "restore", "build", "equip",
                        "reopen", "run", "feed", "house", "shelter", "supply"})


def _beneficiaries(c: Candidate) -> list:
    """Who receives aid the parse hung away from the verb: 'sent a ship carrying flour to
    the port ... for survivors', 'approved a grant to help Malawi rebuild roads'."""
    verbs = [h for h in c.hosts if h.pos_ == "VERB"]
    out = []
    given = c.tok.head if c.tok.dep_ == "acl" else None
    if given is not None and given.dep_ == "pobj" and given.head.lower_ == "of":
        given = given.head.head  # "200 tonnes of rice donated by Vietnam"
    if given is not None and given.dep_ == "dobj" and _lemma(given.head) in RECEIVING:
        out += _subjects(given.head)  # "Cuba received rice donated by Vietnam"
    for v in verbs:
        out += recipients(v)
        for x in _children(v, "dobj", "conj"):
            if x.pos_ in ("NOUN", "PROPN", "NUM"):
                # "aid worth $10 million for flood victims": 'for' on the amount's modifier
                out += [o for a in (x, *_children(x, "acl", "amod")) for o in _pobjs(
                    a, ("to", "for", "into"))]
                # "failed to deliver the supplies it had promised to hospitals": the goods'
                # own relative clause of giving names whom they were meant for
                out += [o for y in (x, *_pobjs(x, ("of",))) for r in _children(y, "relcl")
                        if _lemma(r) in PROMISING for o in _pobjs(r, ("to", "for"))]
        # "sent 60 rescuers and sniffer dogs to help Tessaly": the purpose may hang on a
        # conjunct the parser made of the goods
        for h in _children(v, "advcl", "xcomp") + [x for cj in _children(v, "conj")
                                                    if cj.pos_ == "VERB"
                                                    for x in _children(cj, "advcl", "xcomp")]:
            if _lemma(h) in REBUILDING:
                # "pledged $50 million to rebuild hospitals in northern Syria": where
                # what the money rebuilds stands
                out += [p for o in _children(h, "dobj") for p in _pobjs(o, ("in", "of"))
                        if p.ent_type_ in ("GPE", "LOC") or p.pos_ == "PROPN"]
                # "to rebuild Sudan's power grid": whose it is
                out += [p for o in _children(h, "dobj") for p in _children(o, "poss")
                        if p.ent_type_ in ("GPE", "NORP") or p.pos_ == "PROPN"]
                if not out:
                    # "pledged $3 billion to rebuild the devastated region": a stricken
                    # place rebuilt is itself the one helped
                    out += [o for o in _children(h, "dobj") if o.lower_ in REBUILT_PLACES
                            # "pledged $10 billion to rebuild Gaza": a named place rebuilt
                            or o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN"]
            if _lemma(h) in ("help", "assist", "enable", "allow"):
                out += _children(h, "dobj") + [s for x in _children(h, "ccomp", "xcomp")
                                               for s in _children(x, "nsubj")]
    return [o for o in out if not _is_time(o)]


# verbs of a relative clause on goods that name whom the goods were meant for
PROMISING = frozenset({"promise", "pledge", "offer", "owe", "allocate", "earmark", "give",
                       "send", "ship", "donate", "provide", "deliver", "sell", "supply"})


# Places whose rebuilding aid pays for: they are its recipient when named no other way
REBUILT_PLACES = frozenset({"region", "regions", "area", "areas", "zone", "zones", "city",
                            "cities", "town", "towns", "village", "villages", "province",
                            "district", "districts", "country", "enclave", "territory"})
# People aid is given to, who are named by their place.
HELPED = frozenset({"victims", "survivors", "refugees", "families", "people", "residents",
                    "civilians", "children", "communities", "farmers", "households",
                    "displaced", "evacuees", "population", "populations",
                    # "relief supplies to the earthquake zone in Turkey", "a loan for flood
                    # reconstruction in Pakistan": a stricken zone or the work of rebuilding
                    # it, named by where it is
                    "zone", "zones", "area", "areas", "region", "regions", "reconstruction",
                    "recovery", "rebuilding"})


def _helped_places(targets: list) -> list:
    """'aid for flood victims in Laos': the people helped are named by where they are, and
    that place is the party the aid goes to."""
    out = []
    for t in targets:
        if t.pos_ != "NOUN" or not _lower_words(t) & HELPED:
            continue
        # (a capitalised name after 'in' there is a place, whatever the recogniser calls it)
        places = [p for p in _pobjs(t, ("in", "of", "from")) if p.ent_type_ in ("GPE", "NORP")
                  or p.pos_ == "PROPN" and p.head.lower_ == "in"]
        if not places:
            # "sent supplies to the earthquake zone in Turkey": the parser hangs the place
            # on the verb; read it when it comes right after the helped noun's phrase
            # (or on the aid noun: 'a loan for storm recovery in Fiji')
            holders = []
            for a in t.ancestors:
                holders.append(a)
                if a.pos_ == "VERB":
                    break
            places = [p for h in holders for p in _pobjs(h, ("in",))
                      if (p.ent_type_ == "GPE" or p.pos_ == "PROPN") and p.i == t.right_edge.i + 2]
        out += places
    return out


def recipients(verb) -> list:
    """Parties after 'to' anywhere in what a verb gives or in its adverbs: 'released 1.5
    billion euros in budget support to Ukraine', 'offered loans worth $2 billion to Sri
    Lanka', 'handed power back to a civilian government'."""
    out = []
    # 'worth' may be parsed as a clause of the verb: 'suspend support worth $200m to Niger'
    for x in _children(verb, "dobj", "advmod", "prt", "prep", "npadvmod") + [
            a for a in _children(verb, "advcl") if a.lower_ == "worth"]:
        if x.dep_ == "prep" and x.lower_ in REASONS:
            continue  # "sanctioned three firms over arms sales to Taiwan": a cause's 'to'
        for t in x.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "to" and _receiver(t):
                out.append(t)
    return out


# prepositions of a cause or a time: what follows tells why or when, not to whom
REASONS = frozenset({"over", "after", "amid", "despite", "following", "because", "since",
                     "before", "during"})


def _receiver(t) -> bool:
    """A party or a place that can be given to: a name, a body, people; no time."""
    return not _is_time(t) and (_party(t) or _domain_party(t))


# Participles that turn a force on someone: 'units facing Armenian positions'.
FACING = frozenset({"face", "confront", "target", "threaten"})
# Verbs of giving up ground or arms to another: 'leaving them to a FARC faction'.
CEDING = frozenset({"leave", "hand", "cede", "give", "turn", "surrender", "yield"})
# Ground a force leaves: the place of a retreat, never its target.
GROUND = lex.TERRITORY | PLACE_CLASS | frozenset({"bank", "positions", "position", "outskirts",
                                                 "camp", "camps", "front", "frontline", "land",
                                                 "acres", "hectares", "premises", "compound",
                                                 "zone", "zones", "corridor", "valley",
                                                 # sites on a map and what stands on them
                                                 "road", "roads", "highway", "point", "points",
                                                 "post", "posts", "checkpoint", "checkpoints",
                                                 "crossing", "crossings", "bridge", "ridge",
                                                 "pass", "airfield", "coast", "coastline",
                                                 "island", "islands", "shelters", "tents",
                                                 "structures", "fortifications", "bunkers",
                                                 "trenches", "canal", "canals", "border",
                                                 "borders", "frontier", "municipality",
                                                 "municipalities", "waters", "approaches",
                                                 "vicinity", "perimeter",
                                                 # features of terrain a force holds
                                                 "hilltop", "hilltops", "hillside",
                                                 "hillsides", "foothills", "heights",
                                                 "ridges", "mountain", "mountains", "peak",
                                                 "peaks", "plateau", "slopes", "highlands",
                                                 "forest", "forests", "farmland", "fields",
                                                 "desert", "shore", "shores", "riverbank",
                                                 "sector", "sectors", "lines", "line"})


def _place_left(t, armed: bool) -> bool:
    """'pulled out of Niger', 'withdrew from Haiti': a country or place after 'from' or
    'out of' is ground left, whoever leaves it; the tagger may read the name as a person
    or a title ('Niger'), while a body quit ('Opec', 'the regional bloc') or a contest left
    (an EVENT) stays; a name it left untagged is ground only when a force leaves it
    ('soldiers pulled out of X'; 'Britain withdrew from Euratom' quits a body)."""
    return t.dep_ == "pobj" and t.head.lower_ in ("from", "of") and (
        t.head.lower_ == "from" or t.head.head.lower_ == "out") and (
        t.ent_type_ in ("GPE", "LOC", "FAC") or named_country(t)
        or t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "NORP", "EVENT")
        and (armed or t.ent_type_) and not t.is_upper and not _lower_words(t) & BODIES_LEFT)


# what a party quits rather than ground: 'the regional bloc ECOWAS', 'the Council of Europe'
BODIES_LEFT = ORG_WORDS | LEFT_BODIES | frozenset({"bloc", "alliance", "pact", "treaty",
                                                   "community", "coalition", "accord",
                                                   "agreement", "deal", "talks", "organisation",
                                                   "organization", "court", "convention"})


def _near_clause(verb, depth: int = 3) -> list:
    """Tokens hanging from a verb within a few steps, not crossing into another clause."""
    out, frontier = [], [verb]
    for _ in range(depth):
        frontier = [k for t in frontier for k in t.children
                    if k.dep_ not in ("ccomp", "relcl", "parataxis", "conj", "advcl")
                    or k.lemma_.lower() in FACING]
        out += frontier
    return out


def _mobilized_against(c: Candidate) -> list:
    """A force moved, readied or tested is no target (the convention in events_eval); the
    adversary it is turned on is: 'massed troops against the rebels', 'deployed units along
    the line facing Armenian positions'."""
    out = []
    for v in [h for h in c.hosts if h.pos_ in ("VERB", "NOUN")]:
        near = [v, *_near_clause(v, 6)]
        out += [o for t in near for o in _pobjs(t, ("against",))]
        out += [o for t in near if t.lemma_.lower() in FACING and t.dep_ in (
            "acl", "advcl", "xcomp") for o in _children(t, "dobj")]
        if v.lemma_.lower() in ("shadow", "tail"):
            out += _children(v, "dobj")  # "warships shadowed a Turkish survey vessel"
        if c.tok.lower_ in DRILLS:
            # "drills around Taiwan": a party's own drills staged around another named one
            # encircle it, a show of force aimed at it (the codebook's MOBILIZE)
            out += [o for o in _pobjs(v, ("around",)) if o.pos_ == "PROPN"
                    and o.ent_type_ in ("GPE", "NORP", "ORG")]
    return _distinct(out)


def _retreat_targets(c: Candidate) -> list:
    """Whom a withdrawal is aimed at or benefits: an organisation quit or those arms are
    handed to stay; the ground left and the forces or arms pulled back are dropped; 'handing
    its bases to the national army', 'leaving them to a FARC faction' name the party the
    withdrawal benefits."""
    # a force leaves ground, and a country left after 'from' / 'out of' is ground too (a
    # firm's leaving one keeps it: off-topic checks read a firm hitting no state as trade)
    firm = bool(c.actors) and all(a.lower_ in COMPANY for a in c.actors)
    # forces pulled back ('pull its border guards back from'): a force's withdrawal too
    moved = any(_lower_words(o) & (lex.TROOPS | lex.COMBATANTS) for h in c.hosts
                for o in _children(h, "dobj"))
    armed = any(_lower_words(a) & (lex.TROOPS | lex.COMBATANTS) for a in c.actors)
    # "The navy pulled its patrol boats back": what a force pulls back is its own means
    force = armed or any(_lower_words(a) & (FORCES - {"government", "police"}) for a in c.actors)
    kept = [t for t in c.targets if not (
        force and t.dep_ == "dobj" and c.kind == "verb" and t.head.i == c.tok.i
        and not _lower_words(t) & BODIES_LEFT or
        armed and t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj"
        or _place_left(t, armed or moved) and not firm or _lower_words(t) & GROUND
        or (t.dep_ == "dobj" or t.head.lower_ == "down")  # stood down
        and _lower_words(t) & (lex.TROOPS | lex.COMBATANTS | ARMS))]
    kept = [t for t in kept if not (t.lower_ in GROUND or t.lower_ in lex.TROOPS | ARMS
                                    and t.dep_ != "pobj")]
    for v in [h for h in c.hosts if h.pos_ == "VERB"]:
        for x in [v, *_children(v, "advcl", "conj", "xcomp")]:
            if _lemma(x) not in CEDING:
                continue
            given = _children(x, "dobj")
            kept += _children(x, "dative") + _pobjs(x, ("to",)) + [
                o for g in given for o in _pobjs(g, ("to",))]
            # "handing Russia its biggest gain": the first of two objects is who gets it
            kept += [g for g in given if _party(g) and g.pos_ == "PROPN" and any(
                o.i > g.i for o in given if o is not g)]
    return _distinct([t for t in kept if not _is_time(t)])


# Verbs of a protest that moves somewhere: its destination is where it is aimed.
PROTEST_MARCHES = frozenset({"march", "walk", "parade", "drive", "ride", "trek", "converge",
                             "head", "proceed", "stream", "flock"})


def _protested_at(tok) -> list:
    """'demonstrated outside the Constitutional Council', 'rallied in front of the
    embassy', 'marched to the Chinese embassy': the body whose seat a protest stands at or
    marches to is what it is against (a seat only: 'marched to the main square' stays a
    place)."""
    spots = _pobjs(tok, ("outside", "at")) + [
        o for f in _pobjs(tok, ("in",)) if f.lower_ == "front" for o in _pobjs(f, ("of",))]
    if _lemma(tok) in PROTEST_MARCHES:
        spots += _pobjs(tok, ("to", "towards", "toward"))
    return [o for o in spots if o.lower_ in SEATS or (o.pos_ == "PROPN" or o.ent_type_ == "ORG")
            and _lower_words(o) & SEATS]


# modifiers of what a protest asks for ('more staff', 'higher pay'): a thing wanted
MORE_OF = frozenset({"more", "extra", "additional", "higher", "fewer"})


def _protest_aim(tok) -> list:
    """'marched ... to demand the resignation of the president', 'rallied to denounce the
    junta': the purpose clause of a protest names whom it is against."""
    out, asked = [], []
    for x in _children(tok, "advcl", "xcomp"):
        if _lemma(x) not in PROTEST_AIMS or not (x.tag_ == "VBG" or any(
                a.lower_ == "to" for a in _children(x, "aux"))):
            continue
        # "walked out, demanding that the city council honour the deal": who must act
        asked += [n for y in _children(x, "ccomp") if any(m.lower_ == "that" for m in _children(
            y, "mark")) for n in _children(y, "nsubj") if n.pos_ != "PRON"]
        # "demanding an eight percent pay rise from employers": whom it is demanded of
        asked += [f for o in (x, *_children(x, "dobj")) for f in _pobjs(o, ("from",))]
        for o in _children(x, "dobj") + _pobjs(x, ("against", "on", "for")):
            if any(m.lower_ in MORE_OF for m in _children(o, "amod", "advmod")):
                continue  # "to demand more staff": what is asked for, not of whom
            # "the resignation of the president", "the prime minister's resignation"
            out += (_pobjs(o, ("of",)) or [p for p in _children(o, "poss") if p.pos_ != "PRON"]
                    ) if o.lower_ in OUSTING else [o]
            # "to denounce the federal government's decision": whose resolve it was
            if o.lower_ in RESOLVES:
                asked += [p for p in _children(o, "poss") if p.pos_ != "PRON"]
    return asked + [o for o in out if _party(o)]


def protest_host(noun):
    """'shut their stores for a second day in protest at new levies': the verb a bare 'in
    protest' qualifies is the act of protest (the parser may hang the phrase on a noun of
    time or place under that verb)."""
    if noun.lower_ not in ("protest", "protests") or noun.dep_ != "pobj" or (
            noun.head.lower_ != "in" or _children(noun, "det", "poss")):
        return None
    h = noun.head.head
    for _ in range(3):
        if h.pos_ == "VERB":
            return h
        if h.dep_ not in ("pobj", "npadvmod", "dobj", "prep"):
            return None
        h = h.head
    return None


def in_protest_targets(noun) -> list:
    """What an act done 'in protest at' something is against: the thing protested, or who
    imposed it ('in protest at new levies imposed by the state government')."""
    # the parser hangs 'at the tax' on the protest, on the phrase holding it, or on the verb
    aims = [o for h in (noun, noun.head.head, protest_host(noun)) if h is not None
            for o in _pobjs(h, ("at", "against", "over"))]
    aims = _distinct(aims)
    return [x for a in aims for x in ([g for v in _children(a, "acl") if _lemma(v) in IMPOSING
                                       for g in _agents(v)] or [a])]


# trade barriers on goods: the party they land on is where the goods come from
TRADE_BARRIERS = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies", "quota",
                            "quotas", "ban", "bans", "embargo", "curbs", "restrictions"})


def goods_origin(c: Candidate, host) -> list:
    """'impose tariffs on barley from Australia', 'lifted its tariffs on steel from Mexico
    and Canada': a barrier on goods lands on the state they come from, named after 'from'
    on the goods, the barrier or its verb; 'duties on Chinese steel' names no such state."""
    if c.type not in ("SANCTION", "CONCEDE") or not c.targets or any(map(_party, c.targets)):
        return []
    barrier = [t for t in (c.tok, *c.targets, *(_children(host, "dobj") if host is not None
                                                 else ())) if t.lower_ in TRADE_BARRIERS]
    if not barrier:
        return []
    froms = [o for h in (*c.targets, *barrier, host) if h is not None
             for o in _pobjs(h, ("from",)) if o.ent_type_ in ("GPE", "NORP")]
    return _distinct([x for o in froms for x in (o, *o.conjuncts) if x.ent_type_ in (
        "GPE", "NORP")])


def mission_party(c: Candidate) -> list:
    """'will close its embassy in Belarus': a state closing its own mission turns from the
    state it sits in; 'closed the Marvian consulate' shuts out the state it belongs to."""
    from .plover_senses import MISSIONS
    if c.type != "SANCTION" or c.kind != "verb":
        return []
    for o in _children(c.tok, "dobj"):
        if o.lower_ not in MISSIONS:
            continue
        owners = [m for m in o.children if m.dep_ in ("poss", "amod", "compound") and (
            m.ent_type_ in ("GPE", "NORP") or m.dep_ == "poss" and m.pos_ == "PROPN")]
        if owners:
            return owners
        return [p for p in _pobjs(o, ("in",)) + _pobjs(c.tok, ("in",))
                if p.ent_type_ == "GPE"][:1]
    return []


# Roads, ports, crossings and buildings that protesters or a force block or occupy: where
# the act happens, not the party it is aimed at (the lead's ruling (5) in events_eval's
# header); 'access' and 'traffic' blocked name those shut out (event_light.state_blocks)
HELD_PLACES = frozenset({
    "road", "roads", "motorway", "motorways", "highway", "highways", "street", "streets",
    "avenue", "avenues", "boulevard", "bridge", "bridges", "port", "ports", "harbour",
    "harbor", "crossing", "crossings", "border", "borders", "railway", "railways", "rail",
    "junction", "junctions", "square", "squares", "entrance", "entrances", "gate", "gates",
    "building", "buildings", "campus", "airport", "airports", "terminal", "terminals",
    "runway", "runways", "route", "routes", "tunnel", "tunnels", "roundabout", "checkpoint",
    "checkpoints", "pass", "quay", "quays", "dock", "docks"})
# acts of holding a place: blocking it or staying in it
HOLDING = frozenset({"block", "blockade", "barricade", "obstruct", "occupy", "occupation"})


def _holder(t):
    """The act a target is the place of: the verb it is the object of, or the noun
    ('the blockade of the port', 'its blockade on the harbour') it follows 'of' / 'on'."""
    t = t.head if t.dep_ == "conj" and t.head.lower_ in HELD_PLACES else t
    # a title-case headline read as one noun phrase: 'Truckers Blockade Border Crossing'
    held = [m for m in t.children if m.dep_ == "compound" and _lemma(m) in HOLDING]
    if held:
        return held[0]
    if t.dep_ in ("dobj", "nsubjpass"):
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "on") and t.head.dep_ == "prep":
        return t.head.head
    return None


def _owner(t) -> bool:
    """A body or a state that a held place stands for ('Yemen's main port', 'the main
    building of the University of Chile'); a town or a region is a location."""
    return t.ent_type_ == "ORG" or named_country(t) or (
        t.pos_ == "PROPN" and bool(_lower_words(t) & ORG_WORDS))


def held_places(targets: list) -> list:
    """'Farmers blocked motorways around Paris', 'rebel fighters blockaded the highway',
    'fishermen will blockade the port of Saint-Malo', 'students occupied the main building':
    a road, port, crossing or building blocked or occupied is the act's place, no target;
    the body or state it stands for, named as its owner, is ('the blockade on Yemen's main
    port' -> Yemen, 'the building of the University of Chile' -> the university)."""
    out = []
    for t in targets:
        holder = _holder(t)
        if holder is not None and t.lower_ in HELD_PLACES and _lemma(holder) in HOLDING:
            if any(m.dep_ in ("amod", "compound") and (m.ent_type_ == "NORP" or named_country(m))
                   for m in t.children):
                out.append(t)  # "blockaded Ukrainian ports": the state they stand for
                continue
            out += [p for p in _children(t, "poss") + _pobjs(t, ("of",)) if _owner(p)]
            continue
        # 'the port of Saint-Malo': the place's name after 'of' is a location too
        place = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
        if place is not None and place.lower_ in HELD_PLACES and (
                _holder(place) is not None and _lemma(_holder(place)) in HOLDING) and not _owner(t):
            continue
        out.append(t)
    return _distinct(out)
