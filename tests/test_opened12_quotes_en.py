"""Floor of the twelfth sealed English quote set once opened (session 15):
quotes_gold_opened12.jsonl, written in session 14 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED12 = Path(__file__).parent / "data" / "quotes_gold_opened12.jsonl"


def test_quotes_opened12_floor():
    # sealed set 12 (12 English articles, 115 quotes: a gondola cabin rolling back near Bohinj,
    # a Darkhan election recount, a Botswana cough-syrup recall), scored once in session 15
    # with that session's starting code 3b13e29 and once with its end English code 78d5874:
    # found 1.000, speaker 0.887, via 0.896, both 0.809 both times; then opened.
    # Session 15's general-fix pass (no label of this file edited; the lead's two rulings
    # needed none here): a told name with a number after it is a channel ('told Khabar 24');
    # a name owning a news broadcast is its broadcaster ('told Btv's evening news',
    # 'Speaking on MNB's evening news'); 'through the ministry's spokesperson, X,'; 'The
    # filing' after 'X filed suit' is X's; a pronoun continuation opening the next paragraph
    # keeps the medium ('She said ...'); 'told the German agency dpa that'; a lede's withheld
    # role named in the next paragraphs ('A Llanelli rugby coach', 'The pharmacist, X,');
    # 'X asked his spokeswoman, Y, to tell reporters that' (X through Y). End: found 1.000,
    # speaker 0.922, via 0.974, both 0.913 (extra 15). Floor: the end figure minus 0.01.
    r = ev.evaluate(OPENED12, split="all")
    assert r["gold"] == 115
    assert r["found"] >= 0.99
    assert r["speaker"] >= 0.912
    assert r["both"] >= 0.903
