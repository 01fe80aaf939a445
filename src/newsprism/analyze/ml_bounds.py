"""Where a capitalised run of words holds two names or a name with a number in it, in cased scripts.
Inputs: article text and the word offsets of one run (from ml_entities); returns sub-runs to type.
"""
from __future__ import annotations

import re

from . import ml_lexicon as L
from .ml_media import MEDIA_SHAPE  # 'à France Bleu Picardie': one medium, no person

# Last words of broadcasters that carry a channel number after them: "Rai News 24", "France 24",
# "Canale 5", "Kanal 7". Folded.
_NUMBERED_TAIL = frozenset("""news tv info radio radyo kanal channel canale rete cadena antena
    antenna tele tg sport france haber""".split())
# Words that make a run a medium or a body, never a person's name after an acronym: "BBC World
# Service", "ARD Morgenmagazin". Folded.
_NOT_PERSON = frozenset("""news service world radio tv info online magazin morgenmagazin zeitung
    post times journal today live channel kanal haber group gruppe bank""".split())
_MEDIUM_KINDS = frozenset(L.fold(w) for w in L.MEDIUM_WORDS + L.AGENCY_WORDS)
_MEDIUM_STEM = re.compile(r"televis|τηλεορ|radio|emisora|sender|agenc|agentur|kanal|canal|chaine|"
                          r"εφημερ|καναλι|σταθμ|διαδικτ|cadena|emittente|diario|giornale|"
                          r"ondes|antenne|micro|onda")  # "sur les ondes d'ICI Radio-Canada Première"
_ACRONYM = re.compile(r"[A-ZÀ-ÝΑ-ΩÄÖÜ]{3,7}")


def _w(text: str, tok: tuple[int, int]) -> str:
    return text[tok[0]:tok[1]]


_NUMBER_AFTER = re.compile(r" (\d{1,3})(?=[,.;:)»“”\"]|\s|$)")
_NUMBER_BETWEEN = re.compile(r" \d{1,3} ")


def numbered_end(text: str, toks, j: int) -> int:
    """End of a run taking in a channel number: 'Rai News 24,' ends after '24'. A number before
    a lower-case word stays outside ('Radio 3 milioni')."""
    end = toks[j - 1][1]
    m = _NUMBER_AFTER.match(text, end)
    if m is None or L.fold(_w(text, toks[j - 1])) not in _NUMBERED_TAIL:
        return end
    nxt = re.match(r"\s+(\S+)", text[m.end():m.end() + 40])
    if nxt and nxt.group(1)[:1].islower() and text[m.end():m.end() + 1] == " " \
            and L.fold(nxt.group(1)) not in L.ALL_FUNCTION_WORDS:
        return end  # "News 24 ore": a number counting something
    return m.end()


def after_number(text: str, toks, i: int, j: int) -> int | None:
    """'Movimento 5 Stelle Raffaele Iannace': the word after a number inside a name closes that
    name, and the words after it are the person. The index where the person starts."""
    if i < 1 or j - i < 3 or not _NUMBER_BETWEEN.fullmatch(text[toks[i - 1][1]:toks[i][0]]):
        return None
    return i + 1 if _w(text, toks[i - 1])[:1].isupper() else None


def acronym_first(text: str, toks, i: int, j: int) -> bool:
    """'ΣΥΡΙΖΑ Βασίλης Κόκκαλης', 'CDU Hinrich Janssen': a party's or body's acronym, then a
    person's two or three names; no person is called by an acronym and a name."""
    if not 3 <= j - i <= 4 or not _ACRONYM.fullmatch(_w(text, toks[i])):
        return False
    before = text[max(0, toks[i][0] - 30):toks[i][0]].split()
    if any(L.fold(w) in _MEDIUM_KINDS or _MEDIUM_STEM.match(L.fold(w)) for w in before[-2:]):
        return False  # "a la televisión TVN Marta Olivares": ml_quotes parts medium and person
    rest = [_w(text, t) for t in toks[i + 1:j]]
    return all(w[:1].isupper() and not w.isupper() for w in rest) and \
        not any(L.fold(w) in _NOT_PERSON for w in rest)


_AFFILIATION = frozenset("di del della dello dei degli de du des".split())


