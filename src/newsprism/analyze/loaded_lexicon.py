"""Word lists for framing: loaded (evaluative) language, name calling, doubt and exaggeration
markers in English, and event words in fr/es/de/ar; read by framing.py and events.py.

The lists are this project's own: words whose use carries the writer's or speaker's judgement
rather than description ("craven", "heinous", "martyrdom"), labels that brand a party
("regime", "thugs", "puppet"), and the words outlets choose for one violent event ("killing",
"assassination", "terror attack") so outlets and languages can be set side by side.
Matching of non-English words: fr/es/it exact lowercase forms; de by ending, so compounds
count ("Drohnenangriff" -> "angriff"); ar after stripping one-letter clitics and the article;
tr/el/fa/ur by beginning, since suffixes pile up ("saldırısında" -> "saldırı").
"""
from __future__ import annotations

# Evaluative words: their use passes judgement. Lemmas, lowercase.
LOADED = frozenset({
    # taxes named as a trick played on the payer
    "stealth tax", "stealth taxes",
    # accusations of lying and waste named as verdicts
    "slander", "slanders", "calumny", "calumnies", "vilification", "vanity project",
    "vanity projects", "too little, too late",
    # a change of course told as a defeat
    "climbdown", "climb-down", "climbdowns",
    # speech told as an outburst
    "tirade", "tirades", "diatribe", "diatribes", "screed", "screeds", "harangue",
    "outburst", "outbursts", "tantrum", "tantrums", "hissy",
    # deceit and slight named as such
    "smears", "half-truths", "half-truth", "snub", "snubs", "snubbed", "snubbing",
    "conned", "conning", "conman", "conmen", "flaunt", "flaunts", "flaunted", "flaunting",
    "cower", "cowers", "cowered", "cowering",
    # conduct judged: shameless daring, a policy cast as a suicide attack, a threat to order
    "brazen", "brazenly", "kamikaze", "destabilising", "destabilizing",
    "stonewalling", "stonewalled", "stonewall",
    # condemnation
    "cowardly", "craven", "brutal", "brutally", "brutality", "heinous", "barbaric",
    "barbarous", "barbarism", "savage", "savagely", "savagery", "vicious", "viciously",
    "atrocious", "atrocity", "atrocities", "despicable", "evil", "monstrous", "horrific",
    "horrendous", "shameful", "shamefully", "disgraceful", "disgusting", "vile", "wicked",
    "treacherous", "treachery", "perfidious", "dastardly", "nefarious", "sinister",
    "bloodthirsty", "ruthless", "ruthlessly", "merciless", "callous", "cynical",
    "cynically", "blatant", "flagrant", "outrageous", "appalling", "abhorrent",
    "reprehensible", "criminal", "despotic", "tyrannical", "draconian", "reckless",
    "lawless", "insane", "deranged", "hysterical", "scandalous", "disastrous", "infamous",
    "notorious", "sickening", "cold-blooded", "senseless", "unprovoked", "illegitimate",
    "illegal", "aggression", "aggressor", "slaughter", "butchery", "bloodbath", "carnage",
    "rampage", "pogrom", "genocidal", "murderous", "terror", "terrorize", "terrorise",
    "humiliating", "humiliation", "arrogant", "arrogance", "crusade", "plunder", "loot",
    "heartless", "diabolical", "satanic", "demonic", "inhuman", "inhumane",
    # glorification
    "martyrdom", "martyr", "martyrs", "martyred", "heroic", "heroically", "hero", "heroes",
    "glorious", "valiant", "valiantly", "courageous", "brave", "bravely", "noble",
    "righteous", "legendary", "fearless", "gallant", "triumphant",
    "victorious", "resistance", "liberation", "liberator", "liberators", "avenge",
    "freedom fighter", "freedom fighters", "liberate",
    # contempt and outrage in partisan and tabloid copy
    "shameless", "shamelessly", "greedy", "corrupt", "spineless", "gutless", "radical",
    "shocking", "shockingly", "sham", "unelected", "crooked", "bogus", "rigged",
    "hypocritical", "pathetic", "ludicrous", "idiotic", "disgraced", "bloody", "crushing",
    "lies", "provocation", "provocations", "propaganda", "fury", "furious", "outrage",
    # emotive colour: pity, horror and drama rather than report
    "tragic", "tragically", "heartbreaking", "devastating", "beloved", "dramatic",
    "horror", "horrifying", "terrifying", "nightmare", "inferno", "monster", "innocent",
    # verbs that dramatise an act ("battered" for "hit", "unleashed" for "began")
    "batter", "torture", "unleash", "trample", "peddle", "smash", "hound", "ravage",
    "brutalise", "brutalize", "maul", "butcher", "massacre", "slaughter",
    # metaphors and set phrases that pass judgement
    "power grab", "ethnic cleansing", "open-air prison", "slap in the face",
    "pulling the strings", "pull the strings", "cover up", "cover-up", "act of terror",
    "attack on democracy", "witch hunt", "witch-hunt", "death trap", "death-trap",
    "foreign-backed", "western-backed", "foreign-funded", "foreign-sponsored", "fake news",
    "declared war", "declare war", "war crimes", "war crime", "occupation forces",
    "occupation army", "wipe out", "wiped out", "nest of",
    # contempt for a person's character or competence
    "cruel", "cruelly", "cruelty", "aggressive", "depraved", "sadistic", "twisted",
    "perverted", "laughable", "gullible", "deceitful", "dishonest", "treasonous",
    "traitorous", "spiteful", "hateful", "hate-filled", "vindictive", "malicious", "thuggish",
    "incompetent", "inept", "clueless", "feckless", "hapless", "useless", "woke", "pampered",
    "fat-cat", "toxic", "poisonous", "venomous", "filthy", "rotten", "odious", "repugnant",
    "repulsive", "abominable", "loathsome", "contemptible", "deplorable", "egregious",
    "grotesque", "obscene", "wretched", "hideous", "ghastly", "gruesome", "grisly",
    "chilling", "harrowing", "spineless", "cowardice", "craven", "catastrophe",
    "scaremongering", "fearmongering", "warmongering", "hysteria", "lunacy", "madness",
    # glorification and pity
    "selfless", "selflessly", "tireless", "tirelessly", "visionary", "iconic", "heroine",
    "courageously", "fearlessly", "patriotic", "revered", "saintly", "plucky", "valour",
    "valor", "heroism", "sacrifice", "tragedy",
    # verbs that dramatise or condemn an act
    "fleece", "swindle", "hijack", "brainwash", "smear", "cave", "capitulate", "grovel",
    "bully", "sneer", "rant", "spew", "gloat", "scheme", "prey", "obliterate", "annihilate",
    "decimate", "pulverise", "pulverize", "crush", "scorch", "devastate", "wreak",
    "squander", "bungle", "botch", "ransack", "pillage", "exterminate", "persecute",
    "oppress", "subjugate", "enslave", "muzzle", "terrorise", "crazed", "ridiculous",
    "hoax", "hunted down", "hunt down", "fighting for life", "fighting for his life",
    "fighting for her life", "mock", "cage",
    # op-ed set phrases whose wording is the judgement
    "stop at nothing", "blood on their hands", "blood on his hands", "blood on her hands",
    "lining their pockets", "line their pockets", "gravy train", "snouts in the trough",
    "nanny state", "cancel culture", "cancel-culture", "deafening silence",
    "silence is deafening", "kangaroo court", "show trial", "iron fist", "police state",
    "mob rule", "reign of terror", "stab in the back", "stabbed in the back",
    "betrayal", "betrayed", "backstab",
    "hellbent", "hell-bent", "jackboot", "jackboots", "banana republic",
    "tinpot", "tin-pot", "rubber-stamp", "rubber stamp", "whitewash",
    "stitch-up", "fiasco", "debacle", "shambles", "farce", "travesty", "disgrace",
    "bloodletting", "butchered",
    "laughing stock", "laughing-stock", "crocodile tears", "pet project", "hand-wringing",
    "wringing its hands", "wringing their hands", "wringing his hands", "wringing her hands",
    "bleeding-heart", "bleeding heart", "bleeding hearts", "virtue signalling",
    "virtue-signalling", "snake oil", "smoke and mirrors", "slush fund",
    "pork barrel", "pork-barrel", "dog whistle", "dog-whistle", "unmask", "unmasked",
    "mouthpiece", "mouthpieces", "hatchet job", "hit job", "hit piece",
})

