"""Scores newsprism's quotes against PolNeAR (brat standoff attribution relations): precision,
recall and F1 for cue, source and content spans, exact and overlap, as Citron et al. define them.

Input: a PolNeAR folder (``<split>/text/NAME.txt``, ``<split>/attributions/NAME_ANNOTATOR.ann``,
``metadata.tsv``); each article is scored against its first annotator in sorted order.
"""
from __future__ import annotations

import csv
import datetime as _dt
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NotFound, UsageError
from ..records import Analysis, Article

LABELS = ("cue", "source", "content")
DEFAULT_DIR = "../shared/eval/polnear"
_ANN = re.compile(r"^(?P<name>.+)_(?P<ann>[0-9a-f]{4})\.ann$")
_OPENERS = "“\"‘'«„"
_CLOSERS = "”\"’'»“"

Frags = tuple[tuple[int, int], ...]


@dataclass
class Doc:
    """One article with its gold spans per label (each span a tuple of fragments)."""

    name: str
    text: str
    published: _dt.date | None
    gold: dict[str, list[Frags]] = field(default_factory=dict)
    relations: list[dict[str, Frags]] = field(default_factory=list)


# ---------------------------------------------------------------- reading the data

def _frags(text: str, spec: str) -> Frags:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        s, e = _strip(text, int(a), int(b))
        if e > s:
            out.append((s, e))
    return tuple(out)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def parse_ann(text: str, ann: str) -> dict[str, list[Frags]]:
    """Gold cue/source/content spans of the attribution relations in one .ann file."""
    spans: dict[str, tuple[str, Frags]] = {}
    gold: dict[str, list[Frags]] = {k: [] for k in LABELS}
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, spec = parts[1].partition(" ")
            spans[parts[0]] = (label, _frags(text, spec))
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("E"):
            continue
        args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
        for role in ("Cue", "Source", "Content"):
            tid = args.get(role)
            if tid in spans and spans[tid][1]:
                frags = spans[tid][1]
                if frags not in gold[role.lower()]:
                    gold[role.lower()].append(frags)
    return gold


def parse_relations(text: str, ann: str) -> list[dict[str, Frags]]:
    """The attribution relations of one .ann file, each as its cue/source/content fragments
    (an empty tuple where the relation has no such span); training labels come from these."""
    spans: dict[str, Frags] = {}
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("T"):
            spans[parts[0]] = _frags(text, parts[1].partition(" ")[2])
    out = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("E"):
            continue
        args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
        out.append({role.lower(): spans.get(args.get(role, ""), ())
                    for role in ("Cue", "Source", "Content")})
    return out


def _metadata(root: Path) -> dict[str, _dt.date]:
    out: dict[str, _dt.date] = {}
    path = root / "metadata.tsv"
    if not path.exists():
        return out
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            try:
                out[row["filename"]] = _dt.date.fromisoformat(row["publication_date"])
            except (KeyError, ValueError, TypeError):
                continue
    return out


