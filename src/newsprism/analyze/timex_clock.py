"""Clock times in the timex stage: joining "3 p.m. Thursday", dating a clock time from the
days named around it, the small hours after an evening, hours counted from a clock time.
Each step takes and returns the list of (start, end, type, value) found so far; at the end,
the resolvers of clock times told without a colon ("at 0630 on Friday", "half past nine")."""
from __future__ import annotations

import datetime as _dt
import re

from .timex_calendar import safe_date, ymd
from .timex_resolve import SENTENCE_END, Context, _clock_value, prev_word

FULL_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
CLOCK_VALUE = re.compile(r"T(\d\d:\d\d)$")
_TIME_DATE_GAP = re.compile(r"^\s*,?\s*$")
_NEAR_GAP = re.compile(r"^\s*(?:,\s*)?(?:at|on|,)?\s*$")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ON_GAP = re.compile(r"\s+(?:on\s+)?|\s*,\s*")
_TOLD_FROM = re.compile(r"(?:the|that)\s", re.I)
DAWN_WORDS = {"dawn", "daybreak", "dusk", "nightfall"}
_PART_VALUE = re.compile(r"T(MO|AF|EV)$")
# "by early evening", "in mid-afternoon", "by evening": a part of the day told with no day of
# its own
_EDGE_OF_PART = re.compile(r"(?i)(?:(?:early|late|mid)[\s-]*)?(?:morning|afternoon|evening)")


def attach_clock_times(text: str, found: list) -> list:
    """"3 p.m. Thursday" is one expression; "Thursday at 3 p.m." dates the clock time."""
    out: list = []
    i = 0
    while i < len(found):
        cur = found[i]
        clock = CLOCK_VALUE.search(cur[3]) if cur[2] == "TIME" else None
        both = _with_paren_clock(text, found, i) if clock else None
        if both:  # "10:35 a.m. (0735 GMT) Friday": both readings take Friday's date
            out.extend(both)
            i += 2
            continue
        if cur[2] == "TIME" and i + 1 < len(found) and \
                text[cur[0]:cur[1]].lower() in DAWN_WORDS:
            nxt, part = found[i + 1], _PART_VALUE.search(cur[3])
            day = FULL_DATE.match(nxt[3])
            if part and day and "T" not in nxt[3] and _ON_GAP.fullmatch(text, cur[1], nxt[0]):
                # "before dawn on Friday": two TIMEX3, the signal "on" outside either, as
                # "at 3 a.m. on Friday" and "at noon on Friday" are; dawn takes Friday's date
                # (session 20 ruling, counts in tests/test_timex_s20.py)
                out.append((cur[0], cur[1], "TIME", f"{day.group(0)}T{part.group(1)}"))
                out.append(nxt)
                i += 2
                continue
        if clock and i + 1 < len(found):
            nxt = found[i + 1]
            day = FULL_DATE.match(nxt[3])
            gap = text[cur[1]:nxt[0]]
            if day and not CLOCK_VALUE.search(nxt[3]) and _NEAR_GAP.match(gap):
                value = f"{day.group(0)}T{_by_part(text[cur[0]:cur[1]], clock.group(1), nxt[3])}"
                # "at 9 p.m. the same day": a day told from another is its own TIMEX3
                if _TIME_DATE_GAP.match(gap) and not _TOLD_FROM.match(text, nxt[0]):
                    out.append((cur[0], nxt[1], "TIME", value))
                    i += 2
                    continue
                cur = (cur[0], cur[1], "TIME", value)
        if clock and out:
            prev = out[-1]
            day = FULL_DATE.match(prev[3])
            if day and not CLOCK_VALUE.search(prev[3]) and _NEAR_GAP.match(text[prev[1]:cur[0]]):
                cur = (cur[0], cur[1], "TIME", f"{day.group(0)}T{clock.group(1)}")
        out.append(cur)
        i += 1
    return out


_AM_PM = re.compile(r"(?i)[ap]\.?\s?m\b|\b(?:noon|midnight|midday)\b|\d\d:?\d\d|in\s+the\s+")
_LATE_PART = re.compile(r"T(AF|EV|NI)$")


