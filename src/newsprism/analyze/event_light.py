"""The long tail of event triggers, read from constructions rather than from single words.

- light-verb constructions: the event is the object noun's, the verb only performs it
  ('slapped a surtax on', 'issued a warning to Manila', 'threw its support behind');
- object-noun classes: a charge one state lays on another's goods or firms (LEVIES_LAID) is
  a sanction; a force given an order to get ready or to move (ordered reservists to report)
  is mobilised; people let back across a line (allowed families to return) are a concession;
- phrasal verbs whose particle makes the event ('stood down its fighters'), their senses in
  plover_senses.py, their context tests here;
- morphological families: a noun made from a trigger verb ('the impoundment of', 'the
  confiscation of') names that verb's act, as a gerund does (event_derive.gerund_sense).
Each test asks for the party or the force the construction needs, so that the same words in
finance, sport or weather copy ('a levy on plastic bags', 'a warning to drivers', 'the
trainee shadowed a surgeon') stay no event. Read by events.py and event_refine.py.
"""
from __future__ import annotations

from . import plover_lexicon as lex
from .event_context import (HELD_MARKS, _agents, _children, _is_passive, _is_time, _lemma,
                            _lower_words, _party, _pobjs, _subjects)
from .country_names import is_country
from .event_domain import COMPANY
from .lexicon_roles import DEMONYMS
from .event_senses import people_block, through_partitive, verb_stems

# Charges laid on goods or firms: with a verb that lays them and a foreign party or trade
# as what they fall on, a trade sanction ('slapped anti-subsidy levies on Indonesian steel
# makers'); 'a levy on plastic bags' or 'a surcharge on parking' is a home tax.
LEVIES_LAID = frozenset({"levy", "levies", "surtax", "surtaxes", "surcharge", "surcharges",
                         "duty", "duties", "quota", "quotas", "curbs", "controls"})
LAYING_VERBS = frozenset({"impose", "slap", "levy", "place", "put", "announce", "introduce",
                          "raise", "extend", "apply", "set", "add", "hike", "increase",
                          "double", "triple"})
TRADED_GOODS = frozenset({"imports", "import", "exports", "export", "goods", "products",
                          "shipments", "steel", "cars", "vehicles", "makers", "producers",
                          "exporters", "firms", "companies"})


def _named_party(t) -> bool:
    """A country, a people or a body by name, or a word modifying the noun that is one
    ('Indonesian steel makers', 'Chinese-made electric vehicles')."""
    return any(x.ent_type_ in ("GPE", "NORP") or (x.pos_ == "PROPN" and x.ent_type_ != "PERSON")
               for x in t.subtree)


def levied_on_foreign(noun) -> bool:
    """'slapped a surtax of 100 percent on Chinese-made electric vehicles': a laying verb,
    and 'on' something a foreign party makes or trades."""
    # "slapped a surtax on", "a surtax was slapped on ... by the ministry"
    verb = noun.head if noun.dep_ in ("dobj", "conj", "nsubjpass") else None
    if verb is not None and noun.dep_ == "conj":
        verb = verb.head
    if verb is None or _lemma(verb) not in LAYING_VERBS:
        return False
    ons = _pobjs(noun, ("on", "against")) + _pobjs(verb, ("on", "against"))
    # "duties of 25 percent on steel from China": the parser hangs the aim on the rate
    ons += [o for m in _pobjs(noun, ("of",)) if m.ent_type_ in ("PERCENT", "MONEY") or (
        m.lower_ in ("percent", "%")) for o in _pobjs(m, ("on", "against"))]
    return any(_named_party(o) and (o.ent_type_ in ("GPE", "NORP") or o.pos_ == "PROPN"
                                    or _lower_words(o) & TRADED_GOODS or any(
                                        x.ent_type_ in ("GPE", "NORP") for x in o.subtree))
               for o in ons)


