"""Syntax helpers for event triggers: subjects, objects, agents, light verbs, datelines, and
the shapes arguments take in wire copy; the sense tests that use them are event_refine.py's.

Read by events.py and the event_* modules (never by other stages) on a parsed spaCy
sentence: a 'what' clause object, a pronoun doer under a report, coordinated passives
sharing one 'by', drills held alone or with a partner, a dateline's place that is no doer.
Keeps a per-Doc children table (spaCy's Token.children walks a whole subtree on each call);
title-case headlines are event_headlines.py's.
"""
from __future__ import annotations

import re

import numpy

from spacy.strings import get_string_id

from . import plover_lexicon as lex
from .factuality import glued_to_dateline, hedged_root_clause, swallowed_by_date
from .lexicon_roles import DEMONYMS

# Nouns of resolve whose infinitive is the resolver's act: "Marvia's decision to cut gas".
RESOLVES = frozenset({"decision", "plan", "plans", "move", "bid", "attempt", "attempts",
                      "order", "threat", "threats", "refusal", "promise", "pledge", "vow",
                      "offer", "readiness", "willingness", "determination", "effort",
                      "efforts", "intention", "push", "call", "calls"})
# Passives whose subject does what their infinitive says: "X is expected to sign".
RAISING = frozenset({"expect", "say", "believe", "set", "schedule", "report", "understand",
                     "think", "know", "poise", "slate", "due", "likely", "suppose",
                     "rumour", "rumor", "see", "tip", "allege", "suspect", "fear", "presume"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})

# Nouns naming a place class: "the city of Kharkiv" is Kharkiv.
PLACE_CLASS = frozenset({"city", "town", "village", "province", "region", "country",
                         "capital", "district", "port", "island", "state", "area", "county",
                         "neighbourhood", "neighborhood", "suburb", "enclave", "strip"})
# Heads that only count or group: "thousands of people", "members of the party".
QUANTITY = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions",
                      "number", "group", "groups", "crowd", "crowds", "handful", "several",
                      "many", "some", "all", "most", "members", "member", "part", "rest",
                      "majority", "contingent", "team", "delegation", "one", "two", "three",
                      # quantifier pronouns before 'of': 'have not released any of the students'
                      "any", "none", "each", "half", "few"})
# Verbs reporting what a body did: "police said they had arrested ...".
REPORTING = frozenset({"say", "tell", "announce", "confirm", "report", "state", "add",
                       "claim", "insist", "admit", "acknowledge", "deny"})
DRILLS = frozenset({"drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers"})
# what makes drills a test of fighting power: 'snap combat-readiness drills', 'war games'
READINESS = frozenset({"snap", "combat", "readiness", "combat-readiness", "live-fire", "war",
                       "battle", "mobilisation", "mobilization", "alert"})
# Crowds gathering, and the aims that make the gathering a protest.
GATHER_VERBS = frozenset({"rally", "gather", "assemble", "converge", "turn", "take"})
PROTEST_AIMS = frozenset({"demand", "protest", "denounce", "condemn", "oppose", "call",
                          "demonstrate", "voice", "press", "urge", "decry"})

# Object-control verbs: "urged X to leave" -> X leaves.
OBJECT_CONTROL = frozenset({"urge", "ask", "force", "order", "tell", "persuade", "call",
                            "compel", "pressure", "press", "allow", "invite", "encourage",
                            "incite", "instruct", "command", "authorise", "authorize", "train",
                            # causes: "the decision prompted China to ban seafood"
                            "prompt", "lead", "spur", "push", "drive", "provoke", "oblige",
                            "enable", "permit"})

# What one party asks of another; a reaction to it is a reaction to the asker.
ASKINGS = frozenset({"call", "calls", "demand", "demands", "request", "requests", "appeal",
                     "appeals", "plea", "pleas", "proposal", "proposals", "offer", "offers",
                     "ultimatum", "invitation", "petition", "petitions", "motion", "motions"})
# Nouns that only carry what is given: "further deliveries of air defence systems".
CARRIERS = frozenset({"delivery", "deliveries", "shipment", "shipments", "transfer",
                      "transfers", "consignment", "consignments"})
# Bodies whose name as a modifier makes them the doer: "a police raid", "an army assault".
FORCES = frozenset({"police", "army", "military", "navy", "troops", "militia", "militias",
                    "rebel", "rebels", "government"})
HUMAN_NOUNS = frozenset({"suspect", "suspects", "leader", "leaders", "fighter", "fighters",
                         "commander", "commanders", "militant", "militants", "soldier",
                         "soldiers", "man", "men", "woman", "women", "journalist", "people"})

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "oneself", "myself",
                        "ourselves", "yourself"})

TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday", "tomorrow", "tonight", "week", "month",
                        "year", "night", "morning", "evening", "afternoon", "weekend",
                        "occasion", "occasions", "day", "days", "time", "times"})


def _kid_index(doc) -> tuple[list[int], list[int], list[int]]:
    """The children of every token, built once per Doc: spaCy finds a token's children by
    walking its whole subtree, and the root of a long unsplit sentence is asked about many
    times. Returned as (children, starts, deps): token i's children, in text order, are
    children[starts[i]:starts[i + 1]]; deps holds every token's dependency label id. Three
    flat lists, sorted by numpy, rather than a list per token: fewer objects to make."""
    index = doc.user_data.get(_KIDS_KEY)
    if index is None:
        offsets = doc.to_array("HEAD").astype("int64")
        dependents = numpy.flatnonzero(offsets)  # the root is its own head: no child
        heads = dependents + offsets[dependents]
        order = numpy.argsort(heads, kind="stable")  # stable: children stay in text order
        starts = numpy.searchsorted(heads[order], numpy.arange(len(doc) + 1))
        index = (dependents[order].tolist(), starts.tolist(), doc.to_array("DEP").tolist())
        doc.user_data[_KIDS_KEY] = index
    return index


