"""Sense context for event trigger verbs: the tests that change or cancel a verb's PLOVER
category (_refine_verb) and the cause, accident and warning readings they rest on.

Read by events.py and event_headlines.py on a parsed spaCy sentence: what counts as a verbal
rather than armed attack, an accident rather than an assault, a labour strike, an opinion
rather than a commitment, a warning that names force, relief rather than a deployment. The
syntax helpers it walks with (subjects, objects, agents, the children table) are
event_context.py's.
"""
from __future__ import annotations

from . import plover_lexicon as lex
from .plover_senses import (CUT_LINKS, DROPPING, LINK_CUTTING, MEASURES_DROPPED, PERMITS,
                            PREMISES, RESCUERS, THROWING)
from .event_senses import protest_purpose, shaming_throw
from .event_context import (HUMAN_NOUNS, PROTEST_AIMS, REFLEXIVES, RELATIVE_PRONOUNS, _agents,
                            _children, _dateline, _is_passive, _is_time, _lemma, _lower_words,
                            _objects, _party, _pobjs, _subjects, kids)
from .event_light import (ORDER_VERBS, STATE_DOERS, armed_crossing, armed_shadow,
                          forces_alerted, forces_readied, forces_stood_down, permission_given)

# Nouns in -ing that name things, not habits: "banned the student wing".
NOT_GERUNDS = frozenset({"building", "buildings", "clothing", "wedding", "offspring",
                         "ceiling", "evening", "morning", "pudding", "sibling"})
WH_WORDS = frozenset({"what", "whether", "why", "how", "who", "when", "where", "which", "if"})
TALKS = frozenset({"talks", "negotiations", "meeting", "summit", "dialogue", "conference"})
VERBAL_ATTACKS = frozenset({"attack", "hammer", "blast", "hit", "pound", "pummel", "batter",
                            "assault", "savage", "target"})


def _taken_ground(obj) -> bool:
    """An object naming ground held by force: a place class, a named place, or the control
    of one."""
    if obj.lower_ == "control":
        return any(_taken_ground(o) for o in _pobjs(obj, ("of", "over")))
    return obj.lower_ in lex.TERRITORY or obj.ent_type_ in ("GPE", "LOC")


def _foreign_troops(obj, verb) -> bool:
    """'will train two Tessalian army brigades': troops of another state, named by a
    national or place modifier, trained by a subject that is not that state."""
    if not _lower_words(obj) & lex.TROOPS:
        return False
    mods = [m for m in obj.subtree if m.i < obj.i and m.ent_type_ in ("NORP", "GPE")]
    subjects = {s.lower_ for s in _subjects(verb)}
    return any(m.lower_ not in subjects for m in mods)


# Accident nouns a weapon can also make: as an assault's doer they need a closer look.
MAN_MADE = frozenset({"fire", "fires", "blaze", "blazes", "explosion", "explosions", "blast",
                      "blasts", "crash", "crashes", "collapse", "inferno"})


def _carries_aid(vehicle) -> bool:
    """'a ship carrying flour', 'planes loaded with medicine': a carrier of relief goods."""
    relief = lex.AID_GOODS - lex.WEAPONS - lex.MUNITIONS
    for a in _children(vehicle, "acl"):
        if _lemma(a) not in ("carry", "load", "lade", "transport", "bring"):
            continue
        cargo = _children(a, "dobj") + _pobjs(a, ("with",))
        cargo += [x for o in cargo for x in _pobjs(o, ("of",))]  # "400 tonnes of flour"
        if any(_lower_words(x) & relief for o in cargo for x in (o, *o.conjuncts)):
            return True
    return False


# Decisions a party contests by appealing them.
RULINGS = frozenset({"ruling", "rulings", "verdict", "verdicts", "decision", "judgment",
                     "judgement", "sentence", "conviction", "fine", "order"})
# Words of the pressure that makes a measure given up (DROPPING) a concession.
PRESSURE = frozenset({"strike", "strikes", "protest", "protests", "outcry", "backlash",
                      "criticism", "pressure", "boycott", "demonstrations", "walkout",
                      "sit-in", "blockade", "blockades", "riots", "unrest", "petition",
                      "opposition", "objections", "complaints", "stoppage", "rallies"})


def _under_pressure(verb) -> bool:
    """'dropped its plan after a 40-day strike', 'amid protests', 'bowing to pressure': the
    clause names what forced the step."""
    # the parser may hang 'after a strike' on the plan's own clause ('its plan to cut pay')
    cues = [o for t in verb.subtree if t.dep_ == "prep" and t.lower_ in (
        "after", "amid", "following", "under", "despite", "in") and not any(
        a.dep_ in ("ccomp", "relcl", "conj") for a in _path_up(t, verb))
        for o in _children(t, "pobj")]
    cues += [x for a in _children(verb, "advcl") for x in a.subtree]
    cues += [x for o in cues for x in _pobjs(o, ("of",))]  # "after a week of protests"
    return any(_lower_words(o) & PRESSURE or o.lemma_.lower() in PRESSURE for o in cues)


