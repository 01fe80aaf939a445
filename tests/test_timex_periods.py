"""Timex stage, periods named through another date or left vague: "the week of Sept. 10"
as one ISO week, "recent years" as PAST_REF beside "recent weeks" as a duration."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_the_week_of_a_day_is_one_expression():
    got = found("A hearing is set for the week of Sept. 10, the court said.", dt.date(2012, 7, 24))
    assert got == {"the week of Sept. 10": ("DATE", "2012-W37")}
    past = found("Sales slumped in the week of March 4, 2013, traders said.", dt.date(2013, 6, 1))
    assert past["the week of March 4, 2013"] == ("DATE", "2013-W10")


def test_the_week_alone_is_unchanged():
    got = found("Stocks ended the week higher on Friday.", dt.date(2013, 3, 8))
    assert got["the week"] == ("DATE", "2013-W10")


def test_recent_years_is_a_vague_past_but_recent_weeks_a_stretch():
    got = found("Exports have slumped in recent years and again in recent weeks.",
                dt.date(2013, 5, 2))
    assert got["recent years"] == ("DATE", "PAST_REF")
    assert got["recent weeks"] == ("DURATION", "PXW")


def test_a_date_inside_the_phrase_after_ahead_of_lies_ahead():
    text = ("The company priced its shares late Wednesday, ahead of their debut on the "
            "New York Stock Exchange on Thursday morning.")
    assert found(text, dt.date(2013, 11, 6))["Thursday morning"][1] == "2013-11-07TMO"


def test_a_modal_clause_reported_in_the_past_still_looks_ahead():
    text = "The judge said the jury could work through the weekend if it needed to."
    assert found(text, dt.date(2013, 7, 12))["the weekend"] == ("DATE", "2013-W28-WE")
    done = "The judge said the jury had worked through the weekend."
    assert found(done, dt.date(2013, 7, 15))["the weekend"] == ("DATE", "2013-W28-WE")


def test_the_previous_afternoon_counts_back_from_the_day_told():
    text = ("The cardinals elected a pope on Wednesday evening, in a conclave that had "
            "begun the previous afternoon.")
    assert found(text, dt.date(2013, 3, 14))["the previous afternoon"] == \
        ("TIME", "2013-03-12TAF")


def test_a_sum_of_things_per_month_is_a_rate():
    text = "The Fed will buy $40 billion of mortgage bonds a month until the outlook improves."
    assert found(text, dt.date(2012, 9, 13))["a month"] == ("SET", "P1M")
    plain = "The plant was shut for a month after the fire."
    assert found(plain, dt.date(2012, 9, 13))["a month"] == ("DURATION", "P1M")


def test_a_clock_time_keeps_the_weekday_in_its_own_span():
    text = ("The storm should dump two feet of snow by Saturday morning, and officials "
            "banned driving from 4 p.m. Friday.")
    assert found(text, dt.date(2013, 2, 8))["4 p.m. Friday"] == ("TIME", "2013-02-08T16:00")


def test_the_second_of_next_tuesday_and_wednesday_follows_the_first():
    text = "The Fed will meet next Tuesday and Wednesday, analysts said."
    got = found(text, dt.date(2013, 9, 11))
    assert got["next Tuesday"] == ("DATE", "2013-09-17")
    assert got["Wednesday"] == ("DATE", "2013-09-18")


def test_the_night_before_counts_back_from_the_day_named():
    text = "The strike began on Sept. 10, after talks broke down late the night before."
    assert found(text, dt.date(2012, 9, 24))["the night before"] == ("TIME", "2012-09-09TNI")


def test_this_past_weekend_and_this_coming_weekend():
    said = dt.date(2012, 9, 17)  # a Monday
    assert found("Protests spread to 20 countries this past weekend.", said) == \
        {"this past weekend": ("DATE", "2012-W37-WE")}
    assert found("More protests are planned this coming weekend.", said) == \
        {"this coming weekend": ("DATE", "2012-W38-WE")}
    assert "this past year" not in found("Prices rose this past year.", said)
