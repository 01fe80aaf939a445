"""Finds PLOVER events (who did what to whom, where, when, how surely) in a parsed article;
reads the spaCy doc, entities/coref, timexes and quotes of earlier stages.

Steps: (1) triggers — verbs and event nouns from plover_lexicon with their sense constraints
(particles, prepositions, object classes, modifiers); (2) arguments from the dependency
parse — subject or "by" agent -> actors, object / passive subject / "on X" -> targets, with
passives, relative pronouns, control verbs, light verbs ("imposed sanctions on X") and the
"of"/possessor of event nouns handled; (3) an event noun that only names the means of a verb
event of the same type ("killed by a U.S. drone strike") is folded into it, its modifiers
("U.S.") becoming actors; (4) argument tokens become entity ids through coref; (5) location
= a GPE/LOC/FAC in a locative phrase, date = a timex attached to the trigger or its noun
phrase (no timex -> None), factuality and source from factuality.py; (6) mentions of one
happening point at its most informative mention (``same_as``, event_merge.py). A title-case
headline is read from a sentence-case re-parse of its line (event_headlines.py), with the
article's character offsets kept. The argument shapes of step (2) and the folding of (3)
live in event_args.py, the sense tests of (1) in event_refine.py, the long tail of (1) read
from constructions (light verbs, particles, derived nouns) in event_light.py, steps (4)-(5)
and the unparsed languages' events in event_resolve.py.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, LEMMA, LOWER

from ..records import Event, Quote, Span
from . import plover_lexicon as lex
from .coref import Coref
from .event_domain import agree_strikes, armed_doer, off_topic
from .event_senses import (JOINT, figurative_object, inside_pledge, pledged_gift,
                           protesters_gather, relief_arrives, thrown_at)
from .event_derive import derived_noun
from .event_merge import link_events
from .event_light import (LEGAL_ACTIONS, LEVIES_LAID, STATE_POWERS, case_against,
                          emergency_rule, levied_on_foreign, people_blockade, people_given_notice,
                          rally_by_campaigners, sentence_passed, state_blocks, state_boycott,
                          state_recognised, support_noun, warned_party)
from .event_light import (bundle_type, consent_given, consent_parties, flow_parties,
                          good_offices_offered, held_marks, member_suspended,
                          named_body_left, pressed_to_act,
                          told_to_act, war_as_time)
# (_expand stays importable from here: tests/events_eval.py reads events._expand)
from .event_hosting import host_as_actor
from .event_pronouns import QUANTIFIERS as _QUANTIFIERS, antecedent
from .event_curbs import GATHERED, RESTRICTING_NOUNS, curbs_on_gatherings, restricted_gathering
from .event_args import (ORGANISING, SYMMETRIC, _absorb, _expand, _hyphenated,
                         _modifier_actors, _noun_args, _parties, _pinned_party,
                         _split_parties, _verb_args, arg_heads, raid_armed)
from .event_targets import (_beneficiaries, _helped_places, _mobilized_against,
                            goods_origin, held_places, mission_party, _retreat_targets, in_protest_targets, protest_host, recipients)
from .plover_senses import CUT_LINKS, LINK_CUTTING, PRESSING, RESCUERS
from .event_transfer import GEAR, gear_sent, ground_retreat, offered_to
from .event_context import particle_after, prefixed_piece
from .event_context import (CARRIERS, DRILLS, _agents, _dateline, GATHER_VERBS, PROTEST_AIMS,
                            QUANTITY, _children, _subjects, _clause_in_amod, _drill_type,
                            _lemma, _light_verb, _lower_words, _objects, _party, _pobjs,
                            _someone_asks, _formal_complaint, _is_passive, _is_time, kids)
from .event_refine import (LINK_HEADS, _labour_context, _names_threat, _protest_purpose,
                           _refine_verb, _taken_ground, _verbal)
from .event_headlines import headline_lines, recased_lines, sentence_case
from .event_headlines import may_hold_event, unparsed_headline_verb
from .event_resolve import _date, _has_agent, _resolve, _timex_anchor, foreign_events, phrases
from .factuality import assess, crosses_block
from .pipeline import State, stage

PLACE_TYPES = ("GPE", "LOC", "FAC")
THEM_HEADS = _QUANTIFIERS | {"them"}  # (cheap gate before event_pronouns.antecedent)
# Hostile acts two sides do to each other: 'X and Y clashed' codes X on Y.
MUTUAL = frozenset({"exchange", "clash", "skirmish", "trade"})
CYBER_MODS = frozenset({"cyber", "hacking", "ransomware", "malware", "phishing", "ddos"})
RHETORICAL = frozenset({"personal", "verbal", "political", "rhetorical", "partisan",
                        "negative", "ad", "scathing", "blistering", "withering", "public"})


@dataclass
class Candidate:
    """A trigger with the tokens heading its arguments, before entity resolution."""

    tok: object
    type: str
    kind: str  # "verb" | "noun"
    needs_agent: bool = False
    actors: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    places: list = field(default_factory=list)
    hosts: list = field(default_factory=list)  # tokens whose timexes date the event
    absorbed: list = field(default_factory=list)
    start: int | None = None  # where a hyphenated trigger ('sit-in') begins, if earlier

    @property
    def span(self) -> Span:
        return Span(self.start if self.start is not None else self.tok.idx,
                    self.tok.idx + len(self.tok.text))


# ---------------------------------------------------------------- triggers


def _sense_holds(tok, sense: lex.Sense) -> bool:
    if sense.prt and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == sense.prt
                             for c in kids(tok)) and not particle_after(tok, sense.prt):
        return False
    if sense.prep:
        # "fired 600 staff on Wednesday": a day is no target the preposition marks
        # "walked away from the bloc", "hit out at": the preposition may hang on the particle
        heads = [tok] + [c for c in kids(tok) if sense.prt and c.lower_ == sense.prt]
        preps = [c for h in heads for c in kids(h) if c.dep_ in ("prep", "dative", "agent")
                 and c.lower_ == sense.prep and not _only_time(c)]
        if not preps and sense.prep == "of":
            # "stripped 135 prisoners of their citizenship": 'of' hung on the object
            preps = [c for o in _children(tok, "dobj") for c in _children(o, "prep")
                     if c.lower_ == "of"]
        if not preps and sense.prep == "to" and sense.pobjs is not None and any(
                x.lower_ in sense.pobjs and _children(x, "aux") for x in _children(tok, "xcomp")):
            return True  # "took Brussels to task": the parser read 'to task' as an infinitive
        if not preps and sense.prep == "to" and sense.objs is not None:
            # "attributed the sabotage of a power line to Russian intelligence": the parser
            # may hang the verb's 'to' low, inside its object
            preps = [x for o in _children(tok, "dobj") for x in o.subtree
                     if x.dep_ == "prep" and x.lower_ == "to" and x.i > o.i]
        if not preps:
            return False
        pobjs = [x for p in preps for o in _children(p, "pobj") for x in (o, *o.conjuncts)]
        if sense.pobjs is not None and not any(_obj_words(o) & sense.pobjs for o in pobjs) \
                and not (sense.prep == "with" and _state_given(tok)):
            return False
    if sense.no_obj and _children(tok, "dobj"):
        return False
    if not sense.not_objs and sense.objs is None:
        return True  # no object class to check: the objects need not be found
    objs = _objects(tok) or _clause_read_objects(tok)
    if sense.not_objs and any(figurative_object(o, sense.not_objs) and not _named_target(o)
                              for o in objs) and not (
            sense.type == "ASSAULT" and armed_doer(tok)):  # a missile hits no figure of speech
        return False
    if sense.objs is not None:
        # "quit the G5 Sahel regional force": the noun apposed to a name says what it is
        if not any(_obj_words(o) & sense.objs for o in objs + [
                c for o in objs for c in (*o.conjuncts, *_children(o, "appos"))]):
            return False
    return True


def _clause_read_objects(tok) -> list:
    """'reached a six-month ceasefire deal': a determined noun after the verb that the parser
    made a clause of its own, though it has no subject or auxiliary to be one."""
    # (the tagger may call the noun a present-tense verb, 'deal' read as VBP)
    return [c for c in _children(tok, "ccomp") if c.tag_ in ("NN", "NNS", "VB", "VBP")
            and c.i > tok.i
            and any(x.dep_ == "det" for x in c.subtree if x.i < c.i)
            and not _children(c, "nsubj", "nsubjpass", "aux", "auxpass")]


def _state_given(tok) -> bool:
    """'will provide Tonga with engineers': a state given something with 'with' is helped,
    whatever the goods are ('provided investors with an update' gives no party anything)."""
    objs = _children(tok, "dobj")
    if any(o.ent_type_ in ("GPE", "NORP") for o in objs):
        return True
    # the small model may tag a country as an organisation; a state giving to a name still is
    return any(o.pos_ == "PROPN" for o in objs) and any(
        s.ent_type_ in ("GPE", "NORP") for s in _children(tok, "nsubj"))


def _only_time(prep) -> bool:
    objs = _children(prep, "pobj")
    return bool(objs) and all(_is_time(o) for o in objs)


def _named_target(obj) -> bool:
    """'struck Hamas targets': targets of a named party are places hit, not goals met."""
    return obj.lower_ in ("target", "targets") and any(
        m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "ORG", "GPE") for m in obj.children
        if m.dep_ in ("compound", "amod", "poss", "nmod"))


def _obj_words(obj) -> set[str]:
    """Words an object-class check may match: the head and its modifiers, the class of a
    named person, and the kind named after 'of' ('the state of emergency')."""
    ante = antecedent(obj) if obj.lower_ in THEM_HEADS else None
    if ante is not None:
        obj = ante  # "freed all of them": the captives the sentence named before
    words = _lower_words(obj) | held_marks(obj)
    if obj.ent_type_ == "PERSON":
        words |= lex.PERSON
    if obj.ent_type_ == "MONEY" or obj.lower_ in lex.CURRENCIES:
        words |= lex.MONEY
    if obj.lower_ in ("state", "imposition", "regime", "policy", "system", "credentials",
                      "activities", "activity", "operations"):
        words |= {w for o in _pobjs(obj, ("of",)) for w in _lower_words(o)}
    if obj.lower_ in ("plan", "plans"):
        words |= {w for o in _pobjs(obj, ("for",)) for w in _lower_words(o)}  # plans for a summit
    if obj.lower_ in ("head", "chief", "director", "representative"):
        words |= {t.lower_ for o in _pobjs(obj, ("of",)) for t in o.subtree}  # 'the UN agency'
    if obj.pos_ in ("NUM", "SYM") or obj.lower_ in lex.MEASURES | CARRIERS | QUANTITY:
        # "$90 million in fuel grants", "a package of military aid"
        words |= {w for o in _pobjs(obj, ("in", "of", "worth")) for w in _lower_words(o)}
    return words


def _verb_trigger(tok) -> Candidate | None:
    if (not (tok.pos_ == "VERB" or _verb_in_noun_slot(tok)) or _mistagged_noun(tok) or tok.dep_ ==
            "compound" or tok.dep_ == "amod" and not _clause_in_amod(tok)) and not (
            tok.dep_ == "amod" and prefixed_piece(tok) is not None):  # 're-established ties'
        return None
    if _lemma(tok) == "tell" and not told_to_act(tok):
        return None  # "told reporters that": speech, not a demand
    word, start = _hyphenated(tok)
    if word.startswith("test-") and lex.senses(_lemma(tok)):
        # "test-fired two missiles": a weapons test shows force, it hits no one
        return Candidate(tok, "MOBILIZE", "verb", start=start)
    for sense in lex.senses(_lemma(tok)):
        if sense.type == "REQUEST" and sense.prep is None and sense.prt is None and (
                _lemma(tok) in PRESSING and not pressed_to_act(tok)):
            continue  # "pressed the button": only a party pressed to act is asked
        if _sense_holds(tok, sense):
            type_ = _refine_verb(tok, sense.type)
            if type_ == "PROTEST" and sense.type == "ASSAULT" and armed_doer(tok):
                type_ = "ASSAULT"  # "rocket fire struck a kibbutz, wounding farm workers"
            if type_ == "MOBILIZE" and (_arms_to_a_state(tok) or gear_sent(tok)):
                type_ = "AID"  # "will send a further batch of F-16 jets to Ukraine"
            if type_ == "CONCEDE" and ground_retreat(tok):
                type_ = "RETREAT"  # "fighters handed over the port of Kismayo to troops"
            if type_ == "ASSAULT" and _lemma(tok) == "come" and not _armed_fire(tok):
                type_ = "ACCUSE"  # "the minister came under fire from critics": words
            if type_ == "RETREAT" and _lemma(tok) == "leave" and _envoy_given_notice(tok):
                type_ = "SANCTION"  # "gave the French ambassador 72 hours to leave"
            elif type_ == "RETREAT" and _lemma(tok) == "leave" and people_given_notice(tok):
                type_ = "COERCE"  # "gave Afghan refugees a 30-day deadline to leave"
            if type_:  # a verb after 're-' spans the whole word
                # (a vague blow read as a protest, 'burned effigies', has its crowd as doer)
                return Candidate(tok, type_, "verb", sense.needs_agent and not (
                    type_ == "PROTEST" and sense.type == "ASSAULT"),
                                 start=start if prefixed_piece(tok) is not None else None)
    if _lemma(tok) == "leave" and _envoy_given_notice(tok):
        return Candidate(tok, "SANCTION", "verb")  # "gave the ambassador 48 hours to leave"
    if member_suspended(tok):
        return Candidate(tok, "SANCTION", "verb")  # "The African Union suspended Niger"
    if _lemma(tok) in ("quit", "leave", "exit") and named_body_left(tok):
        return Candidate(tok, "RETREAT", "verb")
    if good_offices_offered(tok) or offered_to(tok):
        return Candidate(tok, "SUPPORT", "verb")  # "offered to host talks", "to send troops to"
    if gear_sent(tok):
        return Candidate(tok, "AID", "verb")  # "will send three patrol boats to Latvia"
    if _lemma(tok) in GATHER_VERBS and any(_lemma(x) in PROTEST_AIMS for x in _children(
            tok, "xcomp", "advcl")) or protesters_gather(tok):
        return Candidate(tok, "PROTEST", "verb")  # "rallied in Tel Aviv to demand a deal"
    return Candidate(tok, "AID", "verb") if relief_arrives(tok) else None  # "a convoy ... reached"


# who is sent stays the sender's force (a deployment); what is sent alone is handed over
PERSONNEL = lex.TROOPS - lex.AID_GOODS - {"aircraft", "helicopters", "fighter", "fighters",
                                          "battery", "batteries", "bomber", "bombers"} | {
    "advisers", "advisors", "instructors", "trainers", "commandos", "commando", "group"}


def _arms_to_a_state(verb) -> bool:
    """'sent F-16 jets to Ukraine' is military aid; 'sent troops to Latvia' or 'carriers to
    the eastern Mediterranean' a deployment: hardware with no one to man it, for a state."""
    if _lemma(verb) not in ("send", "ship", "supply", "transfer"):
        return False
    words = {w for o in _objects(verb) for x in (o, *o.conjuncts) for w in _obj_words(x)}
    return bool(words & lex.TROOPS) and not words & PERSONNEL and any(
        o.ent_type_ in ("GPE", "NORP") for o in _pobjs(verb, ("to",)))


