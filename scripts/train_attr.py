"""Trains the learned attribution filter (analyze/attr_model.py) on PolNeAR train and writes its
weights to src/newsprism/data/models/attr.json; reproducible: sorted inputs, fixed seed.

Input: ../shared/eval/polnear (train split only; dev is kept for reporting). Parses come from
train_cues.py's /tmp cache. Every tenth train article is held back to pick the threshold and
report the gain; --errors prints categorised errors on that slice instead of training.
Run from the project root: python scripts/train_attr.py [--errors [--no-filter]]
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_cues  # noqa: E402  (the parse cache, the perceptron and the span scorer)

from newsprism.analyze import attr_model, attribution, cue_model, cues, quotes  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsprism" / "data" / "models" / "attr.json"
HOLD_EVERY = 10
EPOCHS = 8
THRESHOLDS = (-10.0, -8.0, -6.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0)


def _ov(a, b) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


def label(cand, relations) -> bool:
    """A candidate is an attribution when one gold relation shares both its cue and its
    content (overlap, as the scorer counts)."""
    if cand.cue is None:
        return False
    return any(r["cue"] and _ov((cand.cue,), r["cue"]) and _ov((cand.content,), r["content"])
               for r in relations)


def pool(doc) -> tuple[list, list]:
    """Rule candidates plus the broad ones, unfiltered; and the rule ones alone."""
    attr_model.use(None)
    cue_model.use(None)
    try:
        rules = attribution.find_candidates(doc)
    finally:
        cue_model.use()
        attr_model.use()
    return rules + attr_model.broad_candidates(doc, rules), rules


def examples(docs, gold_docs):
    out = []
    for doc, g in zip(docs, gold_docs):
        cands, rules = pool(doc)
        for c in cands:
            out.append((attr_model.features(doc, c, others=rules), label(c, g.relations)))
    return out


# ---------------------------------------------------------------- error analysis

def _groups(qs) -> list[dict]:
    """Our quotes as relations (quotes sharing a cue are one), as predicted_spans builds them."""
    groups: dict = {}
    for q in qs:
        key = (q.cue.start, q.cue.end) if q.cue else ("q", q.id)
        groups.setdefault(key, []).append(q)
    out = []
    for key, qq in groups.items():
        sp = next((q.speaker for q in qq if q.speaker.start is not None), qq[0].speaker)
        out.append({"cue": (key,) if key[0] != "q" else (),
                    "content": tuple(sorted({(q.start, q.end) for q in qq})),
                    "source": ((sp.start, sp.end),) if sp.start is not None else ()})
    return out


def errors(docs, gold_docs) -> collections.Counter:
    """Counts of what went wrong per gold relation and per predicted one."""
    n = collections.Counter()
    for doc, g in zip(docs, gold_docs):
        preds = _groups(quotes.extract(doc))
        for r in g.relations:
            hit = [p for p in preds if _ov(p["content"], r["content"])
                   or (r["cue"] and _ov(p["cue"], r["cue"]))]
            if not hit:
                n["gold: no candidate at all"] += 1
                continue
            p = max(hit, key=lambda p: _ov(p["cue"], r["cue"]) and _ov(p["content"], r["content"]))
            if not _ov(p["content"], r["content"]):
                n["gold: cue found, content elsewhere"] += 1
            elif not _ov(p["cue"], r["cue"]) and r["cue"]:
                n["gold: content found, other cue"] += 1
            else:
                n["gold: found"] += 1
            if r["source"] and not p["source"]:
                n["source: gold has one, we have none"] += 1
            elif r["source"] and not _ov(p["source"], r["source"]):
                n["source: wrong"] += 1
            elif not r["source"] and p["source"]:
                n["source: gold has none, we have one"] += 1
        for p in preds:
            if not any(_ov(p["content"], r["content"]) or (r["cue"] and _ov(p["cue"], r["cue"]))
                       for r in g.relations):
                n["pred: false, " + _false_kind(doc, p)] += 1
    return n


def _false_kind(doc, pred) -> str:
    """A false attribution whose cue is a listed verb of saying or thinking governing a
    clause reads like one the annotator passed over; any other is our error."""
    if not pred["cue"]:
        return "no cue (quote marks only)"
    span = doc.char_span(*pred["cue"][0], alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    if tok is not None and (cues.is_cue_lemma(attribution.lemma_of(tok))) \
            and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return "plausible annotator miss"
    return "our error"


# ---------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "polnear"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--no-filter", action="store_true",
                    help="with --errors: rules plus the cue model, as before the filter")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    gold = polnear.load_split(args.data, "train")
    docs = train_cues.parsed(gold)
    fit = [k for k in range(len(docs)) if k % HOLD_EVERY != HOLD_EVERY - 1]
    held = [k for k in range(len(docs)) if k % HOLD_EVERY == HOLD_EVERY - 1]
    hdocs, hgold = [docs[k] for k in held], [gold[k] for k in held]
    if args.errors:
        if args.no_filter:
            attr_model.use(None)
        print(train_cues._line("held-back", train_cues.span_scores(hdocs, hgold)))
        for k, v in sorted(errors(hdocs, hgold).items()):
            print(f"{k:<40} {v:>5}")
        return 0
    data = train_cues.frequent(examples([docs[k] for k in fit], [gold[k] for k in fit]))
    print(f"{len(data)} candidates ({sum(y for _, y in data)} attributions), "
          f"{time.perf_counter() - t0:.0f} s", flush=True)
    weights = train_cues.train(data, epochs=EPOCHS)
    print(f"{len(weights)} weights, {time.perf_counter() - t0:.0f} s", flush=True)
    attr_model.use(None)
    print(train_cues._line("held-back, no filter        ",
                           train_cues.span_scores(hdocs, hgold)), flush=True)
    best = None
    for thr in THRESHOLDS:
        attr_model.use(attr_model.AttrModel(weights, thr))
        res = train_cues.span_scores(hdocs, hgold)
        print(train_cues._line(f"held-back, filter thr {thr:<5}", res), flush=True)
        gain = res["content"]["overlap"]["f1"] + res["source"]["overlap"]["f1"]
        if best is None or gain > best[0]:
            best = (gain, thr)
    attr_model.use()
    train_cues.write_weights(OUT, weights, best[1], t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