def _by_part(clock_text: str, hhmm: str, day_value: str) -> str:
    """"8 o'clock on Tuesday evening": a clock reading with no a.m./p.m. takes the half of
    the day its part of day names (20:00); a 24-hour reading ('0800') is left as written."""
    part = _LATE_PART.search(day_value)
    h = int(hhmm[:2])
    if part and 1 <= h <= 11 and not _AM_PM.search(clock_text) and \
            (part.group(1) != "NI" or h >= 6):
        return f"{h + 12:02d}{hhmm[2:]}"
    return hhmm


_OWN_DAY = re.compile(rf"(?i)\b(?:{_WEEKDAY}|today|tonight|tomorrow|yesterday)\b")


def date_clock_times(text: str, found: list, ctx: Context) -> list:
    """A clock time told with no day of its own takes the day named nearest to it in the
    same sentence ("On Tuesday the blast, shortly after 10 a.m., ..."); only without one
    does it stay on the publication day."""
    anchor = ctx.anchor
    own = ymd(anchor) if anchor else "XXXX-XX-XX"
    out = list(found)
    for i, (start, end, type_, value) in enumerate(found):
        clock = CLOCK_VALUE.search(value) if type_ == "TIME" else None
        if type_ == "TIME" and not clock and (text[start:end].lower() in DAWN_WORDS
                                              or _EDGE_OF_PART.fullmatch(text, start, end)):
            clock = _PART_VALUE.search(value)  # "at dawn" is dated as a clock time is
        if clock and clock.group(1) == "24:00" and not _OWN_DAY.search(text, start, end):
            # "took effect at noon on Thursday, but shelling resumed before midnight": the
            # midnight that ends the day the sentence names, not the one before publication
            day = _same_sentence_day(text, found, i)
            if day and any(f[3] == day and text[f[0]:f[1]].lower().startswith("early")
                           for f in found):
                # "a midnight screening ... early Friday": the midnight that opened the day
                day = ymd(_dt.date.fromisoformat(day) - _dt.timedelta(days=1))
            if day:
                out[i] = (start, end, type_, f"{day}T24:00")
            continue
        if not clock or not value.startswith(own + "T") or _OWN_DAY.search(text, start, end):
            continue  # "from 4 p.m. Friday": the day inside the span is the clock's own
        day = (":" in clock.group(1) and _paren_day(text, found, i, clock.group(1))) or \
            _same_sentence_day(text, found, i)
        told = None if day else _day_just_told(text, found, i)
        past = not day and ctx.tense(start, end) == "past"
        if past and told and told > own:
            told = None  # "closed until Thursday. The vote came at 7 p.m.": not that day
        if past and (told is None or _old(told, anchor)):
            # "was woken at 1 a.m.", "Police moved in at 7 a.m." after backstory "on July 3"
            day = _story_day(text, found, i, anchor)
        day = day or told
        if day and day != own:
            out[i] = (start, end, type_, f"{day}T{clock.group(1)}")
    return out


_NIGHT_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)TNI$")


def past_midnight(text: str, found: list, anchor: _dt.date | None) -> list:
    """"Polls closed at 7 p.m. and the count was in by 2 a.m.": a small-hours clock time
    told next after an evening one, with no day of its own, is on the day after it."""
    own = ymd(anchor) if anchor else None
    out = list(found)
    for i in range(1, len(found)):
        start, end, type_, value = found[i]
        at, before = _CLOCK_FULL.match(value), _CLOCK_FULL.match(out[i - 1][3])
        night = _NIGHT_DAY.match(out[i - 1][3])
        if type_ == "TIME" and night and text[start:end].lower() in DAWN_WORDS and \
                "night" in text[found[i - 1][0]:found[i - 1][1]].lower() and \
                value == f"{night[1]}TMO" and not _OWN_DAY.search(text, start, end) and \
                len(text[found[i - 1][1]:start]) <= 120 and \
                not SENTENCE_END.search(text, found[i - 1][1], start):
            # "worked late into Thursday night and reached a deal before dawn": the dawn
            # that ends that night, on the day after
            day = _dt.date.fromisoformat(night[1]) + _dt.timedelta(days=1)
            out[i] = (start, end, type_, f"{ymd(day)}TMO")
            continue
        if type_ != "TIME" or not at or not before or int(at[2]) >= 6 or \
                int(before[2]) < 18 or _OWN_DAY.search(text, start, end):
            continue
        gap = text[found[i - 1][1]:start]
        if len(gap) > 200 or "\n\n" in gap or len(SENTENCE_END.findall(gap)) > 1:
            continue
        evening = _dt.date.fromisoformat(before[1])
        if at[1] == before[1] or (at[1] == own and evening < anchor):
            out[i] = (start, end, type_, f"{ymd(evening + _dt.timedelta(days=1))}T{at[2]}:{at[3]}")
    return out


