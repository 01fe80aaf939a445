"""A definite role noun taken back to the last person given that role ('Frank Neumann ist seit
Januar Lausitz-Beauftragter ... forderte der Beauftragte', 'Lucía Montoya, se ha convertido en
la primera alcaldesa ... la nueva alcaldesa contestó'): the role word is found again before the
description, and the person named in that sentence, nearest to it, is the one described.
Inputs: text, language, the description's head words, the named candidates before it.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Speaker, Via
from . import ml_lexicon as L

_SENT_END = re.compile(r"[.!?؟۔]\s|\n")
_WINDOW = 1500  # how far back the role may have been given
# Words that make a role a former one ('l'ex maire', 'der ehemalige Minister', 'eski başkan'):
# a former holder is not the one a plain or 'new' description points to.
_FORMER = frozenset(L.fold(w) for w in """ex ancien ancienne former ehemalige ehemaliger
    ehemaligen früherer frühere exalcalde expresidente eski önceki πρώην السابق السابقة سابق
    سابقہ sortant sortante uscente saliente""".split())


def _word_key(w: str) -> str:
    f = L.fold(w).replace("’", "'").rsplit("'", 1)[-1].rsplit("-", 1)[-1]
    for pre in ("وال", "فال", "بال", "لل", "ال"):
        if f.startswith(pre) and len(f) - len(pre) >= 3:
            return f[len(pre):]
    return f


def same_role(head: str, word: str, compounds: bool = False) -> bool:
    """One role word in two forms: equal, or one the other plus one letter of ending
    ('Beauftragte'/'Lausitz-Beauftragter', 'başkan'/'Başkanı', 'δήμαρχος'/'δήμαρχο'); a
    different gender's noun ('alcalde'/'alcaldesa') is another word."""
    a, b = _word_key(head), _word_key(word.strip(".,;:!?\"'()«»“”„"))
    if len(a) < 4 or len(b) < 4:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_ == short or len(long_) == len(short) + 1 and long_.startswith(short):
        return True
    # German: the role given as a compound ending in it ('Wolfsbeauftragte' ... 'die Beauftragte'),
    # not a deputy's ('Vizepräsident'); a compound description names another office
    # ('der Premierminister' after 'Minister X')
    return compounds and long_ == b and len(short) >= 6 and long_.endswith(short) \
        and not long_.startswith(_DEPUTY)


_DEPUTY = ("vize", "vice", "stellv", "unter", "co", "sub", "pro")


def sentence_window(text: str, a: int, b: int, back: int, ahead: int, limit: int) -> str:
    """The text from back characters before a to ahead after b, kept to a..b's sentence and
    ending by limit: what a role word beside a name may be read from."""
    lo = max(0, a - back)
    lo = max([lo] + [x.end() for x in _SENT_END.finditer(text, lo, a)])
    stop = _SENT_END.search(text, b, min(limit, b + ahead))
    return text[lo:stop.start() if stop else min(limit, b + ahead)]


def _former(text: str, at: int) -> bool:
    return any(L.fold(w).strip("'’") in _FORMER for w in text[max(0, at - 20):at].split()[-2:])


