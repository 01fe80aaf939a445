"""A learned cue detector: an averaged perceptron over parse features says which words introduce
an attribution (verbs, nouns such as 'criticism of', adjectives such as 'confident that').

Input: a parsed spaCy Doc (English model) and the weights in data/models/cues.json, trained by
scripts/train_cues.py on PolNeAR train. attribution.find_candidates adds what it finds to the
rule-based candidates, so the rules' lexicons stay the first word and this catches the long tail.
"""
from __future__ import annotations

import bisect

import functools
import json
from importlib import resources

import numpy
from spacy.attrs import ORTH

from . import attribution as A

# Word classes that can head a cue; everything else is never scored (keeps the stage cheap).
_POS = frozenset(("VERB", "NOUN", "ADJ"))
_CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "advcl", "acl", "relcl"))
_SUBJ_DEPS = ("nsubj", "nsubjpass")
# Prepositions through which a noun or verb takes what was said or felt ('criticism of X').
_CONTENT_PREPS = frozenset("of about for on over against to that with".split())
_QUOTES = "\"“”«»"
# Token texts that are quotation marks; found through the Doc's ORTH array, not a Token loop.
_QUOTE_TOKENS = tuple(_QUOTES) + ("''", "``")
_WEIGHTS = "cues.json"


class Linear:
    """Feature weights and a decision threshold; ``score`` is a sum of dict lookups. The cue
    model and the attribution filter (attr_model.py) are both this, trained differently."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.0):
        self.weights = weights
        self.threshold = threshold

    def score(self, feats) -> float:
        w = self.weights
        # Absent features add nothing; skipping them leaves the sum exactly as it was.
        return sum([w[f] for f in feats if f in w])


class CueModel(Linear):
    """The per-word cue detector."""

    def is_cue(self, tok) -> bool:
        return eligible(tok) and self.score(features(tok)) > self.threshold


@functools.lru_cache(maxsize=1)
def _packaged() -> CueModel | None:
    try:
        raw = resources.files("newsprism").joinpath("data", "models", _WEIGHTS).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None  # untrained checkout: the rules work alone
    data = json.loads(raw)
    return CueModel(data["weights"], float(data.get("threshold", 0.0)))


_OVERRIDE: list = []


def use(model: CueModel | None | str = "packaged") -> None:
    """Chooses the model find_candidates consults: a CueModel, None (rules only) or the
    packaged weights; the training script compares them on held-back articles."""
    _OVERRIDE.clear()
    if model != "packaged":
        _OVERRIDE.append(model)


def current() -> CueModel | None:
    return _OVERRIDE[0] if _OVERRIDE else _packaged()


# ---------------------------------------------------------------- features

def eligible(tok) -> bool:
    return tok.pos_ in _POS and tok.is_alpha and len(tok.text) > 1


def _subject(tok):
    for c in tok.children:
        if c.dep_ in _SUBJ_DEPS:
            return c
    # 'X is confident that': the adjective's subject hangs off the copula.
    if tok.dep_ in ("acomp", "attr") and tok.head is not tok:
        for c in tok.head.children:
            if c.dep_ in _SUBJ_DEPS:
                return c
    return None


def _kind(tok) -> str:
    if tok is None:
        return "none"
    if tok.ent_type_:
        return tok.ent_type_
    if tok.pos_ == "PRON":
        return "PRON:" + tok.lower_
    return tok.pos_


def quote_marks(doc) -> list[int]:
    """Sorted indices of the Doc's quotation-mark tokens, found once per Doc (cached in
    user_data): the per-token and per-candidate features ask for them again and again."""
    marks = doc.user_data.get("newsprism_quote_tokens")
    if marks is None:
        ids = numpy.array([doc.vocab.strings.add(m) for m in _QUOTE_TOKENS], dtype=numpy.uint64)
        marks = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), ids)).tolist() \
            if len(doc) else []
        doc.user_data["newsprism_quote_tokens"] = marks
    return marks


def _near_quote(tok) -> bool:
    marks = quote_marks(tok.doc)
    k = bisect.bisect_left(marks, tok.i - 3)
    return k < len(marks) and marks[k] <= tok.i + 3


def features(tok) -> list[str]:
    """Sparse binary features of one token: its word, its place in the parse, what it
    governs (a clause, a quote, a preposition) and who its subject is."""
    lemma = A.lemma_of(tok)
    doc = tok.doc
    kids = list(tok.children)
    deps = sorted({c.dep_ for c in kids})
    subj = _subject(tok)
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"
    f = ["b", "l=" + lemma, "p=" + tok.pos_, "t=" + tok.tag_, "d=" + tok.dep_,
         "hl=" + A.lemma_of(tok.head), "hp=" + tok.head.pos_, "ld=" + lemma + "|" + tok.dep_,
         "w-1=" + prev, "w+1=" + nxt, "lw+1=" + lemma + "|" + nxt, "lw-1=" + lemma + "|" + prev,
         "sk=" + _kind(subj), "lsk=" + lemma + "|" + ("none" if subj is None else "some"),
         "p|sk=" + tok.pos_ + "|" + _kind(subj)]
    for d in deps:
        f.append("cd=" + d)
        f.append("lcd=" + lemma + "|" + d)
    for c in kids:
        if c.dep_ in ("prep", "mark", "dative", "agent") or (c.dep_ == "prt"):
            f.append("cw=" + c.dep_ + ":" + c.lower_)
            f.append("lcw=" + lemma + "|" + c.lower_)
        if c.dep_ in _CLAUSE_DEPS:
            mark = next((g.lower_ for g in c.children if g.dep_ == "mark"), "-")
            f.append("cl=" + c.dep_ + ":" + mark)
            f.append("pcl=" + tok.pos_ + "|" + c.dep_ + ":" + mark)
        if c.dep_ == "poss":
            f.append("poss=" + _kind(c))
    if _near_quote(tok):
        f.append("q")
        f.append("lq=" + lemma)
    if tok.dep_ in ("acomp", "attr"):
        f.append("cop=" + A.lemma_of(tok.head))
    return f


# ---------------------------------------------------------------- candidates

def _content_of(tok):
    """(span, how) of what the cue governs: a clause, a prepositional object, a direct object;
    None when it governs nothing an attribution could report."""
    # Runs for every governing word of every article: the children are made once.
    kids = [(c, c.dep_) for c in tok.children]
    for dep in ("ccomp", "xcomp", "acl"):
        for c, d in kids:
            # A clause before the cue is content too ('The plan failed, he conceded').
            if d == dep and (c.i > tok.i or dep == "ccomp"):
                return A.subtree_span(c)
    for c, d in kids:
        if d == "prep" and c.lower_ in _CONTENT_PREPS and c.i > tok.i and c.i - tok.i <= 3:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return A.tokens_span(obj.subtree)
    if tok.pos_ != "VERB":
        return None
    obj = next((c for c, d in kids if d == "dobj" and c.i > tok.i), None)
    if obj is not None and len(list(obj.subtree)) >= 2:
        return A.tokens_span(obj.subtree)
    return _inserted_content(tok)


def _inserted_content(tok):
    """'X will happen, he said' / 'If A, he said, B': the parser hangs the cue off the
    content's verb, or the content's clause off the cue."""
    if not any(c.dep_ in _SUBJ_DEPS for c in tok.children):
        return None
    if tok.dep_ in ("parataxis", "ccomp", "conj") and tok.head is not tok \
            and tok.head.pos_ in ("VERB", "AUX"):
        return A.subtree_span(tok.head, exclude=tok)
    for c in tok.children:
        if c.dep_ in ("advcl", "parataxis") and len(list(c.subtree)) >= 3:
            return A.tokens_span(c.subtree)
    return None


def _noun_source(tok):
    """'Trump's criticism of X' -> Trump; 'criticism of X by Y' -> Y."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    # 'X voiced skepticism about Y', 'X has doubts about Y': the holder is the verb's subject.
    if tok.dep_ in ("dobj", "attr") and tok.head is not tok:
        return A.subject_of(tok.head)
    return None


