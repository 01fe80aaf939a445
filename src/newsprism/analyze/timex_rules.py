"""The grammar of time expressions: one compiled pattern (and trigger words) per kind.
Input: article text; timexes.py picks among overlapping matches, timex_resolve values them.
"""
# Span conventions follow TimeML as annotated in TimeBank: leading prepositions stay out,
# "the", "early", "more than" and "fiscal" stay in.
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .timex_lexicon import (
    AGO_AFTER, AGO_BEFORE, DAY_ORDINALS, DEICTIC_OTHER, FEW_OTHER, HOLIDAYS_EASTER, HOLIDAYS_FIXED,
    HOLIDAYS_FLOATING, HOLIDAYS_LUNAR, MONTH_ABBR_OTHER, MONTHS_EN, MONTHS_OTHER, NUMBER_WORDS,
    NUMBERS_OTHER, ONE_OTHER, ORDINALS, POD_OTHER, RELATIVE_OTHER, UNITS_OTHER, WEEKDAYS_OTHER,
    PARTS_OF_DAY, SEASONS, WEEKDAY_FULL, alternation,
)

_I = re.IGNORECASE

# --- building blocks -------------------------------------------------------------------
_B = r"(?<![\w-])"          # a word starts here
_E = r"(?![\w])"            # a word ends here
_FULL_MONTHS = [m for m in MONTHS_EN if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS_EN if m not in _FULL_MONTHS]
MONTH = (rf"(?:(?:{alternation(_FULL_MONTHS)}|(?:{alternation(_ABBR_MONTHS)})\.?"
         rf"|{alternation(MONTHS_OTHER)}){_E}|(?:{alternation(MONTH_ABBR_OTHER)})\.)")
MONTH_FULL = rf"(?:{alternation(_FULL_MONTHS)}){_E}"
WEEKDAY_BARE = rf"(?:{alternation(WEEKDAY_FULL)})"
# "Tues.", "Thurs.": a capitalised abbreviation with its point ("Sat." and "Sun." only after
# "on", where no newspaper or past verb stands)
WEEKDAY_ABBR = r"(?-i:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\.|(?<=\bon\s)(?:Sat|Sun)\.)"
WEEKDAY = rf"(?:{WEEKDAY_BARE}{_E}|{WEEKDAY_ABBR})"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?|(?:{alternation(DAY_ORDINALS)})(?![\w-]))"
POD = alternation(PARTS_OF_DAY)
UNIT = (r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?"
        r"|months?|years?|yrs?|decades?|centuries|century"
        # "a quarter point", "a quarter-percentage-point cut": a share of a point, no time
        r"|quarters?(?![\s-]+(?:of\s+an?\s+)?(?:percentage[\s-]+)?points?\b))")
QUANT = (rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|{alternation(NUMBER_WORDS)}|a\s+couple\s+of|couple\s+of"
         r"|a\s+few|a\s+dozen|half\s+an?|a\s+single"
         # "the past half century", "a half-decade": half of a long unit, said without "a"
         r"|(?:a\s+)?half(?=[\s-]+(?:century|decade|hour)\b)"
         # "a quarter century", "a quarter of a century": 25 years
         r"|a\s+quarter(?:\s+of\s+a)?(?=[\s-]+century\b)"
         r"|several|few|some|many|dozens\s+of|hundreds\s+of|a\s+number\s+of|a|an"
         r"|one\s+hundred|a\s+hundred)")
# "two and a half years", "a year and a half"
HALF_Q = r"(?P<hq>[\s-]+and[\s-]+a[\s-]+half)?"  # "a three-and-a-half-hour ceremony" too
HALF_U = r"(?P<hu>\s+and\s+a\s+half)?"
# The modifiers TimeML keeps inside the span ("just" stays out; "about" is taken in by
# timexes._widen, which can tell it from "spoke about").
# ("no more than sixty days", "for over a week": TimeBank's mods EQUAL_OR_LESS, MORE_THAN,
# inside the extent; "over" alone only after "for", elsewhere often "during")
DURMOD = (r"(?:(?:no|not)\s+(?:more|less|fewer)\s+than"
          r"|(?:a\s+little|slightly)\s+(?:more|less)\s+than"
          r"|(?<=\bfor\s)(?:over|under)"
          r"|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|around|nearly|almost"
          r"|roughly|approximately"
          r"|up\s+to|close\s+to|well\s+over|some)")
DURREL = (r"(?:past|last|next|first|coming|previous|following|final|remaining|latest"
          r"|initial|ensuing|preceding|subsequent|last\s+few|past\s+few|next\s+few|same)")
EDGE = (r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
        r"|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of"
        r"|the\s+latter\s+part\s+of|the\s+(?:last|latter)\s+half\s+of|end|beginning|start)")
_ORDS = alternation(ORDINALS)
_HOLIDAY_NAMES = (list(HOLIDAYS_FIXED) + list(HOLIDAYS_FLOATING) + list(HOLIDAYS_EASTER)
                  + sorted(HOLIDAYS_LUNAR))
_HOLIDAYS = alternation(_HOLIDAY_NAMES)
# a subject with no determiner (a bare plural, a name) before "had": a clause of its own
_BARE_SUBJECT_HAD = r"(?:[a-z]+s|[A-Z][a-z]+)\s+had\b"
_SEASON = alternation(SEASONS)
_NUMBERS = alternation(NUMBER_WORDS)
SPOKEN_YEAR = (rf"(?:nineteen|eighteen|twenty)[\s-]+(?:{_NUMBERS})"
               rf"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_NUMBERS}))?")
