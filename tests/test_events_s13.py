"""Events on unseen copy (session 13: the long tail read from constructions, event_light.py):
light verbs whose object noun carries the event, phrasal verbs, nouns made from trigger
verbs, orders that ready a force, permissions that open a line; each with the same words in
copy where they are no event. Sentences written here."""
from __future__ import annotations

import pytest

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _kept_types(nlp, text: str) -> list[str]:
    return [k.split(":")[0] for k in events_eval.kept_events(nlp(text))]


@pytest.mark.parametrize("text, word, type_, actor, target", [
    # light verb + a charge laid on a foreign party's goods or firms
    ("Turkey doubled the levy on American cars.", "levy", "SANCTION", "Turkey", "cars"),
    ("Washington hiked duties on Chinese electric vehicles.", "duties", "SANCTION",
     "Washington", "vehicles"),
    ("Brussels slapped duties of up to 35 percent on Chinese electric cars.", "duties",
     "SANCTION", "Brussels", "Chinese"),
    ("Lagos imposed a 20 percent levy on Ghanaian cement imports last month.", "levy",
     "SANCTION", "Lagos", "cement imports"),
    # a warning addressed to a state
    ("Ankara issued a warning to Athens over the militarisation of the islands.", "warning",
     "THREATEN", "Ankara", "Athens"),
    # support given with a verb that carries no other noun
    ("Germany threw its support behind the Dutch candidate for the post.", "support",
     "SUPPORT", "Germany", "candidate"),
    # phrasal verbs
    ("Rebel commanders stood down their units after the truce was signed.", "stood",
     "RETREAT", "commanders", None),
    ("The opposition leader hit out at the interior ministry over the arrests.", "hit",
     "ACCUSE", "leader", "ministry"),
    ("The foreign minister lashed out at Pretoria over the visa rules.", "lashed", "ACCUSE",
     "minister", "Pretoria"),
    ("Police clamped down on street vendors in the capital.", "clamped", "COERCE", "Police",
     "vendors"),
    # a force trailing another's craft; an order that readies a force; a line opened
    ("Russian fighter jets shadowed two American bombers over the Baltic.", "shadowed",
     "MOBILIZE", "jets", "bombers"),
    ("The president ordered army reservists to report to their units by Friday.", "ordered",
     "MOBILIZE", "president", None),
    ("Jordan allowed 3,000 Syrian refugees to return home through the Jaber crossing.",
     "allowed", "CONCEDE", "Jordan", "refugees"),
    # rare verbs and idioms: a weapon made a verb, a visa revoked, tools downed, a line shut
    ("The navy torpedoed a rebel supply boat off the coast.", "torpedoed", "ASSAULT", "navy",
     "boat"),
    ("The finance minister torpedoed the talks on a new fiscal rule.", "torpedoed", "REJECT",
     "minister", "talks"),
    ("Ecuador's government revoked the visas of eight Venezuelan diplomats.", "revoked",
     "SANCTION", "government", "diplomats"),
    ("Teachers downed tools across the country over unpaid salaries.", "downed", "PROTEST",
     "Teachers", None),
    ("Air defence gunners downed a Russian drone over Kharkiv.", "downed", "ASSAULT",
     "gunners", "drone"),
    ("Algeria shut its airspace to Moroccan civilian and military aircraft.", "shut",
     "SANCTION", "Algeria", "aircraft"),
    ("Russia was blamed for a cyber attack on Poland's railway signalling system.", "attack",
     "COERCE", "Russia", "system"),
    # diplomats sent out or hauled in by any verb; rarer rebukes; criticism waved away
    ("Lithuania ousted two Belarusian diplomats for activities incompatible with their "
     "status.", "ousted", "SANCTION", "Lithuania", "diplomats"),
    ("The Kenyan foreign ministry hauled in the Ugandan envoy over the arrests.", "hauled",
     "ACCUSE", "ministry", "envoy"),
    ("The EU watchdog chided Hungary over its media law.", "chided", "ACCUSE", "watchdog",
     "Hungary"),
    ("The Kremlin brushed off Western criticism of the election.", "brushed", "REJECT",
     "Kremlin", "criticism"),
    # a particle's preposition, a body walked away from; a fire traded; lists and presses
    ("Armenia walked away from the Russian-led security bloc.", "walked", "RETREAT",
     "Armenia", "bloc"),
    ("Thailand and Cambodia traded artillery fire along the border on Sunday.", "traded",
     "ASSAULT", "Thailand", "Cambodia"),
    ("Washington put three Chinese tech firms on its trade blacklist.", "put", "SANCTION",
     "Washington", "firms"),
    ("Brazil rolled back import tariffs on Argentinian wheat.", "rolled", "CONCEDE", "Brazil",
     "tariffs"),
    ("The junta gagged the last independent radio station in the country.", "gagged",
     "COERCE", "junta", "station"),
    # light verbs with nouns of rule, law and gathering
    ("The army declared a state of emergency in the northern provinces.", "state", "COERCE",
     "army", None),
    ("The prosecutor's office opened a criminal case against the opposition leader.", "case",
     "ACCUSE", "office", "leader"),
    ("Moscow levelled accusations of espionage against two Estonian diplomats.",
     "accusations", "ACCUSE", "Moscow", "diplomats"),
    ("The court handed down a death sentence to the rebel commander.", "sentence", "COERCE",
     "court", "commander"),
    ("Pakistan gave Afghan refugees a 30-day deadline to leave the country.", "leave",
     "COERCE", "Pakistan", "refugees"),
    ("Thousands of farmers held a tractor rally outside parliament.", "rally", "PROTEST",
     "farmers", "parliament"),
    ("The general staff put the air force on a war footing.", "footing", "MOBILIZE", "staff",
     None),
    # the codebook's types in our words: readiness, help scaled down, watch, jamming,
    # people made to vanish, a post given up, a force driven out, control regained
    ("The army fortified its positions along the river with new trenches.", "fortified",
     "MOBILIZE", "army", None),
    ("North Korea raised the alert level of its frontline units.", "raised", "MOBILIZE",
     "North Korea", None),
    ("The European Commission reduced its aid to Niger after the coup.", "reduced",
     "SANCTION", "Commission", "Niger"),
    ("Police put the opposition leader under surveillance.", "put", "COERCE", "Police",
     "leader"),
    ("Russia jammed GPS signals over the Baltic, Finnish officials said.", "jammed", "COERCE",
     "Russia", "signals"),
    ("The Taliban forcibly disappeared two women activists in Kabul.", "disappeared",
     "ASSAULT", "Taliban", "activists"),
    ("The minister stepped down over the handling of the protests.", "stepped", "CONCEDE",
     "minister", None),
    ("Ethiopia's army drove the rebels out of the town of Lalibela.", "drove", "ASSAULT",
     "army", "rebels"),
    ("Rebels regained control of the town of Bunia.", "regained", "ASSAULT", "Rebels",
     "Bunia"),
    # the same constructions in the passive; a force crossing into another's ground
    ("A 45 percent surtax was slapped on Chinese steel by the Mexican economy ministry.",
     "surtax", "SANCTION", "ministry", "Chinese steel"),
    ("A stern warning was issued to Pyongyang by the allies on Friday.", "warning",
     "THREATEN", "allies", "Pyongyang"),
    ("Hundreds of refugees were allowed to return to Myanmar by the Bangladeshi authorities.",
     "allowed", "CONCEDE", "authorities", "refugees"),
    ("Turkish troops crossed into northern Syria in pursuit of Kurdish fighters.", "crossed",
     "ASSAULT", "troops", "Syria"),
    # AGREE, CONSULT and AID by phrasal verbs and light nouns
    ("The warring parties signed up to a UN-brokered roadmap for elections.", "signed",
     "AGREE", "parties", None),
    ("The president sat down with opposition leaders for the first time since the vote.",
     "sat", "CONSULT", "president", "leaders"),
    ("The Omani foreign minister held a phone call with his Iranian counterpart.", "call",
     "CONSULT", "minister", "counterpart"),
    ("Japan handed Vietnam six patrol vessels to bolster its coast guard.", "handed", "AID",
     "Japan", "Vietnam"),
    ("The World Bank disbursed $500 million to Pakistan for flood recovery.", "disbursed",
     "AID", "World Bank", "Pakistan"),
    ("Bangladesh took in 700,000 Rohingya refugees fleeing Myanmar.", "took", "AID",
     "Bangladesh", "refugees"),
    ("Authorities shuttered three independent newspapers.", "shuttered", "COERCE",
     "Authorities", "newspapers"),
    ("Poland stonewalled the EU's migration pact.", "stonewalled", "REJECT", "Poland", "pact"),
    # a force moved or built up by any verb of moving or adding
    ("Russia airlifted paratroopers to the Belarusian border.", "airlifted", "MOBILIZE",
     "Russia", None),
    ("India ferried troops and artillery to the Ladakh frontier.", "ferried", "MOBILIZE",
     "India", None),
    ("China boosted its military presence near the disputed islands.", "boosted", "MOBILIZE",
     "China", None),
    ("Armenia brought up reserves to the front line.", "brought", "MOBILIZE", "Armenia", None),
    # nouns made from trigger verbs
    ("Officials confirmed the impoundment of the tanker by Iranian forces.", "impoundment",
     "COERCE", "forces", "tanker"),
    ("The confiscation of the farms by the state drew protests from owners.",
     "confiscation", "COERCE", "state", "farms"),
])
def test_long_tail_constructions(nlp, text, word, type_, actor, target):
    hit = _hit(nlp, text, word)
    acts, tgts = _args(hit)
    assert hit.type == type_, hit.type
    assert any(actor.lower() in p.lower() for p in acts), acts
    if target is None:
        assert not tgts, tgts
    else:
        assert any(target.lower() in p.lower() for p in tgts), tgts


