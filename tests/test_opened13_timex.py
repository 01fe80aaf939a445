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
    # Floors: those figures less a hair, until a fix pass raises them.
    r = te.evaluate_probe(DATA / "timex_opened13.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.97 and r["value"]["f1"] >= 0.97, r["errors"]
