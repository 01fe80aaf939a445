"""Lexicon of PLOVER event triggers: verbs and event nouns per category, with the syntactic
and lexical constraints that pick one sense; read by events.py, never by other stages.

Categories follow the public PLOVER codebook (16 types). Choices where the codebook leaves
room, decided here once so every article is coded the same way:
- taking people or property by force (arrest, detain, seize, intercept a ship, deport, ban,
  curfew, crackdown) is COERCE; violence against people or places (kill, strike, shell,
  bomb, assassinate, abduct, kidnap, hijack, capture or "liberate" territory) is ASSAULT;
- "strike" is ASSAULT unless labour context makes it a work stoppage (PROTEST), or its object
  is an agreement ("struck a deal": AGREE);
- expelling diplomats, severing ties, freezing assets, embargoes and tariffs are SANCTION;
  expelling other people is COERCE;
- lifting or easing restrictions, releasing prisoners, apologising, conceding are CONCEDE;
- criticising, condemning, blaming, charging and suing are ACCUSE; demanding is REQUEST;
- "warn" is THREATEN only when the warning names force or a penalty (see events.py).
"""
from __future__ import annotations

from dataclasses import dataclass

# Nouns an object must head (or contain as a compound) for a constrained verb sense.
AGREEMENT = frozenset({
    "agreement", "deal", "accord", "treaty", "truce", "ceasefire", "cease-fire", "pact",
    "settlement", "compromise", "armistice", "memorandum", "bargain", "understanding",
    "protocol", "roadmap", "contract", "plan", "proposal", "offer", "terms", "deal",
    # "signed a declaration of principles", "signed the convention"
    "declaration", "convention", "charter", "communique",
})
AID_GOODS = frozenset({
    "aid", "assistance", "food", "supply", "supplies", "medicine", "medicines", "vaccine",
    "vaccines", "tent", "tents", "blanket", "blankets", "water", "fuel", "weapon", "weapons",
    "arm", "arms", "ammunition", "equipment", "system", "systems", "tank", "tanks", "missile",
    "missiles", "fund", "funds", "money", "loan", "loans", "grant", "grants", "relief",
    "shipment", "ship", "convoy", "help", "support", "asylum", "refuge", "shelter", "package",
    "donation", "donations", "vehicle", "vehicles", "jet", "jets", "drone", "drones",
    "parcel", "parcels", "kit", "kits", "ration", "rations", "grain", "flour", "rice",
    "clothes", "clothing", "generator", "generators", "doses", "dose",
    "shells", "artillery", "interceptors", "munitions", "rifles", "howitzers",
})
DISPUTES = frozenset({"dispute", "disputes", "differences", "conflict", "row", "feud",
                      "case", "claims", "claim", "quarrel", "standoff", "strike", "issue"})
OPENINGS = frozenset({"crossing", "crossings", "border", "borders", "embassy", "embassies",
                      "consulate", "airport", "airspace", "port", "ports", "road", "roads",
                      "route", "routes", "corridor", "corridors", "market", "markets",
                      "channel", "channels", "talks", "negotiations", "mosque", "church",
                      "school", "schools"})
TESTS = ("test", "tests", "test-firing")
# What a state opens to ease a closure: "opened the Rafah crossing", "opened its airspace".
PASSAGES = frozenset({"crossing", "crossings", "border", "borders", "airspace", "corridor",
                      "corridors", "checkpoint", "checkpoints"})
# Media a government silences: suspending them is coercion, not a trade sanction.
MEDIA_OUTLETS = frozenset({"broadcast", "broadcasts", "broadcaster", "broadcasters", "licence",
                           "license", "licences", "licenses", "newspaper", "newspapers",
                           "station", "stations", "channel", "channels", "website",
                           "websites", "outlet", "outlets", "publication", "publications",
                           "programme", "programmes", "accreditation", "accreditations"})
# Places taken by force: seizing one is an assault on territory, seizing goods a coercion.
TERRITORY = frozenset({"town", "towns", "city", "cities", "village", "villages", "territory",
                       "district", "province", "region", "base", "bases", "airport", "hill",
                       "hills", "position", "positions", "area", "areas", "outpost",
                       "outposts", "capital", "stronghold", "strongholds", "enclave"})