def _quoted(text: str, at: int) -> bool:
    """Whether at lies inside quotation marks opened in its paragraph (a role named in
    someone's words is not given to anyone)."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("«") > para.count("»") or para.count("“") > para.count("”") \
        or para.count("„") > para.count("“") or para.count('"') % 2 == 1


def role_holder(text: str, lang: str, sp: Speaker, heads: list[str], cands, is_name) -> Speaker | None:
    """The person named in the sentence that last gave the description's role word, nearest to
    that word; None when the role was never given to a named person within the window.
    cands: (start, end, speaker, kind) of persons and bodies before the description."""
    if not heads or sp.start is None:
        return None
    head = heads[-1]
    desc_former = _former(text, sp.start) or any(L.fold(w) in _FORMER for w in (sp.name or "").split())
    lo = max(0, sp.start - _WINDOW)
    people = [c for c in cands if c[3] == "PERSON" and is_name(c[2].name or "") and not c[2].name.isupper()]
    for m in reversed(list(re.finditer(r"[^\s«»\"“”„()]+", text[lo:sp.start]))):
        a = lo + m.start()
        if not same_role(head, m.group(), lang == "de") or _former(text, a) != desc_former or _quoted(text, a):
            continue
        s = max((x.end() for x in _SENT_END.finditer(text, 0, a)), default=0)
        e = _SENT_END.search(text, a)
        e = min(e.start() if e else len(text), sp.start)
        near = [c for c in people if s <= c[0] and c[1] <= e
                and _words_between(text, c, a, a + len(m.group())) <= _GIVEN_WITHIN
                and not ROLE_OF.fullmatch(text, a + len(m.group()), c[0])]
        if near:
            return min(near, key=lambda c: min(abs(c[0] - a), abs(c[1] - a)))[2]
        titled = [c for c in cands if c[0] <= a < c[1] and _TITLED_NAME.fullmatch(text, a + len(m.group()), c[1])]
        if titled:  # 'Gesundheitslandesrat Thomas Reiter' read as one name: the role word opens it
            c = titled[0]
            return Speaker(c[2].entity, text[a + len(m.group()):c[1]].strip(), c[0], c[1])
    return None


# What a role is of, right after its word ('la intendenta de Mina Clavero, Silvia Quiroga',
# 'Ο διοικητής της 7ης Υγειονομικής Περιφέρειας, Μανώλης Κουκουράκης', 'il sindaco di X'):
# a genitive preposition or article, perhaps one ordinal or lower-case word, then the name the
# entity step may have typed a person; the holder is the other name, not the place or body.
ROLE_OF = re.compile(r"\s+(?:de la|de l['’]|del|de|des|du|d['’]|di|della|dello|dell['’]|von der|"
                      r"vom|von|des|της|του|των)\s*(?:[\w.]*\d[\w.]*\s+|[a-zà-ÿα-ωά-ώäöüß]+\s+)?")


# The person's name after a role word that the entity step kept inside one name: two or three
# capitalised words ('Thomas Reiter').
_TITLED_NAME = re.compile(r"(?:\s+[A-ZÀ-ÝÄÖÜ][a-zà-ÿäöüß'’-]+){2,3}")


# How many words may stand between a name and the role word that gives it the role ('Frank
# Neumann ist seit Januar Lausitz-Beauftragter', 'Lucía Montoya, se ha convertido en la
# primera alcaldesa'); a role word further off in the sentence belongs to someone else, often
# an unnamed holder ('... قاسم سليماني ... بحسب ما نقلته وكالة إسنا عن مسؤول في المحافظة':
# the official is not Soleimani).
_GIVEN_WITHIN = 8


def _words_between(text: str, cand, a: int, b: int) -> int:
    lo, hi = (cand[1], a) if cand[1] <= a else (b, cand[0])
    return len(text[lo:hi].split()) if hi > lo else 0


def sentence_before(text: str, s: int, ends: re.Pattern) -> int:
    """Where the sentence before the one that s opens starts, within s's paragraph (the
    paragraph's start when there is none)."""
    para = text.rfind("\n", 0, s) + 1
    found = [m.end() for m in ends.finditer(text[para:max(para, s - 1)])]
    return para + (found[-2] if len(found) >= 2 else 0)


_LATIN_ENDS = re.compile(r"[.!?](?=\s)")
# A German sentence opening on an indefinite person: "Eine Pendlerin am Hauptbahnhof atmete auf".
_DE_INDEFINITE_OPENING = re.compile(r"\s*(Eine?)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]+"
                                    r"(?:\s+(?:am|im|aus|vom|beim|in|von)\s+[A-ZÄÖÜ][\w-]+)?(?=\s+[a-zäöüß])")


def de_newcomer(text: str, index, article: str, s: int, last: Speaker | None) -> Speaker | None:
    """The person the sentence before, in the same paragraph, introduced with an indefinite
    article of the description's gender ('Eine ...' for 'die ...', 'Ein ...' for 'der ...'),
    when no one was named or quoted there since (moved here from ml_speakers)."""
    start = sentence_before(text, s, _LATIN_ENDS)
    m = _DE_INDEFINITE_OPENING.match(text, start, s)
    if m is None or start >= s or {"die": "Eine", "der": "Ein"}.get(article) != m.group(1) \
            or any(h[2].type == "PERSON" for h in index.within(start, s)) \
            or last is not None and (last.start or 0) >= start:
        return None
    return Speaker(None, text[m.start(1):m.end()], m.start(1), m.end())


# Persian: where a subject phrase that opens its clause stops: a preposition, a time word,
# 'also', a relative 'که', a contrastive 'اما', an adverb of frequency. An object marker ('را') or a comma leaves it unsure where the subject ended.
_FA_STOPS = frozenset("""به در از با برای پس بعد روز امروز دیروز صبح عصر شب هنگام ضمن طی پیش نیز هم
    که اما ولی بارها همواره همیشه هرگز اکنون تاکنون قبلا قبلاً هر""".split())
