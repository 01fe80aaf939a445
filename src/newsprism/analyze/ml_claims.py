"""More reported clauses in a sentence that ml_quotes already attributed: a 'that' clause before
the quotation under another cue, and a coordinated 'and that' clause after it. Inputs: text, cues.
"""
from __future__ import annotations

import re

from ..records import Span
from .ml_entities import words

# A coordinated complementiser after a quotation: "«...» y que ...", "e che", "et que",
# "und dass", "και ότι", "ve ... ki" is not coordinated this way.
_AND_THAT = re.compile(r"[\s»”“\"]*(?:y|e|et|und|και)\s+(?:que|qu['’]|che|dass|ότι|πως)\s+")
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


def and_that_after(text: str, e: int, inside, rows) -> list:
    """'aseguró que el seguimiento era «muy minoritario» y que el 92 % de las consultas se
    habían mantenido': the coordinated clause is the same speaker's second claim."""
    if not rows or not inside or rows[-1][4].name is None or rows[-1][3] is None:
        return []
    last = rows[-1]
    close = inside[-1][1]
    if last[3].start > inside[-1][0]:
        return []  # the cue follows the quotation: it governs no clause after it
    m = _AND_THAT.match(text, close + 1)
    if m is None:
        return []
    qs, qe = _clean(text, m.end(), e)
    if len(words(text, qs, qe)) < 3 or any(c in text[qs:qe] for c in _QUOTE_MARKS):
        return []
    return [(qs, qe, "indirect", last[3], last[4], last[5])]


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
    nxt = [c for c in cues if m is not None and c.start() > m.end()]
    if m is None or not nxt:
        return []
    qs, qe = _clean(text, m.end(), nxt[0].start())
    if len(words(text, qs, qe)) < 2 or any(c in text[qs:qe] for c in _QUOTE_MARKS):
        return []
    return [(qs, qe, "indirect", Span(nxt[0].start(), nxt[0].end()), last[4], ())]


# Urdu reported speech inside reported speech: "X نے بتایا کہ ان کے بھائی نے فون پر کہا تھا کہ".
_UR_INNER = re.compile(r"\s*(?:ان کے |اس کے |ان کی |اس کی )?(?P<np>[^۔،\n]{1,30}?)\s+نے\s+"
                       r"(?:[^۔،\n]{0,30}?\s)?(?:کہا|بتایا)(?:\s+تھا)?\s+کہ\s+")


def ur_inner_speaker(text: str, rows: list, make) -> list:
    """The words after the inner 'کہ' are the inner subject's: the outer speaker only
    repeats them. make: the Speaker constructor."""
    out = []
    for r in rows:
        m = _UR_INNER.match(text, r[0]) if r[2] == "indirect" else None
        if m is None or m.end() >= r[1]:
            out.append(r)
            continue
        a, b = m.span("np")
        out.append((m.end(), r[1], r[2], r[3], make(None, text[a:b], a, b), ()))
    return out


def tidy_name(sp, make):
    """'وكالة الأنباء الأردنية (بترا': a bracket left open at the name's end goes."""
    if sp.name and "(" in sp.name and ")" not in sp.name and sp.start is not None:
        cut = sp.name.index("(")
        name = sp.name[:cut].rstrip()
        return make(sp.entity, name, sp.start, sp.start + len(name)) if name else sp
    return sp


# German reported speech shows in the verb: after a subject, a finite verb in -e where the
# indicative has -t ("Die Landesregierung verschleppe", "Eine Galerie koste").
V2_SUBJUNCTIVE = re.compile(r"\s*(?:(?:Die|Der|Das|Ein|Eine|Dieser|Diese|Dieses)\s+)?(?!Ich\b|Wir\b)"
                            r"[A-ZÄÖÜ][\wäöüß-]+\s+(?!heute\b|ohne\b|gerade\b|bitte\b|gerne\b|"
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


__all__ = ["V2_SUBJUNCTIVE", "de_colon_claim", "and_that_after", "gerund_speakers", "that_before_quote", "tidy_name", "tr_and_then",
           "ur_inner_speaker"]
