"""Timex stage, session 16 (second pass: the thirteenth sealed set's misses and loose ends);
sentences are our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_the_future_under_a_preposition_is_a_time_before_its_governors_verb():
    # 'the outlook for the future is brighter': 'is' belongs to 'the outlook', so the
    # subject rule does not apply; 'of' after it still makes it a topic
    day = dt.date(2029, 6, 6)
    for text in ("Farmers say the outlook for the future is brighter.",
                 "Plans for the future were shelved after the vote.",
                 "Fears about the future are growing among traders."):
        assert found(text, day)["the future"] == ("DATE", "FUTURE_REF"), text
    for text in ("Hopes for the future of the talks faded.",
                 "The future looks bleak for the mill."):
        assert "the future" not in found(text, day), text


def test_last_week_said_on_a_sunday_is_the_iso_week_before():
    sunday = dt.date(2026, 11, 22)  # ISO week 47 ends on it
    got = found("Parliament passed the bill last week.", sunday)
    assert got["last week"] == ("DATE", "2026-W46")
    got = found("Sales rose this week.", sunday)
    assert got["this week"] == ("DATE", "2026-W47")
