"""Clause shapes of non-English reported speech that ml_quotes reads: quotations over paragraph
breaks or broken by their attribution, media citing sources, announced objects, German subjunctive.
Inputs: article text, entity index and per-language rules from ml_quotes; pure text helpers.
"""
from __future__ import annotations

import re

from ..records import Span, Speaker, Via
from . import ml_lexicon as L
from .ml_ar_object import ar_object_start
from .ml_canon import canonical_medium, medium_name
from .ml_marks import compared, quote_pairs, words
from .ml_media import AGENCY_RE, is_medium, relayed_by, told_to
from .ml_speakers import (PREPOSITIONS, SPEAKING_TYPES, appositive_subject, clause_end,
                          in_dateline, is_title, named, speaker_in)


END_PUNCT = " \t\n.,;:!?؟،۔»«“”„\"'’‹›"


# A medium citing its own source right after its name: "l'agence Reuters, qui cite deux
# sources ...", "que cita un informe de ...", "που επικαλείται πηγές ...", "رویترز به نقل از
# دو منبع ...", Turkish "Reuters'ın ... kaynaklarına dayandırdığı habere göre".
CITING = re.compile(r"[\s,،]*(?:(?:qui|que|che|που|die)\s+)?(?:cite|citait|cita|citaba|citava|citó|citò|a cité|ha citato|"
                     r"επικαλείται|επικαλούμενο|beruft sich auf|unter Berufung auf|citant|citando|به نقل از|"
                     r"نقلا عن|نقلاً عن|sich\s+auf)\s+")


# German puts the relative clause's verb last: "AFP, die sich auf Kreise der Autobahn beruft".
_DE_CITING_VERB = re.compile(r"\s+(?:beruft|berief|berufen|bezieht|bezog|stützt|stützte)$")


# A document cited by its author: "un informe del X", "un rapport de X", "einen Bericht des X";
# the Spanish personal 'a' before a person cited ("que citó al alcalde X").
_REPORT_OF = re.compile(r"(?:al|a la|a los|a las)\s+(?=\w)|(?:une?|una?|uno|einen|ein|a|an)\s+(?:informe|estudio|rapport|étude|rapporto|studio|"
                        r"Bericht|Studie|report|study)\s+(?:del|de la|de los|de las|du|de la|des|de l['’]|de|"
                        r"della|dello|dell['’]|dei|degli|di|des|der|by|from)\s*", re.I)


KIND_THEN_NAME = re.compile(r"\s+([A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*){0,2})")


# Urdu 'with reference to': "جیو نیوز نے ضلعی انتظامیہ کے حوالے سے بتایا".
UR_CITING = re.compile(r"\s*نے\s+(?P<np>[^۔،\n]{2,50}?)\s+کے حوالے سے")


MEDIUM_KINDS = frozenset(L.fold(w) for w in L.MEDIUM_WORDS + L.AGENCY_WORDS)


TR_CITING = re.compile(r"['’]n?[ıiuü]n\s+(?P<np>[^,.]{3,60}?)(?:n|y)?[ae]\s+dayandırdığı")


def cited_source(text, rules, index, roles, row):
    """The medium only passed the words on: the source it cites speaks, the medium is a via."""
    qs, qe, kind, cue, sp, via = row
    tr = TR_CITING.match(text, via[0].end) if via and via[0].end is not None else None
    if tr is not None and (sp.start is None or sp.start < tr.end() and (sp.end or 0) > tr.start()):
        a, b = tr.span("np")  # "AA'nın Meteoroloji kaynaklarına dayandırdığı habere göre": the
        return (qs, qe, kind, cue, Speaker(None, text[a:b], a, b), via)  # sources speak
    if sp.name is None or sp.end is None or not (
            canonical_medium(sp.name) or is_medium(text, rules, sp.start, sp.end)
            # (a kind word ending a compound counts: "der Deutschen Presse-Agentur, die sich auf")
            or any(L.fold(w) in MEDIUM_KINDS | {"agentur"} for w in re.split(r"[\s-]+", sp.name))
            # an unknown name that cites a source of its own ("Franceinfo, qui cite ...") is a
            # relay by that clause alone
            or sp.name[:1].isupper() and len(sp.name.split()) <= 3 and CITING.match(text, sp.end)
            and re.search(r"(?i)cit|beruf|sich auf|επικαλ", text[sp.end:sp.end + 30])):
        return row
    tr = TR_CITING.match(text, sp.end) or UR_CITING.match(text, sp.end)
    titled = None if tr else KIND_THEN_NAME.match(text, sp.end)  # "el diario El Comercio, que cita"
    m = None if tr else CITING.match(text, titled.end() if titled else sp.end)
    if tr is not None:
        a, b = tr.span("np")
    elif m is not None:
        a = m.end()
        report = _REPORT_OF.match(text, a)  # "que citó un informe del Servicio Geológico": the
        a = report.end() if report else a  # report speaks as its author (the session 15 ruling)
        stops = [x for x in (clause_end(text, a, len(text)), text.find("\n", a),
                             *(c.start() for c in rules.cue.finditer(text, a, min(len(text), a + 80))))
                 if x >= 0]
        b = min(stops)
        b = a + len(text[a:b].rstrip(" .،,"))
        verb = _DE_CITING_VERB.search(text, a, b)
        b = verb.start() if verb else b
    else:
        return row
    if len(words(text, a, b)) < 1 or b - a > 80:
        return row
    cited = speaker_in(text, index, roles, a, b, None)
    if cited.name is None or cited.start is None or cited.start < a or (cited.end or 0) > b \
            or len(words(text, a, cited.start)) > 1 or cited.entity is None and b - a < 60:
        cited = Speaker(None, text[a:b], a, b)  # "سازمان بنادر", "une source au ministère"
    slash = re.match(r"/[A-ZÀ-ÝÄÖÜ][\w-]*", text[cited.end:b]) if cited.end is not None else None
    if slash is not None:  # "das Polizeipräsidium Schwaben Süd/West": the slash joins one name
        cited = Speaker(cited.entity, text[cited.start:cited.end + slash.end()], cited.start,
                        cited.end + slash.end())
    if a < qe and qs < b:  # the citing clause opened the content: "qui cite ..., le pétrolier"
        qs = trim(text, clause_end(text, b, qe) if text[b:b + 2].strip() else b, qe)[0]
    known = AGENCY_RE.search(text, sp.start, sp.end)  # "نجی ٹی وی چینل جیو نیوز": Geo News
    own = () if titled and any(v.start == titled.start(1) for v in via) else \
        (Via(None, medium_name(known.group("n")), *known.span("n")),) if known else \
        (Via(sp.entity, medium_name(sp.name), sp.start, sp.end),)
    vias = own + tuple(v for v in via if v.start != sp.start  # ("der Agentur Reuters": no 'Agentur')
                       and (v.start is None or not a <= v.start < b or not tr  # (the source cited
                            or text[tr.start()] not in "'’")  # by a Turkish agency is no via)
                       and not (v.end is not None and v.end <= sp.start and not text[v.end:sp.start].strip()
                                and L.fold(v.name) in MEDIUM_KINDS | {"agentur"}))
    return (qs, qe, kind, cue, cited, vias)


