"""Trains the model that judges attr_syntax's candidates (a passive verb's subject, the noun a
relative clause or participle describes, as content) on PolNeAR train's fit part (every article
but each tenth) and picks its threshold on the held-back tenth, scoring the whole attribution
there (overlap content + source F1). Writes src/newsprism/data/models/attr_syntax.json;
deterministic (sorted inputs, fixed seed).

Input: ../shared/eval/polnear train split only (dev is never read); parses cached as
attr_held.py caches them. Run from the project root: python scripts/train_attr_syntax.py
[--no-write]

Session 14, held slice (overlap content / source; none 0.794 / 0.785): pass-subj + rel-head
trained on every candidate 0.795 / 0.785; on those select scores (cue held by no kept
candidate, the shipped model) 0.796 / 0.787; without the cue model's features the same 0.796 /
0.787 (file 99 KB), but its weaker gate builds more candidates (select 0.060 -> 0.075-0.089 ms
per demo article), so it was not kept. Tried and left out (sum of the two within 0.001 of the shipped or lower):
subjects of verbs of feeling and seeming as content ('stimulus': 51 right of 336 on the fit
part), fronted 'for/to/in/by X,' frames (52 of 1,945), the packaged filter's word score as a
feature, pass-subj alone (0.795 / 0.786), 4 or 16 epochs.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attr_gap  # noqa: E402
import attr_held  # noqa: E402
import train_attr  # noqa: E402
import train_cues  # noqa: E402

from newsprism.analyze import attr_model, attr_syntax, attribution, cue_model, quotes  # noqa: E402
from newsprism.analyze.cue_model import Linear  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

OUT = train_attr.OUT.parent / "attr_syntax.json"
EPOCHS = 8
FREE = True
THRESHOLDS = (-4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0, 6.0, 8.0)


def examples(docs, golds):
    attr_syntax.use(None)
    out = []
    n = collections.Counter()
    for doc, g in zip(docs, golds):
        attr_model.use(None)
        cue_model.use(None)
        try:
            rules = attribution.find_candidates(doc)
        finally:
            cue_model.use()
            attr_model.use()
        keys = attr_model.nest_keys(rules)
        kept = [c.cue for c in attribution.find_candidates(doc) if c.cue] if FREE else []
        for c, what in attr_syntax.candidates(doc):
            if any(c.cue[0] < e and s < c.cue[1] for s, e in kept):
                continue  # select never scores a candidate whose cue a kept one holds
            y = train_attr.label(c, g.relations)
            n[c.origin, y] += 1
            out.append((attr_syntax.features(doc, c, what, keys), y))
    return out, n


def held_scores(docs, golds):
    pairs = []
    for doc, g in zip(docs, golds):
        _, spans = attr_gap.relations_of(quotes.extract(doc), g.text)
        pairs.append((spans, g.gold))
    return polnear.score(pairs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs, golds = attr_held.fit_part()
    data, n = examples(docs, golds)
    print(f"{len(data)} candidates {dict(n)}, {time.perf_counter() - t0:.0f} s", flush=True)
    weights = train_cues.train(train_cues.frequent(data), epochs=EPOCHS)
    print(f"{len(weights)} weights", flush=True)
    train_cues.CACHE = Path("/tmp/attr_held")
    hdocs, hgolds = attr_held.held_slice()
    attr_syntax.use(None)
    res = held_scores(hdocs, hgolds)
    print(train_cues._line("held, none    ", res), flush=True)
    best = (res["content"]["overlap"]["f1"] + res["source"]["overlap"]["f1"], None)
    for thr in THRESHOLDS:
        attr_syntax.use(Linear(weights, thr))
        res = held_scores(hdocs, hgolds)
        print(train_cues._line(f"held, thr {thr:<4}", res), flush=True)
        gain = res["content"]["overlap"]["f1"] + res["source"]["overlap"]["f1"]
        if gain > best[0] + 1e-9:
            best = (gain, thr)
    attr_syntax.use()
    print(f"best threshold {best[1]} ({best[0]:.4f})")
    if best[1] is not None and not args.no_write:
        train_cues.write_weights(OUT, weights, best[1], t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
