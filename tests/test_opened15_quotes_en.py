"""Floor of the fifteenth sealed English quote set once opened (session 18):
quotes_gold_opened15.jsonl, written in session 17 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED15 = Path(__file__).parent / "data" / "quotes_gold_opened15.jsonl"


def test_quotes_opened15_floor():
    # sealed set 15 (12 English articles, 116 quotes, 39 with a via: a Trinidad bridge closure, a
    # Zambian football-association probe, a Nepal-India forest fire), scored once in session 18
    # with that session's starting code 752353c: found 1.000, speaker 0.914, via 0.871, both
    # 0.810 (6 predicted quotes matching no gold); then opened.
    # Session 18's fix pass on it (tuned on; no label of this file edited): found 1.000, speaker
    # 0.991, via 1.000, both 0.991 (extra 3). Fixed, each by a general mechanism tested in
    # tests/test_en_quotes_s18.py: 'told the House of Representatives' / 'told the Lusaka
    # Magistrates' Court' no outlet (via_told_names.CHAMBER_WORDS, vias._institution; x3 with
    # a continuation), 'told Reuters prosecutors were ...' / 'told The Namibian several ...'
    # (via_told_swallowed; x4 with continuations, one a cueless quotation paragraph:
    # via_carry.cueless_paragraphs), 'told the Trinidad and Tobago Newsday' (_place_led_title;
    # x2), messages passed on: 'In a message relayed by X, Y said:', 'read out a message from
    # the state's Forest Minister to families:', 'the Prime Minister had asked him to pass on one
    # message ...:' (via_relayed_message; x3), 'says on Radio Nepal crews expect' and 'tells the
    # wildlife podcast Jungle Khabar, in an episode ...:' (via_told_swallowed,
    # vias._named_after_kind_object), 'structural engineer X of the University of Y said:'
    # (speaker_of_body), 'X, whose family farms ..., said they' (speaker_relative), 'his
    # application says' (document_owner with a possessive pronoun, _FILED_PAPERS), 'spoke in
    # Tharu through a neighbour who translated:' (speaker_interpreted), 'Zambia midfielder X ...
    # The midfielder himself' (chains._premodified_by), a lede 'The Johannesburg agent at the
    # centre of ... says he ...' named in the next paragraph (speaker_named_next), 'Marlon, a
    # fisherman from Radix,' then 'he told host' (mentions._from_a_place); extras: 'declined to
    # comment', 'posted photographs of', a verbless 'that the Prime Minister' (quote_filters).
    # Left: the headline 'Callers to Morning Line: '...'' whose words the body never repeats
    # (given the bridge; writers disagree on that shape, as opened14's note says). Floors: the
    # end figures less 0.01.
    r = ev.evaluate(OPENED15, split="all")
    assert r["gold"] == 116
    assert r["found"] >= 0.99
    assert r["speaker"] >= 0.981
    assert r["via"] >= 0.99
    assert r["both"] >= 0.981
