"""Quotes gold with attribution rules on and off in one process (the named functions under
newsprism.analyze patched to return None for the second run), so other sessions' edits
cannot land between the two runs. Run from the project root:
  python scripts/attr_quotes_ab.py tests/data/quotes_gold_opened8.jsonl --off attr_sources._gerund_subject
Prints both-right (and speaker-right) for each run and the quotes whose verdict differs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attr_ab import rules_off  # noqa: E402

from newsprism.evaluate import quotes as qeval  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--off", action="append", default=[])
    args = ap.parse_args(argv)
    for path in args.paths:
        on = qeval.evaluate(path, "all")
        with rules_off(args.off):
            off = qeval.evaluate(path, "all")
        keys = [k for k in on if isinstance(on[k], float)]
        print(path, "off", {k: round(off[k], 3) for k in keys}, "on",
              {k: round(on[k], 3) for k in keys})
    return 0


if __name__ == "__main__":
    sys.exit(main())
