"""Verb senses added after plover_lexicon reached its size: phrasal yields to another party
('gave in to the miners' demands'), arms handed over, blackouts lifted; merged into
plover_lexicon.VERBS when that module loads.

Each entry needs its particle and its 'to' so that the physical senses of the same verbs
('the roof caved in', 'gave in the forms') stay no event.
"""
from __future__ import annotations

from . import plover_lexicon as _lex
from .plover_lexicon import (AID_GOODS, CROWD_CONTROL, MUNITIONS, NOUNS, REFUGEES, TROOPS,
                             VERBS, WEAPONS, NounSense, Sense)

# what a party bows to when it yields: someone else's pressure or demands
PRESSURES = frozenset({"pressure", "pressures", "demand", "demands", "calls", "ultimatum",
                       "protests", "protesters", "strikers", "opposition"})

MORE_VERBS: dict[str, tuple[Sense, ...]] = {
    # "the government gave in to the miners' demands", "caved in to pressure from Beijing"
    "give": (Sense("CONCEDE", prt="in", prep="to"),),
    "cave": (Sense("CONCEDE", prt="in", prep="to"), Sense("CONCEDE", prep="to",
                                                         pobjs=PRESSURES)),
    # "bowed to pressure from farmers"; 'bowed to the crowd' is a gesture
    "bow": (Sense("CONCEDE", prep="to", pobjs=PRESSURES),),
    "succumb": (Sense("CONCEDE", prep="to", pobjs=PRESSURES),),
}

# a fighter's arms: handed over they mean disarming, as 'laid down their arms' does
ARMS = frozenset({"weapons", "arms", "guns", "rifles", "weaponry", "arsenal", "arsenals"})
# a shutdown of the network or the press that a state imposes, and may lift
BLACKOUTS = frozenset({"blackout", "blackouts", "shutdown", "shutdowns"})

# senses tried before the lexicon's own: 'handed over their weapons' is no mere yielding
FIRST_VERBS: dict[str, tuple[Sense, ...]] = {
    "hand": (Sense("RETREAT", prt="over", objs=ARMS), Sense("RETREAT", prt="in", objs=ARMS)),
    "surrender": (Sense("RETREAT", objs=ARMS),),
    "turn": (Sense("RETREAT", prt="in", objs=ARMS), Sense("RETREAT", prt="over", objs=ARMS)),
}


def _later(sense: Sense, *verbs: str) -> None:
    """Adds ``sense`` to each verb after the senses it has (the lexicon's, then this file's)."""
    for verb in verbs:
        MORE_VERBS[verb] = MORE_VERBS.get(verb, ()) + (sense,)


def _sooner(sense: Sense, *verbs: str) -> None:
    """Puts ``sense`` before every sense each verb has, the lexicon's included."""
    for verb in verbs:
        FIRST_VERBS[verb] = (sense,) + FIRST_VERBS.get(verb, ())


# a demand yielded to by accepting or meeting it ('accepted the teachers' demands', 'agreed
# to the miners' demand for', 'met the demands of the strikers'): acceding, CAMEO 083,
# CONCEDE as 'gave in to the miners' demands'; 'accepted the proposal' stays AGREE
DEMANDED = frozenset({"demand", "demands", "ultimatum"})
_sooner(Sense("CONCEDE", objs=DEMANDED), "accept", "meet", "grant", "satisfy", "heed")
_sooner(Sense("CONCEDE", prep="to", pobjs=DEMANDED), "agree", "accede", "yield", "submit")


# what a state grants a firm or a medium to operate: taking it away is a penalty
PERMITS = frozenset({"licence", "license", "licences", "licenses", "permit", "permits",
                     "concession", "concessions", "franchise", "mandate",
                     # "revoked the visas of eight diplomats", "the accreditation of"
                     "visa", "visas", "accreditation", "accreditations"})
# "revoked the exploration licence of Rio Tinto's project": SANCTION (events.py makes a
# medium's licence taken away a coercion, as silencing the press is)
_sooner(Sense("SANCTION", objs=PERMITS),
        "revoke", "suspend", "cancel", "withdraw", "strip", "annul", "rescind")
# "sent three planes with medicine and tents": what the carriers bring is relief
RELIEF = AID_GOODS - WEAPONS - MUNITIONS - TROOPS
# people sent to save lives or fight a disaster, not to fight
RESCUERS = frozenset({"firefighters", "rescuers", "medics", "paramedics", "doctors",
                      "nurses", "lifeguards", "divers", "searchers"})
MORE_VERBS["send"] = (Sense("AID", prep="with", pobjs=RELIEF), Sense("AID", objs=RESCUERS))
# people in need whom an agency helps home or through a winter: 'will help 3,000 refugees
# return home' is aid to them ('helped the team win' is no event)
NEEDY = REFUGEES | frozenset({"returnees", "victims", "survivors", "homeless", "needy",
                              "deportees", "evacuee"})
