"""Where an Arabic announcing verb's subject ends and its object begins when no comma parts
them: 'أعلنت وزارة الطيران المدني تأجيل إقلاع ثماني رحلات'. Arabic marks a body's name as
definite throughout: a construct head ('وزارة') and then only words with the article (its
genitives and the adjectives agreeing with them); the first word without one after that run
opens the object (a verbal noun, 'تأجيل', 'ارتفاع', 'إغلاق')."""
from __future__ import annotations

import re

from . import ml_lexicon as L

_BODY_HEADS = frozenset(L.ORG_WORDS_ARABIC) | L.ORG_SINGLE_ARABIC
_DEFINITE = ("ال", "لل")
_THAT = re.compile(r"(?<!\S)(?:أن|إن|أنه|إنه|أنها|إنها|أنهم|إنهم)(?!\S)")
_WORD = re.compile(r"[^\s،,.؛:!?؟«»\"“”()]+")


def ar_object_start(text: str, pos: int, e: int) -> int | None:
    """The object's start after the verb ending at pos, or None when the words there are no
    body's definite name followed by a word without the article."""
    ws = []
    for m in _WORD.finditer(text, pos, min(e, pos + 120)):
        if text[ws[-1].end():m.start()].strip() if ws else text[pos:m.start()].strip():
            break  # (a comma or a mark ends the run: the old reading handles those)
        ws.append(m)
    if len(ws) < 3:
        return None
    head = ws[0].group()
    bare = head[2:] if head.startswith("ال") else head
    known = head in _BODY_HEADS or bare in _BODY_HEADS or "ال" + bare in _BODY_HEADS
    if not known and not head.startswith("ال"):
        return None  # (a definite head no list knows is a subject only before a verbal noun)
    k = 1
    while k < len(ws) and ws[k].group().startswith(_DEFINITE):
        k += 1
    if k >= len(ws) or (k == 1 and not head.startswith("ال")):
        return None  # a construct head needs its definite genitive
    nxt = ws[k].group()
    if nxt in _PLACE_PREPS or nxt.startswith("بال"):
        return _after_place(text, ws, k, e)
    if not known and not _masdar(nxt):
        return None
    if nxt in L.STOP_ARABIC or nxt.startswith(("بال", "ل", "وال", "فال", "كال")) or nxt[:1].isdigit() \
            or len(ws) - k < 3 or _THAT.search(text, ws[k].start(), e):
        return None  # a preposition or 'of' glued on ('لحقوق الإنسان': the body's name goes on),
        # too few words to be what was said, or a that-clause further on says it
    return ws[k].start()


# A body named with its seat ('المحكمة التجارية بالدار البيضاء', 'الإدارة العامة للتعليم في
# منطقة مكة المكرمة') goes on through the place, a construct chain no different in shape from
# the object's; the object opens on the first verbal noun, known by its derived stem's template:
# taf'īl ('تعليق', 'تأجيل'), if'āl ('إفلاس', 'إغلاق'), ifti'āl ('افتتاح'), infi'āl ('انطلاق'),
# istif'āl ('استئناف').
_PLACE_PREPS = frozenset(("في", "ب"))
_MASDAR = re.compile(r"ت\w\wي\w|[إا]\w\wا\w|ا\wت\wا\w|ان\w\wا\w|است\w\wا\w")


def _masdar(w: str) -> bool:
    return not w.startswith(_DEFINITE) and _MASDAR.fullmatch(w) is not None  # ('الدار': the article)


def _after_place(text: str, ws: list, k: int, e: int) -> int | None:
    for j in range(k + 1, min(len(ws), k + 6)):
        w = ws[j].group()
        if _masdar(w):
            if len(ws) - j < 2 or _THAT.search(text, ws[j].start(), e):
                return None
            return ws[j].start()
        if w in L.STOP_ARABIC and w not in _PLACE_PREPS:
            return None  # (a relative, a conjunction: no place's name)
    return None


__all__ = ["ar_object_start"]
