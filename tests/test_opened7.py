"""Floors of the seventh sealed sets' events and time expressions once opened (session 9):
events_opened7.jsonl and timex_opened7.jsonl, written by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

import events_eval

DATA = Path(__file__).parent / "data"


def test_timex_opened7_floor():
    # scored once when sealed, at the end of session 9's tuning: strict 0.908, relaxed
    # 0.950, value 0.837 (value accuracy 0.881 over relaxed matches); the session's starting
    # code exactly the same
    # One general-fix pass once opened, on the set as written: strict 0.937, relaxed 0.965,
    # value 0.895. Fixed: weeks counted from a named day keep the day's grain, "the run-up
    # to"/"in advance of" a day looks ahead, "this time last year" with no month is the day a
    # year back, "the 2013 financial year" is one expression, a live-blog stamp opening its
    # line is a clock time, "year after year" is a SET.
    # Then seven annotations brought to TBAQ's practice (73 TIMEX3): fiscal years valued as
    # the year (x2), "recent weeks"/"the coming days" stretches (PXW/PXD), "a later date"
    # marked FUTURE_REF, "shortly" (before "after") unmarked, "the year" and "June" apart as
    # "the quarter ended Sept. 29": strict 0.972, value 0.972 (start code 0.944 / 0.915).
    # Left: "overnight" (AQUAINT leaves one unmarked), "at least another" (opened4 leaves it
    # out), "a decade ago" as a decade (opened6), "a second day", weekday nights typed DATE.
    r = te.evaluate_probe(DATA / "timex_opened7.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.96 and r["value"]["f1"] >= 0.96, r["errors"]


def test_events_opened7_floor(nlp):
    # scored once when sealed, at the end of session 9's tuning: type 0.88, all three 0.80,
    # actor 0.974, target 0.903, factuality 0.949, no-event 6/7, trigger recall 0.907 (the
    # session's starting code exactly the same). General causes fixed once opened: plural
    # doers that 'clashed' with no 'with' (each other), 'suspended its sanctions' as a
    # concession, 'transferred $3 billion to' as aid, 'told X to act' as a request,
    # 'protested to Beijing' (its target), 'refused to hand power to X' (the receiver),
    # 'it was ready to mediate' (the speaker through the adjective, the dateline set
    # aside), a clause the parser hung on a dateline that is the report's subject read as
    # reported: type 0.96, all three 0.94, actor 1.000, target 0.971, factuality 0.953,
    # trigger recall 1.000. Left: 'swapped prisoners' (target: the sets disagree), 'joint
    # exercises' typed COOPERATE as older sets do, 'closed consultations' with no party,
    # two factualities ('agreed to share', 'clashed ... and police said').
    r = events_eval.score(nlp, path=events_eval.OPENED7)
    assert r["type_accuracy"] >= 0.94 and r["all_right"] >= 0.92, r["misses"]
