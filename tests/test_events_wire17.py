"""Events on unseen copy (session 9, wire17 and wire18): strikes that hit places, bodies quit
by name, drills as a show of force, figures of speech with things on both sides, vows to keep
attacking, recipients deep in what is given, particles read as prepositions, possessors of
measures and boycotts; sentences written here.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args
from newsprism.analyze import events


def _types(nlp, text: str) -> list[str]:
    return [k.split(":")[0] for k in events_eval.kept_events(nlp(text))]


def test_a_strike_on_a_place_or_one_that_kills_is_an_attack(nlp):
    text = "The strikes on the port of Velna killed at least six dock workers, medics said."
    assert "PROTEST" not in _types(nlp, text) and "ASSAULT" in _types(nlp, text)
    # workers' stoppages stay protests, a day after 'on' included
    assert _hit(nlp, "Dock workers went on strike on Monday over pay.", "strike").type == "PROTEST"
    assert _hit(nlp, "A strike by teachers on Tuesday shut schools.", "strike").type == "PROTEST"


def test_a_body_quit_by_its_full_name_is_a_retreat(nlp):
    hit = _hit(nlp, "The Marvian junta said it was quitting the Coastal Union of Eastern "
                    "States at once.", "quitting")
    acts, tgts = _args(hit)
    assert hit.type == "RETREAT" and any("junta" in p for p in acts), (hit.type, acts)
    assert any("Coastal Union" in p for p in tgts), tgts
    # a person leaving a firm is a career move
    assert not _types(nlp, "She left Goldman Sachs in 2019 to join the campaign.")


def test_snap_drills_held_alone_show_force(nlp):
    assert _hit(nlp, "Marvia held snap drills near the Tessalian border.",
                "drills").type == "MOBILIZE"
    assert not _types(nlp, "The school held a fire drill on Monday.")


def test_things_on_both_sides_make_an_attack_a_figure(nlp):
    assert not _types(nlp, "The new sauce attacks the tongue with pepper and vinegar.")
    # an armed doer, a crowd or a place keeps the attack
    for text, word in (("Armed groups looted shops in the capital as order collapsed.", "looted"),
                       ("A mob attacked the shop.", "attacked")):
        assert _hit(nlp, text, word).type == "ASSAULT"


def test_a_vow_to_keep_attacking_is_a_threat_at_the_attacks_object(nlp):
    hit = _hit(nlp, "The militia vowed to keep targeting convoys bound for Velna.", "vowed")
    assert hit.type == "THREATEN" and any("convoys" in p for p in _args(hit)[1])
    assert _hit(nlp, "Rebels vowed to continue shelling the city.", "vowed").type == "THREATEN"
    # a vow of reform threatens no one
    assert "THREATEN" not in _types(nlp, "The president vowed to keep fighting corruption.")


def test_weight_thrown_behind_a_party_is_support(nlp):
    hit = _hit(nlp, "Tessaly's premier threw her weight behind Marvia's bid for the seat.",
               "threw")
    assert hit.type == "SUPPORT" and any("Marvia" in p for p in _args(hit)[1])


def test_a_sum_frozen_is_a_sanction_on_its_holder(nlp):
    hit = _hit(nlp, "Marvian authorities have frozen 2 billion euros held by Tessalian "
                    "officials.", "frozen")
    assert hit.type == "SANCTION" and any("officials" in p for p in _args(hit)[1])


def test_the_expulsion_of_people_who_are_no_envoys_coerces(nlp):
    assert _hit(nlp, "The minister ordered the expulsion of a preacher accused of incitement.",
                "expulsion").type == "COERCE"
    assert _hit(nlp, "Marvia ordered the expulsion of three Tessalian diplomats.",
                "expulsion").type == "SANCTION"
    hit = _hit(nlp, "Velna's junta ordered the Marvian ambassador out within 48 hours.",
               "ordered")
    assert hit.type == "SANCTION" and any("ambassador" in p for p in _args(hit)[1])


def test_a_root_noun_with_a_past_verb_is_its_subject(nlp):
    # the parser hangs 'handed' on 'forces' as a modifier; it is the main verb
    hit = _hit(nlp, "Marvian-led forces handed over the weapons to Tessalian monitors.",
                "handed")
    assert any("forces" in p for p in _args(hit)[0]), _args(hit)


def test_the_party_given_to_may_sit_deep_in_what_is_given(nlp):
    hit = _hit(nlp, "The bloc had released 2 billion euros in budget support to Tessaly.",
               "released")
    assert any("Tessaly" in p for p in _args(hit)[1]), _args(hit)
    hit = _hit(nlp, "Marvia offered emergency loans worth $1 billion to Tessaly.", "offered")
    assert hit.type == "AID" and any("Tessaly" in p for p in _args(hit)[1]), _args(hit)
    hit = _hit(nlp, "The junta handed power back to a civilian government.", "handed")
    assert any("government" in p for p in _args(hit)[1]), _args(hit)


def test_a_particle_read_as_a_preposition_leaves_its_object(nlp):
    hit = _hit(nlp, "Parliament voted down the emergency budget by 210 votes to 190.", "voted")
    assert hit.type == "REJECT" and any("budget" in p for p in _args(hit)[1]), _args(hit)


def test_possessors_of_measures_and_boycotts(nlp):
    hit = _hit(nlp, "Marvia's blockade of Velna entered its third year.", "blockade")
    acts, tgts = _args(hit)
    assert hit.type == "COERCE" and acts == ["Marvia"] and any("Velna" in p for p in tgts)
    hit = _hit(nlp, "The opposition called off its boycott of parliament.", "boycott")
    acts, tgts = _args(hit)
    assert acts == ["The opposition"] and any("parliament" in p for p in tgts), (acts, tgts)
    hit = _hit(nlp, "Tessalian truckers ended their blockade of border crossings.", "blockade")
    assert hit.type == "PROTEST" and any("truckers" in p for p in _args(hit)[0]), _args(hit)
    # 'his arrest' still names who was held
    hit = _hit(nlp, "His arrest in Velna drew protests.", "arrest")
    assert any(p.lower() == "his" for p in _args(hit)[1]), _args(hit)


def test_wire17_floors(nlp):
    # wire17 (written in session 9 before its fixes, scored whole once): first look type
    # 0.925, all three 0.925, actor 1.000, target 1.000, no-event 5/6; tuned on odd lines
    res = events_eval.score(nlp, path=events_eval.WIRE17, half=1)
    assert res["type_accuracy"] >= 0.99 and res["all_right"] >= 0.95, res
    res = events_eval.score(nlp, path=events_eval.WIRE12)
    assert res["type_accuracy"] >= 0.99 and res["all_right"] >= 0.99, res


def test_mediation_is_consultation_with_the_sides_as_targets(nlp):
    hit = _hit(nlp, "Osland's mediation between Marvia and Tessaly collapsed on Sunday.",
               "mediation")
    acts, tgts = _args(hit)
    assert hit.type == "CONSULT" and acts == ["Osland"], (hit.type, acts)
    assert any("Marvia" in p for p in tgts) and any("Tessaly" in p for p in tgts), tgts


def test_a_relative_clause_of_harm_belongs_to_the_attack(nlp):
    doc = nlp("The attack on the convoy, which killed four aid workers, was condemned by "
              "the UN.")
    c = next(c for c in events.find_candidates(doc) if c.tok.text == "killed")
    acts, tgts = _args(c)
    assert not any("convoy" in p for p in acts), acts
    assert any("workers" in p for p in tgts) and [a.text for a in c.absorbed] == ["attack"]


def test_whoever_lifts_its_own_ban_imposed_it(nlp):
    hit = _hit(nlp, "Marvia is expected to lift its ban on Tessalian fruit next month.", "ban")
    assert _args(hit)[0] == ["Marvia"], _args(hit)


def test_a_weapon_as_doer_is_enough_for_a_vague_blow(nlp):
    for text in ("Mortars hit the base on Sunday.",
                 "A car bomb destroyed a checkpoint outside the city."):
        assert any(k.startswith("ASSAULT") for k in events_eval.kept_events(nlp(text))), text
    # a named group's act stays an attack, though the group is a common noun
    text = "Police said it bore the marks of the Red Hand group, which bombed a market."
    assert any(k.startswith("ASSAULT") for k in events_eval.kept_events(nlp(text)))


def test_causes_hand_the_act_to_their_object(nlp):
    hit = _hit(nlp, "Velna's decision to dump waste at sea prompted Marvia to ban Australian "
                    "wine.", "ban")
    acts, tgts = _args(hit)
    assert hit.type == "SANCTION" and acts == ["Marvia"], (hit.type, acts)
    # people banned stay coerced
    assert _hit(nlp, "Police banned Kurdish activists from the square.",
                "banned").type == "COERCE"


def test_whoever_announces_a_measure_takes_it(nlp):
    hit = _hit(nlp, "Marvia's announcement of new export curbs on gallium rattled chipmakers.",
               "curbs")
    assert hit.type == "SANCTION" and _args(hit)[0] == ["Marvia"], _args(hit)


def test_a_subject_that_counts_no_one_negates(nlp):
    from newsprism.analyze import factuality
    for text, word in (("Neither side has agreed to the ceasefire proposal.", "agreed"),
                       ("No country has recognised the new government.", "recognised")):
        assert factuality.assess(_hit(nlp, text, word).tok)[0] == "negated", text
    assert factuality.assess(_hit(nlp, "Both sides agreed to the truce.",
                                  "agreed").tok)[0] == "asserted"


def test_swaps_of_captives_and_armed_groups_burning_homes(nlp):
    assert _hit(nlp, "Marvia and Tessaly carried out a prisoner swap in Velna.",
                "swap").type == "CONCEDE"
    assert _hit(nlp, "Velna released the Marvian diplomat on Friday.",
                "released").type == "CONCEDE"
    assert _hit(nlp, "Militias burned dozens of homes in the village.", "burned").type == "ASSAULT"
    assert not events_eval.kept_events(nlp("Protesters burned tyres on the main road."))
