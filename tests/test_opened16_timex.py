"""Floor of the sixteenth sealed time-expression set once opened (session 19): timex_opened16.jsonl,
written in session 18 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened16_floor():
    # scored once while sealed, at the end of session 18, with that session's starting code
    # (752353c) and its end code (c27bb9e), identical: 62 gold, 57 found, strict 0.924, relaxed
    # 0.958, type 0.941, value 0.924 (DATE found 0.951 right value 0.902, TIME 0.800 / 0.800,
    # DURATION 1.000 / 1.000, SET 0.750 / 0.750); then opened in session 19. Floors: those
    # figures, less rounding.
    r = te.evaluate_probe(DATA / "timex_opened16.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.92 and r["value"]["f1"] >= 0.92, r["errors"]
