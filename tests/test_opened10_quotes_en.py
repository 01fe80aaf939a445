"""Session 13, opened tenth English quote set (issue 3): general fixes found on it, each tested on
sentences written for this file (invented people, places and outlets)."""
from __future__ import annotations

import datetime as dt

from newsprism.analyze import vias as V
from newsprism.records import Article
from test_via_scope_s13 import vias
from test_quotes_s10 import pipe  # noqa: F401  (the shared fixture)


def test_a_station_named_by_its_band_is_a_medium():
    assert V.is_medium("Breeze 94 FM")
    assert V.is_medium("Coastline 101.7 FM")
    assert not V.is_medium("Harbour Road")


def test_a_paper_named_by_its_masthead_noun_is_a_medium_an_office_is_not():
    assert V.is_medium("the Norvik Gleaner")
    assert V.is_medium("the Port Elda Herald")
    assert not V.is_medium("the Permanent Observer")
    assert not V.is_medium("UN Observer")
    assert not V.is_medium("Herald")


def test_speaking_on_a_band_station_gives_its_via(pipe):
    text = ("The ferry operator's manager, Silas Wend, defended the fares. Speaking on Breeze 94 "
            "FM, Wend said: \"Fuel has doubled since spring. We cannot sail at a loss.\"")
    assert vias(pipe, text, "Fuel has doubled") == ["Breeze 94 FM"]


def test_told_a_masthead_paper_gives_its_via(pipe):
    text = ("Her brother, Tomas Ekker, a welder in Lund, told the Norvik Gleaner the shipyard had "
            "\"never once asked the crews.\"")
    assert vias(pipe, text, "never once asked") == ["Norvik Gleaner"]


def test_a_relative_sharing_a_surname_is_a_person_of_their_own(pipe):
    text = ("Marisol Tennant said she left Port Elda in 2015.\n\n"
            "Brennan Tennant, a retired harbour pilot, was less hopeful. \"They promised the same "
            "in 2018,\" he said.")
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    q = next(q for q in a.quotes if "promised the same" in a.text[q.start:q.end])
    assert q.speaker.name == "Brennan Tennant"


def test_a_fronted_quoting_gives_the_quoted_one_as_speaker_and_the_medium_as_via(pipe):
    text = ("Quoting a harbour board engineer, the Norvik Gleaner said the pier had \"moved two "
            "centimetres in a week.\"")
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    q = next(q for q in a.quotes if "moved two" in a.text[q.start:q.end])
    assert "engineer" in q.speaker.name
    assert [v.name for v in q.via] == ["Norvik Gleaner"]


def test_speaking_on_a_stations_programme_gives_the_station_whole(pipe):
    text = ("Speaking on Norvik Radio 2's evening programme, the historian Ada Voss said that "
            "collectors \"should ask where every piece came from.\"")
    assert vias(pipe, text, "should ask where") == ["Norvik Radio 2"]


def test_an_honorifics_word_opening_a_places_name_stays_in_it(pipe):
    text = ("The Sri Lankan consulate in Hong Kong said in a statement that it \"welcomes "
            "information from any collector.\"")
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    names = [e.name for e in a.entities]
    assert "Lankan" not in names and "Sri Lanka" in names


def test_a_press_release_is_a_document_not_a_medium(pipe):
    assert not V.is_medium("a press release")
    assert not V.is_medium("a press statement")
    assert V.is_medium("a Facebook statement")
    text = ("Tallow Mining said in a press release that it \"will open every record to the "
            "inspectors.\"")
    assert vias(pipe, text, "open every record") == []
