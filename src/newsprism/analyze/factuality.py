"""How sure the text is about an event: asserted, reported, alleged, negated, hypothetical or
future; reads one spaCy token (or span) of the parsed article and the quotes found so far.

Method: walk from the trigger up its dependency path, collecting markers on the way —
auxiliaries (will -> future; would/could/may -> hypothetical), negation, hedging adverbs
(allegedly, reportedly), evaluative modifiers of an event noun (alleged, planned, possible)
and the meaning of each governing predicate when the path enters it as its complement
("denied that X" -> negated, "has been linked with X" -> alleged, "plans to X" -> future,
"wants to X" -> hypothetical, "said X" -> reported). The walk stops at a subject or a
relative clause: a subject noun is presupposed ("The killing of X will lead to Y": the
killing is not future, only Y is).

One value must come out although several may hold. Precedence, strongest first:
    negated > hypothetical > future > alleged > reported > asserted
so an event inside a quote keeps the quote's own modality ("... will lead to the liberation
of Jerusalem," he said -> future). The reported nature is never lost: events.py sets
``Event.source`` to the id of the quote whose content holds the trigger, so "reported and
future" is recoverable as factuality == "future" and source is not None.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.attrs import IS_SPACE

from ..records import Quote

PRECEDENCE = ("negated", "hypothetical", "future", "alleged", "reported", "asserted")

NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d", "’d", "can",
                              "must", "ought", "ca"})
ALLEGED_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly",
                             "ostensibly", "apparently"})
HYPOTHETICAL_ADVERBS = frozenset({"perhaps", "possibly", "maybe", "probably", "likely",
                                  "conceivably", "potentially"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs that only say that their subject takes place ("Talks will resume").
OCCURRENCE = frozenset({"resume", "begin", "start", "restart", "commence", "happen", "occur",
                        "proceed", "unfold"})
# Adjectives that make a copula's subject a supposition ("a ceasefire was possible").
MODAL_ADJECTIVES = frozenset({"possible", "likely", "unlikely", "probable", "conceivable",
                              "inevitable", "imaginable"})
# Nouns of a claim whose 'that' clause is what is claimed ("claims that its forces ...").
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "suggestion", "rumour", "rumor",
                         "speculation", "charge", "assertion"})
# Nouns of intention whose 'to' + verb names the act intended ("no plans to withdraw").
INTENT_NOUNS = {"plan": "future", "intention": "future", "intent": "future",
                "threat": "hypothetical", "offer": "hypothetical", "proposal": "hypothetical"}
# Ruling 14: verbs that tell an act in the passive as made known ('the expulsions were
# announced by the foreign ministry', 'was confirmed by the army'), the nouns of a decision
# whose 'to' + verb is that act ("Moscow's decision to expel ... was announced"), and the acts
# that announcing performs (a sanction, ban, recognition or pledge is made by declaring it).
ANNOUNCING = frozenset({"announce", "confirm", "declare", "disclose", "reveal", "report",
                        "acknowledge", "publish", "unveil"})
DECISION_NOUNS = frozenset({"decision", "plan", "order", "move", "resolution", "intention"})
PERFORMED_BY_SAYING = frozenset({
    "sanction", "sanctions", "ban", "embargo", "blacklist", "blacklisting", "designation",
    "designate", "pledge", "recognition", "recognise", "recognize", "expel", "expulsion",
    "recall", "suspension", "suspend", "freeze", "freezing", "pardon", "amnesty", "veto",
    "ultimatum", "apology", "apologise", "apologize", "tariff", "tariffs", "levy", "duty",
    "duties", "restriction", "restrictions", "curb", "curbs", "sever", "severance",
    "ceasefire", "truce", "boycott", "revocation", "revoke", "cancellation", "annulment"})
# Words that set a time ahead ('next month', 'the coming week'): an act so dated is to come.
COMING = frozenset({"next", "coming"})
# Verbs that put an act off to a later date ('postponed the summit'): still to come.
DEFERRING = frozenset({"postpone", "defer", "delay", "reschedule"})
# 'would' as the past of 'will' in reported speech ("said it would pull its troops out")
BACKSHIFT_AUX = frozenset({"would", "'d", "’d"})
# Verbs whose subject can be a document or an inquiry that finds what it reports ("..., a UN
# report found"), and such subjects.
FINDING = frozenset({"find", "conclude", "establish", "determine", "document"})
FINDERS = frozenset({"report", "study", "investigation", "inquiry", "probe", "review", "audit",
                     "survey", "analysis", "assessment", "commission", "panel", "investigators",
                     "investigator", "inspectors", "autopsy", "post-mortem"})
# Marks of an adverbial clause that states its own happening ("failed to pass it after
# Russia vetoed it"): the main clause's modality does not reach into it.
CIRCUMSTANCE_MARKS = frozenset({"after", "before", "when", "as", "since", "because",
                                "while", "once", "until", "whereas"})
CIRCUMSTANCE_PREPS = frozenset({"despite", "after", "amid", "following", "during", "since",
                                "before", "notwithstanding", "behind"})
# "denied any role in the attack", "claimed responsibility for it": the part is what is
# denied or claimed; the act itself is a given.
ROLE_NOUNS = frozenset({"role", "part", "involvement", "hand", "responsibility", "complicity",
                        "participation", "link", "links"})

# Modifiers of an event noun that qualify it ("the alleged attack", "a planned strike").
ALLEGED_MODIFIERS = frozenset({"alleged", "suspected", "reported", "purported", "presumed",
                               "rumoured", "rumored", "claimed", "supposed", "so-called"})
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "proposed",
                                    "would-be", "prospective", "threatened", "feared"})
FUTURE_MODIFIERS = frozenset({"planned", "upcoming", "forthcoming", "scheduled", "impending",
                              "imminent", "future", "expected", "next"})
NEGATED_MODIFIERS = frozenset({"foiled", "thwarted", "averted", "cancelled", "canceled",
                               "aborted", "called-off"})

# Prepositions that make an event noun the object of another act, not its manner.
ARGUMENT_PREPS = frozenset({"to", "for", "against", "on", "at", "over", "about"})
# Verbs of a trip, whose purpose ('flew to Cairo for talks') is as sure as the trip.
TRAVEL = frozenset({"travel", "fly", "head", "arrive", "come", "journey", "sail", "drive"})
# Verbs that carry an event noun without meaning of their own ("carried out the strike").
LIGHT = frozenset({"carry", "launch", "stage", "conduct", "hold", "mount", "make", "wage",
                   "order", "call", "impose", "begin", "start", "resume", "continue", "plan",
                   "issue", "announce", "declare", "give", "offer", "sign", "reach", "go",
                   "take", "put", "place", "seek", "win", "approve", "lead", "join",
                   "organize", "organise", "do", "commit", "perpetrate", "unleash", "open",
                   "intensify", "escalate", "step", "authorize", "authorise", "sanction",
                   # more of the act ('pledged to deepen military cooperation')
                   "deepen", "strengthen", "expand", "boost", "enhance", "bolster", "broaden",
                   "widen",
                   "complete", "finish", "finalise", "finalize", "gather", "convene", "host",
                   "attend", "undertake", "receive",
                   # verbs that carry a patrol or sortie ('will run joint patrols')
                   "run", "fly", "sail",
                   # verbs that lay a charge, lodge a case or pass a sentence, and give
                   # support (events' light-verb constructions, event_light.py)
                   "slap", "levy", "introduce", "lodge", "level", "file", "bring",
                   "institute", "hand", "pass", "mete", "throw", "lend",
                   "proclaim", "enforce",
                   # verbs that take up an agreement or truce ('pressed it to accept a truce')
                   "accept", "observe", "respect", "honour", "honor",
                   # a verb that bestows the act its noun names ('will grant an amnesty to
                   # insurgents'): granting is the act itself ('agreed to extend its ban'
                   # prolongs a given measure, so 'extend' stays out: ruling 7)
                   "grant"})
# Bases of LIGHT whose 're-' word is no 'again' ('recall', 'resign', 'retake' a vote aside).
RE_NOT_AGAIN = frozenset({"call", "sign", "mount", "pass", "lead", "place", "hand", "lend",
                          "take", "start", "open", "join", "issue"})
# Speech acts that offering or expressing performs ("offered an apology to Indonesia").
PERFORMATIVES = frozenset({"apology", "condolence", "condolences", "regret", "regrets",
                           "congratulation", "congratulations", "thanks", "sympathy"})
# Governing predicates: what they do to the event named in their complement.
ALLEGING = frozenset({"link", "allege", "suspect", "accuse", "believe", "rumour", "rumor",
                      "claim", "blame", "tie", "connect", "implicate", "attribute", "charge",
                      "think", "assume", "presume", "speculate", "hold"})
NEGATING = frozenset({"deny", "refuse", "fail", "refute", "avoid", "prevent", "thwart",
                      "foil", "avert", "refrain", "decline", "stop", "cancel", "abandon",
                      "deter", "halt", "rule", "dismiss", "shelve", "scrap", "ditch", "axe"})
FUTURE_MAKING = frozenset({"plan", "intend", "prepare", "aim", "schedule", "set", "vow",
                           "pledge", "promise", "decide", "agree", "expect", "due",
                           "resolve", "poise", "poised", "slate", "slated"})
HYPOTHESIZING = frozenset({"want", "wish", "seek", "try", "attempt", "hope", "consider",
                           "propose", "suggest", "urge", "call", "ask", "demand", "request",
                           "threaten", "offer", "weigh", "fear", "risk", "push",
                           "press", "need", "imagine", "able", "ready", "willing", "likely",
                           "possible", "unlikely"})
# Verbs whose 'to' + verb is their complement, never a purpose ('threatened on Sunday to'):
# split_infinitive reads such a clause as one when an adjunct split it off.
INFINITIVE_TAKERS = frozenset({
    "threaten", "vow", "pledge", "promise", "agree", "refuse", "decline", "fail", "decide",
    "plan", "intend", "offer", "seek", "try", "attempt", "hope", "want", "vote", "move",
    "resolve", "aim", "propose", "undertake", "choose", "opt", "swear", "expect"})
SPEECH = frozenset({"say", "tell", "state", "add", "report", "insist", "confirm", "write",
                    "tweet", "note", "explain", "argue", "declare", "assert", "warn",
                    "stress", "reveal", "disclose", "acknowledge", "admit", "testify",
                    "maintain", "quote", "post", "recount", "describe", "comment",
                    "emphasize", "emphasise", "tout", "boast", "contend", "reply",
                    "respond", "answer", "recall", "show", "indicate", "suggest", "announce"})

# Dependencies through which an event enters its governor as that governor's complement.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pobj", "dobj", "prep", "pcomp", "advcl",
                             "parataxis", "attr", "oprd", "acomp", "appos", "dative",
                             "agent", "npadvmod", "conj"})
# A subject is presupposed; a relative or adnominal clause has its own modality.
STOP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "relcl", "acl", "expl"})


def _none_of(subj) -> bool:
    """A subject that counts no one: 'neither side', 'no country', 'none of the parties',
    'nobody'."""
    if subj.lower_ in ("none", "nobody", "neither", "nothing"):
        return True
    return any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
               for d in subj.children)


def _own_markers(tok, found: set[str]) -> None:
    """Markers sitting directly on one token of the path (its own children)."""
    for c in tok.children:
        low = c.lower_
        dep = c.dep_
        if dep == "neg" or (dep in ("advmod", "det") and low in ("never", "no")):
            found.add("negated")
        elif dep == "advmod" and low == "longer" and any(
                n.lower_ == "no" for n in c.children):
            found.add("negated")  # "will no longer back the government": 'no' sits on 'longer'
        elif dep in ("aux", "auxpass") and low in FUTURE_AUX:
            found.add("future")
        elif dep in ("aux", "auxpass") and low in HYPOTHETICAL_AUX:
            found.add("future" if low in BACKSHIFT_AUX and backshifted(tok) else "hypothetical")
        elif dep == "advmod" and low in ALLEGED_ADVERBS:
            found.add("alleged")
        elif dep == "advmod" and low in HYPOTHETICAL_ADVERBS:
            found.add("hypothetical")
        elif dep == "mark" and low in CONDITIONAL_MARKS:
            found.add("hypothetical")
        elif dep in ("amod", "compound"):
            _modifier_marker(low, found)
        elif dep == "npadvmod" and (tok.pos_ == "NOUN" or tok.tag_ in ("VBZ", "VBP")) and (
                low == "tomorrow" or any(k.lower_ in COMING for k in c.children)):
            found.add("future")  # "the minister's visit to Beijing next month": still to come
        elif dep == "det" and low == "any" and tok.pos_ == "NOUN":
            found.add("hypothetical")  # "would respond to any strike": none has happened
        elif dep == "prep" and (low == "according" or low == "per" and c.i == c.sent.start):
            found.add("reported")  # "Per two officials familiar with the talks, ..."

        elif dep == "parataxis" and c.lemma_.lower() in SPEECH and any(
                s.dep_ == "nsubj" for s in c.children):
            found.add("reported")  # "Rebels, the ministry said, had ambushed a convoy"



def _modifier_marker(low: str, found: set[str]) -> None:
    if low in ALLEGED_MODIFIERS:
        found.add("alleged")
    elif low in HYPOTHETICAL_MODIFIERS:
        found.add("hypothetical")
    elif low in FUTURE_MODIFIERS:
        found.add("future")
    elif low in NEGATED_MODIFIERS:
        found.add("negated")


def _claimed(clause) -> bool:
    """A 'that' clause saying what a claim claims ('claims that its forces had ...')."""
    return clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in CLAIM_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def lemma_of(tok) -> str:
    """The token's lemma, lower-cased, with the tagger's known slip mended ('hopes',
    'hoped', 'hoping' -> 'hop')."""
    lemma = tok.lemma_.lower()
    if lemma == "hop" and tok.lower_ in ("hopes", "hoped", "hoping"):
        return "hope"
    return lemma


def _occurs(verb) -> bool:
    """A verb that says no more of its subject than that it takes place: 'resume',
    'begin', 'take place', 'go ahead'."""
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE:
        return True
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "ahead"
                                 for c in verb.children)


def _modal_predicate(copula) -> bool:
    """'would be a disaster', 'was possible', 'is unlikely before May'."""
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX or c.dep_ == "acomp" and (
        c.lower_ in MODAL_ADJECTIVES) for c in copula.children)


def backshifted(verb) -> bool:
    """'The ministry said it would pull its troops out by January': 'would' in a clause
    reported by a past verb of saying is the reported 'will' (the sequence of tenses), so
    the act is future; not with a condition ('would airdrop food ... if'), nor 'would
    have' (a counterfactual)."""
    if verb.dep_ != "ccomp" or verb.head.tag_ not in ("VBD", "VBN") or (
            verb.head.lemma_.lower() not in SPEECH | {"vow", "promise", "pledge"}):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    # a condition the parser hung on the verb's own 'to' + verb ("would ask Ankara to host
    # the talks if they resumed") conditions the whole 'would' clause: one plan, one 'if'
    return not any(c.dep_ == "advcl" and _conditional(c) for k in (verb, *(
        x for x in verb.children if x.dep_ == "xcomp")) for c in k.children)


