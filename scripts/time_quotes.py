"""Measures the quotes stage's share of analysis time: the default pipeline over the seed
article, the test articles of tests/test_quotes.py and the first PolNeAR dev texts, with CPU
time per stage. Run from the project root: python scripts/time_quotes.py"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from newsprism.analyze import pipeline as P
from newsprism.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _texts(n_dev: int = 10) -> list[str]:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_quotes as tq  # the articles written for the quotes tests

    texts = [(SHARED / "seed" / "soleimani-liberation-of-jerusalem.txt").read_text("utf-8")]
    texts += [tq.AP, tq.COLON, tq.SPANNING, tq.GUILLEMETS, tq.RELAY, tq.VIAS, tq.MISC]
    dev = sorted((SHARED / "eval" / "polnear" / "dev" / "text").glob("*.txt"))[:n_dev]
    return texts + [p.read_text("utf-8") for p in dev]


def main() -> None:
    spent: dict[str, float] = {}

    def timed(s: P.Stage) -> P.Stage:
        def run(state):
            t0 = time.process_time()
            out = s.run(state)
            spent[s.name] = spent.get(s.name, 0.0) + time.process_time() - t0
            return out
        return P.Stage(s.name, s.requires, s.provides, run)

    pipe = P.Pipeline([timed(s) for s in P.default_stages()])
    arts = [Article(id=str(i), text=t, language="en", published=dt.date(2020, 2, 13))
            for i, t in enumerate(_texts())]
    pipe.analyze(arts[0])  # load models outside the measurement
    spent.clear()
    t0 = time.process_time()
    list(pipe.analyze_many(arts))
    total = time.process_time() - t0
    print(f"{len(arts)} articles, pipeline CPU {total:.2f} s (spaCy included); per stage:",
          {k: round(v, 3) for k, v in spent.items()})
    print(f"quotes stage: {100 * spent['quotes'] / total:.1f}% of analysis time")


if __name__ == "__main__":
    main()
