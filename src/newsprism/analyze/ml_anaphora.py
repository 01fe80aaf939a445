"""Speakers given by description ('El ingeniero', 'der 61-Jährige', 'الوزارة') taken back to the person
or body named before, a document ('Hochrechnung') to its issuer. Inputs: text, language, entity rows, quotes.
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from ..records import Quote, Speaker, Via
from . import ml_lexicon as L
from .ml_claims import _GOES_ON, AGENT_ENDINGS, KIND_BOUND, ORG_ANAPHORS
from .ml_cataphora import added_by_role, cataphora
from .ml_firm import FIRM_NOUNS, last_firm
from .ml_issuer import issuer, recent_report
from .ml_named_again import same_anaphor
from .ml_role_link import complement_subject, fa_subject_in_full, medium_swallowed, role_holder
from .ml_speakers import is_title
from .ml_subjects import TIME_LEAD

# A description is definite: a new person or body comes with a name or an indefinite article
# ("un haut diplomate", "ein Sprecher", "bir emekli öğretmen", "یک مقام آگاه").
_INDEFINITE = frozenset(L.fold(w) for w in """un une uno una un' ein eine einer einem einen bir
    ένας μια μία ένα ενός یک ایک کوئی some des alcuni alcune unos unas""".split())
_ARTICLES = frozenset(L.fold(w) for w in """le la les l' l’ el los las il lo gli i der die das den
    dem des ο η οι το του της τον την این آن همین اس ان یہ وہ bu şu o cette ce cet ces questo
    questa quest' este esta ese esa dieser diese dieses diesem αυτός αυτή αυτό هذا هذه""".split())
# Nouns for a firm: like ORG_ANAPHORS, they take up only a body named with them.
_FIRM = frozenset(L.fold(w) for w in """εταιρεία εταιρία compagnie société compañía empresa
    società ditta firma şirket شركة شرکت کمپنی gesellschaft armateur exploitant opérateur
    constructeur fabricant transporteur assureur fournisseur distributeur bailleur betreiber
    hersteller versicherer vermieter operador fabricante naviera aseguradora operatore gestore
    costruttore armatore petrolera constructora eléctrica azienda impresa entreprise
    unternehmen konzern""".split())
# Words that say how old someone is, in the nine languages: a description by age points back to
# the person just named ('der 61-Jährige', 'il sessantenne', '70 ساله', 'الخمسيني').
_AGE = re.compile(
    r"\d+\s*(?:-?j[äa]hrig\w*|yaşındaki|yaşlı|χρον\w*|ساله|سالہ|enne|-?ans?\b|-?años\b)|"
    r"(?:quadra|quinqua|sexa|septua|octo|nona)g[ée]naire|"
    r"(?:trent|quarant|cinquant|sessant|settant|ottant|novant)enn[ei]|"
    r"(?:cuarent|cincuent|sesent|setent|ochent)(?:ón|ona|on)|(?:sexa|septua|octo)genari[oa]|"
    r"ال(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)ين(?:ي|ية)|پیرمرد|پیرزن|بزرگ|ηλικιωμέν\w*|"
    r"rentner\w*|pensionn[ée]e?|pensionat[oa]|jubilad[oa]|retraité\w*|emekli|συνταξιούχ\w*",
    re.I)
# What an inverted cue leaves glued to its subject ('وتابع الخمسيني قائلاً').
_GLUED = frozenset(L.fold(w) for w in "قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة".split())
_HEAD_LAST = ("tr", "ur", "de")
_POSSESSIVE = frozenset(L.fold(w) for w in """son sa ses leur leurs notre nos suo sua suoi sue loro
    su sus nuestro nuestra sein seine seinen ihr ihre ihren unser unsere μας σας""".split())
# Plural articles: 'les riverains', 'los vecinos', 'οι κάτοικοι' are a new group, not one person.
_PLURAL = re.compile(r"^(?:les|los|las|gli|i|οι|τους|τις|هؤلاء|این‌ها|اینها|یہ لوگ) $")  # the noun that names closes the phrase
_PREPS = frozenset(L.fold(w) for w in """de du des d' del della dello dei delle di von vom der des
    του της των کے کی کا در في من""".split())
_SENT = re.compile(r"[.!?؟۔](?=\s)|\n")
_WINDOW = 1500  # how far back a description may point


def _words(s: str) -> list[str]:
    return [w.strip(".,;:!?\"'()«»“”„") for w in s.split() if w.strip(".,;:!?\"'()«»“”„")]


def _stem_match(a: str, b: str) -> bool:
    """'başkan' and 'Başkanı', 'الوزارة' and 'وزارة', 'ingeniero' and 'Ingeniero': one word."""
    a, b = _bare(a), _bare(b)
    n = min(len(a), len(b))
    if n < 4:
        return False
    k = max(4, n - 1)
    return a[:k] == b[:k]


def _bare(w: str) -> str:
    f = L.fold(w).replace("’", "'").rsplit("'", 1)[-1]
    for pre in ("وال", "فال", "بال", "لل", "ال"):
        if f.startswith(pre) and len(f) - len(pre) >= 3:
            return f[len(pre):]
    return f


def _heads(text: str, lang: str, sp: Speaker) -> tuple[list[str], bool]:
    """The description's naming word (its head) and whether it is definite; ([], False) when
    the speaker is no description of one person or body taken up again."""
    words = _words(_OF_STATE.sub("", sp.name or ""))
    before = text[max(0, sp.start - 12):sp.start].split()
    last = L.fold(before[-1]).replace("’", "'") if before else ""
    if last in _INDEFINITE or not words or len(words) > 4 or L.fold(words[0]) in _INDEFINITE:
        return [], False
    definite = last in _ARTICLES or bool(re.search(r"(?:^|\s)[lLdD]['’]$", text[max(0, sp.start - 3):sp.start]))
    while words and (L.fold(words[0]).replace("’", "'") in _ARTICLES or re.fullmatch(r"[lLdD]['’]", words[0])):
        words, definite = words[1:], True
    if words and re.match(r"[lL]['’]\w", words[0]):  # "l'élu"
        words, definite = [words[0][2:]] + words[1:], True
    words = [w for w in words if L.fold(w) not in _GLUED]
    if not words or any(L.fold(w) in _POSSESSIVE for w in words) or _PLURAL.search(last + " ") or \
            any(i and L.fold(w) in _PREPS for i, w in enumerate(words)):
        return [], False  # 'les riverains', 'il suo staff', 'la direction de l'aéroport': new
    cased = any(c.isupper() or c.islower() for c in words[0])
    if cased and lang != "de" and any(w[:1].isupper() for w in words) and not _bare_body(sp.name or ""):
        return [], False  # 'la Protezione civile', 'Sprecher Hans Weber': a name
    aged = bool(_AGE.search(sp.name or ""))
    if lang in ("fa", "ur") and not aged and last not in _ARTICLES:
        return [], False  # no article in Persian or Urdu: only 'این ...' or an age takes one up
    if lang == "ar" and not aged and not words[0].startswith(("ال", "وال")):
        return [], False
    if lang == "tr" and re.search(r"l[ae]r[ıiuü]?n?[ıiuü]?$", words[-1]):
        return [], False  # a plural
    # the noun: first in Arabic, Persian and the Romance languages, last where adjectives
    # come first (Turkish, Urdu, German, Greek)
    head = words[-1:] if lang in _HEAD_LAST or lang == "el" else words[:1]
    if head == words[:1] and len(words) >= 2 and (L.fold(words[0]) in _BEFORE_NOUN or _TENURE.fullmatch(words[0])):
        head = words[1:2]  # "il primo cittadino", "la nueva alcaldesa": the noun after
    if any(L.fold(w) in _FIRM or L.fold(w) in ORG_ANAPHORS for w in words):
        head = [w for w in words if L.fold(w) in _FIRM or L.fold(w) in ORG_ANAPHORS][:1]
    return [w for w in head if len(_bare(w)) >= 3 and not _AGE.fullmatch(w)], \
        definite or aged or lang == "tr" or lang == "ar" and words[0].startswith(("ال", "وال"))


