"""Reported clauses and speakers the first pass of ml_quotes misses: more claims in an attributed
sentence, and speakers named away from their cue. Inputs: text, cues, rows, entity index.
"""
from __future__ import annotations

import re

from ..records import Span, Speaker
from . import ml_lexicon as L
from .ml_marks import words
from .ml_named_again import names_again, same_anaphor
from .ml_media import is_medium, relayed_by, told_to
from .ml_phrases import has_quote

# A coordinated complementiser after a quotation: "«...» y que ...", "e che", "et que",
# "und dass", "και ότι", "ve ... ki" is not coordinated this way.
_AND_THAT = re.compile(r"[\s»”“\",،]*(?:(?:y|e|et|und|και)\s+(?:que|qu['’]|che|dass|ότι|πως)|"
                       r"و(?:أن|بأن)(?:ه|ها|هم|هن)?)\s+")  # Arabic glues 'and' on: 'وأنها'
# A contrast that closes a reported clause before the speaker goes on to something else.
_TURN = re.compile(r"[,،]\s*(?:αλλά|όμως|pero|sin embargo|mais|ma|però|aber|jedoch|ama|fakat|"
                   r"اما|لكن|ولكن|لیکن|مگر)(?![\w-])")
_QUOTE_MARKS = "«»„“”\"‹›"


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t,،":
        a += 1
    while b > a and text[b - 1] in " \t.,;:،۔!?":
        b -= 1
    return a, b


def that_before_quote(text: str, rules, inside, cues, rows) -> list:
    """'Ο υπουργός ... είπε μιλώντας στην ΕΡΤ ότι η κυβέρνηση είναι ανοιχτή ..., αλλά
    χαρακτήρισε την απεργία «άκαιρη»': the first cue's 'that' clause is a claim of its own,
    by the speaker of the quotation that follows. rows: the sentence's rows so far."""
    if not rows or not inside or rows[0][4].name is None or rows[0][2] == "indirect":
        return []
    first = rows[0]
    o = inside[0][0]
    own = first[3].start if first[3] is not None else None
    for cue in cues:
        if cue.end() > o or cue.start() == own or rules.according.fullmatch(cue.group()):
            continue
        window = text[cue.end():min(o, cue.end() + 60)]
        if any(c in window for c in _QUOTE_MARKS) or "\n" in window:
            continue
        that = rules.that.search(text, cue.end(), min(o, cue.end() + 60))
        if that is None:
            continue
        stops = [o] + [c.start() for c in cues if that.end() < c.start() < o]
        turn = _TURN.search(text, that.end(), o)
        if turn is not None:
            stops.append(turn.start())
        qs, qe = _clean(text, that.end(), min(stops))
        if len(words(text, qs, qe)) < 3 or any(a < qe and qs < b for a, b in inside):
            continue
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), first[4], first[5])]
    return []


# Words that leave a clause open: the quotation after them is its complement, not a
# quotation beside it ('que la gravilla procedía de «...»', 'ότι τα πλοία είναι «...»').
_COPULAS = frozenset("es era son eran est sont était ist sind war waren sei è sono era erano "
                     "είναι ήταν".split())


def _needs_more(text: str, qs: int, qe: int) -> bool:
    a, b = words(text, qs, qe)[-1]
    return b - a <= 3 or text[a:b].lower() in _COPULAS


def and_that_after(text: str, e: int, inside, rows) -> list:
    """'aseguró que el seguimiento era «muy minoritario» y que el 92 % de las consultas se
    habían mantenido': the coordinated clause is the same speaker's second claim. It runs to
    the sentence's end or, where it holds a quotation of its own ('και ότι οι έλεγχοι
    γίνονται μόνο «στα χαρτιά»'), to that quotation."""
    out = []
    for k, (o, c) in enumerate(inside):
        row = next((r for r in rows if o <= r[0] <= c), None)
        if row is None or row[4].name is None or row[3] is None or row[3].start > o:
            continue  # a cue after the quotation governs no clause after it
        m = _AND_THAT.match(text, c + 1)
        if m is None:
            continue
        cut = k + 1 < len(inside)
        qs, qe = _clean(text, m.end(), inside[k + 1][0] if cut else e)
        if len(words(text, qs, qe)) < 3 or any(ch in text[qs:qe] for ch in _QUOTE_MARKS) \
                or cut and _needs_more(text, qs, qe) or any(r[0] < qe and qs < r[1] for r in rows):
            continue
        out.append((qs, qe, "indirect", row[3], row[4], row[5]))
    return out


def according_whom(text: str, s: int, e: int, rows) -> list:
    """'..., ha spiegato una portavoce, secondo cui solo un treno su cinque ...': a relative
    'according to whom' after the speaker gives that speaker's further claim. Returns the
    rows, a claim running over the relative cut before it, and the new claim."""
    m = _ACCORDING_WHOM.search(text, s, e)
    prior = [r for r in rows if r[4].name is not None and (r[4].end or r[1]) <= (m.start() if m else 0)]
    if m is not None and not rows:  # "Di parere opposto il WWF, per il quale ...": the name before
        name = _NAME_BEFORE.search(text, s, m.start())
        if name is not None:
            prior = [(0, 0, "indirect", None, Speaker(None, name.group(1), *name.span(1)), ())]
    if m is None or not prior or any(r[0] >= m.end() for r in rows):
        return rows
    qs, qe = _clean(text, m.end(), e)
    if len(words(text, qs, qe)) < 3 or any(c in text[qs:qe] for c in _QUOTE_MARKS):
        return rows
    rows = [(r[0], _clean(text, r[0], m.start())[1], *r[2:]) if r[0] < m.start() < r[1] else r for r in rows]
    g = 1 if m.group(1) else 2
    return rows + [(qs, qe, "indirect", Span(m.start(g), m.end(g)), prior[-1][4], prior[-1][5])]


# The relative 'according to whom' in each cased language, set off by a comma.
_NAME_BEFORE = re.compile(r"([A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*){0,4})\s*$")
# After a colon, 'according to him' opens the speaker's further claim just as well.
_ACCORDING_WHOM = re.compile(r"[:;]\s*((?:secondo|según|selon|d['’]après|para)\s+(?:lui|elle|eux|elles|lei|loro|él|ella|"
                             r"ellos|ellas)(?=\s*,)|σύμφωνα με (?:αυτόν|αυτήν|αυτούς)(?=\s*,)|ihm zufolge(?=\s*,))"
                             r"\s*,?\s*|"
                             r"[,،]\s*((?:secondo|según|selon|d['’]après|per|pour|para)\s+(?:cui|il quale|la quale|i quali|"
                             r"le quali|el cual|la cual|los cuales|quien|quienes|qui|lequel|laquelle|"
                             r"lesquels)|σύμφωνα με (?:τον|την|τους) οποί\w+|de(?:m|r|nen) zufolge)\s+")


