"""Floor of the seventeenth sealed English quote set once opened (session 20):
quotes_gold_opened17.jsonl, written in session 19 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED17 = Path(__file__).parent / "data" / "quotes_gold_opened17.jsonl"


def test_quotes_opened17_floor():
    # sealed set 17 (12 English articles, 135 quotes, 45 with a via), scored once while sealed in
    # session 19 with that session's starting code c27bb9e (found 0.956, speaker 0.748, via
    # 0.785, both 0.652) and its end code 9d23fc6b / 3eb57a85 (found 0.956, speaker 0.778, via
    # 0.785, both 0.681; 34 predicted quotes matching no gold); then opened in session 20.
    # Floors: the end code's figures less rounding.
    r = ev.evaluate(OPENED17, split="all")
    assert r["gold"] == 135
    assert r["found"] >= 0.955
    assert r["speaker"] >= 0.777
    assert r["via"] >= 0.784
    assert r["both"] >= 0.680
