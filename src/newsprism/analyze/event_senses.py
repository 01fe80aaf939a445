"""Session 15 constructions and sense checks, kept apart from events.py (at its size limit).

Triggers: a gathering whose doers are named as protesters ('Protesters gathered outside the
embassy'), a pledge or promise of money or aid told by its noun ('Norway's pledge of $40
million in aid to Pakistan'), talks behind a partitive ('to host the next round of talks').
Sense checks (no event): a force of nature as the doer of a siege or attack noun ('a siege by
snowstorms', 'Heavy rain laid siege to'), a sports body disciplining its own clubs or players
('The league imposed financial sanctions on two clubs'), and an attack predicated of a thing
that hits no party ('The speech was an attack on common sense').
"""
from __future__ import annotations

from . import plover_lexicon as lex
from .event_context import _children, _lemma, _light_verb, _lower_words, _party, _pobjs, _subjects

# doers named by the protest itself: whatever they gather for, they gather to protest
DEMONSTRATORS = frozenset({"protesters", "protestors", "demonstrators", "marchers",
                           "picketers", "rioters"})
GATHERING = frozenset({"gather", "assemble", "converge", "rally", "congregate", "mass"})


# people with no power of state whose blocking of a convoy or ship is their protest
BLOCKING_PEOPLE = DEMONSTRATORS | frozenset({
    "activists", "campaigners", "farmers", "residents", "villagers", "settlers", "truckers",
    "fishermen", "students", "workers", "strikers", "relatives", "families", "crowds", "crowd",
    "hundreds", "thousands", "dozens"})


def people_block(c) -> bool:
    """'Protesters blocked aid convoys heading for Gaza': craft stopped by people, not by a
    force, is their protest (as 'truckers' blockade' is)."""
    return c.kind == "verb" and _lemma(c.tok) in ("block", "obstruct") and bool(
        c.actors) and all(a.lower_ in BLOCKING_PEOPLE and not a.ent_type_ for a in c.actors)


def protest_purpose(verb) -> bool:
    """'Farmers set fire to tyres outside parliament to protest against cheap imports',
    'students hurled stones at the gates in protest at the fee rise': harm done by people
    with no power of state for the stated purpose of protesting is their protest (the
    codebook's PROTEST takes in riots); a force or a state doing it stays an attack."""
    doers = _subjects(verb)
    doers = [x for d in doers for x in (_pobjs(d, ("of",)) or [d]) if d.lower_ in (
        "hundreds", "thousands", "dozens", "scores")] + [d for d in doers if d.lower_ not in (
        "hundreds", "thousands", "dozens", "scores")]
    if not doers or not all(d.lower_ in BLOCKING_PEOPLE and d.ent_type_ not in (
            "GPE", "NORP", "ORG") for d in doers):
        return False
    aims = [x for x in _children(verb, "advcl", "xcomp") if _lemma(x) in (
        "protest", "demonstrate") and any(a.lower_ == "to" for a in _children(x, "aux"))]
    return bool(aims) or any(o.lower_ == "protest" for o in _pobjs(verb, ("in",)))


def protesters_gather(verb) -> bool:
    """'Protesters gathered outside the French embassy', 'demonstrators massed in the
    square': a crowd named as protesters that gathers is a protest; 'fans gathered' is not."""
    # 'Thousands of demonstrators massed': the crowd's count stands for it
    return _lemma(verb) in GATHERING and any(
        s.lower_ in DEMONSTRATORS or any(o.lower_ in DEMONSTRATORS for o in _pobjs(s, ("of",)))
        for s in _children(verb, "nsubj"))


# heads that count occasions or parts of a thing: 'a round of talks' is talks
PARTITIVES = frozenset({"round", "rounds", "series", "session", "sessions", "set", "sets",
                        "cycle", "stage", "phase"})


def through_partitive(objs: list) -> list:
    """Objects with a partitive head read through to what it counts ('the next round of
    talks' -> talks); others stay as they are."""
    return [x for o in objs for x in (_pobjs(o, ("of",)) if o.lower_ in PARTITIVES else [])
            or [o]]