def _path_up(tok, top) -> list:
    """The tokens from ``tok`` up to, not including, its ancestor ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out




def _rescue(verb, objs: list) -> bool:
    """'sent firefighters to help contain wildfires': rescuers, or a purpose clause of
    help against a disaster, make a dispatch aid."""
    if any(_lower_words(x) & RESCUERS for o in objs for x in (o, *o.conjuncts)):
        return True
    return any(_lemma(x) in ("help", "assist") and any(
        t.lower_ in lex.ACCIDENTS or t.lemma_.lower() in lex.ACCIDENTS for t in x.subtree)
        for x in _children(verb, "advcl", "xcomp"))


def _protest_purpose(verb) -> bool:
    """'occupied the building to protest cuts', 'to demand a recount': a purpose of protest."""
    # the parser may hang the purpose on a phrase of time ('for a week to protest cuts')
    return any(_lemma(x) in PROTEST_AIMS and x.pos_ == "VERB" and any(
        a.lower_ == "to" for a in _children(x, "aux")) and not any(
        p.dep_ in ("ccomp", "conj", "parataxis") for p in _path_up(x, verb))
        for x in verb.subtree if x.i > verb.i)


def _relief(cargo: list) -> bool:
    """Whether goods named with 'with' are relief, not arms: 'with water and generators'."""
    relief = lex.AID_GOODS - lex.WEAPONS - lex.MUNITIONS - lex.TROOPS
    return any(x.lower_ in relief for o in cargo for x in (o, *o.conjuncts))


# who boards a ship to take it: forces, guards and pirates
BOARDERS = lex.TROOPS | lex.COMBATANTS | frozenset({
    "pirates", "pirate", "hijackers", "gunmen", "commandos", "coastguard", "sailors",
    "seals", "raiders"})


# people without arms whose occupation of a building or a square is a protest
OCCUPIERS = lex.WORKERS | frozenset({
    "activists", "campaigners", "protesters", "demonstrators", "farmers", "students",
    "unionists", "strikers", "residents", "villagers", "fishermen", "teachers", "pensioners",
    "youths", "squatters", "supporters", "opponents", "tenants"})


def _refine_verb(tok, type_: str) -> str | None:
    """Context that changes or cancels a verb's category."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if lemma in VERBAL_ATTACKS | {"blast", "spray", "hose", "douse"} and any(
            _lower_words(o) & lex.CROWD_CONTROL for o in _pobjs(tok, ("with",))):
        return "COERCE"  # "blasted with water cannon": force to drive off, not words
    if type_ == "PROTEST" and lemma in THROWING and not shaming_throw(tok):
        return None  # "the chef threw eggs into the bowl"
    if type_ == "ASSAULT" and lemma in VERBAL_ATTACKS and _verbal(tok, objs):
        return "ACCUSE"  # a verbal attack on a person, a plan or a remark
    if type_ == "ASSAULT" and lemma in ("shoot", "kill", "stab", "hang") and any(
            o.lower_ in REFLEXIVES for o in objs):
        return None  # "shot himself": no one was attacked
    if type_ == "ASSAULT" and lemma in ("fire", "use") and objs and all(
            _lower_words(o) & lex.CROWD_CONTROL for o in objs):
        return "COERCE"  # "fired tear gas at the crowd": crowd control, not an armed attack
    if lemma == "board" and type_ == "COERCE" and not any(
            _lower_words(d) & BOARDERS for d in (*_subjects(tok), *_agents(tok))):
        return None  # "passengers boarded the ferry": only force boards to seize
    if type_ == "ASSAULT" and protest_purpose(tok):
        return "PROTEST"  # "farmers set fire to tyres ... to protest against cheap imports"
    if type_ == "ASSAULT" and _struck_by_nature(tok):
        return None  # "a strong earthquake struck eastern Turkey"
    if type_ == "ASSAULT" and lemma in lex.HARM_VERBS and _accidental(tok):
        return None  # "killed in a stampede", "when the plane crashed": no one attacked
    if type_ == "ASSAULT" and lemma in ("burn", "torch", "set", "hang", "trample") and any(
            _lower_words(o) & SYMBOLS for o in objs):
        return "PROTEST"  # "burned effigies of the president": a symbol shamed, no attack
    if type_ == "AID" and lemma in ("fund", "finance") and tok.dep_ == "acomp" and not (
            _agents(tok)):
        return None  # "the appeal remains a third funded": how funded it is, no giver's act
    if type_ == "MOBILIZE" and lemma == "deploy" and not objs and _deployed_device(tok):
        return None  # "airbags that can deploy": a device unfolds; only a force deploys
    if lemma == "leave" and _children(tok, "xcomp", "oprd", "ccomp", "acomp"):
        return None  # "the death left the court split"
    if type_ == "PROTEST" and lemma == "protest" and any(
            o.ent_type_ in NAMED or o.pos_ == "PROPN" or o.lower_ in lex.DIPLOMATS
            for o in _pobjs(tok, ("to",))):
        return "ACCUSE"  # "protested to FIFA over ...": a complaint lodged with a body
    if type_ == "ACCUSE" and any(p.lower_ in ("into", "onto") for p in _children(
            tok, "prep")) and not _children(tok, "dobj"):  # "condemned incursions into X" has one
        return None  # "a typhoon slammed into the coast": a collision, no words
    if any(_accident(s) and (type_ != "ASSAULT" or s.lower_ not in MAN_MADE) for s in (
            tok.head if x.lower_ in RELATIVE_PRONOUNS else x for x in _children(tok, "nsubj"))):
        return None  # "landslides that blocked the highway", "a storm battered the coast"
    if lemma in ("agree", "approve") and any(
            _lemma(x) in lex.COMMERCE and not any(_lower_words(o) & lex.AID_GOODS
                                                  for o in _children(x, "dobj"))
            for x in _children(tok, "xcomp") + [a for o in objs for a in _children(o, "acl")]):
        return None  # "agreed to buy a rival software maker": a business deal, not arms
    if lemma == "mass" and not objs and not any(
            _lower_words(y) & lex.TROOPS for x in _subjects(tok)
            for y in (x, *_pobjs(x, ("of",)))):  # "thousands of troops massed"
        return None  # "troops massed near the border", not "crowds massed in the square"
    if lemma == "train" and not any(_foreign_troops(o, tok) for o in objs):
        return None
    if lemma in ("ally", "align") and tok.dep_ in ("acl", "amod"):
        return None  # "militias allied with the government": who sides with whom, no act
    if lemma in ("take", "regain", "wrest") and type_ == "ASSAULT" and not any(
            _taken_ground(o) for o in objs):
        return None  # only "took control of the airport" is an act of force
    if type_ == "COERCE" and lemma in ("seize", "take", "hold", "grab") and any(
            o.lower_ in ("hostage", "hostages") or any(
                p.lower_ in ("hostage", "hostages") for p in _pobjs(o, ("as",)))
            for o in objs) or lemma == "take" and any(
            o.lower_ in ("hostage", "hostages") for o in _children(tok, "oprd", "advmod")):
        return "ASSAULT"  # hostage-taking is an assault in the codebook, as abduction is
    if lemma == "appeal" and any(_lower_words(o) & RULINGS for o in objs):
        return "REJECT"  # "appealed the EU court ruling": a decision contested, no plea
    if lemma in ORDER_VERBS and forces_readied(tok):
        return "MOBILIZE"  # "ordered army reservists to report to barracks"
    if lemma == "stand" and type_ == "RETREAT" or lemma in ("shadow", "tail") or (
            lemma in ("allow", "permit", "let") and type_ == "CONCEDE"):
        keep = (forces_stood_down if lemma == "stand" else armed_shadow
                if lemma in ("shadow", "tail") else permission_given)(tok)
        return type_ if keep else None  # phrasal and long-tail senses need their context
    if lemma == "cross" and type_ == "ASSAULT" and not armed_crossing(tok):
        return None  # "refugees crossed into Poland"
    if type_ == "MOBILIZE" and objs and all(o.lower_ == "presence" for o in objs) and not any(
            _lower_words(o) & ARMED_PRESENCE for o in objs):
        return None  # "boosted its presence in the Asian market"; a military presence mobilises
    if lemma == "raise" and type_ == "MOBILIZE" and not forces_alerted(tok):
        return None  # "the weather office raised the heat alert level"
    if lemma == "order" and _children(tok, "dobj") and any(
            a.lower_ == "back" for x in (tok, *_children(tok, "dobj"))
            for a in _children(x, "advmod", "prt", "prep")):
        return type_  # "ordered the railways back to work": a demand on them
    if lemma == "sanction" and objs and all(_lower_words(o) & lex.BILLS or o.lower_ in ALLOWED_USES
                                            for o in objs):
        # "the senate sanctioned the budget law", "the federation sanctioned the use of video
        # replays": approved it, no penalty
        return None
    if lemma == "protest" and not objs and any(
            m.lower_ == "that" for x in _children(tok, "ccomp") for m in _children(x, "mark")):
        return None  # "protested that she had never been paid": a complaint voiced
    if lemma == "occupy" and type_ in ("ASSAULT", "PROTEST"):
        subjects = [_lower_words(s) for s in _subjects(tok)]
        armed = any(w & (lex.TROOPS | lex.COMBATANTS) for w in subjects)
        civil = bool(subjects) and all(w & OCCUPIERS for w in subjects)
        if not armed and (civil or type_ == "ASSAULT" and _protest_purpose(tok)):
            # "students occupied the main building to protest cuts", "students occupied
            # the rector's office": people without arms who occupy a place protest
            return "PROTEST"
        if type_ == "PROTEST":
            return None  # "he occupied the office of prime minister": a post held
    if type_ == "MOBILIZE" and _rescue(tok, objs):
        return "AID"  # "will send firefighters and two aircraft to help contain wildfires"
    if type_ == "MOBILIZE" and (any(_carries_aid(o) for o in objs) or _relief(
            _pobjs(tok, ("with",)) + [x for o in objs for x in _pobjs(o, ("with",))])):
        # "sent a navy ship carrying flour and tents", "sent two planes with water and
        # generators": the cargo is relief
        return "AID"
    if type_ == "SANCTION" and any(_lower_words(o) & PERMITS for o in objs) and any(
            _lower_words(x) & lex.MEDIA_OUTLETS - PERMITS or x.lower_ in ("press", "media")
            for o in objs for x in (o, *_pobjs(o, ("of",)), *_children(o, "poss", "compound"))):
        return "COERCE"  # "revoked the broadcast licence of TV Pink": silencing a medium
    if type_ == "CONCEDE" and lemma in DROPPING and objs and all(
            _lower_words(o) & MEASURES_DROPPED and not _lower_words(o) & (
                lex.RESTRICTIONS | lex.LEVIES | lex.DROPPABLE) for o in objs) and not (
            _under_pressure(tok)):
        return None  # "scrapped its plan for a stadium": only a plan given up under pressure
    if lemma == "order" and not _children(tok, "xcomp") and any(
            _lower_words(o) & lex.TROOPS for o in _children(tok, "dobj")) and _pobjs(
            tok, ("to", "into", "onto", "towards", "toward")):
        return "MOBILIZE"  # "ordered the army into the streets": a force moved
    if lemma == "oppose" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as":
        return None  # "as opposed to"
    if lemma == "ask" and not (_children(tok, "xcomp", "ccomp") or _pobjs(tok, ("for",)) or any(
            o.pos_ != "PRON" and o.ent_type_ != "PERSON" for o in objs)):
        return None  # "Graham asked.", "I have to ask you": a question, not a request
    if lemma == "ask" and not _pobjs(tok, ("for",)) and any(
            next(c.subtree).lower_ in WH_WORDS for c in _children(tok, "ccomp")):
        return None  # "asked what a docker is supposed to do": a question
    if any(s.lemma_.lower() in lex.WORKS and s.pos_ != "PROPN" for s in _children(tok, "nsubj")):
        return None  # "the documentary attacks the myth": a work argues, it does no deed
    if type_ not in ("ASSAULT", "COERCE", "MOBILIZE") and any(
            s.lemma_.lower() in lex.INANIMATE and s.pos_ != "PROPN"  # the World Food Programme
            for s in _children(tok, "nsubj")):
        return None  # "the footage supports what we heard", "the death left the court split"
    if lemma == "capture" and any(o.ent_type_ == "PERSON" or o.lower_ in HUMAN_NOUNS
                                  for o in objs):
        return "COERCE"
    if lemma in ("capture", "recapture") and type_ == "ASSAULT" and objs and not _armed_take(
            tok, objs):
        return None  # "astronomers captured the comet's tail": no ground, no force
    if type_ == "RETREAT" and _contest_left(tok, objs):
        return None  # "withdrew from the marathon": a player out of a contest (an 'in
        # protest' makes the verb the protest: events._protest_acts)
    if lemma == "raid" and type_ == "COERCE" and _irregular_raid(tok):
        return "ASSAULT"  # "gunmen raided a gold mine, killing nine": an attack, no search
    if lemma in ("surround", "encircle", "besiege", "blockade") and type_ == "ASSAULT" and not any(
            _lower_words(s) & (lex.TROOPS | lex.WEAPONS) or s.lower_ in ("rebels", "fighters",
                                                                       "militants", "gunmen")
            for s in _subjects(tok) + _agents(tok)):
        return None  # fans surround a player; only a force lays siege
    if lemma == "seize" and any(_taken_ground(o) for o in objs):
        return "ASSAULT"  # "seized the town of Rubaya", "seized control of the city"
    if lemma == "strike" and type_ == "ASSAULT" and (_labour_context(tok) or _stoppage(tok)):
        return "PROTEST"
    if lemma == "call" and (_is_passive(tok) and type_ not in ("MOBILIZE", "REJECT", "CONCEDE")
                            or type_ == "REQUEST" and any(
                                _is_time(o) for o in _pobjs(tok, ("on", "upon")))):
        # "was called a charlatan", "called her on Friday" ('were called off' stays); a day
        # after 'on' unmakes only the 'call on' demand: 'were called up on Wednesday',
        # 'called off the talks on Friday' keep their particle's act
        return None
    if lemma == "hit" and type_ not in ("SANCTION", "ACCUSE") and not any(
            _lower_words(s) & (lex.WEAPONS | lex.TROOPS) for s in _subjects(tok) + _agents(tok)):
        return None  # "the campaign hit Trump hard": only weapons and forces hit in war
    if lemma == "discuss" and not _talks_with_someone(tok):
        return None  # "a TV doctor to discuss his well-being" talks about, not with
    if lemma == "meet" and _is_passive(tok):
        return None  # "would be met with force" is a response, not a meeting
    if lemma in ("agree", "promise", "pledge", "accept") and _opinion_only(tok):
        return None  # "analysts agree it was a plan", "as promised": no commitment made
    if lemma == "ask" and any(x.lemma_.lower() in ("name", "identify", "quote")
                              for x in _children(tok, "xcomp")):
        return None  # "who asked not to be named": a source's condition, no request
    if lemma in ("blame", "investigate", "probe") and objs and all(
            _lower_words(o) & lex.NO_CULPRIT for o in objs):
        return None  # "blamed a fault in the fuel system", "investigated the cause"
    if lemma == "dismiss" and any(
            o.ent_type_ == "PERSON" or o.lower_ in ("him", "her", "them", "one", "anyone")
            or _lower_words(o) & (lex.PEOPLE | lex.WORKERS) for o in objs):
        return None  # "no worker would be dismissed": fired from a job, no rejection
    if lemma == "ban" and type_ == "COERCE" and any(_foreign_goods(o) for o in objs):
        return "SANCTION"  # "prompted China to ban Japanese seafood": a trade measure
    if lemma == "ban" and objs and all(o.lower_.endswith("ing") and o.pos_ == "NOUN"
                                       and len(o.lower_) > 5 and o.lower_ not in NOT_GERUNDS
                                       and not _practice_of(o) for o in objs):
        return None  # "will ban smoking": a rule on a habit, no one coerced
    if type_ in ("COERCE", "SANCTION") and any(lex.bare_event_noun(s.lower_) or _accident(s)
                                               for s in _children(tok, "nsubj")):
        return None  # "the attack shut down online banking": the attack is the event
    if lemma == "visit" and not any(
            o.ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC")
            or _lower_words(o) & (lex.DIGNITARIES | lex.HOSTED) for o in objs):
        return None  # leaders visit countries and each other; tourists visit islands
    if lemma in ("close", "shut") and type_ == "COERCE" and objs and all(
            _children(o, "poss") and all(p.pos_ == "PRON" for p in _children(o, "poss"))
            for o in objs):
        return None  # "the bank closed its offices in Moscow": a party's own premises
    if lemma == "close" and type_ == "COERCE" and not any(_others_premises(o) for o in objs):
        return None  # "closed the passport offices for the holiday": no one else's
    if type_ == "COERCE" and lemma in LINK_CUTTING and any(
            _lower_words(o) & CUT_LINKS for o in objs) and (not any(
            o.lower_ in CUT_LINKS | LINK_HEADS for o in objs) or not any(
            d.ent_type_ in ("GPE", "NORP") or _lower_words(d) & STATE_DOERS
            for d in _subjects(tok) + _agents(tok))):
        # "cut broadband prices": only the link itself taken away silences; and only a
        # state or a force does it ('the operator suspended internet services for
        # maintenance' is an outage)
        return None
    if lemma == "back" and type_ == "SUPPORT" and any(
            _lower_words(a) & BACKING_GEAR for a in _agents(tok)):
        return None  # "police backed by armoured vehicles": the gear is means, no backer
    if lemma == "arm" and not _children(tok, "dobj") and not any(
            t.lower_ == "by" for t in tok.subtree) and (
            _is_passive(tok) or tok.tag_ == "VBN") and _pobjs(tok, ("with",)):
        return None  # "protesters, some of them armed with sticks": equipped, not supplied
    if lemma == "order" and _envoy_ordered_out(tok):
        return "SANCTION"  # an expulsion
    if lemma == "order" and not (_children(tok, "dobj") and _children(tok, "xcomp")):
        return None  # "ordered an inquiry", "ordered troops to the border": no demand
    if lemma == "walk" and any(o.lower_ in TALKS for p in _pobjs(tok, ("out",)) + [
            q for q in _children(tok, "prep", "prt") if q.lower_ == "out"]
            for o in _pobjs(p, ("of",))):
        return "REJECT"  # leaving negotiations breaks them off
    if lemma in ("promise", "pledge", "swear") and (
            any(_lower_words(o) & lex.REVENGE for o in objs) or _vows_force(tok)):
        return "THREATEN"  # "promised revenge", "swore to avenge"
    if lemma == "warn" and any(_lower_words(s) & lex.OBSERVERS for s in _subjects(tok)):
        return None  # analysts and scientists warn of outcomes; they threaten no one
    if lemma == "warn":
        return type_ if _names_threat(tok) or _warned_off(tok, objs) or _warned_if(
            tok, objs) else None
    if lemma == "vow":
        # a vow is a threat when it promises revenge or force, not when it promises reform
        if any(_lower_words(o) & lex.REVENGE for o in objs):
            return type_
        return type_ if _vows_force(tok) else None
    return type_


