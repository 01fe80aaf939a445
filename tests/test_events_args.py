"""Events: argument shapes added in session 6 for unseen copy (raising passives, threats
whose condition names the threatened, protests at a body's seat, goods that name where they
go, who filed what was refused, acronym heads, forces put on alert, raids by armed groups,
markets and nature as non-agents, scorelines), and the floors of the wire4 and opened3 sets.
Example sentences are written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval
from events_eval import arg_phrases as _args


def _hit(nlp, text, word):
    # a title-case headline's candidates come from its sentence-case re-parse
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.lower_ == word.lower())


@pytest.mark.parametrize("text,word,type_,actor,target", [
    # a raising passive: the one said to have done it is the doer
    ("The gunman is alleged to have shot three guards at the gate of the prison in Tarlan.",
     "shot", "ASSAULT", "gunman", "guards"),
    # the condition of a threat names whom it is meant to stop
    ("Marvia threatened to close the pipeline if Tessalian troops stayed in the valley.",
     "threatened", "THREATEN", "Marvia", "troops"),
    ("The junta warned that it would use force if the miners blocked the railway again.",
     "warned", "THREATEN", "junta", "miners"),
    # a protest at the seat of a body is aimed at that body
    ("Hundreds of nurses demonstrated outside the Health Ministry in Osla on Monday.",
     "demonstrated", "PROTEST", "nurses", "Ministry"),
    ("Farmers rallied in front of the parliament to demand lower fuel taxes.",
     "rallied", "PROTEST", "Farmers", "parliament"),
    # goods name the party a measure falls on, also when the parser hangs 'from' on the ban
    ("Tessaly could lift its ban on fruit imports from Marvia next month, officials said.",
     "lift", "CONCEDE", "Tessaly", "Marvia"),
    ("Osla restricted sales of fertiliser bound for Marvia after the border clash.",
     "restricted", "SANCTION", "Osla", "Marvia"),
    # what a court refuses was put forward by someone
    ("The supreme court threw out the petition that three opposition parties had filed "
     "against the election result.", "threw", "REJECT", "court", "parties"),
    ("The governor refused to let the inspectors into the camp.",
     "refused", "REJECT", "governor", "inspectors"),
    # a noun's doer named by a participle, also one hung on the nearer noun
    ("The tariffs on Tessalian steel imposed by Marvia in June were doubled.",
     "tariffs", "SANCTION", "Marvia", "steel"),
    # the aim the parser hung on the doer after 'by'
    ("The assault by Osla's army against rebel positions near the dam went on for a week.",
     "assault", "ASSAULT", "army", "positions"),
    ("The offensive by Marvia's army against ULF positions in Tarlan entered a third day.",
     "offensive", "ASSAULT", "army", "positions"),
    # fire exchanged: the first party acts on the other
    ("Tessaly and Marvia's border guards exchanged fire at the river crossing.",
     "exchanged", "ASSAULT", "Tessaly", "guards"),
    ("Rebels exchanged fire with army units outside the town.",
     "exchanged", "ASSAULT", "Rebels", "units"),
    ("Twelve pupils abducted by bandits from a school in Katsina were freed.",
     "abducted", "ASSAULT", "bandits", "pupils"),
    # an aim the parser hung on the verb of outbreak belongs to the act
    ("Protests broke out in Osla against a law that would ban street trading.",
     "Protests", "PROTEST", "", "law"),
    # what a party received was given to it
    ("Tessaly received 40 tonnes of flour donated by Marvia, the aid agency said.",
     "donated", "AID", "Marvia", "Tessaly"),
    # a condemned incursion 'into' a place is no collision
    ("Osla and Tarlan condemned the Marvian drone incursions into their airspace.",
     "condemned", "ACCUSE", "Osla", "incursions"),
    # what was refused names whoever put it forward
    ("Osla's senate rejected a border treaty drafted and proposed by the Tarlan government.",
     "rejected", "REJECT", "senate", "Tarlan"),
    # a headline's two leaders holding talks: the second is the counterpart
    ("Osei, Mensah Hold Talks On Volta Dam Dispute", "Talks", "CONSULT", "Osei", "Mensah"),
    # aid given 'with' a sum of money
    ("The bank agreed to provide Tarlan with 200 million euros in budget support.",
     "provide", "AID", "bank", "Tarlan"),
    # trade names its partner: 'restrictions on sales of arms to Tarlan'
    ("Marvia lifted restrictions on sales of arms to Tarlan.", "lifted", "CONCEDE", "Marvia",
     "Tarlan"),
    # the ones incited to act are its doers, also when parsed as a purpose clause
    ("Prosecutors said the preacher had incited followers to attack police posts.",
     "attack", "ASSAULT", "followers", "posts"),
    # two forces clashing: the first acts on the second, the day is no party
    ("Osla's troops and Tarlan's gendarmes clashed on the border on Saturday.", "clashed",
     "ASSAULT", "troops", "gendarmes"),
    # an acronym the tagger read as a verb still names the party
    ("The army rejected a demand by the regional bloc SADC to free the detained mayor.",
     "rejected", "REJECT", "army", "SADC"),
])
def test_argument_shapes(nlp, text, word, type_, actor, target):
    hit = _hit(nlp, text, word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert not actor or any(actor.lower() in p.lower() for p in acts), acts
    assert any(target.lower() in p.lower() for p in tgts), tgts


def test_forces_put_on_alert_ready_themselves(nlp):
    hit = _hit(nlp, "Coast guard units were put on high alert after the collision.", "alert")
    assert hit.type == "MOBILIZE"
    assert any("units" in p for p in _args(hit)[0])


def test_a_raid_by_an_armed_group_or_that_killed_is_an_attack(nlp):
    assert _hit(nlp, "The raid by militants on the market town lasted two hours.",
                "raid").type == "ASSAULT"
    assert _hit(nlp, "The raid on the farm left six people dead.", "raid").type == "ASSAULT"
    assert _hit(nlp, "A police raid on the warehouse found forged passports.",
                "raid").type == "COERCE"


@pytest.mark.parametrize("text", [
    "Bonds surrendered their early gains as the central bank held rates.",
    "A strong earthquake struck the mountains north of the capital overnight.",
    "Astronomers think the small moon was captured by Saturn's gravity.",
    "Their constant attack wore down the visitors in a 3-0 win at home.",
    "The retailer cut its full-year profit forecast after a weak summer.",
    "Arrests for street robbery fell by a third last year, the police report said.",
    "The number of raids on pharmacies rose sharply in 2022.",
    "Chemists from Osla and Tarlan collaborated on a study of soil bacteria.",
    "The Tarlan president attacked the problem of rural poverty in his new year speech.",
    "Osla's cocoa board threatened to miss its export target after the dry season.",
    "The Marvian rand retreated against the dollar on Friday.",
    "The cyclist withdrew from the tournament in Osla with a broken wrist.",
    "Her novel about the border war won the national prize.",
    "Osla's central bank held rates steady, defying expectations of a cut.",
])
def test_no_event(nlp, text):
    kept = events_eval.kept_events(nlp(text))
    assert not kept, kept


def test_a_threat_to_disrupt_is_still_a_threat(nlp):
    hit = _hit(nlp, "The rebels threatened to disrupt the election in three provinces.",
               "threatened")
    assert hit.type == "THREATEN"


def test_a_vote_score_is_no_game(nlp):
    hit = _hit(nlp, "The court ruled 5-4 to reject the appeal by the ministry.", "reject")
    assert hit.type == "REJECT"


def test_wire4_and_opened3_floors(nlp):
    # wire4 (written in session 6 before its fixes, scored whole once): type 0.833, all three
    # 0.683, actor 0.976, target 0.727, no-event 0.688 (11/16), factuality 0.952; by half,
    # dev 0.933 / 0.800, final 0.733 / 0.567 (target 0.667, no-event 4/8). Dev half after the
    # fixes: type 1.0, all three 1.0. Final half, scored once at the session's end: type
    # 0.733, all three 0.667, actor 1.0, target 0.833, no-event 4/8, trigger recall 0.909.
    # opened3 before session 6: type 0.90, all three 0.78 (no-event 4/7); after: 1.0 / 0.98.
    dev = events_eval.score(nlp, path=events_eval.WIRE4, half=1)
    assert dev["type_accuracy"] >= 0.96 and dev["all_right"] >= 0.93
    final = events_eval.score(nlp, path=events_eval.WIRE4, half=0)
    assert final["type_accuracy"] >= 0.73 and final["all_right"] >= 0.66
    opened3 = events_eval.score(nlp, path=events_eval.OPENED3)
    assert opened3["type_accuracy"] >= 0.96 and opened3["all_right"] >= 0.94
    assert opened3["no_event_accuracy"] >= 0.99


def test_a_national_adjective_names_the_target_entity():
    from newsprism.analyze.pipeline import Pipeline
    from newsprism.records import Article
    text = "Tehran rejected a Saudi proposal to hold talks in Muscat."
    a = next(iter(Pipeline().analyze_many([(Article(id="t", text=text), None)])))
    hit = next(v for v in a.events if text[v.trigger.start:v.trigger.end] == "rejected")
    assert any("saudi" in a.entity(i).name.lower() for i in hit.targets), hit.targets
