"""Events on unseen copy (session 8, wire12 to wire15): a rate after 'of' is no party, a
computer system broken into is a cyber operation, a weapon as doer makes a blow literal,
hardware sent to a state is aid, a gathering broken up targets those gathered, a threatened
response aims at whoever acts first; sentences written here.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def test_a_rate_is_no_target_and_the_aim_after_it_is(nlp):
    hit = _hit(nlp, "Tessaly announced tariffs of 40 percent on Marvian steel on Monday.",
               "tariffs")
    acts, tgts = _args(hit)
    assert hit.type == "SANCTION" and acts == ["Tessaly"], (hit.type, acts)
    assert any("steel" in p for p in tgts) and not any("percent" in p for p in tgts), tgts


def test_a_count_after_of_still_names_those_it_counts(nlp):
    # a bare count stays an argument: the measure rule leaves numbers of people alone
    _, tgts = _args(_hit(nlp, "The junta ordered the release of 90 detained students.",
                         "release"))
    assert any("students" in p for p in tgts), tgts


def test_a_computer_system_broken_into_is_coercion(nlp):
    hit = _hit(nlp, "Marvian hackers breached the servers of Tessaly's election commission.",
               "breached")
    acts, tgts = _args(hit)
    assert hit.type == "COERCE" and any("hackers" in p for p in acts), (hit.type, acts)
    assert any("commission" in p or "servers" in p for p in tgts), tgts
    # a truce broken and a body cut up are no cyber operation
    for text in ("The rebels breached the ceasefire twice on Sunday.",
                 "The villagers said the farmer was hacked to death with machetes."):
        assert not [k for k in events_eval.kept_events(nlp(text)) if k.startswith("COERCE")]


def test_a_weapon_as_doer_makes_the_blow_literal(nlp):
    hit = _hit(nlp, "Marvian drones hit an oil terminal near the port of Velna overnight.",
               "hit")
    assert hit.type == "ASSAULT" and any("terminal" in p for p in _args(hit)[1])
    hit = _hit(nlp, "Mortar fire struck a bakery in the old town, wounding three workers.",
               "struck")
    assert hit.type == "ASSAULT"
    # without a weapon the figure and the stoppage stay what they were
    assert not events_eval.kept_events(nlp("The explorers finally struck oil off the coast."))
    assert not events_eval.kept_events(nlp("A fire struck the warehouse late on Friday."))
    hit = _hit(nlp, "Dock workers struck for a second day over unpaid wages.", "struck")
    assert hit.type == "PROTEST"


def test_an_object_misread_as_a_clause_still_names_the_deal(nlp):
    # the small parser makes 'deal' a clause of 'reached' when a long modifier precedes it
    hit = _hit(nlp, "Marvia's government and the Velna rebel group reached a six-month "
                    "ceasefire deal in Osland on Friday.", "reached")
    acts, tgts = _args(hit)
    assert hit.type == "AGREE" and any("government" in p for p in acts), (hit.type, acts)
    assert any("group" in p for p in tgts), tgts


def test_kin_and_office_holders_freed_are_a_concession(nlp):
    hit = _hit(nlp, "The junta in Velna released the deposed president's son and two "
                    "former ministers on Friday.", "released")
    acts, tgts = _args(hit)
    assert hit.type == "CONCEDE" and any("son" in p for p in tgts), (hit.type, tgts)
    assert not any("Friday" in p for p in tgts), tgts  # a day is never the target
    assert not events_eval.kept_events(nlp("The ministry released the minister's annual "
                                           "report on Friday."))


def test_hardware_sent_to_a_state_is_aid_and_troops_a_deployment(nlp):
    assert _hit(nlp, "Marvia will send a second batch of fighter jets to Tessaly by June.",
                "send").type == "AID"
    for text in ("Marvia will send 1,500 troops to Tessaly next year.",
                 "Marvia sent two aircraft carriers to the eastern Mediterranean.",
                 "Marvia is sending commando units and tanks to the border province."):
        word = next(w for w in ("send", "sent", "sending") if f" {w} " in text)
        assert _hit(nlp, text, word).type == "MOBILIZE", text


def test_a_gathering_broken_up_targets_those_gathered(nlp):
    hit = _hit(nlp, "Velna police used tear gas to break up a rally by farmers outside the "
                    "ministry.", "break")
    assert hit.type == "COERCE" and any("farmers" in p for p in _args(hit)[1])
    assert not events_eval.kept_events(nlp("The band broke up after a final concert in Leeds."))


def test_a_threatened_response_aims_at_whoever_acts_first(nlp):
    hit = _hit(nlp, "Marvia warned it would respond with overwhelming force to any Tessalian "
                    "strike on its territory.", "warned")
    assert hit.type == "THREATEN" and any("Tessalian" in p for p in _args(hit)[1])


def test_wire12_to_wire15_floors(nlp):
    # wire12 (written in session 8 before its fixes, scored once): first look type 0.925,
    # all three 0.900, no-event 6/6; wire13 (written after wire12's dev fixes): first look
    # 0.840 / 0.840, no-event 5/5; both tuned on their odd lines only
    res = events_eval.score(nlp, path=events_eval.WIRE12)
    assert res["type_accuracy"] >= 0.95 and res["all_right"] >= 0.95
    assert res["no_event_accuracy"] == 1.0
    res = events_eval.score(nlp, path=events_eval.WIRE13, half=1)
    assert res["type_accuracy"] >= 0.99 and res["all_right"] >= 0.99
    # wire14 (written after wire13's dev fixes): first look 0.920 / 0.920, no-event 5/5
    res = events_eval.score(nlp, path=events_eval.WIRE14, half=1)
    assert res["type_accuracy"] >= 0.99 and res["all_right"] >= 0.99
    # wire15 (written after wire14's dev fixes): first look 0.920 / 0.840, no-event 5/5
    res = events_eval.score(nlp, path=events_eval.WIRE15, half=1)
    assert res["type_accuracy"] >= 0.99 and res["all_right"] >= 0.99