ARMED_PRESENCE = lex.MILITARY_MODS | frozenset({"military", "naval", "troop", "armed", "army"})
# what only a force takes: its ground, its arms, its posts and vessels
HELD_BY_FORCE = lex.TROOPS | lex.COMBATANTS | lex.WEAPONS | lex.MUNITIONS | frozenset({
    "base", "bases", "airport", "airfield", "port", "bridge", "post", "posts", "checkpoint",
    "stronghold", "strongholds", "position", "positions", "ship", "ships", "vessel", "vessels",
    "tanker", "trawler", "boat", "boats", "building", "headquarters", "palace", "broadcaster"})


def _armed_take(verb, objs) -> bool:
    """'captured the village of Robotyne', 'rebels captured a key bridge', 'captured two
    tanks': ground, a force's means or a doer with arms or a flag make a capture an act of
    force; a thing caught by someone with neither is a picture or a catch."""
    if any(_taken_ground(o) or o.ent_type_ in ("ORG", "FAC", "NORP") or _lower_words(o)
           & HELD_BY_FORCE for o in objs):
        return True
    return any(_lower_words(d) & (lex.TROOPS | lex.COMBATANTS | BOARDERS) or d.ent_type_ in (
        "GPE", "NORP", "ORG") for d in (*_subjects(verb), *_agents(verb)))


