"""Floors of the eighteenth sealed events set once opened (session 21): events_opened18.jsonl,
written in session 20 by an engineer who tunes nothing (time expressions: test_opened18_timex.py)."""
from __future__ import annotations

import json

import events_eval


def _rows():
    return [json.loads(x) for x in events_eval.OPENED18.read_text(encoding="utf-8").splitlines()
            if x]


def test_events_opened18_floor(nlp):
    # scored once while sealed, in session 20, with that session's starting code (697df413) and
    # its end code (7a10871a), identical: type 0.825, all three 0.725, actor 0.968, target
    # 0.893, factuality 0.871, trigger recall 0.912, no-event 3/6; then opened in session 21.
    # Of its 15 failing rows, 13 were our reading errors, 1 a convention the writer settled
    # otherwise than a written ruling and 1 a label against the open files' majority (both
    # edited, below). One general-fix pass in session 21 (tests/test_events_s21.py): a plural
    # pronoun object read as its antecedent ('freed all of them'); 'no longer' negates; a
    # 're-' verb carries its noun's modality as its base ('could reimpose sanctions'); a
    # condition on a backshifted 'would''s infinitive conditions the clause; a warning's
    # condition on the last of coordinated passives; a threat aimed where its act is aimed
    # ('to call a strike against the government'); an attack's relative clause names what it
    # did to its object with any verb but one of aftermath; 'settle on' terms agrees; people
    # acting for two parties ('Negotiators for X and Y') split them into the act's sides; a
    # device that 'deploys' is no force; a measure 'under' which something is done is in
    # force and an appeal told by its funding is a fund (background); a headline's 'X to
    # <verb>' has X as doer; goods' relative clause of giving names their recipient. Over
    # every other open events file these moved no scored row (0 fixed, 0 broken; four
    # unscored null targets now filled: probe 'a cyberattack that shut down the websites of
    # X' -> the websites; blind and wire18 'Envoys from X and Y held talks' and wire2
    # 'Diplomats from X, Y and Z held a round of talks' -> the others, the 'X and Y held
    # talks' convention). Probes of our own long subjects, no row moved: a subject hedged by
    # 'believed to be' made the root; a month after 'since' read as a subject.
    # End figures: type 1.000, all three 1.000, actor 1.000, target 1.000, factuality 1.000,
    # trigger recall 1.000, no-event 6/6. Floors: those figures less 0.01.
    r = events_eval.score(nlp, path=events_eval.OPENED18)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.99, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.99, r["misses"]
    assert r["factuality_accuracy"] >= 0.99 and r["trigger_recall"] >= 0.99, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]


def test_events_opened18_label_edits():
    # 1. 'Islamist fighters lifted their 14-month blockade of the town of Djibo ... and pulled
    # back': type RETREAT -> CONCEDE. The writer took CAMEO 0872 'ease military blockade',
    # which the 2021 crosswalk files under RETREAT; that crosswalk files releases (084) and
    # eased sanctions (085) there too, which the open files, and this writer ('freed all of
    # them', 'ordered the release of'), code CONCEDE. The open files code a lifted blockade,
    # closure, curfew, ban or sanction CONCEDE: 'lifted' as trigger 32 CONCEDE, 0 RETREAT
    # besides this row (blind 'The Saudi-led coalition lifted the blockade on Yemen's main
    # port' CONCEDE; a declared ceasefire CONCEDE). Actor, target (Djibo) kept.
    # 2. 'The European Union will extend its arms embargo on Myanmar's junta ..., diplomats
    # said': factuality future -> reported. Ruling (7) keeps a measure that is extended a
    # given noun (wire4 'agreed to extend its ban ..., diplomats said' stays reported), and
    # factuality.LIGHT leaves 'extend' out for that reason; the writer read 'extend' as a light
    # verb lending its 'will'. Type (SANCTION, the open files' 'extended its arms embargo'),
    # actor and target kept.
    rows = _rows()
    lift = next(r for r in rows if r["text"].startswith("Islamist fighters lifted"))
    assert lift["type"] == "CONCEDE" and lift["target"] == "Djibo"
    extend = next(r for r in rows if r["text"].startswith("The European Union will extend"))
    assert extend["type"] == "SANCTION" and extend["factuality"] == "reported"