def person_before(text: str, index, s: int) -> Speaker | None:
    """The last person named in the 300 characters before s."""
    back = [r for r in index.within(max(0, s - 300), s) if r[2].type == "PERSON"]
    return named(text, back[-1][2], back[-1][0], back[-1][1]) if back else None


def according_pronoun(text: str, rules, s: int, o: int) -> tuple[int, int] | None:
    """'Selon lui', 'según ella', 'secondo loro' before the quotation: the span of the phrase."""
    for m in rules.according.finditer(text, s, o):
        nxt = words(text, m.end(), min(o, m.end() + 12))[:1]
        if nxt and text[nxt[0][0]:nxt[0][1]].lower() in ACC_PRONOUNS:
            return m.start(), nxt[0][1]
    m = IN_HIS_VIEW.match(text, s, o)
    return m.span() if m else None


# "A su juicio, ...", "À son avis, ...", "Seiner Ansicht nach": in the view of the one just
# named, so the sentence is still that person's.
IN_HIS_VIEW = re.compile(r"\s*(?:A su (?:juicio|entender|parecer)|En su opinión|À son avis|"
                         r"Selon (?:lui|elle)|A suo (?:avviso|giudizio|parere)|"
                         r"(?:Seiner|Ihrer) (?:Ansicht|Meinung|Einschätzung) nach|"
                         r"Κατά τη γνώμη (?:του|της)|Kendisine göre|به نظر (?:او|وی)|"
                         r"ان کے خیال میں|في رأيه|برأيه|A suo dire|Secondo (?:lui|lei)|"
                         r"Según (?:él|ella)|D['’]après (?:lui|elle)|Pour (?:lui|elle)|"
                         # "Según dijo a la Cadena SER, ...": as she told it, the one just named
                         r"Según (?:dijo|explicó|declaró|relató|precisó|indicó|contó)(?:\s+a\s+[^,،.]{1,40})?|"
                         r"Κατά (?:τον ίδιο|την ίδια)|(?:Ihm|Ihr) zufolge|Nach (?:seinen|ihren) Worten|"
                         r"Ona göre|به گفته (?:او|وی)|و?بحسبه|و?بحسبها|ان کے بقول)(?=\s*[,،])"
                         # (Persian often sets no comma after it: 'به گفته او دستمزد ... شده است')
                         r"|\s*به گفته (?:او|وی)(?=\s)")


ACC_PRONOUNS = frozenset("""lui elle eux elles él ella ellos ellas lui lei loro ihm ihr ihnen
    αυτόν αυτήν αυτούς αυτόν""".split())


# Words after a body's name that make it unnamed people of that body: "Çevre Bakanlığı
# kaynakları", "مصدر في نقابة المستشفيات".
TR_SOURCES_AFTER = re.compile(r"\s+(?:kaynakları|kaynaklarına|çevreleri|yetkilileri)(?!\w)")


AR_SOURCE_WORDS = frozenset("مصدر مصادر مسؤول مسؤولون".split())


AR_SOURCE_TAIL = re.compile(r"\s+(?:في|من|ب)\s+(?:\S+\s+){0,3}?\S+?(?=\s+(?:ل\S+|إن|أن|بأن|قوله|"
                             r"قولها)(?!\S))")


def source_tail(text: str, lang: str, sp: Speaker) -> Speaker:
    if sp.name is None or sp.end is None:
        return sp
    tail = TR_SOURCES_AFTER.match(text, sp.end) if lang == "tr" else \
        AR_SOURCE_TAIL.match(text, sp.end) if lang == "ar" and sp.name in AR_SOURCE_WORDS else None
    if tail is None:
        return sp
    return Speaker(sp.entity, text[sp.start:tail.end()], sp.start, tail.end())


def continues_quote(text: str, o: int) -> bool:
    """The mark at o opens its paragraph and the paragraph before ended inside a quotation."""
    if not reopens(text, o + 1):
        return False
    k = text.rfind("\n", 0, o)
    while k > 0 and text[k - 1] in "\n \t":
        k -= 1
    return any(c == k for _, c in quote_pairs(text[:o + 1]))


def runs_on(text: str, qe: int) -> bool:
    """The quotation stops at a paragraph break with no closing mark."""
    k = qe
    while k < len(text) and text[k] in ".!?…؟۔ \t":
        k += 1
    return k < len(text) and text[k] == "\n"


def reopens(text: str, qs: int) -> bool:
    """The quotation opens its paragraph: a speaker's words going on from the one before."""
    head = text[text.rfind("\n", 0, qs) + 1:qs]
    return bool(head.strip()) and all(c in '«„“"»‹ \u00a0' for c in head)


def run_on_speakers(text: str, rows: list) -> list:
    """A quotation running over a paragraph break is one speaker's: the unattributed part
    takes the speaker of the part that names one ('« ... lois.\n\n« ... », a-t-il ajouté')."""
    out = list(rows)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a[2] == "indirect" or b[2] == "indirect" or not runs_on(text, a[1]) \
                or not reopens(text, b[0]) or "\n" in text[text.find("\n", a[1]):b[0]].strip():
            continue
        if a[4].name is None and b[4].name is not None:
            out[k] = (*a[:4], b[4], a[5])
        elif b[4].name is None and a[4].name is not None:
            out[k + 1] = (*b[:4], a[4], ())
    return out


def quote_paragraphs(text: str, rows: list) -> list:
    """A paragraph that is nothing but a quotation, right after a paragraph whose quotation
    was attributed, goes on with that speaker ('«...», είπε ο X.\n\n«...»')."""
    out = list(rows)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if b[4].name is not None or b[2] != "direct" or a[4].name is None or a[2] == "indirect":
            continue
        ps = text.rfind("\n", 0, b[0]) + 1
        pe = text.find("\n", b[1])
        pe = len(text) if pe < 0 else pe
        if text[ps:b[0]].strip(' «„“"‹\u00a0') or text[b[1]:pe].strip(' .!?»“”"›\u00a0'):
            continue
        between = text[a[1]:ps]
        if between.count("\n") == 0 or between.strip("\n ").count("\n"):
            continue  # not the paragraph right before
        out[k] = (*b[:4], a[4], ())
    return out


DATELINE = re.compile(r"[^\n]{1,40}? [—–] ")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    m = DATELINE.match(text, s, e)
    if m and (s == 0 or text[s - 1] == "\n"):
        s = m.end()
    while s < e and text[s] in END_PUNCT:
        s += 1
    while e > s and text[e - 1] in END_PUNCT:
        e -= 1
    return s, e


