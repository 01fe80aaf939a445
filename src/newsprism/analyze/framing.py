"""Marks the words that frame a story: loaded language, name calling, doubt, exaggeration, and
the word chosen for each event; reads the spaCy doc, the quotes and the events stages' output.

Techniques (Framing.technique):
- loaded_language: evaluative words ("cowardly and craven", "heinous", "martyrdom") from
  loaded_lexicon, grown over their coordination and intensifiers ("utterly barbaric"); any
  coordinated adjectives before an event noun count too, since stacked modifiers on an act
  ("the cowardly and craven assassination") judge it rather than describe it;
- name_calling: labels that brand a party ("regime", "thugs", "puppet");
- doubt: distancing ("so-called", "self-styled") and scare quotes around one to three words;
- euphemism: mild words that hide harm ("neutralised", "collateral damage");
- exaggeration: overstatement ("unprecedented", "the worst ever");
- event_word: one span per word naming a happening — event nouns, verbs of physical acts
  (not speech or attitude: "asked", "blamed"), death and accident words ("stampede") —
  grown over framing modifiers ("terror attack"), so outlets' wording of the same event
  can be compared ("killing" / "assassination" / "martyrdom").
Wording the lists do not name is reached by framing_rules.py in the same token pass: word
families ("cravenness"), judging adverbs ("breathtakingly arrogant"), dehumanising metaphor
told from literal animals by the parse ("swarms of migrants" / "locusts swarmed"), phrasal
and tabloid verbs, branding compounds ("Gestapo-style", "foreign-backed", "fearmongering");
it also says when a listed word is plain (history, medicine, terms of art in wire copy).
framing_figures.py adds figures of speech told from literal use by their arguments (water,
war and sport metaphor, killing said of ideas, idioms with a slot, 'admitted' for a harmless
statement) and settles every span's bounds by its written span policy.
framing_evaluative.py reaches verdicts by degree ('an absolute scandal'), figures of disaster
and disease outside their field ('markets in meltdown'), animal nouns doing what people do,
and harms given a mild name ('calls the sacking a "workforce realignment"'); framing_idioms.py
holds the set metaphors of opinion copy ('a gravy train', 'smoke and mirrors');
framing_unlisted.py reads word families and figures no list spells out ('Furious Paris', 'a
stormy clash', 'the campaign limped', 'a cancer of corruption', 'tactless', 'a fungus is
stalking hospitals', 'optimise headcount'); framing_valence.py takes adjectives no list names
from a general lexicon's valence ratings (VADER's), where they stand to judge ('a gorgeous
singer', 'a petrifying superbug') and are not plain description ('a peaceful march').
Each span carries the id of the quote holding it: a word inside a quote is the speaker's,
not the outlet's. Non-English articles (no parse) get word-list matches in fr/es/de/ar.
"""
from __future__ import annotations

import functools
import re

from spacy.attrs import IDX

from ..records import Framing, Quote
from . import framing_evaluative as evaluative
from . import framing_figures as figures
from . import framing_idioms as idioms
from . import framing_rules as rules
from . import framing_unlisted as unlisted
from . import framing_valence as valence
from . import loaded_lexicon as lx
from .events import find_triggers
from .factuality import quote_at
from .pipeline import State, stage

# Categories whose verbs name a physical happening; other verbs are speech or attitude.
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID",
                            "SANCTION"})
# Accident nouns that name a happening on their own ('fire', 'storm' also name things).
ACCIDENT_NOUNS = frozenset({"crash", "crashes", "stampede", "stampedes", "collapse",
                            "floods", "flooding", "earthquake", "quake", "landslide",
                            "derailment", "collision", "capsizing", "explosion", "blaze",
                            "accident", "disaster", "heatwave", "wildfire", "wildfires",
                            "hurricane", "typhoon", "cyclone", "tornado", "tsunami",
                            "avalanche", "drought"})
# Tokens inside these named entities are names, not judgements ("Liberation Army").
NAME_TYPES = frozenset({"ORG", "GPE", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PERSON",
                        "PRODUCT"})
# Verbs after which a short quotation is someone's wording, not the writer's distancing.
SPEECH_LEMMAS = frozenset({"say", "tell", "call", "add", "write", "tweet", "state", "describe",
                           "label", "term", "dub", "brand", "chant", "sing", "shout", "greet",
                           "as", "fear", "admire", "warn", "insist", "name", "quote",
                           "accord"})