# The lists below reach past single listed words; framing_rules.py reads them with syntax.
# Animal, pest and disease nouns that dehumanise when applied to people ('swarms of
# migrants', 'vermin yobs', 'hide like cockroaches'); literal uses stay plain.
DEHUMANISING_NOUNS = frozenset({
    "vermin", "rat", "rats", "cockroach", "cockroaches", "roach", "roaches", "insect",
    "insects", "parasite", "parasites", "leech", "leeches", "locust", "locusts", "swarm",
    "swarms", "plague", "plagues", "infestation", "herd", "herds", "horde", "hordes",
    "beast", "beasts", "animal", "animals", "snake", "snakes", "viper", "vipers", "jackal",
    "jackals", "hyena", "hyenas", "lapdog", "lapdogs", "poodle", "poodles", "rodent",
    "rodents", "maggot", "maggots", "pig", "pigs", "dog", "dogs", "sheep", "sheeple",
    "tide", "flood", "wave", "cancer", "virus", "germ", "germs", "filth", "scum", "pack",
    "packs", "mongrel", "mongrels", "worm", "worms", "weasel", "weasels", "tick", "ticks",
    "lice", "louse", "bedbug", "bedbugs", "gaggle", "gaggles", "flock", "flocks",
    "bloodsucker", "bloodsuckers",
})
# Of those, the ones that are figures whoever owns them ('Washington's lapdogs'); 'the
# minister's dog' and 'the farmer's pigs' are animals.
OWNED_FIGURES = frozenset({"lapdog", "lapdogs", "poodle", "poodles", "parasite",
                           "parasites", "leech", "leeches", "vermin", "scum", "cancer",
                           "virus", "plague", "attack dog", "puppet", "puppets"})
# Verbs of pests and animals: charged when people are their subject ('migrants infesting
# our towns'), plain when animals are ('locusts swarmed across the plains').
# 'swarm', 'crawl' and 'teem' are left out: news says crowds swarm onto a pitch plainly.
DEHUMANISING_VERBS = frozenset({"infest", "breed", "slither", "scuttle", "scurry", "spawn",
                                "fester", "burrow", "overrun", "parrot",
                                "stampede", "stampeded", "stampeding"})
# Adjectives of contempt, ridicule and scorn in op-ed and tabloid copy.
CONTEMPT = frozenset({
    "moronic", "brainless", "mindless", "gormless", "deluded", "unhinged", "sleazy", "shady",
    "seedy", "grubby", "squalid", "dodgy", "smug", "snivelling", "sniveling", "weaselly",
    "power-hungry", "soft-touch", "bloated", "workshy", "work-shy", "feral", "rabid", "swivel-eyed",
    "nutty", "crackpot", "half-baked", "hare-brained", "harebrained", "bonkers", "barmy",
    "daft", "dim-witted", "cack-handed", "shambolic", "farcical", "absurd", "preposterous",
    "dystopian", "orwellian", "kafkaesque", "jackbooted", "stalinist", "sordid", "seedy",
    "sneering", "scheming", "conniving", "duplicitous", "two-faced", "lily-livered",
    "bone-headed", "boneheaded", "pig-headed", "cretinous", "imbecilic", "asinine",
    "bigoted", "hypocrite", "hypocrites", "despicable", "spiteful", "vainglorious",
    "megalomaniac", "megalomaniacal", "bloodsucking", "money-grabbing", "grasping",
    "venal", "mendacious", "unscrupulous", "lawless", "thieving", "murderous", "warmongering",
    "fanatical", "cultish", "lunatic", "brazen", "brazenly", "disgusting", "nauseating",
    "revolting", "sick", "pitiful", "woeful", "dismal", "abysmal", "atrocious", "lamentable",
    "risible", "contemptuous", "insulting", "disgraceful", "scandalous", "unforgivable",
    "inexcusable", "indefensible", "galling", "infuriating", "maddening", "sham",
    "overpaid", "lavish", "pathological", "self-serving", "self-important", "holier-than-thou",
    "sanctimonious", "preening", "pompous", "vulgar", "tawdry", "tacky", "sneaky", "shifty",
    # moral verdicts, often a speaker's ('the move was unacceptable')
    "irresponsible", "unacceptable", "immoral", "unethical", "unpatriotic", "dishonourable",
    "dishonorable", "disloyal", "irrational", "unjust", "heavy-handed", "ham-fisted",
    "high-handed", "tone-deaf", "out-of-touch", "reprehensible", "shoddy", "slapdash",
    # demeanour read as character in court and crime copy ('smirking killer')
    "smirking", "sniggering", "leering", "swaggering", "gloating", "cocky",
})
# Contempt words with a plain sense as common: charged only on a label or a person
# ('sick trolls', not 'sick patients' — the label makes it scorn).
ON_LABELS_ONLY = frozenset({"sick", "lunatic", "absurd", "pitiful", "dismal", "sham",
                            "pathological"})
# Emotion words that colour a report with grief, horror or rage rather than state it.
EMOTIVE = frozenset({
    "heartbroken", "heartbreak", "agony", "anguish", "anguished", "torment", "tormented",
    "grief-stricken", "horrified", "terrified", "petrified",
    "sickened", "fuming", "livid", "seething", "outraged", "incensed", "enraged",
    "heartless", "harrowing", "horrendous", "gut-wrenching", "heart-wrenching",
    "heart-rending", "spine-chilling", "blood-curdling", "hellish",
    "bloodbath", "carnage", "mayhem", "frenzy", "hellhole",
})
# Verbs that dramatise criticism or spending in tabloid copy ('slams the plan', 'blow
# £2m'); charged when they act on a person, a decision or money, not on a door.
CRITICISE_VERBS = frozenset({"slam", "blast", "lambast", "lambaste", "savage", "hammer",
                             "rip", "roast", "skewer", "trash", "torpedo", "bulldoze",
                             "steamroller", "gag"})
SPEND_VERBS = frozenset({"blow", "splurge", "fritter", "squander", "waste", "splash",
                         "lavish", "burn", "pocket", "trouser", "swallow", "gobble",
                         "devour", "guzzle", "hoover"})
