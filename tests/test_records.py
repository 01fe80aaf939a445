"""Invariants of the records: every span of every record type is (start, end) into the
article text, and the pipeline never fails or emits a bad span on arbitrary text."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.records import (Analysis, Article, Entity, Event, Framing, Mention, Quote, Span,
                               Speaker, Timex, Via, record_dict, span_text, spans_of)

WORDS = ["The", "minister", "said", "on", "Monday", "that", "talks", "will", "resume", "he",
         "She", "told", "Reuters", "according", "to", "agency", "“", "”", '"', "«", "»", "'",
         "Qassem", "Soleimani", "killed", "in", "Baghdad", "January", "3", "2020", ",", ".",
         "\n\n", "—", "allegedly", "denied", "protesters", "police", "مرحبا", "Ελλάδα", "über",
         "last", "week", "—", ":", "(", ")", "IRGC", "U.S.", "Americans", "it", "they", "é"]


def _check(analysis: Analysis) -> None:
    text = analysis.text
    for label, s, e in spans_of(analysis):
        assert 0 <= s <= e <= len(text), (label, s, e)
    for ent in analysis.entities:
        assert ent.mentions
        for m in ent.mentions:
            assert m.end > m.start and span_text(text, m).strip() == span_text(text, m), ent
    ids = {e.id for e in analysis.entities}
    for q in analysis.quotes:
        assert q.end > q.start
        assert q.speaker.entity is None or q.speaker.entity in ids
    qids = {q.id for q in analysis.quotes}
    for v in analysis.events:
        assert set(v.actors) <= ids and set(v.targets) <= ids
        assert v.source is None or v.source in qids
    for f in analysis.framing:
        assert f.quote is None or f.quote in qids


def test_span_text_is_the_span():
    text = "Soleimani was killed on January 3."
    a = Analysis(article=Article(id="x", text=text), published=None, published_inferred=False,
                 language="en",
                 entities=(Entity("e1", "Soleimani", "PERSON", (Mention(0, 9, "name"),)),),
                 quotes=(Quote("q1", "indirect", 0, 20, Span(14, 20),
                               Speaker("e1", "Soleimani", 0, 9), (Via(None, "AP", 0, 9),)),),
                 timexes=(Timex(24, 33, "DATE", "XXXX-01-03"),),
                 events=(Event("v1", "ASSAULT", Span(14, 20), (), ("e1",), None, None,
                               "asserted", None),),
                 framing=(Framing(14, 20, "event_word", None),))
    found = {label.split(".")[-1] for label, _, _ in spans_of(a)}
    assert {"Mention", "Quote", "Span", "Speaker", "Via", "Timex", "Framing"} <= found
    assert span_text(text, a.timexes[0]) == "January 3"
    assert span_text(text, a.entities[0].mentions[0]) == "Soleimani"
    assert record_dict(a)["timexes"][0]["value"] == "XXXX-01-03"


def test_records_are_immutable():
    m = Mention(0, 3, "name")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 1  # type: ignore[misc]
    with pytest.raises(ValueError):
        Span(5, 2)


def test_seed_spans(pipeline, seed_path):
    import datetime as dt
    text = seed_path.read_text(encoding="utf-8")
    a = pipeline.analyze(Article(id="seed", text=text, language="en"), dt.date(2020, 2, 13))
    _check(a)
    assert a.entities and a.quotes and a.timexes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80),
       st.sampled_from(["en", "fr", "ar"]))
def test_pipeline_spans_on_arbitrary_text(pipeline, words, lang):
    text = " ".join(words)
    if not text.strip():
        return
    _check(pipeline.analyze(Article(id="h", text=text, language=lang)))
