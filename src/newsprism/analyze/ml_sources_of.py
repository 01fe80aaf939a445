"""Unnamed sources inside a body: 'κύκλοι του υπουργείου Οικονομικών ανέφεραν', 'fonti del
ministero', 'Kreise des Ministeriums'. The body's name is found as an entity, but the subject is
the sources noun before it: the sources speak, as the written convention has 'people familiar
with the matter' speak as 'people', and the speaker is the whole phrase."""
from __future__ import annotations

import re

from ..records import Speaker

_SOURCES_BEFORE = re.compile(
    r"(?<![\w-])(?P<s>κύκλοι|Κύκλοι|πηγές|Πηγές|fuentes|Fuentes|fonti|Fonti|ambienti|Ambienti|"
    r"sources|Sources|Kreise|Quellen|مصادر|منابع)\s+"
    r"(?:(?:του|της|των|del|de la|de los|de las|de|des|du|della|dello|dei|degli|im|in der|"
    r"au sein du|au sein de la|au|à la|في|من|در)\s+)?$")


def sources_of(text: str, sp: Speaker) -> Speaker:
    """sp widened back to the sources noun that governs it, when one stands right before."""
    if sp.start is None or sp.end is None or not sp.name:
        return sp
    m = _SOURCES_BEFORE.search(text, max(0, sp.start - 30), sp.start)
    if m is None:
        return sp
    return Speaker(None, text[m.start("s"):sp.end], m.start("s"), sp.end)


# A phrase opening on a sources noun ('fuentes policiales citadas por Europa Press', 'des sources
# proches du dossier'): people cited, never the medium that cites them.
SOURCES_FIRST = re.compile(r"\s*(?:des |les |le |la |alcune |delle |unas |algunas |einige |"
                           r"οι |ορισμένες )?(?:κύκλοι|πηγές|fuentes|fonti|ambienti|sources|"
                           r"Quellen|Kreise|مصادر|منابع)(?![\w-])", re.I)