# After 'según', 'secondo', 'σύμφωνα με': a relative pronoun makes it no source phrase itself.
WHOM_AHEAD = r"(?!\s+(?:cui|il quale|la quale|i quali|le quali|el cual|la cual|los cuales|quien|quienes|qui|" \
    r"lequel|laquelle|lesquels|(?:τον|την|τους) οποί\w*)(?!\w))"


# A plural pronoun right before the cue ("ils estiment", "ellos denunciaron", "essi hanno").
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:ils|elles|ellos|ellas|essi|esse|loro|αυτοί|αυτές)\s+(?:\w+\s+){0,2}$", re.I)
_COUNTS = ("Deux|Trois|Quatre|Cinq|Six|Dix|Vingt|Trente|Quarante|Cinquante|Cent|Cents|Mille|Plusieurs|"
           "Dos|Tres|Diez|Veinte|Cien|Mil|Medio|Centenar|Decenas|Cientos|Varios|Varias|Due|Tre|Dieci|"
           "Venti|Cento|Decine|Centinaia|Migliaia|Zwei|Drei|Zehn|Hundert|Dutzende|Hunderte|Mehrere")
# A group that opens a sentence with its count or a plural article: "Cent vingt soignants",
# "300 Milchbauern", "Los vecinos", "Decine di residenti"; the noun is the group.
_GROUP_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=— ))(?:(?:\d[\d.,]*|(?:" + _COUNTS + r")(?:\s+(?:"
                            + _COUNTS.lower() + r"))?)\s+(?:de\s+|di\s+)?|(?:Les|Los|Las|Gli|I|Οι)\s+)"
                            r"(?P<n>[a-zà-ÿα-ω]{4,}(?:s|i|e|n|ες|οι))(?!\w)")


def plural_group(text: str, cue, speaker, before: int = 700):
    """'Cent vingt soignants ont adressé une lettre ... Dans ce courrier, ils estiment que':
    a plural pronoun before the cue stands for the group that opened an earlier sentence."""
    if cue is None or speaker.entity is not None or not _PLURAL_BEFORE.search(
            text, max(0, cue.start - 40), cue.start):
        return speaker
    groups = list(_GROUP_OPENING.finditer(text, max(0, cue.start - before), cue.start))
    if not groups:
        return speaker
    a, b = groups[-1].span("n")
    return Speaker(None, text[a:b], a, b)


# Cues that are participles or converbs: their subject is the sentence's speaker already named.
_GERUND_CUE = re.compile(r"(?:ant|ando|endo|iendo|ώντας|οντας|erek|arak)$|^(?:مضيف|مشير|مؤكد|معتبر|"
                         r"لافت|موضح|مشدد|قائل)", re.I)


def gerund_speakers(text: str, rows: list, inside=()) -> list:
    """'« ... », avait-il plaidé, estimant que l'élu avait « trahi ... »': a quotation under a
    participle cue goes to the speaker of the sentence's row before it."""
    out = list(rows)
    for k in range(1, len(out)):
        r = out[k]
        quoted = r[4].start is not None and any(o <= r[4].start < c for o, c in inside)
        if r[4].name is not None and not quoted or r[3] is None:
            continue
        if not _GERUND_CUE.search(text[r[3].start:r[3].end]):
            continue
        prev = next((p for p in reversed(out[:k]) if p[4].name), None)
        if prev is not None:
            out[k] = (*r[:4], prev[4], r[5] or prev[5])
    return out


def tr_and_then(text: str, cues, e: int, rows: list) -> list:
    """'Bakan, "..." dedi ve damla sulamaya geçişin destekleneceğini açıkladı': after 've' a
    second verb of saying reports one more claim of the same speaker."""
    if not rows or rows[-1][3] is None or rows[-1][4].name is None:
        return []
    last = rows[-1]
    m = re.compile(r"\s+ve\s+").match(text, last[3].end)
    sp_end = last[4].end if last[4].start is not None and last[4].start > last[3].start else None
    if m is None and sp_end is not None and text[sp_end:sp_end + 1] == ",":
        # '"..." diyen Çayeli sakini X, gece boyunca ... kaldığını anlattı': the speaker named
        # after the quotation goes on to a claim of their own
        m = re.compile(r",\s*").match(text, sp_end)
    nxt = [c for c in cues if m is not None and c.start() > m.end()]
    diyen = re.compile(r"[\"”]?\s*diyen\s").match(text, last[1])
    if m is None and diyen is not None and last[4].end is not None and last[4].end < last[3].start \
            and text[last[4].end:last[4].end + 1] == ",":
        # '"..." diyen Çayeli sakini X, gece boyunca ... kaldığını anlattı': the quotation
        # hangs on 'diyen'; the verb at the end reports a claim of its own
        m, nxt = re.compile(r",\s*").match(text, last[4].end), [_SpanCue(last[3])]
    if m is None or not nxt:
        return []
    qs, qe = _clean(text, m.end(), nxt[0].start())
    if len(words(text, qs, qe)) < 2 or any(c in text[qs:qe] for c in _QUOTE_MARKS):
        return []
    return [(qs, qe, "indirect", Span(nxt[0].start(), nxt[0].end()), last[4], ())]


class _SpanCue:
    """A Span read like a regex match (start(), end())."""

    def __init__(self, span):
        self.span = span

    def start(self):
        return self.span.start

    def end(self):
        return self.span.end


# Urdu reported speech inside reported speech: "X نے بتایا کہ ان کے بھائی نے فون پر کہا تھا کہ".
_UR_INNER = re.compile(r"\s*(?:ان کے |اس کے |ان کی |اس کی )?(?P<np>[^۔،\n]{1,30}?)\s+نے\s+"
                       r"(?:[^۔،\n]{0,30}?\s)?(?:کہا|بتایا)(?:\s+(?:تھا|ہے))?\s+کہ\s+")
# The outer subject's own relay: "سما نیوز نے این این آئی کے حوالے سے بتایا کہ".
_UR_CITED = re.compile(r"\s*نے\s+(?P<np>[^۔،\n]{2,50}?)\s+کے حوالے سے")
_UR_MEDIUM = re.compile(r"(?:^|\s)(?:ٹی وی|چینل|نیوز|اخبار|ریڈیو)(?:\s|$)")


def ur_inner_speaker(text: str, rows: list, make, relay=None) -> list:
    """The words after the inner 'کہ' are the inner subject's: the outer speaker only
    repeats them. make: the Speaker constructor; relay(speaker): whether the outer speaker is
    a medium, which then stays as the via."""
    out = []
    for r in rows:
        m = _UR_INNER.match(text, r[0]) if r[2] == "indirect" else None
        if m is None or m.end() >= r[1]:
            out.append(r)
            continue
        a, b = m.span("np")
        out.append((m.end(), r[1], r[2], r[3], make(None, text[a:b], a, b), _relays(text, r, relay)))
    return out


def _relays(text: str, row, relay) -> tuple:
    """A medium that reports another's 'X نے کہا ہے کہ' only passed the words on: it is the
    via, after the source it cites in turn (the chain nearest the speaker first); a person who
    repeats another's words is none."""
    sp = row[4]
    if relay is None or sp.name is None or sp.end is None:
        return ()
    cited = _UR_CITED.match(text, sp.end)  # (citing a source makes the subject a relay by itself)
    if cited is None and not relay(sp) and not _UR_MEDIUM.search(sp.name):
        return ()
    from ..records import Via
    from .ml_canon import medium_name
    first = (Via(None, medium_name(text[slice(*cited.span("np"))]), *cited.span("np")),) if cited else ()
    return first + (Via(sp.entity, medium_name(sp.name), sp.start, sp.end),)


# "Secondo Medici senza frontiere,": a Romance body's name runs on in lower case to the comma.
_ACCORDING_BEFORE = re.compile(r"(?:Secondo|Según|Selon|D['’]après|De acuerdo con)\s+$")
_LOWER_RUN = re.compile(r"((?:\s+[a-zà-ÿ]+){1,3})(?=\s*,)")


def _whole_addressee(name: str) -> bool:
    m = _ADDRESSEE.search("x " + name)
    return m is not None and m.start() == 1


def tidy_name(sp, make, text: str = ""):
    """'وكالة الأنباء الأردنية (بترا': a bracket left open at the name's end goes; 'Secondo
    Medici senza frontiere,': the lower-case rest of a one-word name comes in."""
    if sp.name and "(" in sp.name and ")" not in sp.name and sp.start is not None:
        cut = sp.name.index("(")
        name = sp.name[:cut].rstrip()
        return make(sp.entity, name, sp.start, sp.start + len(name)) if name else sp
    addressee = _ADDRESSEE.search(sp.name or "") if text and sp.start is not None else None
    if addressee is not None and _ADDRESSING.search(text, max(0, sp.start - 12), sp.start):
        # "ودعت الوزارة المستهلكين إلى ...": the one called on follows the caller, unmarked
        name = sp.name[:addressee.start()].rstrip()
        return make(sp.entity, name, sp.start, sp.start + len(name))
    caller = _CALLER.search(text, max(0, sp.start - 50), sp.start) \
        if text and sp.start is not None and _whole_addressee(sp.name or "") else None
    if caller is not None:  # the addressee was taken for the speaker: the caller is before it
        a, b = caller.span("np")
        return make(None, text[a:b], a, b)
    if text and sp.name and sp.start is not None and sp.end is not None and " " not in sp.name \
            and sp.name[:1].isupper() \
            and _ACCORDING_BEFORE.search(text, max(0, sp.start - 20), sp.start):
        tail = _LOWER_RUN.match(text, sp.end)
        if tail is not None:
            return make(sp.entity, text[sp.start:tail.end()], sp.start, tail.end())
    return sp


# Arabic verbs of calling on someone, with the caller then the called unmarked between them:
# "دعت الوزارة المواطنين إلى", "طالب الاتحاد الحكومة بـ", "حثّ الوزير السكان على".
_ADDRESSING = re.compile(r"(?<!\w)و?(?:دعا|دعت|طالب|طالبت|حث|حثت|حثّ|حثّت|ناشد|ناشدت)\s+$")
_CALLER = re.compile(_ADDRESSING.pattern[:-1] + r"(?P<np>[^\s،,.:]+(?:\s+[^\s،,.:]+){0,3}?)\s+$")
# The called, last in the caller's span: a body or people addressed, or a plural in -ين after
# a feminine singular caller ("الوزارة المستهلكين"), which cannot be its adjective.
_ADDRESSEE = re.compile(r"(?<=\S)\s+(?:(?:ال(?:حكومة|حكومات|سلطات|مواطنين|مواطنات|سكان|أهالي|"
                        r"دول|أطراف|جميع|ناخبين|مستهلكين|مزارعين|تجار|شركات|مجتمع الدولي|"
                        r"برلمان|رئيس|وزارة|وزير))|(?<=ة\s)ال\w+ين)$")


# German reported speech shows in the verb: after a subject, a finite verb in -e where the
# indicative has -t ("Die Landesregierung verschleppe", "Eine Galerie koste").
V2_SUBJUNCTIVE = re.compile(r"\s*(?:(?:Die|Der|Das|Ein|Eine|Dieser|Diese|Dieses)\s+)?(?!Ich\b|Wir\b)"
                            r"[A-ZÄÖÜ][\wäöüß-]+\s+"
                            # an attribute after the noun: "Die Nachfrage nach Dieselteilen breche"
                            r"(?:(?:nach|von|für|aus|mit|bei|über|gegen)\s+(?:de[mnrs]\s+|die\s+|das\s+)?"
                            r"[A-ZÄÖÜ][\wäöüß-]+\s+)?(?!heute\b|ohne\b|gerade\b|bitte\b|gerne\b|"
                            r"alle\b|beide\b|keine\b|eine\b|seine\b|ihre\b|diese\b)"
                            r"[a-zäöüß]{2,}[^t\W]e\b")
_KONJ_WORD = re.compile(r"\b(?:habe|sei|seien|werde|könne|müsse|dürfe|wolle|solle)\b")


def de_colon_claim(text: str, s: int, e: int, cues, who) -> list:
    """'Der Geologe X warnte dagegen vor zu großen Erwartungen: Eine Galerie koste ... und sei
    ... fertig': after a cue and a colon, a clause in the subjunctive is X's claim. who:
    (lang, rules, index, roles, last) for find_speaker."""
    colon = text.find(":", s, e)
    before = [c for c in cues if c.end() <= colon]
    if colon < 0 or not before:
        return []
    if not (V2_SUBJUNCTIVE.match(text, colon + 1) or _KONJ_WORD.search(text, colon, e)):
        return []
    qs, qe = _clean(text, colon + 1, e)
    from .ml_speakers import find_speaker
    lang, rules, index, roles, last = who
    speaker = find_speaker(text, lang, rules, index, roles, s, colon, before[-1], [(s, colon)], last)
    if speaker.name is None or len(words(text, qs, qe)) < 3:
        return []
    return [(qs, qe, "indirect", Span(before[-1].start(), before[-1].end()), speaker, ())]


# "Wie der Südwestrundfunk (SWR) berichtete, rechnet das Bundesverkehrsministerium ...": the
# medium relays; the main clause's subject, after its verb, speaks.
_DE_AS_REPORTED = re.compile(
    r"\s*Wie\s+(?:der|die|das|dem|den)?\s*(?P<m>[A-ZÄÖÜ][^,]{1,60}?)\s+(?:berichtete|berichtet|"
    r"meldete|meldet|schrieb|schreibt|erfuhr)\s*,\s+(?P<v>[a-zäöüß]+)\s+(?:der|die|das)\s+"
    r"(?P<s>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)")
_BRACKET_SHORT = re.compile(r"\(([A-ZÄÖÜ][\w-]{1,8})\)")


def de_as_reported(text: str, s: int, e: int) -> list:
    """'Wie X berichtete, rechnet das Ministerium ...': the ministry speaks through X."""
    from ..records import Via
    m = _DE_AS_REPORTED.match(text, s, e)
    if m is None:
        return []
    short = _BRACKET_SHORT.search(m.group("m"))
    a, b = (m.start("m") + short.start(1), m.start("m") + short.end(1)) if short else m.span("m")
    qs, qe = _clean(text, m.start("v"), e)
    speaker = Speaker(None, m.group("s"), *m.span("s"))
    return [(qs, qe, "indirect", Span(m.end("m"), m.start("v")), speaker, (Via(None, text[a:b], a, b),))]


def object_claim(text: str, s: int, end: int, cue, who) -> list:
    """'El sindicato, sin embargo, situó el seguimiento en el 70 %, según la agencia Europa
    Press': a cue whose object is the claim, before a medium that relayed it. who: (lang, rules,
    index, roles, last) for find_speaker."""
    from .ml_speakers import PREPOSITIONS, find_speaker
    lang, rules, index, roles, last = who
    qs, qe = _clean(text, cue.end(), end)
    first = words(text, qs, qe)[:1]
    if len(words(text, qs, qe)) < 3 or any(c in text[qs:qe] for c in _QUOTE_MARKS) \
            or text[first[0][0]:first[0][1]].lower() in PREPOSITIONS:
        return []  # "declaró a la radio X, según ...": told to a medium; the words come later
    speaker = find_speaker(text, lang, rules, index, roles, s, end, cue, [(s, cue.start())], last)
    if speaker.name is None or speaker.start is None or speaker.start >= cue.start():
        return []
    return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, ())]


# ---------------------------------------------------------------- speakers away from the cue

def _sp():
    from . import ml_speakers  # ml_speakers imports this module; its helpers load on first use
    return ml_speakers


def named(text, ent, ms, me):
    return _sp().named(text, ent, ms, me)


def role_key(w: str) -> str:
    return _sp().role_key(w)


# A genitive article before a name: a complement of the title before it, not the head
# ("ο πρόεδρος του Αγροτικού Συλλόγου Τεγέας, Γιάννης Ρούσσος").
_GENITIVE_BEFORE = re.compile(r"(?:\bτου|\bτης|\bτων|\bdu|\bdes|\bdella|\bdel|\bdei)\s+$")
_APPOSED_NAME = re.compile(r",\s+[A-ZÀ-ÝΑ-ΩΆ-Ώ][\w'’-]+\s+[A-ZÀ-ÝΑ-ΩΆ-Ώ][\w'’-]+\s*[.,]")


def full_name_after(text: str, index, best, e: int):
    """best: (start, end, entity) of the PERSON an inverted cue found first; a one-word mention,
    a genitive complement or a name set off by a comma after it gives way to the full name."""
    if " " not in text[best[0]:best[1]] or _GENITIVE_BEFORE.search(text, max(0, best[0] - 8), best[0]) \
            or _APPOSED_NAME.match(text, best[1]):
        return _full_after(text, index, best, e)
    return best


def _full_after(text: str, index, best, e: int):
    """'είπε ο βουλευτής Λάρισας του ΣΥΡΙΖΑ Βασίλης Κόκκαλης', 'a lancé le député Les
    Républicains des Pyrénées-Atlantiques, Jean-Marc Lasserre': after an inverted cue the
    title's complements come first and the full name closes the phrase."""
    for ms, me, ent in index.within(best[1], min(e, best[1] + 90)):
        if ent.type == "PERSON" and " " in text[ms:me].strip() and ent.id != best[2].id \
                and not has_quote(text[best[1]:ms]) and not re.search(r"[.;:!?]", text[best[1]:ms]) \
                and not told_to(text, ms) and not relayed_by(text, ms):
            return ms, me, ent
    return best


def ur_said_by(text: str, index, cue, e: int) -> Speaker | None:
    """'یہ کہنا تھا X کا': 'this was X's saying', the speaker named after the words."""
    if not cue.group().startswith("یہ کہنا"):
        return None
    end = max(text.rfind(" کا", cue.end(), e), text.rfind(" کی", cue.end(), e))
    if end < 0:
        return None
    people = [h for h in index.within(cue.end(), end) if h[2].type == "PERSON"]
    ws = words(text, cue.end(), end)
    k = max([i for i, (x, y) in enumerate(ws) if text[x:y] in L.STOP_ARABIC or text[x:y] == "ایک"]
            or [-1])
    before = [x for x, y in ws[k + 1:] if y <= people[-1][0]] if people else []
    if people and before and people[-1][1] >= end - 1:
        a = before[-1]  # "ایک دکاندار رشید احمد": a one-word name takes the word before it
        return Speaker(people[-1][2].id, text[a:people[-1][1]], a, people[-1][1])
    if people:
        return named(text, people[-1][2], people[-1][0], people[-1][1])
    a = cue.end() + len(text[cue.end():end]) - len(text[cue.end():end].lstrip())
    return Speaker(None, text[a:end], a, end) if a < end else None


def new_subject(text: str, index, s: int, last: Speaker | None) -> Speaker | None:
    """A person who opens a sentence of this paragraph after the last speaker was named, in the
    sentence right before s: a pronoun points to them, not back to the last speaker."""
    para = text.rfind("\n", 0, s) + 1
    start = max(text.rfind(". ", para, s - 2) + 2, para) if text.rfind(". ", para, s - 2) >= 0 else para
    if last is None or last.end is None or last.end > start:
        return None
    for ms, me, ent in index.within(start, s):
        if ent.type == "PERSON" and len(words(text, start, ms)) <= 2 and ms > (last.end or 0) \
                and ent.id != last.entity:
            return named(text, ent, ms, me)
    return None


_DE_SUBJECT = re.compile(r"(?:Der|Die|Das)\s+([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+[a-zäöüß]")


def previous_subject(text: str, s: int) -> Speaker | None:
    """'Der Hebammenverband kündigte Proteste an. Eine Petition habe ..., hieß es.': an
    impersonal 'it was said' goes to the body that opened the sentence before, in this paragraph."""
    para = text.rfind("\n", 0, s) + 1
    cut = text.rfind(". ", para, max(para, s - 2))
    m = _DE_SUBJECT.match(text, cut + 2 if cut >= 0 else para, s)
    return Speaker(None, m.group(1), *m.span(1)) if m else None


def paragraph_person(text: str, index, s: int) -> Speaker | None:
    """The last person named in this paragraph before s."""
    para = text.rfind("\n", 0, s) + 1
    back = [r for r in index.within(para, s) if r[2].type == "PERSON"]
    return named(text, back[-1][2], back[-1][0], back[-1][1]) if back else None


# What opens the sentence before the subject of نے: an according-phrase ("اے پی پی کے مطابق")
# or a converb clause ("جیو نیوز سے گفتگو کرتے ہوئے"); the subject starts after the last one.
_UR_LEAD = re.compile(r"(?:.*\s)?(?:کے مطابق|کرتے ہوئے|کرتے ہوے|دیتے ہوئے)[\s،,]+", re.S)


_UR_ERG = re.compile(r" نے(?=[ ،,])")


_UR_RELATIVE = re.compile(r"[،,]\s*(?:جسے|جنہیں|جس|جن|جو)\s")


def ur_ergative(text, index, s, cue) -> Speaker | None:
    """Urdu marks the subject of a past transitive verb with نے: the phrase before it speaks
    ('وزیر اعلیٰ ... کے ترجمان نے کہا'); a name set off by commas just before it is the
    speaker ('ایک رہائشی، عبدالرحمان ترین، نے')."""
    # the last: a quotation before may hold its own; a comma may follow it when a relative
    # clause is set off before the verb ('محمد اسلم نے، جو ... تھے، کہا')
    marks = list(_UR_ERG.finditer(text, s, cue.end() + 1))
    while len(marks) > 1 and _UR_RELATIVE.search(text, s, marks[-1].start()) \
            and _UR_RELATIVE.search(text, s, marks[-1].start()).start() > marks[-2].end():
        marks.pop()  # "... نے ... انٹرویو میں، جسے اے پی پی نے نشر کیا، کہا": the relative
        # clause's own subject, set off by commas, is not the speaker's
    erg = marks[-1].start() if marks else -1
    if erg < 0 and text.startswith("نے", cue.start()):
        erg = cue.start() - 1
    if erg < 0 or erg > cue.start():
        return None
    seg_end = erg
    while seg_end > s and text[seg_end - 1] in " ،,":
        seg_end -= 1
    lead = _UR_LEAD.search(text, s, seg_end)
    s = lead.end() if lead is not None else s
    seg = text[s:seg_end]
    start = s + len(seg) - len(seg.lstrip(" \n"))
    ref = seg.find(" کے حوالے سے ")
    if ref > 0 and len(words(text, start, s + ref)) <= 5:
        # "ایدھی فاؤنڈیشن کے حوالے سے بی بی سی اردو نے": the source, through the medium after it
        return Speaker(None, text[start:s + ref], start, s + ref)
    comma = max(seg.rfind("،"), seg.rfind(","))
    if comma >= 0 and text[seg_end:erg].strip(" ") in ("،", ","):
        name_s = s + comma + 1
        name_s += len(text[name_s:seg_end]) - len(text[name_s:seg_end].lstrip())
        if 1 <= len(words(text, name_s, seg_end)) <= 3:
            hits = [h for h in index.within(name_s, seg_end) if h[2].type == "PERSON"]
            return named(text, hits[0][2], hits[0][0], hits[0][1]) if hits else \
                Speaker(None, text[name_s:seg_end], name_s, seg_end)
    if comma >= 0:
        start = s + comma + 1 + len(seg[comma + 1:]) - len(seg[comma + 1:].lstrip())
    toks = words(text, start, seg_end)
    if len(toks) >= 3 and text[toks[1][0]:toks[1][1]] == "میں":
        toks, start = toks[2:], toks[2][0]  # "کراچی میں ... کے ترجمان نے", "درخواست میں فورم نے"
    if not toks or len(toks) > 8 or text[toks[0][0]:toks[0][1]] in L.PRONOUNS:
        return None
    people = [h for h in index.within(start, seg_end) if h[2].type == "PERSON"]
    if people:
        ms, me, ent = people[-1]
        tail = words(text, me, seg_end)
        if 1 <= len(tail) <= 2 and not any(text[x:y] in L.STOP_ARABIC for x, y in tail):
            # "ملک احمد خان بھچر نے": the subject runs to نے; the name's last word too
            return Speaker(ent.id, text[ms:seg_end], ms, seg_end)
        return named(text, ent, ms, me)
    orgs = [h for h in index.within(start, seg_end) if h[1] == seg_end and h[2].type == "ORG"]
    return Speaker(orgs[0][2].id if orgs else None, text[start:seg_end], start, seg_end)


# A body named after a preposition only says where a person works: "Paolo Serra, dell'Università
# di Pavia," and "el director del Instituto X (IX), Mario Quintero,".
_OF_BEFORE = re.compile(r"(?<![\w'’])(?:de la|de l['’]|del|de|du|des|d['’]|della|dello|dell['’]|"
                        r"degli|delle|di|dei|vom|von der|von|der|des|of|του|της|των)\s*$", re.I)
_COMMA_OF = re.compile(r"\s*[,،]\s*(?:de la|de l['’]|del|de|du|des|d['’]|della|dello|dell['’]|"
                       r"degli|delle|di|dei|vom|von der|von|der|des|of|του|της|των|bei|beim|at)\s*",
                       re.I)
_SPACE_OF = re.compile(r"\s+(?:de la|de l['’]|del|de|du|des|d['’]|della|dello|dell['’]|degli|delle|di|"
                       r"dei|vom|von der|von|της|του|των)\s*")
_LOWER_NEXT = re.compile(r"(?:\s*\([^()\n]{1,15}\))?\s+[a-zäöüßà-ÿα-ωά-ώ]")
_ACRONYM_COMMA = re.compile(r"(?:\s*\([^()\n]{1,15}\))?\s*[,،]\s*")
_CLOSED = re.compile(r"(?:\s*\([^()\n]{1,15}\))?\s*(?:[,،.;:]|$)")


def apposed_person(text: str, index, best):
    """The person beside a body in the genitive, across a comma: the body is where the person
    works, the person is the one who spoke."""
    ms, me, ent = best
    if not _OF_BEFORE.search(text[max(0, ms - 14):ms]):
        return None
    near = [h for h in index.within(max(0, ms - 80), min(len(text), me + 80)) if h[2].type == "PERSON"]
    for h in near:
        if h[1] <= ms and _COMMA_OF.fullmatch(text, h[1], ms) and _CLOSED.match(text, me):
            return h  # "Paolo Serra, dell'Università di Pavia, ha spiegato"
        if h[1] <= ms and _SPACE_OF.fullmatch(text, h[1], ms) and _LOWER_NEXT.match(text, me):
            return h  # "Lisa Hechenberger vom Lawinenwarndienst Tirol sagte": no commas
        if h[0] >= me and _ACRONYM_COMMA.fullmatch(text, me, h[0]) and _CLOSED.match(text, h[1]):
            return h  # "el director del Instituto X (IX), Mario Quintero, en una entrevista"
    return None


_DE_GENITIVE = re.compile(r"(?<=[^aeiouäöü])es$|(?<=\w\w\w)s$")


# A capitalised adjective in the strong dative opening a body's name, without an article.
_DE_STRONG_DATIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+?)em(?=\s+[A-ZÄÖÜ])")
_DE_MASC_HEADS = ("verband", "dienst", "bund", "rat", "verein", "konzern", "sender", "rundfunk",
                  "ausschuss", "senat", "gerichtshof", "städtetag", "landkreistag", "zoll")
