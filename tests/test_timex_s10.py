"""Timex stage, session 10: midnight on the day its sentence names, a holiday's part of
the day, 'the year' after a superlative and 'the year to' only before a name."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_midnight_ends_the_day_its_sentence_names():
    text = "The truce took effect at noon on Tuesday, but shelling resumed before midnight."
    assert found(text, dt.date(2014, 5, 8))["midnight"] == ("TIME", "2014-05-06T24:00")


def test_midnight_before_an_early_day_opens_that_day():
    text = "Gunmen stormed a midnight concert early Saturday, police said."
    assert found(text, dt.date(2013, 9, 14))["midnight"] == ("TIME", "2013-09-13T24:00")


def test_midnight_with_no_day_named_keeps_its_reading():
    # told in the past, the midnight that opened the publication day
    got = found("The border was sealed at midnight.", dt.date(2014, 5, 8))
    assert got["midnight"] == ("TIME", "2014-05-07T24:00")


def test_a_holiday_with_a_part_of_the_day_is_one_expression():
    got = found("Crowds gathered in the square on Christmas morning.", dt.date(2013, 12, 27))
    assert got["Christmas morning"][1] == "2013-12-25TMO"
    other = found("Stores opened on Thanksgiving night before the sales.", dt.date(2013, 11, 29))
    assert other["Thanksgiving night"][1] == "2013-11-28TNI"


def test_the_year_after_a_superlative_is_the_year_under_way():
    got = found("Traders expect the busiest week of the year to end on Friday.",
                dt.date(2013, 12, 16))
    assert got["the year"] == ("DATE", "2013")


def test_the_year_to_a_month_is_a_span_but_not_before_a_verb():
    span = found("Profit for the year to March rose 8 percent.", dt.date(2013, 5, 2))
    assert span["the year"] == ("DURATION", "P1Y")
    verb = found("They expect the worst storms of the year to hit on Sunday.", dt.date(2013, 1, 7))
    assert verb["the year"] == ("DATE", "2013")


def test_a_noun_in_est_is_not_a_superlative():
    assert "the year" not in found("The protest of the year he was born was small.",
                                   dt.date(2013, 12, 16))


def test_a_period_end_is_no_setting_for_a_weekday():
    text = "The company reported its results for the three months to March 31 on Wednesday."
    assert found(text, dt.date(2013, 6, 12))["Wednesday"] == ("DATE", "2013-06-12")
    # a date told as the story's setting still is one
    story = "On March 3, 2013, the army moved in, and the rebels fled on Tuesday."
    assert found(story, dt.date(2013, 6, 12))["Tuesday"] == ("DATE", "2013-03-05")


def test_later_in_the_past_with_no_date_to_count_from_is_a_stretch():
    got = found("The bridge opened a year ago and closed for repairs two months later.",
                dt.date(2013, 6, 12))
    assert got["two months"] == ("DURATION", "P2M")
    dated = found("Talks began on Oct. 6, 2012, and collapsed a week later.", dt.date(2012, 11, 1))
    assert dated["a week later"] == ("DATE", "2012-10-13")


def test_the_following_month_counts_from_the_date_last_named():
    got = found("The law passed in June 2010 and took effect the following January.",
                dt.date(2013, 11, 20))
    assert got["the following January"] == ("DATE", "2011-01")
    back = found("The firm listed on Oct. 3, 2011, after a failed attempt the previous April.",
                 dt.date(2013, 11, 20))
    assert back["the previous April"] == ("DATE", "2011-04")
    may = found("The plant will open the following May, the firm said.", dt.date(2013, 11, 20))
    assert may["the following May"] == ("DATE", "2014-05")
