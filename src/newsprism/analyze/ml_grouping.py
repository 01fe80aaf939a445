"""Grouping of non-English name candidates into entities: one entity per name across its
inflections (German and Greek case endings), surnames joined to full names, Arabic-script bare
surnames found word by word, and numbering e1, e2, ... in order of first mention. Moved unchanged
out of ml_entities (its one caller) in session 11 when that module passed its size floor.
"""
from __future__ import annotations

from ..records import Entity, Mention
from . import ml_lexicon as L
from .ml_marks import words


def stem(key: str) -> str:
    """A light stem for inflected names (Greek cases, German genitive -s)."""
    for suf in ("ου", "ος", "ης", "ας", "ων", "ς", "ν"):
        if key.endswith(suf) and len(key) > len(suf) + 3:
            return key[:-len(suf)]
    return key


def _key(text: str, c, lang: str = "") -> str:
    key = L.fold(text[c.start:c.end]).replace("-", " ")
    if lang in _INFLECTED:  # "Deutsche Bahn" = "Deutschen Bahn", "Κυριάκος" = "Κυριάκου"
        return " ".join(_word_stem(w, _INFLECTED[lang]) for w in key.split())
    return stem(key)


# Case and adjective endings that inflected names take, longest first.
_INFLECTED = {"de": ("en", "er", "es", "em", "e", "s"),
              # folding turns a final ς into σ
              "el": ("ουσ", "ου", "οσ", "ησ", "ασ", "ων", "εσ", "σ", "ν", "η", "α", "ο", "ε", "ι")}


def _word_stem(w: str, suffixes: tuple[str, ...]) -> str:
    for suf in suffixes:
        if w.endswith(suf) and len(w) >= len(suf) + 3:
            return w[:-len(suf)]
    return w


def group(text: str, cands: list, arabic: bool, lang: str, make, bare) -> tuple[Entity, ...]:
    """One entity per name: candidates grouped by a light stem of their words, a lone surname
    joined to the one full name that ends with it; make builds a candidate, bare strips an
    Arabic-script word of a glued conjunction (both from ml_entities)."""
    cands.sort(key=lambda c: (c.start, -c.end))
    groups: dict[str, list] = {}
    for c in cands:
        if not c.doubtful:
            groups.setdefault(_key(text, c, lang), []).append(c)
    surnames = _surnames(groups)
    for c in cands:
        k = _key(text, c, lang)
        if c.doubtful and (k in groups or k in surnames):
            groups.setdefault(k, []).append(c)
    for k in list(groups):  # "Soleimani" joins "Qassem Soleimani" when only one has that surname
        if len(k.split()) == 1 and len(surnames.get(k, ())) == 1 and surnames[k][0] in groups:
            groups[surnames[k][0]].extend(groups.pop(k))
    _join_given_names(groups, surnames)
    if arabic:
        _add_bare_surnames(text, groups, surnames, make, bare)
    return _number(text, groups, lang)


def _join_given_names(groups: dict[str, list], surnames) -> None:
    """A person named by the given name alone after the full name ('racconta Matteo' after
    'Matteo Santangelo', where a father and mother share the surname) joins that full name when
    it is the only person named so and the word is nobody's surname."""
    for k in list(groups):
        if len(k.split()) != 1 or k in surnames or len(k) < 3 \
                or any(c.type in ("ORG", "GPE") for c in groups[k]):
            continue
        full = [f for f, items in groups.items() if len(f.split()) >= 2 and f.split()[0] == k
                and any(c.type == "PERSON" for c in items)]
        if len(full) == 1 and min(c.start for c in groups[full[0]]) < min(c.start for c in groups[k]):
            groups[full[0]].extend(groups.pop(k))


def _surnames(groups: dict[str, list]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, items in groups.items():
        parts = key.split()
        if len(parts) >= 2 and any(c.type == "PERSON" for c in items) and len(parts[-1]) > 2:
            out.setdefault(parts[-1], []).append(key)
    return out


def _add_bare_surnames(text: str, groups: dict[str, list], surnames, make, bare) -> None:
    """Arabic script has no capitals: a lone surname is found by looking for it word by word."""
    unique = {s: ks[0] for s, ks in surnames.items() if len(ks) == 1 and s not in L.STOP_ARABIC}
    if not unique:
        return
    taken = [(c.start, c.end) for items in groups.values() for c in items]
    # a name is written in full before its surname stands alone: a bare surname ahead of the
    # first full mention is another's ('فضل ربی' before 'نوید ربی' is introduced)
    first = {full: min(c.start for c in groups[full]) for full in set(unique.values())}
    for a, b in words(text):
        w = bare(text[a:b])
        for s, full in unique.items():
            stripped = w[1:] if w[:1] in ("و", "ل", "ب") and w[1:] == s else w
            if stripped == s and a >= first[full] and not any(x < b and a < y for x, y in taken):
                start = b - len(s)
                groups[full].append(make(start, b, "PERSON"))
                taken.append((start, b))


def _number(text: str, groups: dict[str, list], lang: str = "") -> tuple[Entity, ...]:
    rows = []
    claimed: list[tuple[int, int]] = []
    order = sorted(groups.values(), key=lambda items: -max(c.end - c.start for c in items))
    kept: dict[int, list] = {}
    for items in order:
        mine = []
        for c in sorted(items, key=lambda c: (c.start, -c.end)):
            if any(c.start < y and x < c.end for x, y in claimed):
                continue
            claimed.append((c.start, c.end))
            mine.append(c)
        if mine:
            kept[id(items)] = mine
    for items in groups.values():
        mine = kept.get(id(items))
        if not mine:
            continue
        votes: dict[str, float] = {}
        for c in mine:  # a titled or full name outweighs bare repeats of a surname
            votes[c.type] = votes.get(c.type, 0.0) + (0.3 if c.doubtful else 1.0) + (c.title is not None)
        typ = max(votes, key=lambda t: (votes[t] + 0.5 * (t == "PERSON"), t != "OTHER"))
        names = [text[c.start:c.end] for c in mine]
        # the earliest full form: an inflected repeat ("der Deutschen Bahn") is not the name
        name = max(names, key=lambda n: (len(n.split()), not n.isupper(), names.count(n),
                                         -names.index(n)))
        first = mine[names.index(name)]
        name = L.nominative(text, name, typ, first.start, lang)
        mentions = tuple(Mention(c.start, c.end, "name") for c in mine)
        rows.append((mine[0].start, name, typ, mentions, mine))
    rows.sort(key=lambda r: r[0])
    out = []
    for n, (_, name, typ, mentions, _) in enumerate(rows, 1):
        out.append(Entity(f"e{n}", name, typ, mentions))
    return tuple(out)


__all__ = ["group", "stem"]