MORE_VERBS["help"] = MORE_VERBS["assist"] = (Sense("AID", objs=NEEDY),)
# "the EU hit back with tariffs on whiskey", "struck back with sanctions": a measure in reply
_sooner(Sense("SANCTION", prt="back", prep="with", pobjs=_lex.TRADE_BARRIERS), "hit", "strike")
# "threw grenades at a municipal building", "hurled petrol bombs at the police station"
MORE_VERBS["throw"] = (Sense("ASSAULT", objs=MUNITIONS),)
MORE_VERBS["hurl"] = (Sense("ASSAULT", objs=MUNITIONS),)
# a body's means of fighting or smuggling, broken up by force: 'dismantled two rocket
# launchers', 'dismantled a people-smuggling network'
# (a state's own arms programme dismantled is disarmament, not coercion: weapons as such
# are left out)
FIGHTING_MEANS = frozenset({
    "launcher", "launchers", "network", "networks", "cell", "cells", "ring", "rings",
    "gang", "gangs", "tunnel", "tunnels", "workshop", "workshops", "factory", "factories"})
MORE_VERBS["dismantle"] = (Sense("COERCE", objs=FIGHTING_MEANS),)
# "summoned the energy minister to explain": called to answer (a diplomat summoned is
# a rebuke, the lexicon's ACCUSE sense, tried first)
MORE_VERBS["summon"] = (Sense("REQUEST", not_objs=frozenset({
    "courage", "strength", "nerve", "memories", "image", "images"})),)
# those who stand for office, barred from it
CONTESTANTS = frozenset({"candidate", "candidates", "party", "parties", "list", "lists",
                         "nominee", "nominees", "lawmaker", "lawmakers", "mp", "mps",
                         "deputy", "deputies", "contender", "contenders", "candidacy"})
MORE_VERBS["disqualify"] = (Sense("COERCE", objs=CONTESTANTS),)
MORE_VERBS["bar"] = (Sense("COERCE", objs=CONTESTANTS),)
# money a lender or donor pays out: stopping it is a penalty on whoever receives it
FUNDING = frozenset({"disbursement", "disbursements", "payment", "payments", "funding",
                     "financing", "lending", "loans", "budget", "transfers", "tranche",
                     "tranches", "support", "aid", "assistance", "grants"})
_later(Sense("SANCTION", objs=FUNDING), "freeze", "suspend", "halt", "cut", "withhold", "stop")
# a measure its author gives up, kept as a concession only under pressure (event_context)
MEASURES_DROPPED = frozenset({"plan", "plans", "proposal", "proposals", "bill", "bills",
                              "levy", "levies", "tax", "taxes", "reform", "reforms", "decree",
                              "decrees", "law", "hike", "increase", "cuts", "cut", "policy"})
# verbs of giving a measure up (a tuple: the senses are added in this order)
DROPPING = ("drop", "scrap", "shelve", "abandon", "ditch", "reverse")
_later(Sense("CONCEDE", objs=MEASURES_DROPPED), *DROPPING)
# a party's own obstruction given up ('Turkey lifted its veto on Sweden's membership',
# 'withdrew its objection to', 'dropped its opposition to'): a concession, whatever the verb
OBSTRUCTIONS = frozenset({"veto", "vetoes", "objection", "objections", "opposition",
                          "reservations", "hold"})
_sooner(Sense("CONCEDE", objs=OBSTRUCTIONS), "lift", "drop", "withdraw", "abandon", "end",
        "remove", "waive")
# "a convoy came under fire from al-Shabaab fighters": attacked, the attackers after 'from'
UNDER_FIRE = frozenset({"fire", "attack", "attacks", "shelling", "bombardment", "gunfire"})
MORE_VERBS["come"] = (Sense("ASSAULT", prep="under", pobjs=UNDER_FIRE),)
# "nationalised the chip maker's local unit": property taken by the state
MORE_VERBS["nationalise"] = MORE_VERBS["nationalize"] = (Sense("COERCE"),)
MORE_VERBS["harass"] = (Sense("COERCE"),)
# "turned back a group of asylum seekers at the crossing": entry refused by force
TURNED_BACK = REFUGEES | frozenset({"seekers", "group", "groups", "boat", "boats", "ship",
                                    "ships", "vessel", "vessels", "convoy", "convoys", "people",
                                    "protesters", "marchers", "trucks", "lorries"})
_later(Sense("COERCE", prt="back", objs=TURNED_BACK), "turn")
# "resumed their security dialogue", "a dialogue with the opposition": talks under a name
NOUNS.update({w: NounSense("CONSULT", preps=frozenset({"with", "between"}))
              for w in ("dialogue", "dialog")})
