"""Floor of the thirteenth sealed English quote set once opened (session 16):
quotes_gold_opened13.jsonl, written in session 15 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED13 = Path(__file__).parent / "data" / "quotes_gold_opened13.jsonl"


def test_quotes_opened13_floor():
    # sealed set 13 (12 English articles, 105 quotes, 39 with a via: a Sri Lankan national-ID
    # data breach, an Iceland-Norway trawler collision, a Jamaican festival crush), scored once
    # in session 16 with that session's starting code 3338166 and once with its end English code
    # 67c8e0d: found 0.990, speaker 0.924, via 0.886, both 0.829 both times (7 predicted quotes
    # matching no gold); then opened. Floor: those figures less a hair, until a fix pass
    # raises them.
    r = ev.evaluate(OPENED13, split="all")
    assert r["gold"] == 105
    assert r["found"] >= 0.985
    assert r["speaker"] >= 0.92
    assert r["both"] >= 0.825
