"""Experiments on the attribution filter that did not beat it, kept runnable: dense context (the
parser's token vectors and sentence-level scalars) stacked on the perceptron, an oracle ceiling
and the annotators' own agreement.

Input: ../shared/eval/polnear train split only (dev is never read); parses from train_cues.py's
/tmp cache. Run from the project root:
  python scripts/attr_experiments.py agreement      # annotator vs annotator, same scorer
  python scripts/attr_experiments.py oracle         # held slice: the filter vs a perfect one
  python scripts/attr_experiments.py cv [--slots cue,head] [--folds 4]   # perceptron vs stack
  python scripts/attr_experiments.py nocand         # held slice: gold no prediction touches
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import math
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from spacy.attrs import SENT_START

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_attr  # noqa: E402  (candidate pools and labels)
import train_cues  # noqa: E402  (parse cache, perceptron, span scorer)

from newsprism.analyze import attr_model, cue_model, nlp as _nlp, quotes  # noqa: E402
from newsprism.analyze import attribution as A  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "polnear"
WIDTH = 96  # en_core_web_sm's tok2vec width
SLOTS = ("cue", "head", "source", "content")
SCALARS = ("has_src", "src_before", "inq", "sent_quotes", "quote_dist", "rel_pos", "sent_len",
           "rivals", "content_len", "content_after", "content_quoted", "prior", "prior_n",
           "nested_in", "holds")
_QUOTES = "\"“”«»"
SEED, HIDDEN, EPOCHS, BATCH, LR, L2 = 13, 16, 3, 128, 1e-3, 1e-4
PERC_THRESHOLDS = (-10.0, -8.0, -6.0)
STACK_THRESHOLDS = (-1.25, -1.0, -0.75, -0.5)


# ---------------------------------------------------------------- dense context

def _sentence(doc, i: int) -> tuple[int, int]:
    starts = doc.user_data.get("exp.sent_starts")
    if starts is None:
        arr = doc.to_array(SENT_START).astype(np.int64) if len(doc) else np.zeros(0)
        starts = sorted({0, *np.flatnonzero(arr == 1).tolist()})
        doc.user_data["exp.sent_starts"] = starts
    k = bisect.bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def prior(priors: dict, lemma: str, own=(0, 0)) -> tuple[float, float]:
    """Smoothed log-odds that a candidate with this cue word is an attribution, without the
    article's own counts (``own``) so that a training row never reads its label."""
    pos, n = priors.get(lemma, (0, 0))
    pos, n = max(0, pos - own[0]), max(0, n - own[1])
    p = (pos + 0.4) / (n + 2.0)  # two pseudo-counts at about the pool's base rate
    return math.log(p / (1.0 - p)), math.log1p(n)