# Descriptive adjectives: a stack containing one ("specific, credible threats") describes.
DESCRIPTIVE = frozenset({
    "specific", "credible", "new", "recent", "first", "last", "latest", "further", "other",
    "possible", "major", "minor", "large", "small", "several", "many", "more", "military",
    "political", "economic", "local", "national", "international", "foreign", "domestic",
    "nuclear", "chemical", "joint", "direct", "indirect", "official", "public", "private",
    "formal", "informal", "early", "late", "initial", "final", "armed", "financial",
    "diplomatic", "regional", "federal", "separate", "similar", "single", "multiple",
})
# Places a euphemism's harm can be done to ('cleansed the area', 'pacified the province').
PLACE_NOUNS = frozenset({"area", "village", "town", "city", "district", "neighbourhood",
                         "neighborhood", "region", "province", "camp", "zone", "valley",
                         "quarter", "street", "streets", "countryside", "territory"})
# Superlatives of a measured quantity: with 'on record' they report the record books.
MEASURED_SUPERLATIVES = frozenset({
    "highest", "lowest", "largest", "smallest", "biggest", "hottest", "coldest", "warmest",
    "coolest", "wettest", "driest", "fastest", "slowest", "longest", "shortest", "heaviest",
    "lightest", "deepest", "windiest", "sunniest", "busiest", "quietest", "earliest", "latest",
    "steepest", "sharpest", "weakest", "strongest", "cheapest", "dearest", "oldest",
    "youngest", "tallest", "widest"})
_SCARE = re.compile(r"(?<=[a-z0-9,;] )([\"“‘'«])([^\"“”‘’'«»\n]{2,40}?)([\"”’'»])")


def _is_name(tok) -> bool:
    """A token of a named entity; a lone capitalised word opening a headline is not one
    ('Pervert teacher unmasked'), since capitals there are the style, not a name."""
    if tok.ent_type_ not in NAME_TYPES or tok.pos_ != "PROPN":
        return False
    doc = tok.doc
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return not (alone and tok.is_sent_start)


def _coordination(tok) -> tuple[int, int]:
    """Token range of the coordinated adjectives or adverbs ``tok`` stands in, with a leading
    intensifier: 'cowardly and craven', 'brutal, senseless', 'utterly barbaric'. Read from
    the surface, since the parser often misattaches stacked adjectives."""
    doc = tok.doc

    kind = {"ADJ", "ADV"} if tok.pos_ in ("ADJ", "ADV") else {tok.pos_}

    def joined(i: int) -> bool:  # doc[i] is "and"/"or"/"," between two modifiers
        return 0 < i < len(doc) - 1 and doc[i].lower_ in ("and", "or", ",") \
            and doc[i - 1].pos_ in kind and doc[i + 1].pos_ in kind

    lo = hi = tok.i
    while joined(lo - 1):
        lo -= 2
    while joined(hi + 1):
        hi += 2
    if lo > 0 and doc[lo - 1].lower_ in lx.INTENSIFIERS and doc[lo - 1].pos_ == "ADV":
        lo -= 1
    return lo, hi + 1