# "sprayed with water cannon", "hosed with tear gas": crowd control aimed at someone
for _verb in ("spray", "hose", "douse", "drench"):
    MORE_VERBS[_verb] = (Sense("COERCE", prep="with", pobjs=CROWD_CONTROL),)
# "cordoned off three villages", "sealed off the district": a place shut by force
MORE_VERBS["cordon"] = (Sense("COERCE", prt="off"),)
_sooner(Sense("COERCE", prt="off"), "seal")
# "stripped 135 prisoners of their citizenship": what a state takes from people
DEPRIVED = frozenset({"citizenship", "nationality", "passport", "passports", "rights",
                      "immunity", "property", "assets", "pension",
                      "pensions", "mandate", "mandates", "seat", "seats", "accreditation"})
MORE_VERBS["strip"] = (Sense("COERCE", prep="of", pobjs=DEPRIVED),)
MORE_VERBS["deprive"] = (Sense("COERCE", prep="of", pobjs=DEPRIVED),)
# "locked out by their employers": a lockout shuts workers out by force of contract
MORE_VERBS["lock"] = (Sense("COERCE", prt="out"),)
# "divested from six companies it accused of supplying weapons": money withdrawn as a penalty
MORE_VERBS["divest"] = (Sense("SANCTION", prep="from"),)
_lex.VERB_TARGET_PREPS["divest"] = ("from",)
# "will give 20 million francs to Moldova": money given to a party is aid
_later(Sense("AID", prep="to", objs=_lex.MONEY | _lex.CURRENCIES | AID_GOODS), "give")
# "lifted a nationwide internet blackout": a restriction the state held, now given up
_later(Sense("CONCEDE", objs=BLACKOUTS), "lift", "ease", "end")
# "agreed to restore mobile internet services": a link a state had cut, given back
CUT_LINKS = frozenset({"internet", "broadband", "telecommunications", "mobile"})
_later(Sense("CONCEDE", objs=CUT_LINKS | BLACKOUTS, needs_agent=True), "restore")
# "could cut internet nationwide", "suspended mobile internet in three provinces": the link
# taken away, a restriction on expression (CAMEO 1721, COERCE); event_refine.links_cut keeps
# it only where the object is the link itself ('cut broadband prices' is trade)
LINK_CUTTING = ("cut", "suspend", "throttle", "sever")
_later(Sense("COERCE", objs=frozenset({"internet", "broadband", "telecommunications"})),
       *LINK_CUTTING)
# "closed five Serbian-run municipal offices": another party's premises shut by authority
# (a party's own, 'closed its offices', is no act on anyone: event_refine)
PREMISES = frozenset({"office", "offices", "institutions", "headquarters", "bureau",
                      "bureaus"})
_later(Sense("COERCE", objs=PREMISES), "close")

# staple foods shipped in bulk ('delivered 4,000 tonnes of sorghum to displaced families'):
# relief as much as 'food' is, counted through the measure ('tonnes of')
STAPLES = frozenset({"grain", "grains", "wheat", "maize", "corn", "rice", "sorghum", "millet",
                     "flour", "beans", "lentils", "cereal", "cereals", "seed", "seeds"})
# who receives it as relief (a firm's own plant or buyer does not)
IN_NEED = REFUGEES | _lex.CIVILIANS | frozenset({
    "families", "households", "communities", "camps", "victims", "survivors", "people",
    "villagers", "residents", "children", "population", "populations"})
_sooner(Sense("AID", prep="to", pobjs=IN_NEED, objs=STAPLES),
        "deliver", "send", "ship", "airlift", "donate", "distribute")
# whatever is handed to people in need is relief ('provided emergency housing to 3,000
# asylum seekers'): the recipient, not a list of goods, decides the sense
_sooner(Sense("AID", prep="to", pobjs=IN_NEED | {"seekers", "asylum-seekers"}),
        "provide", "deliver", "give", "distribute", "supply")
# relief goods (no arms, craft, money or fuel): what a verb of conveying carries to
# someone as aid ('Turkish ships ferried 300 tonnes of aid to Misrata', 'airdropped food
# parcels into northern Gaza'); the frame, not the verb, makes the act
RELIEF_GOODS = RELIEF - _lex.MONEY - frozenset({
    "arm", "arms", "ammunition", "equipment", "system", "systems", "fund", "funds", "loan",
    "loans", "grant", "grants", "ship", "convoy", "support", "help", "asylum", "refuge",
    "package", "fuel", "vehicle", "vehicles", "drone", "drones", "jet", "jets"}) | STAPLES
CONVEYING = ("ferry", "truck", "fly", "airdrop", "parachute", "transport", "haul", "rush",
             "convey", "channel", "funnel", "bring", "barge", "boat")
for _prep in ("to", "into"):
    _later(Sense("AID", prep=_prep, objs=RELIEF_GOODS), *CONVEYING)
