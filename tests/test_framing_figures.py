"""Framing figures (framing_figures.py): water, war and sport metaphor told from literal use by
what they apply to, slot idioms, 'admitted' for a harmless statement, and the span policy's
bounds. Each figure is paired with the same word used literally. Sentences are written here."""
from __future__ import annotations

import pytest

from newsprism.analyze import framing as fr


def _judged(nlp, text):
    """Every non-event span's text (the framing stage alone: no quotes, no events)."""
    doc = nlp(text)
    return [text[f.start:f.end] for f in fr.find_framing(doc, "en", (), ())
            if f.technique != "event_word"]


@pytest.mark.parametrize("text, span", [
    ("A swelling tide of newcomers is swamping the town's clinics, residents complain.",
     "swamping"),
    ("Thousands of migrants are pouring across the southern frontier every week.", "pouring"),
    ("Columnists warned of an invasion of asylum seekers along the coast.", "invasion"),
])
def test_water_and_war_words_said_of_migrants_are_figures(nlp, text, span):
    assert span in _judged(nlp, text)


@pytest.mark.parametrize("text", [
    "Supporters poured into the square after the result was announced.",
    "Heavy rain poured through the damaged roof of the library.",
    "Refugees streamed across the border after the shelling began.",
    "The invasion of Sicily began in July 1943.",
    "An army of volunteers cleaned the beach after the spill.",
    "Meltwater swamped the valley floor in early spring.",
])
def test_the_same_words_said_literally_stay_plain(nlp, text):
    assert _judged(nlp, text) == []


def test_war_waged_by_civilians_is_a_figure_and_by_troops_literal(nlp):
    assert "waged war" in _judged(nlp, "Striking cabbies waged war on the ride-hailing firms.")
    assert _judged(nlp, "Government troops laid siege to the port town for a month.") == []
    assert _judged(nlp, "The two countries waged war over the border region in 1962.") == []


def test_a_war_on_a_group_of_people_is_one_span_and_policy_wars_are_plain(nlp):
    assert "war on pensioners" in _judged(
        nlp, "Critics called the cuts a war on pensioners in the run-up to the vote.")
    assert _judged(nlp, "The war on drugs has filled the country's prisons.") == []


def test_sports_idioms_judge_politics_but_not_a_match(nlp):
    judged = _judged(nlp, "The mayor's U-turn was a humiliating own goal for his party.")
    assert "humiliating own goal" in judged
    assert _judged(nlp, "The striker's own goal in the final minute cost the team the match.") \
        == []


def test_slot_idioms_cover_the_verb_and_the_tail(nlp):
    text = "Ministers threw the junior staff under the bus to save themselves."
    assert "threw the junior staff under the bus" in _judged(nlp, text)


def test_admitted_colours_a_harmless_statement_only(nlp):
    assert "admitted" in _judged(
        nlp, "The mayor admitted on Friday that the new library would open in June.")
    assert _judged(nlp, "The firm admitted that it had misled investors about its losses.") \
        == []
    assert _judged(nlp, "Four people were admitted to hospital with burns.") == []


def test_dressed_up_as_a_virtue_is_a_figure_and_a_costume_is_not(nlp):
    assert "dressed up" in _judged(nlp, "It is a cut in services dressed up as reform.")
    assert _judged(nlp, "Pupils dressed up as characters from their favourite books.") == []


def test_a_verb_span_keeps_its_particle(nlp):
    assert "caved in" in _judged(nlp, "The premier caved in to the donors within a week.")


def test_a_label_takes_the_crowd_word_around_it(nlp):
    assert "gang of traitors" in _judged(nlp, "He leads a gang of traitors, the colonel said.")
    assert "Fascist gangs" in _judged(nlp, "Fascist gangs roamed the streets, the minister said.")


def test_killing_said_of_an_idea_or_done_with_paperwork_is_a_figure(nlp):
    assert "strangling" in _judged(nlp, "The new code is strangling free speech online.")
    assert "throttling" in _judged(
        nlp, "Officials are throttling small farms with red tape, growers say.")
    assert _judged(nlp, "The man was charged with strangling his neighbour in 2019.") == []
    assert _judged(nlp, "Heavy snow crippled the rail network on Monday.") == []


def test_an_illness_cast_as_an_enemy_and_a_predators_grip(nlp):
    assert "battling" in _judged(nlp, "Plucky Sam, nine, is battling leukaemia at home.")
    assert _judged(nlp, "Doctors are fighting an outbreak of cholera in the camp.") == []
    assert "clutches" in _judged(nlp, "The town was freed from the clutches of the cartel.")
    assert _judged(nlp, "The jaws of the shark measured nearly a metre.") == []


def test_migrant_gangs_flooding_is_a_figure(nlp):
    assert "flooding" in _judged(nlp, "Migrant gangs are flooding the coastal towns.")


def test_fixed_idioms_and_their_literal_neighbours(nlp):
    assert "holding the city to ransom" in _judged(
        nlp, "Striking drivers are holding the city to ransom, the mayor's critics say.")
    assert _judged(nlp, "Pirates held the crew for ransom for six weeks.") == []
    assert "Wave after wave" in _judged(nlp, "Wave after wave of lawsuits has buried the firm.")
    assert _judged(nlp, "Wave after wave crashed over the sea wall on Sunday night.") == []


def test_a_defeat_verb_beside_a_scoreline_reports_a_result(nlp):
    assert _judged(nlp, "The visitors crushed the champions 5-1 on Saturday.") == []


def test_speech_told_with_a_sneer_but_not_a_place_that_boasts(nlp):
    assert "boasted" in _judged(nlp, "The minister boasted that the trains now ran on time.")
    assert "moaned" in _judged(nlp, "Bankers moaned about the new levy at the dinner.")
    assert _judged(nlp, "The old town boasts two cathedrals and a Roman bridge.") == []
    assert _judged(nlp, "The minister said that the trains now ran on time.") == []


def test_a_ticking_time_bomb_is_a_figure_only_when_nothing_explodes(nlp):
    # one listing, in framing_idioms with its literal guard: the word list once flagged the
    # defused device too
    assert "ticking time bomb" in _judged(
        nlp, "Critics call the pension deficit a ticking time bomb for the next government.")
    assert _judged(nlp, "Army engineers defused a ticking time bomb left outside the depot.") == []
