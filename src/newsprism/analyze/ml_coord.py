"""A second reported clause joined by 'and' after a partly quoted one, in Persian and Urdu,
which repeat no 'that' ('گفت جیره‌بندی «دیر اعلام شد» و شورا ... هشدار داده بود')."""
from __future__ import annotations

import re

from .ml_marks import words

_AND = {"fa": re.compile(r"[\s»”\"]*\s+و\s+"), "ur": re.compile(r"[\s»”\"]*\s+اور\s+")}
_MARKS = "«»„“”\"‹›"


def and_clause_after(text: str, lang: str, e: int, inside, cues, rows) -> list:
    """The clause after 'و'/'اور' that closes the sentence, when the quotation before it sits
    inside the speaker's own reported clause (the cue comes first) and no cue of its own
    follows: the same speaker's second claim, by the same road."""
    pat = _AND.get(lang)
    if pat is None or not rows or not inside or rows[-1][4].name is None or rows[-1][3] is None:
        return []
    last = rows[-1]
    o, c = inside[-1]
    if last[3].start > o or not last[0] <= o + 1 <= last[1] + 1:
        return []  # the cue follows the quotation, or the quotation is not in its clause
    m = pat.match(text, c + 1)
    if m is None or any(cue.start() >= m.end() for cue in cues):
        return []
    a, b = m.end(), e
    while b > a and text[b - 1] in " \t.,;:،۔!?\n":
        b -= 1
    if len(words(text, a, b)) < 4 or any(ch in text[a:b] for ch in _MARKS):
        return []
    return [(a, b, "indirect", last[3], last[4], last[5])]


__all__ = ["and_clause_after"]
