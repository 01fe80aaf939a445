"""Evaluative wording no single listed word gives away: degree and hyperbole, figures of disaster
and disease, dehumanising nouns by the role they fill, renaming euphemisms; reads a spaCy doc.

framing.py asks two things of this module, in its own passes: ``token_span`` (the span one
token starts, if any) and ``pattern_spans`` (spans found on the surface). The mechanisms:
- degree: an intensifying adjective on a noun of verdict ('an absolute scandal', 'total
  chaos', 'sheer incompetence'), nouns that are verdicts alone ('a farce', 'a fiasco'), a
  superlative said of a government or leader ('the worst government in living memory'),
  body-part hyperbole compounds ('eye-popping', 'jaw-droppingly arrogant');
- selectional mismatch: a disaster or disease noun outside its own field ('markets in
  meltdown', 'a plague of knife crime'; 'bubonic plague', 'a reactor meltdown' are
  literal), a raid or heist on money ('tax raid'), a predator named by a trade ('currency
  sharks', 'loan vultures'), an animal or pest noun doing what only people do ('these
  parasites ... feeding off the taxpayer') or heading a nest of people ('nests of militants');
- emotion read into a crowd: an emotion participle on people ('panicked traders');
- renaming: a harm given a mild name ('calls the sacking a "workforce realignment"',
  'described the raid as a kinetic operation', 'what officials called stress positions,
  a polite name for torture'), and the soft modifiers of war copy ('collateral impact');
- verdict adjectives this project's lists lacked, kept here as a list built for it.
"""
from __future__ import annotations

import re

from . import framing_rules as rules
from . import loaded_lexicon as lx

# Adjectives that push a noun of verdict to its extreme ('an absolute scandal').
DEGREE_ADJECTIVES = frozenset({"absolute", "total", "utter", "sheer", "complete", "outright",
                               "downright", "unmitigated", "abject", "pure", "thorough",
                               "unholy", "almighty", "monumental", "colossal", "epic",
                               "spectacular", "unbridled", "rank", "blatant"})
# Nouns that give a verdict on what they name; with a degree adjective they are one span.
VERDICT_NOUNS = frozenset({
    "scandal", "chaos", "shambles", "farce", "fiasco", "disgrace", "mess", "disaster",
    "catastrophe", "nightmare", "joke", "travesty", "incompetence", "betrayal", "insult",
    "outrage", "nonsense", "hypocrisy", "cowardice", "madness", "lunacy", "folly", "idiocy",
    "stupidity", "arrogance", "contempt", "disregard", "humiliation", "embarrassment",
    "debacle", "calamity", "havoc", "mayhem", "meltdown", "omnishambles", "charade",
    "circus", "pantomime", "rubbish", "garbage", "drivel", "waste", "blunder", "abomination",
    "indictment", "negligence", "greed", "cruelty", "ineptitude", "dereliction", "sham",
    "con", "rip-off", "stitch-up", "whitewash", "lies", "hysteria", "recklessness", "impunity",
    "failure", "flop", "climbdown", "humbling", "theatre", "theater",
})
# Of those, the ones that are a verdict with no degree word ('the inquiry was a farce').
# 'farce', 'fiasco' and 'shambles' are in loaded_lexicon.LOADED, marked by the listed-word pass.
VERDICT_ALONE = frozenset({"charade", "omnishambles", "rip-off", "folly", "ineptitude",
                           "idiocy", "drivel"})
# Adjectives that judge an act they modify (_act_judged) and the acts they judge.
ACT_JUDGES = frozenset({"desperate", "genius", "hare-brained", "harebrained", "cack-handed",
                        "half-baked", "ham-fisted", "knee-jerk", "madcap", "crackpot",
                        # praise of a ruler's acts, the state outlet's register
                        "wise", "far-sighted", "farsighted", "sagacious", "tireless",
                        "masterful", "enlightened"})
ACT_NOUNS = frozenset({"plan", "bid", "attempt", "move", "gamble", "ploy", "effort", "scramble",
                       "scheme", "idea", "measure", "tactic", "stunt", "wheeze", "manoeuvre",
                       "maneuver", "u-turn", "reshuffle", "policy", "decision", "strategy",
                       "proposal", "reform", "initiative", "response", "gambit", "mary",
                       "leadership", "guidance", "rule", "stewardship", "governance",
                       "diplomacy", "efforts", "vision", "statesmanship"})