def _conditional(clause) -> bool:
    """An adverbial clause that sets a condition: 'if', 'unless', 'once parliament approved
    it', 'provided that', or inverted ('Should the talks fail', 'Were it to ...')."""
    if any(m.dep_ == "mark" and (m.lower_ in CONDITIONAL_MARKS or m.lower_ in (
            "once", "provided", "providing")) for m in clause.children):
        return True
    if any(m.lower_ == "once" and m.i == clause.left_edge.i for m in clause.children):
        return True  # 'once' the parser took for an adverb
    first = clause.doc[clause.left_edge.i]
    return first.dep_ in ("aux", "auxpass") and first.head.i == clause.i and first.lower_ in (
        "should", "were", "had") and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.i > first.i for s in clause.children)


def split_infinitive(clause) -> bool:
    """'threatened on Sunday to take the dispute to the council', 'refused on Friday to
    extradite him': a 'to' + verb that an adjunct between it and its verb ('on Sunday') made
    the parser hang as an adverbial clause, though it is the verb's complement (an xcomp);
    read only where the verb's own complement would be (no object, no other complement
    clause, no mark of purpose)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VB" or clause.i < clause.head.i + 3:
        return False
    verb = clause.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in INFINITIVE_TAKERS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or any(
            c.dep_ == "mark" for c in clause.children):
        return False  # 'in order to', 'so as to': a purpose
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)


def _governor_marker(gov, dep: str, tok=None) -> str | None:
    """What governor ``gov`` does to a complement ``tok`` attached to it by ``dep``."""
    lemma = lemma_of(gov)
    if dep == "advcl" and tok is not None and split_infinitive(tok):
        dep = "xcomp"  # "pledged on Monday to send": the complement split off by a date
    if lemma == "go" and gov.tag_ == "VBG" and dep == "xcomp":
        return "future"  # "is going to strike"
    if lemma in ("have", "be") and dep == "xcomp" and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children):
        return "negated"  # "has yet to release the activists": not done (so far)
    if lemma == "call" and dep == "dobj" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in gov.children):
        return "negated"  # "called off a planned strike"
    if lemma == "call" and dep == "dobj":
        return None  # "the union called a strike": called, not merely wished for
    if lemma in NEGATING:
        return "negated"
    if lemma == "blame" and dep == "dobj":
        return None  # "blaming the strike by ground staff": what is blamed happened
    if lemma in FINDING and dep == "ccomp" and any(
            s.dep_ == "nsubj" and s.lower_ in FINDERS for s in gov.children):
        return "reported"  # "..., a UN report found": a document's finding is a report
    if lemma in ALLEGING and dep == "advcl":
        return None  # an allegation's content is its complement, not an adverbial clause
    if lemma in ALLEGING:
        # "believe" and "hold" allege only as a hedge on someone else's claim
        if lemma in ("believe", "think", "hold", "assume") and dep not in ("ccomp", "xcomp"):
            return None
        return "alleged"
    if lemma in ("plan", "schedule", "prepare") and dep == "dobj":
        return "future"  # "are planning a strike from Friday": the strike is still to come
    if lemma in DEFERRING and dep == "dobj":
        return "future"  # "postponed a summit with Ukraine": put off, still to come
    if lemma in FUTURE_MAKING and dep in ("xcomp", "ccomp", "prep", "pobj"):
        return "future"
    if lemma in ("offer", "extend", "express") and dep == "dobj" and tok is not None and (
            tok.lemma_.lower() in PERFORMATIVES):
        return None  # "offered an apology": offering one makes it; "offered talks" proposes
    if lemma == "open" and gov.pos_ == "ADJ" and dep in ("prep", "pobj"):
        return "hypothetical"  # "said it was open to talks", as 'ready for talks'
    if lemma in HYPOTHESIZING and dep in ("xcomp", "ccomp", "prep", "pobj", "dobj"):
        return "hypothetical"
    if lemma in SPEECH and dep in ("ccomp", "parataxis"):
        return "reported"
    if lemma in SPEECH and dep == "xcomp":
        return "alleged"  # "is said to have ordered the attack"
    return None


# participles that hedge who a subject is ('Militants believed to be linked to al-Qaeda')
HEDGING_PARTICIPLES = frozenset({"believe", "think", "say", "know", "suspect", "report",
                                 "understand", "allege", "rumour", "rumor", "presume", "fear"})


def hedged_root_clause(verb) -> bool:
    """'Militants believed to be linked to al-Qaeda kidnapped four engineers': a reduced
    relative of belief on the subject ('believed to be ...') the parser made the root, the
    real main verb hung on it as a clause with no subject of its own. The hedge is about
    who the subject is; the act itself is told, not believed."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ not in ("ROOT", "ccomp") or head.tag_ not in (
            "VBN", "VBD") or (
            verb.tag_ not in ("VBD", "VBZ", "VBP")):
        return False
    if lemma_of(head) not in HEDGING_PARTICIPLES or any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in head.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    inf = [c for c in head.children if c.dep_ == "xcomp" and c.i < verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(inf) and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)


