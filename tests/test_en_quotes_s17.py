"""Session 17 (issue 3, round 3), English quote speakers and vias: general fixes for failure
categories counted over every open English file, each tested on sentences written for this
file."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_name_run_over_a_comma_into_the_subject_is_two_names(pipe):
    # mention_spans._comma_split: the tagger's one ORG 'Radio Humber, Okafor' is a station
    # and a person
    text = ("Councillor Grace Okafor, who leads the harbour board, said the dredging would "
            "start in May.\n\nIn an interview with Radio Humber, Okafor said no fee would be "
            "paid. She added that the board would borrow the difference.")
    assert quote(pipe, text, "no fee would be paid") == ("Grace Okafor", ["Radio Humber"])
    assert quote(pipe, text, "borrow the difference") == ("Grace Okafor", ["Radio Humber"])


def test_the_authority_takes_up_a_council(pipe):
    # lexicon_roles.ORG_ANAPHOR_KIN['authority']: British usage, a council is 'the authority'
    text = ("Northbridge District Council has closed two libraries to save money, the "
            "authority said on Monday.")
    assert quote(pipe, text, "closed two libraries")[0] == "Northbridge District Council"


def test_the_chamber_takes_up_a_chamber_of_commerce(pipe):
    # lexicon_roles.ORG_ANAPHORS: 'the chamber' like 'the federation'
    text = ("Mira Holt, an analyst at the Corvan Chamber of Commerce, told Bloomberg that "
            "freight costs would rise. The chamber said small exporters needed help.")
    assert quote(pipe, text, "small exporters needed help")[0] == "Corvan Chamber of Commerce"
