"""Reaches loaded wording that no list names word for word: headline capitals on listed
words, heat on a quarrel, stumbling motion of plans, disease of institutions, crowd moods.

Input is one spaCy token (with its parse) at a time, from framing.py's single token pass;
output is a (start, end, technique) span in Article.text indices, or None. Each mechanism
reads a word family or a figure from the parse, so a new writer's word in the same family
triggers it: 'a stormy clash' as well as 'a fiery row', 'the reform lurched' as well as
'the campaign limped'. The literal senses stay plain by their arguments: a limping player,
a fiery sunset, cancer of the bowel, 'cheering crowds' that are only cheering.
"""
from __future__ import annotations

from . import framing_rules as rules
from . import loaded_lexicon as lx
from .framing_figures import MILITARY_NOUNS, MOCKING_SPEECH

# Heat, storm and violence said of a quarrel or a speech: the writer grades the row ('a
# fiery row', 'incendiary rhetoric'); 'bitter' and 'heated' are the wire's own stock.
HEAT_WORDS = frozenset({"fiery", "blazing", "stormy", "explosive", "incendiary", "bruising",
                        "ferocious", "volcanic", "white-hot", "red-hot", "furious",
                        "acrimonious", "ill-tempered", "bad-tempered", "tempestuous",
                        "fractious", "toxic", "nasty", "ugly", "poisonous", "venomous"})
QUARREL_NOUNS = frozenset({"row", "rows", "clash", "clashes", "exchange", "exchanges", "debate",
                           "debates", "spat", "spats", "dispute", "disputes", "argument",
                           "arguments", "confrontation", "showdown", "feud", "feuds",
                           "standoff", "stand-off", "encounter", "session", "meeting",
                           "hearing", "interview", "bust-up", "slanging",
                           # speech graded by its heat: 'incendiary rhetoric'
                           "rhetoric", "remarks", "comments", "speech", "speeches", "language",
                           "tweet", "tweets", "outburst", "broadside"})
# Motion of the injured or the drunk, said of a plan, a campaign or a government ('the
# campaign limped on', 'a lurching reform'); a person or a vehicle moving so is plain.
STUMBLE_VERBS = frozenset({"limp", "hobble", "stagger", "stumble", "lurch", "totter", "teeter",
                           "flounder", "splutter", "sputter", "careen", "wobble", "shamble",
                           "blunder", "stutter", "falter", "reel", "crawl", "lumber"})
# Subjects whose motion is literal or is the trade's own figure ('shares stumbled').
_MOVING_THINGS = lx.VEHICLE_NOUNS | frozenset({
    "car", "cars", "bus", "train", "truck", "lorry", "horse", "horses", "dog", "dogs",
    "animal", "animals", "boat", "boats", "plane", "vehicle", "ferry", "yacht", "it", "they",
    "shares", "stocks", "share", "stock", "index", "indices", "prices", "price", "market",
    "markets", "pound", "dollar", "euro", "yen", "bonds", "currency", "sterling", "oil",
    "gold", "bitcoin", "futures", "yields"})
# Diseases named of a society's ills ('a cancer of corruption', 'the rot in the party');
# the same words with a body or a patient are medicine.
DISEASE_NOUNS = frozenset({"cancer", "gangrene", "plague", "pestilence", "leprosy", "rot",
                           "tumour", "tumor", "contagion", "blight", "canker", "malignancy",
                           "virus", "infection", "sickness", "disease", "cancers"})
# What a disease of the body is 'of' or 'in': these keep the word medical.
_BODY = frozenset({"bowel", "breast", "lung", "lungs", "liver", "skin", "blood", "brain",
                   "prostate", "cervix", "throat", "stomach", "pancreas", "kidney", "bone",
                   "patient", "patients", "child", "children", "women", "men", "cattle",
                   "crops", "trees", "wheat", "potato", "potatoes", "plants", "chest",
                   "mouth", "ear", "eye", "eyes", "teeth", "gums", "ovaries", "ovary"})
# Places where a disease of the body lives; 'rot in the party' is a figure, 'rot in the
# timber' is not.
_MATERIAL = frozenset({"timber", "wood", "roof", "floor", "beams", "wall", "walls", "fruit",
                       "hull", "tooth", "wing", "ward", "wards", "hospital", "hospitals",
                       "herd", "flock", "body", "bodies", "system", "population"})
# Institutions and public life a disease figure is said of.
INSTITUTION_NOUNS = frozenset({
    "party", "council", "government", "parliament", "police", "force", "club", "game",
    "sport", "church", "society", "nation", "country", "city", "town", "politics",
    "democracy", "city hall", "ministry", "department", "civil service", "establishment",
    "league", "industry", "profession", "republic", "state", "regime", "movement", "army",
    "system", "board", "institution", "institutions", "media", "press", "football", "cricket",
    "westminster", "whitehall", "washington", "brussels", "public life", "administration",
    "union", "unions", "university", "universities", "bbc", "nhs", "cabinet", "court"})
