"""A body named again by its kind noun: 'Riverside United sacked its coach ... The club said'.

sources.py asks here once a speaker is still the bare kind phrase ('The club', with or without
an entity that coreference built from such phrases alone). The body is the one capitalised name
before it whose last word is a name word of that kind (a club's 'United', 'Rovers', 'FC'), when
exactly one such name is in reach; two different ones, or none, leave the kind noun alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import Speaker

# Last words by which sports clubs are named ('Eastfield Rovers', 'Riverside City'): a small
# closed class of the naming convention, not names of particular clubs.
_CLUB_WORDS = frozenset("""united city rovers athletic wanderers rangers albion town county fc
afc club hotspur villa celtic athletico""".split())
KIND_NAME_WORDS: dict[str, frozenset[str]] = {"club": _CLUB_WORDS}

_BARE = re.compile(r"(?i)the ([a-z]+)")
# a name read as a place, not a body: 'in Mexico City', 'near Orange County'
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|near|from|to|of|outside|around)\s+$")
# only these naming words also end places' names ('Mexico City', 'Orange County'): 'sell the
# car park to Hartfield Rovers' is the club
_PLACE_WORDS = frozenset("city county town villa".split())
_REACH = 1500


@lru_cache(maxsize=None)
def _named(kind: str) -> re.Pattern:
    alt = "|".join(sorted(w.capitalize() for w in KIND_NAME_WORDS[kind]) + ["FC", "AFC"])
    return re.compile(rf"\b((?:[A-Z][\w'’&.-]*[ ]+){{1,3}}(?:{alt}))\b(?![ ]+[A-Z])")


def body_by_kind(text: str, phrase: str, sp: Speaker) -> Speaker:
    """'The club said' -> the one club named in the 1,500 characters before it, else sp."""
    m = _BARE.fullmatch(phrase.strip())
    if m is None or sp.start is None or m.group(1).lower() not in KIND_NAME_WORDS:
        return sp
    if sp.name is not None and sp.name.strip().lower() != phrase.strip().lower():
        return sp  # already a name
    names: list[str] = []
    for found in _named(m.group(1).lower()).finditer(text, max(0, sp.start - _REACH), sp.start):
        name = found.group(1)
        if name.split()[0] in ("The", "A", "An") or name.split()[-1].lower() in _PLACE_WORDS \
                and _PLACE_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            continue
        if name not in names:
            names.append(name)
    if len(names) != 1:
        return sp  # none, or two clubs fit equally
    return Speaker(None, names[0], sp.start, sp.end)