# Verdict adjectives beyond loaded_lexicon's lists, chosen for this module: each judges
# character or conduct in any sentence. Words that also describe in wire copy ('hardline',
# 'authoritarian', 'violent', 'careless driving', 'punitive damages', 'spoiled ballots',
# 'predatory lending', 'fraudulent accounts') are left out.
VERDICT_ADJECTIVES = frozenset({
    "alarmist", "avaricious", "awful", "baying", "blundering", "botched", "bumbling", "calamitous",
    "cold-hearted", "complacent", "conceited", "condescending", "cosseted", "crass",
    "debauched", "decadent", "degenerate", "dictatorial", "dogmatic", "dreadful",
    "elitist", "exorbitant", "extortionate", "feeble", "foolish", "freeloading", "haughty",
    "horrible", "ill-conceived", "insidious", "intolerant", "lazy", "loutish", "malevolent",
    "malign", "mean-spirited", "meaningless", "misguided", "money-grubbing",
    "patronising", "patronizing", "pernicious", "perverse", "petty", "phoney", "phony",
    "pointless", "profiteering", "rapacious", "repellent", "repressive", "ruinous",
    "scornful", "scrounging", "seditious", "self-righteous", "sexist", "shadowy", "sinful",
    "snobbish", "specious", "sponging", "spurious", "stupid", "subversive", "supercilious",
    "swingeing", "terrible", "uncaring", "untrustworthy", "witless", "wrong-headed",
    "wrongheaded", "xenophobic", "yobbish", "parasitic", "nasty", "decrepit",
    # praise that glorifies rather than reports
    "trailblazing", "indomitable", "intrepid", "dauntless", "unflinching", "peerless",
    "lionhearted", "swashbuckling", "godlike",
    # servility read into a press or a following
    "fawning", "obsequious", "sycophantic", "servile", "toadying",
})
# Endings that make a compound a verdict on character ('mealy-mouthed', 'lion-hearted',
# 'bird-brained', 'quick-witted'); 'wholehearted' backs a cause and stays plain.
CHARACTER_ENDS = ("hearted", "mouthed", "brained", "witted", "livered", "headed")
_PLAIN_CHARACTER = frozenset({"wholehearted", "whole-hearted", "two-headed", "clear-headed",
                              "level-headed", "grey-headed", "gray-headed", "white-headed",
                              "bald-headed", "double-headed", "many-headed", "open-mouthed",
                              "wide-mouthed", "narrow-mouthed", "flat-headed"})
# Superlatives that rank a party, not a measure ('the worst government'); 'the worst
# floods' and 'the biggest rise' are measured and stay plain.
RANKING_SUPERLATIVES = frozenset({"worst", "best", "greatest", "finest", "weakest",
                                  "feeblest", "laziest", "nastiest", "stupidest"})
GOVERNING_NOUNS = frozenset({"government", "administration", "leader", "president",
                             "minister", "chancellor", "cabinet", "regime", "party",
                             "premier", "mayor", "council", "congress", "parliament",
                             "politician", "monarch", "king", "queen", "ruler"})
# Disaster and disease nouns, and the words of the field in which each is literal; outside
# it they are a figure ('markets in meltdown', 'an epidemic of fly-tipping').
DISASTER_FIELDS = {
    "meltdown": {"reactor", "nuclear", "core", "plant", "fuel", "radiation", "fukushima",
                 "chernobyl", "cooling", "uranium", "atomic"},
    "plague": {"bubonic", "pneumonic", "septicaemic", "case", "cases", "patient",
               "patients", "outbreak", "disease", "infection", "antibiotic", "antibiotics",
               "flea", "fleas", "rat", "rats", "medieval", "black", "death", "locust",
               "locusts", "frog", "frogs", "biblical"},
    "epidemic": {"virus", "infection", "infections", "case", "cases", "disease", "vaccine",
                 "outbreak", "cholera", "measles", "flu", "influenza", "ebola", "hiv",
                 "patient", "patients", "health", "hospital", "hospitals", "obesity",
                 "drug", "drugs", "heroin", "opioid", "opioids", "overdose", "overdoses",
                 "fentanyl", "addiction"},
    "scourge": set(),
    "tsunami": {"earthquake", "quake", "wave", "waves", "coast", "coastal", "sea", "ocean",
                "tide", "magnitude", "seismic", "warning"},
    "armageddon": set(),
    "firestorm": {"fire", "fires", "wildfire", "blaze", "flames", "bombing", "bombers",
                  "incendiary", "dresden", "hamburg"},
    "bloodletting": {"leech", "leeches", "medieval", "physician", "physicians"},
}
# Crimes and raids said of money taken by the state or a firm ('a tax raid', 'pension
# heist'); 'a police raid' and 'a bank robbery' name the act itself.
RAID_NOUNS = frozenset({"raid", "raids", "heist", "robbery", "mugging", "grab", "smash-and-grab",
                        "ambush", "assault", "onslaught", "bombshell"})
MONEY_FIELDS = frozenset({"tax", "pension", "pensions", "savings", "budget", "cash",
                          "benefit", "benefits", "welfare", "fuel", "income", "wage", "pay",
                          "fare", "fares", "price", "council", "stealth", "inheritance",
                          "isa", "dividend", "levy", "vat", "stamp", "duty", "salary"})
# Crimes and wars said of an economy ('economic sabotage', 'financial terrorism'); a field
# word before them turns the act into an accusation.
ECONOMIC_CRIMES = frozenset({"sabotage", "terrorism", "warfare", "blackmail", "vandalism",
                             "treason", "piracy", "genocide", "suicide", "hooliganism"})
ECONOMIC_FIELDS = frozenset({"economic", "financial", "fiscal", "monetary", "currency",
                             "tax", "trade", "market", "corporate", "bureaucratic", "cultural",
                             "demographic", "electoral", "legislative", "regulatory"})
# Feelings and rows said to be made up ('manufactured outrage', 'a confected crisis').
FAKED = frozenset({"manufactured", "confected", "synthetic", "fabricated", "contrived",
                   "phoney", "phony", "fake", "faux", "performative", "staged"})
