"""Events on non-political pages: sport, market, science, culture and commerce senses of event
words are no events, while real events hidden in such copy are kept; floors the off-topic set.
Example sentences are written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _kept(nlp, text) -> list[str]:
    return events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text", [
    "Midfielder Tom Reyes threatened the goalkeeper with a curling free kick.",
    "The batsman struck twice in the final over to seal the win.",
    "The head coach blamed the referee for the late equaliser.",
    "Shares in the miner attacked a new high on Friday.",
    "The spacecraft captured images of the moon's southern pole.",
    "Critics accused the gallery of hanging the portraits too low.",
    "Investors welcomed the retailer's new dividend policy.",
    "The two clubs agreed a sponsorship extension worth four million euros.",
])
def test_game_market_science_and_taste_are_no_events(nlp, text):
    assert not _kept(nlp, text)


@pytest.mark.parametrize("text, type_", [
    ("Police clashed with supporters outside the arena after the cup final.", "ASSAULT"),
    ("The athletics federation will boycott the championships over the doping ban.",
     "PROTEST"),
    ("Footballers in the league went on strike over unpaid wages.", "PROTEST"),
    ("The interior minister accused the club's owners of funding the riots.", "ACCUSE"),
    ("Critics of the regime accused the government of rigging the vote.", "ACCUSE"),
])
def test_events_hidden_in_sport_and_business_copy_are_kept(nlp, text, type_):
    assert any(k.startswith(type_ + ":") for k in _kept(nlp, text)), _kept(nlp, text)


def test_offtopic_set_floor(nlp):
    # first look, before the domain senses: no-event 0.489, all right 0.583 (events 13/15);
    # after its fixes (the set was then a development set): no-event 1.0, all right 0.983
    # (events 14/15; the miss is tear gas, which the project codes COERCE, crowd control,
    # and the set ASSAULT)
    res = events_eval.score(nlp, path=events_eval.OFFTOPIC)
    assert res["no_event_accuracy"] >= 0.97
    assert res["all_right"] >= 0.96
    assert res["trigger_recall"] >= 0.93


@pytest.mark.parametrize("text, word, actor, target", [
    ("Canada imposed asset freezes on three generals.", "freezes", "Canada", "generals"),
    ("Britain imposed travel bans on five ministers.", "bans", "Britain", "ministers"),
    ("Tokyo tightened export controls on chipmaking tools bound for Marvia.", "controls",
     "Tokyo", None),
    ("The World Athletics Council suspended Marvia's national federation.", "suspended",
     "Council", "federation"),
])
def test_measures_against_a_state_are_sanctions(nlp, text, word, actor, target):
    c = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    assert c.type == "SANCTION"
    acts = [p for t in ev._expand(c.actors, (c.tok, *c.targets)) for p in ev.phrases(t)]
    tgts = [p for t in ev._expand(c.targets, (c.tok, *c.actors)) for p in ev.phrases(t)]
    assert any(actor in p for p in acts), acts
    assert target is None or any(target in p for p in tgts), tgts


@pytest.mark.parametrize("text", [
    "The bakery announced a price freeze on bread until the summer.",
    "Police imposed a ban on fireworks in the old town.",
])
def test_a_price_freeze_or_local_ban_is_no_sanction(nlp, text):
    assert not any(c.type == "SANCTION" for c in ev.find_candidates(nlp(text)))


def _phrases(c) -> tuple[list[str], list[str]]:
    acts = [p for t in ev._expand(c.actors, (c.tok, *c.targets)) for p in ev.phrases(t)]
    tgts = [p for t in ev._expand(c.targets, (c.tok, *c.actors)) for p in ev.phrases(t)]
    return acts, tgts


@pytest.mark.parametrize("text", [
    "Truce Agreed Between Osland And Tessaly\n\nThe truce took effect at midnight.",
    "A truce was agreed between Osland and Tessaly on Monday.",
])
def test_an_agreement_made_between_two_parties(nlp, text):
    c = next(c for c in ev.find_candidates(nlp(text)) if c.tok.lower_ == "agreed")
    acts, tgts = _phrases(c)
    assert c.type == "AGREE"
    assert any("Osland" in p for p in acts) and any("Tessaly" in p for p in tgts), (acts, tgts)
    assert not any("truce" in p.lower() for p in acts + tgts)


def test_a_second_measure_shares_the_imposing_verb(nlp):
    doc = nlp("Canada imposed asset freezes and visa bans on nine judges.")
    bans = next(c for c in ev.find_candidates(doc) if c.tok.text == "bans")
    assert bans.type == "SANCTION" and any("Canada" in p for p in _phrases(bans)[0])


@pytest.mark.parametrize("text", [
    "A 52-year-old woman was fined 300 pounds for parking on a bus lane.",
    "The district council approved plans for a new library on Mill Road.",
    "Shareholders voted down the pay package at the company's annual meeting.",
])
def test_petty_fines_local_plans_and_shareholder_meetings_are_no_events(nlp, text):
    assert not _kept(nlp, text)


@pytest.mark.parametrize("text", [
    "Two opposition activists were fined for joining an unauthorised rally.",
    "The editor was fined for insulting the president.",
    "Lebanon's cabinet approved the plan with Cyprus to share the gas field.",
])
def test_fines_on_dissent_and_plans_with_another_state_stay(nlp, text):
    assert _kept(nlp, text)


def test_offtopic_heldout_floor(nlp):
    # written after the domain fixes and scored once, never tuned on: no-event 12/18 (0.667),
    # events 6/6 found, 5/6 typed, all right 0.667; before this session's changes the same
    # rows gave no-event 0.611, all right 0.625. Session 5 fixed its misses (no longer held
    # out): no-event 1.0, type 1.0, all right 0.917
    res = events_eval.score(nlp, path=events_eval.OFFTOPIC_HELDOUT)
    assert res["no_event_accuracy"] >= 0.99
    assert res["all_right"] >= 0.9
