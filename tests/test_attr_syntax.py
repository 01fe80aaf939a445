"""Syntax candidates for attributions whose content is a passive verb's subject or the noun a
relative clause describes (attr_syntax.py), on sentences written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import attr_syntax, attribution
from newsprism.analyze.cue_model import Linear
from newsprism.analyze.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load("en")


@pytest.fixture(autouse=True)
def default_off():
    yield
    attr_syntax.use(None)  # the default: no syntax candidates


def _cands(nlp, text):
    doc = nlp(text)
    attribution.remember_text(doc, text)
    return doc, [(c, text) for c, _ in attr_syntax.candidates(doc)]


def _show(c, text):
    return (c.origin, text[c.cue[0]:c.cue[1]], text[c.content[0]:c.content[1]],
            text[c.source[0]:c.source[1]] if c.source else None)


def test_passive_subject_is_content_and_agent_is_source(nlp):
    _, got = _cands(nlp, "The harbour plan was sharply criticized by the fishermen's union.")
    shown = [_show(c, t) for c, t in got]
    assert ("pass-subj", "was sharply criticized", "The harbour plan",
            "the fishermen's union") in shown


def test_passive_without_agent_has_no_source(nlp):
    _, got = _cands(nlp, "Minister Okafor was dismissed on Monday.")
    shown = [_show(c, t) for c, t in got]
    assert ("pass-subj", "was dismissed", "Minister Okafor", None) in shown


def test_passive_governing_a_clause_is_left_to_the_clause_candidates(nlp):
    _, got = _cands(nlp, "The mayor was quoted by a local radio station as saying the "
                         "bridge would reopen.")
    assert not [c for c, _ in got if c.origin == "pass-subj"]


def test_object_relative_clause_describes_the_content(nlp):
    _, got = _cands(nlp, "She defended the toll scheme, an arrangement the opposition "
                         "has criticized for months.")
    shown = [_show(c, t) for c, t in got]
    assert any(o == "rel-head" and cue.endswith("criticized") and content == "an arrangement"
               and src == "the opposition" for o, cue, content, src in shown), shown


def test_subject_relative_clause_is_not_a_syntax_candidate(nlp):
    # 'the councillor who said': the noun speaks; the clause candidates handle it.
    _, got = _cands(nlp, "The councillor who criticized the budget resigned.")
    assert not [c for c, _ in got if c.origin == "rel-head"]


def test_select_keeps_only_cues_no_kept_candidate_holds(nlp):
    text = "The harbour plan was sharply criticized by the fishermen's union."
    doc = nlp(text)
    attribution.remember_text(doc, text)
    keep_all = Linear({}, -1.0)  # every candidate scores 0 > -1
    got = attr_syntax.select(doc, [], model=keep_all)
    assert [text[c.content[0]:c.content[1]] for c in got] == ["The harbour plan"]
    assert attr_syntax.select(doc, got, model=keep_all) == []


def test_packaged_model_loads_and_find_candidates_runs(nlp):
    assert attr_syntax.current() is None  # off by default (cost; see attr_syntax._CHOICE)
    attr_syntax.use("packaged")
    try:
        assert attr_syntax.current() is not None
        _find_candidates_runs(nlp)
    finally:
        attr_syntax.use(None)
    _find_candidates_runs(nlp)


def _find_candidates_runs(nlp):
    text = ("The stadium deal was approved by the council on Tuesday. Critics said the "
            "price was too high.")
    doc = nlp(text)
    attribution.remember_text(doc, text)
    cues = [text[c.cue[0]:c.cue[1]] for c in attribution.find_candidates(doc) if c.cue]
    assert "said" in cues
