"""Resolves the parts of a year and business news's time expressions: quarters, halves,
seasons, "the year-ago period", "Q3 2012", and rates and sets ("$5 million a year", "daily").
Inputs: a rule match, Context."""
# A report names its quarter once and then says "the quarter", "the year-earlier period"
# or "a year ago"; Context.last_quarter carries that quarter from one mention to the next.
from __future__ import annotations

import datetime as _dt
import re

from .timex_calendar import duration_value, quantity, quarter_of, safe_date, two_digit_year
from .timex_lexicon import (
    ORDINALS, PARTS_OF_DAY, SEASON_END_MONTH, SEASONS, number_value, spoken_year, weekday_number,
)
from .timex_resolve import (
    _BARE_MAY_BEFORE, _CAPITAL, _NAME_GOES_ON, Context, month_number, month_ok, prev_word,
)
from .timex_spans import _quarter_context, half_told, per_context


# "the year before," with nothing after it is counted from the year the text last named
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”]|and\b|$)")


def r_year_ago_adj(m, ctx):
    what = (m["what"] or "").lower()
    w = re.sub(r"[\s-]+", " ", m["w"].lower())
    if w in ("year before", "year after") and m["the"] and not what:
        if not _PHRASE_ENDS.match(ctx.text, m.end()):
            # "the year after the war" hangs on an event; "the year-before quarter" is
            # still an adjective, told from publication as before
            return None if w == "year after" else _year_ago_value(m, ctx, what)
        year = ctx.ref_year or (ctx.anchor.year if ctx.anchor else None)
        if year is None:
            return None
        return [(m.start(), m.end(), "DATE", str(year + (1 if w == "year after" else -1)))]
    if w == "year after":
        return None
    return _year_ago_value(m, ctx, what)


def _year_ago_value(m, ctx, what: str):
    if what.endswith("months"):
        n = number_value(what.split()[0])
        return [(m.start(), m.end(), "DURATION", f"P{n}M")] if n else None
    if ctx.anchor is None:
        return None
    half = half_told(ctx, m.start()) if what in ("", "period") else None
    if half:  # "first-half profit rose from the year-earlier period"
        return [(m.start(), m.end(), "DATE", f"{half[0] - 1}-H{half[1]}")]
    if "quarter" not in what and _nine_months_told(ctx, m.start()):
        # "For the nine months, net was ..., compared with year-earlier net of ...": the
        # same nine months a year before, a stretch of that year
        # (with no quarter named, the nine months are those to the quarter just ended)
        year = ctx.last_quarter[1] if ctx.last_quarter else \
            (ctx.anchor - _dt.timedelta(days=92)).year
        return [(m.start(), m.end(), "DATE", str(year - 1))]
    if "quarter" in what or "period" in what or _quarter_context(ctx, m.start()):
        if ctx.last_quarter and not _ahead_quarter(ctx):
            _, qy, q = ctx.last_quarter
            if "quarter" in what or "period" in what:
                # "the year-earlier period" names the report's quarter: still its subject
                ctx.last_quarter = (m.end(), qy, q)
        else:
            prev = ctx.anchor - _dt.timedelta(days=92)
            qy, q = prev.year, quarter_of(prev)
        ordinal = re.match(r"(first|second|third|fourth)", what)
        if ordinal:
            q = ORDINALS[ordinal.group(1)]
        return [(m.start(), m.end(), "DATE", f"{qy - 1}-Q{q}")]
    if "half" in what:
        half = 1 if "first" in what else 2
        return [(m.start(), m.end(), "DATE", f"{ctx.anchor.year - 1}-H{half}")]
    return [(m.start(), m.end(), "DATE", str(ctx.anchor.year - 1))]


_QUARTER_SHIFT = {"latest": -1, "last": -1, "previous": -1, "preceding": -1, "prior": -1,
                  "past": -1, "recent": -1, "current": 0, "this": 0, "next": 1, "coming": 1,
                  "following": 1}
# words that count from the quarter last named when there is one (TimeML anchors them to
# the reference time); "last" and "next" stay with the publication date
_STEP_FROM_NAMED = {"previous": -1, "preceding": -1, "prior": -1, "following": 1}


