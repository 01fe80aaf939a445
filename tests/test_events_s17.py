"""Events, session 17 (issue 4): trigger recall by derivation and by the frame a noun fills,
no-event precision, recipients of nominal transfers. Sentences written for these tests,
each construction with a twin that must stay as it was."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _kept(nlp, text):
    return events_eval.kept_events(nlp(text))


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


@pytest.mark.parametrize("text,word,type_", [
    # zero derivation: a noun spelt as a spoken kind's trigger verb, carried by a light verb
    ("Rwanda delivered a strongly worded rebuke to Kinshasa over the shelling.", "rebuke",
     "ACCUSE"),
    ("The opposition filed a petition with the electoral commission to annul the vote.",
     "petition", "REQUEST"),
    ("The senator issued a sharp reprimand to the Bolivian envoy.", "reprimand", "ACCUSE"),
    # -al, -sion, -ure from a verb that needs no context
    ("The dispersal of the protesters by riot police drew criticism.", "dispersal",
     "COERCE"),
    # a barrier on what crosses a border, laid on another state's people
    ("Washington slapped visa restrictions on 12 Nicaraguan officials.", "restrictions",
     "SANCTION"),
    # 'a series of' counts acts; it is no programme about them
    ("Rebels staged a series of attacks on army posts overnight.", "attacks", "ASSAULT"),
    # a light verb with a hostile measure is the warner's own hostile act
    ("Beijing warned it would impose countermeasures if Lithuania went ahead.", "warned",
     "THREATEN"),
])
def test_triggers_found_by_derivation_and_frame(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text", [
    # homographs and things: the zero-derived noun stays no event
    "The shells of the old buildings stood empty.",
    "The council issued a permit for the new market.",
    "The bond offered a yield of five percent.",
    # a light verb's noun in another sense
    "The museum will stage a retrospective of the painter's early work.",
    # a firm taking back its goods retreats from nothing
    "The company's withdrawal of its faulty heaters from shops cost it $4 million.",
    # an act's start used as a clock for another happening
    "Insurance premiums have doubled since the attacks began, a broker's report said.",
    "His family has lived on savings since the strike began.",
    # the run the sentence's act belongs to, in a sentence whose act is not political
    "The derby was the latest in a series of strikes on goal by the visitors.",
    # restrictions with no cross-border mark stay none
    "The city placed parking restrictions on the old town.",
])
def test_no_event(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text,word", [
    ("The withdrawal of 3,000 troops from the region began on Monday.", "withdrawal"),
    ("The ceasefire held for nine days before fighting resumed last Friday.", "fighting"),
    ("Since the Houthi attacks began, the navy has escorted 40 ships.", "attacks"),
])
def test_twins_stay_events(nlp, text, word):
    assert _hit(nlp, text, word) is not None


def test_latest_in_a_series_is_the_sentences_own_act(nlp):
    kept = _kept(nlp, "Gunmen killed five villagers in Zamfara on Sunday, the latest in a "
                      "string of attacks on farming communities.")
    assert kept == ["ASSAULT:killed"]


def test_goods_given_are_no_target_the_recipient_is(nlp):
    c = _hit(nlp, "Tokyo's donation of two coastguard vessels to Manila was welcomed.",
             "donation")
    acts, tgts = events_eval.arg_phrases(c)
    assert c.type == "AID" and acts == ["Tokyo"] and tgts == ["Manila"]


def test_words_handed_to_a_party_target_it(nlp):
    c = _hit(nlp, "Rwanda delivered a strongly worded rebuke to Kinshasa.", "rebuke")
    assert events_eval.arg_phrases(c)[1] == ["Kinshasa"]


@pytest.mark.parametrize("text,word,type_", [
    # relief goods conveyed to someone: the frame, not the verb, makes the act
    ("Turkish ships ferried 300 tonnes of aid to the port of Misrata.", "ferried", "AID"),
    ("Army helicopters flew medicine and tents into the cut-off valleys.", "flew", "AID"),
    # crewless gear given to a state in a double object
    ("Japan gave Tonga two patrol boats to police its waters.", "gave", "AID"),
    # rarer verbs of the common kinds
    ("The regime has incarcerated hundreds of dissidents since the election.",
     "incarcerated", "COERCE"),
    ("The junta banished three former ministers to a remote island.", "banished", "COERCE"),
    ("Masked men firebombed the offices of an opposition newspaper.", "firebombed",
     "ASSAULT"),
    ("The rebels decamped from the town before the army arrived.", "decamped", "RETREAT"),
    ("Russian forces evacuated their garrison from the island.", "evacuated", "RETREAT"),
    # the head of a body stands for it in the class check (ruling (4): UN bodies oversee)
    ("Niger expelled the head of the UN children's agency from the country.", "expelled",
     "SANCTION"),
])
def test_rare_verbs_and_frames(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text", [
    "The army trucked tanks to the front line.",
    "A ferry carried 300 tourists to the island.",
    "The firm flew its engineers to the plant in Texas.",
    "The chef brought the soup to the table.",
])
def test_conveying_without_relief_is_no_aid(nlp, text):
    assert not any(k.startswith("AID") for k in _kept(nlp, text))


def test_gear_given_is_no_target(nlp):
    c = _hit(nlp, "Japan gave Tonga two patrol boats to police its waters.", "gave")
    assert events_eval.arg_phrases(c)[1] == ["Tonga"]


def test_head_of_another_body_expelled_stays_coerced(nlp):
    c = _hit(nlp, "The regime expelled the head of the local football club.", "expelled")
    assert c.type == "COERCE"


@pytest.mark.parametrize("text", [
    "The bank's takeover of the insurer was approved by regulators.",
    "Regulators approved the merger of the two airlines.",
    "Plans for 400 homes were approved by the district council.",
])
def test_a_bodys_own_or_a_firms_deal_passed_is_no_event(nlp, text):
    assert _kept(nlp, text) == []


def test_a_states_approval_of_a_bid_stays(nlp):
    assert _hit(nlp, "The EU approved Ukraine's membership bid.", "approved").type == "SUPPORT"


def test_assets_frozen_after_of(nlp):
    c = _hit(nlp, "Britain's freeze of the oligarch's assets was upheld by a court.", "freeze")
    assert c.type == "SANCTION"


def test_a_meeting_hosted_in_future_is_future(nlp):
    from newsprism.analyze import factuality as fa
    c = _hit(nlp, "Ghana will host talks between the two factions in Accra next week.", "talks")
    assert fa.assess(c.tok)[0] == "future"


@pytest.mark.parametrize("text,kept", [
    ("Exports of wheat fell by a fifth in the months after the invasion.", []),
    ("Grain prices have doubled in the years since the war began.", []),
])
def test_a_stretch_of_time_counted_from_an_act_is_no_event(nlp, text, kept):
    assert _kept(nlp, text) == kept


@pytest.mark.parametrize("text,word", [
    ("Turkey lifted its veto on Sweden's membership of NATO.", "lifted"),
    ("Hungary withdrew its objection to the aid package.", "withdrew"),
])
def test_an_obstruction_given_up_is_a_concession(nlp, text, word):
    assert _hit(nlp, text, word).type == "CONCEDE"


def test_a_body_left_stays_a_retreat(nlp):
    assert _hit(nlp, "The opposition withdrew from parliament.", "withdrew").type == "RETREAT"
