"""Session 19 (issue 3), the fix pass on the opened sixteenth English set: general mechanisms,
each tested on sentences written for this file (none from the sets).

- A headline or standfirst naming its speaker by a bare role ('..., says engineer', 'mayor
  tells Harbour Radio', 'minister promises ...') stands for the one body person given that
  role ('The town's chief engineer, Dr. Paul Sen', 'Mayor Janet Ellery', 'the minister' taken
  up by coreference); two holders of the role leave the headline's words
  (speaker_headline_role).
- A medium reporting words 'citing an interview she gave to Hot FM, a private station in
  Lusaka' passed on what the interviewing medium heard: speaker -> Hot FM -> the citing medium,
  whether the citing medium follows the words ('..., Reuters reported, citing ...') or opens the
  sentence ('The news site Diggers, citing an interview ..., reported that X said'); the
  description after the medium's name is no hop (via_interview).
- 'X read (out) a statement from Y, who is abroad: "..."': the quotation is Y's and X, who
  read it, is the via; a candidate that took the document's phrase for the content is cut
  back to the quotation (read_out_words).
"""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def innermost(pipe, text, needle):
    """(speaker, via) of the shortest quote holding ``needle``, the one the scorer takes
    when a medium's report wraps someone's words."""
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    hits = [q for q in a.quotes if needle in a.text[q.start:q.end]]
    assert hits, [a.text[q.start:q.end] for q in a.quotes]
    q = min(hits, key=lambda q: q.end - q.start)
    return q.speaker.name, [v.name for v in q.via]


def test_headline_role_takes_the_body_holder(pipe):
    text = ("Bridge will reopen in May, mayor tells Harbour Radio\n\n"
            "Mayor Janet Ellery has told Harbour Radio that the bridge over the Tamar will "
            "reopen in May.\n\n"
            "\"We are on schedule,\" she said.")
    assert quote(pipe, text, "Bridge will reopen") == ("Janet Ellery", ["Harbour Radio"])


def test_headline_role_after_the_words(pipe):
    text = ("Kellow clinic ran on solar panels for two days, says director\n\n"
            "KELLOW — The Kellow district clinic ran for two days on its solar panels during "
            "the storm, its director, Dr. Paul Sen, told reporters on Monday.\n\n"
            "\"We postponed every operation that could wait,\" he said.")
    assert quote(pipe, text, "solar panels for two days") == ("Paul Sen", [])


def test_standfirst_role_taken_up_by_coreference(pipe):
    text = ("Fishing ban stays until June\n\n"
            "Boat owners say the ban will ruin them; minister promises a review 'within a "
            "month'\n\n"
            "Fisheries Minister Tomas Reyes said on Monday the ban on cod fishing would stay "
            "until June. The minister said a review would come \"within a month\".")
    assert quote(pipe, text, "within a month")[0] == "Tomas Reyes"


def test_two_holders_of_the_role_leave_the_headline(pipe):
    text = ("Port strike will end by Easter, says minister\n\n"
            "Trade Minister Ana Lopes said on Monday that exporters would be compensated. "
            "Labour Minister Rui Costa said he had met the dockers' union twice.")
    assert quote(pipe, text, "Port strike")[0] not in ("Ana Lopes", "Rui Costa")


def test_citing_an_interview_after_the_words(pipe):
    text = ("In Lusaka, Energy Minister Peter Banda said the grid would be \"fully restored by "
            "Friday\", Reuters reported, citing an interview he gave to Hot FM, a private "
            "station in Lusaka.\n\n"
            "He told the station the ministry was in talks with the utility on a figure.")
    assert quote(pipe, text, "fully restored") == ("Peter Banda", ["Hot FM", "Reuters"])
    assert quote(pipe, text, "in talks with the utility") == ("Peter Banda",
                                                              ["Hot FM", "Reuters"])


def test_citing_an_interview_before_the_words(pipe):
    text = ("The Lusaka news site Diggers, citing an interview the utility's chairman gave to "
            "Radio Phoenix, reported that John Mwale said a second line was planned for 2029.")
    assert innermost(pipe, text, "second line was planned") == ("John Mwale",
                                                            ["Radio Phoenix", "Diggers"])


def test_statement_read_out_from_a_person(pipe):
    text = ("At a meeting in Kisumu on Friday, the cooperative's secretary, Peter Otieno, read "
            "out a statement from its founder, Grace Adhiambo, who is in hospital: \"We built "
            "this mill together. We will not sell it.\"")
    assert quote(pipe, text, "We built this mill") == ("Grace Adhiambo", ["Peter Otieno"])


def test_statement_read_from_a_person_by_a_spokesman(pipe):
    text = ("At a news conference in Accra, the water authority's spokesman, Kofi Mensah, read a "
            "statement from the authority's chairman, Yaw Osei: \"The pumps protected "
            "themselves. We regret the cost to households.\"")
    assert quote(pipe, text, "pumps protected") == ("Yaw Osei", ["Kofi Mensah"])

