"""Tells the sport, market, science, weather and culture senses of event words from their
political ones; reads trigger candidates with their argument tokens (events.find_candidates).

A sports page 'attacks', 'strikes' and 'blames'; a market 'attacks fresh highs'; a critic
'praises' an orchestra. PLOVER readers filter by type, so such words must not become events,
while a federation's boycott or police clashing with fans on the same page still must.
"""
from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id

from . import plover_lexicon as lex
from .event_context import (HUMAN_NOUNS, PLACE_CLASS, QUANTITY, _children, _dateline, _lemma,
                            _lower_words, _pobjs, kids)
from .event_context import _subjects as _doers
from .event_background import background_mention
from .event_mishaps import fault_as_doer, idle_lock, rescue_from_peril
from .event_nonews import no_news
from .event_senses import (audience_targeted, background_span, figurative_fight, in_a_work,
                           natural_doer, predicated_attack, sport_discipline)

# words that only a game or its players are told with: a clause holding one is play
SPORT_PLAY = frozenset({
    "goalkeeper", "goalkeepers", "goalie", "keeper", "referee", "referees", "umpire",
    "striker", "strikers", "midfielder", "midfielders", "winger", "bowler", "bowlers",
    "batsman", "batsmen", "quarterback", "equaliser", "equalizer", "offside", "rebound",
    "header", "wicket", "wickets", "innings", "touchdown", "goal", "goals", "semi-final",
    "quarter-final", "half-time", "full-time", "whistle", "scoreline", "hat-trick",
    "champions", "playmaker", "centre-back", "full-back", "fixture", "fixtures", "derby",
    "derbies", "play-off", "play-offs", "playoff", "playoffs", "tournament", "tournaments",
    "championship", "championships",
    # athletics: 'the sprinter's coach said the team would attack the world record'
    "sprinter", "sprinters", "hurdler", "hurdlers", "marathoner", "marathoners",
    "decathlete", "heptathlete", "pole-vaulter",
    # board games: 'a blistering attack on the kingside'
    "chess", "kingside", "queenside", "checkmate", "grandmaster", "grandmasters"})
# parts of a pitch: 'invaded the opposition half' is play, not an incursion
PITCH = frozenset({"half", "box"})
PITCH_MODS = frozenset({"opposition", "opponent", "opponents", "penalty", "rival"})
# subjects that cannot mean harm: a price 'attacks' a high, bacteria 'attack' roots
NON_AGENTS = frozenset({
    "price", "prices", "share", "shares", "stock", "stocks", "index", "indices", "market",
    "markets", "bond", "bonds", "yield", "yields", "currency", "dollar", "euro", "pound",
    "bacteria", "bacterium", "virus", "viruses", "fungus", "pest", "pests", "cell", "cells",
    "condition", "conditions", "heatwave", "heat", "weather", "temperature", "temperatures",
    "rain", "snow", "frost", "drought", "telescope", "camera", "probe", "rover", "drug",
    "vaccine", "tumour", "tumor", "disease", "infection", "parasite", "parasites", "microbe",
    "microbes", "pathogen", "pathogens", "protein", "proteins", "gene", "genes", "antibody",
    "antibodies", "molecule", "molecules", "enzyme", "enzymes",
    # natural forces: 'an earthquake struck', 'captured by Jupiter's gravity'
    "earthquake", "earthquakes", "quake", "tremor", "storm", "storms", "cyclone", "typhoon",
    "hurricane", "tornado", "flood", "floods", "floodwaters", "wildfire", "wildfires",
    "tsunami", "landslide", "landslides", "avalanche", "gravity", "lightning", "comet",
    "wind", "winds", "gust", "gusts", "hail", "hailstones", "meteor", "meteorite", "asteroid",
    "flare", "flares", "radiation", "tide", "tides", "iceberg", "debris",
    # land and ice that advance and retreat: 'Glacier Retreat Speeds Up', 'the coastline retreated'
    "glacier", "glaciers", "ice", "icecap", "icecaps", "permafrost", "coastline", "coastlines",
    "shoreline", "shorelines", "snowline", "treeline", "dune", "dunes", "desert", "cliff", "cliffs",
    # substances and the materials made to withstand them: 'the attack of salt water on
    # steel hulls', 'the coating can resist'
    "water", "seawater", "saltwater", "acid", "rust", "corrosion", "coating", "coatings",
    "paint", "alloy", "alloys", "membrane", "sealant", "varnish"})
# amounts whose kind follows 'of': 'a burst of solar wind' struck, 'a gust of wind' hit
PORTIONS = frozenset({"burst", "bursts", "gust", "gusts", "bolt", "bolts", "wave", "waves",
                      "surge", "stream", "torrent", "wall", "blast", "shower", "chunk", "piece"})
# money that moves on markets
MONIES = lex.CURRENCIES | frozenset({
    "currency", "currencies", "dollar", "euro", "pound", "peso", "rupee", "yen", "yuan",
    "franc", "rouble", "ruble", "lira", "naira", "rand", "shilling", "ringgit", "baht",
    "rupiah", "zloty", "forint", "hryvnia", "cedi", "kwacha", "bitcoin", "sterling"})
# works whose subject an event may be: 'a novel about the war' tells of no new happening
WORKS = frozenset({"novel", "novels", "book", "books", "film", "films", "documentary",
                   "play", "song", "songs", "exhibition", "series", "poem", "memoir", "opera",
                   "painting", "podcast", "musical", "thesis", "lecture", "course"})
# abstract troubles a leader may 'attack': no one is hit
PROBLEMS = frozenset({"problem", "problems", "unemployment", "poverty", "inflation",
                      "bureaucracy", "red", "backlog", "waste", "inefficiency", "illiteracy"})