# A verb of saying followed straight by an infinitive ("a dit attendre", "ha detto di non
# sapere", "dijo desconocer"); and 'di'/'de' before one after a second cue.
NOT_INFINITIVE = r"(?!(?:hier|soir|notre|votre|contre|entre|autre|leur|pour|sur|ayer|mejor|mayor|peor|menor)\b)"


INFINITIVE = {"fr": re.compile(rf"\s+(?:ne pas |n['’]|ne )?{NOT_INFINITIVE}[a-zàâéèêîôûç]+(?:er|ir|re|oir)(?!\w)"),
               "es": re.compile(rf"\s+(?:no )?{NOT_INFINITIVE}[a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|se)?(?!\w)"),
               "it": re.compile(r"\s+di\s+(?:non\s+)?[a-zàèéìòù]+(?:are|ere|ire|rre)(?!\w)")}


INFINITIVE_OF = re.compile(r"(?:di|de|d['’])\s*(?=(?:non |ne pas )?[a-zàèéìòùâêîôûç]+(?:are|ere|ire|er|ir|re)\b)")


BREAK = ",—–"


_ATTRIBUTION_END = re.compile(r"[,—–]|(?<=\w\w\w)\.(?=\s+\S)")


def interrupted(text, rules, index, o, c):
    """A quotation broken by its own attribution ('« A, a assuré X, B »', '«A —dijo X—, B»'):
    the cue, its speaker and the two parts of the words."""
    for cue in rules.cue.finditer(text, o + 1, c):
        before = text[o + 1:cue.start()].rstrip()
        if not before or before[-1] not in BREAK or len(words(text, o + 1, cue.start())) < 2:
            continue
        people = [h for h in index.within(cue.end(), min(c, cue.end() + 90)) if h[2].type == "PERSON"]
        at = people[0][1] if people else cue.end()
        # the attribution ends at a comma or dash, or at a full stop that ends its sentence
        # ('« A, a assuré le préfet. B »'; not the point of 'M.' or 'Dr.')
        m = _ATTRIBUTION_END.search(text, at, c)
        stop = m.start() if m else None
        if stop is None:
            return None
        resume = stop
        while resume < c and text[resume] in BREAK + ". ":
            resume += 1
        if len(words(text, resume, c)) < 2:
            return None
        if people:
            speaker = named(text, people[0][2], people[0][0], people[0][1])
        elif text[cue.end():stop].strip():
            speaker = Speaker(None, text[cue.end():stop].strip(), cue.end() + 1, stop)
        else:  # '«A — ha aggiunto — B»': a dropped subject, the caller's last speaker
            speaker = Speaker(None, None, None, None)
        first_end = o + 1 + len(before) - 1
        return cue, speaker, [(o + 1, first_end), (resume, c)]
    return None


def unreported_participle(text: str, s: int, cue) -> bool:
    """'Das hat X mitgeteilt' reports; 'Die Bahn habe ... angekündigt, sagte X' is the
    content: a participle is a cue only after an indicative form of 'haben'."""
    if not L.DE_PARTICIPLE.fullmatch(cue.group()):
        return False
    return L.DE_PERFECT_AUX.search(text, s, cue.start()) is None


# Generic nouns for a body named just before: "Das gab das Unternehmen bekannt".
BODY_NOUNS = frozenset(L.fold(w) for w in """Unternehmen Konzern Firma Ministerium Verband
    Behörde Gewerkschaft Bahn société entreprise groupe ministère syndicat empresa compañía
    ministerio sindicato azienda società ministero sindacato εταιρεία υπουργείο""".split())


def body_anaphor(text, lang, index, sp: Speaker, prev) -> Speaker:
    """'das Unternehmen' after a sentence that named one body is that body; a German noun
    phrase ends at its first lower-case word after the noun ('das Unternehmen [am Montag]')."""
    if sp.name is None or sp.start is None:
        return sp
    toks = words(text, sp.start, sp.end)
    if lang == "de":
        cut = next((k for k in range(2, len(toks)) if text[toks[k][0]].islower()), len(toks))
        toks = toks[:cut]
        sp = Speaker(None, text[toks[0][0]:toks[-1][1]], toks[0][0], toks[-1][1])
    noun = L.fold(text[toks[1][0]:toks[1][1]]) if len(toks) == 2 else ""
    bodies = [h for h in index.within(*prev) if h[2].type == "ORG"]
    if noun in BODY_NOUNS and bodies:
        return Speaker(bodies[0][2].id, bodies[0][2].name, sp.start, sp.end)
    opening = OPENING_NAME.match(text, *prev) if noun in BODY_NOUNS else None
    if opening is not None:  # "Die ÖBB stellen ...": the name that opens the sentence before
        return Speaker(None, opening.group(1), sp.start, sp.end)
    return sp


OPENING_NAME = re.compile(r"\s*(?:[^—\n]{1,40}\s—\s*)?(?:Die|Der|Das|La|Le|Les|El|Il|Lo|Η|Ο|Το)\s+"
                           r"([A-ZÀ-ÝÄÖÜΑ-Ω][\w-]*(?:\s+[A-ZÀ-ÝÄÖÜΑ-Ω][\w-]*)*)")


# Sources named by a bare plural, no article: "fonti vicine al dossier", "sources proches de".
SOURCES_NOUN = r"(?:fonti|fuentes|sources|Quellen|Kreise|πηγές|ambienti|círculos|milieux)\b"
DEFINITE_NP = re.compile(r"\s*((?:(?:il|lo|la|l['’]|i|gli|le|el|los|las|der|die|das|den|ο|η|οι|το|"
                          r"les?)\s*|(?=" + SOURCES_NOUN + r"))"  # "Lo riferiscono fonti vicine a ..."
                          r"[^\W\d]\w*(?:[\s'’-]+[^\W\d][\w'’-]*){0,7})\s*$")


def inverted_np(text: str, a: int, b: int) -> Speaker:
    """'Lo ha reso noto il comando provinciale dei vigili del fuoco': a definite noun phrase
    after the cue, with no name in it, is the subject."""
    b = a + len(text[a:b].rstrip(" .!?\n"))
    m = DEFINITE_NP.fullmatch(text, a, b)
    if m is None:
        return Speaker(None, None, None, None)
    return Speaker(None, m.group(1), m.start(1), m.end(1))


