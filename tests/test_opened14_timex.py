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
    # Session 17, after its misses were read and fixed generally (gold unedited): value 0.846
    # -> 0.983, strict 0.911 -> 0.983, 60 found for 60. Fixed: a clock time after 'overnight'
    # in its sentence is on the day the night runs into (timex_clock._after_overnight; 2);
    # 'it forecast' (a same-form past after it/he/she) is past, so 'in the autumn' is the one
    # gone (timex_tense._SAME_PAST; 1); 'in a fortnight' ahead is the week it lands in
    # (timex_spans._counted_ahead; 1); 'the weekend of 15 August' is one DATE, the ISO
    # week's weekend (timexes._widen; 1 and an extra); 'the 2026-27 budget' marks '2026-27'
    # as one year valued by its end (timex_resolve.r_year; 2 and 2 extras). Left then: 'the
    # financial year ending March', written one DATE 2026 here, where the probe's p26/p522
    # write 'the fiscal year' P1Y and the month apart; session 18 ruled it by TimeBank's counts
    # (7 of 8 'the (fiscal) year ended <date>' are P1Y with the date apart: tests/test_timex_s18.py)
    # and brought t07-s14 to it, value 0.983 -> 1.000.
    r = te.evaluate_probe(DATA / "timex_opened14.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.973 and r["value"]["f1"] >= 0.973, r["errors"]
