"""Events, session 15 round 2: general mechanisms behind the wire31 tuning batch's misses:
event nouns told as background (a meeting as a time anchor, an event as a document's
subject, a meeting's length), transfers of gear or forces sent or offered to a state, ground
handed over, phrasal undoing verbs. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _kept(nlp, text):
    return events_eval.kept_events(nlp(text))


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


@pytest.mark.parametrize("text", [
    "Hotels in Lusaka were full ahead of the summit of southern African leaders.",
    "Schools in the capital closed during the Chinese premier's visit, the council said.",
    "A book on the siege of Sarajevo won the prize for non-fiction this year.",
    "The president's visit to Ghana will last two days, his spokesman said.",
])
def test_background_event_nouns_are_no_event(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text,word,type_", [
    ("After the summit in Maputo, Malawi accused Zambia of blocking its trucks.", "accused",
     "ACCUSE"),
    ("Leaders of the two Koreas will hold a summit in Panmunjom next month.", "summit",
     "CONSULT"),
    ("The foreign minister arrived in Cairo for a two-day visit on Sunday.", "visit",
     "CONSULT"),
])
def test_events_beside_background_nouns_stay(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text,word,type_,target", [
    ("Norway will send four patrol boats to Ghana under a maritime security pact.", "send",
     "AID", "Ghana"),
    ("Poland offered to send military engineers to Slovakia to rebuild the flooded bridges.",
     "offered", "SUPPORT", "Slovakia"),
    ("Rebel fighters handed over the town of Bria to government troops on Sunday.", "handed",
     "RETREAT", "troops"),
    ("The government handed over control of the port to the navy.", "handed", "CONCEDE",
     "navy"),
    ("The mayor called off the curfew in the old town after two calm nights.", "called",
     "CONCEDE", None),
])
def test_transfers_and_phrasal_undoing(nlp, text, word, type_, target):
    c = _hit(nlp, text, word)
    assert c.type == type_
    if target:
        assert target in [t.text for t in c.targets]


@pytest.mark.parametrize("text", [
    "The shipyard delivered two fishing boats to a cooperative in Galle last week.",
    "The museum offered to send its paintings to the festival for the summer.",
    "The airline called off its takeover of a regional carrier after a pilots' vote.",
])
def test_transfers_outside_politics_are_no_event(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text", [
    "A botched system upgrade locked hundreds of travellers out of the booking site.",
    "Divers rescued three cavers trapped by floodwater in a cave in northern Thailand.",
    "The navy rescued 40 migrants from a sinking dinghy south of Lampedusa on Tuesday.",
])
def test_mishaps_are_no_event(nlp, text):
    assert _kept(nlp, text) == []


def test_hackers_lock_and_loads_thrown_stay(nlp):
    assert _hit(nlp, "Hackers locked the computers of the Albanian customs service.",
                "locked").type == "COERCE"
    assert _kept(nlp, "The bank locked the accounts of 200 customers suspected of fraud.") == []
    c = _hit(nlp, "Angry wheat farmers dumped crates of eggs outside the agriculture "
             "ministry in Paris.", "dumped")
    assert c.type == "PROTEST"
    assert not {t.text for t in c.targets} & {"crates", "eggs", "ministry"}


def test_a_verb_done_again_is_read_by_its_base(nlp):
    c = _hit(nlp, "Brussels reimposed tariffs on Chinese steel after the talks failed.", "tariffs")
    assert c.type == "SANCTION" and "Brussels" in [a.text for a in c.actors]
    # 're' that makes another word is not the act again
    assert not any(k.startswith("MOBILIZE") for k in _kept(
        nlp, "The army removed the checkpoint outside the stadium."))


def test_a_verb_after_a_split_re_prefix(nlp):
    c = _hit(nlp, "Morocco and Iran re-established diplomatic ties after a decade.",
             "established")
    assert c.type == "COOPERATE"
    assert [a.text for a in c.actors] == ["Morocco"] and [t.text for t in c.targets] == ["Iran"]
    assert c.span.start == 17  # the mention covers 're-established'


def test_a_verb_misread_as_a_modifier_in_a_verbless_parse(nlp):
    # the parse a tagger gave such a sentence: 'police' the root, 'used' a modifier
    from spacy.tokens import Doc
    from newsprism.analyze.event_context import _subjects, verbless_doer
    doc = Doc(nlp.vocab, words="Riot police in Tbilisi used water cannon against crowds .".split(),
              heads=[1, 1, 1, 2, 6, 6, 1, 6, 7, 1],
              deps=["compound", "ROOT", "prep", "pobj", "amod", "compound", "appos", "prep",
                    "pobj", "punct"],
              pos=["PROPN", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "NOUN", "ADP", "NOUN",
                   "PUNCT"],
              tags=["NNP", "NNS", "IN", "NNP", "VBN", "NN", "NN", "IN", "NNS", "."])
    assert verbless_doer(doc[4]).text == "police"
    assert [t.text for t in _subjects(doc[4])] == ["police"]
    c = next(c for c in ev.find_candidates(doc) if c.tok.i == 4)
    assert c.type == "COERCE" and "cannon" in [a.text for a in c.absorbed]
    assert [t.text for t in c.targets] == ["crowds"]


def test_participles_after_a_preposition_stay_modifiers(nlp):
    assert not any(k.startswith("COERCE") for k in _kept(
        nlp, "The families of jailed reporters gathered in the square for a vigil."))


def test_a_measures_cost_is_its_backdrop(nlp):
    assert not any(k.startswith("SANCTION") for k in _kept(
        nlp, "Car sales slowed this spring, dealers said, citing the impact of tariffs on imported parts."))