# doers outside a state's forces: their raid is an attack, not a search
IRREGULARS = (lex.COMBATANTS | frozenset({"mercenaries", "mercenary", "bandits", "raiders",
                                          "pirates", "kidnappers", "jihadists"})) - frozenset({
    "troops", "forces", "army", "soldiers"})


def _irregular_raid(verb) -> bool:
    """'Gunmen raided a gold mine', 'fighters of the Arakan Army raided a border post':
    a raid by irregular fighters, or one told with the killing it did ('raided the village,
    killing nine'), is an attack; police and soldiers raiding a house search it."""
    if any(_lower_words(d) & IRREGULARS for d in (*_subjects(verb), *_agents(verb))):
        return True
    return any(_lemma(x) in ("kill", "wound", "injure", "massacre") for x in _children(
        verb, "advcl", "conj", "xcomp"))


# contests a player or a team drops out of
CONTESTS = frozenset({"marathon", "race", "tournament", "tournaments", "championship",
                      "championships", "games", "olympics", "match", "final", "contest",
                      "competition", "cup", "league", "event", "meet", "regatta", "derby"})


def _contest_left(verb, objs) -> bool:
    """'withdrew from the marathon with a calf injury', 'pulled out of the tournament':
    what is left is a contest, not ground, a body or a pact."""
    left = _pobjs(verb, ("from",)) + [o for p in _children(verb, "prep", "prt")
                                     if p.lower_ == "out" for o in _pobjs(p, ("of",))]
    if _lemma(verb) in ("quit", "exit", "leave", "abandon"):
        left += objs
    return bool(left) and all(o.lower_ in CONTESTS and o.pos_ != "PROPN" for o in left)