def _loaded(doc) -> list[tuple[int, int, str]]:
    """Listed words in their charged sense, and (one pass over the tokens, as each pass
    costs) the wording framing_rules reaches past the lists."""
    spans: list[tuple[int, int, str]] = []
    for tok in doc:
        low, lemma = tok.lower_, tok.lemma_.lower()
        found = rules.token_span(tok, low, lemma) or figures.figure_span(tok, low, lemma) \
            or evaluative.token_span(tok, low, lemma) or unlisted.token_span(tok, low, lemma)
        if found:
            spans.append(found)
        if not tok.is_alpha or not _candidate(tok, low, lemma) or _is_name(tok) \
                or _in_title(tok) or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
                                      and not tok.whitespace_) \
                or _after_prefix(tok) or rules.plain_sense(tok):
            continue  # names, titles, either half of a compound ("criminal-justice")
        if (low in lx.EUPHEMISM or lemma in lx.EUPHEMISM) and tok.pos_ == "VERB":
            if _acts_on_people(tok) or low in lx.ONLY_EUPHEMISM:
                spans.append((tok.idx, tok.idx + len(tok), "euphemism"))
        elif (low in lx.NAME_CALLING or lemma in lx.NAME_CALLING and tok.pos_ == "NOUN") \
                and _evaluative(tok) and (tok.pos_ in ("NOUN", "PROPN")
                                          or low in lx.ADJECTIVE_LABELS
                                          or tok.pos_ == "VERB" and (low not in lx.VERBAL_LABELS
                                                               or _label_read_as_verb(tok))):
            spans.append((_label_start(tok), tok.idx + len(tok), "name_calling"))
        elif _listed_loaded(tok) and _evaluative(tok):
            if tok.pos_ in ("ADJ", "ADV"):
                lo, hi = _coordination(tok)
            else:
                lo, hi = tok.i, tok.i + 1
            spans.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), "loaded_language"))
        elif low in lx.EXAGGERATION and tok.pos_ in ("ADJ", "ADV") and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            spans.append((tok.idx, tok.idx + len(tok), "exaggeration"))
        elif tok.tag_ == "JJS":
            tail = _superlative_tail(tok)
            if tail:
                spans.append((tok.idx, tail, "exaggeration"))
        elif (valence.judged(tok) or valence.epithet(tok) or valence.appearance_verdict(tok)) \
                and _evaluative(tok):
            lo, hi = _coordination(tok)  # rated strongly by a general lexicon, not listed
            spans.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), "loaded_language"))
    return spans


def _label_read_as_verb(tok) -> bool:
    """'Vile trolls hound widow': in a headline a plural label after a judging adjective is
    often parsed as the verb; 'he trolls' and 'the bot trolls users' stay verbs."""
    doc = tok.doc
    if tok.i == 0 or not tok.lower_.endswith("s"):
        return False
    prev = doc[tok.i - 1].lower_
    return prev in lx.LOADED or prev in lx.CONTEMPT or prev in lx.EXAGGERATION


def _label_start(tok) -> int:
    """A label takes in the nouns compounded before it, which say whom it brands ('benefit
    cheats', 'terror group')."""
    doc = tok.doc
    lo = tok.i
    while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == tok.i \
            and doc[lo - 1].pos_ == "NOUN" and not _charged(doc[lo - 1]):
        lo -= 1  # a charged compound ('puppet regime') is a label of its own
    return doc[lo].idx


def _after_prefix(tok) -> bool:
    """'anti-terror police', 'counter-terrorism': the word names a field, not a judgement."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and \
        doc[tok.i - 2].lower_ in ("anti", "counter", "pro", "post", "non")


def _candidate(tok, low: str, lemma: str) -> bool:
    """A cheap first look, so that the costlier sense checks run on few tokens."""
    return low in _ALL_WORDS or lemma in _ALL_WORDS or tok.tag_ == "JJS" or (
        low.endswith("ly") and tok.pos_ == "ADV") or valence.strong(low) or (
        tok.dep_ in ("amod", "acomp") and tok.pos_ == "ADJ")


_ALL_WORDS = lx.LOADED | lx.NAME_CALLING | lx.EUPHEMISM | lx.EXAGGERATION | lx.VERB_ONLY


def _listed_loaded(tok) -> bool:
    """A LOADED word, its lemma, or an adverb made from one ('recklessly' from 'reckless');
    verbs with a plain sense need a person or place to act on ('crushed the protesters')."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in lx.PLAIN_NOUN_SENSES and tok.pos_ in ("NOUN", "PROPN"):
        return False  # 'the scheme would cost £1bn'
    if low in lx.LOADED:
        return True
    if lemma in lx.VERB_ONLY:
        if lemma in lx.VEHICLE_VERBS and any(k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower()
                                             in lx.VEHICLE_NOUNS for k in tok.children):
            return False
        return tok.pos_ == "VERB" and (lemma not in lx.PLAIN_VERBS or _acts_on_people(tok))
    if low in lx.LOADED or lemma in lx.LOADED:
        return True
    return tok.pos_ == "ADV" and low.endswith("ly") and (
        low[:-2] in lx.LOADED or low.endswith("ily") and low[:-3] + "y" in lx.LOADED)


