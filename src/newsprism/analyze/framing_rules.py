"""Reaches loaded wording the word lists do not name (word families, judging adverbs, metaphor,
branding compounds) and says when a listed word is plain; reads a parsed spaCy doc and its text.

framing.py asks three things of this module: ``extra_spans`` (spans found by pattern rather
than by listed word), ``plain_sense`` (whether a listed word is used in a neutral sense here:
history, medicine, a term of art) and ``wire_terms`` (spans of agency terms of art to drop).
Each rule reads the parse: the syntax tells a metaphor from a literal animal ('migrants
infesting our towns' / 'rats infested the ship'), a dramatising verb from a plain one
('slammed the decision' / 'slammed the door').
"""
from __future__ import annotations

import functools
import re

from . import loaded_lexicon as lx

# Nouns for people beyond loaded_lexicon.PERSON_NOUNS: the groups that loaded copy talks of.
GROUP_NOUNS = frozenset({
    "migrant", "immigrant", "refugee", "asylum", "seeker", "foreigner", "protester",
    "student", "politician", "minister", "official", "authority", "government", "party",
    "class", "elite", "mp", "lawmaker", "senator", "voter", "taxpayer", "pensioner",
    "prisoner", "inmate", "follower", "fan", "supporter", "activist", "critic", "group",
    "band", "gang", "mob", "crowd", "partisan", "occupier", "invader", "settler",
    "believer", "cleric", "priest", "muslim", "christian", "jew", "liberal", "leftist",
    "conservative", "bureaucrat", "banker", "boss", "landlord", "tenant", "neighbour",
    "neighbor", "grandad", "grandfather", "grandmother", "gran", "mum", "mother", "father",
    "dad", "son", "daughter", "teenager", "youth", "girl", "boy", "baby", "toddler",
    "victim", "widow", "formation", "battalion", "unit", "army", "police", "officer",
    "fisherman", "farmer", "nurse", "doctor", "teacher", "citizen", "nation", "people",
    "community", "population", "family", "wife", "husband", "worker", "employee",
    "tycoon", "billionaire", "millionaire", "celebrity", "developer", "councillor",
    "councilor", "mayor", "judge", "lawyer", "banker", "executive", "chief", "owner",
    "pundit", "commentator", "expert", "consultant", "journalist", "resident", "student",
    "president", "agent", "servant", "participant", "applicant", "claimant", "defendant",
    "assistant", "merchant", "peasant", "adviser", "advisor", "staff", "crew",
    "secretary", "cartel", "mafia", "syndicate", "clan", "newcomer",
    # customers and the public, whom the short '-er' test misses ('drivers', 'traders')
    "driver", "trader", "rider", "player", "reader", "viewer", "buyer", "seller", "lender",
    "borrower", "commuter", "passenger", "shopper", "customer", "consumer", "motorist",
    "tourist", "user", "owner", "renter", "parent", "pupil", "child", "kid", "patient",
    "client", "guest", "visitor", "saver", "investor", "diner", "punter", "local",
})
# Things and beasts of burden that dehumanise only in a simile ('treated like cattle',
# 'like disposable robots'); said plainly they are what they name.
SIMILE_ONLY = frozenset({"robot", "robots", "machine", "machines", "cattle", "livestock",
                         "slave", "slaves", "cogs", "cog", "commodity", "commodities",
                         "garbage", "trash", "dirt", "furniture", "pawns", "pawn"})
# Wordings that hide harm by their shape, not one word: 'staff will be let go'.
_EUPHEMISM_SHAPES = re.compile(
    r"(?<!\w)(?:be|been|being|was|were|are|is|get|got)\s+\W?let go\W?(?!\s+of)(?!\w)",
    re.IGNORECASE)
_LET_GO = re.compile(r"let go", re.IGNORECASE)
# 'doing Washington's bidding', 'at the Kremlin's bidding': a party cast as someone's tool.
_BIDDING = re.compile(r"(?<!\w)(?:do(?:ing|es|ne)?|at) (?:the )?[A-Z]?\w+(?:'s|’s) bidding(?!\w)")
# Objects that make 'steal' the claim of a stolen vote ('the election was stolen').
VOTE_NOUNS = frozenset({"election", "elections", "vote", "votes", "ballot", "ballots",
                        "result", "results", "referendum", "victory", "win"})
