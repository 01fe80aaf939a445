"""Session 11, English quote attribution (issue 3): general fixes found by tabulating the
failures of the open sets and the -v batch of quotes_gold_late.jsonl, each tested here on
sentences written for this file."""
from __future__ import annotations

import datetime as dt

import pytest

from newsprism.analyze.entities import entities_stage
from newsprism.analyze.pipeline import Pipeline
from newsprism.analyze.quotes import quotes_stage
from newsprism.analyze.structure import structure_stage
from newsprism.records import Article


@pytest.fixture(scope="module")
def pipe():
    return Pipeline([structure_stage, entities_stage, quotes_stage])


def quote(pipe, text, needle):
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    hits = [q for q in a.quotes if needle in a.text[q.start:q.end]]
    assert hits, [a.text[q.start:q.end] for q in a.quotes]
    q = hits[0]
    return (q.speaker.name if q.speaker else None), [v.name for v in q.via]


def test_a_group_on_a_messaging_platform_is_the_medium(pipe):
    text = ("In an audio note posted in a WhatsApp group run by market traders, the union "
            "secretary, Halima Juma, said the stalls would stay shut until Monday.")
    speaker, via = quote(pipe, text, "stay shut until Monday")
    assert speaker == "Halima Juma"
    assert len(via) == 1 and "WhatsApp" in via[0] and "traders" not in via[0]


def test_mastodon_is_a_platform(pipe):
    text = ("The astronomer Julia Hartmann wrote on Mastodon that the comet would be visible "
            "to the naked eye by Friday.")
    speaker, via = quote(pipe, text, "visible to the naked eye")
    assert speaker.endswith("Julia Hartmann") and via == ["Mastodon"]


def test_a_medium_named_in_lower_case_after_its_kind(pipe):
    text = ("The harbour master, Tobias Renn, told the radio station coast104 fm that the "
            "ferry would \"sail again on Sunday\".")
    speaker, via = quote(pipe, text, "sail again")
    assert speaker == "Tobias Renn"
    assert via == ["radio station coast104 fm"]
