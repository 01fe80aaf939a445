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
    # One general-fix pass once opened (session 14), gold unedited: strict 0.984, value
    # 1.000. Fixed: years before the common era ("around 300 BC" BC0300, TIMEX2's prefix,
    # "the fourth century BC" BC03); decades and centuries before 1500 ("the 1340s" 134);
    # a clock time after one told with its own day in the sentence takes that day ("open
    # at 7 a.m. Sunday and close at 8 p.m."); a season a plan or booking looks to before
    # it begins is this year's ("bookings for the autumn were weak" in July: 2018-FA).
    # Left (strict only): "about 90 minutes" written with "about" in the span, which the
    # rules keep out (TimeBank's practice; no written convention of ours either way).
    r = te.evaluate_probe(DATA / "timex_opened11.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.97 and r["value"]["f1"] >= 0.99, r["errors"]


def test_events_opened11_floor(nlp):
    # scored once when sealed, in session 14, with the session's starting code and again
    # after that session's events work (the same figures both times): type 0.875, all three
    # 0.825, actor 1.000, target 0.88, factuality 1.000, trigger recall 0.88, no-event 6/6.
    # One general-fix pass once opened (session 14): type 1.000, all three 1.000, actor,
    # target, factuality and trigger recall 1.000, no-event 6/6. Fixed: 'hunger strikers'
    # are no players ('allegedly beat two hunger strikers'); a perfect parsed as 'have' +
    # adjective ('is said to have massed troops', alleged); a vigil held to press a demand
    # is a protest; what is 'shipped ... as humanitarian aid' is aid; an extradition done
    # is judicial cooperation (CAMEO 063) with the receiving state; a request's target is
    # whom something is sought 'from'; ground a force leaves ('the coastal road', 'a
    # patrol point') is no target; ', with 17,000 troops taking part' names no partner.
    # One annotation brought to the written convention (tests/events_eval.py, --opened8:
    # a protest at a body's seat aims at that body): the vigil 'outside the foreign
    # ministry' has target ministry (was null, which the score does not count).
    r = events_eval.score(nlp, path=events_eval.OPENED11)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.99, r["misses"]
    assert r["trigger_recall"] >= 0.99 and r["target_accuracy"] >= 0.99, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]