# gear a force is 'backed by': its means, no party backing it ('backed by armoured vehicles')
BACKING_GEAR = lex.WEAPONS | frozenset({
    "vehicles", "vehicle", "helicopter", "helicopters", "tanks", "tank", "armour", "armor",
    "bulldozers", "dogs", "cannon", "cannons", "aircraft", "boats", "ships", "warships"})

# what 'internet' may modify when the link itself is cut ('cut internet access')
LINK_HEADS = frozenset({"access", "service", "services", "connection", "connections",
                        "connectivity", "networks", "network"})

# hyphenated marks of who holds a place: 'Serbian-run offices', 'a state-owned bureau'
OWNED_MARKS = frozenset({"run", "owned", "controlled", "backed", "funded", "operated"})


def _others_premises(obj) -> bool:
    """'Serbian-run municipal offices', 'the offices of two opposition newspapers', 'the
    rights group's offices': premises named as another party's, which an authority's
    closing coerces; 'closed two offices in Shanghai' names no owner."""
    if not _lower_words(obj) & PREMISES:
        return False
    doc = obj.doc
    return any(p.pos_ != "PRON" for p in _children(obj, "poss")) or any(
        not _is_time(o) for o in _pobjs(obj, ("of",))) or any(
        m.dep_ in ("amod", "compound") and (m.ent_type_ == "NORP" or m.lower_ in OWNED_MARKS
                                            and m.i > 0 and doc[m.i - 1].text == "-")
        for m in obj.children)


