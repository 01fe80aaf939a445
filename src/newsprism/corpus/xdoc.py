"""Cross-document entities: one entry per real-world entity across a story's articles,
whatever the spelling or script.

Inputs are the Analysis records of one story (their entities and texts); output is a list of
{"name", "type", "aliases", "articles"} dicts. Entities are joined by transliteration keys,
acronyms (IRGC = Islamic Revolution Guards Corps) and surnames; articles whose language has
no recogniser contribute the surface forms of known names found in their text.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..records import Analysis
from . import names as N

# Types a recogniser confuses with each other in news ("Tasnim" PERSON, a ministry GPE);
# entities of types in one group may be the same thing, across groups not.
_TYPE_GROUP = {"PERSON": "P", "ORG": "O", "NORP": "O", "GPE": "G", "LOC": "G", "FAC": "G",
               "EVENT": "E", "OTHER": "X"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCANNED_TYPES = {"PERSON", "GPE", "LOC", "FAC"}


@dataclass
class _Group:
    names: Counter = field(default_factory=Counter)     # canonical names as recognised
    english: Counter = field(default_factory=Counter)   # those from English articles
    aliases: dict = field(default_factory=dict)          # surface form -> first seen order
    types: Counter = field(default_factory=Counter)
    articles: dict = field(default_factory=dict)         # article id -> order

    def add_alias(self, s: str) -> None:
        s = " ".join(s.split())
        if s and s not in self.aliases:
            self.aliases[s] = len(self.aliases)


def _words_match(a: str, b: str) -> bool:
    """Word skeletons match when equal, or when one extends the other by a suffix
    (Revolution/Revolutionary, Guard/Guards) and the shorter has four or more letters."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


# An elided article or preposition glued by an apostrophe to a capitalised word:
# "Sant'Orso" is written "Sant Orso" elsewhere; "Qa'ani" (lower case after) stays one word.
_ELISION = re.compile(r"(?<=\w)['\u2019](?=[A-ZÀ-Ý])")


def names_match(a: str, b: str, person: bool = True) -> bool:
    if _ELISION.search(a) or _ELISION.search(b):
        a2, b2 = _ELISION.sub(" ", a), _ELISION.sub(" ", b)
        if (a2, b2) != (a, b) and _names_match(a2, b2, person):
            return True
    return _names_match(a, b, person)


def _names_match(a: str, b: str, person: bool = True) -> bool:
    """Whether two names can denote the same entity (see module docstring). ``person``:
    whether a lone word may match the last word of a longer name as a surname; Arabic-
    script names of organisations and places end in modifiers ("جمعية الصليب الأحمر
    التارسية", the Tarsian Red Cross, is not Tarsia), so there it may not."""
    wa, wb = N.name_skeleton(a).split(), N.name_skeleton(b).split()
    if not wa or not wb:
        return False
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(small) == 1 and len(big) > 1 and not person and \
            N._ARABIC_SCRIPT.search(a if big is wa else b):
        return False
    if len(small) == 1 and _derived(a if small is wa else b, b if small is wa else a):
        return False
    if N.same_name(a, b):
        return True
    if len(small) == 1:
        return len(small[0]) >= 3 and _words_match(small[0], big[-1])
    return all(any(_words_match(s, t) for t in big) for s in small)


def _derived(word: str, name: str) -> bool:
    """Whether ``name`` ends in a word derived from ``word`` (Tehran -> "Narges Tehrani",
    Iraq -> "Iraqi"): a surname or adjective made from a place is not the place, though
    the consonant skeletons agree."""
    last = N.name_key(name).split()[-1:] or [""]
    base = N.name_key(word)
    return bool(base) and any(last[0] == base + suf for suf in ("i", "ian", "ese", "is"))


def _compatible(t1: str, t2: str) -> bool:
    return _TYPE_GROUP.get(t1, "X") == _TYPE_GROUP.get(t2, "X") or "X" in (
        _TYPE_GROUP.get(t1, "X"), _TYPE_GROUP.get(t2, "X"))


def _same_place_or_body(t1: str, t2: str, f1: list[str], f2: list[str]) -> bool:
    """A place and an organisation under the very same name are one entry: recognisers
    type datelines ("PORT ARDEL") and governments ("Iran") either way."""
    if {_TYPE_GROUP.get(t1), _TYPE_GROUP.get(t2)} != {"O", "G"}:
        return False
    return bool({N.name_key(x) for x in f1} & {N.name_key(x) for x in f2} - {""})


def _records(analyses: Sequence[Analysis]) -> list[tuple]:
    """(article id, name, type, surface forms, local entity id, language) for every
    named entity."""
    out = []
    for a in analyses:
        for e in a.entities:
            forms = [a.text[m.start:m.end] for m in e.mentions if m.kind == "name"]
            if e.name:
                out.append((a.article.id, e.name, e.type, [e.name, *forms], e.id, a.language))
    return out