def load_split(data_dir: str | Path = DEFAULT_DIR, split: str = "dev",
               limit: int | None = None) -> list[Doc]:
    """The articles of a split in sorted order, each with its first annotator's spans."""
    if split not in ("dev", "train"):
        raise UsageError(f"split must be 'dev' or 'train' (got {split!r})", input="polnear")
    root = Path(data_dir)
    ann_dir, text_dir = root / split / "attributions", root / split / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise NotFound(f"no PolNeAR {split} split under {root} (expected {split}/text and "
                       f"{split}/attributions); pass --data DIR", input=str(root))
    first: dict[str, Path] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        m = _ANN.match(p.name)
        if m and m.group("name") not in first:
            first[m.group("name")] = p
    dates = _metadata(root)
    docs = []
    for name in sorted(first):
        tp = text_dir / f"{name}.txt"
        if not tp.exists():
            continue
        text = tp.read_text(encoding="utf-8")
        ann = first[name].read_text(encoding="utf-8")
        docs.append(Doc(name, text, dates.get(name), parse_ann(text, ann),
                        parse_relations(text, ann)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# ---------------------------------------------------------------- our output as spans

def _with_marks(text: str, s: int, e: int) -> tuple[int, int]:
    """PolNeAR keeps the quotation marks (and the comma inside them) in a direct quote's
    content; our contract leaves them out, so they are put back for comparison."""
    if s > 0 and text[s - 1] in _OPENERS:
        s -= 1
    j = e
    while j < len(text) and text[j] in ",.;:?!" and j - e < 2:
        j += 1
    if j < len(text) and text[j] in _CLOSERS:
        e = j + 1
        if text[j] == "'" and text[e:e + 1] == "'":
            e += 1  # typewriter double mark ''
    if s > 0 and text[s] == "'" and text[s - 1] in "'`":
        s -= 1
    return s, e


def predicted_spans(analysis: Analysis) -> dict[str, list[Frags]]:
    """Cue/source/content spans of our quotes; quotes sharing one cue are one attribution
    whose content has several fragments ('"A," he said, "B."')."""
    text = analysis.text
    groups: dict[object, list] = {}
    last_key = None
    for q in analysis.quotes:
        key = (q.cue.start, q.cue.end) if q.cue else ("q", q.id)
        if q.cue is None and q.speaker.start is None and q.speaker.name and last_key \
                and groups[last_key][-1].speaker.name == q.speaker.name:
            key = last_key  # a continuation quote adds to its speaker's attribution
        groups.setdefault(key, []).append(q)
        last_key = key
    out: dict[str, list[Frags]] = {k: [] for k in LABELS}
    for key, qs in groups.items():
        frags = []
        for q in qs:
            s, e = (q.start, q.end) if q.kind == "indirect" else _with_marks(text, q.start, q.end)
            frags.append(_strip(text, s, e))
        out["content"].append(tuple(sorted(set(frags))))
        if isinstance(key, tuple) and key[0] != "q":
            out["cue"].append((_strip(text, *key),))
        # The relation's source is the speaker mention any of its quotes carries: the first
        # half of '"A," Robinson said, "B"' names Robinson without a span, the second with one.
        sp = next((q.speaker for q in qs if q.speaker.start is not None
                   and q.speaker.end is not None and q.speaker.end > q.speaker.start),
                  qs[0].speaker)
        if sp.start is not None and sp.end is not None and sp.end > sp.start:
            s, e = _strip(text, sp.start, sp.end)
            if "," in text[s:e] and text[e:e + 1] == ",":
                e += 1  # PolNeAR closes an appositive source with its comma
            src = ((s, e),)
            if src not in out["source"]:
                out["source"].append(src)
        _according_relay(text, qs, frags, out)
    return out


_ACCORDING = re.compile(r"\baccording to\s+(?:\S+\s+){0,3}$", re.I)


def _according_relay(text: str, qs: list, frags: list, out: dict) -> None:
    """'"...," Walker said, according to an AP account': our quote keeps Walker as speaker
    and the account as its via; PolNeAR marks the relay as an attribution of its own, cue
    'according to' and source the account. Its content is the quote the via carries, whose
    span the quote's own relation already gives (PolNeAR's runs on over the speaker and cue:
    'X said,'; added as a span of its own it matched 3 gold contents in 42 on train's fit
    part, so the quote's span stands for both)."""
    for q in qs:
        for v in q.via:
            if v.start is None or v.end is None or v.end <= v.start:
                continue
            m = _ACCORDING.search(text, max(0, v.start - 40), v.start)
            if m is None:
                continue
            cue = (m.start(), m.start() + len("according to"))
            if any(c == (cue,) for c in out["cue"]):
                continue
            if min(a for a, _ in frags) >= cue[0]:
                continue  # 'according to X, Y said ...': the relay opens the sentence
            out["cue"].append((cue,))
            src = (_strip(text, m.start() + len("according to"), v.end),)
            if src not in out["source"]:
                out["source"].append(src)


# ---------------------------------------------------------------- scoring

def _overlaps(a: Frags, b: Frags) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


def pairing(pred: list[Frags], gold: list[Frags], exact: bool) -> dict[int, int]:
    """A maximum one-to-one matching between predicted and gold spans, as gold index ->
    predicted index (each span matched at most once). A greedy first-come pairing
    undercounts when one predicted span overlaps two gold ones and takes the one another
    prediction needed."""
    edges = [[i for i, g in enumerate(gold) if ((p == g) if exact else _overlaps(p, g))]
             for p in pred]
    owner: dict[int, int] = {}

    def augment(k: int, seen: set[int]) -> bool:
        for i in edges[k]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = k
                return True
        return False

    for k in range(len(pred)):
        if edges[k]:
            augment(k, set())
    return owner


def match(pred: list[Frags], gold: list[Frags], exact: bool) -> int:
    """The size of the maximum one-to-one matching (``pairing``)."""
    return len(pairing(pred, gold, exact))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score(pairs: list[tuple[dict[str, list[Frags]], dict[str, list[Frags]]]]) -> dict:
    """Micro-averaged P/R/F1 per label and mode over (predicted, gold) pairs."""
    out: dict[str, dict] = {}
    for label in LABELS:
        n_pred = sum(len(p[label]) for p, _ in pairs)
        n_gold = sum(len(g[label]) for _, g in pairs)
        out[label] = {"pred": n_pred, "gold": n_gold}
        for mode in ("exact", "overlap"):
            tp = sum(match(p[label], g[label], mode == "exact") for p, g in pairs)
            out[label][mode] = _prf(tp, n_pred, n_gold)
    return out


def _pipeline():
    """Structure + quotes only: PolNeAR scores spans, which coreference does not change, so
    the entities stage is left out to keep the gate fast."""
    from ..analyze.pipeline import Pipeline, stage
    from ..analyze.quotes import quotes_stage
    from ..analyze.structure import structure_stage

    @stage("entities", requires=("doc",), provides=("entities", "coref"))
    def no_entities(state) -> dict:
        return {"entities": (), "coref": None}

    return Pipeline([structure_stage, no_entities, quotes_stage])


def evaluate(data_dir: str | Path = DEFAULT_DIR, split: str = "dev",
             limit: int | None = None, pipeline=None) -> dict:
    """Runs the quotes pipeline over a PolNeAR split and scores it; ``limit`` takes the first
    N articles (sorted by name) for quick runs."""
    docs = load_split(data_dir, split, limit)
    pipe = pipeline or _pipeline()
    t0 = time.perf_counter()
    articles = [(Article(id=d.name, text=d.text, published=d.published, language="en"),
                 d.published) for d in docs]
    pairs = [(predicted_spans(a), d.gold) for a, d in zip(pipe.analyze_many(articles), docs)]
    seconds = time.perf_counter() - t0
    result = score(pairs)
    result.update({"split": split, "articles": len(docs), "seconds": round(seconds, 2)})
    return result


def report(result: dict) -> str:
    """A plain-text table of the scores."""
    lines = [f"PolNeAR {result.get('split', '?')}: {result.get('articles', '?')} articles, "
             f"{result.get('seconds', '?')} s",
             f"{'':<8} {'pred':>6} {'gold':>6}   {'P':>6} {'R':>6} {'F1':>6}   "
             f"{'P':>6} {'R':>6} {'F1':>6}",
             f"{'':<8} {'':>6} {'':>6}   {'exact':^20}   {'overlap':^20}"]
    for label in LABELS:
        row = result[label]
        ex, ov = row["exact"], row["overlap"]
        lines.append(f"{label:<8} {row['pred']:>6} {row['gold']:>6}   "
                     f"{ex['p']:>6.3f} {ex['r']:>6.3f} {ex['f1']:>6.3f}   "
                     f"{ov['p']:>6.3f} {ov['r']:>6.3f} {ov['f1']:>6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="python -m newsprism.evaluate.polnear",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--data", default=DEFAULT_DIR)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    print(report(evaluate(args.data, args.split, args.limit)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["evaluate", "report", "load_split", "parse_ann", "parse_relations", "predicted_spans",
           "score", "match", "main"]
