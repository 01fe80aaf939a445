"""Events on unseen copy (session 7, wire6): arguments read from the parse around a trigger
and the conventions settled in events_eval's docstring; example sentences are written here.

Covered: licences taken from firms (SANCTION) and from media (COERCE); forces ordered into
a place; grenades thrown at a building; relief sent 'with' its cargo; a mobilisation's
adversary and no target for the forces moved; whom a retreat benefits; parties named inside
one plural subject; a protest's demand on a named body; an event noun's doer hung on its
object; goods seized from their owner; aid reaching a place; the floors of the wire6 set.
"""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev
from newsprism.analyze import factuality as fa

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


@pytest.mark.parametrize("text, word, type_, actor, target", [
    # a firm's licence taken away is a penalty on the firm
    ("Marvia revoked the mining licence of the Tessalian company Orlan Metals on Monday.",
     "revoked", "SANCTION", "Marvia", "Orlan Metals"),
    ("The regulator suspended the operating permit of the airline Skyvia over unpaid fees.",
     "suspended", "SANCTION", "regulator", "Skyvia"),
    # a broadcaster's licence taken away silences a medium
    ("The authorities revoked the broadcast licence of the television station Kanal 9.",
     "revoked", "COERCE", "authorities", "station"),
    # forces ordered into a place are moved, with no target
    ("The governor ordered the police into the old town after two nights of looting.",
     "ordered", "MOBILIZE", "governor", None),
    # grenades thrown at a place are an attack on it
    ("Unknown attackers threw grenades at the town hall of Rendo overnight.", "threw",
     "ASSAULT", "attackers", "town hall"),
    # planes sent with relief carry aid to whoever receives them
    ("Osland sent three cargo planes with medicine and tents to Tessaly after the floods.",
     "sent", "AID", "Osland", "Tessaly"),
    # goods seized from a firm coerce the firm
    ("Customs officers seized 12 containers belonging to the shipping firm Baltra in Osla.",
     "seized", "COERCE", "officers", "Baltra"),
])
def test_readings_and_arguments(nlp, text, word, type_, actor, target):
    hit = _hit(nlp, text, word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert any(actor.lower() in p.lower() for p in acts), acts
    if target is None:
        assert not tgts, tgts
    else:
        assert any(target.lower() in p.lower() for p in tgts), tgts


def test_a_mobilisation_targets_its_adversary_not_its_forces(nlp):
    acts, tgts = _args(_hit(nlp, "The Marvian army has massed tanks along the river facing "
                                 "Tessalian positions.", "massed"))
    assert any("army" in p for p in acts) and any("Tessalian" in p for p in tgts), tgts
    acts, tgts = _args(_hit(nlp, "Marvia deployed 3,000 troops against the rebels in the "
                                 "north.", "deployed"))
    assert any("rebels" in p for p in tgts), tgts
    assert not _args(_hit(nlp, "Osland moved two brigades to its northern border.",
                          "moved"))[1]


def test_a_retreat_targets_whom_it_benefits(nlp):
    acts, tgts = _args(_hit(nlp, "Tessalian troops withdrew from the airport on Friday, "
                                 "leaving it to the rebel militia.", "withdrew"))
    assert any("militia" in p for p in tgts) and not any("airport" in p for p in tgts), tgts
    # a firm leaving a country quits a market: the country stays its target
    acts, tgts = _args(_hit(nlp, "The carmaker Velta pulled out of Marvia last year.", "pulled"))
    assert any("Marvia" in p for p in tgts), tgts


def test_parties_inside_one_subject_are_split(nlp):
    acts, tgts = _args(_hit(nlp, "The navies of Marvia and Tessaly will cooperate on "
                                 "clearing mines from the strait.", "cooperate"))
    assert "Marvia" in acts and any("Tessaly" in p for p in tgts), (acts, tgts)


def test_a_protest_demanding_that_a_body_act_targets_it(nlp):
    acts, tgts = _args(_hit(nlp, "Teachers in Rendo walked out on Monday, demanding that the "
                                 "regional government pay their arrears.", "walked"))
    assert any("government" in p for p in tgts), tgts


def test_a_nouns_doer_on_its_object_and_a_reported_subject(nlp):
    text = ("Friday's shelling of two villages by Marvian artillery destroyed a clinic, "
            "Tessaly's army said.")
    hit = _hit(nlp, text, "shelling")
    assert any("artillery" in p for p in _args(hit)[0])
    assert fa.assess(hit.tok)[0] == "reported"
    # a subject is presupposed: what its clause predicts does not reach it
    doc = nlp("The arrest of the mayor will lead to protests.")
    assert fa.assess(next(t for t in doc if t.text == "arrest"))[0] == "asserted"


def test_aid_reaching_a_place_targets_it(nlp):
    text = "Osland Aid Reaches Flood-Hit Tessaly"
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == "Aid")
    assert any("Tessaly" in p for p in _args(hit)[1])


def test_wire6_floors(nlp):
    # wire6 (written in session 7 before these fixes, scored whole once): first look type
    # 0.833, all three 0.700, actor 0.956, target 0.821, no-event 7/10, trigger recall 0.900;
    # its odd lines then tuned on: 0.800 / 0.600 before, 1.000 / 1.000 after
    dev = events_eval.score(nlp, path=events_eval.WIRE6, half=1)
    assert dev["type_accuracy"] >= 0.93 and dev["all_right"] >= 0.9
    # its even half, scored once at the end of session 7 (first look 0.867 / 0.800, no-event
    # 2/5): type 0.900, all three 0.900, no-event 3/5
    final = events_eval.score(nlp, path=events_eval.WIRE6, half=0)
    assert final["type_accuracy"] >= 0.86 and final["all_right"] >= 0.86


def test_a_protest_against_a_bodys_decision_and_a_threat_to_answer_an_act(nlp):
    acts, tgts = _args(_hit(nlp, "Hundreds of farmers marched through Osla to protest the "
                                 "ministry's decision to close the grain market.", "marched"))
    assert any("ministry" in p for p in tgts), tgts
    acts, tgts = _args(_hit(nlp, "Marvia's army chief warned that his troops would respond to "
                                 "any provocation by Tessalian forces.", "warned"))
    assert any("Tessalian" in p for p in tgts), tgts


def test_a_headline_event_noun_doing_harm_is_the_event(nlp):
    # "X's walkout halts exports": the walkout is the act, the halt its effect
    text = "Teachers' Boycott Halts Exams Across Rendo"
    cands = ev.find_candidates(nlp(text))
    assert [(c.type, text[c.span.start:c.span.end]) for c in cands] == [("PROTEST", "Boycott")]
    assert any("teachers" in p.lower() for p in _args(cands[0])[0])
