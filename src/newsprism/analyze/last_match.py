"""The last match of a pattern in text[start:end], found without running the pattern over the
whole stretch for each quote (relays reads a paragraph's last 'posted on X' before a cue; in a
paragraph of thousands of sentences, one without line breaks, that was quadratic).

For patterns no match of which holds a '.', '!' or '?' (a look-ahead may read one): scanning
restarts fresh after every such mark, so the matches between the stretch's first and last mark
are the text's own matches there, found once per text and pattern; only the two end pieces
are scanned, each bounded by its mark. The answer is the match a scan of the stretch ends on.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_MARKS = ".!?"
_SEEN: dict = {}  # pattern -> (text, match starts, match ends, matches)


def _matches(pattern: re.Pattern, text: str):
    got = _SEEN.get(pattern)
    if got is None or got[0] is not text:
        found = list(pattern.finditer(text))
        got = _SEEN[pattern] = (text, [m.start() for m in found], [m.end() for m in found],
                                found)
    return got


def matches(pattern: re.Pattern, text: str):
    """The pattern's matches over the whole text, found once per text: (text, starts, ends,
    matches), for callers that bisect them."""
    return _matches(pattern, text)


_NEAR = 4096  # reaches this short are searched directly (an ordinary article's paragraphs)
_AT: dict = {}  # piece of text -> (the last text read, where the piece occurs in it)


def _occurrences(text: str, piece: str) -> list[int]:
    got = _AT.get(piece)
    if got is None or got[0] is not text:
        out, i = [], text.find(piece)
        while i >= 0:
            out.append(i)
            i = text.find(piece, i + 1)
        got = _AT[piece] = (text, out)
    return got[1]


def last_before(text: str, piece: str, pos: int) -> int:
    """text.rfind(piece, 0, pos) for pos >= 0, off the piece's places in the text, found once
    per text: in an article of one paragraph such a search ran back to the text's start for
    every quote."""
    if pos <= _NEAR:  # a short reach: the search itself is cheaper
        return text.rfind(piece, 0, pos)
    got = _occurrences(text, piece)
    k = bisect_right(got, pos - len(piece))
    return got[k - 1] if k else -1


def break_before(text: str, pos: int) -> int:
    """text.rfind("\\n", 0, pos), for pos >= 0."""
    return last_before(text, "\n", pos)


def break_from(text: str, pos: int) -> int:
    """text.find("\\n", pos), for pos >= 0."""
    near = text.find("\n", pos, pos + _NEAR)  # found near: the first one
    if near >= 0 or pos + _NEAR >= len(text):
        return near
    got = _occurrences(text, "\n")
    k = bisect_left(got, pos)
    return got[k] if k < len(got) else -1


def _scan_last(pattern: re.Pattern, text: str, start: int, end: int):
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def last_match(pattern: re.Pattern, text: str, start: int, end: int):
    """The last of a pattern's matches in text[start:end], the one nearest the cue: as a
    scan of the stretch finds it, for a pattern whose matches hold no '.', '!' or '?'."""
    first = min((k for k in (text.find(c, start, end) for c in _MARKS) if k >= 0), default=-1)
    if first < 0:
        return _scan_last(pattern, text, start, end)
    last = max(text.rfind(c, start, end) for c in _MARKS)
    # the piece after the last mark (a look-ahead reads up to ``end``, as the scan's did)
    m = _scan_last(pattern, text, last + 1, end)
    if m is not None or last == first:
        return m if m is not None else _scan_last(pattern, text, start, first + 1)
    # whole sentences between the first mark and the last: the text's own matches
    _, starts, ends, found = _matches(pattern, text)
    lo = bisect_left(starts, first + 1)
    hi = bisect_right(ends, last)
    if hi > lo:
        return found[hi - 1]
    # the piece before the first mark (its look-ahead may read the mark)
    return _scan_last(pattern, text, start, first + 1)


_AT_ANY: dict = {}  # pattern -> (the last text read, every place a match of it starts)


def _match_starts(pattern: re.Pattern, text: str) -> list[int]:
    got = _AT_ANY.get(pattern)
    if got is None or got[0] is not text:
        # every place the pattern matches, overlapping ones too: a zero-width look-ahead
        # tries each position, as a search does
        ahead = _AHEAD.get(pattern)
        if ahead is None:
            ahead = _AHEAD[pattern] = re.compile("(?=(?:" + pattern.pattern + "))",
                                                 pattern.flags)
        got = _AT_ANY[pattern] = (text, [m.start() for m in ahead.finditer(text)])
    return got[1]


_AHEAD: dict = {}


def first_start(pattern: re.Pattern, text: str, start: int, end: int, longest: int) -> int | None:
    """Where pattern.search(text, start, end) finds its match, or None, for a pattern none of
    whose attempts reads more than ``longest`` characters from where it starts (its longest
    match and the character after it a closing \\b reads), with no inline flags: a search of
    a paragraph for each quote, in a paragraph of thousands of sentences, was quadratic. An
    attempt starting more than ``longest`` characters before ``end`` reads nothing at or past
    it, so it succeeds as it would in the whole text (the places found once per text); only
    the last stretch is searched."""
    near = max(start, end - longest - 1)
    if near > start:
        starts = _match_starts(pattern, text)
        k = bisect_left(starts, start)
        if k < len(starts) and starts[k] < near:
            return starts[k]
    m = pattern.search(text, near, end)
    return m.start() if m is not None else None


__all__ = ["last_match", "matches", "last_before", "break_before", "break_from", "first_start"]
