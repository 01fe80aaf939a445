"""Argument shapes of PLOVER event candidates: who acted and on whom, read from the
dependency parse around a trigger; called by events.py on its Candidates, nothing else.

Verb events take subjects or 'by' agents as actors and objects, passive subjects and the
category's prepositions as targets; noun events take 'of'/possessor by the noun's sense,
'between', 'by' and named modifiers ('a Russian missile strike'), and the arguments of their
light verb. Objects naming what was agreed, shared or cut give way to the parties they name
(_parties); parties acting together split into actor and counterpart (_split_parties); a
means-noun of a same-type verb event is folded into it (_absorb).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import plover_lexicon as lex
from .plover_phrasal import OPERATIONS
from .plover_senses import (ARMS, FUNDING, GATHERINGS, MEETINGS_DROPPED, PERMITS,
                            RECEIVING_AID)
from .event_senses import pledge_recipients, pledged_gift
from .event_transfer import recipients_past_goods
from .event_derive import addressees
from .event_context import (ASKINGS, FORCES, PLACE_CLASS, QUANTITY, REFLEXIVES,
                            RESOLVES,
                            _agents, _children, _coordinated, _dateline, _free_relative, _is_passive,
                            _is_time, _lemma, _light_verb, _lower_words, _objects, _party,
                            _pobjs, _reported_doer, _subjects, _harming_act, kids)
from .event_headlines import common as _common_word
from .event_targets import IMPOSING, _distinct, _protest_aim, _protested_at
from .factuality import _none_of, split_infinitive

if TYPE_CHECKING:
    from .events import Candidate

# entity kinds that only measure an act ('a fine of $2 million', 'duties of 25 percent'); a
# bare count stays out, as 'the release of 90' names those freed
MEASURE_TYPES = frozenset({"PERCENT", "MONEY", "QUANTITY"})


# Verbs whose subject (or object) is the party an alleged act is pinned on.
PINNING = frozenset({"link", "accuse", "suspect", "blame", "tie", "connect", "implicate",
                     "charge", "convict", "attribute", "credit", "hold"})
# Verbs that pin an act on a party named after a preposition ('blamed the blast on rebels').
PINNED_ON = {"attribute": "to", "blame": "on"}
# Harm nouns whose "to" names what suffered it: "damage to the infrastructure".
HARM_TO = frozenset({"damage", "harm", "injury", "injuries"})
# Verbs saying where a thing stands: the place of an act on it.
SITING = frozenset({"build", "base", "locate", "station", "deploy", "establish", "construct",
                    "house", "store", "position", "situate", "install", "site"})
# Armed groups outside a state's forces: their raid is an attack.
IRREGULARS = lex.COMBATANTS - {"troops", "forces", "army", "soldiers"}
# Acts two parties do together: with no other party named, a second subject is the
# counterpart ("X and Y agreed" is coded like "the deal between X and Y").
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Goods whose 'to' / 'from' names a party: "sanctions on exports to X", "imports from X".
GOODS = frozenset({"goods", "products", "produce", "exports", "export", "imports", "import",
                   "commodities", "shipments", "cargo", "cargoes"})
# Verbs of putting a motion or a request forward.
FILING = frozenset({"file", "submit", "table", "lodge", "bring", "present", "put", "make",
                    "send", "introduce", "sponsor", "propose"})
# Verbs of an act's outbreak: 'protests erupted against the bill' - the aim is the act's.
ONSET = frozenset({"erupt", "break", "spread", "continue", "flare", "begin", "start", "resume",
                   "escalate", "intensify", "grow", "rage", "persist", "spill"})
# Participles of goods on their way: 'bound for', 'exported to'.
SENDING = frozenset({"bind", "bound", "destine", "export", "ship", "sell", "head", "send",
                     "sail", "transport", "import"})
# Verbs of letting: the party refused is the one who would have been let.
PERMITTING = frozenset({"let", "allow", "permit", "admit"})
# What a refusal withholds from someone: 'refused entry to inspectors' is aimed at them.
ACCESS = frozenset({"entry", "access", "visa", "visas", "passage", "permission", "landing"})
# writings a request or complaint is sent in, 'to' whom it is made
MISSIVES = frozenset({"letter", "letters", "message", "note", "submission", "petition",
                      "complaint", "memo", "memorandum", "communication"})
# participles whose agent organised a gathering ('a march organised by students')
ORGANISING = frozenset({"plan", "organise", "organize", "call", "stage", "hold", "lead"})


def _hyphenated(tok) -> tuple[str, int]:
    """A hyphenated word spaCy split into pieces ('build-up', 'sit-in'): its text, start."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-":
        return tok.lower_, tok.idx
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text.lower(), doc[i].idx


def _along_with(tok) -> list:
    """'killed ... along with X', 'together with X': X shares the patient's role."""
    out = []
    for p in _children(tok, "prep", "advmod"):
        if p.lower_ in ("along", "together"):
            for w in _children(p, "prep"):
                if w.lower_ == "with":
                    out += _children(w, "pobj")
    return out


def _parties(tokens: list, type_: str, reaction: bool = False) -> list:
    """Arguments, with objects that name what was agreed, shared or cut ('signed an
    agreement with X', 'severed ties with X', 'froze the assets of X') replaced by the
    parties they name."""
    out = []
    content = lex.CONTENT | {"AID": lex.AID_GOODS, "SANCTION": lex.TRADE | lex.PASSAGES | GOODS | PERMITS | FUNDING,
                             "CONCEDE": lex.DROPPABLE}.get(type_, set())
    if type_ == "MOBILIZE":
        content = content - lex.TROOPS  # "put its forces on alert": the forces are moved
    if reaction:
        content = content | ASKINGS  # "rejected calls by the U.S.": the U.S. asked
    for t in tokens:
        if type_ == "AID" and t.lower_ in lex.MEASURES:
            continue  # "airdropped 60 tonnes of sorghum": the amount is what was given
        head = {t.lower_, t.lemma_.lower()}  # 'a carrier strike group' is a group
        if t.lower_ == "forces":
            head = {"forces"}  # armed forces are a party; 'force' is a means
        if (head & content or t.ent_type_ == "MONEY") and t.pos_ != "PROPN":
            preps = {"with", "between", "of", "to", "on", "against"} - (
                {"on"} if type_ in ("AGREE", "CONSULT", "COOPERATE") else set()) | (
                {"by", "from"} if reaction else set())  # "rejected calls by the U.S."
            # "closed its border": the owner of what is cut is the doer, not a party
            own = [p for p in _children(t, "poss") if p.pos_ != "PRON"]
            if t.lower_ in GOODS:
                preps = preps | {"from"}  # "imports from Malaysia": the seller is the party
            parties = own + [
                o for p in _children(t, "prep") if p.lower_ in preps
                for o in _children(p, "pobj")] + [  # "accounts belonging to the family"
                o for a in _children(t, "acl") if a.lemma_ in ("belong", "own", "hold", "link")
                for o in _pobjs(a, ("to", "by"))] + (_filers(t) if reaction else [])
            # what is rejected, accepted or given up is itself a target of the reaction
            # (the talks or pact a party walks out of is what it quits)
            keep = reaction or type_ in ("CONCEDE", "RETREAT") or (
                type_ == "SANCTION" and _lower_words(t) & (lex.TRADE | lex.ASSETS | PERMITS | FUNDING)
                - lex.TIES) or (
                # "tariffs on American farm goods": goods named by their country's adjective
                # carry the party the measure falls on, as 'Chinese steel' does
                type_ == "SANCTION" and t.lower_ in GOODS and any(
                    m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")
                    for m in t.children))
            out += parties + ([t] if keep else [])
        else:
            out.append(t)
            if reaction and t.lower_ in RESOLVES and t.pos_ != "PROPN":
                # "welcomed the decision by Paris to ...": whose resolve it was, as the
                # possessive says in "Paris's decision"
                out += [o for o in _pobjs(t, ("by",)) if o not in out]
    if reaction:
        # "rejected the pension reform proposed by the Boric government": who put it forward
        out += [a for t in list(out) for x in _children(t, "acl") for v in (x, *x.conjuncts)
                if _lemma(v) in FILING for a in _agents(v) if a not in out]
    if type_ in ("CONCEDE", "SANCTION"):
        # "eased its ban on goods from Kosovo": what a measure falls on may be goods, which
        # name the party they come from or go to
        # (the parser may hang 'from Kosovo' on the ban rather than on the goods)
        out += [o for t in list(out) if t.pos_ != "PROPN" and (t.lower_ in GOODS | lex.TRADE or any(
                g.lower_ in GOODS | lex.TRADE for g in _pobjs(t, ("on", "against"))))
                for o in _pobjs(t, ("to", "from", "into")) if o not in out and _party(o)]
        # "curbs on chip equipment bound for China", "tariffs on vehicles exported to the
        # United States": where the goods are sent names the party the measure falls on
        out += [o for t in list(out) if not _party(t) for a in _children(t, "acl")
                if _lemma(a) in SENDING for o in _pobjs(a, ("to", "for", "into"))
                if o not in out and _party(o)]
    return out


