"""Figures of speech for the framing stage (metaphor told from literal use by its arguments,
idioms, loaded speech verbs) and the span policy that settles each span's bounds; reads a doc.

Metaphor is found by selectional mismatch: a word from the domain of water, war or sport is
loaded when what it applies to does not belong to that domain. 'Migrants pouring through',
'a tide of newcomers swamping our schools', 'an invasion of migrants', 'rioters waged war on
the police', 'an own goal with his budget' are figures; 'rain poured through the roof',
'troops laid siege to the town', 'a pitch invasion' (a term of art), 'an own goal in the
second half' (a match) are literal. 'Admitted' colours a statement when what was admitted
damages no one ('admitted the wing would open as planned'); 'admitted to hospital', 'admitted
that he had lied' are plain.

Span policy (what one span covers; applied by ``settle_bounds`` to every technique's spans):
- the evaluative word with the intensifier or sharpening adjective in front of it ('utterly
  barbaric', 'outright lies', 'a spectacular own goal', 'the rising tide');
- the whole multiword expression, not its head: a verb with its particle ('caved in'), an
  idiom with its slot ('threw them under the bus', 'thrown on the scrapheap');
- a label with the plain group noun it brands ('terrorist gangs', 'bandit formations') and
  the crowd word before it ('gang of paid traitors', 'mob of anarchists');
- a judging adjective and a judging noun stay two spans ('Evil' / 'thug', 'barbaric' /
  'massacre'): two choices, as the probe's annotators marked them.
"""
from __future__ import annotations

import functools
import re

from . import framing_rules as rules
from . import loaded_lexicon as lx

# Water verbs said of people; the first set is a figure with any people as doer ('swamping
# our schools'), the second only with migrants or a crowd metaphor as doer, since 'fans
# poured into the stadium' and 'protesters flooded the streets' are how reporters describe
# a crowd ('refugees streamed across the border' is wire usage, so 'stream' is left out).
FLOOD_VERBS = frozenset({"swamp", "inundate", "deluge"})
FLOW_VERBS = frozenset({"pour", "surge", "gush", "flood", "swarm", "infest", "overrun"})
MIGRANT_NOUNS = frozenset({"migrant", "immigrant", "refugee", "asylum", "seeker", "newcomer",
                           "foreigner", "arrival", "outsider", "alien"})
# Crowd metaphors that make any flowing verb a figure ('hordes ... pouring through').
CROWD_FIGURES = frozenset({"horde", "swarm", "flood", "tide", "wave", "stream", "influx",
                           "army", "invasion"})
# War nouns that brand a movement of people when their 'of' phrase names civilians.
INVASION_NOUNS = frozenset({"invasion", "army", "onslaught", "siege"})
# Verb and object that together name an act of war ('waged war', 'laid siege').
WAR_ACTS = {"wage": ("war", "campaign"), "declare": ("war",), "lay": ("siege", "waste"),
            "launch": ("assault", "offensive", "blitzkrieg", "invasion", "crusade"),
            "besiege": ()}
# Forms the tagger lemmatises wrongly ('waged' -> 'wag').
_WAR_FORMS = {"waged": "wage", "waging": "wage", "wages": "wage"}
# Nouns whose people wage wars for real: a war word with them as doer or target is literal.
MILITARY_NOUNS = frozenset({
    "troop", "soldier", "army", "force", "military", "militia", "militant", "rebel",
    "insurgent", "fighter", "guerrilla", "marine", "paratrooper", "regiment", "battalion",
    "brigade", "division", "unit", "navy", "airforce", "jihadist", "separatist", "tank",
    "artillery", "enemy", "invader", "occupier", "junta", "mercenary", "commando", "sniper",
    "garrison", "defender", "legion", "platoon", "squadron", "convoy",
})
# States, which wage real wars ('the two countries waged war').
WAR_STATES = frozenset({"country", "nation", "state", "kingdom", "republic", "empire",
                        "power", "government", "regime", "ally", "coalition", "alliance"})
# Places and states a real war or siege is fought over.
WAR_PLACES = frozenset({"town", "city", "village", "capital", "country", "nation", "state",
                        "port", "fortress", "castle", "garrison", "enclave", "region",
                        "province", "territory", "stronghold", "base", "airport", "border"})
# Terms of art in which 'war on' names a policy, not a figure of this text.
POLICY_WARS = frozenset({"drug", "drugs", "terror", "terrorism", "poverty", "crime",
                         "cancer", "narcotics", "want"})
# Verbs of killing and maiming: a figure when what they act on is an idea, an institution
# or a right ('strangling the industry', 'crippling our freedoms'), or when people are
# harmed 'with' paperwork ('strangling fishermen with red tape'); 'strangled his wife' and
# 'smoke choked residents' are literal.
VIOLENCE_VERBS = frozenset({"strangle", "throttle", "choke", "suffocate", "smother",
                            "cripple", "gut", "murder", "assassinate", "crucify", "lynch",
                            "behead", "slaughter", "massacre", "torpedo", "kneecap",
                            "hamstring", "bludgeon", "mutilate"})
