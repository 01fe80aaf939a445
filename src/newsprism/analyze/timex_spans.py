"""Resolves spans of time and dates counted from another: "three weeks", "the past two
years", "two days ago", "a year earlier", and rates such as "$5 million a year".
Inputs: a timex_rules match and a Context (publication date, dates named before)."""
# A span counted back or ahead ("a year earlier") is told from the date the text last
# named when there is one near, else from publication; Context carries those dates.
from __future__ import annotations

import datetime as _dt
import re

from . import timex_rules as R
from .timex_calendar import count, duration_value, iso_week, quantity, shifted_value, ymd
from .timex_lexicon import unit_code
from .timex_resolve import SENTENCE_END, Context, _noun_follows, prev_word


_PER_BEFORE = {"once", "twice", "thrice", "times", "percent", "million", "billion",
               "thousand", "hundred", "cents", "dollars", "%"}


def per_context(text: str, start: int) -> bool:
    """A rate: "twice a week", "$5 million a year", "four flights a week"; not after a
    comma ("the party at 30 percent, a month before the vote")."""
    if _COMMA_BEFORE.search(text, max(0, start - 4), start):
        return False
    w = prev_word(text, start)
    if w in _PER_BEFORE or _AMOUNT.fullmatch(w):
        return True
    if _COUNTED_SUM.search(text, max(0, start - 50), start):
        return True
    counted = _COUNTED.search(text, max(0, start - 40), start)
    return bool(counted) and (_AMOUNT.fullmatch(counted[1]) is not None or
                              counted[1].lower() in _COUNT_WORDS)


_AMOUNT = re.compile(r"[$€£]?\d[\d,.]*%?")
_COMMA_BEFORE = re.compile(r"[,;:(]\s*$")
# "four flights a week", "$85 billion of bonds a month": an amount of things counted
_COUNTED = re.compile(r"([\w$€£,.%-]+)\s+(?:of\s+)?[a-z]+s\s+$")
# "$40 billion of mortgage bonds a month": a sum in a scale word, of things with a modifier
_COUNTED_SUM = re.compile(r"[$€£]?\d[\d,.]*\s+(?:hundred|thousand|million|billion|trillion)"
                          r"\s+of\s+(?:[a-z]+\s+)?[a-z]+s\s+$")
# the words that may count things before "a week" (the union made once, not per match)
_COUNT_WORDS = (set(R.NUMBER_WORDS) - {"a", "an", "one"}) | _PER_BEFORE


_THAN = re.compile(r"\s+than\b", re.I)
_COUNTED_FROM = re.compile(r"\s+(?:later|earlier|ago)\b", re.I)