STIRRED_NOUNS = frozenset({"outrage", "controversy", "crisis", "row", "scandal", "hysteria",
                           "panic", "fury", "anger", "grievance", "grievances", "concern",
                           "furore", "furor", "moral panic", "debate", "emergency"})
# Floods and volleys that turn the words they carry into an onslaught.
TORRENTS = frozenset({"torrent", "torrents", "barrage", "barrages", "volley", "deluge",
                      "avalanche", "tirade", "stream", "hail", "firehose"})
# Adverbs that shrink what follows them ('merely a rebalancing').
MINIMISERS = frozenset({"merely", "just", "simply", "only", "essentially", "basically",
                        "nothing", "purely"})
# Predators named by a trade are people who prey on it ('currency sharks'); 'tiger sharks'
# and 'reef sharks' name the animal by its kind or home.
PREDATORS = frozenset({"shark", "sharks", "vulture", "vultures", "leech", "leeches",
                       "hyena", "hyenas", "jackal", "jackals", "parasite", "parasites",
                       "piranha", "piranhas", "rat", "rats", "wolf", "wolves",
                       "locust", "locusts", "vermin", "bloodsucker", "bloodsuckers"})
TRADE_FIELDS = MONEY_FIELDS | frozenset({
    "currency", "loan", "loans", "property", "land", "debt", "market", "money", "housing",
    "rent", "ticket", "payday", "ambulance", "insurance", "fee", "hedge", "fund",
    "equity", "corporate", "claims", "compensation", "media", "tabloid"})
# A lender outside the law has no other name: 'loan sharks' is the plain term.
_PLAIN_PREDATORS = frozenset({"loan"})
# Verbs only people do; an animal noun as their doer is a figure for people.
HUMAN_VERBS = frozenset({"know", "think", "vote", "demand", "pretend", "plot",
                         "lie", "cheat", "scrounge", "sponge", "lecture", "preach",
                         "lobby", "campaign", "protest", "govern", "rule", "legislate",
                         "decide", "promise", "refuse", "insist", "deny", "argue",
                         "complain", "boast", "pocket", "bankroll", "exploit", "fleece",
                         "swindle", "con", "defraud", "dodge", "evade", "sue", "riot",
                         "loot", "vandalise", "vandalize", "terrorise", "terrorize",
                         "intimidate", "blackmail", "bribe", "smuggle", "traffic"})
# Targets a figure feeds on: the public and its purse ('feeding off the taxpayer').
SOCIAL_TARGETS = frozenset({"taxpayer", "taxpayers", "state", "public", "system", "welfare",
                            "benefits", "nhs", "treasury", "purse", "exchequer"})
# Animals and pests proper; crowd and disease figures ('a wave of strikes hit the
# economy', 'the virus killed') do what their subject does and name no person.
_NOT_ANIMALS = frozenset({"tide", "flood", "wave", "cancer", "virus", "germ", "germs",
                          "filth", "plague", "plagues", "swarm", "swarms", "herd", "herds",
                          "pack", "packs", "gaggle", "gaggles", "flock", "flocks",
                          "infestation", "horde", "hordes"})
# Nests and dens are where pests gather; of people they are a figure ('nests of militants').
LAIR_NOUNS = frozenset({"nest", "nests", "den", "dens", "lair", "lairs", "hive", "hives",
                        "warren", "warrens", "brood", "broods"})
# Verbs whose participle reads an emotion into a crowd ('panicked traders').
EMOTION_VERBS = frozenset({"panic", "terrify", "horrify", "outrage", "enrage", "infuriate",
                           "sicken", "disgust", "appal", "appall", "traumatise", "traumatize",
                           "petrify", "frighten", "anger", "madden", "stun", "shock",
                           "devastate", "torment", "spook", "rattle"})
# Verbs of astonishment whose '-ingly' adverb makes a degree a verdict ('breathtakingly
# expensive', 'staggeringly slow'); 'increasingly', 'seemingly', 'willingly' are plain.
ASTONISH_VERBS = EMOTION_VERBS | frozenset({
    "stagger", "astonish", "amaze", "breathtake", "boggle", "baffle", "bewilder", "dismay",
    "alarm", "gall", "embarrass", "humiliate", "nauseate", "insult", "depress", "distress",
    "irritate", "exasperate", "stupefy", "dumbfound", "scare", "chill"})
# Mild words for coercion of people: 'preventive measures against several individuals'
# names arrests; 'preventive measures against flooding' is plain.
COERCION_MASKS = frozenset({"preventive", "preventative", "prophylactic", "corrective",
                            "educational", "protective"})
COERCION_NOUNS = frozenset({"measures", "measure", "action", "actions", "steps", "work"})
# Crowd words that brand the people in them: 'a mob of fans' where 'a crowd' reports.
CROWD_SCORN = frozenset({"mob", "mobs", "rabble"})
# Heads with which 'killer' is a term ('killer whale', 'the killer instinct').
_KILLER_TERMS = frozenset({"whale", "whales", "bee", "bees", "instinct", "app", "apps",
                           "feature", "features", "cell", "cells", "line", "heels", "robot",
                           "robots", "drone", "drones", "shrimp", "queen"})
# Verbs that name something; with a harm as what is named, a mild name is a euphemism.
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "characterise",
                          "characterize", "brand", "present", "portray", "bill", "style",
                          "euphemise", "rebrand", "refer"})
