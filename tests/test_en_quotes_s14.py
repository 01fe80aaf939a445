"""Session 14, English quote speakers and vias on unseen writing (issue 3): general fixes
found on the -a3 batch of quotes_gold_late.jsonl, each tested on sentences written here."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_participle_opener_the_parser_made_the_subject(pipe):
    # 'Writing' parsed as the subject, the person hung on the platform as an apposition
    text = ("The council met on Monday.\n\nPosting on Bluesky, the local councillor, Mira "
            "Stone, said the vote was \"a day late and a park short\".")
    speaker, via = quote(pipe, text, "a day late")
    assert speaker == "Mira Stone" and via == ["Bluesky"]


def test_a_subject_the_participle_took_is_the_cues(pipe):
    # 'Economist X, writing in his newsletter Y, said': the person, not the newsletter
    text = ("The analyst Ruth Vane, writing in her newsletter The Harbour Brief, said the port "
            "deal was \"cheap now and dear later\".")
    speaker, via = quote(pipe, text, "cheap now")
    assert speaker == "Ruth Vane" and len(via) == 1 and "Harbour Brief" in via[0]


def test_the_newsletter_written_in_is_no_quote(pipe):
    from newsprism.analyze.entities import entities_stage  # noqa: F401
    import datetime as dt
    from newsprism.records import Article
    text = ("The analyst Ruth Vane, writing in her newsletter The Harbour Brief, said the port "
            "deal was \"cheap now and dear later\".")
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    assert not [q for q in a.quotes if "Harbour Brief" in a.text[q.start:q.end]]


def test_a_person_said_through_an_unnamed_spokeswoman(pipe):
    text = ("Justice Minister Omar Reyes said through a spokeswoman that he would \"not "
            "comment on a live case\".")
    assert quote(pipe, text, "not comment on a live case") == ("Omar Reyes", ["spokeswoman"])


def test_fronted_through_a_publicist(pipe):
    text = "Through his publicist, the actor Leon Marsh said he was \"sorry for the delay\"."
    assert quote(pipe, text, "sorry for the delay") == ("Leon Marsh", ["publicist"])


def test_a_body_through_its_spokesman_speaks_itself(pipe):
    text = ("The Harbour Development Bank said through a spokesman that the loan did not "
            "depend on the vote.")
    assert quote(pipe, text, "loan did not depend")[1] == []


def test_an_agency_named_by_press_wraps_a_speakers_words(pipe):
    text = ("According to the Canadian Press, the union's treasurer, Paul Dube, said the offer "
            "\"would not pay for the coffee\".")
    assert quote(pipe, text, "would not pay for the coffee") == ("Paul Dube", ["Canadian Press"])


def test_a_press_secretary_is_no_agency(pipe):
    text = "The Press Secretary, Ann Lee, said the talks were \"going well\"."
    assert quote(pipe, text, "going well")[1] == []


def test_words_after_a_rally_streamed_on_a_platform(pipe):
    text = ("The union's leader, Joan Pike, spoke to nurses outside the hospital at a rally "
            "streamed on the union's YouTube channel. \"We are not going anywhere,\" Pike told "
            "the crowd.")
    speaker, via = quote(pipe, text, "We are not going anywhere")
    assert speaker == "Joan Pike" and len(via) == 1 and "YouTube" in via[0]


def test_a_minister_passes_on_what_the_leader_asked_him_to_tell(pipe):
    text = ("The government spokesman, Alan Reid, said President Maria Okoro had asked him to "
            "tell the strikers that \"the gates of the palace are open to them\".")
    assert quote(pipe, text, "gates of the palace") == ("Maria Okoro", ["Alan Reid"])


def test_a_spokesperson_passes_on_the_ministers_directive(pipe):
    text = ("Health spokesperson Lina Berg said the Minister, Dr Paul Ash, had directed the "
            "regional hospital to give every patient \"the care they were promised\".")
    assert quote(pipe, text, "the care they were promised") == ("Paul Ash", ["Lina Berg"])


def test_words_the_speaker_reports_of_himself_stay_his(pipe):
    text = ("Councillor Tom Hale said he had asked the mayor to explain why the park was "
            "\"sold in a week\".")
    assert quote(pipe, text, "sold in a week") == ("Tom Hale", [])


def test_a_broadcasters_named_programme_covers_both(pipe):
    # the -p batch names the broadcaster, -z and -a3 the programme: the span holds both
    import datetime as dt
    from newsprism.records import Article
    text = ("The coach, Ivo Marin, told Radio Kestrel's Full Time programme that the team "
            "had \"run out of legs\".")
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    q = next(q for q in a.quotes if "run out of legs" in a.text[q.start:q.end])
    assert len(q.via) == 1
    covered = a.text[q.via[0].start:q.via[0].end]
    assert "Radio Kestrel" in covered and "Full Time" in covered