# A group's mood told by the writer ('jubilant crowds', 'furious residents'); 'cheering
# crowds' tells what they did and stays plain.
MOOD_ADJECTIVES = frozenset({"jubilant", "ecstatic", "euphoric", "delirious", "exultant",
                             "gleeful", "rapturous", "elated", "overjoyed", "triumphant",
                             "furious", "livid", "incandescent", "apoplectic", "irate",
                             "fuming", "seething", "raging", "hysterical", "frenzied",
                             "frantic", "distraught", "despairing", "bitter", "baying",
                             "angry", "enraged", "incensed", "outraged", "disgusted"})
# Moods the wire states itself ('angry residents' is an ordinary report); charged only
# in a headline's opening word, where the writer chose to lead with the feeling.
_WIRE_MOODS = frozenset({"angry", "bitter", "frantic", "distraught", "triumphant"})
# Verbs after a capitalised opener that mark it as the subject's name ('Savage said').
_NAME_VERBS = frozenset({"say", "tell", "add", "write", "told", "said", "says", "adds"})


def _subject(verb):
    return next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)


def headline_opener(tok, low: str) -> tuple[int, int, str] | None:
    """'Furious Paris slaps down ...', 'Shamed tycoon gloated': a headline's capitalised
    first word is tagged a name, yet a listed or derived judgement there is the writer's."""
    if tok.i != tok.sent.start or not tok.is_title or tok.pos_ not in ("PROPN", "NOUN") \
            or not tok.is_alpha or len(low) < 4:
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or not nxt.is_alpha or nxt.pos_ not in ("NOUN", "PROPN", "ADJ") \
            or nxt.lower_ in _NAME_VERBS:
        return None  # 'Savage said ...' leads with a surname, 'Monster who ...' with a label
    if low in lx.NAME_CALLING:
        return None  # labels are read by framing.py's label pass
    charged = low in lx.LOADED or low in lx.CONTEMPT or low in MOOD_ADJECTIVES \
        or rules.family(low) == "loaded_language"
    return (*rules._span(tok, tok), "loaded_language") if charged else None


def heat_on_quarrel(tok, low: str) -> tuple[int, int, str] | None:
    """'a fiery row', 'stormy exchanges', 'a bruising clash': the quarrel graded by its
    heat. The parse often reads the adjective as a compound noun, so the next word decides."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return None
    nxt = doc[tok.i + 1]
    if nxt.lower_ in QUARREL_NOUNS or nxt.lemma_.lower() in QUARREL_NOUNS:
        return (*rules._span(tok, tok), "loaded_language")
    return None


def stumbling_motion(tok, lemma: str) -> tuple[int, int, str] | None:
    """'the campaign limped to a finish', 'a lurching reform': a plan moving like the
    injured. Verbs need a subject that is neither a person nor a moving thing; the
    participle needs such a head."""
    if tok.pos_ == "VERB" and tok.dep_ != "amod":
        subj = _subject(tok)
        if subj is None or _literal_mover(subj):
            return None
        return (*rules._span(tok, _particle(tok)), "loaded_language")
    if tok.dep_ == "amod" and tok.lower_.endswith("ing") and not _literal_mover(tok.head):
        return (*rules._span(tok, tok), "loaded_language")
    return None


def _literal_mover(tok) -> bool:
    return rules.person_like(tok) or tok.lower_ in _MOVING_THINGS \
        or tok.lemma_.lower() in _MOVING_THINGS or tok.pos_ == "PRON"


def _particle(verb):
    """'limped on', 'stumbled along': an adverb particle right after the verb belongs to it."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].dep_ in ("prt", "advmod") \
            and doc[verb.i + 1].lower_ in ("on", "along", "through", "about", "around"):
        return doc[verb.i + 1]
    return verb


