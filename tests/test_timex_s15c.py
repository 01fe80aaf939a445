"""Timex stage, session 15 round 2 (tense and anchoring of dates without a year or a week):
a timetable verb the tagger reads as a noun or an adverb is still a present; sentences are
our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_timetable_verb_mistagged_as_noun_or_adverb_is_a_present():
    wed = dt.date(2028, 5, 10)  # a Wednesday
    got = found("The ferry sails on Saturday morning and returns on Sunday night.", wed)
    assert got["Saturday morning"] == ("TIME", "2028-05-13TMO")
    assert got["Sunday night"] == ("TIME", "2028-05-14TNI")
    got = found("Schools across the valley close on Friday because of the floods.", wed)
    assert got["Friday"] == ("DATE", "2028-05-12")
    # the same words as nouns after an article or a verb keep the past reading
    got = found("The tide turned after the closes on Friday pushed shares lower.", wed)
    assert got["Friday"] == ("DATE", "2028-05-05")
    got = found("The company reported strong returns on Monday.", wed)
    assert got["Monday"] == ("DATE", "2028-05-08")


def test_holiday_under_a_plain_past_verb_is_over():
    eve = dt.date(2029, 11, 21)  # the day before Thanksgiving 2029
    got = found("The parade took place on Thanksgiving despite the rain.", eve)
    assert got["Thanksgiving"] == ("DATE", "2028-11-23")
    # a future or a schedule keeps tomorrow's
    got = found("The parade will take place on Thanksgiving.", eve)
    assert got["Thanksgiving"] == ("DATE", "2029-11-22")
    got = found("Shoppers said they planned to travel on Thanksgiving.", eve)
    assert got["Thanksgiving"] == ("DATE", "2029-11-22")


def test_a_quarter_point_is_no_time():
    day = dt.date(2029, 3, 7)
    for text in ("Economists expect a cut of a quarter point.", "The bank made a quarter-point cut.",
                 "Yields rose a quarter of a percentage point."):
        assert not any("quarter" in k for k in found(text, day)), text
    assert found("Sales rose for a quarter, then fell.", day)["a quarter"] == ("DURATION", "P1Q")


def test_timetable_month_before_the_current_one_is_next_years():
    day = dt.date(2028, 3, 6)
    assert found("The festival returns in February.", day)["February"] == ("DATE", "2029-02")
    assert found("The season opens in March.", day)["March"] == ("DATE", "2028-03")
    # a past verb keeps the month gone
    assert found("The festival returned in February.", day)["February"] == ("DATE", "2028-02")


def test_weekday_renaming_the_day_just_told_takes_its_date():
    day = dt.date(2026, 3, 4)
    got = found("The plant was shut on Feb. 10, 2025. Two days later, on Wednesday, workers "
                "walked out.", day)
    assert got["Two days later"] == ("DATE", "2025-02-12")
    assert got["Wednesday"] == ("DATE", "2025-02-12")
    got = found("He fell ill on Jan. 3, 2025 and died the next day, Saturday.", day)
    assert got["Saturday"] == ("DATE", "2025-01-04")
    # a day named within the last week: weekdays count from publication as before
    got = found("The plant was shut on Feb. 27. Two days later, on Sunday, workers left.", day)
    assert got["Sunday"] == ("DATE", "2026-03-01")


def test_timetable_present_with_an_object_on_a_day_or_month():
    day = dt.date(2026, 3, 4)
    assert found("The new mayor takes office on Jan. 1.", day)["Jan. 1"] == ("DATE", "2027-01-01")
    assert found("The club holds its elections in February.", day)["February"] == \
        ("DATE", "2027-02")
    # a past verb with an object keeps the day gone
    assert found("The new mayor took office on Jan. 1.", day)["Jan. 1"] == ("DATE", "2026-01-01")


def test_that_weekday_is_in_the_week_of_the_day_last_told():
    day = dt.date(2026, 3, 4)
    got = found("The storm hit on Jan. 3, 2024. That Friday, schools were closed.", day)
    assert got["That Friday"] == ("DATE", "2024-01-05")
    got = found("Rain fell on Monday, and on that same Monday the river rose.", day)
    assert got["that same Monday"] == ("DATE", "2026-03-02")
    # "said that Friday's vote": the conjunction stays out
    got = found("Officials said that Friday's vote was fair.", day)
    assert got == {"Friday": ("DATE", "2026-02-27")}


def test_bare_the_next_week_in_past_narration_is_the_week_after_the_day_told():
    day = dt.date(2026, 3, 4)
    got = found("On Feb. 20, police raided the office. The next week prosecutors filed "
                "charges.", day)
    assert got["The next week"] == ("DATE", "2026-W09")
    got = found("The plant shut in December 2025 and reopened the next month.", day)
    assert got["the next month"] == ("DATE", "2026-01")
    # a span preposition or a future keeps the stretch
    got = found("He was arrested on Monday and was questioned for the next week.", day)
    assert got["the next week"] == ("DURATION", "P1W")
    got = found("Prices rose on Monday and will rise over the next week.", day)
    assert got["the next week"] == ("DURATION", "P1W")


def test_month_under_an_agreed_infinitive_may_lie_ahead():
    day = dt.date(2026, 10, 21)
    assert found("Ministers agreed to meet again in January.", day)["January"] == \
        ("DATE", "2027-01")
    # "began to", "tried to": what they started is under way or over
    assert found("The firm began to expand in January.", day)["January"] == ("DATE", "2026-01")
    assert found("He tried to leave in March.", day)["March"] == ("DATE", "2026-03")


def test_present_progressive_with_a_weekday_looks_ahead():
    wed = dt.date(2026, 3, 4)
    assert found("The president is travelling to Paris on Friday.", wed)["Friday"] == \
        ("DATE", "2026-03-06")
    assert found("Protesters are still gathering outside parliament on Thursday.", wed)[
        "Thursday"] == ("DATE", "2026-03-05")
    # a past verb in a clause of its own keeps the past
    assert found("Officials are investigating a fire that broke out on Sunday.", wed)[
        "Sunday"] == ("DATE", "2026-03-01")