# Objects that make a criticising verb figurative ('slammed the decision').
ABSTRACT_TARGETS = frozenset({
    "decision", "plan", "policy", "move", "proposal", "bill", "law", "deal", "budget",
    "report", "ruling", "government", "minister", "ministers", "reform", "reforms",
    "scheme", "idea", "claim", "claims", "strategy", "response", "memorial", "statue",
    "reputation", "career", "press", "media", "debate", "critics", "opponents",
})
MONEY_NOUNS = frozenset({"money", "cash", "fortune", "million", "millions", "billion",
                         "billions", "thousands", "funds", "savings", "budget", "pounds",
                         "dollars", "euros", "bonus", "bonuses", "payout", "payouts",
                         "windfall", "windfalls", "profits", "fees", "handouts",
                         # a pay rise pocketed ('set to pocket a bumper pay rise')
                         "rise", "raise", "salary", "salaries", "pension", "pensions"})
# Phrasal verbs with a loaded sense, and who must be involved for it: "subject" (a person
# does it: 'who feed on our taxes', not 'bats feed on insects'), "object" (a person
# suffers it: 'mown down by a thug'), None (charged whoever acts).
PHRASAL = {
    ("rake", "in"): "subject", ("mow", "down"): "object", ("feed", "on"): "subject",
    ("feed", "off"): "subject", ("lash", "out"): None, ("rip", "off"): "object",
    ("cash", "in"): "subject", ("sponge", "off"): None, ("cave", "in"): "subject",
    ("weasel", "out"): None, ("wriggle", "out"): "subject",
    ("fob", "off"): None, ("sell", "out"): "subject", ("stab", "in"): None,
    ("cook", "up"): "subject", ("whip", "up"): "subject", ("suck", "up"): "subject",
    ("rant", "about"): None, ("prey", "upon"): None, ("run", "roughshod"): None,
    ("crack", "down"): None, ("bleed", "dry"): None, ("fleece", "out"): None,
    ("dream", "up"): "subject", ("trump", "up"): None, ("gang", "up"): None,
    ("suck", "in"): None, ("rope", "in"): None, ("jump", "ship"): None,
    ("jet", "off"): "subject", ("hoover", "up"): None, ("gobble", "up"): None,
    ("soften", "up"): "object", ("lap", "up"): "subject",
    ("slap", "down"): None, ("prey", "on"): None, ("trot", "out"): "subject",
}
# Labels for a party's foreign backers, charged with an owner ('its overseas handlers');
# 'baggage handlers' stay plain.
POSSESSED_LABELS = frozenset({"handlers", "handler", "masters", "minders", "backers",
                              "sponsors", "bankrollers"})
# Word endings that judge whatever noun they join ('sleaze-ridden', 'fear-mongering'), and
# nouns that turn a plain '-hit', '-prone', '-riddled' or '-plagued' into a judgement
# ('scandal-hit', 'gaffe-prone'; 'drought-hit', 'flood-prone', 'bullet-riddled' describe).
JUDGING_COMPOUND_ENDS = ("ridden", "tainted", "mired", "mongering", "monger", "mongers",
                         "baiting", "bashing", "grabbing", "crazed", "obsessed", "hugging", "happy", "loving", "hating",
                         "swilling", "guzzling", "licking", "dodging", "waving", "spouting",
                         "thumping", "wringing", "sipping", "munching", "grubbing")
# '-monger' words judge ('fearmonger', 'rumour-monger') except the old trades.
MONGER_TRADES = ("iron", "fish", "cheese", "coster", "fell", "wood")
# Prefixes that cast doubt on the word they join ('pseudo-science', 'faux-outrage').
DOUBT_PREFIXES = ("pseudo", "faux", "quasi", "sham", "mock", "supposed")
JUDGING_HIT_NOUNS = ("scandal", "sleaze", "gaffe", "corruption", "chaos")
# Vague backers whose '-backed', '-funded' compounds brand a party as someone's tool
# ('foreign-backed', 'Western-sponsored'); a named backer ('Iran-backed') is agency usage.
VAGUE_BACKERS = ("foreign", "western", "outside", "overseas", "enemy", "alien", "hostile")
BACKING_ENDS = ("backed", "sponsored", "funded", "paid", "controlled", "installed",
                "financed", "bankrolled", "trained", "directed")
# Adverbs that pass judgement on the adjective they sharpen ('breathtakingly arrogant',
# 'spectacularly wrong'); with it they form one loaded span.
JUDGING_ADVERBS = frozenset({
    "utterly", "downright", "breathtakingly", "staggeringly", "woefully", "pathetically",
    "spectacularly", "disgracefully", "shockingly", "appallingly", "hopelessly",
    "grotesquely", "obscenely", "sickeningly", "criminally", "ridiculously", "absurdly",
    "laughably", "insanely", "monumentally", "colossally", "eye-wateringly",
    "jaw-droppingly", "mind-bogglingly", "unbelievably", "unforgivably", "inexcusably",
    "shamefully", "brazenly", "callously", "wilfully", "willfully", "outrageously",
    "scandalously", "pitifully", "stupidly", "idiotically", "cynically", "recklessly",
    "hysterically", "embarrassingly", "catastrophically", "disastrously", "tragically",
    "dismally", "abysmally", "grossly", "ludicrously", "preposterously", "farcically",
    "comically", "fabulously", "obscenely",
})
# Of those, the ones that judge conduct and so charge a verb alone ('brazenly lied'); the
# others only grade an adjective ('painfully slow' is loaded, 'painfully thought out' is not).
CONDUCT_ADVERBS = frozenset({"brazenly", "callously", "wilfully", "willfully", "cynically",
                             "recklessly", "shamefully", "disgracefully", "stupidly",
                             "idiotically", "outrageously", "scandalously", "unforgivably",
                             "inexcusably", "criminally"})
# Historical referents whose '-style' compounds and 'neo-' forms brand the present
# ('Gestapo-style raids', 'neo-Nazi battalions').
# 'Soviet-style', 'mob-style', 'medieval-style' are left out: agency copy uses them to
# describe ('Soviet-style militaries', 'a mob-style killing').
INFAMOUS_REFERENTS = (
    "gestapo", "stasi", "kgb", "nkvd", "stalin", "stalinist", "nazi", "mafia", "taliban",
    "orwellian", "north korean", "maoist", "mccarthy", "mccarthyite", "banana-republic",
    "banana republic", "third-world", "third world", "isis", "khmer rouge", "pol pot",
    "big brother", "kangaroo", "show-trial", "witch-hunt",
)
NEO_LABELS = ("nazi", "nazis", "fascist", "fascists", "fascism", "stalinist", "bolshevik",
              "bolsheviks", "colonial", "colonialist", "colonialists", "imperialist",
              "imperialists", "ottoman", "conservative", "liberal", "marxist", "marxists")
# Labels that brand only with a modifier ('cancel-culture mob', 'woke mob'); a bare
# 'mob' in agency copy is a crowd.
LABEL_NEEDS_MODIFIER = frozenset({"mob", "mobs", "brigade", "brigades", "lobby", "crowd",
                                  "gang", "gangs"})
# Words that keep their plain sense in history and medicine ('the medieval crusades',
# 'an aggressive tumour').
HISTORICAL_SENSE = frozenset({"crusade", "crusades", "crusader", "crusaders", "inquisition",
                              "pogrom", "pogroms", "martyr", "martyrs", "terror"})