# Romance adjectives that come before the noun they qualify ('il primo cittadino', 'la jeune
# femme'); words of tenure ('la nouvelle maire') keep their own reading (_TENURE).
_BEFORE_NOUN = frozenset(L.fold(w) for w in """primo prima joven giovane jeune""".split())
# A name after a genitive with an article is what a role is of ('El entrenador del Real
# Murcia', 'le président du PSG'), not a person ('la liste de Sophie Vernet' is hers).
_OWNER = re.compile(r"(?:\bdel|\bde la|\bdella|\bdello|\bdes|\bdu|\bvom)\s+$")


def _candidates(text: str, rows, found: list[Quote], end: int) -> list[tuple[int, int, Speaker, str]]:
    """Named persons and bodies before end, nearest first: (start, end, speaker, type)."""
    out = {}
    lo = max(0, end - _WINDOW)
    i = bisect.bisect_left(rows, lo, key=lambda r: r[0])
    for ms, me, ent in rows[i:]:
        if ms >= end:
            break
        if ent.type in ("PERSON", "ORG", "NORP"):
            out[(ms, me)] = (ms, me, Speaker(ent.id, text[ms:me], ms, me), ent.type)
    for q in found:
        sp = q.speaker
        if sp.name and sp.start is not None and lo <= sp.start < end and (sp.start, sp.end) not in out:
            kind = "PERSON" if len(sp.name.split()) >= 2 else "ORG"
            out[(sp.start, sp.end)] = (sp.start, sp.end, sp, kind if _is_name(sp.name) else "DESC")
    for m in _FIRST_NAME.finditer(text, lo, end):
        g = "n" if m.group("n") else "s"
        a, b = m.span(g)
        if (a, b) not in out and L.fold(m.group(g)) not in _NOT_FIRST:
            out[(a, b)] = (a, b, Speaker(None, m.group(g), a, b), "PERSON")
    for q in found:  # a medium that passed words on describes no speaker
        for v in q.via:
            out.pop((v.start, v.end), None)
    return sorted(out.values(), key=lambda r: -r[0])


# Someone named by a first name only: after a word for kin or a person ('la figlia Chiara',
# 'sua moglie Anna', 'seine Tochter Lea'), or opening a sentence with an apposition after its
# comma ('Marta, vecina de Binaced, ...', 'Karim, 34 ans, ...').
_FIRST_NAME = re.compile(
    r"(?:(?<![\w])(?:figli[oa]|moglie|marito|madre|padre|fratello|sorella|fille|fils|femme|mari|"
    r"mère|père|frère|sœur|hija|hijo|esposa|esposo|madre|padre|hermana|hermano|vecina|vecino|"
    r"Tochter|Sohn|Frau|Mann|Mutter|Vater|Schwester|Bruder|κόρη|γιος|σύζυγος|μητέρα|πατέρας)\s+)"
    r"(?P<n>[A-ZÀ-ÝΑ-ΩÄÖÜ][a-zà-ÿα-ωά-ώäöüß]{2,})(?![\w'’-])(?!\s+[A-ZÀ-ÝΑ-ΩÄÖÜ])|"
    r"(?:^|(?<=[.!?»”]\s)|(?<=\n))(?P<s>[A-ZÀ-ÝΑ-ΩÄÖÜ][a-zà-ÿα-ωά-ώäöüß]{2,}),\s+(?:\d{1,2}\s|[a-zà-ÿα-ωά-ώäöüß])")
_NOT_FIRST = frozenset(L.fold(w) for w in """hier aujourd'hui ayer hoy ieri oggi gestern heute ensuite
    luego poi dann ainsi así così also sin sans senza ohne""".split())


def _is_name(name: str) -> bool:
    ws = name.split()
    if not ws or L.fold(ws[0]) in _INDEFINITE or len(ws) >= 2 and name.isupper():
        return False  # ('CIUDAD DE MÉXICO' is a dateline)
    if any(c.isupper() or c.islower() for c in name):
        return sum(w[:1].isupper() for w in ws) >= min(2, len(ws))
    return len(ws) >= 2  # unicameral scripts: several words, no way to tell by case


_NAME_RUN = re.compile(r"[^(),،.;:\n«»\"“”]{1,50}")


def _expand(text: str, at: int) -> tuple[int, int]:
    """A body's full name from its head word: 'Agence régionale de santé' before '(ARS)'."""
    m = _NAME_RUN.match(text, at)
    b = m.end() if m else at
    while b > at and text[b - 1] == " ":
        b -= 1
    return at, b