def r_ago(m, ctx):
    qty, unit = count(m), m["unit"].lower()
    code = unit_code(unit)
    if qty is None or code is None:
        return None
    later = m["dir"].lower().split()[0] in ("later", "from", "hence")
    if _THAN.match(ctx.text, m.end()):
        # "three weeks earlier than planned" measures a gap; it dates nothing
        value = duration_value(qty, unit)
        end = m.end("hu") if m["hu"] else m.end("unit")
        return [(m.start(), end, "DURATION", value)] if value else None
    if qty == "X":
        if later and m["dir"].lower() == "later" and ctx.tense(m.start(), m.end()) == "past":
            # "A few days later, X announced ...": after a past event, not in the future;
            # only the stretch itself has a value
            end = m.end("hu") if m["hu"] else m.end("unit")
            return [(m.start(), end, "DURATION", duration_value(qty, unit))]
        return [(m.start(), m.end(), "DATE", "FUTURE_REF" if later else "PAST_REF")]
    base = ctx.anchor if m["dir"].lower() in ("ago", "back", "hence") or \
        m["dir"].lower().startswith("from") else _month_told(ctx, m.start()) or ctx.base()
    if base is ctx.anchor and code in ("DE", "CE") and ctx.ref_year and \
            m["dir"].lower() in ("later", "earlier"):
        base = _dt.date(ctx.ref_year, 6, 15)  # "in 1994 ... a decade later": 2004's decade
    elif code == "Y" and m["dir"].lower() in ("later", "earlier") and \
            _named_year_near(ctx, m.start()):
        # "In 1998 it moved. Two years later ...": 2000, counted from the year just named
        # (never from a year itself counted back, or "a year earlier" would chain)
        base = _dt.date(ctx.named_year[1], 6, 15)
    if code in ("H", "S") or unit.startswith(("minute", "min")):
        # "an hour later" counts from an event whose clock time is rarely told: the
        # stretch itself is the expression, as TimeBank marks it
        end = m.end("hu") if m["hu"] else m.end("unit")
        return [(m.start(), end, "DURATION", duration_value(qty, unit))]
    if base is None or (base is ctx.anchor and m["dir"].lower() == "later" and
                        ctx.tense(m.start(), m.end()) == "past"):
        # "opened a year ago and closed two months later": told in the past with no date
        # named to count from, it follows some event, not publication; only the stretch
        # is known
        end = m.end("hu") if m["hu"] else m.end("unit")
        return [(m.start(), end, "DURATION", duration_value(qty, unit))]
    n = float(qty) * (-1 if not later else 1)
    half = half_told(ctx, m.start()) if code == "Y" and abs(n) == 1 else None
    if half:
        return [(m.start(), m.end(), "DATE", f"{half[0] + int(n)}-H{half[1]}")]
    if code == "Y" and abs(n) == 1 and _quarter_context(ctx, m.start()):
        _, qy, q = ctx.last_quarter
        return [(m.start(), m.end(), "DATE", f"{qy + int(n)}-Q{q}")]
    compared = _compared_date(ctx, m.start(), code, m["dir"].lower()) if n == -1 else None
    if compared:  # "9 percent in November, down from 10 percent a year earlier": Nov. too
        return [(m.start(), m.end(), "DATE", compared)]
    if code in ("W", "2W") and base is ctx.ref and m["dir"].lower() in ("later", "earlier"):
        # "held on March 30, and a week later": counted from a day the text named, the
        # result is that day's grain (TimeBank has no weeks counted from a day to follow)
        days = round((7 if code == "W" else 14) * n)
        return [(m.start(), m.end(), "DATE", ymd(base + _dt.timedelta(days=days)))]
    return [(m.start(), m.end(), "DATE", shifted_value(base, code, unit, n))]


def _month_told(ctx: Context, start: int) -> _dt.date | None:
    """The month named last, when it is the last date told and lies in this sentence or
    the one before: "released in February 1990, and four years later" counts from it,
    not from a day named earlier in the story."""
    if not ctx.month_last or ctx.ref_month is None or ctx.dated_end < 0:
        return None
    gap = ctx.text[ctx.dated_end:start]
    if len(gap) > 300 or "\n\n" in gap or len(SENTENCE_END.findall(gap)) > 1:
        return None
    return _dt.date(ctx.ref_month[0], ctx.ref_month[1], 15)


def _compared_date(ctx: Context, start: int, code: str, direction: str) -> str | None:
    """The month a year (or "a month earlier", one month) before the one just named in
    this sentence: a monthly figure compared with its value before is counted from its own
    month, not from publication. After a day, "a year earlier" is that day a year before
    (TimeBank's "Aug. 12 ... a year earlier" is 1988-08-12); "a year ago" counts from
    publication and keeps the year."""
    if code not in ("Y", "M") or (code == "M" and direction not in ("earlier", "before")):
        return None  # "a month ago" still counts from the publication day
    if ctx.dated_end < 0 or ctx.ref_month is None:
        return None
    gap = ctx.text[ctx.dated_end:start]
    if len(gap) > 200 or SENTENCE_END.search(gap) or "\n" in gap:
        return None
    if not ctx.month_last:
        # "turnout in Sunday's referendum ... a similar vote a year earlier": a day the
        # news happened on is compared with the same day a year before (not a day that
        # only dates a saying: "output rose, the ministry said on Monday")
        if code == "Y" and direction in ("earlier", "before") and ctx.ref is not None and \
                not ctx.dated_said:  # "a year ago" still counts from publication
            return _year_before(ctx.ref)
        return None
    y, mo = ctx.ref_month
    if code == "M":
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return f"{y:04d}-{mo:02d}"
    return f"{y - 1:04d}-{mo:02d}"


