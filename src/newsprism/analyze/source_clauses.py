"""Reported clauses the parse hung somewhere else: a 'that' clause on an activity ('X said
this while chairing a meeting that ...'), a clause on the one told ('told local paper The
River Post he could not afford ...'); moved out of source_frames.py to keep it legible.
"""
from __future__ import annotations

import re

from . import cues
from . import lexicon_roles as L
from .attribution import Cand, make_cand, text_of, trim, verbal_tokens


def displaced_that_clauses(doc, cands: list[Cand]) -> list[Cand]:
    """'X said this while chairing a meeting that the crackdown would continue': the parser
    hangs the 'that' clause on the activity; an activity takes no 'that' clause, so it is
    what X said."""
    used = {c.cue_tok.i: c for c in cands if c.cue_tok is not None and hasattr(c.cue_tok, "i")}
    out = []
    for tok in verbal_tokens(doc):
        if tok.lemma_.lower() not in ("say", "tell", "add") \
                or not any(c.dep_ == "dobj" and c.lower_ in ("this", "so") for c in tok.children) \
                or any(c.dep_ == "ccomp" for c in tok.children):
            continue
        clause = next((x for a in tok.children if a.dep_ == "advcl" and a.i > tok.i
                       for x in a.children if x.dep_ == "ccomp" and any(
                           m.dep_ == "mark" and m.lower_ == "that" for m in x.children)), None)
        if clause is None:
            continue
        start = next(m for m in clause.children if m.dep_ == "mark").idx
        span = trim(text_of(doc), start, clause.right_edge.idx + len(clause.right_edge.text))
        _content_for(doc, used, tok, span, "inserted", out)
    return out


_COMMA_THAT = re.compile(r"(?i),\s*that")  # a ',' token, spaces, then a 'that' token


def that_clause_on_participle(doc, cands: list[Cand]) -> list[Cand]:
    """'told a news conference in Suva, livestreamed on the authority's YouTube channel,
    that the vessel had passed ...': the parser may hang the 'that' clause on a participle
    set off between the reporting verb and it; a participle that is no speech verb takes no
    'that' clause, so the clause is what was said."""
    if _COMMA_THAT.search(text_of(doc)) is None:
        return []  # the clause opens on a 'that' right after a comma (a cheap look first)
    used = {c.cue_tok.i: c for c in cands if c.cue_tok is not None and hasattr(c.cue_tok, "i")}
    out = []
    for tok in verbal_tokens(doc):
        if not cues.is_speech_lemma(tok.lemma_) or any(c.dep_ == "ccomp" for c in tok.children):
            continue
        hosts = [a for a in tok.children if a.dep_ == "advcl" and a.i > tok.i]
        hosts += [a for o in tok.children if o.dep_ in ("dobj", "dative") and o.i > tok.i
                  for a in o.children if a.dep_ == "acl" and a.i > o.i]
        clause = next((x for a in hosts if a.tag_ == "VBN" and doc[a.i - 1].text == ","
                       and not cues.is_speech_lemma(a.lemma_)
                       for x in a.children if x.dep_ == "ccomp" and x.i > a.i and any(
                           m.dep_ == "mark" and m.lower_ == "that" and doc[m.i - 1].text == ","
                           for m in x.children)), None)
        if clause is None:
            continue
        start = next(m for m in clause.children if m.dep_ == "mark").idx
        span = trim(text_of(doc), start, clause.right_edge.idx + len(clause.right_edge.text))
        _content_for(doc, used, tok, span, "verb", out)
    return out


def _content_for(doc, used: dict, tok, span, origin: str, out: list) -> None:
    """The clause is the content of the cue's existing candidate, else of a new one."""
    known = used.get(tok.i)
    if known is not None:
        known.content = span
        return
    c = make_cand(doc, tok, span, origin)
    if c is not None:
        out.append(c)