def particle_split(text: str, toks, i: int, j: int, lang: str) -> tuple[int, int] | None:
    """'Giuseppe Ferrante di Fratelli d'Italia', 'Anna Conti del Pd': after a given name and a
    surname, an Italian or French 'of' opens the person's party or body, not a longer name.
    (left end, right start) in token indices."""
    if lang not in ("it", "fr") or j - i < 3:
        return None
    for p in range(i + 2, j):
        w = _w(text, toks[p])
        gap = text[toks[p - 1][1]:toks[p][0]]
        if w in _AFFILIATION and p + 1 < j:
            cut = (p, p + 1)
        elif gap in (" d'", " d’") and p + 1 <= j:
            cut = (p, p)
        else:
            continue
        left = [_w(text, t) for t in toks[i:cut[0]]]
        if 2 <= len(left) <= 3 and all(x[:1].isupper() and not x.isupper() for x in left):
            return cut
        return None
    return None


# A dative right after a verb of saying: the medium told comes next ("ha detto al", "a confié
# au", "dijo a la", "sagte dem", "δήλωσε στην").
_TOLD_BEFORE = re.compile(r"(?:^|\s)\w+\s+(?:al|alla|allo|all['’]|au|à la|à l['’]|a la|à|a|"
                          r"στην|στον|στο)\s*$|"
                          # a broadcaster's microphone or air: "a lancé au micro de France Bleu X Y"
                          r"(?:au micro|à l['’]antenne|sur l['’]antenne|sur les ondes|ai microfoni|"
                          r"al microfono|a los micrófonos|ante los micrófonos|am Mikrofon)\s+"
                          r"(?:de|d['’]|di|del|della|dello|de la|von|des|der)\s*$")


# Turkish offices named by their seat: "Valiliği", "Kaymakamlığı", "Belediyesi" (folded).
_TR_OFFICE = re.compile(r"(?:lig|lug|lıg|lug)[iıuü]$|(?:lik|lık|luk|lük)$|belediyesi$")
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÀ-ÝÄÖÜ][\wÄÖÜ/ -]{1,12})\)")


def _plain_name(c, lang: str) -> bool:
    from .ml_entities import _latin_type
    parts = [L.fold(p) for p in c.tokens]
    return _latin_type(" ".join(c.tokens), " ".join(parts), parts, lang) == "OTHER"


# Capitalised particles that open a surname: 'Mathilde Le Goff', 'Marco De Luca', 'Jan Van Dijk'.
_SURNAME_PARTICLES = frozenset("Le La De Di Da Del Della Van Von Dos Das".split())


def person_size(text: str, toks, i: int, j: int) -> int:
    """How many of a run's last words a person after a medium or a place takes: a given name and
    a surname, three words when the surname opens on a particle ('Ouest-France Mathilde Le Goff')."""
    return 3 if j - i >= 4 and _w(text, toks[j - 2]) in _SURNAME_PARTICLES else 2


def told_then_person(text: str, toks, i: int, j: int, place: bool = False) -> bool:
    """'ha detto al Gazzettino Marco Bellin', 'δήλωσε στην Καθημερινή Γιώργος Παππάς': the
    medium told and the person who spoke share one capitalised run; the person is its last two
    words (a given name and a surname)."""
    if j - i < 3:
        return False
    if not place and not _TOLD_BEFORE.search(text, max(0, toks[i][0] - 40), toks[i][0]):
        return False
    n = person_size(text, toks, i, j)
    rest = [_w(text, t) for t in toks[j - n:j] if _w(text, t) not in _SURNAME_PARTICLES]
    return all(w[:1].isupper() and not w.isupper() for w in rest) and \
        not any(L.fold(w) in _NOT_PERSON or L.fold(w) in _NUMBERED_TAIL for w in rest) and \
        not MEDIA_SHAPE.search(" ".join(rest)) and \
        all(text[toks[k][1]:toks[k + 1][0]] in (" ", " d'", " d’") for k in range(i, j - 1))


# A place preposition right before a run: "À Rennes Paul Martin", "En Valparaíso Rosa Díaz".
_AT_PLACE = re.compile(r"(?:^|(?<=[\s(]))(?:à|a|en|in|au|dans|nella|nel|desde|da|aus|στη|στην|στο)\s+$", re.I)


