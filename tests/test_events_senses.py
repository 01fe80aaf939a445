"""Events: senses told by the trigger's arguments (a day is no target, an attack that hits no
party, terms one person keeps, a thing withdrawn, one's own choice defended), trailing reports
and argument shapes from session 5, and the wire3 set's floors. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev
from newsprism.analyze import factuality

import events_eval


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


def _phrases(tokens, others) -> list[str]:
    return [p for t in ev._expand(tokens, others) for p in ev.phrases(t)]


@pytest.mark.parametrize("text", [
    "The airline fired 1,200 pilots on Monday.",
    "The breakaway rider attacked on the last lap and held off the bunch.",
    "The judge released him on bail provided that he keep a night curfew.",
    "The planning committee rejected an application for a drive-through restaurant.",
    "The chef defended her decision to close the restaurant on Sundays.",
    "The publisher withdrew the novel after readers complained about a chapter.",
    "The home side's keeper was banned for two games after he struck a rival in the derby.",
    "The fungus invades the roots of young trees by hijacking their sugar supply.",
])
def test_words_in_another_sense_are_no_events(nlp, text):
    kept = events_eval.kept_events(nlp(text))
    assert not kept, kept


@pytest.mark.parametrize("text, word, type_, actor, target", [
    # the same words where a party is hit, a force acts or a people is restricted
    ("Police fired on protesters outside the ministry on Tuesday.", "fired", "ASSAULT",
     "Police", "protesters"),
    ("Gunmen attacked at dawn, killing four villagers near Osla.", "attacked", "ASSAULT",
     "Gunmen", None),
    ("The army withdrew two battalions from the border on Friday.", "withdrew", "RETREAT",
     "army", None),
    ("Authorities imposed a curfew on the city of Rendo.", "curfew", "COERCE", "Authorities",
     None),
    ("Germany defended its ally against the charges.", "defended", "SUPPORT", "Germany",
     "ally"),
    # a declaration signed between parties is an accord; export curbs are a sanction
    ("The two governments signed a joint declaration on border trade.", "signed", "AGREE",
     "governments", None),
    ("Tessalia tightened export curbs on Marvia.", "curbs", "SANCTION", "Tessalia", None),
    # 'with X doing': X is the partner the parser hung on the participle
    ("Zarnian police are cooperating with Interpol officers tracing the money.",
     "cooperating", "COOPERATE", "police", "officers"),
    # a complaint lodged with a body, not a demonstration
    ("The chess federation protested to FIDE over the treatment of its players.",
     "protested", "ACCUSE", "federation", None),
])
def test_the_same_words_with_a_party_are_events(nlp, text, word, type_, actor, target):
    hit = _hit(nlp, text, word)
    assert hit.type == type_
    acts = _phrases(hit.actors, (hit.tok, *hit.targets))
    assert any(actor.lower() in p.lower() for p in acts), acts
    if target is not None:
        tgts = _phrases(hit.targets, (hit.tok, *hit.actors))
        assert any(target.lower() in p.lower() for p in tgts), tgts


def test_an_object_is_shared_only_by_a_bare_conjunct(nlp):
    # 'threatened to attack ..., a spokesman told the agency': the outlet is no target
    hit = _hit(nlp, "Rebel commanders have threatened to attack any army convoy on the road "
                    "to Osla, a spokesman for the movement told the agency.", "threatened")
    assert not any("agency" in p for p in _phrases(hit.targets, (hit.tok,)))


@pytest.mark.parametrize("text, word, fact", [
    # a trailing report set off by a comma, however the parser hung it on
    ("Marvia and Tessalia agreed on Friday to reopen the crossing, the regional bloc's "
     "secretariat said in a statement issued from Osla.", "agreed", "reported"),
    ("Rebels seized the airport at Rendo, a spokesman for the provincial government told "
     "local radio.", "seized", "reported"),
    ("The council dismissed the demand by the opposition that it resign within a week, "
     "state radio reported on Monday.", "dismissed", "reported"),
    # 'and said' is a second act, not a report of the first
    ("Troops shelled the town and said they would continue.", "shelled", "asserted"),
])
def test_trailing_reports(nlp, text, word, fact):
    assert factuality.assess(_hit(nlp, text, word).tok)[0] == fact


def test_wire3_floors(nlp):
    # first look (written before this session's fixes, scored whole once): type 0.817,
    # all right 0.700, no-event 0.571, factuality 0.902; dev half 0.867 / 0.700 (no-event
    # 0.75), final half 0.767 / 0.700 (no-event 0.333). Dev half after the fixes: type 1.0,
    # all right 0.833, no-event 1.0, factuality 1.0. Final half, scored once after them:
    # type 0.833, all right 0.767, no-event 0.667, factuality 0.905 (whole set 0.917 / 0.800).
    dev = events_eval.score(nlp, path=events_eval.WIRE3, half=1)
    assert dev["type_accuracy"] >= 0.96 and dev["all_right"] >= 0.8
    assert dev["no_event_accuracy"] >= 0.99 and dev["factuality_accuracy"] >= 0.99
    final = events_eval.score(nlp, path=events_eval.WIRE3, half=0)
    assert final["type_accuracy"] >= 0.83 and final["all_right"] >= 0.76


def test_a_gathering_people_organised_is_a_protest(nlp):
    text = "A march organised by nurses in Osla was called off after the ministry banned it."
    hit = _hit(nlp, text, "march")
    assert hit.type == "PROTEST" and [a.text for a in hit.actors] == ["nurses"]
    assert factuality.assess(hit.tok)[0] == "negated"
    kept = events_eval.kept_events(nlp("A rally led by bank shares lifted the index."))
    assert not kept
