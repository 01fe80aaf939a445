"""A Turkish subject made of a body's name and a possessed noun of its people ('Ticaret İl
Müdürlüğü yetkilileri, ...', 'İzmir Su ve Kanalizasyon İdaresi (İZSU) yetkilileri ise ...'): the
third-person possessive suffix (-(s)I, -lArI) ties the noun to the name before it, bracketed short
form and all, into one noun phrase, the subject its comma or topic particle closes. Where the
speaker found is a piece of that phrase or none, the phrase speaks."""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Speaker
from .ml_marks import sentences

_CAP = r"[A-ZÇĞİÖŞÜ][\w'’-]*"
_SUBJECT = re.compile(
    rf"(?:[A-ZÇĞİÖŞÜ]+\s+—\s+)?(?P<np>(?:{_CAP}\s+(?:ve\s+)?)*{_CAP}(?:\s*\([A-ZÇĞİÖŞÜ0-9]{{2,8}}\))?"
    r"\s+[a-zçğıöşü]{3,}(?:ları|leri|sı|si|su|sü))(?=\s*,|\s+(?:ise|de|da)[\s,])")


def _subject(text: str, spans, q: Quote) -> Quote:
    sp = q.speaker
    k = next((i for i, (a, b) in enumerate(spans) if a <= q.start < b), None)
    if k is None:
        return q
    m = _SUBJECT.match(text, spans[k][0], q.start)
    if m is None:
        return q
    a, b = m.span("np")
    if sp.start is not None and not (a <= sp.start and (sp.end or 0) <= b and (sp.start, sp.end) != (a, b)):
        return q
    if sp.start is None and sp.name is not None:
        return q
    return dataclasses.replace(q, speaker=Speaker(None, text[a:b], a, b))


def tr_possessed_subjects(text: str, lang: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    if lang != "tr" or not quotes:
        return quotes
    spans = sentences(text)
    return tuple(_subject(text, spans, q) for q in quotes)


__all__ = ["tr_possessed_subjects"]