TROOPS = frozenset({
    "frigate", "frigates", "destroyer", "destroyers", "submarine", "submarines", "vessel",
    "vessels", "aircraft", "bomber", "bombers", "fighter", "fighters", "missile", "missiles",
    "battery", "batteries", "tank", "tanks", "armour", "armor", "artillery", "weapon",
    "weapons", "jets", "helicopters", "reinforcements",
    "troop", "troops", "soldier", "soldiers", "force", "forces", "reservist", "reservists",
    "army", "battalion", "battalions", "brigade", "brigades", "unit", "units", "warship",
    "warships", "division", "divisions", "personnel", "marine", "marines", "fleet", "navy",
    "carrier", "police", "officer", "officers", "guard", "guards", "militia",
    "peacekeepers", "advisers", "advisors", "instructors", "paratroopers", "commandos",
    "gendarmes", "contingent",
})
RESTRICTIONS = frozenset({
    "sanction", "sanctions", "ban", "closure", "blockade", "restriction", "restrictions",
    "curfew", "embargo", "siege", "lockdown", "tariff", "tariffs", "limit", "limits",
    "moratorium", "suspension", "boycott", "freeze", "control", "controls",
    # "lifted the state of emergency", "ended martial law", "eased the quarantine"
    "emergency", "martial", "quarantine", "mandate", "cap", "caps",
})
CAPTIVES = frozenset({
    "prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive",
    "captives", "activist", "activists", "journalist", "journalists", "dissident",
    "dissidents", "soldier", "soldiers", "body", "bodies", "sailor", "sailors", "crew",
    "inmate", "inmates", "person", "people", "man", "woman", "men", "women", "citizen",
    "citizens", "national", "nationals",
    # "released the jailed laureate", "freed detained reporters": the modifier says captive
    "jailed", "detained", "imprisoned", "captured", "abducted", "kidnapped", "held",
    "arrested", "incarcerated", "laureate",
})
# Marks an object class that a PERSON entity also satisfies ("released Navalny").
PERSON = frozenset({"<person>"})
MONEY = frozenset({"<money>"})  # "pledged $3 billion"
# Currency nouns the entity recogniser may leave as a bare number: "1.5 billion euros".
CURRENCIES = frozenset({"dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs",
                        "dinars", "dirhams", "riyals", "rubles", "roubles", "pesos", "lira"})
# People an authority may hold, release or evacuate beyond captives by name: "released the
# two aid workers", "freed three tourists".
PEOPLE = frozenset({
    "worker", "workers", "tourist", "tourists", "student", "students", "fisherman",
    "fishermen", "pilgrim", "pilgrims", "protester", "protesters", "demonstrator",
    "demonstrators", "migrant", "migrants", "refugee", "refugees", "child", "children",
    "civilian", "civilians", "resident", "residents", "volunteer", "volunteers", "doctor",
    "doctors", "nurse", "nurses", "officer", "officers", "official", "officials", "leader",
    "leaders", "opponent", "opponents", "critic", "critics", "lawyer", "lawyers", "monk",
    "monks", "priest", "priests", "missionary", "missionaries", "engineer", "engineers",
    "contractor", "contractors", "farmer", "farmers", "blogger", "bloggers", "reporter",
    "reporters", "athlete", "athletes", "player", "players", "passenger", "passengers",
    "suspect", "suspects", "member", "members", "worshippers", "villagers", "captive",
    "couple", "couples", "family", "families", "man", "men", "woman", "women", "national",
    "nationals", "citizen", "citizens", "activist", "activists", "journalist", "journalists",
})
TIES = frozenset({"tie", "ties", "relation", "relations", "contact", "contacts", "link",
                  "links", "diplomatic"})
# Rules and charges a government withdraws under pressure: "scrapped the fuel levy".
LEVIES = frozenset({"tax", "taxes", "fee", "fees", "rule", "rules", "requirement", "levy",
                    "levies", "decree", "decrees", "surcharge", "hike", "hikes", "increase",
                    "increases", "bill", "ordinance", "reform", "reforms"})
