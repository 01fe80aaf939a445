"""Floors of the eighth sealed sets once opened (session 11): timex_opened8.jsonl (and the
events set), written in session 10 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

import events_eval

DATA = Path(__file__).parent / "data"


def test_timex_opened8_floor():
    # scored once when sealed, at the start of session 11: strict 0.952, relaxed 0.966,
    # value 0.883 (DATE right value 0.896, TIME 0.636 of 11, DURATION found 0.857); the
    # session-10 starting code exactly the same.
    # One general-fix pass once opened, on the set as written: strict 0.987, value 0.960.
    # Fixed: a clock time with no day takes the sentence's day that dates the news rather
    # than the one that dates a saying ("open until midnight on Christmas Eve, the
    # association said on Friday"); "at dawn"/"before daybreak"/"until dusk" are a day's
    # part (TMO/TEV) dated as clock times are, "dawn on Friday" one span; "the deadline
    # is 5 p.m. EST Friday" looks ahead (a copula before a clock time and its day); "9 p.m.
    # the same day" is two expressions; "Lunar New Year" (a table of its days) and a named
    # country's "Independence Day" ("Indian markets ... for Independence Day": Aug. 15).
    # Then two annotations brought to TBAQ's practice (73 TIMEX3 left): ages ("the
    # 74-year-old former general", "the 52-year-old opposition leader") are not time
    # expressions in TimeBank ("Mr. Reupke, 52 years old" is untagged), as in the probe's
    # t09, p97, p468: strict 1.000, value 0.973 (start code 0.965 / 0.895).
    # Then (a TimeBank-led change, AQUAINT unchanged) "a similar vote a year earlier" after
    # Sunday's vote is that Sunday a year before: value 0.986.
    # Left: "forecasters warned of snow ... on Wednesday" (the coming Wednesday; the past
    # verb is the warning's). Weekday nights were typed DATE then; since session 12 they are
    # TIME as the TimeML guidelines have it (POD_DAY_TYPE; values unchanged).
    r = te.evaluate_probe(DATA / "timex_opened8.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.98 and r["value"]["f1"] >= 0.98, r["errors"]


def test_events_opened8_floor(nlp):
    # scored once when sealed, at the start of session 11: type 0.96, all three 0.88, actor
    # 0.976, target 0.914, factuality 1.000, no-event 6/7, trigger recall 0.977 (session
    # 10's starting code exactly the same). One general-fix pass once opened: office
    # holders held and 'released' as captives are ('has not released the deposed
    # president'), the doer after a dateline's date ('NEW YORK, Nov 17 — UN
    # Secretary-General Ban Ki-moon urged'), a protest 'on the quay' stands on open ground,
    # a barrier on goods 'from Australia' lands on Australia, a headline's deployed troops
    # are no target, 'the attack of salt water' on a coating is no act: type 1.00, all
    # three 0.98, actor 1.000, target 0.972, no-event 7/7, trigger recall 1.000.
    # Left, where the writer's choice differs from the project's written conventions:
    # 'travel bans on eleven members of the Guinean junta' (a count of members is the
    # group: junta), 'demonstrated outside the labour ministry' (a protest at a body's seat
    # is aimed at that body).
    r = events_eval.score(nlp, path=events_eval.OPENED8)
    assert r["type_accuracy"] >= 0.98 and r["all_right"] >= 0.96, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.85, r["misses"]
