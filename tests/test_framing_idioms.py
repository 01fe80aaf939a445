"""Set metaphors of opinion copy (framing_idioms.py), each beside a literal use of the same
words that its guard keeps plain. Sentences are written here; no spaCy is needed."""
from __future__ import annotations

import pytest

from newsprism.analyze import framing_idioms as fi


def _found(text):
    return [text[s:e] for s, e, _ in fi.idiom_spans(text)]


@pytest.mark.parametrize("text, span", [
    ("The new quango is a gravy train for former advisers.", "gravy train"),
    ("Critics say the rail franchise has become a cash cow for its owners.", "cash cow"),
    ("The budget is smoke and mirrors, the opposition said.", "smoke and mirrors"),
    ("Lowering standards will start a race to the bottom among suppliers.", "race to the bottom"),
    ("Councillors have been dragging their feet on the repairs for a year.",
     "dragging their feet"),
    ("The strike could bring the port to its knees.", "bring the port to its knees"),
    ("Pensioners were left to fend for themselves in the heatwave.",
     "left to fend for themselves"),
    ("Unpaid bills have pushed hundreds of pubs to the brink.",
     "pushed hundreds of pubs to the brink"),
    ("The museum's new wing is a white elephant.", "white elephant"),
    ("The hearing was a kangaroo court from the first minute.", "kangaroo court"),
    ("Local shops have been on life support since the bypass opened.", "on life support"),
])
def test_idioms_are_found(text, span):
    assert span in _found(text)


@pytest.mark.parametrize("text", [
    "The patient was kept on life support in the intensive care unit.",
    "The striker fell to his knees after the final whistle.",
    "The ship struck the tip of the iceberg south of Greenland.",
    "Police said the device was a time bomb set to detonate at noon.",
    "The fourth season of House of Cards was released in March.",
    "The farmer milked the cows before dawn.",
    "A sell-out crowd watched the final.",
])
def test_literal_uses_stay_plain(text):
    assert _found(text) == []


def test_every_anchor_is_held_by_its_pattern():
    """An entry runs only when its anchor is in the text, so the anchor must be a piece of
    every match; each entry's anchor is checked against the pattern itself."""
    for anchor, pattern, _ in fi.IDIOMS:
        assert anchor.lower() == anchor
        assert "[- ]" not in anchor and "?" not in anchor


def test_an_anchor_inside_another_anchors_match_is_still_seen():
    # anchors are found with a lookahead: "show" opens one anchor inside the other's match
    found = set(fi._anchor_pattern().findall("critics called it a horror show trial"))
    assert {"horror show", "show trial"} <= found
