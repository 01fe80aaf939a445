"""Common-noun subjects of a non-English cue: a noun with a relative clause ('Ασθενής που
περίμενε ... είπε'), the subject of an object relative ('un gesto que el Gobierno calificó'), an
indefinite noun opening the sentence ('Un agente di polizia ... ha raccontato'), and a Turkish
subject named after its verb ('"...", diye konuştu il müdürü X'). Moved out of ml_speakers (its
one caller) in session 11 when that module reached its size floor; clause_end with them.
"""
from __future__ import annotations

import re

from ..records import Speaker
from .ml_claims import FA_INDEFINITE
from .ml_marks import words
from .ml_phrases import PREPOSITIONS, named

_SPEAKING_TYPES = ("PERSON", "ORG", "NORP")
_CLAUSE_END = re.compile(r"[,،](?!\d)|[;:]")


def clause_end(text: str, pos: int, e: int) -> int:
    """The next comma, semicolon or colon before e (e when there is none)."""
    m = _CLAUSE_END.search(text, pos, e)
    return m.start() if m else e


# (German 'der/die/das' open a relative clause only after a comma, which the head excludes:
# without one they are articles, as in 'In der Sendung ... räumte X ein')
_RELATIVE = re.compile(r"\s(?:που|qui|que|che|who|which|ki|که|الذي|التي)\s")


def relative_head(text: str, s: int, b: int) -> Speaker | None:
    """'Ασθενής που περίμενε ...', 'Un agent qui ...': a common noun with a relative clause
    before the cue is the subject, whatever is named inside the clause."""
    m = _RELATIVE.search(text, s, b)
    if m is None or "," in text[s:m.start()]:
        return None
    toks = words(text, s, m.start())
    if not 1 <= len(toks) <= 4 or any(text[x].isupper() for x, _ in toks[1:]):
        return None
    first = text[toks[0][0]:toks[0][1]].lower()
    toks = toks[1:] if first in _INDEFINITE and len(toks) > 1 else toks
    return Speaker(None, text[toks[0][0]:toks[-1][1]], toks[0][0], toks[-1][1])


# A relative pronoun as object, then the clause's own subject with its article, up to the cue:
# 'un gesto que el Gobierno colombiano calificó', 'une mesure que la ministre a jugée'.
_OBJECT_RELATIVE = re.compile(r"(?i)(?<![\w'’])(?:que|qu['’]|che)\s*((?:el|la|los|las|le|les|il|lo|"
                              r"gli|l['’])\s*[^\W\d][^\s,;:«»\"“”]*(?:\s+[^\s,;:«»\"“”]+){0,4})\s*"
                              r"(?:a|ont|ha|han|hanno|avait|había|aveva)?\s*$")
_LEAD_ARTICLE = re.compile(r"(?i)(?:el|la|los|las|le|les|il|lo|gli|l['’])\s*")


def object_relative(text: str, index, s: int, b: int) -> Speaker | None:
    """The cue closes an object relative clause: its subject, not the main clause's, speaks."""
    m = _OBJECT_RELATIVE.search(text, max(s, b - 80), b)
    if m is None:
        return None
    a, z = m.span(1)
    hits = [h for h in index.within(a, z) if h[2].type in _SPEAKING_TYPES]
    if hits:
        return named(text, hits[-1][2], hits[-1][0], hits[-1][1])
    a = _LEAD_ARTICLE.match(text, a).end()
    return Speaker(None, text[a:z], a, z) if a < z else None


INDEFINITE_START = re.compile(r"(?:Un|Une|Uno|Una|Ein|Eine|Einer|Ένας|Μια|Μία)\s+(?=[a-zà-ÿα-ω])",
                               re.I)
_ORIGIN = re.compile(r"\s(?:di|de|du|des|del|von|aus|από|της|του)\s+\S+\s*$")


# A short adverbial opening the sentence up to its comma: "Mientras tanto,", "در همین حال،".
_OPENER = re.compile(r"\s*[^\s,،.;:«»\"]+(?:\s+[^\s,،.;:«»\"]+){0,3}\s*[,،]\s*")


