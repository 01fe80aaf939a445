"""A body first written in full with its short form in brackets and then named by the short form
('L'Office français de la biodiversité (OFB) a indiqué ... Selon l'OFB', 'Η Γενική Συνομοσπονδία
Εργατών Ελλάδας (ΓΣΕΕ)', 'la Comisión Nacional del Agua (Conagua)'): the speaker's name is the
full form the article gave, in any cased script, whichever of the two the attribution used.
Inputs: the quotes ml_quotes found; called last in ml_quotes.find_quotes.

The full form is read back from the bracket over the words of one phrase (no punctuation, at most
twelve words) to the capitalised word whose first letter is the short form's first
letter ('Comisión' in 'Según fuentes de la Comisión Nacional del Agua (Conagua)') whose words'
initials hold most of the short form's letters, the nearer on a tie. A case-marked full form
(German after 'des', Greek after a genitive or accusative article) is not the name's own form:
the short form stays. Scripts without capitals (Arabic, Persian, Urdu) keep the short form.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

# "(OFB)", "(ΓΣΕΕ)", "(Conagua)", "(TÜİK)": a short form of two to ten letters, capital first.
_BRACKET = re.compile(r"\s\(([^\W\d_][^\W_]{1,9})\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BREAK = re.compile(r"[,.;:!?«»\"“”„‹›()\[\]\n،؛—–]")
# Articles and prepositions that mark a case other than the name's own (German genitive, Greek
# genitive and accusative): the words after them are declined.
_DECLINED = {"de": {"des", "eines"}, "el": {"του", "της", "των", "τον", "την", "τη", "τους", "τις"}}
# Articles, which a sentence's first word may be in capitals: never a name's first word.
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer le la les un une il lo "
                      "gli el los las uno una η ο οι το τα του της των τον την ένας μια ένα "
                      "bir".split())
_ELIDED = re.compile(r"^(?:[lLdD]|dell|dall|nell|sull|all|quell)['’]")


def _initial(w: str) -> str:
    w = _ELIDED.sub("", w)
    return unicodedata.normalize("NFKD", w[:1].casefold())[:1].replace("ı", "i")


def _lcs(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def full_form(text: str, short: str, lang: str) -> str | None:
    """The full name the article wrote before '(short)', or None."""
    for m in _BRACKET.finditer(text):
        if m.group(1) != short:
            continue
        b = m.start()
        a = b
        while a > 0 and not _BREAK.match(text[a - 1]):
            a -= 1
        words = list(_WORD.finditer(text, a, b))[-12:]
        if not words or words[-1].end() != b:
            continue
        first = _initial(short)
        starts = [k for k, w in enumerate(words) if _initial(w.group()) == first
                  and w.group().casefold() not in _ARTICLES
                  and _ELIDED.sub("", w.group())[:1].isupper()]
        if not starts:
            continue
        initials = [_initial(w.group()) if w.group()[:1].isupper() or len(w.group()) > 3 else ""
                    for w in words]  # short lower-case words ('el', 'de', 've') are links
        short_letters = [_initial(c) for c in short]
        # The start whose words' initials hold most of the short form's letters in order
        # ('Afet ve Acil Durum' for AFAD, 'Türk Tabipleri Birliği' for TTB); on a tie the nearer
        # ('Deutsche Wetterdienst', not 'Der Deutsche Wetterdienst', for DWD).
        k = max(starts, key=lambda i: (_lcs(initials[i:], short_letters), i))
        if k > 0 and words[k - 1].group().casefold() in _DECLINED.get(lang, ()):
            return None
        start = words[k].start() + len(_ELIDED.match(words[k].group()).group()) \
            if _ELIDED.match(words[k].group()) else words[k].start()
        name = text[start:b].strip()
        return name if name != short and len(name) > len(short) else None
    return None


# The rest of a phrase up to a bracketed short form: "[ régionale de santé Nouvelle-Aquitaine] (ARS)".
_RUN_TO_BRACKET = re.compile(r"[^,.;:!?«»\"“”„()\[\]\n،؛—–]{1,80}?\s\(([^\W\d_][^\W_]{1,9})\)")


# "Türk Tabipleri Birliği (TTB)", "پاکستان میڈیکل ایسوسی ایشن (پی ایم اے)": a name run on into
# its bracketed short form (Urdu spells a Latin one by its letters' names, words apart).
_TRAILING = re.compile(r"\s*\((?:[^\W\d_][^\W_]{1,9}|[^\W\d_]+(?: [^\W\d_]+){1,5})\)$")


def _unbracketed(q):
    """The speaker without a bracketed short form closing the name (and its span likewise)."""
    sp = q.speaker
    cut = _TRAILING.search(sp.name or "")
    if not cut or not sp.name[:cut.start()].strip():
        return q
    end = sp.end - len(cut.group()) if sp.end is not None and text_ends(sp, cut.group()) else sp.end
    return dataclasses.replace(q, speaker=dataclasses.replace(sp, name=sp.name[:cut.start()], end=end))


def text_ends(sp, tail: str) -> bool:
    return sp.name.endswith(tail) and sp.start is not None and sp.end - sp.start == len(sp.name)


# A via's name followed in the same phrase by another via in brackets: a word of the medium's
# full name ('لوكالة تونس إفريقيا للأنباء (وات)': 'تونس' inside the agency's name), not a via.
_INSIDE_FULL = re.compile(r"[^,،.;:()\n]{0,40}\(\s*$")


def _inner_vias(text: str, q):
    spans = [(v.start, v.end) for v in q.via if v.start is not None]
    keep = tuple(v for v in q.via if v.start is None or not any(
        a > v.end and _INSIDE_FULL.fullmatch(text, v.end, a) for a, _ in spans))
    return q if len(keep) == len(q.via) else dataclasses.replace(q, via=keep)


def full_names(text: str, lang: str, quotes: tuple) -> tuple:
    """Each speaker named by a bracketed short form under the full form the article gave; a
    name run on into its bracketed short form without it; a via that is a word of another
    via's full name dropped."""
    cache: dict[str, str | None] = {}
    out = []
    for q in quotes:
        q = _inner_vias(text, _unbracketed(q))
        name = q.speaker.name
        run = _RUN_TO_BRACKET.match(text, q.speaker.end) if name and q.speaker.end is not None else None
        if run is not None and q.speaker.start is not None:  # "l'Agence [régionale de santé
            # Nouvelle-Aquitaine] (ARS)": a name cut at a lower-case word, run on to its bracket
            full = full_form(text, run.group(1), lang)
            if full and text.startswith(full, q.speaker.start) and len(full) > len(name):
                q = dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, name=full,
                                                                       end=q.speaker.start + len(full)))
                name = full
        sp = q.speaker
        said = text[sp.start:sp.end] if name and sp.start is not None and sp.end is not None else None
        if name and said and f"({name})" not in text and f"({said})" in text:
            name = said  # the short form as written, its entity named otherwise ('Fındıkta TMO'
            # from a headline word the entity step took in): the article's full form still holds
        if name and _BRACKET.search(text) and f"({name})" in text:
            if name not in cache:
                cache[name] = full_form(text, name, lang)
            full = cache[name]
            if full:
                q = dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, name=full))
        out.append(q)
    return tuple(out)


__all__ = ["full_form", "full_names"]
