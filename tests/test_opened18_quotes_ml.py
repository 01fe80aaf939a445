"""Floor of the eighteenth sealed non-English quote set once opened (session 21):
quotes_gold_ml_opened18.jsonl, written in session 20 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED18 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened18.jsonl"


def test_ml_quotes_opened18_floor():
    """9 articles fr..ur, 75 quotes, 40 with a via, ids -s18, scored once while sealed in session
    20 with that session's starting code 697df413 and its end code 7a10871a, identical: found
    0.947, speaker 0.787, via 0.813, both 0.747 (no predicted quote matching no gold); then opened
    in session 21. Floors: those figures less rounding."""
    res = evaluate(OPENED18, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 75
    for key, floor in (("found", 0.946), ("speaker", 0.786), ("via", 0.812), ("both", 0.746)):
        assert res[key] >= floor, text
    assert res["unmatched_predictions"] <= 1, text