# What a violence verb harms in a figure: rights, institutions, activity.
ABSTRACT_VICTIMS = frozenset({
    "idea", "ideas", "ambition", "ambitions", "aspiration", "aspirations", "talent",
    "progress", "creativity", "ingenuity", "opportunity", "opportunities",
    "freedom", "liberty", "right", "democracy", "speech", "debate", "economy", "industry",
    "business", "growth", "competition", "innovation", "enterprise", "hope", "dream",
    "career", "reputation", "sector", "market", "trade", "press", "opposition", "dissent",
    "plan", "bill", "reform", "deal", "talks", "process", "recovery", "investment",
    "culture", "tradition", "community", "town", "high", "street", "service", "nhs",
    "budget", "project", "initiative", "scheme", "campaign", "sport", "game",
})
# Instruments that are paperwork, not weapons ('with red tape', 'with regulations').
PAPER_WEAPONS = frozenset({"tape", "regulation", "rule", "red", "bureaucracy", "paperwork",
                           "tax", "levy", "directive", "quota", "form", "law", "target"})
# Illnesses, which the war figure casts as an enemy ('battles cancer').
ILLNESSES = frozenset({"cancer", "leukaemia", "leukemia", "illness", "disease", "tumour",
                       "tumor", "dementia", "addiction", "depression", "covid", "virus",
                       "infection", "sickness", "condition", "disorder", "syndrome"})
# A predator's grip on people ('the clutches of the invaders').
GRIP_NOUNS = frozenset({"clutches", "claws", "tentacles", "talons", "jaws"})
# Adverbs that make a confession or concession wrung out of the speaker ('finally admitted
# after weeks of denial'): the reporter's verdict on how it was said, whatever was said.
RELUCTANCE = frozenset({"finally", "grudgingly", "reluctantly", "belatedly", "eventually",
                        "sheepishly", "ruefully", "meekly", "tacitly", "quietly"})
CONCESSION_LEMMAS = frozenset({"admit", "concede", "confess", "accept", "acknowledge"})
# Words that set a fact against what was just claimed ('claimed he knew nothing, yet ...').
CONTRARY = frozenset({"yet", "but", "although", "though", "despite", "however"})
# What one feeds off in a figure of parasitism: the public, its purse, its institutions.
FED_ON = frozenset({"system", "taxpayer", "taxpayers", "state", "public", "purse", "welfare",
                    "benefit", "benefits", "misery", "fear", "fears", "suffering", "grievance",
                    "grievances", "anger", "hatred", "despair", "tragedy", "country", "nation",
                    "economy", "nhs", "society", "community", "workers", "poor", "donations"})
# Forms the tagger lemmatises wrongly ('gutted' -> 'gutte').
_LEMMA_FIXES = {"gutted": "gut", "gutting": "gut", "claimed": "claim", "sneered": "sneer",
                "scoffed": "scoff", "jeered": "jeer", "sniped": "snipe", "smirked": "smirk"}
# Speech verbs that mock the speaker instead of reporting them ('the minister boasted',
# 'MPs moaned'); said of a place or thing they are plain ('the city boasts two cathedrals').
MOCKING_SPEECH = frozenset({"boast", "brag", "moan", "gripe", "grumble", "crow", "rail",
                            "bleat", "whine", "carp", "trumpet", "parrot", "spout", "whinge",
                            "squeal", "crowed", "sneer", "scoff", "jeer", "snipe", "smirk",
                            "snarl", "bluster", "blather", "waffle", "harrumph", "witter",
                            "bray", "grouse", "bellyache", "pontificate", "hector", "gush",
                            # an animal's cry for a person's speech
                            "howl", "bark", "growl", "yelp", "yap", "squawk", "hiss",
                            "whimper", "screech"})
# Mocking verbs that take their target with 'at' as one expression ('sneered at critics').
_AT_VERBS = frozenset({"sneer", "scoff", "jeer", "snipe", "smirk", "snarl", "howl", "bark",
                       "growl", "hiss", "yap", "screech"})
# Bodies that speak through a spokesman and can be mocked as one speaker.
SPEAKING_BODIES = frozenset({"opposition", "government", "ministry", "party", "council",
                             "union", "campaign", "camp", "regime", "cabinet", "administration",
                             "board", "lobby", "bosses", "management"})