# nouns of an undertaking to give
PLEDGES = frozenset({"pledge", "pledges", "promise", "promises", "offer", "offers"})
MONEY_WORDS = frozenset({"million", "millions", "billion", "billions", "dollars", "euros",
                         "pounds", "yen", "funds", "funding", "grant", "grants", "loan", "loans"})


def pledged_gift(noun) -> bool:
    """'Norway's pledge of $40 million in flood aid to Pakistan', 'a promise of 40 tonnes of
    food', 'Japan's offer of emergency loans to Sri Lanka': an undertaking whose 'of' names money or aid goods is aid (AID), as the verb
    'pledged $40 million' is; 'a pledge of loyalty' or 'of reform' is not."""
    if noun.lower_ not in PLEDGES or noun.pos_ != "NOUN":
        return False
    for o in _pobjs(noun, ("of",)):
        words = _lower_words(o) | {x.lower_ for x in o.subtree}
        if o.ent_type_ == "MONEY" or words & (MONEY_WORDS | lex.AID_GOODS):
            return True
    return False


def pledge_recipients(noun) -> list:
    """Who a pledged gift goes to, wherever the parser hung the 'to' under the gift ('of
    $12 million in aid to Tessaly')."""
    return [o for g in _pobjs(noun, ("of",)) for x in g.subtree if x.dep_ == "prep"
            and x.lower_ in ("to", "for") for o in _children(x, "pobj")]


def inside_pledge(noun) -> bool:
    """'a pledge of $40 million in flood aid': the aid is the pledge's, one event."""
    t = noun
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in PLEDGES and pledged_gift(t):
            return True
    return False


# sites a strike may hit whatever they hold: 'struck an oil depot' is no 'struck oil'
FACILITIES = frozenset({"depot", "depots", "refinery", "refineries", "terminal", "terminals",
                        "tanker", "tankers", "field", "fields", "facility", "facilities",
                        "plant", "plants", "pipeline", "pipelines", "platform", "platforms",
                        "rig", "rigs", "storage", "warehouse", "warehouses", "mine", "mines",
                        "port", "ports", "station", "stations", "site", "sites"})


def figurative_object(obj, not_objs: frozenset) -> bool:
    """Whether an object makes a verb's figurative sense ('struck oil', 'hit a record
    high'): a modifier counts unless the head is a site ('an oil depot', 'a gold mine')."""
    if obj.lower_ in FACILITIES:
        return obj.lower_ in not_objs
    return bool(_lower_words(obj) & not_objs)


# ---------------------------------------------------------------- sense checks

# forces of nature beside event_domain.NON_AGENTS: no doer of a political act
WEATHER = frozenset({"blizzard", "blizzards", "monsoon", "monsoons", "rains", "downpour",
                     "downpours", "gale", "gales", "snowfall", "snowfalls", "heatwaves",
                     "floodwater", "mudslide", "mudslides", "flooding", "droughts", "frosts",
                     "fog", "smog", "locusts"})


def _natural(t, words: frozenset) -> bool:
    low = t.lower_
    # 'a cold front will invade the Altiplano': a front of air, not the Polisario Front
    return low in words or low in WEATHER or low.endswith(("storm", "storms")) or (
        low in ("front", "fronts") and any(m.lower_ in AIR_MASSES for m in _children(t, "amod")))


AIR_MASSES = frozenset({"cold", "warm", "weather", "polar", "arctic", "occluded", "stationary"})


def _verb_of(noun):
    """The verb a noun is the object of ('laid siege to', 'launched an attack')."""
    head = noun.head
    return head if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") else None


# diseases and their spread: 'Measles is spreading through the camps, threatening children'
DISEASES = frozenset({"measles", "cholera", "malaria", "ebola", "covid", "covid-19", "flu",
                      "influenza", "polio", "mpox", "dengue", "tuberculosis", "typhoid",
                      "outbreak", "outbreaks", "epidemic", "epidemics", "pandemic", "plague",
                      "coronavirus", "smallpox", "diphtheria", "anthrax"})