def r_this_time(m, ctx):
    """"Up from 11.2 percent this time last year" after "in April" is last April; with no
    month named just before, the same day a year before publication ("this time" is a
    point, told at the grain of the day it is said on)."""
    if ctx.anchor is None:
        return None
    value = _compared_date(ctx, m.start(), "Y", "earlier") or _year_before(ctx.anchor)
    return [(m.start(), m.end(), "DATE", value)]


def _year_before(day: _dt.date) -> str:
    try:
        return ymd(day.replace(year=day.year - 1))
    except ValueError:  # 29 February
        return ymd(day.replace(year=day.year - 1, day=28))


def _named_year_near(ctx: Context, start: int) -> bool:
    """Whether a year was written out (not counted) in this sentence or the one before."""
    if ctx.named_year is None:
        return False
    gap = ctx.text[ctx.named_year[0]:start]
    return len(gap) < 300 and len(SENTENCE_END.findall(gap)) <= 1 and "\n\n" not in gap


def _quarter_context(ctx: Context, start: int) -> bool:
    return ctx.last_quarter is not None and 0 <= start - ctx.last_quarter[0] < 400


def half_told(ctx: Context, start: int) -> tuple[int, int] | None:
    """The (year, half) a report named last, when it was named after any quarter and
    not long before: "first-half profit ... up from a year earlier" compares halves."""
    h = ctx.last_half
    if h is None or not 0 <= start - h[0] < 400:
        return None
    if ctx.last_quarter is not None and ctx.last_quarter[0] > h[0]:
        return None
    return h[1], h[2]


# words before "last" that make it the verb: "the strike could last two weeks", "and last
# a month", "is expected to last"
_LAST_VERB_BEFORE = {"to", "and", "or", "not", "n't", "will", "would", "could", "can", "may",
                     "might", "should", "must", "shall", "which", "that", "who", "usually",
                     "typically", "normally", "often", "only", "still", "also"}


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # a lower-case word: a noun the age is of
# the young whose age is told in days, weeks or months
_YOUNG = {"baby", "babies", "infant", "infants", "girl", "girls", "boy", "boys", "son", "sons",
          "daughter", "daughters", "child", "children", "newborn", "newborns", "twins",
          "puppy", "puppies", "cub", "cubs", "calf", "foal", "kitten", "kittens", "toddler",
          "grandson", "granddaughter", "niece", "nephew", "patient", "victim"}


def r_duration(m, ctx):
    """The stretch itself; "last" stays out when it is the verb ("could last two weeks")."""
    got = _duration(m, ctx)
    if got and (m["rel"] or "").lower() == "last" and not (m["the"] or m["mod"]) and \
            prev_word(ctx.text, m.start()) in _LAST_VERB_BEFORE:
        start, end, type_, value = got[0]
        if type_ == "DURATION" and start == m.start():
            return [(m.start("q"), end, type_, value)] + got[1:]
    return got


