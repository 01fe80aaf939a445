"""Scores English quotes gold files with the learned speaker chooser off (the rules alone) and
on (analyze/speaker_model.py), in one process:

    python scripts/speaker_ab.py tests/data/quotes_gold_opened9.jsonl [more files]

Figures for files the packaged weights were trained on are in-sample; the held-out comparison
is `python scripts/train_speaker.py folds`.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsprism.analyze import speaker_model  # noqa: E402
from newsprism.evaluate.quotes import evaluate  # noqa: E402

for path in sys.argv[1:]:
    line = [Path(path).name]
    for name, model in (("rules", None), ("ranker", "packaged")):
        speaker_model.use(model)
        r = evaluate(path)
        line.append(f"{name}: speaker {r['speaker']:.3f} both {r['both']:.3f}")
    print(" | ".join(line))
