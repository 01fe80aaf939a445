"""Timex stage, session 19 (the sixteenth set's misses, then TimeBank's newswire habits);
sentences are our own.

Mechanisms, each named by the general pattern it handles:
- "every/each weekday", "every/each weekend": the part of the week that recurs, SET
  XXXX-WXX-WD / XXXX-WXX-WE, as the bare plurals after a habitual preposition already are
  ("on weekdays", "at weekends"). Ruling on the code (no TimeML value exists for a
  weekday set): our files write XXXX-WXX-WD 3 of 3 (opened5 s5-13 'weekdays', probe p709
  'weekdays', opened16 t10-s16 'every weekday'), TimeBank has no weekday set (0 cases), so
  the files' form is kept and no label was edited. "every weekend" was P2D before.
- "Orthodox Christmas", "Orthodox Easter" (and Easter's cycle): the feast on the Julian
  calendar, Christmas on January 7 (Eve January 6) and Easter by the Julian computus moved
  13 days (1900-2099); "Orthodox" is inside the extent. Before: 'Christmas' alone, Dec. 25.
- "the turn of the year/decade": the year that opened at the boundary, the last one gone
  in a past clause, the next one in a future clause, else the nearest; as "the turn of the
  century" already was (the century's first year).
"""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_every_weekday_and_every_weekend_are_parts_of_the_week_that_recur():
    day = dt.date(2025, 4, 9)
    got = found("The ferry sails every weekday and the museum opens each weekend.", day)
    assert got["every weekday"] == ("SET", "XXXX-WXX-WD")
    assert got["each weekend"] == ("SET", "XXXX-WXX-WE")
    # the plural forms keep their reading
    got = found("The library closes early on weekdays.", day)
    assert got["weekdays"] == ("SET", "XXXX-WXX-WD")
    # a weekday by name stays that weekday's set
    assert found("Inspectors visit every Tuesday.", day)["every Tuesday"] == \
        ("SET", "XXXX-WXX-2")


def test_orthodox_feasts_fall_on_the_julian_calendar():
    day = dt.date(2025, 12, 29)
    got = found("Shops in the capital will close for Orthodox Christmas.", day)
    assert got["Orthodox Christmas"] == ("DATE", "2026-01-07")
    got = found("Pilgrims gathered in the old town on Orthodox Christmas Eve.",
                dt.date(2026, 1, 8))
    assert got["Orthodox Christmas Eve"] == ("DATE", "2026-01-06")
    # Easter by the Julian computus: 2026's Orthodox Easter is April 12 (Western April 5)
    got = found("Churches expect large crowds at Orthodox Easter.", dt.date(2026, 3, 2))
    assert got["Orthodox Easter"] == ("DATE", "2026-04-12")
    got = found("The truce held over Orthodox Easter, monitors said.", dt.date(2027, 5, 10))
    assert got["Orthodox Easter"] == ("DATE", "2027-05-02")
    # without the word, Western Christmas as before
    got = found("Shops in the capital will close for Christmas.", day)
    assert got["Christmas"] == ("DATE", "2025-12-25")


def test_the_turn_of_the_year_is_the_year_it_opened_by_tense():
    got = found("Prices jumped at the turn of the year, traders said.", dt.date(2025, 2, 14))
    assert got["the turn of the year"] == ("DATE", "2025")
    got = found("The new tariff will apply from the turn of the year.", dt.date(2025, 10, 3))
    assert got["the turn of the year"] == ("DATE", "2026")
    got = found("Hiring slowed sharply at the turn of the decade.", dt.date(2024, 6, 1))
    assert got["the turn of the decade"] == ("DATE", "2020")
    # the century keeps its reading
    got = found("The mill was built at the turn of the century.", dt.date(2024, 6, 1))
    assert got["the turn of the century"] == ("DATE", "2000")