def _acts_on_people(tok) -> bool:
    """Whether a verb's object, passive subject or 'on' object is a person, group or place
    ('neutralised four suspects', 'batter Britain', 'preyed on women')."""
    for k in tok.children:
        if k.dep_ in ("dobj", "nsubjpass"):
            target = k
        elif k.dep_ == "prep" and k.lower_ in ("on", "upon"):
            target = next((g for g in k.children if g.dep_ == "pobj"), None)
        else:
            continue
        if target is not None and (
                rules.person_like(target) or target.lemma_.lower() in PLACE_NOUNS
                or target.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "LOC")):
            return True
    return False


def _in_title(tok) -> bool:
    """A capitalised word mid-sentence is part of a title or name ('the Reign of Terror',
    'Martyrs Square'), unless the whole sentence is set in title case, as headlines are."""
    if not tok.is_title or tok.is_sent_start or tok.i == 0 \
            or tok.doc[tok.i - 1].text in (":", "\"", "“", "'", "‘", "-", "—", "("):
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) < 0.6 * len(words)


def _evaluative(tok) -> bool:
    """Whether a listed word is used in its charged sense here: 'tax regime', 'criminal
    investigation', 'resistance to antibiotics', 'pleaded innocent' are descriptions."""
    low = tok.lower_
    head = tok.head
    if low in lx.ATTRIBUTIVE_ONLY and tok.pos_ != "NOUN" and tok.dep_ not in ("amod", "compound"):
        return False  # 'pleaded innocent', 'a bloody nose' is still attributive: accepted
    if tok.dep_ in ("amod", "compound") and head.i != tok.i \
            and head.lemma_.lower() in lx.NEUTRAL_HEADS and low in lx.CATEGORY_MODIFIERS:
        return False  # 'criminal investigation', 'horror film', 'terror suspect'
    if low == "terror" and tok.dep_ == "compound":
        return False  # a category label; the event word keeps 'terror attack' for comparison
    if low in lx.PARTY_SENSE:
        return _party_sense(tok)
    return True


# What a material or a germ resists: with these 'resistance' is a property, not a party.
_RESISTED = frozenset({"antibiotic", "antimicrobial", "drug", "insulin", "insecticide",
                       "herbicide", "pesticide", "water", "heat", "wind", "corrosion",
                       "electrical", "air", "rolling", "fire", "abrasion", "disease",
                       "vaccine", "treatment", "chemo", "chemotherapy"})


def _party_sense(tok) -> bool:
    """'the regime', 'Assad regime', 'Russian aggression', 'aggression against Ukraine',
    'the resistance' name a party or its act; 'tax regime', 'signs of aggression',
    'developed resistance to drugs' do not."""
    kids = list(tok.children)
    if any(k.dep_ == "prep" and k.lower_ in ("to", "towards", "toward") for k in kids):
        return False
    if any(k.dep_ in ("compound", "amod") and k.lower_ in _RESISTED for k in kids):
        return False  # 'antibiotic resistance', 'water resistance': a property
    if tok.lower_.startswith("regime"):
        return not any(k.dep_ == "compound" and k.pos_ == "NOUN" and not _charged(k)
                       or k.dep_ == "prep" and k.lower_ == "of" for k in kids)
    return any(k.dep_ in ("det", "poss", "amod", "compound", "nmod") for k in kids) \
        or any(k.dep_ == "prep" and k.lower_ in ("against", "on") for k in kids) \
        or tok.head.lemma_.lower() in ("act", "war", "victim", "fighter", "movement") \
        or tok.is_title


def _superlative_tail(tok) -> int | None:
    """End offset of 'worst ... ever' / 'biggest ... in history' after a superlative."""
    doc = tok.doc
    window = doc[tok.i + 1:min(len(doc), tok.i + 6)]
    text = window.text.lower()
    for tail in lx.SUPERLATIVE_TAILS:
        if tail == "on record" and tok.lower_ in MEASURED_SUPERLATIVES:
            continue  # 'the highest rate on record' reports a measurement
        pos = re.search(rf"\b{re.escape(tail)}\b", text)
        if pos:
            return window.start_char + pos.end()
    return None


