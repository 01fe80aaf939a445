"""Session 19 (issue 3), the fix pass on the opened sixteenth English set: general mechanisms,
each tested on sentences written for this file (none from the sets).

- A headline or standfirst naming its speaker by a bare role ('..., says engineer', 'mayor
  tells Harbour Radio', 'minister promises ...') stands for the one body person given that
  role ('The town's chief engineer, Dr. Paul Sen', 'Mayor Janet Ellery', 'the minister' taken
  up by coreference); two holders of the role leave the headline's words
  (speaker_headline_role). A mixed headline quote whose marked words shorten a body quote
  ("islanders say they were 'left off the map' by the operator") is that body quote's, its
  loose group giving way to the body's speaker as for a headline made only of the quotation.
- 'Boat owners say the ban could sink them, while the Fisheries Minister promises help
  'before the summer'': a reported clause stops before a contrasting 'while'/'whereas'
  clause holding another candidate's cue (content_while); the quotation left is the
  minister's, whom the body names ('Fisheries Minister Tomas Reyes', a title before the
  tagger's name), with the via of his own body quote rather than of the report wrapped round
  it (speaker_headline_role).
- A medium reporting words 'citing an interview she gave to Hot FM, a private station in
  Lusaka' passed on what the interviewing medium heard: speaker -> Hot FM -> the citing medium,
  whether the citing medium follows the words ('..., Reuters reported, citing ...') or opens the
  sentence ('The news site Diggers, citing an interview ..., reported that X said'); the
  description after the medium's name is no hop (via_interview).
- 'X read (out) a statement from Y, who is abroad: "..."': the quotation is Y's and X, who
  read it, is the via; a candidate that took the document's phrase for the content is cut
  back to the quotation (read_out_words).
- 'X told BBC Radio Wales's Good Morning Wales programme that ...': a parse that took the
  medium told into the content; the content starts after 'that' and the medium (the named
  programme of a broadcaster) is the via, kept by a bare 'She said:' after it
  (told_medium_that); 'She told the station the last time ... was 1963', the told clause left
  off by the parse, is the content, and 'the station' takes up the station the same speaker
  spoke to in the sentence before, also in a broadcaster's own copy (via_before).
- 'In a petition filed in the High Court on Monday, a copy of which was seen by Reuters, X
  said': the medium that saw the document carried its words (never 'this newspaper', the
  printer) (via_text._OCCASION_CARRIED, which gains petition, complaint, filing, lawsuit and
  affidavit).
- 'the cranes were "beyond their service life"': a lower-case phrase after a possessive whose
  medium word only modifies a singular head is no medium; 'broadcaster afrivoice', a name
  written in lower case, still is (via_names._medium_word_as_modifier).
- 'Kumar: Will there be scheduled power cuts this week?': a transcript line whose clause is
  existential ('there' as its subject) is a clause like any other (quotes._has_clause).
- 'The operator Caledonian MacBrayne (CalMac)' then 'CalMac said': a body named in full with
  its short form in brackets speaks under the full name (the session 16 ruling), when the
  short form's capitals are the full name's initials in order; 'Deputy Ana Ruiz (Renewal)'
  keeps 'Renewal' (speaker_fullname).
- 'the PS said' after 'Health Principal Secretary Mary Njoroge' (or 'PS Njoroge'): a title
  given by its initials stands for the one person given that title; a 'she replied' that
  followed the misread speaker into the next paragraph follows the person found
  (speaker_acronym_role).
- 'According to the club's treasurer, Anna Berg, 40 members have left': a name after a
  one-person role is its apposition, no part of the content; not after a body ('According to
  police, John Smith, 45, was arrested') (according_named).
- 'Dr Amina Yusuf' or 'the town's GP' and later 'The doctor, who ..., said': the title Dr,
  GP and physician are kin of the role word doctor (lexicon_roles._KIN_GROUPS), so the one
  person given that title takes up 'the doctor' as 'the chairwoman' takes up a chair.
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


def test_programme_told_is_no_part_of_the_words(pipe):
    text = ("Asked when the boat would sail again, Mr Hale said: \"I will not give a date.\"\n\n"
            "Scotland's Rural Affairs Secretary, Iain Gow, told BBC Radio Scotland's Good "
            "Morning Scotland programme that a relief boat would be \"in Oban by Friday\".")
    assert quote(pipe, text, "relief boat") == ("Iain Gow", ["Good Morning Scotland"])


def test_according_to_a_role_and_its_name(pipe):
    text = ("According to the club's treasurer, Anna Berg, 40 members have left since March.\n\n"
            "According to the managing director of the Lake Kivu Fish Traders Association "
            "(LKFTA), Joseph Mwamba, 30 percent of the catch went unsold.")
    assert quote(pipe, text, "40 members") == ("Anna Berg", [])
    assert quote(pipe, text, "30 percent") == ("Joseph Mwamba", [])


def test_according_to_a_body_keeps_the_name_in_the_words(pipe):
    text = "According to police, John Smith, 45, was arrested at his home on Sunday."
    assert quote(pipe, text, "John Smith, 45")[0] == "police"


def test_the_doctor_takes_up_the_one_titled_dr(pipe):
    text = ("The clinic in Lamu has run out of insulin, its only GP, Dr Amina Yusuf, said on "
            "Monday.\n\n"
            "The doctor, who has worked on the island since 2015, said the next supply boat was "
            "a week away. \"We are rationing what we have left,\" she said.")
    assert quote(pipe, text, "supply boat") == ("Amina Yusuf", [])
    assert quote(pipe, text, "rationing") == ("Amina Yusuf", [])


def test_told_the_station_in_a_broadcasters_own_copy(pipe):
    text = ("\"The school bus has not come for a week,\" said another caller, who gave her "
            "name only as Morag.\n\n"
            "Speaking in Welsh to BBC Radio Cymru on Tuesday, farmer Glyn Price, 74, said the "
            "valley had \"never been so cut off\". He told the station the last time he saw "
            "the road this bad was the winter of 1982.")
    a = pipe.analyze(Article(id="t", text=text, outlet="Radio Ceredigion", language="en",
                             published=dt.date(2026, 5, 4)))
    hits = [q for q in a.quotes if "the winter of 1982" in a.text[q.start:q.end]]
    q = max(hits, key=lambda q: q.end - q.start)
    assert a.text[q.start:q.end].startswith("the last time he saw")
    assert (q.speaker.name, [v.name for v in q.via]) == ("Glyn Price", ["BBC Radio Cymru"])


def test_a_copy_of_the_petition_seen_by_an_agency(pipe):
    text = ("In a petition filed in the High Court on Monday, a copy of which was seen by "
            "Reuters, the Lagos-based Consumer Forum said the new meter fees were illegal.\n\n"
            "In a letter to the governor, a copy of which was seen by this newspaper, Bello "
            "said he had \"no part whatsoever\" in the tender.")
    assert quote(pipe, text, "meter fees") == ("Consumer Forum", ["Reuters"])
    assert quote(pipe, text, "no part whatsoever") == ("Bello", [])


def test_service_life_is_no_medium(pipe):
    text = ("The Dockers' Union said on Monday it had warned the port authority three times "
            "that the cranes were \"beyond their service life\".")
    assert quote(pipe, text, "beyond their service life")[1] == []


def test_transcript_question_with_there(pipe):
    text = ("Presenter Ama Owusu later put listeners' questions to the depot's manager, Kwame "
            "Asante.\n\n"
            "Owusu: Will there be fuel at the pumps by Friday?\n\n"
            "Asante: Not at every pump. The first tankers leave Tema tonight, and the rest follow "
            "on Thursday.")
    assert quote(pipe, text, "fuel at the pumps") == ("Ama Owusu", [])


def test_bracketed_short_form_speaks_under_the_full_name(pipe):
    text = ("The island operator Western Ferries Holdings (WestFer) cancelled every sailing after "
            "a hull crack was found.\n\n"
            "WestFer said on X: \"The repair yard in Leith has a slot on Monday.\"\n\n"
            "Deputy Ana Ruiz (Renewal) said the party would vote against the fare rise. Renewal "
            "said it \"will not support this\".")
    assert quote(pipe, text, "repair yard")[0] == "Western Ferries Holdings"
    assert quote(pipe, text, "will not support")[0] == "Renewal"


def test_marked_words_of_a_mixed_headline_quote(pipe):
    text = ("'We are stranded on our own island': anger grows as Coll waits for a ferry\n\n"
            "Ministers promise a charter vessel, but islanders say they were 'left off the map' "
            "by the state ferry operator\n\n"
            "COLL — The ferry has not sailed for eight days.\n\n"
            "\"The operator has left Coll off the map. Nobody phoned us,\" said Morag Lamont, "
            "who chairs the community council.")
    assert quote(pipe, text, "left off the map")[0] == "Morag Lamont"


def test_title_by_its_initials(pipe):
    text = ("NAKURU — Health Principal Secretary Mary Njoroge has said the county will get two "
            "new ambulances this month.\n\n"
            "Speaking on Kass FM's breakfast show Kass Asubuhi on Monday, the PS said: \"The "
            "ambulances are paid for. They will be on the road before the rains.\"\n\n"
            "Asked by presenter John Kibet whether the county would hire drivers, she replied: "
            "\"Yes. Twelve drivers start their training next week.\"")
    assert quote(pipe, text, "ambulances are paid for")[0] == "Mary Njoroge"
    assert quote(pipe, text, "Twelve drivers")[0] == "Mary Njoroge"


def test_while_clause_with_its_own_speaker(pipe):
    text = ("Fishing ban stays until June\n\n"
            "Boat owners in Looe and Polperro say the ban could sink them, while the Fisheries "
            "Minister promises help 'before the summer'\n\n"
            "Fisheries Minister Tomas Reyes said the ministry would pay owners a weekly sum "
            "\"before the summer season\", the BBC reported.")
    assert quote(pipe, text, "could sink them") == ("Boat owners in Looe and Polperro", [])
    assert innermost(pipe, text, "before the summer") == ("Tomas Reyes", ["BBC"])


def test_a_contrast_inside_the_words_stays(pipe):
    text = "The union said prices had risen by a fifth, while wages had not moved in two years."
    a = pipe.analyze(Article(id="t", text=text, outlet="X", language="en",
                             published=dt.date(2026, 5, 4)))
    q = next(q for q in a.quotes if "prices had risen" in a.text[q.start:q.end])
    assert "wages had not moved" in a.text[q.start:q.end]
