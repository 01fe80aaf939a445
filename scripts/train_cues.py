"""Trains the learned cue detector (analyze/cue_model.py) on PolNeAR train and writes its
weights to src/newsprism/data/models/cues.json; reproducible: sorted inputs, fixed seed.

Input: ../shared/eval/polnear (train split only; dev is kept for reporting). Parses are
cached under /tmp. Every tenth train article is held back to check the gain and pick the
threshold. Run from the project root: python scripts/train_cues.py [--parse-only]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from spacy.tokens import DocBin

from newsprism.analyze import cue_model, nlp as _nlp, quotes
from newsprism.evaluate import polnear

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsprism" / "data" / "models" / "cues.json"
CACHE = Path("/tmp/newsprism_cue_parses")
SEED = 13
EPOCHS = 8
HOLD_EVERY = 10
MIN_COUNT = 2
THRESHOLDS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0)


def parsed(docs):
    """spaCy Docs of the articles, from the /tmp cache when the texts are unchanged."""
    nlp = _nlp.load("en")
    key = hashlib.sha1("".join(d.name + d.text for d in docs).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    CACHE.mkdir(parents=True, exist_ok=True)
    out = list(nlp.pipe([d.text for d in docs], batch_size=16))
    DocBin(store_user_data=False, docs=out).to_disk(path)
    return out


def cue_chars(doc_gold) -> set[int]:
    """Character offsets lying inside any gold cue fragment."""
    return {i for frags in doc_gold.gold["cue"] for s, e in frags for i in range(s, e)}


def examples(docs, gold_docs):
    """(features, label) for each token the model would be asked about."""
    out = []
    for doc, g in zip(docs, gold_docs):
        inside = cue_chars(g)
        for tok in doc:
            if cue_model.eligible(tok):
                out.append((cue_model.features(tok), tok.idx in inside))
    return out


def frequent(data, min_count: int = MIN_COUNT):
    """Drops features seen fewer than ``min_count`` times: they fit single sentences, not
    the language, and would only bloat the weights file."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    return [([f for f in feats if counts[f] >= min_count], y) for feats, y in data]


def train(data, epochs: int = EPOCHS, seed: int = SEED) -> dict[str, float]:
    """Averaged perceptron over binary labels; returns the averaged weights."""
    w: dict[str, float] = {}
    total: dict[str, float] = {}
    stamp: dict[str, int] = {}
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, gold = data[k]
            step += 1
            y = 1.0 if gold else -1.0
            if y * sum(w.get(f, 0.0) for f in feats) > 0:
                continue
            for f in feats:
                total[f] = total.get(f, 0.0) + (step - stamp.get(f, 0)) * w.get(f, 0.0)
                stamp[f] = step
                w[f] = w.get(f, 0.0) + y
    avg = {}
    for f, v in w.items():
        t = total.get(f, 0.0) + (step - stamp.get(f, 0)) * v
        if abs(t / step) > 1e-4:
            avg[f] = round(t / step, 4)
    return avg


def token_scores(model, data) -> dict[str, float]:
    tp = sum(1 for f, y in data if y and model.score(f) > model.threshold)
    pred = sum(1 for f, y in data if model.score(f) > model.threshold)
    gold = sum(1 for _, y in data if y)
    return polnear._prf(tp, pred, gold)


def span_scores(docs, gold_docs) -> dict:
    """PolNeAR scores of the quotes extractor over already parsed docs."""
    pairs = []
    for doc, g in zip(docs, gold_docs):
        qs = quotes.extract(doc)
        pairs.append((polnear.predicted_spans(SimpleNamespace(text=g.text, quotes=qs)), g.gold))
    return polnear.score(pairs)


def _line(name: str, res: dict) -> str:
    return name + "  " + "  ".join(
        f"{lab} ex {res[lab]['exact']['f1']:.3f} ov {res[lab]['overlap']['f1']:.3f} "
        f"(P {res[lab]['overlap']['p']:.3f} R {res[lab]['overlap']['r']:.3f})"
        for lab in polnear.LABELS)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "polnear"))
    ap.add_argument("--parse-only", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    gold = polnear.load_split(args.data, "train")
    docs = parsed(gold)
    print(f"{len(docs)} train articles parsed in {time.perf_counter() - t0:.0f} s", flush=True)
    if args.parse_only:
        return 0
    fit = [k for k in range(len(docs)) if k % HOLD_EVERY != HOLD_EVERY - 1]
    held = [k for k in range(len(docs)) if k % HOLD_EVERY == HOLD_EVERY - 1]
    data = frequent(examples([docs[k] for k in fit], [gold[k] for k in fit]))
    weights = train(data)
    print(f"{len(data)} tokens, {len(weights)} weights, {time.perf_counter() - t0:.0f} s",
          flush=True)
    hdocs, hgold = [docs[k] for k in held], [gold[k] for k in held]
    hdata = examples(hdocs, hgold)
    cue_model.use(None)
    base = span_scores(hdocs, hgold)
    print(_line("held-back, rules only      ", base))
    best = None
    for thr in THRESHOLDS:
        model = cue_model.CueModel(weights, thr)
        cue_model.use(model)
        res = span_scores(hdocs, hgold)
        tok = token_scores(model, hdata)
        print(_line(f"held-back, learned thr {thr:<4}", res) + f"  tokens F1 {tok['f1']:.3f}",
              flush=True)
        gain = res["content"]["overlap"]["f1"] + res["source"]["overlap"]["f1"]
        if best is None or gain > best[0]:
            best = (gain, thr)
    cue_model.use(None)
    write_weights(OUT, weights, best[1], t0)
    return 0


def write_weights(out, weights: dict[str, float], threshold: float, t0: float) -> None:
    """Saves a linear model as the package reads it: sorted keys, so retraining on the same
    data gives a byte-identical file."""
    out.write_text(json.dumps({"threshold": threshold, "weights": dict(sorted(weights.items()))},
                              separators=(",", ":")), encoding="utf-8")
    print(f"threshold {threshold}; wrote {out} ({out.stat().st_size // 1024} KB) in "
          f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
