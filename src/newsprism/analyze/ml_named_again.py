"""The session-15 continuation ruling: does a quotation's speaker mention name the speaker
again? A speaker named again after a relayed quotation, by name or by a role description
('Solís pidió', 'La funcionaria añadió', "L'élu a précisé", 'وأوضح بنسعيد'), is a new
attribution and inherits no medium; a pronoun ('a-t-il ajouté', 'Selon elle', 'او افزود'), a
dropped subject ('وأضاف', 'añadió') or an anaphor of the 'the same' kind ('Ο ίδιος', 'el mismo',
'la stessa') names nobody new and keeps the medium of the words before."""
from __future__ import annotations

import re

from ..records import Speaker
from . import ml_lexicon as L

# 'the same (one)': an article, then the word for 'same' (German 'derselbe'; 'der Minister
# selbst' names the minister and is no such anaphor).
_SAME = re.compile(r"(?i)^(?:(?:el|la|lo|los|las|il|le|les|ο|η|το|οι|l['’])\s*)?"
                   r"(?:mism[oa]s?|m[êe]mes?|stess[oa]|stessi|stesse|ίδι[οα]ς?|ίδιο[ιυ]?|"
                   r"derselbe|dieselbe|aynı\s+isim|نفسه|نفسها|خود\s*او|خود|خود\s*وی)$")


def names_again(text: str, quote_end: int, first: Speaker, sp: Speaker) -> bool:
    """sp is a mention of its own, after the earlier quotation (which ended at quote_end), that
    names the speaker by a name or a role noun: not the earlier attribution's own mention, not a
    pronoun, not a 'the same' anaphor."""
    if sp.start is None or sp.end is None or sp.start < quote_end or sp.start == first.start:
        return False
    said = text[sp.start:sp.end].strip()
    if not said or _SAME.match(said):
        return False
    return not all(L.fold(w) in L.PRONOUNS or w in L.PRONOUNS for w in said.split())


def same_anaphor(text: str, sp: Speaker) -> bool:
    """The mention is an anaphor of the 'the same' kind ('Ο ίδιος τόνισε', 'La misma añadió'):
    the speaker before goes on, on the same road."""
    return sp.start is not None and sp.end is not None and bool(_SAME.match(text[sp.start:sp.end].strip()))