_KIDS_KEY = "newsprism.event_kids"
_DEP_IDS: dict[tuple[str, ...], frozenset[int]] = {}


def kids(tok) -> list:
    """``tok.children``, from the per-Doc index."""
    doc = tok.doc
    children, starts, _ = doc.user_data.get(_KIDS_KEY) or _kid_index(doc)
    i = tok.i
    start, end = starts[i], starts[i + 1]
    return [doc[k] for k in children[start:end]] if start < end else []


def _children(tok, *deps: str):
    wanted = _DEP_IDS.get(deps)
    if wanted is None:
        wanted = _DEP_IDS[deps] = frozenset(get_string_id(d) for d in deps)
    doc = tok.doc
    children, starts, labels = doc.user_data.get(_KIDS_KEY) or _kid_index(doc)
    i = tok.i
    start, end = starts[i], starts[i + 1]
    if start == end:
        return []  # most tokens head nothing
    # labels compared as ids: only the children asked for become Token objects
    return [doc[k] for k in children[start:end] if labels[k] in wanted]


def _lower_words(tok) -> set[str]:
    """The head word and its compound modifiers, lowercased, for object-class checks."""
    words = {tok.lower_, tok.lemma_.lower()}
    mods = [c for c in kids(tok) if c.dep_ in ("compound", "amod")]
    # "scrapped a decree raising fuel prices": a participle the parser made a compound
    # of the noun after it hangs the real head noun on itself
    mods += [g for c in mods if c.dep_ == "compound" and c.lower_.endswith("ing")
             for g in kids(c) if g.dep_ == "compound" and g.i < c.i]
    words.update(c.lower_ for c in mods)
    doc = tok.doc
    # a hyphenated modifier the tokenizer split ('anti-dumping duties'): its whole word too
    words.update(f"{c.lower_}-{doc[c.i + 2].lower_}" for c in mods if c.i + 2 < tok.i
                 and doc[c.i + 1].text == "-" and not c.whitespace_
                 and not doc[c.i + 1].whitespace_)
    # the head itself the end of a split hyphenated word ('a sit-in': 'in' its head)
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        words.add(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
    return words


def _is_passive(tok) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)):
        return True
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not glued_to_dateline(tok) and not (
        _root_noun_acts(tok))


def _root_noun_acts(verb) -> bool:
    """'Kurdish-led forces handed over the fields': a past form with an object of its own
    is no reduced passive; hung on the sentence's root noun, it is the main verb misread,
    and that noun its subject."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ != "ROOT" \
            or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # "Speaking in Brussels, the NATO chief called on allies to send ...": a past tense
    # (not a participle) with a 'to' + verb of its own after its preposition is one too
    return bool(_children(verb, "dobj")) or verb.tag_ == "VBD" and any(
        _children(x, "aux") for x in _children(verb, "xcomp")) and bool(_children(verb, "prep")
    ) or _finite_after_root(verb)


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december", "monday", "tuesday",
                    "wednesday", "thursday", "friday", "saturday", "sunday"})


def _time_misread_as_subject(subj, verb) -> bool:
    """'... since March called for a strike': a month or weekday after 'since', 'until',
    'before' or 'after' that the parser made the subject of the sentence's main verb,
    hung as an adverbial clause inside a long subject whose head is the root noun."""
    if subj.lower_ not in MONTHS or verb.dep_ != "advcl" or subj.i + 1 != verb.i or not any(
            m.dep_ == "mark" and m.lower_ in ("since", "until", "till", "before", "after")
            and m.i + 1 == subj.i for m in verb.children):
        return False  # (cheap tests first: the sentence's root is found only past them)
    root = verb.sent.root
    return root.pos_ in ("NOUN", "PROPN") and root.i < subj.i


def _headline_to_verb(verb) -> bool:
    """'Fishermen to rally outside fisheries ministry': a headline's 'X to <verb>' (its
    future, with no finite verb) hangs the verb on the root noun as if it qualified it;
    the noun right before 'to' is who will act."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or head.dep_ != "ROOT" or head.pos_ not in (
            "NOUN", "PROPN") or head.lower_ in RESOLVES or head.i + 2 != verb.i:
        return False
    return verb.doc[head.i + 1].lower_ == "to" and verb.doc[head.i + 1].head.i == verb.i


def _finite_after_root(verb) -> bool:
    """'The warring factions consented to a 72-hour truce.': a full sentence (closed by a
    full stop, the root noun determined) has a main verb; with none but a past form right
    after the root noun and no 'by' for a passive, that form is it (a headline's bare
    passive, 'Journalist Detained After ...', has no determiner and no full stop)."""
    head, doc = verb.head, verb.doc
    end = verb.sent.end - 1
    return verb.i == head.i + 1 and (
        doc[end].text == "." and not _children(verb, "agent", "auxpass")
        and any(d.lower_ in ("the", "a", "an") for d in _children(head, "det")))


# Past participles that say a person is held: 'aid workers held hostage', 'engineers
# kidnapped in March' (a reduced relative on an object names captives; event_light.py)
HELD_MARKS = frozenset({"held", "kidnapped", "abducted", "detained", "jailed", "imprisoned"})
# verbs whose bare-infinitive clause's subject is the one acted on ('helped X return')
HELPING = frozenset({"help", "assist", "enable"})


