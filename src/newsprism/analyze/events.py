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
headline is read from a sentence-case re-parse of its line (event_context.py), with the
article's character offsets kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, LEMMA, LOWER

from ..records import Event, Quote, Span, Timex
from . import plover_lexicon as lex
from .coref import Coref
from .event_merge import link_events
from .event_context import (ASKINGS, CARRIERS, DRILLS, FORCES, GATHER_VERBS, PLACE_CLASS,
                            PROTEST_AIMS, QUANTITY, REFLEXIVES, _agents, _children, _clause_in_amod, _coordinated,
                            _dateline, _drill_type, _free_relative, _is_passive, _is_time,
                            _labour_context, _lemma, _light_verb, _lower_words, _names_threat,
                            _objects, _party, _pobjs, _refine_verb, _reported_doer,
                            _subjects, _verbal, _someone_asks, _formal_complaint, kids)
from .event_context import common as _common_word, headline_lines, recased_lines, sentence_case
from .event_context import unparsed_headline_verb
from .factuality import assess, crosses_block, quote_at
from .pipeline import State, stage

PLACE_TYPES = ("GPE", "LOC", "FAC")
# Verbs whose subject (or object) is the party an alleged act is pinned on.
PINNING = frozenset({"link", "accuse", "suspect", "blame", "tie", "connect", "implicate",
                     "charge", "convict", "attribute", "credit", "hold"})
AID_MODIFIERS = frozenset({"military", "financial", "economic", "humanitarian",
                           "logistical", "material", "logistic", "air", "medical"})
# Verbs whose reading _refine_verb decides from context; their gerunds stay unread.
CONTEXTUAL_VERBS = frozenset({"warn", "vow", "strike", "meet", "agree", "promise", "accept", "order",
                              "pledge", "capture", "attack", "fund", "finance"})
RHETORICAL = frozenset({"personal", "verbal", "political", "rhetorical", "partisan",
                        "negative", "ad", "scathing", "blistering", "withering", "public"})
SUPPORT_LIGHT = frozenset({"voice", "express", "pledge", "declare", "offer", "show",
                           "reiterate", "signal", "throw", "give", "lend"})
# Harm nouns whose "to" names what suffered it: "damage to the infrastructure".
HARM_TO = frozenset({"damage", "harm", "injury", "injuries"})
# Verbs saying where a thing stands: the place of an act on it.
SITING = frozenset({"build", "base", "locate", "station", "deploy", "establish", "construct",
                    "house", "store", "position", "situate", "install", "site"})
# Acts two parties do together: with no other party named, a second subject is the
# counterpart ("X and Y agreed" is coded like "the deal between X and Y").
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
NOUN_DATE_DEPS = frozenset({"prep", "pobj", "compound", "amod", "appos", "nummod",
                            "npadvmod", "nmod", "poss"})


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
                             for c in kids(tok)):
        return False
    if sense.prep:
        preps = [c for c in kids(tok)
                 if c.dep_ in ("prep", "dative", "agent") and c.lower_ == sense.prep]
        if not preps:
            return False
        if sense.pobjs is not None and not any(o.lower_ in sense.pobjs for p in preps
                                               for o in _children(p, "pobj")):
            return False
    objs = _objects(tok)
    if sense.no_obj and _children(tok, "dobj"):
        return False
    if any(_lower_words(o) & sense.not_objs for o in objs):
        return False
    if sense.objs is not None:
        if not any(_obj_words(o) & sense.objs for o in objs + [c for o in objs
                                                               for c in o.conjuncts]):
            return False
    return True


def _obj_words(obj) -> set[str]:
    """Words an object-class check may match: the head and its modifiers, the class of a
    named person, and the kind named after 'of' ('the state of emergency')."""
    words = _lower_words(obj)
    if obj.ent_type_ == "PERSON":
        words |= lex.PERSON
    if obj.ent_type_ == "MONEY" or obj.lower_ in lex.CURRENCIES:
        words |= lex.MONEY
    if obj.lower_ in ("state", "imposition", "regime", "policy", "system"):
        words |= {w for o in _pobjs(obj, ("of",)) for w in _lower_words(o)}
    if obj.pos_ in ("NUM", "SYM") or obj.lower_ in lex.MEASURES | CARRIERS | QUANTITY:
        # "$90 million in fuel grants", "a package of military aid"
        words |= {w for o in _pobjs(obj, ("in", "of", "worth")) for w in _lower_words(o)}
    return words


