"""Session 20, English vias and relays, fix pass on the opened seventeenth set (issue 3). Each
mechanism is named for the general pattern it reads and tested on sentences written for this
file (none copied from an evaluation file):

- a bare name someone spoke or appeared 'on' is the station or programme that carried the
  words, whether or not the name looks like a medium's ('speaking on DZXQ'); a day, a place
  ('speaking on Capitol Hill') or a name described in an apposition is not read so
  (vias.aired_name);
- an exchange set out as 'NAME: words' lines after a set-up sentence naming another outlet's
  programme carries that programme for every line, questions and answers alike; the printing
  outlet's own programme adds none (via_exchange.exchange_medium, vias.owned_show);
- a transcript label in capitals names the person the story named before in ordinary case
  ('Maria Okafor' ... 'OKAFOR:'), so the line is a quote (quotes._common_word_label);
- a broadcaster's own programme, named bare by the station's first word ('Speaking on Radio
  Zeta's ...' in Zeta FM copy: 'Zeta Sunrise'), is the printing outlet and no via
  (relays._own_show).
"""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def _quote_in(pipe, text, needle, outlet):
    a = pipe.analyze(Article(id="t", text=text, outlet=outlet, language="en",
                             published=dt.date(2026, 5, 4)))
    hits = [q for q in a.quotes if needle in a.text[q.start:q.end]]
    assert hits, [a.text[q.start:q.end] for q in a.quotes]
    return hits[0].speaker.name, [v.name for v in hits[0].via]


def test_speaking_on_a_bare_station_name_carries_it(pipe):
    text = ("Harbour Minister Tomas Reyes, speaking on DZXQ on Friday morning, called the "
            "strike \"a disgrace to the port.\"")
    assert quote(pipe, text, "disgrace to the port") == ("Tomas Reyes", ["DZXQ"])


def test_speaking_on_a_programme_name_carries_it_for_an_indirect_clause(pipe):
    text = ("Senator Lara Quijano, speaking on Super Radyo on Tuesday, repeated that the "
            "bridge had been inspected twice this year.")
    assert quote(pipe, text, "inspected twice")[1] == ["Super Radyo"]


def test_speaking_on_a_place_or_a_day_is_no_medium(pipe):
    text = "Speaking on Capitol Hill, the senator said the vote was \"a turning point.\""
    assert quote(pipe, text, "turning point")[1] == []
    text = "Speaking on Monday, the minister said the talks were \"going nowhere.\""
    assert quote(pipe, text, "going nowhere")[1] == []


def test_exchange_lines_carry_another_outlets_programme(pipe):
    text = ("Ferry strike talks collapse\n\n"
            "In an interview on KTV's Morning Desk on Monday, the ports minister, Maria "
            "Okafor, was asked about the strike. Part of the exchange:\n\n"
            "DAVID LOWE: The crews say they have waited two years for a pay offer. Is that "
            "fair?\n\n"
            "OKAFOR: It is fair that they are angry. The offer is ready and it goes to them "
            "this week\n\n"
            "The union said it would reply on Friday.")
    assert quote(pipe, text, "waited two years")[1] == ["Morning Desk"]
    assert quote(pipe, text, "offer is ready") == ("Maria Okafor", ["Morning Desk"])


def test_exchange_after_pressed_on_a_programme(pipe):
    text = ("Budget row deepens\n\n"
            "On Sunday the finance minister, Tom Hale, was pressed on Channel Nine's Hard "
            "Questions by its presenter, Ruth Bell. Part of the exchange:\n\n"
            "RUTH BELL: Taxes are going up again. Will you keep your word?\n\n"
            "TOM HALE: Yes. I said it and I meant it, and the budget will show it")
    assert quote(pipe, text, "Taxes are going up")[1] == ["Hard Questions"]
    assert quote(pipe, text, "I meant it")[1] == ["Hard Questions"]


def test_exchange_on_the_outlets_own_programme_has_no_via(pipe):
    text = ("Strike talks\n\n"
            "The union's leader, Ana Ruiz, spoke to Coastline Radio's Sam Oduya on Drivetime "
            "after the talks. This is an edited transcript.\n\n"
            "Sam Oduya: Will the strike go ahead on Monday?\n\n"
            "Ana Ruiz: Yes, unless the company puts a new offer on the table this weekend")
    assert _quote_in(pipe, text, "unless the company", "Coastline Radio")[1] == []


def test_a_stations_own_programme_named_bare_is_no_via(pipe):
    text = ("Speaking on Zeta Sunrise on Thursday, the trader Kofi Mensah said prices had "
            "\"doubled in a month.\"")
    assert _quote_in(pipe, text, "doubled in a month", "Zeta FM 98.1")[1] == []


