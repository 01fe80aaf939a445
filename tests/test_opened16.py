"""Floors of the sixteenth sealed events set once opened (session 19): events_opened16.jsonl,
written in session 18 by an engineer who tunes nothing (time expressions: test_opened16_timex.py)."""
from __future__ import annotations

import events_eval


def test_events_opened16_floor(nlp):
    # scored once while sealed, at the end of session 18, with that session's starting code
    # (752353c) and its end code (c27bb9e), identical: type 0.875, all three 0.800, actor 0.966,
    # target 0.880, factuality 0.966, trigger recall 0.853, no-event 6/6; then opened in session
    # 19. Floors: those figures less rounding.
    r = events_eval.score(nlp, path=events_eval.OPENED16)
    assert r["type_accuracy"] >= 0.87 and r["all_right"] >= 0.79, r["misses"]
    assert r["actor_accuracy"] >= 0.96 and r["target_accuracy"] >= 0.87, r["misses"]
    assert r["factuality_accuracy"] >= 0.96 and r["trigger_recall"] >= 0.85, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
