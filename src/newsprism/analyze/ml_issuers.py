"""Who stands behind a speaker the text gives only by document or by office: a document ('Hochrechnung',
'بيان صادر') goes to its issuer, a role in one paragraph to the name opening the next. Inputs: text, Speakers, Quotes.
"""
from __future__ import annotations

import re

from ..records import Quote, Speaker
from . import ml_lexicon as L
from .ml_claims import _GOES_ON
from .ml_speakers import is_title

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


def _role_only(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return first in L.TITLES_ARABIC or is_title(first)


def cataphora(text: str, rows, quotes: tuple[Quote, ...], i: int) -> Speaker | None:
    """'سخنگوی وزارت ... گفت: «...»' then, opening the next paragraph, 'حمید ... افزود': a role
    quoted without a name is the person who opens the next paragraph and goes on speaking
    ('added', 'fügte hinzu'); a new person there with a plain 'said' is someone else."""
    q = quotes[i]
    sp = q.speaker
    if sp.entity is not None or not sp.name or sp.start is None or not _role_only(sp.name):
        return None
    para_end = text.find("\n", q.end)
    if para_end < 0:
        return None
    later = [x for x in quotes[i + 1:] if x.start > para_end]
    if not later or later[0].speaker.entity is None or later[0].cue is None:
        return None
    nxt = later[0]
    ns = nxt.speaker.start
    line = text.rfind("\n", 0, ns) + 1 if ns is not None else -1
    if ns is None or text[line:ns].strip() or text[para_end:line].strip() \
            or not _GOES_ON.search(text, nxt.cue.start, nxt.cue.end):
        return None
    if not any(ent.id == nxt.speaker.entity and ent.type == "PERSON" for *_, ent in rows):
        return None
    return Speaker(nxt.speaker.entity, nxt.speaker.name, sp.start, sp.end)


__all__ = ["cataphora", "issuer"]
