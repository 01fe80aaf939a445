"""'"...," she said, according to an AFP translation': an 'according to' phrase naming a
translation says in whose words the quotation is rendered, not who said or passed it on, so it
makes no attribution of its own (the quotation keeps its speaker and the medium it went to).

Input: the quotes stage's Cand list; quotes.extract calls renderings_dropped once per article,
gated by a substring test for 'translation'/'interpretation'.
"""
from __future__ import annotations

from .attribution import Cand
from .vias import RENDERINGS


def renderings_dropped(text: str, cands: list[Cand]) -> list[Cand]:
    if "translation" not in text and "interpretation" not in text:
        return cands  # the cheap test
    return [c for c in cands if not (
        c.origin == "according" and c.src_tok is not None and hasattr(c.src_tok, "lemma_")
        and c.src_tok.lemma_.lower() in RENDERINGS)]


__all__ = ["renderings_dropped"]
