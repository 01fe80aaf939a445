"""Events on unseen copy (session 15, wire29): a gathering of protesters, a pledge of aid
told by its noun, talks behind 'a round of', and the sense checks that keep figures and
play out (a siege by weather, a league's sanctions on its clubs, a speech 'an attack on'
a thing); sentences written here, in invented countries where a state is named.
"""
from __future__ import annotations

import pytest

import events_eval
from events_eval import arg_phrases as _args, candidate as _hit


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Protesters gathered outside the Marvian embassy after the junta expelled its envoy.",
     "gathered", "PROTEST", "Protesters", None),
    ("Thousands of demonstrators massed in the main square of Rendo on Sunday.", "massed",
     "PROTEST", "demonstrators", None),
    ("Osland's pledge of $12 million in drought aid to Tessaly was announced on Monday.",
     "pledge", "AID", "Osland", "Tessaly"),
    ("Marvia offered to host a second round of talks between the junta and the rebels.",
     "offered", "SUPPORT", "Marvia", None),
    ("Osland's offer of emergency loans to Tessaly came after weeks of talks.", "offer", "AID",
     "Osland", "Tessaly"),
])
def test_triggers_and_arguments(nlp, text, word, type_, actor, target):
    hit = _hit(nlp, text, word)
    acts, tgts = _args(hit)
    assert hit.type == type_, hit.type
    assert any(actor.lower() in p.lower() for p in acts), acts
    if target:
        assert any(target.lower() in p.lower() for p in tgts), tgts


def test_pledged_aid_is_one_event(nlp):
    """The aid a pledge is of is the pledge's event, not a second one."""
    kept = events_eval.kept_events(nlp(
        "Osland's pledge of $12 million in drought aid to Tessaly was announced on Monday."))
    assert kept == ["AID:pledge"], kept


@pytest.mark.parametrize("text", [
    "Fans gathered outside the stadium before the final.",
    "Police gathered evidence at the scene of the crash.",
    "A week-long siege by snowstorms cut off the mountain villages.",
    "The storm laid siege to the islands for three days.",
    "The league imposed financial sanctions on two clubs that broke its spending rules.",
    "The federation imposed sanctions on three players for doping offences.",
    "The minister's speech was an attack on common sense, one columnist wrote.",
    "The government launched a battle against corruption in the ports.",
    "The fight against inflation will take years, the central bank said.",
])
def test_no_event(nlp, text):
    assert events_eval.kept_events(nlp(text)) == [], events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text", ["The president's promise of reform drew praise.",
                                  "Osland's offer of talks was turned down."])
def test_a_promise_of_no_gift_is_no_aid(nlp, text):
    kept = events_eval.kept_events(nlp(text))
    assert not any(k.startswith("AID") for k in kept), kept


@pytest.mark.parametrize("text, trigger", [
    ("The Arab League imposed sanctions on Marvia over the massacre.", "SANCTION:sanctions"),
    ("The shelling was an attack on civilians, the monitors said.", "ASSAULT:attack"),
    ("Militants laid siege to the town of Rendo.", "COERCE:siege"),
    ("A siege by rebel fighters left Rendo without food.", "COERCE:siege"),
])
def test_political_uses_stay(nlp, text, trigger):
    assert trigger in events_eval.kept_events(nlp(text)), events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, trigger", [
    ("Police won the battle against the drug cartels in Rendo.", "ASSAULT:battle"),
    ("The army launched a battle for the town of Rendo.", "ASSAULT:battle"),
])
def test_real_battles_stay(nlp, text, trigger):
    assert trigger in events_eval.kept_events(nlp(text)), events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, kept", [
    ("Osland struck an oil depot in Tessaly's border region with drones.", ["ASSAULT:struck"]),
    ("The company struck oil off the coast of Rendo.", []),
])
def test_sites_struck(nlp, text, kept):
    """A site a strike hits keeps its modifier's other sense out ('an oil depot')."""
    assert events_eval.kept_events(nlp(text)) == kept, events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text", [
    "Measles is spreading through the camps, threatening thousands of children.",
    "The football association banned the player for ten matches for racist abuse.",
    "The film depicts the siege of Rendo.",
    "The novel's hero wages war on a corrupt police force.",
    "Critics attacked the director's latest film as self-indulgent.",
])
def test_disease_sport_and_works_are_no_event(nlp, text):
    assert events_eval.kept_events(nlp(text)) == [], events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, trigger", [
    ("Satellite images show a build-up of Marvian tanks near the border.", "MOBILIZE:up"),
    ("The film's director accused the ministry of censorship.", "ACCUSE:accused"),
    ("UEFA banned Marvian clubs from its competitions after the invasion.", "SANCTION:banned"),
    ("Police banned the play from being staged in Rendo.", "COERCE:banned"),
])
def test_evidence_and_real_people_stay(nlp, text, trigger):
    assert trigger in events_eval.kept_events(nlp(text)), events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, kept", [
    ("Osland's suspension of arms exports to Marvia took effect on Monday.",
     ["SANCTION:suspension"]),
    ("The closure of the border crossing left thousands of lorries stranded.",
     ["SANCTION:closure"]),
    ("The blocking of roads by farmers caused chaos in Rendo.", ["PROTEST:blocking"]),
    ("The closure of the factory left 300 people without work.", []),
    ("The approval of the loan by the bank's board was delayed.", []),
])
def test_nouns_made_from_verbs_with_objects(nlp, text, kept):
    """A noun made from a trigger verb by -sion, -ure, -al or -ing names its act when its
    'of' names an object the verb's sense needs ('closed the border crossing')."""
    assert events_eval.kept_events(nlp(text)) == kept, events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, kept", [
    ("The Marvian supply boat was blocked by Osland coast guard ships near the reef.",
     ["COERCE:blocked"]),
    ("Protesters blocked aid convoys heading for Rendo.", ["PROTEST:blocked"]),
    ("A fallen tree blocked the ferry's path.", []),
])
def test_craft_blocked(nlp, text, kept):
    """Craft or convoys a force stops are coerced; people stopping them protest."""
    assert events_eval.kept_events(nlp(text)) == kept, events_eval.kept_events(nlp(text))


def test_a_count_of_acts_in_political_copy_is_no_event(nlp):
    """A year's count of acts is a statistic even where a party reports it."""
    text = "Attacks on aid workers in Rendo rose by a third last year, the UN said."
    assert events_eval.kept_events(nlp(text)) == [], events_eval.kept_events(nlp(text))


@pytest.mark.parametrize("text, kept", [
    ("Osland launched a charm offensive in the Western Balkans.", []),
    ("The president declared war on red tape.", []),
    ("Her campaign targeted young voters in the suburbs.", []),
    ("The speaker shot down the proposal within minutes.", ["REJECT:shot"]),
    ("Marvian forces launched a new offensive on Rendo.", ["ASSAULT:offensive"]),
    ("The rebels shot down a government helicopter.", ["ASSAULT:shot"]),
    ("The militia targeted civilians in the market.", ["ASSAULT:targeted"]),
    ("Marvia declared war on Osland.", ["ASSAULT:war"]),
])
def test_political_figures_of_war(nlp, text, kept):
    """Charm offensives, wars on red tape, voters targeted and proposals shot down are
    figures; the same words with forces and people hit stay attacks."""
    assert events_eval.kept_events(nlp(text)) == kept, events_eval.kept_events(nlp(text))
