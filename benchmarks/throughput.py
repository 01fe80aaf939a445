"""Throughput of `newsprism analyze --jsonl` vs bare spaCy on the same texts, in one run.

Usage: python benchmarks/throughput.py [FILE.jsonl] [--repeat N]
Prints words/s for bare spaCy (en_core_web_sm, full pipeline, nlp.pipe) and for newsprism's
whole pipeline over the same English texts, the ratio, and each stage's share of the time.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsprism" / "data" / "demo" / "demo.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=str(DEMO))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from newsprism.analyze import nlp as nlp_mod
    from newsprism.analyze.pipeline import Pipeline
    from newsprism.read import read_jsonl_records

    arts = [a for a, _ in read_jsonl_records(args.file) if not isinstance(a, Exception)]
    arts = [a for a in arts if (a.language or "en") == "en"] * args.repeat
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    nlp = nlp_mod.load("en")
    pipe = Pipeline()
    list(pipe.analyze_many(arts[:2]))  # warm up both (model load, lexicons)
    list(nlp.pipe(texts[:2]))

    def bare_run() -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - t0

    first = bare_run()

    pipe.timings.clear()
    t0 = time.perf_counter()
    for _ in pipe.analyze_many(arts):
        pass
    ours = time.perf_counter() - t0
    bare = min(first, bare_run())  # bare spaCy measured before and after ours: the faster counts

    print(f"{len(texts)} English articles, {words} words")
    print(f"bare spaCy      {bare:7.2f} s  {words / bare:8.0f} words/s")
    print(f"newsprism       {ours:7.2f} s  {words / ours:8.0f} words/s")
    print(f"ratio newsprism/bare spaCy time: {ours / bare:.3f}  (overhead {100 * (ours / bare - 1):.1f}%)")
    spacy_t = pipe.timings.get("spacy", 0.0)
    for name, t in sorted(pipe.timings.items(), key=lambda x: -x[1]):
        share = 100 * t / spacy_t if spacy_t else 0.0
        print(f"  stage {name:<10} {t:7.3f} s  = {share:5.1f}% of the spaCy time")
    print(json.dumps({"bare_s": bare, "newsprism_s": ours, "ratio": ours / bare,
                      "stages": pipe.timings}))


if __name__ == "__main__":
    main()
