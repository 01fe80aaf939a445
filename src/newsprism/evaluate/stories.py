"""Story clustering evaluation: B-cubed and pairwise precision/recall/F1 against gold labels.

Input is a JSONL file of contract records carrying a gold "story" field (ignored by ingest,
read from the raw record); the articles are analysed and clustered in file order, either in
memory (default, the clusterer's core on the analyses) or through ``ingest`` into a database,
and optionally again in seeded random arrival orders (feeds arrive in any order).
"""
from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from ..errors import InputError, NotFound


def read_gold(path: str | Path) -> tuple[list, dict[str, str]]:
    """(articles in file order, {article id: gold story}) from a labelled JSONL file."""
    p = Path(path)
    if not p.is_file():
        raise NotFound(f"no evaluation file at {p}", input=str(p))
    try:
        from ..read.jsonl import read_jsonl_records
    except ImportError:  # reader not installed: the plain JSON lines carry the same fields
        read_jsonl_records = None
    articles, gold = [], {}
    if read_jsonl_records is not None:
        for art, raw in read_jsonl_records(p):
            if isinstance(art, InputError):
                raise art
            if raw.get("story") is None:
                raise InputError(f"record {art.id!r} has no gold 'story'", input=str(p))
            articles.append(art)
            gold[art.id] = str(raw["story"])
        return articles, gold
    from ..records import Article
    import datetime as dt
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        pub = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        articles.append(Article(id=r["id"], text=r["text"], title=r.get("title"),
                                outlet=r.get("outlet"), url=r.get("url"), published=pub,
                                language=r.get("language")))
        gold[r["id"]] = str(r["story"])
    return articles, gold


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision/recall/F1: per article, the share of its predicted story that is
    gold-same (precision) and of its gold story that it was put with (recall), averaged."""
    ids = [i for i in gold if i in pred]
    pc, gc = _members(pred, ids), _members(gold, ids)
    joint = Counter((pred[i], gold[i]) for i in ids)
    p = sum(joint[(pred[i], gold[i])] / pc[pred[i]] for i in ids) / len(ids)
    r = sum(joint[(pred[i], gold[i])] / gc[gold[i]] for i in ids) / len(ids)
    return _prf(p, r)


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Precision/recall/F1 over article pairs put in one story."""
    ids = [i for i in gold if i in pred]
    tp = fp = fn = 0
    for a, b in combinations(ids, 2):
        same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return _prf(p, r)


def _members(labels: dict[str, str], ids: Iterable[str]) -> Counter:
    return Counter(labels[i] for i in ids)


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _analyse(articles, pipeline=None) -> list:
    from ..analyze.pipeline import Pipeline
    pipe = pipeline or Pipeline()
    return list(pipe.analyze_many([(a, None) for a in articles]))


def _cluster_in_memory(articles, pipeline=None, analyses=None) -> dict[str, str]:
    from ..corpus.cluster import cluster_analyses
    return cluster_analyses(analyses if analyses is not None else _analyse(articles, pipeline))


def shuffled_scores(analyses, gold: dict[str, str], runs: int, seed: int = 0) -> dict:
    """B-cubed over ``runs`` seeded random arrival orders of the same analyses (features
    and embeddings computed once): the spread says how much the score owes to file order."""
    from ..corpus.cluster import StoryIndex, embed_analyses, features_of
    feats = [features_of(a, v) for a, v in zip(analyses, embed_analyses(analyses))]
    scores = []
    for k in range(runs):
        order = list(feats)
        random.Random(seed + k).shuffle(order)
        index = StoryIndex()
        for f in order:
            index.assign(f)
        scores.append(bcubed({f.article_id: index.article_story[f.article_id]
                              for f in feats}, gold))
    f1s = [s["f1"] for s in scores]
    return {"runs": runs, "seed": seed, "f1_mean": round(statistics.fmean(f1s), 4),
            "f1_min": min(f1s), "f1_max": max(f1s),
            "precision_mean": round(statistics.fmean(s["precision"] for s in scores), 4),
            "recall_mean": round(statistics.fmean(s["recall"] for s in scores), 4)}


