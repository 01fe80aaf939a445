"""Timex stage, the general fixes drawn from the seventh opened set's failures: weeks
counted from a named day, lead-ups, 'this time last year', fiscal-year nouns, stamps, SETs."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_weeks_counted_from_a_named_day_keep_the_day():
    text = "The dam was closed on June 2, and it reopened three weeks later."
    assert found(text, dt.date(2014, 8, 1))["three weeks later"] == ("DATE", "2014-06-23")
    one = "Talks began on Oct. 6, 2012, and collapsed a week later."
    assert found(one, dt.date(2012, 11, 1))["a week later"] == ("DATE", "2012-10-13")


def test_weeks_counted_from_publication_stay_weeks():
    got = found("Two weeks ago the mayor resigned.", dt.date(2014, 8, 6))
    assert got["Two weeks ago"] == ("DATE", "2014-W30")


def test_a_lead_up_looks_ahead():
    # published on a Wednesday; the vote is the coming Sunday, not the last one
    text = "Troops were deployed in the run-up to Sunday's referendum, officials said."
    assert found(text, dt.date(2015, 4, 8))["Sunday"] == ("DATE", "2015-04-12")
    advance = "Shops boarded up their windows in advance of Friday's march."
    assert found(advance, dt.date(2015, 4, 8))["Friday"] == ("DATE", "2015-04-10")


def test_a_year_named_with_its_fiscal_noun_is_one_expression():
    text = "The airline hopes to break even in the 2015 fiscal year, its chief said."
    assert found(text, dt.date(2014, 5, 20))["the 2015 fiscal year"] == ("DATE", "2015")
    plain = found("The 2015 budget was passed in March.", dt.date(2014, 5, 20))
    assert plain["2015"] == ("DATE", "2015") and "The 2015" not in plain


def test_a_live_blog_stamp_is_a_clock_time():
    text = "Earlier entries below.\n08:05 — Ferries to the islands are cancelled for the day."
    assert found(text, dt.date(2013, 12, 6))["08:05"] == ("TIME", "2013-12-06T08:05")
    score = found("Leeds lead 2-1 after a header; 2.15 - 3.05 are the odds.", dt.date(2013, 1, 5))
    assert "2.15" not in score


def test_a_unit_repeated_round_after_recurs():
    got = found("The river floods week after week in the rainy season.", dt.date(2014, 3, 1))
    assert got["week after week"] == ("SET", "P1W")
    assert found("They waited night after night.", dt.date(2014, 3, 1))["night after night"] \
        == ("SET", "P1D")