def natural_doer(c, non_agents: frozenset) -> bool:
    """'A three-day siege by snowstorms', 'Heavy rain laid siege to the coastal towns',
    'Measles ... threatening thousands of children': an act whose only doers are weather,
    a force of nature or a disease is a figure, no act."""
    if c.type not in ("ASSAULT", "COERCE", "THREATEN"):
        return False
    words = non_agents | DISEASES
    if c.kind != "noun":
        doers = _children(c.tok, "nsubj") or list(c.actors)
        return bool(doers) and all(_natural(d, words) for d in doers)
    doers = _pobjs(c.tok, ("by",))
    verb = _verb_of(c.tok)
    if not doers and verb is not None:
        doers = _children(verb, "nsubj")
    return bool(doers) and all(_natural(d, words) for d in doers)


# a sport's units: what a league or federation disciplines
SPORT_UNITS = frozenset({"club", "clubs", "team", "teams", "player", "players", "athlete",
                         "athletes", "franchise", "franchises", "jockey", "jockeys",
                         "cyclist", "cyclists", "footballer", "footballers"})
SPORT_BODIES = frozenset({"league", "leagues", "federation", "association", "fa", "uefa",
                          "fifa", "ioc", "panel", "commission", "board", "body"})


def sport_discipline(c) -> bool:
    """'The league imposed financial sanctions on two clubs that broke its spending rules',
    'The football association banned the player for ten matches': a sports body punishing its own clubs or players is discipline, no sanction between
    parties; a state's or bloc's on foreign clubs ('Russian clubs') stays one."""
    if c.type not in ("SANCTION", "COERCE") or not c.targets or not c.actors:
        return False
    if not all(t.lower_ in SPORT_UNITS and not any(
            x.ent_type_ in ("GPE", "NORP") for x in t.subtree) for t in c.targets):
        return False
    return all(a.lower_ in SPORT_BODIES and a.ent_type_ not in ("GPE", "NORP") for a in c.actors)


ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "assaults"})


def predicated_attack(c) -> bool:
    """'The minister's speech was an attack on common sense': an attack said of a thing,
    with nothing named as hit that could be a party, is a figure of speech. 'The bombing
    was an attack on civilians' hits people and stays."""
    tok = c.tok
    if c.kind != "noun" or tok.lower_ not in ATTACK_NOUNS or tok.dep_ != "attr" or _lemma(
            tok.head) != "be":
        return False
    subj = _children(tok.head, "nsubj")
    if not subj or any(_party(s) for s in subj):
        return False
    hit = _pobjs(tok, ("on", "against")) + list(c.targets)
    return not any(_party(h) or _party_modified(h) for h in hit)


def _party_modified(t) -> bool:
    """'the failed attack on Israel Defense Forces targets', 'on Iraqi positions': a thing
    hit that a party's name or its adjective qualifies belongs to that party."""
    return any(x.dep_ in ("compound", "amod", "nmod") and _party(x) for x in t.children)


FIGHTS = frozenset({"battle", "battles", "fight", "fights", "war", "wars", "crusade",
                    "struggle"})


def figurative_fight(c) -> bool:
    """'launched a battle against corruption', 'the fight against inflation': a fight whose
    foe is a social ill or a market is a campaign, no assault ('the battle against the drug
    cartels', 'for the town of Bakhmut' stay)."""
    if c.kind != "noun" or c.type not in ("ASSAULT", "COERCE"):
        return False
    if c.tok.lower_ in CAMPAIGNS and _lower_words(c.tok) & CAMPAIGN_KINDS:
        return True  # "a charm offensive in the Western Balkans", "a media blitz"
    if c.tok.lower_ not in FIGHTS:
        return False
    foes = _pobjs(c.tok, ("against", "on"))
    verb = _verb_of(c.tok)
    if not foes and verb is not None:
        foes = _pobjs(verb, ("against", "on"))  # "declared war on red tape"
    return bool(foes) and all(_lower_words(f) & lex.FIGURATIVE_WAR for f in foes)


# pushes that win over or speak rather than fight: 'a charm offensive', 'a media blitz'
CAMPAIGNS = frozenset({"offensive", "offensives", "blitz", "onslaught", "assault"})
CAMPAIGN_KINDS = frozenset({"charm", "diplomatic", "media", "publicity", "pr", "propaganda",
                            "legal", "lobbying", "advertising", "marketing", "sales"})


