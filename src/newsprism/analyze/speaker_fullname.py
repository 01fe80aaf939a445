"""A body the article names in full with its short form in brackets ('Caledonian MacBrayne
(CalMac)', 'the Kenya Tea Development Agency (KTDA)') speaks under the full name when it
speaks by the short form later (the session 16 convention); input: text and quotes.

The short form must be built from the full name's initials in order ('CalMac' from
Caledonian MacBrayne), so that a party or place in brackets after a person ('Deputy Ana
Ruiz (Renewal)') is never read as her short name.
"""
from __future__ import annotations

import re
from dataclasses import replace

_CONNECTORS = frozenset("of for and the de du des del la le y".split())
_RUN = re.compile(r"((?:[A-Z][\w'’&.-]*|of|for|and|the|de|du|des|del|la|le|y)"
                  r"(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|de|du|des|del|la|le|y)){1,7})\s*\($")


def _built_from(short: str, words: list[str]) -> bool:
    """Whether the short form's capitals are the initials of the full name's capitalised
    words, in order, starting with the first."""
    caps = [c for c in short if c.isupper()]
    initials = [w[0] for w in words if w[:1].isupper()]
    return len(caps) >= 2 and caps == initials[:len(caps)] and len(caps) >= len(initials) - 1


def full_names(text: str, quotes: list, coref) -> list:
    """Quotes whose speaker is a bracketed short form take the full name before it."""
    if "(" not in text:
        return quotes  # the cheap test: no bracket, no short form
    cache: dict[str, str | None] = {}
    out = []
    for q in quotes:
        name = q.speaker.name if q.speaker is not None else None
        if not name or " " in name or len(name) > 12 or "(" + name + ")" not in text:
            out.append(q)
            continue
        ent = coref.by_id.get(q.speaker.entity) if coref is not None and q.speaker.entity else None
        if ent is not None and ent.type == "PERSON":
            out.append(q)
            continue
        if name not in cache:
            cache[name] = None
            at = text.find("(" + name + ")")
            m = _RUN.search(text, max(0, at - 120), at + 1)
            if m is not None:
                words = m.group(1).split()
                while words and (words[0].lower() in _CONNECTORS or words[0][:1].islower()):
                    words = words[1:]
                if words and _built_from(name, words):
                    cache[name] = " ".join(words)
        full = cache[name]
        out.append(q if full is None else replace(q, speaker=replace(q.speaker, name=full)))
    return out


__all__ = ["full_names"]