def dense(doc, cands, others) -> np.ndarray:
    """Per candidate: the tok2vec rows of its cue, the cue's head, its source and its content
    root, then the scalar context (prior columns left zero: filled per split)."""
    tensor = doc.tensor if doc.tensor.shape == (len(doc), WIDTH) else None
    text = A.text_of(doc)
    marks = cue_model.quote_marks(doc)
    out = np.zeros((len(cands), WIDTH * len(SLOTS) + len(SCALARS)), dtype=np.float32)
    toks = [c.cue_tok if c.cue_tok is not None and hasattr(c.cue_tok, "i") else None
            for c in cands]
    sents = [_sentence(doc, t.i) if t is not None else (0, len(doc)) for t in toks]
    per_sent: dict[int, int] = {}
    for s in sents:
        per_sent[s[0]] = per_sent.get(s[0], 0) + 1
    spans = [(o.cue[0], o.content[0], o.content[1]) for o in others if o.cue is not None]
    for r, (c, tok, (ss, se)) in enumerate(zip(cands, toks, sents)):
        src = c.src_tok if c.source is not None and hasattr(c.src_tok, "i") else None
        span = doc.char_span(*c.content, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        for k, t in enumerate((tok, tok.head if tok is not None else None, src, root)):
            if t is not None and tensor is not None:
                out[r, k * WIDTH:(k + 1) * WIDTH] = tensor[t.i]
        i = tok.i if tok is not None else ss
        at = c.cue[0] if c.cue is not None else c.content[0]
        j = bisect.bisect_left(marks, i)
        near = min((abs(m - i) for m in marks[max(0, j - 1):j + 1]), default=99)
        cs, ce = c.content
        out[r, WIDTH * len(SLOTS):] = [
            src is not None, src is not None and tok is not None and src.i < tok.i,
            attr_model._quote_depth(text, at),
            math.log1p(bisect.bisect_left(marks, se) - bisect.bisect_left(marks, ss)),
            math.log1p(min(near, 99)), (i - ss) / max(1, se - ss), math.log1p(se - ss),
            math.log1p(per_sent[ss] - 1), math.log1p(len(text[cs:ce].split())),
            c.cue is not None and cs >= c.cue[1],
            any(ch in _QUOTES for ch in text[max(0, cs - 1):ce + 1]), 0.0, 0.0,
            any(os_ <= at < oe for oc, os_, oe in spans if oc != at),
            any(cs <= oc < ce for oc, os_, oe in spans if oc != at)]
    return out


_PRIOR_COLS = [WIDTH * len(SLOTS) + SCALARS.index("prior"),
               WIDTH * len(SLOTS) + SCALARS.index("prior_n")]


def lemma_counts(pools) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for p in pools:
        for lemma, y in zip(p["lemmas"], p["labels"]):
            a, n = out.get(lemma, (0, 0))
            out[lemma] = (a + int(y), n + 1)
    return out


def with_priors(rows, lemmas, priors, own) -> np.ndarray:
    rows = rows.copy()
    for r, lemma in enumerate(lemmas):
        rows[r, _PRIOR_COLS] = prior(priors, lemma, own.get(lemma, (0, 0)))
    return rows


# ---------------------------------------------------------------- the stacked network

class Stack:
    """The perceptron's score refined by a one-hidden-layer network over dense columns and
    that score; attr_model.select calls score_pool with the whole candidate pool."""

    def __init__(self, wide, params, cols, priors, threshold=0.0):
        self.weights, self.p, self.cols = wide, params, cols
        self.priors, self.threshold = priors, threshold

    def score(self, feats) -> float:  # the word-level gate sees the linear part only
        w = self.weights
        return sum(w[f] for f in feats if f in w)

    def score_pool(self, doc, pool, feats, rules) -> list[float]:
        lin = np.array([self.score(f) for f in feats])
        rows = with_priors(dense(doc, pool, rules), _lemmas(pool), self.priors, {})
        return forward(self.p, rows[:, self.cols], lin).tolist()


def forward(p, x, lin) -> np.ndarray:
    x = np.hstack([(x - p["mean"]) / p["scale"], lin[:, None] / 10.0])
    return p["a"] * lin + p["b"] + np.maximum(0.0, x @ p["w1"] + p["b1"]) @ p["w2"]


def fit(x, lin, y) -> dict:
    """Logistic loss, Adam, fixed seed. ``lin`` must be out-of-fold perceptron scores:
    in-sample ones would teach the network to trust the perceptron too much."""
    rng = np.random.default_rng(SEED)
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-3] = 1.0
    p = {"mean": mean, "scale": scale, "a": np.array(0.1), "b": np.array(0.0),
         "w1": rng.normal(0, math.sqrt(2.0 / (x.shape[1] + 1)), (x.shape[1] + 1, HIDDEN)),
         "b1": np.zeros(HIDDEN), "w2": rng.normal(0, 0.1 / math.sqrt(HIDDEN), HIDDEN)}
    keys = ("a", "b", "w1", "b1", "w2")
    m = {k: np.zeros_like(p[k]) for k in keys}
    v = {k: np.zeros_like(p[k]) for k in keys}
    xs = np.hstack([(x - mean) / scale, lin[:, None] / 10.0])
    t = 0
    for _ in range(EPOCHS):
        order = rng.permutation(len(y))
        for s in range(0, len(y), BATCH):
            bi = order[s:s + BATCH]
            h = np.maximum(0.0, xs[bi] @ p["w1"] + p["b1"])
            z = p["a"] * lin[bi] + p["b"] + h @ p["w2"]
            g = (1.0 / (1.0 + np.exp(-z)) - y[bi]) / len(bi)
            gh = np.outer(g, p["w2"]) * (h > 0)
            grads = {"a": (g * lin[bi]).sum(), "b": g.sum(), "w1": xs[bi].T @ gh + L2 * p["w1"],
                     "b1": gh.sum(0), "w2": h.T @ g + L2 * p["w2"]}
            t += 1
            for k in keys:
                m[k] = 0.9 * m[k] + 0.1 * grads[k]
                v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
                p[k] = p[k] - LR * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t))
                                                              + 1e-8)
    return p


# ---------------------------------------------------------------- data

def _lemmas(cands) -> list[str]:
    return [A.lemma_of(c.cue_tok) if c.cue_tok is not None and hasattr(c.cue_tok, "i")
            else "-" for c in cands]