# Announcing verbs whose object is the news itself: "anunció el cierre de la refinería",
# "أعلنت الوزارة، الاثنين، ارتفاع عدد الإصابات", "... بند کرنے کا اعلان کیا".
ANNOUNCE = re.compile(r"(?:a|ont) annoncé|annonce|anunció|anunciaron|ha anunciado|"
                      r"confirmó|confirmaron|(?:a|ont) confirmé|ha confermato|bestätigte|"
                      r"ζήτησε|ζήτησαν|warnte|warnten|"
                       r"(?:a|ont) décrété|(?:a|ont) ordonné|decretó|ordenó|pidió|prometió|"
                       r"ha ordinato|ha promesso|hanno promesso|ha decretato|forderte|"
                       r"verlangte|versprach|ordnete|(?:a|ont) recommandé|(?:a|ont) préconisé|"
                       r"recomendó|ha raccomandato|empfahl|συνέστησε|s['’]inquiètent|"
                       r"s['’]inquiète|s['’]alarment|s['’]alarme|declaró|ha declarado|"
                       r"ha approvato|hanno approvato|aprobó|aprobaron|(?:a|ont) approuvé|"
                       r"meldete|meldeten|atribuyó|atribuyeron|bezifferte|bezifferten|"
                       r"ha annunciato|hanno annunciato|annuncia|ανακοίνωσε|ανακοίνωσαν|"
                       r"(?:و)?أعلن(?:ت)?|نے اعلان کیا|اعلان کیا|اعلان کر دیا|"
                       r"حکم (?:بھی )?دیا|مشورہ دیا", re.I)


UR_OBJECT = re.compile(r"\s(?:کا|کی)\s*$")


_INTERVIEW = re.compile(r"(?:en|in|dans|im|σε)\s+(?:una |un |un['’]|einem |)?(?:entrevista|declaraciones|"
                        r"intervista|entretien|interview|Interview|συνέντευξη)", re.I)
_TOLD_PREPS = frozenset("a al à au aux ai alla allo agli dem στο στην στον auprès ante".split())


def announced(text: str, s: int, cue, e: int, lang: str) -> tuple[int, int] | None:
    """The announced thing as reported content, when no complementiser follows the verb."""
    if lang == "ur":  # "پنجاب حکومت نے ... بند کرنے کا اعلان کیا": between نے and کا
        head = text[s:cue.start()]
        erg = head.find(" نے ")
        if erg < 0 or not UR_OBJECT.search(head):
            return None
        qs, qe = trim(text, s + erg + 4, s + UR_OBJECT.search(head).start())
    elif lang == "ar":  # VSO: "أعلنت وزارة الصحة، الاثنين، ارتفاع ...": after the last comma
        window = text[cue.end():min(e, cue.end() + 70)]
        commas = [k for k, ch in enumerate(window) if ch == "،"]
        if len(commas) < 2 or len(window[commas[-2] + 1:commas[-1]].split()) > 3:
            # "، الاثنين،" (a date set off by commas) parts subject and object, or the end of
            # the subject's definite run ("وزارة الطيران المدني تأجيل ...": ml_ar_object)
            start = ar_object_start(text, cue.end(), e)
            if start is None:
                return None
            qs, qe = trim(text, start, e)
        else:
            qs, qe = trim(text, cue.end() + commas[-1] + 1, e)
    elif lang in ("fr", "es", "it", "el", "de"):
        qs, qe = trim(text, cue.end(), clause_end(text, cue.end(), e) if lang != "el" else e)
        first = words(text, qs, qe)[:1]
        word = text[first[0][0]:first[0][1]].lower() if first else ""
        if not first or (word in L.PRONOUNS and (lang, word) not in (("it", "il"), ("es", "el"))):
            return None
        if word in _TOLD_PREPS or _INTERVIEW.match(text, qs):
            return None  # "declaró a la radio X", "pidió en entrevista con X": not what
        if _that_opens(text, qs, lang):
            return None  # "ανακοίνωσε ότι ...", "pidió en un comunicado que ...": a that-clause
        if _REL_BEFORE.search(text, max(s, cue.start() - 12), cue.start()) and not text[qe:e].strip(" .!?"):
            return None  # "το πλαφόν, που ανακοίνωσε τη Δευτέρα το υπουργείο.": what was announced
            # stands before the relative; after the verb come when and who
    else:
        return None
    return (qs, qe) if len(words(text, qs, qe)) >= (3 if lang in ("de", "fr", "es", "it") else 4) \
        else None  # "forderte stattdessen ein Tempolimit"


_REL_BEFORE = re.compile(r"(?:^|[\s,])(?:που|que|qu['’]|che)\s*(?:(?:ha|a|avait|había|aveva|έχει)\s+)?$")
# A relative or 'wie' clause naming the medium that passed the interview on.
DE_RELAY_CLAUSE = re.compile(r"(?:über (?:das|den|die)|wie|von dem|das)\s+[^,.]{2,60}?\s(?:berichtete|"
                              r"berichteten|meldete|zitierte|veröffentlichte)\s*,")


KONJUNKTIV = re.compile(r"\b(?:habe|sei|seien|werde|könne|müsse|dürfe|wolle|solle|hätten?|"
                         r"wären?|würden?|sollten|müssten|könnten|dürften?|möge)\b")


DE_SUBORDINATORS = frozenset("""nachdem als bevor während weil obwohl wenn da damit sodass der
    die das den dem deren dessen welche welcher wie wo und aber""".split())


def konjunktiv_after(text: str, cue, e: int) -> bool:
    """'sagte Pompeo, der General habe ... vorbereitet': German reports speech without 'dass'
    by the subjunctive in the clause after the comma."""
    comma = clause_end(text, cue.end(), min(e, cue.end() + 80))
    if comma >= min(e, cue.end() + 80) or text[comma] not in ",،":
        return False
    after = words(text, comma, e)
    first = text[after[0][0]:after[0][1]].lower() if after else ""
    article = first in ("der", "die", "das", "den", "dem") and len(after) > 1 \
        and text[after[1][0]].isupper()  # "die Schäden seien": an article, not a relative
    if not after or (first in DE_SUBORDINATORS and not article):
        return False  # "sagte er, nachdem ...": an adverbial clause, not the words said
    return bool(KONJUNKTIV.search(text, comma, e)) or len(after) >= 4


ADJECTIVE_AFTER = re.compile(r"\s+(?:annuel(?:le)?|annuale|anual|jährliche[nr]?|ετήσια|yıllık|"
                             r"final(?:e)?|préliminaire|preliminare|preliminar|provisoire|"
                             r"officiel(?:le)?|ufficiale|oficial|nouveau|nuovo|nuevo|dernier|"
                             r"ultimo|último)(?=\s)")


def statement_lead(text: str, rules, a: int, b: int) -> int | None:
    """End of a leading 'un communiqué (publié)', 'una nota', 'einer Mitteilung' in a source
    phrase: the statement is how words came out, not who said them."""
    toks = words(text, a, b)[:3]
    for k, (x, y) in enumerate(toks):
        if rules.statement.fullmatch(text[x:y]):
            end = y
            if k + 1 < len(toks) and re.search(r"(?:ée?s?|ad[oa]s?|at[oa]|icad[oa])$",
                                              text[toks[k + 1][0]:toks[k + 1][1]]):
                end = toks[k + 1][1]  # "publié", "difundido", "diffuso" with it
            adjective = ADJECTIVE_AFTER.match(text, end, b)
            return adjective.end() if adjective else end  # "il rapporto annuale dell'..."
    return None