# Plurals in -ers/-ors that name things, not people; other long ones are taken for
# doers ('councillors', 'developers', 'protesters').
THING_ERS = frozenset({
    "numbers", "papers", "orders", "borders", "matters", "letters", "centers", "waters",
    "powers", "towers", "computers", "containers", "headquarters", "layers", "shelters",
    "chambers", "quarters", "offers", "answers", "corners", "disorders", "rivers",
    "filters", "markers", "meters", "monitors", "sectors", "factors", "motors", "mirrors",
    "errors", "colours", "colors", "favours", "favors", "rumours", "rumors", "terrors",
    "horrors", "floors", "doors", "barriers", "tractors", "reactors", "corridors",
    "registers", "chapters", "banners", "posters", "waivers", "trailers",
    "ledgers", "leftovers", "hangovers", "handovers", "takeovers", "printers", "lockers",
    "dinners", "summers", "winters", "fingers", "shoulders", "clusters",
})
# Heads whose 'of' phrase tells who they are ('a band of occupiers', 'swarms of migrants').
COLLECTIVE = frozenset({"band", "group", "gang", "bunch", "crowd", "pack", "horde",
                        "swarm", "herd", "flood", "tide", "wave", "army", "mob", "load",
                        "gaggle", "flock"})
# A wire dateline: the place in capitals, then date or agency, then a dash.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]{1,30}(?:,[^\n\-–—]{0,40}|\s*\([^)\n]{2,40}\))\s*[-–—]\s")
# Adjective and noun endings that derive a word from a listed one ('cravenly',
# 'cravenness', 'parasitic', 'thuggery'), longest first; (suffix, what to add back).
_DERIVATIONS = (("ated", "ate"), ("ed", "e"), ("ed", ""), ("ically", "ic"), ("ically", ""),
                ("ishly", ""), ("ously", "ous"), ("fully", "ful"), ("ness", ""), ("ility", "le"), ("iness", "y"),
                ("ity", ""), ("ism", ""), ("ery", ""), ("ily", "y"), ("ly", ""),
                ("ic", "e"), ("ic", ""), ("ical", ""), ("ish", ""), ("ous", ""))
# Derived forms that name a category in news copy, not a judgement ('terrorism charges').
PLAIN_DERIVED = frozenset({"terrorism", "criminally", "criminality", "radicalism",
                           "heroics", "martyrology", "extremism", "barbarism",
                           "monstrously", "nationalism", "savagely", "liberally", "illegally",
                           "innocently", "innocence", "radically", "dramatically",
                           "bloodily", "toxicity", "aggressively", "criminalise",
                           "criminalize"})


