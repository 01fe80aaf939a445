"""Event words that report no new happening (PLOVER codes what a sentence reports):

- a habit or a rule told in the present with a mark of frequency: 'The summit of African
  Union leaders is held every February', 'Sanctions rarely change the behaviour of
  governments' (an event noun as the subject of such a clause);
- an earlier event recalled by its year: 'a memorial to the victims of the 1994 siege',
  'the 2014 annexation of Crimea' (a year modifying the event noun);
- a supposition with no doer: 'A blockade of the strait would send oil prices soaring'
  (an event noun with no doer as the subject of a 'would/could/might' clause).

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
# modals of supposition
SUPPOSING = frozenset({"would", "could", "might"})
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
    """A mark of frequency on a clause: an adverb, or a time noun led by every/each."""
    if any(a.lower_ in FREQUENCY for a in _children(verb, "advmod")):
        return True
    return any(any(d.lower_ in RECURRING for d in _children(n, "det"))
               for n in _children(verb, "npadvmod", "advmod", "dobj")
               + [o for p in _children(verb, "prep") for o in _children(p, "pobj")])


def habitual_mention(c) -> bool:
    """An event noun told as a habit or a rule of the present (its parties named or not:
    'The summit of African Union leaders is held every February')."""
    if c.kind != "noun":
        return False
    verb = _subject_clause(c.tok)
    return verb is not None and _present(verb) and (_frequent(verb) or _lemma(verb) == "tend")


def recalled_by_year(c) -> bool:
    """An event noun dated by a year: an earlier event recalled ('the 1994 siege')."""
    return c.kind == "noun" and any(
        YEAR.match(m.text) for m in _children(c.tok, "nummod", "compound", "amod", "npadvmod")
        if m.i < c.tok.i)


def supposed_mention(c) -> bool:
    """An event noun with no doer as the subject of a supposition ('A blockade of the
    strait would send prices soaring')."""
    if c.kind != "noun" or c.actors:
        return False
    verb = _subject_clause(c.tok)
    return verb is not None and any(a.lower_ in SUPPOSING for a in _children(verb, "aux"))


def no_news(c) -> bool:
    """Whether a candidate mentions an event without reporting one."""
    return habitual_mention(c) or recalled_by_year(c) or supposed_mention(c)
