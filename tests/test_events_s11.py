"""Events on unseen copy (session 11: opened set 8's general causes, wire21's tuning);
sentences written here."""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _kept_types(nlp, text: str) -> list[str]:
    return [k.split(":")[0] for k in events_eval.kept_events(nlp(text))]


def test_an_office_holder_held_and_released_is_freed(nlp):
    hit = _hit(nlp, "The generals have not released the ousted president of Marvia.",
               "released")
    assert hit.type == "CONCEDE" and any("president" in p for p in _args(hit)[1]), _args(hit)
    # a thing released is no concession
    assert "CONCEDE" not in _kept_types(
        nlp, "The firm released its president's annual letter to shareholders.")


def test_the_doer_after_a_datelines_date(nlp):
    # the parser made the date the subject and hung the name on it
    hit = _hit(nlp, "NEW YORK, Nov 17 — UN Secretary-General Ban Ki-moon urged the coup "
                    "leaders to hold elections and free the detained ministers.", "urged")
    assert any("Ban Ki-moon" in p for p in _args(hit)[0]), _args(hit)


def test_a_protest_on_open_ground_stands_there(nlp):
    hit = _hit(nlp, "Dockers staged a sit-in on the quay against the port sale.", "in")
    assert hit.type == "PROTEST" and not _args(hit)[1], _args(hit)
    # a body marched on is still the target
    hit = _hit(nlp, "Farmers marched on parliament in Vessa.", "marched")
    assert any("parliament" in p for p in _args(hit)[1]), _args(hit)


def test_a_barrier_on_goods_lands_on_the_state_they_come_from(nlp):
    hit = _hit(nlp, "Marvia imposed tariffs on wine from Tessaly on Monday.", "tariffs")
    assert hit.type == "SANCTION" and _args(hit)[1] == ["Tessaly"], _args(hit)
    hit = _hit(nlp, "Marvia lifted its tariffs on wheat from Tessaly and Osland.", "lifted")
    assert hit.type == "CONCEDE" and {"Tessaly", "Osland"} <= set(_args(hit)[1]), _args(hit)


def test_troops_deployed_in_a_headline_are_no_target(nlp):
    hit = _hit(nlp, "Army Deploys Troops Around Parliament After Failed Mutiny", "deploys")
    assert hit.type == "MOBILIZE" and not _args(hit)[1], _args(hit)


def test_substances_and_coatings_do_no_act(nlp):
    assert _kept_types(nlp, "The new paint resists the attack of sea water on bridges.") == []
