"""Floor of the twelfth sealed non-English quote set once opened (session 15):
quotes_gold_ml_opened12.jsonl, written in session 14 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED12 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened12.jsonl"


def test_ml_quotes_opened12_floor():
    """9 articles fr..ur, 62 quotes, ids -s12, scored once in session 15 with that session's
    starting code 3b13e29 (found 0.984, speaker 0.823, via 0.855, both 0.742) and once with its
    end code 78d5874 (via 0.871, the rest the same), then opened. Floored at the end figures
    less 0.01."""
    res = evaluate(OPENED12, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 62
    for key, floor in (("found", 0.974), ("speaker", 0.813), ("via", 0.861), ("both", 0.732)):
        assert res[key] >= floor, text
