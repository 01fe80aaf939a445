"""Session 16 (issue 3), English quotes: general fixes found on the thirteenth opened set
(quotes_gold_opened13.jsonl) and the held-out -h3 batch of quotes_gold_late.jsonl, each tested
on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def quotes_of(pipe, text):
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    return [(a.text[q.start:q.end], q.speaker.name, [v.name for v in q.via]) for q in a.quotes]


def test_speaking_to_a_name_told_once_is_the_outlet(pipe):
    # vias._spoken_to (a PERSON-tagged one-word name, named once: as 'told X');
    # mention_clues.spoken_to_once and aged_apposition keep the pronoun on the deckhand
    text = ("Kalle Rebane, a 27-year-old welder from Narva, was among the crew of the barge "
            "Laine when it ran aground on Thursday.\n\n"
            "Speaking to Raadiokuku on Saturday, Rebane said the pilot had ignored the buoys. "
            "\"Nobody on the bridge was looking at the chart,\" he added.")
    speaker, via = quote(pipe, text, "ignored the buoys")
    assert speaker == "Kalle Rebane" and via == ["Raadiokuku"]
    speaker, via = quote(pipe, text, "looking at the chart")
    assert speaker == "Kalle Rebane" and via == ["Raadiokuku"]


def test_spoke_to_or_interview_to_in_the_sentence_before(pipe):
    # via_before._SPOKE_TO: the set-up sentence names whom the speaker spoke to
    text = ("The ferry's master, Ólafur Sveinsson, spoke to Útvarpið from the wheelhouse. "
            "\"The ramp gave way under the second lorry,\" Ólafur said.")
    assert quote(pipe, text, "ramp gave way")[1] == ["Útvarpið"]
    text = ("Its managing director, Colin Bartley, gave an interview to Coastline Radio. "
            "\"We sold fewer tickets than the venue holds,\" Bartley said on the station's "
            "breakfast show.")
    assert quote(pipe, text, "fewer tickets")[1] == ["Coastline Radio"]


def test_speaking_on_a_named_podcast_the_parser_split(pipe):
    # vias._programme: the kind noun the parser left outside the name
    text = ("Speaking on the Wires and Widgets Kenya podcast on Monday, the engineer Achieng "
            "Otieno said the backup tapes had never been tested.")
    speaker, via = quote(pipe, text, "backup tapes")
    assert speaker == "Achieng Otieno" and via and via[0].startswith("Wires and Widgets Kenya")


def test_a_petition_filed_by_a_body_speaks_as_the_body(pipe):
    # role_names.filer_of: the filing's own 'filed ... by X' (tests/data/README.md convention)
    text = ("A petition filed in the High Court on Monday by the Lakeside Tenants Union, on "
            "behalf of 40 families, says the council \"broke its own rules\" on repairs.")
    assert quote(pipe, text, "broke its own rules")[0] == "Lakeside Tenants Union"


def test_holder_named_after_an_office_phrase(pipe):
    # mentions._inner_titles: a portfolio run followed by ', Name,' is all portfolio;
    # mention_clues.role_before_comma: 'The director general of X's Authority, Name,'
    text = ("Malta's Commissioner for Information Rights, Carmela Borg, told the paper that "
            "her office \"cannot act abroad\".")
    assert quote(pipe, text, "cannot act abroad")[0] == "Carmela Borg"
    text = ("The chief executive of Ghana's Energy Commission, Yaw Boateng Asante, said the "
            "tariff would rise in July.")
    assert quote(pipe, text, "tariff would rise")[0] == "Yaw Boateng Asante"


def test_dated_wire_dateline_is_no_speaker(pipe):
    # source_frames._DATED_DATELINE: 'Town, Mon D (AGENCY) ' opening the story
    text = ("Pune, Mar 3 (PTI) The Maharashtra Water Resources Department on Monday said "
            "three sluice gates had failed during the night.")
    assert quote(pipe, text, "sluice gates")[0] == "Maharashtra Water Resources Department"


def test_spokesman_reporting_a_leaders_words_is_the_via(pipe):
    # via_spokesman: the outer 'said' before the leader's clause, or the aside inside it
    text = ("Government spokeswoman Lerato Mokoena said President Thabo Ndlovu had told the "
            "cabinet on Monday that \"no contract signed in the dark will stand\".")
    inner = [(sp, via) for words, sp, via in quotes_of(pipe, text)
             if words.startswith("no contract signed")]
    assert inner == [("Thabo Ndlovu", ["Lerato Mokoena"])]  # the outer clause is the spokeswoman's
    text = ("Finland's Prime Minister Aino Virtanen called her Swedish counterpart on Sunday, "
            "her spokesman Mikko Lahti said, and told him the dispute \"belongs in court\".")
    speaker, via = quote(pipe, text, "belongs in court")
    assert speaker == "Aino Virtanen" and via == ["Mikko Lahti"]


def test_places_and_quantified_documents_pass_nothing_on(pipe):
    # vias._NOT_ON_AIR; vias._not_a_relayer
    text = ("\"We have closed the north gate,\" Inspector Dwayne Clarke told reporters at the "
            "Half Way Tree police station.")
    assert quote(pipe, text, "north gate")[1] == []
    text = ("His sister, Ama Owusu, spoke on Radio Savannah from Tamale on Friday. \"He was "
            "always the first to help,\" she said, according to the station's transcript.")
    assert quote(pipe, text, "first to help")[1] == ["Radio Savannah"]


def test_a_name_shown_as_a_medium_is_one_everywhere(pipe):
    # via_shown: 'the news agency Kyodo reported' ... 'told Kyodo'
    text = ("Ferries between Niigata and Sado were suspended on Friday, the news agency Kyodo "
            "reported.\n\n"
            "The operator's spokesman, Kenji Mori, told Kyodo that the harbour wall had "
            "\"moved by half a metre\". \"We will not sail until it is inspected,\" he said.")
    assert quote(pipe, text, "moved by half a metre")[1] == ["Kyodo"]
    assert quote(pipe, text, "not sail until")[1] == ["Kyodo"]


def test_programme_named_by_its_owner_or_after_a_comma(pipe):
    # vias.medium_phrase (owner hung on the programme's name; 'BBC Wales' an arm of the BBC)
    # and via_programme._OWNED_KIND_NAMED
    text = ("Education Secretary Rhian Pugh told BBC Wales's Good Evening Wales programme that "
            "she wanted \"a plan by Easter\".")
    _, via = quote(pipe, text, "a plan by Easter")
    assert via and "Good Evening Wales" in via[0]
    text = ("Chief executive Lena Berg told TV 4's morning show, Nyhetsmorgon, that the "
            "strike would cost the company money.")
    assert quote(pipe, text, "strike would cost")[1] == ["Nyhetsmorgon"]


def test_the_minister_after_a_portfolio_secretary(pipe):
    # chains._has_role with mention_clues.PORTFOLIOS: 'Health Secretary X' is a minister, so
    # 'The minister said' is X, not a person named later ('Press Secretary' is no minister)
    text = ("Transport Secretary Alun Griffiths told the Western Mail that the line would "
            "reopen \"within weeks\". The minister said engineers were on site.\n\n"
            "Bethan Morgan, who commutes from Cardiff, said: \"We have heard that before.\"")
    assert quote(pipe, text, "engineers were on site")[0] == "Alun Griffiths"