def _paren_day(text: str, found: list, i: int, local: str) -> str | None:
    """"At 4 in the morning (4 a.m. EDT Thursday)": the gloss in parentheses dates it,
    across midnight when the zones differ: "7:45 a.m. (2345 GMT Sunday)" is Monday."""
    if i + 1 >= len(found) or not re.fullmatch(r"\s*\(\s*", text[found[i][1]:found[i + 1][0]]):
        return None
    gloss = found[i + 1][3]
    day = FULL_DATE.match(gloss)
    if not day:
        return None
    at = _CLOCK_FULL.match(gloss)
    if not at:
        return day.group(0)
    hh, mm = local.split(":")
    # zones lie between 12 hours behind and 14 ahead of GMT
    shift = (int(hh) * 60 + int(mm) - int(at[2]) * 60 - int(at[3])) % 1440
    if shift > 14 * 60:
        shift -= 1440
    when = _dt.datetime.fromisoformat(f"{at[1]}T{at[2]}:{at[3]}") + _dt.timedelta(minutes=shift)
    return ymd(when.date())


_NEW_SENTENCE = re.compile(r"\s+[\"“`'(]*[A-Z]")
_POD_VALUE = re.compile(r"\dT(?:MO|AF|EV|NI|DT)$")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s")


def _same_sentence_day(text: str, found: list, i: int) -> str | None:
    start, end = found[i][0], found[i][1]
    best: tuple[int, str] | None = None
    for j, item in enumerate(found):
        day = FULL_DATE.match(item[3])
        if j == i or not day or ("T" in item[3] and not _POD_VALUE.search(item[3])
                                 and not (item[1] <= start and _OWN_DAY.search(text, *item[:2]))):
            continue  # a part of the day names its day too: "on Wednesday morning ... at 8:55",
            # as a clock time told before with its day: "open at 7 a.m. Sunday and close at 8 p.m."
        lo, hi = (item[1], start) if item[1] <= start else (end, item[0])
        if hi - lo > 150 or SENTENCE_END.search(text, lo, hi) or \
                (text[lo - 1] == "." and _NEW_SENTENCE.match(text, lo, hi)):
            continue  # "at 10 a.m. Police ...": the abbreviation's point ends a sentence
        if lo == end and _NEXT_CLAUSE.search(text, lo, hi):
            continue  # "came after 7 p.m., and he met them on Wednesday": another clause
        # a day that dates only a saying ("the association said on Friday") yields to any
        # other day the sentence names ("open until midnight on Christmas Eve")
        rank = (said_on(text, item[0]), hi - lo)
        if best is None or rank < best[0]:
            best = (rank, _after_overnight(text, item, found[i][3]) or day.group(0))
    return best[1] if best else None


_HOUR = re.compile(r"T(\d\d):")


def _after_overnight(text: str, night: tuple, value: str) -> str | None:
    """"Markets fell overnight, and shares opened lower at 0800 GMT": the adverb names the
    night before the day told (TNI), and a clock time of the morning or day in its sentence
    falls on the day that night runs into, not the evening it began."""
    hour = _HOUR.search(value)
    if text[night[0]:night[1]].lower() != "overnight" or not night[3].endswith("TNI") or \
            (hour and int(hour[1]) >= 18):
        return None
    return ymd(_dt.date.fromisoformat(night[3][:10]) + _dt.timedelta(days=1))


