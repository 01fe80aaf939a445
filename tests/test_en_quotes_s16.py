"""Session 16 (issue 3), English quote vias: a programme and the broadcaster it airs on are
one via; a definite medium noun after 'said' with no preposition is the reported clause's
subject, no relay. Sentences written for this file."""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def covered(pipe, text, needle):
    """The words each via of the quote holding needle covers in the text."""
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    q = next(q for q in a.quotes if needle in a.text[q.start:q.end])
    return [a.text[v.start:v.end] for v in q.via]


def test_programme_named_with_its_broadcaster_is_one_via(pipe):
    # via_programme.one_programme: 'the X programme Y' and 'the Y on Radio Z'
    text = ("Lorry drivers blocked the ring road for a third day on Friday.\n\n"
            "The hauliers' association said on its website that talks had \"broken down\". "
            "The chair of its northern branch, Dana Pryce, told the Valley Radio programme Drive Time "
            "that members were \"angry, not reckless\".")
    speaker, via = quote(pipe, text, "angry, not reckless")
    assert speaker == "Dana Pryce" and via == ["Drive Time"]
    text = ("The goalkeeper was cleared of misconduct on Tuesday.\n\n"
            "Oyelaran told the Sports Desk on Radio Carrow that he had \"never touched the "
            "referee\".")
    speaker, via = quote(pipe, text, "never touched the referee")
    assert via == ["Sports Desk"]


def test_two_media_not_next_to_each_other_stay_two(pipe):
    # a wire citing a broadcaster: two hops, untouched by the programme rule
    text = ("Pello Aranburu told the state broadcaster ETB, which was quoted by AFP, that the "
            "dam was \"never designed for this much rain\".")
    _, via = quote(pipe, text, "never designed for this much rain")
    assert len(via) == 2


def test_said_the_broadcaster_is_no_relay(pipe):
    # via_before._DEFINITE: 'said the broadcaster would ...' names no medium the words went to
    text = ("The union's organiser, Teresa Vance, told the Morning Ledger that 40 posts had "
            "been saved.\n\n"
            "Director general Paul Innes said the broadcaster would reopen its northern "
            "studio by June.")
    speaker, via = quote(pipe, text, "reopen its northern studio")
    assert speaker == "Paul Innes" and via == []
    # a verb with its preposition still takes the medium up
    text = ("Kofi Mensah told Radio Sunyani on Monday that the road was \"a death trap\".\n\n"
            "\"We have buried four people this year,\" Mensah said on the station's morning "
            "show.")
    _, via = quote(pipe, text, "buried four people")
    assert via == ["Radio Sunyani"]


def test_the_newspaper_takes_up_a_paper_not_a_station(pipe):
    # chains._nearest_medium: a paper's title for 'the newspaper', even past a nearer station
    # and when the tagger calls the title a building
    text = ("Mill owner Ray Dunn told Radio Calder's Drive programme: \"We will rebuild.\"\n\n"
            "His neighbour, Edna Shaw, told the Calder Valley Gazette that the fire had been "
            "\"a long time coming\". According to the newspaper, she said she would "
            "\"write to the council again\".")
    _, via = quote(pipe, text, "write to the council again")
    assert via == ["Calder Valley Gazette"]


def test_speaking_on_a_programme_set_off_by_a_comma(pipe):
    # via_text._SPEAKING_ON / _speaking_after: the participle before or after the cue's clause
    text = ("The river rose a metre overnight.\n\n"
            "Speaking on Kestrel's Late Desk, the council chair, Ann Tolley, said the bridge "
            "would \"stay shut until it is safe\".")
    assert covered(pipe, text, "stay shut until it is safe") == ["Kestrel's Late Desk"]
    text = ("Pumping stations lost power twice on Monday.\n\n"
            "\"We cannot push water uphill without electricity,\" Efe Dorn said, speaking to "
            "Coast FM.")
    _, via = quote(pipe, text, "push water uphill")
    assert len(via) == 1 and "FM" in via[0]


def test_speaking_on_a_day_or_an_unowned_name_is_no_relay(pipe):
    text = ("Speaking on Monday, the mayor, Ann Tolley, said the bridge would \"stay shut until "
            "it is safe\".")
    assert quote(pipe, text, "stay shut until it is safe")[1] == []
    # a programme named alone may be the printing station's own
    text = ("Speaking on Drive Home, the mayor, Ann Tolley, said the bridge would \"stay shut "
            "until it is safe\".")
    assert quote(pipe, text, "stay shut until it is safe")[1] == []


def test_cueless_next_sentence_keeps_the_medium(pipe):
    # via_carry._cueless_next: '"...," he said. "..."' after words told to a station
    text = ("The union's chairman, Kofi Dapaah, told Radio Tano on Tuesday that miners had "
            "reported the cracks \"at least four times\".\n\n"
            "\"These men were sent to a place their own supervisors feared,\" he said. \"We "
            "want inspectors down there before anybody goes back.\"\n\n"
            "Mine manager Ruth Asante said: \"The shaft is safe.\" \"We will reopen it.\"")
    assert quote(pipe, text, "We want inspectors")[1] == ["Radio Tano"]
    assert quote(pipe, text, "We will reopen it")[1] == []


def test_club_after_to_is_the_club_unless_its_name_is_a_place_s(pipe):
    # kind_bodies: 'to' before 'Hartfield Rovers' is no place preposition for a club word
    text = ("Lanford Council voted on Wednesday to sell the old depot to Lanford Rovers for a "
            "new stand.\n\n"
            "The club said in a statement that work could \"start in the spring\".")
    assert quote(pipe, text, "start in the spring")[0] == "Lanford Rovers"