# bodies a member walks out of, beside the lexicon's own ('quits a regional trade forum')
# ('left the summit early' is a trip, so meetings are left out)
LEFT_BODIES = frozenset({"forum", "league", "partnership", "grouping", "initiative",
                         "negotiations", "framework"})
_sooner(Sense("RETREAT", objs=LEFT_BODIES), "quit", "leave")
# "agreed to resume intelligence sharing": what is shared makes it cooperation, as the verb's
# object does ('sharing the blame' or 'profit sharing' is none)
NOUNS.setdefault("sharing", NounSense("COOPERATE", mods=_lex.INTEL))
# a computer system broken into is a cyber operation, coercion in the codebook as the noun
# 'cyberattack' is; the objects keep 'breached the ceasefire' and 'hacked to death' out
COMPUTERS = frozenset({"system", "systems", "network", "networks", "server", "servers",
                       "computer", "computers", "website", "websites", "database",
                       "databases", "email", "emails", "account", "accounts", "phone", "phones"})
_later(Sense("COERCE", objs=COMPUTERS), "hack", "breach", "infiltrate", "penetrate", "compromise")
# "hackers broke into the computer network of the electoral commission", "hacked into its
# servers": the same intrusion told with 'into' ('broke into a house' is a burglary)
_later(Sense("COERCE", prep="into", pobjs=COMPUTERS), "break", "hack")
# systems locked or crippled by an intrusion ('hackers locked the servers of the tax agency';
# event_mishaps.idle_lock keeps a firm locking its own customers' accounts out)
# data taken by an intrusion ('Chinese hackers stole emails from the State Department'):
# the cyber-operation class; money or goods stolen are crime, left alone
STOLEN_DATA = COMPUTERS | frozenset({"data", "files", "documents", "secrets", "credentials",
                                     "passwords", "records", "information", "correspondence"})
_later(Sense("COERCE", objs=STOLEN_DATA), "steal", "exfiltrate")
_lex.VERB_TARGET_PREPS.setdefault("steal", ("from",))
_lex.VERB_TARGET_PREPS.setdefault("exfiltrate", ("from",))
LOCKING = ("lock", "encrypt", "disable", "cripple", "paralyse", "paralyze")
_later(Sense("COERCE", objs=COMPUTERS), *LOCKING)
# machines of a system shut down by an intrusion ('shut down the computers of a hospital');
# the bare 'shut down' keeps machines out (an operator shutting its own reactor), and
# event_mishaps.idle_lock keeps only intruders or states as such doers
SHUTTING = ("shut", "take")
_later(Sense("COERCE", prt="down", objs=COMPUTERS), *SHUTTING)
# people held for whom they are kin to or what office they held ('released the deposed
# president's son and two former ministers'): freeing them yields as freeing captives does
KIN_AND_OFFICE = frozenset({
    "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers",
    "sister", "sisters", "father", "mother", "nephew", "relatives", "family", "minister",
    "ministers", "mayor", "mayors", "governor", "governors", "lawmaker", "lawmakers",
    "senator", "senators", "aide", "aides", "adviser", "advisers", "bodyguards",
    # heads of state or government held by those who ousted them ('has not released the
    # deposed president')
    "president", "presidents", "premier", "chancellor"})
# a diplomat held and let go is freed as a captive is ('released the Swedish diplomat')
_later(Sense("CONCEDE", objs=KIN_AND_OFFICE | _lex.DIPLOMATS), "release", "free")
# a gathering ended by force ('used tear gas to break up a rally by royalists'); a meeting
# or a couple broken up is no crowd control
GATHERINGS = frozenset({"rally", "rallies", "protest", "protests", "demonstration",
                        "demonstrations", "crowd", "crowds", "gathering", "gatherings", "march",
                        "marches", "vigil", "vigils", "sit-in", "camp", "encampment", "strike"})
_later(Sense("COERCE", prt="up", objs=GATHERINGS), "break")
# "threw her weight behind Cuba's call": weight put behind a party is backing, whatever else
# the verb may throw
_sooner(Sense("SUPPORT", prep="behind", objs=frozenset({"weight"})), "throw", "put")
# things thrown or sprayed to shame, not to wound: 'hurling eggs at the parliament
# building', 'sprayed orange paint on the monument', 'was pelted with eggs by demonstrators'
PROTEST_MISSILES = frozenset({"egg", "eggs", "paint", "tomato", "tomatoes", "flour", "soup",
                              "custard", "milkshake", "milkshakes", "manure", "dung", "shoe",
                              "shoes", "pie", "pies", "ink", "dye",
                              # farmers' own produce dumped where power sits
                              "grain", "milk", "potatoes", "vegetables", "fruit", "onions",
                              "cabbages", "apples", "straw", "hay"})
THROWING = frozenset({"hurl", "throw", "lob", "fling", "toss", "spray", "splash", "dump", "smear",
                      "daub", "pelt", "douse", "shower"})