# amounts of distance or degree an adverbial may measure ('pulled back a short distance')
SPANS = frozenset({"distance", "way", "bit", "notch", "step", "steps", "mile", "miles",
                   "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres",
                   "meter", "meters", "yard", "yards", "little", "lot", "fraction", "margin"})


def reduced_relative_root(verb):
    """'Twelve fishermen detained for crossing the boundary were released by ...': a reduced
    relative the parser made the main verb, the real one hung on it as a passive conjunct
    with no coordinator before it and no subject of its own; returns that conjunct. The
    participle's subject is then its patient and the conjunct's."""
    if verb.tag_ not in ("VBN", "VBD") or _children(verb, "aux", "auxpass", "dobj") or not any(
            s.i < verb.i for s in _children(verb, "nsubj")):
        return None
    for c in _children(verb, "conj"):
        if c.tag_ == "VBN" and _children(c, "auxpass") and not _children(
                c, "nsubj", "nsubjpass") and not any(
                x.dep_ == "cc" or x.text == "," for x in verb.doc[verb.i + 1:c.i]
                if x.head.i in (verb.i, c.i)):
            return c
    return None


def _objects(tok) -> list:
    """The patient heads of a verb: direct object, passive subject or modified noun."""
    objs = _children(tok, "dobj", "nsubjpass", "attr")
    if not objs and reduced_relative_root(tok) is not None:
        return _children(tok, "nsubj")  # "fishermen detained ... were released": held
    if not objs and tok.dep_ == "conj" and reduced_relative_root(tok.head) == tok:
        return _children(tok.head, "nsubj")  # ... and released
    if not objs and (tok.dep_ == "acl" and tok.tag_ == "VBN" and not _finite_after_root(tok)
                     or tok.dep_ == "amod"):
        objs = [tok.head]  # "the men detained in March"; a clause misread as a modifier
    if not objs:
        # "pulled its soldiers out": the object of a particle verb may hang off the particle
        # "voted down the budget": so may that of a particle the verb's senses name
        prts = {s.prt for s in lex.senses(_lemma(tok)) if s.prt}
        for p in _children(tok, "prep"):
            if p.lower_ in ("out", "off") or p.lower_ in prts:  # "cordoned off the campus"
                objs += _children(p, "pobj")
    if not objs or all(o.pos_ == "PROPN" for o in objs):
        # "reopened the Kerem Shalom crossing", "share missile warning data": the tagger
        # read the head noun after a name or compound as a gerund clause of the verb
        objs += [g for g in _children(tok, "advcl", "xcomp") if g.tag_ == "VBG"
                 and g.i == (objs[-1].i + 1 if objs else tok.i + 1 + sum(
                     1 for x in tok.doc[tok.i + 1:g.i] if x.dep_ in ("amod", "compound", "det",
                                                                    "punct", "nummod")))
                 and not _children(g, "aux", "mark", "nsubj")]
    # "share missile warning data": a gerund-tagged noun read as the object's verb
    objs += [o for g in objs if g.tag_ == "VBG" and _children(g, "compound", "amod")
             for o in _children(g, "dobj") if o.i == g.i + 1]
    if not objs:
        # "disqualified 14 candidates linked to a banned party": a reduced relative misread
        # as a clause whose subject is really the verb's object
        # ('released two aid workers held hostage': a participle of captivity the tagger
        # read as a past tense, right after its noun, is one too)
        objs = [s for c in _children(tok, "ccomp") if (c.tag_ == "VBN" or c.tag_ == "VBD"
                                                       and c.lower_ in HELD_MARKS)
                and c.i > tok.i
                and not _children(c, "aux", "auxpass", "mark") for s in _children(c, "nsubj")
                if s.pos_ != "PRON" and s.i > tok.i and (c.tag_ == "VBN" or s.i == c.i - 1)]
    if not objs:
        # "dispersed hundreds of protesters marching on parliament": a noun with a gerund
        # after it, misread as that gerund's clause, is the verb's object
        objs = [s for c in _children(tok, "ccomp", "advcl") if c.tag_ == "VBG" and c.i > tok.i
                and not _children(c, "aux", "auxpass", "mark") for s in _children(c, "nsubj")
                if s.pos_ != "PRON" and tok.i < s.i < c.i]
    if not objs and tok.lemma_.lower() in HELPING:
        # "will help 3,000 refugees return home": those helped, the parser's subject of
        # the bare infinitive after the verb
        objs = [s for c in _children(tok, "ccomp") if c.tag_ in ("VB", "VBP") and c.i > tok.i
                and not _children(c, "aux", "mark") for s in _children(c, "nsubj")
                if s.pos_ != "PRON" and s.i > tok.i]
    if not objs and _children(tok, "prt"):
        # "broke up a march by opposition supporters": after a particle, a determined noun
        # the parser made an adverbial of measure is the object when it is no time
        objs = [n for n in _children(tok, "npadvmod") if n.i > tok.i and n.pos_ == "NOUN"
                and _children(n, "det") and not _is_time(n) and n.lower_ not in SPANS]
    if not objs and tok.dep_ == "ROOT" and tok.tag_ == "VBZ":
        # "Mali expels French ambassador": a headline's bare noun after its verb, which the
        # parser made an adverbial of measure, is the object when it is no time or amount
        objs = [n for n in _children(tok, "npadvmod") if n.i > tok.i and n.pos_ in (
            "NOUN", "PROPN") and not _is_time(n) and n.lower_ not in SPANS
            and not _children(n, "nummod")]
    if not objs and _bare_before_conj(tok):
        # "meet and exceed the goals": a shared object hangs off the last conjunct
        objs = [o for c in _children(tok, "conj") if c.pos_ == "VERB"
                for o in _children(c, "dobj")]
    if not objs:
        # "reached a six-month ceasefire deal in Havana, mediators said": a determined noun
        # the parser made a clause of its own is the object
        objs = [c for c in _children(tok, "ccomp") if _clause_read_object(c)]
    return objs