_DE_NEUT_HEADS = ("institut", "amt", "werk", "zentrum", "kreuz", "komitee", "ministerium", "gericht")


def de_nominative(text: str, index, sp: Speaker) -> Speaker:
    """'Nach Angaben des Landesfeuerwehrkommandos': a German source after 'des' is named in
    the nominative; a bare 'des Landes' is the longer name it shortens ('Land Oberösterreich')."""
    if not sp.name or sp.start is None or sp.entity is not None and len(sp.name.split()) < 2:
        return sp
    strong = _DE_STRONG_DATIVE.match(sp.name)
    if strong is not None:  # "Laut Deutschem Hebammenverband": der Deutsche Hebammenverband
        head = sp.name.split()[-1].lower()
        ending = "er" if head.endswith(_DE_MASC_HEADS) else "es" if head.endswith(_DE_NEUT_HEADS) else None
        if ending is not None:
            return Speaker(sp.entity, strong.group(1) + ending + sp.name[strong.end():], sp.start, sp.end)
    if not text[max(0, sp.start - 4):sp.start].lower().endswith("des "):
        return sp
    first, *rest = sp.name.split(" ")
    cut = _DE_GENITIVE.search(first)
    if cut is None or not first[:1].isupper():
        return sp
    name = " ".join([first[:cut.start()], *rest])
    if not rest:  # the short form of a name the article gave before
        longer = [ent.name for ms, _, ent in index.rows if ms < sp.start and ent.type in ("ORG", "GPE")
                  and ent.name.split(" ")[0] == name and len(ent.name.split()) > 1]
        spelled = list(re.finditer(rf"(?<!\w){re.escape(name)}(?:\s+[A-ZÄÖÜ][\w-]+)+", text[:sp.start]))
        name = longer[-1] if longer else spelled[-1].group() if spelled else name
    return Speaker(sp.entity, name, sp.start, sp.end)


