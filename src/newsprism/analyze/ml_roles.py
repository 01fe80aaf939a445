"""Role phrases around a name in non-English reported speech: whether a word is a role
('l'ambassadeur', 'vice-président'), the role a name completes ('il sindaco di X', 'ο υπουργός
Υγείας', 'استاندار تهران'), people named by where they live ('Vecinos de la colonia X'), and an
Arabic role followed by its holder between commas. Moved out of ml_speakers in session 12 when
that module passed its size floor; the code is unchanged but for the names' underscores.
"""
from __future__ import annotations

import re

from ..records import Speaker, Via
from . import ml_lexicon as L
from .ml_marks import words
from .ml_phrases import named
from .ml_subjects import clause_end

_TITLE_KEYS = frozenset(L.fold(t) for t in L.ALL_TITLES)
_TITLE_PREFIXES = ("vice-", "co-", "ex-", "sous-", "vize-", "stellvertretende-", "pro-")


def is_title(w: str) -> bool:
    """'l'ambassadeur', 'dell'assessore' and 'ambassadeur' are one role word."""
    f = L.fold(w).replace("’", "'")
    f = f.rsplit("'", 1)[-1]
    f = f.split("-", 1)[1] if f.startswith(_TITLE_PREFIXES) and "-" in f else f  # "vice-président"
    # a Greek office is a compound in -άρχης/-αρχος ('λιμενάρχης', 'νομάρχης', 'φρούραρχος')
    return f in _TITLE_KEYS or len(f) >= 7 and f.endswith(_GREEK_OFFICE) and w[:1].islower()


_GREEK_OFFICE = tuple(L.fold(x) for x in ("άρχης", "άρχη", "αρχος", "άρχου", "αρχο", "άρχες", "άρχεσ"))



def ar_role_then_name(text: str, index, cue, e: int) -> Speaker | None:
    """After an Arabic cue, a role (however long the body it serves) and then, between commas,
    the person who holds it: that person speaks."""
    first = clause_end(text, cue.end(), e)
    role = words(text, cue.end(), first)[:1]
    if first >= e or not role or text[role[0][0]:role[0][1]] not in L.TITLES_ARABIC:
        return None
    nxt = clause_end(text, first + 1, e)
    people = [r for r in index.within(first + 1, nxt) if r[2].type == "PERSON"]
    if not people or len(words(text, first + 1, nxt)) > 4:
        return None
    return named(text, people[0][2], people[0][0], people[0][1])


_ARTICLE_OPEN = frozenset("el la los las le les un une des il lo i gli una uno der die das ein eine οι ο η ένας μια μία ένα otro otra altro altra autre".split())


_OF_WORD = re.compile(r"(?<![\w'’])(?:de la|de l['’]|del|de|du|des|della|dello|dell['’]|degli|delle|di|dei|"
                      r"vom|von der|von|aus|of|του|της|των|από)(?![\w'’])", re.I)


OF_BEFORE = re.compile(_OF_WORD.pattern + r"\s*(?:l['’]|la\s|le\s|il\s|el\s|τον\s|την\s)?\s*$", re.I)


def role_complement(text: str, lo: int, ms: int) -> int | None:
    """Where the role phrase starts (its article included) when the name at ms completes a role
    word just before it: after 'of' ('il sindaco di X'), or as a bare genitive or ezafe right
    after the role ('ο υπουργός Υγείας', 'استاندار تهران'); None otherwise."""
    before = words(text, lo, ms)
    if not before:
        return None
    near = before[-3:] if OF_BEFORE.search(text, lo, ms) else before[-1:]
    if not near or (len(near) == 1 and text[near[0][1]:ms].strip()):
        return None
    k = next((len(before) - len(near) + i for i, (x, y) in enumerate(near)
              if is_title(text[x:y]) or text[x:y] in L.TITLES_ARABIC), None)
    if k is None:
        return None
    if k and text[before[k - 1][0]:before[k - 1][1]].lower() in _ARTICLE_OPEN:
        k -= 1
    return before[k][0]


