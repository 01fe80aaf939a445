"""Timex stage, session 11: a clock time takes the day of the news before the day of a
saying, parts of the day named by dawn and dusk, a deadline's clock time and day, a day
told from another kept apart from its clock time, Lunar New Year, Independence Days."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_clock_time_takes_the_news_day_before_the_saying_day():
    text = ("Shops will stay open until 10 p.m. on Boxing Day, when sales begin, the "
            "retailers' group said on Monday.")
    assert found(text, dt.date(2015, 12, 21))["10 p.m."] == ("TIME", "2015-12-26T22:00")


def test_dawn_and_dusk_are_parts_of_the_day():
    got = found("Police raided the camp before dawn, a spokesman said on Tuesday.",
                dt.date(2013, 4, 9))
    assert got["dawn"] == ("TIME", "2013-04-09TMO")
    got = found("The curfew runs from dusk until 6 a.m.", dt.date(2013, 4, 9))
    assert got["dusk"] == ("TIME", "2013-04-09TEV")


def test_dawn_on_a_weekday_is_dated_by_it():
    # session 20 ruling (tests/test_timex_s20.py): two TIMEX3, the signal "on" outside,
    # as "at noon on Sunday" is; before, one span "dawn on Sunday"
    got = found("Troops entered the town at dawn on Sunday.", dt.date(2012, 3, 12))
    assert got == {"dawn": ("TIME", "2012-03-11TMO"), "Sunday": ("DATE", "2012-03-11")}


def test_dawn_as_a_noun_or_a_name_is_no_time():
    assert found("It was the dawn of a new era for the club.", dt.date(2012, 3, 12)) == {}
    assert found("Dawn Carter said the plan had failed.", dt.date(2012, 3, 12)) == {}


def test_a_deadline_at_a_clock_time_and_day_looks_ahead():
    text = "The deadline for offers is 11:59 p.m. EDT Thursday, the agency said."
    assert found(text, dt.date(2013, 7, 16)) == {
        "11:59 p.m. EDT Thursday": ("TIME", "2013-07-18T23:59")}


def test_a_day_told_from_another_stays_apart_from_its_clock_time():
    text = "The army took the airport on Monday and imposed a curfew at 8 p.m. the same day."
    got = found(text, dt.date(2013, 7, 2))
    assert got["8 p.m."] == ("TIME", "2013-07-01T20:00")
    assert got["the same day"] == ("DATE", "2013-07-01")


def test_lunar_new_year_from_its_table():
    got = found("Millions travelled home for Lunar New Year, which fell on Friday.",
                dt.date(2014, 2, 3))
    assert got["Lunar New Year"] == ("DATE", "2014-01-31")
    got = found("Chinese New Year falls in February.", dt.date(2015, 1, 5))
    assert got["Chinese New Year"] == ("DATE", "2015-02-19")


def test_independence_day_of_the_country_named():
    text = "Mexican troops paraded through the capital on Independence Day."
    assert found(text, dt.date(2013, 9, 17))["Independence Day"] == ("DATE", "2013-09-16")
    text = "Fireworks lit up the sky on Independence Day."
    assert found(text, dt.date(2013, 7, 5))["Independence Day"] == ("DATE", "2013-07-04")


def test_a_count_after_in_told_ahead_is_a_date():
    got = found("The results will be announced in two weeks.", dt.date(2013, 6, 17))
    assert got == {"two weeks": ("DATE", "2013-W27")}
    got = found("The plant will reopen in three months.", dt.date(2013, 6, 17))
    assert got == {"three months": ("DATE", "2013-09")}


def test_a_count_after_in_that_measures_stays_a_duration():
    assert found("It was the second attack in two weeks.", dt.date(2013, 6, 17)) == {
        "two weeks": ("DURATION", "P2W")}
    assert found("The plant reopened in three months.", dt.date(2013, 6, 17)) == {
        "three months": ("DURATION", "P3M")}


def test_a_year_earlier_than_a_day_is_that_day_a_year_before():
    text = ("Turnout in Sunday's referendum was 48 percent, down from 61 percent in a "
            "similar vote a year earlier.")
    assert found(text, dt.date(2013, 6, 27))["a year earlier"] == ("DATE", "2012-06-23")
    # a day that only dates a saying, and "a year ago", keep the year
    text = "Exports rose 4 percent from a year earlier, the ministry said on Tuesday."
    assert found(text, dt.date(2013, 6, 27))["a year earlier"] == ("DATE", "2012")
    text = "Prices averaged $3.58 a gallon on Friday, down 22 cents from a year ago."
    assert found(text, dt.date(2013, 8, 30))["a year ago"] == ("DATE", "2012")


def test_through_the_night_is_the_night_of_the_day_told():
    text = ("Air strikes hit the city on Wednesday afternoon, and rockets were fired "
            "throughout the night.")
    assert found(text, dt.date(2012, 11, 15))["the night"] == ("TIME", "2012-11-14TNI")
    assert "the night" not in found("Nurses worked through the night shift.",
                                    dt.date(2012, 11, 15))


def test_a_copula_before_a_run_together_clock_time_looks_ahead():
    got = found("Kick-off is at 8.45pm on Wednesday.", dt.date(2014, 5, 6))
    assert got["Wednesday"] == ("DATE", "2014-05-07")


def test_a_weekday_range_never_ends_before_it_starts():
    got = found("Showers are forecast from Monday through Wednesday.", dt.date(2013, 11, 12))
    assert got["Monday"][1] < got["Wednesday"][1]


def test_the_final_then_days_later_is_a_day_counted_on():
    text = "The semi-final will be played on Nov. 20, with the final four days later."
    got = found(text, dt.date(2013, 11, 12))
    assert got["four days later"] == ("DATE", "2013-11-24")


def test_remanded_until_a_weekday_looks_ahead():
    got = found("He was remanded in custody until Friday.", dt.date(2013, 11, 12))
    assert got["Friday"] == ("DATE", "2013-11-15")


def test_a_possessive_s_is_no_present_tense():
    text = "The company's shares have fallen 30 percent since its listing in May."
    assert found(text, dt.date(2013, 11, 15))["May"] == ("DATE", "2013-05")


def test_years_later_count_from_the_month_just_named():
    text = ("Mandela died on Thursday. He was released in February 1990, and four years "
            "later became president.")
    assert found(text, dt.date(2013, 12, 6))["four years later"] == ("DATE", "1994")
    text = "He was released in February 1990 and two months later flew to Lusaka."
    assert found(text, dt.date(2013, 12, 6))["two months later"] == ("DATE", "1990-04")


def test_quarter_finals_are_no_quarter():
    got = found("The draw for the quarter-finals takes place on Friday.", dt.date(2014, 3, 19))
    assert got == {"Friday": ("DATE", "2014-03-21")}


def test_a_comma_breaks_a_rate():
    text = "Opinion polls have the party at 30 percent, a month before the vote."
    assert found(text, dt.date(2014, 3, 19))["a month"] == ("DURATION", "P1M")
    assert found("He earns $5,000 a month.", dt.date(2014, 3, 19))["a month"] == ("SET", "P1M")


def test_the_rest_of_the_week_is_the_week_under_way():
    got = found("Calmer weather is expected for the rest of the week.", dt.date(2013, 10, 28))
    assert got == {"the rest of the week": ("DATE", "2013-W44")}