def warned_party(noun) -> bool:
    """'issued a stern warning to Manila': a warning addressed to a state or a named body
    is a threat to it; a warning to drivers or to residents is advice."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None  # "was issued to"
    holders = [noun] + ([verb] if verb is not None and _lemma(verb) in lex.LIGHT_VERBS else [])
    return any(o.ent_type_ in ("GPE", "NORP", "ORG") or o.pos_ == "PROPN"
               and o.ent_type_ != "PERSON" for h in holders for o in _pobjs(h, ("to",)))


# What a commander readies or moves: the force, not what it is told to do to others
READY_VERBS = frozenset({"prepare", "report", "ready", "assemble", "gather", "head",
                         "advance", "proceed", "go", "move", "muster", "be", "stand", "remain"})
ORDER_VERBS = frozenset({"order", "command", "instruct", "direct"})


def forces_readied(verb) -> bool:
    """'ordered army reservists to report to barracks', 'ordered a standby force of 5,000
    troops to prepare for an intervention': a force told to get ready or to move is
    mobilised; 'ordered troops to withdraw' or 'to arrest' leaves the act to its own verb."""
    if _lemma(verb) not in ORDER_VERBS:
        return False
    # "ordered reservists to report", "reservists were ordered to report"
    forces = [x for o in _children(verb, "dobj", "nsubjpass") for x in (o, *_pobjs(o, ("of",)))]
    if not any(_lower_words(f) & (lex.TROOPS - lex.AID_GOODS) for f in forces):
        return False
    acts = [x for x in _children(verb, "xcomp", "advcl")
            if any(a.lower_ == "to" for a in _children(x, "aux"))]
    return bool(acts) and all(_lemma(x) in READY_VERBS and not lex.senses(_lemma(x))
                              or _lemma(x) == "be" for x in acts)


ARMED_BODIES = lex.TROOPS | lex.COMBATANTS | frozenset({
    "militia", "militias", "army", "armies", "guerrillas", "paramilitaries", "units", "unit"})


def forces_stood_down(verb) -> bool:
    """'The militia stood down its fighters', 'troops were stood down': a force taken off
    its war footing retreats; 'the chief executive stood down' leaves a post."""
    down = [c for c in verb.children if c.lower_ == "down" and c.dep_ in ("prt", "advmod", "prep")]
    if not down:
        return False
    held = _children(verb, "dobj") + [o for d in down for o in _children(d, "pobj")]
    doers = _subjects(verb) + _agents(verb)
    return any(_lower_words(x) & ARMED_BODIES for x in held + doers)


# Who may be let through a line, and the verbs of coming and going they are let do
LET_THROUGH = lex.REFUGEES | lex.CIVILIANS | lex.CAPTIVES | frozenset({
    "convoy", "convoys", "trucks", "lorries", "aid", "ships", "vessels", "pilgrims",
    "journalists", "observers", "inspectors", "monitors"})
COMING_AND_GOING = frozenset({"return", "enter", "leave", "cross", "pass", "go", "travel",
                              "visit", "resume", "reach", "come", "move", "exit"})
STATE_DOERS = frozenset({"government", "authorities", "junta", "army", "military", "police",
                         "ministry", "regime", "administration", "state", "guards", "troops",
                         "forces", "rebels", "militants", "militia"})


# what carries people or relief over a line without a verb of going: 'let the convoy into'
ACROSS = frozenset({"into", "through", "across", "past", "in"})


def permission_given(verb) -> bool:
    """'Authorities in Kabul allowed 600 families to return', 'Israel let 40 aid trucks
    enter': a state or a force letting people or relief across its line concedes; 'the
    rules allow investors to enter the market' or 'the coach let the players go' do not."""
    if _lemma(verb) not in ("allow", "permit", "let"):
        return False
    # "allowed 600 families to return", "hundreds of refugees were allowed to return"
    objs = [x for o in _children(verb, "dobj", "nsubjpass") for x in (o, *_pobjs(o, ("of",)))]
    # the parser may hang 'to return' on a relative clause inside the object ('families
    # who had fled to Pakistan to return'): any to-infinitive under the verb counts
    acts = _children(verb, "xcomp", "ccomp") + [
        x for x in verb.subtree if x.i > verb.i and x.pos_ in ("VERB", "AUX")
        and any(a.lower_ == "to" for a in _children(x, "aux"))]
    # "let a Red Cross convoy into the besieged town", "allowed aid trucks through": the
    # way in or across told by a preposition or particle alone, the verb of going unsaid
    across = [p for o in [verb, *objs] for p in o.children if p.lower_ in ACROSS and (
        p.dep_ in ("prep", "prt", "advmod"))]
    if not across and not any(_lemma(x) in COMING_AND_GOING for x in acts):
        return False
    if not any(_lower_words(o) & LET_THROUGH for o in objs + [
            s for x in acts for s in _children(x, "nsubj")]):
        return False
    # a passive's 'by' may hang on the act let ('were allowed to return ... by the army')
    doers = _subjects(verb) + _agents(verb) + ([a for x in acts for a in _agents(x) + _pobjs(
        x, ("by",))] if _children(verb, "nsubjpass") else [])
    return any(d.ent_type_ in ("GPE", "NORP") or _lower_words(d) & STATE_DOERS for d in doers)


