"""Named days and points of the day: holidays ("Christmas Eve", "Thanksgiving evening",
"Lunar New Year", a country's Independence Day), a weekday counted in its month ("the first
Sunday of November") and "noon"/"midnight"."""
from __future__ import annotations

import datetime as _dt
import re

from . import timex_rules as R
from .timex_calendar import iso_week, safe_date, year_for, ymd
from .timex_lexicon import (
    HOLIDAY_WEEKS, HOLIDAYS_EASTER, HOLIDAYS_FIXED, HOLIDAYS_FLOATING, HOLIDAYS_LUNAR,
    INDEPENDENCE_DAYS, LUNAR_NEW_YEAR, ORDINALS, PARTS_OF_DAY, REPUBLIC_DAYS, alternation, easter,
    month_number, weekday_number,
)
from .timex_resolve import (
    _CAPITAL, POD_DAY_TYPE, SENTENCE_END, _clock_value, plain_past, prev_word, r_weekday,
    schedule_tense, weekday_around,
)

_COUNTRY = re.compile(rf"\b(?:{alternation(INDEPENDENCE_DAYS)})\b", re.I)
_REPUBLIC_COUNTRY = re.compile(rf"\b(?:{alternation(REPUBLIC_DAYS)})\b", re.I)
# national days whose date depends on the country: (country pattern, table) by name
_NATIONAL_DAYS = {"independence day": (_COUNTRY, INDEPENDENCE_DAYS),
                  "republic day": (_REPUBLIC_COUNTRY, REPUBLIC_DAYS)}


def _independence_day(text: str, start: int, end: int,
                      name: str = "independence day") -> tuple[int, int]:
    """The (month, day) of the Independence Day (Republic Day) a sentence speaks of: the
    country named nearest to it in its sentence ("Indian markets were shut for Independence
    Day"), else the listed default (the United States' July 4; India's January 26)."""
    country, table = _NATIONAL_DAYS[name]
    ends = [e.end() for e in SENTENCE_END.finditer(text, max(0, start - 300), start)]
    lo = ends[-1] if ends else max(0, start - 300)
    nxt = SENTENCE_END.search(text, end, end + 300)
    hi = nxt.start() if nxt else min(len(text), end + 300)
    best = None
    for c in country.finditer(text, lo, hi):
        gap = start - c.end() if c.end() <= start else c.start() - end
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, c.group().lower())
    return table[best[1]] if best else HOLIDAYS_FIXED[name]


def r_noon(m, ctx):
    if prev_word(ctx.text, m.start()) == "high":
        return None  # "high noon" is a showdown, not a clock time
    hh = 24 if m["w"].lower() == "midnight" else 12
    if hh == 24 and ctx.anchor and ctx.tense(m.start(), m.end()) == "past":
        # "shut down at midnight": the midnight that opened the day, the end (T24:00, as
        # TimeML writes midnight) of the day before
        return [(m.start(), m.end(), "TIME", f"{ymd(ctx.anchor - _dt.timedelta(days=1))}T24:00")]
    return [(m.start(), m.end(), "TIME", _clock_value(ctx, hh, 0))]


# "this year" / "next year" later in the holiday's clause, no comma or stop between
_YEAR_LATER = re.compile(r"[^.;:!?,\n]{0,40}?\b(this|next)\s+year\b(?!['’])", re.I)
_YEARS_OWN = re.compile(r"\b(last|next|this)\s+year['’]s\s+$", re.I)


def _julian_easter(y: int) -> _dt.date:
    """Orthodox Easter Sunday of ``y`` on the Gregorian calendar: the Julian computus,
    moved by the calendars' gap (13 days from 1900 to 2099)."""
    d = (19 * (y % 19) + 15) % 30
    e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return _dt.date(y, month, day + 1) + _dt.timedelta(days=13 if 1900 <= y < 2100 else 0)


# the feasts an "Orthodox" before the name moves to the Julian calendar: Christmas (Dec.
# 25 Julian, Jan. 7 Gregorian) and Easter's cycle
_ORTHODOX_FIXED = {"christmas": (1, 7), "christmas day": (1, 7), "christmas eve": (1, 6)}