# ---------------------------------------------------------------- passing-on frames
# (relay_frames: 'X said Y had asked him to tell ... that', 'X said he had been asked by Y to
# assure ... that', 'X says Z was told by Y that', 'X would only repeat what Y had said: that':
# Y speaks, the one told and the one reporting are the via, nearest Y first)


def test_asked_by_someone_to_assure_passes_their_words_on(pipe):
    text = ("At a briefing in Lagos, the port authority's spokesman, Tunde Bakare, said he had "
            "been asked by the managing director, Grace Eze, to assure traders that no "
            "container would be auctioned before March.")
    assert quote(pipe, text, "no container would be auctioned") == ("Grace Eze",
                                                                    ["Tunde Bakare"])


def test_role_that_asked_him_to_tell_speaks(pipe):
    text = ("The row has reached the palace. Deputy spokesman Arturo Lim said the President "
            "had asked him to tell the fishermen that no town would lose its subsidy.")
    speaker, via = quote(pipe, text, "no town would lose")
    assert speaker == "President" and via == ["Arturo Lim"]


def test_was_told_by_chains_the_hearer_and_the_spokesman(pipe):
    text = ("A spokesman for the city council said the council's leader, Paul Webb, had been "
            "told by the water board's chief executive, Sara Holt, that the pipes would be "
            "replaced by June.")
    speaker, via = quote(pipe, text, "pipes would be replaced")
    assert speaker == "Sara Holt" and via[0] == "Paul Webb" and "spokesman" in via[1]


def test_only_repeating_what_another_said(pipe):
    text = ("Asked about the strike, the mayor's press officer, Leo Marsh, said he would only "
            "repeat what Deputy Mayor Nina Ford had said on Monday: that the buses would run "
            "on Friday.")
    assert quote(pipe, text, "buses would run") == ("Nina Ford", ["Leo Marsh"])


def test_a_plain_report_is_not_a_relay(pipe):
    text = ("The health minister, Ana Costa, said the hospital had asked for more nurses and "
            "that the wards would reopen in May.")
    speaker, via = quote(pipe, text, "wards would reopen")
    assert speaker == "Ana Costa" and via == []


# ---------------------------------------------------------------- set-apart posts
# (via_set_apart: 'X posted on Facebook on Tuesday:' closing a paragraph, the post's words a
# paragraph of their own with no quotation marks; a reply 'under the post' keeps the post's
# platform; 'the post reads: "..."' right after is the same post)


def test_set_apart_post_speaks_through_its_platform(pipe):
    text = ("Flood warning lifted\n\n"
            "The river authority said levels were falling. Mayor Ines Varga posted on Facebook "
            "on Sunday night:\n\n"
            "The water is going down in every street of the old town. Thank you to the "
            "volunteers who filled the sandbags\n\n"
            "Residents began clearing their cellars on Monday.")
    assert quote(pipe, text, "water is going down") == ("Ines Varga", ["Facebook"])


def test_reply_under_the_post_keeps_the_platform(pipe):
    text = ("Ferry timetable\n\n"
            "The ferry company posted on X on Tuesday:\n\n"
            "Sailings to the island resume on Friday morning with the usual timetable\n\n"
            "A councillor for the island, Rhona Baird, replied under the post within minutes:\n\n"
            "Resume for whom? The Friday boat has been full for a week\n\n"
            "The company did not answer.")
    assert quote(pipe, text, "The Friday boat has been full") == ("Rhona Baird", ["X"])


def test_the_post_read_again_is_the_same_post(pipe):
    text = ("Harvest\n\n"
            "Mayor Ramon Cruz posted on Facebook after touring the farms:\n\n"
            "Salamat sa lahat ng tumulong sa ani ngayong taon\n\n"
            "In English, the post reads: \"Thank you to everyone who helped with this year's "
            "harvest.\"")
    assert quote(pipe, text, "Thank you to everyone") == ("Ramon Cruz", ["Facebook"])


def test_a_colon_with_no_platform_sets_nothing_apart(pipe):
    text = ("Budget\n\n"
            "The finance committee met on Monday. Its report lists three options:\n\n"
            "Raising the council tax by four percent or closing two libraries\n\n"
            "The committee will vote in March.")
    a = pipe.analyze(__import__("newsprism.records", fromlist=["Article"]).Article(
        id="t", text=text, outlet="The Test Courier", language="en",
        published=__import__("datetime").date(2026, 5, 4)))
    assert not [q for q in a.quotes if "Raising the council tax" in a.text[q.start:q.end]]


# ---------------------------------------------------------------- messages read out
# (read_out_words: 'X read at every Mass a message from <role>: "..."' and 'X read out to the
# group, translating as she went, a voice message her brother, Y, had recorded: "..."': the
# author speaks, the reader is the via; an adjunct may stand between the verb and the message,
# and a role with no name ('the Bishop of Lugo') speaks as written)