HARM_NOUNS = frozenset({
    "killing", "killings", "torture", "sacking", "sackings", "layoff", "layoffs",
    "redundancies", "firing", "firings", "dismissal", "dismissals", "bombing", "bombings",
    "raid", "strike", "airstrike", "shelling", "invasion", "war", "occupation",
    "deportation", "deportations", "expulsion", "eviction", "evictions", "detention",
    "imprisonment", "cut", "cuts", "closure", "closures", "execution", "executions",
    "massacre", "attack", "demolition", "annexation", "censorship", "surveillance",
    "hike", "rise", "increase", "job", "jobs", "death", "deaths", "casualties",
    "abuse", "beating", "beatings", "kidnapping", "abduction", "removal", "purge",
    "job losses", "losses", "austerity", "interrogation", "waterboarding",
})
# Heads a mild name takes: abstract nouns of process and procedure.
_ABSTRACT_ENDS = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ence", "ity",
                  "ure", "ing", "al", "ness", "ship")
_ABSTRACT_HEADS = frozenset({"operation", "action", "measure", "measures", "exercise",
                             "programme", "program", "step", "steps", "event", "incident",
                             "process", "activity", "activities", "positions", "option",
                             "review", "change", "changes", "reset", "refresh", "transfer",
                             "transfers", "shift", "response", "solution", "initiative"})
# Abstract nouns that condemn, so that a harm named by them is no euphemism ('called the
# strike a violation of international law').
HARSH_ABSTRACTS = frozenset({
    "violation", "violations", "provocation", "escalation", "aggression", "destruction",
    "devastation", "humiliation", "intimidation", "persecution", "oppression", "occupation",
    "annihilation", "extermination", "assassination", "execution", "infringement",
    "harassment", "punishment", "mistreatment", "declaration", "retaliation", "violence",
    "atrocity", "abuse", "crime", "breach", "betrayal", "failure", "tragedy", "disaster",
    "catastrophe", "abomination", "desecration", "incitement", "subjugation", "expulsion",
    "displacement", "deportation", "starvation", "mutilation", "torture", "killing",
    "brutality", "cruelty", "criminality", "illegality", "injustice", "indignity"})
# 'a polite name for torture': words that say the name just given hides the harm.
NAME_NOUNS = frozenset({"name", "word", "term", "euphemism", "code", "phrase", "label"})
# Soft modifiers of war and business copy, euphemisms on any head but their own field's.
SOFT_MODIFIERS = {"collateral": {"loan", "loans", "asset", "assets", "mortgage", "value",
                                 "requirement", "requirements", "agreement", "security",
                                 "securities", "lending"},
                  "kinetic": {"energy", "sculpture", "art", "theory", "friction", "motion",
                              "chain", "model", "typography", "resolution"}}
# What hyperbole does to the body part ('jaw-dropping', 'mind-bending'); 'blood-thinning
# drugs' and 'hair-cutting' name a treatment or a trade.
HYPERBOLE_VERBS = frozenset({
    "popping", "dropping", "watering", "boggling", "raising", "stopping", "tingling",
    "chilling", "curdling", "churning", "wrenching", "rending", "splitting", "shattering",
    "crunching", "numbing", "melting", "busting", "breaking", "warming", "pounding",
    "blowing", "bending", "scratching", "spinning", "turning", "opening", "catching",
    "snapping", "shredding", "jangling", "gnawing", "crawling", "biting", "clenching",
    "tightening", "grinding", "thumping", "squirming"})
# Body parts in hyperbole compounds ('eye-popping', 'jaw-dropping', 'hair-raising').
BODY_PARTS = frozenset({"eye", "jaw", "mind", "heart", "hair", "spine", "nerve", "stomach", "gut",
              "bone", "blood", "knee", "toe", "skull", "brain", "ear", "eyeball", "teeth",
              "tooth", "head", "pulse", "nail", "skin", "wallet", "bank"})
# 'self-appointed': a title the holder gave themself, set in doubt.
# Agent nouns that, hyphened to what a person handles, mock them by a petty habit
# ('pen-pushers', 'bean-counters', 'box-tickers', 'tree-huggers', 'doom-merchants').
CONTEMPT_AGENTS = frozenset({
    "pushers", "pusher", "counters", "counter", "tickers", "ticker", "shufflers", "shuffler",
    "huggers", "hugger", "gooders", "gooder", "dodgers", "dodger", "botherers", "botherer",
    "grabbers", "grabber", "lickers", "licker", "chasers", "chaser", "merchants", "merchant",
    "peddlers", "peddler", "junkies", "junkie", "wavers", "waver", "snobs",
    "spongers", "scroungers", "thumpers", "thumper", "mongers", "wallahs", "wallah"})
# Handled things that make those compounds plain trades ('drug-pushers' is a crime report,
# 'ambulance-chasers' is kept, 'wine-merchants' and 'storm-chasers' are trades).
_PLAIN_AGENT_OBJECTS = frozenset({"drug", "drugs", "wine", "coal", "timber", "corn", "storm",
                                  "tornado", "fish", "cloth", "silk", "spice", "tea", "bar",
                                  "geiger", "stock", "kitchen", "shop", "whisky", "whiskey"})
SELF_TITLES = frozenset({"appointed", "declared", "anointed", "crowned", "ordained",
                         "elected", "professed", "nominated", "promoted", "mandated"})
