"""Words read out by someone else on their author's behalf ('le sous-préfet a lu un message du
ministre : « ... »', 'تلا المتحدث ... بيانا باسم الرئيس التنفيذي: «...»'): the author speaks and the
reader is the via, as for words passed on through a spokesperson (ml_through).
Inputs: the quotes and entities of ml_quotes.find_quotes, which calls read_out_vias near its end.

The frame is closed: a verb of reading out, a message noun (message, statement, letter), the
word of origin ('du', 'del', 'des', 'باسم', 'της') and the author's phrase, which must run up to
the quotation's opening (a colon, an 'in which it said' at most). A body as author ('a lu un
communiqué du ministère') keeps no via when its reader is its spokesperson, its own voice, as
the files label a ministry's statement read by its spokesman.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Speaker, Via
from . import ml_lexicon as L
from .ml_roles import is_title

_NP = r"(?P<a>[^:«»\"“”„.;!?\n]{3,90}?)"
_END = r"\s*(?:,\s*)?(?:جاء\s+فيها?|قال\s+فيها?|وفيها?)?\s*[:：]?\s*[«\"“„]?\s*$"
_READ = {
    "fr": re.compile(r"(?<!\w)(?:a|avait|ont)\s+lu\s+(?:à\s+voix\s+haute\s+)?|(?<!\w)lisant\s+|"
                     r"(?<!\w)(?:a|avait)\s+donné\s+lecture\s+(?=d)", re.I),
    "it": re.compile(r"(?<!\w)(?:ha|aveva|hanno)\s+letto\s+|(?<!\w)leggendo\s+|"
                     r"(?<!\w)(?:ha|aveva)\s+dato\s+lettura\s+(?=d)", re.I),
    "es": re.compile(r"(?<!\w)(?:leyó|ha\s+leído|había\s+leído|leyendo)\s+|(?<!\w)dio\s+lectura\s+(?=a)", re.I),
    "de": re.compile(r"(?<!\w)(?:verlas|verlasen|hat\s+\S+\s+verlesen)\s+", re.I),
    "el": re.compile(r"(?<!\w)(?:διάβασε|ανέγνωσε|διαβάζοντας)\s+"),
    "ar": re.compile(r"(?<!\S)(?:و|ف)?(?:تلا|تلت|قرأ|قرأت)\s+"),
}
_MESSAGE = {
    "fr": re.compile(r"(?:d['’]\s*|à\s+)?(?:un|une|le|la|l['’])\s*(?:message|déclaration|lettre|communiqué|texte|"
                     r"courrier|allocution)\s+(?:(?:écrite?|envoyée?|signée?|adressée?)\s+(?:par\s+)?)?"
                     r"(?:du|de\s+la|de\s+l['’]|des|de|d['’]|par\s+(?:le|la|l['’]))\s*", re.I),
    "it": re.compile(r"(?:di\s+|d['’])?(?:un|una|il|la|l['’])\s*(?:messaggio|dichiarazione|lettera|comunicato|testo|"
                     r"nota)\s+(?:(?:inviat[oa]|scritt[oa]|firmat[oa])\s+)?"
                     r"(?:del|della|dello|dell['’]|dei|degli|delle|di|da|dal|dalla)\s*", re.I),
    "es": re.compile(r"(?:a\s+)?(?:un|una|el|la)\s+(?:mensaje|comunicado|carta|declaración|texto)\s+"
                     r"(?:(?:enviad[oa]|escrit[oa]|firmad[oa])\s+(?:por\s+)?)?(?:del|de\s+la|de\s+los|de)\s+", re.I),
    "de": re.compile(r"(?:eine|die|den|einen|das|ein)\s+(?:Botschaft|Erklärung|Nachricht|Brief|Grußwort|"
                     r"Stellungnahme|Text|Schreiben)\s+(?:des|der|von|vom)\s+"),
    "el": re.compile(r"(?:ένα\s+|μία\s+|μια\s+|το\s+|την\s+)?(?:μήνυμα|δήλωση|επιστολή|ανακοίνωση)\s+(?:του|της|των)\s+"),
    "ar": re.compile(r"(?:بيانا|بيان|البيان|رسالة|الرسالة|كلمة|الكلمة)\s+(?:باسم|من|عن)\s+"),
}
# Languages that put the message, its author first, before the verb: 'Vali, Bakan X'in mesajını
# okudu:', 'فرماندار پیام وزیر کشور را قرائت کرد:', 'ڈپٹی کمشنر نے وزیر اعلیٰ کا پیغام پڑھ کر سنایا:'.
_OBJECT_FIRST = {
    "tr": re.compile(r"(?P<a>[^,.:;“”\"«»\n]{3,80}?)['’](?:n[ıiuü]n|[ıiuü]n)\s+(?:mesaj[ıi]n[ıi]|"
                     r"açıklamas[ıi]n[ıi]|mektubunu|bildirisini|yazısını)\s+(?:okudu|okuyarak|okuyan)"),
    "fa": re.compile(r"(?:پیام|بیانیه|نامه)\s+(?P<a>[^،,.:«»\"\n]{3,60}?)\s+را\s+(?:قرائت|خواند)"),
    "ur": re.compile(r"(?P<a>[^،,۔:\"«»\n]{3,60}?)\s+(?:کا|کی)\s+(?:پیغام|خط|بیان)\s+(?:پڑھ\s*کر\s+سنایا|پڑھا)"),
}
# Spokesperson nouns, every language: the reader who is the author body's own voice.
_SPOKESPERSON = re.compile(r"(?i)porte-parole|portavoce|portavoz|sprecher|εκπρόσωπ|المتحدث|الناطق|سخنگو|ترجمان|sözcü")
# Cheap gate: any verb of reading out at all in the article.
_GATE = re.compile(r"lu\s|lisant|lecture|letto|leggendo|leyó|leído|leyendo|verlas|verlesen|διάβασε|ανέγνωσε|"
                   r"διαβάζοντας|تلا|تلت|قرأ|okudu|okuyarak|okuyan|قرائت|خواند|پڑھ")
_ARTICLE = re.compile(r"(?:le|la|l['’]|les|il|lo|gli|i|el|los|las|der|die|das|den|dem|του|της|ο|η)\s*(?=\w)", re.I)
_BREAK = re.compile(r"[:«»\"“”„.;!?\n]")
_BREAK_NOT_COLON = re.compile(r"[.!?۔\n]")
_SENTENCE_START = re.compile(r"[.!?\n]\s")


def _author(text: str, lang: str, q):
    """(start, end) of the author's phrase of a 'read out a message of X: «...»' frame whose
    reader is q's speaker, or None."""
    sp = q.speaker
    rules = _READ.get(lang)
    if sp.start is None or sp.end is None or sp.end > q.start:
        return None
    lo = max(0, q.start - 400)
    cut = [m.end() for m in _SENTENCE_START.finditer(text, lo, q.start - 1)]
    lo = cut[-1] if cut else lo
    if lang in _OBJECT_FIRST:
        m = _OBJECT_FIRST[lang].search(text, lo, q.start)
        if m is None or len(text[m.end():q.start]) > 25 or _BREAK_NOT_COLON.search(text, m.end(), q.start):
            return None
        a, b = m.span("a")
        erg = text.rfind(" نے ", a, b) if lang == "ur" else -1
        a = erg + 4 if erg >= 0 else sp.end if a <= sp.start and sp.end <= b else a  # "X نے Y کا پیغام"
        a += len(text[a:b]) - len(text[a:b].lstrip(" ،,"))
        if b - a < 3:
            return None
        if erg >= 0 and not sp.end <= erg:  # (a later step may have taken the message for the
            r = text[lo:erg].strip(" ،,\n")  # speaker: the reader is the ergative's subject)
            return (a, b, (text.index(r, lo, erg), text.index(r, lo, erg) + len(r))) if r else None
        return (a, b) if sp.start < a else None
    if rules is None:
        return None
    for m in rules.finditer(text, lo, q.start):
        msg = _MESSAGE[lang].search(text, m.end(), q.start)
        if msg is None or _BREAK.search(text, m.end(), msg.start()) or len(text[m.end():msg.start()].split()) > 8:
            continue  # (the subject may stand between verb and message: 'verlas X eine Botschaft')
        tail = re.match(_NP + _END, text[msg.end():q.start])
        if tail is None:
            continue
        a, b = msg.end() + tail.start("a"), msg.end() + tail.end("a")
        # the reader is the clause's subject: before the verb, or after it where the verb
        # comes first (Arabic; German after a fronted phrase: 'verlas Bürgermeister X eine ...')
        if not (sp.end <= m.start() or m.end() <= sp.start and sp.end <= msg.end()):
            continue
        art = _ARTICLE.match(text, a, b)
        return (art.end() if art else a), b
    return None


