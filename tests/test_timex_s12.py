"""Timex stage, session 12: a weekday counted in its month ("the first Sunday of
November"), a weekday's event ahead when the clause leading to it looks ahead ("fans are
expected for Saturday's final"), a weekday's part of day typed TIME."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_a_weekday_counted_in_its_month():
    got = found("The marathon will be run on the first Sunday of November.", dt.date(2012, 9, 4))
    assert got == {"the first Sunday of November": ("DATE", "2012-11-04")}
    got = found("The vote is set for the last Friday in March.", dt.date(2012, 9, 4))
    assert got == {"the last Friday in March": ("DATE", "2013-03-29")}
    got = found("The first Monday in May 2010 was a holiday.", dt.date(2012, 9, 4))
    assert got == {"The first Monday in May 2010": ("DATE", "2010-05-03")}
    got = found("It happened on the second Monday of last month.", dt.date(2012, 9, 4))
    assert got == {"the second Monday of last month": ("DATE", "2012-08-13")}


def test_a_fifth_weekday_the_month_lacks_is_no_date():
    got = found("They meet on the fifth Monday of February.", dt.date(2013, 1, 10))
    assert "the fifth Monday of February" not in got


def test_a_weekday_event_ahead_of_a_clause_looking_ahead():
    text = "Thousands of fans are expected in the capital for Saturday's final."
    assert found(text, dt.date(2024, 2, 21))["Saturday"] == ("DATE", "2024-02-24")
    text = "The team will travel to Sunday's race by coach."
    assert found(text, dt.date(2024, 2, 21))["Sunday"] == ("DATE", "2024-02-25")


def test_a_weekday_event_told_in_the_past_stays_past():
    text = "Fans celebrated after Saturday's final."
    assert found(text, dt.date(2024, 2, 21))["Saturday"] == ("DATE", "2024-02-17")
    text = "Analysts will study Friday's report closely."
    assert found(text, dt.date(2024, 2, 21))["Friday"] == ("DATE", "2024-02-16")


def test_a_weekday_part_of_day_is_a_time():
    got = found("Police said the fire broke out on Monday night.", dt.date(2027, 8, 4))
    assert got["Monday night"] == ("TIME", "2027-08-02TNI")


def test_a_week_counted_in_its_month():
    got = found("Admissions peak in the first week of January.", dt.date(2023, 12, 20))
    assert got == {"the first week of January": ("DATE", "2024-W01")}
    got = found("The first week of September 2024 was wet.", dt.date(2025, 1, 8))
    assert got == {"The first week of September 2024": ("DATE", "2024-W36")}  # Sept 1 a Sunday


def test_every_weekday_with_its_part_of_day():
    got = found("The broadcaster shows highlights every Sunday evening.", dt.date(2025, 10, 15))
    assert got == {"every Sunday evening": ("SET", "XXXX-WXX-7TEV")}


def test_a_present_verb_tagged_bare_after_its_subject_looks_ahead():
    # the tagger reads "reopen" as VB here; after a plural subject it is a present tense
    text = ("Pupils in Scotland went back to school last week, while schools in England "
            "reopen on Monday.")
    assert found(text, dt.date(2025, 8, 27))["Monday"] == ("DATE", "2025-09-01")
    text = "The minister helped schools reopen on Monday."
    assert found(text, dt.date(2025, 8, 27))["Monday"] == ("DATE", "2025-08-25")


def test_a_break_for_the_season_ahead_is_this_years():
    got = found("The Senate adjourned for the summer on Thursday.", dt.date(2026, 6, 10))
    assert got["the summer"] == ("DATE", "2026-SU")
    got = found("He worked there for the summer.", dt.date(2026, 2, 10))
    assert got["the summer"] == ("DATE", "2025-SU")  # in February, told in the past: last one


def test_a_weekday_after_a_names_no_particular_day():
    got = found("Christmas falls on a Thursday this year.", dt.date(2025, 11, 19))
    assert got["Thursday"] == ("DATE", "XXXX-WXX-4")


def test_a_range_of_months_ends_after_it_starts():
    got = found("The academic year runs from September to June.", dt.date(2025, 4, 2))
    assert got == {"September": ("DATE", "2025-09"), "June": ("DATE", "2026-06")}
    got = found("Prices rose from January to March.", dt.date(2025, 4, 2))
    assert got == {"January": ("DATE", "2025-01"), "March": ("DATE", "2025-03")}


def test_last_as_a_verb_stays_out_of_the_duration():
    got = found("The school holidays start on Friday and last two weeks.", dt.date(2025, 4, 2))
    assert got["two weeks"] == ("DURATION", "P2W")
    got = found("The talks are expected to last two weeks.", dt.date(2025, 4, 2))
    assert got == {"two weeks": ("DURATION", "P2W")}
    got = found("Prices rose over the last two weeks.", dt.date(2025, 4, 2))
    assert got == {"the last two weeks": ("DURATION", "P2W")}


def test_half_an_hour_said_as_a_half_hour():
    assert found("Trains run every half hour.", dt.date(2026, 9, 16)) == {
        "every half hour": ("SET", "PT30M")}
    assert found("Buses run every half-hour.", dt.date(2026, 9, 16)) == {
        "every half-hour": ("SET", "PT30M")}
    assert found("The meeting lasted a half hour.", dt.date(2026, 9, 16)) == {
        "a half hour": ("DURATION", "PT30M")}


def test_the_hundreds_name_a_century():
    assert found("The tradition dates back to the 1600s.", dt.date(2024, 5, 15)) == {
        "the 1600s": ("DATE", "16")}
    assert found("In the early 1900s, the port boomed.", dt.date(2024, 5, 15)) == {
        "the early 1900s": ("DATE", "19")}
    assert found("In the 2000s prices rose.", dt.date(2024, 5, 15)) == {
        "the 2000s": ("DATE", "200")}


def test_a_weekday_or_weekend_told_from_the_day_after_it():
    got = found("Stores will open late on the Friday after Thanksgiving.", dt.date(2025, 12, 3))
    assert got["Friday"] == ("DATE", "2025-11-28")
    got = found("The protest is planned for the weekend before Christmas.", dt.date(2025, 12, 3))
    assert got["the weekend"] == ("DATE", "2025-W51-WE")


def test_a_weekday_counted_in_the_current_month_takes_the_days_year():
    # said on November 25: the last Sunday of November is the 29th, four days ahead; its
    # year is judged by the day itself, not by the middle of the month (already past)
    got = found("The parade will close the city centre on the last Sunday of November.",
                dt.date(2026, 11, 25))
    assert got == {"the last Sunday of November": ("DATE", "2026-11-29")}
    got = found("The club held its vote on the first Monday of November.", dt.date(2026, 11, 25))
    assert got == {"the first Monday of November": ("DATE", "2026-11-02")}
