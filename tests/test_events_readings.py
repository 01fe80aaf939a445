"""Events: codebook readings and argument shapes added for wire copy in other writers' habits
(abduction as assault, threats past the threatened act, headline passives, nominal recalls and
seizures, raising passives, no-event uses in business, sport, weather and medicine). Example
sentences are written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval
from events_eval import arg_phrases as _args


def _assert_reading(nlp, text, word, type_, actor, target):
    """The candidate triggered by ``word`` has the type and an actor/target phrase holding
    the given words."""
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert any(actor.lower() in p.lower() for p in acts), acts
    if target is None:
        assert not tgts, tgts
    else:
        assert any(target.lower() in p.lower() for p in tgts), tgts


def _assert_no_event(nlp, text):
    """No candidate the eval would keep."""
    kept = events_eval.kept_events(nlp(text))
    assert not kept, kept


@pytest.mark.parametrize("text, word, type_, actor, target", [
    # the codebook files abduction, hijacking and hostage-taking under assault
    ("Armed men abducted eleven farm workers near Tarvo on Sunday.", "abducted", "ASSAULT",
     "men", "workers"),
    ("Pirates hijacked a cargo ship off the coast of Rendo.", "hijacked", "ASSAULT",
     "Pirates", "ship"),
    ("Gunmen seized 30 hostages at a gold mine near Osla.", "seized", "ASSAULT", "Gunmen",
     "hostages"),
    # the ground a retreat leaves is no party (events_eval's conventions); whom it benefits is
    ("Marvian troops pulled out of three villages north of Tarvo.", "pulled", "RETREAT",
     "troops", None),
    ("The rebels withdrew from the port of Rendo after a week of shelling.", "withdrew",
     "RETREAT", "rebels", None),
    ("Marvian troops pulled out of two border posts, handing them over to the Tessalian army.",
     "pulled", "RETREAT", "troops", "army"),
    # who a threat aims at: past the threatened act, or inside the warned-of clause
    ("Marvia threatened a new offensive against Tessalian militias.", "threatened",
     "THREATEN", "Marvia", "militias"),
    ("The defence ministry warned that its jets would shoot down any drone crossing the "
     "border.", "warned", "THREATEN", "ministry", "drone"),
    ("Marvia warned Tessaly against any deployment of troops on the islands.", "warned",
     "THREATEN", "Marvia", "Tessaly"),
    # aid and its recipient when the parse hangs it away from the verb
    ("Osland sent a navy ship carrying flour and blankets to the port of Rendo for "
     "families displaced by the flood.", "sent", "AID", "Osland", "families"),
    ("The development bank approved a grant to help Tessaly rebuild its bridges.", "grant",
     "AID", "bank", "Tessaly"),
    # a rise in a trade barrier is a sanction
    ("Marvia imposed steep tariff increases on Tessalian steel.", "increases", "SANCTION",
     "Marvia", "steel"),
    ("Prosecutors filed charges against the former mayor of Osla.", "charges", "ACCUSE",
     "Prosecutors", "mayor"),
])
def test_new_codebook_readings_and_their_arguments(nlp, text, word, type_, actor, target):
    _assert_reading(nlp, text, word, type_, actor, target)


@pytest.mark.parametrize("text", [
    "The flight landed safely after a bird strike forced the crew to shut down one engine.",
    "A storm slammed into the northern coast on Thursday, cutting power to thousands.",
    "Doctors warned residents against eating raw fish from the lagoon.",
    "The opposition leader faces charges of fraud in a court in Osla.",
])
def test_mishaps_advice_and_charges_faced_are_no_events(nlp, text):
    _assert_no_event(nlp, text)


def test_dateline_glued_subject_and_listed_headline_parties(nlp):
    text = ("TERVO, May 2 (Harbour Wire) - Marvian riot police detained at least 40 people "
            "overnight as they broke up a protest, the interior ministry said.")
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "detained")
    assert any("police" in p for p in _args(hit)[0])
    text = "Marvia, Tessaly Fail To Agree On Text Of Border Treaty"
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == "Agree")
    acts, tgts = _args(hit)
    assert acts == ["Marvia"] and tgts == ["Tessaly"]


@pytest.mark.parametrize("text, word, target", [
    ("Opposition Leader Arrested In Osla After Mass Rally", "Arrested", "leader"),
    ("Journalist Detained After Covering Protest In Rendo", "Detained", "journalist"),
])
def test_a_headline_past_form_without_object_is_passive(nlp, text, word, target):
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == word)
    acts, tgts = _args(hit)
    assert not acts and any(target in p.lower() for p in tgts), (acts, tgts)


def test_a_resolve_noun_lends_its_owner_to_the_act(nlp):
    text = "Marvia's decision to cut off gas supplies to Tessaly drew protests in Osla."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "cut")
    acts, tgts = _args(hit)
    assert hit.type == "SANCTION" and acts == ["Marvia"] and "Tessaly" in tgts


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ('"Our forces have taken full control of the airport," a rebel spokesman said.', "taken",
     "ASSAULT", "forces", "airport"),
    ("Police fired tear gas and rubber bullets at hundreds of students outside parliament.",
     "fired", "COERCE", "Police", "students"),
    ("Marvia will send two battalions to the border under an agreement signed last year.",
     "send", "MOBILIZE", "Marvia", None),  # the forces moved are no target
])
def test_control_taken_crowd_control_aimed_and_terms_of_an_act(nlp, text, word, type_, actor,
                                                                target):
    _assert_reading(nlp, text, word, type_, actor, target)


@pytest.mark.parametrize("text", [
    "The company took control of its largest rival in a share deal.",
    "Militias allied with the government patrol the northern roads.",
])
def test_business_control_and_standing_alliances_are_no_events(nlp, text):
    _assert_no_event(nlp, text)


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Tessaly's recall of its ambassador to Marvia deepened the rift.", "recall", "SANCTION",
     "Tessaly", "ambassador"),
    ("The rebels' seizure of the airport cut the city off.", "seizure", "ASSAULT", "rebels",
     "airport"),
    ("The seizure of two tonnes of cocaine by police in Osla was the year's largest.",
     "seizure", "COERCE", "police", "cocaine"),
])
def test_nominal_recall_and_seizure(nlp, text, word, type_, actor, target):
    _assert_reading(nlp, text, word, type_, actor, target)


def test_a_product_recall_is_no_event(nlp):
    assert not events_eval.kept_events(nlp("The recall of two million cars cost the "
                                           "carmaker dearly."))


def test_a_headline_verb_read_with_its_preposition(nlp):
    text = "Teravian Navy Fires On Fishing Boats Near Disputed Atoll"
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == "Fires")
    acts, tgts = _args(hit)
    assert hit.type == "ASSAULT" and any("navy" in p.lower() for p in acts)
    assert any("boats" in p.lower() for p in tgts), tgts


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Marvian air defences shot down a Tessalian drone over the town of Hana.", "shot",
     "ASSAULT", "defences", "drone"),
    ("Osland's defence minister threatened to cut off military aid to Tessaly.", "threatened",
     "THREATEN", "minister", "Tessaly"),
    ("Marvia is expected to expel the Tessalian ambassador next week.", "expel", "SANCTION",
     "Marvia", "ambassador"),
    ("Thousands rallied in Osla in support of the jailed opposition leader.", "rallied",
     "PROTEST", "Thousands", None),
    ("The Marvian parliament approved the deployment of 500 peacekeepers to Kavel.",
     "deployment", "MOBILIZE", "parliament", None),
])
def test_downed_weapons_raising_passives_and_approved_deployments(nlp, text, word, type_, actor,
                                                                   target):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert any(actor.lower() in p.lower() for p in acts), acts
    assert target is None or any(target.lower() in p.lower() for p in tgts), tgts


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Tessalian hackers claimed responsibility for a cyberattack on Marvia's defence ministry.",
     "cyberattack", "COERCE", "hackers", "ministry"),
    ("The office said it had not received any request from Marvia to extradite the banker.",
     "request", "REQUEST", "Marvia", "it"),
    ("Osland plans to send 40 military advisers to Tessaly to train its army.", "send",
     "MOBILIZE", "Osland", None),
])
def test_claimed_attacks_received_requests_and_planned_dispatches(nlp, text, word, type_, actor,
                                                                  target):
    _assert_reading(nlp, text, word, type_, actor, target)


@pytest.mark.parametrize("text", [
    "Heavy rains triggered landslides that blocked the main road to the coast for two days.",
    "The festival opened with a drama about a family torn apart by war.",
    "The company agreed to buy a rival software maker for $2.3 billion in cash.",
    "Wildfires forced the evacuation of 3,000 residents from villages north of Tarvo.",
    "The champion defended her title with a straight-sets win.",
    "A new study found that the drug cut the risk of heart attacks by a quarter.",
])
def test_nature_business_sport_and_medicine_are_no_events(nlp, text):
    _assert_no_event(nlp, text)


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Osland and Tessaly recognised the state of Kavel on Tuesday.", "recognised", "SUPPORT",
     "Osland", "Kavel"),
    ("Marvia annexed the Kavel region after a disputed referendum.", "annexed", "ASSAULT",
     "Marvia", "region"),
    ("The army repelled an attack by insurgents on a base near Tarvo.", "repelled", "ASSAULT",
     "army", "insurgents"),
    ("Government troops fought rebels in the hills for a third day.", "fought", "ASSAULT",
     "troops", "rebels"),
])
def test_recognition_annexation_and_fighting(nlp, text, word, type_, actor, target):
    _assert_reading(nlp, text, word, type_, actor, target)


@pytest.mark.parametrize("text", ["The government fought corruption for years.",
                                  "Scientists recognised the importance of the find."])
def test_fighting_ills_and_recognising_facts_are_no_events(nlp, text):
    assert not events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Osland will train and equip two Tessalian army brigades under a defence pact.", "train",
     "COOPERATE", "Osland", "brigades"),
    ("The two leaders spoke by telephone on Saturday about the border.", "spoke", "CONSULT",
     "leaders", None),
    ("Lawmakers walked out of parliament in protest at a bill extending the term.", "walked",
     "PROTEST", "Lawmakers", "bill"),
    ("Police from Osland and Tessaly have set up a joint team to fight smuggling.", "team",
     "COOPERATE", "Police", None),
    ("Tessaly banned imports of Marvian wine on Friday.", "banned", "SANCTION", "Tessaly",
     "imports"),
    ("Thousands of Marvian troops massed near the border over the weekend.", "massed",
     "MOBILIZE", "troops", None),
])
def test_training_calls_walkouts_joint_teams_trade_bans_and_massing(nlp, text, word, type_,
                                                                    actor, target):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert any(actor.lower() in p.lower() for p in acts), acts
    assert target is None or any(target.lower() in p.lower() for p in tgts), tgts


@pytest.mark.parametrize("text", ["The army trained 500 new recruits at the academy.",
                                  "Crowds massed in the square to watch the fireworks."])
def test_own_training_and_crowds_massing_are_no_events(nlp, text):
    assert not events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Okonkwo Arrests Rival Militia Chief In Delta Raid", "Arrests", "COERCE", "Okonkwo",
     "chief"),
    ("Ferreira Rejects Calls To Resign Over Bribery Claims", "Rejects", "REJECT", "Ferreira",
     "calls"),
    ("Marvia Rejects Calls For Talks On Border", "Rejects", "REJECT", "Marvia", "calls"),
    ("Rebels Vow To Attack Convoys On Northern Road", "Vow", "THREATEN", "Rebels", "convoys"),
])
def test_a_headline_verb_the_recased_parse_misread(nlp, text, word, type_, actor, target):
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert any(actor.lower() in p.lower() for p in acts), acts
    assert any(target.lower() in p.lower() for p in tgts), tgts


def test_a_headline_vow_of_reform_is_no_threat(nlp):
    text = "Minister Vows Sweeping Reform Of Pension System"
    assert not [c for c in ev.find_candidates(nlp(text)) if c.type == "THREATEN"]


def test_named_targets_are_struck_and_storms_batter_no_one(nlp):
    hit = next(c for c in ev.find_candidates(nlp("Marvian jets struck Kavelian targets "
                                                 "near Hana.")) if c.tok.text == "struck")
    assert hit.type == "ASSAULT"
    for text in ("Storm Batters Coast, Thousands Without Power", "A hurricane battered the "
                 "coast on Sunday.", "The company struck its sales targets."):
        assert not events_eval.kept_events(nlp(text)), text


def test_a_parenthetical_report_leaves_the_doer_and_police_beat_people(nlp):
    text = "Rebel fighters, the ministry said, had ambushed a supply convoy near Hana."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "ambushed")
    assert any("fighters" in p for p in _args(hit)[0])
    text = "Tessalian police allegedly beat detained protesters at a station in Rendo."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "beat")
    assert hit.type == "ASSAULT"
    assert not events_eval.kept_events(nlp("Osla United beat Rendo 2-0 on Sunday."))


def test_a_headline_participle_with_its_agent_stays_passive(nlp):
    text = "Rendo Hit By Heaviest Marvian Drone Attack Of The Year"
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == "Hit")
    acts, tgts = _args(hit)
    assert any("attack" in p.lower() for p in acts) and "Rendo" in tgts, (acts, tgts)
