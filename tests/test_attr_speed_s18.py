"""Output-identical speed-ups of the attribution pass (session 18, quotes stage cost). Each test
checks, on sentences of our own, that the faster reading gives exactly what the old one gave.

- cue_model._children: each word's children grouped in one pass over the head list (a word's
  first child gives it a list of its own; children come in index order), not numpy's sort:
  the lists must be Token.children's, in order, and has_kids must say which words have any.
- attribution.lemma_of: read by the token's hashes (a slip of cues.LEMMA_FIXES by the hash of
  its lowercase form, the lowered lemma from the table DocArrays fills), strings only on a miss
  or for an object that is not a Token; the lemma must be the string path's.
- attr_model.WordWeights.cue: its per-lemma tables and the word's tag name read straight from
  their caches; the weights must still be features_at's, in order.
"""
from __future__ import annotations

import types

import numpy

from newsprism.analyze import attr_model, cue_model, cues
from newsprism.analyze.attribution import lemma_of

_SENTENCES = (
    "The harbour master hoped the pier would reopen, and she tweeted that it might.",
    "Two fishermen saw the storm coming; the cooperative blasted the forecast office.",
    "Officials at the water board, hoping to calm residents, said supplies were safe.",
    "Is the road open?  Nobody knows, the driver said, tapping the wheel.",
    "Rain.",
)


def _docs(nlp):
    return [nlp(s) for s in _SENTENCES] + [nlp(" ".join(_SENTENCES))]


def test_children_are_token_children_in_order(nlp):
    for doc in _docs(nlp):
        ar = cue_model.DocArrays(doc)
        assert ar.kids == [[c.i for c in tok.children] for tok in doc]
        assert ar.has_kids.tolist() == [any(True for _ in tok.children) for tok in doc]


def test_children_of_a_lone_root_and_a_chain():
    # heads as the arrays hold them (absolute indices; a root heads itself)
    kids, has = cue_model._children(numpy.array([0]))
    assert kids == [[]] and has.tolist() == [False]
    kids, has = cue_model._children(numpy.array([1, 1, 1, 2]), [1, 1, 1, 2])
    assert kids == [[], [0, 2], [3], []] and has.tolist() == [False, True, True, False]


def test_lemma_of_equals_the_string_reading(nlp):
    for doc in _docs(nlp):
        cue_model.arrays(doc)  # fills the lowered-lemma table, as the stage does first
        for tok in doc:
            assert lemma_of(tok) == cues.LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
    slips = [t for d in _docs(nlp) for t in d if t.lower_ in cues.LEMMA_FIXES]
    assert slips and all(lemma_of(t) == cues.LEMMA_FIXES[t.lower_] for t in slips)


def test_lemma_of_without_the_table_or_a_token(nlp):
    doc = nlp("The mayor hoped for calm.")
    saved = dict(cue_model._LOWERED)
    cue_model._LOWERED.clear()  # a lemma the table lacks is read from its string
    try:
        assert [lemma_of(t) for t in doc] == [cues.LEMMA_FIXES.get(t.lower_, t.lemma_.lower())
                                              for t in doc]
    finally:
        cue_model._LOWERED.update(saved)
    fake = types.SimpleNamespace(lower_="tweeting", lemma_="Tweeting")
    assert lemma_of(fake) == "tweet"
    assert lemma_of(types.SimpleNamespace(lower_="spoke", lemma_="Speak")) == "speak"


def test_cue_weights_are_features_at_weights(nlp):
    model = attr_model.current()
    if model is None:
        return  # untrained checkout: no weights to compare
    fast = attr_model.word_weights(model)
    for doc in _docs(nlp):
        ar = cue_model.arrays(doc)
        for i in range(len(doc)):
            want = [model.weights.get(f, 0.0) for f in cue_model.features_at(ar, i, "c:")]
            assert fast.cue(ar, i) == want
