"""Timex stage, session 14: a plural subject before a prepositional phrase still makes a
bare present a schedule ("voters in the district go to the polls on Thursday"), a plan
word after "as" and an adverb is no look ahead ("as previously planned"), a firm's own
counts make a bare "the first half" a half year."""
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
