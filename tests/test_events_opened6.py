"""Events: general causes behind the misses of the sixth sealed set (events_opened6.jsonl),
each tested on a sentence written here; the set's floor stays in test_opened6.py.

Covered: a subject the tagger ran into a dateline's date ('OSLO, Mar 4 - Norway'), a body
quit that is named with a class noun in apposition ('Ecowas, the regional bloc'), a dateline
place the parser hung on an event noun as its doer, a zone or corridor left as ground not a
target, and an immune attack as no assault.
"""
from __future__ import annotations

from newsprism.analyze import events as ev
from newsprism.analyze import factuality

import events_eval


def _one(nlp, text, type_):
    cands = [c for c in ev.find_candidates(nlp(text)) if c.type == type_]
    assert cands, [(c.type, c.tok.text) for c in ev.find_candidates(nlp(text))]
    return cands[0]


def _types(nlp, text) -> set[str]:
    return {k.split(":")[0] for k in events_eval.kept_events(nlp(text))}


def test_subject_run_into_a_datelines_date_still_acts(nlp):
    for text, doer, other in (
            ("HARARE, Jan 4 - Zimbabwe accused Zambia of harbouring armed smugglers.",
             "Zimbabwe", "Zambia"),
            ("NAIROBI, Dec 12 - South Sudan accused Sudan of arming militias.",
             "South Sudan", "Sudan")):
        doc = nlp(text)
        subj = doc[6 if doer == "Zimbabwe" else 7]
        # the small model tags the date and the subject as one DATE entity
        assert subj.ent_type_ != "DATE" or factuality.swallowed_by_date(subj)
        actors, targets = events_eval.arg_phrases(_one(nlp, text, "ACCUSE"))
        assert any(doer in a for a in actors), actors
        assert any(other in t for t in targets), targets


def test_a_real_date_stays_a_time(nlp):
    doc = nlp("The talks resumed on March 4, 2024 in Geneva.")
    assert not any(factuality.swallowed_by_date(t) for t in doc)


def test_body_quit_named_with_an_apposed_class_noun(nlp):
    doc = nlp("Guinea quit Ecowas, the regional bloc.")
    assert [t.dep_ for t in doc if t.lower_ == "bloc"] == ["appos"]  # what this test is for
    c = _one(nlp, doc.text, "RETREAT")
    assert c.tok.text == "quit" and any("Guinea" in a for a in events_eval.arg_phrases(c)[0])
    # a job quit names no body
    assert "RETREAT" not in _types(nlp, "The striker quit the club on Friday.")


def test_dateline_place_is_no_doer_of_an_event_noun(nlp):
    text = "QUITO, Ecuador - The detention of activist Luis Yupanqui on Monday drew criticism."
    c = _one(nlp, text, "COERCE")
    actors, targets = events_eval.arg_phrases(c)
    assert not any("Ecuador" in a for a in actors), actors
    assert any("Yupanqui" in t for t in targets), targets
    # a named doer modifying the noun still acts
    c = _one(nlp, "A Kenyan police raid on the newspaper angered lawyers.", "COERCE")
    assert events_eval.arg_phrases(c)[0]


def test_zone_or_corridor_left_is_ground_not_target(nlp):
    for text in ("Turkey withdrew its soldiers from the demilitarised zone near Idlib.",
                 "The militia pulled out of the Lachin corridor on Sunday."):
        c = _one(nlp, text, "RETREAT")
        assert not events_eval.arg_phrases(c)[1], text


def test_immune_attack_is_no_assault(nlp):
    assert "ASSAULT" not in _types(
        nlp, "The study found the drug set off an autoimmune attack on the liver in rats.")
    assert "ASSAULT" not in _types(
        nlp, "Scientists said the antibody boosts the immune attack on cancer cells.")
    assert "ASSAULT" in _types(nlp, "Rebels launched an attack on the army base at dawn.")
