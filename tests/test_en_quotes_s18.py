"""Session 18 (issue 3), the fix pass on the opened fifteenth English set: general mechanisms,
each tested on sentences written for this file (none from the sets).

- A chamber or bench addressed ('told the House of Delegates', 'told the Kitwe Magistrates'
  Court') is an audience in session, not an outlet (via_told_names.CHAMBER_WORDS, vias._institution).
- 'told Reuters investigators were ...', 'told The Accra Clarion several players had ...': a
  medium the parser hung on the told clause's subject (via_told_swallowed).
- A paragraph that is only a quotation with no cue, after a paragraph closed by words told to a
  medium by the same speaker, goes on through that medium (via_carry.cueless_paragraphs).
- 'told the Guyana and Suriname Newsday': a title opening with a place (via_told_names).
- Messages passed on: 'In a message relayed by X, Y said:', 'read out a message from the
  region's Health Minister to parents:', 'that the President had asked him to pass on a message
  ...:' (via_relayed_message).
"""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_chamber_told_is_no_medium(pipe):
    text = ("The Minister of Fisheries, Carla Dominguez-Reyes, told the House of Delegates that "
            "the ban was \"regrettable but necessary\". She said the ministry would pay boat "
            "owners a weekly allowance.")
    assert quote(pipe, text, "regrettable") == ("Carla Dominguez-Reyes", [])
    assert quote(pipe, text, "weekly allowance") == ("Carla Dominguez-Reyes", [])


def test_an_owners_court_told_is_no_programme(pipe):
    text = ("Senior counsel Peter Okafor of the Attorney General's Chambers told the Kitwe "
            "Magistrates' Court on Monday that two clerks would face fraud charges.")
    assert quote(pipe, text, "two clerks") == ("Peter Okafor", [])


def test_an_owners_news_bulletin_told_stays_the_broadcaster(pipe):
    text = ("The regulator's head, Dineo Mokoena, told Ktv's evening news on Monday that three "
            "batches had been withdrawn.")
    assert quote(pipe, text, "three batches") == ("Dineo Mokoena", ["Ktv"])


def test_an_agency_told_without_that_and_the_pronoun_after(pipe):
    text = ("In Ndola, senior prosecutor Mwila Banda told Reuters investigators were tracing two "
            "transfers made in March. \"We will go where the records take us,\" she said.")
    assert quote(pipe, text, "tracing two transfers") == ("Mwila Banda", ["Reuters"])
    assert quote(pipe, text, "records take us") == ("Mwila Banda", ["Reuters"])


def test_a_masthead_with_the_told_without_that(pipe):
    text = ("Kofi Mensah, the coach who first raised the alarm, told The Accra Clarion several "
            "players had called him.")
    assert quote(pipe, text, "players had called") == ("Kofi Mensah", ["The Accra Clarion"])


def test_a_cueless_quotation_paragraph_goes_on_through_the_medium(pipe):
    text = ("Kofi Mensah, the coach who first raised the alarm, told The Accra Clarion several "
            "players had called him.\n\n\"They ask me what happened to the money. I tell them to "
            "ask the federation.\"")
    assert quote(pipe, text, "They ask me") == ("Kofi Mensah", ["The Accra Clarion"])


def test_a_cueless_quotation_paragraph_after_a_later_sentence_keeps_none(pipe):
    # the told words did not close their paragraph: the quotation may be anyone's
    text = ("Kofi Mensah, the coach who first raised the alarm, told The Accra Clarion several "
            "players had called him. The federation did not reply.\n\n\"They ask me what "
            "happened to the money.\"")
    a = pipe.analyze(_article(text))
    hits = [q for q in a.quotes if "They ask me" in a.text[q.start:q.end]]
    assert not hits or not hits[0].via


def test_a_paper_named_after_two_places(pipe):
    text = ("Its chief engineer, Rupert Baldeo, told the Guyana and Suriname Newsday that no "
            "warning had been missed.")
    speaker, via = quote(pipe, text, "no warning")
    assert speaker == "Rupert Baldeo" and len(via) == 1 and via[0].endswith("Suriname Newsday")


def test_a_fronted_message_relayed_by_a_named_officer(pipe):
    text = ("The mayor, Elena Voss, was in Brussels on Monday. In a message relayed by the "
            "council's press officer, Pieter Claes, Voss said: \"I will be back on Friday and I "
            "will answer every question.\"")
    assert quote(pipe, text, "back on Friday") == ("Elena Voss", ["Pieter Claes"])


def test_a_message_read_out_from_a_role_to_an_audience(pipe):
    text = ("At the school hall in Dunmore, police superintendent Grace Obi read out a message "
            "from the region's Health Minister to parents: \"No child will be sent home without "
            "a doctor's check.\"")
    assert quote(pipe, text, "No child") == ("Health Minister", ["Grace Obi"])


def test_asked_him_to_pass_on_a_message(pipe):
    text = ("Cabinet spokesman Arif Rahman told reporters after the weekly meeting that the "
            "President had asked him to pass on a short message to the fishing villages: "
            "\"Nobody will lose a boat because of this ban.\"")
    assert quote(pipe, text, "Nobody will lose") == ("President", ["Arif Rahman"])


def _article(text):
    import datetime as dt

    from newsprism.records import Article
    return Article(id="t", text=text, outlet="The Test Courier", language="en",
                   published=dt.date(2026, 5, 4))


def test_a_bodys_statement_read_by_its_officer_has_no_via(pipe):
    # via_relayed_message.relayed_before: only a person's message is relayed by a reader
    text = ("In a statement read by the board's chairwoman, Ingrid Solberg, the board said it was "
            "\"deeply troubled\" by the findings.")
    assert quote(pipe, text, "deeply troubled")[1] == []
