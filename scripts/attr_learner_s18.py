"""Learner and feature variants for the attribution filter (analyze/attr_model.py), compared by
cross-validation on PolNeAR train's fit part and then, for the few worth it, on the held slice.

Input: ../shared/eval/polnear train split only (dev is never read); parses from train_cues.py's
/tmp cache; candidate pools cached under /tmp/pn18. Run from the project root:
  python scripts/attr_learner_s18.py pools               # build and cache the pools
  python scripts/attr_learner_s18.py cv VARIANT ...      # 5-fold CV on the fit part
  python scripts/attr_learner_s18.py held VARIANT ... --thr=-10,-8   # fit part -> held spans
  python scripts/attr_learner_s18.py spancv VARIANT ... --thr=-10,-8 # span scores, 5-fold CV
  python scripts/attr_learner_s18.py ens VARIANT --thr=-9   # packaged weights + variant, mean
VARIANT: perc8 (averaged perceptron, 8 epochs, seed 13; perc8s14: seed 14), bag3 (the mean of
perceptrons of seeds 13-15), lr3 (L2 logistic regression, lambda 3; lr3w2 weighs attributions
2x), each with +x (extras: cue lemma x voice / tag / content side and distance / source side,
origin x voice / distance, headline line, paragraph), +rate (the lemma's train marking rate,
bucketed, out of fold) or +L2 (label: the cue and the content each overlap some gold
relation's, the scorer's per-label view, instead of both in one relation).

Session 18 (pool: 101,435 candidates of 840 train articles, 18,356 attributions; held slice
84 articles; packaged attr.json at its threshold -8: cue 0.761, source 0.785, content 0.796).
Candidate F1 by 5-fold CV on the fit part at each variant's best threshold (select()'s one
candidate per cue word applied): perc8 0.7821, perc8+x 0.7839, perc8+rate 0.7828, lr3 0.7863.
Span scores (overlap F1 cue / source / content) on the fit part by 5-fold CV, the protocol that
picks a threshold without the held slice: perc8 thr -12 0.772 / 0.788 / 0.801, -10 0.774 /
0.790 / 0.803, -8 0.775 / 0.791 / 0.801, -6 0.774 / 0.790 / 0.799; perc8+x -12 0.775 / 0.790
/ 0.802, -10 0.775 / 0.790 / 0.802, -8 0.775 / 0.790 / 0.801. The candidate-level optimum (thr
-2.5 for perc8) is far from the span one: the spans want recall (held at -2.5: 0.751 / 0.772 /
0.783). Held slice, fit on the whole fit part: perc8 thr -10 0.762 / 0.782 / 0.801, -8 0.758 /
0.783 / 0.794; perc8+x -10 0.759 / 0.785 / 0.797, -8 0.757 / 0.780 / 0.791; lr3 -1.5 0.757 /
0.774 / 0.798, -1 0.761 / 0.785 / 0.796, -0.5 0.754 / 0.776 / 0.790; perc8+L2 -8 0.759 / 0.782
/ 0.795, -10 0.756 / 0.778 / 0.792; packaged and perc8 weights averaged, thr -9: 0.760 / 0.782
/ 0.797. Seeds at thr -10: 13 0.762 / 0.782 / 0.801, 14 0.762 / 0.782 / 0.795, 15 0.765 / 0.786
/ 0.798. bag3: fit-part CV thr -12 0.773 / 0.788 / 0.801, -10 0.775 / 0.790 / 0.802, -8 0.776
/ 0.792 / 0.803 (chosen), held slice at -8 0.760 / 0.779 / 0.794. The seed alone moves the held slice by 0.004 source and 0.006 content, more than any
learner or feature group above, so none of them is a measured gain over the packaged weights.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import inspect
import json
import math
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_attr  # noqa: E402  (candidate pools and labels)
import train_cues  # noqa: E402  (parse cache, perceptron, span scorer)

from newsprism.analyze import attr_model, cue_model  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "polnear"
CACHE = Path("/tmp/pn18")
FOLDS = 5


def load():
    gold = polnear.load_split(DATA, "train")
    docs = train_cues.parsed(gold)
    if not _HITS:
        _HITS.append(hits(gold, docs))
    return gold, docs


def split(n: int) -> tuple[list[int], list[int]]:
    h = train_attr.HOLD_EVERY
    return [k for k in range(n) if k % h != h - 1], [k for k in range(n) if k % h == h - 1]


# ---------------------------------------------------------------- extra features

def _voice(ar, i: int) -> str:
    deps = {ar.dep[c] for c in ar.kids[i]}
    return "pass" if deps & {"auxpass", "nsubjpass"} else "act"


def extras(doc, cand) -> list[str]:
    """Candidate features beyond attr_model.features: conjunctions of the cue word with its
    voice, tag, place in the sentence and article, and the content's distance and marks."""
    tok = cand.cue_tok
    if tok is None or not hasattr(tok, "pos_"):
        return ["x:nocue|" + cand.origin]
    ar = cue_model.arrays(doc)
    i = tok.i
    lemma = ar.lemma[i]
    text = doc.text
    s, e = cand.content
    side = "after" if s >= cand.cue[1] else "before" if e <= cand.cue[0] else "around"
    gap = len(text[cand.cue[1]:s].split()) if side == "after" else \
        len(text[e:cand.cue[0]].split()) if side == "before" else 0
    gb = attr_model._bin(gap)
    head_line = "\n" not in text[:cand.cue[0]].strip()
    par = text.count("\n\n", 0, cand.cue[0])
    pb = "0" if par == 0 else "1-3" if par <= 3 else "4-10" if par <= 10 else "more"
    ssd = "none"
    if cand.source is not None:
        ssd = "before" if cand.source[1] <= cand.cue[0] else "after"
    v = _voice(ar, i)
    return ["x:lv=" + lemma + "|" + v, "x:ov=" + cand.origin + "|" + v,
            "x:lt=" + lemma + "|" + ar.tag(i),
            "x:og=" + cand.origin + "|" + side + "|" + gb,
            "x:lg=" + lemma + "|" + side + "|" + gb,
            "x:hl=" + str(head_line) + "|" + cand.origin,
            "x:par=" + pb + "|" + cand.origin,
            "x:ssd=" + ssd + "|" + cand.origin, "x:lssd=" + lemma + "|" + ssd]