def indefinite_subject(text: str, index, s: int, b: int) -> Speaker | None:
    """'Un agente di polizia penitenziaria di Poggioreale ha raccontato': an indefinite common
    noun opening the sentence is the speaker; the place it comes from is not."""
    m = INDEFINITE_START.match(text, s, b)
    fa = FA_INDEFINITE.match(text, s, b) if m is None else None
    opener = _OPENER.match(text, s, b) if m is None and fa is None else None
    if opener is not None:  # "در همین حال، یک مقام آگاه ... گفت", "Mientras tanto, un vecino"
        m = INDEFINITE_START.match(text, opener.end(), b)
        fa = FA_INDEFINITE.match(text, opener.end(), b) if m is None else None
    if fa is not None:  # "یک فعال کسب‌وکارهای آنلاین در تهران به رادیو فردا گفت"
        return Speaker(None, fa.group(1), *fa.span(1))
    if m is None:
        return None
    end = min(b, clause_end(text, m.end(), b))
    beyond = clause_end(text, end + 1, b) if end < b else end
    if any(ent.type == "PERSON" and not _OF_BEFORE.search(text, max(0, ms - 6), ms)
           for ms, _, ent in index.within(m.end(), beyond)):
        return None  # "Un vecino de la vereda, Fabián Ortiz, contó": the name speaks (one
        # after 'of', "Ένας αστυνομικός της Ασφάλειας X", completes the noun, and speaks not)
    toks = words(text, m.end(), end)
    if not 1 <= len(toks) <= 8:
        return None
    np_end = toks[-1][1]
    origin = _ORIGIN.search(text, m.end(), np_end)
    if origin is not None and re.match(r"\sdes\s+[A-ZÄÖÜ]\w*s\s*$", origin.group()):
        origin = None  # "Ein Sprecher des Ministeriums": a German genitive, not where from
    if origin is not None and text[origin.end() - len(text[origin.start():np_end].split()[-1]):][:1].isupper():
        np_end = origin.start()
    rel = _RELATIVE.search(text, m.end(), np_end)
    if rel is not None and rel.start() > m.end():  # "un armador que prefirió no dar su nombre":
        np_end = rel.start()  # the noun phrase; its relative clause describes it
    verbs = [x for x, y in toks if x < np_end and _FINITE.search(text[x:y])]
    if verbs:
        np_end = text.rfind(" ", m.end(), verbs[0]) if verbs[0] > m.end() else np_end
    age = _AGE_TAIL.search(text, m.end(), np_end)
    if age is not None and age.start() > m.end():  # "Ένας ψαράς 60 ετών είπε": how old the
        np_end = age.start()  # fisherman is describes him; the noun says who he is
    if np_end <= m.end():
        return None
    # "Ένας από τους κατοίκους", "Uno dei residenti": one of them, the 'one' kept with them
    a = m.start() if text[toks[0][0]:toks[0][1]].lower() in _PARTITIVE_OF else m.end()
    said = _APPOSED_ONE.match(text, end, b) if a == m.start() else None
    if said is not None:  # "Una de las víctimas, un jubilado de Torrefiel que ..., aseguró":
        return Speaker(None, said.group(1), *said.span(1))  # the apposition says which one
    return Speaker(None, text[a:np_end].strip(), a, np_end)


# A genitive article or 'of' right before a name: the name completes the noun before it.
_OF_BEFORE = re.compile(r"(?<!\S)(?:της|του|των|de|di|del|della|des|der|du)\s+$")


# A count of years closing a description, perhaps on its preposition: '60 ετών', 'de 60 años',
# 'di 74 anni', 'von 60 Jahren', '60 yaşında'.
_AGE_TAIL = re.compile(r"\s+(?:(?:de|di|von|από)\s+)?\d{1,3}\s*(?:ετών|χρονών|χρόνων|años|anni|ans|"
                       r"Jahren|yaşında)\s*$")
_PARTITIVE_OF = frozenset("από de dei degli delle di des der".split())
# An indefinite noun phrase set off after 'one of them', up to a relative pronoun or comma.
_APPOSED_ONE = re.compile(r",\s+(?:un|une|uno|una|ein|eine|einer|ένας|μια|μία)\s+"
                          r"([a-zà-ÿα-ωά-ώ][^,;:«»\"“”]{2,60}?)(?=\s+(?:que|qui|che|der|die|που)\s|\s*,)")


# Auxiliaries that end the subject phrase ("Un vecino [ha contado]", "Un agente [ha raccontato]").
_FINITE = re.compile(r"^(?:ha|hanno|a|ont|hat|haben|ist|sind|est|sont|è|es|han|habe)$")


_INDEFINITE = frozenset("un une uno una ein eine einer ένας μια μία bir".split())


_TR_QUOTE_ONLY = re.compile(r"\s*[\"“«„][^\"“”«»]+[\"”»],?\s*")
_TR_FINITE_PAST = re.compile(r"(?:d[ıiuü]|t[ıiuü])$")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


# A Turkish plural in the ablative opening a subject: from among them ('kurtarılanlardan',
# 'yolculardan', 'öğrencilerden').
_TR_AMONG = re.compile(r"[lL][ae]r[dt][ae]n$")


