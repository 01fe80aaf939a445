"""Wording no list names (framing_unlisted.py): each figure found in opinion or tabloid
copy, and the same words in their literal or wire sense left plain. Sentences written here."""
from __future__ import annotations

import functools

import pytest

from newsprism.analyze import framing_unlisted as fu
from newsprism.analyze import nlp


@functools.lru_cache(maxsize=1)
def _nlp():
    return nlp.load("en")


def _found(text: str) -> list[str]:
    doc = _nlp()(text)
    out = []
    for tok in doc:
        span = fu.token_span(tok, tok.lower_, tok.lemma_.lower())
        if span:
            out.append(text[span[0]:span[1]])
    return out


@pytest.mark.parametrize("text, span", [
    # headline capitals on a listed or derived judgement
    ("Livid Madrid hits back at Lisbon over water deal.", "Livid"),
    ("Gleeful Tories toast the by-election win.", "Gleeful"),
    # heat on a quarrel
    ("The two leaders had a stormy exchange over tariffs.", "stormy"),
    ("A bruising clash in the chamber left the speaker hoarse.", "bruising"),
    # stumbling motion said of a plan
    ("The peace process staggered on for another year.", "staggered on"),
    ("Ministers defended the lurching reform of the benefits system.", "lurching"),
    # disease of an institution or a vice
    ("A gangrene of cronyism has spread through city hall.", "gangrene"),
    ("Critics say there is rot in the party's leadership.", "rot"),
    # a crowd's mood told by the writer
    ("Ecstatic supporters poured into the square after the result.", "Ecstatic"),
    ("Incandescent farmers blocked the motorway.", "Incandescent"),
    ("Residents were livid about the new bin rules.", "livid"),
    # judging morphology
    ("The tactless remark on tuition fees angered students.", "tactless"),
    ("An unprincipled minister changed sides again.", "unprincipled"),
    ("His boastful memoir sold poorly.", "boastful"),
    ("The unstatesmanlike reply surprised diplomats.", "unstatesmanlike"),
    # war scenes made of a town's trouble, wrecked ideas, rises told as blasts
    ("After the fourth burglary this month the estate feels like a war zone.", "war zone"),
    ("Pub landlords say the high street is under siege from chain stores.", "under siege"),
    ("Backbenchers eviscerated the housing strategy.", "eviscerated"),
    ("The new coach tore up the rulebook in his first week.", "tore up"),
    ("Insurers report an explosion in fraud claims.", "explosion"),
    ("Heat on speech: the envoy's incendiary remarks were condemned.", "incendiary"),
    # praise of the state's deeds, sackings named as a process
    ("The heroic miners scored a resplendent victory over the quota.", "resplendent"),
    ("The bank confirmed a headcount reduction across its branches.", "headcount reduction"),
    # a germ or a danger cast as a hunter
    ("Experts say a drug-resistant superbug is prowling care homes.", "prowling"),
    ("Norovirus is ripping through the county's schools.", "ripping through"),
    # written after the held-out -p batch was scored: staff tuned like a machine, disorder
    # as what a party caused, a scolding lecture, pests that 'who' makes people, infection
    # of a place, a virtue's lack after a '-ful' word
    ("The airline plans to rationalise its workforce next year.", "rationalise its workforce"),
    ("The walkout wreaked havoc across the network.", "havoc"),
    ("The envoy lectured local farmers on water use.", "lectured"),
    ("Vermin who prey on pensioners were jailed.", "Vermin"),
    ("Cynicism is infecting every corner of the council.", "infecting"),
    ("The ungrateful squad refused to meet the fans.", "ungrateful"),
    # written after the -q batch was scored: laundering compounds, a mocking verb's
    # participle fixed on a person, the staff named after the process
    ("Critics accuse the Gulf state of sportswashing its record.", "sportswashing"),
    ("The smirking ministers posed for photographers.", "smirking"),
    ("Bosses announced a rationalisation of staff at the depot.", "a rationalisation of staff"),
])
def test_unlisted_wording_is_found(text, span):
    assert span in _found(text)


@pytest.mark.parametrize("text", [
    "Savage said the council would meet again on Monday.",
    "Police said the man limped away from the crash.",
    "The ferry limped into port with one engine.",
    "Shares stumbled after the results were published.",
    "The clinic treats cancer of the bowel and the liver.",
    "Dry rot in the timber forced the church to close.",
    "A fiery sunset closed the festival.",
    "The homeless shelter opened in November.",
    "The bonds became worthless when the lender collapsed.",
    "The court ruled that the tax was unconstitutional.",
    "Angry residents met the council on Tuesday.",
    "Cheering crowds lined the route of the parade.",
    "The plague killed a third of the town in 1665.",
    "The city has been under siege by rebel forces for three months.",
    "The clerk shredded the documents before the audit.",
    "Protesters tore down the fence around the site.",
    "An explosion in the factory injured two workers.",
    "The incendiary device was found under a car.",
    "A brilliant sunset ended the festival.",
    "The government announced a tax reduction for small firms.",
    "A man stalked his former partner for months, the court heard.",
    "The fire swept through the warehouse before dawn.",
    "The virus spread through the ward within a week.",
    "The professor's lecture to students was moved online.",
    "The virus infected 200 people in the first month.",
    "Malware infected thousands of computers in the hospital.",
    "Traffic chaos hit the ring road after a lorry overturned.",
    "A reduction in tax was announced for small firms.",
    "The car wash on the high street closed in May.",
])
def test_literal_senses_stay_plain(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, span", [
    ("The carmaker let 300 workers go last week.", "let 300 workers go"),
    ("About 400 employees were let go on Friday.", "let go"),
    ("The insurer is parting ways with 250 colleagues in its call centres.", "parting ways"),
    ("The club has parted company with its manager after five defeats.", "parted company"),
])
def test_a_sacking_told_as_a_leave_taking(text, span):
    assert span in _found(text)


@pytest.mark.parametrize("text", [
    "Police let the man go without charge.",
    "The crowd parted to let the ambulance through.",
    "The two sides parted ways with no deal after a night of talks.",
])
def test_plain_letting_go_and_parting(text):
    assert _found(text) == []
