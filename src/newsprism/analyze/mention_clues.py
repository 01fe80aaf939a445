"""Clues in the words around a name that say whether it is a person or an outlet, used by
mentions._context_votes: a role noun heading the phrase a comma closes before the name ('The
director general of X's Authority, Jane Doe,'), an age in an apposition after it ('Tamm, a
31-year-old deckhand'), a one-word name spoken to once ('Speaking to Vikerraadio'). Kept apart
so mentions.py stays small (session 16).
"""
from __future__ import annotations

import re

from . import lexicon_roles as L

# Portfolios whose 'X Secretary' is a minister ('Health Secretary', 'Home Secretary'), unlike
# a press, party, general or permanent secretary
PORTFOLIOS = frozenset("""health home foreign justice education defence defense transport
    environment culture business trade treasury energy housing interior finance economy work
    pensions agriculture communities welfare labour labor commerce""".split())


def role_before_comma(doc, comma: int) -> bool:
    """Whether the phrase a comma closes is headed by a lower-case role noun ('The director
    general of Sri Lanka's Data Protection Authority,'): the name after it is its holder."""
    if comma < 1:
        return False
    t = doc[comma - 1]
    for _ in range(5):
        if t.pos_ == "NOUN" and t.text.islower() and t.lower_ in L.ROLE_NOUNS:
            return True
        if t.head.i == t.i or t.head.i > comma or t.dep_ not in ("pobj", "prep", "poss",
                                                                  "compound", "appos"):
            return False
        t = t.head
    return False


_AGED = re.compile(r"\d+-years?-old$")


def aged_apposition(root) -> bool:
    """'Tamm, a 31-year-old deckhand': an apposition whose noun an age in years modifies."""
    for a in root.children:
        if a.dep_ == "appos" and a.i > root.i and a.pos_ == "NOUN" \
                and a.lower_ not in L.ORG_WORDS and a.lower_ not in L.ORG_NOUNS:
            left = a.doc[a.left_edge.i:a.i].text.replace(" ", "")
            if _AGED.search(left):
                return True
    return False


def spoken_to_once(doc, toks) -> bool:
    """'Speaking to Vikerraadio, Tamm said', 'told RÚV that': one word that is told something,
    that no given name opens and that the article names only there, is the outlet that heard
    it (news style introduces a person spoken to elsewhere; cf. via_told_names)."""
    if len(toks) != 1 or toks[0].pos_ != "PROPN" or not toks[0].text[:1].isupper():
        return False
    root, head = toks[0], toks[0].head
    if not (root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ("speak", "talk")
            or root.dep_ == "dobj" and head.lemma_ == "tell"):
        return False
    if L.gender_of_first_name(root.text) is not None or root.lower_ in L.TITLES:
        return False
    return len(re.findall(r"(?<!\w)" + re.escape(root.text) + r"(?!\w)", doc.text)) == 1
