"""Event words that report no new happening (PLOVER codes what a sentence reports):

- a habit or a rule told in the present with a mark of frequency: 'The summit of African
  Union leaders is held every February', 'Sanctions rarely change the behaviour of
  governments' (an event noun as the subject of such a clause);
- an earlier event recalled by its year: 'a memorial to the victims of the 1994 siege',
  'the 2014 annexation of Crimea' (a year modifying the event noun), 'those killed in the
  2008 attacks' (a participle or relative clause set in such an event);
- a supposition with no doer: 'A blockade of the strait would send oil prices soaring'
  (an event noun with no doer as the subject of a 'would/could/might' clause), or a
  forecast of its effect ('Analysts expect the sanctions to hurt the economy');
- an act only feared ('fears of a wider war') or only proposed ('The bill to ban protests');
- a place described by what is held there: an event noun in a simple-present relative
  clause of place ('The villa where the truce talks are held was built in 1912');
- an act's start or end used as a clock for another happening: 'Premiums have doubled
  since the attacks began', 'after the fighting ended' (a doerless noun, the subject of
  the time clause's verb of onset, that verb with no object or place of its own), or a
  stretch of time counted from it ('in the months after the invasion');
- a kind of act a law reaches: a bare event noun as the object of a verb of scope
  ('excludes murder, treason and kidnapping', 'criminalises torture'), or as the subject
  of the penalty it carries ('assault and theft carry prison terms').

A supposition needs the noun to have no doer the parse can name ('Russia's blockade would'
is left to the rest of the module); verbs ('Russia usually attacks power plants in winter')
are left alone.
"""
from __future__ import annotations

import re

from .event_context import _children, _lemma

# adverbs of frequency or of a general truth ('never' is left out: 'has never attacked' is
# a negated act, told of one party)
FREQUENCY = frozenset({"rarely", "seldom", "often", "usually", "always", "typically",
                       "generally", "frequently", "sometimes", "normally", "traditionally",
                       "annually", "yearly", "regularly", "routinely", "commonly",
                       "invariably", "occasionally"})
# determiners that make a time noun a recurrence: 'every February', 'each year'
RECURRING = frozenset({"every", "each"})
# time nouns a rate counts by: 'twice a year', 'three times a week'
RATE_UNITS = frozenset({"year", "month", "week", "day", "decade", "season"})
# adjectives that make an act a general state of things: 'Strikes have become common'
USUAL = frozenset({"common", "commonplace", "rare", "frequent", "routine", "widespread",
                   "normal", "usual", "uncommon", "infrequent"})
# a predicate noun that tells a habit: 'Strikes are a regular feature / a fixture / a daily
# occurrence of ...'
HABIT_NOUNS = frozenset({"feature", "fixture", "staple", "hallmark", "occurrence", "ritual",
                         "norm", "tradition"})
RECURRENT = USUAL | frozenset({"regular", "daily", "weekly", "monthly", "annual", "yearly",
                               "seasonal", "recurring", "familiar", "perennial"})
# modals of supposition
SUPPOSING = frozenset({"would", "could", "might"})
# verbs of predicting, under which a doerless act's effect is a forecast ('Analysts expect
# the sanctions to hurt the economy')
PREDICTING = frozenset({"expect", "predict", "forecast", "estimate", "fear", "project"})
# nouns of what may happen: 'fears of a wider war', 'the risk of sanctions'
FEARED = frozenset({"fear", "fears", "risk", "risks", "prospect", "prospects", "spectre",
                    "specter", "possibility", "danger", "dangers", "likelihood", "worries",
                    "worry", "concern", "concerns", "talk", "rumours", "rumors", "chance",
                    "chances"})
# proposals whose infinitive tells what they would do: 'The bill to ban protests near schools'
PROPOSALS = frozenset({"bill", "bills", "draft", "proposal", "proposals", "plan", "plans",
                       "motion", "amendment", "initiative", "petition", "referendum"})
# prepositions that place an act in an earlier event's time
WITHIN = frozenset({"in", "during", "since", "after", "before", "following"})
# verbs of an act's beginning or end, and the marks that make such a clause an earlier
# time ('before fighting resumed', 'until fighting erupted', 'after talks broke down' tell
# a later turn or a failure: news)
ONSETS = frozenset({"begin", "start", "end", "erupt", "stop", "cease"})
CLOCK_MARKS = frozenset({"since", "after", "when", "once"})
# a stretch of time counted from an act: 'in the months after the invasion'
SPANS = frozenset({"hours", "days", "weeks", "months", "years", "decades", "day", "week",
                   "month", "year", "decade"})
SPAN_MARKS = frozenset({"after", "since", "following", "before"})
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")