# Sports idioms; literal in a sentence about sport (SPORT_CONTEXT).
SPORT_IDIOMS = (
    r"own[- ]goals?", r"open goals?", r"knock-?out blows?", r"political football",
    r"below the belt", r"on the ropes", r"sucker[- ]punch(?:es|ed)?", r"curve-?balls?",
    r"slam[- ]dunks?", r"(?:mov|shift)(?:e|ed|es|ing) the goal-?posts",
    r"thr(?:ow|ew|own|owing|ows) in the towel", r"dr(?:op|opped|ops|opping) the ball",
    r"out for the count", r"(?:a )?hail mary", r"(?:a )?whole new ball ?game",
    r"(?:a )?photo finish", r"kick(?:ed|s|ing)? into the long grass",
    r"(?:a )?red card", r"(?:a )?blindsided", r"(?:a )?game[- ]changer",
    r"open net", r"empty net", r"hospital pass(?:es)?",
    r"los(?:e|es|t|ing) the dressing[- ]room", r"(?:a )?knockout punch(?:es)?",
    r"early bath", r"sticky wicket", r"fumbl(?:e|es|ed|ing)",
)
SPORT_CONTEXT = frozenset({
    "match", "club", "striker", "goalkeeper", "keeper", "defender", "league", "cup",
    "player", "referee", "pitch", "coach", "boxer", "bout", "champion", "championship",
    "tournament", "fixture", "derby", "stadium", "penalty", "football", "soccer", "rugby",
    "cricket", "tennis", "basketball", "baseball", "hockey", "olympic", "olympics",
    "scorer", "midfielder", "winger", "nfl", "nba", "fifa", "uefa", "batsman", "bowler",
    "goalie", "squad", "opponent", "semi-final", "quarter-final", "playoff", "playoffs",
})
# Words of sport that politics borrows too ('the president's team', 'the race for the
# White House'): two of them, or one beside a sport word above, make a sentence about sport.
SPORT_SHARED = frozenset({"team", "season", "manager", "minute", "half", "round", "game",
                          "fight", "ring", "race", "world", "kick", "final", "side", "goal",
                          "goals", "points", "title"})
# Idioms with a slot: a verb, up to three words, then the fixed tail.
_SLOT_IDIOMS = re.compile(
    r"(?<!\w)(?:throw|throws|threw|thrown|throwing|toss|tossed|tosses|tossing|cast|casts"
    r"|casting|fed|feed|feeds|feeding|left|leave|leaves|leaving|dumped|dump|dumps)"
    r"(?:\s+(?:\d[\d,.]*|[\w'’]+)){0,3}?\s+(?:under the bus|on(?:to)? the scrap ?heap|to the wolves"
    r"|to the kerb|to the curb|out with the bathwater|in the lurch|high and dry)(?!\w)"
    r"|(?<!\w)(?:hold|holds|held|holding)(?:\s+[\w'’]+){1,3}?\s+to ransom(?!\w)"
    r"|(?<!\w)(?:bleed|bleeds|bled|bleeding)(?:\s+[\w'’]+){1,4}?\s+dry(?!\w)"
    r"|(?<!\w)(?:look|looks|looked|looking|turn|turns|turned|turning)"
    r"\s+(?:the other way|a blind eye)(?!\w)"
    r"|(?<!\w)dead in the water(?!\w)|(?<!\w)(?:wave|waves) after wave(?!\w)(?!\s+(?:of\s+)?(?:\w+\s+)?"
    r"(?:water|rain|sea|surf|storms?|heat|snow|crashed|broke|hit the))"
    r"|(?<!\w)(?:declared?|declaring) (?:an )?open season(?!\w)"
    r"|(?<!\w)wip(?:e|ed|es|ing)(?:\s+[\w'’]+){0,3}?\s+off the (?:face of the earth|map)(?!\w)",
    re.IGNORECASE)
# What an admission must be of to be one: fault, failure, loss, harm, or a denial undone.
DAMAGE_WORDS = frozenset({
    "mistake", "error", "fail", "failure", "wrong", "lie", "fault", "guilt", "guilty",
    "blame", "responsible", "breach", "leak", "late", "delay", "poor", "poorly", "loss",
    "lose", "problem", "mislead", "overspend", "affair", "cheat", "break", "miss", "flaw",
    "flawed", "bad", "worse", "worst", "shortfall", "deficit", "debt", "crisis", "risk",
    "damage", "harm", "kill", "die", "injure", "abuse", "scandal", "bribe", "fraud",
    "cover", "hide", "ignore", "knew", "know", "aware", "regret", "sorry", "struggle",
    "unable", "cannot", "can't", "little", "few", "behind", "short", "cut", "over",
    "fall", "drop", "shortage", "lack", "collapse", "trouble", "difficult", "hard",
    "warning", "concern", "dispute", "pay", "use", "take", "receive", "accept", "leave",
    "resign", "quit", "rise", "cost", "expensive", "slow", "weak", "doubt", "uncertain",
    "unclear", "unlikely", "only", "vulnerable", "exposed", "compromise", "hack",
    # absence and feelings one concedes ('admitted there were no plans', '... was nervous')
    "no", "nothing", "none", "never", "nervous", "worried", "afraid", "scared", "fear",
    "disappointed", "frustrated", "tired", "embarrassed", "surprised", "upset", "angry",
    "sad", "lonely", "wish", "should", "could", "might", "struggled", "tough",
})
# Adjectives that sharpen the figure they stand before, joined into its span.
SHARPENERS = frozenset({"spectacular", "stunning", "embarrassing", "humiliating", "crushing",
                        "massive", "huge", "monumental", "colossal", "devastating", "rising",
                        "growing", "swelling", "unstoppable", "endless", "relentless",
                        "outright", "blatant", "brutal", "almighty", "rank", "total"})