def _armed_fire(verb) -> bool:
    """'came under fire from al-Shabaab fighters' is shooting; 'came under fire from
    critics' is criticism: armed attackers, or a force, a convoy or a place as the one hit,
    make it shooting; an office holder or a policy hit makes it words."""
    fire = _pobjs(verb, ("under",))
    attackers = [o for x in (verb, *fire) for o in _pobjs(x, ("from", "by"))]
    if any(_lower_words(a) & ARMED_FIRE for a in attackers):
        return True
    hit = [w for s in _subjects(verb) for w in _lower_words(s)]
    if any(w in ARMED_FIRE | SHOT_AT | lex.CIVILIANS | lex.TERRITORY for w in hit):
        return True
    if any(w in lex.DIGNITARIES | OFFICES for w in hit):
        return False
    return any(a.pos_ == "PROPN" and a.ent_type_ != "PERSON" for a in attackers)


# those who shoot, and those shot at, when something 'comes under fire'
ARMED_FIRE = lex.TROOPS | lex.COMBATANTS | lex.WEAPONS | lex.MUNITIONS | frozenset({
    "gunmen", "militiamen", "snipers", "bandits", "pirates", "jets", "drones", "peacekeepers"})
SHOT_AT = frozenset({"convoy", "convoys", "patrol", "patrols", "vehicle", "vehicles", "ship",
                     "ships", "helicopter", "aircraft", "checkpoint", "post", "camp"})