def _stacked_modifiers(doc, trigger_tokens) -> list[tuple[int, int, str]]:
    """Coordinated adjectives right before an event noun ('the cowardly and craven
    assassination')."""
    out = []
    for tok in trigger_tokens:
        if tok.i > 0 and doc[tok.i - 1].pos_ == "ADJ":
            lo, hi = _coordination(doc[tok.i - 1])
            words = {doc[i].lower_ for i in range(lo, hi)}
            if hi - lo >= 3 and words & {"and", "or"} and not words & DESCRIPTIVE:
                out.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]),
                            "loaded_language"))
    return out


def _phrases(text: str) -> list[tuple[int, int, str]]:
    """Multi-word and hyphenated entries the token pass cannot see ('so-called',
    'rogue state', 'freedom fighters')."""
    pattern, techniques = _phrase_pattern()
    return [(m.start(), m.end(), t) for m in pattern.finditer(text)
            if not _titled_mid_sentence(text, m) for t in techniques[m.group().lower()]]


def _titled_mid_sentence(text: str, m) -> bool:
    """A phrase in title case after a word or comma is a name ('the Reign of Terror'); one
    capital alone is an adjective of nation or faith ('the Zionist entity')."""
    before = text[:m.start()].rstrip()
    words = [w for w in re.split(r"[\s-]+", m.group()) if len(w) > 3]
    return bool(before) and (before[-1].isalnum() or before[-1] == ",") \
        and len(words) > 1 and all(w[0].isupper() for w in words)


@functools.lru_cache(maxsize=1)
def _phrase_pattern():
    """One pattern for every multi-word entry, shaped as a letter tree so the engine never
    retries hundreds of alternatives at each position (a flat alternation per technique
    made this pass the costliest of the stage), and each entry's techniques."""
    techniques: dict[str, list[str]] = {}
    for words, technique in ((lx.DOUBT, "doubt"), (lx.NAME_CALLING, "name_calling"),
                             (lx.LOADED, "loaded_language"), (lx.EUPHEMISM, "euphemism")):
        for w in words:
            if " " in w or "-" in w:
                techniques.setdefault(w.lower(), []).append(technique)
    body = _tree_regex(techniques)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE), techniques


def _tree_regex(words) -> str:
    """A regex matching exactly ``words``, longest first, built from their letter tree."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _scare_quotes(doc, text: str, quotes: tuple[Quote, ...]) -> list[tuple[int, int, str]]:
    """One to three words in quotation marks mid-sentence, not someone's attributed words."""
    out = []
    spoken = {(q.start, q.end) for q in quotes if q.speaker is not None and q.speaker.name}
    for m in _SCARE.finditer(text):
        start, end = m.start(2), m.end(2)
        inner = m.group(2)
        words = inner.split()
        holder = quote_at(start, end, quotes)
        if not 1 <= len(words) <= 3 or (start, end) in spoken or not inner[0].islower() \
                or inner[-1] in ".,!?;:" or holder is not None and holder.start != start:
            continue  # names, titles, and quoted fragments that end a statement
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(t.lemma_ in SPEECH_LEMMAS and t.dep_ != "amod"
                                    and t.pos_ != "NOUN"  # 'a polite name for' says nothing
                                    and not _so_called(t) and not _in_subject(t, span)
                                    and not (t.lower_ == "as" and _attributive(span))
                                    for t in span.sent):
            continue  # in a sentence of reported speech it is a partial quote, not distancing
        out.append((start, end, "doubt"))
    return out


def _attributive(span) -> bool:
    """Whether the quoted words modify the noun after the closing mark ('dressed up as a
    "streamlining" exercise'): after 'as' that is the writer's distancing, while 'described
    as "reckless"' quotes the description itself."""
    doc = span.doc
    after = span.end + 1  # the closing mark, then the noun
    return after < len(doc) and doc[after].pos_ == "NOUN" and span.root.head.i == after


def _in_subject(verb, span) -> bool:
    """Whether the quoted words sit in the speech verb's subject ('the "independent" review
    was written by'): what was said is the verb's object, never its subject."""
    return any(k.dep_ in ("nsubj", "nsubjpass") and k.left_edge.i <= span.start
               and span.end - 1 <= k.right_edge.i for k in verb.children)


def _so_called(tok) -> bool:
    doc = tok.doc
    return tok.lower_ == "called" and tok.i >= 2 and doc[tok.i - 2].lower_ == "so"