def _filers(asking) -> list:
    """'the motion that opposition lawmakers had filed': who put forward what was refused."""
    return [x for r in _children(asking, "relcl") if _lemma(r) in FILING
            for x in _children(r, "nsubj") if x.lower_ not in ("that", "which", "who")]


def _target_preps(type_: str, noun: bool = False) -> frozenset[str]:
    preps = lex.COMMON_TARGET_PREPS | lex.TARGET_PREPS.get(type_, frozenset())
    if type_ in ("AGREE", "CONSULT", "COOPERATE"):
        preps = preps - {"on"}  # "agreed on a truce", "talks on trade": a topic, no party
    # "fired at the crowd" aims at a target; "a strike at Baghdad airport" names a place
    return preps - {"at"} if noun else preps


def _stray_agents(verb) -> list:
    """'were delivered to besieged districts of Taiz by Red Crescent convoys': a passive's
    'by' phrase the parser hung on the last noun before it."""
    out = []
    for p in _children(verb, "prep"):
        for t in p.subtree:
            if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN"):
                out += [o for o in _children(t, "pobj") if not _is_time(o) and o.pos_ != "NUM"]
    return out[:1]


# verbs of leaving a negotiation by its 'out of' or 'from' ('walked out of talks with X')
LEAVING_TALKS = frozenset({"walk", "storm", "pull", "withdraw", "quit", "leave", "exit"})
TALK_NOUNS = frozenset({"talks", "negotiations", "dialogue", "dialog", "meeting", "meetings",
                        "summit", "conference", "consultations"})


def _talks_left(verb) -> list:
    """The talks a party leaves: 'walked out of talks', 'withdrew from the negotiations',
    'quit the talks' (the parser may hang 'of' on the particle 'out')."""
    heads = [verb] + [p for p in _children(verb, "prep", "prt", "advmod") if p.lower_ == "out"]
    found = [o for h in heads for o in _pobjs(h, ("of", "from"))] + _children(verb, "dobj")
    return [o for o in found if o.lower_ in TALK_NOUNS]


def _complement_agents(verb) -> list:
    """'were ordered to leave Estonia within 72 hours by the foreign ministry': a passive's
    'by' phrase the parser hung on the verb's own complement (a day after 'by' is a
    deadline, no doer)."""
    return [o for x in _children(verb, "xcomp") for p in _children(x, "prep")
            if p.lower_ == "by" for o in _children(p, "pobj")
            if not _is_time(o) and o.pos_ != "NUM"][:1]


def _came_under(c: Candidate) -> None:
    """'A convoy came under fire from al-Shabaab fighters': the subject was attacked, the
    attackers follow 'from' (on the verb or on the fire)."""
    tok = c.tok
    fire = _pobjs(tok, ("under",))
    c.absorbed += fire
    c.actors += [o for x in (tok, *fire) for o in _pobjs(x, ("from", "by"))]
    c.targets += _subjects(tok)
    c.places += _pobjs(tok, lex.LOCATION_PREPS)
    c.hosts.append(tok)


def _fronted_subject(verb) -> list:
    """'After two days of talks in Jakarta, Indonesia and Malaysia agreed': with no subject
    of its own, a verb's subject may have been read as a list going on from the place that
    ends its opening phrase."""
    if _children(verb, "nsubj", "nsubjpass", "csubj"):
        return []
    doc = verb.doc
    return [t for p in _children(verb, "prep") if p.i < verb.i for t in p.subtree
            if t.dep_ == "conj" and t.i > 0 and doc[t.i - 1].text == ","
            and t.head.dep_ == "pobj" and (t.pos_ == "PROPN" or t.ent_type_ in (
                "GPE", "NORP", "ORG", "PERSON"))][:1]


# Verbs of arranging talks for others.
HOSTING = frozenset({"host", "organise", "organize", "mediate", "broker", "facilitate",
                     "convene", "sponsor"})
# Texts a body adopts: a participle on one ('a motion condemning X') is the body's act.
DOCUMENTS = frozenset({"motion", "resolution", "statement", "declaration", "letter", "bill",
                       "communique", "petition", "report", "decree"})


# verbs of handing something over, whose receiver is the party concerned
HANDING = frozenset({"hand", "give", "transfer", "cede", "return", "surrender", "yield",
                     # "refused to extradite the cleric to India": the state that asked
                     "extradite",
                     # "refused to grant safe passage to a former vice-president"
                     "grant", "issue", "extend", "award"})


def _complements(verb) -> list:
    """A verb's 'to' + verb complements: its xcomps, and one an adjunct split off into an
    adverbial clause ('threatened on Sunday to take the dispute to the council')."""
    return _children(verb, "xcomp") + [a for a in _children(verb, "advcl")
                                       if split_infinitive(a)]


def _given_to(verb) -> list:
    """The receiver of a handing verb ("hand power to X", "give X the keys"), if named."""
    if _lemma(verb) not in HANDING:
        return []
    recv = _pobjs(verb, ("to",)) + [d for d in _children(verb, "dative") if d.pos_ != "ADP"]
    recv += [p for o in _children(verb, "dobj") for p in _pobjs(o, ("to",))]
    return [r for r in recv if r.pos_ in ("NOUN", "PROPN", "PRON") and not _is_time(r)]



def _munition(o, verb) -> bool:
    """What is fired, the means of an attack: a munition, or rounds of one ('fired mortar
    rounds at a convoy', 'fired 30 rounds at the car')."""
    return o.lower_ in lex.MUNITIONS or o.lower_ in ("round", "rounds") and (
        bool(_lower_words(o) & (lex.MUNITIONS | lex.WEAPONS)) or _lemma(verb) == "fire")