def german_np_end(text: str, a: int, b: int) -> int:
    """'laut der Handelskammer kostet ...': the source ends with its first capitalised word
    (and a name right after it, "der Gewerkschaft Verdi")."""
    toks = words(text, a, b)
    for k, (x, y) in enumerate(toks):
        if text[x].isupper() and text[x:y].lower() not in ("von",):
            nxt = text[toks[k + 1][0]:toks[k + 1][1]] if k + 1 < len(toks) else ""
            odd = ODD_NAME.match(text, y + 1) if text[y:y + 1] == " " else None
            if odd:
                return odd.end()  # "des Forschungsinstituts gfs.bern"
            if nxt and text[y:toks[k + 1][0]] == " " and nxt[0].isupper():
                return toks[k + 1][1]  # "der Gewerkschaft Verdi"
            if nxt == "für" and k + 2 < len(toks) and text[toks[k + 2][0]].isupper():
                return toks[k + 2][1]  # "dem Verein für Steuergerechtigkeit": one name
            gen = _DE_GENITIVE.match(text, y, b)
            if gen is not None:  # "einem Sprecher der Stadtwerke": the genitive is the source's
                return gen.end()  # (the finite verb comes next in V2, never a new subject)
            return y
    return b


_DE_GENITIVE = re.compile(r" (?:der|des) [A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?(?= [a-zäöüß]|[,.]|$)")


# Names written in lower case or with dots and digits: "gfs.bern", "t-online", "n-tv".
ODD_NAME = re.compile(r"[a-z]+[.\-][a-z0-9.\-]+")


def skip_role_appositive(text: str, qs: int, qe: int) -> int:
    """'به گفته X، استاندار کسار، ...' / 'Selon X, porte-parole du ministère, ...': the role
    after the source belongs to it, not to the reported words."""
    toks = words(text, qs, min(qe, qs + 50))
    if not toks or not (is_title(text[toks[0][0]:toks[0][1]])
                        or text[toks[0][0]:toks[0][1]] in L.TITLES_ARABIC):
        return qs
    end = clause_end(text, qs, min(qe, qs + 50))
    return trim(text, end, qe)[0] if end < min(qe, qs + 50) else qs


# Conjunctions joining a second verb of saying with no subject of its own: "confirmó ...,
# aunque aseguró que ...", "a démenti et affirmé que ...".
SAME_SUBJECT = re.compile(r"[\s,،]*(?:aunque|pero|y|e|mais|et|ma|aber|und|αλλά|και|ولكن|لكن|و)?\s*$")


def same_subject_claim(text, rules, e, cues, rows):
    """A second verb of saying joined with no subject of its own: the same speaker's claim."""
    last = rows[-1]
    if last[4].name is None or last[3] is None:
        return []
    for cue in cues:
        if cue.start() < last[1] or rules.according.fullmatch(cue.group()):
            continue
        if not SAME_SUBJECT.fullmatch(text, last[1], cue.start()):
            return []
        that = rules.that.match(text, cue.end() + len(text[cue.end():e]) - len(text[cue.end():e].lstrip()))
        if that is None:
            return []
        qs, qe = trim(text, that.end(), e)
        if len(words(text, qs, qe)) < 3:
            return []
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), last[4], last[5])]
    return []


def outside_spans(s: int, e: int, inside) -> list[tuple[int, int]]:
    out, pos = [], s
    for o, c in inside:
        if o > pos:
            out.append((pos, o))
        pos = c + 1
    if pos < e:
        out.append((pos, e))
    return out


def stands_alone(text: str, s: int, e: int, o: int, c: int) -> bool:
    """Whether the quotation is a whole utterance, not a phrase inside the writer's sentence."""
    before = text[s:o].rstrip()
    after = text[c + 1:e].lstrip()
    capital = not text[o + 1:c].lstrip()[:1].islower()  # a phrase inside a sentence starts lower-case
    return (not before or before.endswith((":", ",", "،", "—"))
            or (capital and after.startswith((",", "،")))
            or (capital and text[c - 1] in ".!?؟" and not after.strip(" .")))


def nearest_cue(cues, o: int, c: int, text: str = ""):
    best, dist = None, 10 ** 9
    for m in cues:
        d = o - m.end() if m.end() <= o else m.start() - c
        if m.start() > c and text and text[c + 1:m.start()].strip(" ,،»”“\"'’"):
            d += 40  # "ha definito X «...» e ha annunciato": a later verb of its own clause
        if 0 <= d < dist or (d < 0 and dist == 10 ** 9):
            best, dist = m, max(d, 0)
    return best


_THAT_NEAR: dict[str, re.Pattern] = {}


def _that_opens(text: str, qs: int, lang: str) -> bool:
    """A complementiser first, or after a short phrase of setting (up to four words)."""
    if lang not in _THAT_NEAR:
        _THAT_NEAR[lang] = re.compile(rf"(?:[^\s,.;:«»„“\"]+\s+){{0,4}}?(?:{L.THAT.get(lang, '(?!x)x')})\s", re.I)
    return _THAT_NEAR[lang].match(text, qs) is not None


# Conjunctions opening a second, simultaneous claim by someone else in the same sentence:
# "X a indiqué que ..., tandis que l'armateur assurait que ...". Turkish marks the first
# clause with a converb in -ken ("belirtirken, armatör şirket ... savundu").
CONTRAST = {"fr": r"tandis que|alors que", "es": r"mientras que|mientras", "it": r"mentre",
             "de": r"während", "el": r"ενώ", "ar": r"فيما|بينما|في حين", "fa": r"اما|در حالی که",
             "ur": r"جبکہ|جب کہ", "tr": r"\w+(?:[iıuü]r|[ae]r|[iıuü]yor|m[ıi]ş)ken(?=,)"}

# A coordinated clause after an attribution's own clause.
NEXT_CLAUSE = re.compile(r"[,;]\s+(?:und|aber|doch|et|mais|y|pero|e|ma|και|αλλά)\s")


# "..., όπως ανακοίνωσε το Λιμενικό", "..., comme l'a annoncé la préfecture", "..., como
# informó el ministerio", "..., wie die Polizei mitteilte": 'as X said' closes the content.
AS_CUE = re.compile(r"[,،]\s*(?:όπως|comme l['’]a|comme|como|come|wie)\s+$")

# A relative pronoun just before a cue: the verb of a clause about the speaker.
_RELATIVE_BEFORE = re.compile(r",\s*(?:che|qui|que|der|die|das|που|quien|welche[rs]?|"
                              r"(?:την|τον|το|τα|τις|τους|η|ο|οι) οποί\w+|(?:il|la|i|le) qual[ei]|"
                              r"(?:el|la|los|las) cual(?:es)?|(?:le|la|les)quel(?:le)?s?)\s+$", re.I)


