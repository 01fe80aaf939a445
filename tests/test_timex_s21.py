"""Timex stage, session 21 (the eighteenth set's misses, then TimeBank's newswire habits);
sentences are our own.

Mechanisms, each named by the general pattern it handles (rows fixed / broken counted over
the probe, every timex_opened* file and TimeBank):
- A present passive of foretelling ("snow is forecast from Thursday night", "growth is
  projected for 2027", "rain is predicted on Saturday") sets what lies ahead, as "is
  expected" already did; "was forecast for Sunday" (a forecast made before) keeps the past.
  Fixes opened18 t16-s18 (2 rows: 'Thursday night', 'the weekend'); 0 broken.
- A title-case headline's "To" + verb is a future ("Parliament To Debate Budget ... From
  Tuesday"), as the sentence-case "Parliament to vote on budget Tuesday" already was: the
  tagger reads "To" as a preposition and the verb as a name there. Not when a named place,
  body or person begins after "To" ("Visit To Paris Ended On Tuesday") or a past verb later
  in the line tells the date ("Road To Recovery Began On Monday"). Fixes opened18 t15-s18;
  0 broken (the probe's five title-case "To" headlines were already right).
- "On the 14th" followed by a clause-closing adverb ("will be published on the 14th
  instead", "meets on the 3rd again"): the day of the month, as before a verb or a
  comma; still not before a noun ("the 30th anniversary"). Fixes opened18 t08-s18; 0 broken.
- "The last days of March", "the first weeks of 2026", "the final months of 2025": one DATE
  valued at the month or year after "of" (TimeML's mod START/END, which the value does
  not carry), as "the end of next year" and "the early hours of Monday" are one; the
  stretch found alone ('the last days' PXD) gives way. A stretch of an event ("the first
  days of the war") stays as it was. Fixes opened18 t08-s18 (value and one extra span);
  0 broken (TimeBank's one stretch, 'the first hours of the ground war', is an event's).
- "Holy Week" is one DATE, the ISO week holding its Monday to Saturday (the week Easter
  Sunday ends), this year's or the one the tense points to as for Easter; "Orthodox Holy
  Week" by the Julian Easter. Fixes opened18 t02-s18; 0 broken.
- "The day/week/month before" whose next words are a bare subject (a plural noun or a name,
  no determiner) before "had" opens a clause of its own ("the day before aides had drafted
  a statement"): the day before the one told, as a subject pronoun after it already was
  ("the morning after she named her deputy"); "the day before the vote" still hangs on an
  event. Fixes opened18 t09-s18; 0 broken.
- "Nightly" is SET XXXX-XX-XXTNI, as "every night" is (probe p647, opened18 t10-s18: 2 of 2
  in our files; TimeBank holds neither): the part of the day recurs, where "daily" counts
  days (P1D). Was P1D. Fixes opened18 t10-s18; 0 broken.
- "Around" right after a duration ("shut for up to three weeks around Lunar New Year",
  "closes for two weeks around Christmas") places the stretch about the date: no mod
  APPROX, so it stays outside the date's extent ("around Nov. 1" alone is still inside, as
  TimeBank's 3 of 3 'around' are approximations of a point). Fixes opened18 t03-s18
  (strict); 0 broken.

- "Republic Day" is a national day dated by the country its sentence names (India January
  26, Turkey October 29, Italy June 2), India's when none is named (the one English-language
  news reports most), as "Independence Day" already was with its own table. Fixes opened16
  t13-s16 (found, right value: 0.992 -> 1.000); 0 broken. Plainly common news usage (the
  parade in New Delhi is reported every January).

Ruled edit of timex_opened5.jsonl: s5-25 'noon on Saturday' split into 'noon' (TIME
2013-10-26T12:00) and 'Saturday' (DATE), by the written clock convention ('at 3 a.m. on
Tuesday' is two) and session 20's ruling (a point of the day + 'on' + a day is split): it
was the last joined '... on <weekday>' row in our files (value 0.965 -> 0.991).

Ruled edits of timex_opened18.jsonl (by our files' counts, the written conventions agreeing):
- t01-s18 'the 2026-27 season': the whole phrase, one DATE 2027, as a span year's season is
  written in 3 of 4 rows (opened12 t04-s12, t22-s12; opened14 t12-s14; only this row
  split), as fiscal and tax years are (4 of 4); a budget ('the 2026-27 budget') keeps the
  year alone, a budget being no stretch of time. Was '2026-27'.
- t22-s18 'before the winter recess': 'winter' added, DATE 2026-WI, by the written
  convention of session 15 ('the summer term' marks 'summer', this year's) and our files
  (a season before term/recess/break marked 8 of 10; the other unmarked one, p625, is an
  indefinite 'a summer break of six weeks').
Open conventions from session 20, settled by counts where the guidelines agree:
- 'May 27 this year' is one DATE (2026-05-27): a date with its year named after it is one
  TIMEX3 in the probe 5 of 5 ('January last year', 'February last year', ...), TimeBank 3
  of 3 ('January this year', 'June last year') and TimeML's extent rule (the words that
  together name one point are one TIMEX3, as 'Friday, October 1, 1999'); opened17 t06-s17
  alone split it and was brought to it (value 0.951 -> 0.975; the code already joined).
- 'this time last year' stays open: valued at the day (opened7 t05-s7), the month (probe
  p438) and the year (opened17 t04-s17), one each, with the probe's p312 at a compared
  month ('in April, up from ... this time last year', the 'a year earlier' convention);
  TimeBank holds none: no majority, so no edit; the code keeps the day.
Conventions counted and kept as the writer chose: 'the fall of 2025' one DATE (our files
20 of 20 'the <season> of <year>' whole, TimeBank 1 of 1); 'Lunar New Year' its first day
(the code's listed table); 'Holy Week' the ISO week (above); 'nightly' (above).
"""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_present_passive_of_foretelling_looks_ahead():
    wed = dt.date(2027, 1, 6)  # a Wednesday of ISO week 1
    got = found("Freezing fog is forecast from Friday morning into the weekend.", wed)
    assert got["Friday morning"] == ("TIME", "2027-01-08TMO")
    assert got["the weekend"] == ("DATE", "2027-W01-WE")
    got = found("More storms are predicted on Saturday, the weather office said.", wed)
    assert got["Saturday"] == ("DATE", "2027-01-09")
    # a forecast told as made before keeps the past
    got = found("Rain was forecast for Monday, but the final went ahead.", wed)
    assert got["Monday"] == ("DATE", "2027-01-04")