# Machines one shuts down for safety or repair: no one is coerced.
MACHINES = frozenset({"engine", "engines", "reactor", "reactors", "turbine", "turbines",
                      "server", "servers", "computer", "computers", "generator", "pump",
                      "pumps", "furnace", "unit", "units"})
# How leaders speak at a distance: "spoke by telephone", "talked on the phone".
CALLS = frozenset({"telephone", "phone", "video", "videoconference", "video-link", "call"})
# Armed parties one fights ("fought the rebels"), unlike corruption or fires.
COMBATANTS = frozenset({"rebels", "rebel", "militants", "militant", "insurgents",
                        "insurgent", "jihadists", "separatists", "guerrillas", "gunmen",
                        "militias", "militia", "fighters", "troops", "forces", "army",
                        "soldiers", "invaders", "occupiers", "paramilitaries"})
STATEHOOD = frozenset({"state", "independence", "sovereignty", "government", "republic",
                       "annexation", "statehood", "junta", "administration", "regime"})
# Strikes that nobody made: "a bird strike forced the crew to shut down an engine".
NATURAL_STRIKES = frozenset({"bird", "lightning", "meteor", "meteorite"})
# Attacks of the body or of animals: "heart attacks", "a shark attack", "an immune attack".
BODILY_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety", "shark", "dog", "bear",
                            "migraine", "allergy", "allergic", "immune", "autoimmune"})
# People moved out of harm's way: their evacuation is no retreat of a force.
CIVILIANS = frozenset({"residents", "people", "civilians", "families", "villagers",
                       "inhabitants", "tourists", "patients", "students", "passengers",
                       "children", "pupils", "holidaymakers", "guests"})
# What a commercial deal is about: "agreed to buy a rival", "approved a plan to sell".
COMMERCE = frozenset({"buy", "acquire", "sell", "purchase", "merge", "invest", "list",
                      "lease", "hire", "refinance"})
INTEL = frozenset({"intelligence", "information", "data", "technology", "expertise",
                   "know-how", "evidence"})
MEMBER_BODIES = frozenset({"committee", "federation", "association", "delegation", "body"})
ASSETS = frozenset({"asset", "assets", "account", "accounts", "fund", "funds", "property",
                    "properties", "holding", "holdings", "reserve", "reserves"})
TRADE = frozenset({"import", "imports", "export", "exports", "trade", "aid", "flight",
                   "flights", "membership", "cooperation", "talks", "relations", "ties",
                   "visa", "visas", "shipment", "shipments", "deliveries", "delivery",
                   "funding", "payments", "supplies", "participation", "sale", "sales",
                   "purchases", "investment", "investments", "support", "assistance",
                   "loans", "grants", "programme", "program"})
DIPLOMATS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy",
                       "charge", "chargé", "d'affaires", "consul-general",
                       "envoys", "attache", "attaches", "consul", "staff"})
CRITICISED = frozenset({
    "plan", "plans", "policy", "policies", "decision", "proposal", "remark", "remarks",
    "comment", "comments", "bill", "budget", "law", "record", "handling", "speech",
    "statement", "report", "idea", "approach", "strategy", "reform", "reforms", "claim",
    "claims", "position", "stance", "rhetoric", "move", "response", "provision",
    "provisions", "loophole", "loopholes", "rule", "rules", "regulation", "regulations",
    "agenda", "views", "idea", "ideas", "proposals", "platform", "legacy", "tax", "taxes",
    "deal", "agreement", "ruling", "verdict", "coverage", "media", "press",
})
WEAPONS = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells",
    "bomb", "bombs", "artillery", "mortar", "mortars", "bullet", "bullets", "strike",
    "strikes", "airstrike", "airstrikes", "shelling", "grenade", "grenades", "explosive",
    "explosives", "shot", "shots", "gunfire", "fire", "projectile", "projectiles", "jet",
    "jets", "warplane", "warplanes", "bomber", "bombers", "attack", "attacks", "tear",
    "gas", "ied", "raid", "raids",
})
ROADS = frozenset({"road", "roads", "motorway", "motorways", "highway", "highways",
                   "street", "streets", "bridge", "bridges", "port", "ports", "entrance",
                   "entrances", "railway", "railways", "traffic", "access", "border",
                   "crossing", "crossings", "square", "junction", "junctions"})
