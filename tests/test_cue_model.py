"""The learned cue detector: features, the perceptron's decision, the packaged weights, and the
candidates it adds to the rules' ones on sentences written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import attr_model, attribution, cue_model
from newsprism.analyze.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load("en")


@pytest.fixture(autouse=True)
def packaged_model():
    attr_model.use(None)  # the cue model is consulted only when no attribution filter is
    yield
    cue_model.use()  # whatever a test chose, the next one starts from the packaged weights
    attr_model.use()


def tok_of(doc, word):
    return next(t for t in doc if t.text == word)


def test_features_describe_the_parse(nlp):
    doc = nlp("The governor said that the dam would hold.")
    f = cue_model.features(tok_of(doc, "said"))
    assert "l=say" in f and "p=VERB" in f
    assert "cd=ccomp" in f and "cl=ccomp:that" in f
    assert any(x.startswith("sk=") and x != "sk=none" for x in f)


def test_only_content_words_are_scored(nlp):
    doc = nlp("She said it.")
    assert cue_model.eligible(tok_of(doc, "said"))
    assert not cue_model.eligible(tok_of(doc, "She"))
    assert not cue_model.eligible(tok_of(doc, "."))


def test_score_is_a_sum_of_weights_against_the_threshold(nlp):
    doc = nlp("The governor insinuated that the dam would fail.")
    tok = tok_of(doc, "insinuated")
    model = cue_model.CueModel({"l=insinuate": 2.0, "b": -0.5}, threshold=1.0)
    assert model.score(cue_model.features(tok)) == pytest.approx(1.5)
    assert model.is_cue(tok)
    assert not cue_model.CueModel({"b": -0.5}, threshold=1.0).is_cue(tok)


def test_learned_cue_adds_a_candidate_the_rules_miss(nlp):
    text = "Union leaders have misgivings about the new pension plan."
    cue_model.use(None)
    rules = attribution.find_candidates(nlp(text))
    assert not any(text[c.cue[0]:c.cue[1]].startswith("misgivings") for c in rules if c.cue)
    cue_model.use(cue_model.CueModel({"l=misgiving": 5.0}, threshold=0.0))
    cands = attribution.find_candidates(nlp(text))
    hit = [c for c in cands if c.origin == "learned"]
    assert hit, [text[c.cue[0]:c.cue[1]] for c in cands if c.cue]
    c = hit[0]
    assert c.cue_tok.text == "misgivings"
    assert text[c.content[0]:c.content[1]] == "the new pension plan"


def test_adjective_cue_takes_the_copula_subject(nlp):
    text = "The minister is confident that the talks will succeed."
    cue_model.use(cue_model.CueModel({"l=confident": 5.0}, threshold=0.0))
    c = next(c for c in attribution.find_candidates(nlp(text)) if c.origin == "learned")
    assert text[c.source[0]:c.source[1]] == "The minister"
    assert text[c.content[0]:c.content[1]] == "that the talks will succeed"  # PolNeAR keeps "that"


def test_rules_keep_their_candidates_when_the_model_adds(nlp):
    text = "The mayor said the bridge would reopen."
    cue_model.use(None)
    rules = [(c.cue, c.content) for c in attribution.find_candidates(nlp(text))]
    cue_model.use(cue_model.CueModel({"b": 10.0}, threshold=0.0))  # everything is a cue
    after = [(c.cue, c.content) for c in attribution.find_candidates(nlp(text))]
    assert set(rules) <= set(after)
    assert len([c for c in after if c[0] == rules[0][0]]) == 1


def test_packaged_weights_find_a_noun_cue(nlp):
    model = cue_model.current()
    assert model is not None, "src/newsprism/data/models/cues.json is missing"
    doc = nlp("The senator said that the bill was dead.")
    assert model.is_cue(tok_of(doc, "said"))
    assert not model.is_cue(tok_of(doc, "bill"))


def test_quote_marks_are_found_once_per_doc(nlp):
    doc = nlp('He said: "We will build it." Then “nothing” happened.')
    marks = cue_model.quote_marks(doc)
    assert [doc[i].text for i in marks] == ['"', '"', "“", "”"]
    assert cue_model.quote_marks(doc) is marks  # cached on the Doc


def test_doc_arrays_read_what_the_tokens_say(nlp):
    # The features read per-Doc arrays instead of Tokens; both must describe the same parse.
    doc = nlp("The mayor, who had hoped for a quick vote, said on Tuesday that the council "
              "“would not be rushed.” Critics were confident that the plan, drafted in May, "
              "would fail.\n\nHe tweeted later: the talks went well, aides said.")
    ar = cue_model.arrays(doc)
    assert cue_model.arrays(doc) is ar  # made once per Doc
    for t in doc:
        i = t.i
        assert (ar.lower[i], ar.pos[i], ar.dep[i], ar.tag(i), ar.ent(i)) == \
            (t.lower_, t.pos_, t.dep_, t.tag_, t.ent_type_)
        assert ar.lemma[i] == attribution.lemma_of(t) and ar.head[i] == t.head.i
        assert ar.kids[i] == [c.i for c in t.children]
        assert (ar.sent_start[i], ar.sent_end[i]) == (t.sent.start, t.sent.end)
        assert ar.subtree(i) == [s.i for s in t.subtree]
        assert ar.subtree_span(i) == attribution.subtree_span(t)
        for c in t.children:
            assert ar.subtree_span_without(i, c.i) == attribution.subtree_span(t, exclude=c)
    assert ar.marks == cue_model.quote_marks(doc)
