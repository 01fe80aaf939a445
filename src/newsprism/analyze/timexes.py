"""The timex stage: finds TIMEX3 expressions, resolves them, infers the publication date.
Inputs: the spaCy Doc (its tags tell past from future), the article blocks, a known date.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable

from ..records import Timex
from .pipeline import State, stage
from .timex_calendar import iso_week, weekday_near, ymd
from .timex_clock import CLOCK_VALUE as _CLOCK_VALUE
from .timex_clock import DAWN_WORDS as _DAWN_WORDS
from .timex_clock import FULL_DATE as _FULL_DATE
from .timex_clock import (attach_clock_times, bare_hour_ranges, clock_counted,
                          clock_range_order, date_clock_times, day_of_month_edge, part_of_date,
                          past_midnight, said_on)
from .timex_lexicon import DAY_ORDINALS, alternation, weekday_number
from .timex_registry import RESOLVERS
from .timex_resolve import Context, weekday_around
from .timex_rules import RULES, TRIGGERS
from .timex_spans import bare_count_ranges
from .timex_tense import Tenses

__all__ = ["find_timexes", "infer_published", "timexes_stage", "Tenses"]

_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-(\d)")


def _no_tense(start: int, end: int) -> None:
    return None


# --- candidates and resolution ---------------------------------------------------------
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")
_LEFT, _RIGHT = 60, 40  # how far an expression reaches beyond its trigger word


@functools.lru_cache(maxsize=2)
def _rules_by_word(english: bool) -> dict[str, list[int]]:
    """Which rules each trigger word wakes, built once per language family."""
    by_word: dict[str, list[int]] = {}
    for idx, rule in enumerate(RULES):
        if (rule.langs == "en" and not english) or (rule.langs == "other" and english):
            continue
        for w in TRIGGERS[rule.name]:
            by_word.setdefault(w, []).append(idx)
    return by_word


def _windows(text: str, lang: str) -> dict[int, list[tuple[int, int]]]:
    """For each rule, the merged stretches of text around its trigger words."""
    by_word = _rules_by_word((lang or "en") == "en")
    digit_rules = by_word.get("#", [])
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(text):
        w = m.group().lower()
        rules = by_word.get(w)
        if not w.isalpha() and _DIGIT.search(w):
            rules = (rules or []) + digit_rules
        if not rules:
            continue
        lo, hi = max(0, m.start() - _LEFT), min(len(text), m.end() + _RIGHT)
        for idx in rules:
            lst = spans.setdefault(idx, [])
            if lst and lo <= lst[-1][1]:
                lst[-1] = (lst[-1][0], hi)
            else:
                lst.append((lo, hi))
    return spans


def _candidates(text: str, lang: str) -> list[tuple[int, int, int, re.Match]]:
    out = []
    for idx, windows in _windows(text, lang).items():
        pattern = RULES[idx].pattern
        for lo, hi in windows:
            gap = _SPACE.search(text, hi)  # never cut a word at the window's end
            for m in pattern.finditer(text, lo, gap.start() if gap else len(text)):
                if m.end() > m.start():
                    out.append((m.start(), -m.end(), idx, m))
    out.sort(key=lambda c: c[:3])
    return out


def _resolve(cands, ctx: Context) -> list[tuple[int, int, str, str]]:
    """Longest match first at each position; a rejected candidate makes way for the next."""
    found: list[tuple[int, int, str, str]] = []
    taken = 0
    for start, neg_end, idx, m in cands:
        if start < taken:
            continue
        try:
            got = RESOLVERS[RULES[idx].name](m, ctx)
        except (ValueError, OverflowError):  # "10,000 years ago" leaves the calendar
            got = None
        if not got or (RULES[idx].name in _NEVER_TITLES and _title(ctx.text, start, -neg_end)):
            continue
        for item in got:
            found.append(item)
            _remember(ctx, item, RULES[idx].name in _WRITTEN_DATES)
        taken = max(-neg_end, got[-1][1])  # "April 24 and 25, 1999" reaches past its match
    found = _weekday_pairs(ctx.text, _join_durations(ctx.text, found), ctx.anchor)
    found = _counted_from_day(ctx.text, _told_from_next(ctx.text, found), ctx.anchor)
    found = _join_date_year(ctx.text, _join_weekday_dates(ctx.text, found))
    found = day_of_month_edge(ctx.text, found)
    found = part_of_date(ctx.text, found)
    out = attach_clock_times(ctx.text, found)
    out = past_midnight(ctx.text, date_clock_times(ctx.text, out, ctx), ctx.anchor)
    out = bare_count_ranges(ctx.text, bare_hour_ranges(ctx.text, clock_counted(ctx.text, out)))
    return _widen(ctx.text, clock_range_order(ctx.text, out))


_AROUND = re.compile(r"\b(?:around|approximately)\s+$", re.I)
_ABOUT = re.compile(r"\babout\s+$", re.I)
_WEEK_OF = re.compile(r"\bthe\s+week(?P<end>end)?\s+of\s+$", re.I)
_COUNTED = re.compile(r"(?:\d|an?\s|half\b|one|two|three|four|five|six|seven|eight|nine|ten"
                      r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred)", re.I)
# "about" as the topic of talk ("spoke about two years in prison") is no approximation
_ABOUT_TOPIC = re.compile(r"\b(?:talk\w*|spoke|speak\w*|told|tell\w*|said|say|says|wr[io]te"
                          r"|written|think\w*|thought|know\w*|knew|learn\w*|heard|hear\w*"
                          r"|worr\w+|care[sd]?|complain\w*|story|stories|film|book|questions?"
                          r"|concerns?|bring\w*|brought|came|come|comes)\s+about\s+$", re.I)
_EARLIER = re.compile(r"\b(?:earlier|later)\s+$", re.I)
_EDGE_OF = re.compile(r"\bthe\s+(?:end|start|beginning|middle)\s+of\s+$", re.I)
# "the last days of", "the first few weeks of": a stretch at one end of the date after it
_STRETCH_OF = re.compile(r"(?i)\bthe\s+(?:first|last|final|closing|opening|early|dying)\s+"
                         r"(?:few\s+)?(?P<unit>days|weeks|months)\s+of\s+$")
# a month, a year, a season, quarter or half, or a week: dates longer than a stretch of days
_WHOLE_VALUE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d))?$")
_PART_VALUE = re.compile(r"^\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$")


def _widen(text: str, found: list) -> list:
    """Words TimeML keeps inside a date's extent: "around Nov. 1" (an approximate date)
    and "the week of March 6", which names the week rather than the day ("the weekend of
    15 August" its weekend)."""
    out = []
    for start, end, type_, value in found:
        before = text[max(0, start - 20):start]
        week = _WEEK_OF.search(before)
        day = _FULL_DATE.match(value)
        if week and day and "T" not in value:
            d = _dt.date(int(day[1]), int(day[2]), int(day[3]))
            y, w, _ = d.isocalendar()
            wide = start - len(before) + week.start()
            # "the weekend of 15 August": the weekend of the ISO week holding that day, one
            # DATE as "the week of" is (the weekend found alone before it gives way)
            out = [f for f in out if not (wide <= f[0] and f[1] <= start)]
            out.append((wide, end, "DATE", f"{y:04d}-W{w:02d}" + ("-WE" if week["end"] else "")))
            continue
        stretch = _STRETCH_OF.search(text, max(0, start - 40), start) \
            if type_ == "DATE" and _WHOLE_VALUE.match(value) else None
        if stretch and (stretch["unit"].lower() != "months" or len(value) == 4):
            # "the last days of March", "the first weeks of 2027": one DATE at the month or
            # year (TimeML's mod START/END, which the value leaves out), as "the end of next
            # year" is; the stretch found alone before it gives way
            out = [f for f in out if not (stretch.start() <= f[0] and f[1] <= start)]
            out.append((stretch.start(), end, type_, value))
            continue
        edge = _EDGE_OF.search(before) if type_ == "DATE" and _PART_VALUE.search(value) \
            and text[start:start + 4].lower() == "the " else None
        if edge:
            # "by the end of the first quarter", "at the start of the summer": the edge is
            # inside, as in "the end of the year" (TimeML's mod, which the value leaves out)
            start -= len(before) - edge.start()
        told = _EARLIER.search(before)
        if told and text.startswith(("that ", "That "), start):
            start -= len(before) - told.start()  # "Earlier that day": the whole phrase
        around = _AROUND.search(before)
        about = _ABOUT.search(before) if _CLOCK_VALUE.search(value) else None
        if around and out and out[-1][2] == "DURATION" and \
                not text[out[-1][1]:start - len(before) + around.start()].strip():
            around = None  # "shut for three weeks around Lunar New Year": the stretch about it
        if around and type_ in ("DATE", "TIME") and (value[:1].isdigit() or value[:2] == "BC") and \
                not re.match(r"['’]s\b", text[end:end + 2]):  # "get around Friday's ruling"
            start -= len(before) - around.start()
        elif about and type_ == "TIME":  # "at about 2:50 p.m.": an approximate clock time
            start -= len(before) - about.start()
        elif (type_ == "DURATION" or text[start:end].lower().endswith(" ago")) and \
                _COUNTED.match(text, start):
            about = _ABOUT.search(before)  # "for about two weeks", "about a year ago": APPROX
            if about and not _ABOUT_TOPIC.search(text, max(0, start - 40), start):
                start -= len(before) - about.start()
        out.append((start, end, type_, value))
    return out


# rules whose phrases, capitalised word by word mid-sentence, name a programme or a work
# ("ABC's This Week", "CBS's 60 Minutes") rather than a time
_NEVER_TITLES = {"relative_unit", "duration", "duration_rel", "ref", "part_of_day", "ago",
                 "the_year", "deictic", "anchored_day", "set_every", "set_per", "the_weekend"}
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’-]*$")
_OPENS = re.compile(r"(?:^|[.!?:;]|\n)[\s\"“'‘`(]*$")