def _duration(m, ctx):
    if m["old"]:
        # "the 61-year-old" is a person's age, not a time expression; "the 8-month-old
        # truce", "a two-week-old ceasefire" tell how long a thing has lasted
        nxt = _NEXT_WORD.match(ctx.text, m.end())
        if not (m["unit"].lower().rstrip("s") in ("day", "week", "month") and nxt and
                nxt[1].lower() not in _YOUNG):
            return None
        value = duration_value(count(m), m["unit"].lower())
        return [(m.start("q"), m.end(), "DURATION", value)] if value else None
    q, unit = (m["q"] or "").lower(), m["unit"].lower()
    if q in ("a", "an") and (per_context(ctx.text, m.start()) or unit.startswith("sec")):
        return None
    if q in ("a", "an") and unit.endswith("s"):
        return None  # "a decades-long feud": the article is the feud's, not a count
    if q == "many" and prev_word(ctx.text, m.start()) == "as":
        return None  # "the fourth attack in as many days" counts attacks
    if q == "some" and not unit.endswith("s"):
        return None  # "some day" is a vague future, not a span
    if q == "one" and unit == "day" and prev_word(ctx.text, m.start()) in _MODALS:
        # "Islam will one day be ...": a vague future, not a day-long stretch
        return [(m.start(), m.end(), "DATE", "FUTURE_REF")]
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", q) and (unit.startswith(("quarter", "half")) or
                                                  (unit.endswith("s") and not m["the"])):
        # "the 1988 quarter" is a date (r_quarter), not 1988 quarters; "ushered in 2013
        # hours before New York" names the year
        return None
    if unit.startswith("quarter") and _FRACTION_OF.match(ctx.text, m.end()):
        return None  # "three-quarters of its food" is a share, not a span of time
    if (m["rel"] or "").lower() in ("first", "last") and _OF_A_YEAR.match(ctx.text, m.end()) \
            and (q, unit) in _PART_OF_A_YEAR:
        return None  # "the first two quarters of 1990" is a half year (r_months_of)
    if m["rel"] and not m["mod"] and _COUNTED_FROM.match(ctx.text, m.end()):
        return None  # "the final four days later": the final (a match) and a day counted on
    if m["q2"] and re.fullmatch(r"\s+to\s+", ctx.text[m.end("q"):m.start("q2")]) and \
            not (m["the"] or m["rel"] or m["mod"] or m["long"] or m["hq"] or m["old"]) and \
            re.fullmatch(r"\s+", ctx.text[m.end("q2"):m.start("unit")]):
        # "two to six days": each end of a range is a TIMEX3 of its own, as the written
        # ranges' convention has it ("between 1 and 3 p.m."), the bare first count taking
        # the unit after the second ("two" P2D, "six days" P6D, as TimeBank marks it once)
        first, second = quantity(m["q"]), quantity(m["q2"])
        if first not in (None, "X") and second not in (None, "X"):
            return [(m.start("q"), m.end("q"), "DURATION", duration_value(first, unit)),
                    (m.start("q2"), m.end(), "DURATION", duration_value(second, unit))]
    qty = "X" if m["q2"] else count(m)  # "two or three weeks": a span of unsure length
    value = duration_value(qty, unit) if qty else None
    if value is None:
        return None
    start = m.start()
    adjective = "-" in ctx.text[m.end("q"):m.start("unit")]
    bare = m["the"] and not m["rel"] and not m["mod"]
    if bare and (adjective or _noun_follows(ctx.text, m.end())):
        start = m.start("q")  # "the forty days memorial": "the" belongs to the noun
    elif adjective and m["rel"] and not m["mod"] and _noun_follows(ctx.text, m.end()):
        start = m.start("q")  # "the first two-day closure": the ordinal counts closures
    if q in ("a", "an") and m["long"] and not m["mod"]:
        start = m.start("unit")  # "a day-long meeting": the article is the meeting's
    if (m["rel"] or "").lower() == "last" and not (m["the"] or m["mod"]) and \
            prev_word(ctx.text, m.start()) in _MODALS | {"not", "n't", "usually", "often"}:
        start = m.start("q")  # "is expected to last several weeks": the verb stays out
    ahead = _counted_ahead(m, ctx, qty, unit, adjective)
    if ahead:
        return ahead
    return [(start, m.end(), "DURATION", value)]