def _antecedent(text: str, lang: str, sp: Speaker, heads: list[str], definite: bool, rows,
                found: list[Quote]) -> Speaker | None:
    cands = _candidates(text, rows, found, sp.start)
    body = any(_bare(h) in ORG_ANAPHORS or _bare(h) in KIND_BOUND or _bare(h) in _FIRM for h in heads)
    for ms, me, cand, kind in cands:  # the description's own word in a body's name ('الوزارة')
        for m in re.finditer(r"\S+", text[ms:me]):
            if any(_stem_match(h, m.group()) for h in heads):
                quoted = cand.entity is None and m.start() == 0 and any(
                    q.speaker.start == ms and q.speaker.end == me for q in found)
                if kind != "DESC" and not quoted and (cand.entity is None or m.start() == 0 and me - ms < 12):
                    # (a speaker quoted before, 'مصدر في وزارة الثقافة', is already whole)
                    a, b = _expand(text, ms + m.start())
                    return Speaker(cand.entity, text[a:b], a, b)
                if lang == "tr" and body and kind != "DESC" and 0 < m.start() and ms + m.end() < me:
                    # 'Belediye' for 'Ankara Büyükşehir Belediyesi Ulaşım Dairesi': a Turkish
                    # compound ends in its head, so the body is the name up to that word
                    return Speaker(None, text[ms:ms + m.end()], ms, ms + m.end())
                return cand
    firm = last_firm(text, rows, sp.start) if any(_bare(h) in FIRM_NOUNS for h in heads) else None
    if firm is not None:  # "l'entreprise" after "des Boulangeries Delcourt, une chaîne de ..."
        return firm
    if body:  # "l'azienda di rifiuti Ecoplast ... L'azienda": a body the entity step left untyped
        lo = max(0, sp.start - _WINDOW)
        for ms, me, ent in reversed([r for r in rows if lo <= r[0] < sp.start and r[2].type == "OTHER"]):
            if any(_stem_match(h, w) for h in heads for w in text[max(0, ms - 40):ms].split()[-4:]):
                return Speaker(ent.id, text[ms:me], ms, me)
    if definite and not body:  # 'der Beauftragte' after 'X ist ... Lausitz-Beauftragter'
        held = role_holder(text, lang, sp, heads, cands, _is_name)
        if held is not None:
            return held
    if not body:
        for ms, me, cand, kind in cands:  # the description said of the name beside it
            if kind != "DESC" and any(_stem_match(h, w) for h in heads
                                                 for w in _beside(text, ms, me, sp.start)):
                return cand
    para = _previous_paragraph(text, sp.start)
    demonstrative = bool(_DEMONSTRATIVE.search(text[max(0, sp.start - 8):sp.end]))
    if definite and heads and not body and (_person_noun(lang, heads[-1]) or _TENURE.search(sp.name or "")
                                            or demonstrative):
        return _last_quoted_person(text, found, cands, para)
    if not (definite and _AGE.search(text, max(0, sp.start - 15), sp.end)):
        return None
    for ms, me, cand, kind in cands:  # an age: the person named last, here or a paragraph up
        if ms < para:
            break
        if kind == "PERSON" and _is_name(cand.name or ""):
            return cand
    return None


def _person_noun(lang: str, w: str) -> bool:
    """A noun for someone by what they do ('la Rentnerin', 'η επιχειρηματίας', 'l'élu'), not
    an office, which a new holder may fill ('le ministre')."""
    f = _bare(w)
    if f in _PEOPLE:
        return True
    if is_title(w) or f in L.ORG_HEAD_WORDS or len(f) < 3:
        return False
    if lang == "el":
        return f.endswith(("ιασ", "τησ", "τρια", "ησ"))  # (folding makes a final sigma σ)
    if lang == "de" and f.endswith(("er", "erin")) and w[:1].isupper():
        return True  # 'der Niederländer', 'die Landwirtin', 'der Schiffer': one by origin or trade
    return f.endswith(AGENT_ENDINGS + ("elu", "elue", "ner", "nerin", "ade", "ada", "ado"))


def _last_quoted_person(text: str, found: list[Quote], cands, para: int) -> Speaker | None:
    """The one person named here or a paragraph up, or, among several, the one quoted last
    when no other was named since."""
    here = text.rfind("\n", 0, cands[0][1]) + 1 if cands else para
    for bound in (here, para):  # this paragraph first, then with the one before
        people = [c for c in cands if c[0] >= bound and c[3] == "PERSON" and _is_name(c[2].name or "")
                  and not _OWNER.search(text, max(0, c[0] - 8), c[0]) and not c[2].name.isupper()]
        # ('MURCIA —' is a dateline, whatever type the entity step gave it)
        if len({L.fold(c[2].name.split()[-1]) for c in people}) == 1:
            return people[-1][2]  # (the earliest mention, the fullest name)
    for q in reversed(found):
        sp = q.speaker
        if sp.start is None or not sp.name:
            continue
        if sp.start < para or not _is_name(sp.name):
            return None
        later = [c for c in people if c[0] > sp.end and c[2].name != sp.name]
        return None if later else sp
    return None


# A demonstrative points back whatever the noun: 'این مقام', 'cette élue', 'questo dirigente'.
_DEMONSTRATIVE = re.compile(r"(?<![\w\u200c])(?:این|همین|هذا|هذه|cette|cet|ce|questo|questa|"
                            r"dieser|diese|αυτός|αυτή|bu|یہ)\s+\S+$|^(?:این|همین|هذا|هذه)\s")
# Words for an office's tenure: 'la nouvelle maire', 'le conseiller sortant', 'der neue Landrat'
# is the one just elected or leaving, named before.
_TENURE = re.compile(r"(?<![\w-])(?:nouvel(?:le)?|nouveau|sortante?|réélue?|neue[rn]?|bisherige[rn]?|"
                     r"nuev[oa]|saliente|reelect[oa]|nuov[oa]|uscente|rieletto|rieletta|νέος|νέα|"
                     r"απερχόμεν\w+|yeni|eski|الجديد|الجديدة|المنتهية|جدید|نئے|نئی)(?![\w-])", re.I)
# Words for a person as such: 'la mujer', 'la donna', 'der Mann', 'η γυναίκα', 'المرأة', 'این زن'.
_PEOPLE = frozenset(_bare(w) for w in """femme homme mujer hombre donna uomo signora signore Frau
    Mann γυναίκα άνδρας άντρας kadın adam المرأة الرجل السيدة زن مرد خاتون آدمی jeune joven
    giovane الشاب الشابة الفتاة""".split())
# Words the sports and local press use for a coach, a captain and a mayor already named:
# 'admitió el técnico', 'ha aggiunto il primo cittadino', 'so der Coach'.
_PEOPLE |= frozenset(_bare(w) for w in """técnico tecnico entrenador entrenadora entraîneur
    entraîneuse allenatore allenatrice Trainer Trainerin coach capitán capitana capitano capitaine
    Kapitän cittadino cittadina""".split())
# The press's usual periphrases for a mayor or a prefect already named: 'die Rathauschefin'
# after 'Oberbürgermeisterin X', 'le représentant de l'État' after 'le préfet X'.
_PEOPLE |= frozenset(_bare(w) for w in """Rathauschef Rathauschefin Stadtoberhaupt Stadtchef
    Stadtchefin représentant représentante""".split())
# ('de l'État' completes 'représentant' as that periphrasis: it names no other body)
_OF_STATE = re.compile(r"\s+de\s+l['’]État$")
# Words that say someone holds some office without saying which ('el senador X ... el
# legislador', 'il presidente federale X ... Il dirigente'): they take up the one named, as
# an office word that names a post ('le ministre') need not.
_PEOPLE |= frozenset(_bare(w) for w in """élu élue dirigeant dirigeante édile parlementaire
    politicien politicienne dirigente legislador legisladora parlamentario parlamentaria político
    edil politico parlamentare Politiker Politikerin Funktionär Funktionärin Amtsträger
    Amtsträgerin αξιωματούχος πολιτικός""".split())
# Words for one who knows a field ('la storica dell'arte X ... ha precisato la studiosa').
_PEOPLE |= frozenset(_bare(w) for w in """studioso studiosa estudioso estudiosa esperto esperta
    experto experta expert experte Experte Expertin scienziato scienziata científico científica
    scientifique Wissenschaftler Wissenschaftlerin ειδικός επιστήμονας""".split())