# Nouns of a person or a body that share a trigger verb's stem: no act
PARTY_NOUNS = frozenset({"opposition", "prosecution", "administration", "organisation",
                         "organization", "position", "station", "resistance", "settlement",
                         "government", "establishment", "ratings", "denomination"})


def derived_sense(word: str, contextual: frozenset[str]) -> lex.NounSense | None:
    """'the impoundment of', 'the confiscation of', 'the annexation of': a noun made from a
    trigger verb by -ment, -ation, -ition, -ion, -sion, -ure or -al ('the dispersal of')
    names that verb's act when the verb's one sense needs no context to hold (as
    event_derive.gerund_sense does for '-ing')."""
    if word in PARTY_NOUNS or len(word) < 7:
        return None
    stems = []
    if word.endswith("ment"):
        stems = [word[:-4]]
    elif word.endswith("ification"):
        stems = [word[:-9] + "ify"]
    elif word.endswith("ation"):
        stems = [word[:-5] + "ate", word[:-5], word[:-5] + "e", word[:-5] + "ize"]
    elif word.endswith("ion"):
        stems = [word[:-3] + "e", word[:-3]]
    if word.endswith(("sion", "ure", "al")):
        # "the dispersal of protesters by police", "its disavowal of the deal"
        stems += [v for v in verb_stems(word) if v not in stems]
    for verb in stems:
        if verb in contextual:
            return None
        senses = lex.senses(verb)
        if len(senses) == 1 and senses[0].objs is None and not (
                senses[0].prt or senses[0].prep or senses[0].no_obj or senses[0].needs_agent):
            patient = senses[0].type in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION")
            return lex.NounSense(senses[0].type, of_role="target",
                                 poss_role="target" if patient else "actor",
                                 preps=frozenset({"of", "by"}))
    return None


def may_be_derived(low: str) -> bool:
    """The cheap test before any parse: a word that may be a trigger verb's noun."""
    return len(low) >= 7 and low.endswith(("ment", "ion")) and low not in PARTY_NOUNS


# Craft and forces whose trailing of another's ship or plane is a show of force
SHADOWERS = lex.TROOPS | lex.WEAPONS | frozenset({
    "warship", "warships", "frigate", "frigates", "destroyer", "destroyers", "corvette",
    "corvettes", "submarine", "submarines", "gunboat", "gunboats", "navy", "navies", "jets",
    "jet", "warplanes", "warplane", "bombers", "drones", "cutter", "cutters"})


def armed_shadow(verb) -> bool:
    """'Egyptian warships shadowed a Turkish survey vessel' shows force; 'the trainee
    shadowed a surgeon' and 'a detective tailed the suspect' do not."""
    return any(_lower_words(d) & SHADOWERS for d in _subjects(verb) + _agents(verb))


# Modifiers that make 'support' material help; verbs that give or show support as an act
AID_MODIFIERS = frozenset({"military", "financial", "economic", "humanitarian",
                           "logistical", "material", "logistic", "air", "medical"})
