"""Floor of the thirteenth sealed non-English quote set once opened (session 16):
quotes_gold_ml_opened13.jsonl, written in session 15 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED13 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened13.jsonl"


def test_ml_quotes_opened13_floor():
    """9 articles fr..ur, 62 quotes, ids -s13, scored once in session 16 with that session's
    starting code 3338166 and once with its end non-English code bb0e4ca, the same both times:
    found 0.968, speaker 0.871, via 0.935, both 0.839 (1 predicted quote matching no gold);
    then opened. Floors: those figures less a hair, until a fix pass raises them."""
    res = evaluate(OPENED13, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 62
    for key, floor in (("found", 0.96), ("speaker", 0.865), ("via", 0.93), ("both", 0.835)):
        assert res[key] >= floor, text