# holders of office and their acts, whose coming 'under fire' is criticism
OFFICES = frozenset({"minister", "president", "government", "coach", "chief", "mayor",
                     "party", "plan", "policy", "bill", "company", "board", "decision"})


def _envoy_given_notice(tok) -> bool:
    """'gave the ambassador 72 hours to leave', 'ordered the envoy to leave': a deadline
    to go set for a diplomat is an expulsion."""
    head = tok.head
    if tok.dep_ in ("advcl", "xcomp", "relcl", "acl") and _lemma(head) in (
            "give", "order", "tell", "ask", "grant") and _names_envoy(head):
        return True
    # the parser may hang "to leave" on the hours given rather than on the verb
    return tok.dep_ == "relcl" and _lemma(head.head) in ("give", "grant") and _names_envoy(
        head.head)


def _names_envoy(verb) -> bool:
    # "the ambassador was given 72 hours to leave": the passive's subject got the notice
    return any(_lower_words(o) & lex.SENT_OUT for o in _children(verb, "dobj", "dative") + (
        _children(verb, "nsubjpass") if _is_passive(verb) else []))


def _pressing_act(tok) -> Candidate | None:
    """'Students chained themselves to the gates to demand free tuition': whatever people
    without power do to press a demand is their protest; found from the purpose verb, as
    the act's own verb may be any verb at all."""
    verb = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or verb.pos_ != "VERB" or not _protest_purpose(verb):
        return None
    if lex.senses(_lemma(verb)) or not any(_lower_words(s) & CAMPAIGNERS
                                           for s in _subjects(verb)):
        return None  # a trigger of its own is read by its own senses
    return Candidate(verb, "PROTEST", "verb")


# People who press demands on those in power.
CAMPAIGNERS = lex.PEOPLE | lex.WORKERS | frozenset({
    "activists", "campaigners", "protesters", "demonstrators", "farmers", "students",
    "environmentalists", "unionists", "strikers", "residents", "villagers"})


def _verb_in_noun_slot(tok) -> bool:
    """A 'noun' the parser gave a subject or an object ('Kenyan police arrest dozens',
    'Hundreds rally in Tbilisi'): headline present tense the tagger read as a noun."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("ROOT", "conj") and any(
        c.dep_ in ("nsubj", "dobj") for c in tok.children)


def _mistagged_noun(tok) -> bool:
    """A present-tense 'verb' in a noun's slot ('held joint drills', 'the deal between X
    and Y took effect'): the tagger misread a plural or compound noun."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    # "imposed asset freezes": the plural read as a clause whose subject is its modifier
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or (
        tok.dep_ == "ccomp" and tok.nbor(-1).dep_ == "nsubj" and tok.nbor(-1).pos_ == "NOUN"
        and _lemma(tok.head) in lex.LIGHT_VERBS)


