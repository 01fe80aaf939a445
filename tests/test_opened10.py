"""Floors of the tenth sealed sets once opened (session 13): events_opened10.jsonl and
timex_opened10.jsonl, written in session 12 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

import events_eval

DATA = Path(__file__).parent / "data"


def test_timex_opened10_floor():
    # scored once when sealed, in session 13, with the session's starting code and again
    # with its end timex code (the same figures both times): strict 0.821, relaxed 0.940,
    # type 0.906, value 0.855 (gold DATE found 0.920 right value 0.800, TIME 0.929 / 0.786
    # of 14, DURATION and SET 1.000).
    r = te.evaluate_probe(DATA / "timex_opened10.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.82 and r["value"]["f1"] >= 0.85, r["errors"]


def test_events_opened10_floor(nlp):
    # scored once when sealed, in session 13, with the session's starting code and again
    # after that session's long-tail events work (the same figures both times): type 0.925,
    # all three 0.85, actor 0.969, target 0.92, factuality 1.000, trigger recall 0.94,
    # no-event 6/6.
    r = events_eval.score(nlp, path=events_eval.OPENED10)
    assert r["type_accuracy"] >= 0.92 and r["all_right"] >= 0.85, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
