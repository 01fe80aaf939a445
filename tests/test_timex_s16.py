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