def _verb_args(c: Candidate) -> None:
    tok = c.tok
    if c.type == "ASSAULT" and _lemma(tok) == "come":
        return _came_under(c)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lower_ in DOCUMENTS and (
            tok.head.head.pos_ == "VERB" and tok.head.dep_ in ("dobj", "nsubjpass")):
        # "parliament passed a motion condemning the detention": parliament condemned it
        c.actors += _agents(tok.head.head) if _is_passive(tok.head.head) else _subjects(
            tok.head.head)
    c.actors += _fronted_subject(tok)
    if c.type in ("SANCTION", "COERCE") and _lemma(tok) == "leave":
        # "gave the French ambassador 72 hours to leave the country": an expulsion by
        # whoever set the deadline, of the envoy ('gave Afghan refugees a 30-day deadline
        # to leave': of the people driven out)
        giver = tok.head.head if tok.head.lower_ in ("deadline", "hours", "days") else tok.head
        passive = _is_passive(giver)
        # "the ambassador was given 72 hours to leave ... by the foreign ministry": the
        # passive's 'by' (on the giver or hung on the leaving) and its subject
        c.actors += (_agents(giver) or [o for p in _children(tok, "prep") if p.lower_ == "by"
                                        for o in _children(p, "pobj") if not _is_time(o)][:1]
                     ) if passive else _subjects(giver)
        c.targets += [o for o in _children(giver, *(
            ("nsubjpass",) if passive else ("dobj", "dative"))) if (
            _lower_words(o) & lex.SENT_OUT if c.type == "SANCTION" else o.lower_ in DRIVEN_OUT)]
        c.hosts.append(tok)
        return
    if _is_passive(tok):
        # "two were shot dead and a third was wounded by gunmen": one 'by' for both
        c.actors += _agents(tok) or [a for x in _coordinated(tok) if _is_passive(x)
                                     for a in _agents(x)] or _stray_agents(tok) or (
            _complement_agents(tok))
    else:
        c.actors += _reported_doer(tok, _subjects(tok))
        c.targets += _children(tok, "dative")
    objs = _objects(tok)
    if c.type == "SANCTION":
        # "recalled its ambassador to Niger": the envoy's host country is the one sanctioned
        objs = objs + [p for o in objs if o.lower_ in lex.DIPLOMATS
                       for p in _pobjs(o, ("to", "from", "in"))]
    if c.type in ("ASSAULT", "COERCE"):
        # "opened fire on", "used water cannon against": the weapon is the means, its
        # aim the target
        # "shot down a drone", "intercepted missiles": there the weapon is what was hit
        downed = _lemma(tok) in ("intercept", "destroy", "down") or any(
            p.dep_ == "prt" and p.lower_ == "down" for p in _children(tok, "prt"))
        # (the object may be the noun a verb misparsed as its modifier hangs on)
        c.absorbed += [o for o in objs if (o.dep_ == "dobj" or tok.dep_ == "amod" and (
            o.i == tok.head.i)) and (
            _munition(o, tok) and not downed or _lemma(tok) in ("use", "fire")
            and _lower_words(o) & lex.CROWD_CONTROL)]
        objs = [o for o in objs if o not in c.absorbed] + [
            t for o in c.absorbed for x in (o, *o.conjuncts)
            for t in _pobjs(x, ("against", "at", "on"))]
        if c.absorbed:  # "fired tear gas and rubber bullets at thousands of students"
            objs += _pobjs(tok, ("at",))
    objs = [x for o in objs for x in (_free_relative(tok) or [o] if o.lower_ == "what"
                                      else [o])] or _free_relative(tok)
    if c.type == "RETREAT" and _is_passive(tok) and not c.actors:
        # "Ethiopian troops were pulled back from the area": the force moved is the side
        # that retreats, whoever gave the order
        c.actors += [o for o in objs if o.dep_ == "nsubjpass"]
        objs = [o for o in objs if o.dep_ != "nsubjpass"]
    if c.type == "CONCEDE" and any(p.lower_ == "off" for p in _children(tok, "prt")):
        # "called off its offensive on the town of Bunia": the push halted is what is given
        # up, not a party; a party it was aimed 'against' stays the target
        halted = [o for o in objs if o.lower_ in OPERATIONS]
        objs = [o for o in objs if o not in halted] + [
            t for o in halted for t in _pobjs(o, ("against",))]
    if c.type == "REJECT" and any(o.lower_ in MEETINGS_DROPPED or o.lower_ in ("plan", "plans")
                                  for o in objs):
        # "shelved plans for a summit with Seoul", "cancelled a visit by the Japanese foreign
        # minister": those the meeting was to be held with; with none named, the meeting
        # itself ('torpedoed the talks'), not the plan for it
        met = [m for o in objs for m in ([o] if o.lower_ in MEETINGS_DROPPED else [
            p for p in _pobjs(o, ("for",)) if p.lower_ in MEETINGS_DROPPED])]
        with_whom = [w for m in met for w in _pobjs(m, ("with", "between", "by", "of"))
                     if _party(w)]  # 'the visit of the Dutch prime minister'
        if met:
            rest = [o for o in objs if o.lower_ not in MEETINGS_DROPPED and o.lower_ not in (
                "plan", "plans")]
            objs = rest + (with_whom or met)
    if c.type == "AGREE":
        # "reached a deal", "signed an accord": the noun names the act the verb performs
        c.absorbed += [o for o in objs if o.lower_ in lex.AGREEMENT and o.pos_ == "NOUN"]
        _agreed_between(c)
    if _lemma(tok) in ("repel", "repulse", "thwart", "foil"):
        # "repelled an attack by insurgents": the attackers are whom force was used on
        objs = [x for o in objs for x in (_pobjs(o, ("by", "from")) or [o])]
    if _lemma(tok) == "down" and c.type == "PROTEST":
        objs = []  # "downed tools": the idiom's noun, no party
    if _lemma(tok) in ("discuss", "negotiate", "debate"):
        objs = []  # "discussed the crisis": a topic; the party comes with 'with'
    objs = objs + _pobjs(tok, lex.VERB_TARGET_PREPS.get(_lemma(tok), ()))  # "clashed with"
    if "with" in lex.VERB_TARGET_PREPS.get(_lemma(tok), ()) and not _pobjs(tok, ("with",)):
        # "shared intelligence on the intrusion with its allies": the parser may hang the
        # partner's 'with' low, inside the object
        objs += [w for d in _children(tok, "dobj") for x in d.subtree
                 if x.dep_ == "prep" and x.lower_ == "with" for w in _children(x, "pobj")]
    if c.type == "ACCUSE" and _lemma(tok) in PINNED_ON:
        # "attributed the cyberattack to China", "blamed the blast on rebels": the party the
        # act is pinned on is the target, not the act (the 'to' may hang inside the object)
        prep = PINNED_ON[_lemma(tok)]
        pinned = _pobjs(tok, (prep,)) or [w for d in _children(tok, "dobj") for x in d.subtree
                                          if x.dep_ == "prep" and x.lower_ == prep
                                          and x.i > d.i for w in _children(x, "pobj")]
        # ('the attack on the embassy on Iran': of two such, the party)
        pinned = [p for p in pinned if not _is_time(p)]  # 'blamed X on Tuesday for ...'
        pinned = [p for p in pinned if _party(p)] or (pinned if prep == "to" else [])
        if pinned:
            objs = pinned
    if _lemma(tok) == "exchange":  # "exchanged fire with government forces"
        objs = [x for o in objs for x in (_pobjs(o, ("with",)) or [o])] + [
            x for o in c.absorbed for x in _pobjs(o, ("with",))]
    if c.type == "REJECT" and any(o.lower_ in ACCESS for o in objs):
        # "refused entry to UN inspectors", "denied access to journalists"
        whom = [p for o in objs for p in _pobjs(o, ("to", "for"))] + _pobjs(tok, ("to", "for"))
        objs = [o for o in objs if o.lower_ not in ACCESS] + whom if whom else objs
    if c.type == "REQUEST":
        # "requested the extradition of two journalists from Sweden", "demanded an apology
        # from Japan": the party asked is the one something is sought from
        sought = [tok, *objs, *(q for o in objs for q in _pobjs(o, ("of",)))]
        asked = [p for x in sought for p in _pobjs(x, ("from",)) if _party(p) and (
            p.ent_type_ in ("GPE", "ORG", "NORP") or p.pos_ == "PROPN")]
        objs = asked or objs
    if _lemma(tok) == "extradite":
        # judicial cooperation (CAMEO 063) with the state the person is sent to, if named
        objs = _pobjs(tok, ("to",)) + [p for o in objs for p in _pobjs(o, ("to",))]
    c.targets += objs
    if c.type == "CONCEDE":
        # "lifted most of its sanctions on Syria": whom an eased penalty weighed on
        eased = [x for o in objs for x in (o, *_pobjs(o, ("of",))) if x.lower_ in lex.RESTRICTIONS]
        # ('the sanctions imposed on Iran ... were lifted': the 'on' on the participle)
        c.targets += [p for x in eased for h in (x, *(v for v in _children(x, "acl")
                                                      if _lemma(v) in IMPOSING))
                      for p in _pobjs(h, ("on", "against")) if _party(p)
                      and p not in c.targets]
    if c.type == "RETREAT" and any(o.lower_ in ARMS for o in objs):
        # "handed over their weapons to monitors", the 'to' hung on the verb or the arms
        c.targets += _pobjs(tok, ("to",)) + [p for o in objs for p in _pobjs(o, ("to",))]
    if c.type in ("COERCE", "SANCTION"):
        # "seized 30 trucks belonging to the firm Translog": the owner is who is coerced
        # "froze 7 billion francs held by sanctioned oligarchs": so is the holder
        c.targets += [o for t in objs for a in _children(t, "acl")
                      if _lemma(a) in ("belong", "own", "register", "hold")
                      for o in _pobjs(a, ("to", "by")) + _agents(a) if not _is_time(o)]
    if c.type in ("CONCEDE", "SANCTION") and any(
            x.lower_ in GOODS for o in objs for x in (o, *_pobjs(o, ("on", "against")))):
        # "lifted its ban on fruit imports from Marvia", the 'from' hung on the verb
        c.targets += [o for o in _pobjs(tok, ("from",)) if _party(o)]
    c.targets += _along_with(tok)
    if not c.targets and c.type == "CONCEDE" and _lemma(tok) in ("allow", "permit", "let"):
        # "allowed 3,000 refugees to return": whom the line is opened to
        c.targets += [s for y in _children(tok, "ccomp", "xcomp") for s in _children(y, "nsubj")]
    if c.type == "CONCEDE" and _lemma(tok) in ("allow", "permit") and not c.actors and _is_passive(tok):
        # "were allowed to return to Myanmar by the Bangladeshi authorities"
        c.actors += [a for y in _children(tok, "xcomp") for a in _pobjs(y, ("by",))]
    if not c.targets and c.type in ("REJECT", "SANCTION") and _lemma(tok) in LEAVING_TALKS:
        # "walked out of talks with Togo's government": those the talks were held with
        c.targets += [o for t in _talks_left(tok) for o in _pobjs(t, ("with",))]
    if not c.targets and c.type in ("REJECT", "REQUEST", "THREATEN"):
        # "refused to meet the teachers", "vowed to retaliate against any country": the
        # party the refusal or threat is about
        for x in _complements(tok):
            c.targets += _pobjs(x, lex.COMMON_TARGET_PREPS)
            given_to = _given_to(x)
            if given_to:
                # "refused to hand power to a civilian council": whom it would go to is
                # the party refused, what would be handed only the matter
                c.targets += given_to
                continue
            # "threatened to cut off military aid to Tessaly": what is cut goes to a party
            goods = [o for o in _children(x, "dobj") if _lower_words(o) & (
                lex.AID_GOODS | lex.TRADE | FUNDING | SUPPLIES)]
            if goods:
                c.targets += _pobjs(x, ("to", "for", "with"))
            # "to cut off funding to the Tigray administration": who would lose it
            goods = goods if _lemma(x) in CUTTING else []
            c.targets += [p for o in goods for p in _pobjs(o, ("to", "for"))]
            if c.type == "THREATEN":
                # "threatened to call a general strike against the government": whom the
                # threatened act is aimed at is whom the threat is
                aimed = [p for o in _children(x, "dobj") if o not in goods
                         for p in _pobjs(o, lex.COMMON_TARGET_PREPS) if not _is_time(p)]
                if aimed:
                    c.targets += aimed
                    continue
            # "threatened to launch missiles": a weapon is the means, not the target
            c.targets += [o for o in _children(x, "dobj") if c.type != "THREATEN"
                          or not _lower_words(o) & (lex.MUNITIONS | lex.WEAPONS | lex.TROOPS)
                          and not (o in goods and c.targets)]
            if _lemma(x) in PERMITTING:
                # "refused to let inspectors back in": who would have been let
                c.targets += [s for y in _children(x, "ccomp", "xcomp") for s in _children(y, "nsubj")]
    if not c.targets and c.type == "REJECT":
        # "refused to apologise to Greece", "declined to meet with the envoy": the party
        # the refused act was owed to
        c.targets += [o for x in _complements(tok) for o in _pobjs(x, ("to", "with"))
                      if _party(o) and not _is_time(o)]
    if not c.targets and c.type == "REQUEST":
        # "pleaded with the government to strike a deal", "appealed to Turkey to let water
        # flow": the parser may make the one asked the subject of the infinitive after the
        # preposition; it is the preposition's object
        c.targets += [s for p in _children(tok, "prep") if p.lower_ in ("with", "to", "on")
                      for x in _children(p, "pcomp") if _children(x, "aux")
                      for s in _children(x, "nsubj") if s.pos_ != "PRON"]
    if not c.targets and c.type == "REQUEST":
        # "demanded that the authorities reopen it": who is asked to act
        c.targets += [s for x in _children(tok, "ccomp") for s in _children(x, "nsubj")
                      if any(m.lower_ == "that" for m in _children(x, "mark"))]
    if _lemma(tok) != "attribute":  # "attributed the strike on the market to X": only X
        c.targets += [t for t in _pobjs(tok, _target_preps(c.type)) if not _is_time(t)]
    # "walked away from the bloc", "hit out at the ministry": the preposition on the particle
    prts = {s.prt for s in lex.senses(_lemma(tok)) if s.prt}
    c.targets += [t for p in _children(tok, "advmod", "prt") if p.lower_ in prts
                  for t in _pobjs(p, _target_preps(c.type)) if not _is_time(t)]
    if c.type in ("REQUEST", "ACCUSE") and not any(_party(t) and not _is_time(t)
                                                 for t in c.targets):
        # "In a letter to the Security Council, Guyana asked for ...": whom it was sent to
        c.targets += [a for p in _pobjs(tok, ("in",)) if p.lower_ in MISSIVES
                      for a in _pobjs(p, ("to",))]
    if c.type == "PROTEST" and any(o.lower_ == "protest" for o in _pobjs(tok, ("in",))):
        # "walked out of parliament in protest at a bill": what the protest is against
        c.targets += [o for p in _pobjs(tok, ("in",)) for o in _pobjs(p, ("at", "over"))] + \
            _pobjs(tok, ("at",))
    if c.type == "PROTEST" and _lemma(tok) in ("set", "burn", "torch") and not any(
            map(_party, c.targets)):
        c.targets = []  # "set fire to tyres ... to protest": what burns is the means
    if c.type == "PROTEST":
        # "walked off the job", "took to the streets": the idiom's own noun is no target
        idioms = {(s.prep, w) for s in lex.senses(_lemma(tok)) if s.prep and s.pobjs
                  for w in s.pobjs}
        c.targets = [t for t in c.targets if not (
            t.dep_ == "pobj" and (t.head.lower_, t.lower_) in idioms)]
    if c.type == "PROTEST" and not any(_party(t) and not _is_time(t) for t in c.targets):
        c.targets += _protested_at(tok)
    if c.type == "PROTEST" and not any(_party(t) and not _is_time(t) for t in c.targets):
        c.targets += _protest_aim(tok)
    if c.type == "RETREAT":
        # "pulled out of two villages": the place left hangs off the particle
        c.targets += [o for p in _children(tok, "prep", "prt") if p.lower_ == "out"
                      for o in _pobjs(p, ("of", "from"))]
    if c.type == "THREATEN":
        c.targets = _threatened(tok, c.targets)
    if c.type == "CONSULT" and (_lemma(tok) == "visit" or _lemma(tok) in GOING):
        # "will visit Phnom Penh for talks with his Cambodian counterpart": the party the
        # visit's talks are held with is met (ruling 2), the city only where
        met = [o for m in _pobjs(tok, ("for",)) if m.lower_ in TALKED
               for o in _pobjs(m, ("with",)) if not _is_time(o)]
        c.targets = met or c.targets
    if c.type == "COERCE":
        # (the parser may hang an active verb's 'by' on the verb)
        held = [] if _is_passive(tok) else _pobjs(tok, ("by",)) + [
            o for a in _children(tok, "agent") for o in _children(a, "pobj")]
        c.targets = [g for t in c.targets for g in _those_gathered(t, held)]
    if c.type == "AID" and _lemma(tok) in RECEIVING_AID:
        # "Zambia will receive 20,000 tonnes of maize from Tanzania": the giver after 'from'
        # (the parser may hang it on the goods) acts; the receiver is helped
        givers = _pobjs(tok, ("from",)) + [
            w for d in _children(tok, "dobj") for x in d.subtree if x.dep_ == "prep"
            and x.lower_ == "from" for w in _children(x, "pobj")]
        givers = [g for g in givers if _party(g) and not _is_time(g)]
        if not givers:
            # goods received from no named party: no act between parties unless a doer is
            # found otherwise
            c.actors, c.targets, c.needs_agent = [], [], True
            return
        c.targets = [a for a in c.actors if a not in givers]
        c.actors = givers
    c.places += _pobjs(tok, lex.LOCATION_PREPS)
    c.places += _target_places(c.targets)
    c.hosts.append(tok)
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.pos_ == "VERB":
        # "stormed the village on Monday and killed 12": one clause chain, one date
        c.hosts.append(tok.head)