def r_holiday(m, ctx):
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    if not _CAPITAL.match(m["hol"]):
        return None
    orthodox = bool(m["orth"]) and (name in _ORTHODOX_FIXED or name in HOLIDAYS_EASTER)
    # "Orthodox New Year's Day" has no Julian reading here: the name alone is marked
    start = m.start("hol") if m["orth"] and not orthodox else m.start()
    a = ctx.anchor
    year = int(m["year"]) if m["year"] else None
    if year is None and a is None:
        return None

    def on(y: int) -> _dt.date:
        if orthodox:
            if name in _ORTHODOX_FIXED:
                return _dt.date(y, *_ORTHODOX_FIXED[name])
            return _julian_easter(y) + _dt.timedelta(days=HOLIDAYS_EASTER[name])
        if name in _NATIONAL_DAYS:
            return _dt.date(y, *_independence_day(ctx.text, m.start(), m.end(), name))
        if name in HOLIDAYS_LUNAR:
            if y not in LUNAR_NEW_YEAR:
                raise ValueError(f"no lunar new year listed for {y}")
            return _dt.date(y, *LUNAR_NEW_YEAR[y])
        if name in HOLIDAYS_FIXED:
            return _dt.date(y, *HOLIDAYS_FIXED[name])
        if name in HOLIDAYS_EASTER:
            return _dt.date(y, *easter(y)) + _dt.timedelta(days=HOLIDAYS_EASTER[name])
        mo, wd, n, *from_day = HOLIDAYS_FLOATING[name]
        first = _dt.date(y, mo, from_day[0] if from_day else 1)
        if n > 0:
            return first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
        return nxt - _dt.timedelta(days=(nxt.isoweekday() - wd) % 7)

    owner = _YEARS_OWN.search(ctx.text, max(0, m.start() - 20), m.start())
    if year is None and owner:  # "last year's Christmas travel season"
        year = a.year + {"last": -1, "next": 1}.get(owner[1].lower(), 0)
    later = _YEAR_LATER.match(ctx.text, m.end()) if year is None else None
    if later:  # "Christmas falls on a Thursday this year": the year its clause names
        year = a.year + (later[1].lower() == "next")
    if year is None:
        d0 = on(a.year)
        # a holiday told in the past has been ("traffic was heavy over the Labor Day
        # weekend" in July is last September's)
        tense = schedule_tense(ctx, m.start(), m.end())
        # a plain past verb on the holiday ("the parade took place on Thanksgiving", said
        # the day before) tells one that is over: last year's, not tomorrow's
        ahead = 0 if tense == "past" and plain_past(ctx, m.start(), m.end()) else 7
        year = year_for(a, d0.month, d0.day, tense, ahead=ahead)
        near = _near_day_told(ctx, m.start())
        if near is not None:
            # "the busiest day is December 23, two days before Christmas": the holiday
            # is the one within a month of the day just named in its sentence
            y = min((near.year - 1, near.year, near.year + 1),
                    key=lambda y: abs((on(y) - near).days))
            if abs((on(y) - near).days) <= 31:
                year = y
    if name in HOLIDAY_WEEKS:  # "during Holy Week": the week, not its Sunday
        return [(start, m.end(), "DATE", iso_week(on(year)))]
    if m["we"]:  # the weekend nearest the day: after Thanksgiving, before Labor Day
        return [(start, m.end(), "DATE", f"{iso_week(weekday_around(on(year), 6))}-WE")]
    if m["pod"]:  # "Thanksgiving evening": that day's part, typed as a weekday's part is
        pod = PARTS_OF_DAY[m["pod"].lower()]
        return [(start, m.end(), POD_DAY_TYPE, f"{ymd(on(year))}T{pod}")]
    return [(start, m.end(), "DATE", ymd(on(year)))]


def _near_day_told(ctx, start: int) -> _dt.date | None:
    """The full date named last, when it ends shortly before ``start`` in the same
    sentence."""
    if ctx.ref is None or ctx.month_last or ctx.dated_end < 0 or \
            not 0 <= start - ctx.dated_end <= 60:
        return None
    if SENTENCE_END.search(ctx.text, ctx.dated_end, start):
        return None
    return ctx.ref


# only after a preposition of time is the word the day's part: "at dawn", "until dusk";
# "the dawn of a new era", "Dawn Smith" are not
_DAWN_BEFORE = {"at", "before", "after", "until", "till", "by", "since", "from", "around",
                "near", "towards", "toward", "about"}
_DAWN_PARTS = {"dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV",
               "small hours": "NI"}


_OF_AFTER = re.compile(r"\s+of\b")


