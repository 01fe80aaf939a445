"""Events, session 16: general mechanisms behind the wire33 tuning batch's misses: phrasal
verbs read as a whole (plover_phrasal.py), event words that report no new happening
(event_nonews.py, event_background.py), and the party chosen where a clause offers two
candidates (event_args). Sentences written for these tests; each positive has a twin in
another sense that must stay no event."""
from __future__ import annotations

import pytest

from newsprism.analyze import events as ev

import events_eval


def _kept(nlp, text):
    return events_eval.kept_events(nlp(text))


def _hit(nlp, text, word):
    return next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)


@pytest.mark.parametrize("text,word,type_", [
    ("Hackers took down the online portal of Estonia's tax board on Wednesday.", "took",
     "COERCE"),
    ("An Iranian hacking group knocked out the servers of two Albanian ministries.",
     "knocked", "COERCE"),
    ("The military government set free eleven student activists held since March.", "set",
     "CONCEDE"),
    ("Four bloggers were locked up in Baku for criticising the president.", "locked",
     "COERCE"),
    ("The government called off its peace talks with the rebel alliance.", "called", "REJECT"),
    ("The army called off its offensive against the rebels in the hills.", "called",
     "CONCEDE"),
    ("Vietnamese coast guard ships chased away three Chinese survey vessels.", "chased",
     "COERCE"),
    ("The Kyrgyz authorities unfroze the bank accounts of two opposition newspapers.",
     "unfroze", "CONCEDE"),
    ("Qatar and Bahrain reopened their embassies after a seven-year rift.", "reopened",
     "COOPERATE"),
])
def test_phrasal_and_undoing_verbs(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text", [
    "The restaurant took down its old menu board after the renovation.",
    "The boxer knocked out his opponent in the third round.",
    "The chef set the table for twelve guests.",
    "The caretaker locked up the school for the summer holidays.",
    "The club called off its friendly match because of snow.",
    "The farmer drove off in his tractor before dawn.",
    "The bakery opened a new shop near the station.",
])
def test_phrasal_verbs_in_other_senses_stay_no_event(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text", [
    # a habit or a rule of the present
    "The Commonwealth summit is held every two years in a member state.",
    "Tariffs usually raise prices for the importing country's shoppers, economists say.",
    # an earlier event recalled by its year
    "A plaque remembers the dead of the 1982 siege of the old city.",
    # a supposition with no doer
    "An embargo on fertiliser would hurt farmers across the region, analysts warned.",
    # an event's effect as a document's subject
    "A study on the drought's impact will be released next year.",
    "A study on the war's impact on schools will be released in June.",
])
def test_event_words_that_report_no_new_event(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text,word,type_", [
    # a past act with a doer stays, and so does a dated act told with its doer as a verb
    ("Russia's blockade of the port would starve the city, the mayor warned.", "blockade",
     "COERCE"),
    ("Police arrested 40 protesters in the capital on Saturday.", "arrested", "COERCE"),
    ("The summit opened in Nairobi on Monday with a call for a ceasefire.", "summit",
     "CONSULT"),
])
def test_reported_events_beside_those_checks_stay(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


def test_two_candidate_clauses(nlp):
    c = _hit(nlp, "Police broke up a sit-in by nurses outside the health ministry.", "broke")
    assert c.type == "COERCE" and [t.text for t in c.targets] == ["nurses"]
    c = _hit(nlp, "Kenyan police were pulled back from the disputed border area.", "pulled")
    assert c.type == "RETREAT" and [a.text for a in c.actors] == ["police"]
    assert not c.targets
    c = _hit(nlp, "The army called off its offensive against the rebels.", "called")
    assert [t.text for t in c.targets] == ["rebels"]


def test_ground_to_a_rival_and_crewless_gear(nlp):
    assert _hit(nlp, "Army units handed over the airbase to a tribal militia on Sunday.",
                "handed").type == "RETREAT"
    assert _hit(nlp, "The army handed over the barracks to the police.", "handed").type \
        == "CONCEDE"
    c = _hit(nlp, "Denmark will send two coastal patrol vessels to Latvia next year.", "send")
    assert c.type == "AID" and [t.text for t in c.targets] == ["Latvia"]
    assert _hit(nlp, "Denmark will send 200 troops to Latvia next year.", "send").type \
        == "MOBILIZE"


def test_a_doer_after_an_opening_time_phrase_the_parser_read_as_a_clause(nlp):
    from spacy.tokens import Doc
    from newsprism.analyze.event_context import _subjects
    # the parse a tagger gave such a sentence: 'After' the verb's mark, 'the talks' its
    # subject, the real doer hung inside the phrase
    words = ["After", "the", "talks", "in", "Doha", ",", "Chad", "'s", "army", "accused",
             "the", "rebels", "."]
    heads = [9, 2, 9, 2, 8, 4, 8, 6, 3, 9, 11, 9, 9]
    deps = ["mark", "det", "nsubj", "prep", "nmod", "punct", "poss", "case", "pobj", "ROOT",
            "det", "dobj", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "VERB",
           "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _subjects(doc[9])] == ["army"]


def test_produce_dumped_in_protest(nlp):
    assert _hit(nlp, "Angry dairy farmers dumped sacks of potatoes outside the agriculture "
                "ministry in Warsaw.", "dumped").type == "PROTEST"
    assert _kept(nlp, "The mill dumped sacks of spoiled grain in a landfill.") == []


@pytest.mark.parametrize("text,word,type_", [
    ("The constitutional court struck down a law that capped opposition funding.", "struck",
     "REJECT"),
    ("Slovakia held up the bloc's new aid package for Moldova for two months.", "held",
     "REJECT"),
    ("Croatia turned over three war crimes suspects to the court in The Hague.", "turned",
     "COOPERATE"),
    ("The navy handed back the seized trawler to its Vietnamese crew.", "handed", "CONCEDE"),
    ("The militia gave up control of the border town of Rafah.", "gave", "RETREAT"),
])
def test_more_phrasal_verbs(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text", [
    "Lightning struck down an old oak in the park.",
    "Heavy traffic held up the bus for an hour.",
    "The gardener gave up his allotment after twenty years.",
])
def test_more_phrasal_verbs_in_other_senses(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text", [
    "EU agriculture ministers meet four times a year in Luxembourg or Brussels.",
    "Walkouts by junior doctors have become common in the country's hospitals.",
    "Relatives of those killed in the 2015 bombing of the market laid flowers on Sunday.",
    "Villagers who fled the 2017 offensive still live in tents near the border.",
    "The ban imposed during the 2020 protests was a blow to small traders, owners say.",
    "Economists expect the tariffs to raise food prices by a tenth.",
])
def test_more_mentions_that_report_no_new_event(nlp, text):
    assert _kept(nlp, text) == []


