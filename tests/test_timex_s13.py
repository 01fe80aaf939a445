"""Timex stage, session 13: the adverb "overnight" (the night before in past narration),
a day of the month with no month named ("on the 30th"), an edge of a part of the day
after a preposition ("by early evening") dated by the day its sentence names."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_overnight_in_past_narration_is_the_night_before():
    got = found("The storm made landfall overnight, cutting power to 40,000 homes, the utility "
                "said on Monday morning.", dt.date(2026, 2, 2))
    assert got["overnight"] == ("TIME", "2026-02-01TNI")
    got = found("Crews will work overnight to clear the line.", dt.date(2013, 1, 14))
    assert got["overnight"] == ("TIME", "2013-01-14TNI")


def test_overnight_as_a_modifier_or_a_stretch_is_not_marked_here():
    got = found("The assembly approved it in an overnight session.", dt.date(2013, 1, 14))
    assert "overnight" not in got
    # session 20 ruling (tests/test_timex_s20.py): "overnight into Wednesday" is marked,
    # the night that ends on Wednesday
    got = found("The worst is expected overnight into Wednesday.", dt.date(2013, 1, 14))
    assert got["overnight"] == ("TIME", "2013-01-15TNI")
    got = found("The shop stays open overnight.", dt.date(2013, 1, 14))
    assert "overnight" not in got


def test_a_day_of_the_month_alone_takes_the_month_the_tense_points_to():
    got = found("The suspect was arrested at 11:40 p.m. GMT on the 30th, the prosecutor's office "
                "said.", dt.date(2025, 11, 4))
    assert got["the 30th"] == ("DATE", "2025-10-30")
    assert got["11:40 p.m. GMT"] == ("TIME", "2025-10-30T23:40")
    got = found("The plant will reopen on the 2nd.", dt.date(2025, 11, 4))
    assert got["the 2nd"] == ("DATE", "2025-12-02")
    got = found("It has been shut since the 3rd.", dt.date(2025, 11, 4))
    assert got["the 3rd"] == ("DATE", "2025-11-03")


def test_an_ordinal_before_a_noun_or_a_month_is_not_a_day_alone():
    got = found("They marked the 30th anniversary on Sunday.", dt.date(2025, 11, 4))
    assert "the 30th" not in got
    got = found("Troops from the 1st Cavalry Division arrived.", dt.date(2025, 11, 4))
    assert not any(k.startswith("the 1st") for k in got)


def test_early_evening_after_a_preposition_takes_the_sentence_day():
    got = found("The fire broke out at about 4.30pm on Thursday and was brought under control by "
                "early evening.", dt.date(2026, 8, 21))
    assert got["early evening"] == ("TIME", "2026-08-20TEV")
    got = found("Early morning trains were cancelled.", dt.date(2026, 8, 21))
    assert got == {}


def test_a_day_alone_in_the_present_keeps_the_month_and_since_looks_back():
    got = found("The summit ends on the 14th.", dt.date(2026, 3, 11))
    assert got["the 14th"] == ("DATE", "2026-03-14")
    got = found("The mine has been closed since the 12th.", dt.date(2026, 4, 10))
    assert got["the 12th"] == ("DATE", "2026-03-12")


def test_a_half_abbreviated_still_to_come_in_the_present_is_this_years():
    assert found("It expects growth in H2.", dt.date(2026, 3, 11)) == {"H2": ("DATE", "2026-H2")}
    assert found("Growth slowed in Q4.", dt.date(2026, 3, 11)) == {"Q4": ("DATE", "2025-Q4")}


def test_a_four_digit_clock_reading_in_local_time():
    got = found("Voting starts at 0600 local time on Sunday.", dt.date(2025, 9, 19))
    assert got["0600 local time"] == ("TIME", "2025-09-21T06:00")
    assert found("In 1999 local time zones changed.", dt.date(2025, 9, 19)) == \
        {"1999": ("DATE", "1999")}


def test_a_clock_reading_without_am_pm_takes_the_half_its_part_of_day_names():
    got = found("The meeting started shortly before 8 o'clock on Tuesday evening.",
                dt.date(2025, 9, 19))
    assert got["8 o'clock"] == ("TIME", "2025-09-16T20:00")
    got = found("It began at 8 a.m. on Tuesday evening.", dt.date(2025, 9, 19))
    assert got["8 a.m."] == ("TIME", "2025-09-16T08:00")


def test_a_quarter_ending_ahead_is_this_years():
    got = found("Results for the quarter ending June 30 are due in August.", dt.date(2026, 5, 6))
    assert got["the quarter"] == ("DATE", "2026-Q2")
    got = found("Profit for the quarter ending Sept. 30 will fall.", dt.date(2026, 5, 6))
    assert got["the quarter"] == ("DATE", "2026-Q3")
    got = found("Profit for the quarter ended June 30 rose.", dt.date(2026, 5, 6))
    assert got["the quarter"] == ("DATE", "2025-Q2")


def test_the_first_or_last_day_of_a_month_is_that_day():
    got = found("The ministry announced the plan on the last day of March.", dt.date(2026, 4, 2))
    assert got == {"the last day of March": ("DATE", "2026-03-31")}
    got = found("It opens on the first day of May.", dt.date(2026, 4, 2))
    assert got == {"the first day of May": ("DATE", "2026-05-01")}


def test_a_day_alone_before_a_pronoun():
    got = found("The company said on the 28th it would cut 300 jobs.", dt.date(2026, 4, 2))
    assert got == {"the 28th": ("DATE", "2026-03-28")}


def test_the_past_before_a_count_of_something_else_is_not_the_past():
    got = found("Drought has hit the region in the past three summers.", dt.date(2026, 5, 6))
    assert "the past" not in got
    assert found("In the past, it flooded.", dt.date(2026, 5, 6)) == \
        {"the past": ("DATE", "PAST_REF")}


def test_then_current_is_a_past_present():
    got = found("Shares were offered at 50% of the then current market price.", dt.date(2026, 5, 6))
    assert got == {"then current": ("DATE", "PAST_REF")}


def test_a_day_and_month_then_a_relative_year_is_one_date_in_that_year():
    got = found("The treaty was signed on July 4 last year.", dt.date(2026, 5, 6))
    assert got == {"July 4 last year": ("DATE", "2025-07-04")}
    got = found("The talks resume on July 4 next year.", dt.date(2026, 5, 6))
    assert got == {"July 4 next year": ("DATE", "2027-07-04")}
    got = found("The vote is on Monday next year's budget.", dt.date(2026, 5, 6))
    assert got["next year"] == ("DATE", "2027")