def place_then_person(text: str, toks, i: int, j: int) -> bool:
    """'À Rennes Paul Martin, retraité, a déclaré': the place said where and the person who
    spoke share one capitalised run; the person is its last two words, as after a medium."""
    if _AT_PLACE.fullmatch(_w(text, toks[i]) + " "):
        i += 1  # the preposition opens the sentence, capitalised, inside the run
    elif not _AT_PLACE.search(text, max(0, toks[i][0] - 8), toks[i][0]):
        return False
    return j - i >= 3 and told_then_person(text, toks, i, j, place=True)


def acronym_place(text: str, toks, i: int, j: int) -> bool:
    """'ΕΡΤ Λάρισας', 'NDR Hamburg': an acronym and one more word is a body and its seat, never a
    person (no one is named by an acronym and a surname)."""
    return j - i == 2 and bool(_ACRONYM.fullmatch(_w(text, toks[i]))) and \
        not _w(text, toks[i + 1]).isupper()


def split_run(text: str, toks, i: int, j: int, lang: str, s: int, run, make) -> list:
    """The candidates of one capitalised run, split where a name boundary hides inside it.
    run: ml_entities' typing of a run; make: its candidate constructor."""
    if j - i >= 2 and _w(text, toks[i]).lower() in _SOURCE_NOUNS:
        # "Fuentes de la CHE", "Fonti del Viminale": the sources are no part of a name (no
        # person is called 'Fuentes de la'); the body's name is what follows the linking words
        k = i + 1
        while k < j and not _w(text, toks[k])[:1].isupper():
            k += 1
        if k < j:
            return run(text, toks, k, j, lang, s)
    k = after_number(text, toks, i, j)
    if k is not None:
        return [make(toks[i - 1][0], toks[i][1], "ORG")] + run(text, toks, k, j, lang, s)
    if told_then_person(text, toks, i, j) or place_then_person(text, toks, i, j):
        # "ha detto al Gazzettino Marco Bellin", "À Rennes Paul Martin"
        whole = run(text, toks, i, j, lang, s)
        n = person_size(text, toks, i, j)
        person = run(text, toks, j - n, j, lang, s)
        if not any(c.type == "ORG" for c in whole) and [c.type for c in person] == ["PERSON"]:
            return run(text, toks, i, j - n, lang, s) + person
    p = particle_split(text, toks, i, j, lang)
    if p is not None:
        left = run(text, toks, i, p[0], lang, s)
        if [c.type for c in left] == ["PERSON"] and not left[0].title:
            return left + run(text, toks, p[1], j, lang, s)
        # ("Agenzia Nazionale della Sicurezza": the part before 'della' is a body, one name)
    if acronym_first(text, toks, i, j):
        return run(text, toks, i, i + 1, lang, s) + run(text, toks, i + 1, j, lang, s)
    out = run(text, toks, i, j, lang, s)
    if lang == "tr" and j - i >= 2 and _TR_OFFICE.search(L.fold(_w(text, toks[j - 1]))) \
            and all(c.type == "GPE" for c in out):
        return [make(toks[i][0], toks[j - 1][1], "ORG")]  # "İstanbul Valiliği": the governorship
    party = _BRACKETED_ACRONYM.match(text, toks[j - 1][1])
    for c in out:  # "Karl Schneider (CDU)": a party after a name, not a body's own acronym
        if party and c.type == "ORG" and c.end == toks[j - 1][1] and len(c.tokens) >= 2 \
                and party.group(1)[0] != text[c.start] and _plain_name(c, lang):
            c.type = "PERSON"
    end = numbered_end(text, toks, j)
    for c in out:
        if c.end == toks[j - 1][1] and end > c.end:
            c.end = end
    if acronym_place(text, toks, i, j):
        for c in out:
            if c.type == "PERSON" and c.start == toks[i][0]:
                c.type, c.title = "ORG", None
    return out
