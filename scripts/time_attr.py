"""CPU milliseconds per article of attribution.find_candidates alone, on the English demo
texts parsed once: each pass clears the Doc's cached arrays, so every pass pays for them as
the pipeline does. Steadier than the whole pipeline's shares on a shared machine; compare
two trees by running it under each one's PYTHONPATH, in turn.

--sample N: a sampling profile instead (a CPU-time timer interrupts the passes and counts
the functions on the stack, N passes): cProfile's per-call overhead inflates the many small
functions here two to three times, the samples do not. Session 16, 14 demo articles, 300
passes (about 4,000 samples), share of find_candidates' CPU: attr_model.select 55%
(broad_candidates 31%: the gate's cue weights 11-15%, content_at 5%, the numpy pre-selection
4%, candidate 4%; features 12.5%; score 10.6%), cue_model.DocArrays 17% (shared with the
quotes and via passes in the pipeline), verb_candidates' own 7.5%, attr_nesting.settle 7%,
as_candidates 3%, _relabel 3%. attr_syntax, turned on, adds 7% (specs() 2.8%).

Usage: python scripts/time_attr.py [--passes N] [--profile | --sample N]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import signal
import time
from collections import Counter
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
    ap.add_argument("--sample", type=int, metavar="N",
                    help="a sampling profile over N passes instead (shares of CPU time)")
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
    if args.sample:
        sample(run, args.sample)
        return
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(args.passes)
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(45)
        return
    print(f"{len(docs)} articles: find_candidates ms/article, three runs of {args.passes} "
          f"passes:", " ".join(f"{run(args.passes):.3f}" for _ in range(3)))


def sample(run, passes: int) -> None:
    """Prints, for the functions most often on the stack, the share of samples in which
    each one is (inclusive) and in which it is the running one (own)."""
    incl: Counter = Counter()
    own: Counter = Counter()
    total = [0]

    def tick(_sig, frame):
        total[0] += 1
        seen = set()
        top = True
        while frame is not None:
            code = frame.f_code
            key = f"{Path(code.co_filename).name}:{code.co_name}"
            if top:
                own[key] += 1
                top = False
            if key not in seen:
                incl[key] += 1
                seen.add(key)
            frame = frame.f_back

    old = signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        run(passes)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    n = max(total[0], 1)
    print(f"{total[0]} samples; % inclusive, % own")
    for key, v in incl.most_common(40):
        print(f"{100 * v / n:5.1f} {100 * own[key] / n:5.1f}  {key}")


if __name__ == "__main__":
    main()
