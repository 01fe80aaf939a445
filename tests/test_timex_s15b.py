"""Timex stage, session 15 (second pass, after the twelfth sealed set was opened): a season
named by two consecutive years is one expression; "the following week" counts from the week
last named; a bare verb sharing a past verb's subject is a present; "by mid-decade" is the
decade under way; a season modifying a schedule noun leaves the article out. Sentences are
our own, not the opened set's."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_two_year_season_is_one_expression_valued_by_its_end():
    got = found("The striker hopes to return for the 2027-28 season.", dt.date(2027, 5, 2))
    assert got == {"the 2027-28 season": ("DATE", "2028")}
    got = found("Fees will rise in the 2030-31 school year.", dt.date(2030, 1, 9))
    assert got["the 2030-31 school year"] == ("DATE", "2031")
    # no season noun, or years that do not follow each other: two ends, as before
    assert "2030-31" not in found("Output fell in 2030-31.", dt.date(2032, 1, 9))


def test_the_following_week_counts_from_the_week_named():
    got = found("The mayor stepped down in the second week of March and was arrested the "
                "following week.", dt.date(2027, 6, 1))
    assert got["the second week of March"] == ("DATE", "2027-W10")
    assert got["the following week"] == ("DATE", "2027-W11")
    # a day named after the week takes over as the anchor
    got = found("Talks stalled last week. On Monday they resumed and the following week a "
                "deal was signed.", dt.date(2027, 6, 2))
    assert got["the following week"] == ("DATE", "2027-W23")


def test_bare_verb_after_a_past_one_is_a_present():
    got = found("The festival, which opened on Nov. 3 and run until just after Easter, is "
                "sold out.", dt.date(2029, 11, 20))
    assert got["Easter"][1].startswith("2030")
    # a bare verb sharing "did" or a modal is no present of its own
    got = found("They did not stop and rest at Easter.", dt.date(2029, 11, 20))
    assert got["Easter"][1].startswith("2029")


def test_mid_decade_after_a_preposition_is_the_decade_under_way():
    assert found("The port expects to double its traffic by mid-decade.",
                 dt.date(2032, 4, 1)) == {"mid-decade": ("DATE", "203")}
    got = found("Sales in the 1970s had collapsed by mid-decade.", dt.date(2032, 4, 1))
    assert got["mid-decade"] == ("DATE", "197")
    assert found("Ministers ordered a mid-decade review.", dt.date(2032, 4, 1)) == {}


def test_season_modifying_a_schedule_noun_leaves_the_article_out():
    got = found("Students sit the tests in the spring term.", dt.date(2028, 1, 12))
    assert got == {"spring": ("DATE", "2028-SP")}
    assert "the spring" in found("Prices fell in the spring.", dt.date(2028, 7, 12))


def test_the_early_hours_of_a_day_are_its_night_part():
    got = found("The dam gave way in the early hours of March 9, 2001.", dt.date(2021, 3, 9))
    assert got == {"the early hours of March 9, 2001": ("TIME", "2001-03-09TNI")}
    got = found("Looters struck in the early hours of Tuesday.", dt.date(2027, 8, 5))
    assert got["the early hours of Tuesday"] == ("TIME", "2027-08-03TNI")
    # hours of something else are no time of day
    assert found("Shares slid in the early hours of trading.", dt.date(2027, 8, 5)) == {}


def test_the_day_in_apposition_to_a_named_day_is_that_day():
    got = found("Nurses walked out on Thursday, the day before the new rota took effect.",
                dt.date(2027, 8, 9))
    assert got["the day"] == ("DATE", "2027-08-05")  # "before" is the event's signal
    got = found("He left on June 3, the day after his wife died.", dt.date(2027, 8, 9))
    assert got["the day"] == ("DATE", "2027-06-03")
    # with no apposition "the day before" still counts back from the day named
    got = found("The vote was on Thursday; the rally was held the day before.",
                dt.date(2027, 8, 9))
    assert got["the day before"] == ("DATE", "2027-08-04")


def test_each_end_of_a_counted_range_is_a_duration():
    got = found("Shipping takes three to five days.", dt.date(2027, 8, 9))
    assert got == {"three": ("DURATION", "P3D"), "five days": ("DURATION", "P5D")}
    got = found("The works will last between four and six months.", dt.date(2027, 8, 9))
    assert got == {"four": ("DURATION", "P4M"), "six months": ("DURATION", "P6M")}
    # "or" is a count of unsure size, "the next" heads the whole stretch: one TIMEX3
    assert found("It lasts two or three weeks.", dt.date(2027, 8, 9)) == \
        {"two or three weeks": ("DURATION", "PXW")}
    assert "the next 12 to 18 months" in found("Rates will rise over the next 12 to 18 "
                                               "months.", dt.date(2027, 8, 9))
    assert found("Prices rose between 5 and 7 percent.", dt.date(2027, 8, 9)) == {}


def test_a_present_verb_a_date_hangs_on_is_a_schedule():
    d = dt.date(2027, 6, 14)
    assert found("The amnesty ends in mid-February.", d)["mid-February"] == ("DATE", "2028-02")
    assert found("The new line opens in March.", d)["March"] == ("DATE", "2028-03")
    assert found("The market reopens after Easter.", dt.date(2027, 6, 14))["Easter"][1] \
        .startswith("2028")
    # a present that the date does not hang on keeps the nearest month
    got = found("The flats, worth $2 million in April, are worth half that now.", d)
    assert got["April"] == ("DATE", "2027-04")


def test_a_schedule_season_gone_by_is_the_next_one():
    d = dt.date(2027, 10, 4)
    assert found("The spring term starts in January.", d)["spring"] == ("DATE", "2028-SP")
    assert found("MPs return from the summer recess on Monday.", d)["summer"] == \
        ("DATE", "2027-SU")


def test_next_weekday_said_the_day_before_is_a_week_on():
    d = dt.date(2027, 8, 4)  # a Wednesday
    assert found("The vote is next Thursday.", d)["next Thursday"] == ("DATE", "2027-08-12")
    assert found("The vote is next Friday.", d)["next Friday"] == ("DATE", "2027-08-06")
    assert found("The vote is this coming Thursday.", d)["this coming Thursday"] == \
        ("DATE", "2027-08-05")


def test_clock_times_told_without_a_colon():
    d = dt.date(2027, 8, 4)  # a Wednesday
    got = found("The convoy left at 0630 on Monday.", d)
    assert got["0630"] == ("TIME", "2027-08-02T06:30")
    assert got["Monday"] == ("DATE", "2027-08-02")
    assert found("Troops moved in at 1400 hours.", d) == \
        {"1400 hours": ("TIME", "2027-08-04T14:00")}
    assert found("The index closed at 2031 on Monday.", d).get("2031", ("-",))[0] != "TIME"
    assert found("The meeting began at half past nine.", d) == \
        {"half past nine": ("TIME", "2027-08-04T09:30")}
    assert found("He arrived at a quarter to eight in the evening.", d) == \
        {"a quarter to eight in the evening": ("TIME", "2027-08-04T19:45")}
    assert found("The team was half past its best.", d) == {}
