"""Helpers for the non-English quote tests: run the ml entity and quote steps on a sentence
written for a test and pick the one quote holding a given fragment (no spaCy needed)."""
from __future__ import annotations

from newsprism.analyze.ml_entities import find_entities
from newsprism.analyze.ml_quotes import find_quotes


def quotes(text, lang):
    return find_quotes(None, text, lang, find_entities(None, text, lang))


def one(text, lang, fragment):
    hits = [q for q in quotes(text, lang) if fragment in text[q.start:q.end]]
    # The failure message lists every quote found, so a miss shows where the span went.
    assert len(hits) == 1, (fragment, [text[q.start:q.end] for q in quotes(text, lang)])
    return hits[0]
