"""TIMEX3 resolvers for decades and centuries: "the 1990s", "the '80s", "the sixties",
"the 1600s", "the 1340s", "the 20th century", "around 300 BC". Moved out of timex_resolve.py
(session 14) to keep it small; registered in timex_registry.py like the other resolver modules.
"""
from __future__ import annotations

import datetime as _dt
import re

from . import timex_rules as R
from .timex_calendar import two_digit_year
from .timex_lexicon import ORDINALS
from .timex_resolve import prev_word
from .timex_units import _decade_told

_BC_AFTER = re.compile(r"\s+(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")
_DECADE_WORDS = {w: i for i, w in enumerate(R._DECADE_WORDS, start=2)}


def r_decade(m, ctx):
    dec = m["dec"].lower()
    if dec in _DECADE_WORDS:
        if not m["the"] or prev_word(ctx.text, m.start()) in ("their", "his", "her", "its", "our"):
            return None
        return [(m.start(), m.end(), "DATE", f"19{_DECADE_WORDS[dec]}")]
    if dec[0] in "'’":
        y = _decade_year(int(dec[1:3]), ctx.anchor)
        return [(m.start(), m.end(), "DATE", str(y // 10))]
    if dec[2:4] == "00" and dec[:2] != "20":
        # "the 1600s", "the early 1900s": a century in common use (its first decade
        # would be "the first decade of the 1900s"); "the 2000s" stays a decade
        return [(m.start(), m.end(), "DATE", dec[:2])]
    return [(m.start(), m.end(), "DATE", dec[:3])]


def _decade_year(yy: int, anchor: _dt.date | None) -> int:
    """"The '80s" names a decade already begun: the latest one not after the anchor."""
    if anchor is None:
        return two_digit_year(yy, anchor)
    return 2000 + yy if 2000 + yy <= anchor.year else 1900 + yy


def r_century(m, ctx):
    n = ORDINALS.get(m["ord"].lower())
    if not n:
        return None
    bc = _BC_AFTER.match(ctx.text, m.end())
    if bc:  # "the fourth century BC": BC03, the span with its era
        return [(m.start(), bc.end(), "DATE", f"BC{n - 1:02d}")]
    start = m.start()
    if m["the"] and m.group().endswith("-century") and _NOUN_AFTER.match(ctx.text, m.end()):
        start = m.start("ord") if not m["edge"] else m.start("edge")  # the noun's article
    return [(start, m.end(), "DATE", f"{n - 1:02d}")]


# a noun after a hyphened century ("the 19th-century lighthouse"): the article is the
# noun's, outside the extent, as in "a 19th-century church"
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|in|on|at|for|by|with|was|is|were)\b)[a-z]")


_EDGE_PREPS = {"by", "until", "till", "before", "in", "around", "from", "since", "through",
               "at", "after"}


def r_edge_decade(m, ctx):
    """"by mid-decade" said in 2021: the decade under way (TimeML's mod MID, which the
    value does not carry), or the one written earlier in the sentence."""
    if ctx.anchor is None or prev_word(ctx.text, m.start()) not in _EDGE_PREPS:
        return None  # "a mid-decade review", "mid-century furniture": adjectives
    if m["my"]:
        # "by mid-year": this year's middle; told in the past before July, last year's;
        # told of the future from July on, next year's (TimeML's mod MID, not in the value)
        a, tense = ctx.anchor, ctx.tense(m.start(), m.end())
        year = a.year - (tense == "past" and a.month < 7) + (tense == "future" and a.month >= 7)
        return [(m.start(), m.end(), "DATE", str(year))]
    if m["unit"].lower() == "century":
        return [(m.start(), m.end(), "DATE", f"{ctx.anchor.year // 100:02d}")]
    told = _decade_told(ctx.text, m.start())
    year = told if told is not None else ctx.anchor.year
    return [(m.start(), m.end(), "DATE", str(year // 10))]


def r_bc_year(m, ctx):
    """"around 300 BC": the year with TIMEX2's BC prefix, four digits ("BC0300")."""
    return [(m.start(), m.end(), "DATE", f"BC{int(m['year']):04d}")]


DECADE_RESOLVERS = {"decade": r_decade, "century": r_century, "bc_year": r_bc_year,
                    "edge_decade": r_edge_decade}