# Plain crowd words a label turns into a branding ('gang of traitors', 'terrorist gangs').
CROWD_HEADS = frozenset({"gang", "gangs", "band", "bands", "bunch", "mob", "mobs", "pack",
                         "crowd", "rabble", "formations", "formation",
                         "battalions", "battalion", "brigade", "brigades", "militias",
                         "cells", "cell", "groups", "group", "network", "networks",
                         "units", "elements", "squads", "squad", "cabal", "clique"})
# Crowd words that stand before an 'of' label ('a mob of anarchists').
# 'army' is left out: a war figure of its own ('an army of eco-zealots').
_COLLECTIVE_OF = frozenset({"gang", "band", "bunch", "mob", "pack", "crowd", "horde", "rabble",
                            "cabal", "clique", "gaggle"})


def _lemma_in(tok, words) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _military(tok) -> bool:
    """Whether a token names an armed party or a state, which wage real wars."""
    if tok.ent_type_ in ("GPE", "NORP"):
        return True
    if _lemma_in(tok, MILITARY_NOUNS):
        return True
    if tok.lemma_.lower() in rules.COLLECTIVE:
        return any(k.dep_ == "prep" and k.lower_ == "of" and any(
            g.dep_ == "pobj" and _lemma_in(g, MILITARY_NOUNS) for g in k.children)
            for k in tok.children)
    return False


def _civilians(tok) -> bool:
    """People named by a common noun who are not an armed party ('motorists', 'the poor',
    'the police'): a war word applied to them is a figure. A named body ('ISIS') or a
    label ('terrorists') may be the real enemy of a real war."""
    if tok.pos_ not in ("NOUN", "ADJ") or tok.ent_type_ in ("ORG", "GPE", "NORP"):
        return False
    if tok.lower_ in lx.NAME_CALLING or tok.lemma_.lower() in lx.NAME_CALLING:
        return False
    return (rules.person_like(tok) or tok.pos_ == "ADJ") and not _military(tok)


def _migrants(tok, depth: int = 0) -> bool:
    """Migrants, or a crowd metaphor for people ('hordes of migrants', 'a tide of them'),
    or a number of migrants ('thousands of migrants')."""
    if _lemma_in(tok, MIGRANT_NOUNS) or tok.lower_.startswith("migra"):
        return True
    if _lemma_in(tok, CROWD_FIGURES) and rules.person_like(tok):
        return True
    if tok.pos_ == "NOUN" and any(k.dep_ in ("compound", "amod") and _lemma_in(k, MIGRANT_NOUNS)
                                  for k in tok.children):
        return True  # 'migrant gangs', 'asylum boats'

    return depth == 0 and (tok.like_num or tok.lower_ in ("thousands", "hundreds", "millions",
                                                         "dozens", "scores")) and any(
        k.dep_ == "prep" and k.lower_ == "of" and any(
            g.dep_ == "pobj" and _migrants(g, 1) for g in k.children) for k in tok.children)


def _of_people(tok) -> bool:
    """'invasion of economic migrants', 'army of eco-zealots': the 'of' phrase names
    migrants or a branded party; 'the invasion of Normandy' is a place and 'an army of
    volunteers' a plain figure of number."""
    return any(k.dep_ == "prep" and k.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and not _military(g) and (
            _migrants(g) or g.lower_ in lx.NAME_CALLING or g.lemma_.lower() in lx.NAME_CALLING)
        for g in k.children) for k in tok.children)


def _water_verb(tok, lemma: str) -> tuple[int, int, str] | None:
    """'a tide of newcomers swamping our schools', 'migrants pouring through': people doing
    what water does; 'schools swamped by applications' and 'rain poured' stay plain."""
    if tok.pos_ != "VERB":
        return None
    subj = rules._subject(tok)
    if subj is None:
        return None
    if lemma in FLOOD_VERBS and subj.pos_ in ("NOUN", "PRON") and rules.person_like(subj) \
            and tok.dep_ != "amod":  # a capitalised 'Floodwater' is read as a person's name
        return tok.idx, tok.idx + len(tok), "loaded_language"
    if lemma in FLOW_VERBS and (_migrants(subj) or _branded(subj)):
        return tok.idx, tok.idx + len(tok), "loaded_language"
    return None