# The rest of a long body name the mention stopped short of, then its short name in brackets:
# "Servicio Nacional de Geología [y Minería (Sernageomin)]", "Amt für Wasser [und Energie (AWE)]".
_NAME_RUN_THEN_SHORT = re.compile(r"(?:\s+(?:y|e|et|und|και|ve|de|del|della|di|des|du|der|für|für)"
                                  r"\s+[A-ZÀ-ÝΑ-ΩÄÖÜ][\w-]*)+\s*\(([A-ZÀ-ÝΑ-ΩÄÖÜ][\w.-]{1,11})\)")


def short_name_after(text: str, index, sp: Speaker) -> Speaker:
    """A body's mention cut at 'y', 'und', 'et' inside its name takes the short name the text
    gives in brackets right after the whole name."""
    if sp.end is None or not sp.name:
        return sp
    m = _NAME_RUN_THEN_SHORT.match(text, sp.end)
    if m is None or not any(w.islower() for w in sp.name.split()[1:]):
        return sp  # a body's name has its linking words ("de", "für"); "X und Y (ÖVP)" are people
    return Speaker(None, m.group(1), m.start(1), m.end(1))


# A verb that carries on what the speaker was saying ("a-t-il ajouté", "fügte hinzu", "وتابع",
# "او افزود"): the same occasion, so the same road to the outlet.
_GOES_ON = re.compile(r"(?i)(?<![\w-])(?:ajout\w*|poursuiv\w*|poursuivi|renchéri\w*|enchaîn\w*|"
                      r"hinzu|ergänz\w*|fuhr\w* fort|weiter|añad\w*|agreg\w*|prosigu\w*|"
                      r"continu\w*|aggiun\w*|prosegu\w*|ekle\w*|sürdür\w*|πρόσθεσ\w*|"
                      r"συμπλήρωσ\w*|συνέχισ\w*|وأضاف\w*|أضاف\w*|وتابع\w*|تابع\w*|واستطرد\w*|"
                      r"وأردف\w*|أردف\w*|افزود|ادامه داد|اضافه کرد|همچنین|مزید)(?![\w-])")
