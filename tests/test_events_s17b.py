"""Events, session 17 (second pass): ruling 13 (talks arranged by a third party: the host
acts, the parties are the targets) and the general fixes of the fourteenth opened set and
wire37; sentences written here.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _hits(nlp, text):
    from newsprism.analyze import events
    return [c for c in events.find_candidates(nlp(text)) if events_eval._kept(c)]


def test_a_mediator_is_the_actor_of_the_talks(nlp):
    acts, tgts = _args(_hit(nlp, "Egypt brokered talks between Israel and Hamas.", "talks"))
    assert acts == ["Egypt"] and tgts == ["Israel", "Hamas"], (acts, tgts)


def test_talks_hosted_by_a_third_party(nlp):
    acts, tgts = _args(_hit(nlp, "Talks hosted by Norway between the government and the "
                                 "rebels resumed on Monday.", "hosted"))
    assert acts == ["Norway"] and "the government" in tgts, (acts, tgts)


def test_a_hosting_verb_of_its_own_takes_the_talks(nlp):
    hits = [c for c in _hits(nlp, "Oman will mediate indirect talks between Iran and the "
                                  "United States in Muscat.") if c.type == "CONSULT"]
    assert [c.tok.text for c in hits] == ["mediate"], hits
    acts, tgts = _args(hits[0])
    assert acts == ["Oman"] and "Iran" in tgts, (acts, tgts)


def test_the_parties_own_meeting_keeps_them(nlp):
    acts, _ = _args(_hit(nlp, "The foreign ministers of Armenia and Azerbaijan met in Almaty "
                              "for two days of negotiations hosted by Kazakhstan.", "met"))
    assert any("ministers" in a for a in acts), acts


# ---------------------------------------------------------------- opened14's general misses

def test_a_force_pulling_its_means_back_retreats(nlp):
    hit = _hit(nlp, "The navy pulled its patrol boats back from the approaches to the port.",
               "pulled")
    acts, tgts = _args(hit)
    assert hit.type == "RETREAT" and acts == ["The navy"] and tgts == [], (acts, tgts)
    # a body quit by a government stays its target
    _, tgts = _args(_hit(nlp, "The government formally quit the regional defence pact.", "quit"))
    assert tgts, tgts


def test_plural_aids_are_devices(nlp):
    assert not _hits(nlp, "Cheaper hearing aids went on sale in pharmacies on Monday.")
    assert any(c.type == "AID" for c in _hits(nlp, "Japan sent aid to the flooded province."))


def test_lifting_part_of_a_penalty_targets_whom_it_weighed_on(nlp):
    _, tgts = _args(_hit(nlp, "The European Union lifted most of its sanctions on Syria.",
                         "lifted"))
    assert "Syria" in tgts, tgts
    # 'curbs' are restrictions too
    _, tgts = _args(_hit(nlp, "Washington eased some of its curbs on Cuba.", "eased"))
    assert "Cuba" in tgts, tgts


def test_a_military_parade_is_a_show_of_force(nlp):
    assert _hit(nlp, "North Korea paraded its new missiles through the capital.",
                "paraded").type == "MOBILIZE"
    assert _hit(nlp, "Iran's navy did not stage its yearly parade of speedboats.",
                "parade").type == "MOBILIZE"
    assert _hit(nlp, "The army staged a parade in the capital.", "parade").type == "MOBILIZE"
    assert not _hits(nlp, "Veterans staged a parade in the capital.")
    assert not _hits(nlp, "Thousands watched the Pride parade in Lisbon.")
    assert not _hits(nlp, "Police paraded the suspects before cameras.")


def test_a_staged_sit_in_is_no_target_of_itself(nlp):
    hit = next(c for c in _hits(nlp, "Journalists staged a sit-in outside the interior ministry "
                                     "to demand the release of two colleagues.")
               if c.type == "PROTEST")
    _, tgts = _args(hit)
    assert tgts == ["the interior ministry"], tgts


# ---------------------------------------------------------------- wire37's general misses

def test_a_soldiers_raid_on_a_camp_is_an_attack_by_whoever_it_was_the_means_of(nlp):
    hit = _hit(nlp, "Malian troops freed nine hostages in a raid on a jihadist camp near Gao.",
               "raid")
    acts, tgts = _args(hit)
    assert hit.type == "ASSAULT" and any("troops" in a for a in acts), (hit.type, acts)
    # police raiding a house search it
    assert _hit(nlp, "Police searched the flat in a raid on a house in Leeds.", "raid").type \
        == "COERCE"


def test_a_purge_of_officers_is_coercion(nlp):
    hit = _hit(nlp, "The junta carried out a purge of senior police officers.", "purge")
    assert hit.type == "COERCE"
    assert not _hits(nlp, "The election board began a purge of the voter rolls.")


def test_a_noun_in_ery_from_its_verb(nlp):
    hit = _hit(nlp, "The charity's delivery of flour to the besieged town resumed on Monday.",
               "delivery")
    assert hit.type == "AID"
    assert not _hits(nlp, "The delivery of the new trains was delayed.")


def test_a_nominal_doer_named_by_a_common_noun(nlp):
    acts, _ = _args(_hit(nlp, "The detention of a Dutch journalist by border guards angered "
                              "The Hague.", "detention"))
    assert any("guards" in a for a in acts), acts


def test_a_habit_told_by_a_predicate_noun_is_no_news(nlp):
    assert not _hits(nlp, "Rail strikes are a regular feature of French winters.")
    assert not _hits(nlp, "Power cuts and protests are a daily occurrence in the capital.")
    assert _hits(nlp, "Rail workers staged a strike across France on Monday.")


def test_wire37_floor(nlp):
    # wire37 (held out in session 17, first look type 0.800, all three 0.760, kept as
    # recorded): after this pass's general fixes and three labels brought to written
    # conventions (tests/events_eval.py's header): type 1.000, all three 1.000, no-event 5/5
    res = events_eval.score(nlp, path=events_eval.WIRE37)
    assert res["type_accuracy"] >= 0.99 and res["all_right"] >= 0.99, res["misses"]
    assert res["no_event_accuracy"] >= 0.99, res["misses"]


def test_a_host_read_as_the_talks_modifier_still_takes_them(nlp):
    # the parse makes 'hosted' a modifier of 'talks': one event, the host acting
    hits = [c for c in _hits(nlp, "Turkey hosted talks between Russian and Ukrainian "
                                  "delegations in Istanbul.") if c.type == "CONSULT"]
    assert len(hits) == 1, hits
    acts, tgts = _args(hits[0])
    assert acts == ["Turkey"] and any("delegations" in t for t in tgts), (acts, tgts)