REVENGE = frozenset({"revenge", "retaliation", "retribution", "vengeance", "response",
                     "reprisal", "reprisals", "punishment", "consequences", "war"})
HOSTED = frozenset({"talks", "summit", "meeting", "meetings", "delegation", "delegations",
                    "leader", "leaders", "president", "minister", "conference", "visit",
                    "counterpart", "negotiations", "envoy", "king", "chancellor"})
LABOUR = frozenset({"worker", "workers", "union", "unions", "pay", "wage", "wages", "staff",
                    "teacher", "teachers", "nurse", "nurses", "doctor", "doctors",
                    "employee", "employees", "driver", "drivers", "miner", "miners",
                    "walkout", "picket", "salary", "salaries", "pension", "pensions",
                    "hunger", "general", "docker", "dockers", "labour", "labor", "strikers",
                    "controller", "controllers", "pilot", "pilots", "crew", "crews",
                    "firefighter", "firefighters", "lawyer", "lawyers", "cleaner", "cleaners",
                    "lecturer", "lecturers", "academic", "academics", "conductor",
                    "conductors", "postal", "overtime", "servants", "public-sector",
                    "walk-out", "stoppage"})
# Working people whose repeated mention makes an article's bare 'strike' a stoppage.
WORKERS = frozenset({"worker", "workers", "dockworkers", "dockworker", "docker", "dockers",
                     "teacher", "teachers", "nurse", "nurses", "doctor", "doctors",
                     "employee", "employees", "driver", "drivers", "miner", "miners",
                     "strikers", "controller", "controllers", "pilot", "pilots", "crew",
                     "crews", "firefighters", "cleaners", "lecturers", "conductors", "staff"})
# A truce one side declares: "declared a unilateral ceasefire".
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# Durations that make an intransitive "strike" a stoppage: "will strike for 24 hours".
STOPPAGE_SPANS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month",
                            "months", "shift", "shifts"})
MILITARY_MODS = frozenset({"air", "drone", "missile", "military", "rocket", "artillery",
                           "precision", "retaliatory", "preemptive", "pre-emptive",
                           "nuclear", "naval", "aerial", "targeted", "surgical", "joint",
                           "israeli", "american", "russian", "u.s.", "us"})


# Objects that name what was agreed, shared, cut or eased rather than a party to it: the
# party is found inside them ("severed ties with Qatar", "eased sanctions on Venezuela").
CONTENT = AGREEMENT | TIES | INTEL | ASSETS | REVENGE | RESTRICTIONS | DISPUTES | frozenset({
    "action", "measures", "force", "consequences", "retaliation", "steps", "talks",
    "negotiations"})


# Means of crowd control: "fired tear gas", "used water cannon" coerce; bullets assault.
CROWD_CONTROL = frozenset({"cannon", "cannons", "tear", "gas", "teargas", "baton", "batons",
                           "truncheon", "truncheons", "pepper", "rubber", "stun", "force"})
# Heads of blasts and fires that no one set off: "a gas explosion", "a boiler blast".
MISHAP_MODS = frozenset({"gas", "boiler", "pipeline", "industrial", "factory", "mine",
                         "chemical", "electrical", "accidental", "kitchen", "fuel", "tanker"})
# Vehicles: they strike things by accident and carry, not make, an attack.
VEHICLES = frozenset({"plane", "aircraft", "airliner", "jetliner", "helicopter", "bus",
                      "train", "ferry", "boat", "ship", "vessel", "truck", "lorry", "car",
                      "van", "tanker", "freighter", "minibus", "coach", "tram", "taxi"})
