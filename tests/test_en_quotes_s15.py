"""Session 15, English speakers on unseen writing (issue 3): a person named with a body's
title in front ('Election Commission Chairman X') is a person, not the body, so a 'he said'
after that sentence is that person. Sentences written here."""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_he_goes_on_with_the_subject_of_the_sentence_before(pipe):
    # speaker_recency._recent_for: the station master spoke first, but the board's chairman
    # (a person once mentions._inner_titles reads the title) is named since
    text = ("Plant manager Tom Reddy told reporters that the turbines were \"too hot to run\". "
            "He said no one had been hurt.\n\nElectricity Board Chairman N.K.B. "
            "Hettiarachchi appealed to households to \"switch off air conditioners\". Power "
            "would be restored on Friday, he said.")
    assert quote(pipe, text, "Power would be restored on Friday")[0] == "N.K.B. Hettiarachchi"
    assert quote(pipe, text, "no one had been hurt")[0] == "Tom Reddy"


def test_a_title_after_a_body_name_marks_a_person(pipe):
    # mentions._inner_titles: the tagger reads the whole phrase as a body; the title before
    # the name makes it a man's name
    text = ("Electricity Board Chairman N.K.B. Hettiarachchi appealed to households to "
            "\"switch off air conditioners\".")
    speaker, _ = quote(pipe, text, "switch off air conditioners")
    assert speaker == "N.K.B. Hettiarachchi"
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    entity = next(e for e in a.entities if "Hettiarachchi" in e.name)
    assert entity.type == "PERSON"



def test_a_surname_before_an_aside_is_the_subject(pipe):
    # sources._source: the tagger reads 'Denning' as a verb and the parser hangs it on the
    # cue as a modifier, leaving the cue without a subject; the aside's 'him' is whom she
    # stood beside, not who spoke
    text = ("The regional secretary of the nurses' union, Carol Denning, said the walkout "
            "would last \"a week\".\n\nNight nurse Tom Baxter, 44, has worked on the ward for "
            "12 years. \"I have not seen my children awake since Sunday,\" he said. Denning, "
            "standing beside him, said his story was \"why we are here\".")
    assert quote(pipe, text, "why we are here")[0] == "Carol Denning"


def test_a_hyphenated_role_keeps_the_name_after_it(pipe):
    # sources._ROLE_THEN_NAME: the parse left the name in apposition out of the phrase
    # (and may cut 'co-star' after 'co'); the phrase runs to the cue and the name speaks
    text = ("Singer Lena Varga was cleared by the court on Monday.\n\nQuill's co-star in "
            "The Long Coast, Emma Stone, posted on Instagram that she was \"so proud of Lena\".")
    assert quote(pipe, text, "so proud of Lena")[0] == "Emma Stone"


def test_a_body_named_again_by_its_first_word(pipe):
    # chains._link_surnames: 'Quorvane' after 'Quorvane Pharma' is the company
    text = ("Quorvane Pharma won approval for its malaria pill on Monday, regulators said.\n\n"
            "Quorvane said it had \"not yet set a price\" for poorer countries.")
    assert quote(pipe, text, "not yet set a price")[0] == "Quorvane Pharma"


def test_asked_by_a_programme_on_the_subject(pipe):
    # vias.via_for: 'asked by <programme>' set off on the speaker (not on the cue) names the
    # programme that heard the answer
    text = ("Dr Hana Roth chaired the review.\n\nRoth, asked by BBC Newsnight whether the "
            "review had read every email, said: \"All nine thousand of them.\"")
    assert quote(pipe, text, "All nine thousand") == ("Hana Roth", ["BBC Newsnight"])



def test_a_channel_named_with_a_number_is_told(pipe):
    # via_told_names._numbered_name: a name with a number after it is a channel's, not a person's
    text = ("Farida Omarova, a grain trader, told Tolqyn 24 that the harvest would "
            "be \"a third smaller than last year\".")
    assert quote(pipe, text, "a third smaller")[1] == ["Tolqyn 24"]


def test_a_possessor_of_a_news_broadcast_is_the_broadcaster(pipe):
    # via_told_names._broadcaster: 'told Ktv's evening news', 'Speaking on Ktv's evening news'
    text = ("Harbour master Tomas Verhoeven told Qvt's evening news on Monday that the ferry "
            "would sail \"only when the wind drops\".")
    assert quote(pipe, text, "only when the wind drops")[1] == ["Qvt"]
    text = ("Speaking on Qvt's evening news, Verhoeven said the ferry would sail \"only when "
            "the wind drops\".")
    assert quote(pipe, text, "only when the wind drops")[1] == ["Qvt"]