def _bare_before_conj(tok) -> bool:
    """Nothing of the verb's own stands between it and its conjunct ('meet and exceed'):
    'attacked on the final climb and dropped his rivals' has no object to share."""
    return all(k.dep_ in ("cc", "conj", "punct", "advmod") for k in kids(tok) if k.i > tok.i)


def _dateline(cause, tok) -> bool:
    """'KERMAN, Iran — At least 56 people were killed': a place before a dash opening the
    sentence is where the story was filed, not a doer the parser may take it for."""
    if cause.i >= tok.i:
        return False
    return any(cause.i <= i < tok.i for i in _dashes(tok.doc))


def _dashes(doc) -> list[int]:
    """Indices of the Doc's dateline dashes, found once: each harm verb's causes ask."""
    found = doc.user_data.get(_DASHES_KEY)
    if found is None:
        rows = doc.to_array("ORTH").tolist()
        found = doc.user_data[_DASHES_KEY] = [i for i, orth in enumerate(rows)
                                              if orth in _DASH_IDS and _is_dash(doc[i])]
    return found


_DASHES_KEY = "newsprism.dateline_dashes"
_DASH_IDS = frozenset(get_string_id(d) for d in ("—", "–", "--", "-"))


def _is_dash(t) -> bool:
    """A dash ending a dateline: a long dash, or wire copy's spaced hyphen
    ('KABUL, March 3 (Agency) - Taliban fighters ...')."""
    if t.text in ("—", "–", "--"):
        return True
    return t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


# verbs that 're' makes another word, not the act again ('replace', 'reform', 'reside')
RE_FALSE_FRIENDS = frozenset({"place", "form", "side", "move", "tail", "ally", "lease", "cover",
                              "port", "solve", "store", "treat", "turn", "sign", "call",
                              "fuse", "strain", "search", "mind", "tire", "view", "serve"})


def particle_after(tok, prt: str) -> bool:
    """A verb's particle right after it that the parser hung inside the object ('set free
    eleven activists': 'free' a modifier of 'eleven'): the next word, within the verb's
    reach, an adjective, adverb or preposition."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == prt and nxt.pos_ in ("ADJ", "ADV", "ADP") and (
        tok.i in (nxt.head.head.i, nxt.head.head.head.i))


def _lemma(tok) -> str:
    """The lemma, mended for past forms the tagger leaves odd ('staged' -> 'stag')."""
    lemma = tok.lemma_.lower()
    if lemma in lex.LIGHT_VERBS or lemma in lex.VERBS:
        return lemma
    if lemma.startswith("re") and tok.pos_ == "VERB" and lemma[2:] not in RE_FALSE_FRIENDS and (
            lemma[2:] in lex.VERBS or lemma[2:] in lex.LIGHT_VERBS) and len(lemma) > 6:
        return lemma[2:]  # 'reimposed sanctions' is imposing them again
    if not tok.lower_.endswith("ed"):
        return lemma
    for cut in (1, 2, 3):  # 'staged' -> stage, 'airdropped' -> airdrop
        if cut == 3 and tok.lower_[-3:-2] != tok.lower_[-4:-3]:
            continue
        if tok.lower_[:-cut] in lex.LIGHT_VERBS or tok.lower_[:-cut] in lex.VERBS:
            return tok.lower_[:-cut]
    return lemma


# Verbs that put someone 'on' or 'under' a state: "went on strike", "placed under arrest".
PLACING = frozenset({"go", "be", "put", "place", "keep", "remain", "stay", "come", "hold",
                     "set", "stage", "call", "launch", "begin", "start", "continue",
                     "resume", "declare", "announce", "order", "impose"})


# verbs of handing something over: what they hand 'as aid' or 'as a loan' is that act
GIVING_AS = frozenset({"send", "ship", "deliver", "give", "provide", "donate", "supply", "fly",
                     "airlift", "transfer", "hand", "truck", "dispatch", "despatch", "offer",
                     "pledge", "grant", "lend", "transport"})


def _light_verb(noun):
    """The verb that merely carries an event noun: 'held talks', 'went on strike',
    'an embargo was imposed', '$300 million in assistance was announced'."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in (
            "level", "state", "status", "footing", "degree"):
        tok = tok.head.head  # "placed its army on the highest level of readiness"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and tok.head.head.pos_ in (
            "NOUN", "NUM", "SYM") and tok.head.head.dep_ in ("dobj", "nsubjpass"):
        tok = tok.head.head  # "a package of aid", "$300 million in assistance"
    if (tok.dep_ in ("dobj", "nsubjpass", "attr") or tok.dep_ == "ccomp" and tok.tag_ == "VBZ"
            and tok.nbor(-1).dep_ == "nsubj" or _clause_read_object(tok)) and _lemma(
                tok.head) in lex.LIGHT_VERBS:
        # (a predicate set off by a comma is an aside the parser misplaced: "announced
        # export controls on gallium on Monday, two metals vital for making chips")
        if any(x != tok and not any(t.text == "," for t in tok.doc[tok.right_edge.i + 1:x.i])
               for x in _children(tok.head, "oprd", "acomp", "ccomp")) or any(
                x.i > tok.i for x in _children(tok.head, "xcomp") if x.pos_ == "ADJ"):
            return None  # "called the strike disproportionate" names it, does not call it
        if any(p.lower_ == "off" for p in _children(tok.head, "prt")):
            return None  # "called off the curfew" undoes it, does not carry it
        if any(s.prt == p.lower_ and s.objs is not None and _lower_words(tok) & s.objs
               for p in _children(tok.head, "prt") for s in lex.senses(_lemma(tok.head))):
            return None  # "held up an aid package": the phrasal verb's own act on it
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" and \
            _lemma(tok.head.head) in GIVING_AS and _children(tok.head.head, "dobj"):
        return tok.head.head  # "shipped 25,000 tonnes of wheat to Ethiopia as humanitarian aid"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("on", "under"):
        verb = tok.head.head
        # "went on strike", "placed under arrest"; "sent troops under an agreement" names
        # the terms of another act
        if verb.pos_ in ("VERB", "AUX") and _lemma(verb) in PLACING:
            return verb
    return None


