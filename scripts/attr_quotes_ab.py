"""Quotes gold with attribution rules on and off in one process (the named functions under
newsprism.analyze patched to return None for the second run), so other sessions' edits
cannot land between the two runs. Run from the project root:
  python scripts/attr_quotes_ab.py tests/data/quotes_gold_opened8.jsonl --off attr_sources._gerund_subject
Prints both-right (and speaker-right) for each run and the quotes whose verdict differs.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from newsprism.evaluate import quotes as qeval


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--off", action="append", default=[])
    args = ap.parse_args(argv)
    for path in args.paths:
        on = qeval.evaluate(path, "all")
        saved = []
        for name in args.off:
            mod, fn = name.rsplit(".", 1)
            m = importlib.import_module("newsprism.analyze." + mod)
            saved.append((m, fn, getattr(m, fn)))
            setattr(m, fn, lambda *a, **k: None)
        try:
            off = qeval.evaluate(path, "all")
        finally:
            for m, fn, f in saved:
                setattr(m, fn, f)
        keys = [k for k in on if isinstance(on[k], float)]
        print(path, "off", {k: round(off[k], 3) for k in keys}, "on",
              {k: round(on[k], 3) for k in keys})
    return 0


if __name__ == "__main__":
    sys.exit(main())
