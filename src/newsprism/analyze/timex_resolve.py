"""Turns a matched time expression into its TIMEX3 type and value (or rejects it).
Inputs: a timex_rules match and a Context: anchor date, tense at the match, last date seen.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import timex_rules as R
from .timex_lexicon import (
    DAY_ORDINALS, MONTHS_EN, PARTS_OF_DAY, month_number, spoken_year, weekday_number,
)
from .timex_calendar import safe_date, two_digit_year, weekday_near, year_for, ymd

Found = list[tuple[int, int, str, str]]  # (start, end, type, value)


@dataclass
class Context:
    """What resolution needs besides the match itself."""

    text: str
    anchor: _dt.date | None
    lang: str = "en"
    tense: Callable[[int, int], str | None] = lambda s, e: None
    ref: _dt.date | None = None          # last full date mentioned, for "the next day"
    ref_year: int | None = None          # last year mentioned, for "the following year"
    ref_month: tuple[int, int] | None = None  # last (year, month) named, for "the next month"
    # the last date written out in full ("Oct. 23, 1999") and where it ended: the anchor
    # past narration counts weekdays from when the story is set before the publication
    told: _dt.date | None = None
    told_end: int = -1
    told_lead: bool = False  # the date opened its sentence ("On Oct. 2, 1999, ...")
    told_since: bool = False  # the date opened a stretch up to now ("since its May 18 debut")
    story_day: _dt.date | None = None  # the first day named in the three before publication
    last_quarter: tuple[int, int, int] | None = None  # (end offset, year, quarter)
    last_half: tuple[int, int, int] | None = None  # (end offset, year, half): "first-half profit"
    fiscal_end: int = -1  # where a quarter named fiscal with its number ended: "the fiscal
    # first quarter ... the quarter ended Sept. 29" is that quarter, not a calendar one
    last_nine: int = -1  # where "the (first) nine months" last ended: a year to date
    named_year: tuple[int, int] | None = None  # (end offset, year) of the last year written
    month_last: bool = False  # the last date named was a month ("last October"), not a day
    dated_end: int = -1  # where the last month or day named ended, for "a year earlier"
    dated_said: bool = False  # that day dated only a saying ("officials said on Monday")
    # the Monday of the last week named ("in the first week of January"), unless a day was
    # named after it: "the following week" then counts from that week
    ref_week: _dt.date | None = None

    def base(self) -> _dt.date | None:
        return self.ref or self.anchor


# --- small helpers ---------------------------------------------------------------------
_CAPITAL = re.compile(r"^[A-ZÀ-Þ]")
_PREV_WORD = re.compile(r"([\w$%.'’]+)\W*$")
_BARE_MAY_BEFORE = {"in", "since", "until", "till", "by", "of", "from", "through", "to",
                    "during", "before", "after", "last", "next", "this", "early", "late",
                    "mid", "and", "or", "between", "throughout", "end", "late-", "early-"}
_NOT_YEAR_BEFORE = {"no", "no.", "flight", "route", "highway", "resolution", "number", "room",
                    "page", "pages", "article", "section", "chapter", "rule", "model", "bill",
                    "boeing", "airbus", "code", "box", "suite", "apartment", "than", "about",
                    "nearly", "almost", "some", "over", "roughly", "approximately", "exactly",
                    "al", "interstate",
                    "windows", "office", "version", "score", "channel", "gate", "platform"}


# "May" after a capitalised word other than a time preposition is a surname: "Theresa May"
_MAY_PERSON = re.compile(r"\b(?!(?:In|For|Since|Until|By|Of|From|Through|To|"
                         r"During|Before|After|Last|Next|This|Early|Late|Mid|And|Or|Between|"
                         r"Throughout|End)\b)[A-Z][a-z]*\.? May\b")


def _bare_may_month(text: str, start: int) -> bool:
    """Whether a bare capitalised "May" is the month: after a preposition that takes a
    time ("in May", "figures for May"); "for" only where no one called May is named, since
    "a blow for May" is the politician."""
    before = prev_word(text, start)
    if before in _BARE_MAY_BEFORE:
        return True
    return before == "for" and not _MAY_PERSON.search(text)


def plain_past(ctx: Context, start: int, end: int) -> bool:
    """Whether the date hangs on a plain past verb ("changed its name in December"): see
    ``Tenses.plain_past``; False where no tagged text is at hand. A date after "since"
    is behind too, whatever the verb ("has been shut since December")."""
    if prev_word(ctx.text, start) == "since":
        return True
    check = getattr(ctx.tense, "plain_past", None)
    return bool(check and check(start, end))


def _infinitive_ahead(ctx: Context, start: int) -> bool:
    check = getattr(ctx.tense, "infinitive_ahead", None)
    return bool(check and check(start))


_SCHEDULE_PREPS = {"in", "on", "after", "until", "till", "at", "before"}


def schedule_tense(ctx: Context, start: int, end: int) -> str | None:
    """The tense of the words around a date, "schedule" where it is a present verb the
    date's preposition hangs on ("the sale ends in mid-January", "takes place on
    Thanksgiving", "resumes after Christmas"): a plan, not a past; a present further off
    ("worth $130 million in October, are worth half that now") stays "present"."""
    tense = ctx.tense(start, end)
    t = ctx.tense
    if tense != "present" or not getattr(t, "tagged", False):
        return tense  # the Tenses object has read its Doc when it answered "present"
    i = bisect.bisect_left(t.starts, start)
    if i < 2 or t.lower[i - 1] not in _SCHEDULE_PREPS:
        return tense
    # the verb's particle or object may stand between: "takes place", "takes office",
    # "holds its elections", "opens its doors"
    for n in range(i - 2, max(-1, i - 6), -1):
        if t.tags[n] in ("VBZ", "VBP") and t.lower[n] not in ("has", "have"):
            return "schedule"
        if not (t.tags[n] in ("RB", "RP", "DT", "PRP$", "NN", "NNS") or t.lower[n] == "place"):
            break
    return tense


def prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def month_ok(word: str, lang: str) -> bool:
    """English month names are capitalised; a lower-case "may"/"march" is a verb."""
    if lang == "en":  # "Mars", "Mayo" or "Out." in English text are no months
        return bool(_CAPITAL.match(word)) and word.lower().rstrip(".") in MONTHS_EN
    return month_number(word) is not None


# --- resolvers -------------------------------------------------------------------------
def _day_or_time(ctx: Context, m: re.Match, d: _dt.date) -> Found:
    if m.groupdict().get("H"):
        return [(m.start(), m.end(), "TIME", f"{ymd(d)}T{int(m['H']):02d}:{m['M']}")]
    return [(m.start(), m.end(), "DATE", ymd(d))]


def r_iso(m, ctx):
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day_or_time(ctx, m, d) if d else None


def r_numeric(m, ctx):
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if m["sep"] == "." and (len(ys) == 2 or prev_word(ctx.text, m.start()) in _NOT_YEAR_BEFORE):
        return None  # "1.2.20", "version 2.4.2026": a version number or a score, no date
    # "01.04.2026" is written day first wherever dots are used; "3/4/2026" month first in
    # English
    month, day = (a, b) if ctx.lang == "en" and m["sep"] != "." else (b, a)
    if month > 12:
        month, day = day, month
    year = int(ys) if len(ys) == 4 else two_digit_year(int(ys), ctx.anchor)
    d = safe_date(year, month, day)
    if d and ctx.lang == "en" and m["sep"] == "/" and day <= 12 and month != day and \
            ctx.anchor and d > ctx.anchor and ctx.tense(m.start(), m.end()) == "past":
        # "was fined on 12/02/2026", told in March: the day-first reading the past allows
        other = safe_date(year, day, month)
        if other and other <= ctx.anchor:
            d = other
    return _day_or_time(ctx, m, d) if d else None


def r_compact(m, ctx):
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return [(m.start(), m.end(), "DATE", ymd(d))] if d else None


def _month_day(m, ctx):
    if not month_ok(m["mon"], ctx.lang):
        return None
    month = month_number(m["mon"])
    day = _day_number(m["day"])
    if not month or not day or not 1 <= day <= 31:
        return None
    if not m["day"][0].isdigit() and m.re is R.RULES_BY_NAME["day_month"].pattern \
            and " of " not in ctx.text[m.start():m.end()].lower():
        return None  # "a second March on the capital" is no date; "the second of March" is
    if m["year"]:
        y = int(m["year"])
    elif ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}")]
    elif prev_word(ctx.text, m.start()) == "ended":
        y = year_for(ctx.anchor, month, day, "past", ahead=0)  # a period that ended is over
    else:
        tense = schedule_tense(ctx, m.start(), m.end())
        # a plain past verb on the date ("changed its name on Dec. 7") tells what is over;
        # a timetable's present ("the new mayor takes office on Jan. 1", told in March)
        # what is to come, or at most a month gone
        ahead = 7 if tense == "past" and plain_past(ctx, m.start(), m.end()) else 90
        y = year_for(ctx.anchor, month, day, tense, ahead=ahead)
        start = _range_start(ctx, m.start())
        if start is not None:
            # "runs from 1 October to 15 May": a range's end is the first such day on or
            # after its start, whatever the tense says of the day alone
            y = start.year if (month, day) >= (start.month, start.day) else start.year + 1
        elif ctx.ref is not None and not ctx.month_last and \
                0 <= m.start() - ctx.dated_end <= 300 and \
                _NEXT_ONE.search(ctx.text, max(0, m.start() - 60), m.start()) and \
                (y, month, day) <= (ctx.ref.year, ctx.ref.month, ctx.ref.day):
            # "drew 40,000 visitors on December 28. The next edition opens on Dec. 27": the
            # next one of a series comes after the one just told
            y = ctx.ref.year + ((month, day) <= (ctx.ref.month, ctx.ref.day))
    d = safe_date(y, month, day)
    if d is None:
        return None
    return _second_day(ctx.text, m, y, month) or [(m.start(), m.end(), "DATE", ymd(d))]


_SECOND_DAY = re.compile(r"\s*(?:and|or|to|through|-|–)\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                         r"(?![\w:.,]\d|\d|\s*(?:a\.m|p\.m|am\b|pm\b|%))"
                         rf"(?:,?\s+(?P<year>{R.YEAR})(?!\w))?")


def _second_day(text: str, m, year: int, month: int) -> Found:
    """"April 24 and 25": the bare second day is a date of the same month."""
    if not m.group("day")[0].isdigit() or m["year"] or m.re is not \
            R.RULES_BY_NAME["month_day"].pattern:
        return []
    tail = _SECOND_DAY.match(text, m.end())
    if not tail or R.NOT_YEAR_AFTER.match(text, tail.end()) or \
            re.match(rf"\s+{R.UNIT}\b", text[tail.end():tail.end() + 20], re.I):
        return []  # "on May 3 and 4 people died", "from June 1 to 10 days later"
    first = int(re.match(r"\d+", m["day"]).group())
    if tail["year"]:  # "April 24 and 25, 1999": the year belongs to both days
        year = int(tail["year"])
    d, d1 = safe_date(year, month, int(tail["day"])), safe_date(year, month, first)
    if d is None or d1 is None or d.day <= first:
        return []
    return [(m.start(), m.end(), "DATE", ymd(d1)), (tail.start("day"), tail.end(), "DATE", ymd(d))]


# the words between a range's first day and its last: "from 1 October to", "between
# Dec. 20, 2024 and"
_DAY_RANGE_END = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|"
    r"[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s*"
    r"(?:to|until|till|through|and|[-–])\s*$")


# "the next edition opens on": one of a series, not a day counted ("the next day")
_NEXT_ONE = re.compile(r"\b[Nn]ext\s+(?!(?:day|week|weekend|month|year|morning|afternoon|"
                       r"evening|night)\b)[a-z]+[^.;!?]*$")


def _range_start(ctx: Context, start: int) -> _dt.date | None:
    """The first day of a range whose bare last day begins at ``start`` ("from 1 October
    to 15 May"), else None: only when that day was the last date resolved, just before."""
    if ctx.ref is None or ctx.month_last or not 0 <= start - ctx.dated_end <= 12:
        return None
    if not _DAY_RANGE_END.search(ctx.text, max(0, start - 45), start):
        return None
    return ctx.ref


def _day_number(word: str) -> int | None:
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    return DAY_ORDINALS.get(re.sub(r"\s+", " ", word.lower()))


r_month_day = _month_day
r_day_month = _month_day


def r_month(m, ctx):
    word = m["mon"]
    if not month_ok(word, ctx.lang):
        return None
    month = month_number(word)
    if m["year"]:
        return [(m.start(), m.end(), "DATE", f"{int(m['year']):04d}-{month:02d}")]
    if word.lower().rstrip(".") in R._ABBR_MONTHS or (ctx.lang != "en" and not m["rel"]):
        return None  # "Jan." alone, or "mars" alone in French, is too often something else
    if not (m["rel"] or m["edge"] or m["ry"]) and _MARCH_NAMED.match(ctx.text, m.end()) \
            and prev_word(ctx.text, m.start()) in _MARCH_BEFORE:
        return None  # "the annual March for Life" is a procession, not a month
    if word.lower() == "may" and not (m["rel"] or m["edge"] or m["trel"]) \
            and not _bare_may_month(ctx.text, m.start()):
        return None
    if ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-{month:02d}")]
    a, rel = ctx.anchor, (m["rel"] or "").lower()
    if m["trel"] and not (m["year"] or m["ry"] or m["ty"]):
        # "took effect the following January", told after "in June 2010": the first
        # January after the month (or year) last named, else after publication
        y0, m0 = ctx.ref_month or ((ctx.ref_year, 6) if ctx.ref_year else (a.year, a.month))
        if m["trel"].lower().split()[-1] in ("following", "next"):
            year = y0 if month > m0 else y0 + 1
        else:
            year = y0 if month < m0 else y0 - 1
        return [(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}")]
    if m["ty"]:
        if ctx.ref_year is None:
            return None
        shift = re.sub(r"\s+", " ", m["ty"].lower())
        year = ctx.ref_year + {"the following": 1, "the next": 1, "the previous": -1,
                               "the prior": -1}.get(shift, 0)
    elif m["ry"]:
        year = a.year + {"last": -1, "next": 1}.get(m["ry"].lower(), 0)
    elif rel == "last" or rel.endswith("past"):
        # the month just gone is "last month"; calling it by name points a year further
        # back ("crashed last February", told on March 1), unless "this past" keeps it near
        near = a.month - (1 if rel == "last" else 0)
        year = a.year if month < near else a.year - 1
    elif rel in ("next", "the coming"):
        year = a.year if month > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    elif ctx.ref_month and ctx.month_last and m.start() - ctx.dated_end <= 12 and \
            _RANGE_END.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "from September to June": a range's end is the first such month after its start
        y0, m0 = ctx.ref_month
        year = y0 if month > m0 else y0 + 1
    else:
        tense = ctx.tense(m.start(), m.end())
        # with no tense to go by, a bare month in the news is this year's; so is the
        # month under way, whichever way the sentence looks ("at the end of March")
        # "changed its name in December", told in October: a plain past verb on the month
        # puts it behind; "agreed to buy it in February" may still look ahead
        ahead = 0 if tense == "past" and plain_past(ctx, m.start(), m.end()) else 60
        if tense == "past" and ahead and _infinitive_ahead(ctx, m.start()):
            ahead = 150  # "agreed to meet again in January", told in October: the next one
        if tense == "present":
            tense = schedule_tense(ctx, m.start(), m.end())
        if tense != "past" and month < a.month and _data_month(ctx.text, m.start(), m.end()):
            # figures are released for months that are over: "the inflation figures for
            # February are due on Tuesday", told in March, are this February's
            return [(m.start(), m.end(), "DATE", f"{a.year:04d}-{month:02d}")]
        # a timetable's month before the one under way is next year's ("the festival
        # returns in February", told in March)
        year = a.year if month == a.month else year_for(a, month, 1, tense, ahead=ahead,
                                                        back=0)
    return [(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}")]


# a month whose data are released: "figures for February", "the February figures",
# "March's jobs report" (data nouns only: "sales" or "inflation" may be forecast)
_DATA_NOUNS = r"(?:figures|data|numbers|statistics|report|reading|results|estimates?)"
_DATA_BEFORE = re.compile(_DATA_NOUNS + r"\s+for\s+(?:the\s+month\s+of\s+)?$", re.I)
_DATA_AFTER = re.compile(r"(?:'s)?(?:\s+(?:[a-z]+-)?[a-z]+){0,2}?\s+" + _DATA_NOUNS + r"\b")


def _data_month(text: str, start: int, end: int) -> bool:
    """Whether the month named at ``start``-``end`` is the period of released data: "the
    figures for February", "the February trade figures", "March's jobs report"."""
    if _DATA_BEFORE.search(text[max(0, start - 40):start]):
        return True
    return bool(_DATA_AFTER.match(text, end, min(len(text), end + 40)))


# the words between a range's first month and its last: "from September to June"
_RANGE_END = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\s*"
                        r"(?:to|until|till|through|and|[-–])\s*$")
_MARCH_NAMED = re.compile(r"\s+(?:for|of|on|against|to)\s+(?:the\s+)?[A-Z]")
_MARCH_BEFORE = {"a", "an", "the", "annual", "second", "first", "third", "another", "big",
                 "great", "million", "peaceful", "silent"}


def r_spoken_year(m, ctx):
    y = spoken_year(m["sy"])
    if y is None or R.NOT_YEAR_AFTER.match(ctx.text, m.end()) or \
            re.match(rf"[\s-]+{R.UNIT}\b", ctx.text[m.end():m.end() + 20], re.I):
        return None  # "two thousand years", "nineteen ninety people" count things
    if m["mon"]:
        return [(m.start(), m.end(), "DATE", f"{y:04d}-{month_number(m['mon']):02d}")]
    return [(m.start(), m.end(), "DATE", str(y))]


def r_year_end(m, ctx):
    if ctx.anchor is None:
        return None
    if _noun_follows(ctx.text, m.end()):
        return None  # "year-end net" is an adjective, not a date
    # "since year-end" looks back to the last one; "by year-end" to this year's
    back = prev_word(ctx.text, m.start()) == "since" or ctx.anchor.month == 1
    return [(m.start(), m.end(), "DATE", str(ctx.anchor.year - back))]


# "brought under control by early evening": after these a part of the day is a time told,
# dated as a clock time is (timex_clock.date_clock_times: the day its sentence names)
_PART_ENDS = re.compile(r"\s*(?:$|[,.;:!?)—–]|\s(?:and|but|or|when|as|the|to|at|on|in|with)\b)")
_MID_DAY_BEFORE = {"by", "until", "till", "in", "at", "before", "after", "since", "from",
                   "around", "toward", "towards", "through", "during"}


def r_mid_day(m, ctx):
    ea, day = (m["ea"] or "").lower(), (m["day"] or "").lower()
    if not ea and (prev_word(ctx.text, m.start()) not in ("by", "until", "till") or
                   not _PART_ENDS.match(ctx.text, m.end())):
        return None  # "by evening" is the evening; "by evening standards" no time
    if ea != "mid" and not day and prev_word(ctx.text, m.start()) not in _MID_DAY_BEFORE:
        return None  # "early morning" alone rarely dates anything; "by early evening" does
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if ctx.anchor is None:
        return [(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{pod}")]
    d = ctx.anchor + _dt.timedelta(days=_DEICTIC.get(day, 0))
    return [(m.start(), m.end(), "TIME", f"{ymd(d)}T{pod}")]


# TimeML's guidelines type a weekday's part of day as TIME ("Wednesday night",
# 2020-02-12TNI), as TimeBank and the TempEval-3 organisers do; AQUAINT's annotators typed
# most such phrases DATE, so TIME costs AQUAINT type F1 (values are the same either way).
# The corpus readers take either type (corpus.features.names_day).
POD_DAY_TYPE = "TIME"


def r_weekday(m, ctx):
    wd = weekday_number(m["wd"])
    if not _CAPITAL.match(m["wd"]):
        return None
    if not (m["rel"] or m["pod"]) and R.RULES_BY_NAME["weekday_set"].pattern.match(
            ctx.text, m.start()):
        return None  # "Monday and Tuesday nights": every such night, a set (r_weekday_set)
    if not (m["rel"] or m["pod"]) and prev_word(ctx.text, m.start()) == "the" and \
            _NAME_GOES_ON.match(ctx.text, m.end()):
        return None  # "the Sunday Times", "the Monday Club": a name, not a day
    rel = (m["rel"] or "").lower()
    if rel.startswith("that") and \
            not _THAT_DAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "said that Friday's vote ...": a conjunction, not the determiner; the weekday is
        # then read by itself
        return _weekday_alone(m, ctx)
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if not rel and ctx.ref is not None and ctx.dated_end >= 0 and not ctx.month_last and \
            ctx.ref.isoweekday() == wd and \
            _RESTATED_GAP.fullmatch(ctx.text, ctx.dated_end, m.start()):
        # "On Feb. 18, a Wednesday, ...": the weekday in apposition restates the day named
        return [(m.start(), m.end(), POD_DAY_TYPE if pod else "DATE",
                 f"{ymd(ctx.ref)}{'T' + pod if pod else ''}")]
    side = _AFTER_EVENT.match(ctx.text, m.end()) if not rel and not pod and \
        prev_word(ctx.text, m.start()) == "the" else None
    if side:
        # "On the Tuesday after the vote": counted from the event, not from publication;
        # the day last told dates the event when it stands shortly before, else no date
        if ctx.ref is None or ctx.month_last or ctx.dated_end < 0 or \
                not 0 <= m.start() - ctx.dated_end <= 300:
            return [(m.start(), m.end(), "DATE", f"XXXX-WXX-{wd}")]
        step = -1 if side[1].lower() == "before" else 1
        d = ctx.ref + _dt.timedelta(days=step)
        while d.isoweekday() != wd:
            d += _dt.timedelta(days=step)
        return [(m.start(), m.end(), "DATE", ymd(d))]
    if ctx.anchor is None or not rel and prev_word(ctx.text, m.start()) in ("a", "an") and \
            not (_noun_follows(ctx.text, m.end()) and ctx.tense(m.start(), m.end()) == "past"):
        # "Christmas falls on a Thursday": no particular one; but in "attended a Sunday
        # night memorial service" the article is the noun's and the past tense dates it
        value = f"XXXX-WXX-{wd}"
    else:
        rel = re.sub(r"\s+", " ", rel)
        if rel in ("the previous", "the preceding", "the following"):
            # told from the day last named: "down from the previous Friday"
            d = weekday_near(ctx.base(), wd, "after" if rel == "the following" else "before")
        elif rel == "last" or rel.endswith("past") or rel == "past":
            d = weekday_near(ctx.anchor, wd, "before")
            if rel == "last" and (ctx.anchor - d).days == 1:
                d -= _dt.timedelta(days=7)  # yesterday goes by its name: "last" is a week on
        elif rel in ("next", "coming", "this coming"):
            d = weekday_near(ctx.anchor, wd, "after")
            if rel == "next" and (d - ctx.anchor).days == 1:
                d += _dt.timedelta(days=7)  # tomorrow goes by its name, as "last" above
        elif rel == "this":
            d = ctx.anchor + _dt.timedelta(days=wd - ctx.anchor.isoweekday())
        elif rel.startswith("that") and ctx.ref is not None:
            d = weekday_around(ctx.ref, wd)  # the week of the day last told
        else:
            # present tense with a weekday is a schedule: "the talks resume Tuesday"
            tense = ctx.tense(m.start(), m.end())
            d = weekday_near(ctx.anchor, wd, "past" if tense in ("past", None) else "future")
            told = _narrative_anchor(ctx, m.start())
            if told and tense in ("past", None):
                d = weekday_around(told, wd)
            elif tense in ("past", None) and _apposed_to_day(ctx, m.start()):
                # "Two days later, on Wednesday": the weekday renames the day just told
                d = weekday_around(ctx.ref, wd)
            elif tense == "future" and _reported_from_old_day(ctx, m.start()):
                # "announced on March 2 that it would close the plant on Friday", told on
                # March 12: the Friday after the saying, not the one after publication
                d = weekday_near(ctx.ref, wd, "after")
            elif tense in ("past", None) and _this_week_named(ctx, m.start()):
                # "trading was thin this week as investors waited for Friday's jobs
                # report": told in the past, the weekday is in the week its sentence names
                d = ctx.anchor + _dt.timedelta(days=wd - ctx.anchor.isoweekday())
        value = ymd(d)
    # "Earlier Sunday": the relative adverb stays out of the span, but "early"/"late" is
    # the expression's own modifier (TimeML mod START/END) and belongs inside it
    start = m.start("wd") if rel in ("earlier", "later") else m.start()
    if pod:
        return [(start, m.end(), POD_DAY_TYPE, f"{value}T{pod}")]
    return [(start, m.end(), "DATE", value)]


# "That Friday" opening a sentence or after a preposition: the determiner, not "said that"
_THAT_DAY_BEFORE = re.compile(r"(?:^|[.!?;:][\"'”’)]*\s+|\n\s*|\b(?:on|by|until|till|"
                              r"before|after|since|from|of|during|[Bb]y|[Oo]n)\s+)$")


_WOULD = re.compile(r"\bwould\b")


def _reported_from_old_day(ctx: Context, start: int) -> bool:
    """Whether a weekday under "would" is told in a clause reported from a day named just
    before it in its sentence, that day over a week before publication."""
    if ctx.ref is None or ctx.month_last or ctx.anchor is None or \
            (ctx.anchor - ctx.ref).days <= 6 or not 0 <= start - ctx.dated_end <= 150:
        return False
    gap = ctx.text[ctx.dated_end:start]
    return bool(_WOULD.search(gap)) and not SENTENCE_END.search(gap)


def _weekday_alone(m, ctx):
    """The weekday of a "that Friday" match read without its "that"."""
    wd = R.RULES_BY_NAME["weekday"].pattern.match(ctx.text, m.start("wd"))
    return r_weekday(wd, ctx) if wd else None


_NAME_GOES_ON = re.compile(r" (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.])"
                           r"[A-Z][a-z]+")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“`'(]*[A-Z])|\n\s*\n")


# a non-restrictive relative clause still open at the date: ", who died on Dec. 5"
# or a participle's: ", killed on Jan. 3, ..."
_ASIDE_OPEN = re.compile(r",\s+(?:who|whose|which|where|[a-z]{3,}ed)\b(?:[^,.;!?]|\.(?=\s\d))*"
                         r"(?:,\s*\d{4})?$")
_RANGE_LINK = re.compile(r"\b(?:to|until|till|through|since|and|or|but|now|also)\s*$", re.I)


def _narrative_anchor(ctx: Context, start: int) -> _dt.date | None:
    """The full date a past-tense weekday is told against, when the story is set well
    before its publication: "On Oct. 2, 1999, a Saturday, ... and left on Tuesday"
    (HeidelTime's narrative reference time). News counts weekdays from the publication day
    even after an older date, so only a date earlier in the same sentence counts, or in
    the sentence before when it opened that sentence as its setting; never one that opens
    a range up to now, and only one more than a week before publication."""
    told, anchor = ctx.told, ctx.anchor
    if told is None or anchor is None or ctx.told_end < 0 or (anchor - told).days <= 7:
        return None
    gap = ctx.text[ctx.told_end:start]
    breaks = len(SENTENCE_END.findall(gap))
    if len(gap) > 300 or breaks > ctx.told_lead or _RANGE_LINK.search(gap) or ctx.told_since:
        return None  # "from Sept. 14 to Thursday", "since May 18" run up to the present
    if gap.lstrip().startswith(",") and \
            _ASIDE_OPEN.search(ctx.text, max(0, ctx.told_end - 150), ctx.told_end):
        return None  # "X, who died on Dec. 5, was buried on Sunday": the aside is no setting
    if _ORIGIN_BEFORE.search(ctx.text, max(0, ctx.told_end - 80), ctx.told_end):
        # "born on July 4, 1950, ... died on Monday", "the firm, founded on March 3, 1985,
        # said on Tuesday": a birth or founding date is a profile's background, never the
        # time the story is set at
        return None
    return told


# a date of birth or founding just before, in its clause: "born on", "founded in Ohio on"
_ORIGIN_BEFORE = re.compile(r"\b(?:[Bb]orn|[Ff]ounded)\b[^.;!?]{0,40}$")


_APPOSED_GAP = re.compile(r"\s*,\s*(?:on\s+)?")
# "the Tuesday after the vote": a weekday counted from an event, not from publication
_AFTER_EVENT = re.compile(r"\s+(after|before|following)\s+(?:the|a|an|his|her|its|their)\s+[a-z]",
                          re.I)
# "Feb. 18, a Wednesday": a weekday with its article right after a day named and a comma
_RESTATED_GAP = re.compile(r"\s*,\s*an?\s+")


def _apposed_to_day(ctx: Context, start: int) -> bool:
    """Whether a weekday follows the day last named right after a comma, perhaps with
    "on" ("two days later, on Wednesday", "the next day, Thursday"; without the comma,
    "results to March 31 on Wednesday", it dates the verb), that day more than a week
    before publication: the weekday renames it."""
    if ctx.ref is None or ctx.anchor is None or ctx.month_last or ctx.dated_end < 0 or \
            (ctx.anchor - ctx.ref).days <= 7:
        return False
    return _APPOSED_GAP.fullmatch(ctx.text, ctx.dated_end, start) is not None


_THIS_WEEK = re.compile(r"\b(?:this|last|next)\s+week\b(?!['’]s|end)", re.I)


def _this_week_named(ctx: Context, start: int) -> bool:
    """Whether the weekday's sentence names "this week" before it, and no other week
    ("met last week and will meet again on Thursday" is read by its own tense)."""
    before = ctx.text[max(0, start - 200):start]
    cut = [e.end() for e in SENTENCE_END.finditer(before)]
    lo = cut[-1] if cut else 0
    weeks = {w.group(0).split()[0].lower() for w in _THIS_WEEK.finditer(before, lo)}
    return weeks == {"this"} and "\n" not in before[lo:]


def weekday_around(ref: _dt.date, wd: int) -> _dt.date:
    """The weekday ``wd`` within three days either side of ``ref`` (ties go back)."""
    back = (ref.isoweekday() - wd) % 7
    return ref - _dt.timedelta(days=back) if back <= 3 else ref + _dt.timedelta(days=7 - back)


def r_weekday_set(m, ctx):
    if not _CAPITAL.match(m["wd"]):
        return None
    wd = weekday_number(m["wd"])
    pod = PARTS_OF_DAY.get((m["pod"] or m["pods"] or m["next"] or "").lower())
    return [(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))]


_DEICTIC = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
            "tomorrow": 1, "the day after tomorrow": 2}


def r_deictic(m, ctx):
    w = re.sub(r"\s+", " ", m["w"].lower())
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if w == "tonight" else None)
    if w in ("today", "tomorrow") and not (pod or m["ea"]) and _generic_day(ctx.text, m):
        return [(m.start(), m.end(), "DATE", "PRESENT_REF" if w == "today" else "FUTURE_REF")]
    if ctx.anchor is None:
        value = "PRESENT_REF" if w == "today" and not pod else "XXXX-XX-XX"
    else:
        value = ymd(ctx.anchor + _dt.timedelta(days=_DEICTIC[w]))
    if pod:
        return [(m.start(), m.end(), "TIME", f"{value}T{pod}")]
    return [(m.start(), m.end(), "DATE", value)]


_GENERIC_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|young|society|generation|"
                            r"children|kids|teenagers|families|culture|technology|computers|"
                            r"economy|"
                            r"workplace|politics|media|standards|terms|dollars|money)\b", re.I)


def _generic_day(text: str, m) -> bool:
    """"Today's youth", "the people of tomorrow": the present or future age, not a day."""
    if _GENERIC_AFTER.match(text, m.end()):
        return True
    before = text[max(0, m.start() - 30):m.start()].lower().split()
    return m["w"].lower() == "tomorrow" and before[-2:-1] != ["as"] and \
        before[-1:] == ["of"] and not (set(before[-3:-1]) & {"end", "morning", "night", "as"})


_BEFORE_AFTER = re.compile(r"\s+(?:before|after)\b(?=\s*(?:[,.;:!?)]|and\b|$))")


# "the night" is a dated time after these words: "in the morning", "worked through the
# night", "for the rest of the night". ("Later in the day" was tried too: TimeBank marks
# it, AQUAINT does not, value 0.793 -> 0.790, so the day is left out.)
_THE_POD_BEFORE = {"in", "during", "through", "throughout"}
_REST_OF = re.compile(r"\b(?:most|much|rest|remainder|part)\s+of\s+$", re.I)


def r_part_of_day(m, ctx):
    rel, pod = m["rel"].lower(), PARTS_OF_DAY[m["pod"].lower()]
    if rel == "last" and not m["ea"] and prev_word(ctx.text, m.start()) == "the":
        return None  # "the last night of athletics" is the final one, not yesterday's
    before = prev_word(ctx.text, m.start())
    if rel == "the" and not m["ea"] and before not in _THE_POD_BEFORE \
            and not _REST_OF.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "the night" alone is rarely a dated time
    if rel == "the" and before not in ("in", "during") and \
            (ctx.text.startswith("-", m.end()) or _noun_follows(ctx.text, m.end())):
        return None  # "through the night shift": a noun's modifier
    if rel == "the" and _BEFORE_AFTER.match(ctx.text, m.end()):
        return None  # "late the night before": told from the day last named (r_anchored_day)
    base = ctx.anchor if rel not in ("that", "the") else ctx.base()
    if rel == "the" and ctx.story_day and base and ctx.anchor and (ctx.anchor - base).days > 7:
        # "removed Mursi on July 3. Police moved in ... during the afternoon": backstory
        # names no day for the news; the story's own day does
        base = ctx.story_day
    if base is None:
        return [(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{pod}")]
    if rel == "the" and pod == "NI" and before in ("through", "during") and ctx.anchor and \
            base >= ctx.anchor and ctx.tense(m.start(), m.end()) == "past":
        # "agreed early on Friday after talks that ran through the night", told on Friday:
        # a night gone by publication day is the one before it, as "overnight" is
        base = ctx.anchor - _dt.timedelta(days=1)
    shift = {"last": -1 if pod in ("NI", "EV") else 0, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    return [(m.start(), m.end(), "TIME", f"{ymd(base + _dt.timedelta(days=shift))}T{pod}")]


# a bare "end"/"start" before "this week" is a noun only after a preposition ("by end next
# year"); elsewhere it is the verb of the clause ("talks are due to end this weekend")
_BARE_EDGES = {"end", "start", "beginning"}
_EDGE_PREPS = {"by", "at", "until", "till", "before", "after", "from", "since", "around",
               "toward", "towards", "through", "of"}


def _half(edge: str | None, unit: str) -> str:
    """"the second half of last year" is the year's H2."""
    edge = (edge or "").lower()
    if unit != "year" or "half" not in edge:
        return ""
    return "-H1" if "first" in edge else "-H2"


_AFTER_DURATION = {"of", "ended", "ending", "to", "through", "in", "since", "before", "after",
                   "that", "and", "or", "when", "while", "as", "from", "until", "ago", "between",
                   "at", "on", "for", "was", "were", "is", "are", "has", "have", "had", "will",
                   "would", "the", "a", "an", "into", "earlier", "later", "prior", "this",
                   "last", "then", "he", "she", "it", "they", "we", "i", "you", "there",
                   # the clause's verb right after the stretch ("net for the nine months rose
                   # 12%"): irregular pasts and modals the -ed test does not catch
                   "rose", "fell", "grew", "shrank", "sank", "slid", "came", "went", "saw",
                   "stood", "ran", "brought", "rises", "falls", "grows", "remain", "remains",
                   "could", "should", "may", "might", "must", "can", "also", "did", "does"}


def _noun_follows(text: str, end: int) -> bool:
    m = re.match(r"\s+([a-z]+)\b", text[end:end + 30])
    if not m:
        return False
    w = m.group(1)
    return w not in _AFTER_DURATION and not w.endswith(("ed", "ing", "ly"))


_RANGE = re.compile(r"\s*[-–]\s*")


_SEASON_NOUN = re.compile(r"\s+(?:season|(?:school|academic)\s+year)(?!\w)", re.I)


def r_year(m, ctx):
    tail = ctx.text[m.end():m.end() + 30]
    if R.NOT_YEAR_AFTER.match(tail):
        return None
    if not m["edge"] and prev_word(ctx.text, m.start()) in _NOT_YEAR_BEFORE \
            and not re.match(r"\s*,", tail):
        return None
    year = int(m["year"])
    ctx.named_year = (m.end(), int(m["y2"]) if m["y2"] and len(m["y2"]) == 4 else year)
    if not m["y2"]:
        ctx.ref_year = year
        return [(m.start(), m.end(), "DATE", str(year) + _half(m["edge"], "year"))]
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else year // 100 * 100 + int(m["y2"])
    if y2 <= year:
        return None  # "1990-12" is more likely a code or a score than a range
    ctx.ref_year = y2
    if m["fyt"] or re.search(r"fiscal|financial|\bFY|year$", m.group(0), re.I):
        # "fiscal 2023-24", "the 2023-24 fiscal year": one year named by the two it spans,
        # valued by the year it ends in, as the ministries that name it abbreviate it
        return [(m.start(), m.end(), "DATE", str(y2))]
    named = _SEASON_NOUN.match(ctx.text, m.end())
    if named and y2 == year + 1 and len(m["y2"]) == 2:
        # "the 2025-26 season", "the 2024-25 school year": one season named by the two
        # years it spans, valued by the year it ends in as fiscal years are; its article
        # and noun inside, as with "the 2023-24 fiscal year"
        start = m.start() - 4 if ctx.text[max(0, m.start() - 4):m.start()].lower() == "the " \
            else m.start()
        return [(start, named.end(), "DATE", str(y2))]
    word = _MODIFIED_NOUN.match(ctx.text, m.end())
    if word and y2 == year + 1 and len(m["y2"]) == 2 and \
            word[1] not in _NOT_MODIFIED and not word[1].endswith("ed"):
        # "the 2026-27 budget", "its 2025-26 accounts": a year spanning two, written before
        # the noun it dates, is one year valued by the year it ends in, as a season or a
        # fiscal year is; only the years are marked (the budget is no period)
        return [(m.start(), m.end(), "DATE", str(y2))]
    first_end = m.start("year") + 4
    return [(m.start(), first_end, "DATE", str(year)), (m.start("y2"), m.end("y2"), "DATE", str(y2))]


# a lower-case word right after "2026-27": the noun (or its modifier) the span dates
_MODIFIED_NOUN = re.compile(r"\s+([a-z]+)\b")
_NOT_MODIFIED = {"to", "and", "or", "through", "until", "till", "from", "when", "while", "as",
                 "the", "a", "an", "in", "on", "at", "for", "by", "with", "was", "were", "is",
                 "are", "will", "would", "has", "had", "have", "but", "than", "after", "before",
                 "if", "because", "since", "that", "which", "who", "its", "their", "it", "they"}


def _clock_value(ctx: Context, hh: int, mm: int) -> str:
    day = ymd(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    return f"{day}T{hh:02d}:{mm:02d}"


def r_clock(m, ctx):
    h, mi = int(m["h"]), int(m["mi"] or 0)
    ap = m["ap"].lower()
    if not 1 <= h <= 12:
        return None
    if ap.startswith("p") and h != 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    return [(m.start(), m.end(), "TIME", _clock_value(ctx, h, mi))]


_CLOCK_BEFORE = {"at", "by", "until", "till", "around", "about", "before", "after", "from",
                 "to", "since", "past", "and"}


def r_clock_pod(m, ctx):
    h, mi, pp = int(m["h"]), int(m["mi"] or 0), m["pp"].split()[-1].lower()
    if not 1 <= h <= 12 or prev_word(ctx.text, m.start()) not in _CLOCK_BEFORE:
        return None  # "won 4 in the afternoon session" counts points
    if pp == "morning":
        h %= 12
    elif pp in ("afternoon", "evening") or (pp == "night" and h >= 6):
        h = h % 12 + 12
    return [(m.start(), m.end(), "TIME", _clock_value(ctx, h, mi))]


def r_clock24(m, ctx):
    if R.NOT_YEAR_AFTER.match(ctx.text, m.end()) or _AMOUNT_AFTER.match(ctx.text, m.end()):
        return None  # "sales at 2.46 billion guilders" is an amount
    return [(m.start(), m.end(), "TIME", _clock_value(ctx, int(m["h"]), int(m["mi"])))]


_YEAR_BEFORE = {"in", "since", "of", "the", "during", "early", "late", "mid", "until"}


def r_clock_tz(m, ctx):
    if len(m["h"]) == 1 and ctx.text[m.end("h")] not in ":.h":
        return None  # "530 GMT" is not a clock reading
    if ctx.text[m.end("h")] not in ":.h" and not m["tz"].isupper() and \
            prev_word(ctx.text, m.start()) in _YEAR_BEFORE:
        return None  # "in 1991 Soviet time": a year before a place's time
    return r_clock24(m, ctx)


r_clock_stamp = r_clock24  # a live blog's entry stamp ('14:32 —') reads as a 24-hour clock


_AMOUNT_AFTER = re.compile(r"\s*(?:million|billion|trillion|%|a\s+share|cents)\b", re.I)


def r_anchored_day(m, ctx):
    w = re.sub(r"\s+", " ", m["w"].lower())
    base = ctx.base()
    if base is None:
        return None
    words = set(w.split())  # by word: "afternoon" holds "after" but looks nowhere
    shift = 1 if words & {"next", "following", "after"} else \
        -1 if words & {"previous", "preceding", "prior", "before"} else 0
    if ctx.month_last and ctx.ref_month:
        # told after a month, the day is one of that month's: TimeML keeps the month known
        y, mo = ctx.ref_month
        return [(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}-XX")]
    d = base + _dt.timedelta(days=shift)
    pod = next((PARTS_OF_DAY[x] for x in w.split() if x in PARTS_OF_DAY), None)
    if pod:
        return [(m.start(), m.end(), "TIME", f"{ymd(d)}T{pod}")]
    return [(m.start(), m.end(), "DATE", ymd(d))]


# the resolvers of this module, by rule name; timex_registry adds the other modules' ones
# (they use the helpers above, so they import this module, never the other way round)
BASE_RESOLVERS: dict[str, Callable[[re.Match, Context], Found | None]] = {
    name[2:]: fn for name, fn in globals().items() if name.startswith("r_") and callable(fn)
}
