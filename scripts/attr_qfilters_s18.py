"""Scores the quotes stage's session-18 filters (quote_filters.refused_to_speak, posted_pictures,
verbless_that) off and on, one at a time, on PolNeAR train's held slice or fit part (dev never
read): they came in with commit 356f367a, after which the dev gate failed (cue / source /
content overlap 0.784 / 0.797 / 0.817 -> 0.782 / 0.795 / 0.815).

Run from the project root: python scripts/attr_qfilters_s18.py [--fit]

Measured at 033b6dc3 (overlap tp / predicted; removed = what the filter takes away). Held slice
(84 articles): all on cue 1,221 / 1,533, source 1,064 / 1,303, content 1,291 / 1,565; all off
1,225 / 1,537, 1,068 / 1,307, 1,294 / 1,569: the 4 relations removed are all PolNeAR's
(refused_to_speak 1, verbless_that 3). Fit part (756 articles): all on cue 14,740 / 16,870
(overlap F1 cue 0.842, source 0.839, content 0.856); refused_to_speak off +32 cue tp for +33
predicted; verbless_that off +44 for +56; posted_pictures off +3 for +3; all off +79 for +92
(0.844 / 0.841 / 0.858). PolNeAR marks 'declined to comment' and the cut that-clause's verb as
attributions: the filters suit the quotes gold's convention and cost this one.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attr_gap  # noqa: E402
import attr_held  # noqa: E402
import train_cues  # noqa: E402

from newsprism.analyze import quotes  # noqa: E402
from newsprism.evaluate import polnear  # noqa: E402

NAMES = ("refused_to_speak", "posted_pictures", "verbless_that")


def scores(docs, golds):
    pairs = []
    for doc, g in zip(docs, golds):
        _, spans = attr_gap.relations_of(quotes.extract(doc), g.text)
        pairs.append((spans, g.gold))
    res = polnear.score(pairs)
    tp = {lab: sum(polnear.match(p[lab], g[lab], False) for p, g in pairs)
          for lab in polnear.LABELS}
    return res, tp


def main(argv=None) -> int:
    fit = "--fit" in (argv or sys.argv[1:])
    docs, golds = attr_held.fit_part() if fit else attr_held.held_slice()
    keep = {n: getattr(quotes, n) for n in NAMES}
    for off in ("none",) + NAMES + ("all",):
        for n in NAMES:
            setattr(quotes, n, keep[n] if off not in (n, "all") else (lambda text, c: False))
        res, tp = scores(docs, golds)
        print(train_cues._line(f"off: {off:<17}", res) + "  tp/pred " + " ".join(
            f"{lab} {tp[lab]}/{res[lab]['pred']}" for lab in polnear.LABELS), flush=True)
    for n in NAMES:
        setattr(quotes, n, keep[n])
    return 0


if __name__ == "__main__":
    sys.exit(main())
