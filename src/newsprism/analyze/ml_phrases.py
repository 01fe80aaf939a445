"""Where a non-English speaker phrase ends and what it is called: subject noun phrases, acronyms.
Inputs: article text, token spans (ml_marks.words) and entity mentions; ml_speakers and ml_quotes call it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Entity, Speaker, Via
from . import ml_lexicon as L
from .ml_entities import title_word
from .ml_marks import quote_pairs, words

PREPOSITIONS = frozenset("""à a al au en dans devant lors in im am an auf vor bei beim zu nel
    μπροστά στο στη στην σε από
    nella alla in durante ante ai agli aux por tras après avant nach seit dopo μετά
    su sul sulla sur""".split())


_KEEP_IN_NP = frozenset("""suo sua suoi sue son sa ses leur leurs su sus sein seine seiner ihr ihre
    le la les l un une der die das des dem den ein eine einer el los las
    il lo gli i uno de del di della dello dei degli du d o η το οι ο του της των
    autre autres altro altra altri altre otro otra otros otras""".split())
# ('un autre manifestant', 'un altro residente', 'otro vecino': 'other' is part of the phrase)


_ARTICLES = frozenset("le la les un une il lo gli el los las die das ein eine".split())
_GENITIVE = frozenset("de del di della dello dei degli du des der von".split())
_OBJECT_MARKERS = frozenset("را این آن کو".split())
# Adverbs standing between a Persian or Urdu subject and its verb ("کارشناسان بارها گفته‌اند").
_FA_ADVERBS = frozenset("بارها همواره همیشه قبلاً قبلا اخیراً اخیرا پیش‌تر پیشتر نیز هم همچنین بھی".split())

_AR_MEDIA_KINDS = frozenset("قناة وكالة صحيفة موقع تلفزيون إذاعة".split())
_FA_PARTITIVE = frozenset("یکی برخی تعدادی بسیاری شماری گروهی".split())


def noun_phrase(text: str, toks, lang: str, after: bool):
    """The speaker's words, cut before an adverbial: 'der Generalstab [am Samstag mit]',
    'الوزيرة [خلال حفل]', 'مقام‌های ایرانی [این ادعا را]'."""
    out: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(toks):
        w = text[x:y]
        lw = w.lower()
        if not out and lang in ("ar", "fa", "ur") and w in L.STOP_ARABIC:
            continue
        if out and lang in ("fa", "ur") and w == "و" and _last_of_subject(text, toks, i + 1):
            out.extend(toks[i:i + 2])  # "سازمان غذا و دارو نیز تأیید کرد": one body's name
            break
        if out and has_quote(text[out[-1][1]:x]):
            break
        if lang == "ar" and w.startswith(("إن", "أن", "بأن")) and len(w) <= 5:
            break  # "وقالت إنها ...": the subject is a pronoun suffix
        if out and lang == "ar" and w.startswith("ل") and w[1:] in _AR_MEDIA_KINDS:
            break  # "شاهد عيان [لقناة الجزيرة]": told to a channel
        if out and lang == "el" and w == "από" and len(out) == 1 \
                and text[out[0][0]:out[0][1]].lower() in ("ένας", "μία", "μια", "ένα"):
            out.extend(toks[i:i + 3])  # "ένας από τους διασωθέντες": one of the survivors
            break
        if out and lang == "fa" and w == "از" and text[out[-1][0]:out[-1][1]] in _FA_PARTITIVE:
            out.append((x, y))  # "یکی از کشاورزان": one of the farmers
            continue
        if out and lang == "ur" and w in ("کے", "کی", "کا"):
            out.append((x, y))  # "اسٹیٹ بینک کے ترجمان": a genitive inside the phrase
            continue
        if out and lang == "fa" and w == "کل" and text[out[-1][0]:out[-1][1]] in _FA_CHIEF:
            out.append((x, y))  # "رئیس کل بانک مرکزی", "دبیر کل": 'chief', not 'all'
            continue
        if out and lang in ("ar", "fa", "ur", "tr") and (w in L.STOP_ARABIC or w in _OBJECT_MARKERS):
            break
        if out and lang in ("fa", "ur") and w in _FA_ADVERBS:
            break
        if out and lang == "de" and lw in _DE_FINITE_AUX:
            break  # "Der Vorstand [hat am Dienstag] gesagt": the auxiliary ends the subject
        if out and after and w == "dem" and text[out[-1][0]].isupper() \
                and text[out[-1][0]:out[-1][1]].lower() not in PREPOSITIONS:
            break  # "sagte Jonas Keller [dem Münchner Merkur]": a dative after a name is told
        if out and after and lang == "de" and lw == "der" and i + 1 < len(toks) and \
                L.fold(text[toks[i + 1][0]:toks[i + 1][1]]) in _DE_TOLD_MEDIA:
            break  # "sagte ein GEW-Sprecher [der Agentur]": the agency told, in the dative
        if out and after and lang == "de" and lw in ("der", "dem") and i + 1 < len(toks) and \
                text[toks[i + 1][0]:toks[i + 1][1]] in _DE_AGENCY_NAMES:
            break  # "sagte ein ADAC-Sprecher [der dpa]": an agency by name, told in the dative
        if out and lang == "tr" and lw in ("de", "da", "ise", "dahi"):
            break  # "Karayolları Genel Müdürlüğü [de] ...": the particle closes the subject
        if out and after and (lw in L.ALL_FUNCTION_WORDS or lw in PREPOSITIONS) \
                and lw not in _KEEP_IN_NP and not (lw == "für" and _capital_next(text, y)):
            break
        if out and after and _PARTICIPLE.search(lw) and w.islower() and \
                text[out[-1][0]].isupper():
            break  # "l'associazione Antigone [presentato mercoledì]": a participle, not a name
        if after and len(out) == 2 and text[out[0][0]:out[0][1]].lower() in _INDEFINITE \
                and _PARTICIPLE.search(lw) and w.islower() and len(w) > 5:
            break  # "una studentessa [incontrata alla fermata]": who, then where she was met
        if out and RELAY_PARTICIPLE.fullmatch(lw):
            break  # "Economistas [consultados por la agencia]": the medium, not the speaker
        prev = text[out[-1][0]:out[-1][1]].lower() if out else ""
        if len(out) >= 2 and lw in _ARTICLES and prev not in _GENITIVE \
                and not (lang == "de" and lw in ("des", "der") and _capital_next(text, y)):
            break  # "l'ordine dei medici [il piano ...]": a second article starts a new phrase
            # ("Ein Sprecher des Ministeriums": a German genitive stays in the phrase)
        out.append((x, y))
    while out and lang == "ur" and text[out[-1][0]:out[-1][1]] in ("کے", "کی", "کا"):
        out.pop()
    return out[:8]


# Persian offices that take 'کل' for 'chief' or 'general' after them.
_FA_CHIEF = frozenset("رئیس دبیر مدیر بازرس دادستان فرمانده حسابرس مدیرعامل".split())


def _last_of_subject(text: str, toks, k: int) -> bool:
    """toks[k] closes the subject: the phrase ends with it or an adverb ('نیز', 'بھی') follows."""
    return k < len(toks) and (k == len(toks) - 1 or text[toks[k + 1][0]:toks[k + 1][1]] in _FA_ADVERBS)


_INDEFINITE = frozenset("un une una uno ein eine".split())
# Agencies by name, as written ('dpa', 'APA', 'KNA', 'epd', 'Reuters'): after a German subject,
# 'der'/'dem' before one is the dative of the one told, never a genitive of the subject's body.
_DE_AGENCY_NAMES = frozenset(a for a in L.AGENCIES if a.isascii())
_DE_TOLD_MEDIA = frozenset("agentur nachrichtenagentur zeitung tageszeitung wochenzeitung".split())
_DE_FINITE_AUX = frozenset("""hat haben hatte hatten ist sind war waren wird werden soll sollen
    sollte sollten will wollen wollte kann können konnte muss müssen musste dürfte könnte""".split())
_PARTICIPLE = re.compile(r"(?:at[oaie]|it[oaie]|ut[oaie]|ée?s?|ad[oa]s?|id[oa]s?)$")
RELAY_PARTICIPLE = re.compile(r"(?:consultad|citad|entrevistad|cité|citat|intervistat|"
                               r"interrogé|sondé|befragt|zitiert)\w*", re.I)


def _capital_next(text: str, pos: int) -> bool:
    """'Verein für Steuergerechtigkeit': German 'für' before a capital stays inside a name."""
    rest = text[pos:pos + 3].lstrip()
    return bool(rest) and rest[0].isupper()


_NAME_LINKS = frozenset("di de del della dello degli des du e et y und für für la las los".split())


def lower_tail(text: str, me: int, b: int) -> bool:
    """Romance names of bodies run on in lower case after their first word ('Istituto
    nazionale di geofisica e vulcanologia'); the whole source phrase then names it."""
    toks = words(text, me, b)
    if not toks or len(toks) > 6 or text[me:toks[0][0]].strip():
        return False
    for x, y in toks:
        w = text[x:y]
        if w in _NAME_LINKS:
            continue
        if not w[:1].islower() or L.fold(w) in L.ALL_FUNCTION_WORDS or not w.isalpha():
            return False
    return text[toks[-1][0]:toks[-1][1]] not in _NAME_LINKS


def has_quote(chunk: str) -> bool:
    return any(c in chunk for c in "«»„“”\"")


ACRONYM_AFTER = re.compile(r"(?:\s+[a-zà-ÿ'’]+){0,5}\s*\((\w[\w.-]{1,9})\)")
_CORP_ABBREV = re.compile(r"\.(?:[A-Za-z]{1,2}\.)+")
_LOWER_CLOSE = re.compile(r"(?:\s+[a-zà-ÿ]{4,}){1,2}(?=\s*[.;]|\s*$)")
ACRONYM_CLOSING = re.compile(r"\((\w[\w.-]{1,9})\)\s*$")
# A body's name going on with a genitive or 'for' and capitalised words to the clause's end:
# "Autostrade per l'Italia", "Γεωδυναμικό Ινστιτούτο του Αστεροσκοπείου Αθηνών".
_ORG_TAIL = re.compile(r"\s+(?:του|της|των|per l['’]|per la |per il |für |für die )\s*"
                       r"[A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*){0,3}(?=\s*[.,;:]|\s*$)")


def named(text: str, ent: Entity, ms: int, me: int) -> Speaker:
    """'Afet ve Acil Durum Yönetimi Başkanlığı (AFAD)': the bracketed acronym is the name the
    outlets share, and the one the entity step never cuts short."""
    m = ACRONYM_AFTER.match(text, me)
    if m and ent.type == "PERSON" and (m.group(1)[:1] != text[ms:ms + 1] or not set(m.group(1))
                                       <= set(c for c in text[ms:me] if c.isupper())):
        m = None  # "Karl Schneider (CDU)", "Sabine Krämer (SPD)": a person's party, not their acronym
    if m and (m.group(1).isupper() or not m.group(1)[:1].isascii() or (
            m.group(1)[:1].isupper() and m.start(1) - me > 2)) and len(m.group(1)) <= 8:
        # "(AFAD)", and after a lowercase tail "Autorità nazionale anticorruzione (Anac)"
        return Speaker(ent.id, m.group(1), ms, me)
    abbrev = _CORP_ABBREV.match(text, me) if re.search(r"\s[A-Z]$", ent.name) else None
    if abbrev is not None:  # "Metro S.A.": the abbreviation belongs to the name
        return Speaker(ent.id, text[ms:abbrev.end()], ms, abbrev.end())
    lower = _LOWER_CLOSE.match(text, me) if ent.type in ("ORG", "OTHER") else None
    if lower is not None and not any(L.fold(w) in L.ALL_FUNCTION_WORDS for w in lower.group().split()):
        return Speaker(ent.id, text[ms:lower.end()], ms, lower.end())  # "Protezione civile provinciale"
    tail = _ORG_TAIL.match(text, me) if ent.type in ("ORG", "OTHER") else None
    if tail is not None and "\n" not in tail.group():
        return Speaker(ent.id, text[ms:tail.end()], ms, tail.end())
    return Speaker(ent.id, ent.name, ms, me)


def titles_of(text: str, entities: Iterable[Entity], language: str | None) -> dict[str, str]:
    """Entity id per role word introducing exactly one person ('ministre' -> e4)."""
    lang = (language or "")[:2]
    seen: dict[str, set[str]] = {}
    quoted = quote_pairs(text)
    for ent in entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if any(o < m.start < c for o, c in quoted):
                continue  # 'Bakan, "Gönüllü ve ..."': a capitalised word of the words said
            before = text[max(0, m.start - 80):m.start]
            before = before[max(before.rfind(". "), before.rfind("\n"), -1) + 1:]  # this sentence only
            toks = words(before)
            after = text[m.end:m.end + 40]
            appositive = [after[a:b] for a, b in words(after)[:2]] if after[:2].strip() in (",", "،") else []
            # a name set off after its description reaches back over the role's complements:
            # "La consejera de Salud de la Junta de Andalucía, Marta Ruiz,"
            reach = 10 if before.rstrip().endswith((",", "،")) else 6
            for w in [before[a:b] for a, b in toks[-reach:]] + appositive:
                if title_word(w, lang) or w in L.TITLES_ARABIC:
                    f = L.fold(w)
                    seen.setdefault(f[2:] if f.startswith("ال") and len(f) > 4 else f, set()).add(ent.id)
    return {t: next(iter(ids)) for t, ids in seen.items() if len(ids) == 1}


# A live blog's entry opens on its clock time ("19.55 Uhr:", "08h15 —", "14:30 -"): a
# stamp, like a dateline, never the sentence's subject.
_LIVE_STAMP = re.compile(r"(?:\d{1,2}[.:h]\d{2}|\d{1,2}\s?h)(?:\s*(?:Uhr|h))?\s*[:—–-]\s+")


def past_stamp(text: str, s: int, limit: int) -> int:
    """Where the sentence at s starts once a live-blog time stamp opening its line is set aside."""
    line = text.rfind("\n", 0, s) + 1
    if text[line:s].strip():
        return s
    m = _LIVE_STAMP.match(text, s, limit)
    return m.end() if m else s


# A question put to the speaker, fronted or set between subject and verb: "Interrogé sur le
# blocage, il a répondu", "Preguntado por X, Villalba respondió", "وردا على سؤال حول ...، أجاب",
# "وی در پاسخ به پرسش خبرنگار ایسنا ... افزود". Whoever it names asked or was asked about; the
# speaker is outside it. Romance, German, Greek and Arabic openers end at their comma; the
# Persian and Urdu phrase runs on to the verb; the Turkish one ends on 'üzerine'.
_ASKED = re.compile(
    r"(?i:(?<![\w])(?:و\s*|وفي\s+)?(?:"
    r"interrog[ée]e?s?|questionn[ée]e?s?|sollicit[ée]e?s?|pr[eé]gunt[ae]d[oa]s?|preguntad[oa]s?|"
    r"interpelad[oa]s?|consultad[oa]s? sobre|interpellat[oaie]|sollecitat[oaie]|"
    r"gefragt|angesprochen|befragt zu|auf (?:die |eine )?(?:frage|nachfrage)|"
    r"(?:en )?r[ée]ponse [àa] une question|[àa] une question|en respuesta a (?:una )?pregunta|"
    r"a la pregunta|ante la pregunta|alla domanda|a una domanda|rispondendo a una domanda|"
    r"ερωτηθε[ίι]ς|ερωτηθε[ίι]σα|σε ερώτηση|απαντώντας σε ερώτηση|"
    r"(?:ردا|رداً|ردّا|جوابا|رده|ردها|ردّه) على (?:سؤال|أسئلة))"
    r"[^,،:;.!?«»\"“”\n]{0,140}[,،]|"
    r"در پاسخ به (?:پرسش|سوال|سؤال)[^،,:;.!?«»\"\n]{0,120}|"
    r"(?:\S+\s+){0,6}?(?:sorusu|sorusunu|soruyu|sorulması)\s+(?:üzerine|yanıtlarken|yanıtlayan|"
    r"cevaplarken|cevaplayan)[,]?|"
    r"(?:\S+\s+){0,8}?سوال (?:پر|کے جواب میں)[،,]?)")


def asked_span(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """The question-put phrase between s and the cue, or None."""
    m = _ASKED.search(text, s, cue_start)
    if m is None:
        return None
    return m.start(), min(m.end(), cue_start)


# Turkish opens a sentence on its subject: a topic marked by 'ise' ("Sudan'ın temsilcisi ise
# ... öne sürdü"), a head noun after a participle ("AA'ya konuşan bir Batılı diplomat, ..."),
# or a name closing the first comma's phrase ("Koordinatör Yardımcısı Maria Lindqvist, Konsey
# üyelerine, ..."). Later datives and genitives are whom it was told to or what about.
_TR_TOPIC = re.compile(r"\s*((?:[^\s,\"“”«»]+\s+){0,5}?[^\s,\"“”«»]+)\s+ise[\s,]")
# (a participle in -an/-en, not an ablative in -dan/-ten: "hesabından yaptığı paylaşımda")
_TR_PARTICIPLE_HEAD = re.compile(r"(?<!\w)(?:[a-zçğıöşü]\w*[^\W\ddt][ae]n|[a-zçğıöşü]\w*y[ae]n|eden)\s+"
                                 r"((?:bir\s+)?(?:[^\s,]+\s+){0,3}[^\s,]+)\s*$")


# Persian sets its subject off with a contrastive 'اما' or 'ولی' right after it: "وکیل متهم
# اما این اتهام را رد کرد و گفت ...".
_FA_TOPIC = re.compile(r"\s*((?:[^\s،,«»\"]+\s+){0,4}?[^\s،,«»\"]+)\s+(?:اما|ولی)\s")


def fa_opening_subject(text: str, index, s: int, c: int) -> Speaker | None:
    """The subject a Persian sentence opens on before its contrastive particle, or None."""
    m = _FA_TOPIC.match(text, s, c)
    if m is None:
        return None
    a, b = m.span(1)
    hits = [h for h in index.within(a, b) if h[2].type in ("PERSON", "ORG") and not text[h[1]:b].strip()]
    return named(text, hits[-1][2], hits[-1][0], hits[-1][1]) if hits else Speaker(None, text[a:b], a, b)


def tr_opening_subject(text: str, index, s: int, c: int) -> Speaker | None:
    """The subject a Turkish sentence opens on before the cue at c, or None."""
    m = _TR_TOPIC.match(text, s, c)
    if m is not None:
        a, b = m.span(1)
    else:
        comma = text.find(",", s, c)
        if comma < 0 or has_quote(text[s:comma]):
            return None
        a, b = s, comma
        head = _TR_PARTICIPLE_HEAD.search(text, a, b)
        if head is None:
            hits = [h for h in index.within(a, b) if h[2].type in ("PERSON", "ORG")]
            if not hits or text[hits[-1][1]:b].strip():
                return None  # only a name closing the phrase is surely its subject
            return named(text, hits[-1][2], hits[-1][0], hits[-1][1])
        a = head.start(1)
    hits = [h for h in index.within(a, b) if h[2].type in ("PERSON", "ORG")
            and not text[h[1]:b].strip()]
    if hits:
        return named(text, hits[-1][2], hits[-1][0], hits[-1][1])
    return Speaker(None, text[a:b].strip(), a, a + len(text[a:b].strip()))


# Words that hand a medium what follows, around its name: 'gegenüber der APA', 'en
# declaraciones a Radio Alcañiz', "Anadolu Ajansı'na konuşan".
_TOLD_AROUND = re.compile(r"(?i:gegenüber|declaraciones a|declaraciones al|entretien (?:à|au|avec)|"
                          r"intervista (?:a|al|alla|con)|Interview mit|Gespräch mit|"
                          r"συνέντευξη (?:στο|στην)|گفت‌وگو با|گفتگو با)\s+(?:der |dem |die |la |el |le |l['’])?$")
_TR_TOLD = re.compile(r"['’]?(?:y|n)?[ae]\s+(?:konuşan|konuştu|yaptığı açıklamada|açıklama yapan|"
                      r"verdiği demeçte|demeç veren)")
# Gatherings where words are said anew ('sagte Scholl am Abend auf einer Branchentagung').
_GATHERING = re.compile(r"(?i:tagung|kongress|congr[eè]s|congreso|congresso|veranstaltung|gipfel|"
                        r"sommet|cumbre|vertice|zirve|σύνοδο|قمة|همایش|اجلاس)")
_SENTENCE_END = re.compile(r"[.!?؟۔][»”\"]?(?=\s)")


# A sentence that only says someone gave an interview: "La ministra X concedió una entrevista a
# la Cadena SER.", "Il ministro X ha rilasciato un'intervista a Repubblica."
_INTERVIEW = re.compile(r"(?i)(?<![\w-])(?:entrevista|intervista|entretien|interview|Gespräch|"
                        r"συνέντευξη|röportaj|مقابلة|مصاحبه|گفت‌وگو|انٹرویو)(?![\w-])")


def interview_intro(text: str, index, s: int, e: int) -> Speaker | None:
    """The person a sentence with no quotation introduces as giving an interview: the one who
    speaks next when a quotation with no subject of its own opens the next paragraph."""
    if not _INTERVIEW.search(text, s, e):
        return None
    people = [h for h in index.within(s, e) if h[2].type == "PERSON"]
    return named(text, people[0][2], people[0][0], people[0][1]) if people else None


def _posted_on(text: str, at: int) -> bool:
    """A platform named with its preposition ('auf Instagram', 'sur son compte X'): the
    speaker's post, the channel of the words quoted from it."""
    from .ml_media import ON_PLATFORM
    m = ON_PLATFORM.search(text, max(0, at - 40), at + 20)
    return m is not None and m.start() < at < m.end()


def paragraph_channel(text: str, rules, index, rows: list) -> list:
    """'X bestätigte gegenüber der APA, dass ... „...“, sagte X.': a direct quotation with no
    medium of its own, whose speaker told a medium earlier in the same paragraph, came by that
    medium, unless its own sentence names another occasion. (Indirect claims after such a
    sentence are left alone: the golds give them no medium: 'Solís pidió al gobierno ...'.)"""
    from .ml_claims import OCCASION
    from .ml_media import find_vias, told_to
    out = []
    for r in rows:
        qs, cue, sp, via = r[0], r[3], r[4], r[5]
        first = min([qs] + ([cue.start] if cue is not None else []))
        para = text.rfind("\n", 0, first) + 1
        if not text[para:first].strip(" «»\"“”„") and para > 1 and sp.name \
                and _INTERVIEW.search(text, text.rfind("\n", 0, para - 2) + 1, para) \
                and not has_quote(text[text.rfind("\n", 0, para - 2) + 1:para]):
            para = text.rfind("\n", 0, para - 2) + 1  # the quotation opens the paragraph after
            # the one that said who gave the interview, and to which medium
        ends = [m.end() for m in _SENTENCE_END.finditer(text, para, first)]
        if via or not sp.name or not ends or r[2] != "direct" or OCCASION.search(text, ends[-1], r[1]) \
                or _GATHERING.search(text, ends[-1], _SENTENCE_END.search(text, r[1]).end()
                                     if _SENTENCE_END.search(text, r[1]) else len(text)):
            out.append(r)
            continue
        key = sp.name.split()[-1]
        told = [v for v in find_vias(text, rules, index, para, ends[-1], sp, quote_pairs(text))
                if v.start is not None and key in text[para:ends[-1]] and (
                    told_to(text, v.start) or _TOLD_AROUND.search(text, max(0, v.start - 40), v.start)
                    or _TR_TOLD.match(text, v.end or v.start)
                    or _posted_on(text, v.start))]  # "schilderte auf Instagram ...": the post
        if len(told) == 1 and not _named_since(text, rows, r, told[0]):
            out.append((*r[:5], (told[-1],), *r[6:]))
        else:
            out.append(r)
    return out


def _named_since(text: str, rows: list, r, medium) -> bool:
    """The session-15 ruling: the quotation's speaker was named again after the medium was
    told ('„...“, sagte X.', 'Solís pidió «...»'), by this quotation or by the one of the same
    speaker before it that took no medium: a new attribution, no medium to carry."""
    from .ml_named_again import names_again
    blank = Speaker(None, None, None, None)
    if names_again(text, medium.end, blank, r[4]):
        return True
    before = [x for x in rows if medium.end <= x[0] < r[0] and x[4].name == r[4].name]
    return bool(before) and not before[-1][5] and names_again(text, medium.end, blank, before[-1][4])


# A source an agency saw or quoted, after an according-word: "Selon un document de travail
# consulté par l'agence Reuters, ...", "Según fuentes del club consultadas por la agencia EFE,".
# The source speaks; the agency carried its words.
_SEEN_BY = re.compile(r"\s*(?P<np>[^,;:«»\"“”\n]{3,80}?),?\s+(?:consult|cit[ée]|citad|citat|vu\b|vue\b|"
                      r"obten|visionat|ottenut|eingesehen|zitiert|vist[oa]s?\b)\w*\s+"
                      r"(?:par|por|da|dal|dalla|dall['’]|von|vom|della)\s+(?P<m>[^,;:\n]{2,60}?)\s*,")


# Greek says it with a relative: "εσωτερικό έγγραφο της Κομισιόν που είδε το Politico".
_SEEN_BY_EL = re.compile(r"\s*(?P<np>[^,;:«»\"“”\n]{3,80}?)\s+που\s+(?:είδε|είδαν|εξασφάλισε|έχει στη "
                         r"διάθεσή του|έχουν στη διάθεσή τους)\s+(?:το|η|ο|την|τον)?\s*(?P<m>[^,;:\n]{2,40}?)\s*,")


def seen_by_medium(text: str, rows: list) -> list:
    """Each row opened by an according-word whose source an agency saw: the source speaks,
    through the agency."""
    from .ml_media import AGENCY_RE
    out = []
    for r in rows:
        cue, sp, via = r[3], r[4], r[5]
        m = (_SEEN_BY.match(text, cue.end, r[0]) or _SEEN_BY_EL.match(text, cue.end, r[0])) \
            if cue is not None and not via else None
        agency = AGENCY_RE.search(m.group("m")) if m is not None else None
        seen = m is not None and m.re is _SEEN_BY_EL and m.group("m")[:1].isupper()  # (any paper)
        if agency is None and not seen or r[0] < m.end():
            out.append(r)
            continue
        a, b = m.span("np")
        x, y = (m.start("m") + agency.start("n"), m.start("m") + agency.end("n")) if agency else m.span("m")
        medium = Via(None, text[x:y], x, y)
        if sp.start is None or not a <= sp.start < b:
            sp = Speaker(None, text[a:b], a, b)  # "un document de travail", not the agency
        out.append((*r[:4], sp, (medium,), *r[6:]))
    return out


# Someone named by a first name alone, with an apposition, as the clause's subject: "Sur le
# piquet, Jean-Luc, docker depuis 31 ans, résume", "Massimo, tifoso da quarant'anni, ...".
_FIRST_APPOSED = re.compile(r"(?:^|(?<=,\s)|(?<=[.!?]\s)|(?<=\n))([A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
                            r",\s+(?:\d|[a-zà-ÿ])")


def first_name_apposed(text: str, index, a: int, b: int) -> Speaker | None:
    """The first name with an apposition before the cue, where no person is named there."""
    if any(h[2].type == "PERSON" for h in index.within(a, b)):
        return None
    for m in _FIRST_APPOSED.finditer(text, a, b):
        w = m.group(1)
        if L.fold(w) in L.ALL_FUNCTION_WORDS or L.fold(w) in L.COMMON_CAPS or L.fold(w) in _NOT_NAMES \
                or index.within(m.start(1), m.end(1)) or has_quote(text[m.end():b]):
            continue
        return Speaker(None, w, m.start(1), m.end(1))
    return None


# Capitalised words that open a clause before an apposition's comma and are no first names.
_NOT_NAMES = frozenset(L.fold(w) for w in """Hier Aujourd'hui Demain Ayer Hoy Mañana Ieri Oggi Domani
    Gestern Heute Morgen Ensuite Luego Poi Dann Enfin Finalmente Infine Schließlich Mientras
    Alors Entonces Allora Also Pourtant Sin Embargo Tuttavia Jedoch Además Inoltre Außerdem""".split())


__all__ = ["ACRONYM_AFTER", "ACRONYM_CLOSING", "PREPOSITIONS", "RELAY_PARTICIPLE", "asked_span",
           "fa_opening_subject", "first_name_apposed", "has_quote", "lower_tail", "named", "noun_phrase", "paragraph_channel", "past_stamp",
           "seen_by_medium", "titles_of", "tr_opening_subject"]