def r_quarter(m, ctx):
    ordw, unit = (m["ord"] or "").lower(), m["unit"].lower()
    yr_word = (m["yr"] or "").lower()
    if not ordw and not m["the"] and yr_word in ("", "its", "fiscal"):
        return None
    if re.match(r"[\s-]+century\b", ctx.text[m.end():m.end() + 10]):
        return None  # "the quarter century since the war": 25 years, no quarter of a year
    if m["plural"]:
        if ordw in ORDINALS and unit == "quarter" and not m["ago"]:
            return [(m.start(), m.end(), "SET", f"XXXX-Q{ORDINALS[ordw]}")]
        return None
    a = ctx.anchor
    year = _quarter_year(m, a)
    back = 1 if m["ago"] else 0  # "the quarter a year ago"
    start = m.start()
    hyphen = "-" in ctx.text[m.end("ord"):m.start("unit")] if ordw else False
    if yr_word == "its" or (hyphen and m["the"] and not m["yr"]):
        start = m.start("fis") if m["fis"] else m.start("ord")  # "its third-quarter profit"
    if ordw in ORDINALS:
        n = ORDINALS[ordw]
        half_named = unit == "half" and ctx.last_half is not None and \
            0 <= m.start() - ctx.last_half[0] < 300
        if unit == "half" and (n > 2 or not (m["yr"] or m["yr2"] or m["fis"] or half_named
                                             or _economy_half(ctx.text, m))):
            return None  # "the second half" alone is more often a match than a year
        if year is None and half_named:
            year = ctx.last_half[1]  # "fell in the first half of 2026 ... in the second half"
        if unit == "quarter" and not (m["yr"] or m["yr2"] or m["fis"]) and \
                _match_quarter(ctx.text, m):
            return None
        if year is None:
            if a is None:
                return [(m.start(), m.end(), "DATE", f"XXXX-{unit[0].upper()}{n}")]
            year = a.year
            now = quarter_of(a) if unit == "quarter" else (1 if a.month <= 6 else 2)
            ahead = ("future", "present") if unit == "half" else ("future",)
            if n > now and ((ctx.tense(m.start(), m.end()) not in ahead
                             and not _expected(ctx.text, m.start())) or
                            _RESULTS.match(ctx.text, m.end()) or (hyphen and n - now >= 3)):
                # results are reported for quarters that are over, even those still
                # to be announced ("will report fourth-quarter earnings" in February); in
                # January "fourth-quarter GDP data is due" is about the quarter just ended;
                # but "expects growth to slow in the second half", in May, looks ahead
                year -= 1
        if unit == "quarter":
            if _background_quarter(ctx, m.start()):
                # the reported quarter stays the subject, talked of here
                ctx.last_quarter = (m.end(), *ctx.last_quarter[1:])
            else:
                ctx.last_quarter = (m.end(), year, n)
            if m["fis"] or yr_word == "fiscal":
                ctx.fiscal_end = m.end()
        else:
            ctx.last_half = (m.end(), year, n)
        return [(start, m.end(), "DATE", f"{year - back}-{'Q' if unit == 'quarter' else 'H'}{n}")]
    if a is None or unit != "quarter":
        return None
    told = _quarter_told(ctx, m)
    if told:
        qy, q = told
    elif ordw == "final":
        qy, q = (year or a.year), 4
    elif ordw in _STEP_FROM_NAMED and _quarter_context(ctx, m.start()):
        # "growth in the fourth quarter picked up from the previous quarter": one step
        # from the quarter just named, not from the publication date
        _, qy, q = ctx.last_quarter
        k = qy * 4 + q - 1 + _STEP_FROM_NAMED[ordw]
        qy, q = k // 4, k % 4 + 1
    else:
        shift = _QUARTER_SHIFT.get(ordw, -1)
        k = a.year * 4 + quarter_of(a) - 1 + shift
        qy, q = k // 4, k % 4 + 1
        if year is not None:
            qy = year
    if ordw not in _STEP_FROM_NAMED:  # the quarter a report is about stays its subject
        ctx.last_quarter = (m.end(), qy, q)
    return [(start, m.end(), "DATE", f"{qy - back}-Q{q}")]


# a quarter named as the base or the background of the one reported: "up from the second
# quarter", "after a flat second quarter", "compared with the first quarter"
_BACKGROUND_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.|after|"
                                r"following)\s+(?:in\s+)?(?:(?:the|an?|its)\s+)?(?:[a-z]+\s+)?$",
                                re.I)