# "the first rise in two weeks", "its highest in three months": a stretch, not a date ahead
_WITHIN_BEFORE = re.compile(r"\b(?:first|second|third|last|time|times|highest|lowest|best|"
                            r"worst|biggest|largest|smallest|most|least|record|once|twice)"
                            r"\b[^,.;:!?]{0,30}\s+in\s+$", re.I)


# "will play three matches in eight days", "$5 billion in two years": a count spread over
# the stretch, not a date that far ahead
_COUNT_BEFORE = re.compile(r"(?:\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|dozens?\s+of|several)\s+(?:[a-z-]+\s+)?[a-z]+s"
                           r"|\b(?:million|billion|trillion|percent)|%)\s+in\s+$", re.I)


def _counted_ahead(m, ctx, qty, unit: str, adjective: bool):
    """"The run-off is in two weeks", "results will come in three days": a whole number of
    days, weeks, months or years after "in", told of what is still to come, is the date
    that far from publication (TimeBank: "redeemed in five years" is 1994), at the unit's
    grain; the preposition stays out of the span."""
    if ctx.anchor is None or prev_word(ctx.text, m.start()) != "in" or qty in (None, "X") or \
            m["the"] or m["rel"] or m["mod"] or m["q2"] or m["long"] or adjective or \
            m["hq"] or m["hu"] or not float(qty).is_integer():
        return None
    code = unit_code(unit)
    if code not in ("D", "W", "2W", "M", "Y") or _WITHIN_BEFORE.search(
            ctx.text, max(0, m.start() - 60), m.start()) or _COUNT_BEFORE.search(
            ctx.text, max(0, m.start() - 50), m.start()):
        return None
    if ctx.tense(m.start(), m.end()) not in ("future", "present"):
        return None
    return [(m.start(), m.end(), "DATE", shifted_value(ctx.anchor, code, unit, float(qty)))]


_MODALS = {"will", "would", "could", "might", "may", "can", "should", "must", "to", "'ll",
           "’ll", "shall"}
_PART_OF_A_YEAR = {("three", "months"), ("3", "months"), ("six", "months"), ("6", "months"),
                   ("two", "quarters"), ("2", "quarters")}
_OF_A_YEAR = re.compile(r"\s+of\s+(?:(?:1[5-9]|20)\d\d|(?:the|this|last|next)\s+year)\b",
                        re.I)
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|all|a|an|this|that|these|"
                          r"those|total)\b", re.I)
_OF_SOMETHING = re.compile(r"\s+of\s", re.I)


def r_duration_rel(m, ctx):
    unit = m["unit"].lower()
    if unit.endswith("s") or unit == "centuries":
        return None  # plural without a count: "the coming months" is a reference (r_ref)
    rel = m["rel"].lower()
    if unit == "day" and m["the"] and rel in ("next", "following", "previous", "preceding") \
            and prev_word(ctx.text, m.start()) not in _SPAN_BEFORE:
        return None  # "the next day" is a date told from another (r_anchored_day)
    if rel == "last" and unit == "day" and m["the"] and _OF_SOMETHING.match(ctx.text, m.end()):
        return None  # "the last day of the sales": the end of a stretch, not 24 hours
    year = _the_next_year(m, ctx, unit, rel)
    if year is None and unit == "year" and rel == "past" and m["the"] and ctx.anchor and \
            m.group(0).count(" ") == 2:
        # "in the past year", "over the past year": TimeBank writes the year before
        # publication, a DATE as "last year" is (2 of 2; session 18's ruling by the data)
        year = ctx.anchor.year - 1
    if year is not None:
        return [(m.start(), m.end(), "DATE", str(year))]
    told = _the_next_told(m, ctx, unit, rel)
    if told is not None:
        return [(m.start(), m.end(), "DATE", told)]
    value = duration_value(count(m), unit)
    return [(m.start(), m.end(), "DURATION", value)] if value else None