SUPPORT_LIGHT = frozenset({"voice", "express", "pledge", "declare", "offer", "show",
                           "reiterate", "signal", "throw", "give", "lend"})


def support_noun(tok, make):
    """'military support' is aid; 'voiced support for X' and 'threw its support behind X'
    are support; bare 'support' is too vague to code. ``make`` builds the candidate
    (events.Candidate)."""
    from .event_context import _light_verb
    if _lower_words(tok) & AID_MODIFIERS:
        return make(tok, "AID", "noun")
    verb = _light_verb(tok)
    if verb is None and tok.dep_ == "dobj" and _lemma(tok.head) in SUPPORT_LIGHT:
        verb = tok.head  # 'threw', 'lent': verbs that give support but carry no other noun
    if verb is None and tok.dep_ == "nsubj" and any(
            t.lower_ in ("percent", "%", "per") for t in tok.head.subtree if not tok.is_ancestor(t)):
        return None  # "support for the party stood at 41 percent": a poll's share
    if (verb is not None and _lemma(verb) in SUPPORT_LIGHT) or any(
            p.lower_ in ("for", "behind") for h in (tok, verb) if h is not None
            for p in _children(h, "prep")):
        return make(tok, "SUPPORT", "noun")
    return None


# Rule by decree over a country: a state of emergency or siege, martial law, declared or
# imposed, is coercion in the codebook; one declared for a flood or a fire is relief
EMERGENCY_VERBS = frozenset({"declare", "impose", "proclaim", "extend", "announce", "enforce"})


def emergency_rule(tok) -> bool:
    """'declared a state of emergency in the northern provinces', 'imposed martial law':
    the head noun ('state', 'law') with its kind and a verb that puts it in force."""
    low = tok.lower_
    if low == "state":
        kinds = {w for o in _pobjs(tok, ("of",)) for w in _lower_words(o)}
        if not kinds & {"emergency", "siege"}:
            return False
    elif low == "law":
        if not any(m.lower_ == "martial" for m in _children(tok, "amod", "compound")):
            return False
    else:
        return False
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or _lemma(verb) not in EMERGENCY_VERBS:
        return False
    # "after the floods", "over the wildfires": a disaster's emergency coerces no one
    return not any(t.lemma_.lower() in lex.ACCIDENTS or t.lower_ in lex.ACCIDENTS
                   for t in tok.sent)


# Cases brought at law against a party: 'opened a criminal case against', 'brought
# proceedings against', 'filed a suit against' accuse it, as 'sued' does
LEGAL_ACTIONS = frozenset({"case", "cases", "proceedings", "suit", "suits"})
BRINGING = frozenset({"open", "file", "bring", "launch", "initiate", "lodge", "start",
                      "institute"})


def case_against(tok) -> bool:
    verb = tok.head if tok.dep_ == "dobj" else None
    if verb is None or _lemma(verb) not in BRINGING:
        return False
    return bool(_pobjs(tok, ("against",)) or _pobjs(verb, ("against",)))


# A sentence passed by a court is coercion, as the verb 'sentenced' is
PASSING = frozenset({"hand", "pass", "impose", "issue", "deliver", "give", "mete"})


def sentence_passed(tok) -> bool:
    """'handed down a death sentence to the rebel commander', 'passed prison sentences on
    six activists'; 'the sentences handed to them' (a measure named, not passed) is not."""
    if tok.lower_ not in ("sentence", "sentences") or tok.dep_ != "dobj":
        return False
    return _lemma(tok.head) in PASSING


# People other than envoys given a deadline to leave are driven out (COERCE), as envoys
# given one are expelled (SANCTION, events._envoy_given_notice)
DRIVEN_OUT = lex.REFUGEES | frozenset({"foreigners", "nationals", "citizens", "workers",
                                       "journalists", "reporters", "correspondents",
                                       "aid", "staff", "residents",
                                       "families", "observers", "monitors"})


