"""The agent an Urdu clause marks with the ergative 'نے' after an according-phrase that names a
medium ('اے پی پی کے مطابق ضلعی انتظامیہ نے ... تیار کر لیے ہیں'): the agent speaks and the
medium relays. Case marking, not word order or capitals, tells the subject here.
"""
from __future__ import annotations

import re

from ..records import Speaker
from .ml_marks import words

# Postpositions that close an adverbial before the agent: 'سرکاری ٹی وی سے گفتگو میں X نے'.
_UR_POSTPOSITIONS = frozenset("میں سے کو پر تک لیے بعد".split())
_PUNCT = re.compile(r"[،,:;«»\"“”()]")


def ur_agent(text: str, qs: int, qe: int) -> Speaker | None:
    """The words before the first 'نے' within the clause's first ten words, from its start or
    the last postposition before it (one to five words); None when punctuation comes first."""
    toks = words(text, qs, min(qe, qs + 120))[:10]
    ws = [text[a:b] for a, b in toks]
    if "نے" not in ws:
        return None
    k = ws.index("نے")
    if k == 0 or _PUNCT.search(text[toks[0][0]:toks[k][0]]):
        return None
    lo = max([i + 1 for i in range(k) if ws[i] in _UR_POSTPOSITIONS] + [0])
    if not 1 <= k - lo <= 5:
        return None
    a, b = toks[lo][0], toks[k - 1][1]
    return Speaker(None, text[a:b], a, b)


__all__ = ["ur_agent"]
