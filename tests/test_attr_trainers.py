"""The filter's alternative trainers in scripts/attr_filter_exp.py (logistic regression with L2,
bagged perceptrons) learn a toy rule, are deterministic and give plain linear weights.

Input: a synthetic feature set made here (no parse, no PolNeAR data).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
exp = pytest.importorskip("attr_filter_exp")


def _toy(n: int = 400, seed: int = 3):
    """Rows whose label is 'l=say' or 'l=claim' with a clause, noise features beside."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lemma = rng.choice(("say", "claim", "walk", "eat", "build"))
        clause = rng.random() < 0.5
        feats = ["b", "l=" + lemma, "noise=" + str(rng.randrange(5))]
        if clause:
            feats.append("cl=ccomp")
        out.append((feats, lemma in ("say", "claim") and clause))
    return out


def _accuracy(w, data) -> float:
    return sum((sum(w.get(f, 0.0) for f in x) > 0) == y for x, y in data) / len(data)


def test_logistic_learns_the_rule_and_repeats_itself():
    data = _toy()
    w = exp.logistic(data, l2=0.1)
    assert _accuracy(w, data) == 1.0
    assert w["l=say"] > 0 > w["l=walk"]
    assert exp.logistic(data, l2=0.1) == w


def test_class_weight_raises_recall_side_scores():
    data = _toy()
    plain, heavy = exp.logistic(data, l2=1.0), exp.logistic(data, l2=1.0, pos_weight=4.0)
    rows = [x for x, _ in data]
    assert sum(sum(heavy.get(f, 0.0) for f in x) for x in rows) > \
        sum(sum(plain.get(f, 0.0) for f in x) for x in rows)


def test_bagged_perceptrons_average_to_one_linear_model():
    data = _toy()
    w = exp.bagged(data, seeds=(1, 2, 3), epochs=3)
    assert _accuracy(w, data) == 1.0
    assert all(isinstance(v, float) for v in w.values())


def test_prf_counts_at_a_threshold():
    f1, p, r = exp.prf([2.0, 1.0, -1.0, 3.0], [True, False, True, True], 0.5)
    assert (round(p, 3), round(r, 3)) == (0.667, 0.667)
    assert round(f1, 3) == 0.667
