"""Timex stage, anchored and looking-ahead expressions: "the year after" told from the year
just named, "this time last year", and a possibility ("could run until") still to come."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_the_year_after_counts_from_the_year_just_named():
    text = "The plant opened in 2009 and closed the year after, leaving 300 people without work."
    assert found(text, dt.date(2013, 5, 2))["the year after"] == ("DATE", "2010")
    before = "Revenue fell to $300 million last year, down from $450 million the year before."
    assert found(before, dt.date(2013, 5, 2))["the year before"] == ("DATE", "2011")


def test_the_year_after_an_event_is_no_date():
    got = found("Prices rose sharply in the year after the war ended.", dt.date(2013, 5, 2))
    assert not any("after" in span for span in got)


def test_this_time_last_year():
    text = "Unemployment hit 9.1 percent in May, up from 8.7 percent this time last year."
    assert found(text, dt.date(2013, 6, 28))["this time last year"] == ("DATE", "2012-05")
    # with no month named before, "this time" is the day it is said on, a year back
    plain = "Shoppers are spending less than this time last year, retailers said."
    assert found(plain, dt.date(2013, 6, 28))["this time last year"] == ("DATE", "2012-06-28")
    leap = "Ice cover is thinner than this time last year."
    assert found(leap, dt.date(2016, 2, 29))["this time last year"] == ("DATE", "2015-02-28")


def test_a_possibility_before_the_date_looks_ahead():
    text = "The party won Sunday's vote, but coalition talks could run until Christmas."
    assert found(text, dt.date(2013, 9, 23))["Christmas"] == ("DATE", "2013-12-25")
    # told after the date, "could" opens a clause of its own: the date keeps its past
    past = "She warned on Thursday that the strikes could do serious harm."
    assert found(past, dt.date(2013, 9, 23))["Thursday"] == ("DATE", "2013-09-19")


def test_last_with_the_month_just_gone_is_a_year_back():
    # told on March 1, February itself would be "last month"
    text = "Two helicopters crashed last February, and the inquiry reported on Friday."
    assert found(text, dt.date(1998, 3, 1))["last February"] == ("DATE", "1997-02")
    assert found("Sales rose last January.", dt.date(1998, 3, 1))["last January"] == \
        ("DATE", "1998-01")
    assert found("Sales rose this past February.", dt.date(1998, 3, 1))["this past February"] \
        == ("DATE", "1998-02")


def test_bare_units_after_take_and_spend():
    got = found("Aid workers said it would take years to rebuild the town.", dt.date(2013, 11, 11))
    assert got["years"] == ("DURATION", "PXY")
    got = found("She spent months in hospital after the crash.", dt.date(2013, 11, 11))
    assert got["months"] == ("DURATION", "PXM")
    assert "years" not in found("It took years of work.", dt.date(2013, 11, 11))


def test_a_month_after_an_amount_of_things_is_a_rate():
    text = "The Fed will keep buying $85 billion of bonds a month until mid-2015."
    assert found(text, dt.date(2013, 1, 30))["a month"] == ("SET", "P1M")


def test_a_date_after_since_is_no_setting_for_a_weekday():
    # published on a Thursday: Wednesday is the day before, not the one near May 18
    text = ("Facebook shares have lost a quarter of their value since the company's May 18 "
            "debut, closing on Wednesday at $28.19.")
    assert found(text, dt.date(2012, 5, 31))["Wednesday"] == ("DATE", "2012-05-30")


def test_a_half_year_report_compares_halves():
    text = ("The bank said first-half profit rose 10 percent from a year earlier. Revenue "
            "was flat against the same period of 2012, and costs fell from the year-earlier "
            "period.")
    got = found(text, dt.date(2013, 7, 29))
    assert got["first-half"] == ("DATE", "2013-H1")
    assert got["a year earlier"] == ("DATE", "2012-H1")
    assert got["the same period of 2012"] == ("DATE", "2012-H1")
    assert got["the year-earlier period"] == ("DATE", "2012-H1")


def test_a_date_fixed_for_a_trial_lies_ahead():
    text = "A federal judge on Thursday set a trial date of Jan. 13 for the former trader."
    assert found(text, dt.date(2013, 5, 3))["Jan. 13"] == ("DATE", "2014-01-13")


def test_half_a_long_unit_said_without_a():
    got = found("The country has changed over the past half century.", dt.date(2013, 6, 26))
    assert got["the past half century"] == ("DURATION", "P50Y")
    assert found("Rates stayed low for half a decade.", dt.date(2013, 6, 26))["half a decade"] \
        == ("DURATION", "P5Y")


def test_a_speed_is_no_recurrence():
    assert found("Winds of 80 miles per hour hit the coast.", dt.date(2012, 10, 30)) == {}
    assert found("He earns $20 an hour.", dt.date(2012, 10, 30))["an hour"] == ("SET", "PT1H")


def test_the_year_ended_by_a_market_is_this_year():
    got = found("The S&P 500 ended the year up 13 percent.", dt.date(2012, 12, 31))
    assert got["the year"] == ("DATE", "2012")
    # told in January, the year ended is the one just gone
    got = found("The S&P 500 ended the year up 13 percent.", dt.date(2013, 1, 2))
    assert got["the year"] == ("DATE", "2012")
    # a year written before a unit is no count of hours
    got = found("Sydney ushered in 2013 hours before New York.", dt.date(2012, 12, 31))
    assert "2013 hours" not in got


def test_a_clause_after_how_keeps_its_own_tense():
    text = ("Two Americans won the Nobel Prize for medicine on Monday for discovering how "
            "cells transport hormones.")
    assert found(text, dt.date(2013, 10, 8))["Monday"] == ("DATE", "2013-10-07")


def test_a_past_clock_time_goes_on_the_story_day():
    text = ("Hurricane Sandy slammed into the coast on Monday evening.\n\n"
            "The storm, which had killed 66 people in the Caribbean last week, came ashore "
            "near Atlantic City at about 8 p.m.")
    assert found(text, dt.date(2012, 10, 30))["about 8 p.m."] == ("TIME", "2012-10-29T20:00")
    # told as still to come, the clock time stays on the publication day
    ahead = "Voting ended on Sunday.\n\nThe result will be announced at 6 p.m."
    assert found(ahead, dt.date(2012, 10, 30))["6 p.m."] == ("TIME", "2012-10-30T18:00")


def test_a_quarter_as_an_adjective_in_january_is_the_one_just_ended():
    got = found("Fourth-quarter GDP data is due on Jan. 18.", dt.date(2013, 1, 10))
    assert got["Fourth-quarter"] == ("DATE", "2012-Q4")
    got = found("The plant will open in the fourth quarter.", dt.date(2013, 1, 10))
    assert got["the fourth quarter"] == ("DATE", "2013-Q4")


def test_a_clock_time_names_no_day_for_what_follows():
    text = ("Egypt declared a state of emergency on Wednesday after forces cleared two camps. "
            "Police moved in at 7 a.m., and the clashes spread during the afternoon.")
    got = found(text, dt.date(2013, 8, 15))
    assert got["7 a.m."] == ("TIME", "2013-08-14T07:00")
    assert got["the afternoon"] == ("TIME", "2013-08-14TAF")


def test_backstory_names_no_day_for_the_news():
    text = ("Egypt declared a state of emergency on Wednesday after forces cleared two camps.\n\n"
            "The camps had been set up in late June, days before the army removed Mursi on "
            "July 3. Police moved in at 7 a.m., and the clashes spread during the afternoon.")
    got = found(text, dt.date(2013, 8, 15))
    assert got["7 a.m."] == ("TIME", "2013-08-14T07:00")
    assert got["the afternoon"] == ("TIME", "2013-08-14TAF")
    # with no day of the news named, the narrated day keeps its clock times
    old = "The army removed Mursi on July 3. Troops moved in at 7 a.m. and left at noon."
    assert found(old, dt.date(2013, 8, 15))["7 a.m."] == ("TIME", "2013-07-03T07:00")


def test_phrases_from_the_fifth_batch():
    pub = dt.date(2013, 9, 30)
    got = found("We expect to be very profitable for the rest of the year.", pub)
    assert got["the rest of the year"] == ("DATE", "2013")
    got = found("The last shutdown, in the winter of 1995-96, lasted 21 days.", pub)
    assert got["the winter of 1995-96"] == ("DATE", "1995-WI")
    assert found("We will be driving most days from now on.", pub)["now"] == \
        ("DATE", "PRESENT_REF")
    assert found("It is two weeks from now.", pub)["two weeks from now"] == ("DATE", "2013-W42")


def test_a_clock_time_ending_its_sentence_keeps_its_tense():
    text = ("Cardinals elected a pope on Wednesday evening.\n\nHe appeared an hour after white "
            "smoke rose at 7:06 p.m. He will celebrate Mass on Thursday.")
    assert found(text, dt.date(2013, 3, 14))["7:06 p.m."] == ("TIME", "2013-03-13T19:06")


def test_a_bare_unit_before_away_is_a_span():
    got = found("The government was hours away from its first shutdown.", dt.date(2013, 9, 30))
    assert got["hours"] == ("DURATION", "PTXH")


def test_holidays():
    pub = dt.date(2013, 7, 8)
    assert found("Workers marched on May Day.", pub)["May Day"] == ("DATE", "2013-05-01")
    assert found("Parades were held for St. Patrick's Day.", pub)["St. Patrick's Day"] == \
        ("DATE", "2013-03-17")
    # told in the past, a holiday two months ahead is last year's
    got = found("Traffic was heavy on Labor Day.", pub)
    assert got["Labor Day"] == ("DATE", "2012-09-03")
    assert found("The store will open on Labor Day.", pub)["Labor Day"] == ("DATE", "2013-09-02")


def test_a_holiday_owned_by_a_year_and_a_single_day():
    got = found("Last year's Christmas travel season was mild.", dt.date(2012, 12, 26))
    assert got["Christmas"] == ("DATE", "2011-12-25")
    got = found("The index lost 7.3 percent in a single day.", dt.date(2013, 6, 3))
    assert got["a single day"] == ("DURATION", "P1D")


def test_a_count_per_period_is_one_recurrence():
    got = found("Packages will still arrive six days a week.", dt.date(2013, 5, 8))
    assert got["six days a week"] == ("SET", "P1W")


def test_the_next_contests_lie_ahead_and_hyphenated_halves():
    got = found("The next contests are in Kansas on Saturday.", dt.date(2012, 3, 7))
    assert got["Saturday"] == ("DATE", "2012-03-10")
    got = found("The three-and-a-half-hour ceremony drew 40 million viewers.", dt.date(2013, 2, 25))
    assert got["three-and-a-half-hour"] == ("DURATION", "PT3H30M")


def test_the_story_day_is_the_ledes_not_a_day_said_or_told_later():
    text = ("The gunman killed 12 people at the Navy Yard on Monday, officials said on Tuesday. "
            "He bought a shotgun on Saturday, two days before the attack.\n\n"
            "The shooting began at about 8:20 a.m.")
    assert found(text, dt.date(2013, 9, 17))["about 8:20 a.m."] == ("TIME", "2013-09-16T08:20")
    said = ("Investigators said on Sunday the jet that crashed on Saturday had come in too "
            "low.\n\nThe plane struck the runway at 11:27 a.m.")
    assert found(said, dt.date(2013, 7, 8))["11:27 a.m."] == ("TIME", "2013-07-06T11:27")


def test_a_holiday_weekend_is_the_weekend_nearest_the_holiday():
    # the whole phrase names the weekend: after a Thursday holiday, before a Monday one
    got = found("Hotels were full over the Thanksgiving weekend.", dt.date(2015, 12, 2))
    assert got["the Thanksgiving weekend"] == ("DATE", "2015-W48-WE")
    got = found("Traffic was heavy over the Labor Day weekend.", dt.date(2013, 7, 8))
    assert got["the Labor Day weekend"] == ("DATE", "2012-W35-WE")


def test_weekdays_and_weekends_after_a_habitual_preposition_recur():
    got = found("The library opens late on weekdays and closes at noon at weekends.",
                dt.date(2016, 2, 3))
    assert got["weekdays"] == ("SET", "XXXX-WXX-WD")
    assert got["weekends"] == ("SET", "XXXX-WXX-WE")
    assert "weekends" not in found("She spent three weekends painting it.", dt.date(2016, 2, 3))


def test_the_previous_decade_counts_from_a_decade_named_before_it():
    text = "Rents in the 1980s rose faster than in the previous decade."
    assert found(text, dt.date(2014, 3, 5))["the previous decade"] == ("DATE", "197")
    # with no decade named, from publication
    assert found("Exports doubled over the previous decade.",
                 dt.date(2014, 3, 5))["the previous decade"] == ("DATE", "200")


def test_a_time_that_opens_with_a_full_date_names_a_day_for_the_story_readers():
    # the corpus readers want the day, whatever type TimeML gives "Wednesday night"
    from newsprism.corpus.features import names_day
    from newsprism.corpus.story_figures import day_of
    from newsprism.records import Timex
    assert names_day(Timex(0, 15, "TIME", "2020-02-12TNI"))
    assert names_day(Timex(0, 8, "TIME", "2020-02-12T14:50"))
    assert names_day(Timex(0, 4, "DATE", "1994"))
    assert not names_day(Timex(0, 10, "TIME", "XXXX-XX-XXTMO"))
    assert not names_day(Timex(0, 9, "TIME", "T14:50"))
    assert not names_day(Timex(0, 8, "DURATION", "P1Y"))
    assert day_of("2020-02-12TNI") == dt.date(2020, 2, 12)