def _cluster_in_db(path: Path, db_path: Path) -> dict[str, str]:
    from ..ingest import ingest
    from ..store.db import Store
    ingest([str(path)], db_path, progress=False)
    with Store(db_path) as s:
        return {aid: st.id for st in s.stories() for aid in st.articles}


def evaluate(path_jsonl: str | Path, db_path: str | Path | None = None, *,
             pipeline=None, shuffle: int = 0) -> dict:
    """Clusters the file's articles and scores the stories against the gold labels.
    ``db_path``: run the real ingest into that database ("temp" for a throw-away one);
    None: cluster the analyses in memory (same clusterer, no database). ``shuffle``: also
    score that many seeded random arrival orders (in memory; key "shuffled")."""
    articles, gold = read_gold(path_jsonl)
    if not articles:
        raise InputError("the evaluation file has no records", input=str(path_jsonl))
    t0 = time.perf_counter()
    analyses = _analyse(articles, pipeline) if db_path is None or shuffle > 0 else None
    if db_path is None:
        pred = _cluster_in_memory(articles, analyses=analyses)
        mode = "memory"
    elif str(db_path) == "temp":
        with tempfile.TemporaryDirectory() as d:
            pred = _cluster_in_db(Path(path_jsonl), Path(d) / "eval.db")
        mode = "database"
    else:
        pred = _cluster_in_db(Path(path_jsonl), Path(db_path))
        mode = "database"
    shuffled = shuffled_scores(analyses, gold, shuffle) if shuffle > 0 else None
    seconds = time.perf_counter() - t0
    missing = sorted(set(gold) - set(pred))
    out = {
        "file": str(path_jsonl), "mode": mode, "articles": len(gold),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len({pred[i] for i in gold if i in pred}),
        "unclustered": missing,
        "bcubed": bcubed(pred, gold), "pairwise": pairwise(pred, gold),
        "seconds": round(seconds, 2),
        "errors": _errors(pred, gold),
    }
    if shuffled is not None:
        out["shuffled"] = shuffled
    return out


def _errors(pred: dict[str, str], gold: dict[str, str]) -> dict[str, list]:
    """Gold stories split over several predicted ones, and predicted stories mixing gold
    ones: where to look first when the score drops."""
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for aid, g in gold.items():
        if aid in pred:
            by_gold.setdefault(g, set()).add(pred[aid])
            by_pred.setdefault(pred[aid], set()).add(g)
    return {"split": sorted(g for g, ps in by_gold.items() if len(ps) > 1),
            "merged": sorted(sorted(gs) for gs in by_pred.values() if len(gs) > 1)}


def report(d: dict) -> str:
    """A short text report of ``evaluate``'s result."""
    b, p = d["bcubed"], d["pairwise"]
    lines = [
        f"stories evaluation: {d['file']} ({d['mode']}, {d['seconds']} s)",
        f"  articles {d['articles']}, gold stories {d['gold_stories']}, "
        f"predicted stories {d['predicted_stories']}",
        f"  B-cubed   P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}",
        f"  pairwise  P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}",
    ]
    if d.get("shuffled"):
        sh = d["shuffled"]
        lines.append(f"  shuffled  {sh['runs']} orders: B-cubed F1 mean {sh['f1_mean']:.3f} "
                     f"min {sh['f1_min']:.3f} max {sh['f1_max']:.3f} "
                     f"(P {sh['precision_mean']:.3f} R {sh['recall_mean']:.3f})")
    if d["errors"]["split"]:
        lines.append(f"  split gold stories: {', '.join(d['errors']['split'])}")
    for m in d["errors"]["merged"]:
        lines.append(f"  merged: {' + '.join(m)}")
    if d["unclustered"]:
        lines.append(f"  not clustered: {len(d['unclustered'])}")
    return "\n".join(lines) + "\n"


__all__ = ["evaluate", "report", "bcubed", "pairwise", "read_gold", "shuffled_scores"]
