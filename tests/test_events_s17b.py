"""Events, session 17 (second pass): ruling 13 (talks arranged by a third party: the host
acts, the parties are the targets) and the general fixes of the fourteenth opened set and
wire37; sentences written here.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _hits(nlp, text):
    from newsprism.analyze import events
    return [c for c in events.find_candidates(nlp(text)) if events_eval._kept(c)]


def test_a_mediator_is_the_actor_of_the_talks(nlp):
    acts, tgts = _args(_hit(nlp, "Egypt brokered talks between Israel and Hamas.", "talks"))
    assert acts == ["Egypt"] and tgts == ["Israel", "Hamas"], (acts, tgts)


def test_talks_hosted_by_a_third_party(nlp):
    acts, tgts = _args(_hit(nlp, "Talks hosted by Norway between the government and the "
                                 "rebels resumed on Monday.", "hosted"))
    assert acts == ["Norway"] and "the government" in tgts, (acts, tgts)


def test_a_hosting_verb_of_its_own_takes_the_talks(nlp):
    hits = [c for c in _hits(nlp, "Oman will mediate indirect talks between Iran and the "
                                  "United States in Muscat.") if c.type == "CONSULT"]
    assert [c.tok.text for c in hits] == ["mediate"], hits
    acts, tgts = _args(hits[0])
    assert acts == ["Oman"] and "Iran" in tgts, (acts, tgts)


def test_the_parties_own_meeting_keeps_them(nlp):
    acts, _ = _args(_hit(nlp, "The foreign ministers of Armenia and Azerbaijan met in Almaty "
                              "for two days of negotiations hosted by Kazakhstan.", "met"))
    assert any("ministers" in a for a in acts), acts