def _envoy_ordered_out(verb) -> bool:
    """'ordered the French ambassador out within 72 hours', 'ordered the ambassador to
    leave', 'two diplomats were ordered to leave': an envoy sent away, by a particle or by
    a verb of leaving."""
    # "two diplomats were ordered to leave": the passive's subject is who is sent away
    sent = _children(verb, "dobj") + (_children(verb, "nsubjpass") if _is_passive(verb) else [])
    if not any(_lower_words(o) & lex.SENT_OUT for o in sent):
        return False
    return any(p.lower_ == "out" for p in _children(verb, "prt", "advmod", "prep")) or any(
        _lemma(x) in ("leave", "depart", "quit") for x in _children(verb, "xcomp"))


# verbs that only carry on what their complement does: 'vowed to keep targeting ships'
ASPECTUAL = frozenset({"keep", "continue", "resume", "step", "intensify", "go", "start",
                       "begin"})


def _vowed_acts(tok, depth: int = 0) -> list:
    """What a vow commits to, through verbs of carrying on ('to keep targeting')."""
    out = []
    for x in _children(tok, "xcomp"):
        out.append(x)
        if _lemma(x) in ASPECTUAL and depth < 2:
            out += _vowed_acts(x, depth + 1)
    return out


def _vows_force(tok) -> bool:
    """A vow whose act is force: a verb of revenge, or one that reads as an attack in its
    own clause ('vowed to keep targeting ships linked to Israel')."""
    from .events import _verb_trigger  # the trigger reading lives there; read lazily
    for x in _vowed_acts(tok):
        if x.lemma_.lower() in lex.VOW_COMPLEMENTS:
            return True
        c = _verb_trigger(x)
        if c is not None and c.type == "ASSAULT":
            return True
    return False


NAMED = ("PERSON", "ORG", "NORP", "GPE")


def _causes(tok) -> list:
    """What a harm verb reports as the cause: its doer, 'in/after/by X', 'as a result of
    X', a 'when/as' clause and its subject; harm verbs coordinated with it ('were killed
    and 40 injured when ...') share their causes."""
    group = [tok] + [c for c in tok.conjuncts if c.lemma_.lower() in lex.HARM_VERBS]
    out = []
    for verb in group:
        out += _agents(verb) if _is_passive(verb) else _subjects(verb)
        out += _pobjs(verb, lex.CAUSE_PREPS)
        for clause in _children(verb, "advcl"):
            out.append(clause)
            out += _agents(clause) if _is_passive(clause) else _children(clause, "nsubj")
    if tok.dep_ == "advcl" and tok.head.pos_ == "VERB":
        out.append(tok.head)  # "the plane crashed, killing both pilots"
    out += [o for c in out if c.lower_ in lex.RESULT_NOUNS for o in _pobjs(c, ("of",))]
    return [c for c in out if c not in group and c.pos_ != "NUM" and not _dateline(c, tok)]


def _practice_of(gerund) -> bool:
    """'banned the wearing of the hijab', 'the burning of the Koran': a gerund made a noun
    phrase with its own object names a practice of some people, not a habit like smoking."""
    return any(c.dep_ == "det" for c in kids(gerund)) and bool(_pobjs(gerund, ("of",)))


def _deliberate(t, depth: int = 0) -> bool:
    """A cause that is an attack, a weapon, a force or a named party; 'fire' is one only
    when someone's ('Israeli fire', 'fire from troops')."""
    if _mishap_blast(t):
        return False  # the gas of a gas explosion is no weapon
    if depth == 0 and t.pos_ not in ("VERB", "AUX") and (
            any(_deliberate(o, 1) for o in _pobjs(t, ("from", "by"))) or (
                t.lower_ == "fire" and any(m.ent_type_ in NAMED for m in t.children
                                           if m.dep_ in ("amod", "compound", "nmod", "poss")))):
        return True  # but "Pakistan's floods" are floods, "an Airbus A320" no weapon
    if t.pos_ in ("VERB", "AUX"):
        lemma = _lemma(t)
        return lemma not in lex.HARM_VERBS and lemma not in lex.ACCIDENT_VERBS and any(
            s.type == "ASSAULT" for s in lex.senses(lemma)) and not _struck_by_nature(t)
    words = _lower_words(t)
    if t.lemma_.lower() in lex.VEHICLES:
        words = {t.lower_, t.lemma_.lower()}  # "an air force cargo plane" is no weapon
    sense = lex.noun_sense(t.lower_)
    return bool(words & lex.DELIBERATE) or (sense is not None and sense.type == "ASSAULT") or (
        t.ent_type_ in NAMED and t.lower_ not in lex.ACCIDENTS)


