"""TIMEX3 resolvers for calendar units named relative to now or to a date told: "last
week", "the following month", "this past weekend", "the week of June 8", "the full year",
"in the new year". Moved out of timex_resolve.py (session 16) to keep it small; registered
in timex_registry.py like the other resolver modules.
"""
from __future__ import annotations

import datetime as _dt
import re

from . import timex_rules as R
from .timex_calendar import (
    iso_week, safe_date, shift_unit, unit_value, weekday_near, year_for, ymd,
)
from .timex_lexicon import month_number, weekday_number
from .timex_resolve import (
    SENTENCE_END, Context, _BARE_EDGES, _CAPITAL, _EDGE_PREPS, _day_number, _half,
    month_ok, prev_word,
)

def r_relative_unit(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if (m["edge"] or "").lower() in _BARE_EDGES and \
            prev_word(ctx.text, m.start()) not in _EDGE_PREPS:
        inner = R.RULES_BY_NAME["relative_unit"].pattern.match(ctx.text, m.start("rel"))
        return r_relative_unit(inner, ctx) if inner else None
    if rel in ("the", "the present") and not m["edge"] and rel != "the present":
        return None
    if rel in ("this past", "this coming") and unit not in ("week", "weekend"):
        return None  # "this past year" is a stretch of twelve months, not a calendar year
    anchored = rel in ("the previous", "the following", "the same", "that", "the prior",
                       "the preceding")
    if rel == "next" and unit == "weekend" and not m["edge"] and ctx.ref is not None and \
            not ctx.month_last and prev_word(ctx.text, m.start()) == "the" and \
            0 <= m.start() - ctx.dated_end <= 300 and ctx.tense(m.start(), m.end()) == "past":
        # "Protesters gathered on Feb. 28. The next weekend, thousands more joined them":
        # the weekend after the day told, as "the following weekend" ("the next week" is
        # read so in timex_spans)
        start = _THE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()).start()
        return [(start, m.end(), "DATE", unit_value(
            shift_unit(ctx.ref, unit, 1), unit))]
    if anchored and unit == "year" and ctx.ref_year:
        base = _dt.date(ctx.ref_year, 6, 15)
    elif anchored and unit == "month" and ctx.ref_month:
        base = _dt.date(*ctx.ref_month, 15)  # "in March ... the following month": April
    elif anchored and unit == "decade" and _decade_told(ctx.text, m.start()) is not None:
        base = _dt.date(_decade_told(ctx.text, m.start()) + 5, 6, 15)
    elif anchored and unit == "week" and ctx.ref_week:
        base = ctx.ref_week  # "in the first week of January ... the following week": W02
    elif rel == "the" and unit == "month" and ctx.ref_month and _told_here(ctx, m, ctx.ref_month):
        base = _dt.date(*ctx.ref_month, 15)  # "a runoff on June 15 ... by the end of the month"
    elif rel == "the" and unit == "week" and ctx.ref and \
            _told_here(ctx, m, (ctx.ref.year, ctx.ref.month), ctx.ref):
        base = ctx.ref  # "fell on Friday but recovered by the end of the week": Friday's week
    else:
        base = ctx.base() if anchored else ctx.anchor
    if base is None:
        return None
    if rel in ("the latest", "the most recent") and unit != "year":
        return None  # "the latest fiscal year" is the last one closed; "the latest week" is vague
    n = {"last": -1, "this past": -1, "next": 1, "the previous": -1, "the prior": -1, "the preceding": -1,
         "the following": 1, "the latest": -1, "the most recent": -1}.get(rel, 0)
    if rel == "last" and unit == "year" and not m["edge"] and ctx.last_quarter and \
            0 <= m.start() - ctx.last_quarter[0] < 400 and \
            not (ctx.last_nine > ctx.last_quarter[0] and m.start() - ctx.last_nine < 300) and \
            _COMPARED.search(
                ctx.text, max(0, m.start() - 60), m.start()):
        # "net of $24 million, compared with a loss of $3 million last year": the
        # quarter a year before, as "a year earlier" is read after a quarter named
        _, qy, q = ctx.last_quarter
        return [(m.start(), m.end(), "DATE", f"{qy - 1}-Q{q}")]
    value = unit_value(shift_unit(base, unit, n), unit)
    return [(m.start(), m.end(), "DATE", value + _half(m["edge"], unit))]


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.)\b[^.;]*$", re.I)


_DECADE_WRITTEN = re.compile(r"\b(?:the\s+)?((?:1[5-9]|20)\d0)['’]?s\b")


def _decade_told(text: str, start: int) -> int | None:
    """The first year of a decade written earlier in the sentence: "sales in the 1990s
    never reached the levels of the previous decade" counts from the 1990s, not from now."""
    before = text[max(0, start - 200):start]
    cut = [e.end() for e in SENTENCE_END.finditer(before)]
    found = list(_DECADE_WRITTEN.finditer(before, cut[-1] if cut else 0))
    return int(found[-1][1]) if found else None