def _clause_read_object(tok) -> bool:
    """'reached a six-month ceasefire deal in Havana, mediators said': a determined noun after
    the verb that the parser made a clause of its own, with no subject or auxiliary to be one
    (as events._clause_read_objects reads it for the verb's senses)."""
    return tok.dep_ == "ccomp" and tok.pos_ == "NOUN" and tok.i > tok.head.i and not _children(
        tok, "nsubj", "nsubjpass", "aux", "auxpass") and any(
            x.dep_ == "det" for x in tok.subtree if x.i < tok.i)


def _clause_in_amod(tok) -> bool:
    """A past verb the parser made a modifier of its own object: 'The bank froze accounts'
    ('froze' has a subject of its own), 'suspended the constitution and dissolved
    parliament' (after 'and', on a bare noun coordinated with a verb)."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN"):
        return False
    if verbless_doer(tok) is not None:
        return True  # "Riot police in Tbilisi used water cannon against demonstrators"
    # "Taiwan scrambled fighter jets": a past form tagged a participle still has a subject
    if any(s.i < tok.i for s in _children(tok, "nsubj")) and not _children(tok, "aux", "auxpass"):
        return True
    head = tok.head
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "VBN" and before is not None and before.lemma_ == "have" and \
            head.dep_ == "dobj" and head.head.i == before.i:
        return True  # "is said to have massed troops": a perfect read as 'have' + adjective
    return (before is not None and before.dep_ == "cc" and head.dep_ == "conj"
            and head.head.pos_ == "VERB" and not _children(head, "det", "poss"))


def verbless_doer(tok):
    """'Riot police in Tbilisi used water cannon against demonstrators', 'Activists from Just
    Stop Oil sprayed orange paint on', 'Turkey hosted talks between': in a sentence the
    parser left with a noun at its root, a past form hung as a modifier on the bare noun
    after it is the main verb, that noun its object; its doer is the name hung on the verb
    before it, or the root noun before it. None when that is not so."""
    start = _word_start(tok)  # "North Korea test-fired two missiles": the whole word
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.head.i < tok.i or (
            start == 0 or tok.doc[start - 1].pos_ not in ("NOUN", "PROPN")):
        return None  # 'the crew of seized ships', 'amnesty to jailed protesters': modifiers
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(
            k.dep_ in ("det", "poss") and k.i < tok.i for k in _children(tok.head, "det", "poss")):
        return None  # "the ousted president": a modifier after a determiner stays one
    before = [k for k in _children(tok, "npadvmod", "nsubj") if k.i < start]
    if before:
        return before[0]
    if start < tok.i:
        # the name the parser made a compound of the object, before the hyphenated verb
        names = [k for k in _children(tok.head, "compound") if k.i < start and k.pos_ == "PROPN"]
        if names:
            return names[-1]
    return root if root.i < tok.i and root.i != tok.head.i else None


# verbs that hold their object to account for a gerund after 'of' / 'for' / 'from': the
# object did it ('accused the colonel of ordering', 'arrested him for inciting')
HELD_TO_ACCOUNT = frozenset({"accuse", "charge", "suspect", "blame", "convict", "arrest",
                             "detain", "sentence", "praise", "thank", "fine", "punish",
                             "criticise", "criticize", "condemn", "commend", "prevent",
                             "stop", "bar", "ban", "jail", "indict", "prosecute", "sue"})

# pronouns that open an aside about part of the subject: 'many of them', 'most of whom'
ASIDE_PARTS = frozenset({"many", "some", "most", "all", "several", "both", "none", "few",
                         "half", "one", "two", "three", "dozens", "hundreds"})


def _aside_subject(head):
    """The noun before a comma aside ('Troops ..., many of them deployed last month,')
    when ``head`` is the aside's own verb, read by the parser as the sentence's root: the
    head has two subjects, the aside's part pronoun with 'of them' and the noun before it."""
    subj = _children(head, "nsubj")
    part = [s for s in subj if s.lower_ in ASIDE_PARTS and any(
        o.lower_ in ("them", "whom") for o in _pobjs(s, ("of",)))]
    if not part:
        return None
    before = [s for s in subj if s.i < part[0].i and s.pos_ in ("NOUN", "PROPN")]
    if not before and head.dep_ in ("relcl", "acl") and head.head.i < part[0].i and (
            head.head.pos_ in ("NOUN", "PROPN")):
        before = [head.head]  # the aside hung on the subject as a relative clause
    return before[0] if before else None