def _mishap_blast(t) -> bool:
    """'a gas explosion', 'a boiler blast'; a bare 'blast' may be a bomb."""
    return t.lower_ in ("explosion", "explosions", "blast", "blasts") and bool(
        _lower_words(t) & lex.MISHAP_MODS)


def _struck_by_nature(verb) -> bool:
    """'An earthquake struck eastern Turkey', 'the storm hit the coast', 'a ferry struck a
    breakwater': the doer of the verb is a disaster or a vehicle, not a party."""
    doers = _children(verb, "nsubj") + _agents(verb)
    if _lemma(verb) in ("strike", "hit") and any(
            s.lemma_.lower() in lex.VEHICLES and not _deliberate(s) for s in doers):
        return True
    return any(_accident(s) and not _deliberate(s) for s in doers)


def _accident(t) -> bool:
    if t.pos_ in ("VERB", "AUX"):
        return _lemma(t) in lex.ACCIDENT_VERBS or _struck_by_nature(t)
    if _mishap_blast(t):
        return True
    return t.lower_ in lex.ACCIDENTS or t.lemma_.lower() in lex.ACCIDENTS


def _accidental(tok) -> bool:
    """Harm caused by an accident or disaster, with nothing deliberate named as its cause
    ('died in floods', 'a stampede killed', not 'the plane shot down by a missile')."""
    causes = _causes(tok)
    if any(_deliberate(c) for c in causes):
        return False
    if any(_accident(c) for c in causes):
        return True
    if any(c.pos_ in ("NOUN", "PROPN", "PRON") and c.lower_ not in lex.RESULT_NOUNS
           for c in causes):
        return False  # a doer or cause of another kind ("they killed", "killed by men")
    # no cause given: an accident named elsewhere in the sentence, with no weapon or attack
    others = [t for t in tok.sent if t.i != tok.i]
    if any(_deliberate(t) for t in others if t.pos_ in ("NOUN", "VERB")):
        return False
    return any((t.pos_ == "NOUN" and _accident(t)) or (
        t.pos_ == "VERB" and _lemma(t) in lex.CLEAR_ACCIDENT_VERBS) for t in others)


ARMED = lex.WEAPONS | lex.TROOPS | lex.MUNITIONS


def _verbal(tok, objs: list) -> bool:
    """A political or rhetorical 'attack': on a plan or remark, 'for' something said or
    done, or by one named person on another, with nothing military in the sentence."""
    if any(_lower_words(o) & lex.CRITICISED and not _held_ground(o) for o in objs):
        return True
    if any(t.lemma_.lower() in ARMED for t in tok.sent if t.i != tok.i):
        return False
    people = [t for t in objs + _children(tok, "nsubj") if t.ent_type_ == "PERSON"
              or t.lower_ in ("him", "her", "them", "opponent", "opponents", "rival", "rivals")]
    return bool(people) or any(p.lower_ in ("for", "with", "over") for p in _children(tok, "prep"))


def _held_ground(obj) -> bool:
    """'Kurdish positions', 'army positions': ground a force holds, not a stance."""
    return any(m.ent_type_ in ("NORP", "GPE", "ORG")
               or m.lower_ in lex.TROOPS | lex.MILITARY_MODS | lex.COMBATANTS
               for m in obj.children if m.dep_ in ("amod", "compound", "poss", "nmod"))


def _talks_with_someone(tok) -> bool:
    """Discussing is consulting when there is someone to consult: 'with X', or several
    parties as the subject ('the leaders discussed', 'X and Y discussed')."""
    if any(p.lower_ == "with" for p in _children(tok, "prep")):
        return True
    subj = _subjects(tok)
    return any(s.conjuncts or s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we")
               for s in subj)


def _opinion_only(tok) -> bool:
    """An agreement verb with only a that-clause, or with nothing at all, states an opinion
    or refers back; a commitment has an object, a to-infinitive or 'on/to/with'."""
    deps = {c.dep_ for c in tok.children}
    if deps & {"dobj", "xcomp", "nsubjpass"} or any(
            c.dep_ == "prep" and c.lower_ in lex.COMMIT_PREPS for c in tok.children):
        return False
    return True


# What a body may allow to happen: sanctioning an act or a use is approving it, as a party
# or a person sanctioned is penalised.
ALLOWED_USES = frozenset({"use", "introduction", "construction", "creation", "expansion",
                          "transfer", "transfers", "change", "changes", "project", "fight",
                          "bout", "match", "race", "tournament", "format", "launch"})