def _background_quarter(ctx: Context, start: int) -> bool:
    """Whether a numbered quarter only sets off the quarter a report is about, told
    before it ("third-quarter net rose ... After a flat second quarter, ..."): "a year
    ago" and "the year-earlier period" then still count from the third quarter, as a
    month named as a comparison base leaves the month told (timexes._compared_month)."""
    return ctx.last_quarter is not None and \
        _BACKGROUND_BEFORE.search(ctx.text, max(0, start - 40), start) is not None


_ECONOMY = re.compile(r"\b(?:econom\w*|growth|grow|grew|profits?|revenues?|sales|earnings|"
                      r"output|inflation|GDP|demand|exports?|imports?|percent|forecasts?|"
                      r"outlook|recovery|investment|spending|results|unemployment|jobs|"
                      # a firm's own counts: "opened 40 stores in the first half"
                      r"stores|orders|deliveries|shipments|turnover|income|margins?|"
                      r"dividends?|bookings)\b", re.I)
_SPORT = re.compile(r"\b(?:scor\w+|goals?|match|game|halftime|coach|striker|penalty|league|"
                    r"cup|innings|touchdowns?|kick\w*|referee|players?)\b", re.I)


def _sentence(text: str, m) -> str:
    lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    hi = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0),
             default=len(text))
    return text[lo:hi]


def _economy_half(text: str, m) -> bool:
    """Whether a bare "the second half" sits in a sentence about the economy or a
    company's figures (a half year) rather than about a match."""
    sentence = _sentence(text, m)
    return bool(_ECONOMY.search(sentence)) and not _SPORT.search(sentence)


def _match_quarter(text: str, m) -> bool:
    """"Delayed the game in the third quarter": a period of play, not of the year."""
    sentence = _sentence(text, m)
    return bool(_SPORT.search(sentence)) and not _ECONOMY.search(sentence)


# a present expectation and the preposition that sets the quarter in it: "executives
# expect a recovery by the fourth quarter", "expects margins to improve in Q3" (said in May:
# this year's; "expect ... after a weak fourth quarter" looks back)
_EXPECT = re.compile(r"\b(?:expects?|anticipates?|forecasts?|predicts?)\b[^.;:!?\n]{0,80}?"
                     r"\b(?:in|by|during|until|for)\s+(?:the\s+)?$", re.I)


def _expected(text: str, start: int) -> bool:
    """Whether a present verb of expecting governs a quarter or half named at ``start``
    through "in"/"by"/"during"/"until"/"for"."""
    return bool(_EXPECT.search(text[max(0, start - 100):start]))


_RESULTS = re.compile(r"\s+(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|"
                      r"figures|numbers|report)\b", re.I)
# "the quarter ended Sept. 30", "the quarter, which ended on Nov. 30"
_ENDED = re.compile(r",?\s+(?:(?:which|that)\s+)?end(?:ed|ing)\s+(?:on\s+)?"
                    r"(?P<mon>[A-Z][a-z]+\.?)\s+(?P<day>\d{1,2})\b")
# quarters that name no number and mean the one the report is about
_REPORTED = {"", "that", "same", "comparable", "corresponding"}


def _quarter_told(ctx: Context, m) -> tuple[int, int] | None:
    """(year, quarter) of a quarter named without its number: "the quarter ended July 31"
    is the calendar quarter most of it fell in; "the quarter", "that quarter" or "last
    year's quarter" in a report is the quarter it is about."""
    a, ordw = ctx.anchor, (m["ord"] or "").lower()
    ended = _ENDED.match(ctx.text, m.end())
    month = month_number(ended["mon"]) if ended and month_ok(ended["mon"], ctx.lang) else None
    if ordw in _REPORTED and month and ctx.last_quarter and \
            ctx.last_quarter[0] == ctx.fiscal_end and _quarter_context(ctx, m.start()):
        # "earned $5.2 million in the fiscal first quarter ... sales for the quarter ended
        # Sept. 29": the date ends the fiscal quarter just named, whose number it keeps
        return ctx.last_quarter[1], ctx.last_quarter[2]
    if ordw in _REPORTED and month:
        d = safe_date(a.year, month, min(int(ended["day"]), 28))
        if d is not None:
            # "the quarter ended June 30" read in May is last year's; "the quarter
            # ending June 30" is the one under way (its end near enough ahead), or one
            # still to come when the clause looks ahead
            ahead = "ending" in ended.group(0) and (
                (d - a).days <= 92 or ctx.tense(m.start(), m.end()) == "future")
            if d > a and not ahead:
                d = d.replace(year=a.year - 1)
            mid = d - _dt.timedelta(days=45)
            return mid.year, quarter_of(mid)
    past_this = ordw == "this" and ctx.tense(m.start(), m.end()) == "past"
    if (ordw in _REPORTED or past_this) and _quarter_context(ctx, m.start()):
        _, qy, q = ctx.last_quarter
        year = _quarter_year(m, a)
        return (year if year is not None else qy), q
    return None


