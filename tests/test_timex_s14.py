"""Timex stage, session 14: a plural subject before a prepositional phrase still makes a
bare present a schedule ("voters in the district go to the polls on Thursday"), a plan
word after "as" and an adverb is no look ahead ("as previously planned"), a firm's own
counts make a bare "the first half" a half year; "quarterly" as an adverb is a SET; "a
while" after "take" or "last" is a stretch, but not in "once in a while"."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_plural_subject_before_a_phrase_keeps_a_bare_present_ahead():
    got = found("Voters in the district go to the polls on Thursday, the same day as the "
                "city's mayoral runoff.", dt.date(2024, 5, 29))
    assert got["Thursday"] == ("DATE", "2024-05-30")
    assert got["the same day"] == ("DATE", "2024-05-30")
    got = found("Voters in the district went to the polls on Thursday.", dt.date(2024, 5, 29))
    assert got["Thursday"] == ("DATE", "2024-05-23")


def test_as_previously_planned_does_not_look_ahead():
    got = found("Mr. Bush let the ground offensive begin as previously planned Saturday "
                "night.", dt.date(1991, 2, 25))
    assert got["Saturday night"] == ("TIME", "1991-02-23TNI")
    got = found("The vote is planned for Saturday.", dt.date(1991, 2, 25))
    assert got["Saturday"] == ("DATE", "1991-03-02")


def test_a_firms_own_counts_make_the_first_half_a_half_year():
    got = found("The chain opened 40 stores in the first half and plans 60 more over the "
                "next 12 months.", dt.date(2024, 8, 8))
    assert got["the first half"] == ("DATE", "2024-H1")
    got = found("The striker scored twice in the first half.", dt.date(2024, 8, 8))
    assert "the first half" not in got


def test_quarterly_as_an_adverb_is_a_set_but_not_as_an_adjective():
    got = found("Dividends are paid quarterly in cash.", dt.date(2013, 2, 14))
    assert got["quarterly"] == ("SET", "P3M")
    got = found("The company pays a quarterly dividend and reports quarterly results.",
                dt.date(2013, 2, 14))
    assert "quarterly" not in got


def test_a_while_after_take_or_last_and_not_in_once_in_a_while():
    got = found("He said it would take a while to recover.", dt.date(1998, 10, 22))
    assert got["a while"] == ("DURATION", "PXX")
    got = found("Once in a while the river floods.", dt.date(1998, 10, 22))
    assert "a while" not in got


def test_an_ordinal_day_told_is_the_day_of_the_story():
    got = found("By Friday evening, it was the second day of the lockdown.",
                dt.date(2013, 4, 19))
    assert got["the second day"] == ("DATE", "2013-04-19")
    # after "for" our writers mark nothing: "markets rallied for a second day"
    got = found("Markets rallied for a second day.", dt.date(2012, 9, 7))
    assert "a second day" not in got
    got = found("In Saudi Arabia, today is the eighth day of the operation.", dt.date(1990, 8, 15))
    assert got["the eighth day"] == ("DATE", "1990-08-15")
    # a day named after it is the one meant; and a day of an event is not told here
    got = found("Shares fell for a third straight day on Thursday.", dt.date(2013, 4, 19))
    assert "a third straight day" not in got
    got = found("The team won on the second day of the tournament.", dt.date(2013, 4, 19))
    assert "the second day" not in got


def test_last_year_compared_after_a_quarter_is_that_quarter_a_year_before():
    got = found("Third-quarter net was $24 million, compared with a loss of $3 million last "
                "year.", dt.date(1989, 11, 2))
    assert got["last year"] == ("DATE", "1988-Q3")
    got = found("The brewer, which last year sold 80 million barrels, said third-quarter "
                "profit rose.", dt.date(1989, 11, 2))
    assert got["last year"] == ("DATE", "1988")
    got = found("Profit fell from $3 million last year.", dt.date(1989, 11, 2))
    assert got["last year"] == ("DATE", "1988")


def test_after_the_nine_months_a_year_earlier_is_that_year():
    got = found("Third-quarter net rose 5 percent. For the nine months, the company reported a "
                "net loss of $608,413, compared with year-earlier net income of $967,809.",
                dt.date(1989, 11, 2))
    assert got["year-earlier"] == ("DATE", "1988")
    got = found("Third-quarter net rose. In the first nine months, net was $306 million, "
                "compared with a loss of $195 million in the 1988 period.", dt.date(1989, 11, 2))
    assert got["the 1988 period"] == ("DATE", "1988")
    got = found("Third-quarter net rose to $5 million from $4 million in the year-earlier "
                "period.", dt.date(1989, 11, 2))
    assert got["the year-earlier period"] == ("DATE", "1988-Q3")


def test_the_second_half_after_a_first_half_named_is_a_half_year():
    got = found("Airport traffic fell in the first half of 2026 but is expected to recover in "
                "the second half.", dt.date(2026, 8, 5))
    assert got["the second half"] == ("DATE", "2026-H2")
    got = found("The home side led at the break, and in the second half the visitors "
                "equalised.", dt.date(2026, 8, 5))
    assert "the second half" not in got


def test_the_three_months_to_a_month_is_the_quarter_it_ends():
    got = found("Revenue for the three months to September climbed to $2.1 billion, the "
                "company reported on Wednesday.", dt.date(2024, 11, 7))
    assert got["the three months to September"] == ("DATE", "2024-Q3")
    got = found("Profit for the six months to June 2013 rose 4 percent.", dt.date(2013, 8, 7))
    assert got["the six months to June 2013"] == ("DATE", "2013-H1")
    # with a day it stays a stretch and a day, as the probe's writers split it
    got = found("Profit for the six months to June 30 rose 4 percent.", dt.date(2013, 8, 7))
    assert got["the six months"] == ("DURATION", "P6M")
    assert got["June 30"] == ("DATE", "2013-06-30")


def test_a_holiday_next_to_a_day_named_is_that_days_year():
    got = found("Airlines added 40 extra flights and expect the busiest day to be December 23, "
                "two days before Christmas.", dt.date(2025, 12, 17))
    assert got["Christmas"] == ("DATE", "2025-12-25")
    got = found("Traffic was heavy at Christmas.", dt.date(2025, 7, 10))
    assert got["Christmas"] == ("DATE", "2024-12-25")


def test_dawn_after_a_night_named_ends_that_night():
    got = found("Negotiators worked late into Thursday night and reached a deal before dawn.",
                dt.date(2025, 11, 21))
    assert got["dawn"] == ("TIME", "2025-11-21TMO")
    # the small hours are already the next day: dawn follows on the same one
    got = found("A fire broke out in the small hours of Sunday, and the crew was lifted off "
                "at dawn.", dt.date(2019, 3, 11))
    assert got["dawn"] == ("TIME", "2019-03-10TMO")


def test_dawn_names_no_day_for_the_next_day_to_count_from():
    got = found("The ferry left on Tuesday and arrived at dawn the next day.",
                dt.date(2026, 7, 22))
    # session 20 ruling: dawn and the day that dates it are two TIMEX3 (probe p631 so)
    assert got["dawn"] == ("TIME", "2026-07-22TMO")
    assert got["the next day"] == ("DATE", "2026-07-22")


def test_years_before_the_common_era_and_early_decades():
    # opened11 t11/t12: TIMEX2's BC prefix, a modifier kept as for any approximate date;
    # decades and centuries before 1500 as the later ones are written
    got = found("The settlement was founded around 300 BC and abandoned in the fourth "
                "century.", dt.date(2016, 5, 3))
    assert got["around 300 BC"] == ("DATE", "BC0300")
    assert got["the fourth century"] == ("DATE", "03")
    got = found("The bowl dates from the second century BC; the walls from 753 B.C.",
                dt.date(2016, 5, 3))
    assert got["the second century BC"] == ("DATE", "BC01")
    assert got["753 B.C."] == ("DATE", "BC0753")
    got = found("The manuscript was copied in the 1340s and bound in the 1400s.",
                dt.date(2013, 9, 17))
    assert got["the 1340s"] == ("DATE", "134")
    assert got["the 1400s"] == ("DATE", "14")
    # the province's initials before a name are no era
    assert "2010 BC" not in found("In 2010 BC Hydro raised its rates.", dt.date(2013, 9, 17))


def test_a_clock_time_after_one_told_with_its_day_takes_that_day():
    got = found("Polls will open at 7 a.m. Sunday and close at 8 p.m., the commission said.",
                dt.date(2015, 3, 9))
    assert got["7 a.m. Sunday"] == ("TIME", "2015-03-15T07:00")
    assert got["8 p.m."] == ("TIME", "2015-03-15T20:00")


def test_a_season_looked_to_with_for_is_the_coming_one():
    # 'for the autumn' before the autumn has begun, in past narration: this year's
    got = found("The airline said bookings for the autumn were weak.", dt.date(2018, 7, 31))
    assert got["the autumn"] == ("DATE", "2018-FA")
    got = found("Sales slowed in the autumn.", dt.date(2018, 7, 31))
    assert got["the autumn"] == ("DATE", "2017-FA")