HISTORICAL_MODIFIERS = frozenset({
    "medieval", "ancient", "first", "second", "third", "fourth", "fifth", "seventh",
    "historic", "historical", "roman", "early", "great", "tsarist", "biblical",
})
# Charged adjectives with a technical sense before these heads ('an aggressive tumour',
# 'toxic waste', 'radical surgery').
TECHNICAL_SENSE = {
    # the name of a weapon or of the wartime pilots, not a verdict on a policy
    "kamikaze": frozenset({"drone", "drones", "pilot", "pilots", "attack", "attacks", "mission",
                           "missions", "plane", "planes", "boat", "boats", "strike", "strikes"}),
    "aggressive": frozenset({
        "tumour", "tumor", "cancer", "disease", "infection", "strain", "treatment", "therapy",
        "growth", "cells", "lymphoma", "leukaemia", "leukemia", "bacteria", "weed", "weeds",
        "species", "form", "variant", "sepsis", "chemotherapy", "surgery", "pricing",
        "expansion", "targets", "target", "cuts", "timetable", "schedule", "investment",
        "rate", "rates", "tightening", "hikes"}),
    "toxic": frozenset({"waste", "chemicals", "chemical", "gas", "gases", "fumes", "spill",
                        "substances", "substance", "algae", "smoke", "sludge", "metals",
                        "levels", "shock", "assets", "debt", "loans", "mushrooms", "dose"}),
    "radical": frozenset({"surgery", "mastectomy", "prostatectomy", "treatment"}),
}
# Labels that are an agency's term of art; in copy with a wire dateline, outside quotes,
# they describe ('the military junta said on Tuesday').
TERM_OF_ART_LABELS = frozenset({"junta", "juntas", "regime", "regimes"})

# Loaded words whose neutral use is common: only their attributive or emotive use counts
# (innocent civilians / pleaded innocent; a monster storm / the film's monster).
ATTRIBUTIVE_ONLY = frozenset({"innocent", "radical", "dramatic", "beloved", "devastating",
                              "monster", "bloody", "crushing", "horror", "sham", "woke",
                              "toxic", "aggressive", "twisted", "rotten", "iconic",
                              "useless", "chilling"})
# Verbs with a plain sense as common as the charged one; they count only with a person or
# group as object or subject's victim ('crushed the protesters', not 'crushed the can').
PLAIN_VERBS = frozenset({"crush", "scorch", "smash", "hound", "batter", "wipe"})
# Verbs literal when done to a vehicle ('pirates hijacked a tanker'), figurative otherwise
# ('activists hijacked the debate').
VEHICLE_VERBS = frozenset({"hijack"})
VEHICLE_NOUNS = frozenset({"ship", "vessel", "tanker", "carrier", "plane", "aircraft",
                           "airliner", "jet", "flight", "bus", "truck", "lorry", "train",
                           "boat", "car", "van", "freighter", "trawler", "ferry", "yacht"})
# Listed verbs whose noun is a plain thing ('a training scheme', 'a sea cave').
PLAIN_NOUN_SENSES = frozenset({"scheme", "schemes", "cave", "caves", "prey"})
# Words charged only as verbs: the nouns are plain ('a pension scheme', 'a cave', 'prey').
VERB_ONLY = frozenset({"cave", "prey", "scheme", "rant", "spew", "sneer", "gloat", "bully",
                       "smear", "hijack", "crush", "scorch", "smash", "hound", "batter", "wipe",
                       "grovel", "swindle", "fleece", "mock", "cage",
                       # speech and manner verbs that mock the speaker ('MPs squirmed')
                       "squirm", "fume", "seethe", "whinge", "bleat", "splutter", "harangue",
                       "scoff", "whine"})
# Nouns for people: the object that makes a euphemism or plain verb hide or dramatise harm.
PERSON_NOUNS = frozenset({
    "suspect", "militant", "fighter", "terrorist", "target", "commander", "leader", "member",
    "soldier", "insurgent", "rebel", "people", "person", "civilian", "man", "woman", "child",
    "protester", "demonstrator", "opponent", "dissident", "enemy", "resident", "villager",
    "worker", "voter", "family", "crowd", "troop", "force", "militia", "gunman", "journalist",
})
# Modifiers with a category sense beside the charged one ('criminal court', 'horror film').
CATEGORY_MODIFIERS = frozenset({"criminal", "terror", "terrorist", "horror", "monster",
                                "brutal", "savage", "evil", "bloody"})
# Nouns that make a category modifier a category, not a judgement.
NEUTRAL_HEADS = frozenset({
    "investigation", "charge", "case", "court", "proceeding", "probe", "record", "law",
    "code", "justice", "liability", "offence", "offense", "trial", "inquiry", "complaint",
    "prosecution", "conviction", "division", "lawyer", "defence", "defense", "procedure",
    "film", "movie", "novel", "genre", "story", "show", "series", "writer", "fiction",
    "plot", "suspect", "cell", "law", "legislation", "alert", "level", "list", "threat",
})
# Words with a technical sense: loaded only when they name a party's act or movement
# ('the resistance', 'Russian aggression'), not a property ('resistance to antibiotics').
PARTY_SENSE = frozenset({"resistance", "aggression", "regime", "regimes", "liberation"})

