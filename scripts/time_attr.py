"""CPU milliseconds per article of attribution.find_candidates alone, on the English demo
texts parsed once: each pass clears the Doc's cached arrays, so every pass pays for them as
the pipeline does. Steadier than the whole pipeline's shares on a shared machine; compare
two trees by running it under each one's PYTHONPATH, in turn.

Usage: python scripts/time_attr.py [--passes N] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from newsprism.analyze import attribution as A
from newsprism.analyze import nlp as nlp_mod
from newsprism.read import read_jsonl_records

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsprism" / "data" / "demo" / "demo.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--profile", action="store_true", help="cProfile the passes instead")
    ap.add_argument("--sort", default="tottime", help="pstats sort key for --profile")
    args = ap.parse_args()
    arts = [a for a, _ in read_jsonl_records(str(DEMO)) if not isinstance(a, Exception)]
    arts = [a for a in arts if (a.language or "en") == "en"]
    nlp = nlp_mod.load("en")
    docs = [(nlp(a.text), a.text) for a in arts]

    def run(passes: int) -> float:
        spent = 0.0
        for _ in range(passes):
            for doc, text in docs:
                for k in [k for k in doc.user_data
                          if isinstance(k, str) and k.startswith("newsprism")]:
                    del doc.user_data[k]
                A.remember_text(doc, text)
                t0 = time.process_time()
                A.find_candidates(doc)
                spent += time.process_time() - t0
        return 1000 * spent / (passes * len(docs))

    run(2)  # models and lexicons load lazily
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(args.passes)
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(45)
        return
    print(f"{len(docs)} articles: find_candidates ms/article, three runs of {args.passes} "
          f"passes:", " ".join(f"{run(args.passes):.3f}" for _ in range(3)))


if __name__ == "__main__":
    main()
