"""The learned attribution filter: candidate features, broad candidates, the keep/drop decision
and the packaged weights, on sentences written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import attr_model, attribution, cue_model
from newsprism.analyze.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load("en")


@pytest.fixture(autouse=True)
def packaged_model():
    yield
    attr_model.use()  # whatever a test chose, the next one starts from the packaged weights
    cue_model.use()


def cue_texts(text, cands):
    return [text[c.cue[0]:c.cue[1]] for c in cands if c.cue]


def cue_words(cands):
    # The cue's head word: a light verb before it ('have misgivings') may join the cue span.
    return [c.cue_tok.text for c in cands if c.cue_tok is not None]


def test_features_describe_cue_source_and_content(nlp):
    text = "The governor said that the dam would hold."
    doc = nlp(text)
    attr_model.use(None)
    c = next(c for c in attribution.find_candidates(doc) if c.cue_tok.text == "said")
    f = attr_model.features(doc, c)
    assert "o=verb" in f and "c:l=say" in f and "lex=say" in f
    assert "side=after" in f and "csubj" in f and "cverb" in f
    assert any(x.startswith("src=") and x != "src=none" for x in f)


def test_broad_candidates_cover_words_the_rules_lack(nlp):
    text = "Union leaders have misgivings about the new pension plan."
    doc = nlp(text)
    attr_model.use(None)
    cue_model.use(None)  # the rules alone
    rules = attribution.find_candidates(doc)
    broad = attr_model.broad_candidates(doc, rules)
    assert "misgivings" in cue_texts(text, broad)
    assert not set(cue_texts(text, broad)) & set(cue_texts(text, rules))


def test_the_model_keeps_what_it_scores_above_its_threshold(nlp):
    text = "Union leaders have misgivings about the new pension plan."
    doc = nlp(text)
    keep_all = attr_model.AttrModel({"b": 0.0, "o=learned": 1.0, "o=object": 1.0}, 0.0)
    attr_model.use(keep_all)
    assert "misgivings" in cue_words(attribution.find_candidates(doc))
    attr_model.use(attr_model.AttrModel({"c:l=misgiving": -5.0, "o=learned": 1.0}, 0.0))
    assert "misgivings" not in cue_words(attribution.find_candidates(doc))


def test_one_candidate_per_cue_word(nlp):
    text = "The senator said the vote was rigged."
    doc = nlp(text)
    attr_model.use(attr_model.AttrModel({"b": 1.0}, 0.0))  # everything is kept
    cands = attribution.find_candidates(doc)
    cues = [c.cue for c in cands]
    assert all(not (a[0] < b[1] and b[0] < a[1]) for i, a in enumerate(cues)
               for b in cues[i + 1:])


def test_packaged_weights_keep_plain_reports_and_drop_narration(nlp):
    model = attr_model.current()
    assert model is not None, "data/models/attr.json is missing: run scripts/train_attr.py"
    text = ("The mayor said the bridge would reopen in May. Officials believe the repairs "
            "will cost less than planned. The river flooded the town in 2019.")
    doc = nlp(text)
    cues = cue_texts(text, attribution.find_candidates(doc))
    assert "said" in cues and "believe" in cues
    assert "flooded" not in cues


class _PoolModel:
    """A model that scores the pool as a whole: keeps only the candidates whose cue is the
    last one in the text, which no per-candidate score could decide."""

    threshold = 0.0

    def score(self, feats):
        return 1.0

    def score_pool(self, doc, pool, feats, rules):
        assert len(feats) == len(pool)
        last = max(c.cue[0] for c in pool if c.cue)
        return [1.0 if c.cue and c.cue[0] == last else -1.0 for c in pool]


def test_a_model_may_score_the_whole_pool(nlp):
    text = "The mayor said the bridge would reopen, and engineers believe it is safe."
    doc = nlp(text)
    attr_model.use(_PoolModel())
    cues = cue_texts(text, attribution.find_candidates(doc))
    assert "believe" in cues
    assert cues.count("said") <= 1  # a trusted say-verb may stay whatever the model says


def test_alt_contents_offer_a_bare_object_and_a_further_preposition(nlp):
    # content_at skips a one-word object and 'at'/'in' phrases; the pool must still hold them
    text = "The council lifted sanctions. Farmers balked at the new water tariff."
    doc = nlp(text)
    attr_model.use(None)
    cue_model.use(None)
    rules = attribution.find_candidates(doc)
    broad = attr_model.broad_candidates(doc, rules)
    got = {(text[c.cue[0]:c.cue[1]], c.origin, text[c.content[0]:c.content[1]]) for c in broad}
    assert ("lifted", "alt-obj", "sanctions") in got
    assert any(cue.startswith("balked") and origin == "alt-prep" and "water tariff" in content
               for cue, origin, content in got)


def test_alt_object_carries_its_as_label(nlp):
    text = "Critics view the deal as a surrender."
    doc = nlp(text)
    ar = cue_model.arrays(doc)
    view = next(t for t in doc if t.text == "view")
    alts = attr_model.alt_contents(ar, view.i, None)
    assert [text[s:e] for origin, (s, e) in alts if origin == "alt-obj"] == \
        ["the deal as a surrender"]


def test_alt_contents_never_repeat_the_main_content(nlp):
    text = "The minister praised the new budget plan."
    doc = nlp(text)
    ar = cue_model.arrays(doc)
    praised = next(t for t in doc if t.text == "praised")
    first = cue_model.content_at(doc, ar, praised.i)
    alts = attr_model.alt_contents(ar, praised.i, first)
    assert all(not (s < first[1] and first[0] < e) for _, (s, e) in alts)


def test_a_pluperfect_predicate_joined_to_said_stays_in_the_content(nlp):
    # the parser hangs 'and had found ...' on 'said'; backshifted, it is still reported
    text = ("Kereru's managing director, Tom Baxter, said in a statement on the company's "
            "website that it was \"cooperating fully\" and had found no evidence that its own "
            "systems had been used.")
    doc = nlp(text)
    said = next(c for c in attribution.find_candidates(doc) if c.cue_tok.text == "said")
    content = text[said.content[0]:said.content[1]]
    assert content.startswith("that it was") and content.endswith("had been used")


def test_a_later_deed_of_the_speaker_is_not_pulled_into_the_content(nlp):
    # the same parse without the pluperfect: the speaker's own next act, not what was said
    text = ("Kereru's managing director, Tom Baxter, said in a statement on the company's "
            "website that it was \"cooperating fully\" and then left for Wellington.")
    doc = nlp(text)
    said = next(c for c in attribution.find_candidates(doc) if c.cue_tok.text == "said")
    assert "Wellington" not in text[said.content[0]:said.content[1]]


WORDS_TEXT = (
    "The minister said on Monday that talks had stalled. Critics accused the board of lying "
    "about costs, and unions voiced skepticism about the plan. \"We are confident in it,\" "
    "an aide told reporters, adding that she was sure of a deal. Voters, who hoped for change, "
    "balked at the new tariff; the mayor's criticism of the council was sharp. He called "
    "it a betrayal, according to two people: a|b and x:y were typed as words.")


def test_gate_weights_without_strings_are_the_string_weights(nlp):
    # WordWeights must give features_at's and the tail's weights in their order, so that the
    # gate's sum is bit for bit the one the feature strings give
    from itertools import chain, repeat

    model = attr_model.current()
    fast = attr_model.word_weights(model)
    get = model.weights.get
    doc = nlp(WORDS_TEXT)
    ar = cue_model.arrays(doc)
    checked = 0
    for i in range(len(doc)):
        cue = cue_model.features_at(ar, i, "c:")
        assert fast.cue(ar, i) == list(map(get, cue, repeat(0.0))), doc[i].text
        for origin in ("learned", "alt-obj", "alt-prep", "verb"):
            _, tail = attr_model._word_parts(ar, i, origin, cue)
            head, tail_ws = fast.head_and_tail(ar, i, origin)
            want = model.score(chain(("o=" + origin,), cue, tail))
            assert sum(chain((head,), fast.cue(ar, i), tail_ws)) == want
            checked += 1
    assert checked == 4 * len(doc)


def test_gate_weights_take_separators_in_words_by_their_string():
    fast = attr_model.WordWeights({"c:lw+1=a|b|c": 2.0, "c:lw+1=a|b": 1.0, "c:cw=prep:x:y": 3.0})
    assert fast.pair("c:lw+1=", "|", "a|b", "c") == 2.0
    assert fast.pair("c:lw+1=", "|", "a", "b|c") == 2.0
    assert fast.pair("c:lw+1=", "|", "a", "b") == 1.0
    assert fast.pair("c:cw=", ":", "prep", "x:y") == 3.0
    assert fast.pair("c:cw=", ":", "prep", "x") == 0.0