_later(Sense("PROTEST", objs=PROTEST_MISSILES), "hurl", "throw", "lob", "fling", "toss", "spray",
       "splash", "dump", "smear", "daub")
_later(Sense("PROTEST", prep="with", pobjs=PROTEST_MISSILES), "pelt", "splash", "douse", "daub",
       "smear", "spray", "shower")  # (event_senses.shaming_throw says who and at what)
# a member shut out of a bloc's bodies or meetings: 'suspended Guinea from all its
# decision-making bodies', 'suspended Niger from the union's activities'
BLOC_PARTS = _lex.MEMBER_BODIES | frozenset({
    "bodies", "bloc", "union", "organisation", "organization", "alliance", "commonwealth",
    "community", "activities", "institutions", "meetings", "summits", "councils"})
_later(Sense("SANCTION", prep="from", pobjs=BLOC_PARTS), "suspend")
# debt relief is economic aid to the debtor ('The Paris Club cancelled $1.2 billion of
# Somalia's debt', 'wrote off the arrears'); 'cancelled the summit' or 'forgave him' stays
DEBTS = frozenset({"debt", "debts", "arrears"})
_sooner(Sense("AID", objs=DEBTS), "cancel", "forgive")
_sooner(Sense("AID", prt="off", objs=DEBTS), "write")
# "have frozen 7 billion francs held by sanctioned oligarchs": a sum frozen is held assets
_later(Sense("SANCTION", objs=_lex.MONEY), "freeze")
# a state's missions abroad: closing one cuts ties with the state it sits in, or shuts out
# the state it belongs to ('will close its embassy in Belarus'); see event_targets
MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission",
                      "missions", "legation"})
_later(Sense("SANCTION", objs=MISSIONS - {"mission", "missions"}), "close")
# ('shut down the consulate': tried before the lexicon's 'shut down' COERCE, which has no
# object class, as the passages' sense below is)
_sooner(Sense("SANCTION", objs=MISSIONS - {"mission", "missions"}), "shut")
# "the navy deployed four ships to the shoal": craft deployed are a force moved, as
# vessels are ('deploy' is said of forces; 'sent ships carrying flour' stays aid)
_later(Sense("MOBILIZE", objs=frozenset({"ship", "ships", "boat", "boats", "cutter",
                                         "cutters", "drone", "drones"})), "deploy")
# "Revolutionary Guards boarded a container ship": armed men boarding a vessel seize it
# (event_refine keeps it only for an armed or uniformed boarder; passengers board ferries)
VESSELS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
                     "freighters", "boat", "boats", "trawler", "trawlers", "yacht", "dhow",
                     "carrier", "barge", "barges"})
_later(Sense("COERCE", objs=VESSELS), "board")
# "students occupied the rector's office": a room taken by protesters, not a post held
# (event_refine keeps it only for people without arms)
_later(Sense("PROTEST", objs=frozenset({"office", "offices"})), "occupy")
# Phrasal verbs whose particle makes the event (event_light tests their context):
# "stood down its fighters" (a force off its war footing; a chief who stands down leaves a
# post), "hit out at the ministry", "lashed out at", "spoke out against" (words, not blows),
# "clamped down on dissent", "rose up against the junta"
_later(Sense("RETREAT", prt="down"), "stand")
_sooner(Sense("ACCUSE", prt="out", prep="at"), "hit", "lash")
_sooner(Sense("ACCUSE", prt="out", prep="against"), "speak")
_later(Sense("COERCE", prt="down", prep="on"), "clamp")
_later(Sense("PROTEST", prt="up", prep="against"), "rise")
# "Egyptian warships shadowed a Turkish survey vessel": a force trailing another's craft
# shows force (event_light.armed_shadow keeps it only for warships, jets and the like)
_later(Sense("MOBILIZE"), "shadow", "tail")
# "allowed 600 families to return", "let aid trucks enter": a line opened to people or
# relief concedes (event_light.permission_given asks for a state doer and a crossing)
_later(Sense("CONCEDE"), "allow", "permit", "let")
# "Teachers downed tools": a stoppage told by the idiom; "downed a drone" stays the lexicon's
_later(Sense("PROTEST", objs=frozenset({"tools"})), "down")
# "downed a Russian drone", "downed a military helicopter": craft brought down by fire
_later(Sense("ASSAULT", objs=MUNITIONS | frozenset({
    "plane", "planes", "jet", "jets", "helicopter", "helicopters", "aircraft", "warplane",
    "warplanes", "fighter", "bomber", "bombers"})), "down")