# what a thing may 'threaten to' do: a risk, not a threat to someone
# ('threatened to disrupt the vote' by rebels is a threat: only outcomes no one aims at)
RISKS = frozenset({"miss", "fail", "overshadow", "wipe", "overwhelm", "engulf", "spill",
                   "eclipse", "outstrip", "slow", "exceed", "push", "tip"})
# people of learning: their collaboration is a study, no act between parties
SCHOLARS = frozenset({"chemist", "chemists", "physicist", "physicists", "biologist",
                      "biologists", "scholar", "scholars", "academic", "academics", "historian",
                      "historians", "engineers", "archaeologists", "astronomers", "university",
                      "universities", "mathematicians", "geologists", "doctors", "students"})
# subjects that are bodies' inquiries or terms, able to accuse or demand: 'a probe accused'
INQUIRIES = frozenset({"probe", "condition", "conditions"})
# things won or recorded, not seized: 'captured images', 'captured the title'
TROPHIES = frozenset({
    "image", "images", "photo", "photos", "photograph", "photographs", "footage", "picture",
    "pictures", "high", "highs", "low", "lows", "record", "records", "title", "titles",
    "imagination", "headline", "headlines", "attention", "crown", "trophy", "medal", "medals",
    "cup", "championship", "vote", "votes", "share", "data", "moment", "mood", "essence"})
# speakers with no public power: their praise, blame or refusal is commerce or taste
PRIVATE_ROLES = frozenset({
    "analyst", "analysts", "investor", "investors", "shareholder", "shareholders", "critic",
    "critics", "reviewer", "reviewers", "novelist", "author", "authors", "writer", "writers",
    "publisher", "publishers", "festival", "museum", "gallery", "orchestra", "band", "singer",
    "actor", "actress", "coach", "coaches", "player",
    "players", "shopkeeper", "shopkeepers", "trader", "traders", "economist", "economists",
    "school", "schools", "club", "clubs", "retailer", "retailers", "brewer", "carmaker",
    "chipmaker", "airline", "airlines", "customer", "customers", "consumer", "consumers",
    "scientist", "scientists", "researcher", "researchers", "teacher", "teachers", "company",
    "companies", "firm", "firms", "board", "executives"})
# a party that makes a sentence political whatever page it is on
POLITY = frozenset({
    "government", "governments", "ministry", "minister", "ministers", "president", "police",
    "army", "military", "troops", "soldiers", "regime", "parliament", "state", "states",
    "authorities", "party", "rebels", "militants", "federation", "union", "unions", "senate",
    "congress", "embassy", "sanctions", "protesters", "demonstrators", "workers", "activist",
    "activists", "journalist", "journalists", "dissident", "dissidents"})
# words that make a fine or a plan public business ('fined for joining an opposition rally')
PUBLIC = POLITY | frozenset({"opposition", "rally", "protest", "demonstration", "election",
                             "vote", "border", "military", "troops"})
# what a council or board approves for itself: no party agrees with another
LOCAL_PLANS = frozenset({"plan", "plans", "application", "applications", "scheme", "schemes",
                         "permit", "permits", "budget", "proposal", "proposals", "extension",
                         # a firm's deal passed by a regulator or its board
                         "takeover", "takeovers", "merger", "mergers", "acquisition",
                         "acquisitions", "buyout", "buyouts",
                         # local works a council passes: 'approved a new cycle lane'
                         "lane", "lanes", "road", "roads", "bridge", "bridges", "park",
                         "parks", "development", "developments", "project", "projects",
                         "housing", "stadium", "library", "museum", "school", "schools",
                         "tram", "railway", "bypass", "parking", "zoning", "redevelopment"})
PROPOSALS = frozenset({"proposal", "proposals", "budget"})
# verbs a count changes by, and the nouns that count acts
AMOUNT_VERBS = frozenset({"fall", "rise", "increase", "decrease", "double", "triple", "drop",
                          "decline", "climb", "surge", "jump", "soar", "plunge", "halve",
                          "dip", "grow", "shrink", "slump", "total", "number", "reach"})
TALLIES = frozenset({"number", "numbers", "rate", "count", "total", "share", "tally"})
# deals that are trade, not accord between parties
COMMERCIAL = frozenset({"extension", "sponsorship", "merger", "takeover", "acquisition",
                        "lease", "endorsement"})
# not PROTEST: players striking over pay or fans marching are protests by private people;
# not CONCEDE: a firm's apology or compensation to villagers it harmed is a concession
VERBAL = frozenset({"ACCUSE", "REJECT", "AGREE", "SUPPORT", "THREATEN", "REQUEST", "SANCTION",
                    "COERCE"})
PHYSICAL = frozenset({"ASSAULT", "THREATEN", "COERCE", "SUPPORT", "MOBILIZE"})
CUT = frozenset({"ccomp", "relcl", "conj", "parataxis", "acl"})


# grounds of play a crowd may invade
PITCHES = frozenset({"pitch", "field", "stage", "dancefloor", "catwalk"})
# what money moves in and out of
MARKETS = frozenset({"stocks", "stock", "shares", "equities", "bonds", "markets", "market",
                     "assets", "securities", "futures", "commodities", "currencies"})