_OPENING = re.compile(r"\s*(?:\S+\s+){0,2}")
_AFTER_COMMA = re.compile(r"\s*[,،]\s*((?:\S+\s+){0,3})")


def _beside(text: str, ms: int, me: int, limit: int) -> list[str]:
    """Words that describe the name at ms..me: the few before it in its clause ('Belediye
    Başkanı Mustafa Turan', 'Der Betreiber, die X'), an apposition right after its comma
    ('X, ingeniero de montes'), the opening of the next sentence when it has no subject
    ('Ingeniero de montes de 47 años, llega ...')."""
    a = max(0, ms - 60)
    cut = max(text.rfind(c, a, ms) for c in ".!?؟۔\n:;")
    out = text[max(a, cut + 1):ms].split()
    m = _AFTER_COMMA.match(text, me, limit)
    if m:
        out += m.group(1).split()
    stop = _SENT.search(text, me, limit)
    if stop:
        m = _OPENING.match(text, stop.end(), limit)
        out += text[m.start():m.end()].split() if m else []
    return out


def _previous_paragraph(text: str, pos: int) -> int:
    """Where the paragraph before pos's paragraph starts (blank lines between them skipped)."""
    j = text.rfind("\n", 0, pos)
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return text.rfind("\n", 0, j) if j > 0 else 0


# A name set off by commas right after a description: "Der Betreiber, die Hartmann Coatings
# GmbH, erklärte", "L'exploitant, la société Vinci Autoroutes, a indiqué"; also after a
# relative clause ("L'operaio che per primo ha notato la cavità, Luigi Mancini, ha detto").
_APPOSED = re.compile(r"(?:\s+(?:che|qui|que|που)\s[^,.;:«»\"“”„\n]{1,80}?)?"  # ('che per primo ...')
                      r"(?:\s+(?:από|de|di|da|aus|von|du|del|della)\s[^,.;:«»\"“”„\n]{1,40}?)?"  # ('από την Πάρο')
                      r"\s*,\s*(?:(?:die|der|das|le|la|l['’]|el|il|lo|η|ο|το|la société|die Firma)\s*)?"
                      r"(?P<n>[A-ZÀ-ÝΑ-ΩΆ-ΏÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÀ-ÝΑ-ΩΆ-ΏÄÖÜ&][\w&'’-]*|de|der|di|del|du)){0,5})"
                      r"(?:\s*,|\.(?:\s|$))")


def _apposed(text: str, sp: Speaker) -> Speaker | None:
    before = text[max(0, sp.start - 9):sp.start]
    if sp.end is None or not (_ARTICLE_START.match(sp.name or "") or
                              _ARTICLE_START.match((before.split() or [""])[-1] + " x")):
        return None
    m = _APPOSED.match(text, sp.end)
    if m is None or len(m.group("n").split()) < 2:
        return None
    return Speaker(None, m.group("n"), *m.span("n"))


_ARTICLE_START = re.compile(r"(?:der|die|das|le|la|l['’]|el|il|lo|ο|η|το|son|sa|su|sein|seine|ihr|ihre|"
                            r"il suo|la sua|un|une|una|uno|ein|eine|ένας|μια|μία)\s*\w", re.I)
# An Urdu subject runs its modifiers first: in "قاسم آباد کے رہائشی غلام مصطفیٰ کا کہنا تھا" the
# speaker follows the last genitive before the cue.
_UR_LAST_GENITIVE = re.compile(r"\s(?:کے|کی|کا)\s+(?P<h>[^\s،,.۔:]+(?:\s+[^\s،,.۔:]+){0,3}?)\s*(?:نے\s*)?$")


_UR_NOT_HEAD = frozenset("پر میں سے کو نے اور ہوئے کرتے کیا کی کے کا بعد حوالے ساتھ".split())


_UR_NAME_TO_ERGATIVE = re.compile(r"((?:\s+[^\s،,.۔:؛«»“”\"]+){1,2}?)\s+نے\s")


# the family name ends where a comma, a bracket or the relayed saying ('عن X قوله إن') follows
_AR_NISBA = re.compile(r"\s+(ال[^\s،,.:؛«»\"()]{2,})(?=\s*[،,(]|\s+(?:قوله|قولها|قائلا|قائلة|إن|أن)(?!\S))")
_AR_SON_OF = re.compile(r"(?:^|\s)(?:بن|بنت)\s")
_AR_NOT_NISBA = frozenset("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم".split())


# "contó a la cadena COPE Tomás Abad, vecino de ...": a medium's acronym, then the name of the
# one who told it (the subject after the cue), taken as one medium's name.
_ACRONYM_THEN_NAME = re.compile(r"(?P<m>[A-Z0-9ÀÉÈÑ]{2,}[+]?)\s+(?P<n>[A-ZÀ-ÝΑ-Ω][\w'’-]+(?:\s+"
                                r"[A-ZÀ-ÝΑ-Ω][\w'’-]+){1,3})$")


_MEDIUM_KINDS = frozenset(L.fold(w) for w in L.MEDIUM_WORDS + L.AGENCY_WORDS)


def _acronym_then_name(text: str, q: Quote) -> Quote:
    sp = q.speaker
    m = _ACRONYM_THEN_NAME.fullmatch(text, sp.start, sp.end) if q.cue is not None and \
        sp.start is not None and sp.end is not None and sp.start >= q.cue.end else None
    kind = text[max(0, sp.start - 20):sp.start].split()[-1:] if m is not None else []
    if kind and L.fold(kind[0]) in _MEDIUM_KINDS:  # "contó a la emisora RNE Marta Ibáñez"
        return dataclasses.replace(q, speaker=Speaker(None, m.group("n"), *m.span("n")),
                                   via=(Via(None, m.group("m"), *m.span("m")),) + q.via)
    # none, or one carried over from an earlier paragraph
    if q.cue is None or sp.name is not None and (sp.end is None or sp.end > q.start
                                                 or "\n" not in text[sp.end:q.start]):
        return q
    for k, v in enumerate(q.via):
        if v.start is None or v.end is None or v.start < q.cue.end:
            continue
        m = _ACRONYM_THEN_NAME.fullmatch(text, v.start, v.end)
        if m is not None:
            told = Via(v.entity, m.group("m"), *m.span("m"))
            return dataclasses.replace(q, speaker=Speaker(None, m.group("n"), *m.span("n")),
                                       via=q.via[:k] + (told,) + q.via[k + 1:])
    return q


def _ar_clitic_cut(sp: Speaker) -> Speaker:
    """'وطالبت نقابة المعلمين بـ«...»': a preposition held open by a tatweel belongs to the
    words after it, not to the name."""
    m = re.search(r"\s+\S{1,2}ـ$", sp.name or "")
    if m is None or sp.start is None or sp.end is None:
        return sp
    return Speaker(sp.entity, sp.name[:m.start()], sp.start, sp.end - (len(sp.name) - m.start()))