def read_out_vias(text: str, lang: str, quotes: tuple, entities) -> tuple:
    """Each quote whose speaker read the words out from someone else's message goes to that
    message's author, with the reader as its via (none when the author is a body)."""
    if lang not in _READ and lang not in _OBJECT_FIRST or not _GATE.search(text):
        return quotes
    mentions = sorted((m.start, m.end, e) for e in entities for m in e.mentions)
    out = []
    for q in quotes:
        span = _author(text, lang, q) if q.speaker.name else None
        if span is None:
            out.append(q)
            continue
        a, b = span[:2]
        inside = [r for r in mentions if a <= r[0] and r[1] <= b]
        people = [r for r in inside if r[2].type == "PERSON"]
        reader = q.speaker if len(span) == 2 else Speaker(None, text[span[2][0]:span[2][1]], *span[2])
        if reader.end > a:  # "فرماندار کرج پیام وزیر کشور را قرائت کرد": the speaker step ran
            # the reader's words on into the message's author; the reader is what comes before
            r_end = reader.start + len(text[reader.start:a].rstrip(" ،,").removesuffix("پیام").rstrip(" ،,"))
            reader = dataclasses.replace(reader, entity=None, name=text[reader.start:r_end], end=r_end)
        first = text[a:b].split()[0]
        if people:  # "un message du ministre Marc Dupont": the person named
            ms, me, ent = people[-1]
            author = Speaker(ent.id, ent.name, ms, me)
        else:  # (a Greek genitive, 'του πρωθυπουργού', named in the nominative: 'πρωθυπουργός')
            author = Speaker(None, L.greek_nominative(text[a:b]) if lang == "el" else text[a:b], a, b)
        body = not people and not is_title(first) and any(r[0] == a and r[2].type == "ORG" for r in inside) \
            and _SPOKESPERSON.search(text, max(0, reader.start - 60), reader.end) is not None
        # (a body's own spokesperson is its voice; a mayor reading a ministry's statement is not)
        via = tuple(v for v in q.via if v.start != reader.start) if body else \
            tuple(q.via) + (Via(reader.entity, reader.name, reader.start, reader.end),)
        out.append(dataclasses.replace(q, speaker=author, via=via))
    return tuple(out)


__all__ = ["read_out_vias"]
