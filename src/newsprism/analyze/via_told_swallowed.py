"""An outlet told something that the parser hung on the told clause's subject: 'told Reuters
prosecutors were ...', 'told The Clarion several players had ...', 'says on Radio X crews ...'.

Input: a 'tell' or 'say' cue token with no object; vias asks it for the outlet's span.
"""
from __future__ import annotations

from . import cues
from . import lexicon_roles as L
from .via_names import is_medium
from .via_told_names import CHAMBER_WORDS


def swallowed_outlet(tok) -> tuple[int, int] | None:
    """The capitalised words right after 'told' (or 'says on') when they open the subject of
    the told clause and name a medium: a known one, or a masthead whose capital 'The' says it
    is a title."""
    doc = tok.doc
    first = tok.i + 1
    if first + 2 < len(doc) and doc[first].lower_ == "on" and doc[first].head.i == tok.i \
            and doc[first].dep_ == "prep" and not any(True for _ in doc[first].children):
        first += 1  # 'says on Radio Nepal crews expect ...': the 'on' left with no object
    if first + 1 >= len(doc) or not doc[first].text[:1].isupper():
        return None  # cheap gate: a capital right after the verb
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    subj = clause is not None and next(
        (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not subj or subj.left_edge.i != first:
        return None
    end = first
    while end < subj.i and doc[end].text[:1].isupper():
        end += 1
    if end == first or not doc[end].text[:1].islower():
        return None  # the subject is all capitals: a name told nothing, or the name itself
    words = doc[first:end]
    text = words.text
    if is_medium(text) or cues.is_media_name(text):
        return words[0].idx, words[-1].idx + len(words[-1].text)
    # 'told The Namibian several players ...': a capital 'The' inside a sentence opens a title;
    # no person (given name, title, role) nor a body one addresses
    if words[0].text == "The" and len(words) >= 2 \
            and L.gender_of_first_name(words[1].text) is None \
            and not any(w.lower_ in L.TITLES or w.lower_ in L.ROLE_NOUNS
                        or w.lower_ in CHAMBER_WORDS
                        or (w.lower_ in L.ORG_WORDS and w.lower_ not in cues.MEDIA_NOUNS)
                        for w in words[1:]):
        return words[0].idx, words[-1].idx + len(words[-1].text)
    return None
