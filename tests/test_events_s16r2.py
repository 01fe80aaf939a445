"""Events, session 16, second pass: the lead's rulings written in events_eval's header (an
expulsion of observers, inspectors, monitors, peacekeepers or aid agencies is SANCTION; a
road, port, crossing or building blockaded or occupied is a place, not the target) and the
long tail over all sets. Sentences written for these tests; each ruling has its twin on the
other side of the line."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


@pytest.mark.parametrize("text,word,type_", [
    # CAMEO 166 'expel or withdraw' (peacekeepers, inspectors and observers, aid agencies)
    ("The junta expelled the UN human rights monitors on Thursday.", "expelled", "SANCTION"),
    ("The government ordered the nuclear inspectors out of the country.", "ordered",
     "SANCTION"),
    ("The military council kicked out three foreign aid agencies accused of spying.",
     "kicked", "SANCTION"),
    ("Authorities gave foreign aid workers 72 hours to leave the region.", "leave",
     "SANCTION"),
    ("Officials said the expulsion of the ceasefire observers was a mistake.", "expulsion",
     "SANCTION"),
    # anyone else expelled or deported stays coerced
    ("Belarus expelled two Polish journalists who had covered the protests.", "expelled",
     "COERCE"),
    ("The coast guard expelled three fishing boats from the lagoon.", "expelled", "COERCE"),
    ("The border police deported forty aid workers to Kenya.", "deported", "COERCE"),
    ("The minister ordered the expulsion of a preacher accused of incitement.", "expulsion",
     "COERCE"),
])
def test_expulsion_of_overseers_is_a_sanction(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


def _targets(nlp, text, word):
    return events_eval.arg_phrases(_hit(nlp, text, word))[1]


@pytest.mark.parametrize("text,word,target", [
    # a road, port, crossing or building held is the act's place
    ("Angry dairy farmers blocked the ring road around Lyon with tractors.", "blocked", None),
    ("Militiamen blockaded the highway to the border town for ten days.", "blockaded", None),
    ("Dockers will blockade the port of Antwerp on Monday over pension cuts.", "blockade",
     None),
    ("Students occupied the library building for three days.", "occupied", None),
    ("Truckers Blockade Border Crossing Over Fuel Prices", "blockade", None),
    # the owner it stands for, a body's seat, an inhabited place stay targets
    ("The navy lifted its blockade on Eritrea's main port.", "lifted", "Eritrea"),
    ("Teachers occupied the education ministry to demand back pay.", "occupied", "ministry"),
    ("Soldiers cordoned off two villages and searched every house.", "cordoned", "villages"),
    ("Farmers blocked the sale of the land to a mining firm.", "blocked", "sale"),
])
def test_held_place_is_no_target(nlp, text, word, target):
    got = _targets(nlp, text, word)
    if target is None:
        assert got == [], got
    else:
        assert any(target.lower() in p.lower() for p in got), got


@pytest.mark.parametrize("text,word,type_", [
    # a determined noun the parser made a clause of its own is the verb's object
    ("The army and the rebels reached a six-month ceasefire deal in Doha on Friday, "
     "mediators from Qatar said, the first truce in years.", "reached", "AGREE"),
    # a participle made a compound: the noun before it is the head
    ("Peru's government scrapped a decree raising bus fares after a week of strikes by "
     "drivers, the ministry said.", "scrapped", "CONCEDE"),
    ("The military council dissolved the government and suspended the constitution.",
     "dissolved", "COERCE"),
    ("The government agreed to restore mobile internet services in the province.",
     "restore", "CONCEDE"),
    ("Police closed the offices of two opposition newspapers.", "closed", "COERCE"),
    ("Georgia closed five Russian-run cultural offices in the capital.", "closed", "COERCE"),
])
def test_tail_constructions(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text", [
    "The sugar dissolved slowly in the warm water.",
    "The club scrapped a plan raising ticket prices for next season.",
    "Engineers restored internet services after the storm.",
    "The bank closed its offices in Moscow last year.",
    "Apple closed two offices in Shanghai.",
    "The ministry closed the passport offices for the holiday.",
    "Officials closed the municipal offices early because of the heat.",
])
def test_tail_twins_stay_no_event(nlp, text):
    assert events_eval.kept_events(nlp(text)) == []


@pytest.mark.parametrize("text,word,type_", [
    # crewless gear passed to an armed side outside a state is military aid, as to a state
    ("Iran sent drones and missiles to the Houthis, the report said.", "sent", "AID"),
    ("Rwanda sent drones to the M23 rebels, a UN panel found.", "sent", "AID"),
    # a force's own, or troops with the gear, stay its deployment
    ("Russia sent tanks to its forces in Crimea.", "sent", "MOBILIZE"),
    ("Russia sent troops and tanks to the border.", "sent", "MOBILIZE"),
])
def test_gear_to_an_armed_side(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text,word,type_,target", [
    # a state's force at sea blockading coerces; the place stands for the state named
    # by its nationality
    ("The navy blockaded Ukrainian ports in the Black Sea.", "blockaded", "COERCE",
     "Ukrainian ports"),
    ("Chinese coast guard vessels blocked the entrance to the shoal.", "blocked", "COERCE",
     None),
    ("Fishing boats blockaded the port of Calais over quotas.", "blockaded", "PROTEST", None),
])
def test_blockades_at_sea(nlp, text, word, type_, target):
    c = _hit(nlp, text, word)
    assert c.type == type_
    got = events_eval.arg_phrases(c)[1]
    assert got == [] if target is None else any(target in p for p in got), got