def _told_here(ctx: Context, m, month: tuple[int, int], day: _dt.date | None = None) -> bool:
    """Whether "the end of the month/week" belongs to the month or day named earlier in
    its sentence: in a past clause, or when that date is still to come; "ousted him on
    July 3 and will clear the camps by the end of the week" is this week."""
    if ctx.dated_end < 0 or ctx.dated_end > m.start() or ctx.anchor is None:
        return False
    gap = ctx.text[ctx.dated_end:m.start()]
    if len(gap) >= 200 or SENTENCE_END.search(gap) or "\n" in gap:
        return False
    ahead = day > ctx.anchor if day else month > (ctx.anchor.year, ctx.anchor.month)
    return ahead or ctx.tense(m.start(), m.end()) == "past"


def r_the_weekend(m, ctx):
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    # a present tense is a schedule, as with a weekday: "the strike ends at the weekend"
    if ctx.tense(m.start(), m.end()) in ("future", "present") or a.isoweekday() == 6:
        d = a + _dt.timedelta(days=(6 - a.isoweekday()) % 7)
    else:
        d = a - _dt.timedelta(days=(a.isoweekday() + 1) % 7)  # the Saturday just gone
    return [(m.start(), m.end(), "DATE", f"{iso_week(d)}-WE")]


_UNIT_ENDED = re.compile(r"\s+end(?:ed|ing)\s+(?P<mon>[A-Z][a-z]+\.?)\s+(?P<day>\d{1,2})\b")
_WEEK_TO_DAY = re.compile(r"\s+(?:end(?:ed|ing)|to|through)\s+(?:last\s+)?"
                          r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!['’])")
# verbs whose object is the calendar unit under way: "stocks ended the week higher"
_UNIT_VERBS = {"for", "during", "throughout", "ended", "closed", "finished", "began",
               "started", "opened"}


def r_the_unit(m, ctx):
    if m["ofmon"]:
        return _week_of(m, ctx)
    before = prev_word(ctx.text, m.start())
    ended = _UNIT_ENDED.match(ctx.text, m.end())
    if ctx.anchor is not None and ended and month_ok(ended["mon"], ctx.lang):
        # "jobless claims in the week ended March 16": the week (or month) of that day
        mon, day = month_number(ended["mon"]), int(ended["day"])
        d = safe_date(year_for(ctx.anchor, mon, day, "past"), mon, day)
        if d is not None:
            return [(m.start(), m.end(), "DATE", unit_value(d, m["unit"].lower()))]
    to_day = _WEEK_TO_DAY.match(ctx.text, m.end()) if m["unit"].lower() == "week" else None
    if ctx.anchor is not None and to_day:
        # "jobless claims fell in the week ended Thursday", "the week to Friday": the week
        # holding that weekday, gone unless the sentence looks ahead
        tense = ctx.tense(m.start(), m.end())
        d = weekday_near(ctx.anchor, weekday_number(to_day["wd"]),
                         "future" if tense == "future" else "past")
        return [(m.start(), m.end(), "DATE", unit_value(d, "week"))]
    if m["rest"] and ctx.anchor is not None:  # "for the rest of the week": this one
        return [(m.start(), m.end(), "DATE", unit_value(ctx.anchor, m["unit"].lower()))]
    if ctx.anchor is None or not (m["poss"] or before in _UNIT_VERBS):
        return None  # "the week he left" is no calendar week
    unit, d = m["unit"].lower(), ctx.anchor
    if unit == "week" and d.isoweekday() == 1 and ctx.tense(m.start(), m.end()) != "future":
        d -= _dt.timedelta(days=3)  # told on a Monday, the week that is over is last week
    return [(m.start(), m.end(), "DATE", unit_value(d, unit))]


def _week_of(m, ctx):
    """"A hearing is set for the week of Sept. 10": the ISO week of the day named."""
    mon, day = month_number(m["ofmon"]), _day_number(m["ofday"])
    if mon is None or day is None or not month_ok(m["ofmon"], ctx.lang):
        return None
    if m["ofyear"]:
        year = int(m["ofyear"])
    elif ctx.anchor is not None:
        year = year_for(ctx.anchor, mon, day, ctx.tense(m.start(), m.end()))
    else:
        return [(m.start(), m.end(), "DATE", "XXXX-WXX")]
    d = safe_date(year, mon, day)
    return [(m.start(), m.end(), "DATE", iso_week(d))] if d else None


# "the first nine months of the year", "the rest of the year": the current year
_PARTS_OF_YEAR = {"months", "weeks", "days", "part", "half", "rest", "remainder", "quarters",
                  "quarter", "start", "beginning", "middle"}


# "the busiest day of the year", "its worst week of the year": the year under way
_SUPERLATIVE_OF = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,1}(?:most\s+[\w-]+|least\s+[\w-]+|best|"
    r"worst|(?!(?:inter|prot|t|w|requ|for|cont|harv|qu|gu|ch|n|r|arr|inv|sugg|b)est\b)"
    r"[a-z]{2,}est)\s+(?:[\w-]+\s+){0,2}of\s+$", re.I)


def r_the_year(m, ctx):
    if m["after"] == "to" and not _CAPITAL.match(ctx.text[m.end("after"):].lstrip()):
        m_after = None  # "the busiest trading of the year to last until": not "to March"
    else:
        m_after = m["after"]
    if m_after and (m_after.startswith("end") or m_after == "to"):
        # "the year ended June 30", "the year to March": twelve months, dated apart
        return [(m.start(), m.end(), "DURATION", "P1Y")]
    if (m["adj"] or "").lower() == "financial":
        return None  # "the financial year" alone: which one is left to the words around it
    before = prev_word(ctx.text, m.start())
    if (m["adj"] or "").lower() == "new":
        return _new_year(m, ctx, before)
    if ctx.anchor is not None and re.fullmatch(r"new\s+fiscal", (m["adj"] or "").lower()):
        # "when the new fiscal year begins", said in September: the year it ends in names
        # it (fiscal 2014), as "fiscal 2014" is valued 2014
        return [(m.start(), m.end(), "DATE", str(ctx.anchor.year + (ctx.anchor.month >= 7)))]
    part_of = before == "of" and (
        prev_word(ctx.text, m.start() - 3) in _PARTS_OF_YEAR or
        bool(_SUPERLATIVE_OF.search(ctx.text, max(0, m.start() - 80), m.start())))
    if ctx.anchor is None or not (m["adj"] or part_of or m["rest"] or
                                  before in ("for", "through", "throughout") or
                                  before in _UNIT_VERBS - {"during"}):
        return None  # "man of the year", "the year he was born": no calendar year meant
    # "stocks ended the year up 13 percent", told in January, closes the year just gone
    back = before in ("ended", "closed", "finished") and ctx.anchor.month == 1
    q = ctx.last_quarter
    if q and q[1] == ctx.anchor.year - 1 and 0 <= m.start() - q[0] < 400 and \
            ctx.tense(m.start(), m.end()) not in ("future", "present"):
        # "fell in the fourth quarter ... orders for the full year rose 2%", told in
        # January: the year the report's quarter closed, not the one begun
        back = True
    return [(m.start(), m.end(), "DATE", str(ctx.anchor.year - back))]


def _new_year(m, ctx, before: str):
    """"In the new year" said late in a year is the next one; said in its first months,
    the one just begun. Mid-year, or after any other word ("celebrated the new year"), the
    phrase is a holiday or a manner of speaking, left unresolved."""
    a = ctx.anchor
    if a is None or before not in ("in", "into", "until", "till", "by", "early", "after"):
        return None
    if a.month >= 10:
        return [(m.start(), m.end(), "DATE", str(a.year + 1))]
    return [(m.start(), m.end(), "DATE", str(a.year))] if a.month <= 3 else None


# the resolvers of this module, by rule name
def r_unit_before(m, ctx):
    """"The ship sank on Jan. 30; the week before, inspectors had found cracks": the week
    (month) before or after the day or month last told, within 300 characters of it."""
    unit, n = m["unit"].lower(), -1 if m["dir"].lower() == "before" else 1
    if ctx.dated_end < 0 or not 0 <= m.start() - ctx.dated_end <= 300:
        return None
    if unit == "month":
        if not ctx.ref_month:
            return None
        base = _dt.date(*ctx.ref_month, 15)
    else:
        base = ctx.ref_week or (ctx.ref if not ctx.month_last else None)
        if base is None:
            return None
    return [(m.start(), m.end(), "DATE", unit_value(shift_unit(base, unit, n), unit))]


def r_unit_two(m, ctx):
    """"The week after next", "the year before last": the calendar unit two on (back) from
    the time told from, at the unit's grain (TimeML: a week is YYYY-Wnn)."""
    if ctx.anchor is None:
        return None
    unit, n = m["unit"].lower(), 2 if m["dir"].lower().startswith("after") else -2
    return [(m.start(), m.end(), "DATE", unit_value(shift_unit(ctx.anchor, unit, n), unit))]


_REST_OF = re.compile(r"(?i)the\s+(?:rest|remainder|balance)\b")


def r_the_day(m, ctx):
    """"Later in the day", "throughout the day": the day last told, else publication (also
    when a month was told last: "until June. Police spent most of the day searching")."""
    if not _REST_OF.match(m.group(0)) and ctx.tense(m.start(), m.end()) not in ("past", "future"):
        return None  # "temperatures soar during the day": a habit, no dated day (as overnight)
    base = ctx.anchor if ctx.month_last else ctx.base()
    return [(m.start(), m.end(), "DATE", ymd(base))] if base else None


UNIT_RESOLVERS = {"relative_unit": r_relative_unit, "the_weekend": r_the_weekend,
                  "the_unit": r_the_unit, "the_year": r_the_year, "unit_before": r_unit_before,
                  "unit_two": r_unit_two, "the_day": r_the_day}