# "shut its airspace to Moroccan aircraft", as 'closed its border' (a crossing shut to a
# country sanctions it); "shut down the plant" keeps its particle sense
_sooner(Sense("SANCTION", objs=_lex.PASSAGES - {"corridor", "corridors"}), "shut")
# "torpedoed a supply boat" is an attack; "torpedoed the talks" a refusal
TALKS_AND_DEALS = _lex.AGREEMENT | _lex.BILLS | frozenset({
    "talks", "negotiations", "plan", "plans", "proposal", "proposals", "bid", "reform",
    "reforms", "process", "summit", "initiative"})
_later(Sense("ASSAULT", objs=VESSELS), "torpedo")
_later(Sense("REJECT", objs=TALKS_AND_DEALS), "torpedo")
# Diplomats (and observers, inspectors, peacekeepers, aid agencies: plover_words.SENT_OUT)
# sent out by any verb of sending out are expelled ('ousted two diplomats', 'kicked out the
# envoy', 'sent the ambassador home', 'threw out the UN inspectors'); envoys 'hauled in' or
# 'called in' are summoned (the lexicon's 'summon')
_sooner(Sense("SANCTION", objs=_lex.SENT_OUT), "oust")
_sooner(Sense("SANCTION", prt="out", objs=_lex.SENT_OUT), "kick", "throw", "boot")
_sooner(Sense("SANCTION", prt="home", objs=_lex.SENT_OUT), "send")
_later(Sense("ACCUSE", prt="in", objs=_lex.DIPLOMATS), "haul", "call")
# words against a party: rarer verbs of rebuke
_later(Sense("ACCUSE"), "chide", "scold", "admonish", "upbraid", "excoriate", "pillory")
# a criticism or a demand waved away is rejected: 'brushed off', 'brushed aside', 'shrugged off'
_later(Sense("REJECT", prt="off"), "brush", "shrug")
_later(Sense("REJECT", prt="aside"), "brush", "sweep", "push")
# "walked away from the talks" breaks them off; "walked away from the bloc" quits it
_later(Sense("REJECT", prt="away", prep="from", pobjs=TALKS_AND_DEALS), "walk")
_later(Sense("RETREAT", prt="away", prep="from", pobjs=LEFT_BODIES | frozenset({
    "union", "alliance", "bloc", "coalition", "treaty", "agreement", "deal", "pact",
    "organization", "organisation", "nato", "eu", "court", "council", "accord", "force",
    "mission", "group", "organisation", "commission", "convention", "body"})), "walk")
# "rolled back import tariffs": a barrier taken down again, as 'lifted' is
_later(Sense("CONCEDE", prt="back", objs=_lex.RESTRICTIONS | _lex.LEVIES | frozenset({
    "tariffs", "tariff", "duties", "sanctions", "curbs", "controls"})), "roll")
# "traded artillery fire with", as 'exchanged fire' (events.MUTUAL codes each on the other)
_later(Sense("ASSAULT", objs=frozenset({"fire", "gunfire", "shots", "shells", "rockets",
                                        "salvos"})), "trade")
# "put three firms on its trade blacklist", "added two banks to its sanctions list"
LISTS_OF_PENALTIES = frozenset({"blacklist", "blacklists", "sanctions", "entity", "terror",
                                "terrorist"})
_later(Sense("SANCTION", prep="on", pobjs=LISTS_OF_PENALTIES), "put", "place")
_later(Sense("SANCTION", prep="to", pobjs=LISTS_OF_PENALTIES), "add")
# "gagged the last independent radio station", "muzzled the press": the press silenced
_later(Sense("COERCE", objs=_lex.MEDIA_OUTLETS | frozenset({
    "press", "media", "station", "stations", "radio", "newspaper", "newspapers",
    "journalists", "reporters"})), "gag", "muzzle", "shutter")
# "bankrolled the construction of Laos's railway": funding given, as 'funded'
_later(Sense("AID", objs=frozenset({"construction", "reconstruction", "project", "projects",
                                    "programme", "program", "army", "government"})), "bankroll")
# The codebook's MOBILIZE, in our words: a force readied, dug in or raised to alert
# ("fortified its positions along the river", "raised the alert level of its units")
DEFENCES = frozenset({"position", "positions", "border", "borders", "defences", "defenses",
                      "lines", "line", "frontier", "base", "bases", "outpost", "outposts",
                      "posts", "islands", "island", "garrison", "garrisons"})
_later(Sense("MOBILIZE", objs=DEFENCES), "fortify")
_later(Sense("MOBILIZE", objs=frozenset({"alert", "readiness"}), not_objs=_lex.ACCIDENTS |
             frozenset({"weather", "heat", "pollution", "smog"})), "raise")
# SANCTION: help or ties scaled down ("reduced its aid to Niger"), as 'cut' and 'halted'
_later(Sense("SANCTION", objs=_lex.TIES | frozenset({
    "aid", "funding", "assistance", "cooperation", "presence"})), "reduce", "slash", "trim",
       "curtail", "scale")
