"""Timex stage, session 20 (the seventeenth set's misses, then TimeBank's newswire habits);
sentences are our own.

Mechanisms, each named by the general pattern it handles:
- "the week/month/year after next", "the ... before last": the calendar unit two on (back)
  from the time told from, one DATE with "the" inside, at the unit's grain (a week is
  YYYY-Wnn). Before: not found. Fixes opened17 t01-s17; no other row of the probe, any
  opened file or TimeBank changes (the phrase appears in none of them).
- A present verb of expecting, hoping or wanting ("expect", "anticipate", "hope",
  "predict", "want") that governs a "to"-infinitive ("lawyers expect him to be released
  before Christmas", "hopes to settle by Easter") makes the date of that infinitive lie
  ahead: the clause's tense is the future, not the present (which took the nearest
  holiday, often the one gone). Not when the date is set as background by "after",
  "since", "from", "between", "than", "following" ("expect the group to report ... after a
  weak fourth quarter", "expects to deliver ... between Thanksgiving and Christmas").
  Fixes opened17 t19-s17; the probe, every opened file and TimeBank unchanged.
- "later in the day", "earlier in the day", "throughout the day", "during the day", "most
  of the day": "the day" is the day last told (else publication), one DATE with "the"
  inside, as TimeML marks a definite day; "the rest of the day" is one DATE as a whole, as
  "the rest of the week" already was. Only in a clause that narrates a dated past or future
  ("temperatures soar during the day" is a habit, no day; as "stays open overnight" is not
  marked); "the rest of the day" always names one. Counts before the rule: marked
  in TimeBank 2 of 2 ('the day' in CNN19980213.2130.0155 after 'later in', and 'the day
  before'), in the probe 2 of 3 (p497 'most of the day', p499 'throughout the day'; s04
  'Earlier in the day' unmarked). "At the end of the day" is left out (a figure of speech
  in quotes as often as a day). Fixed: TimeBank 1 missed (value 0.8687 -> 0.8692), probe
  p497, p499; broken: probe s04 (extra; its label is the minority reading, left unedited).
- "two weekends ago", "a weekend later": the count of weekends keeps the weekend's grain,
  YYYY-Wnn-WE of the week that many weeks away, as "six weeks ago" keeps the week's (was a
  bare day, 2026-05-06). No row of any file or TimeBank has the shape: found by our own
  sentences of common news phrasing; nothing changes elsewhere.
- Fiscal years written the way Indian, British and Australian business news writes them:
  "Q3 FY26", "H1 FY2027" (one DATE, the fiscal year's quarter or half: 2026-Q3, as
  "Q4 2026" is), "the third quarter of FY26" (one DATE, as "the third quarter of 1990" is
  in TimeBank), "the financial year 2026-27" (one DATE valued by the year it ends in, "the"
  inside, as "the 2026-27 financial year" and "fiscal year 2026-27" already were). Before:
  split in two, or not found. No row of any file or TimeBank holds the shapes; nothing
  changes elsewhere.
- A call that sets its object's date with "for" ("the union has called a strike for
  Monday", "called a snap election for March"): the date is still to come, as with "called
  for marches on Friday" already. Before: the Monday gone. No row of any file or TimeBank
  holds the shape; nothing changes elsewhere.
- A timetable verb the tagger reads as a plural noun, joined by "and" to a tensed verb of
  its clause ("the envoy left for Rome yesterday and returns/NNS on Friday"): it shares
  that verb's subject and is its present, a timetable, so the weekday lies ahead (was the
  one gone, the past "left" deciding). A plural noun before "and" ("higher sales and
  returns on Friday") keeps the list reading. No row of any file or TimeBank changes.
- Winters named relative to now ("last winter", "this winter", "next winter", "the
  winter" ahead or past) take the year of their December, as the project's files write
  every winter (probe e04 'the winter of 1995-96' 1995-WI, p489 2008-WI, p853 and opened16
  t03 'this winter' told in December 2026-WI, opened10 t10 a winter break 2023-WI) and as
  the code's own modifier reading did: "last winter" told in October 2026 was 2026-WI (the
  year it ended) and "the winter" ahead 2027-WI; now 2025-WI and 2026-WI. No row of any
  file or TimeBank changes (none holds a relative winter).
"""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_the_unit_after_next_and_before_last():
    day = dt.date(2026, 11, 27)  # a Friday of ISO week 48
    got = found("The board is due to vote on the plan the week after next, an aide said.", day)
    assert got["the week after next"] == ("DATE", "2026-W50")
    got = found("Output fell the year before last and should recover the month after next.", day)
    assert got["the year before last"] == ("DATE", "2024")
    assert got["the month after next"] == ("DATE", "2027-01")
    # "the week after" alone still counts from the day last told
    got = found("The dam failed on March 3. The week after, crews began repairs.", day)
    assert got["The week after"] == ("DATE", "2026-W11")