def off_topic(c) -> bool:
    """Whether a candidate is a game, a market, nature or a matter of taste, not an event."""
    # senses no party can change: a problem attacked, a risk 'threatened', a currency
    if c.type == "ASSAULT" and c.kind == "verb" and _objects(c.tok) and all(
            _head_words(o) & PROBLEMS for o in _objects(c.tok)):
        return True  # "the prime minister attacked the problem of youth unemployment"
    if c.type == "THREATEN" and any(_lemma(x) in RISKS for x in _children(c.tok, "xcomp")):
        return True  # "threatened to miss its export target": a risk, no one threatened
    if _non_agent(c, MONIES):
        return True  # "the Mexican peso retreated against the dollar"
    if c.type in VERBAL and c.kind == "verb" and _device_doer(c):
        return True  # "the new booking app supports payments": a made thing's capability
    # decided before a country's name can make it political: 'India's batsmen launched an
    # assault', a film that 'attacks' elites, 41 percent of Canadians who 'support' a party
    if _players(c) or _work_acts(c) or _work_shot(c) or _opinion_share(c) or _scheduled(c):
        return True
    if _won_by_doer(c) or _rate_meeting(c) or sport_discipline(c) or predicated_attack(c):
        return True
    if _statistic(c):
        return True  # "Attacks on aid workers rose by a third, the UN said": a count
    if _officer_quits(c):
        return True  # "the bank's chief executive resigned"
    if background_span(c) or background_mention(c) or no_news(c):
        return True  # "followed three hours of consultations", "ahead of the summit"
    if fault_as_doer(c) or rescue_from_peril(c) or idle_lock(c):
        return True  # "a faulty update locked customers out", "rescued tourists from a kayak"
    if natural_doer(c, NON_AGENTS) or figurative_fight(c) or in_a_work(c, ARTWORKS) or (
            audience_targeted(c)):
        return True  # "a three-day siege by snowstorms", "a battle against corruption"
    if _team_by_place(c):
        return True  # "Atletico's attack rarely threatened Courtois", told beside a derby
    if _political(c):
        return False
    if _sport_play(c):
        return True
    # a market or a force of nature does no political act: 'shares surrendered early gains'
    if c.type in ("ASSAULT", "THREATEN") and (_non_agent(c) or _trophy(c)) or _non_agent(
            c, NON_AGENTS - INQUIRIES):
        return True
    if c.type in PHYSICAL and _animal_doers(c):
        return True  # "condors attack livestock", "sharks attacked two swimmers"
    if c.kind == "verb" and c.type in ("ASSAULT", "COERCE", "ACCUSE") and (
            _things_on_both_sides(c)):
        return True  # "the tasting menu attacks the palate with chilli"
    if c.type == "ASSAULT" and c.kind == "verb" and any(
            o.lower_ in PITCHES for o in _objects(c.tok)):
        return True  # "fans stormed the pitch after the final whistle"
    if c.type == "RETREAT" and any(_head_words(o) & (MONIES | MARKETS) for o in _pobjs(
            c.tok, ("from", "out")) + c.targets):
        return True  # "investors retreated from banking stocks": money leaving a market
    if c.type in PHYSICAL | {"RETREAT"} and _company(c):
        return True  # "Thai Airways will deploy its new jets on routes to Europe"
    if c.type in VERBAL | {"CONSULT", "COOPERATE"} and (_private(c) or _private_host(c)):
        return True
    if c.type == "COOPERATE" and _unofficial(c.actors) and (not c.targets or _unofficial(
            c.targets)):
        return True
    if c.type in ("AGREE", "REJECT", "SUPPORT") and _local_plan(c) or c.type == "SANCTION" and _petty_fine(c):
        return True
    if c.type == "SUPPORT" and _own_cause(c) or c.type == "RETREAT" and _thing_withdrawn(c):
        return True
    if c.type in ("ASSAULT", "ACCUSE") and _no_one_attacked(c):
        return True
    if c.type == "COERCE" and _personal_terms(c) or _statistic(c) or _about_in_a_work(c):
        return True

    return c.type == "AGREE" and any(_head_words(t) & COMMERCIAL for t in c.targets
                                      + _objects(c.tok))


# made things that may be told as doing: 'portraits captured Bamako', 'the film attacks'
ARTWORKS = WORKS | frozenset({"portrait", "portraits", "photograph", "photographs", "photo",
                              "photos", "picture", "pictures", "image", "images", "paintings",
                              "films", "album", "novelist", "essay", "satire", "comedy"})
# shares of a public: '41 percent of Canadians support the Conservatives' is a poll figure
SHARES = frozenset({"percent", "%", "cent", "proportion", "majority", "minority", "third",
                    "quarter", "fifth", "respondents"})
# verbs of a date being set: 'the summit is scheduled to open on 6 September'
SCHEDULING = frozenset({"schedule", "due", "set", "slate", "expect", "plan"})
# what a scheduled event does on its date
OPENING = frozenset({"open", "begin", "start", "take", "convene", "run", "close", "end"})


# words that end a firm's name: what such a doer 'deploys' or 'captures' is trade
COMPANY = frozenset({"airways", "airlines", "airline", "motors", "inc", "ltd", "plc", "corp",
                     "corporation", "holdings", "bank", "telecom", "carrier", "carmaker",
                     "retailer", "chipmaker", "insurer", "lender", "company", "firm"})


# made things that do no political act: what an app 'supports', 'requests' or 'rejects' is
# a capability ('the new booking app supports payments in 14 currencies')
DEVICES = frozenset({"app", "apps", "application", "software", "platform", "browser", "phone",
                     "phones", "smartphone", "smartphones", "handset", "handsets", "device",
                     "devices", "tablet", "tablets", "laptop", "laptops", "update", "version",
                     "console", "consoles", "chip", "chips", "processor", "printer", "charger",
                     "router", "website", "feature", "tool", "wallet", "terminal", "terminals",
                     "headset", "headsets", "gadget", "gadgets", "firmware", "plugin",
                     "plug-in", "chatbot", "smartwatch", "smartwatches", "wearable",
                     "wearables", "robot", "robots"})