def _ar_nisba(text: str, sp: Speaker) -> Speaker:
    """'سالم بن حمد المري،': a name in the 'X بن Y' pattern goes on with its family name in
    ال, which the entity step tends to leave out; a comma or the relayed saying closes the name."""
    if sp.end is None or not _AR_SON_OF.search(sp.name or ""):
        return sp
    m = _AR_NISBA.match(text, sp.end)
    if m is None or m.group(1) in _AR_NOT_NISBA:
        return sp
    return Speaker(sp.entity, text[sp.start:m.end(1)], sp.start, m.end(1))


def _titled_before(text: str, rows, found: list[Quote], sp: Speaker) -> Speaker | None:
    """Persian and Urdu have no article, so a bare title ('وزیر اعلیٰ') takes up someone again
    only where the same words stood right before that person's name ('سندھ کے وزیر اعلیٰ سید
    مراد علی شاہ')."""
    if not sp.name or sp.start is None or sp.entity is not None or not 1 <= len(sp.name.split()) <= 3:
        return None
    for ms, me, cand, kind in _candidates(text, rows, found, sp.start):
        pre = text[max(0, ms - len(sp.name) - 4):ms].rstrip(" ،,")
        if kind == "PERSON" and me <= sp.start and _is_name(cand.name or "") and pre.endswith(sp.name) \
                and not pre[:-len(sp.name)][-1:].isalnum():
            run = _UR_NAME_TO_ERGATIVE.match(text, me)
            if run is not None:  # NER may stop inside the name: it runs on to نے
                return Speaker(cand.entity, text[ms:run.end(1)], ms, run.end(1))
            return cand
    return None


# "X کو تین سال کے لیے چیئرمین منتخب کر لیا", "X را به عنوان مدیرعامل ... منصوب کرد": the
# role given to the person just named, which a bare 'نو منتخب چیئرمین' takes up again.
_MADE_ROLE = {"ur": re.compile(r"\s+کو\s+(?P<mid>[^۔.!?؟\n«»\"]{0,60}?)(?P<r>\S+)\s+"
                              r"(?:منتخب|مقرر|نامزد|تعینات)(?!\S)"),
              "fa": re.compile(r"\s+را\s+(?:به\s+عنوان|به\s+سمت)\s+(?P<r>\S+)(?P<mid>[^.!?؟\n«»\"]{0,60}?)"
                              r"\s+(?:انتخاب|منصوب|معرفی)(?!\S)")}


def _made_role(text: str, lang: str, rows, found: list[Quote], sp: Speaker) -> Speaker | None:
    """A bare role whose head ('چیئرمین'; Persian heads come first) is the one an earlier
    sentence gave a named person: that person."""
    pat = _MADE_ROLE.get(lang)
    if pat is None or not sp.name or sp.start is None or sp.entity is not None \
            or not 1 <= len(sp.name.split()) <= 3:
        return None
    head = sp.name.split()[0 if lang == "fa" else -1]
    for ms, me, cand, kind in _candidates(text, rows, found, sp.start):
        m = pat.match(text, me)
        if kind == "PERSON" and m is not None and m.group("r") == head and m.end() <= sp.start:
            return cand
    return None


def _ur_head(text: str, sp: Speaker, cue: int) -> Speaker:
    if sp.end is None or not sp.end <= cue <= sp.end + 60:
        return sp
    m = _UR_LAST_GENITIVE.search(text, sp.start, cue)
    if m is None or m.start() < sp.start or m.start() - sp.end > 15 or \
            any(c in text[sp.end:cue] for c in "،,.۔:\n\"«»") or _UR_NOT_HEAD & set(m.group("h").split()):
        return sp
    a, b = m.span("h")
    return Speaker(None, text[a:b], a, b)


# A dative article before the name after a cue: the name was told the words.
_TOLD_BEFORE = re.compile(r"(?:\ball['’]|\bal |\balla |\ballo |\bau |\bà l['’]|\bà la |\ba la |\bdem )$")


def _bare_cue_after(text: str, q: Quote) -> bool:
    """'«...», recuerda.', '«...», λέει.': the cue follows the quotation with no subject."""
    gap = text[q.end:q.cue.start]
    if q.cue.start < q.end or gap.strip(" ,«»\"“”„'’—―") or len(gap) > 6:
        return False
    tail = re.match(r"[^.!?\n]*", text[q.cue.end:q.cue.end + 60]).group()
    for v in q.via:  # the medium told may follow: "..., ha spiegato all'ANSA."
        tail = tail.replace(v.name, "") if v.name else tail
        if v.start is not None and q.cue.end <= v.start:
            tail = tail.replace(text[v.start:v.end], "")
    return not any(w[:1].isupper() for w in tail.split()) and len(tail.split()) <= 4


# A sentence opening on an indefinite subject: 'Una vecina de X, que ..., oyó ...'.
_INDEFINITE_OPENING = re.compile(r"(?:Un|Une|Una|Uno|Ein|Eine|Ένας|Μια|Μία|Ένα|Bir)\s+[^,.;:!?\n]{2,60}?(?=,|\s+(?:que|qui|che|der|die|das|που|ki)\s)")


_FA_PRONOUNS = frozenset("وی او ایشان آنها".split())


def _pronoun_cue(text: str, q: Quote) -> bool:
    """'«...», poursuit-elle.', '«...», ajoute-t-il': the speaker of the quotation before."""
    return q.cue is not None and bool(re.match(r"[\w’']*-(?:t-)?(?:il|elle|ils|elles)(?![\w-])",
                                               text[q.cue.start:q.cue.end + 12]))


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos].rstrip(" «\"“„")
    return not before or before.endswith(("\n", ".", "!", "?", "»", "”"))


def _previous_subject(text: str, q: Quote, cands, opening_only: bool = False) -> Speaker | None:
    """The subject of the sentence before, in the quotation's paragraph: an indefinite
    phrase that opens it, or the person named last."""
    para = text.rfind("\n", 0, q.start) + 1
    starts = [para] + [para + m.end() for m in re.finditer(r"[.!?]\s+", text[para:q.start])]
    for a in reversed(starts[:-1] or starts):  # the sentences before the quotation's own
        m = _INDEFINITE_OPENING.match(text, a)
        if m and m.end() < q.start:
            return Speaker(None, m.group(), m.start(), m.end())
    if opening_only:
        return None
    if re.match(r"[ \t]*[—―]", text[para:q.start]):  # a line of dialogue: who was introduced
        para = _previous_paragraph(text, q.start)
    for ms, me, cand, kind in cands:
        if ms < para:
            return None
        if kind == "PERSON":
            return cand
    return None


