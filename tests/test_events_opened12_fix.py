"""Events: the general causes behind the twelfth sealed set's misses (session 15, once it was
opened): quantifier heads read through 'of' ('released none of the protesters'), 'sanction'
of a use or an act as approval, a warning of what the warner's side would do 'if' the warned
party acts, debt relief as aid, a shared activity told by 'joint' + gerund between states.
Sentences written for these tests, none taken from the set."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _kept(nlp, text):
    return events_eval.kept_events(nlp(text))


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


@pytest.mark.parametrize("text,word", [
    ("The rebels released half of the 30 hostages they seized in June, a mediator said.",
     "released"),
    ("The junta has freed each of the twelve journalists held since the coup.", "freed"),
])
def test_captives_behind_a_quantifier(nlp, text, word):
    assert _hit(nlp, text, word).type == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The boxing board sanctioned the fight for June at the Cardiff arena.",
    "The rugby union sanctioned the introduction of a shot clock for kicks at goal.",
])
def test_sanctioning_an_act_approves_it(nlp, text):
    assert not any(k.startswith("SANCTION") for k in _kept(nlp, text))


def test_sanctioning_people_stays_a_penalty(nlp):
    c = _hit(nlp, "The European Union sanctioned three Iranian officials on Monday.",
             "sanctioned")
    assert c.type == "SANCTION"


def test_warning_of_the_warners_own_act_if(nlp):
    text = ("Turkey warned Greece on Friday that its navy would escort the survey ship if "
            "Athens sent warships to the area.")
    assert _hit(nlp, text, "warned").type == "THREATEN"


@pytest.mark.parametrize("text", [
    "Forecasters warned that rivers would burst their banks if the rain continued.",
    "The coach warned his players that they would lose their places if they kept fouling.",
])
def test_warning_with_no_party_or_no_own_act(nlp, text):
    assert not any(k == "THREATEN:warned" for k in _kept(nlp, text))


@pytest.mark.parametrize("text,word", [
    ("Japan wrote off $300 million of Myanmar's debts last year.", "wrote"),
    ("Germany has forgiven Zambia's debt after years of talks.", "forgiven"),
])
def test_debt_relief_is_aid(nlp, text, word):
    assert _hit(nlp, text, word).type == "AID"


def test_cancelling_a_summit_is_no_aid(nlp):
    assert not any(k.startswith("AID") for k in _kept(
        nlp, "The ministry cancelled the summit because of the storm."))


def test_joint_gerund_between_states(nlp):
    c = _hit(nlp, "Ghana and Togo began joint patrolling of the lagoon on Monday.",
             "patrolling")
    acts, tgts = events_eval.arg_phrases(c)
    assert c.type == "COOPERATE" and acts == ["Ghana"] and tgts == ["Togo"]


def test_joint_gerund_of_firms_is_none(nlp):
    assert not _kept(nlp, "Two brewers launched joint marketing of the new lager in May.")


@pytest.mark.parametrize("text", [
    "Porto beat Braga 2-0 in the derby on Sunday, while Braga's attack rarely threatened "
    "Diogo Costa.",
    "Napoli's attack finally broke through the Torino defence in the 74th minute.",
])
def test_team_named_by_a_place_plays(nlp, text):
    assert not any(k.split(":")[0] in ("ASSAULT", "THREATEN") for k in _kept(nlp, text))


def test_army_beside_a_match_stays_political(nlp):
    text = ("The army attacked rebel positions near Goma on Sunday, hours before the cup final "
            "in Kinshasa.")
    assert any(k == "ASSAULT:attacked" for k in _kept(nlp, text))


@pytest.mark.parametrize("text,word,target", [
    ("Dozens of students threw eggs at the ministry building on Monday, chanting slogans.",
     "threw", "the ministry building"),
    ("The British embassy in Tirana was pelted with tomatoes by protesters on Friday.",
     "pelted", "The British embassy"),
])
def test_eggs_and_paint_thrown_in_protest(nlp, text, word, target):
    c = _hit(nlp, text, word)
    assert c.type == "PROTEST" and target in events_eval.arg_phrases(c)[1]


@pytest.mark.parametrize("text", [
    "The chef threw eggs into the bowl and whisked them.",
    "The artist sprayed paint on the canvas with a garden hose.",
    "Children threw eggs at passing cars on Halloween.",
])
def test_eggs_and_paint_with_no_protest(nlp, text):
    assert not any(k.startswith("PROTEST") for k in _kept(nlp, text))


def test_member_suspended_from_a_blocs_bodies(nlp):
    c = _hit(nlp, "The African Union suspended Niger from all its activities after the coup and "
             "froze its voting rights.", "suspended")
    assert c.type == "SANCTION" and "Niger" in events_eval.arg_phrases(c)[1]


def test_pupils_suspended_from_classes_are_no_sanction(nlp):
    assert not _kept(nlp, "The school suspended two pupils from classes for a week.")


def test_a_weather_front_is_no_doer(nlp):
    assert not _kept(nlp, "A warm front will invade the southern valleys on Friday, "
                          "bringing rain to the coast.")
    assert "ASSAULT:attacked" in _kept(
        nlp, "The Polisario Front attacked Moroccan positions near the berm.")


@pytest.mark.parametrize("text,word", [
    ("Forty lorries loaded with flour arrived in Khartoum on Monday, the WFP said.", "arrived"),
    ("A convoy carrying tents and blankets reached the flooded district of Swat.", "reached"),
])
def test_relief_getting_through_is_aid(nlp, text, word):
    assert _hit(nlp, text, word).type == "AID"


@pytest.mark.parametrize("text", [
    "Trucks carrying cement entered the city at dawn.",
    "The ship reached port after a storm.",
])
def test_carriers_of_other_goods_bring_no_aid(nlp, text):
    assert not _kept(nlp, text)


def test_credentials_received_from_envoys(nlp):
    c = _hit(nlp, "The emir received the credentials of four new ambassadors on Sunday.",
             "received")
    assert c.type == "CONSULT"
    assert not _kept(nlp, "The bank received the credentials of the new app in an email.")


def test_hours_of_an_activity_before_another_are_its_backdrop(nlp):
    assert not _kept(nlp, "The verdict followed nine hours of closed deliberations and "
                          "consultations between the judges.")
    # the activity itself, told with its doers, stays
    assert any(k.startswith("CONSULT") for k in _kept(
        nlp, "Iran and Oman held three days of consultations in Muscat."))


def test_warned_of_a_penalty_in_the_passive_if(nlp):
    text = ("Regulators warned the mining company that its permit would be revoked if it "
            "failed to clean up the river by June.")
    assert "THREATEN:warned" in _kept(nlp, text)


@pytest.mark.parametrize("text", [
    "The company warned investors that it would miss its targets if demand fell further.",
    "The doctor warned the patient that he would need surgery if the pain continued.",
])
def test_forecasts_warned_are_no_threat(nlp, text):
    assert "THREATEN:warned" not in _kept(nlp, text)


def test_what_a_dish_attacks_with_is_its_means(nlp):
    assert not _kept(nlp, "The bistro's tasting menu attacks the palate with charred chilli, "
                          "pickled ginger and a salted caramel.")
    assert any(k.startswith("ASSAULT") for k in _kept(
        nlp, "Militants attacked the convoy with rockets near Kandahar."))


@pytest.mark.parametrize("text,kept", [
    ("The airline's chairman resigned on Friday after the crash.", False),
    ("The insurer's chief executive stepped down after twelve years.", False),
    ("The Federal Reserve chairman resigned on Friday.", True),
    ("The electoral commission's chairman resigned after weeks of protests.", True),
])
def test_a_firms_officer_resigning_concedes_nothing(nlp, text, kept):
    assert any(k.startswith("CONCEDE") for k in _kept(nlp, text)) == kept
