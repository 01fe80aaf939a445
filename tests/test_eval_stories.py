"""Stories evaluation: the B-cubed and pairwise scores, the gold reader, and the gate on the
project's stories evaluation corpus (a pinned floor; fails loudly when the corpus is missing)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import NotFound
from newsprism.evaluate import stories as S

EVAL = Path(__file__).parent / "data" / "stories_eval.jsonl"
# Measured 0.953 B-cubed F1 (P 0.928, R 0.979; 20 shuffled orders: mean 0.946, min 0.911)
# in memory mode when this gate was set; the floor leaves room for noise from other stages
# and for arrival order, not for a real drop.
BCUBED_F1_FLOOR = 0.90


def test_bcubed_and_pairwise_by_hand():
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    pred = {"a": "1", "b": "1", "c": "2", "d": "2"}
    b = S.bcubed(pred, gold)
    # precision: a,b 1; c 1/2; d 1/2 -> 0.75; recall: a,b 2/3; c 1/3; d 1 -> 2/3
    assert b["precision"] == 0.75 and b["recall"] == pytest.approx(0.6667, abs=1e-4)
    p = S.pairwise(pred, gold)
    # pairs together in pred: ab (right), cd (wrong); gold pairs: ab, ac, bc
    assert p["precision"] == 0.5 and p["recall"] == pytest.approx(0.3333, abs=1e-4)
    assert S.bcubed(gold, gold)["f1"] == 1.0 and S.pairwise(gold, gold)["f1"] == 1.0


def test_gold_reader_and_missing_file(tmp_path):
    f = tmp_path / "g.jsonl"
    rows = [{"id": "n1", "text": "Floods hit the valley on Monday.", "language": "en",
             "published": "2024-01-02", "story": "floods"},
            {"id": "n2", "text": "Des inondations frappent la vallée lundi.", "language": "fr",
             "published": "2024-01-02", "story": "floods"}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                 encoding="utf-8")
    arts, gold = S.read_gold(f)
    assert [a.id for a in arts] == ["n1", "n2"] and gold == {"n1": "floods", "n2": "floods"}
    with pytest.raises(NotFound):
        S.read_gold(tmp_path / "absent.jsonl")


def test_report_names_errors():
    d = {"file": "x", "mode": "memory", "seconds": 1.0, "articles": 4, "gold_stories": 2,
         "predicted_stories": 2, "unclustered": [],
         "bcubed": S.bcubed({"a": "1", "b": "1"}, {"a": "x", "b": "y"}),
         "pairwise": S.pairwise({"a": "1", "b": "1"}, {"a": "x", "b": "y"}),
         "errors": {"split": [], "merged": [["x", "y"]]}}
    text = S.report(d)
    assert "B-cubed" in text and "merged: x + y" in text


def test_evaluate_through_ingest(tmp_path, pipeline):
    from corpus_articles import ARTICLES
    f = tmp_path / "mini.jsonl"
    keep = ("a-en-1", "a-es-1", "e-en-1", "e-tr-1")
    rows = [{"id": a[0], "story": a[1], "language": a[2], "outlet": a[3], "published": a[4],
             "title": a[5], "text": a[6]} for a in ARTICLES if a[0] in keep]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    d = S.evaluate(f, tmp_path / "mini.db")
    assert d["mode"] == "database" and d["unclustered"] == []
    assert d["bcubed"]["f1"] == 1.0 and d["predicted_stories"] == 2


def test_gate_on_stories_eval_corpus(pipeline):
    if not EVAL.is_file():
        raise AssertionError(f"{EVAL} is missing: the stories gate cannot run without it")
    d = S.evaluate(EVAL, pipeline=pipeline)
    print(S.report(d))
    assert d["unclustered"] == []
    assert d["bcubed"]["f1"] >= BCUBED_F1_FLOOR, S.report(d)


def test_shuffled_orders_are_scored(pipeline):
    from corpus_articles import ARTICLES
    from newsprism.records import Article
    import datetime as dt
    keep = ("a-en-1", "a-es-1", "e-en-1", "e-tr-1")
    arts = [Article(id=a[0], text=a[6], title=a[5], outlet=a[3], language=a[2],
                    published=dt.date.fromisoformat(a[4])) for a in ARTICLES if a[0] in keep]
    gold = {a[0]: a[1] for a in ARTICLES if a[0] in keep}
    sh = S.shuffled_scores(S._analyse(arts, pipeline), gold, runs=3)
    assert sh["runs"] == 3 and 0.0 <= sh["f1_min"] <= sh["f1_mean"] <= sh["f1_max"] <= 1.0
    assert sh["f1_min"] == 1.0
    d = {"file": "x", "mode": "memory", "seconds": 1.0, "articles": 4, "gold_stories": 2,
         "predicted_stories": 2, "unclustered": [], "bcubed": S.bcubed(gold, gold),
         "pairwise": S.pairwise(gold, gold), "errors": {"split": [], "merged": []},
         "shuffled": sh}
    assert "3 orders" in S.report(d)
