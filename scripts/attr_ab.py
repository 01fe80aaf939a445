"""A/B of one attribution rule in one process: scores train's held slice or fit part with
the rule as it is and with it switched off (the named functions patched to return None), so
other sessions' edits to the quotes stage cannot land between the two runs.

Input: ../shared/eval/polnear train split only (dev is never read); parses cached as
attr_held.py caches them. Run from the project root:
  python scripts/attr_ab.py [--fit] --off attr_sources._name_to_comma [--off ...] [--show N]
Prints overlap tp / pred per label for both runs and the source changes, each marked right
or wrong against gold.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attr_gap  # noqa: E402
import attr_held  # noqa: E402

from newsprism.analyze import quotes  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

_ov = polnear._overlaps


@contextlib.contextmanager
def rules_off(names):
    """Each 'module.function' under newsprism.analyze patched to return None inside the block."""
    saved = []
    for name in names:
        mod, fn = name.rsplit(".", 1)
        m = importlib.import_module("newsprism.analyze." + mod)
        saved.append((m, fn, getattr(m, fn)))
        setattr(m, fn, lambda *a, **k: None)
    try:
        yield
    finally:
        for m, fn, f in saved:
            setattr(m, fn, f)


def run(docs, golds):
    pairs, rels = [], []
    for doc, g in zip(docs, golds):
        r, spans = attr_gap.relations_of(quotes.extract(doc), g.text)
        pairs.append((spans, g.gold))
        rels.append(r)
    tp = {lab: sum(polnear.match(p[lab], gg[lab], False) for p, gg in pairs)
          for lab in polnear.LABELS}
    pred = {lab: sum(len(p[lab]) for p, _ in pairs) for lab in polnear.LABELS}
    return tp, pred, rels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--off", action="append", default=[],
                    help="module.function under newsprism.analyze to patch to return None")
    ap.add_argument("--show", type=int, default=30)
    args = ap.parse_args(argv)
    docs, golds = attr_held.fit_part() if args.fit else attr_held.held_slice()
    on = run(docs, golds)
    with rules_off(args.off):
        off = run(docs, golds)
    for lab in polnear.LABELS:
        print(f"{lab:<8} off tp {off[0][lab]} / pred {off[1][lab]}  ->  on tp {on[0][lab]} / "
              f"pred {on[1][lab]}")
    shown = 0
    for g, ron, roff in zip(golds, on[2], off[2]):
        a = {tuple(map(tuple, r["cue"])): r for r in ron if r["cue"]}
        b = {tuple(map(tuple, r["cue"])): r for r in roff if r["cue"]}
        for cue, r in a.items():
            if cue not in b or b[cue]["source"] == r["source"] or shown >= args.show:
                continue
            shown += 1
            gs = [x["source"] for x in g.relations if x["cue"] and _ov(x["cue"], cue)]
            t = g.text

            def say(src):
                if not src:
                    return "-"
                ok = any(gg and _ov(src, gg) for gg in gs)
                return f"{t[src[0][0]:src[0][1]]!r}{' RIGHT' if ok else ''}"
            print(f"  {t[cue[0][0]:cue[0][1]]!r}: {say(b[cue]['source'])} -> "
                  f"{say(r['source'])}  gold {[t[x[0][0]:x[0][1]] for x in gs if x]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
