"""Compares, per relation, the source the attribution stage settled (find_candidates, after
attr_sources) with the one the quotes stage finally gives the quote (sources.py's speaker,
after quotes.py's merges), against PolNeAR gold, on the held-back train slice or the fit part.

Input: ../shared/eval/polnear train split only (dev is never read). Run from the project root:
python scripts/attr_merge_src.py [--fit] [--show N] (held slice: parses cached as
attr_held.py caches them; --fit: train's other 90%, parsed once into /tmp/pn11/parses).
A relation counts when our cue overlaps a gold cue; 'right' means our source overlaps that gold
relation's source, 'none' that one side has no source.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attr_gap  # noqa: E402
import train_attr  # noqa: E402
import train_cues  # noqa: E402

from newsprism.analyze import quotes  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

_ov = polnear._overlaps


def docs_and_gold(fit: bool):
    gold = polnear.load_split(str(attr_gap.DATA), "train")
    held = [k % train_attr.HOLD_EVERY == train_attr.HOLD_EVERY - 1 for k in range(len(gold))]
    if fit:
        train_cues.CACHE = Path("/tmp/pn11/parses")
        docs = train_cues.parsed(gold)
        keep = [k for k in range(len(gold)) if not held[k]]
        return [docs[k] for k in keep], [gold[k] for k in keep]
    train_cues.CACHE = Path("/tmp/attr_held")
    keep = [g for k, g in enumerate(gold) if held[k]]
    return train_cues.parsed(keep), keep


def snapshot_run(doc):
    """quotes.extract with find_candidates' own (cue -> source, origin) recorded."""
    seen = {}
    real = quotes.find_candidates

    def spy(d):
        cands = real(d)
        for c in cands:
            if c.cue:
                seen[c.cue] = (c.source, c.origin, c.src_tok)
        return cands

    quotes.find_candidates = spy
    try:
        qs = quotes.extract(doc)
    finally:
        quotes.find_candidates = real
    return qs, seen


def verdict(src, gold_src) -> str:
    if not src:
        return "none" if gold_src else "none=gold"
    if not gold_src:
        return "extra"
    return "right" if _ov(src, gold_src) else "wrong"


def _cue_tok(doc, cue):
    span = doc.char_span(*cue, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _linked(st, ct) -> str:
    """How the candidate's own source head hangs on the cue: 'subj' (the cue's own subject),
    'up' (subject of a verb the cue's clause hangs on), 'no'."""
    if st is None or ct is None or not hasattr(st, "dep_"):
        return "no"
    if st.dep_ in ("nsubj", "nsubjpass") and st.head.i == ct.i:
        return "subj"
    t = ct
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if st.dep_ in ("nsubj", "nsubjpass") and st.head.i == t.i:
            return "up"
    return "no"


def _print(key, g, text, cue, asrc, final, gsrc, origin) -> None:
    ls = text.rfind("\n", 0, cue[0]) + 1
    le = text.find("\n", cue[1])
    print(f"[{key}] {g.name} {origin} cue={text[cue[0]:cue[1]]!r} own="
          f"{text[asrc[0]:asrc[1]] if asrc else None!r} final="
          f"{text[final[0][0]:final[0][1]] if final else None!r} gold="
          f"{[text[a:b] for a, b in gsrc]!r}")
    print("     ", text[ls:le if le > 0 else None][:400].replace("\n", " "))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--linked", action="store_true",
                    help="split the changed relations by whether the candidate's own source is "
                         "the cue's subject (or the subject of the clause the cue hangs on)")
    ap.add_argument("--dep", help="with --kind: only cues whose head word has this dependency")
    ap.add_argument("--kind", help="print examples of this category (e.g. 'wrong -> wrong'); "
                    "default: the relations the merge turned from right to wrong or none")
    args = ap.parse_args(argv)
    docs, golds = docs_and_gold(args.fit)
    n = collections.Counter()
    shown = collections.Counter()
    for doc, g in zip(docs, golds):
        text = g.text
        qs, seen = snapshot_run(doc)
        for rel in train_attr._groups(qs):
            if not rel["cue"]:
                continue
            cue = rel["cue"][0]
            grel = [r for r in g.relations if r["cue"] and _ov(rel["cue"], r["cue"])]
            if not grel:
                continue
            gsrc = grel[0]["source"]
            final = rel["source"]
            if cue not in seen:
                key = "cue not from find_candidates: " + verdict(final, gsrc)
                n[key] += 1
                if args.kind and args.kind in key and shown[key] < args.show:
                    shown[key] += 1
                    _print(key, g, text, cue, None, final, gsrc, "quotes")
                continue
            asrc, origin, _ = seen[cue]
            own = (asrc,) if asrc else ()
            same = bool(final) == bool(own) and (not final or final[0] == own[0])
            key = f"{verdict(own, gsrc):>9} -> {verdict(final, gsrc):<9}" + (" same" if same else "")
            n[key] += 1
            if not same and args.linked:
                st, ct = seen[cue][2], _cue_tok(doc, cue)
                n[f"  linked={_linked(st, ct)} {key.strip()}"] += 1
            if args.kind and args.kind in key:
                tok = seen[cue][2] if False else None
                ct = _cue_tok(doc, cue)
                n[f"  {key.strip()} | {origin} | {ct.dep_ if ct is not None else '-'} "
                  f"{ct.tag_ if ct is not None else '-'}"] += 1
            want = (args.kind in key) and (not args.dep or (
                _cue_tok(doc, cue) is not None and _cue_tok(doc, cue).dep_ == args.dep)) if args.kind else (
                not same and verdict(own, gsrc) == "right" and verdict(final, gsrc) != "right")
            if want and shown[key] < args.show:
                shown[key] += 1
                _print(key, g, text, cue, asrc, final, gsrc, origin)
    for k, v in sorted(n.items()):
        print(f"{k:<40} {v:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