def test_through_a_bodys_spokesperson_named_after_the_role(pipe):
    # via_before._THROUGH_PERSON: a possessor before the passer's role ('the ministry's')
    text = ("Education Minister Ruth Okafor, who is abroad, sent word through the ministry's "
            "spokesperson, Daniel Mensah, that all schools would reopen on Monday.")
    assert quote(pipe, text, "all schools would reopen") == ("Ruth Okafor", ["Daniel Mensah"])


def test_the_filing_speaks_for_whoever_filed_suit(pipe):
    # role_names._filing: 'The filing' after 'X filed suit' is X's document (the lead's
    # session-15 ruling: the author named in the previous sentence speaks)
    text = ("The tenants' association Nyumba Yetu filed suit at the High Court on Friday. The "
            "filing alleges that the landlord \"ignored every repair request for two years\".")
    assert quote(pipe, text, "ignored every repair request")[0] == "Nyumba Yetu"


def test_ruling_a_speaker_named_again_inherits_no_medium(pipe):
    # via_carry.named_again (the lead's session-15 ruling): a pronoun goes on through the
    # medium, a name or role given again is a new attribution
    text = ("Harbour master Tomas Verhoeven told Radio Kestrel that the ferry would not sail "
            "before Friday. He said the swell was \"still too high\".\n\n"
            "\"We will not gamble with passengers,\" Verhoeven said.")
    assert quote(pipe, text, "still too high")[1] == ["Radio Kestrel"]
    assert quote(pipe, text, "We will not gamble")[1] == []


def test_ruling_a_pronoun_goes_on_after_a_reported_relay(pipe):
    # via_carry.carry_on: 'according to X. She said ...' keeps X (the ruling names no kind of
    # relay); a role named again does not
    text = ("Commission chair Mirela Dobre said the recount would cover half the polling "
            "stations, according to the Moldpres news agency. She said results were expected "
            "\"within ten days\".")
    assert quote(pipe, text, "within ten days")[1] == ["Moldpres news agency"]


def test_ruling_a_bodys_own_report_is_the_body(pipe):
    # role_names._according_subject: 'according to its annual report' names the clause's
    # subject as the document's author
    text = ("The Coastal Fisheries Authority inspected only 40 boats last year, according to "
            "its annual report.")
    assert quote(pipe, text, "inspected only 40 boats")[0] == "Coastal Fisheries Authority"


def test_a_lower_case_name_after_the_kind_of_medium(pipe):
    # vias._name_after_kind: 'told the German agency dpa that' (the tagger reads 'dpa' as a verb)
    text = ("The couple's daughter, Anna Brenner, told the German agency dpa that her parents "
            "were \"tired but cheerful\".")
    assert quote(pipe, text, "tired but cheerful")[1] == ["dpa"]
    text = ("The couple's daughter, Anna Brenner, told the agency yesterday that her parents "
            "were \"tired but cheerful\".")
    assert quote(pipe, text, "tired but cheerful")[1] != ["yesterday"]


def test_a_lede_role_named_in_the_next_paragraph(pipe):
    # speaker_named_next: a place before the role ('A Kendal climbing instructor'), the
    # person named at the next paragraph's head and speaking in the one after it
    text = ("A Kendal climbing instructor who spent a night on a ledge says he will \"never "
            "again trust a forecast\".\n\nOwen Pryce, 38, was leading a group of four when "
            "the storm broke.\n\n\"The rock turned to glass in ten minutes,\" he said.")
    assert quote(pipe, text, "never again trust")[0] == "Owen Pryce"
    # 'The pharmacist, X,': the withheld role named again before the name
    text = ("Some parents still give the syrup because \"there is nothing else,\" a Maun "
            "pharmacist told reporters on Monday.\n\nThe pharmacist, Tebogo Sello, who has "
            "run a shop there for ten years, said he had taken back 90 bottles.")
    assert quote(pipe, text, "there is nothing else")[0] == "Tebogo Sello"


def test_words_one_asked_a_spokesperson_to_pass_on(pipe):
    # via_before.asker_of: the asker speaks, through the one asked (whom the parse made the teller)
    text = ("Transport Minister Ales Novak, who is on an official visit to Vienna, asked his "
            "spokeswoman, Petra Kos, to tell reporters that every level crossing in the country "
            "would be inspected before the spring.")
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    q = min((q for q in a.quotes if "every level crossing" in a.text[q.start:q.end]),
            key=lambda q: q.end - q.start)  # the told words, not the whole request
    assert (q.speaker.name, [v.name for v in q.via]) == ("Ales Novak", ["Petra Kos"])