def people_given_notice(leave) -> bool:
    """'gave Afghan refugees a 30-day deadline to leave the country', 'ordered foreign
    journalists to leave within 48 hours', 'journalists were given 48 hours to leave'."""
    head = leave.head
    if leave.dep_ not in ("advcl", "xcomp", "relcl", "acl") or _lemma(head) not in (
            "give", "order", "tell", "grant", "deadline"):
        return False
    giver = head.head if head.lower_ in ("deadline", "hours", "days") else head
    # "foreign journalists were given 48 hours to leave": the passive's subject
    people = _children(giver, "dobj", "dative") + (
        _children(giver, "nsubjpass") if _is_passive(giver) else [])
    return _lemma(giver) in ("give", "order", "tell", "grant") and any(
        _lower_words(p) & DRIVEN_OUT for p in people)


# Who campaign or press demands by gathering: their rally is a protest without a modifier
RALLIERS = lex.WORKERS | frozenset({
    "farmers", "students", "activists", "campaigners", "protesters", "demonstrators",
    "teachers", "doctors", "nurses", "unions", "union", "truckers", "fishermen", "veterans",
    "pensioners", "villagers", "residents"})


def rally_by_campaigners(noun) -> bool:
    """'Thousands of farmers held a tractor rally outside parliament': a rally a light
    verb's doers hold, when they are people who press demands (a candidate's supporters
    holding a rally campaign, they do not protest)."""
    from .event_context import _light_verb
    verb = _light_verb(noun)
    if verb is None:
        return False
    doers = [x for s in _subjects(verb) for x in (s, *_pobjs(s, ("of",)))]
    return any(_lower_words(d) & RALLIERS for d in doers)


def forces_alerted(verb) -> bool:
    """'North Korea raised the alert level of its frontline units': a state or a force
    raising its readiness mobilises; a weather office raising a heat alert does not."""
    doers = _subjects(verb) + _agents(verb)
    held = [x for o in _children(verb, "dobj") for p in _pobjs(o, ("of",)) for x in (p,)]
    return any(d.ent_type_ in ("GPE", "NORP") or _lower_words(d) & ARMED_BODIES
               for d in doers) or any(_lower_words(h) & ARMED_BODIES for h in held)


def armed_crossing(verb) -> bool:
    """'Turkish troops crossed into northern Syria in pursuit of Kurdish fighters': a force
    crossing into another's ground attacks it; refugees or a storm crossing into it do not."""
    return any(_lower_words(d) & (ARMED_BODIES | SHADOWERS) - {"forces"} or d.lower_ == "forces"
               for d in _subjects(verb))


# holders of force whose blockade is a restriction on others, not a protest
STATE_POWERS = frozenset({"government", "authorities", "police", "army", "military", "troops",
                          "soldiers", "regime", "ministry", "junta", "censors", "regulator",
                          # "the navy blockaded Ukrainian ports": a state's force at sea
                          "navy", "navies", "coastguard", "fleet", "warships", "forces",
                          "marines", "gendarmes", "gendarmerie"})


def state_blocks(c) -> bool:
    """'The Tajik authorities have blocked access to two websites': a road or access shut
    by the state is coercion of those shut out; so is one shut by armed men ('Separatist
    fighters blockaded the road', 'armed men blockaded the highway'), who hold it by force;
    protesters blocking a road protest."""
    if c.kind != "verb" or _lemma(c.tok) not in ("block", "blockade", "shut", "close"):
        return False
    return bool(c.actors) and all(a.lower_ in STATE_POWERS or a.ent_type_ == "GPE"
                                  or _lower_words(a) & ARMED_HOLDERS
                                  or _state_craft(a) for a in c.actors)


def _state_craft(a) -> bool:
    """'the Chinese coast guard', 'coast guard vessels', 'naval ships': a state's force at
    sea ('fishing boats' blockading a port protest)."""
    words = _lower_words(a)
    return a.lower_ == "guard" and "coast" in words or a.lower_ in (
        "vessels", "vessel", "ships", "ship", "boats", "cutters") and bool(
        words & {"guard", "navy", "naval", "military", "coastguard", "patrol"})


