"""A bare surname two people in the story share ('Tumaliuan, who sends her parents a third of
her salary, said she ...' after 'Maricel Tumaliuan' and 'Her father, Benigno Tumaliuan'): the
namesake whom the phrase's own gender words fit. Input: the speaker phrase, the text up to the
content, and a test of whether a person fits 'he' or 'she' (sources.Speakers' gender tests).

Coreference gives a bare surname to the namesake named last; a careful reader checks the
courtesy title ('Mr', 'Ms') or the pronouns the speaker's own clause uses of them ('her
salary', 'said she') and takes the one namesake they fit. No gender word, or both namesakes
fitting, leaves the speaker as coreference gave it. A phrase that names one namesake in full
('Another MacLeod, the island's GP, Dr Catriona MacLeod') is that one.
"""
from __future__ import annotations

import re

from ..records import Speaker

# the phrase opens on a bare surname (an optional courtesy title), no given name after it
_BARE = re.compile(r"(?:(Mr|Mrs|Ms|Miss)\.? )?([A-Z][\w'’-]+)(?![\w'’-]| [A-Z])")
_TITLE_GENDER = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}
_SHE = re.compile(r"\b(?:she|her|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)


def namesakes(coref) -> dict[str, list]:
    """surname -> the full-named people sharing it, for surnames two or more people share
    (read once per article)."""
    by: dict[str, list] = {}
    for e in coref.entities if coref is not None else ():
        words = e.name.split()
        if e.type == "PERSON" and len(words) > 1:
            by.setdefault(words[-1], []).append(e)
    return {k: v for k, v in by.items() if len(v) > 1}


def namesake_by_gender(shared: dict[str, list], phrase: str, clause: str, sp: Speaker,
                       fits) -> Speaker:
    """The namesake the gender words pick, else sp; ``shared``: namesakes(); ``clause``: the
    words from the phrase to the first words of its content; ``fits(entity, pronoun)``:
    whether a person fits it."""
    if not shared or sp.entity is None or sp.start is None:
        return sp
    # 'Another MacLeod, the island's GP, Dr Catriona MacLeod': the phrase names one of them
    # in full, after the bare surname coreference went by
    named = [e for people in shared.values() if any(e.id == sp.entity for e in people)
             for e in people if e.id != sp.entity and e.name in phrase]
    if len(named) == 1 and not any(e.name in phrase for people in shared.values()
                                   for e in people if e.id == sp.entity):
        return Speaker(named[0].id, named[0].name, sp.start, sp.end)
    m = _BARE.match(phrase)
    if m is None:
        return sp
    people = shared.get(m.group(2), ())
    if sp.entity not in {e.id for e in people}:
        return sp
    pronoun = _TITLE_GENDER.get(m.group(1) or "")
    if pronoun is None:
        she, he = _SHE.search(clause) is not None, _HE.search(clause) is not None
        if she == he:
            return sp
        pronoun = "she" if she else "he"
    fitting = [e for e in people if fits(e, pronoun)]
    if len(fitting) != 1 or fitting[0].id == sp.entity:
        return sp
    return Speaker(fitting[0].id, fitting[0].name, sp.start, sp.end)