def r_month_range(m, ctx):
    """"The January-March quarter" is Q1; "the July-December period" is H2."""
    if not (month_ok(m["m1"], ctx.lang) and month_ok(m["m2"], ctx.lang)):
        return None
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if m2 - m1 == 2 and m1 % 3 == 1:
        code = f"Q{m1 // 3 + 1}"
    elif m2 - m1 == 5 and m1 in (1, 7):
        code = f"H{m1 // 6 + 1}"
    else:
        return None
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None:
        year = None
    else:  # a report looks back on a span that is over, unless told as still to come
        a = ctx.anchor
        ahead = ctx.tense(m.start(), m.end()) == "future"
        year = a.year if ahead or safe_date(a.year, m2, 28) <= a else a.year - 1
    if code.startswith("Q") and year is not None:
        ctx.last_quarter = (m.end(), year, int(code[1]))
    return [(m.start(), m.end(), "DATE", f"{year if year else 'XXXX'}-{code}")]


def r_month_quarter(m, ctx):
    """"The June quarter": the three months ending in June, valued as the calendar quarter
    most of them fall in (Q2); without a year, the latest such quarter already over
    unless the sentence looks ahead."""
    if not (_CAPITAL.match(m["mon"]) and month_ok(m["mon"], ctx.lang)):
        return None
    end_month = month_number(m["mon"])
    q = (end_month - 2) % 12 // 3 + 1  # the quarter holding the middle month
    a = ctx.anchor
    if m["year"]:
        year = int(m["year"])
    elif a is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-Q{q}")]
    else:
        year = a.year
        if (year, end_month) > (a.year, a.month) and ctx.tense(m.start(), m.end()) != "future":
            year -= 1
    if end_month == 1:  # November to January: most of it lies in the year before
        year -= 1
    ctx.last_quarter = (m.end(), year, q)
    return [(m.start(), m.end(), "DATE", f"{year}-Q{q}")]


def r_months_of(m, ctx):
    """"The first six months of the year" is the first half (H1), "the last three months
    of 2012" the fourth quarter; the year as told, or the one the report is about."""
    n = 3 if m["n"] in ("three", "3") else 6  # "two quarters" are six months
    first = m["pos"].lower() == "first"
    code = (f"Q{1 if first else 4}" if n == 3 else f"H{1 if first else 2}")
    rel = (m["rel"] or "").lower()
    if m["yr"]:
        year = int(m["yr"])
    elif ctx.anchor is None:
        year = None
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        if rel == "the" and ctx.ref_year and ctx.named_year and \
                0 <= m.start() - ctx.named_year[0] < 200:
            year = ctx.ref_year  # "in 2011 ... in the first six months of the year"
        elif rel == "the" and not first and ctx.tense(m.start(), m.end()) != "future" and \
                ctx.anchor.month <= 6:
            year -= 1  # the end of a year told as over: the year just gone
    if code.startswith("Q") and year is not None:
        ctx.last_quarter = (m.end(), year, int(code[1]))
    return [(m.start(), m.end(), "DATE", f"{year if year else 'XXXX'}-{code}")]