# those a campaign or a firm 'targets' to win them: no one is attacked
AUDIENCES = frozenset({"voters", "consumers", "customers", "buyers", "readers", "viewers",
                       "audience", "audiences", "shoppers", "investors", "tourists", "users",
                       "subscribers", "donors", "listeners", "students", "market", "markets"})


def audience_targeted(c) -> bool:
    """'Her campaign targeted young voters in the suburbs': a public aimed at, not hit."""
    objs = _children(c.tok, "dobj", "nsubjpass")
    return c.kind == "verb" and c.type == "ASSAULT" and _lemma(c.tok) == "target" and bool(
        objs) and all(o.lower_ in AUDIENCES for o in objs)


DEPICTING = frozenset({"depict", "portray", "show", "tell", "recount", "chronicle",
                       "recreate", "dramatise", "dramatize", "revisit", "explore", "follow"})
PARTY_ENTS = ("GPE", "NORP", "ORG")
# made-up or staged works: what they tell is no record ('satellite images show a build-up'
# and 'a documentary shows the shelling' are evidence, and stay)
FICTION = frozenset({"novel", "novels", "film", "films", "movie", "movies", "play", "plays",
                     "opera", "operas", "musical", "musicals", "poem", "poems", "painting",
                     "paintings", "song", "songs", "sitcom", "drama", "thriller", "comedy",
                     "satire", "episode", "game", "videogame"})


# who acts inside a work ('the novel's hero'); its author or director is a real person
FIGURES = frozenset({"hero", "heroes", "heroine", "heroines", "protagonist", "protagonists",
                     "character", "characters", "narrator", "villain", "villains"})


def _of_a_work(t, works: frozenset) -> bool:
    """A work, or a figure in one ('the novel's hero')."""
    return t.lower_ in works or t.lower_ in FIGURES and any(
        p.lower_ in works for p in _children(t, "poss"))


# links by which a plot's clause hangs under the work's verb of telling
PLOT_LINKS = frozenset({"relcl", "acl", "ccomp", "xcomp", "advcl", "conj", "dobj", "pobj",
                        "prep", "pcomp"})


def _in_a_plot(tok) -> bool:
    """An act told inside what a made-up work tells, below its verb of telling: 'The film
    follows a young soldier who deserts during the siege of Sarajevo' (the siege, under
    the relative clause of the soldier the film follows)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ not in PLOT_LINKS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and _lemma(cur) in DEPICTING:
            subj = _children(cur, "nsubj")
            return bool(subj) and all(_of_a_work(x, FICTION) for x in subj)
    return False


def in_a_work(c, works: frozenset) -> bool:
    """'The film depicts the siege of Sarajevo', 'The novel's hero wages war on a corrupt
    police force', 'Critics attacked the director's latest film': what a work tells, a
    work's figure does, or a work as what critics attack is no happening between parties."""
    tok = c.tok
    if _in_a_plot(tok):
        return True  # "The film follows a young soldier who deserts during the siege of X"
    if c.kind == "noun":
        verb = _verb_of(tok)
        subj = _children(verb, "nsubj") if verb is not None else []
        return bool(subj) and all(_of_a_work(s, FICTION) for s in subj) and (
            _lemma(verb) in DEPICTING or not all(s.lower_ in FICTION for s in subj))
    if any(_of_a_work(a, FICTION) and a.lower_ not in FICTION for a in c.actors):
        return True  # "the film's hero attacked the police station"
    objs = _children(tok, "dobj")
    return c.type in ("ASSAULT", "ACCUSE") and bool(objs) and all(
        o.lower_ in works for o in objs) and not any(
        a.ent_type_ in PARTY_ENTS or a.pos_ == "PROPN" for a in c.actors)


# ---------------------------------------------------------------- nouns made from verbs