def test_present_of_expecting_governing_an_infinitive_looks_ahead():
    day = dt.date(2027, 5, 12)
    got = found("Her family expects her to be home before Christmas.", day)
    assert got["Christmas"] == ("DATE", "2027-12-25")
    got = found("The union hopes to settle the dispute by Easter.", day)
    assert got["Easter"] == ("DATE", "2028-04-16")  # Easter 2027 (March 28) is gone
    got = found("Residents want the bridge to reopen before Christmas.", day)
    assert got["Christmas"] == ("DATE", "2027-12-25")


def test_a_background_date_of_an_expectation_keeps_the_one_gone():
    day = dt.date(2027, 3, 17)
    got = found("Analysts expect the chain to post a profit after a weak fourth quarter.", day)
    assert got["fourth quarter"] == ("DATE", "2026-Q4")
    got = found("The courier expects to deliver more parcels than over Christmas.",
                dt.date(2027, 5, 12))
    assert got["Christmas"] == ("DATE", "2026-12-25")


# Ruling (lead's question, settled by counts): 'overnight into <day>' is marked. The adverb
# 'overnight' is marked TIME TNI in 8 rows of our files (probe p430, p447, p670, p695;
# opened7 t02-s7; opened14 t02-s14, t27-s14; opened16 t06-s16, the one 'into <day>' case)
# and left unmarked in 3 (probe p593, the other 'into <day>' case; p489; q07); TimeBank
# marks its one 'overnight' (wsj_0586, TNI). TimeML marks a named part of the day, and the
# weekday after 'into' is a TIMEX3 of its own, so the probe's p593 was brought to the
# majority (overnight 2013-01-15TNI added). Before, the code left it unmarked on purpose.
# "Overnight on Wednesday" (no file holds it) is that weekday's TNI: read as the night after
# Wednesday or as its early hours, the project's conventions give Wednesday TNI either way
# ('Wednesday night'; 'the early hours of Wednesday' is Wednesday's TNI). Before: the
# night before publication, whatever the weekday.
def test_overnight_on_a_weekday_is_that_days_night():
    got = found("The army said the strikes took place overnight on Wednesday.",
                dt.date(2026, 10, 2))
    assert got["overnight"] == ("TIME", "2026-09-30TNI")
    assert got["Wednesday"] == ("DATE", "2026-09-30")


def test_overnight_into_a_weekday_is_the_night_that_ends_on_it():
    got = found("Shelling eased overnight into Sunday, but fire resumed on Monday, the army "
                "said.", dt.date(2026, 3, 20))
    assert got["overnight"] == ("TIME", "2026-03-14TNI")
    assert got["Sunday"] == ("DATE", "2026-03-15")
    got = found("Forecasters expect freezing rain overnight into Thursday.", dt.date(2025, 1, 6))
    assert got["overnight"] == ("TIME", "2025-01-08TNI")
    # not before a part of the week or a deictic word: unchanged
    got = found("Rain will continue overnight into the weekend.", dt.date(2025, 1, 6))
    assert "overnight" not in got


def test_the_day_after_a_preposition_of_its_course_is_the_day_told():
    day = dt.date(2012, 4, 2)
    got = found("Voters went to the polls on Sunday. Turnout was high throughout the day.", day)
    assert got["the day"] == ("DATE", "2012-04-01")
    got = found("Trading was halted for the rest of the day.", day)
    assert got["the rest of the day"] == ("DATE", "2012-04-02")
    got = found("The minister arrived in Lagos later in the day.", day)
    assert got["the day"] == ("DATE", "2012-04-02")
    got = found("The suspect lived there until June. Police spent most of the day searching "
                "his flat.", day)
    assert got["the day"] == ("DATE", "2012-04-02")
    # a habit names no day; a figure of speech, and "the day" before an event, stay out
    got = found("Temperatures soar during the day and fall at night.", day)
    assert "the day" not in got
    got = found("At the end of the day, voters want jobs.", day)
    assert "the day" not in got
    got = found("She recalled the day the plant closed.", day)
    assert "the day" not in got


def test_weekends_counted_back_keep_the_weekend_grain():
    day = dt.date(2026, 5, 20)  # a Wednesday of ISO week 21; last weekend is W20's
    got = found("Two weekends ago the rally drew 5,000 people.", day)
    assert got["Two weekends ago"] == ("DATE", "2026-W19-WE")
    got = found("Police closed the square three weekends ago.", day)
    assert got["three weekends ago"] == ("DATE", "2026-W18-WE")


