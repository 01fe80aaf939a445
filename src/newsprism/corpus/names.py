"""Spelling- and script-insensitive keys for names, so one entity matches across articles.

First version: transliterate to ASCII, fold case, drop punctuation and honorifics. The corpus
engineer extends it (Qassem/Qasem, Qaani/Ghaani/Qa'ani, Arabic/Persian script).
"""
from __future__ import annotations

import re

from anyascii import anyascii

_TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "president", "commander", "minister",
           "prime", "sheikh", "ayatollah", "sir", "the"}


def name_key(name: str) -> str:
    s = anyascii(name).lower()
    s = re.sub(r"[^a-z0-9 ]+", "", s.replace("-", " "))
    toks = [t for t in s.split() if t not in _TITLES]
    return " ".join(toks)


def name_matches(query: str, name: str) -> bool:
    """True when ``query`` names the same entity as ``name`` (full key or surname match)."""
    q, n = name_key(query), name_key(name)
    if not q or not n:
        return False
    return q == n or n.endswith(" " + q) or q.endswith(" " + n) or set(q.split()) <= set(n.split())
