"""Floor of the eighteenth sealed English quote set once opened (session 21):
quotes_gold_opened18.jsonl, written in session 20 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED18 = Path(__file__).parent / "data" / "quotes_gold_opened18.jsonl"


def test_quotes_opened18_floor():
    # sealed set 18 (12 English articles, 135 quotes, 48 with a via), scored once while sealed in
    # session 20 with that session's starting code 697df413 (found 0.985, speaker 0.837, via
    # 0.785, both 0.696) and its end code 7a10871a (found 0.985, speaker 0.844, via 0.793, both
    # 0.704; 13 predicted quotes matching no gold); then opened in session 21.
    # Floors: the end code's figures less rounding.
    r = ev.evaluate(OPENED18, split="all")
    assert r["gold"] == 135
    assert r["found"] >= 0.984
    assert r["speaker"] >= 0.843
    assert r["via"] >= 0.792
    assert r["both"] >= 0.703
