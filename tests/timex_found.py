"""Helper for the English timex tests: the expressions found in a sentence, by their text,
with (type, value) resolved against a given publication date."""
from __future__ import annotations

import datetime as dt
import functools

from newsprism.analyze import nlp
from newsprism.analyze.timexes import find_timexes


@functools.lru_cache(maxsize=None)
def _nlp():
    # One English model for every test module that imports this helper.
    return nlp.load("en")


def found(text: str, published: dt.date) -> dict[str, tuple[str, str]]:
    doc = _nlp()(text)
    return {text[t.start:t.end]: (t.type, t.value) for t in find_timexes(doc, published)}
