"""Session 12 round 2, English quote speakers: general mechanisms found by tabulating the
speaker failures of the ninth sealed set (opened), each tested on sentences written here."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_an_abbreviated_title_is_the_office_named_later(pipe):
    text = ("Floods close the valley road\n\nSen. Paul Okafor toured the flooded farms on "
            "Monday. The senator said the state would \"pay for every fence it takes to fix "
            "this.\"\n\nGov. Ines Halvorsen declared an emergency for three counties. The "
            "governor told reporters the road would reopen \"within the week.\"")
    speaker, _ = quote(pipe, text, "pay for every fence")
    assert speaker == "Paul Okafor"
    speaker, _ = quote(pipe, text, "within the week")
    assert speaker == "Ines Halvorsen"


def test_title_office_words():
    from newsprism.analyze.lexicon_roles import title_office
    assert title_office("Gov.") == "governor"
    assert title_office("Sgt") == "sergeant"
    assert title_office("Dr.") == "dr"
