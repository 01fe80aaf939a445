"""'X spoke in Tharu through a neighbour who translated: "..."': the interpreter only carries the
words across (no relay, as via_before's note on interpreters has it); X, the subject of the verb
of speaking the 'through' phrase hangs on, said them. Input: attribution.Cand (extract's loop).
"""
from __future__ import annotations

from .attribution import source_span

_INTERPRETING = frozenset("translate interpret".split())
_SPEAKING = frozenset("speak talk say answer reply tell respond".split())


def interpreted_for(doc, c) -> None:
    tok = c.cue_tok
    if tok is None or not hasattr(tok, "lemma_") or tok.lemma_.lower() not in _INTERPRETING \
            or tok.dep_ != "relcl":
        return  # cheap gate: the cue is a relative clause's 'translated'
    through = tok.head.head
    verb = through.head
    if through.lower_ not in ("through", "via") or tok.head.dep_ != "pobj" \
            or verb.lemma_.lower() not in _SPEAKING:
        return
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return
    c.source = source_span(subj)
    c.src_tok = subj


__all__ = ["interpreted_for"]