def _subject_clause(tok):
    """The verb whose subject ``tok`` (or the noun it is joined to) is, else None."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None


def _present(verb) -> bool:
    """A simple present clause: 'change', 'is held' (no past, no perfect, no modal)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return not _children(verb, "aux")
    auxes = _children(verb, "auxpass", "aux")
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _frequent(verb) -> bool:
    """A mark of frequency on a clause: an adverb, a rate ('twice a year'), or a time noun
    led by every/each."""
    if any(a.lower_ in FREQUENCY for a in _children(verb, "advmod")):
        return True
    # ('four times a year': the rate may hang on 'times')
    rates = [r for n in _children(verb, "npadvmod") for r in (n, *_children(n, "npadvmod"))]
    if any(n.lower_ in RATE_UNITS and any(d.lower_ in ("a", "an", "per") for d in _children(
            n, "det")) for n in rates):
        return True
    return any(any(d.lower_ in RECURRING for d in _children(n, "det"))
               for n in _children(verb, "npadvmod", "advmod", "dobj")
               + [o for p in _children(verb, "prep") for o in _children(p, "pobj")])


def habitual_mention(c) -> bool:
    """An event noun told as a habit or a rule of the present (its parties named or not:
    'The summit of African Union leaders is held every February'), or as a general state
    of things ('Strikes by rail workers have become common', 'Rail strikes are a regular
    feature of French winters'); a verb told as a habit by a
    mark of frequency ('NATO defence ministers meet twice a year')."""
    if c.kind == "verb":
        return _present(c.tok) and _frequent(c.tok) and c.tok.dep_ in ("ROOT", "ccomp", "conj")
    if c.kind != "noun":
        return False
    verb = _subject_clause(c.tok)
    if verb is not None and _lemma(verb) in ("be", "become", "grow", "remain") and any(
            a.lower_ in USUAL for a in _children(verb, "acomp")):
        return True
    if verb is not None and _lemma(verb) == "be" and _present(verb) and any(
            a.lower_ in HABIT_NOUNS or any(m.lower_ in RECURRENT for m in _children(a, "amod"))
            for a in _children(verb, "attr")):
        return True  # "Rail strikes are a regular feature of French winters"
    return verb is not None and _present(verb) and (_frequent(verb) or _lemma(verb) == "tend")


def _year_dated(tok) -> bool:
    """A noun dated by a year before it ('the 1994 siege'), or a year itself."""
    return bool(YEAR.match(tok.text)) or any(
        YEAR.match(m.text) for m in _children(tok, "nummod", "compound", "amod", "npadvmod")
        if m.i < tok.i)


def _in_dated_time(verb) -> bool:
    """A clause set in a year or in a year-dated event ('imposed during the 2019 unrest')."""
    return any(_year_dated(o) for p in _children(verb, "prep") if p.lower_ in WITHIN
               for o in _children(p, "pobj"))


def recalled_by_year(c) -> bool:
    """An earlier event recalled: a doerless event noun dated by a year ('the 1994 siege'), or told
    by a participle set in such a time ('The curfew imposed during the 2019 unrest'); a
    verb in a relative or participle clause whose object or time is such an event ('those
    killed in the 2008 attacks', 'Refugees who fled the 1994 genocide')."""
    tok = c.tok
    if c.kind == "noun":
        if c.actors:
            return False  # 'has been linked with the 2015 bombing': pinned on a party now
        # (the participle right after the noun: one hung from further off may be misread)
        return _year_dated(tok) or any(_in_dated_time(a) for a in _children(tok, "acl")
                                       if a.i == tok.i + 1)
    return c.kind == "verb" and tok.dep_ in ("acl", "relcl") and (
        _in_dated_time(tok) or any(_year_dated(o) for o in _children(tok, "dobj")))


def supposed_mention(c) -> bool:
    """An event noun with no doer as the subject of a supposition ('A blockade of the
    strait would send prices soaring') or of a forecast of its effect ('Analysts expect
    the sanctions to hurt the economy')."""
    if c.kind != "noun" or c.actors:
        return False
    verb = _subject_clause(c.tok)
    if verb is None:
        return False
    if verb.dep_ in ("ccomp", "xcomp") and _lemma(verb.head) in PREDICTING:
        return True
    return any(a.lower_ in SUPPOSING for a in _children(verb, "aux"))


def _proposed(verb) -> bool:
    """A verb in the infinitive a proposal's content is told by ('a bill to ban')."""
    return verb.dep_ in ("acl", "relcl") and verb.head.lower_ in PROPOSALS and any(
        a.lower_ == "to" for a in _children(verb, "aux"))


