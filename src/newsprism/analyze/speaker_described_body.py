"""A body first given by a description, then by its name: "New Zealand's transport regulator
says" in a lede, "The New Zealand Transport Agency Waka Kotahi (NZTA) published ..." below.
Input: the speaker phrase, its Speaker (no entity yet), the Coref and the text.

A careful reader takes the described body for the one named body nearby whose name carries
the description's own content word and its kind ('transport' regulator -> Transport Agency;
'financial' watchdog -> Financial Conduct Authority; 'mines ministry' -> Ministry of Mines,
never a 'Copper Mines' firm).
Only a phrase with a possessor ('New Zealand's', "the country's") and a body-kind head passes,
and only one named body may fit; none, or two, leave the phrase as it is.
"""
from __future__ import annotations

import re

from ..records import Speaker

# possessor, then one to three lower-case words, the last a kind of body
_KINDS = ("regulator|watchdog|agency|authority|ministry|department|commission|regulators|"
          "bureau|board|council|inspectorate|ombudsman|service")
_DESCRIBED = re.compile(r"(?:[Tt]he )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}|country|state|"
                        r"city|nation|government)['’]s ((?:[a-z][\w-]* ){1,3}?)(" + _KINDS + r")")
_REACH = 1200  # characters either side: the lede's next paragraphs, or the one before
_FILLER = frozenset("new top main chief national federal state own".split())
# kinds no body carries in its name: any body head may answer ('transport regulator' ->
# 'Transport Agency'); any other kind must be in the name ('mines ministry' is no 'Mines Ltd')
_DESCRIPTIVE = frozenset("regulator regulators watchdog".split())
_BODY_HEADS = frozenset("""agency authority commission board bureau council office inspectorate
department ministry directorate""".split())


def described_body(coref, text: str, phrase: str, sp: Speaker) -> Speaker:
    """The one body named within reach whose name holds the phrase's content word, else sp."""
    if sp.entity is not None or sp.start is None or coref is None or "s " not in phrase:
        return sp
    m = _DESCRIBED.fullmatch(phrase.strip())
    if m is None:
        return sp
    words = [w for w in m.group(1).split() if w not in _FILLER and len(w) > 3]
    if not words:
        return sp
    lo, hi = max(0, sp.start - _REACH), sp.end + _REACH
    found = {}
    for mention, ent in coref.mentions_in(lo, hi):
        if ent.type != "ORG" or mention.kind != "name" or ent.id in found:
            continue
        name = ent.name.lower().split()
        kind = m.group(2)
        heads = _BODY_HEADS if kind in _DESCRIPTIVE else {kind}
        if all(w in name for w in words) and any(h in name for h in heads):
            found[ent.id] = ent
    if len(found) != 1:
        return sp
    ent = next(iter(found.values()))
    return Speaker(ent.id, ent.name, sp.start, sp.end)