def _title(text: str, start: int, end: int) -> bool:
    """Whether the span is capitalised word by word inside running text: a title."""
    words = text[start:end].split()
    if len(words) < 2 or not all(_TITLE_WORD.match(w) for w in words):
        return False
    if _OPENS.search(text, max(0, start - 12), start):
        return False
    # in a headline every word is capitalised: "Talks To Resume Next Week" is still a date
    line = text[max(0, start - 60):start].rsplit("\n", 1)[-1].split()[-4:]
    capitals = sum(1 for w in line if w[:1].isupper() or w[:1].isdigit())
    return not (len(line) >= 2 and capitals >= len(line) - (len(line) > 3))


_DURATION_PARTS = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?"
                             r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_AND_GAP = re.compile(r",?\s+(?:and\s+)?")  # "4 minutes 19 seconds" needs no "and"
_SPACE_GAP = re.compile(r"\s+")
_PART_CODES = ("Y", "M", "W", "D", "H", "M", "S")


def _join_durations(text: str, found: list) -> list:
    """"Four minutes and 19 seconds", "two years and three months": one length of time
    told in two units is one TIMEX3 (PT4M19S), the larger unit first."""
    out: list = []
    for item in found:
        prev = out[-1] if out else None
        if prev and prev[2] == item[2] == "DURATION" and \
                _AND_GAP.fullmatch(text, prev[1], item[0]):
            joined = _sum_durations(prev[3], item[3])
            if joined:
                out[-1] = (prev[0], item[1], "DURATION", joined)
                continue
        if prev and prev[2] == "DURATION" and item[2] == "SET" and \
                _SPACE_GAP.fullmatch(text, prev[1], item[0]) and \
                text[item[0]:item[1]].lower().startswith(("a ", "an ", "per ")):
            # "six days a week" is one recurrence (TimeML's SET, its value the period)
            out[-1] = (prev[0], item[1], "SET", item[3])
            continue
        out.append(item)
    return out


