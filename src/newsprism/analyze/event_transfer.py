"""Transfers between parties that the lexicon's object classes miss:

- military gear sent or delivered to a state is AID (the PLOVER codebook's military aid):
  'Sweden will send three patrol boats to Latvia', 'will deliver two air-defence radars to
  Ukraine'; forces sent stay the sender's deployment (MOBILIZE, events._arms_to_a_state);
- forces or gear offered to a state back it (SUPPORT, as 'offered to host talks'), the state
  they would go to its target: 'Estonia offered to send military engineers to Moldova';
- ground handed over by an armed force is its retreat ('Separatist fighters handed over the
  port of Kismayo to federal troops'), and so is a state's force handing ground to a rival
  armed side ('Government troops handed over the base to a local militia'); a government
  handing control over concedes.
"""
from __future__ import annotations

from . import plover_lexicon as lex
from .event_context import CARRIERS, QUANTITY, _children, _lemma, _lower_words, _pobjs, _root_noun_acts, _subjects
from .lexicon_roles import COUNTRY_ALIASES
from .plover_senses import GROUND

# verbs that pass something to another party
SENDING = frozenset({"send", "ship", "supply", "deliver", "transfer", "donate", "provide",
                     "give", "gift", "lend", "loan"})  # 'Japan gave Tonga two patrol boats'
# military hardware no one is sent with ('patrol boats', 'radars', 'howitzers')
GEAR = frozenset({"boat", "boats", "vessel", "vessels", "ship", "ships", "radar", "radars",
                  "cutter", "cutters", "howitzer", "howitzers", "launcher", "launchers",
                  "interceptor", "interceptors", "minesweeper", "minesweepers", "shells",
                  "mortars", "rifles", "helicopters", "aircraft", "jets", "drones",
                  "systems", "batteries", "ammunition", "armour", "armor", "tanks",
                  "armoured", "armored",
                  "artillery", "missiles", "warships", "vehicles", "tank", "missile",
                  "warship", "vehicle", "drone", "jet", "helicopter"})
# people a state sends as a force or a team of its own
SENT_PEOPLE = lex.TROOPS - GEAR | frozenset({
    "engineers", "advisers", "advisors", "instructors", "trainers", "peacekeepers",
    "deminers", "medics", "experts", "specialists", "team", "teams", "contingent",
    "commandos", "personnel", "firefighters", "rescuers"})
# verbs of offering, and what is offered to be done
OFFERING = frozenset({"offer", "pledge", "promise", "volunteer"})
DISPATCH = SENDING | frozenset({"deploy", "dispatch", "despatch", "contribute", "station"})
# armed sides outside a state's chain of command, whose handing over of ground is a retreat
# (a state's army handing a base to its police transfers authority: CONCEDE)
ARMED = frozenset({"fighters", "rebels", "forces", "militia", "militias", "insurgents",
                   "guerrillas", "militants", "separatists", "paramilitaries", "jihadists",
                   "combatants"})


# amounts a thing is sent in: the kind after 'of' is what is sent ('a further batch of
# Storm Shadow missiles', 'a second tranche of howitzers')
PORTIONS = CARRIERS | QUANTITY | frozenset({
    "batch", "batches", "tranche", "tranches", "package", "packages", "lot", "lots", "set",
    "sets", "squadron", "squadrons", "fleet", "pair", "pairs", "supply", "supplies", "stock",
    "stocks", "shipload", "planeload", "convoy", "load", "loads"})


def _words(objs) -> set[str]:
    objs = [x for o in objs for x in (o, *o.conjuncts)]
    objs += [k for o in objs if o.lower_ in PORTIONS for k in _pobjs(o, ("of",))]
    return {w for o in objs for w in _lower_words(o)}


def _state(tok) -> bool:
    """A country or a named polity ('Moldova', which the tagger may read as a firm)."""
    return tok.ent_type_ in ("GPE", "NORP", "LOC") or tok.pos_ == "PROPN" and (
        tok.ent_type_ != "PERSON")


def gear_sent(verb) -> bool:
    """Military hardware with no one sent to man it, passed to a state, or peacekeepers sent
    to one: AID."""
    if peacekeepers_sent(verb):
        return True
    if _lemma(verb) not in SENDING:
        return False
    words = _words(_children(verb, "dobj"))
    # the state may come as the first of two objects: 'sent Ukraine 200 tanks'
    return bool(words & GEAR) and not words & SENT_PEOPLE and any(
        _state(o) or _armed_side(o) for o in _pobjs(verb, ("to",)) + _children(verb, "dative"))


