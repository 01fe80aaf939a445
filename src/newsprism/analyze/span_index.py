"""Spans indexed by position, so that a pass asking 'which of these overlap this span' costs
a look-up near the span instead of a walk over every span of the article: on a long article
(thousands of sentences) such walks, one per candidate, made the passes quadratic.

``Overlaps`` keeps half-open spans [lo, hi) sorted by start together with the longest span
seen; every span overlapping a query starts after ``query.lo - longest``, so a bisect and a
short walk find all of them. The answer is exact (the same spans a full walk would find); only
their order differs (by start, then by insertion), so callers that care about order sort."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


_SHORT = 16


def _start(span: tuple) -> int:
    return span[0]


class Overlaps:
    """Half-open spans [lo, hi), each with an item, queried by overlap."""

    __slots__ = ("_spans", "_longest", "_n")

    def __init__(self, spans=()) -> None:
        self._spans: list[tuple[int, int, int, object]] = []
        self._longest = 0
        self._n = 0
        items = [(lo, hi, item) for lo, hi, item in spans]
        for lo, hi, item in items:
            self._spans.append((lo, self._n, hi, item))
            self._n += 1
            self._longest = max(self._longest, hi - lo)
        self._spans.sort(key=lambda s: (s[0], s[1]))

    def __len__(self) -> int:
        return len(self._spans)

    def add(self, lo: int, hi: int, item=None) -> None:
        insort(self._spans, (lo, self._n, hi, item), key=lambda s: (s[0], s[1]))
        self._n += 1
        self._longest = max(self._longest, hi - lo)

    def overlapping(self, lo: int, hi: int) -> list:
        """The items of the spans [s, e) with s < hi and e > lo, in order of start (then of
        insertion)."""
        spans = self._spans
        # a short list is read whole: the bisect costs more than it saves
        i = 0 if len(spans) <= _SHORT else bisect_left(spans, lo - self._longest + 1,
                                                        key=_start)
        out = []
        for k in range(i, len(spans)):
            s, _, e, item = spans[k]
            if s >= hi:
                break
            if e > lo:
                out.append(item)
        return out

    def any_overlapping(self, lo: int, hi: int) -> bool:
        """Whether any span [s, e) has s < hi and e > lo."""
        spans = self._spans
        i = 0 if len(spans) <= _SHORT else bisect_left(spans, lo - self._longest + 1,
                                                        key=_start)
        for k in range(i, len(spans)):
            s, _, e, _ = spans[k]
            if s >= hi:
                return False
            if e > lo:
                return True
        return False


class _Reach:
    """The spans of one growing list, by start, with the furthest end reached so far."""

    __slots__ = ("items", "n", "last", "starts", "reach", "ordered")

    def __init__(self, items: list) -> None:
        self.items, self.n, self.last = items, 0, None
        self.starts: list[int] = []
        self.reach: list[int] = []
        self.ordered = True


_REACH: dict = {}  # kind of item -> the index of the last list of that kind asked about


def _reach(items: list, kind: str, span) -> _Reach | None:
    """The index of ``items`` (a list that only grows at its end), brought up to date, or
    None when its spans are out of order by start (such a list is walked)."""
    ix = _REACH.get(kind)
    if ix is None or ix.items is not items or ix.n > len(items) \
            or ix.n and items[ix.n - 1] is not ix.last:
        ix = _REACH[kind] = _Reach(items)
    if ix.n < len(items):
        starts, reach = ix.starts, ix.reach
        for item in items[ix.n:]:
            s, e = span(item)
            if starts and s < starts[-1]:
                ix.ordered = False
            starts.append(s)
            reach.append(max(e, reach[-1]) if reach else e)
        ix.n, ix.last = len(items), items[-1]
    return ix if ix.ordered else None


def _first(item):
    return item[0]


def _itself(item):
    return item


def covers(pairs: list, pos: int) -> bool:
    """any(s <= pos < e for (s, e), _ in pairs), for a list that only grows at its end (the
    quotes resolved so far, in order of their start): with the spans sorted by start and the
    furthest end among the first k, a bisect answers it, since some span holds pos exactly
    when the furthest end among those starting at or before pos lies past it."""
    ix = _reach(pairs, "covers", _first) if len(pairs) > _SHORT else None
    if ix is None:  # a short list (or one out of order) is read whole
        return any(s <= pos < e for (s, e), _ in pairs)
    k = bisect_right(ix.starts, pos)
    return k > 0 and ix.reach[k - 1] > pos


def holds(spans: list, lo: int, hi: int) -> bool:
    """any(s <= lo and hi <= e for s, e in spans), by the same index as covers()."""
    ix = _reach(spans, "holds", _itself) if len(spans) > _SHORT else None
    if ix is None:
        return any(s <= lo and hi <= e for s, e in spans)
    k = bisect_right(ix.starts, lo)
    return k > 0 and ix.reach[k - 1] >= hi


def cues_between(cands: list):
    """A look-up of the candidates whose cue starts in [lo, hi], in list order, for a pass
    that wants, for each of many anchors, the cues before it in its paragraph (a walk over
    every candidate per anchor made it quadratic). A candidate with no cue is never handed
    out; one whose cue ends before it starts is handed to every look-up, as a walk would
    test it. Candidates' cues must not change while it is used."""
    odd = [k for k, c in enumerate(cands) if c.cue is not None and c.cue[1] < c.cue[0]]
    order = sorted((c.cue[0], k) for k, c in enumerate(cands)
                   if c.cue is not None and c.cue[0] <= c.cue[1])
    starts = [s for s, _ in order]

    def near(lo: int, hi: int) -> list:
        picked = [k for _, k in order[bisect_left(starts, lo):bisect_right(starts, hi)]]
        return [cands[k] for k in sorted(picked + odd)]
    return near


__all__ = ["Overlaps", "covers", "holds", "cues_between"]
