"""Output-identical speed-ups of the quotes stage (session 18), each pinned against the walk it
replaces on many random inputs: the look-up must give what the walk gave, always.

- span_index.covers / holds: 'is this position inside one of the quotes resolved so far' and
  'does one of these spans hold this stretch', asked per quote over every quote before it
  (sources._in_quotation, quote_filters._nested_report): quadratic on a long article. Spans
  sorted by start with the furthest end reached so far answer both with a bisect; a list out
  of order is walked.
- span_index.cues_between: the candidates whose cue lies before a medium in its paragraph
  (relays._inverted_relays walked every candidate for every medium).
- marks_near.beside: the quotation right before or after a cue (attr_nesting._beside walked
  every quotation mark before each cue); the walk stops at the first mark opening after the
  cue, and a mark before the cue can only be glued to it if it closes no earlier than the
  run of glue characters ending at the cue (or at its source phrase) begins.
- via_before._last_starts: occasion_before's quote sentence and the one before it, read back
  from the quote off the text's sentence ends found once (a scan of the whole paragraph per
  quote was quadratic in an article of one paragraph).
- last_match.first_start: where a search of a stretch finds a short pattern, off the places
  the pattern matches in the whole text (found once), only the last few characters searched
  (via_pronoun_before's 'On the stream'); its show/post/stream patterns take the last match
  of a stretch from last_match.last_match.
- source_clauses.that_clause_on_participle runs only in a text with a comma before a 'that'
  (a cheap look before a walk over every verb); relays.same_interview reads the cue's line
  end with last_match.break_from (no scan to a far line break).
"""
from __future__ import annotations

import random

from newsprism.analyze import attr_nesting, marks_near, span_index
from newsprism.analyze.attribution import Cand
from newsprism.analyze.quotes import find_marked


def test_covers_equals_the_walk_on_a_growing_list():
    rng = random.Random(7)
    for _ in range(400):
        pairs = [((s, s + rng.randint(0, 30)), None)
                 for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 40)))]
        if rng.random() < 0.8:
            pairs.sort(key=lambda p: p[0][0])
        grown: list = []
        for p in pairs:
            grown.append(p)  # asked again after each quote, as sources does
            for pos in range(-2, 135, 5):
                assert span_index.covers(grown, pos) == any(s <= pos < e for (s, e), _ in grown)


def test_holds_equals_the_walk():
    rng = random.Random(11)
    for _ in range(300):
        spans = [(s, s + rng.randint(0, 40))
                 for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 40)))]
        if rng.random() < 0.8:
            spans.sort()
        for lo in range(0, 120, 7):
            for hi in range(lo, 150, 9):
                assert span_index.holds(spans, lo, hi) == any(s <= lo and hi <= e
                                                              for s, e in spans)


def test_a_list_changed_other_than_at_its_end_is_read_afresh():
    spans = [(k, k + 2) for k in range(0, 60, 3)]
    assert span_index.holds(spans, 30, 32)
    spans[-1] = (0, 100)  # replaced, not appended: the index is built again
    assert span_index.holds(spans, 40, 90)
    other = [(k, k + 1) for k in range(0, 60, 3)]
    assert not span_index.holds(other, 40, 90)


def test_cues_between_hands_out_what_the_walk_would_test():
    rng = random.Random(3)
    for _ in range(300):
        cands = []
        for _ in range(rng.randint(0, 30)):
            a = rng.randint(0, 200)
            cue = None if rng.random() < 0.1 else \
                (a, a - rng.randint(1, 3)) if rng.random() < 0.05 else (a, a + rng.randint(0, 8))
            cands.append(Cand(content=(0, 1), cue=cue, source=None))
        near = span_index.cues_between(cands)
        for lo in range(0, 210, 13):
            for hi in range(lo, 220, 17):
                want = [c for c in cands if c.cue is not None and (
                    c.cue[1] < c.cue[0] or lo <= c.cue[0] <= hi)]
                assert near(lo, hi) == want


_WORDS = ["he said", "she said", ",", " ", "  ", ":", "—", "-", "\n", "\n\n", "the minister",
          "“", "”", '"', "'", "’", "words", "and", ";", "Mr Oduya", "told reporters"]


def _walk(text, marks, cue, source):
    best = None
    for m in marks:
        if m.close < cue[0] and m.closed:
            if attr_nesting._only_glue(text, m.close + 1, cue[0], source):
                best = (m.start, m.end)
        elif m.open >= cue[1]:
            if attr_nesting._only_glue(text, cue[1], m.open, None):
                return (m.start, m.end)
            break
    return best


def test_beside_equals_the_walk_over_every_mark():
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 80)))
        marks = find_marked(text)
        for _ in range(20):
            a = rng.randint(0, len(text))
            cue = (a, min(len(text), a + rng.randint(0, 9)))
            source = None
            if rng.random() < 0.5:
                b = rng.randint(0, len(text))
                source = (b, min(len(text), b + rng.randint(1, 15)))
            got = marks_near.beside(text, marks, cue, source, attr_nesting._only_glue,
                                    attr_nesting._GLUE)
            assert got == _walk(text, marks, cue, source), (text, cue, source)


