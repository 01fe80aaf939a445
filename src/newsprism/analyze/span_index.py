"""Spans indexed by position, so that a pass asking 'which of these overlap this span' costs
a look-up near the span instead of a walk over every span of the article: on a long article
(thousands of sentences) such walks, one per candidate, made the passes quadratic.

``Overlaps`` keeps half-open spans [lo, hi) sorted by start together with the longest span
seen; every span overlapping a query starts after ``query.lo - longest``, so a bisect and a
short walk find all of them. The answer is exact (the same spans a full walk would find); only
their order differs (by start, then by insertion), so callers that care about order sort."""

from __future__ import annotations

from bisect import bisect_left, insort


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


__all__ = ["Overlaps"]