# ---------------------------------------------------------------- pools

def pools(gold, docs) -> list[dict]:
    src = "".join((ROOT / "src" / "newsprism" / "analyze" / f).read_text()
                  for f in ("attr_model.py",))
    key = hashlib.sha1((src + str(len(docs)) + inspect.getsource(extras)).encode()).hexdigest()[:12]
    path = CACHE / f"pool-{key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    out = []
    t0 = time.perf_counter()
    for n, (doc, g) in enumerate(zip(docs, gold)):
        cands, rules = train_attr.pool(doc)
        ar = cue_model.arrays(doc)
        out.append({"feats": [attr_model.features(doc, c, others=rules) for c in cands],
                    "extra": [extras(doc, c) for c in cands],
                    "labels": [train_attr.label(c, g.relations) for c in cands],
                    "cue": [c.cue_tok.i if c.cue_tok is not None and hasattr(c.cue_tok, "i")
                            else -1 for c in cands],
                    "lemma": [ar.lemma[c.cue_tok.i] if c.cue_tok is not None
                              and hasattr(c.cue_tok, "i") else "-" for c in cands],
                    "origin": [c.origin for c in cands],
                    "rule": [k < len(rules) for k in range(len(cands))]})
        if n % 100 == 0:
            print(f"  pool {n} {time.perf_counter() - t0:.0f} s", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def hits(gold, docs) -> list[dict]:
    """Per article and pooled candidate, in the pools' order: whether its cue overlaps any gold
    cue and whether its content overlaps any gold content (of any relation), the scorer's own
    per-label view, against the pool's label that asks for both in one relation."""
    path = CACHE / f"hits-{len(docs)}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    out = []
    for doc, g in zip(docs, gold):
        cands, _ = train_attr.pool(doc)
        cues_ = [f for r in g.relations for f in r["cue"]]
        conts = [f for r in g.relations for f in r["content"]]
        out.append({"cue": [c.cue is not None and train_attr._ov((c.cue,), cues_) for c in cands],
                    "content": [train_attr._ov((c.content,), conts) for c in cands]})
    path.write_bytes(pickle.dumps(out))
    return out


def lemma_counts(docs, gold) -> list[dict]:
    """Per article: lemma -> (uses marked as a gold cue, uses), over every alphabetic word."""
    path = CACHE / f"rates-{len(docs)}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    out = []
    for doc, g in zip(docs, gold):
        inside = train_cues.cue_chars(g)
        c: dict = {}
        for tok in doc:
            if tok.is_alpha:
                a, b = c.get(tok.lemma_.lower(), (0, 0))
                c[tok.lemma_.lower()] = (a + (tok.idx in inside), b + 1)
        out.append(c)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def rate_table(counts, keys) -> dict[str, tuple[int, int]]:
    t: dict = {}
    for k in keys:
        for lem, (a, b) in counts[k].items():
            x = t.get(lem, (0, 0))
            t[lem] = (x[0] + a, x[1] + b)
    return t


def rate_bucket(table, lemma: str) -> str:
    a, b = table.get(lemma, (0, 0))
    if b < 3:
        return "rare"
    r = a / b
    for cap in (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7):
        if r <= cap:
            return str(cap)
    return "1"


def rate_feats(table, lemma: str, origin: str) -> list[str]:
    b = rate_bucket(table, lemma)
    return ["x:rate=" + b, "x:rateo=" + b + "|" + origin]


# ---------------------------------------------------------------- learners

def perceptron(data, epochs=8, seed=13):
    return train_cues.train(train_cues.frequent(data), epochs=epochs, seed=seed)


def bagged(data, seeds, epochs=8):
    data = train_cues.frequent(data)
    out: dict[str, float] = {}
    for seed in seeds:
        for f, v in train_cues.train(data, epochs=epochs, seed=seed).items():
            out[f] = out.get(f, 0.0) + v
    return {f: round(v / len(seeds), 4) for f, v in sorted(out.items())
            if abs(v / len(seeds)) > 1e-4}


def logistic(data, l2=1.0, pos_weight=1.0, min_count=2, maxiter=400):
    from scipy import sparse
    from scipy.optimize import minimize
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: j for j, f in enumerate(names)}
    ind, ptr, val = [], [0], []
    for feats, _ in data:
        cnt = collections.Counter(index[f] for f in feats if f in index)
        for j in sorted(cnt):
            ind.append(j)
            val.append(float(cnt[j]))
        ptr.append(len(ind))
    x = sparse.csr_matrix((np.array(val), np.array(ind, dtype=np.int64), np.array(ptr)),
                          shape=(len(data), len(names)))
    y = np.array([1.0 if lab else -1.0 for _, lab in data])
    c = np.where(y > 0, pos_weight, 1.0)
    xt = x.T.tocsr()
    nb = len(names)

    def loss(wb):
        w, b = wb[:nb], wb[nb]
        z = y * (x @ w + b)
        lo = np.logaddexp(0.0, -z)
        g = -c * y * np.exp(-np.logaddexp(0.0, z))
        return float(c @ lo + 0.5 * l2 * w @ w), np.append(xt @ g + l2 * w, g.sum())

    res = minimize(loss, np.zeros(nb + 1), jac=True, method="L-BFGS-B",
                   options={"maxiter": maxiter})
    out = {f: round(float(v), 4) for f, v in zip(names, res.x[:nb]) if abs(v) > 1e-4}
    out["k=__bias__"] = round(float(res.x[nb]), 4)
    return out


