"""Which body 'the company' points back to: 'das Unternehmen' after 'Die Bäckereikette
Kornmeister hat ...', "l'entreprise" after 'la liquidation des Boulangeries Delcourt, une chaîne
de 42 magasins'. Moved out of ml_speakers (its one caller) in session 16, when that module reached
its size floor, and widened: a firm is a body introduced by a word for a firm right before its
name, by a firm's apposition right after it (', une chaîne de', ', la empresa'), or whose name
opens with a trade noun ('Boulangeries', 'Laboratoires', 'Transportes'); such a firm is found
anywhere before in the article, not only in the last 700 characters.
"""
from __future__ import annotations

import re

from ..records import Speaker
from . import ml_lexicon as L

FIRM_NOUNS = frozenset(L.fold(w) for w in """unternehmen konzern firma entreprise société empresa
    compañía azienda società şirket εταιρεία""".split())
# a body introduced by a word for a firm right before its name
_FIRM_BEFORE = re.compile(r"(?:kette|konzern|unternehmen|firma|hersteller|gruppe|händler|reederei|"
                          r"brauerei|bäckerei|entreprise|société|empresa|compañía|azienda|società)"
                          r"\s+$", re.I)
# ... or by a firm's apposition right after it
_FIRM_AFTER = re.compile(r"\s*[,،]\s*(?:une?|la|le|el|il|l['’]|eine?|der|die|das|bir)?\s*"
                         r"(?:chaîne|entreprise|société|groupe|enseigne|empresa|compañía|cadena|grupo|"
                         r"azienda|società|catena|gruppo|kette|firma|konzern|unternehmen|şirket|zincir)"
                         r"(?![\w-])", re.I)


def _firm(text: str, r) -> bool:
    ms, me, ent = r
    first = L.fold(ent.name.split()[0]) if ent.name.split() else ""
    return bool(_FIRM_BEFORE.search(text, max(0, ms - 30), ms) or _FIRM_AFTER.match(text, me)) \
        or first in L.TRADE_NOUNS


def firms_before(text: str, index, before: int, back: list, fits) -> list:
    """The bodies 'the company' may mean: the firms named before (the last one wins), else the
    bodies named in the last 700 characters as before (back)."""
    firms = [r for r in index.within(0, before) if r[2].type == "ORG" and fits(r[0], r[2].name)
             and _firm(text, r)]
    return firms or back


def last_firm(text: str, rows, end: int) -> Speaker | None:
    """The firm named last before end, anywhere in the article: what "l'entreprise" takes up
    when its own word is in no body's name."""
    firms = [r for r in rows if r[0] < end and r[2].type == "ORG" and _firm(text, r)]
    if not firms:
        return None
    ms, me, ent = firms[-1]
    return Speaker(ent.id, text[ms:me], ms, me)


__all__ = ["FIRM_NOUNS", "firms_before", "last_firm"]