def r_months_to(m, ctx):
    """"The three months to September" is Q3, "the six months to June" H1: a span named
    by the month it ends in; without a year, the latest such span already over unless the
    sentence looks ahead (as r_month_range)."""
    if not (_CAPITAL.match(m["mon"]) and month_ok(m["mon"], ctx.lang)):
        return None
    end, n = month_number(m["mon"]), 3 if m["n"] in ("three", "3") else 6
    if end % n:
        return None  # "the three months to August" is no calendar quarter
    code = f"Q{end // 3}" if n == 3 else f"H{end // 6}"
    if m["yr"]:
        year = int(m["yr"])
    elif ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-{code}")]
    else:
        a = ctx.anchor
        ahead = ctx.tense(m.start(), m.end()) == "future"
        year = a.year if ahead or safe_date(a.year, end, 28) <= a else a.year - 1
    if n == 3:
        ctx.last_quarter = (m.end(), year, end // 3)
    return [(m.start(), m.end(), "DATE", f"{year}-{code}")]


def r_quarter_abbr(m, ctx):
    unit, n = m["unit"], int(m["n"])
    before = re.search(r"(\S+)\s+$", ctx.text[max(0, m.start() - 30):m.start()])
    if (unit == "H" and n > 2) or (before and _CAPITAL.match(before.group(1))
                                   and before.group(1).lower() not in _BARE_MAY_BEFORE):
        return None  # "the Audi Q3" is a car
    if m["y"] or m["fy"]:
        year = int(m["y"] or m["fy"])
    elif m["yy"] or m["fyy"]:
        year = two_digit_year(int(m["yy"] or m["fyy"]), ctx.anchor)
    elif ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-{unit}{n}")]
    else:
        a = ctx.anchor
        now = quarter_of(a) if unit == "Q" else (1 if a.month <= 6 else 2)
        # a half still to come is looked ahead to in the present as well ("expects growth
        # in H2"), as r_quarter reads "the second half"
        ahead = ("future", "present") if unit == "H" else ("future",)
        year = a.year - (n > now and ctx.tense(m.start(), m.end()) not in ahead
                         and not _expected(ctx.text, m.start()))
    if unit == "Q":
        ctx.last_quarter = (m.end(), year, n)
    return [(m.start(), m.end(), "DATE", f"{year}-{unit}{n}")]


def _nine_months_told(ctx: Context, start: int) -> bool:
    """Whether "the nine months" was named after the quarter last named and shortly
    before ``start``: a report's comparisons then count the nine months, not the quarter."""
    return ctx.last_nine >= 0 and 0 <= start - ctx.last_nine < 300 and \
        (ctx.last_quarter is None or ctx.last_nine > ctx.last_quarter[0])


def _ahead_quarter(ctx: Context) -> bool:
    """Whether the quarter last named is still to come ("losses through the third
    quarter of 1990"): a forecast, not the quarter a report compares with a year before."""
    if ctx.anchor is None or ctx.last_quarter is None:
        return False
    _, qy, q = ctx.last_quarter
    return (qy, q) > (ctx.anchor.year, quarter_of(ctx.anchor))


def r_last_season(m, ctx):
    """"The club finished third last season": a sports season is named by the year it ends
    in ("the 2025-26 season" is 2026); told in January-June, the last one ended the year
    before (a winter league's 2024-25, a summer sport's 2025), told later, this year."""
    if ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", "PAST_REF")]
    a = ctx.anchor
    return [(m.start(), m.end(), "DATE", str(a.year - (a.month <= 6)))]


def r_fy_short(m, ctx):
    """"Revenue will grow 8% in FY26": fiscal 2026, named by the year it ends in as "fiscal
    2026" is; the century is the one that puts it nearest publication."""
    if ctx.anchor is None:
        return [(m.start(), m.end(), "DATE", f"XX{m['yy']}")]
    year = ctx.anchor.year // 100 * 100 + int(m["yy"])
    if year > ctx.anchor.year + 50:
        year -= 100
    elif year < ctx.anchor.year - 50:
        year += 100
    return [(m.start(), m.end(), "DATE", str(year))]


def r_period(m, ctx):
    """"The latest period", "the 1988 period": the quarter (or half) an earnings report
    is about."""
    half = half_told(ctx, m.start())
    if half:
        year = int(m["yr"] or m["yr3"] or half[0]) - bool(m["ago"])
        return [(m.start(), m.end(), "DATE", f"{year}-H{half[1]}")]
    if not _quarter_context(ctx, m.start()):
        return None
    if m["yr"] and _nine_months_told(ctx, m.start()):
        return [(m.start(), m.end(), "DATE", m["yr"])]  # "net ... in the 1988 period"
    if _ahead_quarter(ctx) and (m["ago"] or not m["yr"]):
        return None  # after a forecast quarter, "the latest period" is not that one
    _, qy, q = ctx.last_quarter
    if m["yr"] or m["yr3"]:
        qy = int(m["yr"] or m["yr3"])
    adj = m["adj"].lower()
    if m["ago"] or (adj in ("comparable", "corresponding") and not m["yr"] and m["ago"]):
        qy -= 1
    return [(m.start(), m.end(), "DATE", f"{qy}-Q{q}")]


_FY_YEAR = re.compile(r"fy\s?['’]?(\d{4}|\d\d)")


def _quarter_year(m, a: _dt.date | None) -> int | None:
    for g in ("yr", "yr2"):
        w = (m[g] or "").lower()
        if re.fullmatch(r"\d{4}", w):
            return int(w)
        fy = _FY_YEAR.fullmatch(w)
        if fy:  # "the third quarter of FY26": the fiscal year by the year it ends in
            digits = fy.group(1)
            return int(digits) if len(digits) == 4 else two_digit_year(int(digits), a)
        if a is not None and w:
            if w.startswith("last"):
                return a.year - 1
            if w.startswith("next"):
                return a.year + 1
            if w.startswith(("this", "the year")):
                return a.year
    return None



# "nightly" is "every night": the part of the day that recurs (XXXX-XX-XXTNI, as the
# probe's 'every night' and the opened18 set write it; TIDES values a recurring part of
# the day by the part), where "daily" counts days
_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
            "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
            "bimonthly": "P2M", "semiannually": "P6M", "fortnightly": "P2W",
            "quarterly": "P3M"}


