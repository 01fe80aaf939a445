"""Events, session 16: the general causes behind the thirteenth opened set's misses
(events_opened13.jsonl), each tried on sentences written for these tests, with twins that
must stay as they were: rounds of a munition fired are the means, not the target; a glacier
or a coastline that 'retreats' is nature; 'armoured' marks a vehicle as a force; peacekeepers
sent to a state are aid to it; a country or place left after 'from' / 'out of' is ground;
an event noun that only describes a venue ('the villa where the talks are held') is no news."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _kept(nlp, text):
    return events_eval.kept_events(nlp(text))


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


def _targets(c):
    return [p for t in c.targets for p in ev.phrases(t)]


@pytest.mark.parametrize("text,target", [
    ("Gunmen fired artillery rounds at a refugee camp near the border.", "camp"),
    ("Soldiers fired 30 rounds at the car as it sped towards the checkpoint.", "car"),
    ("Rebels fired rockets at a police station overnight.", "station"),
])
def test_rounds_fired_are_the_means(nlp, text, target):
    c = _hit(nlp, text, "fired")
    assert c.type == "ASSAULT" and any(target in p for p in _targets(c)), _targets(c)
    assert not any("rounds" in p for p in _targets(c))


@pytest.mark.parametrize("text", [
    "Glacier Retreat Quickens In The Andes, Study Says",
    "The glaciers of the Tien Shan retreated by 30 metres last year.",
    "The coastline retreated by two metres in a single winter.",
])
def test_nature_retreating_is_no_event(nlp, text):
    assert _kept(nlp, text) == []


def test_forces_retreating_into_the_desert_stay(nlp):
    assert _hit(nlp, "Rebels retreated into the desert after the raid.",
                "retreated").type == "RETREAT"


@pytest.mark.parametrize("text,word", [
    ("The army moved armoured vehicles into the capital overnight.", "moved"),
    ("The junta deployed armored vehicles around the state broadcaster.", "deployed"),
])
def test_armoured_vehicles_moved_are_a_deployment(nlp, text, word):
    c = _hit(nlp, text, word)
    assert c.type == "MOBILIZE" and c.targets == []


def test_armoured_vehicles_sent_to_a_state_stay_aid(nlp):
    c = _hit(nlp, "Canada sent armoured vehicles to Ukraine in March.", "sent")
    assert c.type == "AID" and _targets(c) == ["Ukraine"]


@pytest.mark.parametrize("text,word,state", [
    ("Bangladesh deployed a peacekeeping battalion to Mali last year.", "deployed", "Mali"),
    ("Nepal will send 800 peacekeepers to Lebanon in the spring.", "send", "Lebanon"),
])
def test_peacekeepers_sent_to_a_state_are_aid(nlp, text, word, state):
    c = _hit(nlp, text, word)
    assert c.type == "AID" and state in " ".join(_targets(c))


@pytest.mark.parametrize("text,word", [
    ("Kenya will deploy 1,000 police officers to Haiti.", "deploy"),
    ("The parliament approved the deployment of 500 peacekeepers to the disputed region.",
     "deployment"),
])
def test_other_forces_sent_stay_a_deployment(nlp, text, word):
    assert _hit(nlp, text, word).type == "MOBILIZE"


@pytest.mark.parametrize("text,word", [
    ("The last Belgian soldiers pulled out of Mali on Sunday.", "pulled"),
    ("Serbia would pull its police back from the disputed canal if the talks succeeded.",
     "pull"),
    ("Marines withdrew from four coastal municipalities under the truce.", "withdrew"),
])
def test_country_or_place_left_is_no_target(nlp, text, word):
    c = _hit(nlp, text, word)
    assert c.type == "RETREAT" and c.targets == [], _targets(c)


@pytest.mark.parametrize("text,word,target", [
    ("The three juntas pulled out of the regional bloc ECOWAS last year.", "pulled", "bloc"),
    ("Qatar pulled out of Opec in 2019.", "pulled", "Opec"),
    ("Nicaragua withdrew from the Organization of American States.", "withdrew",
     "Organization"),
])
def test_body_quit_stays_the_target(nlp, text, word, target):
    c = _hit(nlp, text, word)
    assert c.type == "RETREAT" and any(target in p for p in _targets(c)), _targets(c)


@pytest.mark.parametrize("text", [
    "The manor where the peace talks are held dates from the 17th century.",
    "The hall in which the summit takes place seats 2,000 people.",
])
def test_venue_described_by_its_meetings_is_no_news(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The hotel where the talks were held on Monday was evacuated after a bomb threat.",
    "Delegates gathered at the villa where the talks are being held.",
])
def test_meetings_told_in_the_past_or_under_way_stay(nlp, text):
    assert any(k.startswith("CONSULT:") for k in _kept(nlp, text))