def _noun_trigger(tok, headline: bool) -> Candidate | None:
    if tok.pos_ not in ("NOUN", "PROPN") and not _mistagged_noun(tok) or tok.dep_ == "compound":
        return None
    if tok.pos_ == "PROPN" and not headline:
        return None
    if not tok.is_lower and not headline and not tok.is_sent_start:
        return None  # "March", "Strike Force": names, not events
    word, start = _hyphenated(tok)
    if word == "support":
        return support_noun(tok, Candidate)
    if word == "recognition" and state_recognised(tok):
        return Candidate(tok, "SUPPORT", "noun")  # "recognition of the new government"
    if word in RESTRICTING_NOUNS and curbs_on_gatherings(tok):
        return Candidate(tok, "COERCE", "noun")  # "imposed curbs on street protests"
    if word in GATHERED and restricted_gathering(tok):
        return None  # "banned rallies near parliament": a gathering forbidden, none held
    if consent_given(tok):
        return Candidate(tok, "AGREE", "noun")  # "gave the green light to the sale of"
    if inside_pledge(tok):
        return None  # "a pledge of $40 million in flood aid": the pledge is the event
    bundle = "AID" if pledged_gift(tok) else bundle_type(tok)
    if bundle is not None:
        return Candidate(tok, bundle, "noun")  # "a military aid package for Ukraine"
    if word in LEVIES_LAID and levied_on_foreign(tok):
        return Candidate(tok, "SANCTION", "noun")  # "slapped a surtax on Chinese-made cars"
    if emergency_rule(tok) or sentence_passed(tok):
        return Candidate(tok, "COERCE", "noun")  # "declared a state of emergency", "a sentence"
    if word in LEGAL_ACTIONS and case_against(tok):
        return Candidate(tok, "ACCUSE", "noun")  # "opened a criminal case against"
    if word == "aids":
        return None  # "hearing aids", "teaching aids": help given is a mass noun, devices count
    sense = lex.noun_sense(word) or (lex.noun_sense(tok.lemma_.lower()) if start == tok.idx
                                     else None) or derived_noun(tok, word)
    if sense is None:
        return None
    mods = _lower_words(tok) | {t.lower_ for t in tok.subtree if t.i < tok.i}
    if word in lex.TESTS or word in ("freeze", "freezes", "parade", "parades"):
        # "the test-firing of a new ballistic missile", "Britain's freeze of the oligarch's
        # assets", "a parade of speedboats": what is tested, frozen or shown follows 'of'
        mods |= {w for o in _pobjs(tok, ("of",)) for w in _lower_words(o)}
    if word in ("parade", "parades") and _light_verb(tok) is not None:
        mods |= {w for s in _subjects(_light_verb(tok)) for w in _lower_words(s)}  # the stager
    drill = _drill_type(tok, mods) if word in DRILLS else None
    if drill is not None:
        return Candidate(tok, drill, "noun")
    if sense.mods is not None and not mods & sense.mods and not (
            sense.type == "PROTEST" and (_organised_by_people(tok) or not word.startswith(
                "vigil") and rally_by_campaigners(tok))):
        # "joint air force drills": the modifier may sit on a compound
        sense = lex.ALT_NOUNS.get(word)
        if sense is None or not mods & sense.mods:
            return None
    if word in ("war", "wars") and ((mods | {o.lower_ for o in _pobjs(tok, ("on", "over"))})
                                    & lex.FIGURATIVE_WAR or tok.dep_ == "pobj"
                                    and tok.head.lower_ == "of" and tok.head.head.lower_
                                    in lex.OF_WAR):
        return None  # "a price war", "the war on inflation", "prisoners of war"
    if sense.preps is not None and _light_verb(tok) is None and not any(
            p.lower_ in sense.preps for p in _children(tok, "prep")):
        return None
    if word in ("call", "calls") and mods & lex.CALLS:  # a phone call is talk, no demand
        return Candidate(tok, "CONSULT", "noun") if _pobjs(tok, ("with", "between")) else None
    if word in ("calls", "call", "demand", "demands") and not _someone_asks(tok):
        return None
    if word == "damage" and _lower_words(tok) & lex.FIGURATIVE_DAMAGE:
        return None
    if word in ("threat", "threats") and not _threat_by_someone(tok):
        return None
    if word in ("warning", "warnings") and not (_threat_by_someone(tok) and (
            _names_threat(tok) or warned_party(tok))):
        return None  # "issued a warning that it would attack", not "a storm warning"
    if word == "release" and not any(_lower_words(o) & lex.CAPTIVES
                                     for p in _children(tok, "prep") for o in _children(p, "pobj")):
        return None
    type_ = sense.type
    light = _light_verb(tok)
    if word in lex.TRUCES and ("unilateral" in mods or light is not None and _lemma(light) in (
            "declare", "announce", "observe", "call")):
        type_ = "CONCEDE"  # a truce one side declares is a concession, not an agreement
    if type_ == "PROTEST" and word in ("protest", "protests") and _formal_complaint(tok):
        type_ = "ACCUSE"
    if word in ("attack", "attacks") and _lower_words(tok) & lex.BODILY_ATTACKS:
        return None  # "heart attacks", "a shark attack"
    if word in ("attack", "attacks") and _lower_words(tok) & CYBER_MODS:
        type_ = "COERCE"  # "a cyber attack on the railway": coercion, as 'cyberattack' is
    if word in ("evacuation", "evacuations") and any(
            _lower_words(o) & lex.CIVILIANS for o in _pobjs(tok, ("of",))):
        return None  # "the evacuation of 3,000 residents": people saved, no force withdrawn
    if word in ("war", "wars") and tok.dep_ == "pobj" and tok.head.lower_ in (
            "by", "from", "of") and not any(True for _ in tok.children):
        return None  # "a family torn apart by war": war in general, no happening
    if war_as_time(tok):
        return None  # "had 280,000 residents before the war": a time, no new happening
    if word in ("strike", "strikes") and _lower_words(tok) & lex.NATURAL_STRIKES:
        return None  # "a bird strike", "a lightning strike": nobody struck
    if word == "recall" and not any(o.lower_ in lex.DIPLOMATS for o in _pobjs(tok, ("of",))):
        return None  # "the recall of 2 million cars"
    if word in ("seizure", "seizures") and any(_taken_ground(o) for o in _pobjs(tok, ("of",))):
        return Candidate(tok, "ASSAULT", "noun")  # "the seizure of the airport", as the verb
    if word in ("charges", "charge") and not (_pobjs(tok, ("against",)) and _light_verb(tok)):
        return None  # "filed charges against X" accuses; "faces charges" is the accused's
    if word in ("ban", "bans") and (mods & lex.SANCTION_BANS or any(
            _lower_words(o) & TRADED for o in _pobjs(tok, ("on",)))):
        type_ = "SANCTION"  # "a travel ban", "its ban on exports of dual-use goods"
    if word in ("expulsion", "expulsions") and _people_expelled(tok):
        type_ = "COERCE"  # "the expulsion of an imam", as 'expelled an imam' is
    if word in ("strike", "strikes") and _labour_context(tok):
        type_ = "PROTEST"
    elif word in ("raid", "raids") and (_lower_words(tok) & lex.MILITARY_MODS or raid_armed(tok)):
        type_ = "ASSAULT"
    elif word in ("attack", "attacks", "assault", "war") and (
            _lower_words(tok) & RHETORICAL or _verbal(tok, _pobjs(tok, ("on", "against")))
            or any(o.lemma_ == "word" for o in _pobjs(tok, ("of",)))):
        type_ = "ACCUSE"  # "personal attacks on a former Miss Universe", "a war of words"
    return Candidate(tok, type_, "noun", sense.needs_agent,
                     start=start if start != tok.idx else None)