def verb_stems(word: str) -> list[str]:
    """Verbs a noun may be made from by -sion, -ure, -al or -ing ('suspension' -> suspend,
    'invasion' -> invade, 'closure' -> close, 'withdrawal' -> withdraw, 'blocking' ->
    block); -ment and -ation are event_light.derived_sense's."""
    w = word[:-1] if word.endswith(("sions", "ures", "als")) else word
    if w.endswith("eries") and len(w) >= 9:
        return [w[:-3]]  # deliveries
    if w.endswith("ery") and len(w) >= 7:
        return [w[:-1]]  # delivery, recovery: the verb with -y
    if w.endswith("nsion"):
        return [w[:-4] + "d"]  # suspension, extension
    if w.endswith("ssion"):
        return [w[:-4] + "t"]  # admission, omission
    if w.endswith("sion"):
        return [w[:-4] + "de", w[:-4] + "d"]  # invasion, intrusion, exclusion
    if w.endswith("ure") and len(w) >= 6:
        return [w[:-3] + "e", w[:-3]]  # closure, seizure
    if w.endswith("ial") and len(w) >= 6:
        return [w[:-3] + "y"]  # denial
    if w.endswith("al") and len(w) >= 7:
        return [w[:-2], w[:-2] + "e"]  # withdrawal, removal, renewal
    if w.endswith("ing") and len(w) >= 7:
        stem = w[:-3]
        return [stem, stem + "e"] + ([stem[:-1]] if stem[-1:] == stem[-2:-1] else [])
    return []


def may_name_verb(low: str) -> bool:
    """The cheap test before any parse: a noun that may be made from a trigger verb with
    an object class ('closure', 'suspension')."""
    return low.endswith(("sion", "sions", "ure", "ures", "al", "als", "ery", "eries")) and any(
        lex.VERBS.get(v) for v in verb_stems(low))


def object_derived_sense(tok) -> "lex.NounSense | None":
    """'the closure of the border crossing', 'Canada's suspension of arms exports to
    Israel', 'the blocking of roads', 'the delivery of flour': a noun made from a trigger verb whose senses hold
    only with some objects names that verb's act when its 'of' names such an object, as
    'closed the border crossing' does; 'the closure of the factory' is none."""
    objs = _pobjs(tok, ("of",))
    if not objs:
        return None
    words = {w for o in objs for x in (o, *o.conjuncts) for w in _lower_words(x)}
    # ('a purge of senior army officers': a noun spelt as its verb, zero derivation)
    for verb in verb_stems(tok.lower_) or [tok.lemma_.lower()]:
        for sense in lex.senses(verb):
            if sense.objs is None or sense.prt or sense.prep or sense.needs_agent:
                continue
            if words & sense.objs and not words & (sense.not_objs or frozenset()):
                patient = sense.type in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION")
                return lex.NounSense(sense.type, of_role="target",
                                     poss_role="target" if patient else "actor",
                                     preps=frozenset({"of"}))
    return None


# what makes an undertaking shared
JOINT = frozenset({"joint", "bilateral", "trilateral", "combined"})


def joint_activity(tok) -> "lex.NounSense | None":
    """'Kyrgyzstan and Uzbekistan launched joint monitoring of the river's flow', 'began
    joint patrolling with Thailand': an activity told by a gerund that states take up
    jointly is their cooperation, whatever the activity; firms' 'joint marketing' is none."""
    if not (tok.tag_ == "NN" and tok.lower_.endswith("ing") and len(tok.lower_) >= 7) or not any(
            m.lower_ in JOINT for m in _children(tok, "amod")):
        return None
    verb = _light_verb(tok)
    if verb is None:
        return None
    holders = [x for s in _subjects(verb) for x in (s, *s.conjuncts)]
    holders += [o for x in (tok, verb) for o in _pobjs(x, ("with",))]
    states = [h for h in holders if h.ent_type_ in ("GPE", "NORP", "LOC")]
    return lex.NounSense("COOPERATE", of_role="target", poss_role="actor") if len(
        states) >= 2 else None


def thrown_at(c) -> list:
    """'hurling eggs at the European Parliament building': what a protest throws is its
    means, and what it is thrown at the target ('on the monument', 'at the embassy')."""
    from .plover_senses import PROTEST_MISSILES
    if c.type != "PROTEST" or c.kind != "verb":
        return c.targets
    # 'dumped crates of tomatoes': a load read through to what it holds
    objs = _children(c.tok, "dobj") or ([c.tok.head] if c.tok.dep_ == "amod" else [])
    thrown = [x for o in objs for x in (o, *_pobjs(o, ("of",)))]
    if not any(o.lower_ in PROTEST_MISSILES for o in thrown):
        return c.targets
    hit = [o for x in (c.tok, *objs) for o in _pobjs(x, ("at", "on"))
           if o.ent_type_ not in ("DATE", "TIME")]
    # where the throwers stood ('outside parliament') is the protest's place, no target
    return hit + [t for t in c.targets if t.lower_ not in PROTEST_MISSILES and t not in hit
                  and t not in thrown and not (t.dep_ == "pobj" and t.head.lower_ in STOOD)]