SOLDIERS = frozenset({"troops", "soldiers", "army", "forces", "commandos", "military"})
HELD_GROUND = frozenset({"camp", "camps", "base", "bases", "hideout", "hideouts",
                         "stronghold", "strongholds", "den", "dens", "enclave", "positions"})
# what a raid is the means of: "freed 23 hostages in a raid", "killed five in a raid"
RAID_OUTCOMES = frozenset({"free", "rescue", "release", "capture", "seize", "arrest", "kill",
                           "recover", "destroy", "detain", "neutralise", "neutralize"})


def raid_doers(noun) -> list:
    """'Nigerian troops freed 23 schoolgirls in a raid on a camp': who raided is whoever
    did the act the raid was the means of."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") else None
    if verb is None or verb.pos_ != "VERB" or _lemma(verb) not in RAID_OUTCOMES or _is_passive(verb):
        return []
    return _subjects(verb)


def raid_armed(noun) -> bool:
    """A raid by rebels or one that killed is an attack, not a search: 'the raid by
    fighters of the M23 left 14 dead', 'a raid by gunmen'."""
    doers = _pobjs(noun, ("by",)) + _children(noun, "poss") + raid_doers(noun)
    verb = _light_verb(noun)
    if verb is not None and noun.dep_ == "dobj":
        doers += _subjects(verb)  # "gunmen carried out a raid on the village"
    if any(_lower_words(d) & IRREGULARS for d in doers):
        return True
    # "troops freed 23 schoolgirls in a raid on a forest camp": soldiers storming an armed
    # group's camp or base attack it (soldiers raiding a house search it)
    if any(_lower_words(d) & SOLDIERS for d in doers) and any(
            o.lower_ in HELD_GROUND for o in _pobjs(noun, ("on",))):
        return True
    clauses = ([noun.head] if noun.dep_ == "nsubj" else []) + _children(noun, "acl", "relcl")
    return any(_lemma(v) in ("kill", "wound", "injure") or _lemma(v) == "leave" and any(
        o.lower_ in ("dead", "wounded", "injured") for o in _children(v, "oprd", "acomp"))
        for v in clauses)


