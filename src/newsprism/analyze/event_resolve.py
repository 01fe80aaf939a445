"""Event arguments to entity ids, event dates from timexes, and events of unparsed articles:
reads the argument tokens events.py found, the article's Coref, its timexes and quotes.

An argument token names the entity of its head or of a party named inside its phrase
('Egypt's mediation efforts'); a date is a DATE/TIME timex hung on the trigger, on a verb that
hosts it or inside an event noun's own phrase. Articles in languages without a parse
(fr/es/de/ar) get typed trigger words only (foreign_events), so a story's outlets can still be
compared across languages.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Event, Quote, Span, Timex
from .coref import Coref
from .event_args import _expand, arg_heads
from . import plover_lexicon as lex
from .event_context import _pobjs
from .event_domain import ARMED_DOERS
from .factuality import crosses_block, quote_at
from .loaded_lexicon import ACCIDENT_WORDS, EVENT_WORDS, HARM_WORDS, lookup, word_of

if TYPE_CHECKING:
    from .events import Candidate

# Dependencies that keep a date inside an event noun's own phrase.
NOUN_DATE_DEPS = frozenset({"prep", "pobj", "compound", "amod", "appos", "nummod",
                            "npadvmod", "nmod", "poss"})


def _entity_of(tok, coref: Coref, role: str, avoid: int | None = None):
    for head in arg_heads(tok):
        span = (head.idx, head.idx + len(head.text))
        ent = coref.entity_at(*span)
        if ent is not None and avoid is not None and _mention_covers(coref, span, avoid):
            continue  # "Police Arrest Opposition Leader" taken as one mention of the leader
        if ent is not None:
            return ent
    # a party named inside the phrase: "Egypt's mediation efforts", "the Baghdad airport",
    # and for doers "negotiators from Colombia", "Russian troops"
    mods = [m for m in tok.children if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN"]
    if role == "target":
        # "rejected a Guyanese proposal", "strike Saudi oil facilities": whose they are
        mods += [m for m in tok.children if m.dep_ == "amod" and m.ent_type_ in ("NORP", "GPE")]
    if role == "actor":
        mods += [m for m in tok.children if m.dep_ in ("amod", "poss", "nmod")]
        mods += _pobjs(tok, ("from",))
        if tok.lower_ in lex.ACTING_FOR:
            mods += _pobjs(tok, ("for",))  # "negotiators for the junta" act for it
        # "rebels of the M23 movement": the name sits on the group the doers belong to
        mods += [m for o in _pobjs(tok, ("of",)) for m in o.children
                 if m.dep_ == "compound" and m.pos_ == "PROPN"]
    for m in mods:
        if crosses_block(m, tok):
            continue  # a headline glued to the next paragraph by the parser
        ent = coref.entity_at(m.idx, m.idx + len(m.text))
        if ent is not None:
            return ent
    return None


def _mention_covers(coref: Coref, span: tuple[int, int], pos: int) -> bool:
    """Whether the mention found at ``span`` also holds the character ``pos`` (a trigger):
    an act's doer or target is never a phrase that contains the act's own word. A name that
    starts with the token ('Russia Expels' read as one name) still names its first word."""
    m = coref.mention_at(*span)
    return m is not None and m.start <= pos < m.end and not (
        m.kind == "name" and m.start == span[0])


def _resolve(tokens: list, coref: Coref, role: str, types=None,
             avoid: int | None = None, exclude=()) -> tuple[str, ...]:
    ids: list[str] = []
    for t in _expand(tokens, exclude):
        ent = _entity_of(t, coref, role, avoid)
        if ent is not None and ent.id not in ids and (types is None or ent.type in types):
            ids.append(ent.id)
    return tuple(ids)


def phrases(tok) -> list[str]:
    """The noun phrases an argument token may name, up to each head (for reports, eval)."""
    doc = tok.doc
    return [doc[_phrase_start(h):_name_end(h)].text for h in arg_heads(tok)]


def _phrase_start(h) -> int:
    """'DHAKA, Dec 29 - Opposition supporters': a dateline hung on the subject stays out (a
    spaced dash; 'secretary-general' keeps its hyphen)."""
    doc, dashes = h.doc, ("-", "--", "\u2013", "\u2014")
    # "Speaking in Brussels, the NATO chief": an opening clause hung on a misread root noun
    asides = [k.right_edge.i + 2 for k in h.children if k.i < h.i and k.dep_ == "advcl"
              and k.right_edge.i + 1 < h.i and doc[k.right_edge.i + 1].text == ","]
    return max([h.left_edge.i] + asides + [t.i + 1 for t in doc[h.left_edge.i:h.i]
                                           if t.text in dashes and t.whitespace_
                                           and doc[t.i - 1].whitespace_])


def _name_end(h) -> int:
    """Where a phrase up to head ``h`` ends: after 'of Tanzania' in 'the Bank of Tanzania',
    a name that runs on through 'of' and another name."""
    ofs = [o for o in _pobjs(h, ("of",)) if o.pos_ == "PROPN"] if h.pos_ == "PROPN" else []
    if ofs:
        return ofs[0].i + 1
    # "Negotiators from Colombia", "Fighters from the Rapid Support Forces": people named by
    # the body they come from, the party _entity_of resolves a doer to; the phrase says so
    froms = [o for o in _pobjs(h, ("from",)) if o.pos_ == "PROPN"] if h.tag_ in (
        "NNS", "NNPS") else []
    # "Negotiators for the junta": people acting for a party, named by it as well
    froms = froms or (_pobjs(h, ("for", "from")) if h.lower_ in lex.ACTING_FOR else [])
    if froms:
        return froms[0].i + 1
    # "the West African bloc ECOWAS": an acronym the tagger took for a verb names the head
    nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
    acronym = nxt is not None and nxt.is_upper and nxt.is_alpha and len(nxt) > 1 and (
        nxt.head == h or nxt.dep_ in ("acl", "appos", "npadvmod", "dep")) and not (
        h.is_upper or h.pos_ == "PRON" or any(k.dep_ == "nsubj" for k in nxt.children))
    if acronym:
        return h.i + 2
    # "the secretary-general": a hyphenated word's later parts hung on its first
    end = h.i + 1
    while end + 1 < len(h.doc) and h.doc[end].text == "-" and not h.doc[end - 1].whitespace_ \
            and not h.doc[end].whitespace_ and h.doc[end + 1].head.i == h.i:
        end += 2
    return end


def _timex_anchor(doc, tx: Timex):
    """The token a time expression modifies: 'killed ... on January 3' -> killed."""
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    if root.dep_ in ("npadvmod", "nummod", "compound", "amod", "tmod", "advmod", "nmod",
                     "poss", "appos"):
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text == "," and root.head.pos_ in ("NOUN", "PROPN"):
            return None  # ", February 09, 2020" after a noun is a dateline, not its date
        return root.head
    return None


def _noun_zone(tok, stop: set[int]) -> set[int]:
    """Token ids of an event noun's own phrase (its modifiers and prepositional
    arguments), not entering clauses or other events."""
    zone, todo = {tok.i}, [(tok, 0)]
    while todo:
        t, d = todo.pop()
        if d >= 4:
            continue
        for c in t.children:
            if c.dep_ in NOUN_DATE_DEPS and c.i not in stop:
                zone.add(c.i)
                todo.append((c, d + 1))
    return zone


def _date(c: Candidate, anchors: list[tuple[int, Timex]], stop: set[int]) -> str | None:
    if not anchors:
        return None
    zone = {h.i for h in c.hosts}
    for h in [c.tok, *c.absorbed]:
        if h.pos_ in ("NOUN", "PROPN"):
            zone |= _noun_zone(h, stop - {h.i})
    for i, tx in anchors:
        if i in zone:
            return tx.value
    return None


def _has_agent(c: Candidate, actors: tuple[str, ...]) -> bool:
    """Whether a vague trigger ('damage', 'hit') has a specific doer: an entity or a name."""
    if actors:
        return True
    # "Mortars hit the base", "militias burned dozens of homes": a weapon or an armed group
    # as doer makes the blow literal even when no one is named behind it
    return any(t.pos_ == "PROPN" or any(m.pos_ == "PROPN" for m in t.children)
               or t.lower_ in ARMED_DOERS | lex.COMBATANTS for t in _expand(c.actors))


def foreign_events(doc, language: str, quotes: tuple[Quote, ...] = ()) -> list[Event]:
    """Events of an article without a parse (fr/es/de/ar): typed trigger words only, so a
    story's outlets can be compared across languages; no arguments are guessed."""
    events: list[Event] = []
    for tok in doc:
        offset, word = word_of(tok.text, language)
        found, type_ = lookup(word, language, EVENT_WORDS) if word.isalpha() else (False, None)
        if not found or type_ is None or _foreign_mishap(tok, word, language):
            continue
        start, end = tok.idx + offset, tok.idx + len(tok.text)
        q = quote_at(start, end, quotes)
        events.append(Event(
            id=f"v{len(events) + 1}", type=type_, trigger=Span(start, end),
            actors=(), targets=(), location=None, date=None,
            factuality="reported" if q is not None else "asserted",
            source=q.id if q is not None else None))
    return events


def _foreign_mishap(tok, word: str, language: str) -> bool:
    """A killing or injury word in a sentence that names an accident and no attack
    ('tués dans une bousculade'): without a parse the sentence is the only context."""
    if word.lower() not in HARM_WORDS.get(language, ()):
        return False
    accident = False
    for t in tok.sent:
        w = word_of(t.text, language)[1]
        if t.i == tok.i or not w.isalpha() or w.lower() in HARM_WORDS[language]:
            continue
        if lookup(w, language, EVENT_WORDS) == (True, "ASSAULT"):
            return False  # "tués dans une attaque", "fusillade"
        accident = accident or lookup(w, language, ACCIDENT_WORDS)[0]
    return accident