_NEXT_WORD = re.compile(r"\s+[a-z]+(?:-[a-z]+)?")
# Verdict idioms that take a judging adverb in front ('hopelessly out of touch') or need the
# word after them checked ('nothing short of vandalism'); the set idioms are in
# framing_idioms.py.
_IDIOM_ADVERBS = re.compile(r"(?:hopelessly|woefully|utterly|completely|totally|wildly|badly) $",
                            re.IGNORECASE)
_VERDICT_IDIOMS = re.compile(
    r"(?<![\w-])(?:out of touch"
    r"|nothing (?:short of|less than) (?:an? |the )?(?P<verdict>[\w-]+)"
    r")(?![\w-])", re.IGNORECASE)
# Verbs that brand ('brands looting gangs "animals"'); an animal word quoted after one is a
# label, whatever the parse makes of a headline.
BRAND_FORMS = frozenset({"brand", "brands", "branded", "branding", "call", "calls", "called",
                         "calling", "dub", "dubs", "dubbed", "label", "labels", "labelled",
                         "labeled", "liken", "likens", "likened"})
_QUOTE_MARKS = frozenset("\"“”‘’'")


def _span(first, last) -> tuple[int, int]:
    return first.idx, last.idx + len(last)


def _prev(tok):
    """The token before ``tok``, or None at the start of the doc."""
    return tok.doc[tok.i - 1] if tok.i else None


def _verdict_noun(tok) -> tuple[int, int, str] | None:
    """'an absolute scandal', 'total chaos'; 'the inquiry was a farce'."""
    for k in tok.children:
        if k.dep_ == "amod" and k.lower_ in DEGREE_ADJECTIVES and k.i < tok.i:
            return (*_span(k, tok), "loaded_language")
    prev = _prev(tok)
    if prev is not None and prev.lower_ in DEGREE_ADJECTIVES and prev.pos_ in ("ADJ", "NOUN"):
        return (*_span(prev, tok), "loaded_language")  # a misparsed 'total chaos'
    if tok.lower_ in VERDICT_ALONE and tok.lower_ not in lx.LOADED:
        return (*_span(tok, tok), "loaded_language")
    return None


def _ranking(tok) -> tuple[int, int, str] | None:
    """'the worst government in living memory': a party ranked, not a quantity measured."""
    head = tok.head
    if tok.dep_ != "amod" or head.lemma_.lower() not in GOVERNING_NOUNS:
        return None
    end = head.idx + len(head)
    doc = tok.doc
    window = doc[head.i + 1:min(len(doc), head.i + 5)]
    tail = window.text.lower()
    for words in lx.SUPERLATIVE_TAILS + ("in living memory", "in a generation",
                                         "in modern history", "in decades"):
        if tail.startswith(words):
            end = window.start_char + len(words)
            break
    return tok.idx, end, "exaggeration"


def _out_of_field(tok, low: str) -> tuple[int, int, str] | None:
    """A disaster or disease noun with no word of its own field in the sentence."""
    field = DISASTER_FIELDS.get(low) or DISASTER_FIELDS.get(tok.lemma_.lower())
    if field is None:
        return None
    words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if words & field or tok.ent_type_:
        return None
    return (*_span(tok, tok), "loaded_language")


def _money_raid(tok) -> tuple[int, int, str] | None:
    """'the chancellor's tax raid', 'a pension heist', 'a raid on the pensions of nurses'."""
    prev = _prev(tok)
    if prev is not None and prev.lower_ in MONEY_FIELDS and prev.dep_ in ("compound", "amod"):
        return (*_span(prev, tok), "loaded_language")
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ in MONEY_FIELDS for g in k.children):
            return (*_span(tok, tok), "loaded_language")
    return None