def _armed_side(tok) -> bool:
    """An armed party outside a state that arms may be passed to: 'sent drones and missiles
    to the Houthis' (a plural name), 'to the rebels', 'to Houthi rebels'; a force's own
    ('to its forces in Crimea') is its deployment."""
    plural_name = tok.pos_ == "PROPN" and (tok.tag_ == "NNPS" or tok.lower_.endswith("s") and any(
        d.lower_ == "the" for d in _children(tok, "det")))
    return plural_name or bool(_lower_words(tok) & (ARMED - {"forces", "combatants"}))


# forces whose noun says they protect the state they go to
PEACEKEEPERS = frozenset({"peacekeepers", "peacekeeper", "peacekeeping", "peace-keepers",
                          "peace-keeping", "blue", "helmets"})


def named_country(tok) -> bool:
    """A country the tagger may have read as a person or a firm ('to Mali' as PERSON):
    its name, or the name it ends, in the list of countries."""
    if tok.pos_ != "PROPN":
        return False
    name = " ".join(t.lower_ for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i)
    return name in COUNTRY_ALIASES or tok.lower_ in COUNTRY_ALIASES


def _peacekeeping(words: set[str]) -> bool:
    return bool(words & PEACEKEEPERS) and ("blue" not in words or "helmets" in words)


def peacekeepers_sent(verb) -> list:
    """The states peacekeepers are sent or deployed to ('sent 300 more peacekeepers to
    South Sudan', 'deployed a peacekeeping battalion to Haiti'); empty otherwise."""
    if _lemma(verb) not in DISPATCH or not _peacekeeping(_words(_children(verb, "dobj"))):
        return []
    return [o for o in _pobjs(verb, ("to", "into")) + _children(verb, "dative")
            if o.ent_type_ in ("GPE", "NORP") or named_country(o) or o.pos_ == "PROPN" and (
                o.ent_type_ in ("", "ORG", "LOC")) and not _lower_words(o) & GROUND]


def offered_to(verb) -> list:
    """The states an offer of forces or gear would reach ('offered to send engineers to
    Moldova', '... to lead a mission in Haiti'); empty when the offer is no such thing."""
    if _lemma(verb) not in OFFERING:
        return []
    for x in _children(verb, "xcomp"):
        if _lemma(x) not in DISPATCH or not any(a.lower_ == "to" for a in _children(x, "aux")):
            continue
        words = _words(_children(x, "dobj"))
        if not words & (GEAR | SENT_PEOPLE | {"military", "police"}):
            continue
        states = [o for o in _pobjs(x, ("to", "into")) if _state(o)]
        # 'to lead a security mission in Haiti': the state reached through the purpose
        for p in _children(x, "advcl", "xcomp"):
            states += [o for d in (p, *_children(p, "dobj")) for o in _pobjs(d, ("in", "to"))
                       if _state(o)]
        if states:
            return states
    return []


def ground_retreat(verb) -> bool:
    """'fighters handed over the port to federal troops': ground an armed side hands over."""
    if _lemma(verb) not in ("hand", "turn", "give") or not any(
            p.lower_ in ("over", "back", "up") for p in _children(verb, "prt")):
        return False
    objs = _children(verb, "dobj")
    # 'gave up control of the town of Sake': the ground whose control is given
    objs += [x for o in objs if o.lower_ == "control" for x in _pobjs(o, ("of",))]
    if not _words(objs) & GROUND:
        return False
    doers = _subjects(verb) or ([verb.head] if _root_noun_acts(verb) else [])
    if any(_lower_words(d) & ARMED for d in doers):
        return True
    # a state's force handing ground to an armed side outside its chain of command gives
    # way to a rival ('Government troops handed over the base to a local militia')
    return any(_lower_words(d) & lex.TROOPS for d in doers) and any(
        _lower_words(r) & (ARMED - {"forces"}) for r in _pobjs(verb, ("to",)))


def recipients_past_goods(noun) -> tuple[list, list]:
    """'Tokyo's donation of two coastguard vessels to Manila', 'the delivery of flour to
    Tigray': the parser hangs the recipient on the goods after 'of'; the goods are what is
    given, the recipient the target. Returns (goods, recipients); both empty when no 'of'
    object carries a 'to' / 'for' party."""
    goods, recipients = [], []
    for o in _pobjs(noun, ("of",)):
        got = [r for r in _pobjs(o, ("to", "for")) if r.pos_ in ("PROPN", "NOUN")
               and not r.like_num]
        if got:
            goods.append(o)
            recipients += got
    return goods, recipients
