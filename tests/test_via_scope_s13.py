"""Session 13, English vias (issue 3): a relay's scope (continuations, unnamed media, wire
credits), occasions a medium carried, and what is no medium (a person told, another outlet
sharing a place word with the printing one); each tested on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def vias(pipe, text, needle, outlet="The Test Courier"):
    a = pipe.analyze(Article(id="t", text=text, outlet=outlet, language="en",
                             published=dt.date(2026, 5, 4)))
    hits = [q for q in a.quotes if needle in a.text[q.start:q.end]]
    assert hits, [a.text[q.start:q.end] for q in a.quotes]
    return [v.name for v in hits[0].via]


def test_a_medium_of_another_kind_sharing_the_outlets_place_word_is_a_via(pipe):
    text = ("The port director, Hugo Brandt, was quoted by the Norvik Press Agency as saying "
            "that the cranes would restart on Friday.")
    assert vias(pipe, text, "cranes would restart", outlet="Norvik One") == ["Norvik Press Agency"]


def test_the_printing_outlets_newsroom_is_still_no_via(pipe):
    text = "The mayor, Ida Lunn, told Norvik News that the bridge was \"unsafe\"."
    assert vias(pipe, text, "unsafe", outlet="Norvik One") == []


def test_a_person_told_by_a_bare_title_is_no_medium(pipe):
    text = ("On the Long Haul podcast, the economist Dara Quist said freight rates would fall. "
            "\"Nobody is booking ships for the spring,\" Quist told host Omid Farr.")
    assert vias(pipe, text, "Nobody is booking") == ["Long Haul podcast"]


def test_words_told_to_another_outlet_end_the_posts_scope(pipe):
    text = ("The baker, Lene Ruud, wrote on Facebook that she would close the shop. She told "
            "the Test Courier that the rent had doubled. She said she had no savings left.")
    assert vias(pipe, text, "close the shop") == ["Facebook"]
    assert vias(pipe, text, "rent had doubled") == []
    assert vias(pipe, text, "no savings left") == []


def test_an_occasion_carried_by_a_medium_relays_the_words(pipe):
    text = ("The governor, asked about the levy at a press conference broadcast live on state "
            "radio, said the tax was \"temporary\".")
    assert vias(pipe, text, "temporary") == ["state radio"]
    text = ("The league's appeals panel, in a decision reported by Bernama, said the ban would "
            "stand.")
    assert vias(pipe, text, "ban would stand") == ["Bernama"]


def test_a_carrier_verb_with_a_person_is_no_medium(pipe):
    text = ("The coach, in a statement quoted by Peter Holm, said the squad would \"close "
            "ranks\".")
    assert vias(pipe, text, "close") == []


def test_quoted_as_saying_without_an_agent_takes_the_paragraphs_medium(pipe):
    text = ("The fisheries minister, Ola Berge, said the quota would be cut, the state news "
            "agency NTB reported. \"There are simply fewer fish,\" he was quoted as saying.")
    assert vias(pipe, text, "fewer fish") == ["NTB"]


def test_the_document_named_again_keeps_the_medium_that_saw_it(pipe):
    text = ("The airline's chief executive, Rune Dahl, said in a memo seen by Reuters that "
            "200 pilots would be laid off. The cuts would be finished \"before the summer\", "
            "the memo said.")
    assert vias(pipe, text, "before the summer") == ["Reuters"]


def test_a_wire_credit_closing_a_paragraph_relays_its_quotes(pipe):
    text = ("The river is expected to fall by Friday. \"The worst has passed,\" the duty "
            "hydrologist Eva Stam said. (AFP)\n\n"
            "\"We are still pumping,\" said the fire chief, Jon Vik.")
    assert vias(pipe, text, "worst has passed") == ["AFP"]
    assert vias(pipe, text, "still pumping") == []


def test_an_acronym_spelt_out_before_the_full_stop_is_no_credit(pipe):
    text = ("\"We are ready,\" said a spokesman for the Armed Forces of the Philippines (AFP).")
    assert vias(pipe, text, "We are ready") == []


def test_a_medium_styled_in_lower_case_is_told(pipe):
    text = "The union leader, Rémi Caron, told franceinfo that the strike would \"go on\"."
    assert vias(pipe, text, "go on") == ["franceinfo"]
    text = "The mayor told police that the bridge was closed."
    assert vias(pipe, text, "bridge was closed") == []


def test_a_participle_after_the_cue_says_more_through_the_same_medium(pipe):
    text = ("The nurses' union said in a post on Facebook that the offer was an insult, adding "
            "that its members would \"never accept it\".")
    assert vias(pipe, text, "never accept") == ["Facebook"]


def test_words_written_in_the_writers_own_newsletter(pipe):
    text = ("The analyst Pia Holt, who writes the newsletter Grain Notes, wrote that the harvest "
            "was \"the worst in a decade\".")
    assert vias(pipe, text, "worst in a decade") == ["Grain Notes"]
    text = "Ravi Sen, who writes a weekly column, said the plan was \"sensible\"."
    assert vias(pipe, text, "sensible") == []


def test_an_unnamed_speaker_goes_on_through_the_medium_told(pipe):
    text = ("The landlord's solicitor told the Evening Post that the eviction was lawful. She "
            "said the tenants had been warned twice.")
    assert vias(pipe, text, "warned twice") == vias(pipe, text, "eviction was lawful") != []


def test_a_papers_name_opening_on_the_after_its_kind(pipe):
    text = ("Speaking to the Accra paper The Chronicle, the district chief said the clinic "
            "would open in June.")
    assert "Chronicle" in vias(pipe, text, "clinic would open")[0]


def test_an_interview_with_a_medium_named_by_its_kind(pipe):
    text = ("The goalkeeper, in an interview with the club's website, said he was \"ready to "
            "stay\".")
    assert vias(pipe, text, "ready to stay") != []
    text = ("Senator Ada Obi, interviewed on Arise TV's Morning Show, said the bill would "
            "\"sail through\".")
    assert vias(pipe, text, "sail through") == ["Arise TV"]


def test_a_papers_title_the_tagger_took_for_a_work_is_told(pipe):
    text = "The landlord's solicitor told the Evening Star that the eviction was lawful."
    assert vias(pipe, text, "eviction was lawful") == ["Evening Star"]
    text = "The minister told the Senate that the bill would pass."
    assert vias(pipe, text, "bill would pass") == []


def test_a_mediums_regional_service_joined_by_a_hyphen(pipe):
    text = "The ministry's press office told Interfax-Ukraine that the talks were \"useful\"."
    assert vias(pipe, text, "useful") == ["Interfax-Ukraine"]


def test_session13_via_batches(tmp_path):
    # quotes_gold_late.jsonl -z (tuning, 5 articles, 54 quotes): first look via 0.778, both
    # 0.759 (fd107bb); after this session's via fixes via 1.000, both 0.981. -z2 (held out
    # until the end, 5 articles, 44 quotes): via 0.818, both 0.727 at first look and at the
    # end code (24bf01c); its misses are listed in the commit that moved it in.
    from newsprism.evaluate import quotes as ev
    from test_eval_quotes import _late_batches
    z = ev.evaluate(_late_batches(tmp_path, only="z"), split="all")
    assert z["gold"] == 54 and z["found"] >= 0.98 and z["via"] >= 0.98 and z["both"] >= 0.96
    z2 = ev.evaluate(_late_batches(tmp_path, only="z2"), split="all")
    assert z2["gold"] == 44 and z2["via"] >= 0.81 and z2["both"] >= 0.72