# COERCE: a person put under watch; signals jammed; people made to vanish by a force
_later(Sense("COERCE", prep="under", pobjs=frozenset({"surveillance", "guard", "watch"})),
       "put", "place", "keep")
_later(Sense("COERCE", objs=frozenset({"signal", "signals", "gps", "communications",
                                       "radar", "broadcasts", "broadcast", "satellite"})),
       "jam")
_later(Sense("ASSAULT", objs=_lex.PEOPLE | _lex.PERSON | frozenset({
    "activists", "activist", "journalists", "journalist", "critics", "dissidents",
    "students", "opponents", "protesters", "women", "men", "lawyers"})), "disappear")
# CONCEDE: a post given up, as 'resigned' ("stepped down over the handling of the protests")
_later(Sense("CONCEDE", prt="down"), "step")
# ASSAULT: a force driven off its ground; control of a place regained or wrested
_later(Sense("ASSAULT", prt="out", objs=_lex.TROOPS | _lex.COMBATANTS), "drive", "chase")
_later(Sense("ASSAULT", objs=frozenset({"control"})), "regain", "wrest")
# "Turkish troops crossed into northern Syria": a force entering another's ground
# (event_light.armed_crossing keeps it only for troops, fighters and armed craft)
_later(Sense("ASSAULT", prep="into"), "cross")
# AGREE / CONSULT by phrasal verbs: "signed up to a UN-brokered roadmap", "sat down with
# opposition leaders" (with a party of standing: 'sat down with a coffee' is none)
_later(Sense("AGREE", prt="up", prep="to", pobjs=_lex.AGREEMENT - {"contract", "offer"}), "sign")
_later(Sense("CONSULT", prt="down", prep="with", pobjs=_lex.DIGNITARIES | _lex.HOSTED | frozenset({
    "leaders", "officials", "counterpart", "counterparts", "negotiators", "rebels",
    "representatives", "envoys", "opposition", "unions", "union", "mediators"})), "sit")
# AID: goods handed to a state ("handed Vietnam six patrol vessels"), money disbursed,
# refugees taken in
_later(Sense("AID", objs=_lex.AID_GOODS | VESSELS), "hand")
# ground and sites one side holds and may hand to another
GROUND = frozenset({"port", "ports", "airport", "airports", "base", "bases", "town", "towns",
                    "city", "cities", "village", "villages", "territory", "territories",
                    "positions", "position", "checkpoint", "checkpoints", "crossing",
                    "crossings", "field", "fields", "district", "districts", "province",
                    "island", "islands", "garrison", "barracks", "airfield", "airbase",
                    "outpost", "outposts", "area", "areas", "region", "harbour", "harbor"})
# ground handed over ('handed over the port of Kismayo'; event_transfer.ground_retreat makes
# an armed side's handing a RETREAT), and a measure called off ('called off the curfew')
_later(Sense("CONCEDE", prt="over", objs=GROUND), "hand")
_later(Sense("CONCEDE", prt="off", objs=_lex.RESTRICTIONS | MEASURES_DROPPED), "call")
_later(Sense("AID", objs=_lex.MONEY | frozenset({"funds", "loan", "loans", "aid", "tranche",
                                                 "grant", "grants", "assistance"})), "disburse")
_later(Sense("AID", prt="in", objs=_lex.REFUGEES | _lex.CIVILIANS), "take")
# REJECT: a measure or a party's plan held off ("Poland stonewalled the EU's migration pact")
_later(Sense("REJECT", objs=TALKS_AND_DEALS | frozenset({"request", "requests", "demands",
                                                        "inquiry", "investigation"})),
       "stonewall", "stymie")
# AID told from the receiving side: 'Zambia will receive 20,000 tonnes of maize from
# Tanzania' (event_args makes the giver after 'from' the actor, the receiver the target)
RECEIVING_AID = ("receive", "accept")
_later(Sense("AID", objs=_lex.AID_GOODS | _lex.MONEY | frozenset({
    "maize", "wheat", "sorghum"})), *RECEIVING_AID)  # staples a state receives from a state
# REQUEST: a party pressed to act ('pressed Beijing to open its markets'); events.py keeps
# the sense only where the verb has an object and a 'to' + verb after it (told_to_act), so
# 'pressed the button' or 'pushed the car' ask nothing
PRESSING = ("press", "pressure", "push", "prod", "nudge", "goad")
_later(Sense("REQUEST"), *PRESSING)
# a planned meeting dropped: 'shelved plans for a summit with Seoul', 'scrapped the visit'
# (REJECT, as 'called off peace talks'); before the verbs' own senses, which take a policy
# or a plan dropped as a concession ('shelved plans for a fuel tax')
MEETINGS_DROPPED = frozenset({"talks", "negotiations", "dialogue", "dialog", "meeting",
                              "meetings", "summit", "summits", "visit", "visits", "mediation",
                              "consultations", "trip"})
