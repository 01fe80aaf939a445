"""Session 12's non-English quote fixes, each on sentences written for these tests (not taken
from the evaluation batches)."""
from __future__ import annotations

from tests.ml_probe import one


def test_medium_told_before_an_inverted_subject_with_a_particle_surname():
    t = "« Les lits manquent », a raconté à Nord-Littoral Hélène Le Bihan, aide-soignante à Calais."
    q = one(t, "fr", "Les lits manquent")
    assert q.speaker.name == "Hélène Le Bihan" and [v.name for v in q.via] == ["Nord-Littoral"]
    t = "« Rien n'a changé », a expliqué à Paris-Normandie Julien Morel, un riverain."
    q = one(t, "fr", "Rien n'a changé")
    assert q.speaker.name == "Julien Morel" and [v.name for v in q.via] == ["Paris-Normandie"]


def test_paper_named_with_a_capitalised_article_is_told_not_the_speaker():
    t = ("« Le pont sera rouvert lundi », a précisé à La Dépêche du Midi le directeur des routes, "
         "Marc Roussel.")
    q = one(t, "fr", "Le pont sera rouvert")
    assert q.speaker.name == "Marc Roussel" and [v.name for v in q.via] == ["La Dépêche du Midi"]


def test_article_of_a_two_word_place_is_no_place_in_a_name():
    t = "« Nous resterons », a déclaré Pierre Le Floch, maire de Brest."
    q = one(t, "fr", "Nous resterons")
    assert q.speaker.name == "Pierre Le Floch"
