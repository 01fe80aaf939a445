"""Events, session 18: ruling 14 (an act told in the passive as announced or confirmed is
reported unless announcing performs it) and the general fixes of the fifteenth opened set;
sentences written here.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _hits(nlp, text):
    from newsprism.analyze import events
    return [c for c in events.find_candidates(nlp(text)) if events_eval._kept(c)]


def _fact(nlp, text, word):
    from newsprism.analyze import factuality
    return factuality.assess(_hit(nlp, text, word).tok)[0]


# ---------------------------------------------------------------- ruling 14

def test_an_act_done_otherwise_and_announced_is_reported(nlp):
    # the announcement tells of a withdrawal, a strike or an arrest done by other means
    assert _fact(nlp, "The withdrawal of the battalion from the border town was announced "
                      "by the defence ministry.", "withdrawal") == "reported"
    assert _fact(nlp, "The air strike on the fuel depot was confirmed by the army on "
                      "Tuesday.", "strike") == "reported"
    assert _fact(nlp, "Britain's decision to withdraw its troops from Mali was announced by "
                      "the defence secretary.", "withdraw") == "reported"


def test_an_act_performed_by_announcing_it_stays_asserted(nlp):
    # a sanction, a ban or a pledge is made by declaring it
    assert _fact(nlp, "The expulsion of three Canadian diplomats was announced by the foreign "
                      "ministry.", "expulsion") == "asserted"
    assert _fact(nlp, "Canada's pledge of $20 million to the refugees was confirmed by its "
                      "foreign minister.", "pledge") == "asserted"
    assert _fact(nlp, "Ottawa's decision to expel two Russian reporters was announced late on "
                      "Monday.", "expel") == "asserted"


def test_the_announcing_verbs_own_modality_is_left_to_the_walk(nlp):
    # 'will be announced' is no announcement made: the ruling does not reach it
    assert _fact(nlp, "The withdrawal of the battalion will be announced by the ministry.",
                 "withdrawal") != "reported"
    # an act told in the active voice is untouched by the passive ruling
    assert _fact(nlp, "Police arrested two reporters in the capital on Monday.",
                 "arrested") == "asserted"