def _sum_durations(first: str, second: str) -> str | None:
    a, b = _DURATION_PARTS.match(first), _DURATION_PARTS.match(second)
    if not (a and b):
        return None
    used_a = [i for i in range(7) if a[i + 1]]
    used_b = [i for i in range(7) if b[i + 1]]
    if not used_a or not used_b or max(used_a) >= min(used_b) or 2 in used_a + used_b:
        return None  # "two days and two days", weeks mixed with days: no single value
    parts = [a[i + 1] or b[i + 1] for i in range(7)]
    date = "".join(f"{n}{c}" for n, c in zip(parts[:4], _PART_CODES[:4]) if n)
    clock = "".join(f"{n}{c}" for n, c in zip(parts[4:], _PART_CODES[4:]) if n)
    return "P" + date + ("T" + clock if clock else "")


# "opens Monday and runs through Thursday": a range's end after a verb of lasting
_PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+(?:[a-z]+\s+){1,2}?(?:through|until|till)|and|or|"
                       r"through|to|until|[-–])\s*", re.I)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_BARE_WEEKDAY = re.compile(_WEEKDAY, re.I)
# the first of the pair may look ahead itself: "next Tuesday and Wednesday"
_AHEAD_WEEKDAY = re.compile(rf"(?:(?:next|this\s+coming|coming)\s+)?{_WEEKDAY}", re.I)


