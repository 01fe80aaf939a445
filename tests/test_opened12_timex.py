"""Floor of the twelfth sealed time-expression set once opened (session 15): timex_opened12.jsonl,
written in session 14 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened12_floor():
    # scored once when sealed, in session 15: with the session's starting code strict 0.876,
    # relaxed 0.942, value 0.860; with its end timex code strict 0.883, relaxed 0.950, type
    # 0.933, value 0.867 (gold DATE found 0.949 right value 0.846, DURATION 0.818 / 0.818,
    # TIME 1.000 / 0.875, SET 1.000).
    r = te.evaluate_probe(DATA / "timex_opened12.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.88 and r["value"]["f1"] >= 0.86, r["errors"]