def _device_doer(c) -> bool:
    """The verb's subjects are all made things named by a common noun ('the app', not the
    'World Food Programme' or a firm's product name)."""
    if not any(a.lower_ in DEVICES for a in c.actors):
        return False  # cheap gate: the doers found already name no made thing
    subj = [k for k in c.tok.children if k.dep_ == "nsubj"]
    if not subj and c.tok.dep_ == "conj":
        # "The update blocks spam calls and supports video messages": the first verb's
        subj = [k for k in c.tok.head.children if k.dep_ == "nsubj"]
    return bool(subj) and all(s.pos_ == "NOUN" and s.lower_ in DEVICES for s in subj)


# who sets interest rates at a meeting, and what they set
RATE_SETTERS = frozenset({"bank", "banks", "fed", "reserve", "ecb", "boj", "board",
                          "committee", "policymakers"})
RATE_WORDS = frozenset({"rate", "rates", "interest"})


def _rate_meeting(c) -> bool:
    """'left its benchmark interest rate unchanged for a third consecutive meeting', 'keep
    rates unchanged at its meeting': a central bank's rate meeting is a policy session, not
    parties consulting one another."""
    if c.type != "CONSULT" or c.kind != "noun" or c.tok.lower_ not in ("meeting", "meetings"):
        return False
    words = {t.lower_ for t in c.tok.sent}
    return bool(words & RATE_WORDS) and bool(words & RATE_SETTERS)


def _company(c) -> bool:
    """Every doer a firm, by the word its name or noun ends in, and no state hit."""
    return bool(c.actors) and all(a.lower_ in COMPANY for a in c.actors) and not any(
        t.ent_type_ in ("GPE", "NORP") for t in c.targets)


# a firm's officers: their leaving is a business's, not a government's, concession
OFFICERS = frozenset({"executive", "executives", "ceo", "chairman", "chairwoman", "chairperson",
                      "cfo", "boss", "founder", "director", "directors"})
PUBLIC_BODIES = frozenset({"commission", "council", "committee", "authority", "agency", "court",
                           "assembly", "party", "league", "union", "federation", "bureau",
                           "office", "service", "broadcaster", "university", "hospital"})


def _officer_quits(c) -> bool:
    """'The bank's chief executive resigned after a decade in the job': a firm's officer
    (owned by a firm word, or by nothing a name or a public body marks) who resigns gives
    nothing up to any party; 'the Federal Reserve chairman', 'the minister' stay."""
    if c.type != "CONCEDE" or _lemma(c.tok) not in ("resign", "resignation", "quit", "step"):
        return False
    return bool(c.actors) and all(a.lower_ in OFFICERS and not any(
        m.ent_type_ in ("ORG", "GPE", "NORP") or m.pos_ == "PROPN" or (
            (_head_words(m) & POLITY or m.lower_ in PUBLIC_BODIES) and m.lower_ not in COMPANY)
        for m in a.subtree if m.i != a.i) for a in c.actors)


def _players(c) -> bool:
    """A doer or target named as a player, or a score line in the trigger's own clause."""
    args = (*c.actors, *c.targets)
    # a country's players stay players ('India's batsmen'); a minister facing 'strikers'
    # is facing workers
    if any(_head_words(t) & SPORT_PLAY - _not_play(t) for t in args) and not any(
            t.ent_type_ in ("GPE", "NORP") or _head_words(t) & POLITY for t in args):
        return True
    # 'stormed back ... to beat Ghana 3-1': a score line in the clause is a game's result
    scores = _score_marks(c.tok.doc)[0]
    return bool(scores) and any(t.i in scores for t in _clause(c.tok))


def _not_play(t) -> frozenset:
    """A player's word that a modifier gives another sense: 'hunger strikers' fast."""
    return frozenset({"striker", "strikers"}) if "hunger" in _head_words(t) else frozenset()


_SCORES_KEY = "newsprism.score_marks"


def _score_marks(doc) -> tuple[frozenset, tuple]:
    """Per Doc, once: the tokens that read as a score line ('3-1', or '3' '-' '1'), and the
    first numbers of scores split in three tokens with no spaces ('2', '-', '0'); most
    articles have none, and every candidate asks."""
    found = doc.user_data.get(_SCORES_KEY)
    if found is None:
        n, line, split = len(doc), set(), []
        orths = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        # a word of letters holds no digit: only the rest are spelled out and read
        numeric = {o for o in set(orths) if not (w := strings[o]).isalpha()
                   and any(map(str.isdigit, w))}
        for i in (i for i, o in enumerate(orths) if o in numeric):
            t = doc[i]
            if _SCORE.fullmatch(t.text) or t.like_num and t.i + 2 < n and doc[
                    t.i + 1].text in ("-", "–") and _SCORE.fullmatch(
                    f"{t.text}-{doc[t.i + 2].text}"):
                line.add(t.i)
            if t.i + 2 < n and t.text.isdigit() and len(t) < 3 and not t.whitespace_:
                nxt, last = doc[t.i + 1], doc[t.i + 2]
                if nxt.text == "-" and last.text.isdigit() and not nxt.whitespace_:
                    split.append(t.i)
        found = doc.user_data[_SCORES_KEY] = (frozenset(line), tuple(split))
    return found


def _subjects(tok) -> list:
    """The clause subject; a relative pronoun stands for the noun its clause hangs on."""
    out = []
    for k in tok.children:
        if k.dep_ != "nsubj":
            continue
        rel = k.tag_ == "WDT" and tok.dep_ == "relcl"
        out.append(tok.head if rel else k)
    return out


def _work_acts(c) -> bool:
    """A film, book or portrait 'attacks', 'captures' or 'deploys' only in a figure of speech."""
    subj = _subjects(c.tok) if c.kind == "verb" else []
    return c.type in PHYSICAL | {"RETREAT"} and bool(subj) and all(
        s.lower_ in ARTWORKS for s in subj)


