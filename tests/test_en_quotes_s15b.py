"""Session 15 late round (issue 3), English quote attribution: general fixes found on the -e3
batch of quotes_gold_late.jsonl, each tested on sentences written for this file."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_title_serving_a_named_body_before_the_name(pipe):
    # mentions._portfolio_office / _inner_titles: 'Chairman of the [X Commission Name]', the
    # tagger's one ORG run holds the body and the name; the name starts after the body word
    text = ("Chairman of the National Ports Authority Tendai Moyo told reporters that the "
            "berths would reopen \"within a week\". \"The cranes are safe,\" Moyo said.")
    assert quote(pipe, text, "within a week")[0] == "Tendai Moyo"
    assert quote(pipe, text, "cranes are safe")[0] == "Tendai Moyo"
    text = ("Director of the State Fire Service K.Batbold said the blaze had started \"in the "
            "boiler room\".")
    assert quote(pipe, text, "boiler room")[0] == "K.Batbold"


def test_a_message_read_out_by_someone_else(pipe):
    # via_message.message_from / read_by: the author of a message speaks, its reader passes
    # it on, whichever of the two the parse made the subject
    text = ("Union spokeswoman Ama Serwaa read out a message from the union's president, "
            "Kojo Mensah, saying that the strike would go on \"until the arrears are paid\".")
    assert quote(pipe, text, "arrears are paid") == ("Kojo Mensah", ["Ama Serwaa"])
    text = ("The mayor, Helen Ford, said in a message read out by her deputy, Tom Reid, that "
            "the bridge would reopen \"before Easter\".")
    speaker, via = quote(pipe, text, "before Easter")
    assert speaker == "Helen Ford" and via == ["Tom Reid"]


def test_a_caller_who_gave_a_name_spoke_on_the_station(pipe):
    # via_message.caller_medium / caller_named: the station the caller rang is the via; when
    # the parse made the caller phrase the speaker, the name given after it speaks
    text = ("A caller to Radio Kaya's drive-time show, who gave her name as Thandi, said "
            "the taxis had \"doubled the fare overnight\".")
    assert quote(pipe, text, "doubled the fare") == ("Thandi", ["Radio Kaya"])
    text = ("A caller to Coast FM's morning phone-in who gave his name as Baraka said the "
            "ferry had \"left an hour late every day this week\".")
    assert quote(pipe, text, "an hour late") == ("Baraka", ["Coast FM"])


def test_a_reduced_relative_in_the_apposition_leaves_the_name_the_subject(pipe):
    # source_frames.reduced_relative_subject: '[who was] elected mayor in March' read by the
    # parser as a clause the name said, the cue after the comma left without a subject
    text = ("Rosa Delgado, the Green Alliance's candidate elected mayor on March 3, told "
            "Radio Sur that the budget would be \"rewritten from the first line\".")
    speaker, via = quote(pipe, text, "first line")
    assert speaker == "Rosa Delgado" and via == ["Radio Sur"]
