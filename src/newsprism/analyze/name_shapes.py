"""Shapes of written names that tell what a name is, read from its words alone: a body named
across an 'and' ('Millbrook Fire and Rescue Service'), a body named after its country
('Health New Zealand'), a person's name opened by initials ('K. Lakshmi Narayana'). Moved out
of mentions.py (session 12) to keep it small; mentions.ner_names and _context_votes use them.
"""
from __future__ import annotations

import re

from . import lexicon_roles as L

_COUNTRY_KEYS = frozenset(v.lower() for v in L.COUNTRY_ALIASES.values())


# a name opened by initials is a person's ('W.M. Senanayake'); not the places so written
INITIALS_NAME = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][a-z][\w'’-]+"
                           r"(?:\s+[A-Z][a-z][\w'’-]+){0,2}$")
PLACE_INITIALS = re.compile(r"^(?:U\.\s?S|U\.\s?K|U\.\s?N|E\.\s?U|U\.\s?A\.\s?E|D\.\s?C)\.")


def ends_in_country(toks) -> bool:
    """'Health New Zealand', 'Business France': words before a country's name make a body of
    that country; no person's surname is a country."""
    words = [t.lower_ for t in toks]
    return any(" ".join(words[k:]) in L.COUNTRY_ALIASES or " ".join(words[k:]) in _COUNTRY_KEYS
               for k in range(1, len(words)))


def and_body(doc, s: int, e: int, label: str) -> tuple[int, str]:
    """'Millbrook Fire and Rescue Service': a capitalised run joined by 'and' to a short run
    that ends in an organisation word is one body's name, not two (the tagger may end the
    first run on the 'and')."""
    if e - s > 1 and doc[e - 1].lower_ in ("and", "&"):
        e -= 1
    if e + 2 >= len(doc) or doc[e].lower_ not in ("and", "&") \
            or not all(t.text.istitle() for t in doc[s:e]):
        return e, label
    j = e + 1
    while j < len(doc) and j - e <= 3 and doc[j].pos_ == "PROPN" and doc[j].text.istitle():
        j += 1
    if j > e + 1 and doc[j - 1].lower_ in L.ORG_WORDS and doc[j - 1].ent_iob_ != "B":
        return j, "ORG"
    return e, label