def person_like(tok, depth: int = 0) -> bool:
    """Whether a token names people: a pronoun, a person or group noun, a named person,
    nationality or body, a label, or a collective 'of' people ('a band of occupiers')."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "PRON":
        return low not in ("it", "this", "that", "something", "nothing", "what")
    if lemma in lx.PERSON_NOUNS or lemma in GROUP_NOUNS or low in lx.NAME_CALLING \
            or lemma in lx.NAME_CALLING or tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    if tok.pos_ == "NOUN" and low.endswith(("ists", "ians")) and len(low) > 6:
        return True
    if tok.pos_ == "NOUN" and low.endswith(("ers", "ors")) and len(low) > 7 \
            and low not in THING_ERS:
        return True
    if depth == 0 and lemma in COLLECTIVE:
        return any(k.dep_ == "prep" and k.lower_ == "of" and any(
            g.dep_ == "pobj" and person_like(g, 1) for g in k.children) for k in tok.children)
    return False


def _subject(verb):
    """The doer of a verb: its subject, the antecedent of a relative 'who', or the agent of
    a passive; None when the parse shows none."""
    for k in verb.children:
        if k.dep_ in ("nsubj", "csubj"):
            if k.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return k
        if k.dep_ == "agent":
            return next((g for g in k.children if g.dep_ == "pobj"), None)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ == "VBG":
        # 'the infiltrators scurrying back': the noun a participle hangs on does it
        return verb.head
    return None


def _objects(verb):
    """What a verb acts on: direct object, passive subject, 'on'/'upon' object."""
    out = []
    for k in verb.children:
        if k.dep_ in ("dobj", "nsubjpass"):
            out.append(k)
        elif k.dep_ == "prep" and k.lower_ in ("on", "upon", "off", "into"):
            out.extend(g for g in k.children if g.dep_ == "pobj")
    return out


def _span(first, last) -> tuple[int, int]:
    return first.idx, last.idx + len(last)


def _dehumanising_noun(tok) -> tuple[int, int, str] | None:
    """An animal, pest or disease noun applied to people: 'swarms of migrants', 'vermin
    yobs', 'Washington's lapdogs', 'they are vermin', 'hide like cockroaches'."""
    head = tok.head
    simile = tok.dep_ == "pobj" and head.lower_ == "like"
    if tok.lower_ in SIMILE_ONLY and not simile:
        return None  # 'robots' names machines unless people are likened to them
    if simile:
        verb = head.head
        subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else verb
        if subj is not None and person_like(subj) or verb.pos_ != "VERB" and person_like(verb) \
                or verb.pos_ == "VERB" and any(person_like(o) for o in _objects(verb)):
            return (*_span(head, tok), "name_calling")  # 'treated its drivers like robots'
        return None
    if tok.lemma_.lower() in COLLECTIVE and tok.lower_ not in ("vermin", "scum"):
        # 'a flood of migrants' brands; 'a pack of lies' and 'a herd of cattle' do not
        return (*_span(tok, tok), "name_calling") if person_like(tok) else None
    if tok.dep_ in ("compound", "amod") and head.i == tok.i + 1 and (
            head.lower_ in lx.NAME_CALLING or head.lemma_.lower() in lx.NAME_CALLING):
        return (*_span(tok, head), "name_calling")  # 'vermin yobs'; 'pig farmers' is plain
    if tok.dep_ == "appos" and person_like(head):
        return (*_span(tok, tok), "name_calling")
    if tok.dep_ == "attr" and head.pos_ == "AUX":
        subj = _subject(head)
        if subj is not None and person_like(subj):
            return (*_span(tok, tok), "name_calling")
    if tok.lower_ in lx.OWNED_FIGURES and any(
            k.dep_ == "poss" and (k.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                                  or person_like(k)) for k in tok.children):
        return (*_span(tok, tok), "name_calling")
    return None


# Pest verbs with no passive, so a participle after a noun is that noun's own act.
_NO_PASSIVE = frozenset({"stampede", "scurry", "slither", "scuttle", "burrow", "fester"})


def _dehumanising_verb(tok) -> tuple[int, int, str] | None:
    """'migrants infesting our towns', 'towns overrun by migrants': a pest's verb with
    people doing it."""
    if tok.pos_ != "VERB":
        return None
    subj = _subject(tok)
    if subj is None and tok.dep_ == "acl" and tok.lemma_.lower() in _NO_PASSIVE:
        subj = tok.head  # 'shoppers stampeded into ...' read as a reduced relative
    if subj is not None and person_like(subj):
        return (*_span(tok, tok), "loaded_language")
    return None


def _judging_adverb(tok) -> tuple[int, int, str] | None:
    """'breathtakingly arrogant', 'spectacularly wrong': a judging adverb with the
    adjective it sharpens, one span; on a verb ('brazenly lied') the adverb alone."""
    head = tok.head
    if (head.pos_ == "ADJ" or head.dep_ == "amod" and head.tag_ in ("VBN", "VBG")) \
            and 0 < head.i - tok.i <= 2:  # a participle as adjective: 'grossly inflated'
        return (*_span(tok, head), "loaded_language")
    if head.pos_ == "VERB" and (tok.lower_ in lx.CONDUCT_ADVERBS or family(tok.lower_)):
        return (*_span(tok, tok), "loaded_language")
    return None


def _phrasal(tok) -> tuple[int, int, str] | None:
    """'rake in', 'mown down by a thug', 'feed on our taxes': a phrasal verb with a loaded
    sense, when the person it needs is there ('bats feed on insects' stays plain)."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    for k in tok.children:
        if k.dep_ not in ("prt", "prep", "advmod", "acomp") or k.i != tok.i + 1:
            continue
        need = lx.PHRASAL.get((lemma, k.lower_), False)
        if need is False:
            continue
        subj = _subject(tok)
        if need == "subject" and not (subj is not None and person_like(subj)) \
                and not any(person_like(o) for o in _objects(tok)):
            return None  # 'feeding off the taxpayer' is a figure whoever feeds
        if need == "object" and not any(person_like(o) for o in _objects(tok)):
            return None
        return (*_span(tok, k), "loaded_language")
    return None