@pytest.mark.parametrize("text,word,type_", [
    ("Army units killed 12 militants in a raid on Tuesday.", "killed", "ASSAULT"),
    ("Police arrested 30 protesters who blocked the road to the airport.", "arrested",
     "COERCE"),
    ("The government expects the rebels to sign the accord next week.", "sign", "AGREE"),
])
def test_acts_beside_those_checks_stay(nlp, text, word, type_):
    assert _hit(nlp, text, word).type == type_


@pytest.mark.parametrize("text", [
    "Oil prices jumped on fears of a naval blockade in the Gulf.",
    "The bill to ban rallies outside parliament will be put to a vote in May.",
])
def test_acts_only_feared_or_proposed(nlp, text):
    assert _kept(nlp, text) == []


def test_a_proposal_rejected_stays(nlp):
    assert _hit(nlp, "Kenya rejected a plan to deploy foreign troops in the capital.",
                "rejected").type == "REJECT"


def test_targets_in_two_object_clauses(nlp):
    c = _hit(nlp, "China sanctioned three American defence firms over arms sales to Taiwan.",
             "sanctioned")
    assert c.type == "SANCTION" and [t.text for t in c.targets] == ["firms"]
    c = _hit(nlp, "Norway sent Ukraine 50 armoured vehicles last spring.", "sent")
    assert c.type == "AID" and [t.text for t in c.targets] == ["Ukraine"]