def pools(docs, gold) -> list[dict]:
    """Per article: the unfiltered candidate pool's sparse features, dense rows and labels."""
    out = []
    for doc, g in zip(docs, gold):
        cands, rules = train_attr.pool(doc)
        out.append({"feats": [attr_model.features(doc, c, others=rules) for c in cands],
                    "rows": dense(doc, cands, rules), "lemmas": _lemmas(cands),
                    "labels": [train_attr.label(c, g.relations) for c in cands]})
    return out


def cand_prf(scores, labels, thresholds) -> str:
    y = np.asarray(labels, dtype=bool)
    best = (0.0, 0.0, 0.0, 0.0)
    for thr in thresholds:
        pred = scores > thr
        tp = float((pred & y).sum())
        p, r = tp / max(1, pred.sum()), tp / max(1, y.sum())
        best = max(best, (2 * p * r / max(1e-9, p + r), p, r, thr))
    return f"P {best[1]:.3f} R {best[2]:.3f} F1 {best[0]:.3f} (thr {best[3]})"


def _spans(docs, gold, model) -> list:
    attr_model.use(model)
    try:
        return [(polnear.predicted_spans(SimpleNamespace(text=g.text, quotes=quotes.extract(d))),
                 g.gold) for d, g in zip(docs, gold)]
    finally:
        attr_model.use()


# ---------------------------------------------------------------- commands

def cv(folds: int, slots: list[str]) -> None:
    """k-fold over the training articles outside the held slice: perceptron vs stack, the
    stack trained on out-of-fold perceptron scores of its training folds."""
    t0 = time.perf_counter()
    gold = polnear.load_split(DATA, "train")
    docs = train_cues.parsed(gold)
    if slots:
        for _ in _nlp.load("en").get_pipe("tok2vec").pipe(docs, batch_size=32):
            pass
    fitk = [k for k in range(len(docs)) if k % train_attr.HOLD_EVERY != train_attr.HOLD_EVERY - 1]
    pl = dict(zip(fitk, pools([docs[k] for k in fitk], [gold[k] for k in fitk])))
    cols = [i for s in slots for i in range(SLOTS.index(s) * WIDTH, (SLOTS.index(s) + 1) * WIDTH)]
    cols += list(range(WIDTH * len(SLOTS), WIDTH * len(SLOTS) + len(SCALARS)))
    print(f"{len(fitk)} articles pooled, {time.perf_counter() - t0:.0f} s", flush=True)
    parts = [[k for j, k in enumerate(fitk) if j % folds == f] for f in range(folds)]
    perc = [_perceptron([k for g in parts if g is not parts[f] for k in g], pl)
            for f in range(folds)]
    spans: dict = {}
    cand: dict = {"perc": ([], []), "stack": ([], [])}
    # perc[g] never saw part g: its scores there are out of fold for the stack's training.
    oof = {k: _lin(perc[g], pl[k]) for g, part in enumerate(parts) for k in part}
    for f in range(folds):
        train = [k for g, part in enumerate(parts) if g != f for k in part]
        pri = lemma_counts([pl[k] for k in train])
        x = np.concatenate([with_priors(pl[k]["rows"], pl[k]["lemmas"], pri,
                                        lemma_counts([pl[k]]))[:, cols] for k in train])
        y = np.array([float(v) for k in train for v in pl[k]["labels"]])
        stack = Stack(perc[f], fit(x, np.concatenate([oof[k] for k in train]), y), cols,
                      {k: v for k, v in pri.items() if v[1] >= 2})
        for k in parts[f]:
            lin = _lin(perc[f], pl[k])
            rows = with_priors(pl[k]["rows"], pl[k]["lemmas"], stack.priors, {})[:, cols]
            for name, s in (("perc", lin), ("stack", forward(stack.p, rows, lin))):
                cand[name][0].append(s)
                cand[name][1].extend(pl[k]["labels"])
        tdocs, tgold = [docs[k] for k in parts[f]], [gold[k] for k in parts[f]]
        for thr in PERC_THRESHOLDS:
            spans.setdefault(("perceptron", thr), []).extend(
                _spans(tdocs, tgold, attr_model.AttrModel(perc[f], thr)))
        for thr in STACK_THRESHOLDS:
            stack.threshold = thr
            spans.setdefault(("stack", thr), []).extend(_spans(tdocs, tgold, stack))
        print(f"fold {f + 1}/{folds} done, {time.perf_counter() - t0:.0f} s", flush=True)
    for name, (s, y) in cand.items():
        grid = PERC_THRESHOLDS + (-4.0, -2.0) if name == "perc" else np.arange(-3, 3, 0.25)
        print(f"candidates, {name:<5}: {cand_prf(np.concatenate(s), y, grid)}")
    for (name, thr), pairs in spans.items():
        print(train_cues._line(f"{name:<10} thr {thr:<6}", polnear.score(pairs)))