_ACCORDING_TO = re.compile(r"(?i)(?<![\w-])(?:göre|selon|según|secondo|laut|zufolge|σύμφωνα|κατά|"
                           r"بحسب|حسب|به گفته|کے مطابق)(?![\w-])")
# A new occasion named for the later words: a press conference, an interview, a session, a
# statement, or simply "later" ("ha poi sottolineato in conferenza stampa": the conference is
# the occasion; Italian 'poi' alone is only 'then': "Ha poi spiegato che" goes on).
_OCCASION = re.compile(r"(?i)(?<![\w-])(?:conf[ée]ren[cz]\w*|Pressekonferenz|rueda de prensa|"
                       r"basın toplantı\w*|συνέντευξη|مؤتمر|نشست خبری|پریس کانفرنس|"
                       r"entretien|intervista|Interview|entrevista|röportaj|مقابلة|مصاحبه|انٹرویو|"
                       r"communiqué|comunicado|comunicato|Mitteilung|açıklama\w*|ανακοίνωση|بيان|"
                       r"بیانیه|بیان|später|plus tard|más tarde|sonra\w*|αργότερα|لاحقا|بعدا|"
                       r"بعد ازاں|in aula|Plenum|en séance|Meclis\w*|Βουλή|البرلمان|مجلس|ایوان)(?![\w-])")
