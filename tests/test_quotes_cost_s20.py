"""Output-identical speed-ups of the quotes stage (session 20, issue 3's cost target). Each test
checks, on words of our own, that the cheaper path gives exactly what the old one gave.

- WordWeights.head_and_tail reads its lemma and lexicon tables straight from their caches
  (as cue() does) instead of through two method calls per gated word and origin: the weights
  must be the same whether the caches are cold or warm.
- quote_filters.medium_named_before looks for 'quoted' in the lowered cue window before its
  case-insensitive pattern ('is/was ... quoted as saying'): every window the pattern matches,
  in any casing, holds the word.
- quote_filters.short_answers tries its answer pattern only right after a question mark
  (_after_questions) instead of scanning every capital of the text and dropping the matches
  not after one: a match holds no '?', so no earlier match covers such a start, and the
  matches must be the old ones. transcript_answers returns at once on a text holding neither
  'Q:' nor 'Q.', with which every match of its pattern opens.
"""
from __future__ import annotations

import random

from newsprism.analyze import attr_model, cue_model, quote_filters

_TEXT = ("The harbour master told reporters the cranes would run again. Critics balked at "
         "the plan, and the council cast them as alarmist. She was quoted as saying that "
         "the pier stays shut.")


def test_head_and_tail_same_with_cold_and_warm_caches(nlp):
    model = attr_model.current()
    doc = nlp(_TEXT)
    ar = cue_model.arrays(doc)
    origins = ("learned", "alt-obj", "alt-prep", "verb", "inserted")
    # the old path: a fresh table set, each lemma's tables made by the two methods
    fresh = attr_model.WordWeights(model.weights)
    want = {}
    for i in range(len(doc)):
        for origin in origins:
            lemma = ar.lemma[i]
            lex = attr_model._lexicon(lemma)
            if "|" in lemma or "|" in lex:
                continue
            w_lex, t_lexo, t_lexp = fresh._lex_tables(lex)
            pos = ar.pos[i]
            want[i, origin] = (fresh._o.get(origin, 0.0), [
                fresh._lemma_tables(lemma)[8].get(origin, 0.0), w_lex, t_lexo.get(origin, 0.0),
                t_lexp.get(pos, 0.0), fresh.head_and_tail(ar, i, origin)[1][-1]])
    assert want
    cold = attr_model.WordWeights(model.weights)
    for _ in range(2):  # first pass fills the caches, the second reads them
        for (i, origin), w in want.items():
            assert cold.head_and_tail(ar, i, origin) == w


def test_every_quoted_as_saying_window_holds_quoted():
    rng = random.Random(20)
    windows = ["he was quoted as saying", "They ARE Quoted As Telling", "had been  quoted\nas "
               "stating that", "is quoted as sayings", "misquoted as saying", "quotes as saying",
               "was quote as saying", "the quoted price"]
    for _ in range(300):  # random casings of the pattern's phrases
        w = rng.choice(windows)
        windows.append("".join(ch.upper() if rng.random() < 0.5 else ch for ch in w))
    for w in windows:
        if quote_filters._QUOTED_NO_AGENT.search(w):
            assert "quoted" in w.lower(), w
    assert any(quote_filters._QUOTED_NO_AGENT.search(w) for w in windows)


def _old_answers(text):
    return [m.span() for m in quote_filters._ANSWER.finditer(text)
            if text[max(0, m.start() - 4):m.start()].rstrip(" ").endswith("?")]


def test_answers_after_questions_are_the_old_matches():
    rng = random.Random(7)
    parts = ["Did the ferry sail?", "?", " ", "  ", "Not today, she says.", "Hardly, he said!",
             "Why", "?? ", "Yes, Omar replied.", "\n", "Later, they answered .", "B",
             "maybe, he said.", "?   ", "?    ", "No, Ruth insisted."]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        want = _old_answers(text)
        assert [m.span() for m in quote_filters._after_questions(text)] == want, text
        found += bool(want)
    assert found > 100


def test_transcript_needs_its_q(nlp):
    text = "Q: Will the pier reopen?\nA: In spring, once the piles are replaced."
    assert quote_filters._QA_ANSWER.search(text)
    assert not quote_filters._QA_ANSWER.search(text.replace("Q:", "Q-"))


def test_spokes_gate_never_hides_a_match():
    # the cheap casefold test before via_spokesman's case-blind scan passes every text the scan
    # matches, including the characters IGNORECASE folds onto 's' and 'k'
    import random

    from newsprism.analyze.via_spokesman import _SPOKES, _may_name_spokes

    rng = random.Random(7)
    letters = "spokeSPOKEmanwrsn\u017f\u212atayc rPRESS\n"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(5, 40)))
        if _SPOKES.search(text):
            assert _may_name_spokes(text), text
    for text in ("\u017fpokesman said", "the SPOKESPERSON", "press  Secretary", "spo\u212aeswoman"):
        assert _SPOKES.search(text) and _may_name_spokes(text)
    assert not _may_name_spokes("the minister said on Tuesday")