# Onlookers whose warnings forecast rather than threaten.
OBSERVERS = frozenset({"analyst", "analysts", "expert", "experts", "scientist", "scientists",
                       "economist", "economists", "observer", "observers", "forecaster",
                       "forecasters", "researcher", "researchers", "commentator",
                       "commentators", "meteorologist", "meteorologists", "study", "report"})
# Heads that make "of war" a kind, not a fight: "prisoners of war", "the fog of war".
OF_WAR = frozenset({"prisoner", "prisoners", "crime", "crimes", "criminal", "criminals",
                    "veteran", "veterans", "ministry", "minister", "secretary", "department",
                    "law", "laws", "rules", "art", "fog", "spoils", "theatre", "theater",
                    "state", "footing", "cabinet", "council", "chest", "correspondent",
                    "correspondents", "memorial", "museum", "widow", "widows", "games",
                    "horse", "hero", "heroes", "zone", "ship", "ships", "tools"})
# Works that argue but cannot act: "the documentary attacks the myth".
WORKS = frozenset({"documentary", "film", "movie", "book", "novel", "article", "editorial",
                   "column", "essay", "song", "play", "series", "show", "advert", "ad",
                   "advertisement", "painting", "poem", "podcast", "exhibition"})
# Measures and batches whose "of" phrase names the goods: "40 tonnes of medical supplies".
MEASURES = frozenset({"tonnes", "tons", "tonne", "ton", "truckloads", "loads", "boxes",
                      "crates", "barrels", "litres", "liters", "kilos", "units", "doses",
                      "pallets", "package", "tranche", "batch", "shipment", "consignment",
                      "convoy", "planeload", "planeloads", "cargo"})
# Prepositions some verbs take their target with: "clashed with police", "set fire to".
VERB_TARGET_PREPS = {"clash": ("with",), "skirmish": ("with",), "set": ("to",), "ram": ("into",),
                     "exchange": ("with",)}
# Subjects that are evidence, not parties: "the footage supports what we heard".
INANIMATE = frozenset({"evidence", "data", "footage", "facts", "fact", "study", "studies",
                       "research", "poll", "polls", "survey", "figures", "findings",
                       "analysis", "numbers", "record", "report", "results", "statistics",
                       "video", "documents", "history", "science", "experience", "law",
                       "rules", "rule", "plan", "policy", "program", "programme", "technology",
                       "bill", "measure", "proposal", "change", "changes", "warming", "tax",
                       "death", "decision", "ruling", "move", "loss", "departure", "vote",
                       "election", "result", "storm", "crisis", "scandal", "news",
                       "fairness", "justice", "logic", "prudence", "reason", "common",
                       "sense", "situation", "circumstances", "economics", "arithmetic"})
# Modifiers that make "damage" a figure of speech, not an attack.
FIGURATIVE_DAMAGE = frozenset({"political", "reputational", "economic", "financial",
                               "collateral", "brain", "water", "storm", "flood", "lasting",
                               "electoral", "maximum", "irreparable"})

# Objects of "strike"/"hit" in figurative uses ("struck a chord", "hit the target number").
FIGURATIVE = frozenset({"chord", "tone", "note", "balance", "pose", "figure", "nerve", "gold",
                        "oil", "match", "number", "record", "ratings", "high", "low",
                        "milestone", "mark", "jackpot", "wall", "road", "headlines",
                        "shelves", "market", "stores", "target", "snag", "stride",
                        # sport: "struck a late equaliser", "hit the post"
                        "equaliser", "equalizer", "goal", "goals", "winner", "penalty",
                        "post", "crossbar", "woodwork", "ball", "century", "blow"})


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