OCCASION = _OCCASION  # (ml_phrases.paragraph_channel reads it too)


def carry_vias(text: str, rows: list) -> list:
    """A quotation that goes on with the speaker of the one before ('... a dit à l'AFP. Il a
    ajouté que ...', 'Selon lui, ...', 'وتابع: ...', 'او افزود که ...') reached the outlet by the
    same road: it takes that quotation's via. It must name its speaker by no new mention or
    with a verb of going on, sit in the same paragraph or the next, and name no new occasion."""
    out = sorted(rows, key=lambda r: r[0])
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        sa, sb = a[4], b[4]
        if b[5] or not a[5] or not sb.name or not _same_name(text, sa, sb):
            continue
        # the gap starts after a's own attribution ('», denunció X en una entrevista con la
        # Cadena SER. «...»': that interview is the occasion a was told on, not a new one) when
        # b is a bare quotation with no cue of its own
        told = [x for x in (a[3].end if a[3] is not None else None, sa.end, *(v.end for v in a[5]))
                if x is not None and a[1] < x <= b[0] and b[3] is None]
        gap = text[max(told, default=a[1]):b[0]]
        cue = text[b[3].start:b[3].end] if b[3] is not None else ""
        then = _GOES_ON.search(cue) and re.search(r"(?i)(?<!\w)poi(?!\w)", cue + " " + gap)
        if then:  # 'Ha poi aggiunto': 'then added', no occasion of its own
            gap, cue = re.sub(r"(?i)(?<!\w)poi(?!\w)", "", gap), re.sub(r"(?i)(?<!\w)poi(?!\w)", "", cue)
        if len(re.findall(r"\n\s*", gap)) > 1 or _OCCASION.search(gap + " " + cue) \
                or _OCCASION.search(text, b[1], _sentence_end(text, b[1])):
            continue  # two paragraphs away, or another occasion
        inherited = sb.start is None or sb.start < a[1] or sb.start == sa.start or same_anaphor(text, sb)
        by_word = _ACCORDING_TO.search(cue) and "\n" not in gap  # "Kaya'ya göre ...", "Selon elle"
        # the verb's particle after the subject: "„...“, so Albrecht weiter", "fügte sie hinzu"
        after = text[b[3].end:min(_sentence_end(text, b[3].end), b[3].end + 40)] if b[3] is not None else ""
        # German 'so X' after the words names no verb of its own: the same speaker going on
        bare_so = b[3] is not None and b[3].start >= b[1] and cue.lower() == "so"
        if names_again(text, a[1], sa, sb):
            continue  # a speaker named again is a new attribution (the session-15 ruling)
        if inherited or by_word or bare_so or _GOES_ON.search(cue) or _GOES_ON.search(gap) \
                or b[3] is not None and b[3].start >= b[1] and _GOES_ON.search(after):
            out[k] = (*b[:5], a[5])
    return out