def content_of(tok):
    """The span of what a word governs that an attribution could report, or None."""
    return _content_of(tok)


def candidate(doc, tok, span=None):
    """The attribution a word would head as a cue, or None when it governs no content;
    ``span`` is its content when the caller already found it."""
    span = span or _content_of(tok)
    if span is None:
        return None
    c = A.make_cand(doc, tok, span, "learned")
    if c is None or c.content[1] <= c.content[0]:
        return None
    if tok.pos_ == "NOUN":
        src = _noun_source(tok)
        c.src_tok = src
        c.source = A.source_span(src) if src is not None else None
    elif tok.pos_ == "ADJ" and c.source is None:
        subj = _subject(tok)
        if subj is not None:
            c.src_tok, c.source = subj, A.source_span(subj)
    return c


def learned_candidates(doc, cands, model: CueModel | None = None) -> list:
    """Candidates for the cues the model finds that no rule candidate already covers."""
    model = model or current()
    if model is None:
        return []
    covered = [c.cue for c in cands if c.cue]
    heads = {c.cue_tok.i for c in cands if c.cue_tok is not None}
    out = []
    for tok in doc:
        if tok.i in heads or any(s <= tok.idx < e for s, e in covered) \
                or not model.is_cue(tok):
            continue
        c = candidate(doc, tok)
        if c is not None:
            out.append(c)
            covered.append(c.cue)
    return out


__all__ = ["CueModel", "features", "quote_marks", "eligible", "candidate", "content_of",
           "learned_candidates", "use", "current"]