def _weekday_pairs(text: str, found: list, anchor: _dt.date | None) -> list:
    """"Flights were canceled for Friday and Saturday" said on a Friday: two weekdays
    joined in one phrase are days in order, so once the first is today or still to come,
    the second follows it rather than lying a week back."""
    if anchor is None:
        return found
    out = list(found)
    for n in range(1, len(out)):
        (s1, e1, t1, v1), (s2, e2, t2, v2) = out[n - 1], out[n]
        if not (t1 == t2 == "DATE" and _AHEAD_WEEKDAY.fullmatch(text, s1, e1)
                and _BARE_WEEKDAY.fullmatch(text, s2, e2) and _PAIR_GAP.fullmatch(text, e1, s2)):
            continue
        d1, d2 = _FULL_DATE.match(v1), _FULL_DATE.match(v2)
        if not (d1 and d2) or len(v1) != 10 or len(v2) != 10:
            continue
        first = _dt.date(int(d1[1]), int(d1[2]), int(d1[3]))
        second = _dt.date(int(d2[1]), int(d2[2]), int(d2[3]))
        step = (second.isoweekday() - first.isoweekday()) % 7
        ranged = not re.fullmatch(r"\s*(?:,\s*)?(?:and|or)\s*", text[e1:s2], re.I)
        # a range never ends before it starts: "from Monday through Wednesday" said on a
        # Tuesday is not Monday to last week's Wednesday
        if (first >= anchor or ranged) and 0 < step <= (6 if ranged else 2) and second < first:
            out[n] = (s2, e2, t2, ymd(first + _dt.timedelta(days=step)))
    return out


_FROM_GAP = re.compile(r"\s+from\s+", re.I)
_DAYS_OR_WEEKS = re.compile(r"P(\d{1,2})([DW])")
_WEEKS_AGO = re.compile(r"(an?|one|two|three|four|\d)\s+weeks?\s+ago", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4}
_SPAN_BEFORE = re.compile(r"\b(?:for|over|within|during|lasting)\s+$", re.I)  # a stretch


def _counted_from_day(text: str, found: list, anchor: _dt.date | None) -> list:
    """"A week from Tuesday", "two weeks from today": one DATE, the day that many days or
    weeks after the day named (TimeML's anchored date; a bare weekday is the one nearest
    publication, either side, as "the next contests are a week from Tuesday" said the day
    after a Tuesday counts from it)."""
    if anchor is None or len(found) < 2:
        return found
    out: list = []
    skip = False
    for n, item in enumerate(found):
        if skip:
            skip = False
            continue
        nxt = found[n + 1] if n + 1 < len(found) else None
        back = _WEEKS_AGO.fullmatch(text, item[0], item[1]) if item[2] == "DATE" else None
        if back and nxt and nxt[2] == "DATE" and re.fullmatch(r" ", text[item[1]:nxt[0]]) \
                and _BARE_WEEKDAY.fullmatch(text, nxt[0], nxt[1]):
            # "a week ago Tuesday": the Tuesday gone (or today), that many weeks further back
            weeks = 1 if back[1].lower() in ("a", "one") else _SMALL.get(back[1].lower()) \
                or int(back[1])
            base = weekday_near(anchor, weekday_number(text[nxt[0]:nxt[1]]), "past")
            out.append((item[0], nxt[1], "DATE", ymd(base - _dt.timedelta(weeks=weeks))))
            skip = True
            continue
        span = _DAYS_OR_WEEKS.fullmatch(item[3]) if item[2] == "DURATION" else None
        if not (span and nxt and nxt[2] == "DATE" and len(nxt[3]) == 10 and
                _FULL_DATE.match(nxt[3]) and _FROM_GAP.fullmatch(text, item[1], nxt[0]) and
                not text[item[0]:item[1]].lower().startswith("the ") and
                not _SPAN_BEFORE.search(text, max(0, item[0] - 12), item[0])):
            out.append(item)
            continue
        day = _FULL_DATE.match(nxt[3])
        base = _dt.date(int(day[1]), int(day[2]), int(day[3]))
        if _BARE_WEEKDAY.fullmatch(text, nxt[0], nxt[1]):
            base = weekday_around(anchor, weekday_number(text[nxt[0]:nxt[1]]))
        days = int(span[1]) * (7 if span[2] == "W" else 1)
        out.append((item[0], nxt[1], "DATE", ymd(base + _dt.timedelta(days=days))))
        skip = True
    return out