def tr_closing_subject(text: str, index, s: int, cue) -> Speaker | None:
    """'"...," diye konuştu il milli eğitim müdürü Hakan Tuncel.': a Turkish sentence that is a
    quotation and its verb, the subject written after the verb (the order of a feature's
    quotes). The person named there speaks, else the body, else the short phrase itself."""
    if not _TR_QUOTE_ONLY.fullmatch(text, s, cue.start()) or not _TR_FINITE_PAST.search(cue.group()):
        return None
    stop = _SENTENCE_STOP.search(text, cue.end())
    end = stop.start() if stop else len(text)
    toks = words(text, cue.end(), end)
    if len(toks) >= 3 and _TR_AMONG.search(text[toks[0][0]:toks[0][1]]):
        toks = toks[1:]  # "kurtarılanlardan 16 yaşındaki bir genç": one from among the rescued
    if not 1 <= len(toks) <= 10:
        return None
    hits = index.within(toks[0][0], end)
    for kind in ("PERSON", "ORG"):
        found = [h for h in hits if h[2].type == kind]
        if found:
            return named(text, found[-1][2], found[-1][0], found[-1][1])
    if len(toks) > 6:
        return None
    return Speaker(None, text[toks[0][0]:toks[-1][1]], toks[0][0], toks[-1][1])


_TR_STATEMENT_FROM = re.compile(r"\s*([^,\"“”«»\n]{2,60}?)['’]?n?[dt][ae]n\s+yapılan\s+(?:\S+\s+)?"
                                r"(?:açıklama|duyuru|paylaşım|bildiri)\w*")


def tr_statement_source(text: str, index, s: int, cue) -> Speaker | None:
    """'Sahil Güvenlik Komutanlığı'ndan yapılan açıklamada, "..." denildi': the body the
    statement came from speaks, whatever impersonal verb closes the sentence."""
    m = _TR_STATEMENT_FROM.match(text, s, cue.end())
    if m is None:
        return None
    a, b = m.span(1)
    hits = [h for h in index.within(a, b + 1) if h[2].type in ("ORG", "PERSON")]
    # (a bare body word, "Belediyeden", is left to the step that finds what it refers to)
    return named(text, hits[-1][2], hits[-1][0], min(hits[-1][1], b)) if hits else None


# A time word between an inverted cue and its subject: "a indiqué mardi la préfecture", "dijo
# ayer el ministro", "ha detto ieri il sindaco", "sagte am Montag der Minister".
TIME_LEAD = re.compile(
    # a day or part of the day after a demonstrative: "informó este martes el organismo", "a
    # précisé ce matin la préfecture", "ha detto questa mattina il sindaco", "an diesem Montag"
    r"(?:(?:este|esta|ce|cet|cette|questo|questa|an diesem|diesen)\s+(?:lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|mañana|tarde|noche|semana|fin de semana|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|matin|soir|après-midi|week-end|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica|mattina|sera|pomeriggio|settimana|Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag|Samstag|Sonntag|Morgen|Abend|Nachmittag|Wochenende)[\s,]+"
    r"|(?:el |am |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica|ieri|oggi|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag)?|gestern|heute|χθες|σήμερα)(?:\s+(?:soir|matin|après-midi|por la (?:mañana|"
    r"tarde|noche)|sera|mattina|pomeriggio|abend|morgen|vormittag|nachmittag))?[\s,]+)+")


def appositive_subject(head: str, after: str = "") -> bool:
    """'Le président X, arrivé jeudi à Beyrouth, a promis': two commas frame an aside about
    the subject, so the words after the cue are its object, not an inverted subject."""
    commas = [m.start() for m in re.finditer(r"[,،](?!\d)", head)]
    if len(commas) >= 2 and commas[-1] == len(head) - 1 and \
            _NAME_ONLY.fullmatch(head[commas[-2] + 1:commas[-1]].strip()):
        return True  # "Le directeur ... de l'Agence, de la Santé et ..., Jean Dupont,": a
        # long title, commas inside it, and the name set off last
    first = after.split()[0].lower() if after.split() else ""
    if len(commas) == 3 and commas[-1] == len(head) - 1 and len(head[:commas[0]].split()) <= 4 \
            and _NAME_ONLY.fullmatch(head[commas[0] + 1:commas[1]].strip()) \
            and (not first or first[:1] in ",:" or first in PREPOSITIONS):
        return True  # "Ihr Mann, Peter Krüger, ebenfalls Pfleger, sagte, er habe": role, name,
        # aside; no subject after the cue ('..., Yves Martin, se rendra ..., a annoncé son cabinet')
    if len(commas) == 3 and commas[-1] == len(head) - 1 and _NAME_ONLY.fullmatch(head[:commas[0]].strip()) \
            and _PLACE_SEGMENT.match(head[commas[1] + 1:commas[2]].strip()):
        return True  # "Carlo Neri, titolare di un bar, a Zafferana – ... –, ha scritto su X:": a
        # name, its description, then where: one aside in two parts
    if len(commas) == 2 and _LIST_AND.search(head, commas[0], commas[1]):
        return False  # "Frankfurt, München und Hamburg,": a list, not an aside
    if len(commas) == 2 and _BUT.match(head, commas[0] + 1):
        return False  # "Sie komme spät, aber nicht zu spät,": one clause going on, no aside
    return len(commas) == 2 and commas[-1] == len(head) - 1 and commas[0] < 80


