"""vias.py's walks on the Doc's arrays give what the Token walks they replaced gave.

The references below are the Token-based forms, written out again to pin the array forms."""
from __future__ import annotations

import functools

import pytest
from hypothesis import given, strategies as st

from newsprism.analyze import nlp as nlp_mod
from newsprism.analyze import vias
from newsprism.analyze.attribution import lemma_of

TEXT = (
    'In a post on X, the harbour master said the pier would reopen on Monday.\n\n'
    'Minister Lena Varga urged the unions to "return to the table" in a post on Telegram.\n\n'
    'The strike will end soon, according to the Baltic News Service, which cited two officials.\n\n'
    'In a statement read out on Radio Kestrel, the mayor, speaking to reporters, said '
    'repairs were "under way", quoting the city engineer.\n\n'
    'A video posted on TikTok showed the flooded quay. "We lost everything," a fisherman says '
    'in the video.\n\n'
    'CITED BY the Courier, the council said it had "no comment", and declined to elaborate.'
)


@functools.lru_cache(maxsize=1)
def _doc():
    return nlp_mod.load("en")(TEXT)


def _opening_by_tokens(tok) -> list[int]:
    opening = [c for c in tok.children if c.dep_ == "prep" and c.i < tok.i and (
        c.i == tok.sent.start or c.i > 0 and tok.doc[c.i - 1].text == ",")]
    opening += [c for c in tok.children if c.dep_ in ("advcl", "ccomp") and c.i < tok.i
                and lemma_of(c) in vias._CARRYING and c.left_edge.i == tok.sent.start]
    return [c.i for c in opening]


def _closing_by_tokens(tok) -> bool:
    return any(t.text in ("\"", "\u201d") for t in tok.doc[tok.i + 1:tok.sent.end])


def _markers_by_tokens(tok) -> tuple[list[int], list[int]]:
    according, citing = [], []
    for t in tok.sent:
        if t.lower_ in vias._MARKER_WORDS or t.lemma_ in vias._MARKER_WORDS:
            if t.lower_ == "according":
                according.append(t.i)
            elif t.lemma_.lower() in ("cite", "quote"):
                citing.append(t.i)
    return according, citing


@given(st.text(alphabet=' ,"\u201da\n\u00a0\t', max_size=12), st.integers(0, 12))
def test_mark_before_is_the_stripped_slice(text, at):
    at = min(at, len(text))
    assert vias._mark_before(text, at) == text[:at].rstrip().rstrip(",").rstrip()[-1:]


def test_opening_phrases_match_the_token_walk():
    doc = _doc()
    from newsprism.analyze import cue_model
    ar = cue_model.arrays(doc)
    assert any(_opening_by_tokens(t) for t in doc)  # the text has fronted phrases to find
    for t in doc:
        assert vias._opening(doc, ar, t.i) == _opening_by_tokens(t), t.text


def test_markers_match_the_sentence_walk():
    doc = _doc()
    found = 0
    for t in doc:
        according, citing = vias._markers(t)
        want = _markers_by_tokens(t)
        assert ([a.i for a in according], [c.i for c in citing]) == want, t.text
        found += len(want[0]) + len(want[1])
    assert found >= 3  # 'according', 'cited', 'quoting' (not the shouted 'CITED')


def test_closing_mark_test_matches_the_sentence_walk():
    doc = _doc()
    # a cue with no closing mark after it in its sentence finds no medium past one
    for t in doc:
        if not _closing_by_tokens(t):
            assert vias._after_quotation(t) == []
    urged = next(t for t in doc if t.lower_ == "urged")
    assert _closing_by_tokens(urged)


@pytest.mark.parametrize("cue, medium", [("urged", "Telegram"), ("said", "X")])
def test_media_found_through_the_array_walks(cue, medium):
    doc = _doc()
    tok = next(t for t in doc if t.lower_ == cue)
    pairs = list(vias.preps_deep(tok, fronted=True))
    found = [vias.medium_phrase(o) for _, o in pairs if o.dep_ == "pobj"] + \
        vias._after_quotation(tok)
    spans = [doc.text[m[0]:m[1]] for m in found if m]
    assert medium in spans, spans