def _branded(tok) -> bool:
    """A label for people used as the noun itself ('illegals flood in', 'parasites')."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (low in lx.NAME_CALLING or lemma in lx.NAME_CALLING
                                   or low.endswith("s") and lemma in lx.LOADED
                                   and lemma not in lx.EVENT_WORDS)


def _war_act(tok, lemma: str) -> tuple[int, int, str] | None:
    """'rioters waged war on the police', 'zealots laid siege to Downing Street': an act of
    war whose doer or target is no armed party or state; 'troops laid siege to the town'
    is literal."""
    if tok.pos_ != "VERB":
        return None
    nouns = WAR_ACTS[lemma]
    obj = next((k for k in tok.children if k.dep_ == "dobj" and k.lower_ in nouns), None)
    if obj is None and nouns:
        return None
    subj = rules._subject(tok)
    heads = (tok, obj) if obj is not None else (tok,)
    targets = [g for h in heads for k in h.children if k.dep_ == "prep"
               and k.lower_ in ("on", "against", "to") for g in k.children if g.dep_ == "pobj"]
    targets += [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass") and not nouns]
    fit_doer = subj is None or _military(subj) or subj.ent_type_ in ("ORG",) \
        or subj.lemma_.lower() in WAR_STATES
    fit_target = all(_military(t) or t.lemma_.lower() in WAR_PLACES
                     or t.ent_type_ in ("GPE", "LOC") for t in targets)
    if fit_doer and fit_target:
        return None
    if targets and all(t.lemma_.lower() in POLICY_WARS for t in targets):
        return None
    end = obj or tok
    return tok.idx, end.idx + len(end), "loaded_language"


def _war_noun(tok) -> tuple[int, int, str] | None:
    """'a war on motorists': the noun with the civilians it is waged on; 'an invasion of
    migrants', 'an army of eco-zealots': the war noun alone, its people named after it."""
    low = tok.lower_
    if low in ("war", "wars", "crusade", "onslaught") and not (
            tok.dep_ == "dobj" and (tok.head.lemma_.lower() in WAR_ACTS
                                    or tok.head.lower_ in _WAR_FORMS)):
        doc = tok.doc
        nxt = [doc[tok.i + 1]] if tok.i + 1 < len(doc) else []
        for k in list(tok.children) + nxt:  # the parser often hangs 'on' on the verb
            if k.dep_ == "prep" and k.lower_ in ("on", "against"):
                target = next((g for g in k.children if g.dep_ == "pobj"), None)
                if target is not None and _civilians(target) \
                        and target.lower_ not in POLICY_WARS:
                    return tok.idx, target.idx + len(target), "loaded_language"
        return None
    if tok.lemma_.lower() in INVASION_NOUNS and tok.pos_ == "NOUN" and _of_people(tok):
        return tok.idx, tok.idx + len(tok), "loaded_language"
    return None


def _violence(tok) -> tuple[int, int, str] | None:
    """'a law strangling free speech', 'strangling fishermen with red tape': killing said of
    an idea or done with paperwork."""
    if tok.pos_ != "VERB":
        return None
    objs = rules._objects(tok)
    if any(o.lemma_.lower() in ABSTRACT_VICTIMS and not rules.person_like(o)
           for o in objs):
        return tok.idx, tok.idx + len(tok), "loaded_language"
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in PAPER_WEAPONS for g in k.children):
            return tok.idx, tok.idx + len(tok), "loaded_language"
    return None


def _illness_war(tok) -> tuple[int, int, str] | None:
    """'battles rare cancer', 'fighting dementia': an illness cast as an enemy."""
    if tok.pos_ != "VERB":
        return None
    for k in tok.children:
        targets = [k] if k.dep_ == "dobj" else [
            g for g in k.children if g.dep_ == "pobj"] if k.dep_ == "prep" and k.lower_ in (
                "against", "with") else []
        if any(t.lemma_.lower() in ILLNESSES for t in targets):
            return tok.idx, tok.idx + len(tok), "loaded_language"
    return None


def _grip(tok) -> tuple[int, int, str] | None:
    """'the clutches of the fascist invaders': a predator's grip held by people."""
    if tok.pos_ != "NOUN" or not any(
            k.dep_ == "prep" and k.lower_ == "of" and any(
                g.dep_ == "pobj" and (rules.person_like(g) or g.ent_type_ in ("ORG", "GPE"))
                for g in k.children) for k in tok.children):
        return None
    return tok.idx, tok.idx + len(tok), "loaded_language"