# Unnamed sources placed in a body right before its name: "مصدر في المكتب ...", "une source au
# ministère", "fonti della Farnesina", "πηγές του υπουργείου", "Kreise im Ministerium".
_SOURCE_IN = re.compile(r"(?:(?:مصدر|مصادر)(?:\s+\S+)?\s+(?:في|من|ب|داخل)|"
                        r"(?i:(?:une?\s+|des\s+|una?\s+)?(?:sources?|fuentes?|fonti|fonte|Quellen?|"
                        r"Kreisen?|πηγ[έή]ς?)(?:\s+[a-zà-ÿ]+)?\s+(?:au|à la|à l['’]|aux|du|de la|de l['’]|"
                        r"del|de la|de|della|dello|dell['’]|di|dal|dalla|im|in der|aus dem|aus der|"
                        r"im|του|της|των)))\s*$")


def source_before(text: str, sp):
    """The unnamed source inside a body named as the speaker: 'مصدر في المكتب الوطني' speaks,
    not the office. sp: a Speaker; returns it widened back over the source words."""
    if sp.start is None or sp.name is None:
        return sp
    m = _SOURCE_IN.search(text, max(0, sp.start - 40), sp.start)
    if m is None or "\n" in text[m.start():sp.start]:
        return sp
    return type(sp)(None, text[m.start():sp.end], m.start(), sp.end)


# Arabic script has no capitals; commas do the work: "مدیرعامل شرکت ... استان تهران، محسن
# اردکانی، روز سه‌شنبه اعلام کرد", "وقال أمين محافظة جدة، المهندس فهد العتيبي، في تصريح".
_BRACKETED = re.compile(r"،\s*([^\s،,.:؛\"«»()0-9۰-۹]+(?:\s+[^\s،,.:؛\"«»()0-9۰-۹]+){1,3})\s*،")
# Prepositions of manner and means the stop list lacks: 'عبر مترجم' (through an interpreter),
# 'بواسطة', 'بمساعدة'; a phrase holding one is an aside about how someone spoke.
_AR_MANNER = frozenset("عبر بواسطة بمساعدة بمشاركة".split())
_TITLE_STEMS = tuple(sorted((t for t in L.TITLES_ARABIC if len(t) >= 3), key=len, reverse=True))


def bracketed_names(text: str, make) -> list:
    """Two or three words set off by commas right after a phrase holding a role word: the
    person who holds the role. make: ml_entities' candidate constructor."""
    out = []
    for m in _BRACKETED.finditer(text):
        head_s = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start()),
                     text.rfind("،", 0, m.start()), text.rfind("؛", 0, m.start()))
        head = text[head_s + 1:m.start()].split()
        if not head or len(head) > 9 or not any(w.lstrip("و").startswith(_TITLE_STEMS) for w in head):
            continue
        a, b = m.span(1)
        ws = text[a:b].split()
        if any(w in L.STOP_ARABIC or w in _AR_MANNER for w in ws):
            continue  # "، في تصريح لقناة العربية،", "، متحدثة عبر مترجم،": an adverbial, not a name
        if len(ws) >= 3 and ws[0].startswith("ال"):
            a += len(ws[0]) + len(text[a + len(ws[0]):b]) - len(text[a + len(ws[0]):b].lstrip())
            ws = ws[1:]  # "المهندس فهد العتيبي": a descriptor before the name
        if len(ws) > 3 or any(w in L.STOP_ARABIC or w in L.TITLES_ARABIC for w in ws):
            continue
        c = make(a, b, "PERSON")
        out.append(c)
    return out


_STOP_AFTER_NAME = re.compile(r"\s+(?:أن|إن|بأن|أنه|إنه|في|من|على|إلى|عن|خلال|لـ?\S*|،|,|:|\.)")


# An Arabic adjective with its article, by its ending (nisba or feminine): "المستقلة", "السابق"
# is not one, "اللبناني" is.
_AR_ADJECTIVE = re.compile(r"ال[\u0621-\u064A]{2,}(?:ية|ي|ة)\s+")