# a zone spelled out after a clock time: "10 a.m. Pacific time", "noon Eastern Daylight Time"
# or a place's ("14:30 Moscow time", "11pm UK time", "9 a.m. Hong Kong time"): a capitalised
# word or two (not a weekday or month) before "time"
_ZONE_PLACE = (r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b|"
               r"April\b|May\b|June?\b|July\b|August\b|(?:Sept|Nov|Dec)ember\b|October\b|"
               r"Prime\b|Extra\b|Half\b|Full\b|Injury\b|Summer\b)"
               r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3})")
_ZONE_WORDS = (rf"(?:local|{_ZONE_PLACE}(?:\s+(?:Standard|Daylight|Summer|Mean))?)\s+[Tt]ime")
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")


@dataclass(frozen=True)
class Rule:
    """One kind of time expression: where it may match and how to resolve it."""

    name: str
    pattern: re.Pattern
    langs: str  # "en" (English only), "other" (all but English) or "*" (every language)
    resolve: Callable | None = None  # unused: timex_registry maps rule names to resolvers


def _rule(name: str, pattern: str, langs: str = "en", flags: int = _I) -> Rule:
    return Rule(name, re.compile(pattern, flags), langs)


RULES: list[Rule] = [
    # a four-digit clock time with no zone after "at", told with its day or "hours": "sails
    # at 0630 on Friday", "at 1400 hours"; before the year and the duration rules, which
    # would read the same digits as a year or 1,400 hours
    _rule("clock_mil", rf"(?<=\bat\s)(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s+hours{_E}|"
                       rf"(?=\s+(?:on\s+(?:{WEEKDAY}|{MONTH})|today|tonight|tomorrow|yesterday)"
                       rf"{_E}))", "*"),
    # machine dates first: "2020-01-03", "1999-05-06 15:05:11", "11/02/89", "19980205"
    _rule("iso", r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
                 r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
                 r"(?![\w-])", "*"),
    _rule("numeric", r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                     r"(?P<y>\d{4}|\d\d)(?:\s+(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::\d\d)?)?"
                     r"(?![\w/.-]\w)",
          "*"),
    _rule("compact", r"(?<![\w.,-])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])"
                     r"(?P<d>0[1-9]|[12]\d|3[01])"
                     r"(?![\w.,-]\w)", "*"),
    # "January 3", "Jan. 3, 2020", "February 09, 2020", "Sept. 27"
    _rule("month_day", rf"{_B}(?:(?P<edge>early|late|mid)[\s-]+)?(?P<mon>{MONTH})\s*(?P<day>{DAY})"
                       rf"(?![\w:.,]\d|\d)(?:,?\s+(?P<year>{YEAR}){_E})?", "*"),
    # "3 January 2020", "3 janvier 2020", "3. Januar 2020", "3 de enero de 2020"
    _rule("day_month", rf"{_B}(?P<day>{DAY})\.?\s+(?:de\s+|of\s+)?(?P<mon>{MONTH})"
                       rf"(?:,?\s+(?:de\s+|del\s+)?(?P<year>{YEAR}){_E})?", "*"),
    # "March 2020", "late November", "mid-June", "last November", "the end of October"
    _rule("month", rf"{_B}(?:(?P<edge>{EDGE})[\s-]+)?(?:(?P<rel>last|next|this|this\s+past|"
                   rf"the\s+coming|the\s+past)\s+|(?P<trel>the\s+(?:following|next|previous|preceding))\s+"
                   rf"(?=[A-Z]))?(?P<mon>{MONTH})(?:,?\s+(?:of\s+|de\s+)?"
                   rf"(?P<year>{YEAR}){_E}|\s+(?P<ry>this|last|next)\s+year{_E}"
                   # "in March of that year", "June of the following year"
                   r"|\s+of\s+(?P<ty>that|the\s+same|the\s+following|the\s+next|the\s+previous"
                   rf"|the\s+prior)\s+year{_E})?", "*"),
    _rule("spoken_year", rf"{_B}(?:(?P<mon>{MONTH_FULL})\s+)?(?:(?P<the>the\s+year)\s+)?"
                         rf"(?P<sy>{SPOKEN_YEAR}){_E}"),
    # "by year-end", "since year end", "before the year's end"
    _rule("year_end", rf"{_B}(?:the\s+)?(?:year[\s-]end|year['’]s\s+end){_E}"),
    # "Thursday", "Wednesday night", "last Monday", "earlier Sunday", "Friday, Aug. 7"
    _rule("weekday", rf"{_B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|"
                     rf"earlier|later|early|late|past|the\s+(?:previous|preceding|following)"
                     # "That Friday, schools were shut": the week of the day last told
                     r"|that(?:\s+same)?)"
                     rf"\s+)?(?P<wd>{WEEKDAY})(?:\s*,?\s*"
                     rf"(?P<pod>{POD}){_E})?"),
    # "Tuesdays", "Friday nights", "Monday and Tuesday nights"
    _rule("weekday_set", rf"{_B}(?:(?P<every>every|each)\s+)?(?P<wd>{WEEKDAY_BARE})"
                         rf"(?:s(?:\s+(?P<pod>{POD})s?)?|\s+(?P<pods>morning|afternoon|evening"
                         rf"|night)s|(?=\s+(?:and|or)\s+{WEEKDAY_BARE}\s+(?P<next>morning|"
                         rf"afternoon|evening|night)s\b)){_E}"),
    # "yesterday", "today", "tomorrow", "the day before yesterday", "later today"
    _rule("deictic", rf"{_B}(?:(?P<ea>early|late|later|earlier)\s+)?(?P<w>the\s+day\s+before\s+"
                     r"yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)"
                     rf"(?:\s+(?P<pod>{POD}))?{_E}"),
    # "this morning", "last night", "yesterday afternoon" (via deictic), "overnight"
    _rule("part_of_day", rf"{_B}(?:(?P<ea>early|late|later|earlier)\s+)?(?:(?P<rel>this|last|"
                         rf"that|the|tomorrow|yesterday)\s+)(?P<pod>morning|afternoon|evening|"
                         rf"night){_E}"),
    # "mid-afternoon", "mid afternoon yesterday", "late morning today"
    # "by evening": bare, only after "by", "until", "till" (r_mid_day)
    _rule("mid_day", rf"{_B}(?:(?P<ea>mid|early|late)[\s-]*)?(?P<pod>morning|afternoon|evening)"
                     rf"(?:\s+(?P<day>yesterday|today|tomorrow))?{_E}"),
    # "last week", "this month", "next year", "earlier this year", "the end of the year"
    _rule("relative_unit", rf"{_B}(?:(?P<edge>{EDGE}|earlier|later)\s+(?:(?<=r\s)in\s+)?)?"
                           r"(?P<rel>last|next|this\s+past|this\s+coming|this|the|"
                           r"the\s+current|the\s+previous|the\s+following|the\s+same|that|"
                           r"the\s+prior|the\s+preceding|the\s+present|the\s+latest"
                           r"|the\s+most\s+recent)"
                           r"\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|decade|century)"
                           r"(?!['’]s\s+\w+\s+quarter)"
                           rf"{_E}"),
    _rule("the_weekend", rf"{_B}the\s+(?:holiday\s+|long\s+)?weekend{_E}"),
    # "this time last year", "at this time a year ago": the same point a year before
    _rule("this_time", rf"{_B}this\s+time\s+(?:last\s+year|a\s+year\s+ago){_E}"),
    # "the year ended June 30" (a span), "for the full year" (this year)
    # "the rest of the year" is the year under way, the whole phrase one expression
    _rule("the_year", rf"{_B}(?P<rest>the\s+(?:rest|remainder|balance)\s+of\s+)?"
                      rf"the\s+(?:(?P<adj>full|fiscal|financial|current|entire|whole|calendar|new(?:\s+fiscal)?)\s+)?year"
                      r"(?=\s+(?P<after>ended|ending|to\s+date|to(?=\s+(?:end-)?[A-Z]))\b)?"
                      r"(?![\w'’-])"),
    # "for the week", "the month's gains": the week or month under way
    # "the week of Sept. 10" is one expression: the calendar week holding that day
    # "the rest of the week" is the week under way, the whole phrase one expression
    _rule("the_unit", rf"{_B}(?P<rest>the\s+(?:rest|remainder|balance)\s+of\s+)?"
                      rf"the\s+(?P<unit>week|month)(?=(?P<poss>['’]s\b)?)(?![\w-])"
                      rf"(?:(?<=week)\s+of\s+(?P<ofmon>{MONTH})\s*(?P<ofday>{DAY})(?![\w:.,]\d|\d)"
                      rf"(?:,?\s+(?P<ofyear>{YEAR}){_E})?)?"),
    # "two days ago", "a year earlier", "three months later", "more than four decades ago"
    _rule("ago", rf"{_B}(?:(?P<mod>{DURMOD})\s+)?(?P<q>{QUANT}){HALF_Q}[\s-]+"
                 rf"(?P<unit>{UNIT}){HALF_U}"
                 rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back){_E}"),
    _rule("year_ago_adj", rf"{_B}(?:(?P<the>the)\s+)?(?P<w>year[\s-]+earlier|year[\s-]+ago|"
                          r"prior[\s-]+year|year[\s-]+before|year\s+after)"
                          r"(?:\s+(?P<what>quarter|period|"
                          r"(?:first|second|third|fourth)\s+quarter|nine\s+months|six\s+months|"
                          r"first\s+half|second\s+half))?(?![\w-])"),
    # "two days", "the past two months", "three-year", "more than four hours", "the last year"
    _rule("duration", rf"{_B}(?:(?P<mod>{DURMOD})\s+)?"
                      rf"(?:(?P<the>the|these|those|its|their)\s+)?"
                      rf"(?:(?P<rel>{DURREL})\s+)?(?P<q>{QUANT}){HALF_Q}"
                      rf"(?:\s*(?:to|or|-|–)\s*(?P<q2>\d+|{_NUMBERS}))?"
                      r"[\s-]+(?:(?:more|additional|full|"
                      rf"straight|consecutive|long|extra)\s+)?"
                      # "within five business days", "eight trading days": days counted
                      # on a calendar of work, still days ("three trading days later" is
                      # left alone: a count of working days back or ahead is no calendar one)
                      r"(?:(?:business|trading|working|school)\s+"
                      r"(?=days?\b(?!\s+(?:ago|later|earlier|from\s+now))))?"
                      rf"(?P<unit>{UNIT}){HALF_U}"
                      r"(?P<old>[\s-]+old)?(?P<long>-long)?(?:\s+or\s+so)?(?![\w-])"),
    _rule("duration_rel", rf"{_B}(?P<the>the\s+)?(?P<rel>past|last|next|coming|previous|"
                          r"following|preceding|recent|ensuing)\s+"
                          r"(?P<unit>seconds?|minutes?|hours?|"
                          rf"days?|weeks?|fortnight|months?|years?|decades?|century|centuries)"
                          rf"{HALF_U}"
                          r"(?:\s+or\s+so)?(?![\w-])"),
    # "a decades-long battle", "their third day-long meeting", "a yearlong inquiry"
    _rule("long_unit", rf"{_B}(?P<unit>minute|hour|day|night|week|month|year|decade)(?P<pl>s)?"
                       r"(?:-?long|(?<=s)-old)(?![\w-])"),
    # "for years", "take months to rebuild", "spent weeks in hospital": a span of unsure length
    # (every branch starts at a unit word or at "the": the first lookahead fails fast
    # everywhere else)
    _rule("bare_units", r"(?=[ymwdhct])(?:(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s))"
                        r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)"
                        r"(?!\s+(?:of|to|ago|before|after|later|earlier))(?![\w-])"
                        r"|(?:(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\btaken\s)|"
                        r"(?<=\btaking\s)|(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspending\s))"
                        r"(?P<unit3>years|months|weeks|decades|hours)(?!\s+(?:of|ago)\b)(?![\w-])"
                        # "came days before the anniversary", "was hours away from a
                        # shutdown": a span of unsure length
                        r"|(?<![\w-])(?P<unit2>years|months|weeks|days|decades|hours|minutes)"
                        r"(?=\s+(?:before|after|later|earlier|away)\b)"
                        # "resigned within hours of the report": a stretch from an event
                        r"|(?<=\bwithin\s)(?P<unit5>years|months|weeks|days|hours|minutes)"
                        r"(?=\s+of\b)"
                        # "sold out weeks ago": the stretch back, "ago" inside (TimeML: PXW)
                        r"|(?<![\w-])(?P<unit4>years|months|weeks|days|decades|hours|minutes)"
                        r"\s+ago\b"
                        # "after months of talks", "ends decades of isolation": a stretch
                        # of unsure length that a state or activity filled
                        r"|(?:(?<=\bafter\s)|(?<=\bfollowing\s)|(?<=\bfollows\s)|"
                        r"(?<=\bamid\s)|(?<=\bdespite\s)|(?<=\bending\s)|(?<=\bends\s)|"
                        r"(?<=\bended\s)|(?<=\bend\s)|(?<=\bthrough\s)|(?<=\bduring\s))"
                        r"(?P<unit6>years|months|weeks|days|decades|hours)"
                        r"(?=\s+of\s+[a-z])"
                        # "over the years", "down the decades": a stretch up to now, the
                        # signal outside, "the" inside
                        r"|(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bdown\s)|(?<=\bacross\s))"
                        r"the\s+(?P<unit7>years|decades)(?![\w-])"
                        r"(?!\s+(?:of|to|ago|before|after|since|that|when|in\s+which)\b)"
                        # "the final weeks of the campaign", "the first hours of the war":
                        # a stretch at an edge of an event, of unsure length
                        # ("the early hours of trading" stays out: "the early hours" is
                        # a night's part, marked only with its day)
                        r"|(?<![\w-])the\s+(?!early\s+hours)"
                        r"(?:first|final|last|early|closing|opening|dying)\s+"
                        r"(?P<unit8>hours|days|weeks|months|years)(?=\s+of\s))"),
    # "the third quarter", "fourth-quarter", "the year-earlier quarter", "the first half of 1989"
    _rule("quarter", rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<yr>{YEAR}|this\s+year['’]s|"
                     r"last\s+year['’]s|next\s+year['’]s|the\s+year['’]s|its|fiscal)\s+)?"
                     r"(?:(?P<fis>fiscal)[\s-]+)?"
                     r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|final|"
                     r"previous|preceding|prior|following|past|same|next|coming|this|recent|that|"
                     r"comparable|corresponding|)"
                     r"[\s-]*(?:fiscal[\s-]+)?"
                     rf"(?P<unit>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<yr2>{YEAR}|this\s+year|"
                     rf"last\s+year|next\s+year|FY\s?{YEAR}|FY['’]?\d\d(?!\d)))?(?P<plural>s)?(?![\w]|-(?:final|time|way|to-|on-|over-))"
                     r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year))?"),
    # "the January-March quarter", "the July-December period of 2012"
    _rule("month_range", rf"{_B}(?:(?P<the>the)\s+)?(?P<m1>{MONTH_FULL})\s*[-–/]\s*"
                         rf"(?P<m2>{MONTH_FULL})\s+(?P<unit>quarter|period|half)"
                         rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}){_E})?"),
    # "the June quarter", "the September-quarter", "the December 2012 quarter": a quarter
    # named by the month it ends in, as companies with fiscal years off the calendar say
    _rule("month_quarter", rf"{_B}(?:(?P<the>the)\s+)?(?P<mon>{MONTH_FULL})"
                           rf"(?:\s+(?P<year>{YEAR}))?[\s-]+quarter(?![\w-])"),  # not "quarter-final"
    # "the first six months of the year", "the last three months of 2012": a half or a quarter
    _rule("months_of", rf"{_B}(?:(?P<the>the)\s+)?(?P<pos>first|last|final)\s+(?:(?P<n>three|six|3|6)"
                       r"\s+months|(?P<q2>two|2)\s+quarters)\s+of\s+"
                       rf"(?:(?P<yr>{YEAR})|(?P<rel>the|this|last|next)\s+year){_E}"),
    # "the three months to September", "the six months to June 2013": a quarter or a half
    # named by the month it ends in, as British and Asian reports say
    _rule("months_to", rf"{_B}(?P<the>the)\s+(?P<n>three|six|3|6)\s+months\s+(?:to|through)\s+"
                       # ("the six months to June 30" stays two: a stretch and a day)
                       rf"(?P<mon>{MONTH_FULL})(?!\.?\s+\d{{1,2}}(?!\d))(?:\s+(?P<yr>{YEAR}))?{_E}"),
    # "Q3", "Q4 2012", "H1 2013", "Q1'13": the analysts' short forms
    # "Q3 FY26", "H1 FY2027": the fiscal year's quarter or half, one expression
    _rule("quarter_abbr", rf"(?<![\w-])(?P<unit>[QH])(?P<n>[1-4])"
                          rf"(?:\s*(?P<y>{YEAR})|['’](?P<yy>\d\d)"
                          rf"|\s+FY\s?(?P<fy>{YEAR})|\s+FY['’]?(?P<fyy>\d\d))?(?![\w-])", flags=0),
    # "finished third last season": the sports season before the one under way (r_last_season)
    _rule("last_season", rf"(?<!\bthe\s)(?<!\bits\s){_B}last\s+season{_E}"),
    # "FY26", "FY'27": a fiscal year by the two digits of the year it ends in (r_fy_short)
    _rule("fy_short", r"(?<![\w-])FY['’]?(?P<yy>\d\d)(?![\w-]|[.,]\d)", flags=0),
    # earnings reports: "the latest period", "the corresponding period last year"
    _rule("period", r"(?<![\w-])(?:(?P<the>the)\s+)?(?P<adj>latest|most\s+recent|recent|current|"
                    r"comparable|corresponding|same|"
                    rf"(?P<yr>{YEAR}))\s+period"
                    r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year)"
                    rf"|\s+of\s+(?P<yr3>{YEAR}))?"
                    r"(?![\w-])"),
    _rule("season", rf"{_B}(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<rel>last|next|this|this\s+past"
                    rf"|the\s+coming|the\s+past|the|that)\s+)?(?:(?P<edge2>early|late|mid)[\s-]+)?"
                    rf"(?P<season>{_SEASON})(?:\s+(?:of\s+)?"
                    rf"(?:(?P<year>{YEAR})(?:[-–/]\d\d(?!\d))?|(?P<sy>{SPOKEN_YEAR}))"
                    rf"|\s+of\s+(?P<ry>last|next|this)\s+year)?"
                    rf"{_E}"),
    _rule("decade", rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?"
                    rf"(?P<dec>(?:1\d|20)\d0s|['’]\d0s|{alternation(_DECADE_WORDS)}){_E}"),
    # a year before the common era, "around 300 BC", "753 B.C.": TIMEX2's BC prefix
    # ("BC0300"); not "BC Hydro" (British Columbia) or "2010 BC Place"
    _rule("bc_year", r"(?<![\w$£€#.,/-])(?P<year>[1-9]\d{0,3})\s*(?:BCE?|B\.C\.(?:E\.)?)"
                     r"(?![\w])(?!\s+[A-Z][a-z])", flags=0),
    # "at the turn of the century", "the turn of the 20th century", "the turn of the
    # millennium": the year the boundary falls in (r_turn_of)
    _rule("turn_of", rf"{_B}the\s+turn\s+of\s+the\s+(?:(?P<ord>{_ORDS})[\s-]+)?"
                     rf"(?P<unit>century|millennium|decade|year){_E}"),
    # "by mid-decade", "until late-century": the decade or century under way, said bare
    # "by mid-year", "until midyear": the middle of the year under way (r_edge_decade)
    _rule("edge_decade", rf"{_B}(?:(?P<edge>mid|early|late)-(?P<unit>decade|century)"
                         rf"|(?P<my>[Mm]id-?year)){_E}"),
    _rule("century", rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?(?P<ord>{_ORDS})"
                     rf"[\s-]+century{_E}"),
    # "the 2013 financial year" is one expression, its article in only with the noun after
    _rule("year", rf"(?<![\w$£€#¥.,/-])(?:(?P<fyt>(?:the|its|their)\s+)(?=\d{{4}}(?:[-–]\d\d)?\s))?"
                  rf"(?:(?P<edge>{EDGE}|(?:fiscal|calendar)(?:[\s-]+year)?"
                  # "the financial year 2026-27": the noun before the years, article inside
                  r"|the\s+(?:financial|fiscal)\s+year"
                  r"|post|pre|FY)[\s-]+|FY(?=\d))?"
                  rf"(?P<year>{YEAR})(?:\s*[-–]\s*(?P<y2>\d\d(?!\d)|{YEAR}))?"
                  r"(?(fyt)\s+(?:financial|fiscal|tax|budget)\s+year"
                  r"|(?:\s+(?:financial|fiscal)\s+year)?)"
                  r"(?![\w%]|[.,/]\d|-\w)",
          "*"),
    _rule("clock", rf"{_B}(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm"
                   r"|o['’]clock)(?!\w)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|ET|CET|CEST|BST|IST"
                   r"|EAT|WAT|CAT|SAST|JST|KST|AEST|AEDT|PKT|EET|EEST|HKT|SGT|MSK|"
                   rf"{_ZONE_WORDS}){_E})?"),
    # "at 4 in the morning", "until 11 at night"
    _rule("clock_pod", rf"{_B}(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?(?:\s+o['’]clock)?\s+"
                       r"(?P<pp>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![\w-])"),
    _rule("clock24", r"(?<=\bat\s)(?P<h>[01]?\d|2[0-3])[:.h](?P<mi>[0-5]\d)(?!\d)"
                     rf"(?:\s*(?P<tz>GMT|UTC|CET|[ECMP][SD]T|{_ZONE_WORDS}){_E})?", "*"),
    # a live blog's entry stamp, opening its line: "14:32 — Polling stations ..."
    _rule("clock_stamp", r"(?<![^\n])(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)"
                         r"(?=\s*[—–-]\s)", "*"),
    # wire services' "(1530 GMT)", "13:30 UTC", "at 0600 local time"
    _rule("clock_tz", r"(?<![\w:.,])(?P<h>[01]\d|2[0-3]|\d)(?::|\.|h)?(?P<mi>[0-5]\d)\s*"
                      r"(?P<tz>GMT|UTC|CET|CEST|BST|[ECMP][SD]T|MSK|IST|EAT|WAT|SAST|JST|KST"
                      rf"|AEST|AEDT|PKT|EET|EEST|HKT|SGT|{_ZONE_WORDS})(?![\w])", "*"),
    # a clock time told in words: "at half past nine", "by a quarter to eight", "ten past six
    # in the morning"
    _rule("clock_words", rf"{_B}(?P<frac>half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+"
                         rf"(?P<dir>past|to|after)\s+(?P<h>one|two|three|four|five|six|seven|"
                         rf"eight|nine|ten|eleven|twelve|[1-9]|1[0-2])(?:\s+o['’]clock)?"
                         rf"(?:\s+(?P<pp>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
                         rf"[ap]\.m\.|[ap]m{_E}))?(?![\w-])"),
    _rule("noon", rf"{_B}(?P<w>noon|midnight|midday){_E}"),
    # "at dawn", "before daybreak", "until nightfall", "since the small hours": a part of a
    # day (r_dawn)
    _rule("dawn", rf"{_B}(?P<w>dawn|daybreak|dusk|nightfall|(?i:the)\s+(?:small|early|wee)\s+hours){_E}"),
    # "arrested on the 30th": a day of the month with no month named (r_day_alone)
    _rule("day_alone", rf"{_B}the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){_E}"),
    # "shelled the town overnight": the night before the day told of (r_overnight)
    _rule("overnight", rf"{_B}(?P<w>overnight){_E}"),
    # "the Thanksgiving weekend": the weekend the holiday names, 'the' included
    # "the first week of January", "the last week in August 2026": a week counted in its
    # month (r_week_of_month)
    _rule("week_of_month", rf"{_B}(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+"
                           rf"week\s+(?:of|in)\s+(?P<mon>{MONTH_FULL})"
                           rf"(?:,?\s+(?P<year>{YEAR}){_E})?"),
    # "the first Sunday of November", "the last Friday in March 2027", "the second Monday
    # of next month": a weekday counted within a month (r_nth_weekday)
    _rule("nth_weekday", rf"{_B}(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|1st|2nd|3rd"
                         rf"|4th|5th|last|final)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?:"
                         rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR}){_E})?"
                         rf"|(?P<rel>this|next|last|the)\s+month{_E}"
                         # "on the first Monday of each month": a set, one per month
                         rf"|(?:each|every)\s+(?P<every>month|quarter|year){_E})"),
    # "Orthodox Christmas", "Orthodox Easter": the feast on the Julian calendar (r_holiday)
    _rule("holiday", rf"{_B}(?:the\s+(?=(?:Orthodox\s+)?(?:{_HOLIDAYS})\s+weekend\b))?"
                     rf"(?:(?P<orth>Orthodox)\s+)?(?P<hol>{_HOLIDAYS})"
                     rf"(?:\s+(?P<year>{YEAR}))?(?P<we>\s+weekend)?"
                     # "Thanksgiving evening", "Christmas morning": a part of the holiday
                     r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
                     rf"{_E}"),
    # "The ship sank on Jan. 30; the week before, inspectors had found cracks": the week or
    # month before (after) the one last told; "the week before the vote" hangs on an event
    _rule("unit_before", rf"{_B}the\s+(?P<unit>week|month)\s+(?P<dir>before|after)"
                         rf"(?=\s*(?:[,.;:!?)]|and\b|$|(?:he|she|they|we|I)\b|{_BARE_SUBJECT_HAD}))"),
    # "the week after next", "the year before last": two units on (back) from now, one
    # expression with "the" inside
    _rule("unit_two", rf"{_B}the\s+(?P<unit>week|month|year)\s+(?P<dir>after\s+next|before\s+last)"
                      rf"{_E}"),
    # "arrived in Philadelphia later in the day", "turnout was high throughout the day": the
    # day told (or publication), "the" inside; "at the end of the day" is often a figure of
    # speech and stays out
    # "the rest of the day" is one expression, as "the rest of the week" is
    _rule("the_day", r"(?:(?<=later\sin\s)|(?<=earlier\sin\s)|(?<=throughout\s)|(?<=during\s)"
                     r"|(?<=most\sof\s)|(?<![\w-])the\s+(?:rest|remainder|balance)\s+of\s+)"
                     r"the\s+day(?![\w'’-])"),
    _rule("anchored_day", rf"{_B}(?P<w>the\s+(?:next|following|previous|same|preceding|prior)\s+"
                          r"(?:day|morning|afternoon|evening|night)"
                          r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
                          # "the day before," told from the date last named; "the day
                          # before the vote" hangs on an event, which is not a date
                          r"|the\s+(?:day|night|morning|afternoon|evening)\s+(?:before|after)"
                          # (a subject pronoun next opens a clause: "the morning after she
                          # named her deputy"; so does a bare subject before a pluperfect,
                          # the tense of what came before the day told: "the day before
                          # aides had drafted a statement")
                          rf"(?=\s*(?:[,.;:!?)]|and\b|$|(?:he|she|they|we|I)\b|{_BARE_SUBJECT_HAD}))"
                          # "today is the eighth day of the operation", "it's the second
                          # day of an offensive": the day told, counted from a start (after
                          # "for", "rallied for a second day", our writers mark nothing)
                          r"|(?:(?<=is\s)|(?<=was\s)|(?<='s\s)|(?<=’s\s))"
                          r"(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
                          r"eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+"
                          r"(?:straight\s+|consecutive\s+|successive\s+)?day"
                          # "for a third day on Thursday": that day is the one named next
                          r"(?!\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
                          r"(?![\w-])"),
    # references: "now", "recently", "the future"
    _rule("ref", r"(?<![\w-])(?P<w>now|currently|nowadays|these\s+days|at\s+present"
                 r"|the\s+present|current|(?:more\s+|most\s+)?recently|lately"
                 r"|recent\s+(?:years|months|weeks|days|decades|times)|"
                 r"the\s+past|the\s+near\s+future|the\s+future|"
                 r"a\s+later\s+date|an\s+earlier\s+date|"
                 r"the\s+short\s+term|the\s+long\s+term|the\s+near\s+term|the\s+coming\s+"
                 r"(?:days|weeks|months|years|decades)|coming\s+(?:days|weeks|months|years)|"
                 r"the\s+(?:days|weeks|months|years)\s+ahead"
                 # "for a while": a stretch of no stated length or unit
                 r"|(?:(?<=for\s)|(?<=in\s)|(?<=after\s)|(?<=take\s)|(?<=takes\s)|"
                 r"(?<=took\s)|(?<=taking\s)|(?<=wait\s)|(?<=last\s))(?<!once\sin\s)a\s+while)"
                 r"(?![\w-])"),
    # sets: "every Friday", "daily", "each year", "twice a year"
    _rule("set_every", rf"{_B}(?P<every>every|each)\s+(?:(?P<q>other|{QUANT})[\s-]+)?"
                       rf"(?P<unit>{UNIT}|weekday|"
                       rf"morning|afternoon|evening|night|{_SEASON}|{MONTH_FULL}|"
                       rf"(?P<wd>{WEEKDAY_BARE})(?:\s+(?P<pod>morning|afternoon|evening|night))?)"
                       rf"{_E}"),
    # "twice monthly", "three times daily": the frequency inside, as in "twice a month"
    _rule("set_adv", rf"{_B}(?:(?:once|twice|thrice|(?:{_NUMBERS}|\d+)\s+times)\s+)?"
                     rf"(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|"
                     r"bimonthly|semiannually|fortnightly"
                     # "quarterly" only as an adverb: "a quarterly dividend" is no recurrence
                     r"|quarterly(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|since|from|by|until|"
                     r"through|with|to)\b))(?![\w])"),
    # "year after year", "night after night": a unit repeated round "after" recurs
    _rule("set_repeat", rf"{_B}(?P<w>day|night|week|month|year)\s+after\s+(?P=w){_E}"),
    # "on weekdays", "at weekends": every such part of the week (r_week_part_set)
    _rule("week_part_set", rf"{_B}(?P<w>weekdays|weekends){_E}"),
    # "twice a day": TimeML keeps the frequency inside the span (freq="2X")
    _rule("set_per", rf"{_B}(?P<freq>(?:once|twice|thrice|(?:{_NUMBERS}|\d+)\s+times)\s+)?"
                     rf"(?P<w>(?:a|an|per|each)\s+"
                     rf"(?P<unit>day|week|month|year|quarter|hour)){_E}"),
]