# who holds ground by force of arms: fighters, gunmen, militias, and men called 'armed'
ARMED_HOLDERS = lex.COMBATANTS | frozenset({"armed"})


def people_blockade(c) -> bool:
    """A blockade by people with no power of state (truckers, farmers, fishermen) is their
    protest, as their verb 'blockaded' is; a state's or an army's blockade coerces."""
    if people_block(c):
        return True  # "Protesters blocked aid convoys"
    if c.kind != "noun" or c.tok.lower_ not in ("blockade", "blockades") or not c.actors:
        return False
    return all(a.pos_ == "NOUN" and not a.ent_type_ and a.lower_ not in STATE_POWERS
               | lex.TROOPS | lex.COMBATANTS | lex.DELIBERATE for a in c.actors)


# bodies of a state that may cut its ties with others: their boycott is a sanction
STATE_BODIES = frozenset({"government", "authorities", "regime", "ministry", "junta",
                          "administration", "cabinet", "kingdom", "republic"})
# names of states, beside what NER calls GPE (a title-case headline may call 'Jordan' a
# person): the countries the demonym table knows
STATE_NAMES = frozenset(n.lower() for n in DEMONYMS.values())


def state_boycott(c) -> bool:
    """'Jordan boycotts Arab summit', 'the government will boycott the talks': a state
    staying away cuts its relations (the codebook's SANCTION); parties, unions, lawyers or a
    football federation boycotting are protesting (PROTEST)."""
    if _lemma(c.tok) != "boycott" and c.tok.lower_ not in ("boycott", "boycotts"):
        return False
    return bool(c.actors) and all(
        a.ent_type_ == "GPE" or a.lower_ in STATE_BODIES or a.lower_ in STATE_NAMES
        for a in c.actors)


# ---------------------------------------------------------------- session 14 constructions

# A verb's good offices: hosting or brokering talks between others, offered to them.
GOOD_OFFICES = frozenset({"host", "mediate", "broker", "facilitate"})


def good_offices_offered(verb) -> bool:
    """'Norway offered to host talks between the government and the opposition', 'offered
    to mediate': a party offering to bring others together backs their settlement
    (SUPPORT); 'the museum offered to host an exhibition' brings no parties together."""
    if _lemma(verb) != "offer":
        return False
    for x in _children(verb, "xcomp"):
        if _lemma(x) not in GOOD_OFFICES or not any(a.lower_ == "to" for a in _children(x, "aux")):
            continue
        # the tagger may read 'host' after 'to' as a noun: its object is then its dobj still
        objs = through_partitive(_children(x, "dobj"))  # 'the next round of talks'
        if _lemma(x) != "host" or any(_lower_words(o) & lex.HOSTED for o in objs):
            return True
    return False


# Nouns of consent that a giving verb grants ('gave the green light to', 'the go-ahead for')
CONSENTS = frozenset({"light", "go-ahead", "nod"})
GIVING = frozenset({"give", "grant"})


def consent_given(noun) -> bool:
    """'gave the green light to the sale of 40 jets to Turkey', 'granted the go-ahead for
    the transfer of patrol boats to the Philippine navy': consent to an act that reaches a
    country or a state's body is agreement (AGREE); a council's green light to a stadium,
    or a board's to a sale to a fund, names no state."""
    word = noun.lower_
    if word not in CONSENTS or word == "light" and not any(
            m.lower_ == "green" for m in _children(noun, "amod", "compound")):
        return False
    if noun.dep_ != "dobj" or _lemma(noun.head) not in GIVING:
        return False
    return bool(consent_parties(noun))