_TR_STATEMENT_BY = re.compile(r"(\S+?)['’]?[dt][ae]n\s+yapılan\s+\S+$")
# The outlet's own reporters are no intermediary: "à notre journal", "unserer Zeitung",
# "به روزنامه ما", "gazetemize", "ہمارے نمائندے".
_OWN_OUTLET = re.compile(r"(?:^|\s)(?:notre|nos|unser\w*|nuestr[oa]s?|nostr[oa]|nostri|μας|"
                         r"ہمارے|ہماری)(?:\s|$)", re.I)
_OWN_NEWS = re.compile(r"(?:nos|nuestras|nostre|unseren?)\s+(?:informations|informaciones|"
                       r"informazioni|Informationen)$", re.I)
_OWN_OUTLET_FA = re.compile(_OWN_OUTLET.pattern + r"|^ما$", re.I)  # bare 'ما', our


def _own_outlet_dropped(text: str, lang: str, q: Quote) -> Quote:
    own = _OWN_OUTLET_FA if lang == "fa" else _OWN_OUTLET
    keep = tuple(v for v in q.via if not (v.name and own.search(v.name)) and not
                 (v.start is not None and own.search(text[v.start:v.end])))
    return q if len(keep) == len(q.via) else dataclasses.replace(q, via=keep)


def _name_before_apposition(text: str, rows, sp: Speaker) -> Speaker | None:
    """A description set off by commas right after a person's name is that person's."""
    if sp.start is None or not sp.name:
        return None
    gap = text[max(0, sp.start - 3):sp.start]
    if not re.search(r"[,،]\s*$", gap):
        return None
    for ms, me, ent in rows:
        if ent.type == "PERSON" and 0 <= sp.start - me <= 3 and me <= sp.start and (
                sp.entity is None or _HONORIFIC_BEFORE.search(text, max(0, ms - 8), ms)):
            # (a description the entity step typed a person: 'دکتر مریم رحیمی، متخصص ...،'
            # names the doctor by her honorific; two names side by side stay apart)
            return Speaker(ent.id, text[ms:me], ms, me)
    return None


_HONORIFIC_BEFORE = re.compile(r"(?:^|\s)(?:دکتر|مهندس|آقای|خانم|جناب|ڈاکٹر|الدكتور|الدكتورة)\s+$")


def _carried(text: str, q: Quote, out: list[Quote]) -> Quote:
    """'Selon cette source, ...' right after that source spoke through a medium, in the same
    paragraph: the words came the same way."""
    if q.via or not out or not out[-1].via or out[-1].speaker.name != q.speaker.name:
        return q
    going_on = q.cue is not None and _GOES_ON.search(text, q.cue.start, q.cue.end)
    here = "\n" not in text[out[-1].end:q.start]
    nearby = out[-1].end >= _previous_paragraph(text, q.start)  # ('Il 50enne ha aggiunto che')
    return dataclasses.replace(q, via=out[-1].via) if here or going_on and nearby else q


# Words that end a Persian subject phrase: prepositions, times, 'also'.
_FA_SUBJECT_END = frozenset("""پس بعد در با به از برای روز امروز دیروز صبح عصر شب هنگام ضمن طی پیش
    نیز هم که را""".split())


def _fa_opening_subject(text: str, cue: int) -> Speaker | None:
    """Persian puts the subject first: the words opening the cue's sentence before the first
    preposition or time word, when there are one to four of them."""
    start = max(text.rfind(c, 0, cue) for c in ".!?؟\n»") + 1
    words = list(re.finditer(r"[^\s،,]+", text[start:cue]))
    cut = next((i for i, w in enumerate(words) if w.group() in _FA_SUBJECT_END), len(words))
    if not 1 <= cut <= 4 or cut == len(words) and len(words) > 4:
        return None
    a, b = start + words[0].start(), start + words[cut - 1].end()
    if "،" in text[a:b] or "," in text[a:b]:
        return None
    return Speaker(None, text[a:b], a, b)


# Bodies whose names go on in lower case: "Ufficio federale della dogana", "Agence régionale de
# santé", "Servicio nacional de meteorología".
_BODY_HEADS = frozenset(L.fold(w) for w in """ufficio office oficina bureau servizio service
    servicio istituto institut instituto agenzia agence agencia consiglio conseil consejo
    commissione commission comisión direzione direction dirección dipartimento département
    departamento ministero ministère ministerio autorità autorité autoridad tribunale tribunal
    procura parquet fiscalía corte cour""".split())
_LOWER_TAIL = re.compile(r"(?:\s+(?:[a-zà-ÿ][\w'’-]*|d['’]\w+|l['’]\w+|dell['’]\w+)){1,9}\s*$")


def _body_in_full(text: str, sp: Speaker, cue: int) -> Speaker:
    """'Ufficio' before 'federale della dogana e della sicurezza dei confini ha fatto sapere':
    the lower-case words up to the cue belong to the body's name."""
    if sp.start is None or not sp.name or len(sp.name.split()) != 1 or L.fold(sp.name) not in _BODY_HEADS:
        return sp
    tail = text[sp.end:cue]
    m = _LOWER_TAIL.fullmatch(tail)
    if m is None:
        return sp
    aux = re.search(r"\s+(?:ha|hanno|a|ont|ha|han|è|est|es)\s*$", tail)  # the cue's auxiliary
    end = sp.end + (aux.start() if aux else len(tail.rstrip()))
    return Speaker(sp.entity, text[sp.start:end], sp.start, end)


_AR_TOLD_MEDIUM = re.compile(r"ل(?:ل)?((?:ال)?(?:وكالة|قناة|صحيفة|جريدة|إذاعة|موقع)\s.*)$")
_AR_LEAD = re.compile(r"\s*(?:غير أن|لكن|إلا أن|بينما|و|ف)\s*")


def _ar_subject_before(text: str, cue: int) -> Speaker | None:
    """The Arabic subject fronted before its verb: 'غير أن مسؤولاً رفيعاً في X، طلب ...، قال'."""
    start = max(text.rfind(c, 0, cue) for c in ".!?؟\n") + 1
    lead = _AR_LEAD.match(text, start)
    a = lead.end() if lead else start
    comma = text.find("،", a, cue)
    b = comma if comma > a else cue
    phrase = text[a:b].strip()
    if not 1 <= len(phrase.split()) <= 6:
        return None
    return Speaker(None, phrase, a, a + len(phrase))


# An indefinite speaker and where it is from: "Ein Urlauber aus Bayern", "una vecina de Olot".
_FROM_PLACE = re.compile(r"\s+(?:aus|von|vom|de|du|di|da|από)\s+(?:(?:la|el|le|der|dem|τη|το)\s+)?"
                         r"[A-ZÀ-ÝΑ-ΩÄÖÜ][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-ΩÄÖÜ][\w'’-]*)?(?=[\s,.:;])")


def _with_place(text: str, sp: Speaker) -> Speaker:
    before = text[max(0, sp.start - 6):sp.start].split()
    first = (before[-1] if before else "") if not _INDEFINITE_START.match(sp.name) else sp.name.split()[0]
    if L.fold(first) not in _INDEFINITE:
        return sp
    m = _FROM_PLACE.match(text, sp.end)
    return Speaker(sp.entity, text[sp.start:m.end()], sp.start, m.end()) if m else sp