def _same_name(text: str, sa: Speaker, sb: Speaker) -> bool:
    """sb names sa again: the same name, or sa's family name alone ('وأضاف المري' after 'سالم
    بن حمد المري', where the entity step may have stopped before the family name)."""
    if sb.name == sa.name:
        return True
    if not sa.name or len(sb.name.split()) != 1 or len(sa.name.split()) < 2:
        return False
    after = text[sa.end:sa.end + len(sb.name) + 2].lstrip() if sa.end is not None else ""
    return sa.name.split()[-1] == sb.name or after.startswith(sb.name) and \
        not after[len(sb.name):len(sb.name) + 1].isalnum()


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.!?؟۔\n]").search(text, pos + 1)
    return m.start() if m else len(text)

# Turkish names the speaker of a quotation right after its closing mark in two shapes: a
# participle ('"..." diyen CHP Milletvekili X, ...') and a possessive ('"..." sözleri ise X'e
# ait'). The name is the first person or body in the phrase.
_TR_SAYING = re.compile(r"[\s,]*(?:diyen|diye konuşan|diye seslenen|ifadesini kullanan|"
                        r"ifadelerini kullanan)\s+([^,.;\n]{2,90})")
_TR_WORDS_OF = re.compile(r"[\s,]*(?:sözleri|sözü|ifadeleri|ifadesi|cümlesi|sözler)\s+(?:ise\s+)?"
                          r"([^,.;\n]{2,90}?)['’]?(?:y|n)?[ae]\s+ait(?!\w)")


def tr_said_by(text: str, index, c: int) -> Speaker | None:
    """The Turkish speaker named after a quotation closing at c, or None."""
    m = _TR_SAYING.match(text, c + 1) or _TR_WORDS_OF.match(text, c + 1)
    if m is None:
        return None
    hits = [h for h in index.within(m.start(1), m.end(1) + 12)
            if h[2].type in ("PERSON", "ORG") and h[0] < m.end(1)]
    people = [h for h in hits if h[2].type == "PERSON"]
    ms, me, ent = (people or hits or [None])[0] or (None, None, None)
    if ent is None:
        # '"..." diyen bir çay üreticisi, ...': the participle's head, a short noun phrase closed
        # by the comma, is the speaker though it names no one
        a, b = m.span(1)
        if m.re is _TR_SAYING and text[b:b + 1] == "," and 1 <= len(text[a:b].split()) <= 5:
            return Speaker(None, text[a:b].strip(), a, a + len(text[a:b].rstrip()))
        return None
    name = text[ms:min(me, m.end(1))]
    parts = name.split(" ")  # "AK Parti Grup Başkanvekili Oğuz Kılınç": the holder after the role
    roles = [k for k, w in enumerate(parts) if L.fold(w).startswith(_TR_ROLE_STEMS)]
    eid = ent.id
    if roles and roles[-1] + 1 < len(parts):
        ms += len(" ".join(parts[:roles[-1] + 1])) + 1
        name, eid = " ".join(parts[roles[-1] + 1:]), None
    name = re.sub(r"['’]\w*$", "", name)
    return Speaker(eid, name, ms, ms + len(name))


_TR_ROLE_STEMS = tuple(L.fold(w) for w in ("milletvekil", "başkan", "bakan", "sözcü", "vali",
                                            "müdür", "yardımcı", "üyesi"))


# ---------------------------------------------------------------- moved from ml_speakers (session 7)

_AND = frozenset("e et y und και ve ed ma mais pero aber αλλά".split())


def dropped_subject(text: str, rules, s: int, cue, e: int) -> bool:
    """The cue opens its sentence and the reported words follow it at once: a dropped subject,
    the speaker of the sentence before ('وأكد أن "..."', 'Aggiunse: «...»')."""
    lead = text[s:cue.start()].strip(" \n«»\"“”„،,")
    if lead and L.fold(lead) not in _AND and not _medium_lead(text, rules, s, lead):
        return False  # ('E conclude: «...»', 'Y añade:', 'Und fügt hinzu' are no subject)
    k = cue.end()
    while k < e and text[k] in " \u00a0":
        k += 1
    adverb = _ADVERB.match(text, k, e)  # "وأضاف بمرارة:", "ajouta amèrement :"
    if adverb and adverb.end() < e and text[adverb.end()] in ':"«“„':
        k = adverb.end()
    return k < e and (text[k] in ':"«“„' or rules.that.match(text, k) is not None)


# A fronted medium before a pro-drop verb: "Ai microfoni del Tgr Lazio ha poi aggiunto che",
# "En la Cadena SER añadió que", "Στην ΕΡΤ πρόσθεσε ότι": where, not who.
_MEDIUM_PREP = re.compile(r"(?:ai\s+microfoni\s+d\w*|a|al|alla|all['’]|su|sul|sulla|en|ante|σε|στο|στη|"
                          r"στην|στον)\s+(?:(?:la|el|l['’]|il|lo|το|τη|την|τον|cadena|radio|emittente)\s+)*"
                          r"(?P<n>\S.*)$", re.I)
_NAME_WORD = re.compile(r"[A-ZÀ-ÝΑ-ΩΆ-Ώ0-9]|(?:di|del|de|della|της|του)$")


def _medium_lead(text: str, rules, s: int, lead: str) -> bool:
    """The words before the cue are only a prepositional phrase naming a medium (no comma,
    no noun phrase after the medium's name), so the verb has no subject of its own."""
    m = _MEDIUM_PREP.match(lead)
    if m is None or "," in lead or "،" in lead:
        return False
    if not all(_NAME_WORD.match(w) for w in m.group("n").split()):
        return False
    return lead.lower().startswith("ai microfoni") or is_medium(lead, rules, 0, len(lead))


_ADVERB = re.compile(r"(?:ب[\u0600-\u06FF]{3,}|[a-zà-ÿ]+(?:ment|mente|weise))\s*")

# The agent of a participle in an aside: "firmata dal segretario provinciale", "signé par le
# président", "unterzeichnet von".
BY_AGENT = re.compile(r"(?:at[oaie]|it[oaie]|ut[oaie]|é|ée|és|ées|ad[oa]s?|id[oa]s?|net|iert|"
                       r"μένη|μένο|μένος)\s+(?:dal|dalla|dallo|dall['’]|da|par|por|von|vom|από)"
                       r"(?:\s+[^\s,]+){0,3}\s+$")
