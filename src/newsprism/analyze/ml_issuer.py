"""A bare document as a quote's speaker ('laut Hochrechnung der ARD', 'según el informe del
Ministerio de Salud', 'بيان صادر عن ...') taken to the body named right after it as its issuer.
Moved out of ml_anaphora (its caller) in session 15 when that module reached its size floor; the
code is unchanged.
"""
from __future__ import annotations

import re

from ..records import Speaker
from . import ml_lexicon as L

# Nouns for what a body publishes: a projection, a statement, a report, a poll. A document has
# no voice of its own; whoever issued it is the one the words belong to.
_DOCUMENTS = {
    "de": r"Hochrechnung|Prognose|Umfrage|Erklärung|Mitteilung|Pressemitteilung|Bericht|Studie|"
          r"Schätzung|Analyse|Stellungnahme",
    "fr": r"communiqué|rapport|étude|sondage|estimation|projection|déclaration",
    "es": r"comunicado|informe|estudio|encuesta|sondeo|estimación|proyección|declaración",
    "it": r"comunicato|nota|rapporto|studio|sondaggio|stima|proiezione|dichiarazione",
    "el": r"ανακοίνωση|έκθεση|μελέτη|δημοσκόπηση",
    "ar": r"بيان|البيان|تقرير|التقرير|دراسة|الدراسة",
}
# What joins the document to its issuer: a genitive article or 'issued by'.
_LINKS = {
    "de": r"(?:der|des|von(?:\s+der|\s+dem)?|vom)\s+",
    "fr": r"(?:de\s+la|de\s+l['’]|du|des|de)\s*",
    "es": r"(?:de\s+la|del|de\s+los|de\s+las|de)\s+",
    "it": r"(?:della|dell['’]|del|dei|degli|delle|di)\s*",
    "el": r"(?:του|της|των)\s+",
    "ar": r"(?:(?:ال)?صادر(?:ة)?\s+)?(?:عن|من)\s+",
}
# An optional participle left glued to the document ('بيان صادر'): still only the document.
_AR_ISSUED = re.compile(r"^(?:بيان|البيان|تقرير|التقرير|دراسة|الدراسة)(?:\s+(?:ال)?صادرة?)?$")
# Latin and Greek scripts: the issuer is a run of capitalised words, with lowercase joiners
# inside it ('Ministerio de Salud', 'Banca d'Italia').
_CAPS_RUN = re.compile(r"[A-ZÄÖÜÉÈÀÁÍÓÚÑΑ-ΩΆ-Ώ][\w’'.-]*(?:\s+(?:(?:de|del|di|della|der|des|du|la|"
                       r"für|für|y|e|et|und|του|της)\s+)?[A-ZÄÖÜÉÈÀÁÍÓÚÑΑ-ΩΆ-Ώ][\w’'.-]*)*")
# Arabic: the issuer runs to the clause's 'that' or a comma (no capitals to stop it).
_AR_RUN = re.compile(r"[^\s،,.:؛«»\"()]+(?:\s+(?!أن|إن|بأن|ان|عن|على|في)[^\s،,.:؛«»\"()]+){0,4}")


def _is_document(lang: str, name: str) -> bool:
    if lang == "ar":
        return _AR_ISSUED.match(name) is not None
    words = _DOCUMENTS.get(lang)
    return words is not None and re.fullmatch(rf"(?:{words})", name, re.I) is not None


# A periodic report named with its article and a word of recency ('el último boletín del
# organismo', "l'ultimo bollettino dell'ente", 'le dernier bilan de l'agence'), then its issuer.
_REPORTS = {
    "es": r"boletín|balance|parte|informe|comunicado",
    "fr": r"bulletin|bilan|rapport|communiqué",
    "it": r"bollettino|bilancio|rapporto|comunicato",
}
_RECENT = {
    "es": r"(?:el|la)\s+(?:últim[oa]|más reciente|nuev[oa])\s+",
    "fr": r"(?:le|la)\s+(?:dernier|dernière|nouveau|nouvelle)\s+",
    "it": r"(?:il|l['’]|la|lo)\s*(?:ultim[oa]|nuov[oa]|più recente)\s+",
}
_ARTICLE = re.compile(r"(?:el|la|le|il|lo|l['’])\s*", re.I)
_RECENT_REPORT = {k: re.compile(rf"(?i:{_RECENT[k]})(?:{_REPORTS[k]})\s+{_LINKS[k]}") for k in _REPORTS}


def _body_before(text: str, lang: str, rows, at: int) -> Speaker | None:
    """The body named last before at (within two paragraphs' reach), under the full form the
    article gave it when its name runs on into a bracketed short form."""
    from .ml_fullname import _RUN_TO_BRACKET, full_form  # (ml_fullname reads no issuer)
    bodies = [r for r in rows if r[1] <= at and at - r[0] < 1200 and r[2].type == "ORG"]
    if not bodies:
        return None
    ms, me, ent = bodies[-1]
    run = _RUN_TO_BRACKET.match(text, me)
    full = full_form(text, run.group(1), lang) if run is not None else None
    if full and text.startswith(full, ms):
        return Speaker(ent.id, full, ms, ms + len(full))
    return Speaker(ent.id, ent.name, ms, me)


def recent_report(text: str, lang: str, sp: Speaker, rows) -> Speaker:
    """'Según el último boletín del organismo': the body the noun points back to issued it; a
    capitalised issuer ('del Intecmar') is named as written."""
    if lang not in _REPORTS or sp.start is None or sp.end is None or sp.entity is not None \
            or not sp.name or not sp.name[:1].islower():
        return sp
    m = _RECENT_REPORT[lang].match(sp.name)
    if m is None:
        return sp
    rest = sp.name[m.end():].strip()
    a = sp.start + m.end() + (len(sp.name[m.end():]) - len(sp.name[m.end():].lstrip()))
    if rest[:1].isupper():
        return Speaker(None, rest, a, a + len(rest))
    head = _ARTICLE.sub("", rest, count=1) if _ARTICLE.match(rest) else rest
    from .ml_claims import ORG_ANAPHORS  # (ml_claims imports the media step, which reads this)
    if L.fold(head) not in ORG_ANAPHORS:
        return sp
    body = _body_before(text, lang, rows, sp.start)
    return Speaker(body.entity, body.name, a, a + len(rest)) if body is not None else sp


def issuer(text: str, lang: str, sp: Speaker) -> Speaker:
    """The body named right after a bare document speaker, or the speaker unchanged."""
    if sp.start is None or sp.end is None or sp.entity is not None or not sp.name \
            or not _is_document(lang, sp.name.strip()):
        return sp
    link = re.compile(_LINKS[lang]).match(text, sp.end + (1 if text[sp.end:sp.end + 1] == " " else 0))
    if link is None:
        return sp
    run = (_AR_RUN if lang == "ar" else _CAPS_RUN).match(text, link.end())
    if run is None or run.end() - run.start() < 2:
        return sp
    return Speaker(None, run.group(0), run.start(), run.end())


__all__ = ["issuer", "recent_report"]