def _mocking_speech(tok) -> tuple[int, int, str] | None:
    """'the minister boasted that ...', 'bosses moaned about the tax': a person's speech
    told with a sneer."""
    if tok.pos_ != "VERB" and not _past_read_as_noun(tok):
        return None
    subj = rules._subject(tok) if tok.pos_ == "VERB" else next(
        (k for k in reversed(list(tok.lefts)) if k.dep_ in ("compound", "nsubj")), None)
    if subj is None and tok.dep_ == "acl":
        subj = tok.head  # 'the opposition leader boasted ...' read as a reduced relative
    if subj is None or not (subj.pos_ in ("NOUN", "PRON") and rules.person_like(subj)
                            or subj.ent_type_ in ("PERSON", "ORG", "NORP")
                            or subj.lower_ in SPEAKING_BODIES):
        return None
    at = _sneer_at(tok)
    if at is not None:
        return tok.idx, at.idx + len(at), "loaded_language"
    return tok.idx, tok.idx + len(tok), "loaded_language"


def _sneer_at(tok):
    """The 'at' right after a mocking verb that takes its target with it ('sneered at'),
    else None; read by the sneer's own span and by bounds grown from any pass."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "at" \
            and _LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower()) in _AT_VERBS:
        return doc[tok.i + 1]
    return None


def _staff(tok) -> bool:
    return tok.lower_ == "team" and any(k.dep_ == "poss" for k in tok.children)


def _wrung_out(tok) -> tuple[int, int, str] | None:
    """'finally admitted', 'grudgingly conceded': a concession told as extracted."""
    adverb = next((k for k in tok.children if k.dep_ == "advmod" and k.i < tok.i
                   and k.lower_ in RELUCTANCE), None)
    if adverb is None or tok.pos_ != "VERB":
        return None
    return adverb.idx, tok.idx + len(tok), "loaded_language"


def _contradicted_claim(tok) -> tuple[int, int, str] | None:
    """'The tycoon claimed he knew nothing, yet his signature ...': the outlet sets a fact
    against the claim, so the verb casts doubt; a plain 'claimed responsibility' does not."""
    if tok.pos_ != "VERB" or not any(k.dep_ == "ccomp" for k in tok.children):
        return None
    subj = rules._subject(tok)
    if subj is None or not (rules.person_like(subj) or subj.ent_type_ in ("PERSON", "ORG")):
        return None
    after = tok.doc[tok.i + 1:tok.sent.end]
    if not any(t.lower_ in CONTRARY and t.dep_ in ("cc", "mark", "advmod", "prep")
               for t in after):
        return None
    return tok.idx, tok.idx + len(tok), "doubt"


def _feeding(tok) -> tuple[int, int, str] | None:
    """'contractors feeding off the asylum system': people cast as parasites on the public;
    'birds feed on insects' and 'families fed on rice' are plain."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.pos_ != "VERB" or nxt is None or nxt.lower_ not in ("off", "on") \
            or nxt.head.i != tok.i:
        return None
    subj = rules._subject(tok)
    if subj is None or not (rules.person_like(subj) or subj.lower_ in lx.DEHUMANISING_NOUNS):
        return None
    objs = [g for g in nxt.subtree if g.dep_ == "pobj"] + [
        g for g in tok.children if g.dep_ == "dobj"]  # 'off' read as a particle
    if not any(o.lemma_.lower() in FED_ON or o.lower_ in FED_ON for o in objs):
        return None
    return tok.idx, nxt.idx + len(nxt), "loaded_language"


def _past_read_as_noun(tok) -> bool:
    """'The chief executive sneered at critics': a rare past tense the tagger reads as the
    noun heading the sentence, its doer as a compound before it."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.lower_.endswith("ed")


def _admission(tok) -> tuple[int, int, str] | None:
    """'admitted that the wing would open as planned': the verb of a confession for a
    statement that damages no one; an admission of fault, loss or risk is the right word."""
    if tok.pos_ != "VERB":
        return None
    clause = next((k for k in tok.children if k.dep_ == "ccomp"), None)
    if clause is None:
        return None
    for t in clause.subtree:
        lemma = t.lemma_.lower()
        if t.dep_ == "neg" or lemma in DAMAGE_WORDS or t.lower_ in DAMAGE_WORDS \
                or t.lower_ in lx.LOADED or lemma.startswith(("un", "mis", "in")) \
                and t.pos_ in ("ADJ", "VERB") and len(lemma) > 6:
            return None
    return tok.idx, tok.idx + len(tok), "loaded_language"


def _dressed_up(tok) -> tuple[int, int, str] | None:
    """'a stealth tax dressed up as generosity', 'dressed up the job losses as reform': a
    thing disguised as a virtue; 'children dressed up as witches' is a costume."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "up":
        return None
    if doc[tok.i + 2].lower_ == "as":
        # a thing disguised: 'a cut dressed up as reform', 'the cut was dressed up as ...';
        # an active doer is nearly always someone in costume
        doer = tok.head if tok.dep_ in ("acl", "relcl") else next(
            (k for k in tok.children if k.dep_ == "nsubjpass"), None)
    elif any(k.dep_ == "prep" and k.lower_ == "as" for k in tok.children):
        # 'dressed up the job losses as ...'; 'dressed up their children as witches' is the
        # costume again
        doer = next((k for k in tok.children if k.dep_ == "dobj"), None)
    else:
        return None
    if doer is None or doer.pos_ != "NOUN" or rules.person_like(doer):
        return None
    return tok.idx, doc[tok.i + 1].idx + 2, "loaded_language"


