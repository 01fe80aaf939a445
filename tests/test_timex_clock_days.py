"""Timex stage, days crossed by the clock and halves still ahead: a small-hours time told
after an evening one lands on the next day; "the second half" in a present-tense forecast."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_small_hours_after_an_evening_time_are_the_next_day():
    got = found("Greeks voted on Sunday; exit polls came at 7 p.m. and the final count was "
                "in by 2 a.m.", dt.date(2012, 6, 18))
    assert got["7 p.m."] == ("TIME", "2012-06-17T19:00")
    assert got["2 a.m."] == ("TIME", "2012-06-18T02:00")


def test_small_hours_after_a_dated_evening_follow_its_day():
    got = found("The polls closed at 10 p.m. Sunday and the result came at 1:30 a.m.",
                dt.date(2013, 10, 1))
    assert got["1:30 a.m."] == ("TIME", "2013-09-30T01:30")


def test_a_small_hours_time_with_its_own_day_or_before_the_evening_stays():
    got = found("Rescuers arrived at 11 p.m. Monday and the last survivor was freed at "
                "4 a.m. Monday.", dt.date(2013, 4, 30))
    assert got["4 a.m. Monday"] == ("TIME", "2013-04-29T04:00")
    early = found("The alarm sounded at 3 a.m. and the fire was out by 9 p.m.",
                  dt.date(2013, 4, 30))
    assert early["3 a.m."] == ("TIME", "2013-04-30T03:00")


def test_second_half_in_a_present_forecast_is_this_year():
    ahead = found("Management expects growth to slow in the second half.", dt.date(2012, 5, 2))
    assert ahead["the second half"] == ("DATE", "2012-H2")
    gone = found("Profit slumped in the second half, the company said.", dt.date(2012, 5, 2))
    assert gone["the second half"] == ("DATE", "2011-H2")


def test_a_clock_time_before_another_clause_keeps_the_story_day():
    text = ("Cyprus's parliament on Tuesday rejected the levy. Banks will stay closed until "
            "at least Thursday, the central bank said. The vote came shortly after 7 p.m., "
            "and the president met party leaders again on Wednesday morning.")
    got = found(text, dt.date(2013, 3, 20))
    assert got["7 p.m."] == ("TIME", "2013-03-19T19:00")


def test_set_for_looks_ahead_and_the_last_night_is_no_yesterday():
    got = found("The men's relay final is set for 9 p.m. Saturday, the last night of "
                "athletics.", dt.date(2012, 8, 10))
    assert got == {"9 p.m. Saturday": ("TIME", "2012-08-11T21:00")}
    assert found("Rebels shelled the town last night.", dt.date(2012, 8, 10))["last night"] \
        == ("TIME", "2012-08-09TNI")


def test_bare_hours_spent_and_minutes_within_are_vague_spans():
    got = found("The gunman had spent hours at a firing range and killed himself within "
                "minutes as police arrived.", dt.date(2012, 12, 17))
    assert got == {"hours": ("DURATION", "PTXH"), "minutes": ("DURATION", "PTXM")}
    assert found("The minutes of the meeting were read.", dt.date(2012, 12, 17)) == {}


def test_two_units_of_one_length_join_without_and():
    got = found("He was in free fall for 4 minutes 19 seconds.", dt.date(2012, 10, 16))
    assert got == {"4 minutes 19 seconds": ("DURATION", "PT4M19S")}


def test_a_promise_by_a_season_and_the_holiday_weekend():
    got = found("Hollande has promised a budget by the summer.", dt.date(2012, 5, 7))
    assert got["the summer"] == ("DATE", "2012-SU")
    spent = found("Online spending over the holiday weekend jumped 17 percent.",
                  dt.date(2012, 11, 26))
    assert spent["the holiday weekend"] == ("DATE", "2012-W47-WE")


def test_a_quarter_of_a_game_is_no_calendar_quarter():
    assert found("A power outage delayed the game in the third quarter.",
                 dt.date(2013, 2, 4)) == {}
    got = found("Growth slowed in the third quarter.", dt.date(2013, 2, 4))
    assert got["the third quarter"] == ("DATE", "2012-Q3")


def test_a_quarter_which_ended_on_a_day_is_dated_by_that_day():
    got = found("Net income for the quarter, which ended on Nov. 30, fell from a year earlier.",
                dt.date(2012, 12, 19))
    assert got["the quarter"] == ("DATE", "2012-Q4")
    assert got["a year earlier"] == ("DATE", "2011-Q4")


def test_the_month_a_year_under_way_ends_in_lies_ahead():
    ahead = found("FedEx cut its forecast for the fiscal year ending in May.",
                  dt.date(2012, 12, 19))
    assert ahead["May"] == ("DATE", "2013-05")
    over = found("Profit for the fiscal year ended in May rose.", dt.date(2012, 12, 19))
    assert over["May"] == ("DATE", "2012-05")
