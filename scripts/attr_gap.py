"""Splits the attribution gap on the held-back PolNeAR train slice: per label, precision vs recall,
and how much of the source/content loss is a right relation with a wrong span vs a missing or extra one.

Input: ../shared/eval/polnear train split only (dev is never read); parses cached under
/tmp/s8f4/parses. Run from the project root: python scripts/attr_gap.py [--dump FILE]
The categories, per label, for spans the one-to-one overlap matching leaves unmatched:
  FN 'boundary'  gold span whose relation's cue one of our relations has (our span for it
                 misses): a right relation with a wrong span
  FN 'missing'   gold span whose relation no prediction of ours shares a cue with
  FP 'boundary'  our span whose cue a gold relation has (that relation's span is elsewhere)
  FP 'extra'     our span whose cue no gold relation has (or with no cue)
and, among matched spans, how many overlap but are not exact (overlap already forgives them).

Session 8, at its start (held slice, 84 articles; gold content 1,681, source 1,415, cue 1,682):
  cue      ov P 0.776 R 0.739 F1 0.757   tp 1243, FN 439, FP 358
  source   ov P 0.797 R 0.755 F1 0.775   FN: missing relation 296, boundary 51;
                                         FP: extra relation 222, boundary 50; 107 tp not exact
  content  ov P 0.796 R 0.777 F1 0.786   FN: missing relation 352, boundary 23;
                                         FP: extra relation 235, boundary 100; 535 tp not exact
So the loss is relations, not spans: a right relation with a wrong span costs 23-51 gold
spans per label, a missing or extra one 220-350 (half the missing ones are in the candidate
pool and filtered out). 105 kept contents lay inside another kept content; 83 of them were
wrong (a stance nested in other words), which attr_nesting.drop_nested now removes for
non-speech cues. At the end of the session: cue 0.762 (P 0.793 R 0.734), source 0.782
(P 0.812 R 0.755), content 0.794 (P 0.816 R 0.774); content FP boundary 100 -> 64.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_attr  # noqa: E402
import train_cues  # noqa: E402

from newsprism.analyze import quotes  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "polnear"
train_cues.CACHE = Path("/tmp/s8f4/parses")


def held_slice():
    gold = polnear.load_split(str(DATA), "train")
    docs = train_cues.parsed(gold)
    held = [k for k in range(len(docs)) if k % train_attr.HOLD_EVERY == train_attr.HOLD_EVERY - 1]
    return [docs[k] for k in held], [gold[k] for k in held]


_ov = polnear._overlaps  # the scorer's own overlap test


def matched(pred: list, gold: list) -> tuple[set[int], set[int]]:
    """Indices of predicted and gold spans in the scorer's maximum one-to-one overlap
    matching."""
    owner = polnear.pairing(pred, gold, exact=False)
    return set(owner.values()), set(owner)


def relations_of(qs, text) -> list[dict]:
    """Our relations as predicted_spans builds them (cue, content fragments, source)."""
    spans = polnear.predicted_spans(SimpleNamespace(text=text, quotes=qs))
    groups = train_attr._groups(qs)
    # predicted_spans merges continuation quotes and adds marks: take its content per cue.
    out = []
    for g in groups:
        cont = next((c for c in spans["content"] if _ov(c, g["content"])), g["content"])
        out.append({"cue": g["cue"], "content": cont, "source": g["source"]})
    return out, spans


def gap(docs, golds) -> dict:
    n = collections.Counter()
    for doc, g in zip(docs, golds):
        text = g.text
        qs = quotes.extract(doc)
        rels, spans = relations_of(qs, text)
        for label in ("content", "source"):
            pred, gold = spans[label], g.gold[label]
            pm, gm = matched(pred, gold)
            n[f"{label} tp"] += len(pm)
            n[f"{label} tp not exact"] += sum(1 for k in pm if pred[k] not in gold)
            for i, gs in enumerate(gold):
                if i in gm:
                    continue
                grel = [r for r in g.relations if r[label] == gs]
                has = any(r["cue"] and any(_ov(p["cue"], r["cue"]) for p in rels) for r in grel)
                n[f"{label} FN {'boundary' if has else 'missing'}"] += 1
            for k, ps in enumerate(pred):
                if k in pm:
                    continue
                prel = [p for p in rels if (p[label] == ps or _ov(p[label], ps))]
                has = any(p["cue"] and any(r["cue"] and _ov(p["cue"], r["cue"])
                                           for r in g.relations) for p in prel)
                n[f"{label} FP {'boundary' if has else 'extra'}"] += 1
        pm, gm = matched(spans["cue"], g.gold["cue"])
        n["cue tp"] += len(pm)
        n["cue FN"] += len(g.gold["cue"]) - len(gm)
        n["cue FP"] += len(spans["cue"]) - len(pm)
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="write the per-article predictions here (JSON)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs, golds = held_slice()
    t1 = time.perf_counter()
    print(train_cues._line("held", train_cues.span_scores(docs, golds)))
    t2 = time.perf_counter()
    for k, v in sorted(gap(docs, golds).items()):
        print(f"{k:<28} {v:>5}")
    print(f"load {t1 - t0:.0f} s, score {t2 - t1:.0f} s")
    if args.dump:
        out = []
        for doc, g in zip(docs, golds):
            spans = polnear.predicted_spans(SimpleNamespace(text=g.text, quotes=quotes.extract(doc)))
            out.append({"name": g.name, "pred": spans, "gold": g.gold})
        Path(args.dump).write_text(json.dumps(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