def _the_next_told(m, ctx, unit: str, rel: str) -> str | None:
    """"On Feb. 20 police raided the office. The next week prosecutors filed charges": a
    bare "the next week/month" in a past clause, outside a span preposition, within 300
    characters after a day or month told, is the week or month after it, as "the following
    week" is; "over the next week", "for the next month" stay stretches."""
    if unit not in ("week", "month") or rel != "next" or not m["the"] or \
            m.group(0).count(" ") > 2 or ctx.dated_end < 0 or \
            not 0 <= m.start() - ctx.dated_end <= 300 or \
            prev_word(ctx.text, m.start()) in _SPAN_BEFORE | {"the", "of", "to", "until"} or \
            ctx.tense(m.start(), m.end()) != "past":
        return None
    if unit == "month" and ctx.ref_month:
        y, mo = ctx.ref_month
        return f"{y + mo // 12:04d}-{mo % 12 + 1:02d}"
    base = ctx.ref_week or (ctx.ref if not ctx.month_last else None)
    if unit == "week" and base is not None:
        return iso_week(base + _dt.timedelta(days=7))
    return None


def _the_next_year(m, ctx, unit: str, rel: str) -> int | None:
    """"Closed in 2019 and reopened the next year": a single "the next year" outside a span
    preposition, after a year written in this sentence or the one before, is the year
    after it, as "the following year" is; "over the next year" stays a span."""
    if unit != "year" or rel != "next" or not m["the"] or ctx.named_year is None or \
            prev_word(ctx.text, m.start()) in _SPAN_BEFORE | {"the"} or \
            re.search(r"\s+or\s+so$", m.group(0)) or m.group(0).count(" ") > 2 or \
            ctx.named_year[0] > m.start() or not _named_year_near(ctx, m.start()):
        return None
    return ctx.named_year[1] + 1


def r_long_unit(m, ctx):
    value = duration_value("X" if m["pl"] else "1", m["unit"])
    return [(m.start(), m.end(), "DURATION", value)] if value else None


_SPAN_BEFORE = {"over", "in", "within", "for", "during", "through", "throughout"}


def r_bare_units(m, ctx):
    if (m["unit2"] or m["unit4"]) and prev_word(ctx.text, m.start()) in _NOT_BARE:
        return None  # "in the days before", "a matter of days": no span of its own
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"] or \
        m["unit6"] or m["unit7"] or m["unit8"]
    return [(m.start(), m.end(), "DURATION", duration_value("X", unit))]


_NOT_BARE = {"the", "of", "those", "these", "recent", "few", "several", "many", "some",
             "trading", "business", "working", "calendar", "their", "its", "his", "her",
             "first", "last", "final", "early", "initial"}


SPAN_RESOLVERS = {name[2:]: fn for name, fn in list(globals().items())
                  if name.startswith("r_") and callable(fn)}


# "between two and three months": the bare first count is a duration of its own in the
# unit after the second, as a clock range's bare first hour is ("between 1 and 3 p.m.")
_BARE_COUNT = re.compile(r"(?i)\bbetween\s+(?P<q>\d{1,3}|" + R._NUMBERS + r")\s+and\s+$")
_PLAIN_DURATION = re.compile(r"P(?P<t>T?)\d+(?P<u>[YMWDHS])")


def bare_count_ranges(text: str, found: list) -> list:
    out: list = []
    for item in found:
        plain = _PLAIN_DURATION.fullmatch(item[3]) if item[2] == "DURATION" else None
        bare = plain and _BARE_COUNT.search(text, max(0, item[0] - 30), item[0])
        qty = quantity(bare["q"]) if bare else None
        if qty not in (None, "X") and not (out and out[-1][1] > bare.start("q")):
            out.append((bare.start("q"), bare.end("q"), "DURATION",
                        f"P{plain['t']}{qty}{plain['u']}"))
        out.append(item)
    return out