def _perceptron(keys, pl) -> dict[str, float]:
    data = [(f, y) for k in keys for f, y in zip(pl[k]["feats"], pl[k]["labels"])]
    return train_cues.train(train_cues.frequent(data), epochs=train_attr.EPOCHS)


def _lin(w, pool) -> np.ndarray:
    return np.array([sum(w.get(f, 0.0) for f in feats) for feats in pool["feats"]])


def oracle() -> None:
    """The held slice scored with the packaged filter and with one that keeps exactly the
    candidates matching a gold relation: the most any filter over this pool can reach."""
    gold = polnear.load_split(DATA, "train")
    docs = train_cues.parsed(gold)
    held = [k for k in range(len(docs)) if k % train_attr.HOLD_EVERY == train_attr.HOLD_EVERY - 1]
    hdocs, hgold = [docs[k] for k in held], [gold[k] for k in held]
    print(train_cues._line("held, packaged filter",
                           polnear.score(_spans(hdocs, hgold, "packaged"))))
    relations = {id(d): g.relations for d, g in zip(hdocs, hgold)}
    print(train_cues._line("held, oracle filter  ",
                           polnear.score(_spans(hdocs, hgold, _Oracle(relations)))))


class _Oracle:
    threshold = 0.0

    def __init__(self, relations):
        self.relations = relations

    def score(self, feats) -> float:
        return 1.0  # every word passes the gate

    def score_pool(self, doc, pool, feats, rules) -> list[float]:
        return [1.0 if train_attr.label(c, self.relations[id(doc)]) else -1.0 for c in pool]


def agreement() -> None:
    """Each extra annotator of the multiply annotated train articles scored against the first,
    as the evaluation scores us: what human agreement looks like on this scorer."""
    root = DATA / "train"
    by: dict[str, list[Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        m = polnear._ANN.match(p.name)
        if m:
            by.setdefault(m.group("name"), []).append(p)
    first, pairs = [], []
    for name, paths in sorted(by.items()):
        if len(paths) < 2:
            continue
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        anns = [polnear.parse_ann(text, p.read_text(encoding="utf-8")) for p in paths]
        first += [(a, anns[0]) for a in anns[1:]]
        pairs += list(itertools.permutations(anns, 2))
    n = sum(len(v) > 1 for v in by.values())
    print(train_cues._line(f"{n} articles, others vs first ", polnear.score(first)))
    print(train_cues._line(f"{n} articles, all ordered pairs", polnear.score(pairs)))


def nocand() -> None:
    """The held slice's gold relations that no prediction touches, by why: the pool held a
    matching candidate the filter dropped, or the pool lacks it (then by the gold cue's
    word class and what the pool has of its cue or content); plus the pool's recall."""
    gold = polnear.load_split(DATA, "train")
    docs = train_cues.parsed(gold)
    held = [k for k in range(len(docs)) if k % train_attr.HOLD_EVERY == train_attr.HOLD_EVERY - 1]
    ov = train_attr._ov
    counts: dict[str, int] = {}
    recall = [0, 0]
    for k in held:
        doc, relations = docs[k], gold[k].relations
        preds = train_attr._groups(quotes.extract(doc))
        pool, _ = train_attr.pool(doc)
        for r in relations:
            inpool = any(train_attr.label(c, [r]) for c in pool)
            recall[0] += inpool
            recall[1] += 1
            if any(ov(p["content"], r["content"]) or (r["cue"] and ov(p["cue"], r["cue"]))
                   for p in preds):
                continue
            key = "pool has it, filter dropped" if inpool else _missing(doc, pool, r)
            counts[key] = counts.get(key, 0) + 1
    print(f"pool recall {recall[0]}/{recall[1]} = {recall[0] / max(1, recall[1]):.3f}; "
          f"no candidate at all: {sum(counts.values())}")
    for key, n in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"{n:5}  {key}")


def _missing(doc, pool, r) -> str:
    if not r["cue"]:
        return "no gold cue"
    ov = train_attr._ov
    span = doc.char_span(*r["cue"][0], alignment_mode="expand")
    pos = span.root.pos_ if span is not None and len(span) else "?"
    if any(c.cue is not None and ov((c.cue,), r["cue"]) for c in pool):
        return f"{pos} cue: pool has the cue, other content"
    if any(ov((c.content,), r["content"]) for c in pool):
        return f"{pos} cue: pool has the content, other cue"
    return f"{pos} cue: neither in pool"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("cv", "oracle", "agreement", "nocand"))
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--slots", default="", help="token vectors to add: " + ",".join(SLOTS))
    args = ap.parse_args(argv)
    if args.command == "cv":
        cv(args.folds, [s for s in args.slots.split(",") if s])
    else:
        globals()[args.command]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