def _word_start(tok) -> int:
    """Where the hyphenated word a token ends begins ('test-fired' -> 'test')."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not (
            doc[i - 1].whitespace_):
        i -= 2
    return i


def prefixed_piece(tok):
    """'Jordan and Qatar re-established relations': spaCy splits 're' off and the parser may
    make it the clause's verb, the rest a modifier of the object; the 're' token, standing
    in the tree for the verb after the hyphen, or None."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    pre = doc[i - 2]
    return pre if pre.lower_ == "re" and pre.dep_ != "compound" else None


# words that open a time clause or phrase before the main clause
TIME_OPENERS = frozenset({"after", "before", "following", "since", "until", "once", "while",
                          "when", "during"})


def _fronted_clause_subject(s, verb):
    """'After the talks in Jeddah, Sudan's army accused': the parser may read the opening
    time phrase as a clause ('After' its mark, 'the talks' the subject) and hang the real
    subject inside it; the noun phrase between the comma and the verb is the doer."""
    marks = [m for m in _children(verb, "mark") if m.lower_ in TIME_OPENERS and m.i < s.i]
    comma = next((t for t in reversed(verb.doc[s.i:verb.i]) if t.text == ","), None)
    if not marks or comma is None:
        return None
    heads = [t for t in verb.doc[comma.i + 1:verb.i] if not comma.i < t.head.i < verb.i
             and t.pos_ in ("NOUN", "PROPN") and s.is_ancestor(t)]
    return heads[0] if len(heads) == 1 else None


def _subjects(verb, depth: int = 0) -> list:
    """Who does what ``verb`` says, following relative pronouns and control/coordination."""
    if depth > 4:
        return []
    subj = _children(verb, "nsubj")
    if not subj and verb.dep_ in ("dep", "conj", "parataxis") and verb.head.i < verb.i:
        # "Troops from the regional force, many of them deployed only last month, withdrew
        # from two towns": the aside's participle read as the root, the verb hung on it;
        # the subject before the aside is the verb's
        doer = _aside_subject(verb.head)
        if doer is not None:
            return [doer]
    if not subj and hedged_root_clause(verb):
        # "Militants believed to be linked to al-Qaeda kidnapped four engineers": the
        # hedged subject of the misread root does the real main verb
        return [s for s in _children(verb.head, "nsubj") if s.i < verb.head.i][:1]
    if subj and len(subj) == 1 and _time_misread_as_subject(subj[0], verb):
        # "A coalition of ... that has organised rallies since March called for a strike":
        # 'since March' read as a clause with March its subject; the root noun acts
        return [verb.doc[verb.sent.root.i]]
    if subj and reduced_relative_root(verb) is not None:
        return _agents(verb)  # "fishermen detained ... were released": they were detained
    if not subj and verb.dep_ == "conj" and reduced_relative_root(verb.head) == verb:
        return _agents(verb)  # ... were released by Sri Lankan authorities
    if not subj and verb.dep_ == "amod" and prefixed_piece(verb) is not None:
        return _subjects(prefixed_piece(verb), depth + 1)  # 're-established': 're' has them
    if not subj and verb.dep_ == "amod" and verbless_doer(verb) is not None:
        return [verbless_doer(verb)]  # "Riot police in Tbilisi used water cannon"
    if len(subj) > 1:
        # "TEHRAN (MPA) — Iran's Guards vowed": the dateline is no second subject
        subj = [s for s in subj if not _dateline(s, verb)] or subj
    # "10:42 GMT: Fijian police have detained": a live blog's time stamp does nothing
    subj = [s for s in subj if not _clock(s)]
    if subj:
        s = subj[0]
        if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [_harming_act(verb) or verb.head]
        if _dateline(s, verb) and (s.is_upper or s.ent_type_ in ("GPE", "DATE")):
            # "ROTTERDAM (MPA) — Dockworkers ... walked": the doer follows the dash; so
            # after a dateline's date ("NEW YORK, Nov 17 — UN Secretary-General ... urged")
            dash = next(t for t in verb.doc[s.i:verb.i] if _is_dash(t))
            # the noun phrase after the dash that the parser hung on the dateline
            heads = [t for t in verb.doc[dash.i + 1:verb.i] if not dash.i < t.head.i < verb.i
                     and t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and s.is_ancestor(t)]
            if heads:
                return heads[:1]
            return [s]
        fronted = _fronted_clause_subject(s, verb)
        return [fronted] if fronted is not None else [s]
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and (
            verb.head.head.pos_ in ("VERB", "AUX")):
        # "is accused of ordering the killing", "accused the colonel of ordering it",
        # "after shelling the town, troops withdrew": a gerund after a preposition is done
        # by the object the preposition follows, else by the passive's or the verb's subject
        gov = verb.head.head
        if verb.head.lower_ in ("of", "for", "with", "from") and _children(gov, "dobj"):
            return _children(gov, "dobj")[:1]
        if _is_passive(gov):
            return [s for s in _children(gov, "nsubjpass") if not _dateline(s, gov)][:1]
        return _subjects(gov, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("of", "for", "from") \
            and verb.head.head.dep_ == "dobj" and _lemma(verb.head.head.head) in HELD_TO_ACCOUNT:
        return [verb.head.head]  # "accused the colonel of ordering": the 'of' hung on him
    if verb.dep_ in ("acl", "xcomp") and verb.head.lower_ in RESOLVES and (
            verb.head.pos_ == "NOUN"):
        # "Marvia's decision to cut off gas", "a bid by the junta to silence the press"
        head = verb.head
        doers = _children(head, "poss")
        # "praised the Czech decision to supply ammunition": a state's adjective owns it
        doers = doers or [m for m in _children(head, "amod", "compound")
                          if (m.ent_type_ in ("NORP", "GPE") or m.lower_ in DEMONYMS)
                          and m.i < head.i]
        return doers or _pobjs(head, ("by",)) or (
            _subjects(head.head, depth + 1) if head.dep_ in ("dobj", "attr")
            and head.head.pos_ in ("VERB", "AUX") else [])
    if glued_to_dateline(verb):
        return [verb.head]
    aside = [s for p in _children(verb, "parataxis") for s in _children(p, "nsubj")]
    if len(aside) > 1 and aside[0].i < verb.i:
        return aside[:1]  # "Rebel fighters, the ministry said, had ambushed a convoy"  # "KABUL (Agency) - Taliban fighters attacked": parsed as a clause
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]  # "a boat carrying weapons"
    if _root_noun_acts(verb) or _headline_to_verb(verb):
        return [verb.head]
    if _clause_in_amod(verb):
        return _subjects(verb.head.head, depth + 1)  # "... and dissolved parliament"
    if verb.dep_ == "relcl":
        return [verb.head]
    head = verb.head
    if head.i == verb.i:
        # "Mali expels French ambassador": the small model may read a name before a root
        # verb as its modifier; with no subject, that name does the act
        named = [c for c in _children(verb, "amod", "compound", "npadvmod") if c.i < verb.i
                 and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                 and verb.tag_ in ("VBZ", "VBD", "VBP")]
        return named[-1:]
    if verb.dep_ == "xcomp":
        if head.lemma_.lower() in OBJECT_CONTROL:
            objs = _children(head, "dobj") or _pobjs(head, ("on", "upon"))
            if objs:
                return objs  # "urged X to leave", "called on X to act": X acts
        if not _is_passive(head):
            return _subjects(head, depth + 1)
        # "Marvia is expected to expel the envoy": a raising passive's subject acts
        raised = _children(head, "nsubjpass") if head.lemma_.lower() in RAISING else []
        if len(raised) > 1:  # "VILNIUS, Aug 5 — Belarus is said to have": no dateline
            raised = [s for s in raised if not _dateline(s, head)] or raised
        if not raised and head.lemma_.lower() in RAISING:
            # "Hackers linked to X are said to have": the subject's reduced relative read as
            # a clause of its own, the subject left inside it
            raised = [s for k in _children(head, "ccomp") if k.i < head.i and k.tag_ == "VBN"
                      for s in _children(k, "nsubj")][:1]
        return _agents(head) or raised
    if verb.dep_ == "advcl" and _lemma(head) in OBJECT_CONTROL and any(
            a.lower_ == "to" for a in _children(verb, "aux")) and _children(head, "dobj"):
        return _children(head, "dobj")  # "incited supporters to attack", parsed as a purpose
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return _agents(head) if _is_passive(head) else _subjects(head, depth + 1)
    if verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and any(
            a.lower_ == "to" for a in _children(verb, "aux")) and not _is_passive(head):
        # "has yet to decide whether to send more police": an infinitive question's doer
        # is who decides it ('asked X how to respond': X)
        objs = _children(head, "dobj") if _lemma(head) in OBJECT_CONTROL else []
        return objs or _subjects(head, depth + 1)
    if verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX") and not _is_passive(head):
        return _subjects(head, depth + 1)  # "it was ready to mediate": 'ready' is its
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB" and (
            head.lower_ in ("before", "after", "while", "since", "by", "without")):
        # "torched homes before withdrawing": the gerund's doer is the clause's subject
        main = head.head
        return _agents(main) if _is_passive(main) else _subjects(main, depth + 1)
    return []


