"""Floor of the fifteenth sealed time-expression set once opened (session 18): timex_opened15.jsonl,
written in session 17 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened15_floor():
    # scored once when sealed, in session 18, with the session's starting code (752353c): 60
    # gold, 60 found, strict 0.983, relaxed 1.000, type 1.000, value 0.983 (DATE found 1.000
    # right value 0.975, TIME 1.000 / 1.000, DURATION 1.000 / 1.000, SET 1.000 / 1.000); then
    # opened. Floors: those figures, less rounding.
    # Session 18, after its one value miss and one strict miss were read and fixed generally
    # (gold unedited): value 0.983 -> 1.000, strict 0.983 -> 1.000, 60 found for 60. Fixed:
    # a bare day closing a range ("runs from 1 October to 15 May", told in September) is the
    # first such day on or after the range's start (timex_resolve._range_start; 1); the
    # article before a hyphened century ("the 19th-century lighthouse") is its noun's, left
    # outside the extent (timex_decades.r_century; 1). Floors: the end figures less 0.01.
    r = te.evaluate_probe(DATA / "timex_opened15.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.99 and r["value"]["f1"] >= 0.99, r["errors"]
