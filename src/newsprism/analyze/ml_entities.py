"""Names of people, organisations and places in articles without a spaCy NER model, with light coref.
Inputs: article text and language (fr es de it tr el by capitals; ar fa ur by roles and lists).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import Entity
from . import lexicon_roles as RL
from . import ml_bounds as B
from . import ml_lexicon as L
from .ml_grouping import group, stem as _stem
from .ml_marks import _ARABIC_CHAR, sentences, words

# A word: letters, Arabic marks, zero-width non-joiner, inner apostrophes and hyphens.
_ELISION = re.compile(r"(?i)^(l|d|qu|j|n|s|c|m|t|dell|dall|all|nell|sull|dell|degl|quell|un)['’]")
_DATELINE = re.compile(r"^\s*([A-ZÀ-ÖØ-ÞİΑ-ΩΆ-Ώ][A-ZÀ-ÖØ-ÞİΑ-ΩΆ-Ώ'’ .\-]*[A-ZÀ-ÖØ-ÞİΑ-ΩΆ-Ώ])\s+[—–-]",
                       re.M)
_DATELINE_ARABIC = re.compile(r"^\s*([\u0600-\u06FF][\u0600-\u06FF\u200c ]{1,30}?)\s+[—–-]\s", re.M)
PLACE_PREFIXES = frozenset(L.fold(w) for w in L.PLACE_PREFIX_WORDS)
_MINISTER = ("ministr", "minist", "bakan", "υπουργ")
_EL_GENITIVE = ("ησ", "ασ", "ου", "ων")  # folded: a final ς is σ


@dataclass
class Cand:
    start: int
    end: int
    type: str
    title: str | None = None   # folded role word seen before the name
    doubtful: bool = False     # kept only if the same name is seen again with evidence
    tokens: list[str] = field(default_factory=list)


def find_entities(doc, text: str, language: str | None, blocks: Iterable = ()
                  ) -> tuple[Entity, ...]:
    """Entities of one non-English article, ids e1, e2, ... in order of first mention."""
    try:
        lang = (language or "").lower()[:2]
        arabic = lang in L.ARABIC_SCRIPT or (lang not in L.LATIN_CASED and _mostly_arabic(text))
        cands = _arabic_candidates(text, lang) + B.arabic_names(text, lang, Cand) if arabic \
            else _latin_candidates(text, lang)
        cands += _dateline_blocks(text, blocks) or _dateline(text, arabic)
        if lang == "el":
            cands = _greek_of_place(text, _greek_dotted(text, cands))
        return group(text, cands, arabic, lang, Cand, _bare)
    except (ValueError, IndexError, KeyError):  # odd text never stops the article
        return ()


# A Greek acronym written with its dots ("ΕΛ.ΑΣ.", "ΠΑ.ΣΟ.Κ.", "Ο.Τ.Α."): one body's name.
_GREEK_DOTTED = re.compile(r"(?<![\w.])(?:[Α-ΩΆ-Ώ]{1,4}\.){2,}")


def _greek_dotted(text: str, cands: list) -> list:
    spans = [m.span() for m in _GREEK_DOTTED.finditer(text)]
    if not spans:
        return cands
    keep = [c for c in cands if not any(a <= c.start < b or a < c.end <= b for a, b in spans)]
    return keep + [Cand(a, b, "ORG") for a, b in spans]


# A masculine role in the nominative and one capitalised word in the genitive right after it:
# 'Ο δήμαρχος Μουζακίου', 'ο περιφερειάρχης Θεσσαλίας': the place the role is of, not a name
# (a holder's name after the role is in the nominative, 'ο δήμαρχος Γιώργος Σακελλαρίου').
_EL_ROLE_OF = re.compile(r"(?<!\w)[Οο]\s+([α-ωά-ώ]+(?:ος|ός|ης|ής|ας|άς))\s+$")


def _greek_of_place(text: str, cands: list) -> list:
    for c in cands:
        word = text[c.start:c.end]
        if c.type == "PERSON" and " " not in word and L.fold(word).endswith(("ου", "ων")) \
                and _EL_ROLE_OF.search(text, max(0, c.start - 40), c.start) \
                and not re.match(r"\s+[Α-ΩΆ-Ώ]", text[c.end:c.end + 2]):
            c.type = "GPE"
    return cands


def _mostly_arabic(text: str) -> bool:
    sample = text[:2000]
    return len(_ARABIC_CHAR.findall(sample)) > 0.3 * max(1, sum(c.isalpha() for c in sample))


def _latin_candidates(text: str, lang: str) -> list[Cand]:
    out: list[Cand] = []
    for s, e in sentences(text):
        toks = [_strip_affixes(text, a, b) for a, b in words(text, s, e)]
        toks = [t for t in toks if t[0] < t[1]]
        i = 0
        while i < len(toks):
            if not _is_cap(text, toks[i], lang):
                if _brand_after_kind(text, toks, i):  # "dem Sender hr-iNFO": one name
                    out.append(Cand(toks[i][0], toks[i][1], "ORG"))
                i += 1
                continue
            j = i + 1
            while j < len(toks) and (_joined(text, toks[j - 1], toks[j]) or _suspended(text, toks, j, lang)):
                if _suspended(text, toks, j, lang):
                    j += 2  # "Berg- und Skiführerverband": one name, its first compound cut short
                elif _is_cap(text, toks[j], lang):
                    j += 1
                elif (_is_particle(text, toks[j], lang) and j + 1 < len(toks)
                      and not _romance_al(text, toks, i, j, lang)
                      and (_joined(text, toks[j], toks[j + 1])
                           or text[toks[j][1]:toks[j + 1][0]] in (" l'", " l’"))  # "de l'Ouest"
                      and _is_cap(text, toks[j + 1], lang)):
                    j += 2
                elif (j + 2 < len(toks) and _is_particle(text, toks[j], lang)
                      and _is_particle(text, toks[j + 1], lang) and _is_cap(text, toks[j + 2], lang)
                      and _joined(text, toks[j], toks[j + 1]) and _joined(text, toks[j + 1], toks[j + 2])):
                    j += 3  # "Julián de la Fuente"
                elif _org_conjunction(text, toks, i, j, lang):
                    j += 2  # "Afet ve Acil Durum Yönetimi Başkanlığı": one body, not two
                else:
                    break
            j = B.portfolio_list(text, toks, i, j)
            out += [B.body_number(text, B.channel_number(text, c, Cand), Cand)
                    for c in B.split_run(text, toks, i, j, lang, s, _latin_run, Cand)]
            i = j
    return out


_MIXED_CASE = re.compile(r"[a-zà-ÿ][\w-]*[A-ZÀ-Þ][\w-]*")


def _brand_after_kind(text: str, toks, i: int) -> bool:
    """'dem Sender hr-iNFO', 'la chaîne myTF1': a lower-case-led word with capitals inside,
    straight after a medium's or body's class noun, is that one's name."""
    return i > 0 and bool(_MIXED_CASE.fullmatch(text[toks[i][0]:toks[i][1]])) \
        and text[toks[i - 1][1]:toks[i][0]] == " " \
        and L.fold(text[toks[i - 1][0]:toks[i - 1][1]]) in L.ORG_CLASS


