"""Events stage: PLOVER triggers, actors/targets (active, passive, nominal, light verbs),
location, date, factuality and quote source; an evaluation gate on tests/data/events_gold.jsonl;
the seed article through the full pipeline. Example sentences are written for these tests."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from newsprism.analyze import events as ev
from newsprism.analyze import nlp as _nlp
from newsprism.analyze.coref import Coref
from newsprism.records import (FACTUALITY_VALUES, PLOVER_TYPES, Article, Entity, Mention,
                               Quote, Speaker, Timex)

import events_eval
from events_eval import arg_phrases as _args


def _entities(text: str, spec: dict[str, tuple[str, list[str]]]) -> list[Entity]:
    """Hand-built entities: every occurrence of each alias is a mention."""
    out = []
    for n, (name, (type_, aliases)) in enumerate(spec.items(), 1):
        ms = [Mention(m.start(), m.end(), "name") for a in aliases
              for m in re.finditer(rf"(?<!\w){re.escape(a)}(?!\w)", text)]
        out.append(Entity(f"e{n}", name, type_, tuple(sorted(ms, key=lambda m: m.start))))
    return out


def _timex(text: str, surface: str, value: str) -> Timex:
    i = text.index(surface)
    return Timex(i, i + len(surface), "DATE", value)


def _run(nlp, text, spec, timexes=(), quotes=()):
    ents = _entities(text, spec)
    events = ev.build_events(nlp(text), Coref(ents), timexes, quotes)
    names = {e.id: e.name for e in ents}
    return events, names


def _by_trigger(text, events, word):
    hits = [v for v in events if text[v.trigger.start:v.trigger.end] == word]
    assert hits, (word, [text[v.trigger.start:v.trigger.end] for v in events])
    return hits[0]


def test_passive_killing_with_agent_place_date_and_co_victim(nlp):
    text = ("The rebel commander Omar Haddad was killed by a Turkish drone strike in Qamishli "
            "on March 4 along with his deputy Samir Aziz.")
    spec = {"Omar Haddad": ("PERSON", ["Omar Haddad"]), "Turkey": ("GPE", ["Turkish"]),
            "Qamishli": ("GPE", ["Qamishli"]), "Samir Aziz": ("PERSON", ["Samir Aziz"])}
    events, names = _run(nlp, text, spec, [_timex(text, "March 4", "2021-03-04")])
    v = _by_trigger(text, events, "killed")
    assert v.type == "ASSAULT"
    assert [names[a] for a in v.actors] == ["Turkey"]
    assert {names[t] for t in v.targets} == {"Omar Haddad", "Samir Aziz"}
    assert names[v.location] == "Qamishli"
    assert v.date == "2021-03-04" and v.factuality == "asserted" and v.source is None
    # the means-noun is folded into the killing, not a second event
    assert not any(text[e.trigger.start:e.trigger.end] == "strike" for e in events)


def test_nominal_event_of_possessor_and_by_agent(nlp):
    text = "Analysts said the bombing of the Hotel Meridien by separatists in 2009 shocked Colombo."
    spec = {"Hotel Meridien": ("FAC", ["Hotel Meridien"]),
            "separatists": ("ORG", ["separatists"]), "Colombo": ("GPE", ["Colombo"])}
    events, names = _run(nlp, text, spec, [_timex(text, "2009", "2009")])
    v = _by_trigger(text, events, "bombing")
    assert v.type == "ASSAULT"
    assert [names[a] for a in v.actors] == ["separatists"]
    assert [names[t] for t in v.targets] == ["Hotel Meridien"]
    assert v.date == "2009"
    text2 = "Haddad's killing angered his supporters in Raqqa."
    events2, names2 = _run(nlp, text2, {"Haddad": ("PERSON", ["Haddad"])})
    v2 = _by_trigger(text2, events2, "killing")
    assert [names2[t] for t in v2.targets] == ["Haddad"] and not v2.actors


def test_light_verb_carries_actor_and_target(nlp):
    text = "The European Union imposed new sanctions on Belarus on Monday."
    spec = {"European Union": ("ORG", ["European Union"]), "Belarus": ("GPE", ["Belarus"])}
    events, names = _run(nlp, text, spec, [_timex(text, "Monday", "2022-05-02")])
    v = _by_trigger(text, events, "sanctions")
    assert v.type == "SANCTION"
    assert [names[a] for a in v.actors] == ["European Union"]
    assert [names[t] for t in v.targets] == ["Belarus"]
    assert v.date == "2022-05-02"


def test_sense_constraints_pick_or_drop_a_type(nlp):
    cases = {
        "Dock workers went on strike over pay.": ("strike", "PROTEST"),
        "A missile strike hit the depot.": ("strike", "ASSAULT"),
        "The two leaders struck a deal on tariffs.": ("struck", "AGREE"),
        "The senator attacked the governor's budget plan.": ("attacked", "ACCUSE"),
        "Lithuania expelled three Russian diplomats.": ("expelled", "SANCTION"),
        "Hungary expelled the migrants.": ("expelled", "COERCE"),
        "The army called up 5,000 reservists.": ("called", "MOBILIZE"),
        "The looting of shops angered residents.": ("looting", "ASSAULT"),
        "In the debate, Dole attacked Perot for his record.": ("attacked", "ACCUSE"),
        "Militants attacked the convoy with rockets.": ("attacked", "ASSAULT"),
        "Reid has been pounding Trump as a con artist.": ("pounding", "ACCUSE"),
        "It was a war of unpleasant words.": ("war", "ACCUSE"),
        "The sentencing of the journalist drew protests.": ("sentencing", "COERCE"),
    }
    for text, (word, type_) in cases.items():
        trig = [c for c in ev.find_candidates(nlp(text)) if c.tok.text == word]
        assert trig and trig[0].type == type_, (text, [(c.tok.text, c.type) for c in trig])
    # no object of the right class, or a warning naming no penalty: no event
    for text in ("The company released its annual report.", "He left the keys on the table.",
                 "Meteorologists warned that the storm would strengthen.",
                 "The footage supports what witnesses said.", "The song struck a chord.",
                 "She did not meet the deadline.", "Analysts agree the plan is costly.",
                 "Graham asked.", "He shot himself in the parking lot.",
                 "The death of the judge left the court split."):
        assert not ev.find_candidates(nlp(text)), text


def test_source_is_the_quote_holding_the_trigger_and_future_wins(nlp):
    text = '"The army will invade Ruritania next spring," the defence minister said.'
    start = text.index("The army")
    end = text.index(',"')
    q = Quote("q1", "direct", start, end, None, Speaker(None, "the defence minister", None, None))
    spec = {"Ruritania": ("GPE", ["Ruritania"])}
    events, names = _run(nlp, text, spec, quotes=(q,))
    v = _by_trigger(text, events, "invade")
    assert v.type == "ASSAULT" and [names[t] for t in v.targets] == ["Ruritania"]
    assert v.factuality == "future" and v.source == "q1"


def test_alleged_acts_are_pinned_on_the_linked_party(nlp):
    text = ("The group has been linked with the 2015 bombing of a hotel in Sousse and the "
            "kidnapping of two engineers.")
    spec = {"the group": ("ORG", ["The group"]), "Sousse": ("GPE", ["Sousse"])}
    events, names = _run(nlp, text, spec, [_timex(text, "2015", "2015")])
    bombing = _by_trigger(text, events, "bombing")
    assert bombing.factuality == "alleged" and bombing.date == "2015"
    assert [names[a] for a in bombing.actors] == ["the group"]
    assert _by_trigger(text, events, "kidnapping").factuality == "alleged"


def test_unparsed_languages_get_typed_trigger_words():
    from newsprism.analyze.pipeline import State
    doc = _nlp.load("xx")("L'assassinat du général par une frappe de drone a provoqué des "
                          "manifestations.")
    st = State(Article(id="fr", text=doc.text, language="fr"), "fr", None, {"doc": doc})
    got = [(doc.text[v.trigger.start:v.trigger.end], v.type)
           for v in ev.events_stage.run(st)["events"]]
    assert ("assassinat", "ASSAULT") in got and ("manifestations", "PROTEST") in got


def test_gold_set_scores_stay_above_their_floor(nlp):
    res = events_eval.score(nlp)
    assert res["sentences"] >= 80
    assert res["type_accuracy"] >= 0.85, res
    assert res["actor_accuracy"] >= 0.85, res
    assert res["target_accuracy"] >= 0.80, res
    assert res["factuality_accuracy"] >= 0.90, res


# ---------------------------------------------------------------- seed, full pipeline

@pytest.fixture(scope="module")
def seed(pipeline, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return pipeline.analyze(Article(id="seed", text=text), dt.date(2020, 2, 13))


def _names(a, ids):
    return {a.entity(i).name for i in ids if a.entity(i)}


def test_seed_drone_strike_is_one_asserted_assault(seed):
    hits = [v for v in seed.events if v.type == "ASSAULT" and v.date == "2020-01-03"]
    assert hits
    v = hits[0]
    assert v.factuality == "asserted" and v.source is None
    assert seed.entity(v.location).name == "Baghdad"
    assert any(n in ("U.S.", "United States", "US", "Americans") for n in _names(seed, v.actors))
    targets = " ".join(_names(seed, v.targets))
    assert "Soleimani" in targets and "Muhandis" in targets


def test_seed_background_attacks_are_alleged_and_dated(seed):
    t = seed.text
    alleged = {(t[v.trigger.start:v.trigger.end], v.date) for v in seed.events
               if v.factuality == "alleged"}
    assert ("bombing", "1994") in alleged and ("attack", "2012") in alleged
    assert any(d == "2002" for _, d in alleged)


def test_seed_liberation_is_reported_future(seed):
    t = seed.text
    lib = [v for v in seed.events if t[v.trigger.start:v.trigger.end].lower() == "liberation"]
    assert lib and all(v.factuality == "future" for v in lib)
    quote_ids = {q.id for q in seed.quotes}
    assert any(v.source in quote_ids for v in lib)


def test_seed_events_are_well_formed(seed):
    ids = {e.id for e in seed.entities}
    for n, v in enumerate(seed.events, 1):
        assert v.id == f"v{n}" and v.type in PLOVER_TYPES
        assert v.factuality in FACTUALITY_VALUES
        assert 0 <= v.trigger.start < v.trigger.end <= len(seed.text)
        assert set(v.actors) <= ids and set(v.targets) <= ids
        assert v.location is None or v.location in ids
        assert not set(v.actors) & set(v.targets)


@pytest.mark.parametrize("text", ["", "\n\n", "Attack!!!", "“”", "killing of of of the",
                                  "STRIKE STRIKE STRIKE", "- - -", "sit-in build-up"])
def test_odd_input_gives_well_formed_records(nlp, text):
    from newsprism.analyze.framing import find_framing
    doc = nlp(text)
    events = ev.build_events(doc, Coref(()), (), ())
    for v in events:
        assert 0 <= v.trigger.start < v.trigger.end <= len(text)
    for f in find_framing(doc, "en", (), tuple(events)):
        assert 0 <= f.start < f.end <= len(text)


def test_coordinated_and_participle_clauses_share_the_date(nlp):
    text = ("Gunmen stormed the village on Monday and killed 12 people. "
            "Militants ambushed a patrol on Friday, killing four soldiers. "
            "Officials said on Sunday that rebels had attacked the depot.")
    timexes = [_timex(text, d, v) for d, v in (("Monday", "2024-05-06"), ("Friday", "2024-05-03"),
                                                ("Sunday", "2024-05-05"))]
    events, _ = _run(nlp, text, {}, timexes)
    dates = {text[v.trigger.start:v.trigger.end]: v.date for v in events}
    assert dates["stormed"] == dates["killed"] == "2024-05-06"
    assert dates["ambushed"] == dates["killing"] == "2024-05-03"
    assert dates["attacked"] is None  # the day it was said is not the day it happened


def test_title_case_headline_nouns_are_events_but_names_are_not(nlp):
    text = ("Killing of Rebel Chief Will Spark Revenge, Militia Says\n\n"
            "The Strike Force unit arrived in March. Dock workers began a strike.")
    got = {(text[c.span.start:c.span.end], c.type) for c in ev.find_candidates(nlp(text))}
    assert ("Killing", "ASSAULT") in got
    assert ("strike", "PROTEST") in got
    assert not any(w in ("Strike", "March") for w, _ in got)


def test_seed_counterfactual_killing_is_hypothetical(seed):
    t = seed.text
    hyp = [v for v in seed.events if v.factuality == "hypothetical" and v.type == "ASSAULT"]
    assert any(t[v.trigger.start:v.trigger.end] == "killed" and
               "Soleimani" in " ".join(_names(seed, v.targets)) for v in hyp)


# ---------------------------------------------------------------- accidents are not assaults

ACCIDENTS = [
    "Nineteen pilgrims were killed in a crush at the gates of the shrine on Friday.",
    "A stampede outside the football ground killed seven supporters and injured 30 more.",
    "Four climbers were killed when an avalanche swept across the trail.",
    "Eight miners were killed and 11 injured after a tunnel collapsed in Potosi.",
    "The cargo plane crashed shortly after take-off, killing both pilots.",
    "Flash floods have killed at least 60 people in the northern districts.",
    "Two firefighters were injured in the blaze at the warehouse.",
    "Cholera has killed 300 people in the camps since March.",
    'MOSUL, Iraq — Six people were killed when a ferry capsized on the Tigris.',
    "Chile's wildfires have injured more than 90 people this week.",
]

DELIBERATE = [
    "Six people were killed when gunmen stormed a wedding party.",
    "The helicopter was brought down by a rocket, killing all 12 soldiers on board.",
    "A car bomb killed nine people outside the ministry.",
    "Militants killed four guards in an ambush near the pass.",
    "Three civilians were injured in the shelling of the town.",
    "All 64 passengers were killed when the plane was shot down by a missile.",
    "A shepherd was killed by Turkish fire near the border post.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_harm_from_an_accident_or_disaster_is_no_assault(nlp, text):
    doc = nlp(text)
    harm = [c for c in ev.find_triggers(doc) if c.tok.lemma_.lower() in ("kill", "injure")]
    assert harm == [], [(c.tok.text, c.type) for c in harm]


@pytest.mark.parametrize("text", DELIBERATE)
def test_harm_by_a_deliberate_agent_stays_assault(nlp, text):
    doc = nlp(text)
    harm = [c for c in ev.find_triggers(doc) if c.tok.lemma_.lower() in ("kill", "injure")]
    assert [c.type for c in harm] == ["ASSAULT"]


def test_foreign_killing_in_an_accident_is_no_assault():
    fr_nlp = _nlp.load("fr")
    text = ("Six randonneurs ont été tués par une avalanche dimanche. "
            "Deux gendarmes ont été tués dans une fusillade.")
    found = [text[e.trigger.start:e.trigger.end]
             for e in ev.foreign_events(fr_nlp(text), "fr") if e.type == "ASSAULT"]
    assert found == ["tués", "fusillade"] and text.index("tués") not in [
        e.trigger.start for e in ev.foreign_events(fr_nlp(text), "fr")]
    es_nlp = _nlp.load("es")
    text = "Un terremoto mató a 20 personas. Un francotirador mató a un guardia."
    kept = [e.trigger.start for e in ev.foreign_events(es_nlp(text), "es")]
    assert kept == [text.rindex("mató")]


# ---------------------------------------------------------------- phrasing variants

def _typed(nlp, text):
    """(trigger text, type) of every candidate, means-nouns folded in."""
    doc = nlp(text)
    return [(doc.text[c.span.start:c.span.end], c.type) for c in ev.find_candidates(doc)]


@pytest.mark.parametrize("text,word,type_", [
    ("The truce between the two militias came into force at midnight.", "truce", "AGREE"),
    ("The navy test-fired a new cruise missile off the east coast.", "fired", "MOBILIZE"),
    ("The cabinet approved a ground operation against the rebel enclave.", "operation",
     "ASSAULT"),
    ("Madrid lodged a complaint with Rabat over the border incident.", "complaint", "ACCUSE"),
    ("The development bank approved a $2 billion loan to Ghana.", "loan", "AID"),
    ("Mali announced its exit from the regional alliance.", "exit", "RETREAT"),
    ("Dock workers will strike for 48 hours from Monday.", "strike", "PROTEST"),
    ("The two parties struck a compromise on the labour reform.", "struck", "AGREE"),
    ("The delegation walked out of the negotiations on Tuesday.", "walked", "REJECT"),
    ("Bus drivers walked off the job over unpaid wages.", "walked", "PROTEST"),
    ("The junta released a jailed human rights lawyer.", "released", "CONCEDE"),
    ("The governor ordered the protesters to leave the square.", "ordered", "REQUEST"),
    ("The militia retaliated with drone strikes on the airport.", "retaliated", "ASSAULT"),
    ("The insurgents laid down their arms in the capital.", "laid", "RETREAT"),
    ("The prime minister warned the strikers that soldiers would clear the roads.", "warned",
     "THREATEN"),
    ("The group issued a warning that it would attack tankers in the strait.", "warning",
     "THREATEN"),
    ("The regulator froze accounts belonging to the former minister.", "froze", "SANCTION"),
    ("The World Food Programme airdropped rice to cut-off villages.", "airdropped", "AID"),
    ("Oslo expelled the Russian charge d'affaires on Monday.", "expelled", "SANCTION"),
    ("Riot police fired tear gas at students outside the university.", "fired", "COERCE"),
    ("The two sides swapped 60 prisoners at the border crossing.", "swapped", "CONCEDE"),
    ("The coast guard vessel rammed a fishing boat near the reef.", "rammed", "ASSAULT"),
    ("Air force jets were scrambled to intercept the bombers.", "scrambled", "MOBILIZE"),
])
def test_trigger_variants_get_their_codebook_type(nlp, text, word, type_):
    got = _typed(nlp, text)
    assert any(word in t and ty == type_ for t, ty in got), got


@pytest.mark.parametrize("text", [
    "Electricity demand in Spain hit a record during the heatwave.",
    "The price war between the two airlines pushed fares down.",
    "The government's war on inflation is far from over.",
    "The forward struck a late equaliser for the visitors.",
    "Forecasters issued a warning about heavy rain in the north.",
    "A gas explosion in a restaurant killed three diners.",
    "Hundreds of fans invaded the pitch at the final whistle.",
    "The documentary attacks the cult of celebrity.",
    "Tourists visited the island in record numbers this summer.",
    "A cargo ferry struck a pier while docking in heavy fog.",
    "An army transport plane crashed on take-off, killing all six crew.",
    "The city will ban smoking on its beaches from June.",
    "Air pollution kills thousands of residents every winter.",
    "The operator blamed a fault in the signalling system.",
    "The farmer, who asked not to be named, found the coins in a field.",
])
def test_figurative_and_market_uses_are_no_events(nlp, text):
    assert _typed(nlp, text) == []


def test_article_level_readings(nlp):
    doc = nlp("LAGOS, Nigeria (MPA) — Nurses at state hospitals walked off the job on Monday.")
    c = next(c for c in ev.find_candidates(doc) if c.type == "PROTEST")
    assert [t.text for t in c.actors] == ["Nurses"]  # not the dateline
    assert _typed(nlp, "A powerful earthquake struck the coast, killing at least 9 people.") == []
    assert _typed(nlp, "Analysts warn the standoff could drag the region into war.") == [
        ("war", "ASSAULT")]  # the war may be coded; the analysts' warning threatens no one
    assert _typed(nlp, "Kyiv said 90 prisoners of war were freed on Sunday.") == [
        ("freed", "CONCEDE")]
    assert _typed(nlp, "The militia promised revenge for the raid.")[0] == ("promised",
                                                                            "THREATEN")
    text = ("Teachers began a 48-hour strike on Monday over pay. The strike closed most "
            "schools, and the union said the strike would go on.")
    assert {ty for t, ty in _typed(nlp, text) if t == "strike"} == {"PROTEST"}
    text = "An Israeli air strike hit a car in Tyre. The strike killed two men, medics said."
    assert {ty for t, ty in _typed(nlp, text) if t == "strike"} == {"ASSAULT"}


def test_light_verb_noun_decides_and_is_one_event(nlp):
    got = _typed(nlp, "The World Bank approved a loan for flood relief in Malawi.")
    assert [ty for _, ty in got] == ["AID"]  # not SUPPORT for 'approved' as well
    got = _typed(nlp, "Japan offered emergency loans to Sri Lanka.")
    assert got == [("offered", "AID")]


def test_arguments_of_new_patterns(nlp):
    doc = nlp("The families demanded that the ministry reopen the inquiry.")
    c = next(c for c in ev.find_candidates(doc) if c.type == "REQUEST")
    assert [t.text for t in c.targets] == ["ministry"]
    doc = nlp("The opposition leader was placed under house arrest by the army.")
    c = next(c for c in ev.find_candidates(doc) if c.type == "COERCE")
    assert [t.text for t in c.actors] == ["army"] and [t.text for t in c.targets] == ["leader"]
    doc = nlp("Talks between Serbia and Kosovo resumed in Brussels.")
    c = next(c for c in ev.find_candidates(doc) if c.type == "CONSULT")
    assert [t.text for t in ev._expand(c.actors)] == ["Serbia", "Kosovo"]
    doc = nlp("Ghana renewed its appeal for debt relief.")
    c = next(c for c in ev.find_candidates(doc) if c.type == "REQUEST")
    assert [t.text for t in c.actors] == ["Ghana"]
    doc = nlp("The gunmen opened fire on a minibus near the market.")
    c = next(c for c in ev.find_candidates(doc) if c.type == "ASSAULT")
    assert [t.text for t in c.targets] == ["minibus"] and [t.text for t in c.absorbed] == ["fire"]


def test_blind_and_probe_sets_stay_above_their_floor(nlp):
    for path, half in ((events_eval.BLIND, 1), (events_eval.PROBE, None)):
        res = events_eval.score(nlp, path=path, half=half)
        assert res["type_accuracy"] >= 0.85, (path.name, res)
        assert res["actor_accuracy"] >= 0.85 and res["target_accuracy"] >= 0.80, res
        assert res["no_event_accuracy"] >= 0.80, res


def test_damage_to_a_thing_built_somewhere_happened_there(nlp):
    text = ("Army shelling did heavy damage to the bridge that engineers had built in Lorvia "
            "last spring.")
    spec = {"Lorvia": ("GPE", ["Lorvia"])}
    events, names = _run(nlp, text, spec)
    v = _by_trigger(text, events, "damage")
    assert names.get(v.location) == "Lorvia"


def test_a_resignation_belongs_to_the_one_who_resigns(nlp):
    text = "Minister Piotr Malek said his resignation was a matter of honour."
    spec = {"Piotr Malek": ("PERSON", ["Piotr Malek", "his"])}
    events, names = _run(nlp, text, spec)
    v = _by_trigger(text, events, "resignation")
    assert [names[x] for x in v.actors] == ["Piotr Malek"] and not v.targets


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Border Guards Detain Smugglers Near Lake Ohrid", "Detain", "COERCE", "Guards",
     "Smugglers"),
    ("Villagers Rally Against Dam On Sava River", "Rally", "PROTEST", "Villagers", None),
    ("Militants Kill Four Soldiers In Ambush Near Tarvo", "Kill", "ASSAULT", "Militants",
     "Soldiers"),
    ("Greece And Cyprus Sign Energy Pact", "Sign", "AGREE", "Greece", "Cyprus"),
])
def test_title_case_headline_is_read_in_sentence_case(nlp, text, word, type_, actor, target):
    cands = ev.find_candidates(nlp(text))
    hit = next(c for c in cands if text[c.span.start:c.span.end] == word)
    acts, tgts = _args(hit)
    assert hit.type == type_
    assert any(actor.lower() in p.lower() for p in acts), acts
    assert target is None or any(target.lower() in p.lower() for p in tgts), tgts


def test_recased_headline_keeps_article_offsets_and_entities(nlp):
    text = ("Coast Guards Seize Fishing Boat Off Rendo\n\n"
            "The coast guard of Marvia seized a fishing boat off Rendo on Monday.")
    spec = {"Rendo": ("GPE", ["Rendo"])}
    events, names = _run(nlp, text, spec)
    head = _by_trigger(text, events, "Seize")
    assert head.type == "COERCE" and text[head.trigger.start:head.trigger.end] == "Seize"
    assert all(text[v.trigger.start:v.trigger.end].strip() for v in events)


@pytest.mark.parametrize("text, word, actor", [
    ("OSLA, May 2 (Harbour Wire) - Marvian police arrested 40 dock workers on Tuesday.",
     "arrested", "police"),
    ("TERVO, Jan 9 (Continental Press) - Rebel fighters shelled the town overnight.",
     "shelled", "fighters"),
])
def test_a_spaced_hyphen_dateline_is_no_doer(nlp, text, word, actor):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    acts, _ = _args(hit)
    assert acts and all(actor in p for p in acts), acts


def test_parties_acting_together_split_into_actor_and_counterpart(nlp):
    text = "Marvia and Tessaly agreed to a prisoner swap after talks in Geneva."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "agreed")
    acts, tgts = _args(hit)
    assert acts == ["Marvia"] and tgts == ["Tessaly"]


def test_a_reported_act_by_they_belongs_to_the_speaking_body(nlp):
    text = "Marvian police said on Sunday they had detained six men near the port."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "detained")
    acts, _ = _args(hit)
    assert acts == ["Marvian police"]


@pytest.mark.parametrize("text, word, type_", [
    ("Rebels seized the town of Kora after a week of fighting.", "seized", "ASSAULT"),
    ("Customs officers seized two tonnes of cocaine at the port.", "seized", "COERCE"),
    ("The junta suspended the broadcasts of three radio stations.", "suspended", "COERCE"),
    ("Marvia opened the Osla border crossing to aid convoys.", "opened", "CONCEDE"),
])
def test_object_decides_seize_suspend_open(nlp, text, word, type_):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    assert hit.type == type_


@pytest.mark.parametrize("text", [
    "The mayor opened a new school in the old town on Monday.",
    "The retailer cut its forecast, blaming weak demand and higher costs.",
])
def test_openings_and_excuses_that_are_no_events(nlp, text):
    assert not events_eval.kept_events(nlp(text))


def test_wire_dev_half_stays_above_its_floor(nlp):
    res = events_eval.score(nlp, path=events_eval.WIRE, half=1)
    assert res["type_accuracy"] >= 0.80 and res["all_right"] >= 0.65, res


@pytest.mark.parametrize("text, type_", [
    ("Marvia held large-scale drills off the coast of Tessaly on Sunday.", "MOBILIZE"),
    ("The Marvian navy began naval drills in the strait.", "MOBILIZE"),
    ("Marvia and Tessaly held joint naval drills in the strait.", "COOPERATE"),
    ("Marvian troops held exercises with Tessalian units near the border.", "COOPERATE"),
])
def test_drills_held_alone_show_force_and_held_together_cooperate(nlp, text, type_):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.lower_ in ("drills", "exercises"))
    assert hit.type == type_


@pytest.mark.parametrize("text, word, target", [
    ("Marvian jets struck what the army described as a rebel arms depot near Osla.", "struck",
     "depot"),
    ("Troops shelled what residents said were civilian homes in Kora.", "shelled", "homes"),
])
def test_a_what_clause_object_gives_the_target_it_names(nlp, text, word, target):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    _, tgts = _args(hit)
    assert any(target in p for p in tgts), tgts


@pytest.mark.parametrize("text, word, type_", [
    ("Marvia's attack on Tessalian positions near the river drew a rebuke from Osla.",
     "attack", "ASSAULT"),
    ("The junta ordered the Tessalian ambassador to leave the country within 72 hours.",
     "ordered", "SANCTION"),
    ("The senator's attack on his rival's positions on tax dominated the debate.", "attack",
     "ACCUSE"),
])
def test_held_ground_and_expulsion_orders(nlp, text, word, type_):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    assert hit.type == type_


def test_a_reached_deal_is_one_event_covering_both_words(nlp):
    text = "The government and the nurses' union reached a deal on Friday to end the strike."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "reached")
    assert hit.type == "AGREE" and [a.text for a in hit.absorbed] == ["deal"]


@pytest.mark.parametrize("text, word, type_, actor, target", [
    ("Police Detain Union Leader In Osla Ahead Of Strike", "Detain", "COERCE", "Police",
     "Leader"),
    ("Riot Police Fire Tear Gas At Dockers In Kora", "Fire", "COERCE", "Police", "Dockers"),
])
def test_a_headline_verb_the_parser_reads_as_a_modifier_is_still_found(nlp, text, word, type_,
                                                                     actor, target):
    hit = next(c for c in ev.find_candidates(nlp(text)) if text[c.span.start:c.span.end] == word)
    acts, tgts = _args(hit)
    assert hit.type == type_ and hit.kind == "verb"
    assert any(actor.lower() in p.lower() for p in acts), acts
    assert any(target.lower() in p.lower() for p in tgts), tgts


def test_a_headline_to_infinitive_is_future(nlp):
    from newsprism.analyze.factuality import assess
    text = "Italy To Send Tents And Blankets To Flooded Villages"
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.lower_ == "send")
    assert hit.type == "AID" and assess(hit.tok)[0] == "future"


@pytest.mark.parametrize("text, word, type_, actor", [
    ("Marvia said it was recalling its ambassador from Osla with immediate effect.",
     "recalling", "SANCTION", None),
    ("Two guards were shot dead and a third was wounded by masked gunmen in Kora, police said.",
     "shot", "ASSAULT", "gunmen"),
    ("The interim government banned the youth wing of the former ruling party.", "banned",
     "COERCE", "government"),
    ("The minister promised further deliveries of artillery shells to Tessaly.", "promised",
     "AID", "minister"),
    ("The bloc released 2 billion euros in budget support to Tessaly.", "released", "AID",
     "bloc"),
    ("Marvia's leader oversaw the test-firing of a new cruise missile.", "test-firing",
     "MOBILIZE", "leader"),
])
def test_wire_patterns_of_probe_round_ten(nlp, text, word, type_, actor):
    hit = next(c for c in ev.find_candidates(nlp(text))
               if text[c.span.start:c.span.end] == word)
    acts, _ = _args(hit)
    assert hit.type == type_
    assert actor is None or any(actor in p for p in acts), acts


def test_a_police_raid_is_done_by_the_police(nlp):
    text = "Mexico protested against the police raid on its embassy in Quito."
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == "raid")
    acts, tgts = _args(hit)
    assert acts == ["police"] and any("embassy" in t for t in tgts)


@pytest.mark.parametrize("text, word, type_, target", [
    ("Thousands rallied in Osla on Sunday to demand the release of the detained mayor.",
     "rallied", "PROTEST", None),
    ("The president withdrew the tax bill after a week of protests.", "withdrew", "CONCEDE",
     "bill"),
    ("Marvia will close its border with Tessaly from Friday.", "close", "SANCTION", "Tessaly"),
    ("Marvian troops pushed Tessalian forces back from the river.", "pushed", "ASSAULT",
     "forces"),
    ("The rebels released a French couple held since March.", "released", "CONCEDE", "couple"),
])
def test_wire_patterns_of_probe_round_eleven(nlp, text, word, type_, target):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    _, tgts = _args(hit)
    assert hit.type == type_
    assert target is None or any(target in p for p in tgts), tgts


def test_stocks_that_rally_protest_nothing(nlp):
    text = "Stocks rallied on Friday to close the week higher."
    assert not events_eval.kept_events(nlp(text))


def test_split_parties_stay_split_through_entity_resolution(nlp):
    text = "Marvia and the Tessalian Liberation Front agreed to a truce on Sunday."
    spec = {"Marvia": ("GPE", ["Marvia"]),
            "Tessalian Liberation Front": ("ORG", ["Tessalian Liberation Front"])}
    events, names = _run(nlp, text, spec)
    v = _by_trigger(text, events, "agreed")
    assert [names[i] for i in v.actors] == ["Marvia"]
    assert [names[i] for i in v.targets] == ["Tessalian Liberation Front"]


def test_doers_named_by_the_group_they_belong_to(nlp):
    text = "Fighters of the Kora Brigade stormed the town of Osla on Tuesday."
    spec = {"Kora Brigade": ("ORG", ["Kora"]), "Osla": ("GPE", ["Osla"])}
    events, names = _run(nlp, text, spec)
    v = _by_trigger(text, events, "stormed")
    assert [names[i] for i in v.actors] == ["Kora Brigade"]


@pytest.mark.parametrize("text, word, type_, target", [
    ("Marvia and Tessaly accused each other of breaking the truce.", "accused", "ACCUSE",
     "Tessaly"),
    ("The general rejected calls by Marvia for talks with the rebels.", "rejected", "REJECT",
     "Marvia"),
    ("The allies agreed to deploy thousands of troops to the border.", "deploy", "MOBILIZE",
     None),
    ("Marvian soldiers and armoured vehicles surrounded the presidential palace.",
     "surrounded", "ASSAULT", "palace"),
    ("Marvia will provide Tessaly with emergency food aid.", "provide", "AID", "Tessaly"),
])
def test_wire_patterns_of_probe_round_twelve(nlp, text, word, type_, target):
    hit = next(c for c in ev.find_candidates(nlp(text)) if c.tok.text == word)
    _, tgts = _args(hit)
    assert hit.type == type_
    assert target is None or any(target in p for p in tgts), tgts


def test_fans_who_surround_a_player_lay_no_siege(nlp):
    text = "Fans surrounded the striker after the final whistle."
    assert not events_eval.kept_events(nlp(text))
