"""Session 12, English vias (issue 3): continuations that keep the medium they were spoken to,
and relay phrases found by tabulating the via failures of the open sets; each tested on
sentences written for this file."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_pronoun_continuation_after_told_keeps_the_medium(pipe):
    text = ("The port's operations director, Selma Varga, told Radio Danubia that the cranes "
            "would be back in service by Thursday. She said the night shift had been cancelled.")
    assert quote(pipe, text, "cranes would be back")[1] == ["Radio Danubia"]
    assert quote(pipe, text, "night shift had been cancelled")[1] == ["Radio Danubia"]


def test_sentence_final_bare_cue_after_speaking_to_keeps_the_medium(pipe):
    text = ("The head of the fisheries board, Dr Kofi Mensah, was more careful. Speaking to the "
            "Ghana News Agency (GNA), he said the ban could last until June. The catch had "
            "fallen by a third since 2022, he said.")
    relayed = quote(pipe, text, "ban could last")[1]
    assert len(relayed) == 1 and quote(pipe, text, "catch had fallen")[1] == relayed


def test_role_continuation_after_told_keeps_the_medium(pipe):
    text = ("Ontario's housing minister, Paul Derrick, told The Canadian Press that the "
            "province would tighten the rules. The minister said he had written to the "
            "developers on Monday.")
    # changed deliberately in session 15 to the lead's ruling (tests/data/README.md): a speaker named
    # again by role ('The minister said') is a new attribution and inherits no medium
    assert quote(pipe, text, "written to the developers")[1] == []


def test_a_new_occasion_starts_words_without_the_medium(pipe):
    text = ("The mayor, Ines Lorca, told Radio Costa that the beach would reopen. She later "
            "said at a council meeting that the lifeguards had been hired.")
    assert quote(pipe, text, "lifeguards had been hired")[1] == []


def test_a_reported_relay_does_not_carry_to_the_next_sentence(pipe):
    # changed deliberately in session 15 to the lead's ruling (tests/data/README.md): a pronoun
    # continuation keeps the medium after any relay ('according to' included)
    text = ("The rail union's leader, Tomas Berg, said the strike would go ahead, according to "
            "the Nordic Wire. He said the talks had collapsed over pensions.")
    assert quote(pipe, text, "talks had collapsed")[1] == ["Nordic Wire"]


def test_another_speaker_does_not_take_the_medium(pipe):
    text = ("The coach, Ali Demir, told Spor Ekspres that the squad was fit. His assistant, "
            "Murat Kaya, said the goalkeeper would be rested.")
    assert quote(pipe, text, "goalkeeper would be rested")[1] == []
