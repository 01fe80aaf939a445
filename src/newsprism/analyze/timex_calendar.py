"""Calendar arithmetic behind TIMEX3 values: dates, ISO weeks, shifts by a unit, durations.
Inputs: dates (the anchor or a date told in the text), counts and unit words from a match.
"""
# Kept apart from timex_resolve so that the resolvers read as rules, and so that the
# fiscal and other-language resolvers share one arithmetic.
from __future__ import annotations

import datetime as _dt
import re

from .timex_lexicon import VAGUE_QUANTITIES, number_value, unit_code

__all__ = ["ymd", "iso_week", "add_months", "safe_date", "weekday_near", "year_for",
           "two_digit_year", "quarter_of", "quantity", "count", "duration_value",
           "unit_value", "shift_unit", "shifted_value"]


def ymd(d: _dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def weekday_near(anchor: _dt.date, wd: int, direction: str) -> _dt.date:
    """The weekday ``wd`` (1=Mon) nearest the anchor: 'past' on/before, 'future' on/after,
    'before' strictly before, 'after' strictly after."""
    delta = wd - anchor.isoweekday()
    if direction in ("past", "before"):
        back = (-delta) % 7
        if back == 0 and direction == "before":
            back = 7
        return anchor - _dt.timedelta(days=back)
    ahead = delta % 7
    if ahead == 0 and direction == "after":
        ahead = 7
    return anchor + _dt.timedelta(days=ahead)


def year_for(anchor: _dt.date, month: int, day: int, tense: str | None, ahead: int = 90,
             back: int = 31) -> int:
    """The year a date given without one most likely means: the nearest, except that past
    narration rarely reaches more than a season ahead ("said the vote is on Dec. 7"), and
    future tense never points back more than a week, nor a schedule (a present verb the
    date hangs on: "the term ends in July") more than a month. Without tense the news tells of the
    past more than the future, so a date ahead counts as twice as far."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(y, month, day) or safe_date(y, month, 28)
        if d is None:  # a year outside the calendar (the anchor is in year 1 or 9999)
            continue
        diff = (d - anchor).days
        if tense == "past" and diff > ahead:
            continue
        if tense == "future" and diff < -7:
            continue
        if tense == "schedule" and diff < -back:
            continue  # "the sale ends in mid-January" told in June: ahead, not a past
        far = abs(diff) * (2 if tense is None and diff > 0 else 1)
        if best is None or far < best[0]:
            best = (far, y)
    return best[1] if best else anchor.year


def two_digit_year(yy: int, anchor: _dt.date | None) -> int:
    pivot = (anchor.year % 100 + 10) if anchor else 50
    return 1900 + yy if yy > pivot else 2000 + yy


def quarter_of(d: _dt.date) -> int:
    return (d.month - 1) // 3 + 1


def quantity(q: str | None) -> str | None:
    """The number part of a TIMEX3 duration: "2", "X" for vague counts, None if unusable."""
    if q is None:
        return "1"
    ql = re.sub(r"\s+", " ", q.lower())
    if ql in VAGUE_QUANTITIES:
        return "X"
    n = number_value(ql)
    if n is None:
        return None
    return str(int(n)) if float(n).is_integer() else str(n)


def count(m) -> str | None:
    """quantity() of a match's count, plus the half of "two and a half years"."""
    qty = quantity(m["q"]) if "q" in m.re.groupindex else "1"
    halves = [g for g in ("hq", "hu") if g in m.re.groupindex and m[g]]
    if halves and qty not in (None, "X"):
        return _fmt_num(float(qty) + 0.5)
    return qty


def duration_value(qty: str, unit: str) -> str | None:
    """TIMEX3 duration value for ``qty`` ``unit``: P2D, PT3H, P10Y for a decade, PXY."""
    code = unit_code(unit)
    if code is None:
        return None
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "2W": (2, "W"), "WE": (2, "D")}
    if code in scale:
        k, code = scale[code]
        qty = "X" if qty == "X" else _fmt_num(float(qty) * k)
    if qty.endswith(".5") and code in _HALVES:  # "2 1/2 years": P2Y6M, as it is said
        whole, (big, half) = int(float(qty)), _HALVES[code]
        if unit.lower().startswith(("minute", "min")):
            big, half = "TM", "30S"
        lead = f"{whole}{big.lstrip('T')}" if whole else ""
        return f"P{'T' if big.startswith('T') else ''}{lead}{half}"
    if unit.lower().startswith(("minute", "min")):
        return f"PT{qty}M"
    if code in ("H", "S"):
        return f"PT{qty}{code}"
    return f"P{qty}{code}"


# a unit and a half: the whole units, then the half in the next smaller unit
_HALVES = {"Y": ("Y", "6M"), "M": ("M", "15D"), "D": ("D", "T12H"), "H": ("TH", "30M")}


def _fmt_num(x: float) -> str:
    return str(int(x)) if x.is_integer() else str(x)


def unit_value(d: _dt.date, unit: str) -> str:
    if unit == "week":
        return iso_week(d)
    if unit == "weekend":
        sat = d + _dt.timedelta(days=6 - d.isoweekday()) if d.isoweekday() < 6 else d
        return f"{iso_week(sat)}-WE"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


def shift_unit(d: _dt.date, unit: str, n: int) -> _dt.date:
    if unit in ("week", "weekend"):
        return d + _dt.timedelta(weeks=n)
    if unit == "month":
        y, mo = add_months(d.year, d.month, n)
        return _dt.date(y, mo, 1)
    k = {"year": 1, "decade": 10, "century": 100}[unit] * n
    return _dt.date(d.year + k, 1, 1)


_GRAIN = {"S": "day", "M": "month", "H": "day", "D": "day", "W": "day", "WE": "day",
          "2W": "day", "Y": "year", "DE": "decade", "CE": "century", "Q": "month"}


def shifted_value(base: _dt.date, code: str, unit: str, n: float) -> str:
    if unit.startswith(("minute", "min")) or code in ("H", "S"):
        return ymd(base)
    if code in ("D", "W", "WE", "2W"):
        days = n * {"D": 1, "W": 7, "WE": 7, "2W": 14}[code]
        d = base + _dt.timedelta(days=round(days))
        # TIMEX3 keeps the expression's grain: "six weeks ago" names a week, not a day,
        # "two weekends ago" a weekend (YYYY-Wnn-WE)
        if code == "WE" and float(n).is_integer():
            return unit_value(d, "weekend")
        return iso_week(d) if code in ("W", "2W") and float(n).is_integer() else ymd(d)
    if code in ("M", "Q"):
        y, mo = add_months(base.year, base.month, round(n * (3 if code == "Q" else 1)))
        return f"{y:04d}-{mo:02d}"
    if code == "Y" and not float(n).is_integer():  # "a year and a half ago": a month
        y, mo = add_months(base.year, base.month, round(n * 12))
        return f"{y:04d}-{mo:02d}"
    years = round(n * {"Y": 1, "DE": 10, "CE": 100}[code])
    # "half a century ago", "a quarter century ago": a count of years, valued as a year
    grain = _GRAIN[code] if float(n).is_integer() else "year"
    return unit_value(_dt.date(base.year + years, 1, 1), grain)