def _verb_trigger(tok) -> Candidate | None:
    if not (tok.pos_ == "VERB" or _verb_in_noun_slot(tok)) or _mistagged_noun(
            tok) or tok.dep_ == "compound" or (
            tok.dep_ == "amod" and not _clause_in_amod(tok)):
        return None
    word, start = _hyphenated(tok)
    if word.startswith("test-") and lex.senses(_lemma(tok)):
        # "test-fired two missiles": a weapons test shows force, it hits no one
        return Candidate(tok, "MOBILIZE", "verb", start=start)
    for sense in lex.senses(_lemma(tok)):
        if _sense_holds(tok, sense):
            type_ = _refine_verb(tok, sense.type)
            if type_:
                return Candidate(tok, type_, "verb", sense.needs_agent)
    if _lemma(tok) in GATHER_VERBS and any(_lemma(x) in PROTEST_AIMS for x in _children(
            tok, "xcomp", "advcl")):
        return Candidate(tok, "PROTEST", "verb")  # "rallied in Tel Aviv to demand a deal"
    return None


def _verb_in_noun_slot(tok) -> bool:
    """A 'noun' the parser gave a subject or an object ('Kenyan police arrest dozens',
    'Hundreds rally in Tbilisi'): headline present tense the tagger read as a noun."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("ROOT", "conj") and any(
        c.dep_ in ("nsubj", "dobj") for c in tok.children)


def _hyphenated(tok) -> tuple[str, int]:
    """A hyphenated word spaCy split into pieces ('build-up', 'sit-in'): its text, start."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-":
        return tok.lower_, tok.idx
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text.lower(), doc[i].idx


def _mistagged_noun(tok) -> bool:
    """A present-tense 'verb' in a noun's slot ('held joint drills', 'the deal between X
    and Y took effect'): the tagger misread a plural or compound noun."""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP") and tok.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj")


def _noun_trigger(tok, headline: bool) -> Candidate | None:
    if tok.pos_ not in ("NOUN", "PROPN") and not _mistagged_noun(tok) or tok.dep_ == "compound":
        return None
    if tok.pos_ == "PROPN" and not headline:
        return None
    if not tok.is_lower and not headline and not tok.is_sent_start:
        return None  # "March", "Strike Force": names, not events
    word, start = _hyphenated(tok)
    if word == "support":
        return _support_noun(tok)
    sense = lex.noun_sense(word) or (lex.noun_sense(tok.lemma_.lower()) if start == tok.idx
                                     else None) or _gerund_sense(word)
    if sense is None:
        return None
    mods = _lower_words(tok) | {t.lower_ for t in tok.subtree if t.i < tok.i}
    if word in lex.TESTS:
        # "the test-firing of a new ballistic missile": what is tested follows 'of'
        mods |= {w for o in _pobjs(tok, ("of",)) for w in _lower_words(o)}
    drill = _drill_type(tok, mods) if word in DRILLS else None
    if drill is not None:
        return Candidate(tok, drill, "noun")
    if sense.mods is not None and not mods & sense.mods:
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
    if word in ("calls", "call", "demand", "demands") and not _someone_asks(tok):
        return None
    if word == "damage" and _lower_words(tok) & lex.FIGURATIVE_DAMAGE:
        return None
    if word in ("threat", "threats") and not _threat_by_someone(tok):
        return None
    if word in ("warning", "warnings") and not (_threat_by_someone(tok) and _names_threat(tok)):
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
    if word in ("strike", "strikes") and _lower_words(tok) & lex.NATURAL_STRIKES:
        return None  # "a bird strike", "a lightning strike": nobody struck
    if word in ("charges", "charge") and not (_pobjs(tok, ("against",)) and _light_verb(tok)):
        return None  # "filed charges against X" accuses; "faces charges" is the accused's
    if word in ("strike", "strikes") and _labour_context(tok):
        type_ = "PROTEST"
    elif word in ("raid", "raids") and (_lower_words(tok) & lex.MILITARY_MODS):
        type_ = "ASSAULT"
    elif word in ("attack", "attacks", "assault", "war") and (
            _lower_words(tok) & RHETORICAL or _verbal(tok, _pobjs(tok, ("on", "against")))
            or any(o.lemma_ == "word" for o in _pobjs(tok, ("of",)))):
        type_ = "ACCUSE"  # "personal attacks on a former Miss Universe", "a war of words"
    return Candidate(tok, type_, "noun", sense.needs_agent,
                     start=start if start != tok.idx else None)