def glued_to_dateline(verb) -> bool:
    """'TBILISI, Dec 2 (Agency) - Georgian riot police detained ...': a finite verb the
    parser hung as a clause on its own subject, that subject glued to the dateline; the
    verb is the sentence's main clause, its head noun its subject."""
    if verb.dep_ != "acl" or verb.head.i > verb.i:
        return False
    # a past form tagged a participle still heads a clause when it takes an object: no
    # reduced passive ('the men arrested in May') has one ('police arrested 60 people')
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (
            verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return False
    head = verb.head
    # "GENEVA, March 28 — The UN humanitarian chief called on": a finite past with no
    # subject of its own, on a noun set beside the dateline, keeps the article
    beside = head.dep_ == "appos" and verb.tag_ == "VBD" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not beside and any(c.dep_ == "det" or c.dep_ == "poss" and c.pos_ == "PRON"
                          for c in head.children):
        return False  # "the men who ... ", "a statement it issued": a real noun phrase
    return any(_dash(t) for t in verb.doc[verb.sent.start:head.left_edge.i])


def _dateline_subject_clause(verb):
    """'SRINAGAR, Oct 9 — Pakistani troops fired on ..., the Indian army said': the parser
    hung the main clause on the dateline and made the dateline the report's subject; the
    clause is what the report says. The reporting verb, or None."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB" or head.i > verb.i \
            or head.i != verb.sent.start or head.dep_ != "nsubj":
        return None
    if not (head.is_upper or head.ent_type_ == "GPE") or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return None
    if not any(_dash(t) for t in verb.doc[head.i + 1:verb.i]):
        return None
    gov = head.head
    return gov if gov.i > verb.i and gov.lemma_.lower() in SPEECH else None


def swallowed_by_date(tok) -> bool:
    """'TALLINN, Jan 9 - Estonia accused': the tagger ran the dateline's date across its
    spaced dash into the subject; a word after that dash is no time."""
    if tok.ent_iob_ != "I":
        return False
    i = tok.i - 1
    while i >= 0 and not _dash(tok.doc[i]):
        if tok.doc[i].ent_iob_ != "I":
            return False  # the entity began before any dash
        i -= 1
    return i >= 0 and tok.doc[i].ent_iob_ in ("B", "I")


def _dash(t) -> bool:
    if t.text in ("—", "–", "--"):
        return True
    return t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _of_a_role(prep) -> bool:
    """'any role in', 'responsibility for', also when the parser hangs the preposition on
    the verb ('denied [any role] [in the attack]')."""
    gov = prep.head
    return gov.lower_ in ROLE_NOUNS or gov.pos_ == "VERB" and any(
        o.dep_ == "dobj" and o.lower_ in ROLE_NOUNS for o in gov.children)


def _passes_modality(verb) -> bool:
    """Whether a verb taking an event noun as its argument lends it its governors' modality:
    light verbs ('carried out the strike', 'called for a truce') and modal governors
    ('agreed to a truce', 'linked with the bombing') do; other verbs make it a given."""
    lemma = lemma_of(verb)
    if lemma.startswith("re") and len(lemma) > 6 and lemma[2:] in LIGHT and (
            lemma[2:] not in RE_NOT_AGAIN):
        lemma = lemma[2:]  # "could reimpose sanctions": imposing them again carries them
    if lemma in TRAVEL or lemma == "face":
        # "will travel to Beijing for talks": the talks are the trip's purpose; "could face
        # sanctions": what one faces is as sure as the facing
        return True
    return lemma in LIGHT or any(lemma in s for s in (
        NEGATING, ALLEGING, FUTURE_MAKING, HYPOTHESIZING, DEFERRING))  # 'respond to' stops


def _opens_own_clause(tok) -> bool:
    """A coordinated verb with a subject or auxiliary of its own does not share the first
    verb's modality ("X was killed and Y denied it")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children)


def crosses_block(a, b) -> bool:
    """True when two tokens lie in different paragraphs: a parse joining a headline to the
    next block must not carry one block's modality into the other."""
    lo, hi = sorted((a.i, b.i))
    breaks = _line_breaks(a.doc)
    k = bisect_left(breaks, lo)
    return k < len(breaks) and breaks[k] < hi


def _line_breaks(doc) -> list[int]:
    """Indices of the tokens whose text or trailing space holds a line break, once per doc."""
    key = "newsprism.line_breaks"
    if key not in doc.user_data:
        # a trailing whitespace_ is at most one space: line breaks are space tokens, found
        # through the Doc's array rather than a Python pass over every token
        spaces = doc.to_array([IS_SPACE]).reshape(-1).nonzero()[0] if len(doc) else ()
        doc.user_data[key] = [int(i) for i in spaces if "\n" in doc[int(i)].text]
    return doc.user_data[key]


def markers(tok, max_steps: int = 12) -> set[str]:
    """Every factuality marker on the path from ``tok`` up to its clause's governors."""
    found: set[str] = set()
    cur = tok
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i > 0 and tok.head.dep_ == "dobj" and (
            tok.head.head.i == tok.i - 1 and tok.head.head.lemma_ == "have"):
        cur = tok.head.head  # "is said to have massed troops": a perfect parsed as 'have' + adj
    argument = False  # on the way up from an event noun to the verb it is an argument of
    arg_noun = None  # that noun ('had any intention to invade': 'have' passes it on)
    given = False  # past such a verb only the report itself still reaches the noun
    below = None  # the dependency through which the walk reached ``cur``
    open_question = False  # past a 'whether' clause a negation does not deny the act
    for _ in range(max_steps):
        if argument and cur.pos_ == "VERB":
            # "vowed to respond to strikes", "said it repelled an attack": the strikes and
            # the attack happened; only the response is vowed, the whole is reported
            given = given or not (_passes_modality(cur) or lemma_of(cur) == "have" and (
                arg_noun is not None and arg_noun.lemma_.lower() in INTENT_NOUNS))
            argument = False
        step: set[str] = set()
        _own_markers(cur, step)
        if cur.i == tok.i and tok.pos_ in ("VERB", "AUX") and any(
                _none_of(c) for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
            # "Neither side has agreed", "No country recognised it": on the act itself only
            # ('no group has claimed the bombing' leaves the bombing a fact)
            step.add("negated")
        if cur.i != tok.i and any(c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in cur.children):
            # "if the talks fail, the army will resume its offensive": the condition sits
            # on the governing verb (on the trigger itself it is a threat's own terms)
            step.add("hypothetical")
        if cur is not tok and cur.lemma_.lower() in SPEECH and below == "ccomp":
            # "did not say whether police had detained them": an unsaid report leaves the
            # act open, it does not deny it
            step.discard("negated")
        if open_question:
            # "It was not immediately clear whether the rebels had attacked the base": a
            # negation over an open question leaves the act open, it does not deny it
            step.discard("negated")
        found |= _kept(step, given)
        report = _dateline_subject_clause(cur)
        if report is not None:
            found |= _kept({_governor_marker(report, "ccomp")}, given)
            below, cur = "ccomp", report
            continue
        if cur.pos_ in ("NOUN", "PROPN") and (cur.dep_ == "dobj" or cur.dep_ == "pobj" and (
                cur.head.lower_ in ARGUMENT_PREPS)):
            argument = True  # 'killed in an attack' is one happening; 'respond to' two
            arg_noun = cur
        if cur.dep_ == "nsubjpass" and cur.pos_ == "NOUN" and _passes_modality(cur.head):
            # "a protest would be held", "the withdrawal is scheduled for December": the
            # light or modal verb's object in disguise
            argument = True
        elif cur is tok and cur.dep_ == "acl" and cur.tag_ == "VBN" and not crosses_block(
                cur, cur.head) and not _claimed(cur):
            # "said it had rescued the crew of a vessel attacked by pirates": a participle
            # on a noun of the clause is told by the same report
            given = True
        elif cur is tok and cur.dep_ in ("nsubj", "nsubjpass") and cur.pos_ == "NOUN" and (
                _occurs(cur.head) and not crosses_block(cur, cur.head)):
            # "Talks will resume in Doha next week": a verb that only says the event takes
            # place lends it its own modality, as a light verb does its object
            pass
        elif cur is tok and cur.dep_ == "nsubj" and cur.pos_ == "NOUN" and (
                cur.head.lemma_ in ("be", "remain", "seem", "appear")
                and _modal_predicate(cur.head)
                and not crosses_block(cur, cur.head)):
            # "An attack on Taiwan would be a disaster", "said a ceasefire was possible": the
            # event is supposed, not told; a report over the clause still reaches it
            found.add("hypothetical")
            given = True
        elif _claimed(cur):
            # "claims that its forces had attacked the convoy": what a claim says is
            # alleged, and denied when the claim is ('rejected claims that ...')
            noun = cur.head
            step = {"alleged"}
            if noun.dep_ == "dobj" and lemma_of(noun.head) in NEGATING | {"reject", "dispute"}:
                step.add("negated")
            found |= _kept(step, given)
        elif cur.dep_ == "acl" and cur.head.lemma_.lower() in INTENT_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            # "has no plans to withdraw", "denied any plan to attack", "a threat to expel":
            # the act is what the noun intends; the walk goes on through the noun
            found |= _kept({INTENT_NOUNS[cur.head.lemma_.lower()]}, given)
        elif cur is tok and cur.dep_ == "nsubj" and cur.pos_ == "NOUN" and (
                cur.head.pos_ == "VERB" and not crosses_block(cur, cur.head)):
            # "Saturday's shelling of the villages damaged a school, Yerevan said": the
            # shelling happened (a subject is presupposed, whatever its clause predicts);
            # only a report over that clause still reaches it
            given = True
            if cur.head.lemma_.lower() in SPEECH and any(
                    s.dep_ == "nsubj" and s.i > cur.i for s in cur.head.children):
                # "The raid on X ... left 14 dead, the governor's office said": the parser
                # made the event noun a second subject of the report it is the content of
                found.add("reported")
        elif given and cur is not tok and cur.dep_ in ("nsubj", "nsubjpass") and (
                cur.pos_ in ("NOUN", "PROPN") and cur.head.pos_ in ("VERB", "AUX")
                and not crosses_block(cur, cur.head)):
            # "Medical supplies donated by Cuba arrived ..., the ministry said": a given
            # event inside a subject is still told by a report over its clause
            pass
        elif (cur.dep_ in STOP_DEPS and not glued_to_dateline(cur)) or cur.head.i == cur.i \
                or crosses_block(cur, cur.head):
            break
        if cur.dep_ in ("pcomp", "pobj") and cur.head.lower_ == "of" and (
                cur.head.head.lower_ == "short" and cur.head.head.head.pos_ == "VERB"):
            found |= _kept({"negated"}, given)  # "stopped short of imposing sanctions"
        if cur.dep_ == "pobj" and cur.head.lower_ in CIRCUMSTANCE_PREPS:
            # "passed the law despite weeks of protests": the protests happened; only a
            # report of the whole still reaches them
            given = True
        if cur.dep_ == "pobj" and cur.head.lower_ in ("in", "for") and _of_a_role(cur.head):
            break
        if cur.dep_ == "advcl" and _opens_own_clause(cur) and any(
                c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in cur.children):
            given = True  # "killed when missiles struck ..., the governor said": reported
        parent = cur.head
        if cur.dep_ == "conj":
            if _opens_own_clause(cur) and cur.pos_ in ("VERB", "AUX"):
                # "17 were killed and dozens wounded when ..., the governor said": a clause
                # of its own keeps its modality, but the report over both still reaches it
                given = True
            # A bare gerund coordinated with a verb is usually a mis-attached complement
            # ("linked with attacks ... and sending arms"): read it as one.
            if cur.tag_ == "VBG" and parent.pos_ == "VERB":
                found |= _kept({_governor_marker(parent, "pobj")}, given)
        elif cur.dep_ in COMPLEMENT_DEPS and not (cur.dep_ == "ccomp" and (
                cur.tag_ in ("VBD", "VBZ", "VBP")) and hedged_root_clause(cur)):
            found |= _kept({_governor_marker(parent, cur.dep_, cur)}, given)
        elif cur.dep_ == "nsubjpass" and _governor_marker(parent, "dobj") in (
                "negated", "future", "hypothetical"):
            # "a rally ... was called off", "the strike was cancelled", "the withdrawal is
            # scheduled for December": the passive's subject is what was called off or planned
            found |= _kept({_governor_marker(parent, "dobj")}, given)
        below = cur.dep_
        if cur.dep_ in ("ccomp", "advcl", "xcomp", "acomp", "pcomp") and any(
                c.dep_ == "mark" and c.lower_ == "whether" or c.dep_ == "mark" and (
                    c.lower_ == "if" and cur.dep_ == "ccomp") for c in cur.children):
            open_question = True
        cur = parent
    if cur.head.i == cur.i and (_trailing_report(cur, tok) or _split_report(cur)
                                or _named_reporter(cur, tok)):
        found.add("reported")
    if cur.head.i == cur.i:
        found |= _closing_report(tok)
    if _headline_infinitive(tok):
        found.add("future")
    if tok.dep_ in ("nsubjpass", "acl") and told_by_announcement(tok):
        found.add("reported")
    return found


def _announced_passive(tok):
    """The passive verb of making known whose subject is the act ('The withdrawal of the
    battalion was announced by the ministry') or a decision whose 'to' + verb the act is
    ("Britain's decision to withdraw ... was announced"); None otherwise."""
    subj = tok
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in DECISION_NOUNS:
        subj = tok.head
    if subj.dep_ != "nsubjpass" or subj.pos_ != "NOUN":
        return None
    verb = subj.head
    if verb.lemma_.lower() not in ANNOUNCING or verb.tag_ != "VBN":
        return None
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX
           for c in verb.children):
        return None  # 'was not confirmed', 'will be announced': the verb's own modality
    return verb


def told_by_announcement(tok) -> bool:
    """Ruling 14: an act told in the passive as announced or confirmed is reported, as any
    act told by a verb of saying (12), unless announcing performs it: a sanction, ban,
    recognition or pledge is made by declaring it, and stays asserted (as pledged money, 9).
    'The air strike on the depot was confirmed by the army' -> reported; 'The expulsion of
    three diplomats was announced by the ministry' -> asserted."""
    verb = _announced_passive(tok)
    if verb is None:
        return False
    if lemma_of(tok) not in PERFORMED_BY_SAYING and tok.lower_ not in PERFORMED_BY_SAYING:
        return True
    return _other_announcer(tok, verb)


def _names(tok) -> list:
    """The places and people a phrase names in its head or its modifiers ('Ottawa', "Moscow's
    mayor", 'the Russian foreign ministry' -> russia), lower-cased; a body's own name ('the
    foreign ministry', which the tagger may call a proper noun) is none."""
    from .lexicon_roles import DEMONYMS
    out = []
    for t in (tok, *tok.children):
        if t.ent_type_ in ("GPE", "PERSON") and t.pos_ == "PROPN":
            out.append(t.lower_)
        elif t.lower_ in DEMONYMS:
            out.append(DEMONYMS[t.lower_].lower())
    return out


def _other_announcer(act, verb) -> bool:
    """'The expulsion of three diplomats by Moscow was confirmed by Ottawa': a performed act
    announced by a party named otherwise than its doer is told of, not performed by the
    announcement (both must be names: 'its foreign ministry' may be the doer's own)."""
    # the doer after 'by', also where the parser hangs it on the noun after 'of'
    near = [act] + [o for p in act.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
    doers = [o for x in near for p in x.children if p.dep_ == "prep" and p.lower_ == "by"
             for o in p.children if o.dep_ == "pobj"]
    doers += [p for p in (act.head if act.dep_ == "acl" else act).children if p.dep_ == "poss"]
    announcers = [o for p in verb.children if p.dep_ == "agent" for o in p.children
                  if o.dep_ == "pobj"]
    own = {n for d in doers for n in _names(d)}
    said = {n for a in announcers for n in _names(a)}
    return bool(own) and bool(said) and not own & said


def _headline_infinitive(tok) -> bool:
    """'Germany To Send More Air Defence Systems': a headline's 'to' + verb with no finite
    verb in its line announces what will be done."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ not in ("ROOT", "acl", "relcl", "xcomp") or tok.head.dep_ not in ("ROOT", "nsubj") \
            and tok.dep_ != "ROOT":
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.sent)


def _trailing_report(root, tok) -> bool:
    """'Gunmen abducted 30 passengers ..., police in Kaduna state said, the latest in ...':
    a long sentence may leave its reporting clause hanging off the main verb (parataxis),
    coordinate it, or hang it off a clause further on ('..., state television reported');
    the report still covers the clause before it."""
    return any(c.i > tok.i and c.lemma_.lower() in SPEECH and not crosses_block(c, tok)
               and c.left_edge.i > tok.i and not any(
                   x.dep_ in ("ccomp", "xcomp", "mark") or x.dep_ == "dobj" and (
                       c.lemma_.lower() != "tell" or x.pos_ == "PRON") for x in c.children)
               and (c.dep_ == "parataxis" and any(s.dep_ == "nsubj" for s in c.children)
                    or c.dep_ in ("conj", "advcl") and _after_comma(c))
               for c in _later_clauses(root, tok))


def _closing_report(tok) -> set[str]:
    """'Police beat detained protesters, rights groups alleged on Monday.': the parser may
    hang a closing '<noun> said / alleged' on a noun of the clause as a participle; after a
    comma, at the sentence's end and with nothing of its own said, it reports the clause
    (alleged for 'allege' and 'claim')."""
    sent = tok.sent
    for v in sent:
        if v.i <= tok.i or v.dep_ != "acl" or v.pos_ != "VERB" or crosses_block(v, tok):
            continue
        lemma = lemma_of(v)
        if lemma not in SPEECH and lemma not in ("allege", "claim"):
            continue
        subj = v.head
        if subj.pos_ not in ("NOUN", "PROPN") or subj.i > v.i or subj.left_edge.i == 0 or (
                v.doc[subj.left_edge.i - 1].text != ","):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark", "dative") for c in v.children):
            continue
        if any(not t.is_punct for t in v.doc[v.right_edge.i + 1:sent.end]):
            continue
        return {"alleged" if lemma in ("allege", "claim") else "reported"}
    return set()


def _named_reporter(root, tok) -> bool:
    """'..., the Algerian news agency APS reported.': the parser may hang the reporter's
    description on the main verb as a bare noun and its name and verb as a relative
    clause on it; after a comma, with nothing reported of its own, it is the report."""
    for c in root.children:
        if c.dep_ != "npadvmod" or c.i < tok.i or crosses_block(c, tok) or c.left_edge.i == 0 \
                or c.doc[c.left_edge.i - 1].text != ",":
            continue
        for v in c.children:
            if v.dep_ == "relcl" and v.lemma_.lower() in SPEECH and any(
                    s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in v.children) and not any(
                    x.dep_ in ("ccomp", "xcomp", "dobj", "mark") for x in v.children):
                return True
    return False


def _split_report(root) -> bool:
    """'NAIROBI (PAP) - Kenyan police arrested 60 people ..., the ministry said.': after a
    dateline the parser may end the sentence at the comma; a bare reporting clause opening
    with that comma is still the report of the clause before it."""
    doc = root.doc
    end = root.sent.end
    if end >= len(doc):
        return False
    nxt = doc[end].sent.root
    if doc[end].text != ",":
        # '... near the Ta Muen Thom temple, the army said.': the parser may also end the
        # sentence inside a name, without a full stop; the report then follows a comma of
        # its own sentence, in the same block
        if doc[end - 1].text in _TERMINAL or crosses_block(doc[end - 1], doc[end]):
            return False
        subj = next((c for c in nxt.children if c.dep_ == "nsubj"), None)
        if subj is None or not any(t.text == "," for t in doc[end:subj.left_edge.i]):
            return False
    return (nxt.lemma_.lower() in SPEECH and any(c.dep_ == "nsubj" for c in nxt.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "mark") for c in nxt.children))


_TERMINAL = frozenset({".", "!", "?", ";", ":", "\u201d", '"', "'", "\u2019"})


def _later_clauses(root, tok) -> list:
    """Verbs after the trigger hung on the root or on a clause coordinated with it."""
    heads = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [c for h in heads for c in h.children if c.i > tok.i and c.pos_ == "VERB"]


def _after_comma(verb) -> bool:
    """'X freed four soldiers ..., the administration in Baku said': a reporting verb the
    parser coordinated with the main verb reports it when a comma, not 'and', opens its
    clause ('... and said it would retaliate' is a second act); the parser may have hung
    its subject on the name before it ('..., a spokeswoman in Port Sudan said')."""
    subj = _children_of(verb, "nsubj")
    left = (subj[0] if subj else verb).left_edge.i
    if left > 0 and verb.doc[left - 1].text == ",":
        return True
    if subj:
        return False
    comma = next((t.i for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.text == ","), None)
    between = verb.doc[comma + 1:verb.i] if comma is not None else ()
    return bool(between) and any(t.pos_ in ("NOUN", "PROPN") for t in between) and not any(
        t.pos_ in ("VERB", "AUX", "CCONJ") or t.text in (";", ":") for t in between)


def _children_of(tok, dep: str) -> list:
    return [c for c in tok.children if c.dep_ == dep]


def _kept(step: set, given: bool) -> set[str]:
    """Markers that reach the event: all of them, or only 'reported' for a given event."""
    return {m for m in step if m and (not given or m == "reported")}


def resolve(found: Iterable[str]) -> str:
    """The single contract value for a set of markers, by the documented precedence."""
    found = set(found)
    for value in PRECEDENCE:
        if value in found:
            return value
    return "asserted"


def quote_at(start: int, end: int, quotes: Iterable[Quote]) -> Quote | None:
    """The innermost quote whose content holds the span [start, end)."""
    best = None
    for q in quotes:
        if q.start <= start and end <= q.end:
            if best is None or (q.end - q.start) < (best.end - best.start):
                best = q
    return best


def assess(tok, quotes: Iterable[Quote] = ()) -> tuple[str, str | None]:
    """(factuality, id of the quote holding the token or None) for an event trigger."""
    found = markers(tok)
    q = quote_at(tok.idx, tok.idx + len(tok.text), quotes)
    if q is not None:
        found.add("reported")
    return resolve(found), (q.id if q is not None else None)


def factuality_of(doc_span_or_token, state=None) -> str:
    """Factuality of a spaCy Token or Span (its root), using the state's quotes if given."""
    tok = getattr(doc_span_or_token, "root", doc_span_or_token)
    quotes = ()
    if state is not None:
        values = getattr(state, "values", state)
        quotes = values.get("quotes", ()) or ()
    return assess(tok, quotes)[0]


__all__ = ["PRECEDENCE", "assess", "crosses_block", "factuality_of", "glued_to_dateline",
           "markers", "quote_at", "resolve"]
