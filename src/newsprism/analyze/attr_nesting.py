"""Sorts out attributions that sit inside one another: one act of saying spread over a chain of
cue words ('issued a statement saying', 'made charges that') becomes one attribution.

Input: the parsed spaCy Doc and the attribution.Cand list find_candidates selected (sources
settled). Attributions nested under another speaker ('X said Y accused Z') stay separate.
"""
from __future__ import annotations

import re

from .attribution import Cand, text_of

# Words between the outer cue and the inner one; a longer gap is a clause of its own.
_MAX_GAP_WORDS = 5
_WORD = re.compile(r"[\w'’-]+")
# Marks that end a phrase: an inner cue past one of these starts a clause of its own.
_BREAKS = set(",;:()[]\"“”‘’—–")


def _gap_ok(text: str, outer: Cand, inner: Cand) -> bool:
    """Whether the inner cue follows the outer one closely, with no clause break between:
    'issued [a statement] saying', 'made [similarly bigoted] charges'."""
    gap = text[outer.cue[1]:inner.cue[0]]
    if "\n" in gap or any(ch in _BREAKS for ch in gap):
        return False
    return len(_WORD.findall(gap)) <= _MAX_GAP_WORDS


def _chained(text: str, outer: Cand, inner: Cand) -> bool:
    """Whether ``inner`` only continues ``outer``'s act of saying: its cue opens the outer
    content, both contents end together, and the same source (or none) speaks."""
    if outer is inner or outer.cue is None or inner.cue is None:
        return False
    if not (outer.cue[1] <= inner.cue[0] and outer.content[0] <= inner.cue[0] < outer.content[1]):
        return False
    if abs(outer.content[1] - inner.content[1]) > 2:
        return False
    if inner.source is not None and inner.source != outer.source:
        return False
    return _gap_ok(text, outer, inner)


def _joined(outer: Cand, inner: Cand) -> Cand:
    """One attribution from a chain: the inner cue's content and kind, the cue running from
    the outer word to the inner one, the outer source."""
    return Cand(content=inner.content, cue=(outer.cue[0], inner.cue[1]),
                source=outer.source if outer.source is not None else inner.source,
                kind=inner.kind, origin=outer.origin, cue_tok=inner.cue_tok,
                src_tok=outer.src_tok if outer.source is not None else inner.src_tok,
                via=outer.via or inner.via, sent=outer.sent)


def join_chains(doc, cands: list[Cand]) -> list[Cand]:
    """Merges every chain of candidates (outer cue -> inner cue) into one; longer chains
    ('issued' -> 'statement' -> 'saying') fold step by step."""
    text = text_of(doc)
    out = list(cands)
    changed = True
    while changed:
        changed = False
        for outer in out:
            inner = next((c for c in out if _chained(text, outer, c)), None)
            if inner is None:
                continue
            out = [c for c in out if c is not outer and c is not inner]
            out.append(_joined(outer, inner))
            changed = True
            break
    out.sort(key=lambda c: (c.content[0], c.cue or (0, 0)))
    return out


__all__ = ["join_chains"]