# A Turkish name in the locative is where, never who: "Genel Kurul'da
# yaptığı konuşmada" (the ablative may be the source: "X'ten yapılan açıklamada").
TR_WHERE = re.compile(r"['’]n?[dt][ae](?!\w)")

# A Persian or Urdu indefinite subject, up to the first postposition or preposition.
FA_INDEFINITE = re.compile(r"\s*(?:یک|ایک)\s+([^\s،,«»\"]+(?:\s+[^\s،,«»\"]+){0,3}?)"
                            r"\s+(?:در|از|به|با|میں|سے|کو|نے|کا|کی)\s")

# Nouns that stand for a body named before them: "el organismo", "l'ente", "die Behörde".
ORG_ANAPHORS = frozenset(L.fold(w) for w in """organisme organismo ente entidad institution
    institución istituto instituto behörde institut organisation organización organizzazione
    kurum kuruluş φορέας οργανισμός gewerkschaft syndicat sindacato sindicato sendika partei
    parti partito partido konzern unternehmen entreprise empresa azienda şirket ministerium
    ministère ministerio ministero bakanlık υπουργείο الهيئة الجهة المنظمة الوزارة نهاد سازمان ادارے ادارہ
    agence verband verein bund stiftung association associazione asociación dernek banka bank
    banque banco banca τράπεζα البنك المصرف valilik savcılık başsavcılık belediye müdürlük
    kaymakamlık""".split())

# Body nouns that point back only to a body of their kind, named with that noun or right after
# it ("le syndicat Unia"): "le syndicat" after the "Office fédéral" is the union, not the office.
KIND_BOUND = frozenset(L.fold(w) for w in """gewerkschaft syndicat sindacato sindicato sendika
    partei parti partito partido ministerium ministère ministerio ministero bakanlık υπουργείο
    الوزارة banka bank banque banco banca τράπεζα البنك المصرف""".split())

def renames_last(text: str, toks, head, last: Speaker | None) -> bool:
    """'L'architecte a soutenu', 'Le magistrat a rappelé', 'sagte die CSU-Politikerin': one
    definite noun, no body's word, right after a person was quoted by name in this paragraph,
    describes that person (a new person would be introduced with a name)."""
    if last is None or last.start is None or not last.name or len(head) != 1 or len(toks) > 2:
        return False
    if len(last.name.split()) < 2 or not all(w[:1].isupper() for w in last.name.split()[:2]):
        return False  # a named person, not a role or a body
    if last.entity is not None and last.entity.startswith(("ORG", "GPE")):
        return False
    a = toks[0][0]
    para = text.rfind("\n", 0, a) + 1
    if not para <= last.start < a or a - last.start > 400:
        return False
    noun = head[0].rsplit("-", 1)[-1]
    return noun not in ORG_ANAPHORS and noun not in KIND_BOUND and noun not in L.ORG_HEAD_WORDS \
        and len(noun) >= 6 and noun.endswith(AGENT_ENDINGS) \
        and not noun.startswith(("minist", "gouvern", "govern", "regier", "polic", "polizei"))


# Endings of nouns for people by what they do, in the Latin-script languages: "architecte",
# "allenatore", "Politikerin", "portavoz" is a title already; "Vorstand" and "Konzern" are bodies.
AGENT_ENDINGS = ("eur", "euse", "ien", "ienne", "iste", "ecte", "ante", "ente", "ore", "ora",
                  "ista", "ice", "ero", "era", "ario", "aria", "aire", "ier", "iere", "erin",
                  "ist", "istin", "entin", "iker", "ologe", "ologin", "ologo", "ologa", "ologue",
                  "trat", "ador", "adora", "edor", "idor")


ARTICLE_NP = re.compile(r"^\s*(?:il|lo|la|le|les|l['’]|el|los|las|der|die|das|ο|η|οι|un|une|una|uno|ein|eine)\s")
# A common-noun phrase with its article closing an inverted cue's clause, a role whatever its
# word ("ha spiegato in aula il relatore della commissione, Fabio Guidotti"), and the
# capitalised name that the comma after it brings.
ROLE_NP = re.compile(r"(?:^|\s)(?:il|lo|la|le|l['’]|el|der|die|ο|η|den)\s*[a-zà-ÿα-ωά-ώäöüß][\w'’-]*"
                      r"(?:\s+[\w'’-]+){0,5}\s*$")
NAME_NEXT = re.compile(r"\s*(?:[a-zà-ÿα-ωά-ώ]{4,}\s+(?:[A-ZÀ-ÝΑ-ΩÄÖÜ][\w'’-]+\s+)?)?"  # "καθηγήτρια Παιδιατρικής X"
                       r"[A-ZÀ-ÝΑ-ΩÄÖÜ][\w'’-]+\s+[A-ZÀ-ÝΑ-ΩÄÖÜ][\w'’-]+")



# Urdu and Persian give the speaker after the words too: '"...،" یہ الفاظ X کے تھے',
# '«...»، این گلایه X، کارمندی است که ...'.
_WORDS_OF = {
    "ur": re.compile(r"[\s،,]*یہ\s+(?:الفاظ|بات|کہنا|جملے)\s+(.{2,60}?)\s+(?:کے|کا|کی)\s+"
                     r"(?:تھے|تھا|تھی|ہیں|ہے)(?!\S)"),
    "fa": re.compile(r"[\s،,]*(?:این|اینها|این‌ها)\s+(?:گلایه|سخنان|جملات|حرف‌های|سخن|گفته‌های|"
                     r"درددل)\s+(?:ی\s+)?([^،,.\n]{2,60}?)(?:\s*،|\s+است(?!\S)|\s+بود(?!\S))"),
}


def words_of_after(text: str, index, c: int, lang: str) -> Speaker | None:
    """The Urdu or Persian speaker named after a quotation closing at c, or None."""
    pat = _WORDS_OF.get(lang)
    m = pat.match(text, c + 1) if pat else None
    if m is None:
        return None
    hits = [h for h in index.within(m.start(1), m.end(1)) if h[2].type in ("PERSON", "ORG")]
    if hits:
        ms, me, ent = hits[-1]
        return Speaker(ent.id, text[ms:me], ms, me)
    return Speaker(None, m.group(1).strip(), *m.span(1))

__all__ = ["carry_vias", "words_of_after", "ARTICLE_NP", "ROLE_NP", "NAME_NEXT", "dropped_subject", "BY_AGENT", "TR_WHERE", "FA_INDEFINITE", "ORG_ANAPHORS", "KIND_BOUND", "renames_last", "AGENT_ENDINGS", "tr_said_by", "previous_subject", "de_as_reported", "object_claim", "full_name_after", "new_subject", "paragraph_person", 
           "ur_ergative", "ur_said_by", "V2_SUBJUNCTIVE", "de_colon_claim", "and_that_after", "gerund_speakers", "that_before_quote", "tidy_name", "tr_and_then",
           "ur_inner_speaker", "apposed_person", "de_nominative", "short_name_after"]
