"""Events on unseen copy (session 14): good offices offered, consent given ('the green
light to'), bundles named by their goods ('a military aid package'), captives told by a
participle ('aid workers held hostage'), blockades held by armed men, flows cut to a state,
a war that only dates something; each beside the same words where they are no event. Also
the per-Doc children index the events stage reads (rebuilt in session 14 for cost): it must
give what spaCy's own ``Token.children`` gives. Sentences written here."""
from __future__ import annotations

import pytest

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _kept_types(nlp, text: str) -> list[str]:
    return [k.split(":")[0] for k in events_eval.kept_events(nlp(text))]


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Ghana offered to host talks between the two rival factions in Accra.", "offered",
     "SUPPORT", "Ghana", None),
    ("Canada gave the green light to the sale of eight patrol aircraft to Morocco.", "light",
     "AGREE", "Canada", "Morocco"),
    ("Tokyo unveiled a military aid package for the Philippines on Monday.", "package", "AID",
     "Tokyo", "Philippines"),
    ("London announced a new sanctions package against Iran.", "package", "SANCTION",
     "London", "Iran"),
    ("Kidnappers released three Chinese engineers held hostage since June.", "released",
     "CONCEDE", "Kidnappers", "engineers"),
    # the road held is the act's place, no target (ruling (5) in events_eval, session 16;
    # the emptiness is pinned in test_events_s16r2.py)
    ("Armed men blockaded the road between Goma and Rutshuru for two days.", "blockaded",
     "COERCE", "men", None),
    ("Moscow threatened to halt gas supplies to Moldova over the unpaid debt.", "threatened",
     "THREATEN", "Moscow", "Moldova"),
    ("The president declared an amnesty for army deserters who return by June.", "amnesty",
     "CONCEDE", "president", "deserters"),
])
def test_session14_constructions(nlp, text, word, type_, actor, target):
    c = _hit(nlp, text, word)
    assert c.type == type_
    acts, tgts = _args(c)
    assert any(actor in a for a in acts), acts
    assert target is None or any(target in t for t in tgts), tgts


@pytest.mark.parametrize("text", [
    "The museum offered to host the exhibition next spring.",
    "The city council gave the green light to a new football stadium in the north.",
    "The board gave the green light to the sale of its stake to Blackstone.",
    "The coach gave the nod to the young striker for Saturday's derby.",
    "The airline announced a new pay package for its pilots.",
    "The government unveiled a stimulus package worth 3 percent of output.",
    "The fund released the money held in escrow.",
    "The bank released two quarterly reports held back since March.",
    "The border town had about 280,000 residents before the war.",
    "Wheat prices have doubled since the war.",
])
def test_same_words_no_event(nlp, text):
    assert _kept_types(nlp, text) == []


def test_protesters_blockade_stays_protest(nlp):
    c = _hit(nlp, "Farmers blockaded the highway into Lyon to protest against cheap imports.",
             "blockaded")
    assert c.type == "PROTEST"


def test_children_index_matches_spacy(nlp):
    from newsprism.analyze.event_context import _children, kids
    doc = nlp("KYIV, April 4 — Ukraine's government imposed curbs on exports from Belarusian "
              "fertiliser plants after a dispute over transit fees. Talks broke down on Friday, "
              "and the two sides traded accusations.")
    for tok in doc:
        assert [k.i for k in kids(tok)] == [k.i for k in tok.children]
        assert [k.i for k in _children(tok, "prep", "pobj")] == [
            k.i for k in tok.children if k.dep_ in ("prep", "pobj")]
    from newsprism.analyze.event_context import _kid_index
    assert _kid_index(nlp("")) == ([], [0], [])  # an empty text has no children to index


def test_wire27_and_wire26_floors(nlp):
    # wire27 (tuning): first look 0.800 / 0.767 -> 1.000 / 1.000; wire26 (session 13's
    # held-out, its misses read then): 0.880 / 0.880 -> 1.000 / 1.000
    r = events_eval.score(nlp, path=events_eval.WIRE27)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.96, r["misses"]
    r = events_eval.score(nlp, path=events_eval.WIRE26)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.96, r["misses"]