# A medium citing its own source: "la agencia Efe, citando a fuentes de su gabinete,", "unter
# Berufung auf den Vorstand", "citant des diplomates", "citing officials".
_CITING = re.compile(r"[\s,،]*(?:citando a|citando|citant|citing|unter Berufung auf|"
                     r"με επίκληση)\s+(?:l['’]|la |le |les |los |las |el |il |i |gli |den |die |das |der |"
                     r"dem |τις |τους |την |τον )?", re.I)


def cited_by_medium(text: str, index, roles, medium: Speaker, a: int, b: int, last):
    """(speaker, via, end) when 'citing X' opens a..b right after the medium named as the
    source: X speaks through the medium; its words start after end."""
    m = _CITING.match(text, a, b)
    if m is None:
        return None
    end = clause_end(text, m.end(), b)
    sp = speaker_in(text, index, roles, m.end(), end, last)
    whole = text[m.end():end].strip()
    who = sp if sp.name and (sp.entity or len(whole) > 60) else \
        Speaker(None, whole, m.end(), m.end() + len(whole))  # "une source au ministère"
    return who, (Via(medium.entity, medium.name, medium.start, medium.end),) if medium.name else (), end


def sentence_cues(text: str, lang: str, rules, s: int, e: int, inside) -> list:
    """The cues of a sentence outside its quotations, less German participles that report
    nothing, French nouns ('le dit ...') and verbs of relative clauses about the speaker."""
    cues = [m for m in rules.cue.finditer(text, s, e)
            if not any(o < m.start() < c for o, c in inside)
            and not (lang == "de" and (unreported_participle(text, s, m) or compared(text, lang, m.start())))
            and not (lang == "fr" and L.FR_DETERMINER_BEFORE.search(text, max(0, m.start() - 8),
                                                                   m.start()))]
    return [m for m in cues if not in_relative(text, m, cues)]


def in_relative(text: str, m, cues) -> bool:
    """'Un tecnico, che ha chiesto di non essere citato, ha raccontato ...': the relative
    clause's verb is no cue when the main clause has one of its own after it."""
    return bool(_RELATIVE_BEFORE.search(text, max(0, m.start() - 14), m.start())) \
        and any(c.start() > m.end() for c in cues)


# A medium's acronym run into the name of the person who spoke to it.
ACRONYM_GLUED = re.compile(r"(?P<n>[A-ZÀ-ÝΑ-Ω]{2,6})(?=(?:\s+[A-ZÀ-ÝΑ-Ω][a-zà-ÿα-ω]+){2})")

# A comma and 'and' opening a clause with a new subject (not a second 'that' clause).
AND_THEN = {k: re.compile(rf",\s+{w}\s+(?!{t}\b)(?=\w)") for k, w, t in (
    ("es", "y", "que"), ("fr", "et", "qu"), ("it", "e", "che"), ("de", "und", "dass"),
    ("el", "και", "ότι"))}


def sentence_final(text: str, cue, s: int, e: int, lang: str) -> bool:
    """', a annoncé le Pentagone.' / Turkish '... söyledi.': the cue closes the sentence."""
    rest = text[cue.end():e]
    if lang in ("fa", "ur"):
        return False  # their reported clauses follow the verb with که / کہ
    if lang == "tr":  # "Kulivend, yaralıların ... kaldırıldığını söyledi."
        before = words(text, s, cue.start())
        last = text[before[-1][0]:before[-1][1]] if before else ""
        if TR_CONVERB.search(cue.group()):  # "arttığını belirterek ... çağırdı": a clause
            return bool(_TR_CLAUSE.search(last))  # closes before the converb, as before a verb
        return len(words(rest)) <= 1 and ("," in text[s:cue.start()] or bool(_TR_CLAUSE.search(last))
                                          or bool(_TR_SUBJECT_END.search(text, s, cue.start())))
    joined = NEXT_CLAUSE.search(rest)
    if joined is not None:  # "..., sagte sie der APA, und viele Keller stünden ...": the
        rest = rest[:joined.start()]  # attribution closes its own clause; another follows
    relative = _RELATIVE_ON.search(rest) or _APPOSED_RELATIVE.search(rest)
    if relative is not None:  # "..., ha fatto sapere la società X, che gestisce il servizio"
        rest = rest[:relative.start()]  # (or "informó X, la empresa que gestiona ...")
    comma = text[max(0, cue.start() - 3):cue.start()]
    head = text[s:cue.start()].rstrip()
    if _ASIDE_GERUND.match(head[head.rstrip(" ,").rfind(",") + 1:].strip()):
        return False  # "Ο δήμαρχος X, μιλώντας στον ΣΚΑΪ, ζήτησε ...": an aside, no claim
    as_cue = AS_CUE.search(text, max(s, cue.start() - 16), cue.start())
    return ("," in comma or as_cue is not None) and _content_words(rest) <= 8 \
        and not (appositive_subject(head, rest) and not _reported_between(head, lang))


def _content_words(rest: str) -> int:
    """The words after a closing cue less a medium told and a time said first ('a précisé à
    l'AFP la procureure ...', "ha fatto sapere in serata l'Autorità ..."): neither is part of
    the subject the limit measures."""
    for _ in range(2):
        lead = _TOLD_OR_WHEN.match(rest)
        rest = rest[lead.end():] if lead else rest
    name = _APPOSED_NAME.search(rest)  # ('le président de la chambre de commerce, Marc
    return len(words(rest[:name.start()])) + 1 if name else len(words(rest))  # Lefèvre': one holder)


# A name of two to four capitalised words set off last, after a title.
_APPOSED_NAME = re.compile(r",\s*(?:[A-ZÀ-ÝΑ-Ω][\w'’-]+\s*){2,4}[.\s]*$")


# A medium told ('à l'AFP', "all'ANSA", 'a EFE', 'dem SWR', 'στο ΑΠΕ'; not 'der', which opens a
# subject as often as a dative) or a time of day or week
# ('in serata', 'mardi soir', 'este lunes', 'am Montag') right after the cue.
_DAYS = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|"
         r"venerdì|sabato|domenica|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
         r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag")
_TOLD_OR_WHEN = re.compile(
    r"\s*(?:(?:à l['’]|à la |au |aux |all['’]|alla |allo |al |ai |agli |a la |a |dem |στο |στην |στον )"
    r"(?:[A-ZÀ-ÝΑ-Ω][\w.-]*)(?=[\s,])|"
    rf"(?:in serata|in mattinata|nel pomeriggio|ieri(?: sera)?|oggi|stamattina|stasera|hier(?: soir)?|"
    rf"ce (?:matin|soir)|ayer|hoy|esta (?:mañana|tarde|noche)|gestern|heute|"
    rf"(?:(?:este|el|am) )?(?:{_DAYS})(?: (?:soir|matin|sera|mattina))?)(?=[\s,]))")


