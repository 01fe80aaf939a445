"""Floors of the eleventh sealed sets once opened (session 14): events_opened11.jsonl and
timex_opened11.jsonl, written in session 13 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

import events_eval

DATA = Path(__file__).parent / "data"


def test_timex_opened11_floor():
    # scored once when sealed, in session 14, with the session's starting code and again
    # with its end timex code (the same figures both times): strict 0.968, relaxed 0.984,
    # type 0.984, value 0.952 (gold DATE found 0.941 right value 0.912, TIME 1.000 / 0.889
    # of 9, DURATION and SET 1.000).
    r = te.evaluate_probe(DATA / "timex_opened11.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.96 and r["value"]["f1"] >= 0.95, r["errors"]


def test_events_opened11_floor(nlp):
    # scored once when sealed, in session 14, with the session's starting code and again
    # after that session's events work (the same figures both times): type 0.875, all three
    # 0.825, actor 1.000, target 0.88, factuality 1.000, trigger recall 0.88, no-event 6/6.
    r = events_eval.score(nlp, path=events_eval.OPENED11)
    assert r["type_accuracy"] >= 0.87 and r["all_right"] >= 0.82, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