def disease_of_institution(tok, low: str) -> tuple[int, int, str] | None:
    """'a cancer of corruption', 'the rot in the party', 'gangrene at the heart of the
    council': a disease named of a vice or an institution, not of a body."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "within", "at", "inside",
                                                     "on", "across", "throughout"):
            continue
        target = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if target is None:
            continue
        if prep.lower_ == "at" and target.lower_ == "heart":
            target = next((g for k in target.children if k.dep_ == "prep"
                           for g in k.children if g.dep_ == "pobj"), target)
        if _figurative_target(target, prep.lower_ == "of"):
            return (*rules._span(tok, tok), "loaded_language")
    return None


def _figurative_target(target, vice_allowed: bool) -> bool:
    word, lemma = target.lower_, target.lemma_.lower()
    if word in _BODY or lemma in _BODY or word in _MATERIAL:
        return False
    if word in INSTITUTION_NOUNS or lemma in INSTITUTION_NOUNS \
            or target.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if any(k.dep_ == "poss" and k.lower_ in INSTITUTION_NOUNS for k in target.children):
        return True  # 'rot in the party's leadership'
    # 'a cancer of corruption': only an abstract vice after 'of', as 'a cancer of the
    # pancreas' and 'an infection of the wound' are medicine
    return vice_allowed and target.pos_ == "NOUN" and _vice(word)


def _vice(word: str) -> bool:
    return word in lx.LOADED or word in VICE_NOUNS or rules.family(word) is not None


VICE_NOUNS = frozenset({"corruption", "greed", "hate", "hatred", "racism", "sleaze", "crime",
                        "violence", "extremism", "cronyism", "nepotism", "bigotry", "fraud",
                        "apathy", "cynicism", "despair", "intolerance", "antisemitism",
                        "islamophobia", "misogyny", "bureaucracy", "red tape", "lawlessness",
                        "impunity", "complacency", "decay", "decadence", "envy", "lies",
                        "deceit", "dishonesty", "division", "populism", "terror"})


def crowd_mood(tok, low: str) -> tuple[int, int, str] | None:
    """'jubilant crowds', 'incandescent MPs', 'Residents are livid': a group's feeling told
    as fact by the writer. The wire's own stock moods count only opening a headline."""
    if tok.pos_ not in ("ADJ", "PROPN", "VERB") or low in _WIRE_MOODS:
        return None
    if tok.dep_ == "amod":
        head = tok.head
    elif tok.dep_ == "acomp":
        head = _subject(tok.head)
    else:
        return None
    if head is None or not (rules.person_like(head) or head.ent_type_ in ("GPE", "NORP")):
        return None
    return (*rules._span(tok, tok), "loaded_language")


# Virtues whose lack is a verdict on a person or an act: '-less' ('gutless', 'tactless',
# 'conscienceless') and a negative prefix ('unprincipled', 'disloyal') on these judge;
# 'homeless', 'worthless' bonds, 'careless driving', 'unconstitutional', 'untenable' and
# 'unreliable' data are descriptions or terms of law, and stay out.
VIRTUE_BASES = frozenset({"shame", "spine", "heart", "gut", "guts", "clue", "feck", "ruth",
                          "mind", "sense", "point", "tact", "taste", "brain", "wit", "scruple",
                          "conscience", "mercy", "pity", "spirit", "charm", "soul", "thought",
                          "principle", "backbone", "reck", "hope", "use", "grace", "honour",
                          "honor", "feeling", "direction"})
VIRTUE_ADJECTIVES = frozenset({"principled", "scrupulous", "patriotic", "forgivable",
                               "conscionable", "excusable", "defensible", "pardonable",
                               "responsible", "honest", "loyal", "honourable", "honorable",
                               "competent", "decent", "ethical", "moral", "truthful",
                               "faithful", "gracious", "gentlemanly", "statesmanlike",
                               "presidential", "civilised", "civilized", "humane", "hinged",
                               "trustworthy", "scrupled", "sportsmanlike", "christian",
                               "dignified", "professional", "palatable", "savoury", "savory",
                               "electable", "grateful"})
# Conduct and speech whose '-ful' adjective judges ('boastful', 'deceitful', 'scornful').
CONDUCT_BASES = frozenset({"boast", "spite", "deceit", "hate", "scorn", "disdain", "disgrace",
                           "shame", "wrath", "venge", "neglect", "sin", "lust", "distrust",
                           "mistrust", "resent", "reproach", "waste", "fanci", "sneer",
                           "conceit", "guile", "woe"})
_NEGATIVE_PREFIXES = ("un", "in", "im", "ir", "il", "dis")


def judging_morphology(tok, low: str) -> tuple[int, int, str] | None:
    """'a gutless retreat', 'unprincipled', 'boastful': a virtue's lack or a vice's fullness
    told by the word's own parts, for words no list holds."""
    if tok.pos_ not in ("ADJ", "ADV") and not (tok.pos_ == "PROPN" and tok.is_sent_start):
        return None
    word = low[:-2] if low.endswith("ly") and tok.pos_ == "ADV" else low
    if word in lx.LOADED or word in lx.CONTEMPT:
        return None  # the listed-word pass marks it
    cut = 3 if word.startswith("dis") else 2
    judged = word.endswith("less") and word[:-4] in VIRTUE_BASES \
        or word.endswith("ful") and word[:-3] in CONDUCT_BASES \
        or word.startswith(_NEGATIVE_PREFIXES) and word[cut:] in VIRTUE_ADJECTIVES
    return (*rules._span(tok, tok), "loaded_language") if judged else None