def _harming_act(verb):
    """'the attack on the convoy, which killed four aid workers': what harms is the attack
    the relative clause's noun is the aim of, not that noun (the parser hangs 'which' on
    the nearer word)."""
    noun = verb.head
    if _lemma(verb) not in lex.HARM_VERBS or noun.dep_ != "pobj":
        return None
    act = noun.head.head
    sense = lex.noun_sense(act.lower_) if act.pos_ == "NOUN" else None
    return act if sense is not None and sense.type == "ASSAULT" else None


def _agents(verb) -> list:
    return [_means_placer(p) for a in _children(verb, "agent") for p in _children(a, "pobj")]


# devices that kill or wound for whoever set them: 'killed by a roadside bomb planted by X'
PLACED_MEANS = lex.MUNITIONS | frozenset({"bomb", "bombs", "mine", "mines", "landmine",
                                         "landmines", "explosive", "explosives", "device",
                                         "devices", "ied", "ieds", "booby-trap"})


def _means_placer(agent):
    """A passive's agent that is a device set or fired by someone named after its own 'by'
    ('a roadside bomb planted by Al-Shabaab militants') stands for that someone."""
    if agent.lower_ not in PLACED_MEANS:
        return agent
    placers = [p for v in _children(agent, "acl") if v.tag_ == "VBN"
               for a in _children(v, "agent") for p in _children(a, "pobj")]
    return placers[0] if placers else agent


def _pobjs(tok, preps) -> list:
    return [o for p in _children(tok, "prep", "dative") if p.lower_ in preps
            for o in _children(p, "pobj") or _gerund_subjects(p)]


