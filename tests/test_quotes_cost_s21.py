"""Output-identical speed-ups of the quotes stage (session 21, issue 3's cost target). Each test
checks, on words of our own, that the cheaper path gives exactly what the old one gave.

In the pipeline the gate's weight look-ups cost three times what they cost in a loop on their
own: between two articles the other stages push the weight tables and the words' strings out
of the processor's caches, so the stage pays for memory, not for instructions. These changes
cut memory traffic and work that served nothing:

- Word strings (DocArrays' lower, POS, dependency, lemma, tag and entity names) and the keys of
  WordWeights' tables are interned, so a look-up finds its key by identity instead of reading
  the stored key's hash and characters (one memory touch less per look-up).
- DocArrays reads no ORTH column: quotation marks have no case, so a word is a mark exactly
  when its LOWER id is a mark's id (one column less in Doc.to_array).
- broad_candidates asks the gate by word index and makes a word's Token only once the word
  gets a candidate (about two in three gated words are turned down).
- find_candidates binds its late imports (the modules that import attribution) once, and
  attr_model binds attr_syntax, attr_nesting attr_sources, at module level: an import statement
  in a function ran the import machinery (about 1.6 us each) ten times per article.
"""
from __future__ import annotations

import sys

from newsprism.analyze import attr_model, attribution, cue_model

_TEXT = ("The ferry operator said “the hull was sound” on Monday. «We will sail», the captain "
         "told reporters, and the mayor called the repairs ``overdue'' before inspectors "
         "voiced doubts about the \"new\" engines. Residents complained that the fares rose.")


def test_marks_from_lower_are_the_orth_marks(nlp):
    doc = nlp(_TEXT)
    from_arrays = cue_model.DocArrays(doc).marks
    doc.user_data.pop("newsprism_quote_tokens", None)
    assert from_arrays and from_arrays == cue_model.quote_marks(doc)
    assert from_arrays == [t.i for t in doc if t.text in cue_model._QUOTE_TOKENS]
    # and a Doc with no mark at all
    plain = nlp("The captain said the hull was sound.")
    assert cue_model.DocArrays(plain).marks == []


def test_word_strings_and_weight_keys_are_interned(nlp):
    ar = cue_model.DocArrays(nlp(_TEXT))
    for words in (ar.lower, ar.pos, ar.dep, ar.lemma, ar.lemma_raw):
        assert all(sys.intern(w) is w for w in words)
    assert all(sys.intern(ar.tag(i)) is ar.tag(i) for i in range(ar.n))
    ww = attr_model.WordWeights(attr_model.current().weights)
    for table in ww.one.values():
        assert all(sys.intern(k) is k for k in table)
    for table in ww.two.values():
        for a, sub in table.items():
            assert sys.intern(a) is a and all(sys.intern(b) is b for b in sub)


def _spans(cands):
    return [(c.cue, c.content, c.origin, c.source) for c in cands]


def test_gate_by_index_gives_the_ungated_candidates(nlp):
    doc = nlp(_TEXT)
    attr_model.use(None)
    cue_model.use(None)
    try:
        rules = attribution.find_candidates(doc)
    finally:
        attr_model.use()
        cue_model.use()
    asked = []

    def gate(i, origin):
        asked.append((i, origin))
        return True

    ungated = attr_model.broad_candidates(doc, rules)
    assert ungated and _spans(attr_model.broad_candidates(doc, rules, gate)) == _spans(ungated)
    assert asked and all(type(i) is int and 0 <= i < len(doc) for i, _ in asked)
    # a gate turning every word down leaves nothing, and makes no candidate
    assert attr_model.broad_candidates(doc, rules, lambda i, origin: False) == []


def test_select_keeps_the_same_with_the_index_gate(nlp):
    # the packaged filter end to end: find_candidates on our text is what the string path
    # (a model whose score is not Linear.score, so select builds every feature string) keeps
    doc = nlp(_TEXT)
    fast = _spans(attribution.find_candidates(doc))

    class Strings(attr_model.AttrModel):
        def score(self, feats):
            return super().score(list(feats))

    packaged = attr_model.current()
    attr_model.use(Strings(packaged.weights, packaged.threshold))
    try:
        slow = _spans(attribution.find_candidates(nlp(_TEXT)))
    finally:
        attr_model.use()
    assert fast == slow


def test_late_modules_are_bound_once_and_read_at_call_time(nlp, monkeypatch):
    # find_candidates binds the modules that import attribution on its first call, and reads
    # their functions at each call: a replaced function is the one called
    from newsprism.analyze import attr_nesting
    doc = nlp(_TEXT)
    want = _spans(attribution.find_candidates(doc))
    assert attribution._LATE and attribution._LATE[1] is attr_nesting
    seen = []
    real = attr_nesting.settle

    def settle(doc, cands):
        seen.append(len(cands))
        return real(doc, cands)

    monkeypatch.setattr(attr_nesting, "settle", settle)
    assert _spans(attribution.find_candidates(nlp(_TEXT))) == want and seen
