"""The session-9 attribution diagnostics: attr_cue_gap's cue classes (the rows of its table)
and attr_rerank_exp's competition features and its pass-through wrapper, on sentences written
here, parsed once with the English model.

Input: the session-scoped spaCy model from conftest; no PolNeAR data.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
gap = pytest.importorskip("attr_cue_gap")
rerank = pytest.importorskip("attr_rerank_exp")

TEXT = ("The mayor said the bridge would reopen in May. According to the council, repairs cost "
        "more than planned. Residents voiced their anger over the delay. Critics believe the "
        "contract was rushed.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def _span(word: str, after: int = 0) -> tuple[int, int]:
    s = TEXT.index(word, after)
    return s, s + len(word)


@pytest.mark.parametrize("word,cls", [("said", "verb:say"), ("According to", "prep"),
                                      ("anger", "noun"), ("believe", "verb:stance")])
def test_cue_class(doc, word, cls):
    assert gap.cue_class(doc, _span(word)) == cls


def _cand(cue: str, content: tuple[int, int], tok=None, source=None):
    return SimpleNamespace(cue=_span(cue), content=content, cue_tok=tok, source=source)


def test_board_sees_rival_and_governor(doc):
    say = _cand("said", (_span("the bridge")[0], _span("May")[1]), doc[2])
    # a second cue claiming the same content, and one inside the kept 'said' content
    rival = _cand("would", (_span("the bridge")[0], _span("May")[1]))
    inner = _cand("reopen", (_span("in May")[0], _span("May")[1]))
    feats = [["o=verb", "lex=say"], ["o=learned", "lex=none"], ["o=learned", "lex=none"]]
    board = rerank.Board(doc, [say, rival, inner], feats, [5.0, -1.0, -3.0], 0.0)
    f_rival = board.features(1)
    assert "rival=mhi" in f_rival and "rivalo=learned|ahead" in f_rival
    f_inner = board.features(2)
    assert "gov=say|mhi" in f_inner and "govo=say|learned" in f_inner
    assert "rival=none" not in f_inner  # the 'said' content overlaps it
    assert rerank.eligible(["o=learned"], -3.0) and not rerank.eligible(["cquote"], -3.0)
    assert not rerank.eligible(["o=learned"], -9.0)


def test_staged_without_second_stage_scores_as_the_first(doc):
    inner = rerank.Linear({"a": 1.5, "b": -2.0}, 0.5)
    seen = []
    staged = rerank.Staged(inner, record=lambda *args: seen.append(len(args[1])))
    assert staged.score_pool(doc, [None, None], [["a"], ["a", "b"]], []) == [1.5, -0.5]
    assert seen == [2] and staged.threshold == 0.5
