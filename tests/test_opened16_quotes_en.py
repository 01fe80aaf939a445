"""Floor of the sixteenth sealed English quote set once opened (session 19):
quotes_gold_opened16.jsonl, written in session 18 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED16 = Path(__file__).parent / "data" / "quotes_gold_opened16.jsonl"


def test_quotes_opened16_floor():
    # sealed set 16 (12 English articles, 130 quotes, 39 with a via: a Mombasa tea-auction price
    # collapse, a Coll and Tiree ferry breakdown, a Sri Lankan blackout), scored once while sealed
    # at the end of session 18 with that session's starting code 752353c and its end code
    # c27bb9e, identical: found 0.992, speaker 0.862, via 0.892, both 0.792 (17 predicted quotes
    # matching no gold); then opened in session 19.
    # Session 19's fix pass on it (tuned on; no label of this file edited): found 1.000, speaker
    # 0.977, via 0.985, both 0.969 (extra 17); 23 of its 27 failing rows fixed, 0 rows of the 17
    # other English files broken. Fixed, each by a general mechanism tested in
    # tests/test_en_quotes_s19.py: a headline/standfirst role ('says director', 'minister tells
    # Tiree Today', 'minister promises') taking the body's one holder of it, and a mixed headline
    # quote's marked words finding their body twin (speaker_headline_role; x4); 'Reuters
    # reported, citing an interview she gave to Tulwap FM' / 'Newswire, citing an interview ...
    # gave to Sirasa FM, reported' (via_interview; x3 with a 'She told the station'); 'read
    # (out) a statement from its chairman, X:' (read_out_words; x2); 'told BBC Radio Scotland's
    # Good Morning Scotland programme that' and 'She told the station the last time ...'
    # (told_medium_that, via_before; x3 with a continuation); 'According to the council's
    # chairwoman, X,' (according_named; x2); 'The doctor' after 'Dr X' (kin doctor ~ dr/gp; x2);
    # 'the CS' after 'Agriculture Cabinet Secretary X' (speaker_acronym_role; x2 with a 'she
    # replied'); 'CalMac' after 'Caledonian MacBrayne (CalMac)' (speaker_fullname); 'a copy of
    # which was seen by PTI' (via_text); 'their service life' no medium (via_names); 'Kumar:
    # Will there be ...?' (quotes._has_clause); the standfirst 'X say ..., while the Cabinet
    # Secretary promises help 'before the next sale'' (content_while). Left (4): 'A visiting
    # buyer from Egypt, X, who ...' and 'Another MacLeod, the island's GP, Dr X' (appositions
    # after a place and after 'Another <surname>'), a message that
    # 'carried the name of' its author ('..., it read': author and WhatsApp), and 'had written
    # under it' after a Facebook post of the sentence before. Floors: the end figures less 0.01.
    r = ev.evaluate(OPENED16, split="all")
    assert r["gold"] == 130
    assert r["found"] >= 0.99
    assert r["speaker"] >= 0.967
    assert r["via"] >= 0.975
    assert r["both"] >= 0.959