def names_after_roles(text: str, make) -> list:
    """'رأت النائبة ديما طهبوب أن': a role word, then two or three words that do not open on
    the article and run up to 'that' or a preposition, are the holder's name."""
    out = []
    for m in re.finditer(r"(?<!\S)[وف]?(\S+)\s+", text):
        w = m.group(1)
        stem = next((t for t in _TITLE_STEMS if w.startswith(t) and len(w) <= len(t) + 1
                     and len(t) >= 4), None)
        if stem is None:
            continue
        ws = []
        pos = m.end()
        for _ in range(2):  # "النائبة المستقلة ريما عون": adjectives agreeing with the role first
            adj = _AR_ADJECTIVE.match(text, pos)
            if adj is None:
                break
            pos = adj.end()
        for k in range(3):
            n = re.match(r"([^\s،,.:؛\"«»()0-9]+)", text[pos:])
            if n is None:
                break
            word = n.group(1)
            if word in L.STOP_ARABIC or word in L.TITLES_ARABIC or word in L.ROLE_LINKS or word in _AR_MANNER \
                    or (k == 0 and word.startswith(("ال", "لل"))) or word.startswith("لل") \
                    or word[:1] in "لب" and word[1:] in _AR_KINDS:  # "المحامي لإذاعة ...": told
                break
            ws.append((pos, pos + len(word)))
            pos += len(word)
            gap = re.match(r"\s+", text[pos:])
            if gap is None:
                break
            if _STOP_AFTER_NAME.match(text, pos):
                break
            pos += gap.end()
        glued = len(ws) == 2 and text[ws[-1][1]:ws[-1][1] + 1] in "،,"  # "ريما عون،"
        if 2 <= len(ws) <= 3 and (_STOP_AFTER_NAME.match(text, ws[-1][1]) or glued):
            out.append(make(ws[0][0], ws[-1][1], "PERSON"))
    return out


def arabic_names(text: str, lang: str, make) -> list:
    """People that Arabic-script first-name lists miss, found by commas and role words."""
    return bracketed_names(text, make) + (names_after_roles(text, make) if lang == "ar" else []) \
        + compound_given(text, make)


# Given names of two words ("صلاح الدين", "عبد الله", "نور الدين"): the family name follows.
_COMPOUND_GIVEN = re.compile(r"(?<!\S)((?:عبد|أبو|ابو)\s+[^\s،,.:؛]+|\S+\s+(?:الدين|الله))\s+(?P<last>[^\s،,.:؛\"«»()0-9]+)")


_AR_KINDS = frozenset(L.AGENCY_WORDS_ARABIC) | frozenset("صحيفة جريدة قناة إذاعة موقع تلفزيون".split())


def compound_given(text: str, make) -> list:
    """'صلاح الدين الجورشي': a two-word given name and the family name after it are one
    person, longer than what a one-word first-name list finds."""
    out = []
    for m in _COMPOUND_GIVEN.finditer(text):
        first = m.group(1).split()[0]
        last = m.group("last")
        told = last.startswith("لل") or last[:1] in "لب" and last[1:] in _AR_KINDS  # "لوكالة"
        if told or first in L.STOP_ARABIC or last in L.STOP_ARABIC or last in L.TITLES_ARABIC \
                or first.startswith(("ال", "و", "ب")) and first not in ("أبو", "ابو"):
            continue
        out.append(make(m.start(1), m.end("last"), "PERSON"))
    for m in _UR_HONORIFIC.finditer(text):
        if m.group("given") in L.FIRST_NAMES_ARABIC and m.group("last") not in L.STOP_ARABIC \
                and m.group("last") not in L.TITLES_ARABIC:
            out.append(make(m.start(), m.end("last"), "PERSON"))
    return out


# Urdu family titles opening a name ("ملک شہزاد اعوان", "چوہدری اسلم گجر"); alone, "ملک" is
# also "country", so a known given name must follow.
_UR_HONORIFIC = re.compile(r"(?<!\S)(?:ملک|چوہدری|چودھری|رانا|میاں|راجہ|سردار|مخدوم)\s+(?P<given>\S+)"
                           r"\s+(?P<last>[^\s،,.:؛\"«»()0-9]+)")


# German dates write the day as an ordinal: "zum 1. Juli", "am 3. Oktober 2025".
_ORDINAL_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|"
                           r"September|Oktober|November|Dezember)\b")


def ordinal_date(text: str, i: int) -> bool:
    """The stop at i closes a day's ordinal before a month's name, not a sentence."""
    return bool(_ORDINAL_DATE.match(text, max(0, i - 2))) or bool(_ORDINAL_DATE.match(text, max(0, i - 1)))