def _astonished_degree(tok, low: str) -> tuple[int, int, str] | None:
    """'breathtakingly expensive': an adverb of astonishment on the adjective it grades."""
    doc = tok.doc
    head = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # the graded word follows; the parser often hangs the adverb on the copula instead
    if tok.dep_ != "advmod" or head is None or head.pos_ not in ("ADJ", "ADV"):
        return None
    stem = low[:-5]
    forms = {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")  # 'terrifyingly'
    if not forms & ASTONISH_VERBS and low[:-2] not in lx.LOADED:
        return None
    return (*_span(tok, head), "loaded_language")


def _scorned_crowd(tok) -> tuple[int, int, str] | None:
    """'a mob of fans', 'the rabble outside': a crowd branded; 'the Mob' (organised crime,
    capitalised) and 'mob boss' name the trade."""
    if tok.pos_ != "NOUN" or tok.text[0].isupper() and tok.i > 0 and not tok.is_sent_start \
            or tok.dep_ == "compound" or tok.ent_type_:
        return None
    if any(k.i < tok.i and k.dep_ in ("amod", "compound") and (
            any("-" in t.text for t in k.subtree) or k.lower_ in lx.NAME_CALLING)
           for k in tok.children):
        return None  # the crowd word of a label's span ('the cancel-culture mob')
    return (*_span(tok, tok), "name_calling")


def _masked_coercion(tok) -> tuple[int, int, str] | None:
    """'carried out preventive measures against several individuals': force on people
    given an administrative name."""
    head = tok.head
    if tok.dep_ != "amod" or head.lower_ not in COERCION_NOUNS:
        return None
    for k in head.children:
        if k.dep_ == "prep" and k.lower_ == "against" and any(
                g.dep_ == "pobj" and (rules.person_like(g) or g.lower_ in _PEOPLE_WORDS)
                for g in k.children):
            return (*_span(tok, head), "euphemism")
    return None


_PEOPLE_WORDS = frozenset({"individuals", "persons", "people", "citizens", "activists",
                           "residents", "students", "journalists", "bloggers", "dissidents"})


def _act_judged(tok) -> tuple[int, int, str] | None:
    """'a desperate bid', 'his genius plan': a verdict on the act, not on a person's need
    ('desperate families') or gift ('a musical genius')."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ACT_NOUNS and tok.dep_ in ("nsubj", "compound"):
        return (*_span(tok, tok), "loaded_language")  # 'whose genius plan' read as a verb
    head = tok.head
    if tok.dep_ not in ("amod", "compound") or head.i <= tok.i or head.i > tok.i + 3:
        return None
    if head.lemma_.lower() not in ACT_NOUNS and head.lower_ not in ACT_NOUNS:
        return None
    return (*_span(tok, tok), "loaded_language")


def _torrent(tok) -> tuple[int, int, str] | None:
    """'a torrent of slander', 'a barrage of lies': a flood or volley of verdicts."""
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "of":
            for g in k.children:
                if g.dep_ == "pobj" and (g.lower_ in lx.LOADED or g.lower_ in VERDICT_NOUNS):
                    return (*_span(tok, g), "loaded_language")
    return None


def _minimised(aux) -> tuple[int, int, str] | None:
    """'the price hike is merely a tariff rebalancing': a harm said to be only a mild thing."""
    doc = aux.doc
    if aux.i + 1 >= len(doc) or doc[aux.i + 1].lower_ not in MINIMISERS:
        return None  # the minimiser stands right after the verb; most copulas stop here
    if not any(k.dep_ == "advmod" and k.lower_ in MINIMISERS for k in aux.children):
        return None
    subj = next((k for k in aux.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    name = next((k for k in aux.children if k.dep_ == "attr"), None)
    if subj is None or name is None or not (subj.lower_ in HARM_NOUNS or any(
            k.dep_ == "compound" and k.lower_ in HARM_NOUNS for k in subj.children)):
        return None
    return _mild_name([name])


def _judged_by_modifier(tok, words) -> tuple[int, int, str] | None:
    """The word before ``tok``, one of ``words`` and modifying it, turns it into a verdict:
    a feeling or row said to be made ('a manufactured controversy', 'confected outrage'),
    a crime or war said of a field of policy ('economic sabotage', 'electoral suicide')."""
    prev = _prev(tok)
    if prev is not None and prev.lower_ in words and prev.head.i == tok.i:
        return (*_span(prev, tok), "loaded_language")
    return None


def _person_beast(tok) -> tuple[int, int, str] | None:
    """'landlord leeches', 'banker vultures': a beast named by the people it stands for."""
    prev = _prev(tok)
    if prev is not None and prev.dep_ == "compound" and prev.head.i == tok.i \
            and prev.pos_ in ("NOUN", "PROPN") and not prev.ent_type_ and rules.person_like(prev):
        return (*_span(prev, tok), "name_calling")
    return None


def _predator(tok) -> tuple[int, int, str] | None:
    """'currency sharks', 'loan vultures': a predator named by the trade it preys on."""
    prev = _prev(tok)
    if prev is not None and prev.lower_ in TRADE_FIELDS and prev.pos_ in ("NOUN", "PROPN") \
            and prev.lower_ not in _PLAIN_PREDATORS:
        return (*_span(prev, tok), "name_calling")
    return None


def _animal_as_person(tok) -> tuple[int, int, str] | None:
    """An animal or pest noun doing what only people do, or feeding on the public purse:
    'these parasites ... feeding off the taxpayer', 'the jackals lobbied for cuts'."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.head
    if verb.lemma_.lower() in HUMAN_VERBS or any(
            o.lower_ in SOCIAL_TARGETS or o.lemma_.lower() in SOCIAL_TARGETS
            for o in rules._objects(verb)):
        return (*_span(tok, tok), "name_calling")
    return None


def _lair(tok) -> tuple[int, int, str] | None:
    """'nests of militants', 'a den of thieves': a pest's home holding people."""
    if any(k.dep_ == "prep" and k.lower_ == "of" and any(
            g.dep_ == "pobj" and (rules.person_like(g) or g.lemma_.lower() in _ARMED)
            for g in k.children) for k in tok.children):
        return (*_span(tok, tok), "loaded_language")  # as the listed 'nest of' is marked
    return None


# Armed parties, people though the person lists do not name them.
_ARMED = frozenset({"militant", "insurgent", "rebel", "fighter", "gunman", "jihadist",
                    "guerrilla", "separatist", "thief", "smuggler", "bandit", "criminal"})


def _emotion_on_people(tok) -> tuple[int, int, str] | None:
    """'panicked traders', 'terrified shoppers': a crowd's feeling told, not reported."""
    if tok.dep_ != "amod" or not tok.lower_.endswith("ed"):
        return None
    stem = tok.lower_[:-2]
    forms = {stem, stem + "e", tok.lemma_.lower()}
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")  # 'terrified'
    if stem.endswith("ck") or len(stem) > 3 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])  # 'panicked', 'stunned'
    if not forms & EMOTION_VERBS:
        return None
    head = tok.head
    if rules.person_like(head) or head.tag_ == "NNS" and head.lower_.endswith(("ers", "ors")) \
            and head.lower_ not in rules.THING_ERS:
        return (*_span(tok, tok), "loaded_language")
    return None