def r_set_every(m, ctx):
    unit = m["unit"].lower()
    if m["wd"]:
        pod = f"T{PARTS_OF_DAY[m['pod'].lower()]}" if m["pod"] else ""  # "every Sunday evening"
        return [(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday_number(m['wd'])}{pod}")]
    if unit in ("weekday", "weekend") and not m["q"]:
        # "every weekday", "each weekend": the part of the week that recurs, as the bare
        # plurals are ("on weekdays" XXXX-WXX-WD, "at weekends" XXXX-WXX-WE)
        return [(m.start(), m.end(), "SET", f"XXXX-WXX-{'WD' if unit == 'weekday' else 'WE'}")]
    if unit in PARTS_OF_DAY:
        return [(m.start(), m.end(), "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")]
    if unit in SEASONS:
        return [(m.start(), m.end(), "SET", f"XXXX-{SEASONS[unit]}")]
    if month_number(unit):
        return [(m.start(), m.end(), "SET", f"XXXX-{month_number(unit):02d}")]
    q = (m["q"] or "").lower()
    qty = "2" if q == "other" else quantity(q or None)
    value = duration_value(qty, unit) if qty else None
    return [(m.start(), m.end(), "SET", value)] if value else None


# "the Communist Party daily Granma", "the business daily reported": a newspaper
_PAPER_AFTER = re.compile(r"\s+(?:[A-Z]|(?:newspaper|paper|reported|said|says|quoted|wrote|"
                          r"cited|published|added|carried|that)\b)|\s*[,.;:]")
_PAPER_BEFORE = re.compile(r"(?:\b(?:the|a|an)|\b[A-Z][\w-]*|-\w+|\b(?:business|financial|"
                           r"economic|national|local|regional|popular|leading|official|news|"
                           r"independent|conservative|liberal|influential)) $")


def r_set_adv(m, ctx):
    if _PAPER_AFTER.match(ctx.text, m.end()) and \
            _PAPER_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # the noun: a daily or weekly newspaper, not a recurrence
    return [(m.start(), m.end(), "SET", _SET_ADV[m["w"].lower()])]


def r_set_repeat(m, ctx):
    unit = m["w"].lower()
    return [(m.start(), m.end(), "SET", "P1D" if unit == "night" else duration_value("1", unit))]


def r_week_part_set(m, ctx):
    # bare plurals recur only after a habitual preposition: "three weekends" is a stretch,
    # "the weekends before the vote" a vague few
    if prev_word(ctx.text, m.start()) not in ("on", "at", "over", "during", "most", "some"):
        return None
    part = "WD" if m["w"].lower() == "weekdays" else "WE"
    return [(m.start(), m.end(), "SET", f"XXXX-WXX-{part}")]


# "80 miles per hour", "100 km an hour" measure a speed, not a recurrence
_SPEED_BEFORE = {"miles", "mile", "kilometers", "kilometres", "km", "feet", "meters", "metres",
                 "knots", "mph", "kph"}


def r_set_per(m, ctx):
    if m["w"].lower().startswith("a") and not m["freq"] and \
            not per_context(ctx.text, m.start()):
        return None
    if prev_word(ctx.text, m.start()) in _SPEED_BEFORE:
        return None
    return [(m.start(), m.end(), "SET", duration_value("1", m["unit"]))]


# a season named with no article is a time only after a preposition of time; "fall" after
# "from"/"after" is more often the noun of a drop ("after fall in sales")
_SEASON_PREPS = {"in", "by", "until", "till", "since", "during", "through", "over", "before",
                 "after", "from"}


# "a dry spring", "a harsh winter": a season told by its weather is still a time
_SEASON_ADJ = {"dry", "wet", "cold", "hot", "warm", "mild", "harsh", "rainy", "snowy", "long",
               "cool", "severe", "bitter", "busy", "quiet", "difficult", "tough"}


# "their summer recess", "its spring session": a body's own break in the season named
_OWN_BREAK = re.compile(r"\s+(?:recess|break|holidays?|vacation|session|sitting|term)\b")
_POSSESSIVES = {"their", "its", "his", "her", "our", "my", "your"}


_NOUN_POSSESSIVE = re.compile(r"[A-Za-z]\w*['’]s?\s+$")


# after a noun's possessive only a body's pause in its schedule: "the country's spring
# holidays" are festivals of their own, not the season
_BODY_BREAK = re.compile(r"\s+(?:recess|break|session|sitting|term)\b")


def _own_season_break(text: str, m) -> bool:
    # "their summer recess", "the league's winter break": an owner's break in the season
    if prev_word(text, m.start()) in _POSSESSIVES:
        return bool(_OWN_BREAK.match(text, m.end()))
    return bool(_NOUN_POSSESSIVE.search(text, max(0, m.start() - 30), m.start())) and \
        bool(_BODY_BREAK.match(text, m.end()))


def _bare_season(text: str, m) -> bool:
    before = prev_word(text, m.start())
    if before in _SEASON_ADJ:
        return prev_word(text, max(0, m.start() - len(before) - 1)) in ("a", "an")
    if m["season"].lower() == "fall":
        return before in ("in", "by", "until", "till", "since", "during", "through")
    return before in _SEASON_PREPS


# nouns of what is planned or expected ahead: "bookings for the autumn", "plans for the summer"
_LOOKED_TO = re.compile(r"(?i)\b(?:bookings?|orders|plans?|forecasts?|outlook|reservations|"
                        r"tickets|schedules?|targets?|guidance|expectations|hopes|preparations|"
                        r"projections?|predictions?)\s+for\s+$")


_AFTER_SEASON = re.compile(r"\bafter\s+(?:(?:a|an|the|its|their|this)\s+)?(?:[a-z]+\s+)?$",
                           re.I)


def _winter_year(m, ctx, rel: str) -> int:
    """A winter is named by the year of its December ("the winter of 1995-96": 1995-WI, as
    the modifier reading above has it): "last winter" told in October 2026 is 2025-WI (the
    one that ended in February), "this winter" and "the winter" ahead the one beginning
    in December, and in December-February the one under way stands for "this"."""
    a = ctx.anchor
    in_winter = a.month in (12, 1, 2)
    cur = a.year if a.month == 12 else a.year - 1  # the winter under way or last begun
    if rel in ("last", "the past", "this past"):
        return cur - 1 if in_winter else cur
    if rel in ("next", "the coming"):
        return cur + 1 if in_winter else a.year
    past = ctx.tense(m.start(), m.end()) == "past"
    if past and a.month == 12 and rel != "this":
        return cur - 1  # "sales peaked in the winter", told in December: the last one
    if in_winter or past:
        return cur  # under way, or (told in the past) the one just over
    return a.year  # the coming one


def r_season(m, ctx):
    if m["season"][:1].isupper() and not m["year"] and _NAME_GOES_ON.match(ctx.text, m.end()):
        return None  # "the next Summer Games", "the Winter Olympics": a name, not a season
    code = SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    year = m["year"] or (spoken_year(m["sy"]) if m["sy"] else None)
    if m["ry"] and ctx.anchor:  # "the spring of last year"
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["ry"].lower(), 0)
    if year:  # "the winter of nineteen ninety-four" in a broadcast transcript
        return [(m.start(), m.end(), "DATE", f"{year}-{code}")]
    if m["sy"] or m["ry"]:
        return None
    modifier = rel == "the" and not m["edge"] and _OWN_BREAK.match(ctx.text, m.end())
    if (modifier or not rel) and ctx.anchor and (modifier or _own_season_break(ctx.text, m)):
        # "the autumn term", "the winter break": the season modifies the noun the article
        # belongs to, so the article stays out ("the 1994 budget" marks only "1994")
        # the break talked of is this year's, whether it is ahead, under way or just
        # ended ("return from their summer recess" in September); a winter is named by the
        # year of its December ("the winter of 1995-96": 1995-WI): the one under way in
        # January or February, else the coming one, or the one just past in past narration
        a = ctx.anchor
        year = a.year
        if code == "WI" and (a.month <= 2 or ctx.tense(m.start(), m.end()) == "past"):
            year -= 1
        elif code != "WI" and a.month > SEASON_END_MONTH[code] and \
                ctx.tense(m.start(), m.end()) in ("present", "future") and \
                prev_word(ctx.text, m.start()) not in ("from", "since", "after", "their", "its"):
            year += 1  # "the summer term ends in July" told in September: the next one
        start = (m.start("edge2") if m["edge2"] else m.start("season")) if modifier \
            else m.start()
        return [(start, m.end(), "DATE", f"{year}-{code}")]
    if not rel and _bare_season(ctx.text, m):
        rel = "the"  # "will reopen in spring" reads as "in the spring"
    if not rel:
        return None
    a = ctx.anchor
    if a is None:
        return [(m.start(), m.end(), "DATE", f"XXXX-{code}")]
    if code == "WI":
        return [(m.start(), m.end(), "DATE", f"{_winter_year(m, ctx, rel)}-WI")]
    end = SEASON_END_MONTH[code]
    over = a.month > end
    if rel in ("the", "that"):
        tense = ctx.tense(m.start(), m.end())
        if tense in ("future", "present") and over and code != "WI" and \
                a.month - end <= 3 and _AFTER_SEASON.search(
                    ctx.text, max(0, m.start() - 30), m.start()):
            # "expects a smaller crop this autumn after a dry summer", said in September:
            # what comes after is ahead, the season it follows is the one just ended
            return [(m.start(), m.end(), "DATE", f"{a.year}-{code}")]
        if tense in ("future", "present"):
            # "until the spring" said in March, "the museum reopens in the spring": the
            # season now under way or the next one to come
            return [(m.start(), m.end(), "DATE", f"{a.year + 1 if over else a.year}-{code}")]
        if code != "WI" and (a.month >= end - 1 or a.month >= end - 3 and
                             prev_word(ctx.text, m.start()) == "for"
                             or a.month <= end and
                             _LOOKED_TO.search(ctx.text, max(0, m.start() - 40), m.start())):
            # "sales slowed in the spring" said in May: the season well under way; "the
            # Senate adjourned for the summer" said in June: the season it left for; "bookings
            # for the autumn were weak" said in July: a season a plan looks to, not yet over
            return [(m.start(), m.end(), "DATE", f"{a.year}-{code}")]
        rel = "last"
    if rel in ("last", "the past", "this past"):
        year = a.year if over else a.year - 1
    elif rel in ("next", "the coming"):
        year = a.year + 1 if over or a.month > end - 3 else a.year
    else:
        year = a.year
    return [(m.start(), m.end(), "DATE", f"{year}-{code}")]



FISCAL_RESOLVERS = {name[2:]: fn for name, fn in list(globals().items())
                    if name.startswith("r_") and callable(fn)}
