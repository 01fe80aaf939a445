"""Floor of the thirteenth sealed time-expression set once opened (session 16): timex_opened13.jsonl,
written in session 15 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened13_floor():
    # scored once when sealed, in session 16, with the session's starting code (3338166) and
    # again with its end timex code (d1b8101), the same both times: 60 gold, 59 found, strict
    # 0.975, relaxed 0.992, type 0.992, value 0.975 (DATE found 0.968 right value 0.968,
    # DURATION 1.000 / 1.000, TIME 1.000 / 1.000, SET 1.000 / 0.667).
    # Session 16 fix pass. Annotation brought to a written convention (tests/data/README.md,
    # timex section, 'Session 16 (second pass)'): t20-s13 'late on Thursday' -> 'Thursday'
    # (the signal 'on' and 'late' before it stay outside the extent, as p478/p669/p692/p706/
    # p801 have it): strict 0.975 -> 0.992, value 0.975 =.
    # t06-s13 'every quarter' SET P3M -> P1Q under the lead's ruling written then (timex
    # section, 'Session 16 (second pass)': TimeML's quarter unit, as TimeBank and the probe's
    # t06/z26/u11): value 0.975 -> 0.992.
    # Left: '12/03' (a yearless day/month date in British copy) missed: no rule reads a slash
    # date without a year, and nothing in the sentence tells day-first from month-first (one
    # sentence, not fixed).
    r = te.evaluate_probe(DATA / "timex_opened13.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.981 and r["value"]["f1"] >= 0.981, r["errors"]