@pytest.mark.parametrize("text", [
    "The government imposed a levy on plastic bags from next year.",
    "The city increased the levy on tourist stays.",
    "The council slapped a surcharge on parking in the old town.",
    "The weather service issued a warning to drivers in the north.",
    "The trainee shadowed a senior surgeon for a week.",
    "The chief executive stood down after the accounts scandal.",
    "The new rules allow investors to enter the bond market more easily.",
    "The coach allowed the players to return to their families for Christmas.",
    "The striker hit the post twice before half-time.",
    "The factory shut its doors for good in March.",
    "The retailer increased its presence in Kenya with four new stores.",
    "The country doubled its gold reserves last year.",
    "The airline flew its new aircraft to Toulouse for painting.",
    "The shop shuttered its windows for the night.",
    "She signed up to a gym contract in January.",
    "The novelist sat down with a coffee and her notes.",
    "The coach handed the captain's armband to the young defender.",
    "The fund disbursed dividends to its shareholders in March.",
    "He made a phone call to his mother from the airport.",
    "The family took in three stray cats after the storm.",
    "Thousands of refugees crossed into Poland overnight.",
    "The storm crossed into Mozambique on Sunday.",
    "The bank slapped a fee on cash withdrawals from next month.",
    "The regulator issued a warning to investors about crypto schemes.",
    "Lifeguards were stood down after the shark sighting was ruled a false alarm.",
    "The city council allowed residents to enter the flooded district on Tuesday.",
    "The team walked away from the final with silver medals.",
    "The umpire ordered the players to return to the dressing rooms as rain fell.",
    "Bread makers fortified their flour with iron.",
    "The central bank reduced interest rates by half a point.",
    "The magician made the coin disappear.",
    "The chancellor regained control of her party after the vote.",
    "The weather office raised the heat alert level for the capital.",
    "The governor declared a state of emergency after the floods swept through the valley.",
    "Fans held a rally in the main square to celebrate the title.",
    "The judge read the sentence aloud to the court.",
    "The team is on a solid financial footing after the sale.",
    "The striker walked away from the club after a row over wages.",
    "The firm put its best engineers on the project.",
    "Traders brushed off the weak factory data.",
])
def test_the_same_words_elsewhere_are_no_event(nlp, text):
    assert _kept_types(nlp, text) == []