_INDEFINITE_START = re.compile(r"(?:Un|Une|Una|Uno|Ein|Eine|Einer|Ένας|Μια|Μία)\s", re.I)



def _bare_body(name: str) -> bool:
    """'Banka, ...', 'Kurum, ...': a body's bare noun alone, capitalised only because it opens
    the sentence, describes the body named before."""
    ws = name.split()
    if len(ws) != 1:
        return False
    f = L.fold(ws[0])  # Turkish: 'Başsavcılığın', 'Valiliğin', 'Belediyenin': the noun in a case
    return f in ORG_ANAPHORS or any(f.endswith(x) and re.sub(r"g$", "k", f[:-len(x)]) in ORG_ANAPHORS
                                    for x in _TR_CASE)


_TR_CASE = ("nin", "nun", "in", "un", "i", "u", "si", "su")  # (folded: ı is i, ü is u)


# "L'azienda", "L'ente": an elided article capitalised at the sentence's start, then a noun.
_ELIDED_NOUN = re.compile(r"[LlDd]['’][a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)*")


def _described(lang: str, name: str) -> bool:
    """A speaker phrase that describes rather than names: no capitalised run, an age, or in
    Arabic only definite nouns ('الخمسيني قائلاً')."""
    if not _is_name(name) or _AGE.search(name) or _bare_body(name) or _ELIDED_NOUN.fullmatch(name):
        return True
    ws = name.split()
    if lang == "de" and _DE_ARTICLE_NOUN.fullmatch(name):
        return True  # 'Die Landesrätin kündigte an': capitals only by the sentence and the noun
    return lang == "ar" and all(w.startswith(("ال", "وال")) or L.fold(w) in _GLUED for w in ws)


_DE_ARTICLE_NOUN = re.compile(r"(?:Der|Die|Das)\s+[A-ZÄÖÜ][a-zäöüß]+")
_DE_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:der|die|das|dem|den|des)\s+$")


def _de_noun_after_article(text: str, sp: Speaker) -> bool:
    """'Laut dem Kreisbrandmeister': one German noun after a definite article left outside the
    speaker's span is a description, although German capitalises it, when a person was named
    earlier with it as (the end of) the title before the name ('Kreisbrandmeister Jörg Peters')."""
    if len(sp.name.split()) != 1 or not _DE_ARTICLE_BEFORE.search(text, max(0, sp.start - 5), sp.start):
        return False
    titled = rf"(?i:\w*{re.escape(sp.name)})\s+[A-ZÄÖÜ][a-zäöüß-]+\s+[A-ZÄÖÜ][a-zäöüß-]+"
    return re.search(titled, text[:sp.start]) is not None


def _role_described(text: str, lang: str, sp: Speaker, heads: list[str], definite: bool) -> bool:
    """The session-15 ruling: a definite description by a role ('La funcionaria', "L'élu", 'La
    prima cittadina', 'Ο διοικητής', 'Die Landesrätin', 'الوزير') names the speaker again, a
    new attribution that carries no medium forward; an anaphor of the 'the same' kind ('Ο
    ίδιος', 'el mismo'), an age ('Il 50enne'), a body's noun ("L'azienda") or a demonstrative
    of no role ('cette source') takes the words before up and keeps their road. Persian and
    Urdu have no article: their demonstrative is its place ('این مقام افزود')."""
    if not (definite and heads) or same_anaphor(text, sp) or _AGE.search(sp.name or ""):
        return False
    if any(_bare(h) in ORG_ANAPHORS or _bare(h) in KIND_BOUND or _bare(h) in _FIRM for h in heads):
        return False
    if lang not in ("fa", "ur") and _DEMONSTRATIVE.search(text[max(0, sp.start - 8):sp.end]):
        return any(is_title(h) or h in L.TITLES_ARABIC for h in heads)
    return True


def _with_speaker(q: Quote, sp: Speaker) -> Quote:
    """The quote with speaker sp (itself when a step left its speaker as it was)."""
    return q if sp is q.speaker else dataclasses.replace(q, speaker=sp)


# A speaker phrase run on into the relative clause that describes it: the noun before it speaks.
_RELATIVE_END = re.compile(r"\s+(?:che|que|qui|cui|quien|που|οποίος|οποία)$")  # (lower case: "la CHE" is a body)
# The clause by which a source asks for anonymity, run on after it with no relative pronoun in
# Arabic ('مصدر بوزارة التجارة فضّل عدم ذكر اسمه', 'طلب عدم الكشف عن هويته') or after 'که' in
# Persian ('مقامی که خواست نامش فاش نشود'): not part of who speaks.
_ANONYMOUS_TAIL = re.compile(r"\s+(?:(?:الذي|التي|که)\s+)?(?:فضّل|فضل|فضّلت|فضلت|طلب|طلبت|رفض|رفضت|"
                             r"اشترط|اشترطت|خواست|نخواست)\s+(?:عدم|الكشف|ذكر|نامش|نام|هویتش)\S*(?:\s+\S+){0,4}$")


