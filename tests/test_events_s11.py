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


def test_a_mission_closed_turns_from_its_host_or_owner(nlp):
    hit = _hit(nlp, "Osland will close its embassy in Marvia next month.", "close")
    assert hit.type == "SANCTION" and _args(hit)[1] == ["Marvia"], _args(hit)
    hit = _hit(nlp, "Marvia shut the Tessalian consulate in Vessa.", "shut")
    assert hit.type == "SANCTION" and _args(hit)[1] == ["Tessalian"], _args(hit)
    assert _kept_types(nlp, "The school will close its doors in June.") == []


def test_patrols_run_are_the_runners(nlp):
    from newsprism.analyze import factuality
    hit = _hit(nlp, "Marvian and Tessalian border guards will run joint patrols along the "
                    "river, the two ministers said.", "patrols")
    assert hit.type == "COOPERATE" and any("guards" in p for p in _args(hit)[0]), _args(hit)
    assert factuality.assess(hit.tok)[0] == "future"


def test_craft_deployed_are_a_force_moved(nlp):
    hit = _hit(nlp, "The Marvian navy deployed six ships to the disputed reef.", "deployed")
    assert hit.type == "MOBILIZE" and not _args(hit)[1]


def test_armed_men_boarding_a_ship_seize_it(nlp):
    hit = _hit(nlp, "Marines boarded an oil tanker off the coast and took it to port.",
               "boarded")
    assert hit.type == "COERCE" and any("tanker" in p for p in _args(hit)[1]), _args(hit)
    assert _kept_types(nlp, "Hundreds of passengers boarded the ship in Piraeus.") == []


def test_hyphenated_modifiers_are_read_whole(nlp):
    hit = _hit(nlp, "Osland slapped anti-subsidy duties on Marvian tyres.", "duties")
    assert hit.type == "SANCTION", hit.type


def test_rate_meetings_and_chess_attacks_are_no_events(nlp):
    assert _kept_types(nlp, "The central bank held rates steady at its meeting in June.") == []
    assert _kept_types(nlp, "The grandmaster launched an attack on the queenside in the "
                            "fourth game.") == []
    # a meeting of ministers stays a consultation
    assert "CONSULT" in _kept_types(nlp, "The foreign ministers of Osland and Marvia held a "
                                         "meeting in Vessa on Monday.")


def test_a_headline_with_no_trigger_word_is_not_reparsed(nlp):
    from newsprism.analyze import nlp as _nlp
    from newsprism.analyze.event_headlines import may_hold_event
    en = _nlp.load("en")
    assert not may_hold_event(en, "photo gallery: scenes from the Vessa waterfront")
    assert may_hold_event(en, "police arrest opposition leader in Vessa")
    assert may_hold_event(en, "farmers stage sit-in at ministry")


def test_people_without_arms_who_occupy_a_building_protest(nlp):
    hit = _hit(nlp, "Students occupied the dean's office at Vessa University.", "occupied")
    assert hit.type == "PROTEST", hit.type
    assert _hit(nlp, "Rebels occupied the town of Korvu.", "occupied").type == "ASSAULT"
    assert _kept_types(nlp, "He occupied the office of prime minister for a decade.") == []


def test_a_raid_by_militiamen_is_an_attack(nlp):
    hit = _hit(nlp, "Militiamen carried out a raid on a border village in Osland.", "raid")
    assert hit.type == "ASSAULT", hit.type


def test_energy_flows_halted_are_a_sanction(nlp):
    hit = _hit(nlp, "Marvia halted gas flows to Osland on Wednesday.", "halted")
    assert hit.type == "SANCTION" and any("Osland" in p for p in _args(hit)[1]), _args(hit)


def test_a_dative_to_stands_for_its_object(nlp):
    hit = _hit(nlp, "Osland granted asylum to two Marvian deserters.", "granted")
    assert _args(hit)[1] == ["two Marvian deserters"], _args(hit)


def test_wire21_and_wire22_floors(nlp):
    # wire21: first look 0.933 / 0.833; after its dev half's fixes 0.967 / 0.900 (dev 0.933 /
    # 0.867, final 1.000 / 0.933 as the starting code); wire22, held out until the end of
    # session 11: first look 0.840 / 0.800, end code 0.920 / 0.840
    r = events_eval.score(nlp, path=events_eval.WIRE21)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.90, r["misses"]
    r = events_eval.score(nlp, path=events_eval.WIRE22)
    assert r["type_accuracy"] >= 0.92 and r["all_right"] >= 0.84, r["misses"]
