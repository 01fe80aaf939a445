"""Floors of the seventeenth sealed events set once opened (session 20): events_opened17.jsonl,
written in session 19 by an engineer who tunes nothing (time expressions: test_opened17_timex.py)."""
from __future__ import annotations

import json

import events_eval


def test_events_opened17_floor(nlp):
    # scored once while sealed, in session 19, with that session's starting code (c27bb9e) and
    # its end code (9d23fc6b, and 3eb57a85), identical: type 0.875, all three 0.850, actor
    # 0.967, target 0.923, factuality 0.967, trigger recall 0.882, no-event 6/6; then opened in
    # session 20. One general-fix pass in session 20 (tests/test_events_s20.py): a day after
    # 'on' unmakes only the 'call on' demand ('were called up ... on Wednesday' MOBILIZE); an
    # envoy told to go in the passive is expelled ('were ordered to leave ... by the foreign
    # ministry', the 'by' hung on the leaving); a state cutting the internet coerces (CAMEO
    # 1721); 'let a convoy into' a town concedes as 'let it enter' does; 'will grant an
    # amnesty' lends the noun its verb's future; 'walked out of talks with X' targets X; a
    # title-case 'X, Y Sign' reads as 'X and Y signed'. Over every other open events file
    # these changed one scored row, fixed (wire3 'Modi, Lula Hold Talks': actor Lula -> Modi);
    # none broken. One label brought to the open files' majority (see below).
    # End figures: type 1.000, all three 1.000, actor 1.000, target 1.000, factuality 1.000,
    # trigger recall 1.000, no-event 6/6. Floors: those figures less 0.01.
    r = events_eval.score(nlp, path=events_eval.OPENED17)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.99, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.99, r["misses"]
    assert r["factuality_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.99, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]


def test_events_opened17_label_edits():
    # 'Opposition negotiators walked out of talks with Togo's government': type SANCTION ->
    # REJECT. The writer took CAMEO 164 'halt negotiations', which the 2021 crosswalk files
    # under SANCTION; the open files code a party breaking off talks REJECT (blind 'The
    # opposition delegation walked out of the talks', wire33 'called off peace talks with the
    # ELN': 2 REJECT; opened5 'announced its pullout from the peace talks': 1 RETREAT; none
    # SANCTION), and the code reads leaving negotiations as breaking them off (event_refine,
    # lemma 'walk'). Actor and target kept (the negotiators; the government talked with).
    rows = [json.loads(x) for x in events_eval.OPENED17.read_text(encoding="utf-8").splitlines()
            if x]
    walk = next(r for r in rows if r["text"].startswith("Opposition negotiators walked out"))
    assert walk["type"] == "REJECT" and walk["target"] == "government"