def _people_expelled(noun) -> bool:
    """'ordered the expulsion of an imam': people who are no envoys, sent out as the verb
    'expel' codes them; a state expelled from a body or a diplomat stays a sanction."""
    of = [x for o in _pobjs(noun, ("of",)) for x in (o, *o.conjuncts)]
    return bool(of) and not any(
        _lower_words(o) & lex.SENT_OUT or o.ent_type_ in ("GPE", "ORG", "NORP")
        and o.pos_ == "PROPN" for o in of)


# what a ban 'on' cuts off between states
TRADED = lex.SANCTION_BANS | frozenset({"exports", "imports", "flights", "shipments", "sales"})


def _organised_by_people(noun) -> bool:
    """'A rally planned by farmers', 'a march organised by students': a gathering people
    organise is a protest with no modifier saying so ('a rally led by bank shares' is not);
    so is one held to make a demand ('will hold a rally to press for his release')."""
    if any(_lemma(v) in ORGANISING and any(
            a.lower_ in lex.PEOPLE | lex.WORKERS or a.ent_type_ in ("ORG", "NORP")
            for a in _agents(v)) for v in _children(noun, "acl")):
        return True
    light = _light_verb(noun)
    return any(_lemma(x) in PROTEST_AIMS and any(a.lower_ == "to" for a in _children(x, "aux"))
               for h in (noun, light) if h is not None
               for x in _children(h, "advcl", "xcomp", "acl", "relcl"))


def _threat_by_someone(tok) -> bool:
    """'Iran's threats', 'threats against the judge', 'issued a threat': someone threatens.
    'Climate change is a threat', 'the threat of war', 'pose a threat': a danger, no act."""
    if _children(tok, "poss") or _pobjs(tok, ("by", "from", "against")):
        return True
    if any(m.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for m in _modifier_actors(tok)):
        return True
    verb = _light_verb(tok)
    return verb is not None and _lemma(verb) in ("issue", "make", "level", "repeat", "renew",
                                                 "carry", "send", "deliver", "voice")


def find_triggers(doc) -> list[Candidate]:
    """Every event trigger in the doc, in text order, with its PLOVER category. Computed
    once per doc (events and framing both ask) and kept in ``doc.user_data``."""
    key = "newsprism.triggers"
    if key not in doc.user_data:
        found = sorted(_scan_triggers(doc), key=lambda c: c.tok.i)
        doc.user_data[key] = [(c.tok.i, c.type, c.kind, c.needs_agent, c.start)
                              for c in agree_strikes(found)]
    return [Candidate(doc[i], type_, kind, needs, start=start)
            for i, type_, kind, needs, start in doc.user_data[key]]


def _scan_triggers(doc):
    lines = None  # Doc.text is rebuilt on each call: read it only if a capital needs it
    strings = doc.vocab.strings
    # after a hyphen ('build-up', 'sit-in') or 'joint' ('joint monitoring': event_senses)
    opens = {strings.add("-"), *(strings.add(w) for w in JOINT)}
    # read off arrays so that only the few candidate words become Token objects
    rows = doc.to_array([LOWER, LEMMA, IS_ALPHA]).tolist()
    may = lex._MAY_TRIGGER
    for i, (low, lemma, alpha) in enumerate(rows):
        after_dash = i > 0 and rows[i - 1][0] in opens
        if not alpha and "-" not in strings[low]:
            continue
        known = may.get((low, lemma))  # the lexicon's answer, cached per word (below)
        if not (known if known is not None else lex.may_trigger(strings, low, lemma)) \
                and not after_dash:
            continue
        tok = doc[i]
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
            continue  # the first piece of a hyphenated word; its head carries it
        headline = False
        if not tok.is_lower:
            lines = headline_lines(doc) if lines is None else lines
            headline = any(a <= tok.idx < b for a, b in lines)
        cand = _verb_trigger(tok) or _noun_trigger(tok, headline)
        if cand is not None:
            yield cand
        if _lemma(tok) in PROTEST_AIMS:
            act = _pressing_act(tok)
            if act is not None:
                yield act


# ---------------------------------------------------------------- arguments


def find_candidates(doc) -> list[Candidate]:
    """Triggers with their argument tokens, means-nouns folded into their events; a
    title-case headline's come from its sentence-case re-parse (see _headline_candidates)."""
    lines = recased_lines(doc)
    cands = [c for c in find_triggers(doc) if not any(a <= c.tok.idx < b for a, b in lines)]
    cands = _with_args(cands)
    for a, b in lines:
        cands += _headline_candidates(doc, a, b)
    cands = [c for c in cands if not off_topic(c)]
    return sorted(cands, key=lambda c: c.tok.idx) if lines else cands


def _protest_acts(cands: list[Candidate]) -> list[Candidate]:
    """A bare 'in protest' makes the verb it qualifies the protest ('shut their stores in
    protest at new levies'), unless that verb is an event of its own."""
    taken = {c.tok.i for c in cands}
    out = []
    for c in cands:
        verb = protest_host(c.tok) if c.kind == "noun" and c.type == "PROTEST" else None
        if verb is None or verb.i in taken:
            out.append(c)
        else:
            out.append(Candidate(verb, "PROTEST", "verb", absorbed=[c.tok]))
    return out