# A second portfolio joined to the first, each word a capitalised genitive: 'ο υπουργός
# Περιβάλλοντος και Ενέργειας', 'υπουργός Εργασίας και Κοινωνικής Ασφάλισης'.
_EL_GEN_WORD = r"[Α-ΩΆ-Ώ][α-ωά-ώ]+(?:[ηή]ς|[αά]ς|[οό]υ|[ωώ]ν|ντος|ματος)"
_EL_AND_PORTFOLIO = re.compile(rf"\s+(?:και|κι)\s+((?:{_EL_GEN_WORD}\s+){{0,2}}{_EL_GEN_WORD})(?![\w-])")


def portfolio_and(text: str, me: int, limit: int) -> int:
    """Where a Greek role's portfolio ends when a second one is joined to it by 'και'."""
    m = _EL_AND_PORTFOLIO.match(text, me, limit)
    return m.end() if m is not None else me


_BODY_HEADS = frozenset(L.ORG_HEAD_WORDS)


def body_of_place(text: str, lo: int, ms: int) -> int | None:
    """'la préfecture de la Vendée', 'la prefettura di Bergamo', 'el ayuntamiento de Vigo': a
    lower-case body noun and 'of' before a place; where the body's phrase starts (article
    included), or None. The body speaks, not the place."""
    if not OF_BEFORE.search(text, lo, ms):
        return None
    before = words(text, lo, ms)[-4:]
    k = next((i for i, (x, y) in enumerate(before) if text[x].islower()
              and L.fold(text[x:y]).rsplit("'", 1)[-1] in _BODY_HEADS), None)
    if k is None or not re.fullmatch(r"[\s\w'’]*", text[before[k][1]:ms]):
        return None
    x = before[k][0]
    if k and text[before[k - 1][0]:before[k - 1][1]].lower() in _ARTICLE_OPEN:
        x = before[k - 1][0]
    return x


_ONE_OF_THEM = frozenset("un una uno une ein eine einer ένας μια μία otro otra altro altra autre".split())


def people_of_place(text: str, a: int, ms: int) -> Speaker | None:
    """'Vecinos de la colonia X', 'Residenti del quartiere X': a common noun for people, then
    where they live; the people speak, the place does not."""
    of = _OF_WORD.search(text, a, ms)
    if of is None or len(words(text, of.end(), ms)) > 3:
        return None
    cut = of.start()
    toks = words(text, a, cut)
    one = bool(toks) and text[toks[0][0]:toks[0][1]].lower() in _ONE_OF_THEM
    while toks and text[toks[0][0]:toks[0][1]].lower() in _ARTICLE_OPEN:
        toks = toks[1:]
    if not 1 <= len(toks) <= 4 or re.search(r"[,،;:]", text[a:ms]):
        return None
    head = toks[0]
    if any(text[x].isupper() for x, _ in toks[1:]) or is_title(text[head[0]:head[1]]) \
            or L.fold(text[head[0]:head[1]]) in _BODY_HEADS:  # "la préfecture de X": a body
        return None  # "El alcalde de X": a role, which the role step names
    w = text[head[0]:head[1]]
    if not (w.lower().endswith(("s", "i", "e", "es", "en")) or one) or len(w) < 5:
        return None  # a plural noun of people: vecinos, residenti, habitants, Anwohner
    # (or one of them: "una fioraia di via Garibaldi", "un vendedor de la calle Mayor")
    return Speaker(None, w, head[0], head[1])


def title_complement(text: str, hit) -> bool:
    """'ο περιφερειάρχης Κρήτης, Νίκος Σταυρακάκης': one word in the genitive right after a
    role word says of where the role is, before the name in apposition."""
    ms, me, ent = hit
    before = words(text, max(0, ms - 40), ms)
    return " " not in text[ms:me].strip() and bool(before) and before[-1][1] >= ms - 1 \
        and is_title(text[before[-1][0]:before[-1][1]])


__all__ = ["OF_BEFORE", "ar_role_then_name", "body_of_place", "is_title", "people_of_place", "role_complement",
           "title_complement"]


_APPOSED = re.compile(r"\)?\s*[,،]\s*")


# The title the apposed name carries: an article, one or two lower-case words, perhaps the
# acronym of the body that gave it ("il maestro FIDE", "le colonel", "la dottoressa").
_TITLE_RUN = re.compile(r"(?:il|lo|la|l['’]|le|el|der|die|ο|η)\s*[a-zà-ÿα-ωά-ώß]+(?:\s+[a-zà-ÿα-ωά-ώß]+)?"
                        r"(?:\s+[A-ZÀ-ÝΑ-Ω]{2,6})?\s+(?=[A-ZÀ-ÝΑ-ΩΆ-Ώ])")


