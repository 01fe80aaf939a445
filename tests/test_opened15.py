"""Floors of the fifteenth sealed events set once opened (session 18): events_opened15.jsonl,
written in session 17 by an engineer who tunes nothing (time expressions: test_opened15_timex.py)."""
from __future__ import annotations

import events_eval


def test_events_opened15_floor(nlp):
    # scored once when sealed, in session 18, with the session's starting code (752353c): type
    # 0.900, all three 0.850, actor 1.000, target 0.923, factuality 1.000, trigger recall 0.941,
    # no-event 4/6; then opened. One general-fix pass in session 18 (tests/test_events_s18.py),
    # gold unedited: a made thing named by a common noun takes no stance ('the booking app
    # supports payments': event_domain.DEVICES); a hostile act attributed to a party is an
    # accusation of it, the party the target, not the act ('attributed the cyberattack to
    # China', 'blamed the blast on rebels', with the 'to' hung low in the object); a refusal
    # is aimed at whom the refused act was owed ('refuses to apologise to Greece'); machines
    # of a system shut down by intruders or a state are coerced, by whoever runs them nothing
    # ('shut down the emergency-room computers'); a bare event noun that a verb of a law's
    # reach takes is a kind of act, no happening ('excludes murder, treason and kidnapping':
    # event_nonews.kind_of_act); a march to a body's seat aims at the body ('marched to the
    # Chinese embassy', the seat convention of --opened8); terrain a force leaves is ground
    # ('withdraw its troops from five hilltops').
    # End figures: type 1.000, all three 1.000, actor 1.000, target 1.000, factuality 1.000,
    # trigger recall 1.000, no-event 6/6. Floors: those figures less 0.01.
    r = events_eval.score(nlp, path=events_eval.OPENED15)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.99, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.99, r["misses"]
    assert r["factuality_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.99, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