_FA_OPENS = re.compile(r"(?:^|[.!?؟\n]|[»\"]\s*[،,])\s*$")
# ... or after the medium that reports the sentence, fronted with its comma: 'به گزارش خبرگزاری
# ایرنا، مدیرکل فرهنگ و ارشاد اسلامی فارس گفت'.
_FA_SOURCED_OPENING = re.compile(r"(?:^|[.!?؟\n])\s*به (?:گزارش|نوشته) [^،,.!?؟\n«»\"]{1,50}[،,]\s*$")


def fa_subject_in_full(text: str, sp: Speaker, cue: int) -> Speaker:
    """An unnamed Persian speaker that opens its clause runs on to the first preposition or
    time word, or to the cue: 'رئیس پلیس فتا استان آذربایجان شرقی به ... گفت', 'مدیرکل
    فرهنگ و ارشاد اسلامی فارس گفت', 'پدر این کشتی‌گیر به روزنامه ایران گفت'."""
    if sp.start is None or sp.end is None or sp.entity is not None or not sp.name or sp.end >= cue \
            or not (_FA_OPENS.search(text[max(0, sp.start - 4):sp.start])
                    or _FA_SOURCED_OPENING.search(text[max(0, sp.start - 70):sp.start])):
        return sp
    end = sp.end
    for m in re.finditer(r"\S+", text[sp.end:cue]):
        w = m.group()
        if w in _FA_STOPS:
            break
        if w == "را" or re.search(r"[،,:;«»\"()]", w) or len(text[sp.start:sp.end + m.end()].split()) > 8:
            return sp
        end = sp.end + m.end()
    return sp if end == sp.end else Speaker(None, text[sp.start:end], sp.start, end)


# A body named as the complement of the noun that opens the sentence: 'Les observateurs de
# l'Union africaine ont salué', 'Η Ύπατη Αρμοστεία του ΟΗΕ ... χαρακτήρισε'. The subject is
# the whole phrase; the body after 'of' only says whose observers or office they are.
_OPENING_NP = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Les|Le|La|L['’]|El|Los|Las|Il|Lo|Gli|I|Ο|Η|Οι|Το)\s?"
                         r"(?P<np>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3})\s+"
                         r"(?:de l['’]|de la |du |des |de |del |della |dello |dell['’]|di |degli |dei |delle |"
                         r"του |της |των )$")
_NOT_HEADS = frozenset(L.fold(w) for w in """rapport communiqué étude enquête déclaration comunicado
    informe estudio declaración nota comunicato rapporto studio dichiarazione ανακοίνωση έκθεση
    μελέτη porte-parole portavoz portavoce εκπρόσωπος""".split())


def complement_subject(text: str, sp: Speaker, cue: int) -> Speaker:
    """The opening noun phrase a body complements, when the body is the speaker found."""
    if sp.start is None or sp.end is None or not sp.name or sp.end > cue:
        return sp
    lo = max(0, sp.start - 60)
    m = _OPENING_NP.search(text[lo:sp.start])
    if m is None or any(L.fold(w) in _NOT_HEADS for w in m.group("np").split()):
        return sp  # ('le communiqué de la préfecture': the issuer speaks; 'le porte-parole du
        # ministère' is a person the body speaks through, taken elsewhere)
    a = lo + m.start()
    return Speaker(None, text[a:sp.end], a, sp.end)  # (another body or group than the one named)


# A medium's name joined to the word the speaker step took: 'alla Gazzetta dello | Sport un
# giocatore', 'al Corriere della | Sera il sindaco'. The joined word ends the medium's name;
# the inverted subject after it (an article and its noun) speaks.
_JOINER = re.compile(r"\s(?:dello|della|del|dei|degli|delle|di|de la|de|du|des)\s+$")
_INVERTED_NP = re.compile(r"\s+((?:un|una|uno|il|la|lo|el|le|un['’]|l['’])\s*[^\W\d][\w'’-]*)")


def medium_swallowed(text: str, q):
    """The quote with its medium's name made whole and the subject after it as speaker, or q."""
    sp = q.speaker
    if sp.start is None or sp.end is None or not q.via:
        return q
    v = q.via[0]
    if v.end is None or v.start is None or v.end > sp.start or not sp.name[:1].isupper() \
            or not _JOINER.search(" " + text[v.start:sp.start]):  # (the joiner in the via or not)
        return q
    np = _INVERTED_NP.match(text, sp.end)
    if np is None:
        return q
    whole = Via(v.entity, text[v.start:sp.end], v.start, sp.end)
    return dataclasses.replace(q, speaker=Speaker(None, np.group(1), *np.span(1)),
                               via=(whole,) + q.via[1:])


__all__ = ["ROLE_OF", "complement_subject", "medium_swallowed", "de_newcomer", "fa_subject_in_full", "role_holder", "same_role", "sentence_before",
           "sentence_window"]