def resolve_descriptions(text: str, lang: str, rows, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Each quote whose speaker is a definite description of someone named before gets that
    name (the span stays the description's)."""
    out: list[Quote] = []
    for i, q in enumerate(quotes):
        held = cataphora(text, rows, quotes, i)
        if held is not None:  # a role quoted in the lede, named in the next paragraph
            out.append(dataclasses.replace(q, speaker=held))
            continue
        q = _acronym_then_name(text, q)
        sp = q.speaker
        anonymous = _ANONYMOUS_TAIL.search(sp.name or "") if lang in ("ar", "fa") and sp.start is not None else None
        if anonymous is not None and anonymous.start() > 0:  # (whatever entity took the clause in)
            name = sp.name[:anonymous.start()].rstrip(" ،,")
            sp = Speaker(None, name, sp.start, sp.start + len(name))
            q = dataclasses.replace(q, speaker=sp)
        cut = _RELATIVE_END.search(sp.name or "") if sp.entity is None and sp.start is not None else None
        if cut is not None and cut.start() > 0:  # "La società che gestisce l'impianto ha diffuso
            sp = Speaker(None, sp.name[:cut.start()], sp.start, sp.start + cut.start())  # una nota"
            q = dataclasses.replace(q, speaker=sp)
        if sp.name and sp.start is not None and sp.name != text[sp.start:sp.end] \
                and not q.start <= sp.start < q.end and sp.name in text[q.start:q.end] \
                and sp.name not in text[:q.start] and lang in ("ar", "fa", "ur"):
            # with no capitals to tell names, a role's "holder" found inside the words said
            # ('به گفته معاون ...، وام ودیعه ...') is a phrase of the claim, not its speaker
            a, b = _expand(text, sp.start)
            sp = Speaker(None, text[a:b], a, b)
            q = dataclasses.replace(q, speaker=sp)
        q = _own_outlet_dropped(text, lang, q)
        if lang == "ar":
            q = _with_speaker(q, _ar_nisba(text, _ar_clitic_cut(sp)))
            sp = q.speaker
        q = _with_speaker(q, issuer(text, lang, sp))  # "laut Hochrechnung der ARD": the ARD
        q = _with_speaker(q, recent_report(text, lang, q.speaker, rows))  # "el último boletín del organismo"
        sp = q.speaker
        lead = TIME_LEAD.match(sp.name or "") if sp.start is not None else None
        if lead is not None and lead.end() < len(sp.name):  # "a indiqué mardi la préfecture"
            sp = Speaker(sp.entity, sp.name[lead.end():], sp.start + lead.end(), sp.end)
            q = dataclasses.replace(q, speaker=sp)
        if sp.name and sp.entity is None and _OWN_NEWS.match(sp.name):
            continue  # "Selon nos informations, ...": the outlet's own reporting, no source
        m = _TR_STATEMENT_BY.match(sp.name) if lang == "tr" and sp.name else None
        if m is not None:  # "Valilikten yapılan açıklamaya göre": Valilik
            sp = Speaker(sp.entity, m.group(1), sp.start, sp.start + m.end(1))
            q = dataclasses.replace(q, speaker=sp)
        if lang in ("fr", "es", "it") and q.cue is not None:
            sp = _body_in_full(text, sp, q.cue.start)
            q = _with_speaker(q, sp)
        # (the span as written: a known agency's name was already made its shared one, 'Petra')
        told_medium = _AR_TOLD_MEDIUM.match(text[sp.start:sp.end]) if lang == "ar" and sp.start is not None \
            and sp.end is not None else None
        if told_medium is not None and q.cue is not None and q.cue.end <= sp.start:
            sub = _ar_subject_before(text, q.cue.start)  # "قال لوكالة الأنباء ... إن": told it
            if sub is not None:
                short = re.match(r"\s*\(([^()\n]{2,15})\)", text[sp.end:sp.end + 20])
                told = Via(None, short.group(1) if short else told_medium.group(1),
                           sp.start, sp.end)  # (its bracketed acronym is the shared name)
                sp = sub
                q = dataclasses.replace(q, speaker=sp, via=(told,) + q.via)
        if sp.start is not None and sp.entity is None and sp.name:
            sp = _with_place(text, sp)
            q = _with_speaker(q, sp)
        before = _name_before_apposition(text, rows, sp)
        if before is not None:  # "دکتر مریم رحیمی، متخصص ...، گفت", "X, l'experte, a dit"
            sp = before
            q = dataclasses.replace(q, speaker=sp)
        if lang == "ur" and sp.start is not None and q.cue is not None:
            sp = _ur_head(text, sp, q.cue.start)
            q = _with_speaker(q, sp)
        if lang == "fa" and q.cue is not None:  # "مدیرکل فرهنگ و ارشاد اسلامی فارس گفت"
            sp = fa_subject_in_full(text, sp, q.cue.start)
            q = _with_speaker(q, sp)
        if lang in ("fr", "es", "it", "el") and q.cue is not None:  # "Les observateurs de l'UA"
            sp = complement_subject(text, sp, q.cue.start)
            q = _with_speaker(q, sp)
        if lang in ("fr", "es", "it"):  # "alla Gazzetta dello Sport un giocatore"
            q = medium_swallowed(text, q)
            sp = q.speaker
        if sp.start is not None and q.cue is not None and q.end <= q.cue.start < sp.start \
                and _TOLD_BEFORE.search(text, max(0, sp.start - 7), sp.start) and sp.entity is not None:
            if not any(v.start == sp.start for v in q.via):  # "..., ha spiegato all'ANSA."
                q = dataclasses.replace(q, via=(Via(sp.entity, sp.name, sp.start, sp.end),) + q.via)
            sp = Speaker(None, None, None, None)
            q = dataclasses.replace(q, speaker=sp)
        if sp.start is not None and any(v.start is not None and v.start <= sp.start < (v.end or 0)
                                        for v in q.via):
            sp = Speaker(None, None, None, None)  # told, not teller
            q = dataclasses.replace(q, speaker=sp)
        if sp.name is None and _pronoun_cue(text, q) and out and out[-1].speaker.name \
                and out[-1].end >= _previous_paragraph(text, q.start):
            out.append(dataclasses.replace(q, speaker=out[-1].speaker, via=q.via or out[-1].via))
            continue
        if sp.name is None and q.cue is None and _opens_sentence(text, q.start):
            hit = _previous_subject(text, q, [], opening_only=True)
            if hit is not None:
                out.append(dataclasses.replace(q, speaker=hit))
                continue
        if sp.name is None and lang == "fa" and q.cue is not None and q.cue.end <= q.start:
            hit = _fa_opening_subject(text, q.cue.start)
            if hit is not None and hit.name in _FA_PRONOUNS and out and out[-1].speaker.name \
                    and out[-1].end >= _previous_paragraph(text, q.start):
                hit = out[-1].speaker  # "... گفت: «...» وی افزود: «...»": the one just quoted
            if hit is not None:  # "استاندار تهران پس از جلسه ... گفت: «...»"
                out.append(dataclasses.replace(q, speaker=hit))
                continue
        if sp.name is None and q.cue is not None and _bare_cue_after(text, q):
            hit = _previous_subject(text, q, _candidates(text, rows, out, q.start))
            if hit is not None:
                out.append(dataclasses.replace(q, speaker=hit))
                continue
        named = _apposed(text, sp) if sp.name and sp.entity is None and lang != "ur" else None
        if named is not None:
            q = dataclasses.replace(q, speaker=named)
            out.append(q)
            continue
        titled = _titled_before(text, rows, out, sp) or _made_role(text, lang, rows, out, sp) \
            if lang in ("fa", "ur") else None
        if titled is not None:
            # a bare title taking up the person who held it is a role description: named again,
            # no medium carried (the session-15 ruling)
            out.append(_with_speaker(q, Speaker(titled.entity, titled.name, sp.start, sp.end)))
            continue
        held = added_by_role(text, lang, rows, q, out)
        if held is not None:  # 'Le cheminot a ajouté que': named again, no medium carried
            out.append(_with_speaker(q, held))
            continue
        if sp.name and sp.start is not None and sp.entity is None and (_described(lang, sp.name) or lang == "de"
                                                                       and _de_noun_after_article(text, sp)):
            heads, definite = _heads(text, lang, sp)
            if heads or definite:
                hit = _antecedent(text, lang, sp, heads, definite, rows, out)
                if hit is not None and hit.name:
                    q = dataclasses.replace(q, speaker=Speaker(hit.entity, hit.name, sp.start, sp.end))
                    if not _role_described(text, lang, sp, heads, definite):
                        q = _carried(text, q, out)  # ('La prima cittadina': named again, no medium)
        out.append(q)
    return tuple(out)


__all__ = ["cataphora", "issuer", "resolve_descriptions"]