@pytest.mark.parametrize("text, type_, word", [
    # title-case headlines: the consent idiom, a name the tagger read as a determiner, a
    # light verb carrying its event noun
    ("US Gives Green Light To Jet Sale To Turkey", "AGREE", "light"),
    ("Houthis Release Crew Of Seized Cargo Ship", "CONCEDE", "release"),
    ("Junta Grants Amnesty To Jailed Protesters", "CONCEDE", "amnesty"),
])
def test_title_case_headlines(nlp, text, type_, word):
    kept = events_eval.kept_events(nlp(text))
    assert kept == [f"{type_}:{word}"], kept


def test_wire28_floor(nlp):
    # wire28: held out in session 14, first look 0.800 / 0.800, end code 0.920 / 0.920
    r = events_eval.score(nlp, path=events_eval.WIRE28)
    assert r["type_accuracy"] >= 0.88 and r["all_right"] >= 0.88, r["misses"]


@pytest.mark.parametrize("text, word, type_, actor, target", [
    # opened11's general causes, in new sentences: people on hunger strike are no players;
    # a perfect the parser read as 'have' + adjective; a vigil held to press a demand; what
    # is handed over 'as aid'; an extradition done is judicial cooperation with the state
    # receiving; the party something is sought 'from' is the one asked
    ("Riot police beat three hunger strikers outside the labour ministry on Sunday.",
     "beat", "ASSAULT", "police", "strikers"),
    ("KYIV, May 3 — Russia is reported to have massed troops and artillery near Kharkiv.",
     "massed", "MOBILIZE", "Russia", None),
    ("Families of the missing miners held a vigil outside parliament to demand a new search.",
     "vigil", "PROTEST", "Families", "parliament"),
    ("Kazakhstan sent 4,000 tonnes of flour to Afghanistan as emergency aid.", "aid", "AID",
     "Kazakhstan", "Afghanistan"),
    ("Peru extradited a former mayor to Chile on Thursday to stand trial for fraud.",
     "extradited", "COOPERATE", "Peru", "Chile"),
    ("Ghana has requested the return of the stolen artefacts from Britain.", "requested",
     "REQUEST", "Ghana", "Britain"),
])
def test_opened11_constructions(nlp, text, word, type_, actor, target):
    from newsprism.analyze import events
    # the event that tells the word: its trigger, or a noun folded into a verb's event
    c = next(c for c in events.find_candidates(nlp(text))
             if word in (c.tok.text, *(a.text for a in c.absorbed)))
    assert c.type == type_
    acts, tgts = _args(c)
    assert any(actor in a for a in acts), acts
    assert target is None or any(target in t for t in tgts), tgts


@pytest.mark.parametrize("text, word", [
    # the ground a force leaves is no party; nor is a clause ', with N troops taking part'
    ("Militia fighters withdrew from the mountain road and two checkpoints overnight.",
     "withdrew"),
    ("Rebels pulled back from the river crossing and dismantled their tents.", "pulled"),
])
def test_ground_left_is_no_target(nlp, text, word):
    assert _args(_hit(nlp, text, word))[1] == []


def test_absolute_with_clause_names_no_partner(nlp):
    c = _hit(nlp, "Egypt and Greece began naval drills in the Aegean on Sunday, with six "
                  "frigates taking part.", "drills")
    assert c.type == "COOPERATE"
    assert not any("frigates" in t for t in _args(c)[1])


@pytest.mark.parametrize("text", [
    # a mourning vigil, a striker in football, a 'have' that owns
    "Residents held a candlelight vigil for the victims of the bus crash.",
    "The home side beat the visitors after their strikers scored twice in the second half.",
])
def test_opened11_same_words_no_event(nlp, text):
    assert _kept_types(nlp, text) == []
