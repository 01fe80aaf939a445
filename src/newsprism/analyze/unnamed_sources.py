"""Unnamed people as speakers: whom a 'he', 'she' or 'it' means when the paragraph brings in
someone described but not named ('a crane operator who ...', 'the ransom note'), and when
an unnamed source who spoke last comes before the named person coreference picked.

Split out of sources.py (Speakers.resolve calls these with its Doc, Coref and recent
speakers).
"""
from __future__ import annotations

from ..records import Speaker
from . import lexicon_roles as L
from .attribution import source_span, text_of
from .second_names import org_like
from .source_frames import name_fallback

WORKER_NOUNS = frozenset("clerk cleaner porter guard steward driver cashier waiter".split())
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _who_clause(t) -> bool:
    """'a fly-in worker at the site who has spent time in Chile': a 'who' clause says the
    noun is a person."""
    return any(k.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who"
                                         for g in k.children) for k in t.children)


def not_since(doc, ent, pos: int) -> bool:
    """Whether the entity, a person, goes unmentioned in the paragraph before ``pos``
    (pronouns aside)."""
    if ent.type != "PERSON":
        return False
    ps = text_of(doc).rfind("\n", 0, pos) + 1
    return not any(ps <= m.start < pos and m.kind != "pronoun" for m in ent.mentions)


def unnamed_subject_before(doc, pos: int) -> Speaker | None:
    """'a ward clerk at Wyong Hospital noticed ... "I thought it was a prank," she says':
    with no one named or quoted before, the paragraph's unnamed person is 'she'."""
    text = text_of(doc)
    ps = text.rfind("\n", 0, pos) + 1
    span = doc.char_span(ps, pos, alignment_mode="contract")
    for t in reversed(list(span) if span is not None else []):
        # 'Back in Kalgoorlie, a fly-in worker ... had a simpler view': the parser may
        # hang the subject on the place opening the sentence as its apposition
        placed = t.dep_ == "appos" and t.head.ent_type_ in ("GPE", "LOC") \
            and t.head.dep_ == "pobj" and t.head.i < t.i
        # 'A local journalist who was there — she asked not to be named — said': a dash
        # aside leaves the phrase opening the sentence an unlabelled dependent
        opening = t.dep_ == "dep" and t.left_edge.i == t.sent.start
        if (t.dep_ == "nsubj" or placed or opening) and t.pos_ == "NOUN" and t.tag_ == "NN" \
                and any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in t.children) \
                and (t.lower_ in L.PERSON_NOUNS or t.lower_ in WORKER_NOUNS
                     or _who_clause(t)):
            words = [k for k in t.lefts if k.dep_ in ("compound", "amod", "nmod")]
            start = words[0].idx if words else t.idx
            return Speaker(None, text[start:t.idx + len(t.text)], None, None)
    return None


def unnamed_since(doc, coref, recent, ent, pos: int, pronoun: str) -> Speaker | None:
    """'A 72-year-old patient, who asked not to be named, said ... "...," she said': an
    unnamed source who spoke last in the paragraph, after the named person coreference
    picked was last mentioned, is whom the pronoun means."""
    text = text_of(doc)
    para = text.rfind("\n\n", 0, pos)
    last = next(((at, sp) for at, sp in reversed(recent) if at < pos), None)
    if last is None or last[0] < para or last[1].entity is not None or org_like(last[1]) \
            or not last[1].name:
        return None
    words = (last[1].name or "").lower().split()
    if not words or words[0] not in ("a", "an", "the", "one") or words[-1].endswith("s") \
            and words[-1] not in L.PERSON_NOUNS:
        return None  # one described person ('a patient', 'the nurse'), not a group
    if PERSONAL.get(pronoun) and (L.PERSON_NOUNS.get(words[-1]) or L.ROLE_NOUNS.get(
            words[-1])) not in (None, PERSONAL[pronoun]):
        return None
    if any(last[0] <= m.start < pos and m.kind == "name" for m in coref.chain(ent.id)):
        return None  # the named person came up again since
    return last[1]


def previous_subject(doc, tok, plural: bool = False) -> Speaker | None:
    """'The ransom note ... is two paragraphs long. It says ...': with no speaker before
    it, 'it' is the thing the sentence before was about."""
    start = tok.sent.start
    if start == 0 or "\n\n" in text_of(doc)[doc[start - 1].idx:tok.idx]:
        return None
    root = doc[start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if plural:
        if subj is None or subj.tag_ != "NNS" or L.singular(subj.lower_) not in L.PERSON_NOUNS:
            return None
    elif subj is None or subj.pos_ != "NOUN" or subj.tag_ == "NNS" \
            or subj.lower_ in L.PERSON_NOUNS or subj.lower_ in L.ROLE_NOUNS:
        return None
    span = source_span(subj)
    return Speaker(None, name_fallback(doc, subj, span), *span)
