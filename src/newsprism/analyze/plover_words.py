"""Word classes of the PLOVER trigger lexicon: the nouns a verb sense's object, subject or
cause must be (agreements, troops, weapons, captives, accidents, labour, ...).

Read through plover_lexicon.py, which re-exports every name here (callers write lex.TROOPS);
plain frozensets of lowercase words, no parsing; the senses that use them live there and in
plover_senses.py.
"""
from __future__ import annotations

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
    "armoured", "armored",  # 'moved armoured vehicles around the palace'
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
    "moratorium", "suspension", "boycott", "freeze", "control", "controls", "curb", "curbs",
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
    # those kidnappers take and free: clergy, workers abroad, pupils
    "nun", "nuns", "priest", "priests", "monk", "monks", "missionary", "missionaries",
    "cleric", "clerics", "engineer", "engineers", "contractor", "contractors", "schoolgirls",
    "schoolboys", "schoolchildren", "pupils", "businessman", "businessmen", "diplomat",
    "diplomats",
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
    # those on strike or on the march are people too ("beat two hunger strikers")
    "striker", "strikers", "marcher", "marchers", "picketer", "picketers", "protestor",
    "protestors", "inmate", "inmates",
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
                        "soldiers", "invaders", "occupiers", "paramilitaries",
                        "militiamen", "jihadist", "guerrilla", "gunman"})
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
                   "know-how", "evidence",
                   # what states hand each other as information: "exchanged lists of missing
                   # persons", "shared the names of suspects", "shared flight records"
                   "list", "lists", "records", "names", "details", "files", "maps",
                   "coordinates", "findings"})
MEMBER_BODIES = frozenset({"committee", "federation", "association", "delegation", "body"})
ASSETS = frozenset({"asset", "assets", "account", "accounts", "fund", "funds", "property",
                    "properties", "holding", "holdings", "reserve", "reserves"})
TRADE = frozenset({"import", "imports", "export", "exports", "trade", "aid", "flight",
                   "flights", "membership", "cooperation", "talks", "relations", "ties",
                   "visa", "visas", "shipment", "shipments", "deliveries", "delivery",
                   "funding", "payments", "supplies", "participation", "sale", "sales",
                   "purchases", "investment", "investments", "support", "assistance",
                   "loans", "grants", "programme", "program",
                   # energy sent across borders: "halted gas flows to Europe"
                   "flow", "flows", "transit"})
DIPLOMATS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy",
                       "charge", "chargé", "d'affaires", "consul-general",
                       "envoys", "attache", "attaches", "consul", "staff"})
# Those a state lets in to watch, check, keep the peace or bring aid (a word of the head or
# its modifiers: 'election observers', 'aid agencies'): sent out, they are expelled as envoys
# are (CAMEO 166 'expel or withdraw', which PLOVER folds into SANCTION); other people
# expelled or deported are COERCE
OVERSEERS = frozenset({"observer", "observers", "inspector", "inspectors", "monitor",
                       "monitors", "peacekeeper", "peacekeepers", "peacekeeping", "aid",
                       "relief", "humanitarian", "ngo", "ngos", "charity", "charities"})
# the United Nations' bodies and their abbreviations: international overseers as aid
# agencies are ('expelled the head of the UN children's agency')
UN_BODIES = frozenset({"un", "u.n.", "unicef", "unhcr", "unrwa", "wfp", "ocha", "unfpa",
                       "undp", "ohchr"})
# whose expulsion is a SANCTION
SENT_OUT = DIPLOMATS | OVERSEERS | UN_BODIES
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
                      "convoy", "planeload", "planeloads", "cargo",
                      # "sent 60 trucks of fuel and medicine": lorries counted as loads
                      "trucks", "lorries", "truckload",
                      # "dumped sacks of rotten grain", "500 bags of rice"
                      "sacks", "bags", "bales", "buckets"})
# Hostile acts a party is said to be behind: "attributed the cyberattack to China".
PINNED_ACTS = frozenset({
    "attack", "attacks", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks",
    "hack", "hacks", "hacking", "breach", "breaches", "bombing", "bombings", "killing",
    "killings", "murder", "murders", "assassination", "assassinations", "strike", "strikes",
    "sabotage", "shooting", "shootings", "massacre", "poisoning", "poisonings", "abduction",
    "abductions", "kidnapping", "kidnappings", "raid", "raids", "incursion", "incursions",
    "intrusion", "intrusions", "shelling", "ambush", "espionage", "interference", "meddling",
    "operation", "operations", "campaign", "plot", "coup", "theft", "thefts"})
# Prepositions some verbs take their target with: "clashed with police", "set fire to".
VERB_TARGET_PREPS = {"clash": ("with",), "skirmish": ("with",), "set": ("to",), "ram": ("into",),
                     "exchange": ("with",), "plead": ("with",), "appeal": ("to",),
                     "swap": ("with",), "protest": ("to",),  # "protested to Beijing over"
                     # phrasal verbs of words: "hit out at the ministry", "lashed out at"
                     "hit": ("at",), "lash": ("at",), "speak": ("against",),
                     "rise": ("against",), "trade": ("with",),
                     "cross": ("into",),  # "troops crossed into northern Syria"
                     # "broke into the commission's network", "hacked into its servers"
                     "break": ("into",), "hack": ("into",),
                     # "shared intelligence with its allies": the partner
                     "share": ("with",),
                     # "attributed the cyberattack to China": who is said to be behind it
                     "attribute": ("to",)}
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

# People who act for the party they come from or speak for ('Negotiators for the junta',
# 'envoys from Kyiv and Moscow'): the parties they stand for are the sides of the act
ACTING_FOR = frozenset({"negotiators", "negotiator", "envoys", "envoy", "representatives",
                        "representative", "delegates", "delegate", "delegations",
                        "delegation", "emissaries", "emissary", "lawyers", "lawyer",
                        "officials", "diplomats", "ministers"})
