"""Events: general causes behind the misses of the fifth sealed set (events_opened5.jsonl),
each tested on a sentence written here, and the floor of that set once opened.

Covered: staple foods delivered to people in need as aid, a forum quit as a retreat,
intelligence sharing as cooperation, a strike being planned as future, an amount of a
natural force ('a burst of solar wind') as no attacker, the seat a sit-in stands outside,
the talks a party pulls out of, whom a warning says would be attacked, the
addressee of a letter a request is made in, a dateline kept out of an argument's phrase.
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


def _types(nlp, text) -> set[str]:
    return {k.split(":")[0] for k in events_eval.kept_events(nlp(text))}


def test_staple_food_delivered_to_people_in_need_is_aid(nlp):
    c = _one(nlp, "UNICEF trucks delivered 900 tonnes of maize to refugees near Goma.", "AID")
    assert any("refugees" in t for t in _args(c, "targets"))
    # the same grain shipped to a buyer is trade
    assert "AID" not in _types(nlp, "The mill delivered 900 tonnes of maize to a brewer.")


def test_a_forum_quit_is_a_retreat(nlp):
    c = _one(nlp, "Bolivia said it would quit the regional energy forum next year.", "RETREAT")
    assert any("forum" in t for t in _args(c, "targets"))
    assert "RETREAT" not in _types(nlp, "The minister left the summit early to fly home.")


def test_intelligence_sharing_is_cooperation(nlp):
    assert "COOPERATE" in _types(nlp, "Kenya and Uganda will expand intelligence sharing "
                                      "along their border.")
    assert "COOPERATE" not in _types(nlp, "The bakery introduced profit sharing for staff.")


def test_a_strike_being_planned_is_future(nlp):
    c = _one(nlp, "Nurses in Lagos are planning a strike over unpaid allowances.", "PROTEST")
    assert factuality.assess(c.tok)[0] == "future"


def test_an_amount_of_a_natural_force_attacks_no_one(nlp):
    assert "ASSAULT" not in _types(nlp, "A gust of wind struck the marquee and tore its roof.")
    assert "ASSAULT" in _types(nlp, "A unit of gunmen struck the checkpoint at dawn.")


def test_a_sit_in_staged_outside_a_seat_targets_it(nlp):
    c = _one(nlp, "Retired teachers staged a sit-in outside the finance ministry in Accra.",
             "PROTEST")
    assert any("ministry" in t for t in _args(c, "targets"))


def test_the_talks_pulled_out_of_are_the_target(nlp):
    c = _one(nlp, "The opposition bloc announced its withdrawal from the national dialogue "
                  "talks on Monday.", "RETREAT")
    assert any("talks" in t for t in _args(c, "targets"))


def test_who_a_warning_says_would_be_attacked_is_its_target(nlp):
    # the hostile act is the second of two passives sharing one subject
    c = _one(nlp, "The militia warned that any soldiers entering the valley would be treated "
                  "as spies and attacked.", "THREATEN")
    assert any("soldiers" in t for t in _args(c, "targets"))


def test_a_request_made_in_a_letter_targets_its_addressee(nlp):
    c = _one(nlp, "In a letter to the African Union, Sudan asked for observers at the border.",
             "REQUEST")
    assert any("Union" in t for t in _args(c, "targets"))


def test_a_dateline_stays_out_of_an_argument_phrase(nlp):
    c = _one(nlp, "HARARE, Jan 9 - Striking doctors marched to the health ministry.", "PROTEST")
    assert _args(c, "actors") == ["Striking doctors"]
    c = _one(nlp, "The UN secretary-general condemned the raid on the camp.", "ACCUSE")
    assert _args(c, "actors") == ["The UN secretary-general"]


def test_opened5_floor(nlp):
    # first look (sealed, scored once at the start of session 7): type 0.90, all three
    # 0.74, target 0.818, factuality 0.95, no-event 6/7, trigger recall 0.93; after this
    # session's general fixes: type 0.98, all three 0.90, no-event 7/7
    r = events_eval.score(nlp, path=events_eval.OPENED5)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.88
    assert r["no_event_accuracy"] >= 0.99 and r["factuality_accuracy"] >= 0.95
