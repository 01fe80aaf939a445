"""A role quoted without a name taken to the person who opens the next paragraph and goes on
speaking ('سخنگوی وزارت ... گفت: «...»' then 'حمید ... افزود'). Moved out of ml_anaphora."""
from __future__ import annotations

import re

from ..records import Quote, Speaker
from . import ml_lexicon as L
from .ml_claims import _GOES_ON
from .ml_named_again import same_anaphor
from .ml_role_link import same_role
from .ml_speakers import is_title


_ARTICLE_WORDS = frozenset("le la el il lo der die das ο η το".split())


def _role_only(name: str) -> bool:
    ws = name.split()
    if len(ws) >= 2 and ws[0].casefold() in _ARTICLE_WORDS:
        ws = ws[1:]  # "Ο δήμαρχος Μουζακίου": the role after its article
    first = ws[0] if ws else ""
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
    if ns is None or text[line:ns].strip().casefold() not in _ARTICLE_WORDS | {""} or text[para_end:line].strip() \
            or not (_GOES_ON.search(text, nxt.cue.start, nxt.cue.end) or _role_given(text, sp.name, nxt)):
        return None
    if not any(ent.id == nxt.speaker.entity and ent.type == "PERSON" for *_, ent in rows):
        return None
    return Speaker(nxt.speaker.entity, nxt.speaker.name, sp.start, sp.end)




def _role_given(text: str, role: str, nxt: Quote) -> bool:
    """'Ο Γιώργος Σακελλαρίου, που είναι δήμαρχος από το 2019, ζήτησε': the person opening the
    next paragraph is given the quoted role's word in an aside before the cue."""
    ws = [w for w in role.split() if w[:1].isalpha()]
    head = ws[1] if len(ws) >= 2 and ws[0].casefold() in _ARTICLE_WORDS else ws[0] if ws else ""
    if nxt.speaker.end is None or not head:
        return False
    aside = text[nxt.speaker.end:nxt.cue.start]
    return aside.lstrip().startswith((",", "،")) and any(same_role(head, w) for w in aside.split())


# A role description opening with a definite article ('Le cheminot', 'die Rathauschefin', 'Ο
# υφυπουργός', 'El consejero'); Arabic writes the article on the noun ('المتحدث').
_DEFINITE = re.compile(r"(?:le|la|l['’]|el|il|lo|der|die|das|ο|η|το)\s*(?=\S)", re.I)
_CASED_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝΑ-ΩÄÖÜ][a-zà-ÿα-ωά-ώäöüß]+\s+[A-ZÀ-ÝΑ-ΩÄÖÜ][a-zà-ÿα-ωά-ώäöüß]+")


def _role_description(lang: str, name: str) -> bool:
    """A phrase that names someone by a role, not by name: an article and at most three more
    words with no two capitalised words in a row; in Persian, Urdu and Turkish, which write no
    article, a role word among the first two words ('صوبائی وزیر', 'il başkanı')."""
    ws = name.split()
    if not 1 <= len(ws) <= 4 or _CASED_NAME.search(name):
        return False
    if lang == "ar":
        return ws[0].startswith(("ال", "وال")) and ws[0] in L.TITLES_ARABIC | {"ال" + w for w in L.TITLES_ARABIC}
    if lang in ("fa", "ur", "tr"):
        return any(w in L.TITLES_ARABIC or is_title(w) for w in ws[:2]) and len(ws) <= 3
    m = _DEFINITE.match(name)
    return m is not None and len(name[m.end():].split()) <= 3 and not name[m.end():][:1].isupper() \
        or lang == "de" and m is not None


def _named_person(lang: str, rows, sp: Speaker) -> bool:
    """A person the entity step typed, or, in the scripts with no capitals, a role and then two
    or more words that name its holder ('وزیر آبپاشی کاظم پیرزادہ')."""
    if sp.entity is not None:
        return any(ent.id == sp.entity and ent.type == "PERSON" for *_, ent in rows)
    if lang not in ("ar", "fa", "ur"):
        return False
    ws = sp.name.split()
    roles = [i for i, w in enumerate(ws) if w in L.TITLES_ARABIC or is_title(w)]
    return bool(roles) and len(ws) - roles[-1] - 1 >= 2 and not _role_description(lang, " ".join(ws[roles[-1] + 1:]))


def added_by_role(text: str, lang: str, rows, q: Quote, before: list[Quote]) -> Speaker | None:
    """'« ... », a expliqué le délégué syndical Karim Haddad. Le cheminot a ajouté que ...',
    'X نے کہا کہ ... صوبائی وزیر نے مزید کہا کہ ...': a role description with a verb of going
    on ('added', 'fügte hinzu', 'مزید کہا') in the paragraph where a named person was just
    quoted takes that person up; a new speaker is introduced by name or with an indefinite,
    not as going on with what someone else said. The span stays the description's."""
    sp = q.speaker
    if sp.entity is not None or not sp.name or sp.start is None or q.cue is None or not before:
        return None
    generic = _GENERIC_OFFICIAL.search(sp.name) and len(sp.name.split()) <= 3  # 'Le responsable'
    if not (_role_description(lang, sp.name) or generic) or re.search(r"\d", sp.name) or same_anaphor(text, sp):
        return None  # ('ο 52χρονος', 'el mismo' keep the road the words came by: not a role)
    lo, hi = min(sp.start, q.cue.start), max(sp.end, q.cue.end)
    if not _GOES_ON.search(text, lo, hi) and not generic:
        return None
    last = before[-1]
    prev = last.speaker
    if not prev.name or prev.start is None or not _named_person(lang, rows, prev):
        return None
    start = min(q.start, sp.start)
    this = generic and _THIS.search(text, max(0, sp.start - 8), sp.start + 5)
    if last.start > start or "\n" in text[min(last.end, start):start] and not (
            this and text.count("\n\n", last.end, start) <= 1 and "\n" not in text[text.find("\n", last.end) + 2:start]):
        return None  # (the same paragraph, the person's words before; 'این مقام مسئول' the next)
    return Speaker(prev.entity, prev.name, sp.start, sp.end)


# Nouns for an office-holder that name no office of their own ('le responsable', 'il
# funzionario', 'مقام مسئول', 'المسؤول'): a description of whoever was just quoted.
_GENERIC_OFFICIAL = re.compile(r"(?<![\w-])(?:responsable|funcionari[oa]|funzionari[oa]|Verantwortliche[rn]?|"
                               r"yetkili|αξιωματούχος|المسؤول|مقام مسئول|مسئول|عہدیدار)(?![\w-])", re.I)
# A demonstrative, which points back across a paragraph: 'این مقام مسئول', 'ce responsable'.
_THIS = re.compile(r"(?<![\w-])(?:این|همین|هذا|ہذا|اس|bu|ce|cet|cette|questo|questa|este|esta|dieser|diese|"
                   r"αυτός|αυτή)\s")


__all__ = ["added_by_role", "cataphora"]