# Labels that brand a person, group or state rather than describe it.
NAME_CALLING = frozenset({
    "overlord", "overlords", "sicko", "sickos", "perv", "pervs", "weirdo", "weirdos", "nutter",
    "fiend", "fiends", "ghoul", "ghouls",
    "nutters", "nutjob", "nutjobs", "psycho", "psychos", "lowlife", "lowlifes", "dodgers",
    "dodger", "freeloader", "freeloaders", "robber barons", "robber baron", "grifter",
    "grifters", "quack", "quacks", "cultist", "cultists", "charlatan", "charlatans",
    "fraudster", "fraudsters", "crank", "cranks", "regime", "regimes", "terrorist",
    "terrorists", "thug", "thugs", "puppet", "puppets",
    "tyrant", "tyrants", "dictator", "dictators", "warmonger", "warmongers", "traitor",
    "traitors", "gangster", "gangsters", "mercenary", "mercenaries", "criminals",
    "murderer", "murderers", "butcher", "butchers", "invader", "invaders", "occupier",
    "occupiers", "infidel", "infidels", "crusaders", "fascist", "fascists", "nazi", "nazis",
    "extremist", "extremists", "anarchist", "anarchists", "troublemaker", "troublemakers", "fanatic", "fanatics", "zealot", "zealots", "jihadist",
    "jihadists", "henchman", "henchmen", "stooge", "stooges", "lackey",
    "lackeys", "despot", "despots", "oppressor", "oppressors", "usurper", "usurpers",
    "rogue state", "axis of evil", "zionist entity", "great satan", "evil empire",
    "puppet government", "terror group", "terror groups", "death squad", "death squads",
    "monsters", "maniac", "maniacs", "troll", "trolls", "junta", "juntas", "horde", "hordes",
    "elites", "globalist", "globalists", "eurocrat", "eurocrats", "joyrider", "joyriders",
    "yob", "yobs", "scum", "savages", "barbarians", "war criminals",
    "illegals", "paedo", "paedos", "pedo", "pedos", "running dogs",
    "puppet masters", "paid agents", "snowflakes", "loony", "lunatic", "lunatics",
    "conman", "conmen", "con artist", "crook", "crooks", "coward", "cowards", "predator",
    "predators", "pervert", "perverts", "fool", "fools", "idiot", "idiots", "moron",
    "morons", "clown", "clowns", "elite", "cronies", "crony", "warlord", "warlords",
    "hooligan", "hooligans", "lout", "louts", "vandals", "radicals", "ideologue",
    "ideologues", "apologist", "apologists", "propagandist", "propagandists",
    "collaborator", "collaborators", "quisling", "quislings", "turncoat", "turncoats",
    "agitator", "agitators", "provocateur", "provocateurs", "rabble", "freeloader", "freeloaders", "scrounger",
    "scroungers", "sponger", "spongers", "bigot", "bigots", "racist", "racists", "hater",
    "haters", "snowflake", "villain", "villains", "brute", "brutes", "goon", "goons",
    "minion", "minions", "cabal", "clique", "saboteur", "saboteurs", "imperialist",
    "imperialists", "foreign masters",
    # group labels of tabloid and op-ed copy
    "cheat", "cheats", "bandit", "bandits", "lapdog", "lapdogs", "nutters", "nutjobs",
    "crackpots", "cranks", "degenerates", "deviants", "lowlifes", "scumbag", "scumbags",
    "sleazebags", "dirtbags", "do-gooders", "luvvies", "bigwigs", "pen-pushers",
    "jobsworths", "apparatchiks", "apparatchik", "flunkeys", "flunkey", "sycophants",
    "sycophant", "toadies", "yes-men", "shills", "shill", "useful idiots", "fifth column",
    "fifth columnists", "enemies of the people", "enemy of the people", "fat cats",
    "fat-cats", "champagne socialists", "bleeding hearts", "tree-huggers", "eco-zealots",
    "eco-loons", "loonies", "fanatics", "hotheads", "firebrands", "rabble-rousers",
    "mobsters", "racketeers", "pariah", "pariahs", "outcasts", "liar", "liars",
    "paymasters", "paymaster", "puppeteers", "puppet-masters", "love rat", "love cheat",
    "love-rat", "fat cat", "fat-cat", "chancers", "spivs", "bureaucrats", "bureaucrat",
    "enemies of the revolution", "enemy of the revolution", "enemies of the state",
    "enemy of the state", "enemies of the nation", "enemies of the motherland",
})
# Labels that are also common verbs: a verb tag on these is believed ('he trolls').
VERBAL_LABELS = frozenset({"butcher", "butchers", "troll", "trolls", "leech", "leeches",
                           "clown", "clowns", "bully", "bullies", "con", "puppet"})
# Labels that also brand as adjectives ('fascist invaders', 'mercenary hordes').
ADJECTIVE_LABELS = frozenset({"fascist", "terrorist", "mercenary", "globalist", "extremist",
                              "imperialist",
                              "jihadist", "puppet", "rogue", "loony"})

# Mild words for violence or harm that hide what was done ('neutralised four suspects').
EUPHEMISM = frozenset({"neutralise", "neutralize", "neutralised", "neutralized",
                       "collateral damage", "enhanced interrogation", "pacification",
                       "special military operation", "extraordinary rendition",
                       "kinetic action", "eliminate", "eliminated", "liquidate",
                       "liquidated", "pacify", "pacified", "sanitise", "sanitize",
                       "servicing the target", "surgical strike", "surgical strikes",
                       "cleanse", "cleansed", "cleansing operation", "mop-up operation",
                       "pacification operation", "price adjustment",
                       "revenue enhancement", "alternative facts",
                       "economical with the truth", "terminological inexactitude",
                       "unlawful combatants", "unintended casualties", "right-size",
                       "right-sized", "right-sizing", "rightsizing", "rightsize",
                       "rightsized", "smartsizing", "delayering"})
# Euphemisms with no plain sense to tell apart: charged whatever they act on ('rightsizing
# its operations'), where 'eliminate' needs people as its object.
ONLY_EUPHEMISM = frozenset({"right-size", "right-sized", "right-sizing", "rightsizing",
                            "rightsize", "rightsized", "smartsizing", "delayering"})

# "Calling it so" signals: the writer distances themself from a name.
DOUBT = frozenset({"so-called", "self-styled", "self-proclaimed", "purported",
                   "supposed", "would-be", "pseudo"})

# Overstatement markers.
EXAGGERATION = frozenset({
    "unprecedented", "catastrophic", "apocalyptic", "unimaginable", "unthinkable",
    "colossal", "monumental", "staggering", "astronomical", "unparalleled", "epic",
    "cataclysmic", "biblical", "utter", "never-ending", "endless", "countless",
    "eye-watering", "jaw-dropping", "mind-boggling", "whopping", "blistering",
    "sweltering", "mammoth", "gigantic", "titanic", "untold", "unspeakable",
    "unbelievable", "incredible", "crippling", "record-shattering",
})
# Adverbs that sharpen an evaluative word; they join its span.
INTENSIFIERS = frozenset({"utterly", "deeply", "truly", "extremely", "absolutely", "totally",
                          "completely", "incredibly", "so", "most", "very", "particularly",
                          "especially", "outright", "downright", "thoroughly", "wholly"})
# Phrases after a superlative that turn it into an overstatement ("the worst ever").
SUPERLATIVE_TAILS = ("ever", "in history", "of all time", "on record", "in memory")

# Modifiers that frame an event noun and belong to the event word ("terror attack").
# Evaluative adjectives ("cowardly") stay out: they are loaded-language spans of their own.
EVENT_FRAMING_MODIFIERS = frozenset({"terror", "terrorist", "martyrdom", "suicide",
                                     "targeted",
                                     "retaliatory", "revenge", "punitive", "preemptive",
                                     "pre-emptive", "defensive", "jihadist"})

# Nouns naming a happening by judging it ('aggression', 'massacre'), which the event
# finder may not keep as events but outlets choose over neutral words.
FRAMING_EVENT_NOUNS = frozenset({"aggression", "provocation", "provocations", "rampage",
                                 "massacre", "massacres", "crackdown", "bloodbath",
                                 "carnage", "slaughter", "atrocity", "atrocities", "rescue",
                                 "ambush", "pogrom", "onslaught", "invasion", "incursion"})
# Generic heads that a framing modifier turns into an event word ('martyrdom operation').
OPERATION_NOUNS = frozenset({"operation", "operations", "mission", "missions", "act", "acts"})

# Words for a death that name no act: outlets choosing "death" over "killing" frame it.
DEATH_WORDS = frozenset({"death", "deaths", "died", "dies", "demise", "perished"})