# Two to four capitalised words, nothing else: a person's name set off by commas.
_NAME_ONLY = re.compile(r"[A-ZÀ-ÝΑ-ΩΆ-Ώ][\w'’-]+(?:\s+[A-ZÀ-ÝΑ-ΩΆ-Ώ][\w'’-]+){1,3}")
# A place phrase after a person's description: 'a Zafferana', 'à Gujan', 'in Imst', 'σε X'.
_PLACE_SEGMENT = re.compile(r"(?:a|à|in|en|aus|im|bei|σε|στη|στην|στο)\s+[A-ZÀ-ÝΑ-ΩΆ-Ώ]")
_LIST_AND = re.compile(r"(?<!-)\s(?:und|et|y|e|και|ve|and)\s")
_BUT = re.compile(r"\s*(?:aber|doch|sondern|mais|ma|però|pero|sino|αλλά|ama|but)\s", re.I)


def introduced_before(text: str, index, s: int, cue) -> Speaker | None:
    """'El alcalde, X, visitó la zona.\n\n«...», prometió.': a paragraph opening on a quotation
    whose verb has no subject, with no one quoted before in the article: the person who opened
    the paragraph before's last sentence speaks."""
    para = text.rfind("\n", 0, s) + 1
    if text[para:s].strip() or para == 0 or not text[s:s + 1] in "«\"“„" \
            or re.search(r"[A-ZÀ-ÝΑ-Ω]", text[cue.end():text.find(".", cue.end()) % (len(text) + 1)]):
        return None
    prev = text[:para].rstrip()
    start = max(prev.rfind(c, 0, len(prev) - 1) for c in ".!?\n") + 1
    people = [h for h in index.within(start, len(prev)) if h[2].type == "PERSON"]
    return named(text, people[0][2], people[0][0], people[0][1]) if people else None


# A statement named in an aside with a relative clause whose subject reads or signs it: "Το
# υπουργείο, σε ανακοίνωση που διάβασε ο εκπρόσωπός του X, ανέφερε", "en un comunicado que leyó
# su portavoz X", "in einer Erklärung, die ihr Sprecher X verlas": X is the relative's subject,
# not the clause's; the body before the aside speaks (as 'in una nota firmata dal X' does).
READ_BY_RELATIVE = re.compile(
    r"(?i:ανακοίνωση|δήλωση|επιστολή|communiqué|déclaration|lettre|comunicado|declaración|carta|"
    r"comunicato|nota|dichiarazione|lettera|Erklärung|Mitteilung|Stellungnahme|Brief),?\s+"
    r"(?:που|que|qu['’]|che|die|den|das)\s+(?:[^\s,.;:«»\"“”]+\s+){1,4}$")


# ", qui tenait le magasin de la place d'Armes, a confié": a relative clause set off by commas
# between the subject and its verb.
_RELATIVE_ASIDE = re.compile(r"[,،]\s*(?:qui|que|qu['’]|che|cui|dove|où|donde|που|ο οποίος|η οποία|"
                             r"welche[rs]?)\s[^,،.;:!?\n]*$")  # (German der/die/das: apposition too)
_ASIDE_CLOSED = re.compile(r"[^,،.;:!?\n]*[,،]\s*$")


def in_relative_aside(text: str, ms: int, me: int, cue_at: int) -> bool:
    """A name inside a relative clause that closes with a comma right before the cue is not the
    cue's subject: 'Claire Delcourt, qui tenait le magasin de la place d'Armes, a confié'."""
    return me <= cue_at and bool(_RELATIVE_ASIDE.search(text, max(0, ms - 120), ms)) \
        and bool(_ASIDE_CLOSED.fullmatch(text, me, cue_at))
