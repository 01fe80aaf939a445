"""Tests framing_learned: the precomputed table's shape and where a learned word may count.
Uses the English spaCy model once per module and a stand-in table for the placement rules."""
from __future__ import annotations

import functools

import pytest

from newsprism.analyze import framing_learned as fl
from newsprism.analyze.nlp import load


@functools.lru_cache(maxsize=1)
def _nlp():
    return load("en")


@pytest.fixture
def fake_table(monkeypatch):
    words = {"feeble": 0.97, "shambolic": 0.95, "dowdy": 0.93, "murky": 0.4}
    monkeypatch.setattr(fl, "table", lambda: words)
    return words


def _flagged(text: str, found=()) -> list[str]:
    doc = _nlp()(text)
    return [text[s:e] for s, e, _ in fl.learned_spans(doc, list(found))]


def test_table_file_is_small_sorted_and_scored():
    if not fl.TABLE.exists():
        pytest.skip("no learned table built")
    lines = fl.TABLE.read_text(encoding="utf-8").splitlines()
    assert fl.TABLE.stat().st_size < 1_000_000
    words = [line.split("\t")[0] for line in lines]
    assert words == sorted(set(words))
    assert all(0.0 < float(line.split("\t")[1]) <= 1.0 for line in lines)


def test_judgement_of_an_act_or_a_person_counts(fake_table):
    assert _flagged("The governor gave a feeble response to rising prices.") == ["feeble"]
    assert _flagged("The minister's reforms were shambolic.") == ["shambolic"]
    assert _flagged("At the gala she looked dowdy.") == ["dowdy"]


def test_literal_heads_and_low_scores_stay_plain(fake_table):
    assert _flagged("The radio picked up a feeble signal from the ship.") == []
    assert _flagged("The minister gave a murky answer.") == []


def test_words_inside_found_spans_add_nothing(fake_table):
    text = "The governor gave a feeble response."
    start = text.index("feeble")
    assert _flagged(text, [(start, start + 6, "loaded_language")]) == []


def test_missing_table_adds_nothing(monkeypatch):
    monkeypatch.setattr(fl, "table", lambda: {})
    assert _flagged("The governor gave a feeble response.") == []