def told_clause_on_object(doc, cands: list[Cand]) -> list[Cand]:
    """'told local paper The River Post he could not afford to work': the parser hangs the
    reported clause on the hearer as if it were a relative clause; a clause with a subject of
    its own and no relative word, after the one told, is what was told."""
    used = {c.cue_tok.i: c for c in cands if c.cue_tok is not None and hasattr(c.cue_tok, "i")}
    out = []
    for tok in verbal_tokens(doc):
        if tok.lemma_.lower() != "tell" or any(c.dep_ == "ccomp" for c in tok.children):
            continue
        # 'local paper The River Post' may come out as two objects; the clause hangs on either
        hearers = [c for c in tok.children if c.dep_ in ("dobj", "dative")
                   and (c.pos_ in ("PROPN", "PRON") or c.lower_ in cues.MEDIA_NOUNS
                        or c.lower_ in cues.AUDIENCE_NOUNS or _hearer_noun(c))]
        clause = next((r for h in hearers for r in h.children
                       if r.dep_ == "relcl" and r.i > h.i), None)
        if clause is None:
            clause = _that_clause_in_phrase(tok)
            if clause is None:
                span = _clause_as_second_object(doc, tok, hearers)
                if span is not None:
                    _content_for(doc, used, tok, span, "verb", out)
                continue
        elif any(k.tag_ in ("WDT", "WP", "WP$", "WRB") or k.lower_ == "that"
                 for k in clause.children if k.i < clause.i):
            continue
        if clause is None:
            continue
        if not any(k.dep_ in ("nsubj", "nsubjpass") and k.i < clause.i for k in clause.children):
            continue
        span = trim(text_of(doc), clause.left_edge.idx,
                    clause.right_edge.idx + len(clause.right_edge.text))
        _content_for(doc, used, tok, span, "verb", out)
    return out


def _clause_as_second_object(doc, tok, hearers):
    """'told the Namibia Press Agency (NAMPA) the bank had probably "front-loaded" its
    easing': the parser may read the told clause's object as a second object of 'told' and
    its verb as a modifier; words after the hearer that hold a subject and an auxiliary or a
    finite verb of their own, up to that object's end, are what was told."""
    if not hearers:
        return None
    hearer = hearers[0]
    first = hearer.right_edge.i + 1
    last = next((c for c in tok.children if c.dep_ == "dobj" and c.i > first
                 and c not in hearers), None)
    if last is None or first >= len(doc) or doc[first].is_punct:
        return None
    words = doc[first:last.right_edge.i + 1]
    subj = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i), None)
    if subj is None or subj.i > first + 3 or not any(
            t.i > subj.i and (t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP")) for t in words):
        return None
    return trim(text_of(doc), words[0].idx, words[-1].idx + len(words[-1].text))


# Who else may be told: a programme, a hearing, a person by calling or office ('told the
# programme the couple had ...', 'told the inquiry the pump had ...', 'told the judge she ...')
_TOLD_BODIES = frozenset("programme program show podcast bulletin inquiry court hearing "
                         "committee panel tribunal council board jury".split())


def _hearer_noun(tok) -> bool:
    low = tok.lower_
    return tok.pos_ == "NOUN" and (low in _TOLD_BODIES or low in L.ROLE_NOUNS
                                   or bool(L.person_noun(low)))


def _that_clause_in_phrase(tok):
    """'told MPs in a closed session that the federation "treated ..."': the parser may
    hang the reported clause on the noun of a phrase after the hearer; a 'that' read as a
    conjunction (not a relative pronoun) with a subject of its own after it opens what
    was told."""
    for p in tok.children:
        if p.dep_ != "prep" or p.i < tok.i:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            for r in o.children:
                if r.dep_ in ("acl", "relcl") and r.i > o.i and any(
                        k.lower_ == "that" and k.dep_ == "mark" and k.i < r.i
                        for k in r.children):
                    return r
    return None


__all__ = ["displaced_that_clauses", "told_clause_on_object", "that_clause_on_participle"]