# A relative clause on the subject named after the cue.
_RELATIVE_ON = re.compile(r",\s*(?:che|que|qui|που)\s")
# An apposition led by an article whose noun a relative describes: ", la empresa que gestiona".
_APPOSED_RELATIVE = re.compile(r",\s*(?:(?:la|il|lo|le|gli|i|el|los|las|les|un|una|une|uno|η|ο|το)\s+|l['’]\s*)"
                               r"[^\W\d][^,;:«»\"“”\n]{1,40}?\s(?:che|que|qui|που)\s", re.I)


def _reported_between(head: str, lang: str) -> bool:
    """'Alle Filialen blieben geöffnet, die Löhne seien ... gesichert, fügte er hinzu': the
    stretch between the two commas holds a verb of reported speech, so it is a second reported
    clause, not an aside about a subject."""
    if lang != "de":
        return False
    inner = head.rstrip(" ,")
    return KONJUNKTIV.search(inner[inner.rfind(",") + 1:]) is not None


_ASIDE_GERUND = re.compile(r"(?:μιλώντας|απαντώντας|parlando|rispondendo|hablando|respondiendo|parlant|"
                           r"répondant|en parlant|en répondant)\b")


# The setting of a Turkish statement after its subject ("yaptığı açıklamada", "raporunda"),
# which stands between the speaker and the words.
TR_SETTING = re.compile(r"\s*(?:\S+\s+){0,5}?(?:yaptığı|yaptıkları|verdiği|verdikleri|katıldığı|katıldıkları|düzenlediği)\s+"
                        r"(?:\S+\s+)?(?:açıklamada|açıklamasında|demeçte|konuşmada|paylaşımda|"
                        r"mesajda|röportajda|basın toplantısında|toplantıda|değerlendirmede|"
                        r"görüşmede|söyleşide|yazıda|\w+(?:m|s)[ae]sında|\w+(?:m|s)[ae]sinde)[\s,]+|"
                        r"\s*(?:\S+\s+)?(?:metninde|bülteninde|raporunda|bildirisinde|kararında|yazısında|açıklamasında)[\s,]+")


TR_CONVERB = re.compile(r"[ae]r[ae]k$")
# Turkish reported clauses end in a nominalised verb: "kaldırıldığını", "geleceğini".
_TR_CLAUSE = re.compile(r"(?:d[ıiuü]ğ|t[ıiuü]ğ|[ae]c[ae]ğ)[ıiuü](?:n[ıiuü])?$")
# The subject's comma: the first one after which the clause goes on in lower case ("Çevre,
# Şehircilik ve İklim Değişikliği Bakanı Murat Yılmaz, sosyal medya ..."), and the particles
# that close a Turkish subject ("Karayolları Genel Müdürlüğü de ...", "Vali ise ...").
_TR_SUBJECT_COMMA = re.compile(r",\s+(?=[a-zçğıöşü0-9\"“])")
_TR_SUBJECT_END = re.compile(r"\s(?:de|da|ise|dahi)\s")


def parenthetical(text, rules, index, roles, s, e, cues, last):
    """'Το έργο, πρόσθεσε, θα κοστίσει 18 εκατ.', 'Le projet, a-t-il ajouté, coûtera ...': a
    cue set off by commas inside the sentence, with at most a pronoun or a name, makes both
    sides the words of whoever it names, else of the last speaker."""
    for cue in cues:
        if rules.according.fullmatch(cue.group()):
            continue
        c1 = max(text.rfind(",", s, cue.start()), text.rfind("،", s, cue.start()))
        c2 = min([k for k in (text.find(",", cue.end(), e), text.find("،", cue.end(), e)) if k >= 0]
                 or [-1])
        if c1 < 0 or c2 < 0 or len(words(text, c1 + 1, cue.start())) > 1 \
                or len(words(text, cue.end(), c2)) > 3:
            continue
        head, tail = trim(text, s, c1), trim(text, c2 + 1, e)
        if len(words(text, *head)) < 2 or len(words(text, *tail)) < 3:
            continue  # (a head of two words is the claim's subject: "Το έργο, πρόσθεσε, θα ...")
        hits = [h for h in index.within(c1 + 1, c2) if h[2].type in SPEAKING_TYPES]
        who = named(text, hits[0][2], hits[0][0], hits[0][1]) if hits else last
        if who is None or who.name is None:
            continue
        span = Span(cue.start(), cue.end())
        subject = _relayed_subject(text, rules, index, roles, head, (c1, c2), who)
        if subject is not None:
            return [(*tail, "indirect", span, subject, (Via(who.entity, who.name, who.start, who.end),))]
        rows = [(*head, "indirect", span, who, ())] if len(words(text, *head)) >= 3 else []
        return rows + [(*tail, "indirect", span, who, ())]
    return []


def _relayed_subject(text, rules, index, roles, head, commas, who) -> Speaker | None:
    """'Il ministro, riferisce l'agenzia Adnkronos, avrebbe chiesto ...': when the set-off cue
    names a medium, the head before it is the clause's subject, who did the speaking."""
    if who.start is None or not is_medium(text, rules, commas[0] + 1, commas[1]) \
            and not canonical_medium(who.name):
        return None
    a, b = head
    if len(words(text, a, b)) > 7 or any(ch in text[a:b] for ch in "«»“”„\""):
        return None  # a long head is a clause of its own, not a subject
    # no last speaker: a role with its own complement here is someone new, not the last voice
    sp = speaker_in(text, index, roles, a, b, None)
    if sp.name is None or sp.start is None or not 0 <= sp.start - a <= 12 or not (
            sp.entity or any(is_title(w) for w in text[sp.start:sp.end].split()[:3])):
        return None
    return sp


AS_SAID = re.compile(r"(?:όπως|comme|come|como|wie)\s+\w+", re.I)


def as_said(text: str, s: int, cue) -> bool:
    """'Όπως εξήγησε, ...', 'Comme il l'a précisé, ...': the sentence opens on 'as' and the cue."""
    lead = text[s:cue.start()].strip()
    return bool(AS_SAID.fullmatch(cue.group())) and lead == "" or \
        lead.lower() in ("όπως", "comme", "come", "como", "wie")


__all__ = [
    "AS_SAID", "as_said", "parenthetical",
    "ACRONYM_GLUED", "AND_THEN", "AS_CUE", "CONTRAST", "NEXT_CLAUSE", "cited_by_medium", "in_relative", "sentence_cues",
    "ANNOUNCE", "DE_RELAY_CLAUSE", "INFINITIVE", "INFINITIVE_OF",
    "KONJUNKTIV", "according_pronoun", "announced",
    "body_anaphor", "cited_source", "continues_quote", "german_np_end",
    "interrupted", "inverted_np", "konjunktiv_after", "nearest_cue", "outside_spans",
    "person_before", "run_on_speakers", "same_subject_claim", "skip_role_appositive",
    "source_tail", "stands_alone", "statement_lead", "trim", "unreported_participle",
    "TR_CONVERB", "TR_SETTING", "sentence_final",
]


