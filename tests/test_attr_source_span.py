"""Source span boundaries (attr_source_span) and the learned source chooser's plumbing
(attr_source_choice): written for session 13, sentences our own."""
from __future__ import annotations

import pytest

from newsprism.analyze import attr_source_choice as S
from newsprism.analyze import attr_source_span as T
from newsprism.analyze import attribution
from newsprism.analyze.attribution import Cand
from newsprism.analyze.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load("en")


def _cand(text, source, cue, content):
    s = text.index(source)
    c = text.index(cue)
    k = text.index(content)
    return Cand(content=(k, k + len(content)), cue=(c, c + len(cue)), source=(s, s + len(source)))


def test_source_stops_before_its_own_cue():
    text = "A farmers' lobby urging lower tariffs on fertiliser took out full-page ads."
    c = _cand(text, "A farmers' lobby urging lower tariffs on fertiliser", "urging",
              "lower tariffs on fertiliser")
    T._cut_before_cue(text, c)
    assert text[c.source[0]:c.source[1]] == "A farmers' lobby"


def test_cut_leaves_no_hanging_word():
    text = "Mayor Ines Varga, when asked about the bridge, said repairs would wait."
    c = _cand(text, "Mayor Ines Varga, when asked about the bridge", "asked", "about the bridge")
    T._cut_before_cue(text, c)
    assert text[c.source[0]:c.source[1]] == "Mayor Ines Varga"


def test_cue_inside_a_word_is_not_a_cut():
    text = "Crowds waving mini-flags lined the road."
    c = _cand(text, "Crowds waving mini-flags", "flags", "lined the road")
    before = c.source
    T._cut_before_cue(text, c)
    assert c.source == before


def test_focusing_adverb_left_out():
    text = "Even the most loyal councillors doubt the budget will pass."
    c = _cand(text, "Even the most loyal councillors", "doubt", "the budget will pass")
    T._drop_focus(text, c)
    assert text[c.source[0]:c.source[1]] == "the most loyal councillors"
    text2 = "Evenson Ltd said it would appeal."
    c2 = _cand(text2, "Evenson Ltd", "said", "it would appeal")
    T._drop_focus(text2, c2)
    assert text2[c2.source[0]:c2.source[1]] == "Evenson Ltd"


def test_chooser_off_without_weights_and_bounded_by_actions(nlp):
    text = "The harbour master said the pier would reopen in May."
    doc = nlp(text)
    S.use(None)
    try:
        cands = attribution.find_candidates(doc)
    finally:
        S.use()
    said = next(c for c in cands if c.cue and text[c.cue[0]:c.cue[1]] == "said")
    assert text[said.source[0]:said.source[1]] == "The harbour master"
    opts = S.ranked(doc, said, None)
    assert opts[0][0] is None and said.source in [o[0] for o in opts]
    # a model that prefers no source at all may drop it only when dropping is allowed
    keep = S.SourceModel({"none": 100.0}, 0.0, ("swap",))
    S.use(keep)
    try:
        S.choose(doc, [said])
    finally:
        S.use()
    assert said.source is not None
    S.use(S.SourceModel({"none": 100.0}, 0.0, ("swap", "drop", "add")))
    try:
        S.choose(doc, [said])
    finally:
        S.use()
    assert said.source is None


def test_sources_starting_at_one_word_are_drawn_once():
    # session 15: one mention, one span; sources elsewhere and empty ones are left alone
    text = ("Councillor Petra Lund, who chairs the harbour board, said the quay would close "
            "and warned that fees would rise. Lund added nothing.")
    long_ = _cand(text, "Councillor Petra Lund, who chairs the harbour board", "said",
                  "the quay would close")
    short = _cand(text, "Councillor Petra Lund", "warned", "fees would rise")
    other = _cand(text, "Lund", "added", "nothing")
    at = text.rindex("Lund added")
    other.source = (at, at + 4)
    none = _cand(text, "Lund", "chairs", "the harbour board")
    none.source = None
    T.same_mention([long_, short, other, none])
    want = "Councillor Petra Lund, who chairs the harbour board"
    assert text[short.source[0]:short.source[1]] == want
    assert text[long_.source[0]:long_.source[1]] == want
    assert text[other.source[0]:other.source[1]] == "Lund" and other.source[0] > 100
    assert none.source is None