def _dramatic_verb(tok) -> tuple[int, int, str] | None:
    """Tabloid verbs for criticism and spending: 'slams the plan', 'trash war memorial',
    'blow £2m'; 'slammed the door' and 'blow the whistle' stay plain."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if lemma == "steal":
        if any(o.lemma_.lower() in VOTE_NOUNS for o in objs):
            return (*_span(tok, tok), "loaded_language")
    elif lemma in lx.CRITICISE_VERBS:
        if any(person_like(o) or o.lemma_.lower() in lx.ABSTRACT_TARGETS for o in objs):
            return (*_span(tok, tok), "loaded_language")
    elif (lemma in lx.SPEND_VERBS or _stem(tok.lower_) in lx.SPEND_VERBS) \
            and lemma not in lx.LOADED:  # the tagger reads 'trousered' as its own lemma
        # the sum is often parsed as an adverbial ('blow £2m' -> npadvmod)
        sums = objs + [k for k in tok.children if k.dep_ == "npadvmod"]
        if any(o.lemma_.lower() in lx.MONEY_NOUNS or any(
                c.ent_type_ == "MONEY" or c.text in "£$€" for c in o.subtree) for o in sums):
            return (*_span(tok, tok), "loaded_language")
    return None


def _stem(word: str) -> str:
    """A verb form without its inflection ('trousered' -> 'trouser')."""
    for suffix in ("ed", "ing", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _charged_word(word: str) -> bool:
    """Listed already: the listed-word pass marks it."""
    return word in lx.LOADED or word in lx.NAME_CALLING or word in lx.EXAGGERATION


def _lexicon_of(word: str) -> str | None:
    if word in lx.NAME_CALLING or word in lx.DEHUMANISING_NOUNS:
        return "name_calling"
    if word in lx.LOADED or word in lx.CONTEMPT:
        return "loaded_language"
    return None


@functools.lru_cache(maxsize=4096)
def family(word: str) -> str | None:
    """The technique of a listed word this one derives from ('cravenly', 'cravenness' from
    'craven'; 'parasitic' from 'parasite'), or None; a stem under four letters is no match."""
    if word in PLAIN_DERIVED or "-" in word:
        return None
    for suffix, back in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[:-len(suffix)] + back
            for form in (stem, stem + "e", stem + "s"):
                technique = _lexicon_of(form)
                if technique:
                    return technique
    return None


def _word_spans(tok) -> tuple[int, int, str] | None:
    """The token-level rules, cheapest test first."""
    low, lemma, pos = tok.lower_, tok.lemma_.lower(), tok.pos_
    if pos in ("NOUN", "PROPN") and (low in lx.DEHUMANISING_NOUNS
                                     or lemma in lx.DEHUMANISING_NOUNS or low in SIMILE_ONLY):
        return _dehumanising_noun(tok)
    if lemma in lx.DEHUMANISING_VERBS:
        return _dehumanising_verb(tok)
    if pos == "ADV" and (low in lx.JUDGING_ADVERBS or (
            low.endswith("ly") and low not in lx.INTENSIFIERS and family(low))):
        return _judging_adverb(tok)
    if pos == "VERB":
        found = _phrasal(tok) or _dramatic_verb(tok)
        if found:
            return found
    if pos == "PROPN" and not tok.ent_type_:
        pos = "ADJ"  # a headline's capitals make the parser read words as names
    if low in lx.CONTEMPT and (pos in ("ADJ", "NOUN") or tok.dep_ == "amod"):
        if low in lx.ON_LABELS_ONLY and not _on_a_label(tok) and not _on_an_act(tok):
            return None
        return (*_span(tok, tok), "loaded_language")
    if low in lx.EMOTIVE and pos in ("ADJ", "NOUN") and low not in lx.LOADED:
        if pos == "ADJ" and tok.dep_ in ("acomp", "attr", "oprd", "xcomp"):
            return None  # 'the child was terrified' reports a state; 'terrified shoppers' colours
        return (*_span(tok, tok), "loaded_language")
    if pos in ("ADJ", "NOUN") and low not in lx.LOADED and low not in lx.NAME_CALLING \
            and len(low) > 7:
        technique = family(low)
        if technique == "name_calling" and low.endswith(("ism", "ery", "ity", "ness")):
            technique = "loaded_language"  # 'vandalism', 'thuggery' name conduct, not a party
        if technique:
            return (*_span(tok, tok), technique)
    if low in lx.LABEL_NEEDS_MODIFIER and pos == "NOUN":
        return _modified_label(tok)
    if low.endswith(("monger", "mongers", "mongering")) and "-" not in low \
            and not low.startswith(lx.MONGER_TRADES) and not _charged_word(low):
        return (*_span(tok, tok), "loaded_language")
    if low in lx.POSSESSED_LABELS and pos == "NOUN" and any(
            k.dep_ == "poss" and k.pos_ in ("PRON", "PROPN") for k in tok.children):
        return (*_span(tok, tok), "name_calling")
    return None


def _on_a_label(tok) -> bool:
    """Whether an adjective modifies a label: by the parse, or, as headlines are misparsed
    ('Sick trolls mock ...'), by standing right before one."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return any(t is not None and (t.lower_ in lx.NAME_CALLING
                                  or t.lemma_.lower() in lx.DEHUMANISING_NOUNS)
               for t in ((tok.head if tok.dep_ == "amod" else None), nxt))