RULES += [
    # other languages: "jeudi", "el martes", "gestern", "aujourd'hui"
    _rule("weekday_other", rf"{_B}(?P<wd>{alternation(WEEKDAYS_OTHER)}){_E}", "other"),
    _rule("deictic_other", rf"{_B}(?P<w>{alternation(DEICTIC_OTHER)}){_E}", "other"),
    # "hier soir", "esta mañana", "gestern Abend", "dün akşam"
    _rule("pod_other", rf"{_B}(?P<w>{alternation(POD_OTHER)}){_E}", "other"),
    # "la semaine dernière", "el mes pasado", "letzte Woche", "geçen hafta", "φέτος"
    _rule("relative_other", rf"{_B}(?P<w>{alternation(RELATIVE_OTHER)}){_E}", "other"),
    # "il y a trois jours" is not caught (number words), "il y a 3 jours" and
    # "vor einem Jahr", "2 yıl önce", "5 лет назад" are
    _rule("ago_other", rf"{_B}(?:(?P<pre>{alternation(AGO_BEFORE)})\s+)?"
                       rf"(?P<q>\d+|{alternation(ONE_OTHER | FEW_OTHER | set(NUMBERS_OTHER))})\s+"
                       rf"(?P<unit>{alternation(UNITS_OTHER)})"
                       rf"(?:\s+(?P<post>{alternation(AGO_AFTER)}))?{_E}", "other"),
]

