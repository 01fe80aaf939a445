"""Floor of the fourteenth sealed time-expression set once opened (session 17): timex_opened14.jsonl,
written in session 16 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened14_floor():
    # scored once when sealed, in session 17, with the session's starting code (ee03540) and
    # again after its timex round (a87ae0d), the same both times: 60 gold, 63 found, strict
    # 0.911, relaxed 0.976, type 0.959, value 0.846 (DATE found 1.000 right value 0.838, TIME
    # 1.000 / 0.833, DURATION 1.000 / 1.000, SET 1.000 / 1.000). Floors: those figures, less
    # rounding.
    r = te.evaluate_probe(DATA / "timex_opened14.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.91 and r["value"]["f1"] >= 0.845, r["errors"]