# prepositions of where a protest stands, not of what it aims at
STOOD = frozenset({"outside", "near", "in", "inside", "around", "across", "beside"})


# places of power or memory a protest pelts or daubs
SEATS = frozenset({"building", "buildings", "headquarters", "embassy", "consulate", "ministry",
                   "parliament", "palace", "office", "offices", "monument", "statue",
                   "motorcade", "convoy", "residence", "court", "courthouse", "prefecture"})


def shaming_throw(tok) -> bool:
    """Whether eggs or paint thrown are a protest: thrown by people who campaign or gather
    (DEMONSTRATORS, BLOCKING_PEOPLE) or at a seat of power or a public figure's person; a
    chef's eggs into a bowl or an artist's paint on a canvas are none."""
    doers = [x for s in (*_subjects(tok), *(a for p in _children(tok, "agent")
                                             for a in _children(p, "pobj")))
             for x in (s, *_pobjs(s, ("of",)))]
    if any(d.lower_ in BLOCKING_PEOPLE and d.ent_type_ != "ORG" for d in doers):
        return True
    aims = [o for x in (tok, *_children(tok, "dobj")) for o in _pobjs(x, ("at", "on", "outside"))]
    aims += _children(tok, "nsubjpass") + [o for o in _children(tok, "dobj")
                                           if _pobjs(tok, ("with",))]
    return any(_lower_words(a) & SEATS or a.ent_type_ in ("GPE", "ORG") or _party(a)
               for a in aims)


# verbs of relief getting through, and what brings it
ARRIVALS = frozenset({"reach", "arrive", "enter", "dock"})
AID_CARRIERS = frozenset({"convoy", "convoys", "truck", "trucks", "lorry", "lorries", "ship",
                          "ships", "vessel", "vessels", "plane", "planes", "flight", "flights",
                          "aircraft", "shipment", "shipments", "consignment", "airlift"})
RELIEF_MARKS = frozenset({"aid", "relief", "humanitarian", "food", "medical", "medicine",
                          "medicines", "grain", "wheat", "flour", "fuel", "water", "tents",
                          "vaccines", "supplies", "blankets"})


def relief_arrives(verb) -> bool:
    """'A convoy carrying medicine reached the besieged city of Taiz', 'the first aid ship
    docked in Gaza': carriers of relief that get through deliver aid; 'the ship reached
    port' or 'trucks carrying cement entered the city' deliver none."""
    if _lemma(verb) not in ARRIVALS:
        return False
    for s in _children(verb, "nsubj"):
        if s.lower_ not in AID_CARRIERS:
            continue
        marks = {m.lower_ for m in _children(s, "compound", "amod")}
        for a in _children(s, "acl"):  # 'carrying medicine', 'loaded with food'
            marks |= {w for o in (*_children(a, "dobj"), *_pobjs(a, ("with",)))
                      for w in _lower_words(o)}
        if marks & RELIEF_MARKS:
            return True
    return False


# a stretch of time an activity filled
SPANS = frozenset({"hours", "days", "nights", "weeks", "months", "years", "decades"})
# what such a stretch puts before another happening ('despite weeks of mass protests' is
# left alone: the open sets disagree on it, the probe coding the protests, opened7 not)
BACKDROPS = frozenset({"after", "following", "follow", "end"})


def background_span(c) -> bool:
    """'The statement followed three hours of closed consultations', 'after four days of
    talks': an activity told as the length of time before the sentence's own happening is
    its backdrop, not a new event."""
    tok = c.tok
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # 'three hours of talks and consultations'
    if c.kind != "noun" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    span = tok.head.head
    return span.lower_ in SPANS and span.dep_ in ("pobj", "dobj") and _lemma(
        span.head) in BACKDROPS