def misread_spending(tok) -> tuple[int, int, str] | None:
    """'Fat cats pocket record payouts': a headline's spending verb read as a noun
    compound; a plural doer before it and money after it make it the verb. 'Pocket
    money' and 'a blow to savings' have no plural doer."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or tok.dep_ != "compound":
        return None
    doer = doc[tok.i - 1]
    if not doer.is_alpha or not doer.lower_.endswith("s") or doer.pos_ not in ("NOUN", "VERB"):
        return None
    money = any(t.lemma_.lower() in lx.MONEY_NOUNS or t.lower_ in lx.MONEY_NOUNS
                or t.ent_type_ == "MONEY" for t in doc[tok.i + 1:min(len(doc), tok.i + 4)])
    return (*rules._span(tok, tok), "loaded_language") if money else None


# Words of a real war in the sentence: with them 'under siege' and 'a war zone' report.
_REAL_WAR = frozenset({"war", "shelling", "shell", "bombardment", "ceasefire", "artillery",
                       "offensive", "missile", "airstrike", "air strike", "blockade", "rocket",
                       "drone", "encircle", "besiege", "surround", "fighting", "battle",
                       "front", "sniper", "mortar", "trench",
                       "humanitarian", "corridor", "casualty", "civilian", "siege"})


def war_scene(tok, low: str) -> tuple[int, int, str] | None:
    """'border towns under siege', 'our streets have become a war zone': a war scene made
    of a town's trouble. A sentence that names soldiers or shelling reports a real one."""
    doc = tok.doc
    if low == "siege":
        if tok.i == 0 or doc[tok.i - 1].lower_ != "under":
            return None
        first = doc[tok.i - 1]
    elif low == "zone":
        if tok.i == 0 or doc[tok.i - 1].lower_ != "war":
            return None
        first = doc[tok.i - 1]
    else:
        first = tok
    for t in tok.sent:
        if t.i in (first.i, tok.i):
            continue
        lemma = t.lemma_.lower()
        if lemma in _REAL_WAR or lemma in MILITARY_NOUNS or t.ent_type_ in ("NORP",) \
                and t.dep_ in ("nsubj", "amod", "compound"):
            return None
    return (*rules._span(first, tok), "loaded_language")


# Verbs that destroy a thing, said of an idea, a plan or a record ('shredded the proposal',
# 'eviscerated his argument'); 'shredded the documents' is the shredder's work.
WRECK_VERBS = frozenset({"shred", "eviscerate", "skewer", "trash", "obliterate", "annihilate",
                         "flatten", "pulverise", "pulverize", "incinerate", "torch", "bulldoze",
                         "steamroller", "steamroll", "wreck", "trample", "tear", "rip"})
IDEA_NOUNS = rules.ACT_HEADS | frozenset({
    "argument", "arguments", "case", "report", "reputation", "credibility", "budget", "bill",
    "legislation", "manifesto", "strategy", "rulebook", "rules", "convention", "conventions",
    "treaty", "agreement", "promise", "promises", "pledge", "pledges", "rights", "hopes",
    "career", "legacy", "economy", "constitution", "tradition", "traditions", "consensus",
    "guidance", "evidence", "theory", "narrative", "story", "claim"})
# Places and buildings that 'trash' can only wreck in a riot or a break-in, still told with
# the writer's sneer ('yobs trashed the pavilion').
_TRASH_ONLY = frozenset({"trash"})
# 'tear' and 'rip' destroy an idea only with 'up' or 'apart' ('tore up the rulebook').
_NEED_PARTICLE = frozenset({"tear", "rip"})


def wrecked_idea(tok, lemma: str) -> tuple[int, int, str] | None:
    """'critics shredded the proposal', 'tore up the rulebook', 'yobs trashed a pavilion':
    destruction said of an idea, a plan or (for 'trash') a place; paper stays literal."""
    if tok.pos_ != "VERB":
        return None
    last = tok
    if lemma in _NEED_PARTICLE:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None or nxt.lower_ not in ("up", "apart") or nxt.dep_ not in ("prt", "advmod"):
            return None
        last = nxt
    objs = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
    for obj in objs:
        word = obj.lemma_.lower()
        if word in IDEA_NOUNS or obj.lower_ in IDEA_NOUNS or lemma in _TRASH_ONLY \
                or rules.person_like(obj) and lemma not in ("trample", "flatten", "torch"):
            return (*rules._span(tok, last), "loaded_language")
    return None


# What an 'explosion in' can be a figure for: a count or a social ill ('an explosion in
# knife crime'); 'an explosion in a factory' is a blast.
SURGE_NOUNS = frozenset({"explosion", "tsunami", "epidemic", "avalanche", "deluge", "orgy",
                         "plague", "eruption"})