RULES_BY_NAME = {r.name: r for r in RULES}

# Words after a bare number that show it counts things rather than naming a year.
NOT_YEAR_AFTER = re.compile(
    r"\s*(?:people|persons|troops|soldiers|votes|men|women|children|feet|foot|meters?|metres?|km|"
    r"kilometers?|miles?|tons?|tonnes|pounds|dollars|yen|euros?|shares|points|units|cars|jobs|"
    r"workers|employees|acres|hectares|kg|kilograms|members|students|cases|deaths|homes|copies|"
    r"rooms|mph|barrels|megawatts|calories|pages|words|delegates|seats|residents|refugees|"
    r"prisoners|patients|times|percent|per\s+cent|hours|minutes|GMT|[ECMP][SD]T|avenue|ave|"
    r"street|st|road|boulevard|blvd|lane|drive|broadway|highway|km/h)\b", _I)

# --- triggers --------------------------------------------------------------------------
# Every expression a rule matches contains one of its trigger words ("#": a token with a
# digit). Scanning only near triggers keeps the pass over a long article cheap: the rules
# above start with look-behinds, which defeat the regex engine's own prefix search.
_UNIT_WORDS = {u + s for u in ("second", "minute", "min", "hour", "hr", "day", "night", "week",
                               "weekend", "fortnight", "month", "year", "yr", "decade",
                               "quarter") for s in ("", "s")} | {"century", "centuries"}