def _agreed_between(c: Candidate) -> None:
    """'A truce was agreed between X and Y', headline 'Ceasefire Agreed Between X And Y':
    the parties follow 'between'; the agreement noun the parse made subject is the act."""
    between = _pobjs(c.tok, ("between", "among"))
    if not between:
        return
    deal = [a for a in c.actors if a.is_lower and (
        a.lower_ in lex.AGREEMENT or getattr(lex.noun_sense(a.lower_), "type", "") == "AGREE")]
    c.absorbed += deal
    c.actors = [a for a in c.actors if a not in deal] + between


# Verbs of stopping what flows to a party.
# what flows to a party and may be cut off: "to cut off electricity to northern Kosovo"
SUPPLIES = frozenset({"electricity", "power", "gas", "oil", "fuel", "water", "supplies",
                      "supply", "shipments", "deliveries", "exports", "internet"})
CUTTING = frozenset({"cut", "halt", "suspend", "freeze", "withhold", "stop", "end", "reduce",
                     "block"})
# Verbs of answering an act: their 'to' names the act, whose doer is threatened.
RESPONDING = frozenset({"respond", "react", "retaliate", "reply", "answer"})


def _those_gathered(target, held: list) -> list:
    """'broke up a rally by royalists', 'dispersed a crowd of teachers': the people of a
    gathering coerced (``held``: a 'by' hung on the verb), else the target itself."""
    if target.lower_ not in GATHERINGS and _hyphenated(target)[0] not in GATHERINGS:
        return [target]  # ('a sit-in by students': the split word read whole)
    return _pobjs(target, ("by", "of")) or held or [target]


def _threatened(tok, targets: list) -> list:
    """Who a threat is aimed at: 'threatened an offensive against Kurdish fighters' -> the
    fighters; 'warned that its forces would attack any warship' -> the warship, the
    object of the hostile act the warning announces."""
    # "would respond with force to any U.S. strike on its territory": whoever does the act
    # the threatened response answers, however the parser hung the rest
    answered = [o for cl in _children(tok, "ccomp", "xcomp") if _lemma(cl) in RESPONDING
                for o in _pobjs(cl, ("to",))]
    doers = [a for o in answered
             for a in _pobjs(o, ("by",)) + _children(o, "poss") + _modifier_actors(o)]
    if doers:
        return doers
    out = []
    for t in targets:
        aims = _pobjs(t, ("against", "on", "into")) if t.pos_ == "NOUN" and (
            lex.noun_sense(t.lower_) or t.lower_ in lex.THREAT_WORDS) else []
        # "warned it could launch a new ground operation against Kurdish militants"
        aims = aims or (_pobjs(t, ("against",)) if t.pos_ == "NOUN" else [])
        if not aims and t.pos_ == "NOUN" and t.dep_ == "dobj" and _lemma(t.head) in IMPOSING:
            # "threatened to impose countermeasures on Lithuania": what is imposed lands on
            aims = [o for o in _pobjs(t, ("on",)) if _party(o)]
        out += aims or [t]
    if any(_party(t) and not _is_time(t) for t in out):
        return out
    # "threatened to act if U.S. forces go ahead with drills": the threat's condition names
    # whom it is meant to stop
    verbs = [tok, *_children(tok, "ccomp"), *_complements(tok)]
    verbs += [x for v in verbs[1:] for x in _children(v, "xcomp")]  # "warned it would take"
    out += [s for v in verbs for a in _children(v, "advcl")
            if any(m.lower_ in ("if", "unless") for m in _children(a, "mark"))
            for s in _children(a, "nsubj") if s.pos_ != "PRON"]
    if any(map(_party, out)):
        return out
    # "vowed to keep targeting ships": the vowed act may be a control complement too
    for clause in [*_children(tok, "ccomp"), *_complements(tok)]:
        acts = [clause] + [x for x in _children(clause, "xcomp", "conj") if x.pos_ == "VERB"]
        for act in acts:
            if _lemma(act) in RESPONDING:
                # "would respond with force to any incursion by Guyanese troops": whoever
                # does what the threatened response answers
                out += [a for o in _pobjs(act, ("to",)) for a in _pobjs(o, ("by",))]
            if any(s.type in ("ASSAULT", "COERCE", "SANCTION") for s in lex.senses(_lemma(act))) \
                    or _lemma(act) in lex.VOW_COMPLEMENTS:
                out += [a for o in _objects(act) for a in (_pobjs(o, ("against",)) or [o])]
                out += _pobjs(act, lex.COMMON_TARGET_PREPS)
                # "warned that any troops crossing would be ... attacked": who would undergo it
                out += [s for s in _children(act, "nsubjpass") or (
                    _children(clause, "nsubjpass") if act is not clause else []) if s.pos_ != "PRON"]
    return out


def _split_parties(c: Candidate) -> None:
    """'Sudan's army and the RSF agreed to a truce', 'Saudi Arabia, Iran agree': in an act
    done together and naming no other party, the first named is the actor and the others
    its counterparts, as in 'the deal between X and Y'."""
    parties = _expand(c.actors, (c.tok,))
    # "Saudi Arabia, Iran agree": a headline's list may come as two subjects
    light = _light_verb(c.tok) if c.kind == "noun" else None  # "Ruto, Museveni Hold Talks"
    if light is not None and _lemma(light) in HOSTING:
        light = None  # "Osland will host talks between X and Y": the host is no side
    parties += [s for v in (c.tok, light) if v is not None for s in _children(v, "nsubj")
                if s not in parties and not _dateline(s, v) and s not in c.absorbed]
    # "Armenia, Azerbaijan fail to agree": a headline's list read as an apposition, or
    # its first name hung on the verb before the comma
    parties += [a for p in list(parties) if p.ent_type_ in ("GPE", "NORP") for a in
                _children(p, "appos") if a.pos_ == "PROPN" and a.ent_type_ == p.ent_type_]
    parties[:0] = [x for p in parties[:1] for x in p.head.children
                   if x.pos_ == "PROPN" and x.dep_ in ("advmod", "npadvmod", "nmod")
                   and x.i + 2 == p.left_edge.i and x.doc[x.i + 1].text == ","]
    parties = _distinct(parties)
    if len(parties) == 1 and parties[0].pos_ == "NOUN":
        # "the coast guards of Indonesia and Australia", "police in Spain and Morocco": the
        # states a plural body is drawn from are the two sides
        inner = [o for o in _pobjs(parties[0], ("of", "in")) if o.conjuncts
                 and all(x.pos_ == "PROPN" or x.ent_type_ in ("GPE", "NORP", "ORG")
                         for x in (o, *o.conjuncts))]
        if parties[0].lower_ in lex.ACTING_FOR and parties[0].lower_ not in ("lawyers",
                                                                               "lawyer"):
            # "Negotiators for the junta and the northern rebels settled on the terms":
            # the parties the negotiators act for are the two sides (a lawyer's clients
            # are one side)
            inner = inner or [o for o in _pobjs(parties[0], ("for", "from", "of"))
                              if o.conjuncts and all(x.pos_ in ("NOUN", "PROPN")
                                                     for x in (o, *o.conjuncts))]
        if inner and parties[0].lower_ not in REFLEXIVES:
            c.actors, c.targets = parties[:1], list(inner[0].conjuncts)
            return
    if len(parties) > 1 and not any(p.lower_ in REFLEXIVES or p.pos_ == "PRON" for p in parties):
        c.actors, c.targets = parties[:1], parties[1:]


