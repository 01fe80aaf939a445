"""Timex stage, session 17 (values on unseen writing); sentences are our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_a_month_of_released_data_is_the_one_gone_in_a_future_sentence():
    # figures are released for months that are over: told in March, "the figures for
    # February are due" are this February's, not next year's
    day = dt.date(2026, 3, 12)
    got = found("The inflation figures for February are due on Tuesday.", day)
    assert got["February"] == ("DATE", "2026-02")
    got = found("The government will publish the January trade figures on Friday.", day)
    assert got["January"] == ("DATE", "2026-01")
    got = found("Analysts expect February's jobs report, due next week, to show slower "
                "hiring.", day)
    assert got["February"] == ("DATE", "2026-02")


def test_a_month_ahead_or_without_data_keeps_its_tense():
    day = dt.date(2026, 3, 12)
    assert found("Sales will rise in February, the company said.", day)["February"] == \
        ("DATE", "2027-02")
    # a month still to come whose figures are announced ahead stays ahead
    got = found("The December figures, due in January, will show the strike's effect.",
                dt.date(2026, 11, 20))
    assert got["December"] == ("DATE", "2026-12")
    assert got["January"] == ("DATE", "2027-01")


def test_a_clock_time_after_a_stretch_takes_the_day_told_before_it():
    # a duration between the day told and the clock time dates nothing
    got = found("The army entered the city on Feb. 20. Within hours, the rebels had fled, "
                "and by nightfall the streets were quiet.", dt.date(2026, 3, 12))
    assert got["nightfall"] == ("TIME", "2026-02-20TEV")
    got = found("The ferry sank on Feb. 20. For two hours nobody came, and rescuers "
                "arrived at 9 p.m.", dt.date(2026, 3, 12))
    assert got["9 p.m."] == ("TIME", "2026-02-20T21:00")


def test_the_next_weekend_after_a_day_told_in_past_narration():
    got = found("Protesters gathered on Feb. 28. The next weekend, thousands more joined "
                "them.", dt.date(2026, 3, 12))
    assert got["The next weekend"] == ("DATE", "2026-W10-WE")
    got = found("The fair opened on Feb. 20, and the next weekend it drew 10,000 visitors.",
                dt.date(2026, 3, 12))
    assert got["the next weekend"] == ("DATE", "2026-W09-WE")


def test_a_place_named_before_time_is_a_zone_inside_the_extent():
    day = dt.date(2026, 3, 12)
    got = found("The launch is set for 14:30 Moscow time on Saturday.", day)
    assert got["14:30 Moscow time"] == ("TIME", "2026-03-14T14:30")
    got = found("The blast was heard at around 11pm UK time on Sunday.", day)
    assert got["around 11pm UK time"] == ("TIME", "2026-03-08T23:00")
    got = found("Flights resume at 1430 Kyiv time on Monday.", day)
    assert got["1430 Kyiv time"] == ("TIME", "2026-03-16T14:30")
    # a year before a place's time is no clock reading; a weekday is no place
    got = found("Clocks ran on Moscow time, as they had in 1991 Soviet time.", day)
    assert got.get("1991") == ("DATE", "1991")
    got = found("Talks resume at 10 a.m. Tuesday time permitting.", day)
    assert "10 a.m. Tuesday time" not in got


def test_a_timetable_verb_read_as_a_noun_reaches_the_day_over_a_clock_time():
    # "resume" tagged NN: the clock time between it and the day's "on" no longer hides it
    day = dt.date(2026, 3, 12)
    got = found("Flights resume at 6 a.m. on Monday.", day)
    assert got["Monday"] == ("DATE", "2026-03-16")
    assert got["6 a.m."] == ("TIME", "2026-03-16T06:00")
    got = found("Flights resume at 1430 Kyiv time on Monday.", day)
    assert got["1430 Kyiv time"] == ("TIME", "2026-03-16T14:30")


def test_a_saying_set_between_commas_leaves_the_clause_its_tense():
    day = dt.date(2026, 3, 12)
    got = found("The appeal will be heard in the autumn, the court said, after a first "
                "hearing on April 8.", day)
    assert got["April 8"] == ("DATE", "2026-04-08")
    # a past clause around the aside stays past
    got = found("Talks resumed on Tuesday, a diplomat said, after a pause on Feb. 20.", day)
    assert got["Tuesday"] == ("DATE", "2026-03-10")


def test_a_headline_infinitive_looks_ahead():
    day = dt.date(2026, 3, 12)
    got = found("Parliament to vote on budget Tuesday\n\nLAWMAKERS will debate the plan.", day)
    assert got["Tuesday"] == ("DATE", "2026-03-17")
    assert found("Doctors to strike from Monday over pay", day)["Monday"] == \
        ("DATE", "2026-03-16")
    # a noun's infinitive in a sentence of the body keeps the sentence's tense
    got = found("The decision to close the plant on Monday angered workers.", day)
    assert got["Monday"] == ("DATE", "2026-03-09")


def test_dotted_dates_are_day_first_and_a_past_slash_date_may_be_too():
    day = dt.date(2026, 3, 12)
    got = found("The contract runs from 01.04.2026 to 31.03.2027.", day)
    assert got["01.04.2026"] == ("DATE", "2026-04-01")
    assert got["31.03.2027"] == ("DATE", "2027-03-31")
    assert "2.4.2026" not in found("Version 2.4.2026 of the app was released.", day)
    # month first in English, unless the past rules that reading out
    assert found("The hearing is set for 4/9/2026.", day)["4/9/2026"] == ("DATE", "2026-04-09")
    got = found("The company was fined on 12/02/2026 by the regulator.", day)
    assert got["12/02/2026"] == ("DATE", "2026-02-12")


def test_a_day_of_the_month_alone_before_a_verb():
    day = dt.date(2026, 3, 12)
    got = found("The bank's meeting on the 18th will decide on rates.", day)
    assert got["the 18th"] == ("DATE", "2026-03-18")
    assert found("The talks on the 4th were cancelled.", day)["the 4th"] == ("DATE", "2026-03-04")
    assert "the 30th" not in found("Guests at the 30th anniversary were many.", day)


def test_the_week_or_month_before_after_a_date_told():
    day = dt.date(2026, 3, 12)
    got = found("The ship sank on Jan. 30; the week before, inspectors had found cracks in "
                "its hull.", day)
    assert got["the week before"] == ("DATE", "2026-W04")
    got = found("Prices jumped in January, after falling the month before.", day)
    assert got["the month before"] == ("DATE", "2025-12")
    # before an event it is no date of its own
    assert "the week before" not in found("Voters queued the week before the election.", day)


def test_a_count_spread_over_in_n_days_is_a_stretch():
    day = dt.date(2026, 3, 12)
    got = found("The club will play three matches in eight days, starting on Saturday.", day)
    assert got["eight days"] == ("DURATION", "P8D")
    assert found("The plan will save $5 billion in two years.", day)["two years"] == \
        ("DURATION", "P2Y")
    # with no count before it, 'in three days' ahead is the day it lands on
    assert found("The results will come in three days.", day)["three days"] == \
        ("DATE", "2026-03-15")


def test_a_weekday_under_would_after_an_old_saying_day_follows_it():
    day = dt.date(2026, 3, 12)
    got = found("The firm announced on March 2 that it would close the plant on Friday.", day)
    assert got["Friday"] == ("DATE", "2026-03-06")
    # a saying this week leaves the weekday ahead of publication
    got = found("He said on Monday that he would resign on Friday.", day)
    assert got["Friday"] == ("DATE", "2026-03-13")


def test_a_clock_time_after_overnight_is_on_the_day_the_night_runs_into():
    day = dt.date(2026, 5, 8)
    got = found("Storms battered the coast overnight, and the port reopened at 0900 GMT.", day)
    assert got["overnight"] == ("TIME", "2026-05-07TNI")
    assert got["0900 GMT"] == ("TIME", "2026-05-08T09:00")
    # an evening clock time before the night stays on the evening it began
    got = found("Shelling began at 10 p.m. and went on overnight.", day)
    assert got["10 p.m."] == ("TIME", "2026-05-07T22:00")


def test_a_same_form_past_after_it_he_she_is_past():
    day = dt.date(2026, 2, 10)
    got = found("Revenue was lower than it forecast in the autumn.", day)
    assert got["the autumn"] == ("DATE", "2025-FA")


def test_in_a_fortnight_ahead_is_the_week_it_lands_in():
    day = dt.date(2025, 11, 19)
    assert found("The inquiry will report in a fortnight.", day)["a fortnight"] == \
        ("DATE", "2025-W49")
    assert found("Prices rose twice in a fortnight.", day)["a fortnight"] == ("DURATION", "P2W")


def test_the_weekend_of_a_date_is_one_date():
    day = dt.date(2026, 4, 27)
    got = found("The fair opens on the weekend of 15 August.", day)
    assert got == {"the weekend of 15 August": ("DATE", "2026-W33-WE")}


def test_a_year_spanning_two_before_its_noun_is_one_year():
    day = dt.date(2026, 3, 2)
    got = found("The council approved its 2026-27 spending plan on Monday.", day)
    assert got["2026-27"] == ("DATE", "2027")
    assert "27" not in got
    # two spans joined by 'and' keep their ends apart
    got = found("Growth slowed in 2024-25 and recovered.", day)
    assert got["2024"] == ("DATE", "2024") and got["25"] == ("DATE", "2025")


def test_weekday_abbreviations_with_their_point():
    day = dt.date(2026, 3, 12)
    got = found("The panel met on Tues. and will report on Thurs., its chair said.", day)
    assert got["Tues."] == ("DATE", "2026-03-10") and got["Thurs."] == ("DATE", "2026-03-12")
    # a lower-case 'wed.' is a verb, and 'Sun.' after no 'on' a newspaper
    assert found("The couple wed. The Sun. printed it.", day) == {}


def test_fy_with_two_digits_is_the_fiscal_year():
    day = dt.date(2026, 3, 12)
    assert found("Margins should widen in FY27, the company said.", day)["FY27"] == \
        ("DATE", "2027")


def test_a_weekday_in_apposition_restates_the_date():
    day = dt.date(2026, 3, 12)
    got = found("The talks collapsed on Feb. 18, a Wednesday, after a week.", day)
    assert got["Wednesday"] == ("DATE", "2026-02-18")
    # a weekday that does not fit the date stays unvalued
    got = found("The talks collapsed on Feb. 19, a Wednesday, after a week.", day)
    assert got["Wednesday"] == ("DATE", "XXXX-WXX-3")


def test_the_weekday_after_an_event_counts_from_the_day_told():
    day = dt.date(2026, 3, 12)
    got = found("The referendum was held on Feb. 20. On the Tuesday after the vote, the "
                "premier quit.", day)
    assert got["Tuesday"] == ("DATE", "2026-02-24")
    # with no day told before it, the weekday is not counted from publication
    got = found("On the Friday after the vote, protests began.", day)
    assert got["Friday"] == ("DATE", "XXXX-WXX-5")


def test_bare_by_evening_is_the_evening_of_the_day_told():
    day = dt.date(2026, 3, 12)
    got = found("The blaze broke out on Tuesday and was under control by evening.", day)
    assert got["evening"] == ("TIME", "2026-03-10TEV")
    assert found("It was mild by evening standards.", day) == {}


def test_last_season_is_the_season_before_the_one_under_way():
    assert found("The side finished fourth last season.", dt.date(2026, 3, 12)) == \
        {"last season": ("DATE", "2025")}
    assert found("She scored 19 goals last season.", dt.date(2026, 10, 2)) == \
        {"last season": ("DATE", "2026")}
    assert found("It was the last season of the series.", dt.date(2026, 3, 12)) == {}


def test_a_holiday_takes_the_year_its_clause_names():
    day = dt.date(2026, 3, 12)
    got = found("Christmas falls on a Thursday this year.", day)
    assert got["Christmas"] == ("DATE", "2026-12-25")
    # with no year named, a past verb keeps the one gone
    assert found("Sales rose sharply over Christmas.", day)["Christmas"] == \
        ("DATE", "2025-12-25")
