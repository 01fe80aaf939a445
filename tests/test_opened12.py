"""Floors of the twelfth sealed events set once opened (session 15): events_opened12.jsonl,
written in session 14 by an engineer who tunes nothing (time expressions: test_opened12_timex.py)."""
from __future__ import annotations

import events_eval


def test_events_opened12_floor(nlp):
    # scored once when sealed, in session 15, with the session's starting code and again
    # after that session's events work (the same figures both times): type 0.850, all three
    # 0.825, actor 1.000, target 0.957, factuality 1.000, trigger recall 0.853, no-event 5/6.
    r = events_eval.score(nlp, path=events_eval.OPENED12)
    assert r["type_accuracy"] >= 0.85 and r["all_right"] >= 0.82, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.83, r["misses"]
