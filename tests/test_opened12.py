"""Floors of the twelfth sealed events set once opened (session 15): events_opened12.jsonl,
written in session 14 by an engineer who tunes nothing (time expressions: test_opened12_timex.py)."""
from __future__ import annotations

import events_eval


def test_events_opened12_floor(nlp):
    # scored once when sealed, in session 15, with the session's starting code and again
    # after that session's events work (the same figures both times): type 0.850, all three
    # 0.825, actor 1.000, target 0.957, factuality 1.000, trigger recall 0.853, no-event 5/6.
    # One general-fix pass in session 15 (tests/test_events_opened12_fix.py): quantifier
    # heads read through 'of' ('have not released any of the 300 students'), 'sanctioned
    # the use of' as approval, a warning of what the warner's own side would do 'if' the
    # warned party acts, debt cancelled as aid, 'joint' + gerund between states as
    # cooperation: type 0.975, all three 0.975, target 1.000, trigger recall 0.971,
    # no-event 6/6. One gold edit, to the written convention (events_eval header,
    # --opened8/--wire15: a count of members is the group): 'travel bans and financial
    # sanctions on five members of a Russian hacking group' target members -> group.
    # Left (one-off): hackers 'are said to have locked the control systems' (no verb sense;
    # the parse puts 'Hackers' under 'linked').
    r = events_eval.score(nlp, path=events_eval.OPENED12)
    assert r["type_accuracy"] >= 0.965 and r["all_right"] >= 0.965, r["misses"]
    assert r["target_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.96, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