def _with_args(cands: list[Candidate]) -> list[Candidate]:
    cands = _protest_acts(cands)
    for c in cands:
        (_verb_args if c.kind == "verb" else _noun_args)(c)
        host = protest_host(c.absorbed[0]) if c.kind == "verb" and c.absorbed else None
        if host is not None and host.i == c.tok.i:
            c.targets = in_protest_targets(c.absorbed[0])
        if not any(not _is_time(a) for a in c.actors):  # "Friday's cyberattack": a day
            c.actors += _pinned_party(c.tok)
    for c in cands:
        # "freed all of them": the target is whom 'them' stands for
        c.targets = [antecedent(t) or t if t.lower_ in THEM_HEADS else t for t in c.targets]
        # "granted asylum to two deserters": a 'to' the parser made the dative stands for
        # its object
        c.targets = [x for t in c.targets for x in (
            _children(t, "pobj") if t.dep_ == "dative" and t.pos_ == "ADP" else [t])]
        c.targets = _parties(thrown_at(c), c.type, c.type in ("REJECT", "ACCUSE", "SUPPORT")
                             or c.tok.lemma_ == "accept")
        if c.type == "SUPPORT" and c.kind == "verb":
            c.targets = offered_to(c.tok) or c.targets  # "offered to send engineers to Moldova"
        # a parse that glues a headline to the next paragraph must not lend it arguments
        for role in ("actors", "targets", "places"):
            setattr(c, role, [t for t in getattr(c, role) if not crosses_block(t, c.tok)])
        # "ANKARA, May 4 — Two reporters were detained by gendarmes": the parser may make
        # the dateline's place a passive subject; where a story was filed is no party
        c.targets = [t for t in c.targets if not (_dateline(t, c.tok) and (
            t.is_upper or t.ent_type_ in ("GPE", "DATE")))]
    cands = host_as_actor(_absorb(cands))  # ruling 13: the host acts, the parties meet
    _harm_by_the_attack(cands)
    for c in cands:
        if c.kind == "noun" and c.type == "AGREE" and consent_given(c.tok):
            c.targets = consent_parties(c.tok)  # 'the green light to the sale of jets to X'
        if c.type != "AID":  # (aid's recipients are read by _beneficiaries)
            c.targets = [x for t in c.targets for x in flow_parties(t) or [t]]
        if c.type == "COERCE" and people_blockade(c):
            c.type = "PROTEST"  # "Polish truckers ended their blockade of border crossings"
        # "staged a sit-in on the quay", "blockaded the highway": ground a protest stands on
        # or a place blocked or occupied is the act's place (event_targets.held_places)
        c.targets = [t for t in held_places(c.targets) if not (c.type == "PROTEST" and _ground_stood_on(t))]
        if c.type == "PROTEST" and state_boycott(c):
            c.type = "SANCTION"  # "Jordan boycotts Arab summit": a state cuts ties
        if c.type == "PROTEST" and state_blocks(c):
            c.type = "COERCE"
            # 'blocked access to two websites': those shut out are the target
            c.targets = [x for t in c.targets for x in (
                _pobjs(t, ("to",)) if t.lower_ == "access" else ()) or [t]]
        if c.type == "COERCE" and _lemma(c.tok) in LINK_CUTTING:
            # "could cut internet nationwide": the link cut is the means, no party
            c.targets = [t for t in c.targets if t.lower_ not in CUT_LINKS | LINK_HEADS]
        # a folded-in subject is the act itself ('ceasefire agreed between X and Y'), no
        # party; a folded-in object stays what was accepted ('accepted the proposal')
        c.targets = [t for t in c.targets if t not in c.absorbed or t.dep_ != "nsubj"]
        # "a spokesman for the Chinese embassy denounced": a mouthpiece acts for the body
        # it speaks for, the party the codebook codes
        c.actors = [next(iter(_pobjs(a, ("for", "of"))), a) if a.lower_ in MOUTHPIECES
                    else a for a in c.actors]
        if c.type == "AID":
            # "sent firefighters and two aircraft to help Bolivia": who and what is sent
            # is the aid, not its recipient
            c.targets = [t for t in c.targets if not (t.dep_ == "dobj" and _lower_words(t) & (
                lex.TROOPS | RESCUERS | lex.AID_GOODS | GEAR))]
            if _lemma(c.tok) == "escort":  # an escort's object is who is protected
                c.targets = c.targets or _children(c.tok, "dobj")
            if not any(map(_party, c.targets)):
                c.targets += _beneficiaries(c)
            c.targets += [p for p in _helped_places(c.targets) if p not in c.targets]
        if c.type in ("CONCEDE", "SANCTION") and c.kind == "verb" and not any(
                map(_party, c.targets)):
            # "handed power back to a civilian government", "could suspend budget support
            # worth 200 million euros to Niger": the party given to, or no longer given to
            c.targets += recipients(c.tok)
        origin = goods_origin(c, c.tok if c.kind == "verb" else _light_verb(c.tok))
        if origin:
            c.targets = origin  # "tariffs on barley from Australia": Australia bears them
        c.targets = mission_party(c) or c.targets  # "closed its embassy in Belarus"
        if c.type == "MOBILIZE":
            c.targets = _mobilized_against(c)
        elif c.type == "RETREAT":
            c.targets = _retreat_targets(c)
        # after _parties: "signed a pact" names no counterpart, "coordinate their arms
        # purchases" only a topic
        if any(t.lower_ == "other" and any(d.lower_ in ("each", "one") for d in t.children)
               or t.lower_ == "another" for t in c.targets):
            # "Moscow and Kyiv accused each other": each is the other's target
            each = [t for t in c.targets if t.lower_ in ("other", "another")]
            c.targets = [t for t in c.targets if t.lower_ not in ("other", "another")]
            _split_parties(c)
            # "Both sides accused each other": one plural party, no second to split off;
            # its members are each other's target
            c.targets = c.targets or each
        elif (c.type in SYMMETRIC or _lemma(c.tok) in MUTUAL or c.kind == "noun" and _lemma(
                _light_verb(c.tok) or c.tok) in MUTUAL) and not any(
                _party(t) and not _is_time(t) for t in c.targets) and (
                c.kind == "verb" or _light_verb(c.tok) is not None
                or _pobjs(c.tok, ("between",))):
            _split_parties(c)  # "India and Pakistan hold talks" as "X and Y talked"
    return cands


# those who speak for a body: the body is the party ('a spokesman for the embassy')
MOUTHPIECES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                         "spokesmen", "spokeswomen", "mouthpiece"})

# open ground people gather on: a protest 'on' it stands there, aimed at no one
GROUND = frozenset({"quay", "quays", "quayside", "street", "streets", "square", "squares",
                    "road", "roads", "highway", "motorway", "bridge", "steps", "pavement",
                    "lawn", "lawns", "avenue", "boulevard", "campus", "beach", "pier",
                    "dock", "docks", "waterfront", "tarmac", "runway", "plaza", "green"})


