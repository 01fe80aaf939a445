"""Events on unseen copy (session 10, wire19): drills staged around a named party aim at it;
the wire19 tuning figures pinned; sentences written here.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def test_drills_around_a_named_party_target_it(nlp):
    hit = _hit(nlp, "Russia launched large-scale naval drills around Japan on Friday.", "drills")
    acts, tgts = _args(hit)
    assert hit.type == "MOBILIZE" and any("Russia" in p for p in acts), (hit.type, acts)
    assert any("Japan" in p for p in tgts), tgts
    # drills around a place that is no party name no target
    hit = _hit(nlp, "Marvia held drills around the capital on Friday.", "drills")
    assert not _args(hit)[1]


def test_wire19_floor(nlp):
    res = events_eval.score(nlp, path=events_eval.WIRE19)
    assert res["type_accuracy"] >= 0.95 and res["all_right"] >= 0.90, res


def test_a_spokesman_acts_for_the_body_he_speaks_for(nlp):
    hit = _hit(nlp, "A spokeswoman for the Marvian foreign ministry condemned the raid on "
                    "the embassy.", "condemned")
    acts = _args(hit)[0]
    assert any("ministry" in p for p in acts) and not any("spokeswoman" in p for p in acts), acts
    # with no body named the spokesman stays the doer
    hit = _hit(nlp, "The spokesman condemned the raid on the embassy.", "condemned")
    assert any("spokesman" in p for p in _args(hit)[0])


def test_anything_handed_to_people_in_need_is_aid(nlp):
    hit = _hit(nlp, "The Marvian government provided emergency housing to 2,000 displaced "
                    "families last winter.", "provided")
    assert hit.type == "AID" and any("families" in p for p in _args(hit)[1])
    # details given to reporters are no relief
    assert "AID" not in [k.split(":")[0] for k in events_eval.kept_events(
        nlp("The ministry provided details to reporters on Monday."))]


def test_a_threat_to_impose_a_measure_aims_at_whom_it_lands_on(nlp):
    hit = _hit(nlp, "Beijing threatened to impose unspecified countermeasures on Lithuania "
                    "if the office opened.", "threatened")
    assert hit.type == "THREATEN" and any("Lithuania" in p for p in _args(hit)[1]), _args(hit)


def test_a_work_shot_is_filmed_not_fired_on(nlp):
    assert not [k for k in events_eval.kept_events(nlp(
        "The band's new video was shot on the streets of Marvia City last spring."))
        if k.startswith("ASSAULT")]
    assert _hit(nlp, "Soldiers shot three protesters in the capital.", "shot").type == "ASSAULT"


def test_patrols_flown_are_the_fliers(nlp):
    hit = _hit(nlp, "Chinese and Russian bombers flew joint patrols over the Sea of Japan.",
               "patrols")
    assert hit.type == "COOPERATE" and any("bombers" in p for p in _args(hit)[0]), _args(hit)
