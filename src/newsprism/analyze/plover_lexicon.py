"""Lexicon of PLOVER event triggers: verbs and event nouns per category, with the syntactic
and lexical constraints that pick one sense; read by events.py, never by other stages.

Categories follow the public PLOVER codebook (16 types). Choices where the codebook leaves
room, decided here once so every article is coded the same way:
- taking people or property by force (arrest, detain, seize, intercept a ship, deport, ban,
  curfew, crackdown) is COERCE; violence against people or places (kill, strike, shell,
  bomb, assassinate, abduct, kidnap, hijack, capture or "liberate" territory) is ASSAULT;
- "strike" is ASSAULT unless labour context makes it a work stoppage (PROTEST), or its object
  is an agreement ("struck a deal": AGREE);
- expelling diplomats, observers, inspectors, monitors, peacekeepers or aid agencies,
  severing ties, freezing assets, embargoes and tariffs are SANCTION; expelling or deporting
  other people is COERCE;
- lifting or easing restrictions, releasing prisoners, apologising, conceding are CONCEDE;
- criticising, condemning, blaming, charging and suing are ACCUSE; demanding is REQUEST;
- "warn" is THREATEN only when the warning names force or a penalty (see events.py).
The word classes the senses test (TROOPS, WEAPONS, ...) are plover_words.py's, re-exported.
"""
from __future__ import annotations

from dataclasses import dataclass