def _gerund_sense(word: str) -> lex.NounSense | None:
    """'the shelling', 'the looting', 'the kidnapping': a gerund used as a noun names the
    act of its verb, when that verb's sense needs no context to hold."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else None):
        if verb in CONTEXTUAL_VERBS:
            return None
        senses = lex.senses(verb) if verb else ()
        if len(senses) == 1 and senses[0].objs is None and not (
                senses[0].prt or senses[0].prep or senses[0].no_obj or senses[0].needs_agent):
            patient = senses[0].type in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION")
            return lex.NounSense(senses[0].type, of_role="target",
                                 poss_role="target" if patient else "actor")
    return None


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


def _support_noun(tok) -> Candidate | None:
    """'military support' is aid; 'voiced support for X' is support; bare 'support' is
    too vague to code."""
    if _lower_words(tok) & AID_MODIFIERS:
        return Candidate(tok, "AID", "noun")
    verb = _light_verb(tok)
    if (verb is not None and verb.lemma_.lower() in SUPPORT_LIGHT) or any(
            p.lower_ == "for" for p in _children(tok, "prep")):
        return Candidate(tok, "SUPPORT", "noun")
    return None


def find_triggers(doc) -> list[Candidate]:
    """Every event trigger in the doc, in text order, with its PLOVER category. Computed
    once per doc (events and framing both ask) and kept in ``doc.user_data``."""
    key = "newsprism.triggers"
    if key not in doc.user_data:
        doc.user_data[key] = [(c.tok.i, c.type, c.kind, c.needs_agent, c.start)
                              for c in _agree_strikes(list(_scan_triggers(doc)))]
    return [Candidate(doc[i], type_, kind, needs, start=start)
            for i, type_, kind, needs, start in doc.user_data[key]]


def _agree_strikes(cands: list[Candidate]) -> list[Candidate]:
    """A bare 'the strike' means what the article's explicit strikes mean: 'a 24-hour
    strike ... the strike cost millions' is a stoppage, 'a drone strike ... the strike
    hit a farmhouse' an attack."""
    strikes = [c for c in cands if c.type in ("ASSAULT", "PROTEST")
               and c.tok.lemma_.lower() == "strike"]
    explicit = {c.type for c in strikes if not _bare_strike(c.tok)}
    if not explicit and strikes:
        # an article about dockers' wages, not about weapons: its strikes stop work
        doc = strikes[0].tok.doc
        labour = sum(t.lower_ in lex.WORKERS or t.lower_ in lex.LABOUR for t in doc)
        arms_words = (lex.WEAPONS | lex.TROOPS) - {"strike", "strikes"}
        arms = sum(t.lemma_.lower() in arms_words for t in doc)
        explicit = {"PROTEST"} if labour >= 2 and labour > arms else set()
    if len(explicit) == 1:
        for c in strikes:
            if _bare_strike(c.tok):
                c.type = next(iter(explicit))
    return cands


def _bare_strike(tok) -> bool:
    """A strike with nothing saying what kind: no modifier, object, aim or doer."""
    if any(c.dep_ in ("compound", "amod", "nmod", "poss", "dobj", "nummod") for c in tok.children):
        return False
    if any(p.lower_ in ("on", "against", "at", "by", "over", "for") for p in _children(tok, "prep")):
        return False
    subj = _children(tok, "nsubj")
    return tok.pos_ != "VERB" or not any(
        s.ent_type_ in ("GPE", "NORP", "ORG") or _lower_words(s) & (lex.LABOUR | lex.WEAPONS
                                                                     | lex.TROOPS) for s in subj)


def _scan_triggers(doc):
    lines = None  # Doc.text is rebuilt on each call: read it only if a capital needs it
    strings = doc.vocab.strings
    dash = strings.add("-")
    # read off arrays so that only the few candidate words become Token objects
    rows = doc.to_array([LOWER, LEMMA, IS_ALPHA]).tolist()
    for i, (low, lemma, alpha) in enumerate(rows):
        after_dash = i > 0 and rows[i - 1][0] == dash  # 'build-up', 'sit-in'
        if not alpha and "-" not in strings[low]:
            continue
        if not (lex.may_trigger(strings, low, lemma) or after_dash):
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