_TRIGGERS = (FLOOD_VERBS | FLOW_VERBS | frozenset(WAR_ACTS) | frozenset(_WAR_FORMS) | INVASION_NOUNS
             | CROWD_FIGURES
             | VIOLENCE_VERBS | GRIP_NOUNS | MOCKING_SPEECH | {"battle", "fight"}
             | {"war", "wars", "crusade", "onslaught", "admit", "admitted", "dress", "dressed"}
             | CONCESSION_LEMMAS | frozenset(_LEMMA_FIXES) | {"claim", "feed", "fed"})


def figure_span(tok, low: str, lemma: str) -> tuple[int, int, str] | None:
    """The span a token starts as a figure of speech or a loaded speech verb, if any;
    ``low`` and ``lemma`` are the caller's, read once per token."""
    if low not in _TRIGGERS and lemma not in _TRIGGERS:
        return None
    lemma = _LEMMA_FIXES.get(low, lemma)
    if lemma in CONCESSION_LEMMAS:
        found = _wrung_out(tok)
        if found or lemma != "admit":
            return found
    if lemma == "claim":
        return _contradicted_claim(tok)
    if lemma == "feed":
        return _feeding(tok)
    if lemma in FLOOD_VERBS or lemma in FLOW_VERBS:
        found = _water_verb(tok, lemma)
        if found:
            return found
    act = lemma if lemma in WAR_ACTS else _WAR_FORMS.get(low)
    if act:
        return _war_act(tok, act)
    if lemma == "admit":
        return _admission(tok)
    if lemma in MOCKING_SPEECH:
        return _mocking_speech(tok)
    if lemma in VIOLENCE_VERBS:
        return _violence(tok)
    if lemma in ("battle", "fight"):
        return _illness_war(tok)
    if low in GRIP_NOUNS:
        return _grip(tok)
    if lemma == "dress":
        return _dressed_up(tok)
    if tok.pos_ == "NOUN":
        return _war_noun(tok) or _migrant_crowd(tok)
    return None


def _migrant_crowd(tok) -> tuple[int, int, str] | None:
    """'Migrant boat swarm': a crowd figure compounded with migrants."""
    if tok.lower_ in CROWD_FIGURES and tok.lower_ not in ("army", "wave", "stream") \
            and _migrants(tok):
        return tok.idx, tok.idx + len(tok), "loaded_language"
    return None


# Words every slot or sports idiom holds, looked for before the costlier patterns run.
_SLOT_WORDS = ("bus", "scrap", "wolves", "kerb", "curb", "bathwater", "lurch", "dry",
               "ransom", "the other way", "blind eye", "in the water", "after wave",
               "open season", "off the face", "off the map")
_SPORT_WORDS = ("goal", "blow", "football", "belt", "ropes", "punch", "ball", "dunk", "towel",
                "net", "dressing", "pass", "bath", "wicket", "fumbl",
                "count", "hail mary", "finish", "long grass", "red card", "blindside",
                "changer")


# The writer's praise formulas, once for the prefilter and once for the sentence opening.
_PRAISE = r"congratulations|hats off|well done|three cheers|kudos|bravo|take a bow"
_PRAISE_WORDS = re.compile(_PRAISE)


@functools.lru_cache(maxsize=1)
def _sport_pattern():
    return re.compile(r"(?<![\w-])(?:" + "|".join(SPORT_IDIOMS) + r")(?![\w-])", re.IGNORECASE)


def pattern_spans(doc, text: str) -> list[tuple[int, int, str]]:
    """Idioms found on the surface: sports idioms outside a sentence about sport, idioms
    with a slot ('threw them under the bus'), and the writer's exclamations."""
    low = text.lower()
    out = _exclamations(doc) if "what a" in low or _PRAISE_WORDS.search(low) else []
    if any(word in low for word in _SLOT_WORDS):  # a scan per word costs less than the regex
        out += [(m.start(), m.end(), "loaded_language") for m in _SLOT_IDIOMS.finditer(text)]
    if not any(word in low for word in _SPORT_WORDS):
        return out
    matches = [(m, doc.char_span(m.start(), m.end(), alignment_mode="expand"))
               for m in _sport_pattern().finditer(text)]
    figures = [span for _, span in matches if span is not None]
    for m, span in matches:
        if span is None or _about_sport(span.sent, figures):
            continue
        out.append((m.start(), m.end(), "loaded_language"))
    return out