def colon_subject(text: str, index, s: int, o: int, last: Speaker | None = None) -> Speaker | None:
    """'Manuel Ríos fue tajante: «...»', 'Ayşe Yılmaz ise tepkili: "..."': with no verb of
    saying, a colon before the quotation hands it to the person the sentence opens on; with
    no name there, to the phrase that is its subject ('l'élu a eu ce mot :', 'bir emekli
    öğretmen ise tepkili:') or, for 'Seine Bilanz:', 'Sa réponse :', to the last speaker."""
    head = text[s:o].rstrip()
    if not head.endswith(":") or any(ch in head for ch in "«»“”„\""):
        return None
    people = [(ms, me, ent) for ms, me, ent in index.within(s, len(head) + s)
              if ent.type == "PERSON" and not told_to(text, ms) and not relayed_by(text, ms)]
    if people:
        ms, me, ent = people[0]
        return named(text, ent, ms, me)
    m = _COLON_NP.search(head)
    g = next(k for k in ("np", "tr", "ind", "verb") if m.group(k)) if m else None
    if m is not None and m.group(g).split()[-1].lower() not in L.PRONOUNS:
        return Speaker(None, m.group(g), s + m.start(g), s + m.end(g))
    if _OWNED.fullmatch(head):  # the last speaker, or the person the paragraph names
        para = text.rfind("\n", 0, s) + 1
        named_here = [(ms, me, ent) for ms, me, ent in index.within(para, s) if ent.type == "PERSON"]
        return last if last is not None else named(text, named_here[-1][2], *named_here[-1][:2]) \
            if named_here else None
    return None


# The subject of a clause closing on a colon: an article and one or two lower-case words at the
# sentence's start or after a fronted phrase's comma, or a Turkish indefinite before its topic
# particle.
_COLON_NP = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<np>(?:[lL]['’]|(?:le|la|el|il|lo|der|die|"
                       r"das|ο|η|Le|La|El|Il|Lo|Der|Die|Das|Ο|Η)\s)[a-zà-ÿα-ωά-ώäöüß][\w'’-]+"
                       r"(?:\s[a-zà-ÿα-ωά-ώäöüß][\w'’-]+)?)(?=(?:,[^,:]{2,40},)?\s+[a-zà-ÿα-ωά-ώäöüß][^,:]*:\s*$)|"
                       r"(?P<tr>\bbir\s(?:[^\s,:]+\s){0,3}?[^\s,:]+)(?=\s(?:ise|de|da)\s[^,:]*:\s*$)|"
                       # an indefinite subject set off by a comma: "Una commessa di Como, ...:"
                       r"^(?P<ind>(?:Un|Une|Una|Uno|Ein|Eine|Ένας|Μια|Μία)\s[^,:.]{2,50}?)(?=,[^:]*:\s*$)|"
                       # or ending before its verb: a Greek present ("... περιγράφει χάος:") or a
                       # Romance clitic ("Una enfermera ... lo explica sin rodeos:")
                       r"^(?P<verb>(?:Ένας|Μια|Μία|Un|Une|Una|Uno)\s[^,:.]{2,50}?)(?=\s+(?:[α-ωά-ώ]{3,}(?:ει|εί)|"
                       r"(?:lo|la|le|les|se|si|ci|ne|l['’])\s?[a-zà-ÿ]+)\s[^,:]{0,40}:\s*$)")
# A possessive opening the clause: the words are the last speaker's ('Seine Bilanz:').
_OWNED = re.compile(r"\s*(?:Seine|Ihre|Sa|Son|Ses|Su|Sus|La sua|Il suo|Le sue|I suoi)\s+"
                    r"(?:[\w'’-]+\s+){0,1}[\w'’-]+\s*(?:[–—-][^:]{0,30})?:\s*$")


# ---------------------------------------------------------------- plausible speakers

_TR_LOCATIVE = re.compile(r"['’]n?[dt][ae](?!\w)")
# Media nouns in the dative: "Yunan basınına" ('to the Greek press') says whom words reached.
_TR_MEDIA_DATIVE = re.compile(r"(?:basın|medya|gazete|televizyon|ajans|kanal)\w*(?:n|y)[ae]$",
                              re.I)


def plausible(text: str, sp: Speaker, pairs, cue: Span | None = None) -> bool:
    """A speaker is never words inside a quotation, a dateline, an adverbial phrase opening
    on a preposition ('tra le lacrime') or a medium the words were told to."""
    if sp.start is None or sp.end is None:
        return True
    inner = cue is not None and any(o < cue.start < c and o < sp.start < c for o, c in pairs)
    if (not inner and any(o < sp.start < c for o, c in pairs)) or in_dateline(text, sp.start):
        return False  # an attribution breaking its quotation ('« A, a dit X, B »') may
    if re.search(r"['’](?:n|y)?[ae]\s*\($", text[max(0, sp.start - 8):sp.start]):
        return False  # "İhlas Haber Ajansı'na (İHA)": the acronym of a medium told
    if sp.entity is not None:
        return True
    toks = words(text, sp.start, sp.end)
    if not toks:
        return False
    first = text[toks[0][0]:toks[0][1]].lower()
    if first in PREPOSITIONS or first in _OPENING_PREPS:
        return False
    count = _COUNT.search(text, sp.start, toks[min(1, len(toks) - 1)][1])
    if count and not (count.start() > sp.start and _UR_OWNED.match(text, count.end())):
        return False  # "about 2", "les 400 habitants": a count, not a source ("un uomo di 74 anni" is
        # someone of that age; 'ریسکیو 1122 کے ترجمان', a number closing a name an Urdu genitive owns)
    line_s = text.rfind("\n", 0, sp.start) + 1
    line_e = text.find("\n", sp.end)
    if len(toks) == 1 and not text[line_s:sp.start].strip() and \
            not text[sp.end:line_e if line_e >= 0 else len(text)].strip(" .:"):
        return False  # "Videos" alone on its line: page furniture
    if _TR_LOCATIVE.match(text, sp.end):
        return False  # "Hürmüz Boğazı'nda": where, not who
    return not _TR_MEDIA_DATIVE.search(text[toks[-1][0]:toks[-1][1]])


# A number standing alone ("2 000 manifestants"), not one inside a name ("3bmeteo", "A10").
_COUNT = re.compile(r"(?<![\w.])\d[\d .,]*(?![\w-])(?!\s*yaşında)")  # ("der 58-Jährige", "16
# yaşındaki bir genç" are ages)
_UR_OWNED = re.compile(r"\s*(?:کے|کی|کا)\s")
_OPENING_PREPS = frozenset("""tra fra con per su dopo senza avec sans pendant après sur pour
    mit nach während ohne für con sin tras durante hacia με μετά χωρίς για""".split())