# ---------------------------------------------------------------- arguments


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
    content = lex.CONTENT | {"AID": lex.AID_GOODS, "SANCTION": lex.TRADE | lex.PASSAGES,
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
            parties = own + [
                o for p in _children(t, "prep") if p.lower_ in preps
                for o in _children(p, "pobj")] + [  # "accounts belonging to the family"
                o for a in _children(t, "acl") if a.lemma_ in ("belong", "own", "hold", "link")
                for o in _pobjs(a, ("to", "by"))]
            # what is rejected, accepted or given up is itself a target of the reaction
            keep = reaction or type_ == "CONCEDE" or (
                type_ == "SANCTION" and _lower_words(t) & (lex.TRADE | lex.ASSETS) - lex.TIES)
            out += parties + ([t] if keep else [])
        else:
            out.append(t)
    return out


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


def _verb_args(c: Candidate) -> None:
    tok = c.tok
    if _is_passive(tok):
        # "two were shot dead and a third was wounded by gunmen": one 'by' for both
        c.actors += _agents(tok) or [a for x in _coordinated(tok) if _is_passive(x)
                                     for a in _agents(x)] or _stray_agents(tok)
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
        c.absorbed += [o for o in objs if o.dep_ == "dobj" and (
            o.lower_ in lex.MUNITIONS or _lemma(tok) in ("use", "fire")
            and _lower_words(o) & lex.CROWD_CONTROL)]
        objs = [o for o in objs if o not in c.absorbed] + [
            t for o in c.absorbed for x in (o, *o.conjuncts)
            for t in _pobjs(x, ("against", "at", "on"))]
        if c.absorbed:  # "fired tear gas and rubber bullets at thousands of students"
            objs += _pobjs(tok, ("at",))
    objs = [x for o in objs for x in (_free_relative(tok) or [o] if o.lower_ == "what"
                                      else [o])] or _free_relative(tok)
    if c.type == "AGREE":
        # "reached a deal", "signed an accord": the noun names the act the verb performs
        c.absorbed += [o for o in objs if o.lower_ in lex.AGREEMENT and o.pos_ == "NOUN"]
    if _lemma(tok) in ("discuss", "negotiate", "debate"):
        objs = []  # "discussed the crisis": a topic; the party comes with 'with'
    objs = objs + _pobjs(tok, lex.VERB_TARGET_PREPS.get(_lemma(tok), ()))  # "clashed with"
    c.targets += objs
    c.targets += _along_with(tok)
    if not c.targets and c.type in ("REJECT", "REQUEST", "THREATEN"):
        # "refused to meet the teachers", "vowed to retaliate against any country": the
        # party the refusal or threat is about
        for x in _children(tok, "xcomp"):
            c.targets += _pobjs(x, lex.COMMON_TARGET_PREPS)
            # "threatened to launch missiles": a weapon is the means, not the target
            c.targets += [o for o in _children(x, "dobj") if c.type != "THREATEN"
                          or not _lower_words(o) & (lex.MUNITIONS | lex.WEAPONS | lex.TROOPS)]
    if not c.targets and c.type == "REQUEST":
        # "demanded that the authorities reopen it": who is asked to act
        c.targets += [s for x in _children(tok, "ccomp") for s in _children(x, "nsubj")
                      if any(m.lower_ == "that" for m in _children(x, "mark"))]
    c.targets += _pobjs(tok, _target_preps(c.type))
    if c.type == "RETREAT":
        # "pulled out of two villages": the place left hangs off the particle
        c.targets += [o for p in _children(tok, "prep", "prt") if p.lower_ == "out"
                      for o in _pobjs(p, ("of", "from"))]
    if c.type == "THREATEN":
        c.targets = _threatened(tok, c.targets)
    c.places += _pobjs(tok, lex.LOCATION_PREPS)
    c.places += _target_places(c.targets)
    c.hosts.append(tok)
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.pos_ == "VERB":
        # "stormed the village on Monday and killed 12": one clause chain, one date
        c.hosts.append(tok.head)


def _threatened(tok, targets: list) -> list:
    """Who a threat is aimed at: 'threatened an offensive against Kurdish fighters' -> the
    fighters; 'warned that its forces would attack any warship' -> the warship, the
    object of the hostile act the warning announces."""
    out = []
    for t in targets:
        aims = _pobjs(t, ("against", "on")) if t.pos_ == "NOUN" and (
            lex.noun_sense(t.lower_) or t.lower_ in lex.THREAT_WORDS) else []
        out += aims or [t]
    if any(map(_party, out)):
        return out
    for clause in _children(tok, "ccomp"):
        acts = [clause] + [x for x in _children(clause, "xcomp", "conj") if x.pos_ == "VERB"]
        for act in acts:
            if any(s.type in ("ASSAULT", "COERCE", "SANCTION") for s in lex.senses(_lemma(act))) \
                    or _lemma(act) in lex.VOW_COMPLEMENTS:
                out += _objects(act) + _pobjs(act, lex.COMMON_TARGET_PREPS)
    return out


def _beneficiaries(c: Candidate) -> list:
    """Who receives aid the parse hung away from the verb: 'sent a ship carrying flour to
    the port ... for survivors', 'approved a grant to help Malawi rebuild roads'."""
    verbs = [h for h in c.hosts if h.pos_ == "VERB"]
    out = []
    for v in verbs:
        for x in _children(v, "dobj", "conj"):
            if x.pos_ in ("NOUN", "PROPN", "NUM"):
                out += [o for a in (x, *_children(x, "acl")) for o in _pobjs(a, ("to", "for", "into"))]
        for h in _children(v, "advcl", "xcomp"):
            if _lemma(h) in ("help", "assist", "enable", "allow"):
                out += _children(h, "dobj") + [s for x in _children(h, "ccomp", "xcomp")
                                               for s in _children(x, "nsubj")]
    return [o for o in out if not _is_time(o)]


def _split_parties(c: Candidate) -> None:
    """'Sudan's army and the RSF agreed to a truce', 'Saudi Arabia, Iran agree': in an act
    done together and naming no other party, the first named is the actor and the others
    its counterparts, as in 'the deal between X and Y'."""
    parties = _expand(c.actors, (c.tok,))
    # "Saudi Arabia, Iran agree": a headline's list may come as two subjects
    parties += [s for s in _children(c.tok, "nsubj") if s not in parties
                and not _dateline(s, c.tok)]
    # "Armenia, Azerbaijan fail to agree": a headline's list read as an apposition, or
    # its first name hung on the verb before the comma
    parties += [a for p in list(parties) if p.ent_type_ in ("GPE", "NORP") for a in
                _children(p, "appos") if a.pos_ == "PROPN" and a.ent_type_ == p.ent_type_]
    parties[:0] = [x for p in parties[:1] for x in p.head.children
                   if x.pos_ == "PROPN" and x.dep_ in ("advmod", "npadvmod", "nmod")
                   and x.i + 2 == p.left_edge.i and x.doc[x.i + 1].text == ","]
    parties = [p for n, p in enumerate(parties) if p not in parties[:n]]
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
    return [c for c in noun.children if c.dep_ in ("relcl", "acl") and _lemma(c) in SITING]


def _modifier_actors(noun) -> list:
    """Named modifiers of an event noun are its doers: 'a U.S. drone strike',
    'an Israeli air strike', 'an IDF response'."""
    mods = [m for m in noun.children if m.dep_ in ("compound", "amod", "nmod")]
    # "a Russian missile strike": the doer may modify the means before the noun
    mods += [x for m in mods if m.dep_ == "compound" and m.pos_ == "NOUN"
             for x in m.children if x.dep_ in ("amod", "compound") and x.i < m.i]
    return [m for m in mods if m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE", "ORG")
            or m.dep_ == "compound" and m.lower_ in FORCES]  # "a police raid"


def _noun_args(c: Candidate) -> None:
    tok = c.tok
    word = _hyphenated(tok)[0]
    sense = lex.noun_sense(word) or lex.noun_sense(tok.lemma_.lower())
    if sense is not None and sense.type != c.type:
        sense = lex.ALT_NOUNS.get(word, sense)
    of_role = sense.of_role if sense else "target"
    poss_role = sense.poss_role if sense else "actor"
    for of in _pobjs(tok, ("of",)):
        (c.targets if of_role == "target" else c.actors).append(of)
    verb = _light_verb(tok)
    for poss in _children(tok, "poss"):
        if poss.pos_ == "PRON" and verb is not None and _subjects(verb):
            continue  # "Ukraine renewed its appeal": the verb's subject names 'its'
        (c.targets if poss_role == "target" else c.actors).append(poss)
    c.actors += _pobjs(tok, ("between", "among"))  # "talks / clashes between X and Y"
    c.actors += _pobjs(tok, ("by",))
    c.actors += _modifier_actors(tok)
    c.targets += _pobjs(tok, _target_preps(c.type, noun=True))
    if word in HARM_TO:
        c.targets += _pobjs(tok, ("to",))
    c.places += _pobjs(tok, lex.LOCATION_PREPS)
    c.places += _target_places(c.targets)
    c.hosts.append(tok)
    if verb is not None:
        c.hosts.append(verb)
        if _is_passive(verb):
            c.actors += _agents(verb)
            # "was placed under house arrest", "was given aid": the subject undergoes it
            c.targets += [t for t in _children(verb, "nsubjpass") if t != tok]
        else:
            c.actors += _subjects(verb)
            c.targets += [o for o in _children(verb, "dobj", "dative") if o != tok
                          and not o.is_ancestor(tok)]
        c.targets += _pobjs(verb, _target_preps(c.type))
        c.places += _pobjs(verb, lex.LOCATION_PREPS)
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        c.hosts.append(tok.head)
    elif (not c.actors and tok.dep_ == "pobj" and tok.head.lower_ == "in"
          and not _children(tok, "det", "poss") and tok.head.head.pos_ == "VERB"):
        # "extradited him in cooperation with X", "marched in protest": the verb's doer
        verb = tok.head.head
        c.actors += _children(verb, "nsubjpass") if _is_passive(verb) else _subjects(verb)
    elif (not c.actors and of_role == "actor" and tok.dep_ == "pobj"
          and tok.head.lower_ in ("for", "on") and tok.head.head.pos_ == "VERB"
          and not _is_passive(tok.head.head)):
        c.actors += _subjects(tok.head.head)  # "travelled to Beijing for a visit"


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
            if _is_passive(cur):
                return _children(cur, "nsubjpass")
            return [o for o in _children(cur, "dobj") if not o.is_ancestor(tok) and o != tok]
    return []


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
        if verb is not None:
            if verb.type != c.type:
                gone.add(verb.tok.i)  # "approved a loan" is aid, not support: the noun says
                continue
            host = verb  # "offered loans", "signed a deal": one event
        elif tok.dep_ == "pobj" and tok.head.dep_ in ("agent", "prep") and tok.head.lower_ in (
                "by", "in", "with", "during", "through"):
            host = by_tok.get(tok.head.head.i)
        elif tok.dep_ == "nsubj":
            host = by_tok.get(tok.head.i)
        if host is None or host.type != c.type or host.tok.i in gone or host.needs_agent:
            continue  # a vague verb ('hit', 'damage') is the weaker trigger: keep the noun
        host.absorbed.append(tok)
        host.actors = [a for a in host.actors if a != tok] + c.actors
        host.targets += [t for t in c.targets if t not in host.targets]
        host.places += c.places
        host.hosts += c.hosts
        gone.add(tok.i)
    return [c for c in cands if c.tok.i not in gone]


def find_candidates(doc) -> list[Candidate]:
    """Triggers with their argument tokens, means-nouns folded into their events; a
    title-case headline's come from its sentence-case re-parse (see _headline_candidates)."""
    lines = recased_lines(doc)
    cands = [c for c in find_triggers(doc) if not any(a <= c.tok.idx < b for a, b in lines)]
    cands = _with_args(cands)
    for a, b in lines:
        cands += _headline_candidates(doc, a, b)
    return sorted(cands, key=lambda c: c.tok.idx) if lines else cands


def _with_args(cands: list[Candidate]) -> list[Candidate]:
    for c in cands:
        (_verb_args if c.kind == "verb" else _noun_args)(c)
        if not c.actors:
            c.actors += _pinned_party(c.tok)
    for c in cands:
        c.targets = _parties(c.targets, c.type, c.type in ("REJECT", "ACCUSE", "SUPPORT")
                             or c.tok.lemma_ == "accept")
        # a parse that glues a headline to the next paragraph must not lend it arguments
        for role in ("actors", "targets", "places"):
            setattr(c, role, [t for t in getattr(c, role) if not crosses_block(t, c.tok)])
    cands = _absorb(cands)
    for c in cands:
        if c.type == "AID" and not any(map(_party, c.targets)):
            c.targets += _beneficiaries(c)
        # after _parties: "signed a pact" names no counterpart, "coordinate their arms
        # purchases" only a topic
        if any(t.lower_ == "other" and any(d.lower_ in ("each", "one") for d in t.children)
               or t.lower_ == "another" for t in c.targets):
            # "Moscow and Kyiv accused each other": each is the other's target
            c.targets = [t for t in c.targets if t.lower_ not in ("other", "another")]
            _split_parties(c)
        elif c.type in SYMMETRIC and not any(map(_party, c.targets)) and (
                c.kind == "verb" or _light_verb(c.tok) is not None
                or _pobjs(c.tok, ("between",))):
            _split_parties(c)  # "India and Pakistan hold talks" as "X and Y talked"
    return cands


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


def _headline_candidates(doc, a: int, b: int) -> list[Candidate]:
    """Candidates of the headline at characters [a, b), found in a parse of its sentence-
    case form; that Doc is padded so its character offsets are the article's own."""
    from . import nlp as _nlp
    key = ("newsprism.recased", a)
    if key not in doc.user_data:
        text = sentence_case(doc, a, b)
        nlp = _nlp.load("en")
        recased = nlp.make_doc(" " * a + text)
        recased.user_data["newsprism.recased"] = True
        for _, proc in nlp.pipeline:
            recased = proc(recased)
        doc.user_data[key] = recased
    recased = doc.user_data[key]
    cands = [c for c in find_candidates(recased) if a <= c.tok.idx < b]
    for c in cands:
        if _headline_passive(c):
            # "Journalist Detained After Covering Protest": headlines drop 'was'
            c.targets, c.actors = c.actors + c.targets, _pobjs(c.tok, ("by",))
    if not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in recased
               if a <= t.idx < b):
        spec = unparsed_headline_verb(recased, a, b, {c.tok.i for c in cands})
        if spec is not None:
            tok, type_, needs, actors, targets, places = spec
            verb = Candidate(tok, type_, "verb", needs, actors=actors, targets=targets,
                             places=places, hosts=[tok])
            # "Police Arrest Opposition Leader in Midnight Raid": the raid is the arrest's
            # means, as _absorb folds it in a parsed sentence
            means = [c for c in cands if c.kind == "noun" and c.type == verb.type
                     and c.tok.dep_ == "pobj" and c.tok.head.lower_ in ("in", "during", "by")]
            verb.absorbed += [c.tok for c in means]
            cands = [c for c in cands if c not in means and c.tok not in verb.targets] + [verb]
    return cands


