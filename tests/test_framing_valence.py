"""Strongly rated words of a general lexicon (framing_valence.py, VADER's word list) in
judging positions, and the same lexicon's words where they describe. Sentences written here."""
from __future__ import annotations

import functools

import pytest

from newsprism.analyze import framing_valence as fv
from newsprism.analyze import nlp
from newsprism.analyze.framing import find_framing


@functools.lru_cache(maxsize=1)
def _nlp():
    return nlp.load("en")


def _judged(text: str) -> list[str]:
    return [t.text for t in _nlp()(text) if fv.judged(t)]


def test_lexicon_is_read_from_the_installed_package():
    lex = fv.lexicon()
    assert len(lex) > 7000 and lex["gorgeous"] > 2 and lex["vile"] < -2


@pytest.mark.parametrize("text, word", [
    ("The gorgeous presenter arrived late to the awards.", "gorgeous"),       # attributive praise
    ("A petrifying new fungus has been found in three hospitals.", "petrifying"),
    ("The council's plan for the park is grim.", "grim"),                      # predicative
    ("Residents called the repairs depressingly slow.", "depressingly"),      # grading adverb
    ("The hostile takeover of our parks by developers must stop.", "hostile"),
])
def test_strong_words_in_judging_positions(text, word):
    assert word in _judged(text)


@pytest.mark.parametrize("text, word", [
    ("Thousands joined a peaceful march through the city centre.", "peaceful"),  # plain praise
    ("The ring holds a brilliant blue stone.", "brilliant"),                     # a colour's degree
    ("The club promised to pay the outstanding bonuses this week.", "outstanding"),
    ("Rats got in through a broken drain.", "broken"),                           # a state
    ("Grieving relatives gathered outside the court.", "Grieving"),              # people's feeling
    ("The two warring factions signed a truce.", "warring"),
    ("This is the worst flooding on record.", "worst"),                          # a measure
    ("The windows were badly damaged in the storm.", "badly"),
    ("Police asked people to report suspicious packages.", "suspicious"),
])
def test_describing_uses_are_left_plain(text, word):
    assert word not in _judged(text)


def test_framing_marks_a_rated_word_no_list_names():
    text = "The gorgeous presenter arrived late to the awards."
    spans = [(text[f.start:f.end], f.technique) for f in find_framing(_nlp()(text))]
    assert ("gorgeous", "loaded_language") in spans


def _epithets(text: str) -> list[str]:
    return [t.text for t in _nlp()(text) if fv.epithet(t)]


@pytest.mark.parametrize("text, word", [
    ("Sleepy officials have let the harbour rot.", "Sleepy"),
    ("The spineless senator changed his vote again.", "spineless"),
    ("These insufferable ministers lecture us about thrift.", "insufferable"),
    ("The smug tycoon bought a third yacht.", "smug"),               # a role of public life
])
def test_judging_adjectives_on_people(text, word):
    assert word in _epithets(text)


@pytest.mark.parametrize("text", [
    "The former prime minister met senior officials and local residents.",
    "Elderly patients and vulnerable children were moved first.",
    "The interim chief executive spoke to British and Chinese investors.",
    "A 31-year-old man and two unnamed teenagers were arrested.",
    "Retired teachers and unemployed workers joined the march.",
    "A tearful singer thanked her grateful fans.",                   # feelings are told
])
def test_describing_adjectives_on_people(text):
    assert _epithets(text) == []


@pytest.mark.parametrize("text, word, judged", [
    ("The presenter looked effortlessly chic at the gala.", "chic", True),
    ("On the radio the minister sounded shrill.", "shrill", True),
    ("The minister looked tired after the overnight talks.", "tired", False),
    ("The captain seemed unaware of the complaint.", "unaware", False),
    ("The coach looked happy with the result.", "happy", False),
])
def test_how_a_person_looks_as_a_verdict(text, word, judged):
    found = [t.text for t in _nlp()(text) if fv.appearance_verdict(t)]
    assert (word in found) is judged