# A channel's number is part of its name: "Canal 44", "Rete 4", "Kanal 7", "France 2".
_CHANNEL_HEADS = frozenset("canal kanal kanali chaine rete radio tv sender channel rai antena".split())
_CHANNEL_NUMBER = re.compile(r" \d{1,3}(?![\d.,:/]\d|\d|\s*(?:%|€|\$|h\b))")


def channel_number(text: str, c, make):
    """The candidate c with the channel number after its name; make: the Cand constructor."""
    head = L.fold(text[c.start:c.end].split()[-1]) if c.end > c.start else ""
    m = _CHANNEL_NUMBER.match(text, c.end) if head in _CHANNEL_HEADS else None
    if m is None:
        return c
    return make(c.start, m.end(), "ORG", None, False, c.tokens)


# A body's kind word opening its name, and a number that ends the name: "die Organisation
# Global 2000", "l'association Objectif 2030", "la plataforma Agenda 2030".
_BODY_HEADS = frozenset(L.fold(w) for w in """Organisation Initiative Verein Bündnis Kampagne
    organisation association collectif mouvement organización asociación plataforma movimiento
    associazione comitato movimento organizzazione""".split())
_BODY_NUMBER = re.compile(r" \d{2,4}(?![\d.,:/]\d|\d|\s*(?:%|€|\$|h\b|[A-ZÀ-Þ]))")  # ('2000 Mitglieder': a count)


def body_number(text: str, c, make):
    """The candidate c with the number that ends a body's name after its kind word."""
    ws = text[c.start:c.end].split()
    if len(ws) < 2 or L.fold(ws[0]) not in _BODY_HEADS:
        return c
    m = _BODY_NUMBER.match(text, c.end)
    return c if m is None else make(c.start, m.end(), c.type, c.title, c.doubtful, c.tokens)


def portfolio_list(text: str, toks, i: int, j: int) -> int:
    """'Ministerio de Agricultura, Pesca y Alimentación': the listed portfolios are the
    ministry's name; with no closing 'and', the words after a comma are an apposition."""
    m = L.PORTFOLIO_LIST.match(text, toks[j - 1][1]) if any(
        L.MINISTRY_WORD.fullmatch(text[a:b]) for a, b in toks[i:j]) else None
    if m is None or not text[toks[j - 1][1]:m.end()].startswith(", "):
        return j
    return next((k + 1 for k in range(j, len(toks)) if toks[k][1] == m.end()), j)


__all__ = ["PLACE_ADVERBS", "acronym_first", "body_number", "channel_number", "portfolio_list", "ordinal_date", "acronym_place", "after_number", "arabic_names", "bracketed_names",
           "compound_given", "genitive_chain", "names_after_roles", "numbered_end", "source_before", "split_run"]


# Place adverbs that open a sentence as prepositions do ("Fuori dall'aula, la sorella ...").
PLACE_ADVERBS = frozenset("""fuori davanti dentro accanto vicino hors près fuera delante
    cerca junto außerhalb neben έξω δίπλα κοντά""".split())
_NP_ARTICLES = frozenset("le la les un une il lo gli el los las der die das ein eine".split())
_NP_GENITIVES = frozenset("de del di della dello dei degli du des der von".split())
_RELATIVES = frozenset("qui que qu che cui quien quienes welche welcher που".split())


# Bare plural 'sources' open such a phrase with no article: 'Fuentes de la dirección provincial
# de su partido'.
_SOURCE_NOUNS = frozenset("fuentes sources fonti quellen πηγές".split())


def genitive_chain(text: str, toks) -> bool:
    """'Le porte-parole du ministre fédéral de la Santé': a long subject that is one noun
    phrase, an article then complements of complements, not a clause; ten words at most."""
    low = [text[x:y].lower() for x, y in toks]
    return len(toks) <= 10 and (low[0] in _NP_ARTICLES or low[0] in _SOURCE_NOUNS) \
        and "," not in text[toks[0][0]:toks[-1][1]] \
        and sum(w in _NP_GENITIVES for w in low) >= 2 and not any(w in _RELATIVES for w in low)
