"""Session 19 (issue 3): English speaker phrases that stand for a named person, each tested on
sentences written for this file (none from the evaluation sets).

- A demonym epithet ('the Italian said', 'The Glaswegian, who ..., said'): a capitalised word
  with a demonym's ending, alone after 'the', is the person the sentence before the quotation
  (or before the epithet) names first, skipping names inside quoted words, looking one sentence
  further back where that names no one (speaker_epithet.demonym_speakers). A role word with
  such an ending ('the Minister', 'the Speaker') is left to the role resolvers; a phrase that
  goes on after the word ('The Nigerian union's president') is no epithet; an epithet already
  resolved to an organisation or place ('The Guardian') is kept. Measured over every open
  English quotes file: 2 rows fixed (two writers), 0 broken.
"""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_demonym_after_the_quote_is_the_subject_before(pipe):
    text = ("LISBON — Brazil coach Marcelo Tavares on Sunday backed striker Jonas Weber after "
            "his missed penalty in the 1-0 defeat to Portugal.\n\n"
            "\"Jonas took the responsibility and I thank him for it,\" the Brazilian said at "
            "the team hotel. \"Nobody in this squad blames him.\"\n\n"
            "Weber, 27, did not speak to reporters.")
    assert quote(pipe, text, "took the responsibility") == ("Marcelo Tavares", [])


def test_a_demonym_subject_with_a_relative_clause(pipe):
    text = ("Nurses at the county hospital voted on Tuesday to strike next month.\n\n"
            "Aoife Brennan, a midwife at the hospital since 2011, told the Test Courier that "
            "she had worked \"nine night shifts in a row\" in March.\n\n"
            "The Corkonian, who moved to the city in 2004, said her colleagues were \"worn out, "
            "not bitter\".")
    assert quote(pipe, text, "worn out") == ("Aoife Brennan", [])


def test_a_name_inside_the_quote_before_is_skipped(pipe):
    text = ("Harbour Athletic midfielder Sam Doyle will miss six weeks, manager Luca Bianchi "
            "confirmed on Thursday.\n\n"
            "\"It hurts us,\" Bianchi told reporters. \"Sam has carried this team all season.\"\n\n"
            "The Italian said the scan had shown a torn ligament in the knee.")
    assert quote(pipe, text, "torn ligament") == ("Luca Bianchi", [])


def test_a_role_word_with_a_demonym_ending_is_no_epithet():
    from newsprism.analyze.speaker_epithet import _EPITHET
    from newsprism.analyze import lexicon_roles as L
    for phrase in ("the Minister", "the Speaker", "the Premier"):
        m = _EPITHET.fullmatch(phrase)
        assert m is None or m.group(1).lower() in L.PERSON_NOUNS
    assert _EPITHET.fullmatch("The Nigerian union's president") is None
    assert _EPITHET.fullmatch("the Italian") is not None