def test_a_passive_order_readies_the_force(nlp):
    hit = _hit(nlp, "Reservists were ordered to report to their units by the defence "
                    "minister.", "ordered")
    assert hit.type == "MOBILIZE"


def test_an_order_to_act_stays_a_demand(nlp):
    # the act ordered has its own verb and event; the order on the troops is a demand
    types = _kept_types(nlp, "The president ordered troops to withdraw from the border town.")
    assert types == ["REQUEST", "RETREAT"], types


def test_wire25_and_wire24_floors(nlp):
    # wire25 (tuning): first look 0.833 / 0.833 -> 1.000 / 1.000; wire24 (session 12's
    # held-out, its misses read then): 0.800 / 0.760 -> 0.960 / 0.920
    r = events_eval.score(nlp, path=events_eval.WIRE25)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.96, r["misses"]
    r = events_eval.score(nlp, path=events_eval.WIRE24)
    assert r["type_accuracy"] >= 0.92 and r["all_right"] >= 0.88, r["misses"]


@pytest.mark.parametrize("text, word, fact", [
    ("Brussels could slap duties on Chinese cars if the talks fail.", "duties", "hypothetical"),
    ("The court could hand down a death sentence to the commander.", "sentence",
     "hypothetical"),
    ("The government did not allow the refugees to return.", "allow", "negated"),
])
def test_the_light_verb_lends_its_modality(nlp, text, word, fact):
    from newsprism.analyze import factuality
    assert factuality.assess(_hit(nlp, text, word).tok)[0] == fact


def test_wire26_floor(nlp):
    # wire26: held out in session 13, first look 0.880 / 0.880, end code the same
    r = events_eval.score(nlp, path=events_eval.WIRE26)
    assert r["type_accuracy"] >= 0.84 and r["all_right"] >= 0.84, r["misses"]
