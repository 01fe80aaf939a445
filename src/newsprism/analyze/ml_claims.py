"""More reported clauses in a sentence that ml_quotes already attributed: a 'that' clause before
the quotation under another cue, and a coordinated 'and that' clause after it. Inputs: text, cues.
"""
from __future__ import annotations

import re

from ..records import Span
from .ml_entities import words

# A coordinated complementiser after a quotation: "«...» y que ...", "e che", "et que",
# "und dass", "και ότι", "ve ... ki" is not coordinated this way.
_AND_THAT = re.compile(r"[\s»”“\"]*(?:y|e|et|und|και)\s+(?:que|qu['’]|che|dass|ότι|πως)\s+")
# A contrast that closes a reported clause before the speaker goes on to something else.
_TURN = re.compile(r"[,،]\s*(?:αλλά|όμως|pero|sin embargo|mais|ma|però|aber|jedoch|ama|fakat|"
                   r"اما|لكن|ولكن|لیکن|مگر)(?![\w-])")
_QUOTE_MARKS = "«»„“”\"‹›"


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t,،":
        a += 1
    while b > a and text[b - 1] in " \t.,;:،۔!?":
        b -= 1
    return a, b


def that_before_quote(text: str, rules, inside, cues, rows) -> list:
    """'Ο υπουργός ... είπε μιλώντας στην ΕΡΤ ότι η κυβέρνηση είναι ανοιχτή ..., αλλά
    χαρακτήρισε την απεργία «άκαιρη»': the first cue's 'that' clause is a claim of its own,
    by the speaker of the quotation that follows. rows: the sentence's rows so far."""
    if not rows or not inside or rows[0][4].name is None or rows[0][2] == "indirect":
        return []
    first = rows[0]
    o = inside[0][0]
    own = first[3].start if first[3] is not None else None
    for cue in cues:
        if cue.end() > o or cue.start() == own or rules.according.fullmatch(cue.group()):
            continue
        window = text[cue.end():min(o, cue.end() + 60)]
        if any(c in window for c in _QUOTE_MARKS) or "\n" in window:
            continue
        that = rules.that.search(text, cue.end(), min(o, cue.end() + 60))
        if that is None:
            continue
        stops = [o] + [c.start() for c in cues if that.end() < c.start() < o]
        turn = _TURN.search(text, that.end(), o)
        if turn is not None:
            stops.append(turn.start())
        qs, qe = _clean(text, that.end(), min(stops))
        if len(words(text, qs, qe)) < 3 or any(a < qe and qs < b for a, b in inside):
            continue
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), first[4], first[5])]
    return []


def and_that_after(text: str, e: int, inside, rows) -> list:
    """'aseguró que el seguimiento era «muy minoritario» y que el 92 % de las consultas se
    habían mantenido': the coordinated clause is the same speaker's second claim."""
    if not rows or not inside or rows[-1][4].name is None or rows[-1][3] is None:
        return []
    last = rows[-1]
    close = inside[-1][1]
    if last[3].start > inside[-1][0]:
        return []  # the cue follows the quotation: it governs no clause after it
    m = _AND_THAT.match(text, close + 1)
    if m is None:
        return []
    qs, qe = _clean(text, m.end(), e)
    if len(words(text, qs, qe)) < 3 or any(c in text[qs:qe] for c in _QUOTE_MARKS):
        return []
    return [(qs, qe, "indirect", last[3], last[4], last[5])]


__all__ = ["and_that_after", "that_before_quote"]