def _target_places(targets: list) -> list:
    """'the attack on a bus in Burgas', 'fired at demonstrators in Strelsau': where the
    target was is where the act happened."""
    return [p for t in targets for h in arg_heads(t)
            for x in (h, *_siting_clauses(h))
            for p in _pobjs(x, ("in", "at", "near", "outside"))]


def _siting_clauses(noun) -> list:
    """'the infrastructure Soleimani has built in Syria', 'troops stationed in Mali': a
    clause on the target that says where it stands."""
    return [c for c in _children(noun, "relcl", "acl") if _lemma(c) in SITING]


def _modifier_actors(noun) -> list:
    """Named modifiers of an event noun are its doers: 'a U.S. drone strike',
    'an Israeli air strike', 'an IDF response'."""
    mods = _children(noun, "compound", "amod", "nmod")
    # "a Russian missile strike": the doer may modify the means before the noun
    mods += [x for m in mods if m.dep_ == "compound" and m.pos_ == "NOUN"
             for x in _children(m, "amod", "compound") if x.i < m.i]
    # "SANTIAGO, Chile - The arrest of ...": a dateline the parser hung on the noun acts not
    return [m for m in mods if (m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE", "ORG")
            or m.dep_ == "compound" and m.lower_ in FORCES) and not _dateline(m, noun)]


from .event_light import DRIVEN_OUT  # noqa: E402  (people driven out by a deadline)


# verbs of an act's relative clause that say what it hit ('an attack that hit a school')
HITTING = frozenset({"hit", "strike", "target", "disrupt", "damage", "destroy", "cripple",
                     "paralyse", "paralyze", "knock", "disable", "wreck", "flatten"})

# verbs of an act's relative clause that tell what followed from it, not what it hit ('an
# attack that sparked protests', 'that drew condemnation', 'that left 12 dead')
AFTERMATH = frozenset({"spark", "trigger", "prompt", "draw", "raise", "provoke", "cause",
                       "fuel", "stoke", "lead", "bring", "follow", "mark", "end", "begin",
                       "start", "heighten", "deepen", "revive", "renew", "shock", "anger",
                       "outrage", "alarm", "rattle", "expose", "highlight", "underscore",
                       "leave", "claim", "make", "have", "see", "involve", "use", "include",
                       "take", "cost", "force", "send", "push", "spur", "escalate", "test",
                       "breach", "violate", "say", "show", "echo", "recall", "resemble"})


def _hits(verb) -> bool:
    """A verb of an act's own relative clause that tells what the act did to its object
    ('a cyberattack that froze the civil registry', 'a strike that took down the grid'): any
    verb with an object, unless it tells the act's aftermath ('that sparked protests')."""
    lemma = _lemma(verb)
    return lemma in HITTING or verb.pos_ == "VERB" and (lemma not in AFTERMATH or any(
        c.dep_ == "prt" and c.lower_ in ("down", "out", "off") for c in verb.children))


# verbs by which a party owns up to an act ('claimed / took / accepted responsibility for')
OWNING_UP = frozenset({"claim", "take", "accept", "admit", "assume", "acknowledge", "bear"})

# acts of grace whose 'for' names those they spare
PARDONS = frozenset({"amnesty", "amnesties", "pardon", "pardons", "clemency"})


