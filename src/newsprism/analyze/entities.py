"""The entities stage: named entities with types corrected in context, each holding all its
mentions (names, roles and descriptions, pronouns) found by in-document coreference.

Inputs: the spaCy Doc and the structure stage's blocks. English Docs go through mentions.py and
chains.py; other languages (tokenizer only, no NER) get a capital-letter and gazetteer fallback.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import ENTITY_TYPES, Entity, Mention
from . import lexicon_roles as L
from .chains import resolve
from .coref import Coref
from .mentions import Cand, collect
from .pipeline import State, stage

__all__ = ["entities_stage", "find_entities", "english_entities", "fallback_entities"]


@stage("entities", requires=("doc", "blocks"), provides=("entities", "coref"))
def entities_stage(state: State) -> dict:
    ents = find_entities(state.doc, state.text, state.values.get("blocks") or (), state.language)
    return {"entities": ents, "coref": Coref(ents)}


def find_entities(doc, text: str, blocks: Iterable = (), language: str | None = "en"
                  ) -> tuple[Entity, ...]:
    """Entities of one article, ids e1, e2, ... in order of first mention."""
    if doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB"):
        return english_entities(doc, text, tuple(blocks))
    return fallback_entities(text, language)


# ---------------------------------------------------------------- English: chains -> records

def english_entities(doc, text: str, blocks: tuple = ()) -> tuple[Entity, ...]:
    ctx = collect(doc, text, blocks)
    rows = []
    for chain in resolve(ctx):
        row = _entity_row(text, chain)
        if row is not None:
            rows.append(row)
    return _number(rows)


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
    return mentions[0].start, _canonical(text, chain), typ, mentions


def _canonical(text: str, chain: list[Cand]) -> str:
    """The longest proper-name form; a country named only by its people gets its own name."""
    forms = [_clean(text[c.core[0]:c.core[1]]) for c in chain
             if c.kind == "name" and not c.demonym and not c.pending]
    forms = [f for f in forms if f]
    if forms:
        return max(forms, key=lambda f: (len(f), -forms.index(f)))
    country = next((c.key for c in chain if c.demonym), "")
    return L.COUNTRY_ALIASES.get(country, country.title())


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


# ---------------------------------------------------------------- other languages

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SCRIPT_NAMES = sorted((k for k in L.FOREIGN_COUNTRIES if _ARABIC.search(k)), key=len, reverse=True)


_ELISION = re.compile(r"^(?:[LlDdJjMmNnSsTtCc]|[Qq]u)['’](?=\w)")
Word = tuple  # (start, end, text)


def _capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    # "al-Muhandis", "bin-Salman": a lower-case particle glued to a capitalised name
    head, _, rest = word.partition("-")
    return bool(rest) and head.lower() in L.NAME_PARTICLES and rest[:1].isupper()


def _words(text: str):
    """Words with French/Italian elisions cut off ("L'Iran" -> "Iran")."""
    for m in _WORD.finditer(text):
        w, start = m.group(), m.start()
        e = _ELISION.match(w)
        if e:
            w, start = w[e.end():], start + e.end()
        yield start, m.end(), w


def _runs(text: str) -> list[list[Word]]:
    """Sequences of capitalised words joined by single spaces or name particles."""
    runs, cur, prev_end = [], [], 0
    for start, end, w in _words(text):
        gap = text[prev_end:start]
        joined = bool(cur) and gap == " "
        if _capitalised(w) or (joined and w.lower() in L.NAME_PARTICLES):
            if not joined and cur:
                runs.append(cur)
                cur = []
            cur.append((start, end, w))
        elif cur:
            runs.append(cur)
            cur = []
        prev_end = end
    if cur:
        runs.append(cur)
    return runs


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 6):pos].rstrip(" \t\"'“«(‘")
    before = re.sub(r"(?:^|\s)(?:[LlDd]|[Qq]u)['’]$", "", before).rstrip()
    return not before or before[-1] in ".!?:\n"


def _is_title(word: str) -> bool:
    w = word.lower()
    return w in L.TITLES or w in L.FOREIGN_TITLES or any(
        len(t) >= 6 and (w.startswith(t) or w.endswith(t)) for t in L.FOREIGN_TITLES)


def _run_entity(text: str, run: list[Word], language: str | None):
    """(start, end, type, doubtful) of one capitalised run, or None when it is not a name;
    doubtful: one capitalised word opening a sentence, kept only if it is a known surname."""
    while run and run[-1][2].lower() in L.NAME_PARTICLES:
        run = run[:-1]
    doubtful = False
    if run and _sentence_initial(text, run[0][0]):
        if run[0][2].lower() in L.CAPITAL_STOPWORDS or run[0][2].lower() in L.SENTENCE_OPENERS:
            run = run[1:]
        elif len(run) == 1:
            doubtful = True
    person = False
    while run and (_is_title(run[0][2]) or run[0][2].lower() in L.NAME_PARTICLES):
        person = person or run[0][2].lower() not in L.NAME_PARTICLES
        run = run[1:]
    if not run:
        return None
    start, end = run[0][0], run[-1][1]
    low = text[start:end].lower()
    words = low.split()
    if low in L.FOREIGN_COUNTRIES or low in L.COUNTRY_ALIASES:
        return start, end, "GPE", False
    if low in L.MEDIA_NAMES:
        return start, end, "ORG", False
    if len(words) == 1 and (language or "").startswith("de") and not person and \
            not text[start:end].isupper():
        doubtful = True  # German capitalises every noun: one capital word says little
    if any(w in L.FOREIGN_ORG_WORDS or w in L.ORG_WORDS for w in words) or (
            len(words) == 1 and text[start:end].isupper() and len(words[0]) <= 6):
        return start, end, "ORG", doubtful
    if person:
        return start, end, "PERSON", False
    return start, end, ("PERSON" if len(words) >= 2 else "OTHER"), doubtful


def _script_names(text: str) -> list[tuple[int, int, str]]:
    """Country and capital names in Arabic script (no capital letters to go by)."""
    if not _ARABIC.search(text):
        return []
    out, used = [], set()
    for name in _SCRIPT_NAMES:
        for m in re.finditer(r"(?<!\w)(?:[وبلف])?(" + re.escape(name) + r")(?!\w)", text):
            if not used & set(range(m.start(1), m.end(1))):
                out.append((m.start(1), m.end(1), "GPE"))
                used.update(range(m.start(1), m.end(1)))
    return out


def _fallback_key(text: str, s: int, e: int) -> str:
    low = re.sub(r"\s+", " ", text[s:e]).lower()
    country = L.FOREIGN_COUNTRIES.get(low) or L.COUNTRY_ALIASES.get(low)
    return country.lower() if country else low


def fallback_entities(text: str, language: str | None = None) -> tuple[Entity, ...]:
    """Names found by capital letters and gazetteers, grouped by full name or surname."""
    found = [r for r in (_run_entity(text, run, language) for run in _runs(text)) if r]
    found += [(s, e, t, False) for s, e, t in _script_names(text)]
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for s, e, t, doubtful in sorted(found):
        if not doubtful:
            groups.setdefault(_fallback_key(text, s, e), []).append((s, e, t))
    surnames: dict[str, list[str]] = {}
    for key, items in groups.items():
        if len(key.split()) >= 2 and any(t == "PERSON" for *_, t in items):
            surnames.setdefault(key.split()[-1], []).append(key)
    for s, e, t, doubtful in found:  # "Scholz sagte": a surname may open a sentence
        key = _fallback_key(text, s, e)
        if doubtful and (key in groups or key in surnames):
            groups.setdefault(key, []).append((s, e, "PERSON" if key in surnames else t))
    for key in list(groups):
        words = key.split()
        targets = surnames.get(words[-1], []) if len(words) == 1 else []
        if len(targets) == 1 and targets[0] in groups:
            groups[targets[0]].extend(groups.pop(key))
    rows = []
    for items in groups.values():
        items.sort()
        types = [t for *_, t in items]
        typ = max(set(types), key=lambda t: (types.count(t) + (t == "PERSON") * 0.5, t != "OTHER"))
        forms = [_clean(text[s:e]) for s, e, _ in items]
        mentions = _non_overlapping([Cand(s, e, "name", 0, 0) for s, e, _ in items])
        rows.append((items[0][0], max(forms, key=len), typ, mentions))
    return _number(rows)
