"""A name inside the modifier of an indefinite description is not the one who spoke: 'a confié
une mère de famille venue d'Aix-en-Provence', 'contó una vecina originaria de Cuenca', 'ha
detto un commerciante arrivato da Bari', 'erzählte eine Mutter aus Köln'. The description's head
(with its own complement, 'mère de famille') speaks; the place only says where they are from.
A person's or a body's name in a prepositional modifier ('un porte-parole de Renault') is left to
the other rules; any name in a relative clause set off after the description is not its subject."""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Speaker

_LOWER = r"[a-zà-ÿäöüßα-ωά-ώ][\w'’-]*"
# The indefinite article, the description, perhaps a participle of origin or residence, then the
# preposition the name hangs on, right before the name.
_DESCRIBED = re.compile(
    rf"(?<![\w-])(?i:(?:un|une|una|uno|ein|eine|einer|ένας|μια|ένα)\s+|un['’]\s*)(?P<np>{_LOWER}(?:\s+{_LOWER}){{0,4}}?)\s+"
    r"(?P<part>(?:venue?s?|originaire|habitante?|installée?|domiciliée?|résidante?|arrivée?|basée?|en poste|"
    r"basad[oa]|radicad[oa]|destinad[oa]|residenti?|di stanza|stationiert|ansässig|"
    r"originari[oa]|procedente|llegad[oa]|venid[oa]|residente|arrivat[oa]|proveniente|giunt[oa]|"
    r"stammend|wohnhaft)\s+)?"
    r"(?:d['’]|de|du|des|à|aus|da|di|dal|dalla|del|από|en|in)\s*$")
# ... or in a relative clause set off after it: 'Eine Kleingärtnerin, die den Panda in ihrem
# Apfelbaum entdeckt hatte, erzählte dem MDR', 'Un pêcheur, qui travaille au port de Sète depuis
# vingt ans, a raconté'.
_RELATIVE_HOST = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[»“”\"]\s))(?:Ein|Eine|Einer|Un|Une|Una|Uno|Ένας|Μια|Ένα)\s+"
    rf"(?P<np>[\w-]+(?:\s+{_LOWER}){{0,2}})\s*,\s*(?:der|die|das|qui|que|che|που)\s+[^,.;:!?«»“”„\"]*$")
_NOT_SPEAKING = ("PERSON", "ORG")
_NAME_END = re.compile(r"(?<=[\s'’])[A-ZÀ-ÝÄÖÜΑ-ΩΆ-Ώ][\w'’-]*(?:\s+[A-ZÀ-ÝÄÖÜΑ-ΩΆ-Ώ][\w'’-]*)*$")


def _head(text: str, lang: str, rows, q: Quote) -> Quote:
    sp = q.speaker
    if sp.start is None or sp.end is None or not sp.name:
        return q
    host = _RELATIVE_HOST.search(text, max(0, sp.start - 160), sp.start)
    if host is not None and re.match(r"[^,.;:!?«»“”„\"]*,\s*[a-zäöüßà-ÿα-ω]", text[sp.end:sp.end + 120]):
        a, b = host.span("np")  # (the clause closes on a comma and the cue follows)
        return dataclasses.replace(q, speaker=Speaker(None, text[a:b], a, b))
    name = _NAME_END.search(text, sp.start, sp.end)
    if name is None or any(r[2].type in _NOT_SPEAKING for r in rows if r[0] < sp.end and name.start() < r[1]):
        return q
    line = max(text.rfind(c, 0, sp.start) for c in ".!?\n,«»“”\"„:;")
    m = _DESCRIBED.search(text, line + 1, sp.start) if name.start() == sp.start else None
    if m is None or m.end() != sp.start:
        # the description may be the speaker already, name and all: 'una vecina originaria de
        # Cuenca' (only with a participle of origin: 'un porte-parole de X' names an employer)
        m = _DESCRIBED.search(text, max(line + 1, sp.start - 8), name.start()) if name.start() > sp.start else None
        if m is None or sp.start not in (m.start(), m.start("np")) or m.end() != name.start() or not m.group("part"):
            return q
    a, b = m.span("np")
    return dataclasses.replace(q, speaker=Speaker(None, text[a:b], a, b))


def head_nouns(text: str, lang: str, rows, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    if lang not in ("fr", "es", "it", "de", "el"):
        return quotes
    return tuple(_head(text, lang, rows, q) for q in quotes)


__all__ = ["head_nouns"]