# what a camera 'shoots': 'the campaign was shot in Lagos', 'shot the video on a phone'
SHOT_WORKS = ARTWORKS | frozenset({"campaign", "video", "videos", "advert", "adverts", "ad",
                                   "ads", "commercial", "scene", "scenes", "footage",
                                   "episode", "episodes", "movie", "movies", "clip", "clips",
                                   "shoot", "photoshoot", "sequel", "pilot", "trailer"})


def _work_shot(c) -> bool:
    """A made work 'shot' (filmed), as the passive subject or the object of 'shoot': no one
    is fired on."""
    if c.kind != "verb" or _lemma(c.tok) != "shoot":
        return False
    shot = [t for t in c.tok.children if t.dep_ in ("nsubjpass", "dobj")]
    return bool(shot) and all(t.lower_ in SHOT_WORKS for t in shot)


def _opinion_share(c) -> bool:
    """'41 percent of Canadians support the Conservatives': a share of a public, as a poll
    counts it, backs or rejects no one in one act."""
    if c.kind != "verb" or c.type not in ("SUPPORT", "REJECT", "ACCUSE", "REQUEST"):
        return False
    subj = _subjects(c.tok)
    return bool(subj) and all(s.lower_ in SHARES or s.lower_ == "per" for s in subj)


def _scheduled(c) -> bool:
    """'The summit is scheduled to open in Honiara on 6 September': a meeting's date is set,
    nothing has been done yet between the parties (a meeting agreed on is another matter)."""
    tok = c.tok
    if c.kind != "noun" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if _lemma(verb) not in SCHEDULING and verb.lower_ not in ("due", "set", "scheduled"):
        return False
    return any(_lemma(x) in OPENING for x in _children(verb, "xcomp")) or any(
        p.lower_ == "for" for p in _children(verb, "prep"))


def _unofficial(toks) -> bool:
    """Common nouns of people with no public power and no name: 'chemists from two
    universities collaborated' is scholarship, not cooperation between parties."""
    return bool(toks) and all(t.pos_ == "NOUN" and not t.ent_type_ and _head_words(t) & (
        PRIVATE_ROLES | SCHOLARS) and not _head_words(t) & (POLITY | ARMED) for t in toks)


def _about_in_a_work(c) -> bool:
    """'a novel about the civil war', 'a film on the 1994 attacks': a work's subject."""
    tok = c.tok
    return c.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("about", "on") \
        and tok.head.head.lower_ in WORKS


def _statistic(c) -> bool:
    """'Arrests for drug offences fell by a fifth', 'the number of attacks rose': acts
    counted in a year's figures, no one happening."""
    tok = c.tok
    if c.kind != "noun":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in TALLIES:
        tok = tok.head.head
    elif tok.tag_ not in ("NNS", "NNPS"):
        return False  # 'the attack rose' is no count
    return tok.dep_ == "nsubj" and _lemma(tok.head) in AMOUNT_VERBS


def _head_words(tok) -> set[str]:
    """The head's lower-case form and its compound/modifier words ('City striker Marsh')."""
    return {tok.lower_, *(m.lower_ for m in _children(tok, "compound", "amod", "nmod", "poss"))}


def _objects(tok) -> list:
    return _children(tok, "dobj", "attr", "pobj")


def _team_by_place(c) -> bool:
    """'Real Madrid beat Atletico 3-1 in the derby, while Atletico's attack rarely threatened
    Courtois', 'Bayern's attack broke down the Dortmund defence in the 80th minute': in a
    sentence told in words of play (or by a match clock), a party named only by a place or
    a club's name is a team; a government, an army or a people named there stays political."""
    if c.type not in ("ASSAULT", "THREATEN", "COERCE", "REJECT"):
        return False
    args = (*c.actors, *c.targets)
    if not args or any(t.ent_type_ == "NORP" or _head_words(t) & POLITY for t in args):
        return False
    sent = c.tok.sent
    if any(sent.start <= i < sent.end for i in _sport_marks(c.tok.doc)):
        return True
    # 'in the 80th minute': a minute counted from the kick-off
    return any(t.lower_ == "minute" and any(m.ent_type_ == "TIME" and m.lower_[:1].isdigit()
                                            for m in _children(t, "amod", "nummod")) for t in sent)


def _political(c) -> bool:
    """A party with public power or a country among the arguments."""
    for t in (*c.actors, *c.targets):
        if t.ent_type_ in ("GPE", "NORP") or _head_words(t) & POLITY:
            return True
        if any(m.ent_type_ in ("GPE", "NORP") for m in _children(t, "poss")):
            return True
    return False


def _clause(tok) -> list:
    """The words of the trigger's own clause (a noun's: its verb's), leaving out clauses
    hung on it that tell another happening."""
    head = tok
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [k for k in kids(t) if k.dep_ not in CUT]
    return out


_SPORT_KEY = "newsprism.sport_words"
_SPORT_IDS = frozenset(get_string_id(w) for w in SPORT_PLAY)
_HYPHEN = get_string_id("-")
_HUNGER = get_string_id("hunger")
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")
RESULTS = frozenset({"win", "wins", "victory", "defeat", "loss", "draw", "thrashing", "rout",
                     "triumph", "lead", "home", "away"})
_RESULT_IDS = frozenset(get_string_id(w) for w in RESULTS)