VERBS: dict[str, tuple[Sense, ...]] = {
    # AGREE
    "agree": _s("AGREE"), "sign": (Sense("AGREE", objs=AGREEMENT), Sense("AGREE", prt="off")),
    "reach": _s("AGREE", objs=AGREEMENT), "conclude": _s("AGREE", objs=AGREEMENT | frozenset({
        "negotiations", "talks"})),
    "seal": _s("AGREE", objs=AGREEMENT), "broker": _s("AGREE", objs=AGREEMENT),
    "finalize": _s("AGREE", objs=AGREEMENT), "finalise": _s("AGREE", objs=AGREEMENT),
    "accept": _s("AGREE", not_objs=frozenset({
        "donation", "donations", "money", "contributions", "contribution", "award", "prize",
        "job", "position", "nomination", "gift", "gifts", "payment", "payments", "cash",
        "bribe", "bribes", "credit", "cards", "applications", "reality", "fact",
        "representation", "representations", "argument", "arguments", "explanation",
        "premise", "view", "views", "result", "results", "outcome", "blame"})),
    # "promised further deliveries of air defence systems" gives aid; other promises agree
    "promise": (Sense("AID", objs=AID_GOODS | MONEY), Sense("AGREE")), "consent": _s("AGREE"),
    "ratify": _s("AGREE"), "settle": _s("AGREE", objs=DISPUTES),
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
    "airlift": _s("AID"), "fund": _s("AID"), "finance": _s("AID"), "rescue": _s("AID"),
    "send": (Sense("MOBILIZE", objs=TROOPS), Sense("AID", objs=AID_GOODS)),
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
        "organization", "organisation", "nato", "eu", "court", "council", "accord"})),
    "quit": _s("RETREAT", objs=frozenset({
        "union", "alliance", "bloc", "coalition", "treaty", "agreement", "deal", "pact",
        "government", "organization", "organisation", "nato", "eu", "court", "council",
        "accord", "talks", "force", "mission", "group", "cabinet"})),
    # REQUEST
    "ask": _s("REQUEST", not_objs=frozenset({"question", "questions", "whether", "why"})),
    "urge": _s("REQUEST"), "demand": _s("REQUEST"),
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
    "expel": (Sense("SANCTION", objs=DIPLOMATS), Sense("COERCE")),
    "sever": _s("SANCTION", objs=TIES), "cut": _s("SANCTION", objs=TIES | TRADE, not_objs=frozenset({  # "cut its sales forecast"
        "forecast", "forecasts", "outlook", "guidance", "estimate", "estimates"})),
    "break": _s("SANCTION", objs=TIES), "freeze": _s("SANCTION", objs=ASSETS),
    # "suspended Belarus's national committee": a body shut out of an organisation
    "suspend": (Sense("SANCTION", objs=TRADE | MEMBER_BODIES),
                Sense("COERCE", objs=MEDIA_OUTLETS)),
    "recall": _s("SANCTION", objs=DIPLOMATS),
    "halt": _s("SANCTION", objs=TRADE),
    # MOBILIZE
    "mobilize": _s("MOBILIZE"), "mobilise": _s("MOBILIZE"),
    "deploy": (Sense("MOBILIZE", objs=TROOPS), Sense("MOBILIZE", no_obj=True)),
    "mass": (Sense("MOBILIZE", objs=TROOPS), Sense("MOBILIZE", no_obj=True)), "dispatch": _s("MOBILIZE", objs=TROOPS),
    "scramble": _s("MOBILIZE", objs=TROOPS),
    "station": _s("MOBILIZE", objs=TROOPS), "reinforce": _s("MOBILIZE"),
    "position": _s("MOBILIZE", objs=TROOPS), "amass": _s("MOBILIZE"),
    "redeploy": _s("MOBILIZE"),
    # COERCE
    "arrest": _s("COERCE"), "detain": _s("COERCE"), "seize": _s("COERCE"),
    "confiscate": _s("COERCE"), "impound": _s("COERCE"), "deport": _s("COERCE"),
    "ban": (Sense("SANCTION", objs=TRADE - {"talks", "cooperation", "support"}),
            Sense("COERCE")), "intercept": _s("COERCE"), "jail": _s("COERCE"),
    "imprison": _s("COERCE"), "censor": _s("COERCE"), "outlaw": _s("COERCE"),
    "extradite": _s("COERCE"), "round": (Sense("COERCE", prt="up"),),
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


YIELDED = CAPTIVES | frozenset({"territory", "land", "control", "power", "weapons", "arms",
                               "town", "city", "village", "base", "positions", "area",
                               "region", "keys", "authority", "remains", "suspect",
                               "suspects", "documents", "evidence"})