def _soft_modifier(tok, low: str) -> tuple[int, int, str] | None:
    """'collateral impact', 'kinetic operation'; 'collateral loans', 'kinetic energy' are
    terms of their own fields."""
    head = tok.head
    if tok.dep_ not in ("amod", "compound") or head.i != tok.i + 1 and head.i != tok.i + 2:
        return None
    if head.lemma_.lower() in SOFT_MODIFIERS[low] or head.lower_ in SOFT_MODIFIERS[low]:
        return None
    return (*_span(tok, head), "euphemism")


def _renamed_harm(verb) -> tuple[int, int, str] | None:
    """'calls the sacking a "workforce realignment"', 'described the raid as a kinetic
    operation', 'what officials called stress positions, a polite name for torture'."""
    named, names = None, []
    for k in verb.children:
        if k.dep_ == "dobj":
            named = k
            names += [g for g in k.children if g.dep_ == "appos"]
        elif k.dep_ in ("oprd", "attr"):
            names.append(k)
        elif k.dep_ == "prep" and k.lower_ == "as":
            names += [g for g in k.children if g.dep_ == "pobj"]
    if not names:
        return None
    hidden = any(n.lower_ in NAME_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(
            g.lower_ in HARM_NOUNS for g in p.children) for p in n.children) for n in names)
    if not hidden and not (named is not None and (named.lower_ in HARM_NOUNS or any(
            k.dep_ == "compound" and k.lower_ in HARM_NOUNS for k in named.children))):
        return None
    return _mild_name(names)


def _mild_name(names) -> tuple[int, int, str] | None:
    """The first of ``names`` that is an abstract noun and names no harm, with its
    compounds and adjectives ('workforce realignment', 'kinetic operation')."""
    for name in names:
        if name.lower_ in NAME_NOUNS or name.pos_ != "NOUN" or not _abstract(name):
            continue
        if name.lower_ in HARSH_ABSTRACTS or any(
                t.lower_ in HARM_NOUNS or t.lower_ in lx.LOADED or t.lower_ in VERDICT_NOUNS
                for t in name.subtree):
            return None  # the harm named plainly is no euphemism
        first = name
        while first.i > 0 and name.doc[first.i - 1].head.i == name.i \
                and name.doc[first.i - 1].dep_ in ("compound", "amod"):
            first = name.doc[first.i - 1]
        return (*_span(first, name), "euphemism")
    return None


def _abstract(tok) -> bool:
    low = tok.lower_
    return low in _ABSTRACT_HEADS or low.endswith(_ABSTRACT_ENDS) and len(low) > 6


# Every word a token rule starts from, for the cheap first look at each token.
_TRIGGERS = (VERDICT_NOUNS | VERDICT_ADJECTIVES | RANKING_SUPERLATIVES
             | frozenset(DISASTER_FIELDS) | RAID_NOUNS | ECONOMIC_CRIMES | PREDATORS
             | lx.DEHUMANISING_NOUNS | LAIR_NOUNS | NAMING_VERBS
             | frozenset(SOFT_MODIFIERS) | TORRENTS | BRAND_FORMS | STIRRED_NOUNS
             | ACT_JUDGES | CROWD_SCORN | COERCION_MASKS | {"killer", "be", "is", "are", "was", "were"})


def token_span(tok, low: str, lemma: str) -> tuple[int, int, str] | None:
    """The span ``tok`` starts by degree, mismatch or renaming, if any; ``low`` and
    ``lemma`` are the caller's, read once per token."""
    if low[-5:] == "ingly":
        return _astonished_degree(tok, low)
    if low not in _TRIGGERS and lemma not in _TRIGGERS and (
            low[-2:] != "ed" or tok.dep_ != "amod" and not low.endswith(CHARACTER_ENDS)):
        return None  # most tokens stop here; this test runs on every token of an article
    if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC"):
        return None
    pos = tok.pos_
    if low in BRAND_FORMS:
        found = _quoted_brand(tok)
        if found:
            return found
    if low in VERDICT_ADJECTIVES and (pos in ("ADJ", "PROPN") or tok.dep_ == "amod") \
            and low not in lx.LOADED:
        return (*_span(tok, tok), "loaded_language")  # 'trailblazing' is tagged a verb
    if pos in ("VERB", "AUX"):
        if lemma in NAMING_VERBS:
            return _renamed_harm(tok)
        return _minimised(tok) if lemma == "be" else None
    if low.endswith(CHARACTER_ENDS) and low not in _PLAIN_CHARACTER and len(low) > 9 \
            and not low.endswith("delivered"):
        return (*_span(tok, tok), "loaded_language")
    if low in SOFT_MODIFIERS:
        return _soft_modifier(tok, low)
    if low in COERCION_MASKS:
        return _masked_coercion(tok)
    if low in ACT_JUDGES and low not in lx.LOADED:
        found = _act_judged(tok)
        if found:
            return found
    if low == "killer" and tok.dep_ in ("amod", "compound") and not rules.person_like(tok.head) \
            and tok.head.lower_ not in _KILLER_TERMS:
        return (*_span(tok, tok), "loaded_language")  # 'killer superbug'; 'the killer' is plain
    if pos not in ("NOUN", "PROPN"):
        if low in RANKING_SUPERLATIVES:
            return _ranking(tok)
        return _emotion_on_people(tok) if pos == "ADJ" else None
    found = None
    if low in CROWD_SCORN:
        found = _scorned_crowd(tok)
    if low in VERDICT_NOUNS:
        found = _verdict_noun(tok)
    if not found and (low in DISASTER_FIELDS or lemma in DISASTER_FIELDS):
        found = _out_of_field(tok, low)
    if not found and low in RAID_NOUNS:
        found = _money_raid(tok)
    if not found and low in STIRRED_NOUNS:
        found = _judged_by_modifier(tok, FAKED)
    if not found and low in TORRENTS:
        found = _torrent(tok)
    if not found and low in ECONOMIC_CRIMES:
        found = _judged_by_modifier(tok, ECONOMIC_FIELDS)
    if not found and low in PREDATORS:  # not every animal: 'police dogs' are dogs
        found = _predator(tok) or _person_beast(tok)
    if not found and (low in lx.DEHUMANISING_NOUNS or low in PREDATORS) \
            and low not in _NOT_ANIMALS:
        found = _animal_as_person(tok)
    if not found and low in LAIR_NOUNS:
        found = _lair(tok)
    return found if found and not rules.plain_sense(tok) else None