def _day_just_told(text: str, found: list, i: int) -> str | None:
    """"It began to list on Wednesday morning. The first call came at 8:55 a.m.": a clock
    time with no day in its sentence goes on the story's day just told, when the sentence
    before names one (and nothing else dated stands between)."""
    j = i - 1
    while j >= 0 and (found[j][2] in ("DURATION", "SET") or found[j][3].endswith("_REF")):
        j -= 1  # "on Feb. 20. Within hours ... by nightfall": a stretch dates nothing
    if j < 0:
        return None
    prev = found[j]
    day = FULL_DATE.match(prev[3])
    if not day or ("T" in prev[3] and not _POD_VALUE.search(prev[3])):
        return None
    gap = text[prev[1]:found[i][0]]
    if len(gap) > 300 or "\n\n" in gap or len(SENTENCE_END.findall(gap)) != 1:
        return None
    return day.group(0)


def _old(day: str, anchor: _dt.date | None) -> bool:
    """Whether a day lies more than a week before publication: backstory, not the news."""
    return anchor is not None and (anchor - _dt.date.fromisoformat(day)).days > 7


def _story_day(text: str, found: list, i: int, anchor: _dt.date | None) -> str | None:
    """"Sandy slammed into the coast on Monday evening. ... It came ashore at about 8 p.m.":
    a clock time with no day near it belongs to the day the story happened, the first day
    the text names in the few days before publication (the lede's; a day named later is
    more often backstory: "bought a shotgun on Saturday, two days before the attack"),
    passing over the day something was only said ("investigators said on Sunday")."""
    if anchor is None:
        return None
    for j in range(i):
        prev = found[j]
        day = FULL_DATE.match(prev[3])
        if not day or ("T" in prev[3] and not _POD_VALUE.search(prev[3])) or \
                said_on(text, prev[0]):
            continue
        d = safe_date(int(day[1]), int(day[2]), int(day[3]))
        if d is not None and 0 < (anchor - d).days <= 3:
            return day.group(0)
    return None


_SAID_ON = re.compile(r"\b(?:said|says|told|announced|reported|added)\b[^.;\n]{0,25}$")


def said_on(text: str, start: int) -> bool:
    """Whether a day dates a saying ("officials said on Tuesday"), not the news itself."""
    return bool(_SAID_ON.search(text, max(0, start - 40), start))


_SHORT_SPAN = re.compile(r"^PT(\d+)([HM])$")
_LATER = re.compile(r"\s+(later|earlier)\b", re.I)
_CLOCK_FULL = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$")


def clock_counted(text: str, found: list) -> list:
    """"Left at 7:45 a.m. on Tuesday and sank two hours later": hours or minutes counted
    from a clock time told earlier in the same sentence name a time of day (TimeML anchors
    them), 09:45; with no clock time to count from, the stretch stays a duration."""
    out = list(found)
    for i, (start, end, type_, value) in enumerate(found):
        span = _SHORT_SPAN.match(value) if type_ == "DURATION" else None
        after = _LATER.match(text, end) if span else None
        if not after:
            continue
        for j in range(i - 1, -1, -1):
            clock = _CLOCK_FULL.match(out[j][3]) if out[j][2] == "TIME" else None
            if SENTENCE_END.search(text, out[j][1], start):
                break
            if clock:
                n = int(span[1]) * (60 if span[2] == "H" else 1)
                t = _dt.datetime.fromisoformat(f"{clock[1]}T{clock[2]}:{clock[3]}")
                t += _dt.timedelta(minutes=n if after[1].lower() == "later" else -n)
                out[i] = (start, after.end(), "TIME", t.strftime("%Y-%m-%dT%H:%M"))
                break
    return out


_PAREN_OPEN = re.compile(r"^\s*\(\s*$")
_PAREN_CLOSE = re.compile(r"^\s*\)\s*(?:,\s*)?(?:on\s+)?$")


