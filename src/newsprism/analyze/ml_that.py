"""Where a reported clause's complementiser stands after its cue ('a affirmé jeudi que',
'وقال المسؤول ... إن'). Moved out of ml_quotes in session 16."""
from __future__ import annotations

import re


def skip_to_that(text: str, pos: int, e: int, rules: Lang) -> int:
    """After the cue, the complementiser may follow a speaker or an adverbial ("a affirmé
    jeudi que", "وقال المسؤول ... إن"); the first one within reach counts."""
    m = rules.that.search(text, pos, min(e, pos + reach(text, pos, e)))
    if m is not None and _SUBJECT_THEN_RELATIVE.fullmatch(text, pos, m.start()):
        return pos  # "..., ha fatto sapere la società X, che gestisce ...": a relative clause
    if m is not None and _APPOSED_THEN_RELATIVE.fullmatch(text, pos, m.start()):
        return pos  # "..., informó X, la empresa que gestiona ...": the apposition's relative
    return m.start() if m else pos


def reach(text: str, pos: int, e: int) -> int:
    """How far after the cue its complementiser may stand: 80 characters, or 150 when an
    Arabic verb's subject carries a role, its body and a name between commas ('وأوضح المكلف
    بالإعلام في المديرية العامة ...، الملازم الأول X، عبر أمواج الإذاعة ...، أن')."""
    stretch = text[pos:min(e, pos + 150)]
    return 150 if stretch.count("،") >= 2 and not re.search(r"[.!?؟«»\"“”:]", stretch) else 80


# An inverted subject led by an article, then a comma: the 'che'/'que'/'qui' after it opens a
# relative clause on that subject, not the words said.
_SUBJECT_THEN_RELATIVE = re.compile(r"\s+(?:(?:la|il|lo|le|gli|i|el|los|las|les)\s+|l['’]\s*)[^,;:«»\"“”\n]{2,60},\s*",
                                    re.I)


# An inverted subject, a comma, then an apposition led by an article with 'que'/'che'/'qui'
# right after it, no comma between: "informó X, la empresa que gestiona ...", "a indiqué X,
# l'organisme qui gère ...": the relative describes the apposition's noun.
_APPOSED_THEN_RELATIVE = re.compile(r"\s+[^,;:«»\"“”\n]{2,60},\s*(?:(?:la|il|lo|le|gli|i|el|los|las|les|un|una|une|uno)\s+|"
                                    r"l['’]\s*)[^\W\d][^,;:«»\"“”\n]{1,40}?\s+", re.I)


__all__ = ["reach", "skip_to_that"]