_DAY_OR_WEEKEND = re.compile(rf"(?:the\s+)?(?:(?P<wd>{_WEEKDAY})|weekend)", re.I)
_BEFORE_AFTER = re.compile(r"\s+(?P<dir>before|after)\s+", re.I)


def _told_from_next(text: str, found: list) -> list:
    """"The Friday after Thanksgiving", "the weekend before Christmas": a weekday or
    weekend told from the day named right after it, not from publication."""
    out = list(found)
    for n in range(len(out) - 1):
        (s1, e1, t1, _), (s2, e2, t2, v2) = out[n], out[n + 1]
        day = _DAY_OR_WEEKEND.fullmatch(text, s1, e1)
        gap = _BEFORE_AFTER.fullmatch(text, e1, s2)
        d = _FULL_DATE.match(v2)
        if not (day and gap and d and t1 == "DATE" and len(v2) == 10):
            continue
        ref = _dt.date(int(d[1]), int(d[2]), int(d[3]))
        way = gap["dir"].lower()
        if day["wd"]:
            value = ymd(weekday_near(ref, weekday_number(day["wd"]), way))
        else:  # the weekend's Saturday
            value = f"{iso_week(weekday_near(ref, 6, way))}-WE"
        out[n] = (s1, e1, t1, value)
    return out


# the weekday may carry its own modifier: "this coming Sunday, March 8" is one date too
_WEEKDAY_WORD = re.compile(rf"(?:^|\s){_WEEKDAY}$", re.I)


def _join_weekday_dates(text: str, found: list) -> list:
    """"Saturday, April 25" is one date: the explicit date decides the value."""
    out: list = []
    for item in found:
        if out and _FULL_DATE.match(item[3]) and "T" not in item[3]:
            prev = out[-1]
            if _WEEKDAY_WORD.search(text[prev[0]:prev[1]]) and \
                    _WRITTEN_DAY.match(text, item[0], item[1]) and \
                    re.fullmatch(r",?\s*", text[prev[1]:item[0]]):
                value = _weekday_year(text[prev[0]:prev[1]], text[item[0]:item[1]], item[3])
                out[-1] = (prev[0], item[1], "DATE", value)
                continue
        out.append(item)
    return out


# a date written out after a weekday ("Aug. 7", "7 August", "2020-08-07"), not "a day later"
_WRITTEN_DAY = re.compile(rf"(?:[A-Z][a-z]+\.?\s*)?(?:\d|(?:{alternation(DAY_ORDINALS)})\b)",
                          re.I)


_REL_YEAR = re.compile(r"(?i)(?:last|next|this)\s+year$")


def _join_date_year(text: str, found: list) -> list:
    """"On July 4 last year" is one DATE in the year named after it (2025-07-04), as "July
    last year" is; "July 4 next year" is next year's, whatever the month's own reading."""
    out: list = []
    for item in found:
        prev = out[-1] if out else None
        if prev and prev[2] == "DATE" and _FULL_DATE.match(prev[3]) and "T" not in prev[3] \
                and re.fullmatch(r"\d{4}", item[3]) and _REL_YEAR.fullmatch(text, item[0], item[1]) \
                and text[prev[1]:item[0]].strip() == "" \
                and re.search(r"\d", text[prev[0]:prev[1]]) \
                and not re.search(r"\d{4}", text[prev[0]:prev[1]]) \
                and not text.startswith(("'s", "’s"), item[1]):
            out[-1] = (prev[0], item[1], "DATE", f"{item[3]}{prev[3][4:]}")
            continue
        out.append(item)
    return out


