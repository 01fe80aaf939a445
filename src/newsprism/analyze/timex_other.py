"""Resolves time expressions in languages other than English: weekdays, day words, parts
of day, "last week" and "three days ago". Inputs: a timex_rules match and its Context.
"""
# No tagger runs on these languages, so weekdays count back from the publication day, as
# news mostly tells of what has happened, unless a future or conditional verb shares the
# weekday's clause ("se rendra sur place mercredi"): then it is the next such day.
from __future__ import annotations

import datetime as _dt
import re

from .timex_calendar import (
    duration_value, shift_unit, shifted_value, unit_value, weekday_near, ymd,
)
from .timex_lexicon import (
    DEICTIC_OTHER, FEW_OTHER, NUMBERS_OTHER, ONE_OTHER, POD_OTHER, RELATIVE_OTHER, UNITS_OTHER,
    WEEKDAYS_CAPITALISED, weekday_number,
)


def r_weekday_other(m, ctx):
    wd = weekday_number(m["wd"])
    if wd is None or (m["wd"].lower() in WEEKDAYS_CAPITALISED and not m["wd"][0].isupper()):
        return None
    if ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-WXX-{wd}")]
    ahead = future_clause(ctx.text, m.start(), m.end(), ctx.lang)
    value = ymd(weekday_near(ctx.anchor, wd, "future" if ahead else "past"))
    return [(m.start(), m.end(), "DATE", value)]


# Future and conditional verbs, by language; lower case only, so names ("Ankara", "Rai") and
# sentence-initial nouns stay out. Each is looked for in the weekday's own clause.
_FUTURE = {
    "fr": r"[a-zàâçéèêëîïôûù]{2,}r(?:ai|as|a|ons|ez|ont|ait|aient)|(?:va|vont)\s+\w+(?:er|ir|re)",
    "es": r"[a-záéíóúñ]{2,}(?:ré|rás|rá|remos|rán)|(?:va|van)\s+a\s+\w+(?:ar|er|ir)|"
          r"(?:sería|serían|habría|habrían|podría|podrían|tendría|tendrían|debería|deberían)",
    "pt": r"[a-záéíóúãõç]{2,}(?:rá|rão|remos)|(?:vai|vão)\s+\w+(?:ar|er|ir)",
    "it": r"[a-zàèéìòù]{2,}(?:rò|rà|remo|ranno|rebbe|rebbero)",
    "de": r"wird|werden|werde|wirst|soll|sollen",
    "el": r"θα",
    "tr": r"[a-zçğıöşü]+(?:acak|ecek|acağı|eceği|ecağı)[a-zçğıöşü]*",
}
_FUTURE_RE = {lang: re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])") for lang, pat in _FUTURE.items()}
# Words that only look like a future or conditional ("però", "retrait", "portrait").
_NOT_FUTURE = frozenset("""però perciò retrait portrait extrait attrait abstrait distrait
    extra opéra caméra ultra déjà voilà""".split())
_CLAUSE_EDGE = re.compile(r"[.;:!?\n«»\"“”„,]|(?<![\w-])(?:que|qu['’]|dass|che|ότι|πως|ki)(?![\w-])")


def future_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a future or conditional verb stands in the clause around text[start:end]."""
    pattern = _FUTURE_RE.get((lang or "").split("-")[0].lower())
    if pattern is None:
        return False
    a = 0
    for edge in _CLAUSE_EDGE.finditer(text, max(0, start - 200), start):
        a = edge.end()
    nxt = _CLAUSE_EDGE.search(text, end, min(len(text), end + 200))
    b = nxt.start() if nxt else min(len(text), end + 200)
    return any(v.group().lower() not in _NOT_FUTURE for v in pattern.finditer(text, a, b))


def r_deictic_other(m, ctx):
    w = m["w"].lower()
    if w == "morgen" and m["w"][0] == "M":
        return None  # German "Morgen" is the morning; lower-case "morgen" is tomorrow
    shift = DEICTIC_OTHER.get(w)
    if shift is None:
        return None
    value = ymd(ctx.anchor + _dt.timedelta(days=shift)) if ctx.anchor else "XXXX-XX-XX"
    return [(m.start(), m.end(), "DATE", value)]


def r_relative_other(m, ctx):
    unit, shift = RELATIVE_OTHER[re.sub(r"\s+", " ", m["w"].lower())]
    if ctx.anchor is None:
        return None
    return [(m.start(), m.end(), "DATE", unit_value(shift_unit(ctx.anchor, unit, shift), unit))]


def r_pod_other(m, ctx):
    shift, pod = POD_OTHER[re.sub(r"\s+", " ", m["w"].lower())]
    day = ymd(ctx.anchor + _dt.timedelta(days=shift)) if ctx.anchor else "XXXX-XX-XX"
    return [(m.start(), m.end(), "TIME", f"{day}T{pod}")]


_UNIT_NAME = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def r_ago_other(m, ctx):
    code = UNITS_OTHER[m["unit"].lower()]
    q = m["q"].lower()
    qty = "X" if q in FEW_OTHER else "1" if q in ONE_OTHER else str(NUMBERS_OTHER.get(q, q))
    if not (m["pre"] or m["post"]):
        value = duration_value(qty, _UNIT_NAME[code])  # "3 jours" alone is a span
        return [(m.start(), m.end(), "DURATION", value)] if value else None
    if m["pre"] and m["post"] and m["pre"].lower() != m["post"].lower():
        return None  # "hace 3 días atrás" doubles up; keep to the clean readings
    if qty == "X" or ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", "PAST_REF")]
    return [(m.start(), m.end(), "DATE",
             shifted_value(ctx.anchor, code, _UNIT_NAME[code], -float(qty)))]


OTHER_RESOLVERS = {name[2:]: fn for name, fn in list(globals().items())
                   if name.startswith("r_") and callable(fn)}
