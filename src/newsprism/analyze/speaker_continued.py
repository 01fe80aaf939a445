"""A quotation running over paragraphs speaks in one voice: a paragraph that opens a quotation
and leaves it unclosed (the English convention for a quotation that goes on) is said by whoever
the attribution of the paragraph it runs into names. Input: the text and quotes.extract's
Quote records, in text order."""
from __future__ import annotations

from dataclasses import replace

from ..records import Quote

_OPENERS = "\"“"
_CLOSERS = "\"”"


def _unclosed_paragraph(text: str, q: Quote) -> int | None:
    """Where the next paragraph starts when ``q`` opens its paragraph on a quotation mark and
    the paragraph ends with no closing mark after the words; else None."""
    para = text.rfind("\n", 0, q.start) + 1
    if q.start - para != 1 or text[para] not in _OPENERS:
        return None
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    if any(ch in _CLOSERS for ch in text[q.end:end]) or text[q.start:q.end].count('"') % 2:
        return None
    nxt = end
    while nxt < len(text) and text[nxt] in "\n \t":
        nxt += 1
    return nxt


def continued_into(text: str, quotes: list[Quote]) -> list[Quote]:
    """'"We could not staff the unit. / "I would rather close it than explain a death." / That
    was how the chief executive, Dr X, put it': the cue-less first paragraph takes the speaker
    (and vias) of the paragraph its quotation runs into, when that paragraph's quote has an
    attribution of its own (a later paragraph's first, then back up the run)."""
    if len(quotes) < 2 or "\n" not in text:
        return quotes
    out = list(quotes)
    by_start = {q.start: k for k, q in enumerate(out)}
    for k in range(len(out) - 1, -1, -1):
        q = out[k]
        if q.cue is not None or q.kind != "direct":
            continue
        nxt = _unclosed_paragraph(text, q)
        j = by_start.get(nxt + 1) if nxt is not None and nxt < len(text) \
            and text[nxt] in _OPENERS else None
        if j is None:
            continue
        after = out[j]
        if after.speaker.name and after.cue is not None and after.kind == "direct":
            out[k] = replace(q, speaker=replace(after.speaker, start=None, end=None),
                             via=after.via)
    return out