_MONTH_WORDS = set(MONTHS_EN) | set(MONTHS_OTHER) | set(MONTH_ABBR_OTHER)
_WEEKDAY_WORDS = set(WEEKDAY_FULL) | {w + "s" for w in WEEKDAY_FULL} | \
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_POD_WORDS = {"morning", "afternoon", "evening", "night"} | set(PARTS_OF_DAY)
_WORDS = re.compile(r"\w+")


def _longest(phrase: str) -> str:
    return max(_WORDS.findall(phrase.lower()), key=len)
# a name's first word as the text's words are cut: "st" of "St. Patrick's Day"
_HOLIDAY_WORDS = {h.split()[0].split("'")[0].rstrip(".") for h in _HOLIDAY_NAMES}
TRIGGERS: dict[str, frozenset[str]] = {name: frozenset(words) for name, words in {
    "iso": {"#"}, "numeric": {"#"}, "compact": {"#"}, "clock": {"#"}, "clock24": {"#"},
    "clock_stamp": {"#"},
    "clock_pod": {"#"},
    "clock_tz": {"#"},
    "year": {"#"}, "month_day": _MONTH_WORDS, "day_month": _MONTH_WORDS, "month": _MONTH_WORDS,
    "spoken_year": {"nineteen", "eighteen", "twenty", "thousand"},
    "year_end": {"year"}, "mid_day": {"morning", "afternoon", "evening", "midmorning"},
    "weekday": _WEEKDAY_WORDS, "weekday_set": _WEEKDAY_WORDS, "nth_weekday": _WEEKDAY_WORDS,
    "week_of_month": {"week"},
    "deictic": {"yesterday", "today", "tomorrow", "tonight"}, "part_of_day": _POD_WORDS,
    "relative_unit": _UNIT_WORDS, "the_weekend": {"weekend"}, "this_time": {"time"},
    "ago": {"ago", "earlier", "later", "now", "hence", "back"},
    "year_ago_adj": {"year"}, "the_year": {"year"}, "duration": _UNIT_WORDS,
    "duration_rel": _UNIT_WORDS,
    "bare_units": _UNIT_WORDS,
    "long_unit": _UNIT_WORDS | {u + "long" for u in ("minute", "hour", "day", "night", "week",
                                                      "month", "year", "decade")},
    "quarter": {"quarter", "quarters", "half"}, "period": {"period"},
    "month_range": {"quarter", "period", "half"}, "the_unit": {"week", "month"},
    "month_quarter": {"quarter"}, "months_of": {"months", "quarters"},
    "months_to": {"months"},
    "quarter_abbr": {f"{u}{n}" for u in "qh" for n in "1234"}, "fy_short": {"#"},
    "last_season": {"season"},
    "season": set(SEASONS), "decade": {"#"} | set(_DECADE_WORDS), "bc_year": {"#"},
    "century": {"century"}, "edge_decade": {"decade", "century", "year", "midyear"}, "turn_of": {"turn"},
    "clock_mil": {"#"}, "clock_words": {"half", "quarter", "past"},
    "noon": {"noon", "midnight", "midday"}, "holiday": _HOLIDAY_WORDS,
    "dawn": {"dawn", "daybreak", "dusk", "nightfall", "small", "early", "wee"}, "overnight": {"overnight"}, "day_alone": {"#"},
    "anchored_day": _POD_WORDS | {"day"}, "unit_before": {"week", "month"},
    "unit_two": {"next", "last"},
    "the_day": {"day"},
    "ref": {"now", "currently", "nowadays", "days", "present", "current", "recently",
            "recent", "lately", "past", "future", "term", "coming", "ahead", "date", "while"},
    "set_every": {"every", "each"},
    "set_adv": {"daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly",
                "biweekly", "bimonthly", "semiannually", "fortnightly", "quarterly"},
    "set_per": _UNIT_WORDS,
    "week_part_set": {"weekdays", "weekends"}, "set_repeat": {"after"},
    # a phrase's longest word is in every match of it, and is rarely a function word
    "weekday_other": {_longest(p) for p in WEEKDAYS_OTHER},
    "deictic_other": {_longest(p) for p in DEICTIC_OTHER},
    "relative_other": {_longest(p) for p in RELATIVE_OTHER},
    "ago_other": set(UNITS_OTHER),
    "pod_other": {_longest(p) for p in POD_OTHER},
}.items()}
_missing = [r.name for r in RULES if r.name not in TRIGGERS]
if _missing:
    raise ImportError(f"timex rules without triggers: {_missing}")
