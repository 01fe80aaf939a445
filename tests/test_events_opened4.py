"""Events: general causes behind the misses of the fourth sealed set (events_opened4.jsonl),
each tested on a sentence written here, and the floor of that set once opened.

Covered: a verb the parser hung on a dateline's subject ('NAIROBI (PAP) - Kenyan police
arrested'), a reporting clause the parser split off at its comma, arms handed over as a
retreat, a lifted blackout as a concession, whom a refused entry is aimed at, the 'against'
of a warned operation, the party a march demands the resignation of, a trip's purpose
sharing the trip's modality, a practice banned ('the wearing of'), a score a side wins.
"""
from __future__ import annotations

from newsprism.analyze import events as ev
from newsprism.analyze import factuality

import events_eval


def _one(nlp, text, type_):
    cands = [c for c in ev.find_candidates(nlp(text)) if c.type == type_]
    assert cands, [(c.type, c.tok.text) for c in ev.find_candidates(nlp(text))]
    return cands[0]


def _args(c, which) -> list[str]:
    return [p for t in getattr(c, which) for p in ev.phrases(t)]


def test_dateline_subject_acts_and_split_report_reports(nlp):
    c = _one(nlp, "ACCRA, March 4 (GNA) - Ghanaian police arrested at least 25 miners at an "
                  "illegal gold pit in the west on Sunday, the regional commander said.", "COERCE")
    assert any("police" in a for a in _args(c, "actors"))
    assert factuality.assess(c.tok)[0] == "reported"
    # a participle with no object after a plain noun stays a reduced passive
    c = _one(nlp, "The activists arrested in March were freed on bail.", "COERCE")
    assert not any("activists" in a for a in _args(c, "actors"))


def test_arms_handed_over_is_retreat_to_the_receiver(nlp):
    c = _one(nlp, "Militia members handed over their rifles to UN peacekeepers in Bunia.",
             "RETREAT")
    assert any("peacekeepers" in t for t in _args(c, "targets"))
    # keys and bases handed over stay concessions
    assert _one(nlp, "The army handed over the base to the police.", "CONCEDE")


def test_lifted_blackout_is_a_concession(nlp):
    c = _one(nlp, "Authorities in Iran lifted a two-week internet blackout on Friday.", "CONCEDE")
    assert any("Authorities" in a for a in _args(c, "actors"))


def test_refused_entry_targets_those_kept_out(nlp):
    c = _one(nlp, "Hungary denied entry to two Ukrainian lawmakers on Monday.", "REJECT")
    assert any("lawmakers" in t for t in _args(c, "targets"))
    assert not any(t == "entry" for t in _args(c, "targets"))


def test_warned_operation_against_targets_the_opponent(nlp):
    c = _one(nlp, "The Israeli defence minister warned that the army could launch a wide "
                  "offensive against Hezbollah fighters in southern Lebanon.", "THREATEN")
    assert any("fighters" in t for t in _args(c, "targets"))


def test_march_to_demand_resignation_targets_the_official(nlp):
    c = _one(nlp, "Thousands of students marched through Belgrade on Sunday to demand the "
                  "resignation of Interior Minister Ivica Dacic.", "PROTEST")
    assert any("Dacic" in t for t in _args(c, "targets"))
    c = _one(nlp, "Farmers rallied in Nairobi to denounce the finance minister.", "PROTEST")
    assert any("minister" in t for t in _args(c, "targets"))


def test_trip_purpose_shares_the_trip_modality(nlp):
    c = _one(nlp, "Brazil's president will fly to New Delhi in May for talks with Indian "
                  "Prime Minister Narendra Modi, his spokesman said.", "CONSULT")
    assert factuality.assess(c.tok)[0] == "future"
    c = _one(nlp, "The Indian foreign minister flew to Dhaka on Monday for talks with "
                  "Bangladeshi officials.", "CONSULT")
    assert factuality.assess(c.tok)[0] == "asserted"


def test_banned_practice_is_coercion_but_a_habit_is_not(nlp):
    assert _one(nlp, "Denmark banned the burning of religious texts in public places.",
                "COERCE")
    assert events_eval.kept_events(nlp("The council will ban smoking in parks from June.")) == []


def test_attack_of_a_side_that_wins_on_score_is_play(nlp):
    text = ("Real Madrid launched a fierce attack after the break and scored three times "
            "to beat Sevilla 3-1.")
    assert events_eval.kept_events(nlp(text)) == []
    # a score another side wins leaves a real act beside it alone
    text = "Rebels attacked an army post near Goma and beat back the soldiers, officials said."
    assert "ASSAULT" in {k.split(":")[0] for k in events_eval.kept_events(nlp(text))}


def test_opened4_floor(nlp):
    # first look (sealed, scored once at the start of session 6): type 0.90, actor 0.975,
    # target 0.853, all three 0.78, factuality 0.90, no-event 6/7, trigger recall 0.93;
    # after this session's general fixes: type 0.98, all three 0.94, target 0.941,
    # factuality 0.952, no-event 7/7
    r = events_eval.score(nlp, path=events_eval.OPENED4)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.92
    assert r["no_event_accuracy"] >= 0.99 and r["factuality_accuracy"] >= 0.93
