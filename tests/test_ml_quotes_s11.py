"""Session 11's non-English quote fixes, each on sentences written for these tests (not taken
from the evaluation batches): media told in the dative after a verb of telling, ..."""
from __future__ import annotations

from tests.ml_probe import one


def test_medium_told_in_the_dative_after_the_teller():
    t = "«Non lascerò la squadra», ha dichiarato Bruno Ferri alla Gazzetta di Parma dopo l'allenamento."
    q = one(t, "it", "Non lascerò la squadra")
    assert q.speaker.name == "Bruno Ferri" and [v.name for v in q.via] == ["Gazzetta di Parma"]
    t = "El consejero, Tomás Ibarra, declaró a Onda Regional que las obras «empezarán en marzo»."
    q = one(t, "es", "empezarán en marzo")
    assert [v.name for v in q.via] == ["Onda Regional"]


def test_interview_word_before_the_dative_names_a_medium():
    t = ("«Serve un piano per le frane», ha detto il geologo Marco Sala, in un'intervista "
         "al Piccolo di Trieste.")
    q = one(t, "it", "Serve un piano")
    assert [v.name for v in q.via] == ["Piccolo di Trieste"]


def test_people_and_assemblies_told_are_no_media():
    t = "«Il bilancio è in ordine», ha detto il sindaco Paolo Neri alla Camera di commercio."
    q = one(t, "it", "Il bilancio è in ordine")
    assert q.via == ()
    t = "«No habrá recortes», dijo el ministro a Pedro Salinas en el pasillo."
    q = one(t, "es", "No habrá recortes")
    assert q.via == ()