def _suspended(text: str, toks, j: int, lang: str) -> bool:
    """German shares a compound's last part: 'Berg- und Skiführerverband', 'Land- oder'."""
    return lang == "de" and j + 1 < len(toks) and text[toks[j - 1][1]:toks[j][0]] == "- " \
        and text[toks[j][0]:toks[j][1]] in ("und", "oder") and _joined(text, toks[j], toks[j + 1]) \
        and _is_cap(text, toks[j + 1], lang)


def _strip_affixes(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop an elided article ("l'AFP") and a Turkish case suffix ("Süleymani'nin")."""
    w = text[a:b]
    m = _ELISION.match(w)
    if m and len(w) > m.end() and w[m.end()].isupper():
        a += m.end()
        w = text[a:b]
    k = max(w.rfind("'"), w.rfind("’"))
    if k > 0 and w[k + 1:].islower() and w[0].isupper() and not w[:k].islower():
        b = a + k
    return a, b


def _is_cap(text: str, tok: tuple[int, int], lang: str) -> bool:
    w = text[tok[0]:tok[1]]
    if w[0].isupper():
        return True
    # "al-Muhandis", "el-Mühendis": a lower-case Arabic article glued to a capitalised name
    k = w.find("-")
    return 0 < k <= 3 and k + 1 < len(w) and w[k + 1].isupper()


def _romance_al(text: str, toks, i: int, j: int, lang: str) -> bool:
    """Italian and Spanish 'al' after a full name is 'to the', not an Arabic particle: 'ha detto
    Lucia Ferraro al Tirreno', 'dijo Ana Ruiz al País' ('Bashar al Assad' keeps it)."""
    return lang in ("it", "es") and text[toks[j][0]:toks[j][1]] == "al" and j - i >= 2


def _is_particle(text: str, tok: tuple[int, int], lang: str) -> bool:
    w = text[tok[0]:tok[1]]
    if (lang == "de" and w in ("der", "den", "des")) or (lang == "tr" and w in ("de", "da")):
        return False  # Turkish "de"/"da" is 'also', closing a subject, never inside a name
    return w in L.NAME_PARTICLES or (w[:2].lower() in ("d'", "d’") and len(w) > 2)


def _joined(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    gap = text[a[1]:b[0]]
    return gap in (" ", "\u00a0", " d'", " d’")


def title_word(w: str, lang: str) -> bool:
    f = L.fold(w)
    titles = _TITLE_KEYS.get(lang, _ALL_TITLE_KEYS)
    if f in titles or w.lower() in L.ALL_TITLES or (lang == "de" and f[:-1] in titles):
        return True
    return lang in ("de", "tr") and f.endswith(_TITLE_SUFFIX_KEYS)


_TITLE_KEYS = {lang: frozenset(L.fold(t) for t in ts) for lang, ts in L.TITLES.items()}
_ALL_TITLE_KEYS = frozenset(L.fold(t) for t in L.ALL_TITLES)


# Endings of German nouns for a person by trade ("Allgemeinmedizinerin", "Landwirt" aside).
_DE_PERSON_NOUN = ("erin", "istin", "entin", "eurin", "er", "ist", "ent", "eur")
_EL_APPOSED = re.compile(r",\s*[Α-ΩΆ-Ώ][α-ωά-ώ]+\s+[Α-ΩΆ-Ώ]")


_TITLE_ARTICLES = frozenset("La Le Les El Il Lo".split())


def _latin_run(text: str, toks, i: int, j: int, lang: str, sent_start: int) -> list[Cand]:
    before = text[sent_start:toks[i][0]].rstrip()
    at_start = (before.strip(" «„“\"'(‹—–-") == "" or before[-1:] in "«„“\"‹(:—–"
                or (i == 0 and before.endswith(("—", "–"))))
    funcs = L.FUNCTION_WORDS.get(lang, L.ALL_FUNCTION_WORDS)
    title = _title_before(text, toks, i, lang)
    # a capitalised article inside a sentence opens a title: "à La Voix du Nord", "a El Norte de
    # Castilla" (a surname after one, 'Le Goff', 'La Russa', is a single word)
    titled = not at_start and j - i >= 3 and _word(text, toks[i]) in _TITLE_ARTICLES
    while i < j and (_function_word(_word(text, toks[i]), funcs, lang)
                     or title_word(_word(text, toks[i]), lang)
                     or (j - i > 1 and L.fold(_word(text, toks[i])) in L.COMMON_CAPS)):
        if title_word(_word(text, toks[i]), lang):
            title = L.fold(_word(text, toks[i]))
            at_start = False
        i += 1
    while i < j and _is_particle(text, toks[j - 1], lang):
        j -= 1
    out: list[Cand] = []
    # A role inside the run splits it: "Dışişleri Bakanlığı Sözcüsü Kerem Aydemir".
    for k in range(j - 2, i, -1):
        if title_word(_word(text, toks[k]), lang) and not _org_head(
                [L.fold(_word(text, t)) for t in toks[k + 1:j]], lang):
            # "Meteoroloji Genel Müdürlüğü": a role word inside a body's name splits nothing
            out += _role_holder(text, toks, i, k, lang)
            title, i, at_start = L.fold(_word(text, toks[k])), k + 1, False
            break
    if i >= j:
        return out
    s, e = toks[i][0], toks[j - 1][1]
    name = text[s:e]
    key = L.fold(name)
    parts = [L.fold(_word(text, t)) for t in toks[i:j]]
    complement = _role_complement(text, toks, i, lang)
    if complement == "portfolio":
        if j - i >= 3:  # "ministre du Commerce Jean Martin": the portfolio, then the holder
            rest = _latin_run(text, toks, i + 1, j, lang, sent_start)
            for c in rest:
                if c.type in ("PERSON", "OTHER") and not c.title:
                    c.type, c.title, c.doubtful = "PERSON", _title_before(text, toks, i, lang) \
                        or _nearest_title(text, toks, i, lang), False
            return out + rest
        return out
    if complement == "org" and len(parts) >= 3 and not _has_org_stem(parts, lang):
        # "ο πρόεδρος της Λορβανίας Ντάνιελ Ρόσταν": the country, then the person
        out += _latin_run(text, toks, i, i + 1, lang, sent_start)
        return out + _latin_run(text, toks, i + 1, j, lang, sent_start)
    if title and lang in ("el", "tr") and len(parts) >= 3 and not _has_org_stem(parts, lang) \
            and (title.startswith(_MINISTER) or (lang == "el" and parts[0].endswith(_EL_GENITIVE))):
        # "περιφερειάρχης Κρήτης Νίκος Βαρδάκης": the place or portfolio in the genitive first
        i, parts = i + 1, parts[1:]  # "υπουργός Παιδείας Λάουρα Μπενέ": the portfolio first
        s, name = toks[i][0], text[toks[i][0]:e]
        key = L.fold(name)
    if title and lang == "el" and len(parts) == 1 and parts[0].endswith(_EL_GENITIVE) \
            and _EL_APPOSED.match(text, e):  # "ο δήμαρχος Καρύστου, Νίκος Χριστοφόρου": the
        return out + [Cand(s, e, "GPE")]  # role's place in the genitive; the holder follows
    if title and lang == "el" and title.startswith("υπουργ") and len(parts) == 1 \
            and parts[0].endswith(_EL_GENITIVE + ("ντοσ", "ματοσ")):  # "Ο υπουργός Υγείας δήλωσε",
        # "Ο υπουργός Περιβάλλοντος": the portfolio (a neuter's genitive in -ντος, -ματος too)
        return out + [Cand(s, e, "ORG")]
    org_start = _org_word_before(text, toks, i)
    if org_start is not None:  # "ministère de l'Éducation", "υπουργείου Άμυνας"
        return out + [Cand(org_start, e, "ORG")]
    typ = _latin_type(name, key, parts, lang)
    if typ in ("OTHER", "PERSON") and _class_noun_before(text, toks, i):
        typ, title = "ORG", None  # "la emisora Caracol Radio", "le syndicat Force Ouvrière"
    if typ == "OTHER" and len(parts) >= 2 and not title:
        places = [t for t in toks[i:j] if L.fold(_word(text, t)) in _PLACE_KEYS]
        if places:  # "Flughafen Bagdad": the place inside a common-noun phrase
            return out + [Cand(a, b, "GPE") for a, b in places]
    if titled and typ == "OTHER" and not title:
        typ = "ORG"
    cand = Cand(s, e, typ, title if typ in ("PERSON", "OTHER") else None, tokens=parts)
    if complement == "org" and typ in ("OTHER", "PERSON"):
        cand.type, cand.title = "ORG", None
    elif cand.title and cand.type == "OTHER":
        cand.type = "PERSON"
    elif len(parts) >= 2 and cand.type == "OTHER":
        cand.type = "PERSON"
        if lang == "de" and _german_noun_run(text, toks, i, j):
            cand.type, cand.doubtful = "OTHER", True
            if j - i == 3 and parts[0].endswith(_DE_PERSON_NOUN) and \
                    not parts[2].endswith(L.GERMAN_NOUN_ENDS):  # "die Allgemeinmedizinerin
                return out + [Cand(toks[i + 1][0], e, "PERSON", parts[0], tokens=parts[1:])]  # Petra Hohl"
    if cand.type == "OTHER" and len(parts) == 1 and key not in L.COMMON_CAPS and (
            _after_place_word(text, toks, i, lang) or _turkish_locative(text, e, lang)):
        cand.type = "GPE"
    if cand.type in ("OTHER", "PERSON") and _street_before(text, toks, i):
        cand.type, cand.title = "GPE", None  # "piazza Umberto I", "via Garibaldi": a street
    short = _ACRONYM_NEXT.match(text, e)
    if short and len(parts) == 1 and cand.type == "OTHER" and \
            name[:1] in short.group():  # "Der Naturschutzbund (NABU)", "Mieterbund (DMB)"
        cand.type, cand.title, cand.doubtful = "ORG", None, False
    if short and cand.type in ("OTHER", "PERSON") and len(parts) >= 2 and (
            cand.type == "OTHER" or set(short.group().strip(" ()")) <= set(c for c in name if c.isupper())):
        # "Bundesbahnen (ÖBB)"; a person's party is no acronym of theirs: "Sabine Krämer (SPD)"
        cand.type, cand.title, cand.doubtful = "ORG", None, False
    known = cand.type == "GPE" or (cand.type == "ORG" and (_agency(name) or short is not None))
    if not cand.title and not known and len(parts) == 1:
        # German capitalises every noun; a lone capitalised word there is evidence of nothing.
        cand.doubtful = at_start or lang == "de" or key in L.COMMON_CAPS
    if lang == "de" and len(parts) >= 2 and parts[0].endswith(_DE_ORG_CLASS) \
            and not _org_head(parts[1:], lang):  # "Flughafenbetreiber Fraport": the kind, the name
        cand = Cand(toks[i + 1][0], e, "ORG", tokens=parts[1:])
    if lang == "de" and i > 0 and L.fold(_word(text, toks[i - 1])).endswith(_DE_ORG_CLASS) \
            and text[toks[i - 1][1]:toks[i][0]] == " " and len(parts) <= 2:
        cand.type, cand.title, cand.doubtful = "ORG", None, False  # "die Gewerkschaft Verdi"
    if at_start and key in funcs:
        return out
    return out + [cand]


_ORG_HEAD_WORDS = L.ORG_HEAD_WORDS
_ORG_HEAD_STEMS = tuple(w for w in _ORG_HEAD_WORDS if len(w) >= 7)
_ORG_CLASS = L.ORG_CLASS
_CONJ = {"es": ("y", "e"), "fr": ("et",), "it": ("e", "ed"), "de": ("und",), "tr": ("ve",),
         "el": ("και", "κι"), "pt": ("e",), "nl": ("en",)}
_ALL_CONJ = frozenset(c for cs in _CONJ.values() for c in cs)


# German class nouns naming the kind of body whose name follows them ("Gewerkschaft Verdi",
# "Flughafenbetreiber Fraport"); folded word endings.
_DE_ORG_CLASS = ("gewerkschaft", "partei", "verband", "konzern", "unternehmen", "betreiber",
                 "sender", "agentur", "firma", "verein", "stiftung", "behorde", "hersteller",
                 "zeitung", "gruppe", "airline", "fluggesellschaft", "autobauer", "bank",
                 "zulieferer", "lieferant", "handler", "versorger", "anbieter", "versicherer",
                 "ausruster", "produzent", "reederei", "kette")
_SHORT_AFTER = re.compile(r"\s*\(([A-ZÀ-ÝÄÖÜ][\w]{1,9})\)")
_ACRONYM_NEXT = re.compile(r"\s*\([A-ZÀ-ÝÄÖÜ]{2,6}\)")


def _org_head(parts: list[str], lang: str) -> bool:
    return any(p in _ORG_HEAD_WORDS or p.startswith(_ORG_HEAD_STEMS)
               or (lang == "de" and p.rstrip("s") in _ORG_HEAD_WORDS) for p in parts)


def _class_noun_before(text: str, toks, i: int) -> bool:
    return i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and \
        L.fold(_word(text, toks[i - 1])) in _ORG_CLASS and _word(text, toks[i - 1]).islower()


def _org_conjunction(text: str, toks, i: int, j: int, lang: str) -> bool:
    """Whether toks[j] is an "and" inside one capitalised organisation name. Either the head
    comes last and only after the "and" ("Afet ve Acil Durum Yönetimi Başkanlığı"), or it
    comes first, before it, and one more word completes it ("Istituto Nazionale di Geofisica e
    Vulcanologia"); a head on both sides is two bodies, and a person or an acronym after the
    "and" is someone else ("Ministerio de Salud y Ana Ruiz", "Caracol Radio y RCN")."""
    conj = _CONJ.get(lang, _ALL_CONJ)
    if j + 1 >= len(toks) or _word(text, toks[j]) not in conj or \
            not _joined(text, toks[j - 1], toks[j]) or not _joined(text, toks[j], toks[j + 1]) \
            or not _is_cap(text, toks[j + 1], lang):
        return False
    k = j + 1
    while k + 1 < len(toks) and _joined(text, toks[k], toks[k + 1]) and \
            (_is_cap(text, toks[k + 1], lang) or _is_particle(text, toks[k + 1], lang)):
        k += 1
    left = [L.fold(_word(text, t)) for t in toks[i:j]]
    right = [L.fold(_word(text, t)) for t in toks[j + 1:k + 1]]
    left_heads = [_head_word(p, lang) for p in left]
    right_heads = [_head_word(p, lang) for p in right]
    short = _SHORT_AFTER.match(text, toks[k][1])
    lead = next((p for p, h in zip(left, left_heads) if h), None)
    if short is not None and lead is not None and not any(right_heads) \
            and L.fold(short.group(1))[:1] == lead[:1]:
        return True  # "Asociación de Hoteles y Apartamentos de Lanzarote (Asolan)": the short
        # form in brackets closes one name, the head's initial first
    if any(left_heads) == any(right_heads):
        return False
    if right_heads[-1]:
        return len(right) >= 2
    first = _word(text, toks[j + 1])
    other = (RL.gender_of_first_name(first) is not None or title_word(first, lang)
             or (first.isupper() and len(first) > 1) or len(right) > 1
             or left[-1] in _PLACE_KEYS or right[0] in _PLACE_KEYS)  # "Banque de France et ..."
    return any(left_heads[:-1]) and not other


def _head_word(p: str, lang: str) -> bool:
    return _org_head([p], lang) or p.startswith(_ORG_HEADS)


def _function_word(w: str, funcs, lang: str) -> bool:
    f = L.fold(w)
    return w.lower() in funcs or f in funcs or (lang == "el" and _stem(f) in _GREEK_FUNC_STEMS)


def _has_org_stem(parts: list[str], lang: str) -> bool:
    return any(p.startswith(L.ORG_STEMS) for p in parts) or (
        lang == "de" and any(p.endswith(L.ORG_SUFFIXES_DE) for p in parts))


def _org_word_before(text: str, toks, i: int) -> int | None:
    """Start of a lower-case organisation word heading the name ("ministère de l'X")."""
    k = i - 1
    while k >= 0 and k >= i - 3:
        w = _word(text, toks[k])
        if text[toks[k][1]:toks[k + 1][0]].strip() not in ("", "l'", "l’", "d'", "d’"):
            return None  # "du ministère, Odile Ferrat": a comma ends the organisation's name
        if not w.islower():
            return None
        if L.fold(w).startswith(_ORG_HEADS):
            return toks[k][0]
        if w not in ("de", "del", "della", "di", "dei", "des", "du", "la", "του", "της", "των",
                     "der", "des"):
            return None
        k -= 1
    return None


_ORG_HEADS = tuple(L.fold(w) for w in L.ORG_HEAD_NAMES)


def _word(text: str, tok: tuple[int, int]) -> str:
    return text[tok[0]:tok[1]]


def _nearest_title(text: str, toks, i: int, lang: str) -> str | None:
    for k in range(i - 1, max(-1, i - 5), -1):
        if title_word(_word(text, toks[k]), lang):
            return L.fold(_word(text, toks[k]))
    return None


def _role_holder(text: str, toks, i: int, k: int, lang: str) -> list[Cand]:
    """The body a role belongs to, written before it: "Dışişleri Bakanlığı", "Tamarus"."""
    if k <= i:
        return []
    s, e = toks[i][0], toks[k - 1][1]
    parts = [L.fold(_word(text, t)) for t in toks[i:k]]
    typ = _latin_type(text[s:e], L.fold(text[s:e]), parts, lang)
    if typ == "OTHER" and len(parts) >= 2:
        typ = "ORG"
    return [Cand(s, e, typ, doubtful=typ == "OTHER")]


# A German verb of saying in the past, whose inverted subject may follow it bare.
_DE_SAID = re.compile(r"(?:sagte|erklärte|betonte|räumte|meinte|warnte|kritisierte|forderte|versicherte|"
                      r"ergänzte|fügte|hielt|bestätigte|schrieb|kündigte|teilte|sprach|erzählte|schilderte|"
                      r"berichtete|klagte)n?|"
                      # the present of a feature's voices: "„...“, sagt Maria Huber aus Imst"
                      r"sagt|erklärt|betont|meint|warnt|kritisiert|fordert|ergänzt|erzählt|schildert|"
                      r"berichtet|klagt|schreibt")


def _german_noun_run(text: str, toks, i: int, j: int) -> bool:
    """'zehn Sekunden Zeit', 'mehreren Provinzen Stimmzettel': nouns, not a person's name."""
    prev = _word(text, toks[i - 1]) if i > 0 else ""
    gap = text[toks[i - 1][1]:toks[i][0]] if i > 0 else ""
    if prev and prev.islower() and gap == " " and not (j - i <= 3 and _DE_SAID.fullmatch(prev)):
        return True  # ('räumte Tobias Lindner ein': a bare run after a verb of saying is its subject)
    if re.search(r"\d\s*$", text[max(0, toks[i][0] - 4):toks[i][0]]):
        return True
    return L.fold(_word(text, toks[j - 1])).endswith(L.GERMAN_NOUN_ENDS)


_PLACE_PREPS = frozenset(L.fold(w) for w in "à au aux en in nach aus στην στη στο σε".split())
_PLACE_NOUNS = frozenset(L.fold(w) for w in L.PLACE_NOUN_WORDS)


_TR_PLACE_CASE = re.compile(r"['’](?:[dt][ae]n?|[dt]a?ki|[dt]eki)\b")


def _turkish_locative(text: str, end: int, lang: str) -> bool:
    """"Hatay'da", "Gaziantep'ten": people are rarely 'in' or 'from', places are."""
    return lang == "tr" and bool(_TR_PLACE_CASE.match(text, end))


# Lower-case street nouns: the name after one is a street named after someone, not the person.
_STREET_NOUNS = frozenset(L.fold(w) for w in """piazza via viale corso largo vicolo rue avenue boulevard
    place quai allée impasse calle plaza avenida paseo carrera rua praça caddesi sokak sokağı
    bulvarı οδός οδό οδού πλατεία λεωφόρο λεωφόρος""".split())


def _street_before(text: str, toks, i: int) -> bool:
    if i == 0:
        return False
    w = _word(text, toks[i - 1])
    return w.islower() and L.fold(w) in _STREET_NOUNS and text[toks[i - 1][1]:toks[i][0]] == " "


def _after_place_word(text: str, toks, i: int, lang: str) -> bool:
    prev = [L.fold(_word(text, t)) for t in toks[max(0, i - 2):i]]
    if not prev:
        return False
    if prev[-1] in _PLACE_PREPS and text[toks[i - 1][1]:toks[i][0]] == " ":
        return not (lang == "es" and prev[-1] == "a")
    return any(p in _PLACE_NOUNS for p in prev[-2:])


def _title_before(text: str, toks, i: int, lang: str) -> str | None:
    """The role word right before a name, or before an appositive "la ministre ..., X"."""
    if i > 0 and title_word(text[toks[i - 1][0]:toks[i - 1][1]], lang):
        return L.fold(text[toks[i - 1][0]:toks[i - 1][1]])
    if i == 0 or text[toks[i - 1][1]:toks[i][0]].strip() != ",":
        return None
    for k in range(i - 1, max(-1, i - 9), -1):
        w = text[toks[k][0]:toks[k][1]]
        if title_word(w, lang):
            between = text[toks[k][1]:toks[i - 1][1]]
            return L.fold(w) if "," not in between[:-1] and "." not in between else None
    return None


def _role_complement(text: str, toks, i: int, lang: str) -> str | None:
    """'ministre des Affaires étrangères' names a portfolio; 'portavoce della Farnesina' an ORG."""
    if i >= 2 and _word(text, toks[i - 1]) in _ALL_CONJ and _is_cap(text, toks[i - 2], lang):
        k = i - 2  # "ministra de Trabajo y Economía Social": a second portfolio
        while k > 0 and _joined(text, toks[k - 1], toks[k]) and _is_cap(text, toks[k - 1], lang):
            k -= 1
        return _role_complement(text, toks, k, lang) if k < i - 2 or k > 0 else None
    if i == 0 or not _is_link(text, toks, i):
        return None
    k = i - 1
    steps = 0
    while k >= 0 and steps < 4:
        w = text[toks[k][0]:toks[k][1]]
        lw = w.lower()
        if title_word(w, lang):
            # "commissaire au Commerce", "assessore alla Sanità": a role "for" something
            # holds a portfolio, whoever holds it
            dative = _word(text, toks[i - 1]).lower() in _PORTFOLIO_LINKS or \
                text[toks[i - 1][1]:toks[i][0]].strip().lower() in ("all'", "all’")
            return "portfolio" if L.fold(w).startswith(_MINISTER) or dative else "org"
        if not w.islower() and not lw.startswith(("d'", "d’", "l'", "l’", "dell'", "dell’")):
            return None
        k -= 1
        steps += 1
    return None


def _is_link(text: str, toks, i: int) -> bool:
    """Whether the name is joined to what precedes by 'de', 'della', 'd'', 'του' ..."""
    prev = _word(text, toks[i - 1]).lower()
    if text[toks[i - 1][1]:toks[i][0]].strip().endswith(("'", "’")):
        return True  # "du", "d'", and Italian "dell'", "all'" glued to the name
    return prev in ("de", "del", "della", "dei", "des", "du", "di", "degli", "delle", "der",
                    "des", "τον", "του", "της", "των", "la") or prev.endswith(("'", "’")) \
        or prev in _PORTFOLIO_LINKS


_PORTFOLIO_LINKS = frozenset("au aux à al alla allo agli ai alle für".split())


_MEDIUM_WORD = re.compile(r"(?i)(?<![\w-])(?:news|radio|tv|fm|noticias|nachrichten|notizie|tg\d{0,2}|tgr)(?![\w-])")


def _latin_type(name: str, key: str, parts: list[str], lang: str) -> str:
    if key in _PLACE_KEYS or _stem(key) in _PLACE_STEMS:
        return "GPE"
    if _agency(name) or _MEDIUM_WORD.search(name):
        return "ORG"  # a known agency, or a broadcaster's kind in its name: "Rai News 24"
    if any(p.startswith(L.ORG_STEMS) or p in L.ORG_STEMS for p in parts):
        return "ORG"
    if _org_head(parts, lang):
        return "ORG"
    if lang == "de" and any(p.endswith(L.ORG_SUFFIXES_DE) for p in parts):
        return "ORG"
    if parts and parts[0] in PLACE_PREFIXES and len(parts) >= 2:
        return "GPE"
    if len(parts) == 1 and name.isupper() and 2 <= len(name) <= 7:
        return "ORG"
    return "OTHER"


_MULTI_AGENCY_KEYS = frozenset(L.fold(a) for a in L.MULTI_AGENCIES)
_TITLE_SUFFIX_KEYS = tuple(L.fold(s) for s in L.TITLE_SUFFIXES)
# Longest first: "اے پی پی" (APP) is not "اے پی" (AP).
_MULTI_ARABIC_AGENCIES = tuple(sorted(((a, len(a.split())) for a in L.AGENCIES if " " in a),
                                      key=lambda x: -x[1]))


def _agency(name: str) -> bool:
    key = L.fold(name)
    return key in L.AGENCY_KEYS or key in _MULTI_AGENCY_KEYS


_GREEK_FUNC_STEMS = frozenset(_stem(L.fold(w)) for w in L.FUNCTION_WORDS["el"] if len(w) > 4)
# (an article split off a two-word place, 'Le Caire', 'Il Cairo', is no place of its own: 'Mathilde
# Le Goff' is one person)
_PLACE_KEYS = frozenset(k for k in (L.fold(p) for p in L.PLACES_LATIN + L.PLACES_GREEK
                                    + list(L.PLACES_MULTI_LATIN)) if k not in L.ALL_FUNCTION_WORDS)
_PLACE_STEMS = frozenset(_stem(k) for k in _PLACE_KEYS)
_ARABIC_PLACES = frozenset(L.PLACES_ARABIC + L.PLACES_PERSIAN + L.PLACES_URDU
                           + list(L.PLACES_MULTI_ARABIC))


def _dateline_blocks(text: str, blocks: Iterable) -> list[Cand]:
    """The structure stage's datelines: the place (before a comma, a bracket or the dash) is a
    place, the bracketed agency an organisation ("Hamburg (dpa) -", "MADRID, 3 mar (EFE) —")."""
    out: list[Cand] = []
    for b in blocks or ():
        if b.kind != "dateline":
            continue
        line = text[b.start:b.end]
        m = re.match(r"[^\W\d_][^,(\n—–:]*?(?=\s*(?:[,(—–:]|\s-|$))", line)
        if m and len(m.group()) <= 40:
            out.append(Cand(b.start, b.start + m.end(), "GPE"))
        agency = re.search(r"\(\s*([^()\s][^()]*?)\s*\)", line)
        if agency:
            out.append(Cand(b.start + agency.start(1), b.start + agency.end(1), "ORG"))
    return out


def _dateline(text: str, arabic: bool) -> list[Cand]:
    m = (_DATELINE_ARABIC if arabic else _DATELINE).match(text)
    if not m or len(m.group(1)) > 40:
        return []
    return [Cand(m.start(1), m.end(1), "GPE")]


# ---------------------------------------------------------------- Arabic script


def _bare(w: str) -> str:
    """A word without a glued conjunction or preposition ("وطهران" -> "طهران") when that helps."""
    if w in L.FIRST_NAMES_ARABIC or w in _ARABIC_PLACES or w in L.TITLES_ARABIC:
        return w  # "كريم" is a name, not "like" + "ريم"
    for p in sorted(L.CONJ_PREFIXES, key=len, reverse=True):
        if w.startswith(p) and len(w) > len(p) + 2:
            rest = w[len(p):]
            if (rest in _ARABIC_PLACES or rest in L.TITLES_ARABIC or rest in L.AGENCY_KEYS
                    or rest in L.ORG_WORDS_ARABIC or rest in L.FIRST_NAMES_ARABIC
                    or rest in _TOLD_KINDS):  # "لقناة 2M": the medium's kind word, told
                return rest
    return w


def _arabic_candidates(text: str, lang: str) -> list[Cand]:
    out: list[Cand] = []
    for s, e in sentences(text):
        toks = words(text, s, e)
        ws = [_bare(text[a:b]) for a, b in toks]
        offs = [(b - len(w), b) for (a, b), w in zip(toks, ws)]
        i = 0
        while i < len(ws):
            hit = (_multi_place(ws, offs, i) or _agency_at(text, ws, offs, i) or _org_at(text, ws, offs, i, lang)
                   or _person_at(text, ws, offs, i, lang))
            if hit is None:
                if ws[i] in _ARABIC_PLACES:
                    hit = (Cand(*offs[i], "GPE"), i + 1)
                elif ws[i] in L.ORG_SINGLE_ARABIC:
                    k = i + 1 if i + 1 < len(ws) and _NISBA.fullmatch(ws[i + 1]) else i
                    hit = (Cand(offs[i][0], offs[k][1], "ORG"), k + 1)  # "الحكومة المصرية"
                elif ws[i] in L.FIRST_NAMES_ARABIC:
                    hit = _name_from(text, ws, offs, i, lang, None)
            if hit is None:
                i += 1
                continue
            cand, i = hit
            if cand is not None:
                out.append(cand)
    return out


# A relational adjective after a body: "الحكومة المصرية", "الشرطة العراقية".
_NISBA = re.compile(r"ال\S{2,}(?:ية|ي)")


def _multi_place(ws, offs, i):
    for p in L.PLACES_MULTI_ARABIC:
        n = len(p.split())
        if " ".join(ws[i:i + n]) == p:
            return Cand(offs[i][0], offs[i + n - 1][1], "GPE"), i + n
    return None


def _agency_at(text, ws, offs, i):
    for a, n in _MULTI_ARABIC_AGENCIES:
        if ws[i] == a.split()[0] and " ".join(ws[i:i + n]) == a:
            return Cand(offs[i][0], offs[i + n - 1][1], "ORG"), i + n
    if L.fold(ws[i]) in L.AGENCY_KEYS and ws[i] not in _ARABIC_PLACES \
            and not (i and ws[i - 1] in L.FA_PLACE_BEFORE):  # "استاندار فارس": the province
        return Cand(*offs[i], "ORG"), i + 1
    if ws[i] in _RADIO and i + 1 < len(ws) and ws[i + 1] not in L.STOP_ARABIC:
        return Cand(offs[i][0], offs[i + 1][1], "ORG"), i + 2  # "ریڈیو پاکستان": the word is in the name
    if ws[i] in L.AGENCY_WORDS_ARABIC and i + 1 < len(ws):
        for k in range(i + 1, min(len(ws), i + 6)):
            multi = next((n for a, n in _MULTI_ARABIC_AGENCIES if " ".join(ws[k:k + n]) == a), 0)
            if multi:  # "لوكالة فرانس برس": the agency's whole name after the kind word
                return Cand(offs[k][0], offs[k + multi - 1][1], "ORG"), k + multi
            if L.fold(ws[k]) in L.AGENCY_KEYS:
                return Cand(*offs[k], "ORG"), k + 1
        nxt = ws[i + 1]
        if nxt in L.KIND_ADJECTIVES_ARABIC and not text[offs[i][1]:offs[i + 1][0]].strip():
            return Cand(offs[i][0], offs[i + 1][1], "ORG"), i + 2  # "تلویزیون محلی": local TV
        if nxt in ("أنباء", "انباء") and i + 2 < len(ws):  # "وكالة أنباء الشرق الأوسط": the
            k = i + 3  # name runs on over its definite words, short of an adjective of kind
            while k < min(len(ws), i + 5) and ws[k].startswith("ال") and ws[k] not in _KIND_ADJ:
                k += 1
            return Cand(offs[i + 1][0], offs[k - 1][1], "ORG"), k
        gap = text[offs[i][1]:offs[i + 1][0]]
        lead = len(gap) - len(gap.rstrip("0123456789"))  # "قناة 2M": a name led by its number
        if not nxt.startswith("ال") and nxt not in L.STOP_ARABIC and nxt not in L.TITLES_ARABIC \
                and nxt not in _SOCIAL_ADJ and not gap[:len(gap) - lead].strip():
            # ("شبکه اجتماعی ایکس": a social network, no medium; "کارشناس امنیت شبکه، حسین
            # کریمی": a comma ends the kind word's phrase, the name after it is no channel's)
            k = i + 2  # "قناة ميدي 1 تيفي": a channel's number and the word after it stay in
            if k < len(ws) and text[offs[k - 1][1]:offs[k][0]].strip().isdigit() \
                    and ws[k] not in L.STOP_ARABIC and not ws[k].startswith("ال"):
                k += 1
            return Cand(offs[i + 1][0] - lead, offs[k - 1][1], "ORG"), k
    return None


# The kind words of a medium that may carry the clitic of the one told ("لقناة", "لإذاعة").
_TOLD_KINDS = frozenset(("قناة", "إذاعة", "صحيفة", "جريدة"))
_RADIO = frozenset(("رادیو", "ریڈیو"))
_SOCIAL_ADJ = frozenset(("اجتماعی", "اجتماعي", "اجتماعية", "مجازی"))
_KIND_ADJ = frozenset(("الرسمية", "الحكومية", "الرسمي", "الحكومي", "المستقلة", "الخاصة"))


def _org_at(text, ws, offs, i, lang):
    head = ws[i][2:] if lang == "ar" and ws[i].startswith("ال") and len(ws[i]) > 4 else ws[i]
    if head not in L.ORG_WORDS_ARABIC or head in ("وكالة", "خبرگزاری"):
        return None
    if i + 1 < len(ws) and ws[i + 1] in _SOCIAL_ADJ:
        return None  # "شبکه اجتماعی ایکس": a social network, no body
    k = i + 1
    limit = 4 if lang == "ar" else 3
    while k < len(ws) and k - i <= limit:
        w = ws[k]
        if text[offs[k - 1][1]:offs[k][0]].strip():
            break
        idafa = (lang == "ar" and k == i + 1 and (w not in _ARABIC_PLACES or head in _MISSIONS)
                 and not ws[i].startswith("ال"))  # "هيئة قناة السويس", not "البنك هيلينا"
        # "للإغاثة والطوارئ": "for the" and "and the" stay inside an Arabic body's name
        if w in ("بلا", "بدون") and k + 1 < len(ws):
            k += 2  # "منظمة أطباء بلا حدود": 'without' joins a body's name
            continue
        if lang == "fa" and w == "و" and k > i + 1 and k + 1 < len(ws) \
                and ws[k + 1] not in L.STOP_ARABIC and ws[k + 1] not in L.TITLES_ARABIC \
                and ws[k + 1] not in L.ORG_WORDS_ARABIC and ws[k + 1] not in _ARABIC_PLACES \
                and not text[offs[k][1]:offs[k + 1][0]].strip():
            k += 2  # "سازمان غذا و دارو", "وزارت راه و شهرسازی": 'and' inside the name
            limit += 1
            continue
        # "لحقوق الإنسان", "لمكافحة الفساد": 'for' and a noun in construct before a definite one
        construct = lang == "ar" and w.startswith("ل") and len(w) > 3 and k + 1 < len(ws) \
            and ws[k + 1].startswith("ال") and not text[offs[k][1]:offs[k + 1][0]].strip()
        if w in L.STOP_ARABIC or w in L.TITLES_ARABIC or (
                lang == "ar" and not w.startswith(("ال", "لل", "وال")) and not idafa and not construct):
            break
        if lang == "fa" and _FA_CUE_AT.match(text, offs[k][0]):
            break  # "وزارت نیرو وعده داده است": a name never runs into its verb of saying
        k += 1
    stop = k + 4
    while lang == "fa" and k - i > limit and k < min(len(ws), stop) and (
            _fa_runs_on(text, ws, offs, k) or k + 1 < len(ws) and ws[k] not in L.STOP_ARABIC
            and not _FA_CUE_AT.match(text, offs[k][0]) and _fa_runs_on(text, ws, offs, k + 1)):
        k += 1  # "شرکت کنترل کیفیت هوای تهران": the written ezafe says the name goes on, on
        # either side of the limit, and again after each bound word ('... آلودگی هوای استان تهران')
    if k == i + 1:
        return None
    if head in _MISSIONS and k + 1 < len(ws) and ws[k] == "لدى":
        k += 2  # "سفارة إيطاليا لدى ليبيا": a mission's name holds the host country
    return Cand(offs[i][0], offs[k - 1][1], "ORG"), k


_MISSIONS = frozenset(("سفارة", "قنصلية", "بعثة"))
# A Persian verb of saying (the cue list's verbs, not its according-phrases) starting here.
_FA_CUE_AT = re.compile(L.CUES["fa"][0])
# Heads of bodies a role serves, besides ORG_WORDS_ARABIC: "المدير العام لمؤسسة ...".
_SERVED_BODIES = frozenset(("مؤسسة", "مديرية"))
# A body's head noun in construct right after a role ("رئيس بلدية ...", "نقيب ... "): the body
# the role serves, its name running on to the comma before the holder's name.
_CONSTRUCT_BODIES = frozenset("بلدية مؤسسة مديرية نقابة هيئة جمعية سلطة غرفة دائرة".split())


# Honorifics take the name itself, never a role's complement: 'دکتر مریم رحیمی، متخصص ریه،'
# is the doctor named, then described; not 'معاون وزیر خارجه، X،' (a role, then the name).
_HONORIFICS = frozenset("دکتر مهندس آقای خانم سرکار جناب ڈاکٹر انجینئر".split())


def _fa_runs_on(text, ws, offs, k) -> bool:
    """A Persian name cut by the length limit on a word that binds the next: a written ezafe
    after a vowel ('هوای', 'دانشگاهِ') or a place word ('استان', 'شهر')."""
    w, nxt = ws[k - 1], ws[k]
    bound = w.endswith(("ای", "وی", "‌ی", "ۀ", "ِ")) or w in L.FA_PLACE_BEFORE
    return bound and not text[offs[k - 1][1]:offs[k][0]].strip() and nxt not in L.STOP_ARABIC \
        and nxt not in L.TITLES_ARABIC and nxt not in L.ORG_WORDS_ARABIC


def _person_at(text, ws, offs, i, lang):
    if ws[i] not in L.TITLES_ARABIC:
        return None
    k = i + 1
    # role complements: "باسم الحشد الشعبي", adjectives "الأعلى", further titles, a comma
    while k < len(ws) and k - i <= 6:
        w = ws[k]
        gap = text[offs[k - 1][1]:offs[k][0]]
        if any(q in gap for q in "«»\"“”()"):
            return None, k  # a quotation or a bracket is not a name after a role
        if "،" in gap or "," in gap:
            if k == i + 1:
                return None, k  # "به گفته وزیر، ...": a bare role, no name
            break
        if w in L.TITLES_ARABIC or w in L.ROLE_LINKS or (
                lang == "ar" and w.startswith(("ال", "لل", "وال"))) or (lang == "fa" and w in L.FA_ROLE_WORDS):
            k += 1
            continue
        if w in L.ORG_WORDS_ARABIC:
            org = _org_at(text, ws, offs, k, lang)
            k = org[1] if org else k + 1
            continue
        if lang == "ar" and (w[:1] == "ل" and (w[1:] in L.ORG_WORDS_ARABIC or w[1:] in _SERVED_BODIES)
                             or w in _CONSTRUCT_BODIES):  # (or in construct: "رئيس بلدية إربد الكبرى، X")
            # "المدير العام لمؤسسة مترو الجزائر، X": the body the role serves, 'of' glued on;
            # its name runs to the comma that sets the holder's name off
            j = k + 1
            while j < len(ws) and j - k < 5 and ws[j] not in L.STOP_ARABIC \
                    and not text[offs[j - 1][1]:offs[j][0]].strip():
                j += 1
            gap = text[offs[j - 1][1]:offs[j][0]] if j < len(ws) else ""
            if "،" in gap or "," in gap:
                k = j
                continue
            break
        if lang != "ar" and k == i + 1 and w not in L.FIRST_NAMES_ARABIC and _comma_within(text, ws, offs, k):
            k = _comma_within(text, ws, offs, k)
            break
        j = _comma_within(text, ws, offs, k) if lang != "ar" and ws[i] not in _HONORIFICS else 0
        if j and _comma_within(text, ws, offs, j) and _comma_within(text, ws, offs, j) - j <= 3:
            k = j  # "معاون وزیر خارجه آمریکا، مایکل هارت، ...": the name set off by commas
        break
    if k >= len(ws) or ws[k] in L.STOP_ARABIC or ws[k] in _ARABIC_PLACES:
        return None, k
    if ws[k] in L.TITLES_ARABIC or ws[k] in L.ORG_WORDS_ARABIC or ws[k] in L.ORG_SINGLE_ARABIC:
        return None, k  # ("سخنگوی آتش‌نشانی تهران": the role's body, not its holder's name)
    if lang == "fa" and k > i + 1 and ws[k - 1] in L.FA_ROLE_BODIES \
            and "،" not in text[offs[k - 1][1]:offs[k][0]]:
        return None, k  # "رئیس انجمن صنفی نانوایان": the body's name, not the holder's
    raw = text[offs[k][0] - len(re.search(r"\S*$", text[max(0, offs[k][0] - 4):offs[k][0]]).group()):offs[k][1]]
    if lang == "ar" and _AR_TOLD_KIND.match(raw):  # (the word as written, clitic and all)
        return None, k  # "المحامي لإذاعة موزاييك": the medium told, no name after the role
    commaed = k > i and ("،" in text[offs[k - 1][1]:offs[k][0]] or "," in text[offs[k - 1][1]:offs[k][0]])
    closed = k + 2 < len(ws) and ws[k + 2] in L.STOP_ARABIC and ws[k + 1] not in L.STOP_ARABIC
    if lang != "ar" and not commaed and ws[k] not in L.FIRST_NAMES_ARABIC and (
            not closed or ws[i] == "وزیر"):
        return None, k  # Persian and Urdu roles take adjectives after them ("فرمانده جدید"),
        # a minister the portfolio ("وزیر آبی وسائل نے", "وزیر نیرو ... گفت")
    cand, nxt = _name_from(text, ws, offs, k, lang, ws[i])
    return cand, nxt


# A medium's kind with the clitic of the one told: "لإذاعة", "لقناة", "للوكالة".
_AR_TOLD_KIND = re.compile(r"^(?:ل|لل|ول|ب)(?:ال)?(?:إذاعة|قناة|وكالة|صحيفة|جريدة|موقع|مجلة|تلفزيون)")


def _comma_within(text, ws, offs, k):
    """Index after a comma within the next five words that follow a role ("سخنگوی ...، حمید")."""
    for j in range(k, min(len(ws) - 1, k + 5)):
        if ws[j] in L.STOP_ARABIC:
            return 0
        gap = text[offs[j][1]:offs[j + 1][0]]
        if "،" in gap or "," in gap:
            return j + 1
    return 0


def _name_from(text, ws, offs, k, lang, title):
    if (ws[k] not in L.FIRST_NAMES_ARABIC and k + 1 < len(ws) and ws[k + 1] in L.FIRST_NAMES_ARABIC
            and not text[offs[k][1]:offs[k + 1][0]].strip()):
        k += 1  # "رئيس لورفانيا دانيال روستان": the country belongs to the role
    n = 1
    linkers = ("أبو", "ابو", "عبد", "بن", "ابن")
    double = k + 1 < len(ws) and ws[k] in L.FIRST_NAMES_ARABIC and (
        ws[k + 1] in L.FIRST_NAMES_ARABIC or ws[k] + ws[k + 1] in L.FIRST_NAMES_ARABIC)
    # (a compound first name written in two words: "علی اصغر رحیمی", "غلام رسول")
    # "علي رضا تنكسيري", "محمد جواد ظريف": a double first name before the family name
    want = 3 if ws[k] in linkers or (k + 1 < len(ws) and ws[k + 1] in linkers) or double else 2
    while k + n < len(ws) and n < want:
        w = ws[k + n]
        gap = text[offs[k + n - 1][1]:offs[k + n][0]]
        if gap.strip() or w in L.STOP_ARABIC or w in L.TITLES_ARABIC or w in _ARABIC_PLACES:
            break
        if w.startswith("و") and len(w) > 3 and (w[1:] in L.TITLES_ARABIC or w[1:] in L.STOP_ARABIC):
            break
        n += 1
    return Cand(offs[k][0], offs[k + n - 1][1], "PERSON", title=title), k + n


__all__ = ["find_entities", "title_word"]
