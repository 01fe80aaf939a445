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
    # Session 19, its seven error rows read and classified (gold unedited): value and strict
    # 0.924 -> 0.959, 59 found for 62 (DATE found 0.976 right value 0.951, SET 1.000 / 1.000,
    # TIME 0.800 / 0.800). Fixed generally (tests/test_timex_s19.py): "every weekday" SET
    # XXXX-WXX-WD as "on weekdays" is; "Orthodox Christmas" on the Julian calendar (Jan. 7);
    # "the turn of the year" the year that opened it, by tense, as "the turn of the century".
    # Left: "Republic Day" (no national-day table beyond Independence Day), "overnight into
    # Sunday" and "dawn on Wednesday" (conventions our files settle the other way: probe p593
    # leaves "overnight into Wednesday" unmarked; "dawn on Friday" is one TIME 4 times in the
    # probe). Floors: the end figures less 0.01.
    # Session 20 ruled both by wider counts (tests/data/README.md, TIMEX3 conventions): 'dawn on
    # <day>' two TIMEX3 as 84 of 91 'point of day + on + day' rows are, 'overnight into <day>'
    # marked as that day's night before; the probe's rows brought to them. Value and strict
    # 0.959 -> 0.992 (left: "Republic Day"). Floors: those figures less 0.01.
    r = te.evaluate_probe(DATA / "timex_opened16.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.982 and r["value"]["f1"] >= 0.982, r["errors"]
