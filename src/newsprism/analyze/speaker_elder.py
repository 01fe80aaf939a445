"""'the elder Mokhothu', 'the younger Pettigrew': one of two people sharing a surname, told apart
by generation. Input: the speaker phrase, the Coref and the text.

The article says who is whose parent or child where it names them ('Her mother, Patrice X',
'The defendant's son, Callum X', 'X and her daughter, Lineo X') or gives their ages ('Graham X,
61,'). The younger is the one named as a child (or the lower age), the elder the one named as a
parent (or the higher age); of two namesakes, naming one settles the other. Anything less clear
leaves the speaker as coreference gave it.
"""
from __future__ import annotations

import re

from ..records import Speaker

_GENERATION = re.compile(r"(?:[Tt]he )(elder|older|younger) ([A-Z][\w'’-]+)")
_CHILD = frozenset("son daughter child grandson granddaughter boy girl".split())
_PARENT = frozenset("mother father mum mom dad grandmother grandfather parent".split())
# the relation word right before the name: "her daughter, Lineo X" / "son Callum X"
_RELATION_BEFORE = re.compile(r"([a-z]+)(?:,)? $")
_AGE_AFTER = re.compile(r", (\d{1,3}),")


def elder_or_younger(coref, text: str, phrase: str, sp: Speaker) -> Speaker:
    """The namesake the generation word picks, else sp."""
    if coref is None or sp.start is None or "der " not in phrase and "ger " not in phrase:
        return sp
    m = _GENERATION.fullmatch(phrase.strip())
    if m is None:
        return sp
    people = [e for e in coref.entities if e.type == "PERSON" and len(e.name.split()) > 1
              and e.name.split()[-1] == m.group(2)]
    pick = _generation(text, people, m.group(1) != "younger", sp.start)
    return Speaker(pick.id, pick.name, sp.start, sp.end) if pick is not None else sp


def bare_namesake(shared: dict, text: str, phrase: str, sp: Speaker) -> Speaker:
    """'the elder Ferguson said ...', later 'Ferguson said': an article that sets one namesake
    apart by generation keeps the bare surname for the other. ``shared``: surname -> the
    people sharing it (speaker_namesakes.namesakes)."""
    if not shared or sp.start is None:
        return sp
    m = _BARE_SURNAME.fullmatch(phrase.strip())
    people = shared.get(m.group(1), ()) if m is not None else ()
    if len(people) != 2:
        return sp
    g = re.search(r"\b[Tt]he (elder|older|younger) " + re.escape(m.group(1)) + r"\b", text)
    if g is None:
        return sp
    apart = _generation(text, people, g.group(1) != "younger", g.start())
    if apart is None:
        return sp
    other = people[0] if apart.id == people[1].id else people[1]
    return Speaker(other.id, other.name, sp.start, sp.end)


_BARE_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\w'’-]+)")


def _generation(text: str, people: list, want_elder: bool, before: int):
    """Of two namesakes, the elder (or the younger) by what the text says of them before
    ``before``, else None."""
    if len(people) != 2:
        return None
    rank = {}  # entity id -> 0 child / 1 parent
    ages = {}
    for e in people:
        for mention in e.mentions:
            if mention.kind != "name" or mention.start >= before:
                continue
            rel = _RELATION_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            word = rel.group(1) if rel is not None else ""
            if word in _CHILD:
                rank[e.id] = 0
            elif word in _PARENT:
                rank[e.id] = 1
            age = _AGE_AFTER.match(text, mention.end)
            if age is not None:
                ages[e.id] = int(age.group(1))
    a, b = people
    elder = None
    if len(set(rank.values())) == 1 and len(rank) == 1:
        known, = rank
        other = b.id if known == a.id else a.id
        elder = known if rank[known] == 1 else other
    elif len(rank) == 2 and rank[a.id] != rank[b.id]:
        elder = a.id if rank[a.id] == 1 else b.id
    elif len(ages) == 2 and ages[a.id] != ages[b.id]:
        elder = a.id if ages[a.id] > ages[b.id] else b.id
    if elder is None:
        return None
    return next(e for e in people if (e.id == elder) == want_elder)