COUNT_NOUNS = frozenset({"crime", "crimes", "prices", "rents", "costs", "numbers", "demand",
                         "cases", "violence", "use", "applications", "claims", "debt", "spending",
                         "arrivals", "shoplifting", "fraud", "burglaries", "burglary", "thefts",
                         "borrowing", "bills", "complaints", "knife", "gun", "stabbings",
                         "robberies", "evictions", "homelessness", "inflation", "sales",
                         "waiting", "lists", "bankruptcies", "vandalism", "litigation"})


def surge_figure(tok) -> tuple[int, int, str] | None:
    """'an explosion in knife crime', 'a tsunami of claims': a rise told as a blast or a
    flood. 'A plague of rats' and 'an explosion in the plant' stay out: the 'in'/'of'
    phrase must name a count or a social ill."""
    if tok.pos_ != "NOUN":
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        target = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if target is None or target.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
            continue
        words = {target.lower_, target.lemma_.lower()} | {
            k.lower_ for k in target.children if k.dep_ in ("compound", "amod")}
        if words & COUNT_NOUNS:
            return (*rules._span(tok, tok), "exaggeration")
    return None


# Praise of a leader's or a state's deeds in the writer's voice ('a resplendent victory',
# 'the magnificent achievements of the plan'); 'a brilliant sunset' is weather.
PRAISE_ADJECTIVES = frozenset({"magnificent", "resplendent", "splendid", "illustrious",
                               "immortal", "dazzling", "brilliant", "radiant", "shining",
                               "majestic", "sublime", "peerless", "matchless", "unparalleled",
                               "unrivalled", "wondrous", "stupendous", "epoch-making",
                               "earth-shaking", "invincible", "indomitable", "ever-victorious",
                               "wise", "far-seeing", "benevolent", "tireless", "selfless"})
PRAISE_HEADS = frozenset({"victory", "victories", "achievement", "achievements", "leadership",
                          "guidance", "success", "successes", "triumph", "triumphs", "feat",
                          "feats", "contribution", "contributions", "exploit", "exploits",
                          "deed", "deeds", "leader", "cause", "struggle", "path", "policy",
                          "policies", "party", "army", "people", "nation", "motherland",
                          "fatherland", "homeland", "workers", "heroes", "soldiers", "vision",
                          "teachings", "thought", "ideas", "era", "reforms", "care"})


def praise_of_deeds(tok) -> tuple[int, int, str] | None:
    """'a resplendent victory', 'the Leader's wise guidance': praise given to a deed, a
    leader or the nation, which a report would state as a result."""
    if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
        return None
    head = tok.head
    if head.lower_ in PRAISE_HEADS or head.lemma_.lower() in PRAISE_HEADS:
        return (*rules._span(tok, tok), "loaded_language")
    return None


# Mild process nouns after a people noun that name sackings ('a workforce reduction', 'staff
# realignment', 'voluntary separation'); 'a tax reduction' is plain.
STAFF_NOUNS = frozenset({"workforce", "headcount", "staff", "staffing", "personnel", "role",
                         "roles", "employee", "manpower", "labour", "labor"})
MILD_PROCESSES = frozenset({"reduction", "reductions", "adjustment", "adjustments",
                            "optimisation", "optimization", "rationalisation",
                            "rationalization", "realignment", "streamlining", "transition",
                            "reshaping", "rebalancing", "resizing", "efficiencies",
                            "consolidation", "simplification", "right-sizing"})


def _reduced_staff(tok) -> tuple[int, int, str] | None:
    """'a reduction in headcount': the process named first, the staff after 'in'/'of'."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("in", "of") \
            and doc[tok.i + 2].lower_ in STAFF_NOUNS:
        first = doc[tok.i - 1] if tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an") else tok
        return (*rules._span(first, doc[tok.i + 2]), "euphemism")
    return None


def mild_sacking(tok) -> tuple[int, int, str] | None:
    """'a workforce reduction programme', 'headcount adjustments', 'voluntary separation
    packages': the sacking of staff named as a process."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return None
    nxt = doc[tok.i + 1]
    if tok.lower_ in STAFF_NOUNS and nxt.lower_ in MILD_PROCESSES:
        return (*rules._span(tok, nxt), "euphemism")
    if tok.lower_ == "voluntary" and nxt.lower_ in ("separation", "separations", "exit",
                                                     "exits", "departure", "departures"):
        return (*rules._span(tok, nxt), "euphemism")
    return None


# The people a firm employs, as written in a sacking: 'let 300 workers go'.
EMPLOYED = STAFF_NOUNS | frozenset({"workers", "employees", "colleagues", "staffers", "jobs",
                                    "people", "crew", "personnel", "contractors", "officers",
                                    "managers", "engineers", "drivers", "nurses", "teachers"})


