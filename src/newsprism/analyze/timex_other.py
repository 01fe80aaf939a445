"""Resolves time expressions in languages other than English: weekdays, day words, parts
of day, "last week" and "three days ago". Inputs: a timex_rules match and its Context.
"""
# No tagger runs on these languages, so there is no tense to go by: weekdays count back
# from the publication day, as news mostly tells of what has happened.
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
    value = ymd(weekday_near(ctx.anchor, wd, "past")) if ctx.anchor else f"XXXX-WXX-{wd}"
    return [(m.start(), m.end(), "DATE", value)]


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
