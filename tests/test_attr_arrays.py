"""The attribution helpers that read the Doc's arrays give what the Token walks they replaced
gave: subtree spans, cue spans, subjects, verbs, sentence starts.

Input: a few sentences written for this test, parsed once with the English model.
"""
from __future__ import annotations

import numpy
import pytest

from newsprism.analyze import attribution as A
from newsprism.analyze import cue_model, nlp as nlp_mod

TEXT = (
    "The minister, who spoke on condition of anonymity, said on Monday that the talks had "
    "stalled and had found no way forward.\n\n"
    "\"We will not give up,\" the union's leader told reporters in a statement, adding that "
    "strikes could resume. Officials have also warned: prices may rise.\n"
    "As Reuters reported, the plan, which critics called a betrayal, was dropped. By accusing "
    "the board of lying, she hoped to win. The firm plans to back the deal, according to "
    "two people familiar with it."
)


@pytest.fixture(scope="module")
def doc():
    return nlp_mod.load("en")(TEXT)


def _subtree_reference(tok, exclude=None):
    toks = list(tok.subtree)
    if exclude is not None:
        lo, hi = exclude.left_edge.i, exclude.right_edge.i
        left = [t for t in toks if t.i < lo]
        right = [t for t in toks if t.i > hi]
        toks = left if len(left) >= len(right) else right
        if not toks:
            return tok.idx, tok.idx
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _subject_reference(tok):
    t = tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c.i
        if t.dep_ in ("conj", "advcl", "xcomp"):
            t = t.head
        elif t.dep_ == "pcomp":
            t = t.head.head
        elif t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head.i
        else:
            return None
    return None


def test_subtree_spans_match_token_walk(doc):
    for tok in doc:
        assert A.subtree_span(tok) == _subtree_reference(tok)
        for child in tok.children:
            assert A.subtree_span(tok, exclude=child) == _subtree_reference(tok, child)


def test_subjects_match_token_walk(doc):
    for tok in doc:
        got = A.subject_of(tok)
        assert (None if got is None else got.i) == _subject_reference(tok)


def test_cue_span_starts_with_auxiliaries_and_takes_colon(doc):
    warned = next(t for t in doc if t.lower_ == "warned")
    s, e = A.cue_span(warned)
    assert A.text_of(doc)[s:e] == "have also warned:"
    said = next(t for t in doc if t.lower_ == "said")
    s, e = A.cue_span(said)
    assert A.text_of(doc)[s:e].endswith("said")


def test_verbal_tokens_are_the_verbs_by_pos_or_tag(doc):
    doc.user_data.pop("newsprism.verbs", None)
    want = [t.i for t in doc if t.pos_ in ("VERB", "AUX") or t.tag_ in A._VB_TAGS]
    assert [t.i for t in A.verbal_tokens(doc)] == want


def test_candidate_sentence_start_is_the_token_sentence(doc):
    cands = A.find_candidates(doc)
    assert cands
    for c in cands:
        if c.cue_tok is not None and c.origin in ("verb", "object", "inserted"):
            assert c.sent == c.cue_tok.sent.start_char


def test_among_is_isin():
    rng = numpy.random.default_rng(7)
    col = rng.integers(-2**62, 2**62, size=300)
    ids = numpy.concatenate([col[[3, 50, 299]], rng.integers(-2**62, 2**62, size=4)])
    assert (cue_model.among(col, ids) == numpy.isin(col, ids)).all()
    assert not cue_model.among(col, []).any()


def test_subtree_order_is_token_subtree(doc):
    ar = cue_model.arrays(doc)
    for tok in doc:
        assert ar.subtree(tok.i) == [t.i for t in tok.subtree]
        assert ar._subtree_flat(tok.i) == [t.i for t in tok.subtree]
    assert list(ar.has_kids) == [bool(list(t.children)) for t in doc]


def test_expand_is_char_span_expand(doc):
    ar = cue_model.arrays(doc)
    rng = numpy.random.default_rng(11)
    n = len(A.text_of(doc))
    # every start, including whitespace and the text's last characters, with short and long
    # ends, and ends past the text
    for s in range(n):
        for e in (s + 1, s + 2, s + int(rng.integers(3, 80)), n, n + 3):
            span = doc.char_span(s, e, alignment_mode="expand") if e <= n + 1 else None
            want = None if span is None else (span.start, span.end)
            if e > n + 1:
                want = None
            assert ar.expand(s, e) == want, (s, e)


def test_lone_word_at_is_a_one_character_char_span(doc):
    # _drop_final_stop asks this where it asked doc.char_span(p, p + 1) for a Span
    ar = cue_model.arrays(doc)
    for p in range(len(TEXT)):
        assert ar.lone_word_at(p) == (doc.char_span(p, p + 1) is not None), p


def _agent_reference(tok):
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def test_agent_of_matches_token_walk():
    text = ("The remarks were reported by the agency. He was quoted by two papers as saying "
            "the deal was done. The plan, backed by the board, was approved by voters.")
    doc = nlp_mod.load("en")(text)
    for tok in doc:
        got, want = A.agent_of(tok), _agent_reference(tok)
        assert (got.i if got is not None else None) == (want.i if want is not None else None)
    assert A.agent_of(next(t for t in doc if t.text == "reported")).text == "agency"


def _clause_reference(tok):
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for t in prep.subtree:
            if t.i - tok.i > 14:
                break
            if t.dep_ in ("relcl", "acl", "ccomp") and t.i > prep.i \
                    and any(k.dep_ == "mark" and k.lower_ == "that" for k in t.children) \
                    and any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children) \
                    and not A._verb_between(t, prep):
                return t
    return None


def test_clause_in_phrase_matches_token_walk(doc):
    text = ("Ana Lind said in one of a series of messages that the ferry was carrying fuel. "
            "He said in a statement that prices would rise. She wrote on a blog that the "
            "mayor, who resigned, had lied.")
    for d in (doc, nlp_mod.load("en")(text)):
        for tok in d:
            got, want = A._clause_in_phrase(tok), _clause_reference(tok)
            assert (got.i if got is not None else None) == \
                (want.i if want is not None else None), tok.text


def test_passive_and_subject_tests_read_from_arrays_match_the_token_walks(doc):
    from newsprism.analyze import attr_sources as S

    def passive_ref(tok):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            return True
        return tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") \
            and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)

    passives = [t.i for t in doc if S._is_passive(t)]
    assert passives == [t.i for t in doc if passive_ref(t)] and passives
    subj = [t.i for t in doc if S._has_subject(t)]
    assert subj == [t.i for t in doc if any(c.dep_ in ("nsubj", "nsubjpass", "csubj")
                                            for c in t.children)] and subj
