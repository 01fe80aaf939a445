"""Which media a candidate's words may lie in, found by position: relays.chain_vias asked every
medium of an article about every candidate, quadratic in a long article (a paragraph of
thousands of 'X told Y' sentences). A medium relays a candidate (relays._wraps) only when the
candidate's content overlaps the medium's words or its cue lies inside them; both put the
medium's words over the hull of the candidate's cue and content, widened by one character on
each side (an empty span inside or at the edge of the words), so the media found there are a
superset of those that can relay it, in the order given; the callers' own test decides."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .attribution import trim
from .span_index import Overlaps

_SHORT = 16  # a short list is read whole


def media_near(media: list):
    """A function: candidate -> the media (in the list's order) whose words lie over its cue
    and content, a superset of those relays._wraps can accept. The media's words must not
    change while it is used."""
    if len(media) <= _SHORT:
        return lambda c: media
    index = Overlaps((m.content[0], m.content[1], k) for k, m in enumerate(media))

    def near(c) -> list:
        ends = (c.content[0], c.content[1], c.cue[0], c.cue[1])
        return [media[k] for k in sorted(index.overlapping(min(ends) - 1, max(ends) + 1))]
    return near


def according_apart(text: str, cands: list) -> None:
    """'According to the Canadian Press, the union's treasurer, Paul Dube, said': the parse
    may take the speaker for an apposition of the medium; the 'according to' phrase ends
    at the comma before the source of the attribution it holds (relays.chain_vias).

    For each 'according to' candidate, the first candidate (in the list's order) whose source
    opens inside the phrase: read off the sources' starts, sorted once (read again only when
    a phrase cut short moved its own start), not by a walk over every candidate."""
    starts = None
    for m in cands:
        if m.origin != "according" or m.source is None:
            continue
        if len(cands) <= _SHORT:
            inner = cands
        else:
            if starts is None:
                starts = sorted((c.source[0], k) for k, c in enumerate(cands)
                                if c.source is not None and c.cue is not None)
                keys = [a for a, _ in starts]
            lo, hi = bisect_right(keys, m.source[0]), bisect_left(keys, m.source[1])
            inner = [cands[k] for k in sorted(k for _, k in starts[lo:hi])]
        for c in inner:
            if c is not m and c.source is not None and c.cue is not None \
                    and m.source[0] < c.source[0] < m.source[1] <= c.cue[0] \
                    and text[m.source[0]:c.source[0]].rstrip().endswith(","):
                was = m.source[0]
                m.source = trim(text, m.source[0], c.source[0], chars=" ,")
                if m.source[0] != was:
                    starts = None  # its start was a key
                break


__all__ = ["media_near", "according_apart"]
