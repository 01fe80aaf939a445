"""Session 15 (issue 3), English quote attribution: a body named again by its kind noun
('Harbourside Athletic ... The club said'), on sentences written for this file."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_the_club_is_the_one_club_named_before(pipe):
    # kind_bodies.body_by_kind: a club's name ends in one of its naming words
    text = ("Harbourside Athletic parted company with manager Dan Ola on Monday after a "
            "run of six defeats left the club in the relegation places.\n\n"
            "The club said in a statement that Ola had \"worked tirelessly\" for two seasons.")
    assert quote(pipe, text, "worked tirelessly")[0] == "Harbourside Athletic"
    text = ("Millbrook Wanderers defender Sam Kerr has broken his ankle and will miss the cup "
            "final, the club said, adding that he would be \"back before the spring\".")
    assert quote(pipe, text, "back before the spring")[0] == "Millbrook Wanderers"


def test_two_clubs_or_none_leave_the_kind_noun(pipe):
    # two clubs fit equally: no guess
    text = ("Harbourside Athletic beat Millbrook Wanderers 2-1 on Saturday.\n\n"
            "The club said the winger had been \"taken to hospital as a precaution\".")
    assert quote(pipe, text, "as a precaution")[0] != "Harbourside Athletic"
    assert quote(pipe, text, "as a precaution")[0] != "Millbrook Wanderers"
    # a city named with a place preposition is not a club
    text = ("The team flew in to Mexico City on Friday.\n\n"
            "The club said the squad was \"ready for the altitude\".")
    assert quote(pipe, text, "ready for the altitude")[0] != "Mexico City"