def _quoted_brand(tok) -> tuple[int, int, str] | None:
    """An animal or pest word in quotation marks within eight words after a branding verb."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + 9)]:
        if t.is_sent_start:
            return None
        quoted = t.i + 1 < len(doc) and doc[t.i - 1].text[-1:] in _QUOTE_MARKS \
            and doc[t.i + 1].text[:1] in _QUOTE_MARKS
        if quoted and (t.lower_ in lx.DEHUMANISING_NOUNS or t.lower_ in PREDATORS):
            return (*_span(t, t), "name_calling")
    return None


def pattern_spans(text: str) -> list[tuple[int, int, str]]:
    """Surface spans: body-part hyperbole ('eye-popping', 'jaw-droppingly arrogant'),
    self-given titles ('self-appointed'), character compounds ('mealy-mouthed'), idioms."""
    out = []
    for start, cut, end in _hyphen_pairs(text):
        out += _hyphened(text, start, cut, end)
    low = text.lower()
    if any(word in low for word in _IDIOM_WORDS):  # a scan per word costs less than the regex
        for m in _VERDICT_IDIOMS.finditer(text):
            if m.group("verdict") and not _judging_word(m.group("verdict").lower()):
                continue  # 'nothing less than a majority' is a plain threshold
            before = _IDIOM_ADVERBS.search(text, max(0, m.start() - 14), m.start())
            out.append((before.start() if before else m.start(), m.end(), "loaded_language"))
    return out


# Words every verdict idiom holds.
_IDIOM_WORDS = ("touch", "short of", "less than")


def _judging_word(word: str) -> bool:
    """Whether a word after 'nothing short of' is a verdict ('vandalism', 'a disgrace')."""
    return word in lx.LOADED or word in VERDICT_NOUNS or word in lx.EMOTIVE \
        or word in lx.CONTEMPT or word in lx.EXAGGERATION or word in lx.NAME_CALLING \
        or bool(rules.family(word))


def _hyphen_pairs(text: str):
    """(start, hyphen, end) of each two-part hyphened word of letters ('eye-popping'): a walk
    from each hyphen, since a regex tried at every position cost most of this module."""
    n = len(text)
    i = text.find("-")
    while i != -1:
        lo, hi = i, i + 1
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
        while hi < n and text[hi].isalpha():
            hi += 1
        whole = (lo == 0 or not (text[lo - 1].isalnum() or text[lo - 1] == "-")) \
            and (hi == n or not (text[hi].isalnum() or text[hi] == "-"))
        if lo < i and hi > i + 1 and whole:
            yield lo, i, hi
        i = text.find("-", hi if hi > i else i + 1)


def _hyphened(text: str, start: int, cut: int, end: int) -> list[tuple[int, int, str]]:
    first, second = text[start:cut].lower(), text[cut + 1:end].lower()
    word = text[start:end].lower()
    if first == "self" and second in SELF_TITLES:
        return [(start, end, "doubt")]
    if second in CHARACTER_ENDS and word not in _PLAIN_CHARACTER:
        return [(start, end, "loaded_language")]
    if second in CONTEMPT_AGENTS and first not in _PLAIN_AGENT_OBJECTS:
        return [(start, end, "name_calling")]
    if first in BODY_PARTS and second in HYPERBOLE_VERBS:
        return [(start, end, "exaggeration")]
    if first in BODY_PARTS and second.endswith("ly") and second[:-2] in HYPERBOLE_VERBS:
        nxt = _NEXT_WORD.match(text, end)  # the adjective it sharpens joins the span
        return [(start, nxt.end() if nxt else end, "loaded_language")]
    return []


__all__ = ["token_span", "pattern_spans", "VERDICT_ADJECTIVES", "VERDICT_NOUNS"]
