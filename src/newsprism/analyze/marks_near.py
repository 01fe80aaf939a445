"""The quotation right beside a cue, found among a text's marks by bisection instead of a walk
over every mark before the cue (attr_nesting asks it of each cue beside a mark; a long
article's cues each walked all its earlier marks, which made that pass quadratic).

Exact for marks in order of their opening mark, each closing at or after it opens (as
quotes.find_marked lists them); any other list is walked as before."""
from __future__ import annotations

from bisect import bisect_left

_SEEN: list = [None]  # (the last marks list read, its index or None: walk it)


def _index(marks: list):
    got = _SEEN[0]  # read once: one pair, whatever another thread stores meanwhile
    if got is None or got[0] is not marks:
        opens = [m.open for m in marks]
        ok = all(m.open <= m.close for m in marks) and all(
            a <= b for a, b in zip(opens, opens[1:]))
        reach, far = [], -1
        for m in marks:
            far = max(far, m.close)
            reach.append(far)
        got = _SEEN[0] = (marks, (opens, reach) if ok else None)
    return got[1]


def _glue_start(text: str, at: int, glue: str) -> int:
    while at > 0 and text[at - 1] in glue:
        at -= 1
    return at


def _walk(text: str, marks: list, cue: tuple[int, int], source, only_glue):
    """The plain walk over every mark, which ``beside`` answers by bisection."""
    best = None
    for m in marks:
        if m.close < cue[0] and m.closed:
            if only_glue(text, m.close + 1, cue[0], source):
                best = (m.start, m.end)
        elif m.open >= cue[1]:
            if only_glue(text, cue[1], m.open, None):
                return (m.start, m.end)
            break
    return best


def beside(text: str, marks: list, cue: tuple[int, int], source, only_glue, glue: str):
    """What ``_walk`` returns, with only_glue(text, start, end, source) the gap test and
    ``glue`` every character it lets a gap hold.

    A gap past a closing mark holds glue only, or glue, the source phrase and glue: so the
    mark closes no earlier than the glue run ending at the cue (or at the source) begins, and
    the last mark before the cue that closes that late is looked at first."""
    ix = _index(marks) if cue[0] < cue[1] else None
    if ix is None:
        return _walk(text, marks, cue, source, only_glue)
    opens, reach = ix
    j = bisect_left(opens, cue[1])  # marks from j open after the cue: the walk stops at j
    if j < len(marks):
        m = marks[j]
        if only_glue(text, cue[1], m.open, None):
            return (m.start, m.end)
    low = _glue_start(text, cue[0], glue)
    if source is not None:
        low = min(low, _glue_start(text, source[0], glue))
    for k in range(j - 1, -1, -1):
        if reach[k] + 1 < low:
            break  # no mark up to k closes late enough for a gap of glue
        m = marks[k]
        if m.close < cue[0] and m.closed and only_glue(text, m.close + 1, cue[0], source):
            return (m.start, m.end)
    return None


__all__ = ["beside"]