def _weekday_year(day_text: str, date_text: str, value: str) -> str:
    """"Friday, Aug. 7" told without a year: the year, next to the one guessed, in which
    Aug. 7 is a Friday."""
    m = _FULL_DATE.match(value)
    wd = weekday_number(_WEEKDAY_WORD.search(day_text).group().strip())
    if not m or wd is None or re.search(r"\d{4}", date_text):
        return value
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    for year in (y, y - 1, y + 1):
        try:
            if _dt.date(year, mo, d).isoweekday() == wd:
                return f"{year:04d}{value[4:]}"
        except ValueError:
            continue
    return value


# rules whose dates are written out rather than counted from the publication date
_WRITTEN_DATES = {"iso", "numeric", "compact", "month_day", "day_month"}
# a date that sets the scene of its sentence: "On Oct. 2, 1999, ..." at a sentence start
_LEADS_SENTENCE = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:(?:On|In|By)\s+)?$")
# "since the company's May 18 debut": a stretch up to now, no setting for what follows
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;:!?]{0,24}$"
                           # "results for the three months to March 31": a period's end
                           # dates the accounts, not the story told after it
                           r"|\b(?:months|quarter|year|period|weeks|half)\s+"
                           r"(?:to|ended|ending|through)\s+$", re.I)
_YEAR_VALUE = re.compile(r"^\d{4}(?!\d)")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(?![\d])")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d\d)$")


# a month named as the base a figure is compared with: "up from March", "than in May"
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s+"
                              r"(?:in\s+)?$", re.I)


def _compared_month(ctx: Context, start: int) -> bool:
    """Whether a month is only the comparison base of a month told just before it in
    its sentence ("unemployment was 4.1% in April, unchanged from March"): a figure's
    "a year ago" then counts from April."""
    if ctx.dated_end < 0 or not ctx.month_last or \
            not _COMPARED_BEFORE.search(ctx.text, max(0, start - 30), start):
        return False
    gap = ctx.text[ctx.dated_end:start]
    return len(gap) < 80 and not re.search(r"[.;!?\n]", gap)


def _remember(ctx: Context, item: tuple, written: bool) -> None:
    """Keeps the last dates named, for expressions told relative to them."""
    value = item[3]
    if item[2] == "DURATION" and value == "P9M":
        ctx.last_nine = item[1]  # "for the nine months": a report's year to date
    if item[2] == "TIME" and (_CLOCK_VALUE.search(value) or
                              ctx.text[item[0]:item[1]].lower() in _DAWN_WORDS):
        # "at 7 a.m.", "at dawn" take their day later, from the days around them: they
        # name none ("left on Tuesday and arrived at dawn the next day": Wednesday)
        return
    if item[2] != "DURATION" and _YEAR_VALUE.match(value):
        ctx.ref_year = int(value[:4])  # "in June 1998 ... later that year"
    mv = _MONTH_VALUE.match(value)
    if mv and mv.end() == len(value) and _compared_month(ctx, item[0]):
        mv = None  # "4.1% in April, unchanged from March": the figure's month stays told
    if mv and 1 <= int(mv[2]) <= 12:
        ctx.ref_month = (int(mv[1]), int(mv[2]))
        # "last October ... that same day": the day lies in the month last named
        ctx.month_last = mv.end() == len(value)
        ctx.dated_end = item[1]
        ctx.dated_said = said_on(ctx.text, item[0])
    w = _WEEK_VALUE.match(value)
    if w and item[2] == "DATE":
        try:
            ctx.ref_week = _dt.date.fromisocalendar(int(w[1]), int(w[2]), 1)
        except ValueError:
            pass
    m = _FULL_DATE.match(value)
    if m:
        ctx.ref_week = None
        try:
            ctx.ref = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            ctx.ref_year = ctx.ref.year
        except ValueError:
            return
        if ctx.story_day is None and ctx.anchor and 0 <= (ctx.anchor - ctx.ref).days <= 3 \
                and not said_on(ctx.text, item[0]):
            ctx.story_day = ctx.ref  # the lede's day: the one the story is about
        if written:
            ctx.named_year = (item[1], ctx.ref.year)
            ctx.told, ctx.told_end = ctx.ref, item[1]
            ctx.told_lead = bool(_LEADS_SENTENCE.search(ctx.text, max(0, item[0] - 40), item[0]))
            ctx.told_since = bool(_SINCE_BEFORE.search(ctx.text, max(0, item[0] - 30), item[0]))