def r_dawn(m, ctx):
    """"Fired mortar rounds at dawn": a part of the day (TimeML's TMO/TEV), put on the
    publication day here and moved to the day its sentence names as clock times are
    (timex_clock.date_clock_times)."""
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w.endswith(" hours"):  # the hours after midnight; "The Small Hours" is a name
        if not m["w"].endswith(" hours") or m["w"][-11:-6].lower() != m["w"][-11:-6] or \
                not w.endswith("small hours") and _OF_AFTER.match(ctx.text, m.end()):
            return None  # "the early hours of trading"; "of Sunday" is joined later
        w = "small hours"
    elif (w != m["w"] and not m["w"].isupper()) or \
            prev_word(ctx.text, m.start()) not in _DAWN_BEFORE:
        return None
    day = ymd(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    return [(m.start(), m.end(), "TIME", f"{day}T{_DAWN_PARTS[w]}")]


# words that may follow an adverb "overnight"; another word after it makes it a modifier
# ("an overnight session", "overnight rates")
_OVERNIGHT_NEXT = re.compile(r"\s*(?:$|[,.;:!?)\"'”’—–]|(?:and|but|as|after|before|in|on|at|"
                             r"to|with|amid|while|when|following|near|across|along|around|"
                             r"outside|inside|from|by|until|local|the|a|an)\b)")
_OVERNIGHT_SPAN = re.compile(r"\s+(?:into|to|through|till|until)\s+(?:\w+day|tomorrow|today|"
                             r"dawn|daybreak|morning|the\s+(?:morning|weekend|next))\b", re.I)


_OVERNIGHT_INTO = re.compile(r"\s+(?:into|to|through|till|until)\s+(?=[A-Z])")
_OVERNIGHT_ON = re.compile(r"\s+on\s+(?=[A-Z])")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def r_overnight(m, ctx):
    """"Rebels shelled the airport overnight": TimeML marks the adverb as the night it
    names (TNI), in past narration the night before the day told from, in the future the
    coming one; "overnight into Wednesday" is the night that ends on that weekday (Tuesday
    TNI), and "an overnight session" a modifier, not marked."""
    t = ctx.text
    if m["w"] != "overnight" or prev_word(t, m.start()) in ("an", "the", "a", "of"):
        return None
    into = _OVERNIGHT_INTO.match(t, m.end()) or _OVERNIGHT_ON.match(t, m.end())
    if into:
        # "eased overnight into Sunday": the night that ends on the weekday named, which is
        # a TIMEX3 of its own (TimeML marks the adverb; the weekday dates it); "struck
        # overnight on Wednesday": that weekday's night, as "dawn on Wednesday" is its dawn
        wd = R.RULES_BY_NAME["weekday"].pattern.match(t, into.end())
        day = r_weekday(wd, ctx) if wd else None
        if day and _DAY_VALUE.match(day[0][3]):
            back = 1 if into.re is _OVERNIGHT_INTO else 0
            d = _dt.date.fromisoformat(day[0][3][:10]) - _dt.timedelta(days=back)
            return [(m.start(), m.end(), "TIME", f"{ymd(d)}TNI")]
        if into.re is _OVERNIGHT_INTO:
            return None
    if _OVERNIGHT_SPAN.match(t, m.end()) or not _OVERNIGHT_NEXT.match(t, m.end()):
        return None
    tense = ctx.tense(m.start(), m.end())
    if tense not in ("past", "future"):
        return None  # "stays open overnight": a habit or a stretch, not a dated night
    if ctx.anchor is None:
        return [(m.start(), m.end(), "TIME", "XXXX-XX-XXTNI")]
    d = ctx.anchor - _dt.timedelta(days=1 if tense == "past" else 0)
    return [(m.start(), m.end(), "TIME", f"{ymd(d)}TNI")]


_DAY_ALONE_BEFORE = {"on", "by", "until", "till", "since", "from", "before", "after", "through",
                     "to", "and", "or"}
_DAY_ALONE_NEXT = re.compile(r"\s*(?:$|[,.;:!?)\"'”’—–]|(?:and|but|when|after|before|at|in|"
                             r"with|as|while|to|until|the|a|an|it|he|she|they|we|that|"
                             # a verb or modal after: "the meeting on the 18th will decide"
                             r"will|would|could|can|may|might|must|should|is|are|was|were|"
                             r"has|had|have|for|from|by|"
                             # an adverb closing the clause: "will be published on the 14th
                             # instead", "meets again on the 3rd too"
                             r"instead|again|too|also|then|now|only|yet|either)\b)")


def r_day_alone(m, ctx):
    """"Was arrested on the 30th": a day of a month left unnamed, the nearest such day
    on the side of publication the tense points to (said on November 4, a past 30th is
    October's). After a preposition only, and not before a noun ("the 30th anniversary")."""
    t = ctx.text
    if prev_word(t, m.start()) not in _DAY_ALONE_BEFORE or not _DAY_ALONE_NEXT.match(t, m.end()) \
            or re.match(r"\s+of\b", t[m.end():m.end() + 4]) or ctx.anchor is None:
        return None
    a, day = ctx.anchor, int(m["d"])
    tense = "past" if prev_word(t, m.start()) == "since" else ctx.tense(m.start(), m.end())
    y, mo = a.year, a.month
    if tense == "future" and day < a.day:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    elif tense in ("past", None) and day > a.day:
        # the present ("the summit ends on the 14th") keeps to the month of publication
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    d = safe_date(y, mo, day)
    return [(m.start(), m.end(), "DATE", ymd(d))] if d else None


def nth_weekday(year: int, month: int, wd: int, n: int) -> _dt.date | None:
    """The n-th weekday ``wd`` (1=Mon) of a month, n = -1 for the last; None past its end."""
    if n < 0:
        last = _dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)
        return last - _dt.timedelta(days=(last.isoweekday() - wd) % 7)
    first = _dt.date(year, month, 1)
    d = first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def r_nth_weekday(m, ctx):
    """"The first Sunday of November", "the last Friday in March": the weekday counted in
    its month; the month's year as a bare month's ("in November" said in September is this
    November), "this/next/last month" from the publication month."""
    if not _CAPITAL.match(m["wd"]) or (m["mon"] and not _CAPITAL.match(m["mon"])):
        return None
    if m["every"]:  # "the last Friday of every quarter": the set recurs with its unit
        return [(m.start(), m.end(), "SET", {"month": "P1M", "quarter": "P1Q",
                                             "year": "P1Y"}[m["every"].lower()])]
    a = ctx.anchor
    o = m["ord"].lower()
    n = -1 if o in ("last", "final") else ORDINALS[o]
    wd = weekday_number(m["wd"])
    if m["mon"]:
        month = month_number(m["mon"])
        if m["year"]:
            year = int(m["year"])
        elif a is None:
            return None
        else:
            # the year as the day itself would get it (said on November 25, 'the last Sunday
            # of November' is the 29th ahead, not a month judged by its middle)
            day = nth_weekday(a.year, month, wd, n)
            year = year_for(a, month, day.day if day else 15, ctx.tense(m.start(), m.end()))
    else:
        if a is None:
            return None
        shift = {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
        k = a.year * 12 + a.month - 1 + shift
        year, month = divmod(k, 12)
        month += 1
    d = nth_weekday(year, month, wd, n)
    return [(m.start(), m.end(), "DATE", ymd(d))] if d else None


def r_week_of_month(m, ctx):
    """"The first week of January", "the last week of December": the ISO week of the
    month's first (last) Thursday, the week that holds most of its days in that month."""
    if not _CAPITAL.match(m["mon"]):
        return None
    month = month_number(m["mon"])
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None:
        return None
    else:
        year = year_for(ctx.anchor, month, 15, ctx.tense(m.start(), m.end()))
    o = m["ord"].lower()
    d = nth_weekday(year, month, 4, -1 if o in ("last", "final") else ORDINALS[o])
    return [(m.start(), m.end(), "DATE", iso_week(d))] if d else None


def r_turn_of(m, ctx):
    """"a fishing port at the turn of the century": the year the century (or millennium)
    changed, the 20th century's turn 1900; with no ordinal the boundary nearest the
    publication date (said in 2015 of the past: 2000). "The turn of the year/decade" is
    the year that opened it, by tense."""
    if not m["unit"].islower():
        return None  # "The Turn of the Century", a title
    unit = m["unit"].lower()
    if unit in ("year", "decade"):
        # "suspended at the turn of the year", "will resume at the turn of the year": the
        # year that began at the boundary, the last one gone in the past, the next one in
        # the future, else the nearest (a decade's the same, valued at its first year)
        if m["ord"] or ctx.anchor is None:
            return None
        step = 1 if unit == "year" else 10
        y = ctx.anchor.year
        gone = y // step * step
        tense = ctx.tense(m.start(), m.end())
        if tense == "past":
            year = gone
        elif tense == "future":
            year = gone + step
        else:
            year = (y * 12 + ctx.anchor.month - 1 + step * 6) // (step * 12) * step
        return [(m.start(), m.end(), "DATE", f"{year:04d}")]
    step = 1000 if unit == "millennium" else 100
    if m["ord"]:
        n = ORDINALS.get(m["ord"].lower())
        if not n:
            return None
        year = (n - 1) * step
    elif ctx.anchor:
        year = (ctx.anchor.year + step // 2) // step * step
    else:
        return None
    return [(m.start(), m.end(), "DATE", f"{year:04d}")]


DAY_RESOLVERS = {"turn_of": r_turn_of, "noon": r_noon, "holiday": r_holiday, "dawn": r_dawn, "overnight": r_overnight,
                 "day_alone": r_day_alone,
                 "nth_weekday": r_nth_weekday, "week_of_month": r_week_of_month}
