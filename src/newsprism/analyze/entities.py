"""The entities stage: named entities with types corrected in context, each holding all its
mentions (names, roles and descriptions, pronouns) found by in-document coreference.

Inputs: the spaCy Doc and the structure stage's blocks. English Docs go through mentions.py and
chains.py; other languages (tokenizer only, no NER) go to ml_entities.py (lexicons + rules).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import ENTITY_TYPES, Entity, Mention
from . import lexicon_roles as L
from .chains import resolve
from .country_names import is_country, owned_by_country, retype_countries
from .coref import Coref
from .mentions import Cand, collect
from .pipeline import State, stage

__all__ = ["entities_stage", "find_entities", "english_entities"]


@stage("entities", requires=("doc", "blocks"), provides=("entities", "coref"))
def entities_stage(state: State) -> dict:
    ents = find_entities(state.doc, state.text, state.values.get("blocks") or (), state.language)
    return {"entities": ents, "coref": Coref(ents)}


def find_entities(doc, text: str, blocks: Iterable = (), language: str | None = "en"
                  ) -> tuple[Entity, ...]:
    """Entities of one article, ids e1, e2, ... in order of first mention."""
    if doc.lang_ == "en" and doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB"):
        retype_countries(doc)  # before anything reads the labels: this stage is their first reader
        return english_entities(doc, text, tuple(blocks))
    from .ml_entities import find_entities as other_language_entities
    return other_language_entities(doc, text, language, tuple(blocks))


# ---------------------------------------------------------------- English: chains -> records

def english_entities(doc, text: str, blocks: tuple = ()) -> tuple[Entity, ...]:
    ctx = collect(doc, text, blocks)
    bodies = _named_spans(doc)
    rows = []
    for chain in resolve(ctx):
        row = _entity_row(text, _without_owned_roles(text, chain, bodies))
        if row is not None:
            rows.append(row)
    return _number(rows)


# 'Acme's coach', 'Riverside United’s chairman', 'the Harriers' coach': a possessor of one to
# four capitalised words, singular ('s) or plural (s')
_POSSESSOR = re.compile(
    r"(?:[Tt]he )?([A-Z][\w.'-]*(?: (?:and |of |the )?[A-Z][\w.'-]*){0,3}?)(?:['’]s|(?<=s)['’]) ")


def _named_spans(doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the Doc's named entities, whatever their label: the small model
    calls many clubs and firms PERSON ('Acme', 'Riverside United'), so the label is no guide."""
    return tuple((e.start_char, e.end_char) for e in doc.ents)


def _owned_by_name(text: str, c: Cand, bodies) -> bool:
    """Whether the nominal opens with a named entity's or a listed country's possessive."""
    span = text[c.start:c.end]
    if "s " not in span and "s' " not in span and "s’ " not in span:
        return False  # cheap gate before the regex
    if owned_by_country(text, c.start, c.end):
        return True
    m = _POSSESSOR.match(text, c.start, c.end)
    if m is None:
        return False
    s, e = m.span(1)
    return any(a < e and b > s for a, b in bodies)


def _without_owned_roles(text: str, chain: list[Cand], bodies=()) -> list[Cand]:
    """'Niger's coach, speaking ..., said', 'Acme's coach ... said': a role a named body,
    place or country owns is its office holder; joined by salience alone (no apposition, no
    name in its sentence) to a person whom the chain never gave that role ('GFA general
    secretary X', 'Acme chairman X'), it is left unresolved."""
    if len(chain) < 2:
        return chain
    drop = []
    for c in chain:
        if c.kind != "nominal" or c.link is not None or not _owned_by_name(text, c, bodies):
            continue
        names = [x for x in chain if x.kind == "name"]
        if not names or any(x.sent == c.sent for x in names):
            continue
        if any(x is not c and x.kind == "nominal" and x.key == c.key for x in chain) \
                or any(c.key in text[max(0, x.start - 60):x.end].lower().split() for x in names):
            continue  # the chain holds that role already ('Ghana coach X' ... 'Ghana's coach')
        drop.append(c)
    return [c for c in chain if c not in drop] if drop else chain


def _entity_row(text: str, chain: list[Cand]):
    names = [c for c in chain if c.kind == "name" and not c.pending]
    if not names and not any(c.demonym for c in chain):
        return None  # roles and pronouns alone ("the minister", "they") are not entities
    votes: dict[str, float] = {}
    for c in chain:
        for k, w in c.votes.items():
            votes[k] = votes.get(k, 0.0) + w
    typ = max(votes, key=votes.get) if votes else ("ORG" if any(c.acronym for c in chain) else "OTHER")
    if typ not in ENTITY_TYPES:
        typ = "OTHER"
    mentions = _non_overlapping(chain)
    name = _canonical(text, chain)
    if typ in ("PERSON", "ORG") and is_country(name):
        typ = "GPE"  # 'South Sudan': a state's name whose mentions' votes said body or person
    return mentions[0].start, name, typ, mentions


def _canonical(text: str, chain: list[Cand]) -> str:
    """The longest proper-name form; a country named only by its people gets its own name."""
    named = [c for c in chain if c.kind == "name" and not c.demonym and not c.pending]
    # an embedded post's signing line ('— Harbour Trust UK (@HarbourTrustUK) May 2') gives
    # the account's display name: the prose's name for the body is its name
    prose = [c for c in named if not _signing_line(text, c.start)]
    forms = [_clean(text[c.core[0]:c.core[1]]) for c in (prose or named)]
    forms = [f for f in forms if f]
    if forms:
        return max(forms, key=lambda f: (len(f), not f.isupper(), -forms.index(f)))
    country = next((c.key for c in chain if c.demonym), "")
    return L.COUNTRY_ALIASES.get(country, country.title())


_SIGNING = re.compile(r"[—–-]\s[^\n]{1,80}\(@\w+\)")


def _signing_line(text: str, at: int) -> bool:
    """Whether ``at`` lies on a line of the form '— Name (@handle) date'."""
    line = text.rfind("\n", 0, at) + 1
    return text.startswith(("—", "–", "- "), line) and _SIGNING.match(text, line) is not None


def _clean(form: str) -> str:
    form = re.sub(r"\s+", " ", form).strip(" ,;:-")
    return re.sub(r"[’']s$", "", form)


def _non_overlapping(chain: list[Cand]) -> tuple[Mention, ...]:
    out: list[Mention] = []
    last_end = -1
    for c in sorted(chain, key=lambda c: (c.start, -(c.end - c.start))):
        if c.start >= last_end and c.end > c.start:
            out.append(Mention(c.start, c.end, c.kind))
            last_end = c.end
    return tuple(out)


def _number(rows) -> tuple[Entity, ...]:
    """Ids in order of first mention; a span is never a mention of two entities."""
    taken: set[tuple[int, int]] = set()
    out = []
    for k, (_, name, typ, mentions) in enumerate(sorted(rows, key=lambda r: r[0])):
        ms = tuple(m for m in mentions if (m.start, m.end) not in taken)
        taken.update((m.start, m.end) for m in ms)
        if ms:
            out.append(Entity(f"e{len(out) + 1}", name, typ, ms))
    return tuple(out)