def _harm_by_the_attack(cands: list[Candidate]) -> None:
    """'Three aid workers were killed when their convoy was ambushed by gunmen': a passive
    harm with no doer of its own is done by whoever did the attack its 'when' / 'as' clause
    tells (one happening, told twice)."""
    attacks = {c.tok.i: c for c in cands if c.type == "ASSAULT" and c.kind == "verb" and c.actors}
    if not attacks:
        return
    for c in cands:
        if c.type != "ASSAULT" or c.kind != "verb" or c.actors or not _is_passive(c.tok):
            continue
        for a in _children(c.tok, "advcl"):
            if a.i in attacks and a.i != c.tok.i and any(
                    m.lower_ in ("when", "as", "after") for m in _children(a, "mark", "advmod")):
                c.actors = list(attacks[a.i].actors)


def _ground_stood_on(t) -> bool:
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "along", "across") and (
        t.lower_ in GROUND) and not t.ent_type_


# ---------------------------------------------------------------- headlines


PATIENT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "AID", "ACCUSE",
                           "REJECT", "SUPPORT", "THREATEN"})


def _headline_passive(c: Candidate) -> bool:
    """A headline's past form with a subject and no object or auxiliary is a passive
    ('Opposition Leader Arrested In Osla'): its subject underwent the act."""
    tok = c.tok
    return (c.kind == "verb" and c.type in PATIENT_TYPES and tok.tag_ in ("VBD", "VBN")
            and bool(_children(tok, "nsubj")) and not _children(tok, "dobj", "aux", "auxpass",
                                                                   "dative", "ccomp", "xcomp")
            and not any(p.lower_ == "with" for p in _children(tok, "prep")))


def _misread_headline_verb(recased, a: int, b: int):
    """The headline's verb the sentence-case parse read as a noun ('Marvia rejects calls
    for talks': 'rejects' the subject of 'calls'; 'Okonkwo arrests rival militia chief'):
    a lexicon verb's present form right after the opening name, not parsed as the verb."""
    toks = [t for t in recased if a <= t.idx < b and not t.is_space]
    for n, t in enumerate(toks[1:], 1):
        low = t.lower_
        stems = (low[:-1], low[:-2]) if low.endswith("s") else (low,) if n == 1 else ()
        if toks[n - 1].pos_ not in ("NOUN", "PROPN", "ADJ", "INTJ") or not any(
                x in lex.VERBS for x in stems):
            continue
        # a verb in a noun's slot was misread; 'Kyiv hit by drones' (a participle) was not
        return t if t.pos_ != "VERB" or t.dep_ in ("nsubj", "nsubjpass", "compound", "amod",
                                                   "dobj", "pobj", "appos") else None
    return None


def _acting_noun(recased, verb) -> Candidate | None:
    """'Dockworkers' Walkout Halts Exports': an event noun right before a headline verb
    the parse misread is that verb's subject, the headline's event; the noun before it
    is its doer."""
    if verb.i < 1:
        return None
    noun = recased[verb.i - 1]
    if not lex.bare_event_noun(noun.lower_) or noun.dep_ not in ("compound", "nsubj", "poss"):
        return None
    doers = [x for x in recased[max(0, noun.i - 3):noun.i] if x.pos_ in ("NOUN", "PROPN")]
    type_ = lex.noun_sense(noun.lower_).type
    if noun.lower_ in ("strike", "strikes") and any(
            _lower_words(d) & (lex.WORKERS | lex.LABOUR) for d in doers):
        type_ = "PROTEST"  # "Dockers' Strike Halts Exports"
    if type_ == "COERCE" and doers and not _lower_words(doers[-1]) & STATE_POWERS and (
            _lower_words(doers[-1]) & (lex.WORKERS | lex.PEOPLE)):
        type_ = "PROTEST"  # "Farmers' Blockade Halts Traffic": people blocking protest
    return Candidate(noun, type_, "noun", actors=doers[-1:], hosts=[noun, verb])


# sentence-cased headlines already parsed, by (offset, text): copies of one story carry the
# same headline (syndicated wire copy, an article analysed again), and its parse is the
# dearest step of the stage; a parse depends on its text alone, so a copy's is the same
_RECASED: OrderedDict[tuple[int, str], object] = OrderedDict()
_RECASED_SIZE = 256
_RECASED_LOCK = threading.Lock()


def _recased_parse(a: int, text: str):
    """The parse of a sentence-cased headline padded to start at character ``a`` (None when
    no word of it could be a trigger), from the cache when that line was parsed before."""
    from . import nlp as _nlp
    key = (a, text)
    with _RECASED_LOCK:
        if key in _RECASED:
            _RECASED.move_to_end(key)
            return _RECASED[key]
    nlp = _nlp.load("en")
    recased = None
    if may_hold_event(nlp, text):  # else no word of it could be a trigger: no re-parse
        recased = nlp.make_doc(" " * a + text)
        recased.user_data["newsprism.recased"] = True
        for _, proc in nlp.pipeline:
            recased = proc(recased)
    with _RECASED_LOCK:
        _RECASED[key] = recased
        if len(_RECASED) > _RECASED_SIZE:
            _RECASED.popitem(last=False)
    return recased


def clear_headline_cache() -> None:
    """Forgets every cached headline parse (a benchmark pass that must pay for each one)."""
    with _RECASED_LOCK:
        _RECASED.clear()


def prime_headlines(docs) -> None:
    """Parses the sentence-cased headlines of a batch of parsed English docs in one
    ``nlp.pipe`` call and keeps them for _headline_candidates: a line parsed in a batch gets
    the annotations a parse of its own gives it (checked on 108 headlines) at about half the
    cost. For a caller holding a batch (the pipeline after its spaCy step); optional."""
    from . import nlp as _nlp
    nlp = _nlp.load("en")
    todo: dict[tuple[int, str], str] = {}
    for doc in docs:
        for a, b in recased_lines(doc):
            text = sentence_case(doc, a, b)
            if (a, text) not in _RECASED and may_hold_event(nlp, text):
                todo[a, text] = " " * a + text
    parsed = list(nlp.pipe(todo.values(), batch_size=16))
    with _RECASED_LOCK:
        for key, recased in zip(todo, parsed):
            recased.user_data["newsprism.recased"] = True
            _RECASED[key] = recased
        while len(_RECASED) > _RECASED_SIZE:
            _RECASED.popitem(last=False)