def soft_dismissal(tok, lemma: str) -> tuple[int, int, str] | None:
    """'1,200 staff let go', 'let 300 workers go', 'parting ways with 800 colleagues', 'has
    parted company with its manager': a sacking told as a leave-taking. 'Police let the
    man go' (a release) and 'the crowd parted' are plain."""
    doc = tok.doc
    window = doc[tok.i + 1:min(len(doc), tok.i + 6)]
    if lemma == "let" and tok.pos_ in ("VERB", "AUX"):
        go = next((t for t in window if t.lower_ == "go"), None)
        if go is None:
            return None
        near = list(doc[max(0, tok.i - 3):tok.i]) + list(doc[tok.i + 1:go.i])
        if any(t.lower_ in EMPLOYED for t in near):
            return (*rules._span(tok, go), "euphemism")
        return None
    if lemma == "part" and tok.pos_ == "VERB" and window and window[0].lower_ in ("ways",
                                                                                 "company"):
        rest = doc[window[0].i + 1:min(len(doc), window[0].i + 6)]
        if rest and rest[0].lower_ == "with" and any(
                t.lower_ in EMPLOYED or t.lemma_.lower() + "s" in EMPLOYED
                or t.pos_ == "NOUN" and rules.person_like(t)
                for t in rest[1:]):
            return (*rules._span(tok, window[0]), "euphemism")
    return None


# A hunter's verbs given to a disease or a danger ('a deadly fungus is stalking hospitals',
# 'a new variant lurks in sewage'); a man who stalks a woman is reported, a fox prowls.
HUNTER_VERBS = frozenset({"stalk", "lurk", "prowl", "haunt", "creep", "hunt", "ambush"})
# A rampage's verbs for a germ's spread ('a killer bug rips through wards'); 'the virus
# spread through the ward' reports it.
RAMPAGE_VERBS = frozenset({"rip", "tear", "rampage", "scythe", "plough", "plow", "sweep",
                           "blaze", "burn", "storm", "race"})
MENACE_NOUNS = frozenset({"fungus", "bug", "superbug", "virus", "variant", "strain", "disease",
                          "infection", "bacteria", "bacterium", "germ", "germs", "threat",
                          "danger", "dangers", "pathogen", "outbreak", "epidemic", "pandemic",
                          "recession", "inflation", "poverty", "hunger", "famine", "unrest",
                          "spectre", "specter", "shadow", "crisis", "flu", "influenza",
                          "measles", "norovirus", "covid", "cholera", "ebola", "mpox",
                          "tuberculosis", "plague", "contagion", "sickness"})


def hunting_menace(tok, lemma: str) -> tuple[int, int, str] | None:
    """'a deadly fungus is stalking hospitals', 'flu tears through care homes': a germ or
    a danger cast as a hunter or a rampaging crowd."""
    doc = tok.doc
    if tok.pos_ == "VERB":
        subj = _subject(tok)
        if subj is None and tok.i >= 2 and doc[tok.i - 1].lemma_ == "be":
            subj = doc[tok.i - 2]  # 'a fungus is stalking hospitals' is often misparsed
    elif tok.pos_ == "NOUN" and tok.i >= 1 and lemma in RAMPAGE_VERBS:
        subj = doc[tok.i - 1]  # a headline's 'bug rips through' read as nouns
    else:
        return None
    if subj is None or not (subj.lower_ in MENACE_NOUNS or subj.lemma_.lower() in MENACE_NOUNS):
        return None
    if lemma in RAMPAGE_VERBS:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ not in ("through", "across"):
            return None
        return (*rules._span(tok, nxt), "loaded_language")
    return (*rules._span(tok, tok), "loaded_language")


# Verbs of tuning a machine said of the staff ('optimise headcount', 'rationalise the
# workforce'): the sacking named as maintenance.
TUNING_VERBS = frozenset({"optimise", "optimize", "rationalise", "rationalize", "streamline",
                          "realign", "reshape", "resize", "rebalance", "right-size"})