def feared_or_proposed(c) -> bool:
    """An act only feared ('Markets fell on fears of a wider war': a doerless event noun
    after 'of' of a noun of what may happen) or only proposed ('The bill to ban protests
    near schools will be debated': the proposal's infinitive and its doerless objects)."""
    tok = c.tok
    if c.kind == "verb":
        return _proposed(tok)
    if c.kind != "noun" or c.actors:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in FEARED:
        return True
    return tok.dep_ == "dobj" and _proposed(tok.head)


def _of_place(verb) -> bool:
    """A relative clause of place on a noun: 'where ...', 'in/at which ...'."""
    return verb.dep_ == "relcl" and (any(a.lower_ == "where" for a in _children(
        verb, "advmod")) or any(o.lower_ == "which" for p in _children(verb, "prep")
                               if p.lower_ in ("in", "at") for o in _children(p, "pobj")))


def venue_mention(c) -> bool:
    """An event noun that only describes a place, as what is held there in the simple
    present ('The villa where the truce talks are held', 'the hall in which the summit
    takes place'); 'where the talks were held on Monday' or 'are being held' stay."""
    if c.kind != "noun":
        return False
    verb = _subject_clause(c.tok)
    if verb is None and c.tok.dep_ == "dobj":
        verb = c.tok.head  # 'the room where the two sides hold their talks'
    return verb is not None and _of_place(verb) and _present(verb)


def clock_started(c) -> bool:
    """A doerless event noun whose only part is to open a clause that dates another
    happening: 'Premiums have doubled since the attacks began', 'after the fighting ended'
    ('since Houthi attacks began' names a doer and is left to the rest of the module)."""
    if c.kind != "noun" or c.actors:
        return False
    tok = c.tok
    if tok.dep_ == "pobj" and tok.head.lower_ in SPAN_MARKS and tok.head.head.lower_ in SPANS \
            and not _children(tok.head.head, "nummod"):  # ('two days after the attack' dates)
        return True  # "Exports fell by a fifth in the months after the invasion"
    verb = _subject_clause(tok)
    return verb is not None and _lemma(verb) in ONSETS and verb.dep_ == "advcl" and any(
        m.lower_ in CLOCK_MARKS for m in _children(verb, "mark", "advmod")) and not (
        _children(verb, "dobj", "prep"))


# verbs that say what a law or a rule reaches: their bare objects are kinds of act
SCOPING = frozenset({"exclude", "include", "cover", "exempt", "list", "define", "criminalise",
                     "criminalize", "decriminalise", "decriminalize", "punish", "penalise",
                     "penalize", "prohibit", "forbid", "outlaw", "legalise", "legalize",
                     "encompass", "comprise"})
# verbs by which a kind of offence bears its penalty ('theft carries a prison term')
BEARING = frozenset({"carry", "attract", "incur", "draw"})
PENALTIES = frozenset({"term", "terms", "sentence", "sentences", "penalty", "penalties",
                       "fine", "fines", "punishment", "punishments"})
# what makes an event noun one act rather than a kind: a determiner, an owner, a number,
# or an argument of its own ('the murder of', 'kidnapping by', 'attacks on')
ONE_ACT_DEPS = frozenset({"det", "poss", "nummod"})
ONE_ACT_PREPS = frozenset({"of", "by", "on", "against", "at"})


def _bare(tok) -> bool:
    return not any(k.dep_ in ONE_ACT_DEPS or k.dep_ == "prep" and k.lower_ in ONE_ACT_PREPS
                   for k in tok.children)


def kind_of_act(c) -> bool:
    """An event noun used as a kind of act, not one happening: a bare noun (no determiner,
    owner, number or argument) that a verb of a law's reach takes as its object, alone or
    in a list ('The amnesty covers minor offences but excludes murder, treason and
    kidnapping', 'The new code criminalises torture'); 'excluded the killing of ...' or
    'punished the attack on ...' name one act and stay."""
    if c.kind != "noun" or c.actors or not _bare(c.tok):
        return False
    head = c.tok
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head is not c.tok and not _bare(head):
        return False
    if head.dep_ == "nsubj" and _lemma(head.head) in BEARING and any(
            o.lower_ in PENALTIES for o in _children(head.head, "dobj")):
        return True  # "assault, theft and vandalism carry prison terms of up to five years"
    return head.dep_ == "dobj" and _lemma(head.head) in SCOPING


def no_news(c) -> bool:
    """Whether a candidate mentions an event without reporting one."""
    return habitual_mention(c) or recalled_by_year(c) or supposed_mention(c) or (
        feared_or_proposed(c) or venue_mention(c) or clock_started(c) or kind_of_act(c))