def _spec(name: str):
    """VARIANT: learner[+feature groups], e.g. perc8, lr3, perc8+x, lr1+x+rate, perc8+rate."""
    parts = name.split("+")
    learner, groups = parts[0], set(parts[1:])
    groups |= {g[:2] for g in groups if g.startswith("L")}
    if learner.startswith("perc"):
        ep, _, seed = learner[4:].partition("s")
        fit = lambda d: perceptron(d, int(ep), int(seed or 13))  # noqa: E731
    elif learner.startswith("bag"):  # the mean of perceptrons trained in N shuffled orders
        seeds = range(13, 13 + int(learner[3:]))
        fit = lambda d: bagged(d, seeds)  # noqa: E731
    elif learner.startswith("lr"):
        l2, _, pw = learner[2:].partition("w")
        fit = lambda d: logistic(d, float(l2), float(pw or 1))  # noqa: E731
    else:
        raise SystemExit("unknown learner " + learner)
    return fit, groups


_HITS: list = []


def rows(pl, keys, groups, table, xsel=None):
    data, meta = [], []
    for k in keys:
        p = pl[k]
        labels = p["labels"]
        if "L2" in groups:  # the cue and the content each overlap some gold relation's
            h = _HITS[0][k]
            labels = [a and b for a, b in zip(h["cue"], h["content"])]
        elif "L3" in groups:  # as L2, or the content alone where gold has no cue near
            h = _HITS[0][k]
            labels = [y or (a and b) for y, a, b in zip(p["labels"], h["cue"], h["content"])]
        for j, (f, y) in enumerate(zip(p["feats"], labels)):
            f = list(f)
            if "x" in groups:
                f += [x for x in p["extra"][j] if xsel is None or x.split("=")[0] in xsel]
            if "rate" in groups:
                f += rate_feats(table, p["lemma"][j], p["origin"][j])
            data.append((f, y))
            meta.append((k, p["cue"][j]))
    return data, meta