def _noun_args(c: Candidate) -> None:
    tok = c.tok
    word = _hyphenated(tok)[0]
    sense = lex.noun_sense(word) or lex.noun_sense(tok.lemma_.lower())
    if sense is not None and sense.type != c.type:
        sense = lex.ALT_NOUNS.get(word, sense)
    of_role = sense.of_role if sense else "target"
    poss_role = sense.poss_role if sense else "actor"
    verb = _light_verb(tok)
    if verb is None and tok.dep_ == "conj" and lex.noun_sense(tok.head.lower_):
        verb = _light_verb(tok.head)  # "imposed asset freezes and travel bans"
    if c.type == "MOBILIZE" and verb is not None and not _is_passive(verb) and any(
            s.pos_ != "PRON" for s in _subjects(verb)):
        of_role = "target"  # "parliament approved the deployment of 500 peacekeepers"
    # "levelled accusations of espionage against two diplomats": 'of' names the charge
    charged = c.type == "ACCUSE" and any(
        x.lower_ == "against" and x.dep_ == "prep" for h in (tok, verb) if h for x in h.subtree)
    if charged or c.type == "COERCE" and tok.lower_ in ("sentence", "sentences"):
        # the party charged, or sentenced ('handed down a death sentence to the commander')
        c.targets += [o for x in (*tok.subtree, *(kids(verb) if verb is not None else ()))
                      if x.dep_ == "prep" and x.lower_ in ("against", "to", "on")
                      and (charged or x.lower_ != "against") for o in _children(x, "pobj")]
    for of in ([] if charged else _pobjs(tok, ("of",))):
        if of.ent_type_ in MEASURE_TYPES or of.lower_ in ("percent", "%") and _children(
                of, "nummod"):  # (the recogniser may miss '15 percent')
            # "tariffs of 30 percent on Brazilian coffee": a rate, no party; the parser
            # hangs the aim on the measure
            c.targets += _pobjs(of, _target_preps(c.type, noun=True))
        else:
            (c.targets if of_role == "target" else c.actors).append(of)
    if c.type == "AID":  # "the donation of two vessels to Manila": goods given, no target
        goods, recipients = recipients_past_goods(tok)
        c.targets[:] = [t for t in c.targets if t not in goods] + recipients
    if c.type == "AID" and pledged_gift(tok):
        c.targets += [t for t in pledge_recipients(tok) if t not in c.targets]
    for poss in _children(tok, "poss"):
        if poss.pos_ == "PRON" and verb is not None and _subjects(verb):
            continue  # "Ukraine renewed its appeal": the verb's subject names 'its'
        owners = _own_conduct(tok) if poss.pos_ == "PRON" and poss_role == "actor" else []
        # "Polish truckers ended their blockade": who ends or resumes their own act
        (c.targets if poss_role == "target" else c.actors).extend(owners or [poss])
    c.actors += _announcer(tok)
    between = _pobjs(tok, ("between", "among"))
    c.actors += between  # "talks / clashes between X and Y" (split into sides later)
    doers = _pobjs(tok, ("by",))
    if not doers:
        # "the shelling of Armenian villages by Azerbaijani forces": the parser hangs the
        # doer on the nearer noun
        doers = [d for o in _pobjs(tok, ("of",)) for d in _pobjs(o, ("by",))
                 if (_party(d) or d.lower_ in DOER_BODIES) and not _is_time(d)]
    c.actors += doers
    if not doers and word in ("raid", "raids") and not c.actors:
        c.actors += raid_doers(tok)
    # "the offensive by Sudan's army against RSF positions": the parser hangs the aim on
    # the nearer noun, the doer
    c.targets += [o for d in doers for o in _pobjs(d, ("against", "on"))]
    c.actors += _modifier_actors(tok)
    if not c.actors and verb is None:
        c.actors += glued_light_doer(tok)
    # "a rally planned by farmers", "the sanctions imposed by Britain": who organised or
    # imposed it did it
    c.actors += [a for v in _children(tok, "acl") if _lemma(v) in ORGANISING | IMPOSING
                 for a in _agents(v)]
    # "sanctions on Russian banks imposed by Britain": the participle hung on the nearer noun
    c.actors += [a for o in _pobjs(tok, ("on", "against")) for v in _children(o, "acl")
                 if _lemma(v) in IMPOSING for a in _agents(v)]
    c.targets += [t for t in _pobjs(tok, _target_preps(c.type, noun=True)) if t not in between]
    if not c.targets:
        # "the sanctions imposed on Iran by the UN": whom the measure is laid on hangs on the
        # participle that lays it
        c.targets += [t for v in _children(tok, "acl") if _lemma(v) in IMPOSING
                      for t in _pobjs(v, ("on", "against")) if not _is_time(t)]
    if word in PARDONS:
        c.targets += _pobjs(tok, ("for",))  # "declared an amnesty for army deserters"
    if c.type in ("ASSAULT", "COERCE") and not any(map(_party, c.targets)):
        # "a cyberattack that disrupted the water supply", "a strike that hit a market":
        # the act's own relative clause says what it hit
        c.targets += [o for r in _children(tok, "relcl") if _hits(r) and any(
            s.lower_ in ("that", "which") for s in _children(r, "nsubj"))
            for o in _children(r, "dobj") if o not in c.targets and not (
                lex.noun_sense(o.lower_) or _is_time(o))]
    if tok.dep_ == "nsubj" and _lemma(tok.head) in ONSET:
        # "Protests erupted in Nairobi against a finance bill": the parser hangs the aim
        # on the verb of outbreak
        c.targets += _pobjs(tok.head, _target_preps(c.type, noun=True) | {"over"}
                            if c.type == "PROTEST" else _target_preps(c.type, noun=True))
        c.places += _pobjs(tok.head, lex.LOCATION_PREPS)
    if word in HARM_TO:
        c.targets += _pobjs(tok, ("to",))
    if c.type == "AID" and tok.dep_ == "nsubj" and _lemma(tok.head) in ("reach", "arrive"):
        # "Japanese Aid Reaches Cyclone-Hit Vanuatu", "aid arrived in Gaza": where it got to
        c.targets += _children(tok.head, "dobj") + _pobjs(tok.head, ("in", "at"))
    c.places += _pobjs(tok, lex.LOCATION_PREPS)
    c.places += _target_places(c.targets)
    c.hosts.append(tok)
    if verb is not None:
        c.hosts.append(verb)
        if _is_passive(verb):
            c.actors += _agents(verb)
            # "was placed under house arrest", "was given aid": the subject undergoes it;
            # "guards were put on high alert" with no one named: the force readies itself
            moved = [t for t in _children(verb, "nsubjpass") if t != tok]
            if c.type == "MOBILIZE" and not _agents(verb):
                c.actors += moved
            else:
                c.targets += moved
        elif _lemma(verb) in ("receive", "get"):
            # "had not received any request from Marvia": the sender acts on the receiver
            senders = _pobjs(tok, ("from",)) + _pobjs(verb, ("from",))
            c.actors += senders
            c.targets = [t for t in c.targets if t not in senders] + _subjects(verb)
        elif not (_lemma(verb) in HOSTING and _pobjs(tok, ("between", "among"))):
            # "Egypt is hosting talks between Israel and Hamas": the host is no party
            c.actors += _reported_doer(verb, _subjects(verb))
            c.targets += [o for o in _children(verb, "dobj", "dative") if o != tok
                          and not o.is_ancestor(tok)]
        c.targets += [t for t in _pobjs(verb, _target_preps(c.type)) if not _is_time(t)]
        c.targets += [t for t in addressees(c.type, tok, verb) if t not in c.targets]
        c.places += _pobjs(verb, lex.LOCATION_PREPS)
        if c.type == "PROTEST" and not any(_party(t) for t in c.targets):
            # "staged a sit-in outside the election commission": the seat it stood at
            c.targets += _protested_at(tok) + _protested_at(verb)
        if c.type == "PROTEST" and not any(_party(t) for t in c.targets):
            c.targets += _protest_aim(verb)  # "staged strikes, demanding a rise from X"
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        c.hosts.append(tok.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in (
            "responsibility", "credit") and tok.head.head.head.pos_ == "VERB":
        # "X claimed responsibility for the attack"; 'no group has claimed', 'denied
        # responsibility', 'did not claim' name no doer
        claim = tok.head.head.head
        if _lemma(claim) in OWNING_UP and not any(
                k.dep_ == "neg" or k.lower_ == "never" for k in claim.children):
            c.actors += [s for s in _subjects(claim) if not _none_of(s)]
    elif (not c.actors and tok.dep_ == "pobj" and tok.head.lower_ == "behind"
          and _lemma(tok.head.head) == "be"):
        c.actors += _subjects(tok.head.head)  # "Iranian hackers were behind a cyberattack"
    elif (not c.actors and tok.dep_ == "pobj" and tok.head.lower_ == "in"
          and not _children(tok, "det", "poss") and tok.head.head.pos_ == "VERB"):
        # "extradited him in cooperation with X", "marched in protest": the verb's doer
        verb = tok.head.head
        c.actors += _children(verb, "nsubjpass") if _is_passive(verb) else _subjects(verb)
    elif (not c.actors and c.type == "PROTEST" and tok.dep_ == "pobj"
          and tok.head.lower_ in ("during", "at") and tok.head.head.pos_ == "VERB"
          and not _is_passive(tok.head.head) and _subjects(tok.head.head) and all(
              _lower_words(s) & MARCHERS for s in _subjects(tok.head.head))):
        # "Protesters set fire to the doors ... during a march against the president": the
        # act's doers, when they are people who march, marched
        c.actors += _subjects(tok.head.head)
    elif (not c.actors and of_role == "actor" and tok.dep_ == "pobj"
          and tok.head.lower_ in ("for", "on") and tok.head.head.pos_ == "VERB"
          and not _is_passive(tok.head.head) and not (
              # "cracked down on protests", "fired on a rally": a verb of its own that
              # takes the noun as its target; its doer is not the gathering's
              tok.head.lower_ == "on" and lex.senses(_lemma(tok.head.head)))):
        c.actors += _subjects(tok.head.head)  # "travelled to Beijing for a visit"
    if c.type == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
            _lemma(tok.head.head) in GOING) and _subjects(tok.head.head):
        # "will travel to Japan for the G7 summit": the traveller is the party the sentence
        # reports at the meeting, before the members its name holds
        c.actors[:] = _subjects(tok.head.head)


# Doers of an act done during a gathering who were its own marchers (no force or official).
MARCHERS = (lex.PEOPLE | lex.WORKERS | frozenset({
    "protesters", "protestors", "demonstrators", "activists", "campaigners", "marchers",
    "farmers", "students", "supporters", "unionists", "strikers", "residents", "villagers",
    "youths", "crowd", "crowds", "rioters", "mourners"})) - lex.TROOPS - frozenset({
        "officer", "officers", "police", "policemen", "guards", "agents", "official",
        "officials", "leader", "leaders"})
# Meetings a visit is made for, whose 'with' names the party met
TALKED = frozenset({"talks", "meeting", "meetings", "consultations", "negotiations",
                    "discussions"})
# Verbs of going somewhere, whose 'for' names the meeting gone to.
GOING = frozenset({"travel", "fly", "go", "head", "arrive", "leave", "come", "depart", "jet",
                   "return"})
# Nouns of putting a measure in place: whose they are imposes what follows 'of'.
ANNOUNCING = frozenset({"announcement", "imposition", "introduction", "adoption",
                        "declaration", "launch", "unveiling", "approval", "enactment"})


# Light verbs of saying or giving whose form the parser may glue onto the noun they carry
GLUED_LIGHT = frozenset({"voice", "voiced", "express", "expressed", "pledge", "pledged",
                         "offer", "offered", "announce", "announced", "declare", "declared",
                         "lodge", "lodged", "reaffirm", "reaffirmed", "reiterate",
                         "reiterated", "extend", "extended"})


