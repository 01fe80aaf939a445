"""The first of two coordinated 'that' clauses when only the second holds quoted words:
'afirmó en un comunicado que había suspendido las faenas y que colaboraría «en todo»'. The
first clause is a claim of its own, the same speaker's through the same cue.
Inputs: the rows ml_quotes._direct built for one sentence, its quotation marks and cues.
"""
from __future__ import annotations

import re

from .ml_marks import words

# 'and that' right before the quotation's opening mark (the words inside are the second claim)
_AND_THAT_BEFORE = re.compile(r"\s(?:y|e|et|und|και)\s+(?:que|qu['’]|che|dass|ότι|πως)\s*(?:[^\s«»„“”\"]+\s+){0,6}$")
_MARKS = "«»„“”\"‹›"


def and_that_before(text: str, rules, inside, rows) -> list:
    """Rows for 'cue que X y que «Y»': X, indirect, with the row's cue, speaker and vias."""
    if not rows or not inside:
        return []
    o = inside[0][0]
    row = next((r for r in rows if r[0] > o and r[3] is not None and r[3].end <= o and r[4].name), None)
    if row is None or row[0] - o > 2:
        return []
    tail = _AND_THAT_BEFORE.search(text, max(row[3].end, o - 80), o)
    if tail is None:
        return []
    that = rules.that.search(text, row[3].end, min(tail.start(), row[3].end + 40))
    if that is None or text[row[3].end:that.start()].count(",") > 1:
        return []
    qs = that.end() + len(text[that.end():tail.start()]) - len(text[that.end():tail.start()].lstrip())
    qe = tail.start()
    while qe > qs and text[qe - 1] in " ,;":
        qe -= 1
    if len(words(text, qs, qe)) < 3 or any(ch in text[qs:qe] for ch in _MARKS) \
            or any(r[0] < qe and qs < r[1] for r in rows):
        return []
    return [(qs, qe, "indirect", row[3], row[4], row[5])]


__all__ = ["and_that_before"]