def score_rows(w, data) -> np.ndarray:
    b = w.get("k=__bias__", 0.0)
    return np.array([b + sum(w.get(f, 0.0) for f in feats) for feats, _ in data])


def group_best(scores, meta, thr) -> np.ndarray:
    """select()'s rule at candidate level: of the candidates over the threshold sharing a cue
    word, only the best-scored is kept."""
    keep = scores > thr
    best: dict = {}
    for j in np.flatnonzero(keep):
        k = meta[j]
        if k[1] < 0:
            continue
        if k in best and scores[best[k]] >= scores[j]:
            keep[j] = False
        else:
            if k in best:
                keep[best[k]] = False
            best[k] = j
    return keep


def cand_f1(scores, labels, meta, thr):
    keep = group_best(scores, meta, thr)
    y = np.asarray(labels, dtype=bool)
    tp = float((keep & y).sum())
    p, r = tp / max(1, keep.sum()), tp / max(1, y.sum())
    return 2 * p * r / max(1e-9, p + r), p, r


def _prepared():
    """Gold, parsed articles, candidate pools, lemma counts, and the fit / held article indices."""
    gold, docs = load()
    pl = pools(gold, docs)
    counts = lemma_counts(docs, gold)
    fit, held = split(len(docs))
    return gold, docs, pl, counts, fit, held


def cv_cmd(names, xsel=None) -> None:
    gold, docs, pl, counts, fit, _ = _prepared()
    folds = [fit[f::FOLDS] for f in range(FOLDS)]
    for name in names:
        t0 = time.perf_counter()
        train, groups = _spec(name)
        all_s, all_y, all_m = [], [], []
        for f in range(FOLDS):
            tr = [k for g, fo in enumerate(folds) if g != f for k in fo]
            table = rate_table(counts, tr) if "rate" in groups else None
            # the rate of a training row's own fold comes from the other training folds
            data = []
            if "rate" in groups:
                for g, fo in enumerate(folds):
                    if g == f:
                        continue
                    inner = rate_table(counts, [k for h, fo2 in enumerate(folds)
                                                if h not in (f, g) for k in fo2])
                    data += rows(pl, fo, groups, inner, xsel)[0]
            else:
                data = rows(pl, tr, groups, None, xsel)[0]
            w = train(data)
            te, meta = rows(pl, folds[f], groups, table, xsel)
            all_s.append(score_rows(w, te))
            all_y += [y for _, y in te]
            all_m += meta
        s = np.concatenate(all_s)
        grid = np.quantile(s, np.linspace(0.6, 0.97, 75))
        best = max((cand_f1(s, all_y, all_m, t) + (t,) for t in grid), key=lambda x: x[0])
        print(f"{name:<18} CV cand F1 {best[0]:.4f} (P {best[1]:.3f} R {best[2]:.3f}) "
              f"thr {best[3]:.2f}  {time.perf_counter() - t0:.0f} s", flush=True)
        np.save(CACHE / f"oof-{name}.npy", s)


def fit_weights(name, pl, counts, keys, xsel=None) -> dict[str, float]:
    """The variant's weights fit on ``keys`` (cached); a training row's rate feature comes
    from the other folds' articles, as in cv_cmd."""
    tag = hashlib.sha1(repr((keys, sorted(xsel or ()))).encode()).hexdigest()[:8]
    path = CACHE / f"w-{name}-{len(keys)}-{tag}.json"
    if path.exists():
        return json.loads(path.read_text())
    train, groups = _spec(name)
    folds = [keys[f::FOLDS] for f in range(FOLDS)]
    data = []
    if "rate" in groups:
        for g, fo in enumerate(folds):
            inner = rate_table(counts, [k for h, fo2 in enumerate(folds) if h != g for k in fo2])
            data += rows(pl, fo, groups, inner, xsel)[0]
    else:
        data = rows(pl, keys, groups, None, xsel)[0]
    w = train(data)
    path.write_text(json.dumps(w, sort_keys=True))
    return w


def with_extras(groups, table, xsel=None):
    """attr_model.features with the variant's extra features appended, for select()."""
    base = attr_model.features

    def features(doc, cand, word=None, others=()):
        f = base(doc, cand, word, others)
        if "x" in groups:
            f += [x for x in extras(doc, cand) if xsel is None or x.split("=")[0] in xsel]
        if "rate" in groups:
            tok = cand.cue_tok
            lemma = cue_model.arrays(doc).lemma[tok.i] if tok is not None and \
                hasattr(tok, "pos_") else "-"
            f += rate_feats(table, lemma, cand.origin)
        return f
    return base, features