def _sport_marks(doc) -> list[int]:
    """Per Doc, once: the token indices whose word (or the hyphenated word a '-' there
    rejoins: 'semi-final') is a word of play; every candidate of an article asks, and
    most articles have none, so the words are read off the Doc's array."""
    hits = doc.user_data.get(_SPORT_KEY)
    if hits is None:
        low = doc.to_array(LOWER).tolist()
        strings, n, words = doc.vocab.strings, len(doc), set(low)
        # the scan, in text order, only where a word of play or a hyphen is there to find
        hits = [i for i, w in enumerate(low) if w in _SPORT_IDS or w == _HYPHEN and 0 < i < n - 1
                and f"{strings[low[i - 1]]}-{strings[low[i + 1]]}" in SPORT_PLAY
                and not doc[i].whitespace_] if _HYPHEN in words or words & _SPORT_IDS else []
        hits += _scorelines(low, strings) if words & _RESULT_IDS else []
        if hits and _HUNGER in words:  # 'hunger strikers' fast: no players
            hits = [i for i in hits if _HUNGER not in low[max(0, i - 2):i]]
        doc.user_data[_SPORT_KEY] = hits
    return hits


def _scorelines(low: list[int], strings) -> list[int]:
    """'a 4-0 win', 'a 2-1 defeat': a score before a result is a game's, whatever else the
    sentence says ('the court ruled 5-4' names no result noun)."""
    out = []
    for i, w in enumerate(low[:-1]):
        if low[i + 1] not in _RESULT_IDS:
            continue
        text = strings[w]
        if _SCORE.fullmatch(text) or text.isdigit() and i >= 2 and low[i - 1] == _HYPHEN \
                and strings[low[i - 2]].isdigit() and len(text) < 3:
            out.append(i)
    return out


# verbs a match result is told with: 'beat Brentford 2-0', 'won 3-1', 'drew 1-1'
RESULT_VERBS = frozenset({"beat", "sink", "defeat", "thrash", "edge", "rout", "hammer", "stun",
                          "overcome", "outclass", "win", "lose", "draw", "down", "trounce"})


def _result_verb(before):
    """The verb a score right after ``before`` reports: 'won 3-1', 'beat Brentford 2-0'."""
    verb = before.head if before.pos_ == "PROPN" and before.dep_ == "dobj" else before
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in RESULT_VERBS else None


def _won_by_doer(c) -> bool:
    """'Manchester City launched an attack ... to sink Brentford 2-0': the doer is the side
    whose result the sentence scores, so its 'attack' is play even when its name is a
    city's; a score in the same sentence won by someone else leaves the act alone."""
    actors = {a.i for a in c.actors}
    if not actors or c.type not in PHYSICAL:
        return False
    split = _score_marks(c.tok.doc)[1]
    if not split:
        return False
    sent = c.tok.sent
    for i in split:
        if not sent.start + 1 <= i < sent.end - 2:
            continue
        t = c.tok.doc[i]
        verb = _result_verb(t.nbor(-1))
        if verb is not None and actors & {s.i for s in _doers(verb)}:
            return True
    return False


def _sport_play(c) -> bool:
    hits = _sport_marks(c.tok.doc)
    sent = c.tok.sent if hits else None
    # the clause lies inside the sentence: no word of play in the sentence, none in it
    if sent is not None and any(sent.start <= i < sent.end for i in hits):
        if {t.i for t in _clause(c.tok)}.intersection(hits):
            return True
        # a protest is told beside play ('struck before the semi-final'); other acts are play
        if c.type != "PROTEST":
            return True
    if any(_head_words(t) & SPORT_PLAY - _not_play(t) for t in (*c.actors, *c.targets)):
        return True
    return c.type in PHYSICAL and any(_pitch_part(o) for o in (*c.targets, *_objects(c.tok)))


def _pitch_part(o) -> bool:
    """'the opposition half', also when the parser hung 'half' off elsewhere."""
    if o.lower_ in PITCH:
        return bool({m.lower_ for m in o.children} & PITCH_MODS)
    nxt = o.nbor(1) if o.i + 1 < len(o.doc) else None
    return o.lower_ in PITCH_MODS and nxt is not None and nxt.lower_ in PITCH


def _non_agent(c, words=NON_AGENTS) -> bool:
    # the grammatical subject decides: 'shares of the miner' are shares, not a miner
    subj = [k for k in c.tok.children if k.dep_ == "nsubj"] or c.actors or _means_of(c.tok)
    if not subj and c.kind == "noun":
        subj = _pobjs(c.tok, ("of",))  # "the attack of salt water on steel hulls"
    if any(_dateline(s, c.tok) for s in subj):
        subj = c.actors  # "JAKARTA (APS) — A magnitude 6.2 earthquake struck"
    subj = [k for a in subj for k in (_portion_of(a) or [a])]
    # the parser may hang the noun on its measure: 'a magnitude 6.2 earthquake'
    return bool(subj) and all({a.lower_, a.lemma_.lower(), *(x.lower_ for x in _children(
        a, "appos"))} & words for a in subj)