# Ruling (lead's question, settled by counts): 'dawn on <day>' is two TIMEX3, 'dawn' TIME
# (TMO) dated by the day, and the day a DATE of its own; the signal 'on' stays outside.
# Counts before the change, over the probe and every timex_opened* file: 'dawn/dusk on
# <day>' joined 4 (probe g04, p558, p559, p669), split 2 (opened16 t19-s16, opened17
# t07-s17); the class it belongs to, a point of the day + 'on' + a day, splits 84 of 91
# (clock times 67 of 68, 'noon/midnight on <day>' 15 of 16; joined: opened5 s5-35, s5-25,
# left as they are); TimeBank has no dawn, and none of its TIMEX3 holds 'on' (TimeML 1.2.1:
# SIGNALs are outside the extent), so the guidelines side with the class's majority. The
# probe's 4 rows were brought to it (each split into 'dawn' TIME + the weekday DATE, values
# kept); test_timex_s11 and test_timex_s14 assertions updated ('dawn the next day' also
# splits, as probe p631 already had it). Probe value 0.9872 -> 0.9877 (p631 fixed),
# opened16 0.9672 -> 0.9919, opened17 0.9256 -> 0.9508; TimeBank unchanged.
def test_dawn_on_a_day_is_two_timexes_dated_by_the_day():
    got = found("Troops moved into the square at dawn on Thursday and cleared it by noon.",
                dt.date(2026, 8, 14))
    assert got["dawn"] == ("TIME", "2026-08-13TMO")
    assert got["Thursday"] == ("DATE", "2026-08-13")
    got = found("The convoy will leave before dawn on Saturday.", dt.date(2026, 8, 14))
    assert got["dawn"] == ("TIME", "2026-08-15TMO")
    assert got["Saturday"] == ("DATE", "2026-08-15")
    got = found("Shelling stopped at dusk on Monday.", dt.date(2026, 8, 14))
    assert got["dusk"] == ("TIME", "2026-08-10TEV")


def test_fiscal_quarters_and_years_in_their_short_and_long_forms():
    day = dt.date(2026, 8, 12)
    got = found("Net profit rose 9 percent in Q3 FY26, the lender said.", day)
    assert got == {"Q3 FY26": ("DATE", "2026-Q3")}
    got = found("Margins narrowed in the second quarter of FY27.", day)
    assert got == {"the second quarter of FY27": ("DATE", "2027-Q2")}
    got = found("Sales should grow 6 percent in H1 FY2027.", day)
    assert got == {"H1 FY2027": ("DATE", "2027-H1")}
    got = found("The deficit target for the financial year 2026-27 was kept.", day)
    assert got == {"the financial year 2026-27": ("DATE", "2027")}


def test_a_call_dating_its_object_with_for_looks_ahead():
    day = dt.date(2026, 6, 9)  # a Tuesday
    got = found("The union has called a strike for Monday.", day)
    assert got["Monday"] == ("DATE", "2026-06-15")
    got = found("The prime minister called a snap election for March.", day)
    assert got["March"] == ("DATE", "2027-03")
    # the day of the call itself stays in the past
    got = found("The union called the strike on Monday.", day)
    assert got["Monday"] == ("DATE", "2026-06-08")


def test_a_timetable_verb_joined_to_a_past_one_keeps_its_present():
    day = dt.date(2026, 6, 9)  # a Tuesday
    got = found("The envoy left for Rome yesterday and returns on Friday.", day)
    assert got["Friday"] == ("DATE", "2026-06-12")
    got = found("The firm reported higher sales and returns on Friday.", day)
    assert got["Friday"] == ("DATE", "2026-06-05")


def test_relative_winters_take_the_year_of_their_december():
    october = dt.date(2026, 10, 2)
    assert found("Gas use peaked last winter.", october)["last winter"] == ("DATE", "2025-WI")
    assert found("Gas use will peak this winter.", october)["this winter"] == ("DATE", "2026-WI")
    assert found("Prices are expected to rise in the winter.", october)["the winter"] == \
        ("DATE", "2026-WI")
    january = dt.date(2027, 1, 12)
    assert found("Snow has been heavy this winter.", january)["this winter"] == \
        ("DATE", "2026-WI")
    assert found("The resort will reopen next winter.", january)["next winter"] == \
        ("DATE", "2027-WI")
    assert found("Gas use peaked last winter.", january)["last winter"] == ("DATE", "2025-WI")