def _with_paren_clock(text: str, found: list, i: int) -> list | None:
    """A clock time, its conversion in parentheses, then a day: the two re-dated."""
    if i + 2 >= len(found):
        return None
    cur, paren, day_item = found[i], found[i + 1], found[i + 2]
    clock2 = CLOCK_VALUE.search(paren[3])
    day = FULL_DATE.match(day_item[3])
    if not (clock2 and day) or CLOCK_VALUE.search(day_item[3]):
        return None
    if not (_PAREN_OPEN.match(text[cur[1]:paren[0]])
            and _PAREN_CLOSE.match(text[paren[1]:day_item[0]])):
        return None
    clock = CLOCK_VALUE.search(cur[3])
    return [(cur[0], cur[1], "TIME", f"{day.group(0)}T{clock.group(1)}"),
            (paren[0], paren[1], "TIME", f"{day.group(0)}T{clock2.group(1)}")]



# ("the night of March 29" joined as one TIME, 2026-03-29TNI, was tried: TimeBank unchanged,
# AQUAINT's value F1 0.7922 -> 0.7889, so the day is left to stand alone)
_DAY_OF = re.compile(r"(?i)\bthe\s+(?P<which>first|last|final)\s+day\s+of\s+$")
_MONTH_ONLY = re.compile(r"^(\d{4})-(\d\d)$")


def day_of_month_edge(text: str, found: list) -> list:
    """"The last day of March" is March 31, one DATE, not a duration and a month."""
    out: list = []
    for item in found:
        start, end, type_, value = item
        which = _DAY_OF.search(text, max(0, start - 30), start) if type_ == "DATE" else None
        month = _MONTH_ONLY.match(value)
        if which and month:
            y, mo = int(month[1]), int(month[2])
            if which["which"].lower() == "first":
                d = _dt.date(y, mo, 1)
            else:
                d = _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
            while out and out[-1][0] >= which.start():
                out.pop()  # "the last day" read alone as a duration
            out.append((which.start(), end, "DATE", ymd(d)))
            continue
        out.append(item)
    return out


# "in the small hours of Sunday", "the early hours of April 26, 1986": the night part of the day a weekday or written date right
# after it names, one TIME (TNI). "the night of Oct. 23" is left to its date, as AQUAINT's
# annotators mark it (two TBAQ cases), so only the idiom that cannot stand as a date's
# modifier is joined.
_SMALL_HOURS_OF = re.compile(r"(?i)\bthe\s+(?:small|early|wee)\s+hours\s+of\s+$")


# "on Tuesday, the day before the exams began": a phrase in apposition to the day just
# named is that day, whatever event it is then told from (left alone when found on its own);
# "before" is TimeML's SIGNAL to the event, outside the extent, as TimeBank marks "Oct. 12,
# the day before the stock market plunge" ('the day', 1989-10-12)
_APPOSED_DAY = re.compile(r"(?i),\s+(the\s+day)\s+(?:before|after)\s+(?:the|a|an|his|her|"
                          r"its|their)\b")


def part_of_date(text: str, found: list) -> list:
    out: list = []
    starts = {f[0] for f in found}
    for item in found:
        apposed = item[2] == "DATE" and len(item[3]) == 10 and FULL_DATE.match(item[3]) and \
            _APPOSED_DAY.match(text, item[1])
        if apposed and apposed.start(1) not in starts:
            out.append(item)
            out.append((apposed.start(1), apposed.end(1), "DATE", item[3]))
            continue
        m = item[2] == "DATE" and FULL_DATE.match(item[3]) and len(item[3]) == 10 and \
            _SMALL_HOURS_OF.search(text, max(0, item[0] - 30), item[0])
        if m:
            out = [o for o in out if o[1] <= m.start()]  # "the small hours" found alone
            out.append((m.start(), item[1], "TIME", f"{item[3]}TNI"))
            continue
        out.append(item)
    return out


# "between 1 and 3 p.m.", "from 9 to 11 a.m.": the bare hour before a clock time that says
# a.m. or p.m. is a clock time of its own (TimeML marks each end of the range), sharing the
# other's day and, unless it would come after it, its half of the day
_BARE_HOUR = re.compile(r"(?i)\b(?:between|from)\s+(?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5]\d))?"
                        r"\s*(?:and|to|until|till|-|–)\s*$")
_MERIDIEM = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?\s*(?P<ap>[ap])\.?\s?m\b")