# Nouns for what a party did or offered: 'a pitiful response', 'an absurd claim' judge the
# act as a label judges the actor; 'pitiful' on a patient or the weather stays plain.
ACT_HEADS = frozenset({"response", "reaction", "performance", "effort", "efforts", "attempt",
                       "excuse", "excuses", "showing", "record", "display", "offer", "answer",
                       "apology", "defence", "defense", "argument", "claim", "claims", "idea",
                       "plan", "proposal", "policy", "bid", "decision", "handling", "turnout",
                       "settlement", "deal", "compromise", "gesture", "statement", "speech"})


def _on_an_act(tok) -> bool:
    head = tok.head if tok.dep_ == "amod" else None
    return head is not None and head.lemma_.lower() in ACT_HEADS


def _modified_label(tok) -> tuple[int, int, str] | None:
    """'cancel-culture mob', 'woke brigade': a crowd word branded by its modifier; the
    modifier must itself judge, else 'an angry mob' and 'a gang of four' stay plain."""
    doc = tok.doc
    lo = tok.i
    while lo > 0 and doc[lo - 1].head.i == tok.i and doc[lo - 1].dep_ in ("compound", "amod") \
            or lo > 1 and doc[lo - 1].text == "-" and doc[lo - 2].head.i in (tok.i, lo - 1):
        lo -= 1
    words = {doc[i].lower_ for i in range(lo, tok.i)}
    text = doc[lo:tok.i].text.lower()
    if words & (lx.LOADED | lx.CONTEMPT) or text.replace(" - ", "-") in lx.LOADED:
        return (*_span(doc[lo], tok), "name_calling")
    return None


_HYPHENED = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w-])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+) $")
_HIT_ENDS = ("hit", "prone", "riddled", "plagued")
# Hyphenated emotion words that colour wherever they stand ('a gut-wrenching scene');
# 'grief-stricken' and 'terror-stricken' can report a state and stay out.
_STRONG_EMOTIVE = frozenset(w for w in lx.EMOTIVE if "-" in w and not w.endswith("stricken"))