# Event words in other languages -> PLOVER category (None: a death word, no category).
# Multi-word entries never match a single token; they document the phrase for readers.
EVENT_WORDS: dict[str, dict[str, str | None]] = {
    "fr": {
        "assassinat": "ASSAULT", "assassiné": "ASSAULT", "assassinée": "ASSAULT",
        "assassiner": "ASSAULT", "meurtre": "ASSAULT", "tué": "ASSAULT", "tués": "ASSAULT",
        "tuée": "ASSAULT", "tuer": "ASSAULT", "frappe": "ASSAULT", "frappes": "ASSAULT",
        "attaque": "ASSAULT", "attaques": "ASSAULT", "attentat": "ASSAULT",
        "attentats": "ASSAULT", "bombardement": "ASSAULT", "bombardements": "ASSAULT",
        "raid": "ASSAULT", "exécution": "ASSAULT", "élimination": "ASSAULT",
        "éliminé": "ASSAULT", "libération": "ASSAULT", "mort": None, "décès": None,
        "manifestation": "PROTEST", "manifestations": "PROTEST", "grève": "PROTEST",
        "sanctions": "SANCTION", "embargo": "SANCTION", "arrestation": "COERCE",
        "arrêté": "COERCE", "retrait": "RETREAT", "menace": "THREATEN",
        "menaces": "THREATEN", "menacé": "THREATEN", "accord": "AGREE",
        "pourparlers": "CONSULT", "négociations": "CONSULT", "aide": "AID",
        "accuse": "ACCUSE", "accusé": "ACCUSE", "condamne": "ACCUSE", "condamné": "ACCUSE",
        "rejette": "REJECT", "rejeté": "REJECT", "vengeance": "THREATEN",
        "morts": None, "décédé": None, "décédés": None, "victimes": None, "tuées": "ASSAULT",
        "attaqué": "ASSAULT", "bombardé": "ASSAULT", "frappé": "ASSAULT",
        "affrontements": "ASSAULT", "fusillade": "ASSAULT", "otages": "COERCE",
        "manifestants": "PROTEST", "grévistes": "PROTEST", "arrêtés": "COERCE",
        "interpellé": "COERCE", "interpellés": "COERCE", "menacent": "THREATEN",
    },
    "es": {
        "asesinato": "ASSAULT", "asesinado": "ASSAULT", "asesinada": "ASSAULT",
        "asesinar": "ASSAULT", "homicidio": "ASSAULT", "matado": "ASSAULT",
        "mató": "ASSAULT", "ataque": "ASSAULT", "ataques": "ASSAULT", "atentado": "ASSAULT",
        "atentados": "ASSAULT", "bombardeo": "ASSAULT", "bombardeos": "ASSAULT",
        "ejecución": "ASSAULT", "eliminación": "ASSAULT", "liberación": "ASSAULT",
        "muerte": None, "muerto": None, "murió": None, "fallecimiento": None,
        "protesta": "PROTEST", "protestas": "PROTEST", "manifestación": "PROTEST",
        "huelga": "PROTEST", "sanciones": "SANCTION", "embargo": "SANCTION",
        "detención": "COERCE", "arresto": "COERCE", "detenido": "COERCE",
        "retirada": "RETREAT", "amenaza": "THREATEN", "amenazas": "THREATEN",
        "venganza": "THREATEN", "acuerdo": "AGREE", "negociaciones": "CONSULT",
        "conversaciones": "CONSULT", "ayuda": "AID", "acusó": "ACCUSE", "acusa": "ACCUSE",
        "condenó": "ACCUSE", "rechazó": "REJECT", "rechaza": "REJECT",
        "muertos": None, "fallecidos": None, "víctimas": None, "asesinados": "ASSAULT",
        "atacó": "ASSAULT", "bombardeó": "ASSAULT", "enfrentamientos": "ASSAULT",
        "tiroteo": "ASSAULT", "manifestantes": "PROTEST", "detenidos": "COERCE",
        "arrestado": "COERCE", "amenazó": "THREATEN", "rehenes": "COERCE",
    },
    # German: matched on word endings so compounds count.
    "de": {
        "tötung": "ASSAULT", "ermordung": "ASSAULT", "ermordet": "ASSAULT",
        "getötet": "ASSAULT", "mord": "ASSAULT", "angriff": "ASSAULT",
        "angriffe": "ASSAULT", "anschlag": "ASSAULT", "anschläge": "ASSAULT",
        "attentat": "ASSAULT", "bombardierung": "ASSAULT", "hinrichtung": "ASSAULT",
        "befreiung": "ASSAULT", "schlag": "ASSAULT", "tod": None, "gestorben": None,
        "protest": "PROTEST", "proteste": "PROTEST", "demonstration": "PROTEST",
        "streik": "PROTEST", "sanktionen": "SANCTION", "embargo": "SANCTION",
        "festnahme": "COERCE", "verhaftung": "COERCE", "festgenommen": "COERCE",
        "rückzug": "RETREAT", "drohung": "THREATEN", "drohungen": "THREATEN",
        "rache": "THREATEN", "abkommen": "AGREE", "vereinbarung": "AGREE",
        "gespräche": "CONSULT", "verhandlungen": "CONSULT", "hilfe": "AID",
        "vorwurf": "ACCUSE", "vorwürfe": "ACCUSE", "verurteilt": "ACCUSE",
        "tote": None, "toten": None, "opfer": None, "gefechte": "ASSAULT",
        "schüsse": "ASSAULT", "beschuss": "ASSAULT", "demonstranten": "PROTEST",
        "festnahmen": "COERCE", "geiseln": "COERCE", "droht": "THREATEN",
    },
    # Arabic: stems after clitics are stripped.
    "ar": {
        "اغتيال": "ASSAULT", "مقتل": "ASSAULT", "قتل": "ASSAULT", "هجوم": "ASSAULT",
        "هجمات": "ASSAULT", "غارة": "ASSAULT", "غارات": "ASSAULT", "ضربة": "ASSAULT",
        "قصف": "ASSAULT", "تفجير": "ASSAULT", "اعتداء": "ASSAULT", "تحرير": "ASSAULT",
        "إعدام": "ASSAULT", "وفاة": None, "موت": None, "استشهاد": "ASSAULT",
        "احتجاج": "PROTEST", "احتجاجات": "PROTEST", "مظاهرة": "PROTEST",
        "مظاهرات": "PROTEST", "إضراب": "PROTEST", "عقوبات": "SANCTION",
        "اعتقال": "COERCE", "انسحاب": "RETREAT", "تهديد": "THREATEN",
        "تهديدات": "THREATEN", "انتقام": "THREATEN", "ثأر": "THREATEN", "اتفاق": "AGREE",
        "اتفاقية": "AGREE", "محادثات": "CONSULT", "مفاوضات": "CONSULT", "مساعدات": "AID",
        "اتهام": "ACCUSE", "إدانة": "ACCUSE", "رفض": "REJECT", "قتلى": None, "ضحايا": None,
        "مصرع": None, "اشتباكات": "ASSAULT", "استهداف": "ASSAULT", "إطلاق نار": "ASSAULT",
        "محتجين": "PROTEST", "متظاهرين": "PROTEST", "المحتجين": "PROTEST", "رهائن": "COERCE",
        "أدان": "ACCUSE", "هدد": "THREATEN", "يهدد": "THREATEN", "اعتقل": "COERCE",
    },
    "it": {
        "uccisione": "ASSAULT", "assassinio": "ASSAULT", "omicidio": "ASSAULT",
        "ucciso": "ASSAULT", "uccisa": "ASSAULT", "uccisi": "ASSAULT", "attacco": "ASSAULT",
        "attacchi": "ASSAULT", "attentato": "ASSAULT", "attentati": "ASSAULT",
        "bombardamento": "ASSAULT", "bombardamenti": "ASSAULT", "raid": "ASSAULT",
        "esecuzione": "ASSAULT", "liberazione": "ASSAULT", "morte": None, "morto": None,
        "protesta": "PROTEST", "proteste": "PROTEST", "manifestazione": "PROTEST",
        "manifestazioni": "PROTEST", "sciopero": "PROTEST", "sanzioni": "SANCTION",
        "embargo": "SANCTION", "arresto": "COERCE", "arrestato": "COERCE",
        "ritiro": "RETREAT", "minaccia": "THREATEN", "minacce": "THREATEN",
        "vendetta": "THREATEN", "accordo": "AGREE", "colloqui": "CONSULT",
        "negoziati": "CONSULT", "aiuti": "AID", "accusa": "ACCUSE", "condanna": "ACCUSE",
        "respinge": "REJECT", "respinto": "REJECT",
        "morti": None, "vittime": None, "deceduti": None, "attaccato": "ASSAULT",
        "scontri": "ASSAULT", "sparatoria": "ASSAULT", "manifestanti": "PROTEST",
        "arrestati": "COERCE", "ostaggi": "COERCE",
    },
    # Turkish, Greek, Persian, Urdu: matched on word beginnings (stems), since suffixes
    # pile up ("saldırısında", "επιθέσεις", "تحریم‌ها").
    "tr": {
        "suikast": "ASSAULT", "öldürül": "ASSAULT", "öldürme": "ASSAULT", "saldırı": "ASSAULT",
        "bombala": "ASSAULT", "infaz": "ASSAULT", "katliam": "ASSAULT", "ölüm": None,
        "hayatını kaybet": None, "protesto": "PROTEST", "gösteri": "PROTEST",
        "grev": "PROTEST", "yaptırım": "SANCTION", "ambargo": "SANCTION",
        "gözaltı": "COERCE", "tutukla": "COERCE", "çekilme": "RETREAT", "tehdit": "THREATEN",
        "intikam": "THREATEN", "anlaşma": "AGREE", "müzakere": "CONSULT",
        "görüşme": "CONSULT", "yardım": "AID", "suçla": "ACCUSE", "kınadı": "ACCUSE",
        "kınama": "ACCUSE", "reddet": "REJECT", "çatışma": "ASSAULT", "kurşunla": "ASSAULT",
        "rehine": "COERCE", "göstericiler": "PROTEST", "öldü": None, "kurban": None,
    },
    "el": {
        "δολοφον": "ASSAULT", "σκότωσ": "ASSAULT", "σκοτώθηκ": "ASSAULT",
        "επίθεσ": "ASSAULT", "επιθέσ": "ASSAULT", "επιδρομ": "ASSAULT",
        "βομβαρδισμ": "ASSAULT", "εκτέλεσ": "ASSAULT", "απελευθέρωσ": "ASSAULT",
        "θάνατ": None, "διαμαρτυρ": "PROTEST", "διαδήλωσ": "PROTEST",
        "διαδηλώσ": "PROTEST", "απεργ": "PROTEST", "κυρώσ": "SANCTION",
        "εμπάργκο": "SANCTION", "σύλληψ": "COERCE", "συλλήψ": "COERCE",
        "συνελήφθ": "COERCE", "αποχώρησ": "RETREAT", "απόσυρσ": "RETREAT",
        "απειλ": "THREATEN", "εκδίκησ": "THREATEN", "συμφωνί": "AGREE",
        "συνομιλί": "CONSULT", "διαπραγματεύσ": "CONSULT", "βοήθει": "AID",
        "κατηγορ": "ACCUSE", "καταδίκ": "ACCUSE", "απέρριψ": "REJECT",
        "νεκρ": None, "θύματ": None, "συγκρούσ": "ASSAULT", "πυροβολ": "ASSAULT",
        "διαδηλωτ": "PROTEST", "ομήρ": "COERCE",
    },
    "fa": {
        "ترور": "ASSAULT", "کشته": "ASSAULT", "کشتن": "ASSAULT", "قتل": "ASSAULT",
        "حمله": "ASSAULT", "حملات": "ASSAULT", "بمباران": "ASSAULT", "اعدام": "ASSAULT",
        "شهادت": "ASSAULT", "آزادسازی": "ASSAULT", "مرگ": None, "اعتراض": "PROTEST",
        "تظاهرات": "PROTEST", "اعتصاب": "PROTEST", "تحریم": "SANCTION",
        "بازداشت": "COERCE", "دستگیر": "COERCE", "عقب‌نشینی": "RETREAT",
        "تهدید": "THREATEN", "انتقام": "THREATEN", "توافق": "AGREE", "مذاکره": "CONSULT",
        "مذاکرات": "CONSULT", "کمک": "AID", "اتهام": "ACCUSE", "محکوم": "ACCUSE",
        "درگیری": "ASSAULT", "تیراندازی": "ASSAULT", "معترض": "PROTEST",
        "گروگان": "COERCE", "قربانی": None, "جان باخت": None, "کشته‌شدگان": None,
    },
    "ur": {
        "قتل": "ASSAULT", "ہلاک": "ASSAULT", "حملہ": "ASSAULT", "حملے": "ASSAULT",
        "بمباری": "ASSAULT", "شہادت": "ASSAULT", "موت": None, "احتجاج": "PROTEST",
        "مظاہر": "PROTEST", "ہڑتال": "PROTEST", "پابندی": "SANCTION", "گرفتار": "COERCE",
        "انخلا": "RETREAT", "دھمکی": "THREATEN", "انتقام": "THREATEN", "بدلہ": "THREATEN",
        "معاہد": "AGREE", "مذاکرات": "CONSULT", "امداد": "AID", "الزام": "ACCUSE",
        "مذمت": "ACCUSE", "جھڑپ": "ASSAULT", "فائرنگ": "ASSAULT", "مظاہرین": "PROTEST",
        "یرغمال": "COERCE", "جاں بحق": None, "زخمی": None,
    },
}