def test_title_case_headline_to_plus_verb_is_a_future():
    fri = dt.date(2026, 11, 20)
    got = found("Council To Review Parking Charges From Monday", fri)
    assert got["Monday"] == ("DATE", "2026-11-23")
    # a place after "To", or a past verb in the line, keeps the past
    got = found("Minister's Visit To Paris Ended On Tuesday", fri)
    assert got["Tuesday"] == ("DATE", "2026-11-17")
    got = found("Road To Recovery Began On Monday", fri)
    assert got["Monday"] == ("DATE", "2026-11-16")


def test_day_of_month_before_a_closing_adverb():
    got = found("The hearing will now take place on the 21st instead.", dt.date(2026, 5, 4))
    assert got["the 21st"] == ("DATE", "2026-05-21")
    got = found("The committee meets on the 9th again.", dt.date(2026, 5, 4))
    assert got["the 9th"] == ("DATE", "2026-05-09")
    got = found("Fans marked the 30th anniversary of the club.", dt.date(2026, 5, 4))
    assert "the 30th" not in got


def test_a_stretch_at_one_end_of_a_month_or_year_is_one_date():
    got = found("The works were promised for the first days of June.", dt.date(2026, 7, 2))
    assert got == {"the first days of June": ("DATE", "2026-06")}
    got = found("Exports slowed in the final weeks of 2025.", dt.date(2026, 3, 1))
    assert got == {"the final weeks of 2025": ("DATE", "2025")}
    # a stretch of an event is no date of the calendar
    got = found("In the first days of the strike, shops ran short.", dt.date(2026, 3, 1))
    assert "the first days of the strike" not in got


def test_holy_week_is_the_week_easter_sunday_ends():
    got = found("Hotels in the city are full for Holy Week, the tourism board says.",
                dt.date(2026, 3, 2))
    assert got["Holy Week"] == ("DATE", "2026-W14")  # Easter 2026: April 5
    got = found("Pilgrims crowded the shrine during Holy Week.", dt.date(2026, 6, 1))
    assert got["Holy Week"] == ("DATE", "2026-W14")


def test_the_day_before_a_bare_subject_and_pluperfect():
    got = found("The ferry sank on Tuesday; the day before inspectors had flagged a leak.",
                dt.date(2026, 6, 12))
    assert got["the day before"] == ("DATE", "2026-06-08")
    got = found("Talks ended on May 4, and the week before Ministers had met twice.",
                dt.date(2026, 6, 12))
    assert got["the week before"] == ("DATE", "2026-W18")


def test_nightly_is_every_night():
    got = found("Volunteers will patrol the beach nightly until the turtles hatch.",
                dt.date(2026, 8, 1))
    assert got["nightly"] == ("SET", "XXXX-XX-XXTNI")
    got = found("The ferry runs daily.", dt.date(2026, 8, 1))
    assert got["daily"] == ("SET", "P1D")


def test_around_after_a_duration_is_no_approximation():
    day = dt.date(2026, 12, 1)
    got = found("The plant closes for two weeks around Christmas.", day)
    assert got["Christmas"] == ("DATE", "2026-12-25")
    got = found("The talks should end around Nov. 20.", dt.date(2026, 11, 1))
    assert got["around Nov. 20"] == ("DATE", "2026-11-20")


def test_republic_day_of_the_country_named():
    day = dt.date(2027, 2, 1)
    got = found("Tanks rolled down Kartavya Path for Republic Day in New Delhi.", day)
    assert got["Republic Day"] == ("DATE", "2027-01-26")
    got = found("Turkish cities were lit up for Republic Day.", dt.date(2026, 11, 2))
    assert got["Republic Day"] == ("DATE", "2026-10-29")
    got = found("Italy marked Republic Day with a fly-past over Rome.", dt.date(2026, 6, 3))
    assert got["Republic Day"] == ("DATE", "2026-06-02")
