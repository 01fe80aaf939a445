"""Timex stage, session 15: the bare hour opening a clock range ("between 1 and 3 p.m.")
is a clock time of its own; "the last day of the sales" is no 24-hour stretch; "about"
before a counted stretch or an "ago" phrase stays inside the extent (TimeML's mod APPROX),
but not when "about" is the topic of talk."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_bare_hour_before_a_clock_time_takes_its_day_and_half():
    got = found("The high street will be closed between 1 and 3 p.m. on Saturday.",
                dt.date(2026, 10, 21))
    assert got["1"] == ("TIME", "2026-10-24T13:00")
    assert got["3 p.m."] == ("TIME", "2026-10-24T15:00")
    got = found("Divers worked between 11 and 1 p.m. on Friday.", dt.date(2026, 10, 21))
    assert got["11"] == ("TIME", "2026-10-16T11:00")
    got = found("The clinic is open from 9 to 11 a.m. on weekdays.", dt.date(2026, 10, 21))
    assert got["9"][1].endswith("T09:00")


def test_numbers_without_a_clock_time_stay_numbers():
    assert found("Rates rose between 5 and 7 percent.", dt.date(2026, 10, 21)) == {}


def test_the_last_day_of_something_is_no_duration():
    assert "the last day" not in found("Shops stay open on the last day of the sales.",
                                       dt.date(2026, 2, 25))
    got = found("The trial opened on the last day of March.", dt.date(2026, 10, 21))
    assert got["the last day of March"] == ("DATE", "2026-03-31")
    assert found("Prices rose over the last year.", dt.date(2026, 10, 21))["the last year"] \
        == ("DURATION", "P1Y")


def test_about_inside_a_counted_stretch_and_ago():
    d = dt.date(2026, 10, 21)
    assert found("The plant was shut for about a decade.", d)["about a decade"] == \
        ("DURATION", "P10Y")
    assert found("It took about 20 minutes.", d)["about 20 minutes"] == ("DURATION", "PT20M")
    assert found("The firm was founded about two years ago.", d)["about two years ago"] == \
        ("DATE", "2024")
    assert "two years" in found("She spoke about two years in prison.", d)


def test_present_tense_after_until_or_before_looks_ahead():
    d = dt.date(2025, 10, 15)
    got = found("The broadcaster will show highlights every Sunday evening until the season "
                "ends in May.", d)
    assert got["May"] == ("DATE", "2026-05")
    got = found("The court will rule before its term ends in June, a spokeswoman said.", d)
    assert got["June"] == ("DATE", "2026-06")
    assert found("Prices rose in May, the bureau said.", d)["May"] == ("DATE", "2025-05")


def test_the_morning_after_before_a_subject_pronoun():
    got = found("The mayor was elected on Tuesday, and the morning after she named her deputy.",
                dt.date(2025, 11, 6))
    assert got["the morning after"] == ("TIME", "2025-11-05TMO")
    assert found("The markets fell the day before the vote.", dt.date(2025, 11, 6)) == {}


def test_fortnight_with_past_or_next_and_roughly_inside():
    d = dt.date(2026, 5, 13)
    assert found("The plant will run for the next fortnight.", d)["the next fortnight"] == \
        ("DURATION", "P2W")
    assert found("Sales fell over the past fortnight.", d)["the past fortnight"] == \
        ("DURATION", "P2W")
    assert found("The mission will last roughly two years.", d)["roughly two years"] == \
        ("DURATION", "P2Y")


def test_bare_plural_unit_ago_is_a_stretch_back():
    d = dt.date(2026, 5, 13)
    assert found("The tickets sold out weeks ago.", d)["weeks ago"] == ("DURATION", "PXW")
    assert found("The firm was founded two years ago.", d)["two years ago"] == ("DATE", "2024")


def test_a_strong_past_form_tagged_present_is_past():
    d = dt.date(2026, 5, 13)
    assert found("The bells rang at noon on Sunday.", d)["Sunday"] == ("DATE", "2026-05-10")
    assert found("The bells ring at noon on Sunday.", d)["Sunday"] == ("DATE", "2026-05-17")


def test_more_zone_abbreviations_after_a_clock_time():
    d = dt.date(2026, 5, 13)
    assert found("The launch is set for 11:30 IST on Thursday.", d)["11:30 IST"] == \
        ("TIME", "2026-05-14T11:30")
    assert found("The blast was heard at 6 a.m. EAT on Monday.", d)["6 a.m. EAT"] == \
        ("TIME", "2026-05-11T06:00")
    assert "2015 CAT" not in found("The 2015 CAT scan was clear.", d)


def test_a_clock_range_ending_earlier_in_the_day_ends_the_next_day():
    d = dt.date(2026, 5, 13)
    got = found("The curfew runs from 10pm to 6am.", d)
    assert got["10pm"] == ("TIME", "2026-05-13T22:00")
    assert got["6am"] == ("TIME", "2026-05-14T06:00")
    got = found("Power was cut between 9pm and midnight on Saturday.", d)
    assert got["midnight"] == ("TIME", "2026-05-09T24:00")


def test_a_things_age_in_days_weeks_or_months_is_a_duration():
    d = dt.date(2026, 5, 13)
    assert found("The two-week-old ceasefire is holding.", d)["two-week-old"] == \
        ("DURATION", "P2W")
    assert found("A six-month-old baby was rescued.", d) == {}
    assert found("A 71-year-old woman died.", d) == {}


def test_within_hours_of_an_event_is_a_stretch():
    got = found("The minister resigned within hours of the report.", dt.date(2026, 5, 13))
    assert got["hours"] == ("DURATION", "PTXH")


def test_a_present_tense_weekend_is_the_coming_one():
    d = dt.date(2026, 5, 13)
    assert found("The strike ends at the weekend.", d)["the weekend"] == ("DATE", "2026-W20-WE")
    assert found("Fighting flared again over the weekend.", d)["the weekend"] == \
        ("DATE", "2026-W19-WE")