def apposed_person(text: str, index, speaker: Speaker) -> Speaker:
    """A speaker that is a role or a body ('مديرة برنامج التطعيم', 'il direttore del museo')
    followed by a person's name between commas: that person holds the role and speaks."""
    if speaker.name is None or speaker.end is None or speaker.start is None:
        return speaker
    before = words(text, max(0, speaker.start - 30), speaker.start)[-1:]
    first = words(text, speaker.start, speaker.end)[:1]
    role = any(is_title(text[x:y]) or text[x:y] in L.TITLES_ARABIC for x, y in before + first)
    if not role and any(r[2].type == "PERSON" for r in index.within(speaker.start, speaker.end)):
        return speaker  # (a role word before it: 'مديرة برنامج التطعيم' read as a name still is one)
    m = _APPOSED.match(text, speaker.end)
    if m is None:
        return speaker
    at = m.end()
    titled = _TITLE_RUN.match(text, at)  # "il suo allenatore, il maestro FIDE Salvo Di Mauro."
    if titled is not None and not any(r[0] == at for r in index.within(at, at + 60)):
        at = titled.end()
    hit = next((r for r in index.within(at, at + 60) if r[0] == at), None)
    if hit is None or hit[2].type != "PERSON" or not re.match(r"\s*[,،)]", text[hit[1]:hit[1] + 2]) \
            and not (at > m.end() and re.match(r"\s*(?:\.\s|\.?$)", text[hit[1]:hit[1] + 2])):
        return speaker
    return named(text, hit[2], hit[0], hit[1])


# 'Kulüp', 'le club', 'der Verein' for the sports club the article named before: the nearest
# earlier name built like a club's ('Bursaspor', 'FC Basel', 'Olympique Lyon', 'Sevilla FC').
_CLUB_NOUNS = frozenset(L.fold(w) for w in """kulüp kulübü club verein klub σύλλογος ομάδα
    النادي باشگاه کلب""".split())
_CLUB_NAME = re.compile(r"(?<![\w-])(?:[A-ZÇĞİÖŞÜ]\w*spor|(?:FC|AC|SC|CF|SS|US|AS|Real|Atlético|Olympique|"
                        r"Sporting|Borussia|Eintracht|Dynamo|Dinamo)\s+[A-ZÀ-Ý][\w-]*|"
                        r"[A-ZÀ-Ý][\w-]*\s+(?:FC|SC|CF|AC))(?![\w-])")
_ARTICLE = re.compile(r"(?i)(?:le|la|el|il|der|die|das|ο|η|το)\s+")


def club_anaphor(text: str, speaker: Speaker) -> Speaker:
    """A bare club noun as the speaker names the club the article named last before it."""
    if speaker.name is None or speaker.start is None:
        return speaker
    noun = L.fold(_ARTICLE.sub("", speaker.name.strip(), count=1))
    if noun not in _CLUB_NOUNS:
        return speaker
    names = list(_CLUB_NAME.finditer(text, 0, speaker.start))
    if not names:
        return speaker
    return Speaker(None, names[-1].group(), speaker.start, speaker.end)


# A platform glued after the speaker's name in a Turkish inverted subject: 'diye yazdı
# ekonomist Kerem Özkan X hesabında' (the name ends before the platform and its account word).
_PLATFORM_TAIL = re.compile(r"\s+(X|Twitter|Instagram|Facebook|Telegram|TikTok|YouTube|LinkedIn|Bluesky)"
                            r"(?=\s+hesab\w*)")


def platform_tail(text: str, speaker: Speaker, via: tuple) -> tuple[Speaker, tuple]:
    """Cut a platform named at the end of the speaker's span off it; the platform is a via."""
    if speaker.name is None or speaker.start is None or speaker.end is None:
        return speaker, via
    m = _PLATFORM_TAIL.search(text, speaker.start, speaker.end + 12)
    if m is None or m.start(1) >= speaker.end:  # (inside the span only)
        return speaker, via
    end = m.start()
    sp = Speaker(speaker.entity, text[speaker.start:end], speaker.start, end)
    if not any(v.name == m.group(1) for v in via):
        via = tuple(via) + (Via(None, m.group(1), *m.span(1)),)
    return sp, via