def _join(records) -> tuple[list[_Group], list[int]]:
    """Union-find over entity records: two records join when types are compatible and
    any pair of their forms matches; acronyms join through the full name they abbreviate."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(records)):
        for j in range(i):
            if find(i) == find(j):
                continue
            ti, fi, tj, fj = records[i][2], records[i][3], records[j][2], records[j][3]
            acr = N.is_acronym(fi[0]) or N.is_acronym(fj[0])
            if not acr and not _compatible(ti, tj) and not _same_place_or_body(ti, tj, fi, fj):
                continue
            person = "PERSON" in (ti, tj)
            if any(names_match(x, y, person) for x in set(fi) for y in set(fj)):
                parent[find(i)] = find(j)
    groups: dict[int, _Group] = {}
    for i, (aid, name, typ, forms, _, lang) in enumerate(records):
        g = groups.setdefault(find(i), _Group())
        g.names[name] += 1
        if lang == "en":
            g.english[name] += 1
        g.types[typ] += 1
        g.articles.setdefault(aid, len(g.articles))
        for f in forms:
            g.add_alias(f)
    roots = list(groups)
    return [groups[r] for r in roots], [roots.index(find(i)) for i in range(len(records))]


def _scan_uncased(groups: list[_Group], analyses: Sequence[Analysis]) -> None:
    """Finds known names where the recogniser missed them (Arabic, Persian, Urdu scripts,
    languages without a full model) by the skeleton of their last word; the preceding
    word joins the alias when it matches the first name."""
    keyed = []
    for g in groups:
        typ = min(g.types.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        best = _canonical(g)
        # an organisation's last word is often a common noun ("Quds Force")
        if typ not in _SCANNED_TYPES and len(best.split()) > 1:
            continue
        sk = N.name_skeleton(_ELISION.sub(" ", best)).split()
        # a short surname skeleton (Qaani -> 'kn') is only trusted after its first name
        if sk and (len(sk[-1]) >= 3 or (len(sk) >= 2 and len(sk[-1]) >= 2)):
            keyed.append((g, sk, best))
    if not keyed:
        return
    for a in analyses:
        words = [(m.group(0), m.start()) for m in _WORD.finditer(a.text)]
        for i, (w, _s) in enumerate(words):
            uncased = bool(N._ARABIC_SCRIPT.search(w))
            if not uncased and not w[:1].isupper():
                continue
            variants = N._arabic_variants(w) if uncased else {w}
            # longest first, so the bare form ("مشهد", not "ومشهد" with its "and") is
            # the alias kept, whatever order the set iterates in
            skv = {N.skeleton(N._strip_article(v)): v
                   for v in sorted(variants, key=lambda v: (-len(v), v))}
            for g, sk, name in keyed:
                if a.article.id in g.articles and a.entities and a.language == "en":
                    continue  # the recogniser covered it; its forms are already aliases
                hit = next((v for k, v in skv.items() if k == sk[-1]), None)
                if hit is None:
                    continue
                form = hit
                if len(sk) >= 2 and i > 0:
                    prev = words[i - 1][0]
                    if N.skeleton(N._strip_article(prev)) == sk[-2]:
                        form = f"{prev} {hit}"
                # in cased scripts a lone 3-letter skeleton matches common nouns
                # (German "Tätern" ~ Tehran); there the recogniser's forms must do. In
                # Arabic script a 3-letter surname alone matches common words too
                # (Trump ~ ضربة, "strike"): a person needs the first name with it
                short = len(sk[-1]) < (4 if not uncased or len(sk) > 1 else 3)
                if form == hit and (short or (uncased and len(sk[-1]) == 3
                                              and not _spelled_alike(hit, name))):
                    continue
                g.add_alias(form)
                g.articles.setdefault(a.article.id, len(g.articles))


def _spelled_alike(word: str, name: str) -> bool:
    """Whether an Arabic-script word transliterates close to the name's last word: three
    consonants are a weak key ("باختند", lost, and Baghdad share b-k-t), the letters as
    a whole tell them apart."""
    from difflib import SequenceMatcher
    from anyascii import anyascii
    a = anyascii(N._strip_article(word)).lower()
    b = anyascii(name.split()[-1]).lower() if name.split() else ""
    return SequenceMatcher(None, a, b).ratio() >= 0.5


def _canonical(g: _Group) -> str:
    """The entry's display name: most often recognised, preferring a name from an English
    article, two or three words (a full name rather than a surname or a title-laden
    phrase), not shouted in capitals (datelines), then alphabetical."""
    def rank(kv):
        name, n = kv
        words = len(name.split())
        return (name.isupper() and len(name) > 4, -n - g.english.get(name, 0),
                0 if 2 <= words <= 3 else (1 if words == 1 else 2), name)
    best = min(g.names.items(), key=rank)[0]
    if N._ARABIC_SCRIPT.search(best) or not _latin_letters(best):
        # readers of the comparison read Latin script; a Latin spelling seen in another
        # article names the entry better than the one recognised in Arabic or Greek
        latin = [a for a in g.aliases if _latin_letters(a)]
        if latin:
            plain = [a for a in latin if not a.isupper()]
            return plain[0] if plain else latin[0].title() if " " in latin[0] else latin[0]
    return best


def _latin_letters(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)


def story_entities(analyses: Sequence[Analysis]) -> list[dict]:
    """One entry per real-world entity of the story: {"name", "type", "aliases",
    "articles"}, most widely reported first."""
    groups, _ = _join(_records(analyses))
    _scan_uncased(groups, analyses)
    order = {a.article.id: i for i, a in enumerate(analyses)}
    out = []
    for g in groups:
        name = _canonical(g)
        typ = min(g.types.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append({"name": name, "type": typ,
                    "aliases": sorted(g.aliases, key=lambda s: g.aliases[s]),
                    "articles": sorted(g.articles, key=lambda a: order.get(a, 0))})
    out.sort(key=lambda e: (-len(e["articles"]), e["name"]))
    return out


def entity_names(analyses: Sequence[Analysis]) -> dict[tuple[str, str], str]:
    """{(article id, local entity id): the story-level canonical name}, so comparisons line
    up "the same actor" across articles."""
    records = _records(analyses)
    groups, member = _join(records)
    return {(r[0], r[4]): _canonical(groups[member[i]]) for i, r in enumerate(records)}


__all__ = ["story_entities", "names_match", "entity_names"]
