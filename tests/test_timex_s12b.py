"""Timex stage, session 12 (round 2): a month or day without a year that hangs on a plain
past verb lies behind publication ("changed its name in December", told in October), while
a past verb reaching over an infinitive, a plan or a limit may still look ahead."""
from __future__ import annotations

import datetime as dt

from timex_found import found

OCTOBER = dt.date(2023, 10, 19)


def test_a_month_on_a_plain_past_verb_is_behind():
    got = found("The ferry operator switched its timetable to winter hours in December.",
                OCTOBER)
    assert got["December"] == ("DATE", "2022-12")
    got = found("In November, the council quietly dropped the levy.", OCTOBER)
    assert got["November"] == ("DATE", "2022-11")
    got = found("The old bridge was closed to lorries in December.", OCTOBER)
    assert got["December"] == ("DATE", "2022-12")


def test_a_day_on_a_plain_past_verb_is_behind():
    got = found("The last shipment left the quay on Dec. 4.", OCTOBER)
    assert got["Dec. 4"] == ("DATE", "2022-12-04")


def test_a_past_verb_over_a_plan_or_a_limit_still_looks_ahead():
    got = found("The brewery agreed to sell the site to a developer in December.", OCTOBER)
    assert got["December"] == ("DATE", "2023-12")
    got = found("The board said the mill would reopen in November.", OCTOBER)
    assert got["November"] == ("DATE", "2023-11")
    got = found("The union called off all strikes through Nov. 30.", OCTOBER)
    assert got["Nov. 30"] == ("DATE", "2023-11-30")
    got = found("Directors declared a dividend, payable Dec. 1 to holders of record.",
                OCTOBER)
    assert got["Dec. 1"] == ("DATE", "2023-12-01")
    got = found("The hearing was scheduled for Dec. 12.", OCTOBER)
    assert got["Dec. 12"] == ("DATE", "2023-12-12")


def test_a_weekday_after_what_a_call_or_warning_asks_for_is_ahead():
    tuesday = dt.date(2023, 10, 17)
    got = found("Farmers' unions called for a tractor rally outside parliament on Friday.",
                tuesday)
    assert got["Friday"] == ("DATE", "2023-10-20")
    got = found("The coastguard warned of gales along the west coast on Thursday.", tuesday)
    assert got["Thursday"] == ("DATE", "2023-10-19")
    # the day of the call itself stands next to the verb
    got = found("The unions called on Friday for a tractor rally.", tuesday)
    assert got["Friday"] == ("DATE", "2023-10-13")
    got = found("The coastguard warned on Sunday of gales.", tuesday)
    assert got["Sunday"] == ("DATE", "2023-10-15")


def test_a_reported_clause_after_a_pronoun_keeps_its_tense_to_itself():
    wednesday = dt.date(2023, 10, 18)
    got = found("The mayor told reporters on Monday she expects the depot to close on Friday.",
                wednesday)
    assert got["Monday"] == ("DATE", "2023-10-16")
    assert got["Friday"] == ("DATE", "2023-10-20")


def test_a_date_on_a_past_participle_is_behind_unless_it_is_to_come():
    got = found("The audit published on Nov. 2 found gaps in the accounts.", OCTOBER)
    assert got["Nov. 2"] == ("DATE", "2022-11-02")
    got = found("The audit will be published on Nov. 2.", OCTOBER)
    assert got["Nov. 2"] == ("DATE", "2023-11-02")
    # an attributive participle is the noun's adjective, not the verb of the date
    got = found("The two leaders will meet in a televised debate on Nov. 2.", OCTOBER)
    assert got["Nov. 2"] == ("DATE", "2023-11-02")


def test_a_date_after_since_is_behind():
    got = found("The quarry has been shut since December.", OCTOBER)
    assert got["December"] == ("DATE", "2022-12")
    got = found("Since Nov. 20, the ferry has run half empty.", OCTOBER)
    assert got["Nov. 20"] == ("DATE", "2022-11-20")
    got = found("It is the steepest fall since November.", OCTOBER)
    assert got["November"] == ("DATE", "2022-11")


def test_would_be_after_a_past_saying_looks_ahead():
    wednesday = dt.date(2023, 10, 18)
    got = found("The coach said the squad would be back in training Friday.", wednesday)
    assert got["Friday"] == ("DATE", "2023-10-20")
    got = found("The council said the road would be resurfaced Saturday.", wednesday)
    assert got["Saturday"] == ("DATE", "2023-10-21")


def test_the_next_year_after_a_written_year_is_the_year_after_it():
    got = found("The abbey was sold in 2011 and turned into flats the next year.", OCTOBER)
    assert got["the next year"] == ("DATE", "2012")
    got = found("The abbey was sold in 2011 and stood empty for the next year.", OCTOBER)
    assert got["the next year"] == ("DURATION", "P1Y")
    got = found("The abbey will be restored over the next year.", OCTOBER)
    assert got["the next year"] == ("DURATION", "P1Y")


def test_a_weekday_before_a_noun_in_past_narration_is_a_particular_day():
    sunday = dt.date(2023, 10, 22)
    got = found("Hundreds attended a Sunday night vigil for the two fishermen.", sunday)
    assert got["Sunday night"] == ("TIME", "2023-10-22TNI")
    got = found("The council missed a Friday deadline to publish its accounts.", sunday)
    assert got["Friday"] == ("DATE", "2023-10-20")
    # no particular day: a weekday as a noun, or a habit told in the present
    got = found("The first of May fell on a Monday.", sunday)
    assert got["Monday"] == ("DATE", "XXXX-WXX-1")
    got = found("The village holds a Sunday market in summer.", sunday)
    assert got["Sunday"] == ("DATE", "XXXX-WXX-7")