def _event_word(tok) -> tuple[int, int]:
    """The trigger grown left over framing modifiers ('terror attack', 'martyrdom operation')
    and right over a particle next to it, which changes the act ('wiped out', 'shot down')."""
    doc = tok.doc
    lo = tok.i
    while lo > 0:
        prev = doc[lo - 1]
        if prev.head.i == tok.i and prev.lower_ in lx.EVENT_FRAMING_MODIFIERS:
            lo -= 1
        else:
            break
    end = tok
    if tok.pos_ == "VERB" and tok.i + 1 < len(doc) and doc[tok.i + 1].dep_ == "prt" \
            and doc[tok.i + 1].head.i == tok.i:
        end = doc[tok.i + 1]
    return doc[lo].idx, end.idx + len(end)


def _names_happening(tok, type_: str) -> bool:
    """An event noun names what happened; a verb does only for a physical act ('killed',
    'arrested'), not for speech or attitude ('asked', 'rejected', 'blamed')."""
    return tok.pos_ not in ("VERB", "AUX") or type_ in PHYSICAL_TYPES


def _event_words(doc, events, triggers) -> list[tuple[int, int, str]]:
    out = []
    starts = doc.to_array(IDX) if events else None
    seen = set()
    for v in events:
        tok = _token_starting(doc, starts, v.trigger.start) or _token_at(doc, v.trigger.end - 1)
        if tok is not None and _names_happening(tok, v.type):
            s, e = _event_word(tok)
            out.append((min(s, v.trigger.start), max(e, v.trigger.end), "event_word"))
            seen.add(tok.i)
    for c in triggers:
        if c.tok.i not in seen and _names_happening(c.tok, c.type):
            s, e = _event_word(c.tok)
            out.append((min(s, c.span.start), e, "event_word"))
            seen.add(c.tok.i)
    for tok in doc:
        if tok.i in seen:
            continue
        if tok.lower_ in lx.DEATH_WORDS or _mishap_word(tok):
            out.append((tok.idx, tok.idx + len(tok), "event_word"))
        elif tok.pos_ == "NOUN" and (_judged_happening(tok) or _framed_operation(tok)):
            out.append((_event_word(tok)[0], tok.idx + len(tok), "event_word"))
    return out


def _charged(tok) -> bool:
    return tok.lower_ in lx.LOADED or tok.lower_ in lx.NAME_CALLING \
        or tok.lemma_.lower() in lx.LOADED


def _judged_happening(tok) -> bool:
    """Nouns that name an act by judging it ('aggression', 'massacre'): the outlet's word
    for the event even when no event is kept."""
    return tok.lower_ in lx.FRAMING_EVENT_NOUNS and (
        tok.lower_ not in lx.PARTY_SENSE or _party_sense(tok))


def _framed_operation(tok) -> bool:
    """'martyrdom operation', 'suicide mission': a framing modifier makes a generic noun
    the event word."""
    return tok.lower_ in lx.OPERATION_NOUNS and any(
        k.lower_ in lx.EVENT_FRAMING_MODIFIERS and k.i < tok.i for k in tok.children)


def _mishap_word(tok) -> bool:
    """Accidents and the harm they did name a happening though no one acted ('stampede',
    'crash', 'killed in floods'); they are worded, and compared, like events."""
    if tok.pos_ == "NOUN":
        return tok.lower_ in ACCIDENT_NOUNS
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ("kill", "injure", "wound", "crash",
                                                          "collapse", "capsize", "derail")


def _token_starting(doc, starts, char: int):
    """The token that starts at ``char``, found in the doc's array of token offsets: a dict
    of every token cost a Python pass over the doc, the framing stage's largest single cost."""
    i = int(starts.searchsorted(char))
    return doc[i] if i < len(starts) and starts[i] == char else None


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _foreign(doc, lang: str) -> list[tuple[int, int, str]]:
    """Word-list matches for an article without a parse (fr/es/de/ar)."""
    out = []
    for tok in doc:
        offset, word = lx.word_of(tok.text, lang)
        if not word.replace("-", "").isalpha():
            continue
        start, end = tok.idx + offset, tok.idx + len(tok)
        found, _ = lx.lookup(word, lang, lx.EVENT_WORDS)
        if found:
            out.append((start, end, "event_word"))
        found, technique = lx.lookup(word, lang, lx.FOREIGN_LOADED)
        if found:
            out.append((start, end, technique))
    return out