from .plover_words import (  # noqa: F401  (re-exported: callers read lex.<NAME>)
    AGREEMENT, AID_GOODS, DISPUTES, OPENINGS, TESTS, PASSAGES, MEDIA_OUTLETS, TERRITORY, TROOPS,
    RESTRICTIONS, CAPTIVES, PERSON, MONEY, CURRENCIES, PEOPLE, TIES, LEVIES, MACHINES, CALLS,
    COMBATANTS, STATEHOOD, NATURAL_STRIKES, BODILY_ATTACKS, CIVILIANS, COMMERCE, INTEL,
    MEMBER_BODIES, ASSETS, TRADE, DIPLOMATS, CRITICISED, WEAPONS, ROADS, REVENGE, HOSTED, LABOUR,
    WORKERS, TRUCES, STOPPAGE_SPANS, MILITARY_MODS, CONTENT, CROWD_CONTROL, MISHAP_MODS, VEHICLES,
    OBSERVERS, OF_WAR, WORKS, MEASURES, VERB_TARGET_PREPS, INANIMATE, FIGURATIVE_DAMAGE,
    FIGURATIVE, YIELDED, BILLS, MUNITIONS, ACCIDENTS, ACCIDENT_VERBS, HARM_VERBS, DELIBERATE,
    CLEAR_ACCIDENT_VERBS, CAUSE_PREPS, RESULT_NOUNS, DIGNITARIES, DROPPABLE, REFUGEES, NO_CULPRIT,
    PINNED_ACTS, OVERSEERS, SENT_OUT, ACTING_FOR)


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word; the first sense whose constraints hold is taken.

    prt: a required particle ("call up"); prep: a required preposition child ("call for"),
    whose object must be in pobjs when that is set ("take to the streets");
    objs: the object (or its compounds) must be one of these lemmas/words; any_obj: an object
    of some kind is required; no_obj: the sense needs no object (intransitive use only);
    needs_agent: keep the event only if its actor is a named or otherwise specific party.
    """

    type: str
    prt: str | None = None
    prep: str | None = None
    objs: frozenset[str] | None = None
    no_obj: bool = False
    needs_agent: bool = False
    pobjs: frozenset[str] | None = None  # the object of ``prep`` must be one of these
    not_objs: frozenset[str] = frozenset()  # objects that rule this sense out


def _s(type_: str, **kw) -> tuple[Sense, ...]:
    return (Sense(type_, **kw),)


# what parties 'settle on' when they agree it ('settled on the terms of a swap', 'on a date
# for the next round'); 'settled on the outskirts' is where someone made a home
SETTLED_ON = AGREEMENT | frozenset({"wording", "text", "date", "dates", "details", "formula",
                                    "framework", "timetable", "venue", "figure", "price",
                                    "sum", "amount", "candidate", "name", "compromise"})

# political bodies a state bans or suspends ('suspended the activities of all parties')
POLITICAL_GROUPS = frozenset({"party", "parties", "movement", "movements", "ngo", "ngos"})

# what a state hits back with in a trade or a diplomatic quarrel ('retaliated with duties')
TRADE_BARRIERS = RESTRICTIONS | frozenset({"duties", "duty", "levies", "levy", "surcharge",
                                          "surcharges", "countermeasures", "quotas"})

# Shipping a navy protects on its way: "escorted merchant ships", "aid convoys"
ESCORTED = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
                      "freighters", "convoy", "convoys", "carrier", "carriers", "shipping"})

VERBS: dict[str, tuple[Sense, ...]] = {
    # AGREE
    "agree": _s("AGREE"), "sign": (Sense("AGREE", objs=AGREEMENT), Sense("AGREE", prt="off")),
    "reach": _s("AGREE", objs=AGREEMENT), "conclude": _s("AGREE", objs=AGREEMENT | frozenset({
        "negotiations", "talks"})),
    "seal": _s("AGREE", objs=AGREEMENT), "broker": _s("CONSULT", objs=AGREEMENT),  # a mediation (ruling 13)
    "finalize": _s("AGREE", objs=AGREEMENT), "finalise": _s("AGREE", objs=AGREEMENT),
    "accept": _s("AGREE", not_objs=frozenset({
        "donation", "donations", "money", "contributions", "contribution", "award", "prize",
        "job", "position", "nomination", "gift", "gifts", "payment", "payments", "cash",
        "bribe", "bribes", "credit", "cards", "applications", "reality", "fact",
        "representation", "representations", "argument", "arguments", "explanation",
        "premise", "view", "views", "result", "results", "outcome", "blame"})),
    # "promised further deliveries of air defence systems" gives aid; other promises agree
    "promise": (Sense("AID", objs=AID_GOODS | MONEY), Sense("AGREE")), "consent": _s("AGREE"),
    # "settled their dispute"; "settled on the terms of a swap": choosing terms agrees them
    "ratify": _s("AGREE"), "settle": (Sense("AGREE", objs=DISPUTES),
                                      Sense("AGREE", prep="on", pobjs=SETTLED_ON)),
    # CONSULT
    "meet": _s("CONSULT", not_objs=frozenset({
        "threshold", "requirement", "requirements", "deadline", "target", "targets",
        "criteria", "criterion", "demand", "demands", "need", "needs", "standard",
        "standards", "goal", "goals", "expectations", "obligations", "conditions",
        "qualifications", "test", "quota", "challenge", "end", "ends", "fate", "death",
        "cost", "costs", "match", "definition", "bar", "wife", "husband", "girlfriend",
        "boyfriend", "fiancee", "fiance"})),
    "visit": _s("CONSULT", not_objs=frozenset({
        "museum", "museums", "exhibition", "site", "sites", "website", "page", "store",
        "shop", "restaurant", "park", "zoo", "grave", "doctor", "dentist", "website"})),
    "negotiate": _s("CONSULT"), "discuss": _s("CONSULT"), "consult": _s("CONSULT"),
    "speak": (Sense("CONSULT", prep="with"), Sense("CONSULT", prep="by", pobjs=CALLS),
              Sense("CONSULT", prep="on", pobjs=CALLS)),
    "talk": (Sense("CONSULT", prep="with"), Sense("CONSULT", prep="by", pobjs=CALLS)),
    "phone": _s("CONSULT"), "telephone": _s("CONSULT"),
    # SUPPORT
    "praise": _s("SUPPORT"), "endorse": _s("SUPPORT"), "laud": _s("SUPPORT"),
    "extol": _s("SUPPORT"), "acclaim": _s("SUPPORT"), "support": _s("SUPPORT"), "welcome": _s("SUPPORT"),
    "defend": _s("SUPPORT", not_objs=frozenset({"title", "titles", "crown", "championship",
                                                "record", "lead", "belt", "trophy"})),
    "applaud": _s("SUPPORT"), "hail": _s("SUPPORT"), "commend": _s("SUPPORT"),
    "congratulate": _s("SUPPORT"), "forgive": _s("SUPPORT"),
    # CONCEDE
    "release": (Sense("CONCEDE", objs=CAPTIVES | PEOPLE | PERSON),
                Sense("AID", objs=MONEY | frozenset({"fund", "funds", "funding", "aid",
                                                     "tranche", "loan", "grant"}))),
    "free": _s("CONCEDE", objs=CAPTIVES | PEOPLE | PERSON),
    "ease": _s("CONCEDE", objs=RESTRICTIONS), "lift": _s("CONCEDE", objs=RESTRICTIONS),
    "relax": _s("CONCEDE", objs=RESTRICTIONS), "concede": _s("CONCEDE"),
    "apologize": _s("CONCEDE"), "apologise": _s("CONCEDE"), "yield": _s("CONCEDE"),
    "relent": _s("CONCEDE"), "reopen": _s("CONCEDE", objs=OPENINGS),
    "capitulate": _s("CONCEDE"), "surrender": _s("CONCEDE"), "resign": _s("CONCEDE"), "pardon": _s("CONCEDE"),
    # COOPERATE
    "cooperate": _s("COOPERATE"), "collaborate": _s("COOPERATE"),
    "share": _s("COOPERATE", objs=INTEL), "restore": _s("COOPERATE", objs=TIES),
    "re-establish": _s("COOPERATE", objs=TIES), "reestablish": _s("COOPERATE", objs=TIES),
    "resume": _s("COOPERATE", objs=TIES), "establish": _s("COOPERATE", objs=TIES),
    "normalize": _s("COOPERATE", objs=TIES), "normalise": _s("COOPERATE", objs=TIES),
    "work": (Sense("COOPERATE", prep="with"), Sense("COOPERATE", prt="together")),
    "partner": _s("COOPERATE"), "ally": _s("COOPERATE"),
    # AID
    "donate": _s("AID"), "supply": _s("AID"),
    # "will provide Cuba with food aid": the goods may come with 'with'
    "provide": (Sense("AID", objs=AID_GOODS | MONEY), Sense("AID", prep="with",
                                                            pobjs=AID_GOODS | MONEY)),
    "equip": (Sense("AID", prep="with", pobjs=AID_GOODS),),
    "deliver": _s("AID", objs=AID_GOODS), "grant": _s("AID", objs=AID_GOODS | MONEY),
    "pledge": _s("AID", objs=AID_GOODS | MONEY),
    # "transferred $3 billion to Egypt's central bank": a sum handed to another party
    "transfer": _s("AID", objs=MONEY),
    "airlift": _s("AID"), "fund": _s("AID"), "finance": _s("AID"), "rescue": _s("AID"),
    "send": (Sense("MOBILIZE", objs=TROOPS), Sense("AID", objs=AID_GOODS)),
    # "will escort Japanese tankers through the strait": military protection of another's
    # shipping is aid (CAMEO 074, under 07 'provide aid'); a ship seized and escorted to
    # port is the seizure's
    "escort": _s("AID", objs=ESCORTED, not_objs=frozenset({
        "seized", "captured", "detained", "impounded", "intercepted", "hijacked"})),
    "ship": _s("AID", objs=AID_GOODS), "arm": _s("AID"),
    "distribute": _s("AID", objs=AID_GOODS), "evacuate": _s("AID", objs=CAPTIVES | frozenset({
        "civilian", "civilians", "wounded", "resident", "residents", "child", "children",
        "patient", "patients", "family", "families", "refugee", "refugees"})),
    # RETREAT
    "withdraw": (Sense("SANCTION", objs=DIPLOMATS), Sense("RETREAT")),
    "retreat": _s("RETREAT"),
    "pull": (Sense("RETREAT", prt="out"), Sense("RETREAT", prt="back"),
             Sense("RETREAT", prep="out")),
    "abandon": _s("RETREAT"), "demobilize": _s("RETREAT"), "demobilise": _s("RETREAT"),
    "disarm": _s("RETREAT"), "leave": _s("RETREAT", objs=frozenset({
        "union", "alliance", "bloc", "coalition", "treaty", "agreement", "deal", "pact",
        "government", "country", "city", "town", "territory", "region", "base", "bases",
        "organization", "organisation", "nato", "eu", "court", "council", "accord",
        # bodies of states by their head word: "will leave the Niger Basin Authority",
        # "left the East African Community"
        "authority", "community", "commission", "grouping", "forum", "convention"})),
    "quit": _s("RETREAT", objs=frozenset({
        "union", "alliance", "bloc", "coalition", "treaty", "agreement", "deal", "pact",
        "government", "organization", "organisation", "nato", "eu", "court", "council",
        "accord", "talks", "force", "mission", "group", "cabinet", "authority", "community",
        "commission", "grouping", "forum", "convention"})),
    # REQUEST
    "ask": _s("REQUEST", not_objs=frozenset({"question", "questions", "whether", "why"})),
    "urge": _s("REQUEST"), "demand": _s("REQUEST"),
    "tell": _s("REQUEST"),  # only 'told X to act' (events._told_to_act); else reporting
    "appeal": _s("REQUEST"), "request": _s("REQUEST"), "plead": _s("REQUEST"),
    "petition": _s("REQUEST"), "implore": _s("REQUEST"), "beg": _s("REQUEST"),
    "call": (Sense("MOBILIZE", prt="up"), Sense("REQUEST", prep="for"),
             Sense("REQUEST", prep="on")),
    "press": (Sense("REQUEST", prep="for"),), "seek": _s("REQUEST", objs=AID_GOODS | frozenset({
        "extradition", "release", "ceasefire", "truce", "talks", "help", "clarification",
        "compensation", "return"})),
    # ACCUSE
    "accuse": _s("ACCUSE"), "blame": _s("ACCUSE"), "condemn": _s("ACCUSE"),
    "criticize": _s("ACCUSE"), "criticise": _s("ACCUSE"), "denounce": _s("ACCUSE"),
    "charge": (Sense("ACCUSE", prep="with"),), "indict": _s("ACCUSE"), "sue": _s("ACCUSE"),
    "slam": _s("ACCUSE"), "lambast": _s("ACCUSE"), "decry": _s("ACCUSE"),
    "censure": _s("ACCUSE"), "rebuke": _s("ACCUSE"), "deplore": _s("ACCUSE"),
    "investigate": _s("ACCUSE"), "prosecute": _s("ACCUSE"), "fault": _s("ACCUSE"),
    # "attributed Friday's cyberattack on the hospital to China": a hostile act pinned on
    # a party (a rise 'attributed to the weather' is no accusation)
    "attribute": (Sense("ACCUSE", prep="to", objs=PINNED_ACTS),),
    # REJECT
    "reject": _s("REJECT"), "veto": _s("REJECT"), "refuse": _s("REJECT"), "deny": _s("REJECT"),
    "dismiss": _s("REJECT"), "rebuff": _s("REJECT"), "spurn": _s("REJECT"), "oppose": _s("REJECT"),
    "defy": _s("REJECT", not_objs=frozenset({"expectations", "odds", "predictions", "gravity", "forecasts"})),
    "turn": (Sense("REJECT", prt="down"),), "throw": (Sense("REJECT", prt="out", objs=frozenset({  # a court
        "motion", "petition", "appeal", "bill", "case", "lawsuit", "suit", "challenge", "plea",
        "complaint", "request", "proposal", "application", "charges", "claim", "ruling"})),), "vote": (Sense("REJECT", prt="down"),
                                                     Sense("REJECT", prep="against")),
    "decline": _s("REJECT", objs=frozenset({
        "offer", "invitation", "request", "proposal", "demand", "call", "calls"})),
    # THREATEN
    "threaten": _s("THREATEN"),
    "warn": _s("THREATEN"), "menace": _s("THREATEN"),
    # PROTEST
    "protest": _s("PROTEST"), "demonstrate": _s("PROTEST", no_obj=True),
    "march": _s("PROTEST", no_obj=True),
    "picket": _s("PROTEST"), "riot": _s("PROTEST"), "boycott": _s("PROTEST"),
    "blockade": _s("PROTEST", objs=ROADS),
    # SANCTION
    "sanction": _s("SANCTION"), "embargo": _s("SANCTION"), "blacklist": _s("SANCTION"),
    "expel": (Sense("SANCTION", objs=SENT_OUT), Sense("COERCE")),
    "sever": _s("SANCTION", objs=TIES), "cut": _s("SANCTION", objs=TIES | TRADE, not_objs=frozenset({  # "cut its sales forecast"
        "forecast", "forecasts", "outlook", "guidance", "estimate", "estimates"})),
    "break": _s("SANCTION", objs=TIES), "freeze": _s("SANCTION", objs=ASSETS),
    # "suspended Belarus's national committee": a body shut out of an organisation
    # "suspended its sanctions on Zimbabwean officials": a penalty paused is a concession
    # "suspended all political parties" (or their activities): a ban on parties, CAMEO 1722
    "suspend": (Sense("SANCTION", objs=TRADE | MEMBER_BODIES),
                Sense("COERCE", objs=MEDIA_OUTLETS | POLITICAL_GROUPS),
                Sense("CONCEDE", objs=RESTRICTIONS)),
    "recall": _s("SANCTION", objs=DIPLOMATS),
    "halt": _s("SANCTION", objs=TRADE),
    # MOBILIZE
    "mobilize": _s("MOBILIZE"), "mobilise": _s("MOBILIZE"),
    "deploy": (Sense("MOBILIZE", objs=TROOPS), Sense("MOBILIZE", no_obj=True)),
    # "paraded its new missiles through the capital": a show of force (CAMEO's exhibit
    # force posture); captives or suspects paraded before cameras are no forces
    "parade": _s("MOBILIZE", objs=TROOPS),
    "mass": (Sense("MOBILIZE", objs=TROOPS), Sense("MOBILIZE", no_obj=True)), "dispatch": _s("MOBILIZE", objs=TROOPS),
    "scramble": _s("MOBILIZE", objs=TROOPS),
    "station": _s("MOBILIZE", objs=TROOPS), "reinforce": _s("MOBILIZE"),
    "position": _s("MOBILIZE", objs=TROOPS), "amass": _s("MOBILIZE"),
    "redeploy": _s("MOBILIZE"),
    # COERCE
    "arrest": _s("COERCE"), "detain": _s("COERCE"),
    # "purged senior army officers", "a purge of judges": repression of people within a body
    # (the crackdown class); voter rolls or data purged are no one coerced
    "purge": _s("COERCE", objs=PEOPLE | frozenset({
        "general", "generals", "judge", "judges", "commander", "commanders", "ranks",
        "members", "loyalists", "dissidents", "officer", "officers"})),
    # "seized the chance to expand": a chance taken, nothing taken from anyone
    "seize": _s("COERCE", not_objs=frozenset({"chance", "chances", "opportunity",
                                             "opportunities", "initiative", "moment",
                                             "momentum", "imagination", "day"})),
    "confiscate": _s("COERCE"), "impound": _s("COERCE"), "deport": _s("COERCE"),
    "ban": (Sense("SANCTION", objs=TRADE - {"talks", "cooperation", "support"}),
            Sense("COERCE")), "intercept": _s("COERCE"), "jail": _s("COERCE"),
    "imprison": _s("COERCE"), "censor": _s("COERCE"), "outlaw": _s("COERCE"),
    "extradite": _s("COOPERATE"), "round": (Sense("COERCE", prt="up"),),
    "crack": (Sense("COERCE", prt="down"),), "raid": _s("COERCE"), "sentence": _s("COERCE"),
    "bar": _s("COERCE"), "expropriate": _s("COERCE"),
    "interrogate": _s("COERCE"), "persecute": _s("COERCE"), "repress": _s("COERCE"),
    "suppress": _s("COERCE", objs=frozenset({"protest", "protests", "dissent", "uprising",
                                             "revolt", "rebellion", "opposition", "demonstration",
                                             "demonstrations", "riot", "riots", "unrest"})),
    # ASSAULT (the codebook files abduction, hijacking and hostage-taking under assault)
    "abduct": _s("ASSAULT"), "hijack": _s("ASSAULT"), "kidnap": _s("ASSAULT"),
    "kill": _s("ASSAULT"), "attack": _s("ASSAULT"), "assassinate": _s("ASSAULT"),
    "murder": _s("ASSAULT"), "shell": _s("ASSAULT"), "bomb": _s("ASSAULT"),
    "bombard": _s("ASSAULT"), "shoot": _s("ASSAULT"), "stab": _s("ASSAULT"),
    "massacre": _s("ASSAULT"), "slaughter": _s("ASSAULT"), "execute": _s("ASSAULT"),
    "behead": _s("ASSAULT"), "torture": _s("ASSAULT"), "wound": _s("ASSAULT"),
    "injure": _s("ASSAULT"), "invade": _s("ASSAULT", not_objs=frozenset({
        "pitch", "field", "stage", "court", "privacy", "space", "market", "screens"})), "ambush": _s("ASSAULT"),
    "target": _s("ASSAULT"), "storm": _s("ASSAULT"), "liberate": _s("ASSAULT"),
    "capture": _s("ASSAULT"), "retake": _s("ASSAULT"), "recapture": _s("ASSAULT"),
    "clash": _s("ASSAULT"), "skirmish": _s("ASSAULT"), "occupy": _s("ASSAULT", not_objs=frozenset({
        "office", "post", "position", "seat", "seats", "role", "throne", "presidency",
        "house", "space", "place", "spot", "time", "mind", "minds", "apartment", "room"})),
    "destroy": _s("ASSAULT", needs_agent=True),
    # taking or holding ground and beating off attackers are acts of force too
    "beat": _s("ASSAULT", objs=PEOPLE | frozenset({"detainees", "prisoners", "journalists",
                                                   "journalist", "reporters", "activists"})),
    "annex": _s("ASSAULT"), "repel": _s("ASSAULT"), "repulse": _s("ASSAULT"),
    "counterattack": _s("ASSAULT"), "counter-attack": _s("ASSAULT"),
    # training another state's troops is security cooperation (event_context checks whose)
    "train": _s("COOPERATE", objs=TROOPS),
    "fight": _s("ASSAULT", objs=COMBATANTS), "battle": _s("ASSAULT", objs=COMBATANTS),
    # recognising a state or a government takes its side
    "recognise": _s("SUPPORT", objs=STATEHOOD), "recognize": _s("SUPPORT", objs=STATEHOOD),
    "damage": _s("ASSAULT", needs_agent=True), "assault": _s("ASSAULT"),
    "blow": (Sense("ASSAULT", prt="up"),), "fire": (Sense("ASSAULT", prep="on"),
             Sense("ASSAULT", prep="at"), Sense("ASSAULT", objs=WEAPONS)),  # + MUNITIONS below
    "strike": (Sense("AGREE", objs=AGREEMENT), Sense("ASSAULT", not_objs=FIGURATIVE)),
    "hit": _s("ASSAULT", needs_agent=True, not_objs=FIGURATIVE), "lynch": _s("ASSAULT"),
}


# More verbs, grouped by category; merged into VERBS below.
_MORE_VERBS: dict[str, tuple[Sense, ...]] = {
    # AGREE
    "clinch": _s("AGREE", objs=AGREEMENT), "ink": _s("AGREE", objs=AGREEMENT),
    "forge": _s("AGREE", objs=AGREEMENT | frozenset({"alliance", "partnership"})),
    "initial": _s("AGREE", objs=AGREEMENT), "accede": _s("AGREE"),
    "hammer": (Sense("AGREE", prt="out"), Sense("ASSAULT")),
    "approve": (Sense("AGREE", objs=AGREEMENT), Sense("SUPPORT")),
    # CONSULT
    "receive": _s("CONSULT", objs=DIGNITARIES), "confer": _s("CONSULT"),
    "convene": _s("CONSULT"), "mediate": _s("CONSULT"),
    "host": (Sense("CONSULT", objs=HOSTED | DIGNITARIES), Sense("AID", objs=REFUGEES)),
    # SUPPORT
    "rally": (Sense("SUPPORT", prep="behind"), Sense("SUPPORT", prep="around"),
              Sense("PROTEST", prep="against"), Sense("PROTEST", prep="outside"),
              Sense("PROTEST", prep="over"),
              # "rallied in Osla in support of the jailed opposition leader"
              Sense("PROTEST", prep="in", pobjs=frozenset({"support", "solidarity", "defence",
                                                           "defense", "protest"}))),
    "side": (Sense("SUPPORT", prep="with"),), "thank": _s("SUPPORT"),
    "salute": _s("SUPPORT"), "champion": _s("SUPPORT"), "embrace": _s("SUPPORT"),
    "stand": (Sense("SUPPORT", prep="with"), Sense("SUPPORT", prep="behind"),
              Sense("SUPPORT", prep="by")),
    # CONCEDE
    "scrap": _s("CONCEDE", objs=RESTRICTIONS | LEVIES),
    "drop": _s("CONCEDE", objs=DROPPABLE), "waive": _s("CONCEDE"),
    "hand": (Sense("CONCEDE", prt="back", objs=YIELDED), Sense("CONCEDE", prt="over",
                                                                 objs=YIELDED)),
    "return": _s("CONCEDE", objs=CAPTIVES | frozenset({"territory", "land", "lands",
                                                      "property", "artefacts", "artifacts",
                                                      "remains"})),
    "cede": _s("CONCEDE"), "backtrack": _s("CONCEDE"),
    "back": (Sense("CONCEDE", prt="down"), Sense("CONCEDE", prt="off"),
             Sense("RETREAT", prt="out"), Sense("SUPPORT")),
    "reverse": _s("CONCEDE", objs=frozenset({"decision", "ban", "policy", "order", "course"})),
    # COOPERATE
    "team": (Sense("COOPERATE", prt="up"),), "coordinate": _s("COOPERATE"),
    "join": _s("COOPERATE", objs=frozenset({"forces", "hands"})),
    "exchange": (Sense("COOPERATE", objs=INTEL), Sense("CONCEDE", objs=CAPTIVES),
                 Sense("ASSAULT", objs=frozenset({"fire", "gunfire", "shots", "shells"}))),
    "swap": _s("CONCEDE", objs=CAPTIVES),
    # AID
    "loan": _s("AID"), "lend": _s("AID", objs=AID_GOODS | MONEY | frozenset({"loan", "support"})),
    "offer": _s("AID", objs=AID_GOODS | frozenset({"loan", "loans", "shelter"})),
    "airdrop": _s("AID"), "shelter": _s("AID", objs=REFUGEES | CAPTIVES),
    # RETREAT
    "flee": _s("RETREAT"), "vacate": _s("RETREAT"), "disband": _s("RETREAT"),
    "dismantle": _s("RETREAT", objs=frozenset({"checkpoint", "checkpoints", "base",
                                               "bases", "camp", "camps", "outpost",
                                               "outposts", "barricades", "roadblocks"})),
    # REQUEST
    "lobby": (Sense("REQUEST", prep="for"),), "push": (Sense("REQUEST", prep="for"),),
    "apply": (Sense("REQUEST", prep="for"),), "solicit": _s("REQUEST"),
    # ACCUSE
    "allege": _s("ACCUSE"), "blast": _s("ACCUSE"), "reprimand": _s("ACCUSE"),
    "chastise": _s("ACCUSE"), "castigate": _s("ACCUSE"), "assail": _s("ACCUSE"),
    "berate": _s("ACCUSE"), "vilify": _s("ACCUSE"), "impeach": _s("ACCUSE"),
    "convict": _s("ACCUSE"), "summon": _s("ACCUSE", objs=DIPLOMATS),
    # REJECT
    "block": (Sense("PROTEST", objs=ROADS), Sense("REJECT", objs=BILLS)),
    "snub": _s("REJECT"), "shun": _s("REJECT"), "obstruct": _s("REJECT"),
    "resist": _s("REJECT"), "disavow": _s("REJECT"), "repudiate": _s("REJECT"),
    # THREATEN
    "intimidate": _s("THREATEN"), "vow": _s("THREATEN"),
    # PROTEST
    "walk": (Sense("PROTEST", prt="out"), Sense("PROTEST", prep="off", pobjs=frozenset({
        "job", "jobs", "work"}))), "chant": _s("PROTEST"),
    "lay": (Sense("RETREAT", prt="down", objs=frozenset({"arms", "weapons", "guns"})),),
    "take": (Sense("PROTEST", prep="to", pobjs=frozenset({"streets", "street", "squares"})),
             # "took full control of the airport": ground taken by force (event_context)
             Sense("ASSAULT", objs=frozenset({"control"}))),
    # SANCTION
    "downgrade": _s("SANCTION", objs=TIES), "penalize": _s("SANCTION"),
    "penalise": _s("SANCTION"), "fine": _s("SANCTION"),
    "restrict": _s("SANCTION", objs=TRADE),
    # MOBILIZE
    "rush": (Sense("MOBILIZE", objs=TROOPS), Sense("AID", objs=AID_GOODS)), "move": _s("MOBILIZE", objs=TROOPS),
    "muster": _s("MOBILIZE"), "conscript": _s("MOBILIZE"),
    "beef": (Sense("MOBILIZE", prt="up"),),
    # COERCE
    "evict": _s("COERCE"), "exile": _s("COERCE"), "silence": _s("COERCE"),
    "shut": (Sense("COERCE", prt="down", not_objs=MACHINES),), "disperse": _s("COERCE"),
    "dissolve": _s("COERCE", objs=frozenset({"party", "parliament", "group", "union",
                                             "organisation", "organization", "assembly",
                                             # "the junta dissolved the government"
                                             "government", "cabinet", "legislature", "senate",
                                             "parties", "institutions", "council"})),
    "crush": _s("COERCE", objs=frozenset({"protest", "protests", "dissent", "uprising",
                                          "revolt", "rebellion", "opposition"})),
    # ASSAULT
    "pound": _s("ASSAULT"), "pummel": _s("ASSAULT"),
    "batter": _s("ASSAULT"), "strafe": _s("ASSAULT"),
    # opening a crossing or airspace eases a closure; opening a school or a road is no event
    "open": (Sense("ASSAULT", objs=frozenset({"fire"})), Sense("CONCEDE", objs=PASSAGES)),
    "gun": (Sense("ASSAULT", prt="down"),), "mow": (Sense("ASSAULT", prt="down"),),
    "torch": _s("ASSAULT"), "maim": _s("ASSAULT"), "rape": _s("ASSAULT"), "loot": _s("ASSAULT"),
    "lob": _s("ASSAULT", objs=MUNITIONS), "ram": _s("ASSAULT"),
    "use": (Sense("COERCE", objs=CROWD_CONTROL), Sense("ASSAULT", objs=frozenset({
        "ammunition", "fire", "weapons", "artillery", "missiles", "drones"}))),
    "set": _s("ASSAULT", objs=frozenset({"fire"})), "launch": _s("ASSAULT", objs=MUNITIONS),
    "detonate": _s("ASSAULT"), "overrun": _s("ASSAULT"), "burn": _s("ASSAULT", needs_agent=True),
    "rocket": _s("ASSAULT"), "raze": _s("ASSAULT"),
    "retaliate": (Sense("SANCTION", prep="with", pobjs=TRADE_BARRIERS), Sense("ASSAULT")),
    # "ordered X to leave": a demand (events.py keeps it only with object and complement)
    "order": _s("REQUEST"),
}


@dataclass(frozen=True, slots=True)
class NounSense:
    """An event noun. of_role: what "the X of Y" makes Y; poss_role: what "Y's X" makes Y;
    mods: if set, the noun is an event only with one of these modifiers or light verbs;
    preps: if set, only with one of these prepositions or a light verb."""

    type: str
    of_role: str = "target"
    poss_role: str = "actor"
    mods: frozenset[str] | None = None
    needs_agent: bool = False
    # if set, the noun is an event only with one of these prepositions or a light verb:
    # "the deal between X and Y", "its exit from the bloc", "a loan to Kenya"
    preps: frozenset[str] | None = None


assert not set(VERBS) & set(_MORE_VERBS), "a verb is defined twice"
VERBS.update(_MORE_VERBS)
VERBS["fire"] += (Sense("ASSAULT", objs=MUNITIONS),)
# "withdrew the finance bill": giving up a measure is a concession, not a retreat
VERBS["withdraw"] = (Sense("CONCEDE", objs=BILLS | DROPPABLE - {"opposition"}),
                     *VERBS["withdraw"])
# "will close its border with Belarus": shutting a crossing to a country sanctions it
VERBS["close"] = (Sense("SANCTION", objs=PASSAGES - {"corridor", "corridors"}),)
VERBS["seal"] = (Sense("SANCTION", objs=PASSAGES - {"corridor", "corridors"}),)
# "pushed Russian forces back": a forced retreat of the other side is an attack
VERBS["push"] += (Sense("ASSAULT", prt="back", objs=TROOPS),)
# "soldiers and armoured vehicles surrounded the palace" (a force's siege; see events.py)
for _verb in ("surround", "encircle", "besiege", "blockade"):
    VERBS[_verb] = VERBS.get(_verb, ()) + (Sense("ASSAULT", needs_agent=False),)


# who or what makes a parade military: armed bodies and their craft
PARADERS = frozenset({"military", "army", "navy", "naval", "troops", "forces", "soldiers",
                      "warships", "gunboats", "speedboats", "victory"})


def _n(type_: str, *words: str, **kw) -> dict[str, NounSense]:
    return {w: NounSense(type_, **kw) for w in words}


# Nouns whose possessor is the victim ("Soleimani's killing") rather than the doer.
_PATIENT = dict(of_role="target", poss_role="target")
# Intransitive event nouns: "the withdrawal of French forces" names who withdrew.
_AGENTIVE = dict(of_role="actor", poss_role="actor")

NOUNS: dict[str, NounSense] = {
    # an agreement is an event when its parties or its making are named, not in passing
    # ("rejected the deal", "the nuclear deal's collapse")
    **_n("AGREE", "deal", "agreement", "accord", "treaty", "truce", "ceasefire",
         "cease-fire", "pact", "armistice", "compromise", **_AGENTIVE,
         preps=frozenset({"between", "with", "among"})),
    **_n("CONSULT", "talks", "meeting", "summit", "negotiations", "visit", "consultations",
         "consultation", "mediation", **_AGENTIVE),
    **_n("SUPPORT", "endorsement", "praise", "backing", "solidarity"),
    **_n("CONCEDE", "release", "amnesty", **_PATIENT),
    # "a prisoner swap", "a hostage exchange": captives handed over, as the verbs code it
    **_n("CONCEDE", "swap", "swaps", "exchange", "exchanges", of_role="target",
         poss_role="actor", mods=CAPTIVES | frozenset({"prisoner", "hostage", "detainee"})),
    # "the minister's resignation", "Tokyo's apology": the possessor is the one who gives in
    **_n("CONCEDE", "resignation", "apology", "concession", "concessions", **_AGENTIVE),
    **_n("COOPERATE", "cooperation", "collaboration", "partnership", **_AGENTIVE),
    **_n("COOPERATE", "exercise", "exercises", "drill", "drills", **_AGENTIVE,
         mods=frozenset({"joint", "military", "naval", "combined", "bilateral"})),
    **_n("COOPERATE", "patrol", "patrols", "operation", "operations", "team", "teams",
         "commission", "committee", "centre", "center", **_AGENTIVE,
         mods=frozenset({"joint", "combined", "bilateral", "trilateral"})),
    # "a military parade", "its yearly parade of speedboats" staged by a navy: a show of
    # force; a carnival or Pride parade is none (events.py reads the 'of' and the stager)
    **_n("MOBILIZE", "parade", "parades", mods=TROOPS | PARADERS),
    **_n("AID", "aid", "assistance", "donation", "donations", "airlift", "bailout",
         "airdrop", "airdrops"),
    **_n("AID", "loan", "loans", "grant", "grants",
         preps=frozenset({"to", "for"})),
    **_n("RETREAT", "withdrawal", "retreat", "pullout", "pull-out", "evacuation",
         **_AGENTIVE),
    **_n("RETREAT", "exit", "departure", "pull-back", "pullback", **_AGENTIVE,
         preps=frozenset({"from"})),
    **_n("REQUEST", "request", "appeal", "demand", "demands", "plea", "calls", "call"),
    **_n("ACCUSE", "complaint", "complaints", preps=frozenset({"against", "with", "by"})),
    **_n("MOBILIZE", *TESTS, of_role="target", poss_role="actor", mods=frozenset({
        "missile", "missiles", "nuclear", "ballistic", "weapons", "weapon", "rocket",
        "hypersonic", "cruise"})),
    **_n("ACCUSE", "accusation", "accusations", "allegation", "allegations", "criticism",
         "condemnation", "indictment", "lawsuit", "investigation", "probe"),
    **_n("REJECT", "rejection", "veto", "refusal", "denial"),
    **_n("THREATEN", "threat", "threats", "ultimatum", "warning", "warnings"),
    **_n("PROTEST", "uprising", "picket", "pickets", **_AGENTIVE),
    **_n("PROTEST", "rally", "rallies", **_AGENTIVE, mods=frozenset({
        "protest", "opposition", "mass", "street", "anti-government", "antigovernment",
        "anti-war", "pro-democracy", "anti-austerity", "anti-regime", "peaceful", "angry"})),
    # a vigil is a protest only when it presses a demand ('held a vigil outside the ministry
    # to press for their release'), not when it mourns ('a vigil for the victims')
    **_n("PROTEST", "vigil", "vigils", **_AGENTIVE, mods=frozenset({
        "protest", "anti-government", "antigovernment", "anti-war", "pro-democracy"})),
    **_n("PROTEST", "protest", "protests", "demonstration", "demonstrations", "march",
         "sit-in", "riot", "riots", "walkout", "unrest",
         **_AGENTIVE),
    # "the opposition's boycott of parliament": what is boycotted follows 'of'
    **_n("PROTEST", "boycott", "boycotts", of_role="target", poss_role="actor"),
    **_n("SANCTION", "sanction", "sanctions", "embargo", "tariff", "tariffs", "expulsion"),
    # "imposed steep tariff increases on", "slapped a duty hike on": a rise in a trade
    # barrier is the barrier's event
    **_n("SANCTION", "increase", "increases", "hike", "hikes", "rise", "rises",
         mods=frozenset({"tariff", "tariffs", "duty", "duties", "customs"})),
    **_n("SANCTION", "duties", mods=frozenset({"import", "customs", "anti-dumping", "punitive",
                                               "retaliatory", "export", "countervailing",
                                               "anti-subsidy"})),
    # "imposed asset freezes", "tightened export controls": measures one state takes
    # against another; a price freeze or border controls are no such measure
    **_n("SANCTION", "freeze", "freezes", mods=ASSETS),
    # "visa restrictions on 12 officials", "new trade curbs": limits on what crosses a border
    **_n("SANCTION", "controls", "curbs", "restrictions", mods=frozenset({
        "export", "visa", "import", "trade", "investment"})),
    # "put the air force on a war footing"
    **_n("MOBILIZE", "footing", **_AGENTIVE, mods=frozenset({"war", "combat"})),
    **_n("MOBILIZE", "deployment", "mobilization", "mobilisation", "build-up", "buildup",
         "alert", "reinforcements", "readiness", **_AGENTIVE),
    # cyber operations are coercion in the codebook, not armed assault
    **_n("COERCE", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks"),
    # "the rebels' seizure of the airport": the possessor took it
    **_n("COERCE", "seizure", "seizures"),
    # "Tessaly's recall of its ambassador" (events.py keeps only envoys recalled)
    **_n("SANCTION", "recall", preps=frozenset({"of"})),
    **_n("COERCE", "arrest", "arrests", "detention", "detentions", "deportation",
         "deportations", "eviction", "evictions", **_PATIENT),
    # "Israel's blockade of Gaza", "the junta's ban on rallies": a measure's possessor
    # imposes it, while 'his arrest' names who was held
    **_n("COERCE", "crackdown", "curfew", "ban", "bans", "blockade", "siege", "raid", "raids",
         "interception", of_role="target", poss_role="actor"),
    **_n("ACCUSE", "charges", preps=frozenset({"against"})),
    **_n("ASSAULT", "killing", "killings", "assassination", "murder", "execution",
         "kidnapping", "kidnappings", "abduction", "abductions", "hijacking",
         "massacre", "slaughter", "liberation", "invasion", "occupation", **_PATIENT),
    **_n("ASSAULT", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
         "bombing", "bombings", "shelling", "shooting", "shootings", "offensive",
         "assault", "ambush", "bombardment", "war", "fighting", "clashes", "battle",
         "incursion", "stabbing", "onslaught", "hostilities", "terrorism", "barrage",
         "salvo", "gunfire", "shootout", "skirmish", "skirmishes", "firefight", "airstrike",
         "massacres", "bombardments", "ambushes"),
    **_n("ASSAULT", "damage", needs_agent=True),
}

# Verbs that carry an event noun without adding meaning of their own ("held talks",
# "imposed sanctions", "went on strike"): the noun is the trigger, the verb gives the actor.
LIGHT_VERBS = frozenset({
    "hold", "stage", "stag", "launch", "impose", "issue", "carry", "conduct", "go", "begin",
    "announce", "deliver", "voice", "express", "make", "put", "mount", "start", "order",
    "give", "offer", "do", "cause", "inflict", "declare", "lodge", "file", "level",
    "unleash", "wage", "organize", "organise", "pledge", "raise", "heighten", "increase",
    "register", "sign", "call", "extend", "slap", "place", "keep", "provide", "send",
    "grant", "receive", "pay", "perform", "commit", "plan", "approve", "join", "lead",
    "continue", "resume", "step", "intensify", "escalate", "renew", "reaffirm",
    "reiterate", "repeat", "open", "convene", "host", "attend", "chair", "complete",
    "finish", "agree", "adopt", "oversee", "supervise", "tighten",
    # "set up a joint team", "formed a joint commission"
    "set", "form", "establish", "create",
    # "unveiled a military aid package", "unveiled new sanctions": made public, as announced
    "unveil",
    # "pledged to deepen military cooperation": more of the act, as 'intensify' and 'step up'
    "deepen", "strengthen", "expand", "boost", "enhance", "bolster", "broaden", "widen",
    # "traded accusations", "exchanged threats": each side's act on the other (events.MUTUAL)
    "trade", "exchange",
})

# An agreement verb with one of these commits someone ('agreed on', 'agreed between X and
# Y'); with a bare that-clause it only states an opinion
COMMIT_PREPS = frozenset({"on", "to", "with", "upon", "between"})

# Prepositions whose object is a target, per category, beyond "on"/"against".
TARGET_PREPS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with"}), "CONSULT": frozenset({"with", "to", "between"}),
    "SUPPORT": frozenset({"for", "with", "behind"}), "CONCEDE": frozenset({"to"}),
    "COOPERATE": frozenset({"with"}), "AID": frozenset({"to", "for", "into"}),
    "RETREAT": frozenset({"from"}), "REQUEST": frozenset({"to", "from", "with"}),
    "ACCUSE": frozenset({"with", "into"}), "REJECT": frozenset(), "THREATEN": frozenset({"to"}),
    "PROTEST": frozenset(), "SANCTION": frozenset({"to", "with"}), "MOBILIZE": frozenset({"to"}),
    "COERCE": frozenset(), "ASSAULT": frozenset({"at"}),
}
COMMON_TARGET_PREPS = frozenset({"on", "against"})
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around",
                            "off", "along", "throughout", "into", "within", "over"})

# What makes a "warn" a threat: the warning names force, a penalty or a hostile act.
THREAT_WORDS = frozenset({
    "force", "retaliation", "retaliate", "response", "respond", "consequence",
    "consequences", "action", "sanction", "sanctions", "war", "attack", "strike", "punish",
    "punishment", "price", "revenge", "destroy", "crush", "tariffs", "military",
    # force against people: "warned that troops would be used", "warned of arrests"
    "troops", "army", "tanks", "soldiers", "police", "arrest", "arrests", "jail",
    "prosecute", "prosecution", "expel", "ban", "bomb", "invade", "invasion", "nuclear",
})
# Verbs of planning or promising whose to-complement names the threatened act.
VOW_COMPLEMENTS = frozenset({"retaliate", "avenge", "punish", "attack", "strike", "destroy",
                             "respond", "crush", "hit", "kill", "eliminate", "annihilate"})


# A ban of these kinds is a measure against a state or its people (sanction), not a
# police order: "travel bans on twelve officials", "an arms ban"
SANCTION_BANS = frozenset({"travel", "visa", "export", "import", "arms", "entry", "flight",
                           "trade", "oil", "investment", "transit", "overflight"})


# Second readings of nouns whose first one needs modifiers: "a joint operation" cooperates,
# "a ground operation" attacks.
ALT_NOUNS: dict[str, NounSense] = {
    **_n("ASSAULT", "operation", "operations", mods=frozenset({
        "military", "ground", "air", "naval", "amphibious", "counter-terrorism",
        "counterterrorism", "counter-insurgency", "combat", "special"})),
}
# "A price war", "the war on inflation": wars that no army fights.
FIGURATIVE_WAR = frozenset({
    "price", "trade", "tariff", "bidding", "culture", "currency", "talent", "turf", "format",
    "browser", "console", "streaming", "flame", "words", "ratings", "fare", "subsidy",
    "inflation", "poverty", "drugs", "crime", "waste", "obesity", "cancer", "corruption",
    "plastic", "plastics", "smoking", "fraud", "piracy", "spam", "red", "tape", "bureaucracy"})


def senses(lemma: str) -> tuple[Sense, ...]:
    return VERBS.get(lemma, ())


def noun_sense(word: str) -> NounSense | None:
    return NOUNS.get(word)


def bare_event_noun(word: str) -> bool:
    """Whether a noun is an event by itself ('the attack'), not only with a modifier ('a
    joint committee'; 'the Olympic Committee suspended' is a body acting)."""
    sense = NOUNS.get(word)
    return sense is not None and sense.mods is None


def _may_trigger(low: str, lemma: str) -> bool:
    """A cheap look-up before any parse checks: most words are no trigger word at all."""
    if low in NOUNS or low == "support":
        return True
    if low.endswith("ed") and (low[:-1] in VERBS or low[:-2] in VERBS
                               or low[:-3] in VERBS):
        return True  # past forms whose odd lemma events' _lemma mends
    if low.endswith("ing") and any(s in VERBS for s in (low[:-3], low[:-3] + "e", low[:-4])):
        return True  # gerunds read as nouns ('the shelling')
    lemma = lemma.lower()
    if lemma in VERBS or lemma in NOUNS:
        return True
    # a charge laid on goods, or a noun made from a trigger verb (event_light)
    from .event_light import LEVIES_LAID, derived_sense
    from .event_light import BUNDLES, CONSENTS
    from .event_senses import ARRIVALS, GATHERING, may_name_verb  # 'Protesters gathered'
    return lemma in GATHERING | ARRIVALS or may_name_verb(low) or low in LEVIES_LAID or low in BUNDLES or low in CONSENTS or low in (
        "state", "law", "case", "cases", "proceedings", "suit", "suits", "sentence",
        "sentences", "recognition") or derived_sense(
        low, frozenset()) is not None


# (lowercase hash, lemma hash) -> _may_trigger: a word's answer never changes, and most
# of an article's tokens repeat words already seen
_MAY_TRIGGER: dict[tuple[int, int], bool] = {}


def may_trigger(strings, low: int, lemma: int) -> bool:
    """Whether a word (its lowercase and lemma hashes in ``strings``) may be an event
    trigger; events.py asks this of every token before any parse check."""
    found = _MAY_TRIGGER.get((low, lemma))
    if found is None:
        if len(_MAY_TRIGGER) > 200_000:
            _MAY_TRIGGER.clear()  # a long-running server sees unbounded vocabularies
        found = _MAY_TRIGGER[low, lemma] = _may_trigger(strings[low], strings[lemma])
    return found

from . import plover_senses  # noqa: E402,F401  (adds its senses to VERBS; needs Sense above)
__all__ = ["Sense", "NounSense", "VERBS", "NOUNS", "LIGHT_VERBS", "TARGET_PREPS",
           "COMMON_TARGET_PREPS", "CONTENT", "INANIMATE", "FIGURATIVE_DAMAGE", "LOCATION_PREPS",
           "THREAT_WORDS", "VOW_COMPLEMENTS", "LABOUR", "MILITARY_MODS", "WEAPONS", "MUNITIONS",
           "TROOPS", "CRITICISED", "ACCIDENTS", "ACCIDENT_VERBS",
           "HARM_VERBS", "DELIBERATE", "CLEAR_ACCIDENT_VERBS", "CAUSE_PREPS",
           "RESULT_NOUNS", "may_trigger", "senses", "noun_sense"]