def find_timexes(doc, published: _dt.date | None, lang: str = "en") -> list[Timex]:
    """TIMEX3 expressions in ``doc`` (a spaCy Doc, or a plain string without tense cues),
    resolved against ``published``; sorted by position."""
    text = doc if isinstance(doc, str) else doc.text
    tense = _no_tense if isinstance(doc, str) else Tenses(doc)
    ctx = Context(text=text, anchor=published, lang=lang or "en", tense=tense)
    return [Timex(s, e, t, v) for s, e, t, v in _resolve(_candidates(text, lang), ctx)]


# --- publication date ------------------------------------------------------------------
_HEAD_KINDS = ("headline", "standfirst", "caption", "dateline", "byline")


def infer_published(doc, blocks: Iterable = (), lang: str = "en",
                    _cands=None, _tense=None, _text: str | None = None) -> _dt.date | None:
    """The publication date the text itself implies, or None.

    A dateline date wins. Otherwise explicit full dates give a lower bound, and weekdays
    told in past narration ("said on Thursday") move it to the nearest such weekday on or
    after that bound; a full date alone counts only where articles put their own date
    (headline, caption, dateline, byline, the opening lines)."""
    text = _text if _text is not None else doc if isinstance(doc, str) else doc.text
    tense = _tense or (_no_tense if isinstance(doc, str) else Tenses(doc))
    cands = _cands if _cands is not None else _candidates(text, lang)
    found = _resolve(cands, Context(text=text, anchor=None, lang=lang or "en", tense=tense))
    blocks = list(blocks)
    dated: list[tuple[_dt.date, int]] = []
    weekdays: list[int] = []
    for start, end, _type, value in found:
        m = _FULL_DATE.match(value)
        if m:
            # a date the text looks forward to ("the vote is set for ...") bounds nothing
            if tense(start, end) != "future" or _block_kind(blocks, start) == "dateline":
                try:
                    dated.append((_dt.date(int(m[1]), int(m[2]), int(m[3])), start))
                except ValueError:
                    pass
            continue
        w = _WEEKDAY_VALUE.match(value)
        if w and _type != "SET" and tense(start, end) in ("past", None):
            weekdays.append(int(w[1]))
    for d, start in dated:
        if _block_kind(blocks, start) == "dateline":
            return d
    if not dated:
        return None
    bound = max(d for d, _ in dated)
    if weekdays:
        return max(weekday_near(bound - _dt.timedelta(days=1), wd, "after") for wd in weekdays)
    latest_start = max(s for d, s in dated if d == bound)
    if _block_kind(blocks, latest_start) in _HEAD_KINDS or latest_start < 300:
        return bound
    return None


def _block_kind(blocks: list, pos: int) -> str | None:
    for b in blocks:
        if b.start <= pos < b.end:
            return b.kind
    return None


@stage("timexes", requires=("doc", "blocks"), provides=("timexes", "published"))
def timexes_stage(state: State) -> dict:
    lang = (state.language or "en").replace("_", "-").split("-")[0].lower() or "en"
    doc = state.doc
    text = doc.text  # spaCy rebuilds this string on every access
    cands = _candidates(text, lang)
    tense = Tenses(doc)
    published, inferred = state.given_published, False
    if published is None:
        published = infer_published(doc, state.values.get("blocks", ()), lang, cands, tense,
                                    text)
        inferred = published is not None
    ctx = Context(text=text, anchor=published, lang=lang, tense=tense)
    timexes = tuple(Timex(s, e, t, v) for s, e, t, v in _resolve(cands, ctx))
    return {"timexes": timexes, "published": (published, inferred)}