BILLS = frozenset({"bill", "bills", "resolution", "resolutions", "nomination", "nominations",
                   "statement", "declaration", "package", "decision", "sanctions",
                   "motion", "law", "legislation", "proposal", "appointment", "merger",
                   "measure", "measures", "sale", "sales", "deal", "move", "plan", "budget",
                   "amendment", "reform", "treaty", "candidacy", "bid", "accession"})
MUNITIONS = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones",
                       "shell", "shells", "mortar", "mortars", "grenade", "grenades", "bomb",
                       "bombs", "projectile", "projectiles", "salvo", "salvos", "barrage",
                       "barrages", "fire", "shots", "gunfire", "bullets", "volley"})
# Accidents, disasters and disease: no one chose them, so harm they cause is no PLOVER event.
ACCIDENTS = frozenset({
    "accident", "accidents", "crash", "crashes", "stampede", "stampedes", "crush",
    "collapse", "collapses", "flood", "floods", "flooding", "floodwaters",
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "tsunami",
    "fire", "fires", "blaze", "blazes", "wildfire", "wildfires", "bushfire", "inferno",
    "storm", "storms", "hurricane", "typhoon", "cyclone", "tornado", "blizzard",
    "landslide", "landslides", "mudslide", "mudslides", "avalanche", "eruption",
    "derailment", "collision", "collisions", "pileup", "pile-up", "wreck", "capsizing",
    "sinking", "heatwave", "drought", "lightning", "rains", "downpour", "monsoon",
    "leak", "outbreak", "epidemic", "disaster", "mishap", "malfunction",
    # illness and want kill without a killer too
    "disease", "diseases", "illness", "virus", "malaria", "cholera", "measles", "ebola",
    "covid", "covid-19", "pandemic", "famine", "hunger", "starvation", "heat", "cold",
    "cancer", "infection", "infections", "pneumonia", "tuberculosis", "dengue",
    "tobacco", "smoking", "pollution", "smog", "alcohol", "obesity",
})
# Verbs for the same happenings ("when the plane crashed", "after the roof caved in").
ACCIDENT_VERBS = frozenset({
    "crash", "collapse", "flood", "capsize", "sink", "derail", "collide", "overturn",
    "plunge", "topple", "cave", "erupt", "stampede", "burst", "skid", "swamp", "sweep",
    "engulf", "tumble", "fall", "drown", "crush", "trample",
})
# Harm verbs whose doer may be a mere happening ("the flood killed 12"): ASSAULT only
# when something deliberate causes the harm.
HARM_VERBS = frozenset({"kill", "injure", "wound", "maim", "destroy", "damage", "burn"})
# Doers that make harm deliberate: weapons, forces, attackers.
DELIBERATE = (WEAPONS | TROOPS | MUNITIONS | frozenset({
    "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "sniper",
    "snipers", "militant", "militants", "rebels", "insurgents", "police", "guards",
    "jihadists", "terrorists", "mob", "bomber", "knife", "gun", "guns", "rifle",
    "arson", "arsonist", "arsonists"})) - ACCIDENTS
# Accident verbs specific enough to read from anywhere in the sentence.
CLEAR_ACCIDENT_VERBS = frozenset({"crash", "collapse", "capsize", "derail", "collide",
                                  "erupt", "stampede", "flood"})
CAUSE_PREPS = ("in", "during", "after", "amid", "from", "by", "following", "as")
# Nouns whose "of" phrase names the cause: "as a result of the stampede".
RESULT_NOUNS = frozenset({"result", "consequence", "aftermath", "wake", "cause"})
DIGNITARIES = frozenset({"president", "minister", "pope", "king", "queen", "envoy", "leader",
                         "leaders", "delegation", "delegations", "counterpart", "ambassador",
                         "chancellor", "premier", "emir", "prince", "sultan", "secretary",
                         "foreign", "head", "chief", "mayor", "governor", "senator"})
