"""Output-identical speed-ups of the quotes stage (session 18): walks over a word's children or
a content's words read the Doc's arrays (cue_model.arrays: dep, lower, pos, lemma_of, kids)
instead of making a spaCy Token per word. Each test checks that the array reading gives what
the Token reading gave, on sentences of our own.

- speaker_features.relation_words: the cue's relation words as indices; the ranker's gate
  reads their heads' offsets from tok_idx + lengths and builds Tokens only for quotes that
  pass it (relations() keeps its old shape).
- sources._has_subject: a cue with an 'nsubj' / 'nsubjpass' child.
- relays.reported_within / _quoted_as_saying, quotes._said_this: same rules, words from arrays.
"""
from __future__ import annotations

from newsprism.analyze.nlp import load
from newsprism.analyze.pipeline import analyze
from newsprism.analyze.sources import _has_subject
from newsprism.analyze.speaker_features import _relations_of_tokens, relation_words, relations
from newsprism.records import Article

_SENTENCES = (
    "The harbour master said the pier would reopen on Monday.",
    "The bridge will stay shut, according to Mayor Ilse Brandt.",
    "Local papers quoted the ferry captain as saying the engine had failed twice.",
    "The rumour was denied by the council, which called it baseless.",
    "Farmers, who met in the square on Tuesday, warned that prices would rise.",
    "Asked about the delay, she told the radio station it was not her decision.",
)


def test_relations_from_arrays_equal_those_from_tokens():
    nlp = load("en")
    for text in _SENTENCES:
        doc = nlp(text)
        tok_idx = [t.idx for t in doc]
        for tok in doc:
            cue = (tok.idx, tok.idx + len(tok.text))
            want = _relations_of_tokens(doc, cue)
            assert relations(doc, cue, tok_idx) == want, (text, tok.text)
            words = relation_words(doc, cue, tok_idx)
            assert [(r, doc[i].idx, doc[i].idx + len(doc[i].text)) for r, i in words] \
                == [w[:3] for w in want]


def test_has_subject_reads_what_token_children_say():
    nlp = load("en")
    for text in _SENTENCES:
        doc = nlp(text)
        for tok in doc:
            assert _has_subject(tok) == any(c.dep_ in ("nsubj", "nsubjpass")
                                            for c in tok.children), (text, tok.text)


def test_speakers_and_vias_still_found_through_the_array_walks():
    text = ("The state news agency quoted the port director as saying the cranes were idle.\n\n"
            "Residents said this while the rain kept falling.\n\n"
            "An aide told the Evening Courier that the governor had called the plan "
            "\"a waste of money\".")
    a = analyze(Article(id="t-arr", text=text, language="en"))
    names = {q.speaker.name for q in a.quotes}
    assert any(n and "director" in n for n in names)
