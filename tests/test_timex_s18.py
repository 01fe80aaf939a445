"""Timex stage, session 18 (the fifteenth set's misses, then TimeBank's newswire habits);
sentences are our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_a_day_range_ends_on_the_first_such_day_after_its_start():
    # "from 1 October to 15 May", told in September: the range runs forward, so its end
    # is next May, whatever the present tense would make of "15 May" alone
    day = dt.date(2025, 9, 3)
    got = found("The hunting season runs from 1 October to 15 May in the lowlands.", day)
    assert got["1 October"] == ("DATE", "2025-10-01")
    assert got["15 May"] == ("DATE", "2026-05-15")
    got = found("The ban lasts from Nov. 20 until Feb. 10, officials said.", day)
    assert got["Nov. 20"] == ("DATE", "2025-11-20")
    assert got["Feb. 10"] == ("DATE", "2026-02-10")
    # a range inside one year keeps the year of its start
    got = found("The museum will be shut from 2 March to 30 April for repairs.", day)
    assert got["2 March"] == ("DATE", "2026-03-02")
    assert got["30 April"] == ("DATE", "2026-04-30")
    # a second date that does not close a range keeps its own reading
    got = found("The plant closed on Aug. 4, and on Feb. 10 it reopened.", day)
    assert got["Feb. 10"] == ("DATE", "2025-02-10")


def test_the_article_before_a_hyphened_century_belongs_to_its_noun():
    day = dt.date(2025, 9, 3)
    got = found("Builders restored the 18th-century chapel over two summers.", day)
    assert got["18th-century"] == ("DATE", "17")
    got = found("Historians study the early-20th-century railways of the region.", day)
    assert got["early-20th-century"] == ("DATE", "19")
    # the century as a noun keeps its article
    got = found("The town grew fast in the 19th century.", day)
    assert got["the 19th century"] == ("DATE", "18")