# Loaded words and labels in other languages (same matching as EVENT_WORDS).
FOREIGN_LOADED: dict[str, dict[str, str]] = {
    "fr": {"lâche": "loaded_language", "lâches": "loaded_language",
           "barbare": "loaded_language", "odieux": "loaded_language",
           "martyr": "loaded_language", "martyrs": "loaded_language",
           "criminel": "loaded_language", "héroïque": "loaded_language",
           "régime": "name_calling", "terroriste": "name_calling",
           "terroristes": "name_calling", "soi-disant": "doubt", "prétendu": "doubt"},
    "es": {"cobarde": "loaded_language", "cobardes": "loaded_language",
           "bárbaro": "loaded_language", "brutal": "loaded_language",
           "mártir": "loaded_language", "martirio": "loaded_language",
           "criminal": "loaded_language", "heroico": "loaded_language",
           "régimen": "name_calling", "terrorista": "name_calling",
           "terroristas": "name_calling", "supuesto": "doubt", "llamado": "doubt"},
    "de": {"feige": "loaded_language", "feigen": "loaded_language",
           "brutal": "loaded_language", "brutale": "loaded_language",
           "märtyrer": "loaded_language", "heldenhaft": "loaded_language",
           "regime": "name_calling", "terrorist": "name_calling",
           "terroristen": "name_calling", "sogenannte": "doubt", "sogenannten": "doubt"},
    "ar": {"جبان": "loaded_language", "الجبان": "loaded_language",
           "الجبانة": "loaded_language", "جبانة": "loaded_language",
           "غادر": "loaded_language", "الغادر": "loaded_language",
           "الغادرة": "loaded_language", "شهيد": "loaded_language",
           "الشهيد": "loaded_language", "استشهاد": "loaded_language",
           "إرهابي": "name_calling", "الإرهابي": "name_calling",
           "الإرهابية": "name_calling", "إرهابية": "name_calling",
           "المزعوم": "doubt", "المزعومة": "doubt"},
    "it": {"codardo": "loaded_language", "codarda": "loaded_language",
           "vigliacco": "loaded_language", "vigliacca": "loaded_language",
           "barbaro": "loaded_language", "martire": "loaded_language",
           "eroico": "loaded_language", "regime": "name_calling",
           "terrorista": "name_calling", "terroristi": "name_calling",
           "cosiddetto": "doubt", "cosiddetta": "doubt", "presunto": "doubt"},
    "tr": {"şehit": "loaded_language", "alçak": "loaded_language",
           "korkak": "loaded_language", "hain": "loaded_language",
           "vahşi": "loaded_language", "rejim": "name_calling", "terörist": "name_calling",
           "sözde": "doubt", "sözümona": "doubt"},
    "el": {"δειλ": "loaded_language", "άνανδρ": "loaded_language",
           "βάρβαρ": "loaded_language", "ηρωικ": "loaded_language",
           "καθεστώ": "name_calling", "τρομοκράτ": "name_calling",
           "τρομοκρατικ": "name_calling", "δήθεν": "doubt", "λεγόμεν": "doubt"},
    "fa": {"شهید": "loaded_language", "ناجوانمردانه": "loaded_language",
           "جنایتکارانه": "loaded_language", "وحشیانه": "loaded_language",
           "رژیم": "name_calling", "تروریست": "name_calling", "به‌اصطلاح": "doubt"},
    "ur": {"شہید": "loaded_language", "بزدلانہ": "loaded_language",
           "وحشیانہ": "loaded_language", "دہشت": "name_calling", "نام نہاد": "doubt"},
}