DROPPABLE = frozenset({"charges", "charge", "demand", "demands", "claim", "claims",
                       "objection", "objections", "case", "lawsuit", "suit", "opposition",
                       "veto", "condition", "conditions", "requirement", "requirements"})
REFUGEES = frozenset({"refugee", "refugees", "migrant", "migrants", "displaced", "evacuees",
                      "asylum-seekers", "orphans"})

# Causes with no one behind them: blaming or investigating them accuses no party.
NO_CULPRIT = ACCIDENTS | frozenset({
    "fault", "faults", "failure", "failures", "error", "errors", "glitch", "glitches",
    "weather", "malfunction", "defect", "defects", "problem", "problems", "mistake",
    "cause", "causes", "circumstances", "origin", "origins", "conditions", "luck",
    # market forces: "blaming weaker demand and rising costs" is a company's excuse, not
    # an accusation against a party
    "demand", "cost", "costs", "price", "prices", "inflation", "rates", "competition",
    "sales", "recovery", "slowdown", "downturn", "economy", "currency", "volatility"})
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
                                             "organisation", "organization", "assembly"})),
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
    "retaliate": (Sense("SANCTION", prep="with", pobjs=RESTRICTIONS), Sense("ASSAULT")),
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
         "consultation", **_AGENTIVE),
    **_n("SUPPORT", "endorsement", "praise", "backing", "solidarity"),
    **_n("CONCEDE", "release", "amnesty", **_PATIENT),
    # "the minister's resignation", "Tokyo's apology": the possessor is the one who gives in
    **_n("CONCEDE", "resignation", "apology", "concession", "concessions", **_AGENTIVE),
    **_n("COOPERATE", "cooperation", "collaboration", "partnership", **_AGENTIVE),
    **_n("COOPERATE", "exercise", "exercises", "drill", "drills", **_AGENTIVE,
         mods=frozenset({"joint", "military", "naval", "combined", "bilateral"})),
    **_n("COOPERATE", "patrol", "patrols", "operation", "operations", "team", "teams",
         "commission", "committee", "centre", "center", **_AGENTIVE,
         mods=frozenset({"joint", "combined", "bilateral", "trilateral"})),
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
    **_n("PROTEST", "protest", "protests", "demonstration", "demonstrations", "march",
         "sit-in", "riot", "riots", "walkout", "boycott", "unrest",
         **_AGENTIVE),
    **_n("SANCTION", "sanction", "sanctions", "embargo", "tariff", "tariffs", "expulsion"),
    # "imposed steep tariff increases on", "slapped a duty hike on": a rise in a trade
    # barrier is the barrier's event
    **_n("SANCTION", "increase", "increases", "hike", "hikes", "rise", "rises",
         mods=frozenset({"tariff", "tariffs", "duty", "duties", "customs"})),
    **_n("SANCTION", "duties", mods=frozenset({"import", "customs", "anti-dumping", "punitive",
                                               "retaliatory", "export", "countervailing"})),
    # "imposed asset freezes", "tightened export controls": measures one state takes
    # against another; a price freeze or border controls are no such measure
    **_n("SANCTION", "freeze", "freezes", mods=ASSETS),
    **_n("SANCTION", "controls", "curbs", "restrictions", mods=frozenset({"export"})),
    **_n("MOBILIZE", "deployment", "mobilization", "mobilisation", "build-up", "buildup",
         "alert", "reinforcements", "readiness", **_AGENTIVE),
    # cyber operations are coercion in the codebook, not armed assault
    **_n("COERCE", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks"),
    # "the rebels' seizure of the airport": the possessor took it
    **_n("COERCE", "seizure", "seizures"),
    # "Tessaly's recall of its ambassador" (events.py keeps only envoys recalled)
    **_n("SANCTION", "recall", preps=frozenset({"of"})),
    **_n("COERCE", "arrest", "arrests", "detention", "detentions", "deportation",
         "deportations", "eviction", "evictions", "crackdown",
         "curfew", "ban", "bans", "blockade", "siege", "raid", "raids",
         "interception", **_PATIENT),
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
    return lemma in VERBS or lemma in NOUNS


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
