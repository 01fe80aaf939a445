"""Timex stage, session 16 (TimeBank's consistent forms: fiscal quarters referred back);
sentences are our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_the_quarter_ended_a_date_after_a_fiscal_quarter_is_that_quarter():
    # the date ends the fiscal quarter just named; later references keep its number
    # (TimeBank writes fiscal quarters by their own number and refers back to them so)
    day = dt.date(2027, 10, 21)
    lead = "Harlow Rail said profit doubled in its fiscal first quarter. "
    got = found(lead + "Revenue for the quarter ended Sept. 30 rose 12% from a year earlier. "
                "In the 2026 period the carrier lost money.", day)
    assert got["fiscal first quarter"] == ("DATE", "2027-Q1")
    assert got["the quarter"] == ("DATE", "2027-Q1")
    assert got["a year earlier"] == ("DATE", "2026-Q1")
    assert got["the 2026 period"] == ("DATE", "2026-Q1")
    got = found(lead + "Sales for the quarter ended Sept. 30 rose 12%. The carrier moved "
                "4 million passengers in the latest period.", day)
    assert got["the latest period"] == ("DATE", "2027-Q1")


def test_the_quarter_ended_a_date_without_a_fiscal_quarter_named_is_the_calendar_one():
    day = dt.date(2027, 10, 21)
    got = found("Harlow Rail said profit doubled in the first quarter. Revenue for the "
                "quarter ended Sept. 30 rose 12%.", day)
    assert got["the quarter"] == ("DATE", "2027-Q3")
    got = found("Revenue for the quarter ended Sept. 30 rose 12%.", day)
    assert got["the quarter"] == ("DATE", "2027-Q3")