def _branding_compound(text: str, m) -> int | None:
    """Start of a hyphenated word that brands ('Gestapo-style', 'North Korean-style',
    'neo-Nazi', 'foreign-backed', 'scandal-hit', 'sleaze-ridden'), or None. One pass over
    the hyphenated words with set lookups: an alternation of every referent tried at each
    position cost more than the rest of this module."""
    word = m.group().lower()
    if word in lx.CONTEMPT or word in _STRONG_EMOTIVE:
        return m.start()  # the token pass sees only the halves of 'power-hungry'
    parts = word.split("-")
    head, last = "-".join(parts[:-1]), parts[-1]
    if last == "style":
        if head in lx.INFAMOUS_REFERENTS:
            return m.start()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before and f"{before.group(1).lower()} {head}" in lx.INFAMOUS_REFERENTS:
            return before.start()
        return None
    if last in ("loving", "hating", "happy", "hugging") and head not in ("peace", "fun", "trigger",
                                                               "tree", "freedom", "self"):
        return None  # 'music-loving' describes; 'trigger-happy', 'tree-hugging' judge
    if head == "neo" and last in lx.NEO_LABELS or head in lx.VAGUE_BACKERS \
            and last in lx.BACKING_ENDS or head in lx.JUDGING_HIT_NOUNS and last in _HIT_ENDS \
            or last in lx.JUDGING_COMPOUND_ENDS and len(head) >= 4:
        return m.start()
    return None


@functools.lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every word some token rule starts from, for a cheap first look at each token."""
    return (lx.DEHUMANISING_NOUNS | SIMILE_ONLY | lx.DEHUMANISING_VERBS | lx.JUDGING_ADVERBS
            | lx.CONTEMPT | lx.EMOTIVE | lx.CRITICISE_VERBS | lx.SPEND_VERBS
            | lx.LABEL_NEEDS_MODIFIER | lx.POSSESSED_LABELS | {verb for verb, _ in lx.PHRASAL} | {"steal", "stolen"})


_ENDINGS = tuple({suffix for suffix, _ in _DERIVATIONS})


def token_span(tok, low: str, lemma: str) -> tuple[int, int, str] | None:
    """The span a token starts by pattern or syntax, if any; ``low`` and ``lemma`` are the
    caller's, read once per token (the cheap look runs on every token of the article)."""
    triggers = _triggers()
    if not (low in triggers or lemma in triggers or len(low) > 7 and low.endswith(_ENDINGS)
            or low.endswith(("ly", "mongers", "monger", "mongering"))):
        return None
    if not tok.is_alpha and "-" not in tok.text \
            or tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART"):
        return None
    found = _word_spans(tok)
    return found if found and not plain_sense(tok) else None


def pattern_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans found on the surface: '-style' slurs, vague backers, doubting prefixes
    ('pseudo-science'), 'be let go'."""
    out = []
    for m in _HYPHENED.finditer(text):
        if m.group().lower().split("-")[0] in lx.DOUBT_PREFIXES:
            out.append((m.start(), m.end(), "doubt"))
            continue
        start = _branding_compound(text, m)
        if start is not None:
            out.append((start, m.end(), "loaded_language"))
    out += [(m.start(), m.end(), "loaded_language") for m in _BIDDING.finditer(text)]
    for m in _EUPHEMISM_SHAPES.finditer(text):
        inner = _LET_GO.search(text, m.start(), m.end())
        out.append((inner.start(), inner.end(), "euphemism"))
    return out


def extra_spans(doc, text: str | None = None) -> list[tuple[int, int, str]]:
    """Every span this module finds in an article (framing.py runs the two halves inside
    its own passes)."""
    text = doc.text if text is None else text
    out = pattern_spans(text)
    for tok in doc:
        found = token_span(tok, tok.lower_, tok.lemma_.lower())
        if found:
            out.append(found)
    return out


# Verbs of defeat that are the plain report of a result next to a score ('crushed the
# visitors 4-0'); without one they dramatise ('crushed the protesters').
DEFEAT_VERBS = frozenset({"crush", "thrash", "hammer", "demolish", "rout", "batter", "destroy",
                          "trounce", "maul", "annihilate", "obliterate", "humiliate"})
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")


# Nouns of heavy defeat that are the plain report of a result beside a score ('a 3-0
# whitewash of the touring side'); without one they judge ('the review was a whitewash').
DEFEAT_NOUNS = frozenset({"whitewash", "rout", "thrashing", "drubbing", "hammering",
                          "mauling", "demolition", "humiliation"})


def _sport_result(tok) -> bool:
    """'The home side crushed the visitors 4-0': a defeat verb or noun reporting a score."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in DEFEAT_VERBS or tok.pos_ == "NOUN" \
            and tok.lower_ in DEFEAT_NOUNS:
        return bool(_SCORE.search(tok.sent.text))
    return False


