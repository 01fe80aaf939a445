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
    # Session 21, its eleven error rows read and classified (A 8, B 2, C 1): value 0.882 ->
    # 1.000, strict 0.913 -> 1.000, 65 found for 65. Fixed generally (tests/test_timex_s21.py):
    # a present passive of foretelling ('is forecast from Thursday night') and a title-case
    # headline's 'To' + verb look ahead; 'on the 14th instead'; 'the last days of March' one
    # DATE; 'Holy Week' the ISO week Easter Sunday ends; 'the day before aides had drafted';
    # 'nightly' as 'every night' (XXXX-XX-XXTNI); 'around' after a duration stays out. Two
    # ruled edits by our files' counts: t01-s18 'the 2026-27 season' whole (3 of 4), t22-s18
    # 'winter' of 'the winter recess' marked (written convention; 8 of 10). Floors: the end
    # figures less 0.01.
    r = te.evaluate_probe(DATA / "timex_opened18.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.99 and r["value"]["f1"] >= 0.99, r["errors"]
