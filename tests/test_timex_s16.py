"""Timex stage, session 16 (round 3 on unseen newswire: quarters, halves, weeks and vague
references); sentences are our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_a_present_expectation_looks_ahead_to_a_quarter():
    may = dt.date(2029, 5, 9)
    got = found("Managers said they expect a rebound by the fourth quarter.", may)
    assert got["the fourth quarter"] == ("DATE", "2029-Q4")
    got = found("The airline forecasts a profit in Q3.", may)
    assert got["Q3"] == ("DATE", "2029-Q3")
    # a past narration, or an expectation looking back after "after", keeps last year's
    got = found("Sales fell sharply in the fourth quarter.", may)
    assert got["the fourth quarter"] == ("DATE", "2028-Q4")
    got = found("Analysts expect a dividend cut after a weak fourth quarter.", may)
    assert got["fourth quarter"] == ("DATE", "2028-Q4")


def test_the_full_year_after_last_years_quarter_is_that_year():
    jan = dt.date(2029, 1, 30)
    got = found("Orders fell in the fourth quarter, the report said. Orders for the full year "
                "rose 2%.", jan)
    assert got["the fourth quarter"] == ("DATE", "2028-Q4")
    assert got["the full year"] == ("DATE", "2028")
    # an outlook for the year, or a quarter of this year, keeps the year under way
    got = found("Orders fell in the fourth quarter. The company expects growth for the full "
                "year.", jan)
    assert got["the full year"] == ("DATE", "2029")
    got = found("Profit rose in the third quarter from the year-earlier quarter. Sales for "
                "the full year rose 4%.", dt.date(2029, 10, 24))
    assert got["the full year"] == ("DATE", "2029")


def test_a_past_weekday_in_a_sentence_naming_this_week_is_in_this_week():
    wed = dt.date(2029, 3, 7)  # a Wednesday
    got = found("Trading was thin this week as investors waited for Friday's jobs report.", wed)
    assert got["this week"] == ("DATE", "2029-W10")
    assert got["Friday"] == ("DATE", "2029-03-09")
    # without the week, a past weekday is the one gone; another week named: its own tense
    got = found("Investors waited for Friday's jobs report.", wed)
    assert got["Friday"] == ("DATE", "2029-03-02")
    got = found("The minister met union leaders last week and will meet them on Thursday.",
                wed)
    assert got["Thursday"] == ("DATE", "2029-03-08")


def test_the_new_fiscal_year_is_named_by_the_year_it_ends_in():
    got = found("Funding runs out when the new fiscal year begins.", dt.date(2029, 9, 28))
    assert got["the new fiscal year"] == ("DATE", "2030")
    got = found("The council set a budget for the new fiscal year.", dt.date(2029, 3, 20))
    assert got["the new fiscal year"] == ("DATE", "2029")


def test_fractions_of_a_century_are_counts_of_years():
    day = dt.date(2024, 4, 10)
    assert found("The feud has lasted a quarter of a century.", day) == {
        "a quarter of a century": ("DURATION", "P25Y")}
    assert found("The plant opened a quarter century ago.", day) == {
        "a quarter century ago": ("DATE", "1999")}
    assert found("The town was founded half a century ago.", day) == {
        "half a century ago": ("DATE", "1974")}
    assert found("It was the first such vote in half a century.", day) == {
        "half a century": ("DURATION", "P50Y")}
    # whole centuries keep the century's grain; a quarter century is no quarter of a year
    assert found("The town was founded a century ago.", day) == {
        "a century ago": ("DATE", "19")}
    assert "The quarter" not in found("The quarter century since the war was calm.", day)


def test_a_comparison_month_does_not_replace_the_figures_month():
    day = dt.date(2029, 5, 16)
    got = found("Unemployment was 4.1% in April, unchanged from March, the ministry said. "
                "A year ago the rate was 3.8%.", day)
    assert got["A year ago"] == ("DATE", "2028-04")
    # a month named by itself still sets the reference
    got = found("Unemployment was 4.1% in March, the ministry said. A year ago the rate "
                "was 3.8%.", day)
    assert got["A year ago"] == ("DATE", "2028-03")


def test_the_future_as_a_topic_is_no_time():
    day = dt.date(2029, 6, 6)
    for text in ("The vote will shape the future of the region.",
                 "The quarter was weak, and the future looks bleak.",
                 "Critics said the board had no clear approach to the future."):
        assert "the future" not in found(text, day), text
    for text in ("The line will carry freight in the future.",
                 "Residents are worried about the future.",
                 "Air strikes could continue well into the future."):
        assert found(text, day)["the future"] == ("DATE", "FUTURE_REF"), text


def test_currently_opening_a_sentence_with_a_comma_is_a_turn_of_argument():
    day = dt.date(2029, 6, 6)
    got = found("Currently, organs are shared through a regional system.", day)
    assert "Currently" not in got
    got = found("Currently the airport handles about 40 flights a day.", day)
    assert got["Currently"] == ("DATE", "PRESENT_REF")
    got = found("The group currently holds 45% of the shares.", day)
    assert got["currently"] == ("DATE", "PRESENT_REF")


def test_a_season_just_ended_after_after_in_a_forecast_is_this_years():
    sep = dt.date(2029, 9, 12)
    got = found("The orchard expects a smaller crop this autumn after a dry summer.", sep)
    assert got["summer"] == ("DATE", "2029-SU")
    # without "after", a season gone by in a forecast is the next one
    got = found("The orchard expects a bigger crop in the summer.", sep)
    assert got["the summer"] == ("DATE", "2030-SU")
