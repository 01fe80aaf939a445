"""Session 18's learner study for the attribution filter (scripts/attr_learner_s18.py): the
pieces its comparisons rest on, on sentences and toy data written here.

Mechanisms the study measured (none shipped; figures in the script's docstring):
- select()'s one-candidate-per-cue-word rule at candidate level (group_best), so that candidate
  F1 counts what the filter would keep;
- a lemma's marking rate in train (uses inside a gold cue / uses), bucketed, as a learned
  feature rather than a drop rule, its training rows read from the other folds' articles;
- conjunctions of the cue word with its voice, tag, the content's side and distance, the cue's
  paragraph and headline line, and the source's side (extras);
- deterministic trainers: the averaged perceptron and L2 logistic regression (L-BFGS from zero).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
attr_learner = pytest.importorskip("attr_learner_s18")


def test_group_best_keeps_one_candidate_per_cue_word():
    scores = np.array([3.0, 5.0, 1.0, -2.0, 4.0])
    meta = [(0, 7), (0, 7), (0, 9), (0, 9), (1, 7)]  # (article, cue word)
    keep = attr_learner.group_best(scores, meta, 0.0)
    # word 7 of article 0: the 5.0 wins over the 3.0; word 9: the 1.0 alone passes;
    # word 7 of article 1 is another word
    assert keep.tolist() == [False, True, True, False, True]


def test_group_best_leaves_cueless_candidates_alone():
    keep = attr_learner.group_best(np.array([2.0, 3.0]), [(0, -1), (0, -1)], 0.0)
    assert keep.tolist() == [True, True]


def test_rate_bucket_reads_marked_share_and_rarity():
    table = {"say": (80, 100), "show": (4, 100), "muse": (1, 2)}
    assert attr_learner.rate_bucket(table, "say") == "1"
    assert attr_learner.rate_bucket(table, "show") == "0.05"
    assert attr_learner.rate_bucket(table, "muse") == "rare"   # under three uses
    assert attr_learner.rate_bucket(table, "unseen") == "rare"


def test_rate_table_sums_only_the_given_articles():
    counts = [{"say": (1, 2)}, {"say": (3, 4), "deny": (1, 1)}, {"deny": (0, 5)}]
    assert attr_learner.rate_table(counts, [0, 1]) == {"say": (4, 6), "deny": (1, 1)}
    assert attr_learner.rate_table(counts, [2]) == {"deny": (0, 5)}


def _toy():
    rng = np.random.default_rng(3)
    data = []
    for _ in range(300):
        good = bool(rng.random() < 0.4)
        feats = ["cue=say" if good else "cue=walk", "noise=" + str(int(rng.integers(5)))]
        data.append((feats, good))
    return data


def test_trainers_are_deterministic_and_separate_a_toy_problem():
    data = _toy()
    for train in (lambda d: attr_learner.perceptron(d, 4, 13),
                  lambda d: attr_learner.logistic(d, 1.0)):
        w1, w2 = train(data), train(data)
        assert w1 == w2
        s = attr_learner.score_rows(w1, [(["cue=say", "noise=1"], True)])[0]
        t = attr_learner.score_rows(w1, [(["cue=walk", "noise=1"], False)])[0]
        assert s > t


def test_logistic_weights_positive_class_more_with_pos_weight():
    data = _toy()
    plain = attr_learner.logistic(data, 1.0)
    heavy = attr_learner.logistic(data, 1.0, pos_weight=3.0)
    score = lambda w: attr_learner.score_rows(w, [(["cue=walk", "noise=0"], False)])[0]  # noqa: E731
    assert score(heavy) > score(plain)


def test_extras_read_voice_and_content_side():
    from newsprism.analyze import attribution, nlp
    doc = nlp.load("en")("The plan was criticized by the mayor.\nThe mayor said the plan failed.")
    cands = attribution.find_candidates(doc)
    said = next(c for c in cands if c.cue_tok is not None and c.cue_tok.lower_ == "said")
    f = attr_learner.extras(doc, said)
    assert "x:lv=say|act" in f
    assert any(x.startswith("x:og=" + said.origin + "|after|") for x in f)
    assert "x:ssd=before|" + said.origin in f
    assert f"x:hl=False|{said.origin}" in f  # on the second line, not the headline