def consent_parties(noun) -> list:
    """Who the consented act reaches: 'to the sale of jets to Turkey' -> Turkey; 'to
    Ankara's purchase of' -> Ankara; a state given the consent itself stays it."""
    verb = noun.head
    acts = [o for h in (noun, verb) for o in _pobjs(h, ("to", "for"))]
    out = []
    for act in acts:
        inner = [p for o in _pobjs(act, ("of",)) + [act] for p in _pobjs(o, ("to", "for"))]
        inner += [p for p in _children(act, "poss")]
        # a state, or a body of one ('the Philippine navy'); a firm bought from is trade
        out += [p for p in inner + [act] if p.ent_type_ in ("GPE", "NORP") or any(
            m.ent_type_ in ("GPE", "NORP") for m in _children(p, "amod", "compound"))]
    return out[:1]


# Nouns that bundle an act's goods: 'a military aid package', 'a new sanctions package'
BUNDLES = frozenset({"package", "packages", "tranche", "tranches"})
BUNDLED = {"aid": "AID", "assistance": "AID", "relief": "AID", "arms": "AID",
           "weapons": "AID", "sanctions": "SANCTION", "sanction": "SANCTION"}


def bundle_type(noun) -> str | None:
    """'a $1.2 billion military aid package for Ukraine', 'the EU's 14th sanctions package
    against Russia': the bundle is the act its modifying noun names; 'a stimulus package',
    'a pay package' name none."""
    if noun.lower_ not in BUNDLES:
        return None
    types = {BUNDLED[m.lower_] for m in _children(noun, "compound") if m.lower_ in BUNDLED}
    return types.pop() if len(types) == 1 else None


def held_marks(obj) -> set[str]:
    """The captivity a participle after an object tells: the participle and its own object
    ('held hostage' -> held, hostage). The parser hangs the participle on the object
    ('acl') or, misreading a reduced relative, makes the object its subject."""
    parts = [a for a in _children(obj, "acl") if a.tag_ == "VBN"]
    if obj.dep_ == "nsubj" and obj.head.tag_ in ("VBN", "VBD") and obj.head.i == obj.i + 1:
        parts.append(obj.head)
    words = set()
    for p in parts:
        # things are held too ('reports held back', 'funds held in escrow'): 'held' says
        # captive only with 'hostage', 'captive' or 'prisoner' after it
        how = {x.lower_ for x in _children(p, "dobj", "oprd", "attr", "xcomp", "advmod")}
        if p.lower_ in HELD_MARKS and (p.lower_ != "held" or how & HELD_AS):
            words.add(p.lower_)
    # "freed four lorry drivers they had held for seven months", "the sailors it seized in
    # May": a relative clause whose doer took or kept the object (its gap) names captives;
    # 'held' only for a span of time, as funds are held too ('the reserves it holds')
    # (the head alone: 'lorry drivers' are people, 'the lorries it had held' are not)
    goods = {obj.lower_, obj.lemma_.lower()} & (lex.ASSETS | lex.AID_GOODS | lex.VEHICLES
                                                  | HOLDINGS)
    for r in [] if goods or obj.ent_type_ == "MONEY" else _children(obj, "relcl"):
        if _children(r, "dobj", "nsubjpass", "auxpass") or not _children(r, "nsubj"):
            continue
        if _lemma(r) in TAKING_CAPTIVE or _lemma(r) == "hold" and any(
                _is_time(o) for p in _children(r, "prep") if p.lower_ in ("for", "since")
                for o in _children(p, "pobj")):
            words.add("held")
    return words


# Things kept in store, never captives: 'released the reserves it had held for years'
HOLDINGS = frozenset({"reserve", "reserves", "stock", "stocks", "stockpile", "stockpiles",
                      "document", "documents", "files", "records", "data", "land", "shares",
                      "stake", "stakes", "gold", "cash", "water", "ground", "seat", "seats"})
# Verbs of taking or keeping someone captive, read in a relative clause on the one taken
TAKING_CAPTIVE = frozenset({"kidnap", "abduct", "detain", "seize", "capture", "jail",
                            "imprison", "arrest", "snatch"})


HELD_AS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"})


# What flows between states: its sender or receiver is the party a cut or a curb hits
FLOWS = frozenset({"imports", "exports", "shipments", "supplies", "deliveries", "electricity",
                   "gas", "oil", "power", "fuel", "flights", "trade"})


