"""A learned speaker chooser over the rules' English quotes: a second opinion, used sparingly.

For each quote, speaker_features.py lists the rules' choice and the entities mentioned nearby
with their features; a linear ranker (weights in data/models/speaker.json, trained by
scripts/train_speaker.py on the open English quotes gold) scores them. The rules' speaker stays
unless the rules found none (the ranker's best candidate is then taken) or the ranker's best
beats the rules' candidate by more than a margin chosen on held-out training folds. A quote with
a single candidate keeps the rules' choice; via chains are never touched. When the margin is
infinite (FILL_ONLY: session 19's folds found no finite margin that paid on held-out writers),
candidates are made only for the quotes whose rules' choice is not among them.
"""
from __future__ import annotations

import functools
import json
from dataclasses import replace
from importlib import resources

from ..records import Quote
from .cue_model import Linear
from .speaker_features import all_candidates, has_rules_candidate

_WEIGHTS = "speaker.json"
# A margin this large never lets the model overrule a rules' choice (scores are sums of a few
# weights of size 10 or less): it only fills the quotes where the rules listed no candidate.
FILL_ONLY = 1e9


class SpeakerModel(Linear):
    """Candidate weights and the margin by which the model's best must beat the rules'."""

    def choose(self, cands) -> int | None:
        """Index of the chosen candidate (None: keep the quote as the rules left it)."""
        if len(cands) < 2:
            return None
        scores = [self.score(c.feats) for c in cands]
        top = max(range(len(cands)), key=lambda i: (scores[i], cands[i].rules, -i))
        rules = next((i for i, c in enumerate(cands) if c.rules), None)
        if rules is None:
            return top
        return top if scores[top] - scores[rules] > self.threshold else None


@functools.lru_cache(maxsize=1)
def packaged() -> SpeakerModel | None:
    try:
        raw = resources.files("newsprism.data.models").joinpath(_WEIGHTS).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data = json.loads(raw)
    return SpeakerModel(data["weights"], float(data["margin"]))


_override: list = []


def use(model: SpeakerModel | None | str = "packaged") -> None:
    """Switch the model for this process: None turns the chooser off (the rules alone)."""
    _override[:] = [] if model == "packaged" else [model]


def current() -> SpeakerModel | None:
    return _override[0] if _override else packaged()


def rerank(doc, coref, quotes: list[Quote], paras) -> list[Quote]:
    """The quotes with the ranker's speaker where it overrides the rules."""
    model = current()
    if model is None or not quotes or coref is None:
        return quotes
    only = None
    if model.threshold >= FILL_ONLY:
        # the rules' choice stands wherever it is among the candidates: none are made there
        only = {k for k, q in enumerate(quotes) if not has_rules_candidate(coref, q)}
        if not only:
            return quotes
    out = list(quotes)
    for k, cands in enumerate(all_candidates(doc, coref, quotes, paras, gate=True, only=only)):
        i = model.choose(cands)
        if i is not None and not cands[i].rules:
            out[k] = replace(quotes[k], speaker=cands[i].speaker)
    return out


__all__ = ["SpeakerModel", "rerank", "use", "current", "packaged"]