def tuned_staff(tok) -> tuple[int, int, str] | None:
    """'to optimise headcount', 'rationalised the workforce': staff as a setting."""
    if tok.dep_ == "compound" and tok.head.lower_ in STAFF_NOUNS and tok.head.i == tok.i + 1:
        return (*rules._span(tok, tok.head), "euphemism")  # the verb misread as a noun
    if tok.pos_ != "VERB":
        return None
    obj = next((k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lower_ not in STAFF_NOUNS:
        return None
    return (*rules._span(tok, obj if obj.i > tok.i else tok), "euphemism")


# Disorder nouns as what a thing set off ('sparks chaos on the ward', 'wreaked havoc'):
# the writer's verdict on the scene; 'traffic chaos' in a wire report has no causer.
DISORDER_NOUNS = frozenset({"chaos", "havoc", "pandemonium", "bedlam", "turmoil", "anarchy"})
CAUSING_VERBS = frozenset({"spark", "sow", "unleash", "wreak", "cause", "create", "bring",
                           "trigger", "spread", "plunge", "throw"})


def caused_disorder(tok) -> tuple[int, int, str] | None:
    """'the outbreak sparks chaos', 'sowed havoc': disorder told as what a party caused."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # 'plunged the ward into chaos'
    if tok.dep_ not in ("dobj", "pobj") or head.lemma_.lower() not in CAUSING_VERBS:
        return None
    return (*rules._span(tok, tok), "loaded_language")


# People a lecture is given to by those not teaching them ('a sneering lecture to our
# farmers', 'lectured the nurses'); a professor's lecture to students is the course.
_TEACHERS = frozenset({"professor", "lecturer", "teacher", "academic", "tutor", "historian",
                       "scientist", "expert", "author", "speaker", "guest"})
_TAUGHT = frozenset({"students", "student", "pupils", "class", "audience", "undergraduates"})


def lecture_to_people(tok) -> tuple[int, int, str] | None:
    """'the ambassador's lecture to our farmers', 'the minister lectured nurses on pay':
    speech cast as a scolding from above."""
    if tok.pos_ == "VERB":
        subj = _subject(tok)
        hearers = [k for k in tok.children if k.dep_ == "dobj"]
    else:
        subj = next((k for k in tok.children if k.dep_ == "poss"), None)
        hearers = [g for k in tok.children if k.dep_ == "prep" and k.lower_ == "to"
                   for g in k.children if g.dep_ == "pobj"]
    if subj is not None and subj.lemma_.lower() in _TEACHERS:
        return None
    if any(rules.person_like(h) and h.lower_ not in _TAUGHT for h in hearers):
        return (*rules._span(tok, tok), "loaded_language")
    return None


def vermin_who(tok) -> tuple[int, int, str] | None:
    """'Parasites who fleece the elderly': a pest noun whose relative clause takes 'who',
    the pronoun for people, so the pest is a person."""
    for k in tok.children:
        if k.dep_ == "relcl" and any(g.lower_ == "who" for g in k.children):
            return (*rules._span(tok, tok), "name_calling")
    return None


# What an infection figure needs to be one: not a body, a patient or a machine.
_INFECTED_LITERAL = frozenset({"computer", "computers", "system", "systems", "device",
                               "devices", "file", "files", "server", "servers", "phone",
                               "phones", "network", "networks", "cell", "cells", "wound",
                               "wounds", "blood", "crops", "animals", "birds", "cattle",
                               "herd", "flock", "water", "food", "mosquito", "mosquitoes"})


def infecting_figure(tok) -> tuple[int, int, str] | None:
    """'a plague infecting every school gate', 'poisoning our politics': infection of a
    place or a public life, not of a body, a patient or a computer."""
    if tok.pos_ != "VERB":
        return None
    obj = next((k for k in tok.children if k.dep_ == "dobj"), None)
    if obj is not None and (obj.like_num or obj.lower_ in ("thousands", "hundreds", "millions",
                                                            "dozens", "scores")):
        # 'infected thousands of computers': the counted thing decides
        obj = next((g for k in obj.children if k.dep_ == "prep" and k.lower_ == "of"
                    for g in k.children if g.dep_ == "pobj"), obj)
    if obj is None or rules.person_like(obj) or obj.lower_ in _INFECTED_LITERAL \
            or obj.lemma_.lower() in _INFECTED_LITERAL or obj.lower_ in _BODY:
        return None
    return (*rules._span(tok, tok), "loaded_language")


# Laundering compounds that accuse a party of cleaning its name ('greenwashing',
# 'sportswashing'); 'whitewash' is listed.
WASH_PREFIXES = ("green", "sports", "pink", "art", "blue", "woke", "rainbow", "purpose")


def washing(tok, low: str) -> tuple[int, int, str] | None:
    """'the oil giant's greenwashing campaign', 'sportswashed': a name cleaned by a cause."""
    stem = low.removesuffix("ing").removesuffix("ed").removesuffix("es")
    if stem.endswith("wash") and stem[:-4] in WASH_PREFIXES:
        return (*rules._span(tok, tok), "loaded_language")
    return None


def sneering_participle(tok, low: str) -> tuple[int, int, str] | None:
    """'the smirking fraudster', 'whining MPs', 'a gloating tycoon': a mocking verb's
    participle fixed on a person as a trait."""
    if not low.endswith("ing") or len(low) < 6:
        return None
    base = low[:-3]
    forms = {base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base}
    if not forms & _MOCKING:
        return None
    head = tok.head if tok.dep_ in ("amod", "compound") else None
    if tok.is_sent_start and tok.i + 1 < len(tok.doc):
        head = head or tok.doc[tok.i + 1]
    if head is None or head.i <= tok.i or not rules.person_like(head):
        return None
    return (*rules._span(tok, tok), "loaded_language")


_TRIGGERS = HEAT_WORDS | STUMBLE_VERBS | DISEASE_NOUNS | MOOD_ADJECTIVES | WRECK_VERBS \
    | SURGE_NOUNS | PRAISE_ADJECTIVES | STAFF_NOUNS | {"voluntary"} | HUNTER_VERBS \
    | RAMPAGE_VERBS | TUNING_VERBS | DISORDER_NOUNS | {"lecture", "lectures", "lectured",
                                                        "lecturing", "infect"} \
    | lx.DEHUMANISING_NOUNS | MILD_PROCESSES


def _morphology_words() -> frozenset[str]:
    """Every word judging_morphology can accept, spelt out once, so that the per-token
    test is one set lookup: the rule stays the rule, the set is its cache."""
    words = {b + end for b in VIRTUE_BASES for end in ("less", "lessly")}
    words |= {b + end for b in CONDUCT_BASES for end in ("ful", "fully")}
    words |= {p + a + end for a in VIRTUE_ADJECTIVES for p in _NEGATIVE_PREFIXES
              for end in ("", "ly")}
    return frozenset(words)


_MORPHOLOGY = _morphology_words()
_MOCKING = MOCKING_SPEECH | lx.VERB_ONLY
_SNEERING = frozenset(f + "ing" for f in _MOCKING) | frozenset(
    f[:-1] + "ing" for f in _MOCKING if f.endswith("e")) | frozenset(
    f + f[-1] + "ing" for f in _MOCKING if len(f) > 2 and f[-1] not in "aeiouwy")
_WASHING = frozenset(p + "wash" + end for p in WASH_PREFIXES
                     for end in ("", "ing", "ed", "es"))
_FIRST_LOOK = _TRIGGERS | _MORPHOLOGY | lx.SPEND_VERBS | {"siege", "zone"} | _SNEERING \
    | _WASHING


def token_span(tok, low: str, lemma: str) -> tuple[int, int, str] | None:
    """The span ``tok`` starts by one of this module's figures, if any; ``low`` and
    ``lemma`` are the caller's. The first test is the cheap one every token meets."""
    if tok.is_sent_start and tok.is_title:
        found = headline_opener(tok, low)
        if found:
            return found if not rules.plain_sense(tok) else None
    if lemma in ("let", "part"):
        return soft_dismissal(tok, lemma)
    if low not in _FIRST_LOOK and lemma not in _FIRST_LOOK:
        return None
    if low in _MORPHOLOGY:
        found = judging_morphology(tok, low)
        if found:
            return found if not rules.plain_sense(tok) else None
    if low in lx.SPEND_VERBS and tok.pos_ == "NOUN":
        return misread_spending(tok)
    if low in _WASHING:
        return washing(tok, low)
    if low in _SNEERING:
        found = sneering_participle(tok, low)
        if found:
            return found
    if low in ("siege", "zone"):
        return war_scene(tok, low)
    if low not in _TRIGGERS and lemma not in _TRIGGERS:
        return None
    if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC") \
            and not tok.is_sent_start:
        return None
    found = None
    if low in HEAT_WORDS:
        found = heat_on_quarrel(tok, low)
    if not found and (lemma in STUMBLE_VERBS or low[:-3] in STUMBLE_VERBS):
        found = stumbling_motion(tok, lemma)
    if not found and low in DISEASE_NOUNS:
        found = disease_of_institution(tok, low)
    if not found and low in MOOD_ADJECTIVES:
        found = crowd_mood(tok, low)
    if not found and lemma in WRECK_VERBS:
        found = wrecked_idea(tok, lemma)
    if not found and low in SURGE_NOUNS:
        found = surge_figure(tok)
    if not found and low in PRAISE_ADJECTIVES:
        found = praise_of_deeds(tok)
    if not found and (low in STAFF_NOUNS or low == "voluntary"):
        found = mild_sacking(tok)
    if not found and low in MILD_PROCESSES:
        found = _reduced_staff(tok)
    if not found and (lemma in HUNTER_VERBS or lemma in RAMPAGE_VERBS):
        found = hunting_menace(tok, lemma)
    if not found and lemma in TUNING_VERBS:
        found = tuned_staff(tok)
    if not found and low in DISORDER_NOUNS:
        found = caused_disorder(tok)
    if not found and lemma == "lecture":
        found = lecture_to_people(tok)
    if not found and lemma == "infect":
        found = infecting_figure(tok)
    if not found and low in lx.DEHUMANISING_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        found = vermin_who(tok)
    return found if found and not rules.plain_sense(tok) else None


__all__ = ["token_span", "headline_opener", "heat_on_quarrel", "stumbling_motion",
           "disease_of_institution", "crowd_mood", "judging_morphology"]
