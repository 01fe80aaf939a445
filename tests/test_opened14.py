"""Floors of the fourteenth sealed events set once opened (session 17): events_opened14.jsonl,
written in session 16 by an engineer who tunes nothing (time expressions: test_opened14_timex.py)."""
from __future__ import annotations

import events_eval


def test_events_opened14_floor(nlp):
    # scored once when sealed, in session 17, with the session's starting code (ee03540): type
    # 0.850, all three 0.825, actor 1.000, target 0.963, factuality 0.966, trigger recall
    # 0.853, no-event 5/6; and again after that session's events round (a87ae0d): type 0.875,
    # all three 0.850, target 0.964, factuality 0.967, trigger recall 0.882, no-event 5/6.
    # Then opened and given one general-fix pass in session 17 (second events pass): a force
    # pulling its means back ('pulled its patrol boats back from', the particle parsed an
    # adverb) retreats, its boats and the 'approaches' no targets; plural 'aids' are devices
    # ('hearing aids'); lifting part of a penalty ('most of its sanctions on Syria') targets
    # whom it weighed on; a parade of forces or arms is MOBILIZE ('paraded its new missiles',
    # 'stage its yearly parade of speedboats'); a light verb's absorbed protest noun is matched
    # as its hyphenated word and is no target of itself ('staged a sit-in ... to demand').
    # Labels brought to written rulings (3): 'Hamas freed ten Thai farm workers ..., the Thai
    # foreign ministry said' factuality asserted -> reported (an act told by a verb of saying,
    # as the writer's own five '..., X said' rows); 'staged a sit-in outside the interior
    # ministry' target null -> ministry and 'will march on the provincial assembly' target
    # null -> assembly (the seat convention of --opened8 / --opened11 and ruling 5).
    # End figures: type 1.000, all three 1.000, actor 1.000, target 1.000, factuality 1.000,
    # trigger recall 1.000, no-event 6/6. Floors: those figures less 0.01.
    r = events_eval.score(nlp, path=events_eval.OPENED14)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.99, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.99, r["misses"]
    assert r["factuality_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.99, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