def _warned_if(tok, objs: list) -> bool:
    """'China warned the Philippines that its coast guard would tow away the ship if Manila
    kept sending supplies': what the warner's own side would do to a warned party unless it
    yields is a threat, whatever the act; 'warned that it would rain if' warns no party."""
    if not any(o.pos_ in ("NOUN", "PROPN") for o in objs):
        return False
    # the warner's own act counts when a state or body is warned ('investors warned that it
    # would miss its targets if' is a forecast); a penalty told in the passive ('that its
    # licence would be revoked if') whoever is warned
    state = any(o.ent_type_ in ("GPE", "NORP", "ORG") or o.pos_ == "PROPN" for o in objs)
    # the parser may hang the 'that' clause on the party warned as if it were a relative one
    clauses = _children(tok, "ccomp") + [r for o in objs for r in _children(o, "relcl")
                                         if any(m.lower_ == "that" for m in _children(r, "mark"))]
    for c in clauses:
        own = state and any(s.lower_ in ("it", "they", "we") or any(
            p.lower_ in ("its", "their", "our") for p in _children(s, "poss"))
            for s in _children(c, "nsubj")) or _children(c, "nsubjpass") and any(
            s.type in HOSTILE for s in lex.senses(_lemma(c)))
        modal = any(a.lower_ in ("would", "will", "could", "'d", "'ll") for a in _children(c, "aux"))
        # 'would be seized and sold if': the parser hangs the condition on the last of
        # coordinated verbs; it conditions them all
        condition = any(m.lower_ in ("if", "unless") for k in (c, *_children(c, "conj"))
                        for a in _children(k, "advcl") for m in _children(a, "mark"))
        if own and modal and condition:
            return True
    return False


# things burned or trampled to shame whom they stand for
SYMBOLS = frozenset({"effigy", "effigies", "flag", "flags", "portrait", "portraits"})


def _deployed_device(tok) -> bool:
    """'airbags that can deploy without warning', 'the parachute failed to deploy': an
    intransitive 'deploy' whose doer is a thing, no force, party or people, unfolds."""
    doers = _subjects(tok)
    return bool(doers) and not any(
        _party(s) or _lower_words(s) & (lex.TROOPS | lex.COMBATANTS | HUMAN_NOUNS)
        for s in doers)


def _warned_off(tok, objs: list) -> bool:
    """'China warns Philippines against provocations': one state or party telling another
    to keep off something is a threat, the penalty left unsaid; 'warned residents
    against eating raw fish' names no party and is advice."""
    return bool(_pobjs(tok, ("against", "off"))) and any(
        o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or o.pos_ == "PROPN" for o in objs)


def _names_threat(tok) -> bool:
    """A warning is a threat when what it warns of is force or a penalty, or a hostile act
    the warner itself would do ('warned it would block the bid')."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp", "prep", "dobj", "advcl", "acl"):
            if any((t.lemma_.lower() in lex.THREAT_WORDS or t.lower_ in lex.THREAT_WORDS)
                   and t.dep_ not in ("compound", "amod", "npadvmod", "nmod", "poss")
                   or _own_hostile_act(t) for t in c.subtree):  # not 'war-damaged' 
                return True
    return False


HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "REJECT", "MOBILIZE", "RETREAT",
                     "PROTEST"})


def _own_hostile_act(t) -> bool:
    """A verb of hostile type whose subject is a pronoun standing for the warner; a light
    verb counts with a hostile measure as its object ('warned it would impose
    countermeasures')."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if not any(s.type in HOSTILE for s in lex.senses(lemma)) and not (
            lemma in lex.LIGHT_VERBS and any(_hostile_measure(o) for o in _children(t, "dobj"))):
        return False
    # "warned it would strike", "warned that its jets would shoot down any drone"
    return any(s.lower_ in ("it", "they", "we", "he", "she", "i") or any(
        p.lower_ in ("its", "their", "our", "his", "her") for p in _children(s, "poss"))
        for s in _children(t, "nsubj"))


def _hostile_measure(noun) -> bool:
    """A noun naming a hostile act or a barrier one party lays on another."""
    sense = lex.noun_sense(noun.lower_)
    return noun.lower_ in lex.TRADE_BARRIERS or sense is not None and sense.type in HOSTILE


def _stoppage(tok) -> bool:
    """An intransitive 'strike' lasting hours or days, or over pay, is a work stoppage:
    'controllers will strike for 24 hours'; armies strike targets, not spans of time."""
    if _children(tok, "dobj"):
        return False
    return any(o.lower_ in lex.STOPPAGE_SPANS for o in _pobjs(tok, ("for",))) or any(
        _lower_words(o) & lex.LABOUR for o in _pobjs(tok, ("over",)))


def _foreign_goods(obj) -> bool:
    """'Japanese seafood', 'Australian wine': things a nation makes, not people or a group,
    as a state bans them against that nation."""
    return obj.pos_ == "NOUN" and not _party(obj) and not _lower_words(obj) & (
        lex.PEOPLE | lex.CIVILIANS | HUMAN_NOUNS) and any(
        m.ent_type_ in ("NORP", "GPE") for m in _children(obj, "amod", "compound"))


def _strike_that_hits(tok) -> bool:
    """'The strikes on the port of Hodeidah killed nine dock workers': a stoppage falls on
    no place and kills no one, so a strike 'on' a place or one that harms is an attack,
    whatever workers the sentence names."""
    if tok.dep_ == "nsubj" and _lemma(tok.head) in lex.HARM_VERBS:
        return True
    return any(not _is_time(o) and not _lower_words(o) & lex.LABOUR
               for o in _pobjs(tok, ("on",)))


def _labour_context(tok) -> bool:
    if tok.pos_ == "NOUN" and _strike_that_hits(tok):
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if mods & lex.MILITARY_MODS or any(c.ent_type_ in ("NORP", "GPE") for c in tok.children
                                       if c.dep_ in ("compound", "amod")):
        return False
    if mods & (lex.LABOUR | lex.STOPPAGE_SPANS):
        return True  # "a general strike", "a 24-hour strike"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in ("go", "be", "remain"):
        return True
    return any(t.lower_ in lex.LABOUR for t in tok.sent)
