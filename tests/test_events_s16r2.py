"""Events, session 16, second pass: the lead's rulings written in events_eval's header (an
expulsion of observers, inspectors, monitors, peacekeepers or aid agencies is SANCTION; a
road, port, crossing or building blockaded or occupied is a place, not the target) and the
long tail over all sets. Sentences written for these tests; each ruling has its twin on the
other side of the line."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


@pytest.mark.parametrize("text,word,type_", [
    # CAMEO 166 'expel or withdraw' (peacekeepers, inspectors and observers, aid agencies)
    ("The junta expelled the UN human rights monitors on Thursday.", "expelled", "SANCTION"),
    ("The government ordered the nuclear inspectors out of the country.", "ordered",
     "SANCTION"),
    ("The military council kicked out three foreign aid agencies accused of spying.",
     "kicked", "SANCTION"),
    ("Authorities gave foreign aid workers 72 hours to leave the region.", "leave",
     "SANCTION"),
    ("Officials said the expulsion of the ceasefire observers was a mistake.", "expulsion",
     "SANCTION"),
    # anyone else expelled or deported stays coerced
    ("Belarus expelled two Polish journalists who had covered the protests.", "expelled",
     "COERCE"),
    ("The coast guard expelled three fishing boats from the lagoon.", "expelled", "COERCE"),
    ("The border police deported forty aid workers to Kenya.", "deported", "COERCE"),
    ("The minister ordered the expulsion of a preacher accused of incitement.", "expulsion",
     "COERCE"),
])
def test_expulsion_of_overseers_is_a_sanction(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_