_sooner(Sense("REJECT", objs=MEETINGS_DROPPED), "shelve", "scrap", "cancel", "drop", "abandon",
        "axe", "ditch")
# MOBILIZE by an object class: a force carried, shifted or built up by any verb of moving
# or adding ("airlifted paratroopers to the border", "ferried troops to the frontier",
# "shifted armoured units closer to", "boosted its military presence"); the crew-less
# hardware and goods stay the lexicon's (aid, deliveries)
FORCES_MOVED = TROOPS - AID_GOODS - {"weapon", "weapons", "missile", "missiles", "battery",
                                     "batteries", "vessel", "vessels", "aircraft", "jets"} | {
    "reserves", "reinforcements", "presence", "deployment", "garrison", "garrisons"}
_sooner(Sense("MOBILIZE", objs=FORCES_MOVED, not_objs=_lex.CURRENCIES | frozenset({
    "gold", "currency", "cash", "oil", "gas", "grain", "foreign", "exchange", "financial",
    "fiscal", "capital", "water", "food", "energy", "bank", "market"})), "airlift", "ferry", "shift", "transfer", "fly",
        "bring", "double", "triple", "boost", "bolster", "increase", "strengthen", "expand",
        "build", "redeploy", "relocate")
# "shot down the proposal", "shot down claims that": an idea rejected, no aircraft hit
_sooner(Sense("REJECT", prt="down", objs=TALKS_AND_DEALS | frozenset({
    "idea", "ideas", "suggestion", "suggestions", "claim", "claims", "motion", "motions",
    "amendment", "amendments", "request", "requests", "bid", "proposals", "rumours",
    "rumors", "reports"})), "shoot")
# craft and convoys a force stops on their way: "coast guard vessels blocked a Philippine
# supply mission", "the boat was blocked by Chinese ships" (roads blocked stay protests)
STOPPED_CRAFT = frozenset({"boat", "boats", "ship", "ships", "vessel", "vessels", "convoy",
                           "convoys", "mission", "missions", "tanker", "tankers", "flotilla",
                           "ferry", "ferries", "trawler", "trawlers"})
_later(Sense("COERCE", objs=STOPPED_CRAFT), "block", "obstruct")
# rarer verbs of the common kinds, each in the sense its object or preposition fixes:
# people locked up, chained or sent away; a crowd gassed; a building firebombed; a force
# pulled out of a place or carried out of it; a party 'taken to task'
_later(Sense("COERCE"), "incarcerate", "handcuff", "banish", "shackle", "teargas",
       "teargasse")
_later(Sense("ASSAULT"), "firebomb")
_later(Sense("RETREAT", prep="from"), "decamp")
_sooner(Sense("RETREAT", objs=_lex.TROOPS | _lex.COMBATANTS | frozenset({
    "garrison", "garrisons", "contingent", "contingents"})), "evacuate")
_later(Sense("ACCUSE", prep="to", pobjs=frozenset({"task"})), "take")
# phrasal verbs read as a whole ('took down the websites', 'called off talks with')
from .plover_phrasal import LATER as _PHRASAL_LATER, SOONER as _PHRASAL_SOONER  # noqa: E402
for _verb, _senses in _PHRASAL_LATER.items():
    for _sense in _senses:
        _later(_sense, _verb)
for _verb, _senses in _PHRASAL_SOONER.items():
    for _sense in reversed(_senses):
        _sooner(_sense, _verb)
VERBS.update({k: VERBS.get(k, ()) + v for k, v in MORE_VERBS.items()})
VERBS.update({k: v + VERBS.get(k, ()) for k, v in FIRST_VERBS.items()})
# verbs that carry talks taken up again: "reopened their dialogue", "renewed talks"
_lex.LIGHT_VERBS = _lex.LIGHT_VERBS | frozenset({"reopen", "renew", "restart", "revive"})
# verbs of the craft that carry a patrol or sortie as 'holding' does: "flew joint patrols",
# "sailed joint patrols" (the noun's own sense still decides the type)
_lex.LIGHT_VERBS = _lex.LIGHT_VERBS | frozenset({"fly", "sail"})
# "will run joint patrols", "ran a campaign of arrests": the runners are the doers
_lex.LIGHT_VERBS = _lex.LIGHT_VERBS | frozenset({"run"})
# "threw its support behind", "lent its backing to": verbs that give support
_lex.LIGHT_VERBS = _lex.LIGHT_VERBS | frozenset({"throw", "lend"})
# "handed down a death sentence to", "passed sentences on": a court's sentence passed
_lex.LIGHT_VERBS = _lex.LIGHT_VERBS | frozenset({"hand", "pass", "mete"})
# "hiked duties on", "doubled the levy on": a charge raised is laid by whoever raises it
_lex.LIGHT_VERBS = _lex.LIGHT_VERBS | frozenset({"hike", "double", "triple"})