def bare_hour_ranges(text: str, found: list) -> list:
    out: list = []
    for item in found:
        start, end, type_, value = item
        clock = _CLOCK_FULL.match(value) if type_ == "TIME" else None
        ap = _MERIDIEM.match(text, start) if clock else None
        bare = _BARE_HOUR.search(text, max(0, start - 24), start) if ap else None
        if bare and not (out and out[-1][1] > bare.start()):
            h, later = int(bare["h"]) % 12, int(clock[2])
            if ap["ap"].lower() == "p" and h + 12 <= later:
                h += 12
            out.append((bare.start("h"), bare.end("mi") if bare["mi"] else bare.end("h"),
                        "TIME", f"{clock[1]}T{h:02d}:{bare['mi'] or '00'}"))
        out.append(item)
    return out


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|and|-|–)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?i)\b(?:from|between)\s+$")


def clock_range_order(text: str, found: list) -> list:
    """"The curfew runs from 10pm to 6am": a clock range's end earlier in the day than its
    start falls on the next day; "between 9pm and midnight" ends at the close of the
    start's day."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        ca = _CLOCK_FULL.match(a[3]) if a[2] == "TIME" else None
        cb = _CLOCK_FULL.match(b[3]) if b[2] == "TIME" else None
        if not (ca and cb and _RANGE_GAP.fullmatch(text, a[1], b[0])
                and _RANGE_OPEN.search(text, max(0, a[0] - 10), a[0])):
            continue
        if f"{cb[2]}:{cb[3]}" == "24:00":
            day = ca[1]
        elif ca[1] == cb[1] and (cb[2], cb[3]) < (ca[2], ca[3]):
            day = ymd(_dt.date.fromisoformat(ca[1]) + _dt.timedelta(days=1))
        else:
            continue
        out[i + 1] = (b[0], b[1], "TIME", f"{day}T{cb[2]}:{cb[3]}")
    return out


# --- resolvers of clock times told without a colon ---------------------------------------
_CLOCK_WORD_BEFORE = {"at", "by", "until", "till", "around", "about", "before", "after",
                      "from", "since", "to", "and"}
_HOUR_WORDS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six",
                                           "seven", "eight", "nine", "ten", "eleven",
                                           "twelve"), start=1)}
_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10,
                 "twenty": 20, "twenty-five": 25}


_LEVEL_VERBS = {"closed", "ended", "finished", "stood", "opened", "traded", "settled", "peaked",
                "was", "is", "rose", "fell", "climbed", "dropped", "hit", "reached"}


def r_clock_mil(m, ctx):
    """"Sails at 0630 on Friday": a clock time of its own, its day the one named next to it
    (date_clock_times), as '6 a.m. on Friday' is; not a market's level ("the index closed
    at 2014 on Monday")."""
    before = ctx.text[max(0, m.start() - 20):m.start()].lower().split()
    if len(before) >= 2 and before[-2] in _LEVEL_VERBS:
        return None
    return [(m.start(), m.end(), "TIME", _clock_value(ctx, int(m["h"]), int(m["mi"])))]


def r_clock_words(m, ctx):
    """"At half past nine": T09:30, the half of the day as written ("in the evening",
    "p.m."), else the hour as said (TimeML writes no a.m. or p.m. it is not told)."""
    if prev_word(ctx.text, m.start()) not in _CLOCK_WORD_BEFORE:
        return None  # "half past nine o'clock" needs a preposition of time: else a score
    h = _HOUR_WORDS.get(m["h"].lower()) or int(m["h"])
    mm = _MINUTE_WORDS[re.sub(r"\s+", " ", m["frac"].lower())]
    if m["dir"].lower() == "to":
        h, mm = (h - 2) % 12 + 1, 60 - mm
    pp = (m["pp"] or "").lower()
    if pp.startswith("p") or pp.endswith(("afternoon", "evening")) or \
            (pp.endswith("night") and h >= 6):
        h = h % 12 + 12
    elif pp.startswith("a") or pp.endswith("morning"):
        h %= 12
    return [(m.start(), m.end(), "TIME", _clock_value(ctx, h, mm))]


CLOCK_RESOLVERS = {"clock_mil": r_clock_mil, "clock_words": r_clock_words}
