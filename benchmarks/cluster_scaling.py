"""How story clustering scales: synthetic articles (10k -> 100k) fed to the clusterer's core.

Inputs are generated, not read: stories with random centre embeddings, articles as noisy
copies of their story's centre, a steady number of articles a day, entity keys and content
words drawn per story. Prints total CPU time per size, the growth exponent between sizes
(1.0 = linear; the target is <= 1.15), peak RSS, and the live stories, bounded by
StoryIndex.max_live (here 5000, some 6 months of news at 100 articles a day). The first
15 days fill the window (fewer candidates), so the smallest size runs a little fast.

    python benchmarks/cluster_scaling.py [--sizes 10000 30000 100000] [--per-day 100]
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import resource
import sys
import time

import numpy as np

from newsprism.corpus.cluster import Features, StoryIndex
from newsprism.evaluate.stories import bcubed

DIM = 384
LANGS = ("en", "ar", "fa", "ur", "fr", "de", "es", "it", "tr", "el")


def synthetic(n: int, per_day: int, gold: dict[str, str], gold_limit: int, seed: int = 0):
    """Yields n synthetic Features day by day, as feeds would deliver them; each story has
    1-12 articles spread over its first three days. Only the days in flight are held in
    memory, so the measured peak is the clusterer's. Gold labels of the first
    ``gold_limit`` articles are written to ``gold``."""
    rng = np.random.default_rng(seed)
    day0 = dt.date(2020, 1, 1)
    pending: dict[int, list] = {}
    made = story = day = 0
    while made < n or pending:
        budget = per_day if made < n else 0
        while budget > 0 and made < n:
            size = int(min(12, 1 + rng.geometric(0.25)))
            centre = rng.normal(size=DIM).astype(np.float32)
            centre /= np.linalg.norm(centre)
            keys = [f"k{int(x)}" for x in rng.integers(0, 200_000, size=6)]
            words = [f"w{int(x)}" for x in rng.integers(0, 500_000, size=40)]
            for _ in range(min(size, n - made)):
                v = centre + rng.normal(scale=0.25 / math.sqrt(DIM), size=DIM)
                pick = rng.choice(len(words), size=25, replace=False)
                when = day + int(rng.integers(0, 3))
                aid = f"a{made}"
                pending.setdefault(when, []).append(Features(
                    article_id=aid, published=day0 + dt.timedelta(days=when),
                    language=LANGS[int(rng.integers(0, len(LANGS)))],
                    embedding=(v / np.linalg.norm(v)).astype(np.float32),
                    names=frozenset(keys[:4 + int(rng.integers(0, 3))]),
                    terms=frozenset(words[i] for i in pick)))
                if made < gold_limit:
                    gold[aid] = f"s{story}"
                made += 1
            budget -= size
            story += 1
        today = pending.pop(day, [])
        rng.shuffle(today)  # within a day, feeds arrive in any order
        yield from today
        day += 1


def rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, per_day: int, gold_limit: int = 5000) -> dict:
    gold: dict[str, str] = {}
    idx = StoryIndex(max_live=5000)
    # CPU time of this process: the machine is shared, and wall time would measure the
    # neighbours' load as much as the clusterer (generation is included in both)
    t0, w0 = time.process_time(), time.perf_counter()
    for f in synthetic(n, per_day, gold, gold_limit):
        idx.assign(f)
    secs, wall = time.process_time() - t0, time.perf_counter() - w0
    pred = {aid: idx.article_story[aid] for aid in gold}
    return {"n": n, "seconds": secs, "wall": wall, "per_article_ms": 1000 * secs / n,
            "live_stories": len(idx.stories), "rss_mb": rss_mb(),
            "bcubed_f1_first_5000": bcubed(pred, gold)["f1"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--per-day", type=int, default=100)
    args = ap.parse_args(argv)
    prev = None
    print(f"{'articles':>9} {'cpu s':>8} {'wall s':>7} {'ms/art':>7} {'exponent':>8} {'live':>6} "
          f"{'peak RSS MB':>11} {'B3 F1':>6}")
    worst = 0.0
    for n in args.sizes:
        r = run(n, args.per_day)
        exp = ""
        if prev is not None:
            e = math.log(r["seconds"] / prev["seconds"]) / math.log(n / prev["n"])
            worst = max(worst, e)
            exp = f"{e:.2f}"
        print(f"{n:>9} {r['seconds']:>8.1f} {r['wall']:>7.1f} {r['per_article_ms']:>7.2f} {exp:>8} "
              f"{r['live_stories']:>6} {r['rss_mb']:>11.0f} {r['bcubed_f1_first_5000']:>6.3f}",
              flush=True)
        prev = r
    print(f"growth exponent (worst step): {worst:.2f} (target <= 1.15)")
    return 0 if worst <= 1.15 else 1


if __name__ == "__main__":
    sys.exit(main())
