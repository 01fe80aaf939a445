"""Floors of the fifteenth sealed events set once opened (session 18): events_opened15.jsonl,
written in session 17 by an engineer who tunes nothing (time expressions: test_opened15_timex.py)."""
from __future__ import annotations

import events_eval


def test_events_opened15_floor(nlp):
    # scored once when sealed, in session 18, with the session's starting code (752353c): type
    # 0.900, all three 0.850, actor 1.000, target 0.923, factuality 1.000, trigger recall 0.941,
    # no-event 4/6; then opened. Floors: those figures less rounding.
    r = events_eval.score(nlp, path=events_eval.OPENED15)
    assert r["type_accuracy"] >= 0.89 and r["all_right"] >= 0.84, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.92, r["misses"]
    assert r["factuality_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.94, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.66, r["misses"]