# Killing and injury words that an accident, not an attacker, may have caused; and the
# accident words that, alone in their sentence, make them no assault (same matching rule).
HARM_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"tué", "tués", "tuée", "tuées", "tuer", "blessé", "blessés"}),
    "es": frozenset({"matado", "mató", "mataron", "herido", "heridos"}),
    "de": frozenset({"getötet", "verletzt"}),
}
ACCIDENT_WORDS: dict[str, dict[str, None]] = {
    "fr": dict.fromkeys(("bousculade", "accident", "crash", "écrasé", "effondrement",
                         "effondré", "inondation", "inondations", "crue", "crues", "séisme",
                         "tremblement", "incendie", "tempête", "ouragan", "avalanche",
                         "glissement", "naufrage", "chavire", "chaviré", "déraillement",
                         "collision", "épidémie", "choléra", "paludisme")),
    "es": dict.fromkeys(("estampida", "avalancha", "accidente", "estrelló", "derrumbe",
                         "colapso", "inundación", "inundaciones", "terremoto", "sismo",
                         "incendio", "tormenta", "huracán", "deslave", "naufragio",
                         "descarrilamiento", "choque", "colisión", "epidemia", "cólera")),
    "de": dict.fromkeys(("massenpanik", "unglück", "unfall", "absturz", "einsturz",
                         "überschwemmung", "hochwasser", "erdbeben", "brand", "sturm",
                         "lawine", "erdrutsch", "epidemie", "cholera")),
}

# Languages whose words are matched on their beginnings.
STEM_LANGUAGES = frozenset({"tr", "el", "fa", "ur"})
_AR_CLITICS = ("وال", "بال", "فال", "لل", "كال", "ال", "و", "ب", "ف", "ل", "ك")


def _ar_forms(word: str) -> list[str]:
    """The word and its forms with one leading clitic (and the article) removed."""
    forms = [word]
    for c in _AR_CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            forms.append(word[len(c):])
    return forms


def lookup(word: str, lang: str, table: dict[str, dict]) -> tuple[bool, object]:
    """(found, value) for ``word`` in ``table[lang]`` with the language's matching rule."""
    entries = table.get(lang)
    if not entries:
        return False, None
    low = word.lower()
    if lang == "ar":
        for form in _ar_forms(word):
            if form in entries:
                return True, entries[form]
        return False, None
    if low in entries:
        return True, entries[low]
    if lang == "de" and len(low) > 6:
        for stem, value in entries.items():
            if len(stem) >= 4 and low.endswith(stem):
                return True, value
    if lang in STEM_LANGUAGES:
        for stem, value in entries.items():
            if len(stem) >= 3 and low.startswith(stem) and len(low) <= len(stem) + 9:
                return True, value
    return False, None


def word_of(token_text: str, lang: str) -> tuple[int, str]:
    """(offset, word) of a token without a French or Italian elided article ("l'assassinat"
    -> "assassinat" at 2); other tokens come back whole."""
    for apo in ("'", "’"):
        pos = token_text.find(apo)
        if 0 < pos <= 3 and lang in ("fr", "it") and pos + 1 < len(token_text):
            return pos + 1, token_text[pos + 1:]
    return 0, token_text


__all__ = ["DEHUMANISING_NOUNS", "DEHUMANISING_VERBS", "CONTEMPT", "ON_LABELS_ONLY",
           "EMOTIVE", "CRITICISE_VERBS", "SPEND_VERBS", "ABSTRACT_TARGETS", "MONEY_NOUNS",
           "PHRASAL", "POSSESSED_LABELS", "OWNED_FIGURES", "JUDGING_COMPOUND_ENDS", "JUDGING_HIT_NOUNS",
           "VAGUE_BACKERS", "BACKING_ENDS", "MONGER_TRADES", "DOUBT_PREFIXES", "JUDGING_ADVERBS", "CONDUCT_ADVERBS", "INFAMOUS_REFERENTS", "NEO_LABELS",
           "LABEL_NEEDS_MODIFIER", "HISTORICAL_SENSE", "HISTORICAL_MODIFIERS",
           "TECHNICAL_SENSE", "TERM_OF_ART_LABELS", "LOADED", "ATTRIBUTIVE_ONLY", "CATEGORY_MODIFIERS", "VERBAL_LABELS", "PLAIN_VERBS",
           "VEHICLE_VERBS", "VEHICLE_NOUNS", "VERB_ONLY", "PERSON_NOUNS", "NEUTRAL_HEADS",
           "PARTY_SENSE", "ADJECTIVE_LABELS", "EUPHEMISM", "FRAMING_EVENT_NOUNS",
           "OPERATION_NOUNS", "NAME_CALLING", "DOUBT", "EXAGGERATION", "INTENSIFIERS",
           "SUPERLATIVE_TAILS", "EVENT_FRAMING_MODIFIERS", "DEATH_WORDS", "EVENT_WORDS",
           "FOREIGN_LOADED", "STEM_LANGUAGES", "HARM_WORDS", "ACCIDENT_WORDS", "lookup",
           "word_of"]
