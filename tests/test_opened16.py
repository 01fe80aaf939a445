"""Floors of the sixteenth sealed events set once opened (session 19): events_opened16.jsonl,
written in session 18 by an engineer who tunes nothing (time expressions: test_opened16_timex.py)."""
from __future__ import annotations

import json

import events_eval


def test_events_opened16_floor(nlp):
    # scored once while sealed, at the end of session 18, with that session's starting code
    # (752353c) and its end code (c27bb9e), identical: type 0.875, all three 0.800, actor 0.966,
    # target 0.880, factuality 0.966, trigger recall 0.853, no-event 6/6; then opened in session
    # 19. One general-fix pass in session 19 (tests/test_events_s19.py): a 'to' + verb split
    # from its verb by an adjunct is its complement ('threatened on Sunday to take ... unless
    # Ethiopia shares'); 'traded accusations' is mutual through its light verb; a relative
    # clause of holding names captives ('freed four lorry drivers they had held'); a reduced
    # relative misread as the main verb ('fishermen detained for ... were released by');
    # bodies of states by their head word are left ('the Niger Basin Authority'); lists and
    # names exchanged are information ('exchanged lists of missing persons'); a navy's escort
    # of shipping is aid (CAMEO 074); a visit's 'for talks with X' names the party met.
    # Over every other open events file these changed no scored row (the others stood at
    # their figures; two unscored escorts inside wire2 and wire23 are now read as AID).
    # One label brought to ruling 14 and the open files' majority (see below).
    # End figures: type 1.000, all three 1.000, actor 1.000, target 1.000, factuality 1.000,
    # trigger recall 1.000, no-event 6/6. Floors: those figures less 0.01.
    r = events_eval.score(nlp, path=events_eval.OPENED16)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.99, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.99, r["misses"]
    assert r["factuality_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.99, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]


def test_events_opened16_label_edits():
    # 'Lithuania announced a visa ban on 12 Georgian officials': factuality reported ->
    # asserted. A ban is made by declaring it (ruling 14: an act that announcing performs is
    # asserted), and the open files code every active 'X announced <sanction noun>' so
    # (probe 'Beijing announced sanctions against', wire12 'Washington announced new tariffs',
    # wire19 'Beijing announced retaliatory tariffs', wire2 'Beijing announced export
    # controls': 4 asserted, none reported); ruling 12 covers an act the actor says it is
    # doing, told in a clause ('announced it was quitting'), not a measure announced.
    rows = [json.loads(x) for x in events_eval.OPENED16.read_text(encoding="utf-8").splitlines()
            if x]
    ban = next(r for r in rows if r["text"].startswith("Lithuania announced a visa ban"))
    assert ban["factuality"] == "asserted"