def _exclamations(doc) -> list[tuple[int, int, str]]:
    """'What a triumph of planning: ...', 'What a disaster this budget has been': a sentence
    opened as an exclamation of the writer's, praise or sarcasm, is a verdict; the span
    runs to its noun (and an 'of' noun after it)."""
    out = []
    for sent in doc.sents:
        opening = _PRAISE_FORMULA.match(sent.text)
        if opening:
            out.append((sent.start_char, sent.start_char + opening.end(1), "loaded_language"))
            continue
        first = sent[0] if sent[0].text not in _QUOTE_OPENERS else (
            sent[1] if len(sent) > 1 else sent[0])
        if first.lower_ != "what" or first.i + 2 >= sent.end \
                or doc[first.i + 1].lower_ not in ("a", "an") or sent.text.rstrip().endswith("?"):
            continue
        noun = next((t for t in doc[first.i + 2:min(sent.end, first.i + 6)]
                     if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None:
            continue
        last = noun
        if noun.i + 2 < sent.end and doc[noun.i + 1].lower_ == "of" \
                and doc[noun.i + 2].pos_ == "NOUN":
            last = doc[noun.i + 2]
        out.append((first.idx, last.idx + len(last), "loaded_language"))
    return out


_QUOTE_OPENERS = frozenset({'"', "“", "'", "‘"})
# A sentence opened by the writer's praise of someone, sincere or sarcastic ('Congratulations
# to the rail operator, which ...'): a verdict either way.
_PRAISE_FORMULA = re.compile(rf"({_PRAISE})(?=,? (?:to|for) |, )", re.IGNORECASE)


def _about_sport(sent, figures=()) -> bool:
    """A sport word in the sentence, or two shared ones outside the figures themselves; a
    team that is someone's ('the president's team') is a staff, not a side."""
    if any(t.lemma_.lower() in SPORT_CONTEXT or t.lower_ in SPORT_CONTEXT for t in sent):
        return True
    shared = {t.lower_ for t in sent if (t.lower_ in SPORT_SHARED or t.lemma_.lower()
                                         in SPORT_SHARED) and not _staff(t)
              and not any(f.start <= t.i < f.end for f in figures)}
    return len(shared) >= 2


def settle_bounds(doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each span grown to what the span policy (module docstring) says it covers. A judging
    adjective is not grown over the plain noun it judges ('sham trial'): tried, it lost
    exact F1 .820 -> .762 on the probe, whose annotators mark the adjective alone."""
    out = []
    for start, end, technique in spans:
        span = None if technique == "event_word" else doc.char_span(start, end)
        if span is None or not len(span):
            out.append((start, end, technique))
            continue
        first, last = span[0], span[-1]
        out.append((*_grown(doc, first, last, technique), technique))
    return out


def _grown(doc, first, last, technique: str) -> tuple[int, int]:
    if first.i == last.i and first.pos_ == "VERB" and last.i + 1 < len(doc) \
            and doc[last.i + 1].dep_ == "prt" and doc[last.i + 1].head.i == first.i:
        last = doc[last.i + 1]  # 'caved in'
    if first.i == last.i and _sneer_at(first) is not None:
        last = doc[last.i + 1]  # 'sneered at', however the sneer was found
    if technique == "name_calling":
        first, last = _label_bounds(doc, first, last)
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.head.i in (first.i, last.i) and prev.dep_ in ("amod", "advmod") \
                and (prev.lower_ in SHARPENERS or prev.lower_ in lx.INTENSIFIERS):
            first = prev  # 'a spectacular own goal', 'outright lies'
    return first.idx, last.idx + len(last)


def _label_bounds(doc, first, last):
    """A label with the plain crowd noun it brands ('terrorist gangs') and the crowd word
    whose 'of' phrase it is ('gang of paid traitors')."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and last.head.i == nxt.i and last.dep_ in ("amod", "compound") \
            and nxt.lower_ in CROWD_HEADS:
        last = nxt
    head = last.head
    if last.dep_ == "pobj" and head.lower_ == "of" and head.i < first.i \
            and head.head.lower_ in _COLLECTIVE_OF and head.head.i == head.i - 1 \
            and all(doc[i].dep_ in ("amod", "compound", "advmod", "punct")
                    for i in range(head.i + 1, first.i)):
        first = head.head
    return first, last


__all__ = ["figure_span", "pattern_spans", "settle_bounds", "FLOOD_VERBS", "WAR_ACTS"]
