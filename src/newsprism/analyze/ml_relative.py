"""A body or person that speaks through a relative clause set off after it: 'convocada por el
comité de empresa, que reclama la contratación de ...', 'Lo ha deciso l'Autorità di bacino ...,
che ha parlato di «...»', 'lancée par le syndicat Sud-Rail, qui a dénoncé « ... »'. The
relative pronoun is the cue's subject; the speaker is the noun phrase before its comma."""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Speaker

# The comma, the subject pronoun, at most an auxiliary or an adverb, then the cue.
_REL_SUBJECT = re.compile(r"[,،]\s*(?:que|qui|che|il quale|la quale|el cual|la cual|lequel|laquelle)"
                          r"(?:\s+(?:ha|han|hanno|a|ont|ya|también|anche|aussi|già|déjà))*\s+$")
# Where the noun phrase opens: a bare article or an agent preposition glued to one; an article
# after 'de'/'di' is inside the phrase ('el comité de la empresa').
_OPENER = re.compile(r"(?:^|(?<=[\s(]))(?:(?:el|la|los|las|le|les|il|lo|gli|i|dal|dalla|dallo|dai|"
                     r"dalle|dagli|du|des|au|aux|al|un|une|una|uno)(?=\s)|(?:l|dall)['’](?=\w))", re.I)
_GENITIVE_BEFORE = re.compile(r"(?:\bde|\bdi|\bda|\bd['’])\s*$", re.I)
_LANGS = ("fr", "es", "it")


def _phrase(text: str, a: int, comma: int) -> tuple[int, int] | None:
    opener = None
    for m in _OPENER.finditer(text, a, comma):
        if not _GENITIVE_BEFORE.search(text, max(a, m.start() - 4), m.start()):
            opener = m
    if opener is None:
        return None
    s = opener.end() + len(text[opener.end():comma]) - len(text[opener.end():comma].lstrip())
    words = text[s:comma].split()
    if not 1 <= len(words) <= 10 or not words[0][:1].isalpha():
        return None
    return s, comma


def relative_subject(text: str, lang: str, q: Quote) -> Quote:
    if lang not in _LANGS or q.cue is None or q.start < q.cue.end:
        return q
    sp = q.speaker
    if sp.start is not None and sp.start >= q.cue.start:
        return q  # ('la propuesta, que presentó el alcalde': named after the verb)
    line = max(text.rfind(c, 0, q.cue.start) for c in ".!?\n«»“”\"")
    m = _REL_SUBJECT.search(text, line + 1, q.cue.start)
    if m is None or m.end() != q.cue.start:
        return q
    if sp.start is not None and not line < sp.start < m.start():
        return q
    if sp.end is not None and re.match(r"\s*[,،]", text[sp.end:m.start()]):
        return q  # 'raconte Julien Ferraro, gérant du camping, qui dit': the apposed one
    span = _phrase(text, line + 1, m.start())
    if span is None or (sp.start is not None and sp.end is not None and sp.end > m.start()):
        return q
    s, e = span
    return dataclasses.replace(q, speaker=Speaker(None, text[s:e], s, e))


def relative_subjects(text: str, lang: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    return tuple(relative_subject(text, lang, q) for q in quotes)


__all__ = ["relative_subjects"]