def held_cmd(names, thresholds, xsel=None, scale=None) -> None:
    gold, docs, pl, counts, fit, held = _prepared()
    hdocs, hgold = [docs[k] for k in held], [gold[k] for k in held]
    for name in names:
        t0 = time.perf_counter()
        w = dict(fit_weights(name, pl, counts, fit, xsel))
        _, groups = _spec(name)
        bias = w.pop("k=__bias__", 0.0)
        base, feats = with_extras(groups, rate_table(counts, fit), xsel)
        attr_model.features = feats
        try:
            for thr in thresholds:
                attr_model.use(attr_model.AttrModel(w, thr - bias))
                res = train_cues.span_scores(hdocs, hgold)
                print(train_cues._line(f"{name:<14} thr {thr:<6}", res), flush=True)
        finally:
            attr_model.features = base
            attr_model.use()
        print(f"  {len(w)} weights, {time.perf_counter() - t0:.0f} s", flush=True)


def spancv_cmd(names, thresholds, xsel=None) -> None:
    """PolNeAR span scores on the fit part, each fold's articles filtered by the model fit on
    the other folds: the threshold is chosen here, never on the held slice."""
    from types import SimpleNamespace

    from newsprism.analyze import quotes
    gold, docs, pl, counts, fit, _ = _prepared()
    folds = [fit[f::FOLDS] for f in range(FOLDS)]
    for name in names:
        t0 = time.perf_counter()
        _, groups = _spec(name)
        pairs = {thr: [] for thr in thresholds}
        for f in range(FOLDS):
            tr = [k for g, fo in enumerate(folds) if g != f for k in fo]
            w = dict(fit_weights(name, pl, counts, tr, xsel))
            bias = w.pop("k=__bias__", 0.0)
            base, feats = with_extras(groups, rate_table(counts, tr), xsel)
            attr_model.features = feats
            try:
                for thr in thresholds:
                    attr_model.use(attr_model.AttrModel(w, thr - bias))
                    for k in folds[f]:
                        qs = quotes.extract(docs[k])
                        pairs[thr].append((polnear.predicted_spans(
                            SimpleNamespace(text=gold[k].text, quotes=qs)), gold[k].gold))
            finally:
                attr_model.features = base
                attr_model.use()
        for thr in thresholds:
            print(train_cues._line(f"{name:<14} CV thr {thr:<6}", polnear.score(pairs[thr])),
                  flush=True)
        print(f"  {time.perf_counter() - t0:.0f} s", flush=True)


def ens_cmd(names, thresholds) -> None:
    """The packaged weights averaged with each variant's fit-part weights (one linear model,
    the mean of the two scores), scored on the held slice."""
    gold, docs, pl, counts, fit, held = _prepared()
    hdocs, hgold = [docs[k] for k in held], [gold[k] for k in held]
    pack = json.loads((ROOT / "src" / "newsprism" / "data" / "models" / "attr.json")
                      .read_text())["weights"]
    for name in names:
        w = dict(fit_weights(name, pl, counts, fit))
        w.pop("k=__bias__", None)
        avg = {f: round((pack.get(f, 0.0) + w.get(f, 0.0)) / 2, 4) for f in set(pack) | set(w)}
        for thr in thresholds:
            attr_model.use(attr_model.AttrModel(avg, thr))
            try:
                res = train_cues.span_scores(hdocs, hgold)
            finally:
                attr_model.use()
            print(train_cues._line(f"pack+{name:<9} thr {thr:<6}", res), flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("pools", "cv", "held", "spancv", "ens"))
    ap.add_argument("--thr", default="0")
    ap.add_argument("names", nargs="*")
    ap.add_argument("--xsel", default="")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.command == "pools":
        gold, docs = load()
        pl = pools(gold, docs)
        lemma_counts(docs, gold)
        print(f"{sum(len(p['labels']) for p in pl)} candidates "
              f"({sum(sum(p['labels']) for p in pl)} attributions), "
              f"{time.perf_counter() - t0:.0f} s")
    elif args.command == "cv":
        cv_cmd(args.names, set(args.xsel.split(",")) if args.xsel else None)
    elif args.command == "spancv":
        spancv_cmd(args.names, [float(t) for t in args.thr.split(",")],
                   set(args.xsel.split(",")) if args.xsel else None)
    elif args.command == "ens":
        ens_cmd(args.names, [float(t) for t in args.thr.split(",")])
    elif args.command == "held":
        held_cmd(args.names, [float(t) for t in args.thr.split(",")],
                 set(args.xsel.split(",")) if args.xsel else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