# Killing words that are a trade's plain verbs when animals are what they act on.
_ABATTOIR_VERBS = frozenset({"slaughter", "butcher", "cull", "massacre"})
ANIMALS = frozenset({"cattle", "cow", "pig", "sheep", "lamb", "chicken", "poultry", "livestock",
                     "animal", "bird", "deer", "goat", "hen", "turkey", "horse", "calf",
                     "badger", "boar", "bull", "duck", "goose", "mink", "herd", "flock",
                     "head", "carcass", "fish", "salmon", "whale", "seal"})


def _of_animals(tok) -> bool:
    objs = _objects(tok) + [g for k in tok.children if k.dep_ == "prep" and k.lower_ == "of"
                            for g in k.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in ANIMALS or o.lower_ in ANIMALS for o in objs)


# Labels that are the plain name of whoever does an act, and the acts: with one of them as
# the sentence's verb the label reports ('vandals damaged the pavilion', 'looters took TVs');
# alone ('the vandals in parliament') it brands.
_DOER_ACTS = {
    "vandal": frozenset({"damage", "smash", "spray", "daub", "deface", "vandalise", "vandalize",
                         "break", "wreck", "destroy", "target", "set", "scrawl", "paint"}),
    "looter": frozenset({"loot", "steal", "take", "ransack", "raid", "break", "carry", "strip"}),
    "hooligan": frozenset({"throw", "fight", "clash", "attack", "invade", "storm", "hurl",
                           "smash"}),
}


def _named_by_the_act(tok) -> bool:
    lemma = tok.lemma_.lower().rstrip("s")
    acts = _DOER_ACTS.get(lemma)
    if not acts or tok.dep_ not in ("nsubj", "agent", "pobj"):
        return False
    verb = tok.head if tok.dep_ == "nsubj" else tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in acts


def plain_sense(tok) -> bool:
    """Whether a charged word is used plainly here: a historical name ('the medieval
    crusades'), a technical term ('an aggressive tumour', 'toxic waste'), a term of art
    ('regime change', 'the military junta') or a sports result ('crushed them 4-0')."""
    low = tok.lower_
    head = tok.head
    if _sport_result(tok):
        return True
    if tok.lemma_.lower() in _ABATTOIR_VERBS and _of_animals(tok):
        return True  # 'can slaughter 600 cattle a day'
    if _named_by_the_act(tok):
        return True  # 'vandals damaged a pavilion': the word for whoever does the act
    if low in lx.HISTORICAL_SENSE or tok.lemma_.lower() in lx.HISTORICAL_SENSE:
        for k in tok.children:
            if k.dep_ in ("amod", "compound", "nummod") and (
                    k.lower_ in lx.HISTORICAL_MODIFIERS or k.like_num
                    or k.lower_.endswith("century")):
                return True
        if head.lower_ == "of" and head.head.lemma_.lower() in ("history", "era", "age"):
            return True
    senses = lx.TECHNICAL_SENSE.get(low)
    if senses and tok.dep_ in ("amod", "compound") and head.lemma_.lower() in senses | {
            h.rstrip("s") for h in senses}:
        return True
    if low.startswith("regime") and tok.dep_ == "compound" and head.lemma_.lower() == "change":
        return True
    if low in ("junta", "juntas") and any(k.dep_ == "amod" and k.lower_ in ("military", "ruling")
                                          for k in tok.children):
        return True  # the descriptive name of a military government, in any outlet's copy
    return False


def wire_copy(text: str) -> bool:
    """Whether an article opens with a wire dateline ('KABUL, March 3 (Reuters) -')."""
    return bool(_DATELINE.match(text[:100]))


def wire_terms(text: str, spans, in_quote) -> set[tuple[int, int]]:
    """Spans of agency terms of art ('junta', 'regime') outside quotes in wire copy: the
    agency's neutral name for a military government, not its judgement."""
    if not wire_copy(text):
        return set()
    return {(s, e) for s, e, t in spans if t == "name_calling"
            and text[s:e].lower() in lx.TERM_OF_ART_LABELS and not in_quote(s, e)}


__all__ = ["extra_spans", "token_span", "pattern_spans", "plain_sense", "wire_terms",
           "wire_copy", "person_like", "family"]