def find_framing(doc, language: str = "en", quotes: tuple[Quote, ...] = (),
                 events=()) -> list[Framing]:
    """Framing spans of one article, in text order, each with the quote holding it."""
    text = doc.text  # spaCy rebuilds it from the tokens on every access
    if doc.has_annotation("DEP"):
        triggers = find_triggers(doc)
        raw = _loaded(doc) + _phrases(text) + _scare_quotes(doc, text, quotes)
        raw += rules.pattern_spans(text) + figures.pattern_spans(doc, text)
        raw += evaluative.pattern_spans(text) + idioms.idiom_spans(text)
        raw += _event_words(doc, events, triggers)
        raw += _stacked_modifiers(doc, [c.tok for c in triggers if c.kind == "noun"])
        raw = figures.settle_bounds(doc, raw)
    else:
        raw = _foreign(doc, language)
    out, seen = [], set()
    raw = _join_coordinated(text, raw)
    plain = rules.wire_terms(text, raw, lambda s, e: quote_at(s, e, quotes) is not None)
    raw = _one_technique_per_span([r for r in raw if (r[0], r[1]) not in plain])
    for start, end, technique in sorted(raw, key=lambda r: (r[0], -r[1], r[2])):
        if (start, end, technique) in seen or _inside_same(start, end, technique, seen):
            continue
        seen.add((start, end, technique))
        q = quote_at(start, end, quotes)
        out.append(Framing(start, end, technique, q.id if q is not None else None))
    return out


def _join_coordinated(text: str, raw: list) -> list:
    """Spans of one technique joined only by ', ', ' and ', ' or ' (or overlapping) become
    one ('callous, cold-blooded'), as a researcher marks a stack of judgements on one head
    as one choice; the parts are dropped later as they lie inside it. A judging adjective on
    a judging noun stays apart ('barbaric' / 'massacre'): two choices."""
    out = list(raw)
    for technique in ("loaded_language",):  # labels stay apart: each noun brands anew
        spans = sorted({(s, e) for s, e, t in raw if t == technique})
        i = 0
        while i < len(spans):
            end, j = spans[i][1], i
            while j + 1 < len(spans) and (spans[j + 1][0] <= end or text[end:spans[j + 1][0]]
                                          in (", ", " and ", " or ", ", and ")):
                j += 1
                end = max(end, spans[j][1])
            if j > i:
                out.append((spans[i][0], end, technique))
            i = j + 1
    return out


# Which technique names a span two passes both found ('Fat-cat' as a label and as loaded
# wording): the narrower claim about the words wins.
_PRIORITY = ("name_calling", "euphemism", "doubt", "exaggeration", "loaded_language")


def _one_technique_per_span(raw: list) -> list:
    """One reading per span; an event word is a second question and stays beside it."""
    best: dict[tuple[int, int], str] = {}
    for start, end, technique in raw:
        if technique in _PRIORITY:
            held = best.get((start, end))
            if held is None or _PRIORITY.index(technique) < _PRIORITY.index(held):
                best[(start, end)] = technique
    return [r for r in raw if r[2] not in _PRIORITY or best[(r[0], r[1])] == r[2]]


def _inside_same(start: int, end: int, technique: str, seen) -> bool:
    """A span lying inside an already kept span of the same technique adds nothing; nor does
    a judgement inside a wider judgement ('catastrophic' in 'utterly catastrophic'), while
    a label inside an overstatement stays ('the worst dictator in history')."""
    if technique not in _GRADED:
        return any(t == technique and s <= start and end <= e for s, e, t in seen)
    return any(t in _GRADED and s <= start and end <= e for s, e, t in seen)


# Techniques that grade one judgement; a label, a doubt or an event word inside them stays.
_GRADED = frozenset({"loaded_language", "exaggeration"})


@stage("framing", requires=("doc", "quotes", "events"), provides=("framing",))
def framing_stage(state: State) -> dict:
    v = state.values
    return {"framing": find_framing(state.doc, state.language,
                                    tuple(v.get("quotes", ()) or ()),
                                    tuple(v.get("events", ()) or ()))}


__all__ = ["find_framing", "framing_stage"]
