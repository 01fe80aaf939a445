"""Session 14b, English speakers by pronoun and role (issue 3): a gendered role word
('the spokeswoman') never stands for a person the text describes by the other gender's
word ('the shadow spokesman, X') or whose given name tells the other gender. Sentences
written here."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_spokeswoman_is_not_the_spokesman_named_after_her(pipe):
    # second_names.named_by_head_later: 'the shadow transport spokesman, Gareth Bevan,'
    # comes later and is another person
    text = ("Transport Minister Owen Pryce said through a spokeswoman that he would meet the "
            "drivers on Friday. The spokeswoman said the pay offer was \"generous and final\"."
            "\n\nSpeaking on local radio, the shadow transport spokesman, Gareth Bevan, said "
            "the minister had \"wasted a month\".")
    speaker, _ = quote(pipe, text, "generous and final")
    assert speaker is not None and "Bevan" not in speaker
    assert quote(pipe, text, "wasted a month")[0] == "Gareth Bevan"


def test_spokeswoman_is_not_the_spokesman_named_before_her(pipe):
    # role_names.named_for_role: the person the paragraph before describes as 'spokesman'
    text = ("The shadow transport spokesman, Gareth Bevan, said the minister had \"wasted a "
            "month\".\n\nThe spokeswoman said the pay offer was \"generous and final\".")
    speaker, _ = quote(pipe, text, "generous and final")
    assert speaker is not None and "Bevan" not in speaker


def test_a_spokeswoman_named_later_is_still_found(pipe):
    # the same path with agreeing genders keeps naming the speaker
    text = ("The spokeswoman said the pay offer was \"generous and final\".\n\nThe ministry "
            "spokeswoman, Carys Lloyd, later said talks would resume \"within days\".")
    assert quote(pipe, text, "generous and final")[0] == "Carys Lloyd"


def test_a_co_author_is_not_the_lead_author(pipe):
    # role_names: 'co-author' is split by the tokenizer, but the whole word is another role
    text = ("Salmon in the Tay now spawn two weeks later than in the 1990s, a new study has "
            "found. \"The rivers are warming faster than anyone planned for,\" the study's "
            "lead author said. Dr Ailsa Mackie, of the University of Dundee, said the change "
            "was \"already visible in the catch\".\n\nHer co-author, Dr Tomas Lind, said "
            "hatcheries could help by \"keeping the water cool\".")
    speaker, _ = quote(pipe, text, "warming faster")
    assert speaker is not None and "Lind" not in speaker
    assert quote(pipe, text, "keeping the water cool")[0] == "Tomas Lind"


_COURT = ("The striker appeared before Senior Magistrate Helen Achieng at the Nyeri Law Courts "
          "and denied the charge.\n\nHis lawyer, Peter Kamau, said the player had a match in "
          "Mombasa next week. \"He has never missed a hearing,\" Kamau said.\n\n")


def test_the_role_a_person_was_titled_with_paragraphs_before(pipe):
    # role_names._titled_before: 'Senior Magistrate Helen Achieng' two paragraphs up is
    # 'the magistrate', and the 'she' after that sentence is her too
    text = _COURT + ("The magistrate allowed the trip but ordered Kamau's client to hand in his "
                     "passport. \"The court is patient, not blind,\" she said.")
    assert quote(pipe, text, "patient, not blind")[0] == "Helen Achieng"



def test_the_fronted_questioner_is_not_the_pronoun_that_answers(pipe):
    # sources._recent_for: 'Asked by the presenter whether ..., he replied' is never the
    # presenter, even when the question itself was taken as the presenter's words
    text = ("The club's former chairman, Tomas Ekberg, has since given an interview to a local "
            "radio station in which he called the inquiry \"a show for the cameras\". Asked by "
            "the presenter whether he had ever hidden a loss, he replied: \"Never. Not in "
            "twelve years.\"")
    assert quote(pipe, text, "Not in twelve years")[0] == "Tomas Ekberg"