def _portion_of(tok) -> list:
    """'a burst of solar wind': the kind an amount is of, which decides whether it acts."""
    if tok.lower_ not in PORTIONS:
        return []
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _means_of(tok) -> list:
    """'The fungus invades roots by hijacking their supply': the subject of the clause a
    'by' gerund tells the means of."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "by":
        return []
    verb = tok.head.head
    while verb.pos_ != "VERB" and verb.dep_ != "ROOT":
        verb = verb.head
    return _children(verb, "nsubj")


# beasts that bite, sting or swarm: as doers they do nature's harm, no party's
ANIMALS = frozenset({
    "condor", "condors", "wolf", "wolves", "bear", "bears", "shark", "sharks", "lion", "lions",
    "tiger", "tigers", "leopard", "leopards", "hyena", "hyenas", "crocodile", "crocodiles",
    "snake", "snakes", "dog", "dogs", "elephant", "elephants", "locust", "locusts", "bird",
    "birds", "eagle", "eagles", "bees", "wasps", "hornets", "mosquitoes", "rats", "monkeys",
    "baboons", "jellyfish", "orcas", "boars", "jackals", "pumas", "cougars", "coyotes"})


def _animal_doers(c) -> bool:
    """Every doer a beast named by a common noun ('the Tigers', a group's name, act)."""
    subj = [k for k in c.tok.children if k.dep_ == "nsubj"] or c.actors
    return bool(subj) and all(a.pos_ == "NOUN" and a.lower_ in ANIMALS for a in subj)


def _trophy(c) -> bool:
    objs = [*c.targets, *_objects(c.tok)]
    return bool(objs) and all(o.lower_ in TROPHIES for o in objs)


def _private(c) -> bool:
    """Every doer a private role, and no one acted on a party of the state ('the election
    board' is a public body: its modifier says so)."""
    return bool(c.actors) and all(_head_words(a) & PRIVATE_ROLES and not (
        _head_words(a) - {a.lower_}) & PUBLIC for a in c.actors)


def _private_host(c) -> bool:
    """A noun with no doer of its own told in a private party's clause ('investors rejected
    the pay proposal at the annual meeting'): the meeting is theirs."""
    if c.kind != "noun" or c.actors:
        return False
    head = _clause(c.tok)[0]
    subj = [k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and all(_head_words(s) & PRIVATE_ROLES for s in subj)


def _no_polity(toks) -> bool:
    return not any(t.ent_type_ in ("GPE", "NORP") or t.lower_ in PUBLIC
                   for x in toks for t in x.subtree)


def _local_plan(c) -> bool:
    """'The council approved plans for a new cycle lane': a body approving its own plans."""
    if c.kind != "verb" or _lemma(c.tok) not in ("approve", "reject"):
        return False
    # a body turning down a proposal may be refusing another party; an application is
    # always someone's request to it
    plans = LOCAL_PLANS if _lemma(c.tok) == "approve" else LOCAL_PLANS - PROPOSALS
    objs = _objects(c.tok) or _children(c.tok, "nsubjpass")  # 'the merger was approved'
    with_someone = any(k.dep_ == "prep" and k.lower_ == "with" for k in c.tok.children)
    return (bool(objs) and all(o.lower_ in plans for o in objs) and _no_polity(objs)
            and not with_someone)


def _petty_fine(c) -> bool:
    """'A 34-year-old man was fined 400 pounds for driving without insurance': a court's
    fine on a private person, with no state or party named anywhere near it."""
    tok = c.tok
    if c.kind != "verb" or _lemma(tok) != "fine" or any(
            k.dep_ == "agent" for k in tok.children):
        return False
    subj = [k for k in tok.children if k.dep_ == "nsubjpass"]
    return bool(subj) and all(s.pos_ == "NOUN" for s in subj) and _no_polity([tok])


# the parties an attack falls on: people, bodies, places and what forces hold
PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# doers whose attack is armed even with no one named as hit ('gunmen attacked at dawn')
ARMED = lex.COMBATANTS | lex.DELIBERATE | POLITY | frozenset({
    "bandits", "kidnappers", "pirates", "abductors", "assassins", "raiders"})


def _party(t) -> bool:
    return t.ent_type_ in PARTY_TYPES or t.pos_ in ("PRON", "PROPN") or bool(
        _head_words(t) & (HUMAN_NOUNS | POLITY | lex.TROOPS | lex.CIVILIANS | lex.PEOPLE
                          | PLACE_CLASS | lex.TERRITORY))


# fights a plural doer has with itself, one side against another
MUTUAL_FIGHTS = frozenset({"clash", "skirmish", "brawl"})


def _no_one_attacked(c) -> bool:
    """'The race leader attacked on the final climb': an attack with no object, hitting
    no party, by a doer with no arms or public power is a move in a game."""
    if c.kind != "verb" or _children(c.tok, "dobj", "nsubjpass") or any(
            _party(t) for t in c.targets) or c.absorbed:
        return False  # 'came under fire from': the fire folded in is the attack
    if c.tok.lemma_ in MUTUAL_FIGHTS and any(a.tag_ in ("NNS", "NNPS") or a.conjuncts
                                             for a in c.actors):
        return False  # "supporters of rival candidates clashed": the sides hit each other
    return bool(c.actors) and not any(
        a.ent_type_ in ("GPE", "NORP", "ORG") or _head_words(a) & ARMED for a in c.actors)


# word endings of nouns for doers ('herders', 'settlers', 'separatists', 'gunmen')
DOER_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent",
                "ents", "man", "men", "ee", "ees")
# doers that harm by being used: weapons, craft, fire
WIELDED = lex.WEAPONS | lex.MUNITIONS | lex.VEHICLES | lex.MACHINES | lex.DELIBERATE | {
    "armed", "masked", "hooded", "uniformed"}


def _mere_thing(t) -> bool:
    """A common noun that is no party, force, weapon, doer or happening: a dish, a palate."""
    if t.pos_ != "NOUN" or t.ent_type_ or _party(t) or _head_words(t) & (ARMED | WIELDED):
        return False
    if t.lower_ in QUANTITY or any(m.pos_ == "PROPN" or m.ent_type_ for m in _children(
            t, "compound", "amod", "nmod", "poss")):
        return False  # "the Red Hand group, which bombed a market": a named group acts
    word = t.lower_
    # "the governor's budget plan": a doer who owns the thing keeps it a party's
    owners = [p.lower_ for p in _children(t, "poss")]
    return not (any(w.endswith(DOER_ENDINGS) for w in (word, *owners)) or word.endswith("ing")
                or lex.noun_sense(word) is not None)


def _things_on_both_sides(c) -> bool:
    """An attack whose doer and whose object are both mere things is a figure of speech
    ('the menu attacks the palate'); a named or armed side, a place or a person on either
    side keeps it an attack."""
    # the test is for verbs of attack, whatever sense the means gave them ('attacks the
    # tongue with pepper' read as crowd control)
    if not any(s.type == "ASSAULT" for s in lex.senses(_lemma(c.tok))):
        return False
    objs = _objects(c.tok)
    # what it attacks 'with' is its means, whatever the tagger made of it ('chilli' a name)
    aims = [t for t in c.targets if not (t.head.lower_ == "with" and t.head.head == c.tok)]
    return bool(c.actors) and bool(objs) and all(
        _mere_thing(t) for t in (*c.actors, *objs, *aims))


# verbs of keeping to terms: a curfew one person must observe is a court's bail condition
COMPLY = frozenset({"observe", "obey", "respect", "keep", "follow", "abide", "honour",
                    "honor", "comply", "adhere"})


def _personal_terms(c) -> bool:
    """'granted bail on condition that he observe a curfew': a restriction one person
    keeps to, with no one named imposing it, is no coercion of a people."""
    verb = c.tok.head
    if c.kind != "noun" or c.tok.dep_ != "dobj" or _lemma(verb) not in COMPLY:
        return False
    subj = _children(verb, "nsubj")
    # the one who keeps the terms may be read as the curfew's doer; no one else may be
    return bool(subj) and all(s.lower_ in ("he", "she") or s.ent_type_ == "PERSON"
                              for s in subj) and all(a in subj for a in c.actors)


POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def _own_cause(c) -> bool:
    """'The director defended her decision to cast an unknown': standing by one's own
    choice backs no other party."""
    objs = _children(c.tok, "dobj") if c.kind == "verb" else []
    return bool(objs) and all(
        not _party(o) and any(p.lower_ in POSSESSIVES for p in _children(o, "poss"))
        for o in objs)


def _thing_withdrawn(c) -> bool:
    """'The gallery withdrew the painting': a force withdraws troops or leaves a place;
    a thing taken back is no retreat (quitting an alliance or fleeing homes still is), nor
    is 'the company's withdrawal of its faulty heaters from shops'."""
    if c.kind == "noun" and c.tok.lower_ in ("withdrawal", "withdrawals", "removal"):
        things = [x for o in _pobjs(c.tok, ("of",)) for x in (o, *o.conjuncts)]
        return bool(things) and not any(_party(o) or _head_words(o) & (
            lex.TROOPS | lex.COMBATANTS | lex.CAPTIVES | lex.SENT_OUT) for o in things)
    # ('pulled its patrol boats back from': the particle may be parsed an adverb)
    if c.kind != "verb" or _lemma(c.tok) not in ("withdraw", "pull", "remove") or _children(
            c.tok, "prt") or any(p.lower_ in ("back", "out") for p in _children(
            c.tok, "advmod")) or any(
            p.lower_ in ("from", "out") for p in _children(c.tok, "prep")):
        return False
    objs = _children(c.tok, "dobj")
    return bool(objs) and not any(_party(o) or _head_words(o) & (lex.COMBATANTS | lex.CAPTIVES)
                                  for o in objs)


# ---------------------------------------------------------------- strikes: attack or stoppage


# what is fired or flown at a foe: as the doer of 'hit' or 'struck' it makes the blow literal
# ('drones hit an oil depot', 'rocket fire struck a kibbutz'); a bare 'fire' may be a blaze
ARMED_DOERS = (lex.MUNITIONS | frozenset({"jet", "jets", "warplane", "warplanes", "bomber",
                                          "bombers", "artillery", "airstrike", "airstrikes",
                                          "gunboat", "gunboats", "warship", "warships"})) - {"fire"}


def armed_doer(verb) -> bool:
    """Whether a weapon (not a person, a strike or a stoppage) is the verb's subject."""
    return any(_lower_words(s) & ARMED_DOERS for s in _doers(verb))


# words of war and of labour in an article, counted to read its bare strikes
_ARMS_WORDS = (lex.WEAPONS | lex.TROOPS) - {"strike", "strikes"}
_STRIKERS = lex.LABOUR | lex.WEAPONS | lex.TROOPS


def agree_strikes(cands: list) -> list:
    """A bare 'the strike' means what the article's explicit strikes mean: 'a 24-hour
    strike ... the strike cost millions' is a stoppage, 'a drone strike ... the strike
    hit a farmhouse' an attack."""
    strikes = [c for c in cands if c.type in ("ASSAULT", "PROTEST")
               and c.tok.lemma_.lower() == "strike"]
    explicit = {c.type for c in strikes if not _bare_strike(c.tok)}
    if not explicit and strikes:
        # an article about dockers' wages, not about weapons: its strikes stop work
        doc = strikes[0].tok.doc
        labour = sum(t.lower_ in lex.WORKERS or t.lower_ in lex.LABOUR for t in doc)
        arms = sum(t.lemma_.lower() in _ARMS_WORDS for t in doc)
        explicit = {"PROTEST"} if labour >= 2 and labour > arms else set()
    if len(explicit) == 1:
        for c in strikes:
            if _bare_strike(c.tok):
                c.type = next(iter(explicit))
    return cands


def _bare_strike(tok) -> bool:
    """A strike with nothing saying what kind: no modifier, object, aim or doer."""
    if any(c.dep_ in ("compound", "amod", "nmod", "poss", "dobj", "nummod") for c in tok.children):
        return False
    if any(p.lower_ in ("on", "against", "at", "by", "over", "for") for p in _children(tok, "prep")):
        return False
    subj = _children(tok, "nsubj")
    return tok.pos_ != "VERB" or not any(
        s.ent_type_ in ("GPE", "NORP", "ORG") or _lower_words(s) & _STRIKERS for s in subj)
