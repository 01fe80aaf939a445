"""Moves a speech verb's content onto the quotation it introduces when the parse gave the verb
some other phrase ('"...," he said, clutching the lectern'; 'X said of their time: "..."').

Input: the parsed spaCy Doc and the attribution.Cand list find_candidates selected. The
quotation marks come from quotes.find_marked, computed once per Doc.
"""
from __future__ import annotations

from . import cues
from .attribution import Cand, lemma_of, text_of

# Dependencies under which a verb's clause is its own content; any other phrase the parse
# hung on a speech verb ('clutching the lectern', 'of their time') only describes the act.
_CLAUSE_DEPS = frozenset(("ccomp", "parataxis"))
_ADDRESSING = frozenset("tell ask answer".split())
_MARKS = "“”\"‘’'«»„"
# What may stand between a quotation and its cue besides the source: '"...,'' he said'.
_GLUE = " \t,:;—–-'`"
# Verbs that attach a quotation beside them: the core verbs of saying and a few of musing.
_QUOTING = cues.SAY_VERBS | frozenset("wonder muse".split())


def _marks(doc) -> list:
    cached = doc.user_data.get("newsprism.marks")
    if cached is None:
        from .quotes import find_marked  # quotes imports attribution: load it late
        cached = doc.user_data["newsprism.marks"] = find_marked(text_of(doc))
    return cached


def _only_glue(text: str, start: int, end: int, source) -> bool:
    """Whether text[start:end] holds only punctuation glue and the source phrase."""
    if end < start:
        return False
    gap = text[start:end]
    if source is not None and start <= source[0] and source[1] <= end:
        gap = text[start:source[0]] + " " + text[source[1]:end]
    return not gap.strip(_GLUE) and "\n" not in gap


def _clausal(doc, c: Cand) -> bool:
    """Whether the candidate's content is what the cue reports (a clause it governs, or the
    object of a verb that takes one), so that it stays."""
    span = doc.char_span(*c.content, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    if root.head.i != c.cue_tok.i:
        return False
    # 'recalled summer visits' reports the object; 'told a rally' only names the hearers.
    return root.dep_ in _CLAUSE_DEPS or (root.dep_ == "dobj"
                                         and lemma_of(c.cue_tok) not in _ADDRESSING)


def _beside(doc, c: Cand):
    """The quotation right before the cue and its source ('"...," X said') or right after
    it ('X said: "..."'), as (start, end) of the quoted words; None when there is none."""
    text = text_of(doc)
    best = None
    for m in _marks(doc):
        if m.close < c.cue[0] and m.closed:
            # the gap runs from past the closing mark to the cue
            if _only_glue(text, m.close + 1, c.cue[0], c.source):
                best = (m.start, m.end)
        elif m.open >= c.cue[1]:
            if _only_glue(text, c.cue[1], m.open, None):
                return (m.start, m.end)
            break
    return best


def quoted_content(doc, cands: list[Cand]) -> None:
    """Gives each speech-verb candidate whose content is a side phrase the quotation it
    stands beside, in place."""
    text = text_of(doc)
    for c in cands:
        tok = c.cue_tok
        if c.cue is None or tok is None or not hasattr(tok, "pos_") \
                or tok.pos_ not in ("VERB", "AUX") or lemma_of(tok) not in _QUOTING:
            continue
        if any(ch in _MARKS for ch in text[c.content[0]:c.content[1]]) or _clausal(doc, c):
            continue
        quote = _beside(doc, c)
        if quote is not None and quote[1] > quote[0]:
            c.content = quote


__all__ = ["quoted_content"]
