"""Session 12 round 2, English quote speakers: general mechanisms found by tabulating the
speaker failures of the ninth sealed set (opened), each tested on sentences written here."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_an_abbreviated_title_is_the_office_named_later(pipe):
    text = ("Floods close the valley road\n\nSen. Paul Okafor toured the flooded farms on "
            "Monday. The senator said the state would \"pay for every fence it takes to fix "
            "this.\"\n\nGov. Ines Halvorsen declared an emergency for three counties. The "
            "governor told reporters the road would reopen \"within the week.\"")
    speaker, _ = quote(pipe, text, "pay for every fence")
    assert speaker == "Paul Okafor"
    speaker, _ = quote(pipe, text, "within the week")
    assert speaker == "Ines Halvorsen"


def test_title_office_words():
    from newsprism.analyze.lexicon_roles import title_office
    assert title_office("Gov.") == "governor"
    assert title_office("Sgt") == "sergeant"
    assert title_office("Dr.") == "dr"


def test_words_closed_by_a_full_stop_are_not_the_next_deeds(pipe):
    text = ("Leak at the reservoir\n\nHarlow Water said in a statement that it had shut the "
            "valve and was \"working with the inspectors.\" The company did not answer "
            "questions about the leak.\n\n\"He was the only driver who ever waved.\" That is how "
            "Amira Kovac, who runs the bakery on Mill Lane, remembers him.")
    speaker, _ = quote(pipe, text, "working with the inspectors")
    assert speaker == "Harlow Water"
    speaker, _ = quote(pipe, text, "only driver who ever waved")
    assert speaker == "Amira Kovac"


def test_a_filing_by_a_described_person_speaks_as_the_name_after_the_comma(pipe):
    # the parser ends 'by an Arroyo Seco rancher' on the place; the person is named after it
    text = ("The fire has destroyed 61 homes.\n\nA lawsuit by an Arroyo Seco rancher, Ed "
            "Garza, claims the utility ignored warnings about the line.\n\nA complaint by a "
            "Millbrook farmer, Jo Hale, claims the council ignored the flooding.")
    speaker, _ = quote(pipe, text, "ignored warnings about the line")
    assert speaker == "Ed Garza"
    speaker, _ = quote(pipe, text, "ignored the flooding")
    assert speaker == "Jo Hale"


def test_a_role_of_one_gender_does_not_take_a_name_of_the_other(pipe):
    text = ("Striker appeals against his ban\n\nA spokeswoman for the league said by email "
            "that the league did not comment on cases under appeal.\n\nDean Kowalczyk, who "
            "coached the striker in 2019, said he had never been sent off. \"He is the "
            "gentlest player I have coached,\" Kowalczyk said.")
    speaker, _ = quote(pipe, text, "did not comment on cases")
    assert speaker is not None and "Kowalczyk" not in speaker
    from newsprism.analyze.speaker_roles import _other_gender
    assert _other_gender("spokeswoman", "Dean Kowalczyk")
    assert not _other_gender("spokesperson", "Dean Kowalczyk")
    assert not _other_gender("spokeswoman", "Helen Carver")


def test_told_a_programme_or_a_hearing_a_clause_without_that(pipe):
    # the parser hangs the reported clause on the one told as a relative clause
    text = ("Her husband, Paul Brennan, who grew up in Leven, came on the line to tell the "
            "programme the couple had been given \"about ten minutes\" to leave.\n\n"
            "The engineer, Ruth Adebayo, told the inquiry the pump had been switched off "
            "for a week.")
    speaker, _ = quote(pipe, text, "given \"about ten minutes\"")
    assert speaker == "Paul Brennan"
    speaker, _ = quote(pipe, text, "the pump had been switched off")
    assert speaker == "Ruth Adebayo"


def test_an_indefinite_caller_takes_the_only_name_she_gave(pipe):
    text = ("Callers dominated the morning programme.\n\n\"Who will lend to me now?\" asked a "
            "caller from Kubwa who gave her name only as Mama Precious.\n\nAnother caller, "
            "Danjuma from Suleja, said the rate hike would not bring down the price of rice.")
    speaker, _ = quote(pipe, text, "Who will lend to me now")
    assert speaker == "Mama Precious"
    speaker, _ = quote(pipe, text, "price of rice")
    assert speaker == "Danjuma"


def test_a_speaking_participle_between_name_and_cue_hides_no_speaker(pipe):
    text = ("In Ipoh, the club's Dutch coach, Maarten de Wit, speaking through an interpreter "
            "at a news conference reported by Bernama, said his squad would \"stay together\" "
            "around the striker.")
    speaker, _ = quote(pipe, text, "stay together")
    assert speaker == "Maarten de Wit"


def test_live_blog_labels(pipe):
    text = ("Tribunal day: live\n\n10:40 — Their spokesman, Rahim Osman, "
            "tells us: \"We are defending proportion.\"\n\n15:20 — Decision: six matches and a "
            "fine. The chairman reads a short summary.\n\n16:10 — Fans outside sing. Rahim "
            "again: \"Six games for a push. Remember this day.\"")
    speaker, _ = quote(pipe, text, "Remember this day")
    assert speaker is not None and "Rahim" in speaker
    from newsprism.analyze.pipeline import analyze  # noqa: F401
    from newsprism.records import Article
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en"))
    assert all(q.speaker is None or q.speaker.name != "Decision" for q in a.quotes)