def flow_parties(target) -> list:
    """'would cut off electricity exports to Benin', 'halted gas supplies to Moldova': the
    state a flow runs to or from is the party hit, not the flow (a name there is a place
    or a party, whatever the small model's NER calls it: it read 'Benin' as a person)."""
    if target.lower_ not in FLOWS:
        return []
    return [p for p in _pobjs(target, ("to", "from")) if p.ent_type_ in ("GPE", "NORP")
            or p.pos_ == "PROPN"]


# prepositions that make a bare 'the war' a span of time ('before the war', 'since the war')
TIME_PREPS = frozenset({"before", "after", "since", "during", "until", "till"})


def war_as_time(tok) -> bool:
    """'had 280,000 residents before the war', 'since the war': a bare war in a phrase of
    time dates something else; it reports no new happening."""
    return tok.lower_ in ("war", "wars") and tok.dep_ == "pobj" and (
        tok.head.lower_ in TIME_PREPS) and all(k.dep_ == "det" for k in tok.children)


# ---------------------------------------------------------------- moved from events.py
# (session 14, to keep events.py under its size: verbs read only in a construction)

def told_to_act(verb) -> bool:
    """'China told Japan to withdraw its objections': a party told to do something is asked
    to, as 'urged' or 'ordered' would say; 'told reporters that' only reports."""
    return bool(_children(verb, "dobj")) and any(
        x.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in _children(x, "aux"))
        for x in _children(verb, "xcomp", "ccomp"))


def state_recognised(noun) -> bool:
    """"Azerbaijan's recognition of the new Syrian government", 'the recognition of Palestine
    by Spain': recognising a state or a government takes its side (SUPPORT, as the verb
    'recognise' with such an object); 'recognition of his work' is praise, no event."""
    if noun.lower_ not in ("recognition", "recognitions"):
        return False
    return any(_lower_words(o) & lex.STATEHOOD or o.ent_type_ == "GPE"
               for o in _pobjs(noun, ("of",)))


def pressed_to_act(verb) -> bool:
    """'pressed Beijing to open its markets', 'pushed Serbia to recognise Kosovo': a party
    pressed to do something is asked to (the parser may read the infinitive as a purpose
    clause; then the object must be a party: 'pressed the button to open it' asks nothing)."""
    if told_to_act(verb):
        return True
    return any(_party(o) for o in _children(verb, "dobj")) and any(
        x.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in _children(x, "aux"))
        for x in _children(verb, "advcl"))


def named_body_left(verb) -> bool:
    """'the junta was quitting the Economic Community of West African States': a body named
    in full is left as a member leaves it, whatever its name's head word; a person leaving
    a firm or a club by name is a career move, so a doer named as a person is not."""
    if any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i") for s in _subjects(verb)):
        return False
    return any(o.ent_type_ == "ORG" and o.pos_ == "PROPN" and not _lower_words(o) & (
        COMPANY | lex.MEDIA_OUTLETS) for o in _children(verb, "dobj"))


# bodies whose members are states ('the African Union suspended Niger')
STATE_CLUBS = frozenset({"union", "bloc", "commonwealth", "community", "league", "alliance",
                         "organisation", "organization", "council", "assembly", "ecowas",
                         "sadc", "asean", "nato", "opec", "mercosur"})


def member_suspended(verb) -> bool:
    """'The African Union suspended Niger after the coup', 'ECOWAS suspends Mali': a body of
    states suspending a named state suspends its membership (SANCTION, as 'suspended Guinea
    from the bloc'); 'suspended the striker' or 'suspended Smith' is no state."""
    if _lemma(verb) != "suspend":
        return False
    if not any(o.ent_type_ == "GPE" or o.pos_ == "PROPN" and is_country(" ".join(
            t.text for t in o.subtree if t.pos_ == "PROPN" and t.i <= o.i))
            for o in _children(verb, "dobj")):
        return False  # (the small model may call 'Niger' a body, 'Mali' a person)
    return any(s.is_upper and len(s) > 2 or _lower_words(s) & STATE_CLUBS
               for s in _subjects(verb))