def _gerund_subjects(prep) -> list:
    """'cooperating with British investigators examining bribes': the parser made the
    noun the subject of its participle, which it hung on the preposition."""
    if prep.lower_ == "with" and prep.i > 0 and prep.nbor(-1).text == ",":
        return []  # ", with 17,000 troops taking part": an absolute clause, no partner
    return [s for g in _children(prep, "pcomp") if g.tag_ == "VBG"
            for s in _children(g, "nsubj") if s.pos_ in ("NOUN", "PROPN")]


CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _clock(tok) -> bool:
    """A time of day heading a subject: '10:42 GMT', '14.05'."""
    return tok.ent_type_ == "TIME" or bool(CLOCK.fullmatch(tok.text)) or any(
        CLOCK.fullmatch(k.text) for k in tok.children if k.dep_ in ("nummod", "compound"))


def _is_time(tok) -> bool:
    return (tok.ent_type_ in ("DATE", "TIME") and not swallowed_by_date(tok)
            or tok.lower_ in TIME_WORDS)


# ---------------------------------------------------------------- argument shapes


def _free_relative(tok) -> list:
    """'struck what the military described as a weapons depot', 'shelled what residents
    said were homes': the thing named inside the 'what' clause is the target."""
    for clause in _children(tok, "ccomp"):
        if clause.left_edge.lower_ != "what" or clause.left_edge.i < tok.i:
            continue
        for t in clause.subtree:
            if t.dep_ in ("attr", "oprd") or t.dep_ == "pobj" and t.head.lower_ == "as":
                return [t]
    return []


def _party(t) -> bool:
    """A token that may name a party to an act: a name, a group or a person."""
    return t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or (
        t.lower_ in lex.PEOPLE | lex.TROOPS | lex.DIGNITARIES | lex.WORKERS | QUANTITY)


def _coordinated(tok) -> list:
    """Verbs coordinated with ``tok``, also those the parser hung as siblings under one
    reporting verb ('two were shot dead and a third was wounded by gunmen, police said')."""
    out = [x for x in tok.conjuncts if x.pos_ == "VERB"]
    if any(c.dep_ == "cc" for c in tok.children) and tok.head.i != tok.i:
        out += [x for x in tok.head.children if x.i > tok.i and x.dep_ == tok.dep_
                and x.pos_ == "VERB"][:1]
    return out


# single holders of an office who may speak of themselves as 'he' or 'she'
OFFICES = lex.DIGNITARIES - {"delegation", "delegations", "leaders", "foreign", "head"} | {
    "spokesman", "spokeswoman", "commander", "general", "candidate", "lawmaker", "mp"}


def _reported_doer(tok, subjects: list) -> list:
    """'Kosovo police said they had arrested three men': a pronoun doer of a reported act
    is the speaker when the speaker is a group or an office, not a person quoted."""
    if len(subjects) != 1 or subjects[0].lower_ not in ("they", "it", "we", "he", "she"):
        return subjects
    head = tok
    # "said it was ready to mediate": through the adjective the infinitive hangs on
    while head.dep_ in ("conj", "xcomp", "acomp") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING:
        return subjects
    # (_subjects sets a dateline parsed as a second subject aside: 'DOHA, May 3 — Qatar said')
    speakers = [s for s in _subjects(head.head) if s.pos_ != "PRON"
                and s.ent_type_ != "PERSON"]
    if subjects[0].lower_ in ("he", "she"):
        # "Kenya's opposition leader said he would hold talks": one office holder speaking
        # of himself; a group or a body ('Police said he fired') is not who 'he' is
        speakers = [s for s in speakers if s.tag_ in ("NN", "NNP") and s.lower_ in OFFICES]
    return speakers or subjects


def _drill_type(tok, mods: set[str]) -> str | None:
    """Drills one state or army holds alone ('Beijing held drills around the island', 'naval
    drills') are a show of force; held with a partner they are cooperation; a fire drill
    or a team exercise is no event (None: the noun's own sense decides)."""
    light = _light_verb(tok)
    holders = _subjects(light) if light is not None and not _is_passive(light) else []
    with_partner = any(p.lower_ == "with" for x in (tok, light) if x is not None
                       for p in _children(x, "prep"))
    if mods & {"joint", "combined", "bilateral", "trilateral", "multinational"}:
        return None
    military = bool(mods & (lex.MILITARY_MODS | READINESS)) or len(holders) == 1 and (
        holders[0].ent_type_ in ("GPE", "NORP") or holders[0].pos_ == "PROPN"
        or holders[0].lower_ in lex.TROOPS)
    if with_partner and (military or any(h.lower_ in lex.TROOPS for h in holders)):
        return "COOPERATE"
    if len(holders) > 1 or any(h.conjuncts for h in holders) or with_partner:
        return None  # "Egypt and Sudan held drills": together, as the noun's sense says
    return "MOBILIZE" if military else None


def _someone_asks(tok) -> bool:
    """'calls for a ceasefire', 'the union's demands', 'made a demand': someone asks;
    'electricity demand', 'demand for oil' is a market's, and asks no one."""
    preps = {p.lower_ for p in _children(tok, "prep")}
    if tok.lower_ in ("call", "calls"):
        return bool(preps)
    if _children(tok, "poss") or _light_verb(tok) is not None or preps & {"by", "from"}:
        return True
    return tok.lower_ == "demands" and bool(preps) and not _children(tok, "compound")


def _formal_complaint(tok) -> bool:
    """'lodged a formal protest with Tokyo' is a diplomatic complaint (ACCUSE), not a
    demonstration."""
    verb = _light_verb(tok)
    if verb is not None and _lemma(verb) in ("lodge", "file", "register", "deliver", "send"):
        return True
    return any(p.lower_ == "with" for p in _children(tok, "prep")) or "formal" in _lower_words(tok)
