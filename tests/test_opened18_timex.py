"""Floor of the eighteenth sealed time-expression set once opened (session 21):
timex_opened18.jsonl, written in session 20 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened18_floor():
    # scored once while sealed, in session 20, with that session's starting code (697df413) and
    # its end code (7a10871a), identical: 64 gold, 63 found, strict 0.913, relaxed 0.961, type
    # 0.945, value 0.882 (DATE found 0.930 right value 0.861, TIME 1.000 / 0.889, DURATION
    # 1.000 / 1.000, SET 1.000 / 0.750); then opened in session 21. Floors: those figures, less
    # rounding.
    r = te.evaluate_probe(DATA / "timex_opened18.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.912 and r["value"]["f1"] >= 0.881, r["errors"]