def test_beside_finds_the_quotation_glued_to_a_cue_past_a_long_article():
    # many quotations before the cue: the one right before it (past its source) is found
    text = "".join(f'“Point {k} stands,” one said.\n' for k in range(300)) + \
        '“The bridge will reopen,” the minister said.'
    marks = find_marked(text)
    cue = (text.rindex("said"), text.rindex("said") + 4)
    source = (text.rindex("the minister"), text.rindex("the minister") + 12)
    got = marks_near.beside(text, marks, cue, source, attr_nesting._only_glue,
                            attr_nesting._GLUE)
    assert text[got[0]:got[1]] == "The bridge will reopen"
    assert got == _walk(text, marks, cue, source)


def _plain_sentence_starts(text, para, end):
    """via_before's walk before session 18: every sentence start of text[para:end]."""
    from newsprism.analyze import via_before as vb
    out = [para]
    for m in vb._SENTENCE_START.finditer(text, para, end):
        word = vb._LAST_WORD.search(text[max(para, m.start() - 6):m.start()])
        if word and (len(word.group(1)) == 1 or word.group(1).lower() in ("mr", "mrs", "ms",
                                                                          "dr", "st", "gov")):
            continue
        out.append(m.end())
    return out


def test_occasion_before_reads_the_last_two_sentence_starts_as_the_paragraph_walk():
    # the quote's sentence and the one before it, read back from the quote off the text's
    # own sentence ends instead of a scan of the whole paragraph per quote
    from newsprism.analyze import via_before
    letters = list("ab cD. ?!\"“”’‘\nXY  Dr. Mr. J. St. ")
    for seed in range(500):
        rnd = random.Random(seed)
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 140)))
        for _ in range(10):
            first = rnd.randint(0, len(text))
            para = text.rfind("\n", 0, first) + 1
            starts = _plain_sentence_starts(text, para, first + 1)
            want = sorted((k for k in starts if k <= first and k != para), reverse=True)[:2]
            assert via_before._last_starts(text, para, first) == want


def test_first_start_is_where_the_search_of_the_stretch_finds_its_match():
    # via_pronoun_before asks where 'On the stream' first stands in the quote's paragraph:
    # found off the places the pattern matches in the whole text, the last stretch searched
    import re

    from newsprism.analyze import via_pronoun_before as vpb
    from newsprism.analyze.last_match import first_start
    words = ["On", "on", "the", "live", "stream", "livestream", "broadcast", "streams", "\n",
             "the stream", ".", ",", "On the", "live\n", "x", "Onthe", "broadcasts"]
    short = re.compile(r"\bab+c?\b")
    found = 0
    for seed in range(500):
        rnd = random.Random(seed)
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 50)))
        other = "".join(rnd.choice("abc ") for _ in range(rnd.randint(0, 60)))
        for _ in range(10):
            start = rnd.randint(0, len(text))
            end = rnd.randint(start, len(text) + 1)
            m = vpb._ON_THE_STREAM.search(text, start, end)
            assert first_start(vpb._ON_THE_STREAM, text, start, end, 23) == \
                (m.start() if m else None)
            found += m is not None
            a = rnd.randint(0, len(other))
            b = rnd.randint(a, len(other))
            # a pattern reading at most 5 characters: 'abbb' and the one after it
            n = short.search(other, a, b)
            if "abbbb" not in other:
                assert first_start(short, other, a, b, 5) == (n.start() if n else None)
    assert found > 100


def test_pronoun_media_reads_the_last_match_as_the_scan_of_the_paragraph():
    # via_pronoun_before's show, post and stream patterns hold no sentence mark, so the last
    # match of a stretch is read off the text's own matches (last_match) instead of a scan
    from newsprism.analyze import via_pronoun_before as vpb
    words = ["on", "his", "her", "the", "club's", "own", "podcast", "show", ",", "Bajo",
             "Tierra", ".", "!", "?", "\n", "posted", "a", "video", "Facebook", "streamed",
             "live", "YouTube", "broadcast", "he", "said", "Sunday", "weekly", "The", "Kop",
             "on his podcast,", "posted a video on", "streamed live on", "on the club's show"]
    found = 0
    for seed in range(500):
        rnd = random.Random(seed)
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 70)))
        for pattern in (vpb._SHOW, vpb._POSTED, vpb._STREAMED_ON):
            for _ in range(5):
                start = rnd.randint(0, len(text))
                end = rnd.randint(start, len(text))
                scan = None
                for scan in pattern.finditer(text, start, end):
                    pass
                got = vpb._last(pattern, text, start, end)
                assert (scan and scan.span()) == (got and got.span())
                found += scan is not None
    assert found > 50


def test_that_clause_on_participle_is_looked_for_only_after_a_comma(monkeypatch):
    # the clause it finds opens on a 'that' token right after a ',' token: a text with no
    # comma before a 'that' is not walked, and the texts that have one get what the walk gave
    import re

    from newsprism.analyze import nlp as nlp_mod, source_clauses
    nlp = nlp_mod.load("en")
    texts = ["The chief engineer told a news conference in Kisumu, livestreamed on the "
             "utility's YouTube channel, that the pumps had been repaired.",
             "The minister told a rally in Tamale, broadcast on the party's page, that "
             "fees would fall.",
             "The minister told a rally in Tamale that fees would fall, and left.",
             "She said so, That was all."]
    for text in texts:
        gated = source_clauses.that_clause_on_participle(nlp(text), [])
        with monkeypatch.context() as m:
            m.setattr(source_clauses, "_COMMA_THAT", re.compile(""))
            walked = source_clauses.that_clause_on_participle(nlp(text), [])
        assert [(c.content, c.cue) for c in gated] == [(c.content, c.cue) for c in walked]
        if source_clauses._COMMA_THAT.search(text) is None:
            assert gated == []