def glued_light_doer(noun) -> list:
    """'The Commonwealth secretary-general voiced support for', 'Gulf states voice support
    for': a light verb the parser hung on its event noun as a modifier (a past form as an
    adjective, a headline's present as a compound), leaving the noun with no verb; the
    word right before that light verb ends its subject, the doer."""
    doc = noun.doc
    for k in _children(noun, "amod", "compound"):
        if k.lower_ not in GLUED_LIGHT or k.i < 1 or k.i > noun.i - 1:
            continue
        if k.dep_ == "amod" and k.tag_ not in ("VBD", "VBN") or k.dep_ == "compound" and (
                k.i != noun.i - 1):
            continue
        if any(d.i > k.i for d in _children(noun, "det", "poss")):
            continue  # "the expressed wish": a modifier after a determiner stays one
        doer = doc[k.i - 1]
        if doer.i >= 2 and doc[doer.i - 1].text == "-" and not doc[doer.i - 1].whitespace_ \
                and doer.head.i == doer.i - 2:
            doer = doer.head  # 'secretary-general': the word's head, its first part
        if doer.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and doer.dep_ not in (
                "prep", "pobj", "dobj") and not _is_time(doer):
            return [doer]
    return []


def _announcer(noun) -> list:
    """'Beijing's announcement of new export curbs': who announces or imposes a measure
    takes it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lower_ not in ANNOUNCING:
        return []
    act = noun.head.head
    return [p for p in _children(act, "poss") if p.pos_ != "PRON"] + _pobjs(act, ("by",))


# Verbs of carrying on or stopping one's own act: 'ended their blockade', 'resumed its raids'.
CONDUCTING = frozenset({"end", "halt", "suspend", "resume", "continue", "begin", "start",
                        "extend", "intensify", "escalate", "step", "maintain", "renew",
                        "call", "abandon", "pause", "stop", "lift", "ease", "relax", "scrap",
                        "tighten", "expand", "drop"})


def _own_conduct(noun) -> list:
    """The named subject of a verb that carries on or stops the act a noun names with a
    possessive pronoun: 'the truckers ended their blockade' -> the truckers."""
    verb = noun.head
    if noun.dep_ != "dobj" or _lemma(verb) not in CONDUCTING or _is_passive(verb):
        return []
    return [s for s in _subjects(verb) if s.pos_ != "PRON"]


def _pinned_party(tok) -> list:
    """For an act named under 'X has been linked with / accused of / blamed for': X."""
    cur = tok
    for _ in range(14):
        if cur.dep_ in ("nsubj", "nsubjpass", "relcl") or cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.pos_ == "VERB" and cur.dep_ != "prep":  # 'including', 'according' are links
            if cur.lemma_.lower() not in PINNING:
                return []
            if cur.lemma_.lower() in PINNED_ON:
                # "attributed the cyberattack to China", "blamed the blast on rebels", also
                # in the passive ('was attributed to Russia'): the party after the preposition
                prep = PINNED_ON[cur.lemma_.lower()]
                on = [p for p in _pobjs(cur, (prep,)) if not _is_time(p)] or [
                    w for d in _children(cur, "dobj", "nsubjpass") for x in d.subtree
                    if x.dep_ == "prep" and x.lower_ == prep and x.i > d.i
                    for w in _children(x, "pobj")]
                if on:
                    return [p for p in on if not p.is_ancestor(tok) and p != tok]
            if _is_passive(cur):
                return _children(cur, "nsubjpass")
            return [o for o in _children(cur, "dobj") if not o.is_ancestor(tok) and o != tok]
    return []


# bodies that act, named by a common noun ('by Malian security services', 'by the authorities')
DOER_BODIES = FORCES | lex.COMBATANTS | frozenset({"services", "authorities", "agents", "agencies",
                                                   "guards", "gendarmes", "officers"})


# acts that need the consent of the party that refuses them: a refused one did not happen
REFUSABLE = frozenset({"AID", "CONSULT", "AGREE", "COOPERATE"})


def _absorb(cands: list[Candidate]) -> list[Candidate]:
    """Fold an event noun that only names the means of a same-type event into that event
    ('killed by a drone strike', 'an air strike killed', 'the killing in a U.S. strike')."""
    by_tok = {c.tok.i: c for c in cands}
    gone: set[int] = set()
    for c in cands:
        if c.kind != "noun":
            continue
        host = None
        tok = c.tok
        light = _light_verb(tok)
        verb = by_tok.get(light.i) if light is not None else None
        refuser = verb or (by_tok.get(tok.head.i) if tok.dep_ in ("dobj", "nsubjpass") else None)
        if refuser is not None and refuser.type == "REJECT" and c.type in REFUSABLE:
            gone.add(tok.i)  # "held up an aid package", "the talks were called off": refused,
            continue         # what was refused did not happen
        if verb is not None:
            if verb.type != c.type or _lemma(light) in HOSTING and _pobjs(
                    tok, ("between", "among")):
                # "hosted talks between X and Y": the talks are theirs, not the host's
                gone.add(verb.tok.i)  # "approved a loan" is aid, not support: the noun says
                continue
            host = verb  # "offered loans", "signed a deal": one event
        elif tok.dep_ == "pobj" and tok.head.dep_ in ("agent", "prep") and tok.head.lower_ in (
                "by", "in", "with", "during", "through", "under"):
            host = by_tok.get(tok.head.head.i)
        elif tok.dep_ == "nsubj":
            host = by_tok.get(tok.head.i)
        else:
            # "the attack on the convoy, which killed four": the relative clause's harm
            host = next((by_tok[r.i] for p in _children(tok, "prep") for o in _children(
                p, "pobj") for r in _children(o, "relcl") if r.i in by_tok
                and _harming_act(r) == tok), None)
        if host is None or host.type != c.type or host.tok.i in gone or host.needs_agent:
            continue  # a vague verb ('hit', 'damage') is the weaker trigger: keep the noun
        host.absorbed.append(tok)
        host.actors = [a for a in host.actors if a != tok] + c.actors
        # ("staged a sit-in outside the ministry": the act staged is no target of itself)
        host.targets = [t for t in host.targets if t != tok]
        host.targets += [t for t in c.targets if t not in host.targets]
        host.places += c.places
        host.hosts += c.hosts
        gone.add(tok.i)
        # "A government airstrike that hit a wedding party ... killed 17 people": the
        # means' own relative clause of harm is the same happening; what it hit is hit
        for r in _children(tok, "relcl"):
            said = by_tok.get(r.i)
            if said is not None and said.type == c.type and said is not host:
                host.targets += [t for t in said.targets if t not in host.targets and t != tok]
                host.absorbed.append(r)
                gone.add(r.i)
    return [c for c in cands if c.tok.i not in gone]


def _expand(tokens: list, exclude=()) -> list:
    """Arguments plus their coordinated conjuncts ('Soleimani and al-Muhandis'), without
    times, reflexives and the trigger itself."""
    out = []
    for t in tokens:
        for x in (t, *t.conjuncts):
            if x in out or x in exclude or _is_time(x) or x.lower_ in REFLEXIVES:
                continue
            out.append(x)
    return out


# place-class nouns that name a facility, not a settlement: 'the port of X' is no 'town of X'
FACILITIES = frozenset({"port"})


def arg_heads(tok) -> list:
    """The tokens that may name an argument's party, best first: 'thousands of people'
    -> people; 'the city of Kharkiv' -> Kharkiv; 'the resignation of the minister' ->
    resignation, then minister."""
    # "Rebels of the M23 movement": a sentence's first word is tagged a name by its capital
    common = tok.pos_ != "PROPN" or tok.is_sent_start and tok.is_title and _common_word(tok.text)
    ofs = _pobjs(tok, ("of",)) if common else []
    # "the port of Hodeidah" names a facility at a town, struck or blockaded in its own
    # right: the port first, then the town's name (whose entity the record resolves to)
    place = tok.lower_ in PLACE_CLASS - FACILITIES and any(o.pos_ == "PROPN" for o in ofs)
    if ofs and (tok.lower_ in QUANTITY or place or tok.pos_ == "NUM"):
        return [h for o in ofs for h in arg_heads(o)]
    # "the rebel commander Omar Haddad": the name is an apposition to the role noun
    return [tok, *_children(tok, "appos"), *ofs]