# ---------------------------------------------------------------- resolution


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


def arg_heads(tok) -> list:
    """The tokens that may name an argument's party, best first: 'thousands of people'
    -> people; 'the city of Kharkiv' -> Kharkiv; 'the resignation of the minister' ->
    resignation, then minister."""
    # "Rebels of the M23 movement": a sentence's first word is tagged a name by its capital
    common = tok.pos_ != "PROPN" or tok.is_sent_start and tok.is_title and _common_word(tok.text)
    ofs = _pobjs(tok, ("of",)) if common else []
    place = tok.lower_ in PLACE_CLASS and any(o.pos_ == "PROPN" for o in ofs)
    if ofs and (tok.lower_ in QUANTITY or place or tok.pos_ == "NUM"):
        return [h for o in ofs for h in arg_heads(o)]
    # "the rebel commander Omar Haddad": the name is an apposition to the role noun
    return [tok, *_children(tok, "appos"), *ofs]


def _entity_of(tok, coref: Coref, role: str, avoid: int | None = None):
    for head in arg_heads(tok):
        span = (head.idx, head.idx + len(head.text))
        ent = coref.entity_at(*span)
        if ent is not None and avoid is not None and _mention_covers(coref, span, avoid):
            continue  # "Police Arrest Opposition Leader" taken as one mention of the leader
        if ent is not None:
            return ent
    # a party named inside the phrase: "Egypt's mediation efforts", "the Baghdad airport",
    # and for doers "negotiators from Colombia", "Russian troops"
    mods = [m for m in tok.children if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN"]
    if role == "actor":
        mods += [m for m in tok.children if m.dep_ in ("amod", "poss", "nmod")]
        mods += _pobjs(tok, ("from",))
        # "rebels of the M23 movement": the name sits on the group the doers belong to
        mods += [m for o in _pobjs(tok, ("of",)) for m in o.children
                 if m.dep_ == "compound" and m.pos_ == "PROPN"]
    for m in mods:
        if crosses_block(m, tok):
            continue  # a headline glued to the next paragraph by the parser
        ent = coref.entity_at(m.idx, m.idx + len(m.text))
        if ent is not None:
            return ent
    return None


def _mention_covers(coref: Coref, span: tuple[int, int], pos: int) -> bool:
    """Whether the mention found at ``span`` also holds the character ``pos`` (a trigger):
    an act's doer or target is never a phrase that contains the act's own word. A name that
    starts with the token ('Russia Expels' read as one name) still names its first word."""
    m = coref.mention_at(*span)
    return m is not None and m.start <= pos < m.end and not (
        m.kind == "name" and m.start == span[0])


def _resolve(tokens: list, coref: Coref, role: str, types=None,
             avoid: int | None = None, exclude=()) -> tuple[str, ...]:
    ids: list[str] = []
    for t in _expand(tokens, exclude):
        ent = _entity_of(t, coref, role, avoid)
        if ent is not None and ent.id not in ids and (types is None or ent.type in types):
            ids.append(ent.id)
    return tuple(ids)


def phrases(tok) -> list[str]:
    """The noun phrases an argument token may name, up to each head (for reports, eval)."""
    doc = tok.doc
    return [doc[h.left_edge.i:_name_end(h)].text for h in arg_heads(tok)]


def _name_end(h) -> int:
    """Where a phrase up to head ``h`` ends: after 'of Tanzania' in 'the Bank of Tanzania',
    a name that runs on through 'of' and another name."""
    ofs = [o for o in _pobjs(h, ("of",)) if o.pos_ == "PROPN"] if h.pos_ == "PROPN" else []
    return ofs[0].i + 1 if ofs else h.i + 1


def _timex_anchor(doc, tx: Timex):
    """The token a time expression modifies: 'killed ... on January 3' -> killed."""
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    if root.dep_ in ("npadvmod", "nummod", "compound", "amod", "tmod", "advmod", "nmod",
                     "poss", "appos"):
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text == "," and root.head.pos_ in ("NOUN", "PROPN"):
            return None  # ", February 09, 2020" after a noun is a dateline, not its date
        return root.head
    return None


def _noun_zone(tok, stop: set[int]) -> set[int]:
    """Token ids of an event noun's own phrase (its modifiers and prepositional
    arguments), not entering clauses or other events."""
    zone, todo = {tok.i}, [(tok, 0)]
    while todo:
        t, d = todo.pop()
        if d >= 4:
            continue
        for c in t.children:
            if c.dep_ in NOUN_DATE_DEPS and c.i not in stop:
                zone.add(c.i)
                todo.append((c, d + 1))
    return zone


def _date(c: Candidate, anchors: list[tuple[int, Timex]], stop: set[int]) -> str | None:
    if not anchors:
        return None
    zone = {h.i for h in c.hosts}
    for h in [c.tok, *c.absorbed]:
        if h.pos_ in ("NOUN", "PROPN"):
            zone |= _noun_zone(h, stop - {h.i})
    for i, tx in anchors:
        if i in zone:
            return tx.value
    return None


def _has_agent(c: Candidate, actors: tuple[str, ...]) -> bool:
    """Whether a vague trigger ('damage', 'hit') has a specific doer: an entity or a name."""
    if actors:
        return True
    return any(t.pos_ == "PROPN" or any(m.pos_ == "PROPN" for m in t.children)
               for t in _expand(c.actors))


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


def foreign_events(doc, language: str, quotes: tuple[Quote, ...] = ()) -> list[Event]:
    """Events of an article without a parse (fr/es/de/ar): typed trigger words only, so a
    story's outlets can be compared across languages; no arguments are guessed."""
    from .loaded_lexicon import EVENT_WORDS, lookup, word_of
    events: list[Event] = []
    for tok in doc:
        offset, word = word_of(tok.text, language)
        found, type_ = lookup(word, language, EVENT_WORDS) if word.isalpha() else (False, None)
        if not found or type_ is None or _foreign_mishap(tok, word, language):
            continue
        start, end = tok.idx + offset, tok.idx + len(tok.text)
        q = quote_at(start, end, quotes)
        events.append(Event(
            id=f"v{len(events) + 1}", type=type_, trigger=Span(start, end),
            actors=(), targets=(), location=None, date=None,
            factuality="reported" if q is not None else "asserted",
            source=q.id if q is not None else None))
    return events


def _foreign_mishap(tok, word: str, language: str) -> bool:
    """A killing or injury word in a sentence that names an accident and no attack
    ('tués dans une bousculade'): without a parse the sentence is the only context."""
    from .loaded_lexicon import ACCIDENT_WORDS, EVENT_WORDS, HARM_WORDS, lookup, word_of
    if word.lower() not in HARM_WORDS.get(language, ()):
        return False
    accident = False
    for t in tok.sent:
        w = word_of(t.text, language)[1]
        if t.i == tok.i or not w.isalpha() or w.lower() in HARM_WORDS[language]:
            continue
        if lookup(w, language, EVENT_WORDS) == (True, "ASSAULT"):
            return False  # "tués dans une attaque", "fusillade"
        accident = accident or lookup(w, language, ACCIDENT_WORDS)[0]
    return accident


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
           "find_triggers", "foreign_events", "phrases"]