def test_message_read_after_an_adjunct_speaks_as_its_role_author(pipe):
    text = ("On Sunday the parish priest of Ribas, Fr. Mateo Alves, read at every Mass a "
            "message from the Bishop of Lugo: \"Open your doors to the families who lost "
            "their homes.\"")
    assert quote(pipe, text, "Open your doors") == ("Bishop of Lugo", ["Mateo Alves"])


def test_voice_message_a_person_recorded_speaks_as_that_person(pipe):
    text = ("Teresa Bago, who left Samar in 1998, read out to the group, translating from "
            "Waray as she went, a voice message her cousin, Rodel Abad, a fisherman in Guiuan, "
            "had recorded on the beach: \"Tell them the boat is broken but the net is saved.\"")
    assert quote(pipe, text, "the net is saved") == ("Rodel Abad", ["Teresa Bago"])


# ---------------------------------------------------------------- according to A, which cited B
# (according_cited: the medium A named its own source B, the nearer hop; 'which cited an
# interview X gave to M' makes X the speaker through M, then A; the relative clause is no quote)


def test_according_to_a_medium_which_cited_an_agency(pipe):
    text = ("According to the Daily Graphic, which cited the Kenya News Agency, the deputy "
            "minister, Joseph Kiptoo, told a briefing in Nairobi that the second payment would "
            "follow in March.")
    speaker, via = quote(pipe, text, "second payment would follow")
    assert speaker == "Joseph Kiptoo" and via == ["Kenya News Agency", "Daily Graphic"]


def test_according_to_a_medium_which_cited_an_interview(pipe):
    text = ("According to Reuters, which cited an interview Governor Ana Lopez gave to the "
            "state-run Radyo Pilipinas, the province had asked the navy to unload the relief "
            "at the port.")
    speaker, via = quote(pipe, text, "asked the navy")
    assert speaker == "Ana Lopez" and via == ["Radyo Pilipinas", "Reuters"]


def test_according_to_a_medium_alone_is_unchanged(pipe):
    text = ("According to the Daily Graphic, the deputy minister, Joseph Kiptoo, told a "
            "briefing in Nairobi that the second payment would follow in March.")
    assert quote(pipe, text, "second payment would follow")[1] == ["Daily Graphic"]


# ---------------------------------------------------------------- smaller via readings
# - 'according to an AFP translation' names a rendering, no source: no attribution of its own,
#   no via, and the bare '"...," she said' goes on with the medium she just spoke to
#   (according_rendered, vias._not_a_relayer, via_carry._bare_continuation);
# - "told RTHK's Filipino-language programme Kabayan on Air": the programme's own name after
#   its kind is the medium (vias._addressees, vias.medium_phrase);
# - a fronted 'Speaking ... to <medium>,' the parser hung on a verb of a later aside still
#   gives the sentence's quote its medium (via_fronted)


def test_according_to_a_translation_is_no_source(pipe):
    text = ("Governor Ana Lopez told DZXQ radio in Tagalog that the province had counted "
            "18,400 packs.\n\n"
            "\"Where are the rest? Are they floating in the sea?\" she said, according to an "
            "AFP translation.")
    a = pipe.analyze(__import__("newsprism.records", fromlist=["Article"]).Article(
        id="t", text=text, outlet="The Test Courier", language="en",
        published=__import__("datetime").date(2026, 5, 4)))
    assert not [q for q in a.quotes if a.text[q.start:q.end] == "she said"]
    assert quote(pipe, text, "Where are the rest") == ("Ana Lopez", ["DZXQ radio"])


def test_programme_named_after_its_kind(pipe):
    text = ("The consulate's welfare officer, Delfin Rosales, told RTHK's Filipino-language "
            "programme Tinig Natin that the office had received 630 applications by Friday.")
    a = pipe.analyze(__import__("newsprism.records", fromlist=["Article"]).Article(
        id="t", text=text, outlet="The Test Courier", language="en",
        published=__import__("datetime").date(2026, 5, 4)))
    q = next(q for q in a.quotes if "630 applications" in a.text[q.start:q.end])
    assert [v.name for v in q.via] == ["Tinig Natin"]


def test_fronted_speaking_to_a_station_past_an_aside(pipe):
    text = ("Speaking in Hausa to the Kano station Freedom Radio, in remarks the station "
            "translated and the BBC checked against a recording, a trader, Musa Bello, said: "
            "\"We have sold nothing for a week.\"")
    assert quote(pipe, text, "sold nothing") == ("Musa Bello", ["Freedom Radio"])