def _headline_candidates(doc, a: int, b: int) -> list[Candidate]:
    """Candidates of the headline at characters [a, b), found in a parse of its sentence-
    case form; that Doc is padded so its character offsets are the article's own."""
    key = ("newsprism.recased", a)
    if key not in doc.user_data:
        doc.user_data[key] = _recased_parse(a, sentence_case(doc, a, b))
    recased = doc.user_data[key]
    if recased is None:
        return []
    cands = _headline_events(recased, a, b)
    pair = _comma_pair(recased, a, b)
    for c in cands if pair is not None else ():
        first, second, verb = pair
        if verb is not c.tok and verb not in c.hosts and (
                c.kind != "noun" or _light_verb(c.tok) is not verb):
            continue
        # "Kenya, Somalia Sign Extradition Treaty": headlines write 'X and Y' as 'X, Y'
        if c.type in SYMMETRIC or _lemma(verb) in MUTUAL:
            c.actors, c.targets = [first], [second]  # as 'X and Y signed' reads
        else:
            c.actors = [first, second]
    return cands


def _comma_pair(recased, a: int, b: int):
    """'Kenya, Somalia Sign ...', 'Modi, Lula Hold Talks': a headline opening with two
    names split by a comma (the headline's 'and'); (first, second, the word after)."""
    toks = [t for t in recased if a <= t.idx < b and not t.is_space]
    if len(toks) < 4 or toks[1].text != "," or toks[0].pos_ != "PROPN":
        return None
    j = 2
    while j < len(toks) - 1 and toks[j].pos_ == "PROPN" and toks[j].is_title:
        j += 1
    if j == 2 or toks[j].is_punct:
        return None
    return toks[0], toks[j - 1], toks[j]


def _headline_events(recased, a: int, b: int) -> list[Candidate]:
    """The candidates of a sentence-cased headline parse, the misread verb read back."""
    cands = [c for c in find_candidates(recased) if a <= c.tok.idx < b]
    for c in cands:
        if _headline_passive(c):
            # "Journalist Detained After Covering Protest": headlines drop 'was'
            c.targets, c.actors = c.actors + c.targets, (_agents(c.tok)
                                                         or _pobjs(c.tok, ("by",)))
    misread = _misread_headline_verb(recased, a, b)
    act = _acting_noun(recased, misread) if misread is not None else None
    if act is not None and not any(c.tok.i == act.tok.i for c in cands):
        # "Teachers' Boycott Halts Exams": the noun before the misread verb is the event
        return [c for c in cands if c.tok.i != misread.i] + [act]
    if misread is None and any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in recased
                               if a <= t.idx < b):
        return cands
    taken = {c.tok.i for c in cands} - ({misread.i} if misread is not None else set())
    spec = unparsed_headline_verb(recased, a, b, taken)
    if spec is None or misread is not None and spec[0].i != misread.i:
        return cands
    tok, type_, needs, actors, targets, places = spec
    if type_ == "MOBILIZE":
        # "Junta Deploys Troops Around ...": the force moved is no target, as in a sentence
        targets = [t for t in targets if not _lower_words(t) & lex.TROOPS]
    verb = Candidate(tok, type_, "verb", needs, actors=actors, targets=held_places(targets),
                     places=places, hosts=[tok])
    if verb.type == "PROTEST" and state_boycott(verb):
        verb.type = "SANCTION"  # as a sentence's (see _with_args)
    # "Police Arrest Opposition Leader in Midnight Raid": the raid is the arrest's
    # means, as _absorb folds it in a parsed sentence
    means = [c for c in cands if c.kind == "noun" and c.type == verb.type
             and c.tok.dep_ == "pobj" and c.tok.head.lower_ in ("in", "during", "by")]
    verb.absorbed += [c.tok for c in means]
    # a misread verb made others' doer ("Ferreira rejects calls to resign"): drop those
    return [c for c in cands if c not in means and c.tok not in verb.targets
            and c.tok.i != tok.i and tok.i not in {x.i for x in c.actors}] + [verb]
    return cands


# ---------------------------------------------------------------- records


def build_events(doc, coref: Coref, timexes=(), quotes: tuple[Quote, ...] = (),
                 blocks=()) -> list[Event]:
    """Event records for one parsed article."""
    cands = find_candidates(doc)
    anchors = []
    for tx in timexes:
        if tx.type not in ("DATE", "TIME"):
            continue  # "a day after" is a duration, not the day it happened
        a = _timex_anchor(doc, tx)
        if a is not None:
            anchors.append((a.i, tx))
    stop = {t.i for c in cands if c.tok.doc is doc for t in (c.tok, *c.absorbed)}
    events: list[Event] = []
    apart: dict[str, object] = {}  # event id -> trigger token of a re-parsed headline
    for c in cands:
        actors = _resolve(c.actors, coref, "actor", avoid=c.tok.idx,
                          exclude=(c.tok, *c.targets))
        if c.needs_agent and not _has_agent(c, actors):
            continue
        targets = tuple(t for t in _resolve(c.targets, coref, "target", avoid=c.tok.idx,
                                            exclude=(c.tok, *c.actors))
                        if t not in actors)
        # a re-parsed headline's tokens live in their own Doc: indices are not comparable
        own = c.tok.doc is doc
        places = _resolve([p for p in c.places if not own or p.i not in stop], coref, "place",
                          PLACE_TYPES)
        fact, source = assess(c.tok, quotes)
        events.append(Event(
            id=f"v{len(events) + 1}", type=c.type, trigger=c.span,
            actors=actors, targets=targets, location=places[0] if places else None,
            date=_date(c, anchors, stop) if own else None, factuality=fact, source=source))
        if not own:
            apart[events[-1].id] = c.tok
    return link_events(events, doc, blocks, apart)


@stage("events", requires=("doc", "blocks", "entities", "coref", "timexes", "published",
                 "quotes"),
       provides=("events",))
def events_stage(state: State) -> dict:
    v = state.values
    quotes = tuple(v.get("quotes", ()) or ())
    if not state.doc.has_annotation("DEP"):
        return {"events": foreign_events(state.doc, state.language, quotes)}
    coref = v.get("coref") or Coref(v.get("entities", ()) or ())
    last = state.doc[-1] if len(state.doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(state.text):
        headline_lines(state.doc, state.text)  # the article's string: no Doc.text rebuild
    return {"events": build_events(state.doc, coref, v.get("timexes", ()) or (),
                                   tuple(v.get("quotes", ()) or ()), v.get("blocks", ()) or ())}


__all__ = ["Candidate", "arg_heads", "build_events", "events_stage", "find_candidates",
           "find_triggers", "foreign_events", "phrases", "prime_headlines"]
